package device_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/google/go-cmp/cmp"

	"sharechain/internal/devnet"
	"sharechain/internal/telemetry"
	"sharechain/services/device"
	ingest "sharechain/services/telemetry"
)

// fakeIngest answers batches in the pinned format of INTERFACE.md §6 with the
// service's rules: the asset's device only, no clock skew, a used seq a duplicate when
// the reading is the same and a conflict otherwise.
type fakeIngest struct {
	mu      sync.Mutex
	now     uint64 // the latest block's time
	device  common.Address
	stored  map[uint64]common.Hash // seq → leaf
	batches [][]uint64             // the seqs of each batch received
}

func newFakeIngest(now uint64) *fakeIngest {
	return &fakeIngest{now: now, device: devnet.Address(devnet.DerivedKey("device")), stored: map[uint64]common.Hash{}}
}

// answer returns the results body for a batch body, or nil when it is unusable.
func (f *fakeIngest) answer(body []byte) []byte {
	var batch ingest.Batch
	if err := json.Unmarshal(body, &batch); err != nil || len(batch.Readings) == 0 {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	out := ingest.Results{Results: []ingest.Result{}}
	var seqs []uint64
	for _, w := range batch.Readings {
		seqs = append(seqs, w.Seq)
		seq := w.Seq
		answer := func(status ingest.Status, reason ingest.Reason) {
			r := ingest.Result{Seq: &seq, Status: status}
			if reason != "" {
				r.Reason = &reason
			}
			out.Results = append(out.Results, r)
		}
		refuse := func(reason ingest.Reason) { answer(ingest.Refused, reason) }
		tokenID, ok1 := new(big.Int).SetString(w.TokenID, 10)
		value, ok2 := new(big.Int).SetString(w.Value, 10)
		kind, err := telemetry.ParseKind(w.Kind)
		sig, serr := hexutil.Decode(w.Signature)
		if !ok1 || !ok2 || err != nil || serr != nil {
			refuse(ingest.Malformed)
			continue
		}
		r := telemetry.Reading{TokenID: tokenID, Device: f.device, Seq: w.Seq, Time: w.Time, Kind: kind, Value: value}
		switch signer, err := telemetry.Recover(domain.ReadingDigest(&r), sig); {
		case err != nil:
			refuse(ingest.BadSignature)
		case signer != f.device:
			refuse(ingest.UnknownDevice)
		case w.Time > f.now+300:
			refuse(ingest.ClockSkew)
		case w.Time+86400 < f.now:
			refuse(ingest.TooOld)
		default:
			leaf, used := f.stored[w.Seq]
			switch {
			case !used:
				f.stored[w.Seq] = r.Leaf()
				answer(ingest.Accepted, "")
			case leaf == r.Leaf():
				answer(ingest.Duplicate, "")
			default:
				refuse(ingest.SeqConflict)
			}
		}
	}
	f.batches = append(f.batches, seqs)
	b, _ := json.Marshal(out)
	return b
}

// handler serves POST /v1/telemetry/readings, answering the first fail posts with
// failStatus.
func (f *fakeIngest) handler(t *testing.T, fail int, failStatus int) http.Handler {
	var posts int
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+ingest.ReadingsPath, func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type %q, want application/json", ct)
		}
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		posts++
		n := posts
		f.mu.Unlock()
		if n <= fail {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(failStatus)
			fmt.Fprintf(w, `{"type":"about:blank","title":"%s","status":%d,"detail":"try later"}`, http.StatusText(failStatus), failStatus)
			return
		}
		answer := f.answer(body)
		if answer == nil {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"type":"about:blank","title":"Bad Request","status":400,"detail":"not a batch"}`)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer)
	})
	return mux
}

// outcome is a reading's result next to what it should have been.
type outcome struct {
	Seq            uint64
	Status, Reason string
}

// expected returns what the service must answer for readings: the rogue's faults their
// result, every honest reading accepted.
func expected(readings []device.Signed) []outcome {
	out := make([]outcome, len(readings))
	for i, r := range readings {
		status, reason := r.Fault.Expected()
		out[i] = outcome{r.Seq, string(status), string(reason)}
	}
	return out
}

func outcomes(rs []device.Result) []outcome {
	out := make([]outcome, len(rs))
	for i, r := range rs {
		out[i] = outcome{*r.Seq, string(r.Status), string(device.ReasonOf(r))}
	}
	return out
}

// sendRogue streams the rogue's first steps through tr, one batch a step, and checks
// every result against the fault the reading carries.
func sendRogue(t *testing.T, tr device.Transport, steps int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := newStream(t, device.ProfileRogue, 9)
	var faults int
	for i := range steps {
		rs, err := s.Next(t0+uint64(i)*60, false)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tr.Send(ctx, rs)
		if err != nil {
			t.Fatalf("step %d: Send() = %v", i+1, err)
		}
		if diff := cmp.Diff(expected(rs), outcomes(got)); diff != "" {
			t.Errorf("step %d: results mismatch (-want +got):\n%s", i+1, diff)
		}
		for _, r := range rs {
			if r.Fault != "" {
				faults++
			}
		}
	}
	if faults != 7 {
		t.Errorf("%d faulty readings sent, want 7", faults)
	}
}

// TestHTTPTransport_Rogue: every fault of the rogue gets the result the service gives
// it, every honest reading is accepted.
func TestHTTPTransport_Rogue(t *testing.T) {
	f := newFakeIngest(t0 + 6*60)
	srv := httptest.NewServer(f.handler(t, 0, 0))
	defer srv.Close()
	tr, err := device.NewHTTPTransport(srv.URL+"/", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	sendRogue(t, tr, 8)
}

// TestHTTPTransport_Answers: what Send does with each kind of answer.
func TestHTTPTransport_Answers(t *testing.T) {
	ctx := context.Background()
	s := newStream(t, device.ProfileCar, 1)
	readings, err := s.Next(t0, false)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		handler  func(f *fakeIngest) http.Handler
		wantErr  error  // errors.Is
		wantText string // in the error
		posts    int    // batches the service answered
	}{
		"retries while unavailable": {handler: func(f *fakeIngest) http.Handler { return f.handler(t, 2, http.StatusServiceUnavailable) }, posts: 1},
		"retries when rate limited": {handler: func(f *fakeIngest) http.Handler { return f.handler(t, 1, http.StatusTooManyRequests) }, posts: 1},
		"a refused batch is final": {handler: func(f *fakeIngest) http.Handler { return f.handler(t, 1, http.StatusRequestEntityTooLarge) },
			wantErr: device.ErrBatchRefused, wantText: "Request Entity Too Large: try later"},
		"results of another batch": {handler: func(*fakeIngest) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				fmt.Fprint(w, `{"results":[{"seq":99,"status":"accepted","reason":null}]}`)
			})
		}, wantText: "do not answer"},
		"an unknown status": {handler: func(*fakeIngest) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				var b strings.Builder
				for i, r := range readings {
					if i > 0 {
						b.WriteString(",")
					}
					fmt.Fprintf(&b, `{"seq":%d,"status":"maybe","reason":null}`, r.Seq)
				}
				fmt.Fprintf(w, `{"results":[%s]}`, b.String())
			})
		}, wantText: `unknown status "maybe"`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			f := newFakeIngest(t0)
			srv := httptest.NewServer(c.handler(f))
			defer srv.Close()
			tr, err := device.NewHTTPTransport(srv.URL, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tr.Send(ctx, readings)
			if c.wantErr == nil && c.wantText == "" {
				if err != nil {
					t.Fatalf("Send() = %v", err)
				}
				if diff := cmp.Diff(expected(readings), outcomes(got)); diff != "" {
					t.Errorf("results mismatch (-want +got):\n%s", diff)
				}
			} else if err == nil || (c.wantErr != nil && !errors.Is(err, c.wantErr)) || !strings.Contains(err.Error(), c.wantText) {
				t.Fatalf("Send() = %v, want an error matching %v containing %q", err, c.wantErr, c.wantText)
			}
			if len(f.batches) != c.posts {
				t.Errorf("the service answered %d batches, want %d", len(f.batches), c.posts)
			}
		})
	}
}

// TestHTTPTransport_Batches: readings beyond MaxBatchReadings go in several batches,
// their results joined in order.
func TestHTTPTransport_Batches(t *testing.T) {
	f := newFakeIngest(t0 + 3600)
	srv := httptest.NewServer(f.handler(t, 0, 0))
	defer srv.Close()
	tr, err := device.NewHTTPTransport(srv.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := newStream(t, device.ProfileBicycle, 2)
	var readings []device.Signed
	for at := uint64(t0); len(readings) < 2500; at++ {
		rs, err := s.Next(at, true)
		if err != nil {
			t.Fatal(err)
		}
		readings = append(readings, rs...)
	}
	got, err := tr.Send(context.Background(), readings)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expected(readings), outcomes(got)); diff != "" {
		t.Errorf("results mismatch (-want +got):\n%s", diff)
	}
	var sizes []int
	for _, b := range f.batches {
		sizes = append(sizes, len(b))
	}
	if want := []int{1000, 1000, len(readings) - 2000}; !cmp.Equal(want, sizes) {
		t.Errorf("batches of %v readings, want %v", sizes, want)
	}
}

func TestNewHTTPTransport_BadURL(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:8090", "mqtt://127.0.0.1:1883", "http://"} {
		if _, err := device.NewHTTPTransport(u, nil, nil); err == nil {
			t.Errorf("NewHTTPTransport(%q) = nil error", u)
		}
	}
}
