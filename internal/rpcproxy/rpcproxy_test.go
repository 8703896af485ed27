package rpcproxy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"sharechain/internal/rpcproxy"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// startNode is anvil with blocks 0..10, so that the eth_getLogs requests below are valid.
func startNode(t *testing.T) *testenv.Anvil {
	t.Helper()
	node := testenv.StartAnvil(t)
	if err := node.Call(nil, "anvil_mine", "0xa"); err != nil {
		t.Fatal(err)
	}
	return node
}

func start(t *testing.T, cfg rpcproxy.Config) *rpcproxy.Proxy {
	t.Helper()
	p, err := rpcproxy.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// post sends one raw JSON-RPC body with a client timeout.
func post(url, body string, timeout time.Duration) (*http.Response, []byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	// a fresh connection per request, so that a dropped one cannot spill into the next
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp, raw, err
}

type rpcAnswer struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

const (
	blockNumber = `{"jsonrpc":"2.0","id":7,"method":"eth_blockNumber","params":[]}`
	getLogs     = `{"jsonrpc":"2.0","id":8,"method":"eth_getLogs","params":[{"fromBlock":"0x0","toBlock":"0x9"}]}`
	getLogsOne  = `{"jsonrpc":"2.0","id":9,"method":"eth_getLogs","params":[{"fromBlock":"0x3","toBlock":"0x3"}]}`
	batch       = `[{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]},{"jsonrpc":"2.0","id":2,"method":"eth_chainId","params":[]}]`
)

// TestProxy_Faults injects each kind at rate 1 and checks what a client sees and what the
// proxy counts.
func TestProxy_Faults(t *testing.T) {
	node := startNode(t)
	tests := []struct {
		kind  rpcproxy.Kind
		body  string
		check func(t *testing.T, resp *http.Response, raw []byte, err error)
	}{
		{rpcproxy.ServerError, blockNumber, func(t *testing.T, resp *http.Response, _ []byte, err error) {
			if err != nil || resp.StatusCode < 500 {
				t.Errorf("answer = %v, %v; want a 5xx", status(resp), err)
			}
		}},
		{rpcproxy.RateLimited, blockNumber, func(t *testing.T, resp *http.Response, _ []byte, err error) {
			if err != nil || resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" {
				t.Errorf("answer = %v (Retry-After %q), %v; want 429 with Retry-After 2", status(resp), header(resp, "Retry-After"), err)
			}
		}},
		{rpcproxy.RPCError, blockNumber, func(t *testing.T, resp *http.Response, raw []byte, err error) {
			a := decode(t, raw, err)
			if a.Error == nil || a.Error.Code != -32603 {
				t.Errorf("answer = %s, want a -32603 error", raw)
			}
		}},
		{rpcproxy.TooManyResults, getLogs, func(t *testing.T, resp *http.Response, raw []byte, err error) {
			a := decode(t, raw, err)
			if a.Error == nil || a.Error.Code != -32005 || !strings.Contains(a.Error.Message, "[0x0, 0x4]") {
				t.Errorf("answer = %s, want -32005 suggesting [0x0, 0x4]", raw)
			}
		}},
		{rpcproxy.Timeout, blockNumber, func(t *testing.T, resp *http.Response, _ []byte, err error) {
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("answer = %v, %v; want the client's deadline to pass", status(resp), err)
			}
		}},
		{rpcproxy.Drop, blockNumber, func(t *testing.T, resp *http.Response, _ []byte, err error) {
			if err == nil || errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("answer = %v, %v; want a closed connection", status(resp), err)
			}
		}},
		{rpcproxy.Truncate, blockNumber, func(t *testing.T, resp *http.Response, raw []byte, err error) {
			if !errors.Is(err, io.ErrUnexpectedEOF) || resp == nil || resp.StatusCode != http.StatusOK {
				t.Errorf("answer = %v %q, %v; want 200 with a body cut short", status(resp), raw, err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			p := start(t, rpcproxy.Config{Target: node.RPC, Rates: map[rpcproxy.Kind]float64{tt.kind: 1}, RetryAfter: 2 * time.Second})
			resp, raw, err := post(p.URL, tt.body, time.Second)
			tt.check(t, resp, raw, err)
			if got := p.Injected(); got[tt.kind] != 1 || p.Total() != 1 {
				t.Errorf("Injected() = %v, want {%s: 1}", got, tt.kind)
			}
		})
	}
}

