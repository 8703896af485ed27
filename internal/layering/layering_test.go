package layering

import (
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

const module = "sharechain"

// rules: a package matching from may not depend, directly or through others, on a
// package matching any of notOn. A pattern ending in "/..." matches the folder and all
// below it.
var rules = []struct {
	from   string
	except string // a package under from that the rule spares
	notOn  []string
	why    string
}{
	{"sharechain/services/...", "", []string{"sharechain/indexer/...", "sharechain/cmd/..."},
		"readers see the indexer's tables through internal/projection's view, never the writer"},
	{"sharechain/internal/projection", "", []string{"sharechain/indexer/...", "sharechain/services/..."},
		"the projections are shared by the writer and the readers"},
	{"sharechain/internal/decode", "", []string{"sharechain/indexer/...", "sharechain/services/...", "sharechain/internal/projection"},
		"the decoder is shared by the indexer and the auditor"},
	{"sharechain/internal/manifest", "", []string{"sharechain/indexer/...", "sharechain/services/...", "sharechain/internal/decode"},
		"every process reads the manifest"},
	{"sharechain/internal/pg", "", []string{"sharechain/indexer/...", "sharechain/services/..."},
		"every process opens its pool with it"},
	{"sharechain/indexer/...", "", []string{"sharechain/services/...", "sharechain/cmd/..."},
		"the writer serves nobody"},
	{"sharechain/bindings/...", "sharechain/bindings/gen", []string{"sharechain/indexer/...", "sharechain/services/...", "sharechain/internal/..."},
		"generated code depends on go-ethereum alone"},
}

// readerCommands are the files of cmd/sharechain whose subcommands only read the
// indexer's tables: they share a package with `index`, so their own imports are checked.
var readerCommands = []string{"serve.go", "keeper.go", "audit.go", "device.go"}

func matches(pattern, pkg string) bool {
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pkg == pattern
}

func root(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// deps returns the module's packages that pkgs depend on, by package, from go list.
func deps(t *testing.T, pkgs ...string) map[string][]string {
	t.Helper()
	args := append([]string{"list", "-deps=false", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = root(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	res := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		for _, d := range f[1:] {
			if d == module || strings.HasPrefix(d, module+"/") {
				res[f[0]] = append(res[f[0]], d)
			}
		}
	}
	return res
}

func TestLayering(t *testing.T) {
	all := deps(t, "./...")
	if len(all) == 0 {
		t.Fatal("go list found no package of the module with dependencies: the test would pass vacuously")
	}
	checked := 0
	for _, r := range rules {
		for pkg, ds := range all {
			if !matches(r.from, pkg) || pkg == r.except {
				continue
			}
			checked++
			for _, d := range ds {
				for _, bad := range r.notOn {
					if matches(bad, d) {
						t.Errorf("%s depends on %s: %s", pkg, d, r.why)
					}
				}
			}
		}
	}
	if checked < len(rules) {
		t.Errorf("the rules matched %d packages, fewer than the %d rules: a rule names no package", checked, len(rules))
	}
}

func TestLayering_ReaderCommands(t *testing.T) {
	dir := filepath.Join(root(t), "cmd", "sharechain")
	var imports []string
	for _, name := range readerCommands {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, name), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, spec := range f.Imports {
			p, _ := strconv.Unquote(spec.Path.Value)
			if matches("sharechain/indexer/...", p) {
				t.Errorf("cmd/sharechain/%s imports %s: `sharechain %s` only reads the indexer's tables",
					name, p, strings.TrimSuffix(name, ".go"))
			}
			if strings.HasPrefix(p, module+"/") {
				imports = append(imports, p)
			}
		}
	}
	if len(imports) == 0 {
		t.Fatal("the reader commands import nothing of the module: the test would pass vacuously")
	}
	for pkg, ds := range deps(t, imports...) {
		for _, d := range ds {
			if matches("sharechain/indexer/...", d) {
				t.Errorf("a reader command imports %s, which depends on %s", pkg, d)
			}
		}
	}
}
