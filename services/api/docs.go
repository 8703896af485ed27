package api

import (
	"embed"
	"html/template"
	"net/http"
	"slices"
	"strings"

	"github.com/danielgtaylor/huma/v2"
)

//go:embed docs.html
var docsFS embed.FS

var docsPage = template.Must(template.New("docs.html").Funcs(template.FuncMap{
	"typeOf": schemaType,
	"lower":  strings.ToLower,
}).ParseFS(docsFS, "docs.html"))

type docsOp struct {
	Method, Path string
	Op           *huma.Operation
	Responses    []docsResponse
}

type docsResponse struct {
	Status string
	*huma.Response
}

type docsSchema struct {
	Name   string
	Schema *huma.Schema
	Props  []string
}

// docs renders the OpenAPI document as one self-contained HTML page: no script and
// nothing fetched from elsewhere, so it works offline and behind strict CSPs.
func (s *Server) docs(w http.ResponseWriter, r *http.Request) {
	doc := s.api.OpenAPI()
	var ops []docsOp
	paths := make([]string, 0, len(doc.Paths))
	for p := range doc.Paths {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if op := doc.Paths[p].Get; op != nil {
			d := docsOp{Method: "GET", Path: p, Op: op}
			codes := make([]string, 0, len(op.Responses))
			for c := range op.Responses {
				codes = append(codes, c)
			}
			slices.Sort(codes)
			for _, c := range codes {
				d.Responses = append(d.Responses, docsResponse{c, op.Responses[c]})
			}
			ops = append(ops, d)
		}
	}
	var schemas []docsSchema
	for name, sc := range doc.Components.Schemas.Map() {
		props := make([]string, 0, len(sc.Properties))
		for p := range sc.Properties {
			props = append(props, p)
		}
		slices.Sort(props)
		schemas = append(schemas, docsSchema{name, sc, props})
	}
	slices.SortFunc(schemas, func(a, b docsSchema) int { return strings.Compare(a.Name, b.Name) })
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	err := docsPage.Execute(w, map[string]any{"Info": doc.Info, "Ops": ops, "Schemas": schemas})
	if err != nil {
		s.cfg.Logger.ErrorContext(r.Context(), "rendering /docs", "err", err)
	}
}

// schemaType describes a schema in a few words: its type, a $ref's name, or the item
// type of an array.
func schemaType(sc *huma.Schema) string {
	if sc == nil {
		return ""
	}
	if sc.Ref != "" {
		return strings.TrimPrefix(sc.Ref, "#/components/schemas/")
	}
	t := sc.Type
	if t == "" && len(sc.OneOf) > 0 {
		var parts []string
		for _, o := range sc.OneOf {
			parts = append(parts, schemaType(o))
		}
		t = strings.Join(parts, " | ")
	}
	if t == "array" {
		t = schemaType(sc.Items) + "[]"
	}
	if sc.Nullable {
		t += " | null"
	}
	return t
}
