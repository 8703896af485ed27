package source

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Kinds of failed requests, the keys of [Stats.Errors].
const (
	KindTooLarge    = "too_large"    // the node refused an eth_getLogs result as too large
	KindTimeout     = "timeout"      // no answer within RequestTimeout
	KindRateLimited = "rate_limited" // HTTP 429 or a JSON-RPC rate-limit error
	KindServer      = "server"       // HTTP 5xx or 408
	KindConnection  = "connection"   // refused, reset or closed connection
	KindInternal    = "rpc_internal" // JSON-RPC internal error (-32603)
	KindRPC         = "rpc_error"    // another JSON-RPC server error, taken as transient
	KindBadResponse = "bad_response" // an answer that does not decode
	KindPermanent   = "permanent"    // an error that retrying cannot fix
)

// fault is what classify makes of a failed request.
type fault struct {
	kind      string
	permanent bool
	// suggested is a block range the node proposes instead of a too-large one.
	suggested      bool
	sugFrom, sugTo uint64
}

var (
	rateLimitText = []string{"rate limit", "too many requests", "request rate", "rate exceeded", "request count exceeded", "exceeded the quota", "capacity exceeded"}
	tooLargeText  = []string{
		"query returned more than", "log response size exceeded", "limit exceeded",
		"block range is too wide", "exceed maximum block range", "exceeds maximum block range",
		"exceeds max block range", "response size should not greater than", "response size exceeded",
		"range is too large", "range too large", "block range too large", "too many blocks",
		"response too large", "query timeout exceeded", "returned more than",
		"max results", "too many results", "result set too large",
	}
	rangeSuggestion = regexp.MustCompile(`\[\s*(0x[0-9a-fA-F]+)\s*,\s*(0x[0-9a-fA-F]+)\s*\]`)
)

// classify sorts a failed request into a kind and says whether retrying can help. The
// caller has already ruled out its own context ending.
func classify(err error) fault {
	if errors.Is(err, errMissing) || errors.Is(err, ErrInvalidRange) {
		return fault{kind: KindPermanent, permanent: true}
	}
	msg := strings.ToLower(err.Error())
	var rpcErr rpc.Error
	code := 0
	if errors.As(err, &rpcErr) {
		code = rpcErr.ErrorCode()
	}
	if containsAny(msg, rateLimitText) {
		return fault{kind: KindRateLimited}
	}
	if code == -32005 || containsAny(msg, tooLargeText) {
		f := fault{kind: KindTooLarge}
		f.sugFrom, f.sugTo, f.suggested = suggestion(err)
		return f
	}

	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		switch c := httpErr.StatusCode; {
		case c == http.StatusTooManyRequests:
			return fault{kind: KindRateLimited}
		case c == http.StatusRequestTimeout || c == http.StatusGatewayTimeout:
			return fault{kind: KindTimeout}
		case c >= 500:
			return fault{kind: KindServer}
		default:
			return fault{kind: KindPermanent, permanent: true}
		}
	}

	var netErr net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout(), code == -32002:
		return fault{kind: KindTimeout}
	}

	if code != 0 {
		switch code {
		case -32603:
			return fault{kind: KindInternal}
		case -32600, -32601, -32602, -32004, -32006, 3:
			// invalid request, unknown method, invalid params, unsupported, revert
			return fault{kind: KindPermanent, permanent: true}
		default:
			return fault{kind: KindRPC}
		}
	}

	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EPIPE), errors.Is(err, io.EOF), errors.Is(err, net.ErrClosed):
		return fault{kind: KindConnection}
	case errors.Is(err, errBadResponse), errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &syntaxErr), errors.As(err, &typeErr),
		errors.Is(err, rpc.ErrNoResult), errors.Is(err, rpc.ErrMissingBatchResponse):
		return fault{kind: KindBadResponse}
	case errors.As(err, &netErr):
		return fault{kind: KindConnection}
	}
	// Anything else (a proxy's garbage, a transport error without a type) is taken as
	// transient: the process must never die on a fault that may pass.
	return fault{kind: KindConnection}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// suggestion finds the block range a too-large answer proposes, either in its message
