package source

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"sharechain/internal/testenv"
)

// blockHeader reads one block with a raw eth_getBlockByNumber, the reference for Header.
func blockHeader(tb testing.TB, a *testenv.Anvil, number string) Header {
	tb.Helper()
	var b struct {
		Number     hexutil.Uint64 `json:"number"`
		Hash       common.Hash    `json:"hash"`
		ParentHash common.Hash    `json:"parentHash"`
		Timestamp  hexutil.Uint64 `json:"timestamp"`
	}
	if err := a.Call(&b, "eth_getBlockByNumber", number, false); err != nil {
		tb.Fatalf("eth_getBlockByNumber(%s) = %v", number, err)
	}
	return Header{Number: uint64(b.Number), Hash: b.Hash, ParentHash: b.ParentHash, Time: uint64(b.Timestamp)}
}

func TestHeaders(t *testing.T) {
	a := startAnvil(t)
	if err := a.Call(nil, "anvil_mine", hexutil.EncodeUint64(250)); err != nil {
		t.Fatal(err)
	}
	s := newSource(t, Config{RPCURL: a.RPC})
	ctx := context.Background()

	tests := []struct {
		name     string
		from, to uint64
		requests uint64 // JSON-RPC requests: one batch per 100 blocks
	}{
		{"one_block", 7, 7, 1},
		{"genesis_to_99", 0, 99, 1},
		{"two_batches", 0, 100, 2},
		{"three_batches", 10, 250, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := s.Stats().Requests
			got, err := s.Headers(ctx, tt.from, tt.to)
			if err != nil {
				t.Fatalf("Headers(%d, %d) = %v", tt.from, tt.to, err)
			}
			if n := s.Stats().Requests - before; n != tt.requests {
				t.Errorf("Headers(%d, %d) made %d requests, want %d", tt.from, tt.to, n, tt.requests)
			}
			if len(got) != int(tt.to-tt.from+1) {
				t.Fatalf("Headers(%d, %d) returned %d headers, want %d", tt.from, tt.to, len(got), tt.to-tt.from+1)
			}
			for i, h := range got {
				want := blockHeader(t, a, hexutil.EncodeUint64(tt.from+uint64(i)))
				if h != want {
					t.Fatalf("Headers(%d, %d)[%d] = %+v, want %+v", tt.from, tt.to, i, h, want)
				}
				if i > 0 && h.ParentHash != got[i-1].Hash {
					t.Fatalf("header %d parent %s, want the hash of block %d %s", h.Number, h.ParentHash, got[i-1].Number, got[i-1].Hash)
				}
			}
		})
	}

	t.Run("beyond_head", func(t *testing.T) {
		if _, err := s.Headers(ctx, 240, 260); !errors.Is(err, ErrNotFound) {
			t.Errorf("Headers(240, 260) = %v, want ErrNotFound", err)
		}
	})

	t.Run("head_finalized_chain_id_code", func(t *testing.T) {
		head, err := s.Head(ctx)
		if err != nil || head != blockHeader(t, a, "latest") || head.Number != 250 {
			t.Errorf("Head() = %+v, %v; want block 250 %+v", head, err, blockHeader(t, a, "latest"))
		}
		fin, err := s.Finalized(ctx)
		if err != nil || fin != blockHeader(t, a, "finalized") || fin.Number > head.Number {
			t.Errorf("Finalized() = %+v, %v; want %+v", fin, err, blockHeader(t, a, "finalized"))
		}
		id, err := s.ChainID(ctx)
		if err != nil || id != 31337 {
			t.Errorf("ChainID() = %d, %v; want 31337", id, err)
		}
		c := buildChain(t, a, nil)
		code, err := s.Code(ctx, c.token)
		if err != nil || len(code) == 0 {
			t.Errorf("Code(token) = %d bytes, %v; want the contract", len(code), err)
		}
		code, err = s.Code(ctx, common.HexToAddress("0xdead"))
		if err != nil || len(code) != 0 {
			t.Errorf("Code(0xdead) = %x, %v; want empty", code, err)
		}
	})
}

// TestRetry_Faults makes one call through each kind of fault.
func TestRetry_Faults(t *testing.T) {
	a := startAnvil(t)
	tests := []struct {
		name        string
		faults      []string
		kind        string
		minDuration time.Duration
	}{
		{"http_500", []string{fault500, fault500, fault500}, KindServer, 0},
		{"dropped_connection", []string{faultDrop, faultDrop}, KindConnection, 0},
		{"timeout", []string{faultDelay}, KindTimeout, 300 * time.Millisecond},
		{"rate_limited_retry_after", []string{fault429}, KindRateLimited, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFaultProxy(t, a.RPC)
			p.set(func(p *faultProxy) { p.failFirst = tt.faults })
			s := newSource(t, Config{RPCURL: p.URL, RequestTimeout: 300 * time.Millisecond, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})
			start := time.Now()
			id, err := s.ChainID(context.Background())
			if err != nil || id != 31337 {
				t.Fatalf("ChainID() = %d, %v; want 31337", id, err)
			}
			if d := time.Since(start); d < tt.minDuration {
				t.Errorf("ChainID() took %v, want at least %v", d, tt.minDuration)
			}
			st := s.Stats()
			if st.Errors[tt.kind] != uint64(len(tt.faults)) || st.Retries != uint64(len(tt.faults)) || st.Requests != uint64(len(tt.faults))+1 {
				t.Errorf("Stats() = %+v, want %d %s errors, as many retries and one more request", st, len(tt.faults), tt.kind)
			}
		})
	}

	t.Run("node_down_then_up", func(t *testing.T) {
		// Nothing listens yet: connection refused is retried until the node starts.
		port, err := testenv.FreePort()
		if err != nil {
			t.Fatal(err)
		}
		s := newSource(t, Config{RPCURL: "http://127.0.0.1:" + strconv.Itoa(port), MinBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond})
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		if _, err := s.ChainID(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("ChainID() with no node = %v, want context.DeadlineExceeded", err)
		}
		if st := s.Stats(); st.Errors[KindConnection] == 0 || st.Retries == 0 {
			t.Errorf("Stats() = %+v, want connection errors and retries", st)
		}
	})
}