// TestProxy_Applicability: kinds that do not fit a request leave it alone.
func TestProxy_Applicability(t *testing.T) {
	node := startNode(t)
	tests := []struct {
		name string
		kind rpcproxy.Kind
		body string
	}{
		{"too many results, not eth_getLogs", rpcproxy.TooManyResults, blockNumber},
		{"too many results, one block", rpcproxy.TooManyResults, getLogsOne},
		{"rpc error, batch", rpcproxy.RPCError, batch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := start(t, rpcproxy.Config{Target: node.RPC, Rates: map[rpcproxy.Kind]float64{tt.kind: 1}})
			resp, raw, err := post(p.URL, tt.body, 5*time.Second)
			if err != nil || resp.StatusCode != http.StatusOK || !bytes.Contains(raw, []byte(`"result"`)) {
				t.Fatalf("answer = %v %s, %v; want the node's answer", status(resp), raw, err)
			}
			if p.Total() != 0 {
				t.Errorf("Injected() = %v, want none", p.Injected())
			}
		})
	}
}

// TestProxy_Passthrough forwards single and batch calls unchanged when no rate is set.
func TestProxy_Passthrough(t *testing.T) {
	node := startNode(t)
	p := start(t, rpcproxy.Config{Target: node.RPC})
	for _, body := range []string{blockNumber, batch, getLogs} {
		_, direct, err := post(node.RPC, body, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		_, proxied, err := post(p.URL, body, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(direct, proxied) {
			t.Errorf("through the proxy %s = %s, want %s", body, proxied, direct)
		}
	}
	if p.Requests() != 3 || p.Total() != 0 {
		t.Errorf("Requests(), Total() = %d, %d; want 3, 0", p.Requests(), p.Total())
	}
}

// TestProxy_Latency delays every forwarded request by Config.Latency.
func TestProxy_Latency(t *testing.T) {
	node := startNode(t)
	p := start(t, rpcproxy.Config{Target: node.RPC, Latency: 150 * time.Millisecond})
	began := time.Now()
	if _, _, err := post(p.URL, blockNumber, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took < 150*time.Millisecond {
		t.Errorf("a request through a proxy with 150ms latency took %s", took)
	}
}

// TestProxy_Rates draws each kind at about its rate, repeatably for a seed, and stops
// injecting after SetRates(nil).
func TestProxy_Rates(t *testing.T) {
	node := startNode(t)
	rates := map[rpcproxy.Kind]float64{rpcproxy.ServerError: 0.2, rpcproxy.RPCError: 0.1}
	run := func() map[rpcproxy.Kind]int64 {
		p := start(t, rpcproxy.Config{Target: node.RPC, Rates: rates, Seed: 42})
		for i := 0; i < 400; i++ {
			if _, _, err := post(p.URL, blockNumber, 5*time.Second); err != nil {
				t.Fatal(err)
			}
		}
		p.SetRates(nil)
		before := p.Total()
		for i := 0; i < 20; i++ {
			if _, _, err := post(p.URL, blockNumber, 5*time.Second); err != nil {
				t.Fatal(err)
			}
		}
		if p.Total() != before {
			t.Errorf("after SetRates(nil) the proxy injected %d more faults", p.Total()-before)
		}
		return p.Injected()
	}
	first, second := run(), run()
	// server errors are drawn first: 0.2 of 400; rpc errors from the remaining 0.8: 0.08
	if n := first[rpcproxy.ServerError]; n < 50 || n > 110 {
		t.Errorf("server errors = %d of 400 at rate 0.2, want 50..110", n)
	}
	if n := first[rpcproxy.RPCError]; n < 15 || n > 55 {
		t.Errorf("rpc errors = %d of 400 at rate 0.1 after 0.2, want 15..55", n)
	}
	if first[rpcproxy.ServerError] != second[rpcproxy.ServerError] || first[rpcproxy.RPCError] != second[rpcproxy.RPCError] {
		t.Errorf("two runs with seed 42 injected %v and %v, want the same", first, second)
	}
}

func TestStart_Errors(t *testing.T) {
	tests := map[string]rpcproxy.Config{
		"no target":    {},
		"unknown kind": {Target: "http://127.0.0.1:1", Rates: map[rpcproxy.Kind]float64{"gremlins": 0.1}},
		"rate above 1": {Target: "http://127.0.0.1:1", Rates: map[rpcproxy.Kind]float64{rpcproxy.Drop: 1.5}},
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			if p, err := rpcproxy.Start(cfg); err == nil {
				p.Close()
				t.Errorf("Start(%+v) = nil error, want one", cfg)
			}
		})
	}
}

func decode(t *testing.T, raw []byte, err error) rpcAnswer {
	t.Helper()
	if err != nil {
		t.Fatalf("request failed: %v", err)
	}
	var a rpcAnswer
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("answer %q is not JSON-RPC: %v", raw, err)
	}
	return a
}

func status(resp *http.Response) string {
	if resp == nil {
		return "no answer"
	}
	return resp.Status
}

func header(resp *http.Response, name string) string {
	if resp == nil {
		return ""
	}
	return resp.Header.Get(name)
}
