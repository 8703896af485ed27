package telemetry

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
)

// Handler serves POST /v1/telemetry/readings: a batch in, 200 with the results in
// batch order out; 400 or 413 problem+json when the body is unusable as a whole, 503
// problem+json when the readings could not be stored (nothing of the batch is
// acknowledged; send it again).
func (in *Ingester) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+ReadingsPath, in.serveReadings)
	mux.HandleFunc(ReadingsPath, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Allow", http.MethodPost)
		writeProblem(w, &Problem{Type: "about:blank", Title: "Method Not Allowed", Status: 405, Detail: "POST a batch of readings"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, &Problem{Type: "about:blank", Title: "Not Found", Status: 404, Detail: "no route " + r.URL.Path})
	})
	return mux
}

func (in *Ingester) serveReadings(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > MaxBatchBytes {
		in.metrics.refusedWhole(TransportHTTP, Oversize)
		writeProblem(w, oversizeProblem("the batch is "+strconv.FormatInt(r.ContentLength, 10)+" bytes; at most "+strconv.Itoa(MaxBatchBytes)))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBatchBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			in.metrics.refusedWhole(TransportHTTP, Oversize)
			writeProblem(w, oversizeProblem("the batch is over "+strconv.Itoa(MaxBatchBytes)+" bytes"))
			return
		}
		writeProblem(w, &Problem{Type: "about:blank", Title: "Bad Request", Status: 400, Detail: "reading the body: " + err.Error()})
		return
	}
	results, problem, err := in.Ingest(r.Context(), TransportHTTP, body, nil)
	switch {
	case err != nil:
		in.log.WarnContext(r.Context(), "batch not stored", "err", err)
		w.Header().Set("Retry-After", "1")
		writeProblem(w, &Problem{Type: "about:blank", Title: "Service Unavailable", Status: 503, Detail: "the readings could not be stored; send them again"})
	case problem != nil:
		writeProblem(w, problem)
	default:
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Results{Results: results})
	}
}

func writeProblem(w http.ResponseWriter, p *Problem) {
	w.Header().Set("Content-Type", ProblemContentType)
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}
