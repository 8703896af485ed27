package api

import (
	"errors"
	"net/http"
	"strings"
	"sync"

	"github.com/danielgtaylor/huma/v2"
)

// invalidParam names one bad parameter of a 400 answer and why it was refused.
type invalidParam struct {
	Name   string `json:"name" doc:"The parameter, as named in the query or path."`
	Reason string `json:"reason" doc:"What is wrong with its value."`
}

// Problem is an RFC 9457 problem detail, the body of every error answer
// (application/problem+json). 400 answers list the refused parameters in InvalidParams.
type Problem struct {
	Type          string         `json:"type" doc:"A URI reference for the problem type; about:blank when the status says it all." example:"about:blank"`
	Title         string         `json:"title" doc:"A short summary of the problem type." example:"Bad Request"`
	Status        int            `json:"status" doc:"The HTTP status code." example:"400"`
	Detail        string         `json:"detail" doc:"What went wrong in this request."`
	InvalidParams []invalidParam `json:"invalid_params,omitempty" doc:"For 400 answers: each refused parameter and why."`
}

func (p *Problem) Error() string { return p.Detail }

// GetStatus reports the HTTP status for huma.
func (p *Problem) GetStatus() int { return p.Status }

// ContentType makes huma send problems as application/problem+json.
func (p *Problem) ContentType(string) string { return "application/problem+json" }

func newProblem(status int, detail string, params ...invalidParam) *Problem {
	return &Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail, InvalidParams: params}
}

func badRequest(params ...invalidParam) *Problem {
	names := make([]string, len(params))
	for i, p := range params {
		names[i] = p.Name
	}
	return newProblem(http.StatusBadRequest, "invalid parameters: "+strings.Join(names, ", "), params...)
}

func notFound(what string) *Problem { return newProblem(http.StatusNotFound, what+" not found") }

var setErrorsOnce sync.Once

// useProblems makes huma build every error as a Problem. huma keeps its error
// constructor in a package variable, so this is process-wide; it is idempotent.
// Validation failures (huma's 422) become 400, as INTERFACE.md §5 wants for every
// malformed parameter, and each failure becomes an invalid_params entry.
func useProblems() {
	setErrorsOnce.Do(func() {
		huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
			if status == http.StatusUnprocessableEntity {
				status = http.StatusBadRequest
			}
			var params []invalidParam
			for _, err := range errs {
				if err == nil {
					continue
				}
				var d huma.ErrorDetailer
				if errors.As(err, &d) {
					det := d.ErrorDetail()
					name := det.Location
					for _, loc := range []string{"query.", "path.", "header.", "body."} {
						name = strings.TrimPrefix(name, loc)
					}
					params = append(params, invalidParam{Name: name, Reason: det.Message})
					continue
				}
				params = append(params, invalidParam{Name: "request", Reason: err.Error()})
			}
			if status == http.StatusBadRequest && len(params) > 0 {
				p := badRequest(params...)
				if msg != "" && msg != "validation failed" {
					p.Detail = msg
				}
				return p
			}
			return newProblem(status, msg, params...)
		}
	})
}