// ("this block range should work: [0x…, 0x…]", Alchemy and Infura) or in its data
// ({"from": "0x…", "to": "0x…"}, Infura).
func suggestion(err error) (from, to uint64, ok bool) {
	if m := rangeSuggestion.FindStringSubmatch(err.Error()); m != nil {
		f, err1 := hexutil.DecodeUint64(m[1])
		t, err2 := hexutil.DecodeUint64(m[2])
		if err1 == nil && err2 == nil && f <= t {
			return f, t, true
		}
	}
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) {
		if data, isMap := dataErr.ErrorData().(map[string]any); isMap {
			fs, _ := data["from"].(string)
			ts, _ := data["to"].(string)
			f, err1 := hexutil.DecodeUint64(fs)
			t, err2 := hexutil.DecodeUint64(ts)
			if err1 == nil && err2 == nil && f <= t {
				return f, t, true
			}
		}
	}
	return 0, 0, false
}

// tooLargeError is returned by do for an eth_getLogs the node refused as too large or
// did not answer in time: the caller refetches the range in smaller pieces.
type tooLargeError struct {
	fault
	err error
}

func (e *tooLargeError) Error() string { return e.err.Error() }
func (e *tooLargeError) Unwrap() error { return e.err }

// attempt makes one request through call, bounded by RequestTimeout, and counts it.
// It returns the request's classification, the wait a 429 or 503 answer asked for, and
// its error.
func (s *Source) attempt(ctx context.Context, call func(ctx context.Context) error) (fault, time.Duration, error) {
	var ra retryAfter
	actx, cancel := context.WithTimeout(context.WithValue(ctx, retryAfterKey{}, &ra), s.cfg.RequestTimeout)
	defer cancel()
	s.stats.requests.Add(1)
	err := call(actx)
	if err == nil {
		return fault{}, 0, nil
	}
	if ctx.Err() != nil {
		return fault{permanent: true}, 0, ctx.Err()
	}
	f := classify(err)
	s.stats.addError(f.kind)
	return f, time.Duration(ra.wait.Load()), err
}

// do runs call until it succeeds, retrying transient faults with backoff. It returns
// nil, ctx's error, a permanent error, or — when shrinkable — a *tooLargeError for a
// result the node found too large or too slow.
func (s *Source) do(ctx context.Context, op string, shrinkable bool, call func(ctx context.Context) error) error {
	for n := 0; ; n++ {
		f, retryAfter, err := s.attempt(ctx, call)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case shrinkable && (f.kind == KindTooLarge || f.kind == KindTimeout):
			return &tooLargeError{fault: f, err: err}
		case f.permanent:
			return fmt.Errorf("%s: %w", op, err)
		}
		wait := max(s.backoff(n), retryAfter)
		s.stats.retries.Add(1)
		s.log.WarnContext(ctx, "retrying RPC request", "op", op, "kind", f.kind, "attempt", n+1, "wait", wait, "err", err)
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// backoff is the wait before retry n (from 0): MinBackoff doubled n times, capped at
// MaxBackoff, with "equal jitter" (a uniform draw from the upper half).
func (s *Source) backoff(n int) time.Duration {
	d := s.cfg.MaxBackoff
	if n < 32 {
		if e := s.cfg.MinBackoff << n; e > 0 && e < d {
			d = e
		}
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// retryAfter receives the Retry-After of an HTTP answer; the request's context carries it
// from attempt to the transport.
type retryAfter struct{ wait atomic.Int64 }

type retryAfterKey struct{}

// retryAfterTransport records the Retry-After header of 429 and 503 answers into the
// request context's retryAfter, which rpc.HTTPError does not carry.
type retryAfterTransport struct{ base http.RoundTripper }

func (t *retryAfterTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
		return resp, err
	}
	if ra, ok := req.Context().Value(retryAfterKey{}).(*retryAfter); ok {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			ra.wait.Store(int64(d))
		}
	}
	return resp, nil
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, 3600)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
