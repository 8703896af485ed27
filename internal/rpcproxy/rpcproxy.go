// Package rpcproxy is a JSON-RPC reverse proxy on loopback that injects the faults of
// real node providers between a client (the indexer) and a node (anvil): HTTP 5xx, HTTP
// 429 with Retry-After, JSON-RPC internal errors, eth_getLogs "too many results" with a
// suggested range, requests held past the client's timeout, dropped connections and
// answers cut short. Each kind has its own rate, and the proxy counts what it injected
// by kind, so that a chaos test can report the faults next to what the client lost.
//
// Faults apply to HTTP POST requests only. A WebSocket upgrade is refused (clients then
// follow heads by polling through the proxy); other requests are forwarded unchanged.
package rpcproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Kind is a kind of injected fault.
type Kind string

// The kinds of faults, in the order the proxy draws them for a request.
const (
	// ServerError answers HTTP 500, 502 or 503 without a JSON-RPC body.
	ServerError Kind = "server_error"
	// RateLimited answers HTTP 429 with a Retry-After header.
	RateLimited Kind = "rate_limited"
	// RPCError answers a JSON-RPC -32603 internal error (single requests only).
	RPCError Kind = "rpc_error"
	// TooManyResults answers an eth_getLogs over more than one block with -32005 "query
	// returned more than 10000 results" and a suggested range of half its span.
	TooManyResults Kind = "too_many_results"
	// Timeout holds the request without an answer until the client gives up (or
	// Config.Hold passes), then closes the connection.
	Timeout Kind = "timeout"
	// Drop closes the TCP connection as soon as the request is read.
	Drop Kind = "drop"
	// Truncate forwards the request and sends the status line, headers and half of the
	// node's answer, then closes the connection.
	Truncate Kind = "truncate"
)

// Kinds lists every kind, in the order the proxy draws them.
var Kinds = []Kind{ServerError, RateLimited, RPCError, TooManyResults, Timeout, Drop, Truncate}

// Config configures a [Proxy].
type Config struct {
	// Target is the node's HTTP JSON-RPC URL.
	Target string
	// Rates is the probability, per request, of each kind of fault; at most one fault
	// is injected per request. Kinds that do not apply to a request (TooManyResults to
	// anything but a multi-block eth_getLogs, RPCError to a batch) are skipped.
	Rates map[Kind]float64
	// Seed makes the sequence of draws repeatable (with the same requests in the same
	// order).
	Seed uint64
	// RetryAfter is the Retry-After of 429 answers, in whole seconds; default 1 s.
	RetryAfter time.Duration
	// Hold bounds how long a Timeout fault holds a request whose client does not give
	// up; default 2 minutes.
	Hold time.Duration
	// Latency delays every forwarded request, as the round trip to a remote provider
	// would; default none.
	Latency time.Duration
}

// Proxy is a running fault-injecting proxy. Its methods are safe for concurrent use.
type Proxy struct {
	// URL is the proxy's HTTP URL, to give the client instead of the node's.
	URL string

	srv    *http.Server
	ln     net.Listener
	client *http.Client
	target string
	hold   time.Duration
	delay  time.Duration
	retry  string

	mu       sync.Mutex
	rng      *rand.Rand
	rates    map[Kind]float64
	injected map[Kind]int64
	requests atomic.Int64
	done     chan struct{}
}

// Start listens on a free loopback port and serves until Close.
func Start(cfg Config) (*Proxy, error) {
	if cfg.Target == "" {
		return nil, errors.New("rpcproxy: no target URL")
	}
	for k, r := range cfg.Rates {
		if !slices.Contains(Kinds, k) {
			return nil, fmt.Errorf("rpcproxy: unknown fault kind %q", k)
		}
		if r < 0 || r > 1 {
			return nil, fmt.Errorf("rpcproxy: rate of %s is %v, want 0..1", k, r)
		}
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = time.Second
	}
	if cfg.Hold <= 0 {
		cfg.Hold = 2 * time.Minute
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("rpcproxy: listening: %w", err)
	}
	p := &Proxy{
		URL:      "http://" + ln.Addr().String(),
		ln:       ln,
		client:   &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, IdleConnTimeout: 30 * time.Second}},
		target:   cfg.Target,
		hold:     cfg.Hold,
		delay:    cfg.Latency,
		retry:    strconv.Itoa(max(1, int(cfg.RetryAfter.Round(time.Second)/time.Second))),
		rng:      rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		rates:    map[Kind]float64{},
		injected: map[Kind]int64{},
		done:     make(chan struct{}),
	}
	for k, r := range cfg.Rates {
		p.rates[k] = r
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

// Close stops the proxy, ending held requests and open connections.
func (p *Proxy) Close() error {
	select {
	case <-p.done:
		return nil
	default:
	}
	close(p.done)
	err := p.srv.Close()
	p.client.CloseIdleConnections()
	return err
}

// SetRates replaces the fault rates; nil or an empty map stops injecting.
func (p *Proxy) SetRates(rates map[Kind]float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rates = map[Kind]float64{}
	for k, r := range rates {
		p.rates[k] = r
	}
}

// Injected returns how many faults of each kind the proxy has injected so far.
func (p *Proxy) Injected() map[Kind]int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[Kind]int64, len(p.injected))
	for k, n := range p.injected {
		out[k] = n
	}
	return out
}

