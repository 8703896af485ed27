package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Faults the proxy injects; they are also the keys of faultProxy.injected.
const (
	fault500      = "500"       // HTTP 500
	fault429      = "429"       // HTTP 429 with Retry-After
	faultDrop     = "drop"      // hijack the connection and close it
	faultDelay    = "delay"     // answer nothing until the client gives up
	faultTooLarge = "too_large" // -32005 for an eth_getLogs wider than maxBlocks
	faultInvalid  = "invalid"   // -32602 for every eth_getLogs
)

// faultProxy is a JSON-RPC reverse proxy in front of anvil that injects faults.
type faultProxy struct {
	URL    string
	target string
	client *http.Client

	mu         sync.Mutex
	rng        *rand.Rand
	rates      map[string]float64 // fault → probability per request
	limit      map[string]int     // fault → most injections (0: no limit)
	failFirst  []string           // faults for the next requests, in order, before rates apply
	retryAfter string             // Retry-After of 429 answers
	delay      time.Duration      // how long a delayed request waits at most
	maxBlocks  uint64             // eth_getLogs over more blocks answer -32005 (0: never)
	suggest    bool               // add an Alchemy-style suggested range to -32005 answers
	invalid    bool               // answer every eth_getLogs with invalid params
	injected   map[string]int
	widths     []uint64 // block spans of the eth_getLogs requests, in arrival order
}

func newFaultProxy(tb testing.TB, target string) *faultProxy {
	tb.Helper()
	p := &faultProxy{
		target:     target,
		client:     &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}},
		rng:        rand.New(rand.NewPCG(1, 2)),
		rates:      map[string]float64{},
		limit:      map[string]int{},
		retryAfter: "1",
		delay:      5 * time.Second,
		injected:   map[string]int{},
	}
	srv := httptest.NewServer(p)
	p.URL = srv.URL
	tb.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
		p.client.CloseIdleConnections()
	})
	return p
}

// set changes the proxy's settings under its lock.
func (p *faultProxy) set(f func(p *faultProxy)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(p)
}

// count returns how many times fault was injected.
func (p *faultProxy) count(fault string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.injected[fault]
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// pick chooses the fault for one request, or "".
func (p *faultProxy) pick(req *rpcRequest) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	fault := ""
	if len(p.failFirst) > 0 {
		fault, p.failFirst = p.failFirst[0], p.failFirst[1:]
	} else {
		for _, f := range []string{fault500, fault429, faultDrop, faultDelay} {
			if r := p.rates[f]; r > 0 && p.rng.Float64() < r && (p.limit[f] == 0 || p.injected[f] < p.limit[f]) {
				fault = f
				break
			}
		}
	}
	if fault == "" && req != nil && req.Method == "eth_getLogs" {
		if from, to, ok := logsRange(req); ok {
			p.widths = append(p.widths, to-from+1)
			switch {
			case p.invalid:
				fault = faultInvalid
			case p.maxBlocks > 0 && to-from+1 > p.maxBlocks:
				fault = faultTooLarge
			}
		}
	}
	if fault != "" {
		p.injected[fault]++
	}
	return fault
}

func logsRange(req *rpcRequest) (from, to uint64, ok bool) {
	if len(req.Params) != 1 {
		return 0, 0, false
	}
	var q struct {
		FromBlock hexutil.Uint64 `json:"fromBlock"`
		ToBlock   hexutil.Uint64 `json:"toBlock"`
	}
	if err := json.Unmarshal(req.Params[0], &q); err != nil {
		return 0, 0, false
	}
	return uint64(q.FromBlock), uint64(q.ToBlock), true
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var req *rpcRequest
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		req = new(rpcRequest)
		if json.Unmarshal(body, req) != nil {
			req = nil
		}
	}
	p.mu.Lock()
	retryAfter, delay, suggest := p.retryAfter, p.delay, p.suggest
	p.mu.Unlock()

	switch p.pick(req) {
	case fault500:
		http.Error(w, "upstream exploded", http.StatusInternalServerError)
		return
	case fault429:
		w.Header().Set("Retry-After", retryAfter)
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	case faultDrop:
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return
	case faultDelay:
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
		}
		return
	case faultTooLarge:
		msg := "query returned more than 10000 results"
		if suggest {
			from, _, _ := logsRange(req)
			msg = fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [%#x, %#x]", from, from+p.maxBlocks-1)
		}
		writeRPCError(w, req.ID, -32005, msg)
		return
	case faultInvalid:
		writeRPCError(w, req.ID, -32602, "invalid argument 0: json: cannot unmarshal hex string without 0x prefix")
		return
	}

	resp, err := p.client.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func writeRPCError(w http.ResponseWriter, id json.RawMessage, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"jsonrpc": "2.0",
		"id":      id,
		"error":   map[string]any{"code": code, "message": msg},
	})
}

// tcpProxy forwards TCP connections to target (anvil's WebSocket port) and can cut them
// all, as a network fault would.
type tcpProxy struct {
	Addr   string
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
}

func newTCPProxy(tb testing.TB, target string) *tcpProxy {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &tcpProxy{Addr: ln.Addr().String(), ln: ln, target: target}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); io.Copy(up, c); up.Close() }()
			go func() { defer p.wg.Done(); io.Copy(c, up); c.Close() }()
		}
	}()
	tb.Cleanup(func() {
		ln.Close()
		p.cut()
		p.wg.Wait()
	})
	return p
}

// cut closes every connection made so far.
func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}