func TestSubscribeHeads(t *testing.T) {
	a := startAnvil(t)
	tests := []struct {
		name string
		ws   bool
	}{
		{"websocket", true},
		{"polling", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Config{RPCURL: a.RPC, PollInterval: 50 * time.Millisecond}
			if tt.ws {
				cfg.WSURL = a.WS
			}
			s := newSource(t, cfg)
			ctx, cancel := context.WithCancel(context.Background())
			out := make(chan Header, 16)
			errc := make(chan error, 1)
			go func() { errc <- s.SubscribeHeads(ctx, out) }()

			start := blockHeader(t, a, "latest").Number
			if tt.ws {
				// Wait for the subscription before mining, so every block is notified.
				waitFor(t, func() bool { return s.Stats().Subscriptions == 1 })
			}
			// Drain whatever the start delivered (the polled current head).
			drain(out)
			last := start
			for i := range 5 {
				if err := a.Call(nil, "evm_mine"); err != nil {
					t.Fatal(err)
				}
				h := recvHead(t, out)
				if want := blockHeader(t, a, hexutil.EncodeUint64(start+uint64(i)+1)); h != want {
					t.Fatalf("head %d = %+v, want %+v", i, h, want)
				}
				last = h.Number
			}
			if !tt.ws {
				// Five blocks between two polls: only the newest is sent.
				if err := a.Call(nil, "anvil_mine", hexutil.EncodeUint64(5)); err != nil {
					t.Fatal(err)
				}
				if h := recvHead(t, out); h.Number != last+5 {
					t.Errorf("head after a jump of 5 = block %d, want %d", h.Number, last+5)
				}
			}
			if st := s.Stats(); (st.Subscriptions > 0) != tt.ws {
				t.Errorf("Stats().Subscriptions = %d with WebSocket %v", st.Subscriptions, tt.ws)
			}
			select {
			case h := <-out:
				t.Errorf("unexpected extra head %+v", h)
			case <-time.After(200 * time.Millisecond):
			}
			cancel()
			if err := <-errc; !errors.Is(err, context.Canceled) {
				t.Errorf("SubscribeHeads after cancel = %v, want context.Canceled", err)
			}
		})
	}

	t.Run("websocket_reconnects", func(t *testing.T) {
		p := newTCPProxy(t, strings.TrimPrefix(a.WS, "ws://"))
		s := newSource(t, Config{RPCURL: a.RPC, WSURL: "ws://" + p.Addr, PollInterval: 50 * time.Millisecond, MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		out := make(chan Header, 16)
		errc := make(chan error, 1)
		go func() { errc <- s.SubscribeHeads(ctx, out) }()
		waitFor(t, func() bool { return s.Stats().Subscriptions == 1 })

		var got []uint64
		mine := func() {
			if err := a.Call(nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
			got = append(got, recvHead(t, out).Number)
		}
		mine()
		p.cut()
		mine() // by polling or by the new subscription
		waitFor(t, func() bool { return s.Stats().Subscriptions >= 2 })
		mine()
		mine()
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Fatalf("heads %v do not increase", got)
			}
		}
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("SubscribeHeads after cancel = %v, want context.Canceled", err)
		}
	})
}

// TestCancel_NoLeaks runs every long call, cancels them, and checks that no goroutine
// outlives them.
func TestCancel_NoLeaks(t *testing.T) {
	a := startAnvil(t)
	c := buildChain(t, a, []int{0, 0, 5, 0, 7, 1, 0, 0, 3})
	http.DefaultClient.CloseIdleConnections()
	base := runtime.NumGoroutine()

	s, err := New(context.Background(), Config{RPCURL: a.RPC, WSURL: a.WS, Addresses: []common.Address{c.token}, InitialRange: 1, MaxRange: 1, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	polling, err := New(context.Background(), Config{RPCURL: a.RPC, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 3)
	go func() { errc <- s.Logs(ctx, 0, c.head, make(chan Batch)) }() // nobody reads
	go func() { errc <- s.SubscribeHeads(ctx, make(chan Header)) }()
	go func() { errc <- polling.SubscribeHeads(ctx, make(chan Header, 100)) }()
	waitFor(t, func() bool {
		return s.Stats().Subscriptions == 1 && s.Stats().Ranges > 0 && polling.Stats().Requests > 2
	})
	cancel()
	for range 3 {
		select {
		case err := <-errc:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("call after cancel = %v, want context.Canceled", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("a call did not return within 5s of cancel")
		}
	}
	s.Close()
	polling.Close()
	http.DefaultClient.CloseIdleConnections()

	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines after cancel, %d before:\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func recvHead(tb testing.TB, out <-chan Header) Header {
	tb.Helper()
	select {
	case h := <-out:
		return h
	case <-time.After(5 * time.Second):
		tb.Fatal("no head within 5s")
		return Header{}
	}
}

func drain(out <-chan Header) {
	time.Sleep(150 * time.Millisecond)
	for {
		select {
		case <-out:
		default:
			return
		}
	}
}

func waitFor(tb testing.TB, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatal("condition not met within 10s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