// Total returns the number of faults injected so far, all kinds together.
func (p *Proxy) Total() int64 {
	var n int64
	for _, c := range p.Injected() {
		n += c
	}
	return n
}

// Requests returns the number of HTTP requests the proxy has received.
func (p *Proxy) Requests() int64 { return p.requests.Load() }

// request is what the proxy reads of a JSON-RPC call.
type request struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// call describes one HTTP request for the fault draw.
type call struct {
	single   *request // nil for a batch or a body that is not JSON-RPC
	logsFrom uint64   // eth_getLogs range, when single is one with numeric bounds
	logsTo   uint64
	logs     bool
}

func parseCall(body []byte) call {
	var c call
	trimmed := bytes.TrimSpace(body)
	if !bytes.HasPrefix(trimmed, []byte("{")) {
		return c
	}
	var req request
	if json.Unmarshal(trimmed, &req) != nil {
		return c
	}
	c.single = &req
	if req.Method == "eth_getLogs" && len(req.Params) == 1 {
		var q struct {
			FromBlock *hexutil.Uint64 `json:"fromBlock"`
			ToBlock   *hexutil.Uint64 `json:"toBlock"`
		}
		if json.Unmarshal(req.Params[0], &q) == nil && q.FromBlock != nil && q.ToBlock != nil {
			c.logsFrom, c.logsTo, c.logs = uint64(*q.FromBlock), uint64(*q.ToBlock), true
		}
	}
	return c
}

// draw picks the fault for one request, or "" for none, and counts it.
func (p *Proxy) draw(c call) Kind {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, k := range Kinds {
		r := p.rates[k]
		if r <= 0 {
			continue
		}
		switch k {
		case RPCError:
			if c.single == nil {
				continue
			}
		case TooManyResults:
			if !c.logs || c.logsTo <= c.logsFrom {
				continue
			}
		}
		if p.rng.Float64() < r {
			p.injected[k]++
			return k
		}
	}
	return ""
}

// ServeHTTP forwards one request to the node, or answers it with a fault.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		http.Error(w, "rpcproxy: WebSocket is not proxied; poll over HTTP", http.StatusNotImplemented)
		return
	}
	if r.Method != http.MethodPost {
		p.forward(w, r, nil, false)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	c := parseCall(body)
	switch p.draw(c) {
	case ServerError:
		codes := []int{http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable}
		p.mu.Lock()
		code := codes[p.rng.IntN(len(codes))]
		p.mu.Unlock()
		http.Error(w, "rpcproxy: injected server error", code)
	case RateLimited:
		w.Header().Set("Retry-After", p.retry)
		http.Error(w, "rpcproxy: too many requests", http.StatusTooManyRequests)
	case RPCError:
		writeError(w, c.single.ID, -32603, "rpcproxy: injected internal error")
	case TooManyResults:
		half := (c.logsTo - c.logsFrom + 1) / 2
		writeError(w, c.single.ID, -32005, fmt.Sprintf(
			"query returned more than 10000 results. Try with this block range [%#x, %#x].", c.logsFrom, c.logsFrom+half-1))
	case Timeout:
		t := time.NewTimer(p.hold)
		defer t.Stop()
		select {
		case <-r.Context().Done():
		case <-t.C:
		case <-p.done:
		}
		hangUp(w)
	case Drop:
		hangUp(w)
	case Truncate:
		p.forward(w, r, body, true)
	default:
		p.forward(w, r, body, false)
	}
}

// forward sends the request to the node and copies the answer back; with truncate, only
// the first half of the answer's body is sent before the connection is closed.
func (p *Proxy) forward(w http.ResponseWriter, r *http.Request, body []byte, truncate bool) {
	if p.delay > 0 {
		t := time.NewTimer(p.delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	var rd io.Reader = r.Body
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, p.target, rd)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header.Set("Content-Type", r.Header.Get("Content-Type"))
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, "rpcproxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(answer)))
	w.WriteHeader(resp.StatusCode)
	if !truncate {
		_, _ = w.Write(answer)
		return
	}
	_, _ = w.Write(answer[:len(answer)/2])
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	hangUp(w)
}

// hangUp closes the client's connection without (any more of) an answer.
func hangUp(w http.ResponseWriter) {
	if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
		_ = conn.Close()
		return
	}
	// a connection that cannot be taken over is aborted the way net/http allows
	panic(http.ErrAbortHandler)
}

func writeError(w http.ResponseWriter, id json.RawMessage, code int, msg string) {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	raw, _ := json.Marshal(map[string]any{
		"jsonrpc": "2.0",
		"id":      id,
		"error":   map[string]any{"code": code, "message": msg},
	})
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(raw)
}
