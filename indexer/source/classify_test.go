package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// nodeError is a JSON-RPC error as the rpc package decodes it from a node's answer.
type nodeError struct {
	code int
	msg  string
	data any
}

func (e *nodeError) Error() string  { return e.msg }
func (e *nodeError) ErrorCode() int { return e.code }
func (e *nodeError) ErrorData() any { return e.data }

func TestClassify(t *testing.T) {
	tests := []struct {
		name           string
		err            error
		kind           string
		permanent      bool
		suggest        bool
		sugFrom, sugTo uint64
	}{
		{"geth_limit", &nodeError{code: -32005, msg: "query returned more than 10000 results"}, KindTooLarge, false, false, 0, 0},
		{"infura_suggestion_in_data", &nodeError{code: -32005, msg: "query returned more than 10000 results. Try with this block range [0x10, 0x20].", data: map[string]any{"from": "0x10", "to": "0x20"}}, KindTooLarge, false, true, 0x10, 0x20},
		{"infura_data_only", &nodeError{code: -32005, msg: "query returned more than 10000 results", data: map[string]any{"from": "0xa", "to": "0xb"}}, KindTooLarge, false, true, 10, 11},
		{"alchemy", &nodeError{code: -32602, msg: "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x1bc2f00, 0x1bc3a7d]"}, KindTooLarge, false, true, 0x1bc2f00, 0x1bc3a7d},
		{"quicknode", &nodeError{code: -32614, msg: "eth_getLogs is limited to a 10,000 range"}, KindRPC, false, false, 0, 0},
		{"limit_exceeded", &nodeError{code: -32000, msg: "limit exceeded"}, KindTooLarge, false, false, 0, 0},
		{"block_range_too_wide", &nodeError{code: -32600, msg: "eth_getLogs block range is too wide"}, KindTooLarge, false, false, 0, 0},
		{"max_block_range", &nodeError{code: -32000, msg: "exceed maximum block range: 5000"}, KindTooLarge, false, false, 0, 0},
		{"bsc_response_size", &nodeError{code: -32000, msg: "response size should not greater than 10000000 bytes"}, KindTooLarge, false, false, 0, 0},
		{"in_http_body", rpc.HTTPError{StatusCode: 400, Status: "400 Bad Request", Body: []byte(`{"error":{"code":-32602,"message":"block range is too wide"}}`)}, KindTooLarge, false, false, 0, 0},
		{"infura_rate", &nodeError{code: -32005, msg: "project ID request rate exceeded"}, KindRateLimited, false, false, 0, 0},
		{"http_429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, KindRateLimited, false, false, 0, 0},
		{"http_503", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, KindServer, false, false, 0, 0},
		{"http_504", rpc.HTTPError{StatusCode: 504, Status: "504 Gateway Timeout"}, KindTimeout, false, false, 0, 0},
		{"http_401", rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, KindPermanent, true, false, 0, 0},
		{"internal", &nodeError{code: -32603, msg: "internal error"}, KindInternal, false, false, 0, 0},
		{"server_error", &nodeError{code: -32000, msg: "header not found"}, KindRPC, false, false, 0, 0},
		{"invalid_params", &nodeError{code: -32602, msg: "invalid argument 0: hex string without 0x prefix"}, KindPermanent, true, false, 0, 0},
		{"method_not_found", &nodeError{code: -32601, msg: "the method eth_foo does not exist"}, KindPermanent, true, false, 0, 0},
		{"deadline", fmt.Errorf("calling: %w", context.DeadlineExceeded), KindTimeout, false, false, 0, 0},
		{"client_timeout", &url.Error{Op: "Post", URL: "http://x", Err: &timeoutError{}}, KindTimeout, false, false, 0, 0},
		{"refused", &url.Error{Op: "Post", URL: "http://x", Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}, KindConnection, false, false, 0, 0},
		{"reset", &url.Error{Op: "Post", URL: "http://x", Err: &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}}, KindConnection, false, false, 0, 0},
		{"eof", &url.Error{Op: "Post", URL: "http://x", Err: io.EOF}, KindConnection, false, false, 0, 0},
		{"truncated", io.ErrUnexpectedEOF, KindBadResponse, false, false, 0, 0},
		{"no_result", rpc.ErrNoResult, KindBadResponse, false, false, 0, 0},
		{"invalid_range", fmt.Errorf("x: %w", ErrInvalidRange), KindPermanent, true, false, 0, 0},
		{"unknown", errors.New("something odd"), KindConnection, false, false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := classify(tt.err)
			if f.kind != tt.kind || f.permanent != tt.permanent || f.suggested != tt.suggest || f.sugFrom != tt.sugFrom || f.sugTo != tt.sugTo {
				t.Errorf("classify(%q) = %+v, want kind %s permanent %v suggested %v [%#x, %#x]",
					tt.err, f, tt.kind, tt.permanent, tt.suggest, tt.sugFrom, tt.sugTo)
			}
		})
	}
}

type timeoutError struct{}

func (*timeoutError) Error() string   { return "Client.Timeout exceeded while awaiting headers" }
func (*timeoutError) Timeout() bool   { return true }
func (*timeoutError) Temporary() bool { return true }

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"2", 2 * time.Second, true},
		{" 0 ", 0, true},
		{"-1", 0, false},
		{"999999", time.Hour, true},
		{now.Add(7 * time.Second).Format(httpTimeFormat), 7 * time.Second, true},
		{now.Add(-time.Minute).Format(httpTimeFormat), 0, true},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

const httpTimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

func TestBackoff(t *testing.T) {
	s := &Source{cfg: Config{MinBackoff: 100 * time.Millisecond, MaxBackoff: 10 * time.Second}}
	tests := []struct {
		attempt  int
		min, max time.Duration
	}{
		{0, 50 * time.Millisecond, 100 * time.Millisecond},
		{1, 100 * time.Millisecond, 200 * time.Millisecond},
		{3, 400 * time.Millisecond, 800 * time.Millisecond},
		{10, 5 * time.Second, 10 * time.Second},
		{100, 5 * time.Second, 10 * time.Second},
	}
	for _, tt := range tests {
		for range 50 {
			if d := s.backoff(tt.attempt); d < tt.min || d > tt.max {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", tt.attempt, d, tt.min, tt.max)
			}
		}
	}
}

// FuzzSuggestion feeds arbitrary node messages to the too-large parser: it never panics
// and a suggested range is never inverted.
func FuzzSuggestion(f *testing.F) {
	f.Add(-32005, "query returned more than 10000 results. Try with this block range [0x10, 0x20].")
	f.Add(-32602, "this block range should work: [0x1bc2f00, 0x1bc3a7d]")
	f.Add(-32005, "[0x20, 0x10]")
	f.Add(-32000, "[0xffffffffffffffffff, 0x1]")
	f.Fuzz(func(t *testing.T, code int, msg string) {
		fl := classify(&nodeError{code: code, msg: msg})
		if fl.suggested && (fl.kind != KindTooLarge || fl.sugFrom > fl.sugTo) {
			t.Errorf("classify(%d, %q) = %+v: a suggestion must be a too-large range with from <= to", code, msg, fl)
		}
	})
}
