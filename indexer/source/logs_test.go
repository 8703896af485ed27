package source

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// testPlan is the number of mint logs in each block of the test chain: empty blocks,
// single-log blocks and dense blocks, about 3 900 logs over 450 blocks.
func testPlan() []int {
	var plan []int
	add := func(blocks, logs int) {
		for range blocks {
			plan = append(plan, logs)
		}
	}
	add(50, 0)
	add(40, 1)
	add(8, 300)
	add(150, 0)
	for i := range 60 {
		plan = append(plan, i%4)
	}
	add(10, 60)
	add(100, 0)
	add(5, 150)
	add(30, 1)
	return plan
}

// TestLogs runs every Logs scenario against one chain built once.
func TestLogs(t *testing.T) {
	a := startAnvil(t)
	plan := testPlan()
	c := buildChain(t, a, plan)
	want := c.allLogs(t, 0, c.head)

	// The chain is what the plan says: blocks with 0, 1 and many logs.
	perBlock := logsPerBlock(want)
	total := 0
	for _, n := range plan {
		total += n
	}
	if len(want) != total {
		t.Fatalf("chain has %d logs, want %d", len(want), total)
	}
	if slices.Max(plan) != 300 || perBlock[c.head] != plan[len(plan)-1] {
		t.Fatalf("chain layout: last block %d has %d logs, want %d", c.head, perBlock[c.head], plan[len(plan)-1])
	}

	t.Run("Complete", func(t *testing.T) {
		tests := []struct {
			name                           string
			initial, min, max              uint64
			target, concurrency            int
			from, to                       uint64
			wantMinBatches, wantMaxBatches int
		}{
			{name: "one_block_spans", initial: 1, min: 1, max: 1, concurrency: 4, wantMinBatches: int(c.head) + 1, wantMaxBatches: int(c.head) + 1},
			{name: "tiny_spans", initial: 3, min: 1, max: 7, concurrency: 3, wantMinBatches: int(c.head)/7 + 1},
			{name: "small_spans_serial", initial: 10, min: 1, max: 50, concurrency: 1, wantMinBatches: int(c.head)/50 + 1},
			{name: "adaptive_target", initial: 16, min: 1, max: 1000, target: 100, concurrency: 4, wantMinBatches: 3},
			{name: "one_huge_span", initial: 1_000_000, min: 1, max: 1_000_000, concurrency: 1, wantMinBatches: 1, wantMaxBatches: 1},
			{name: "defaults_stream_small_spans", wantMinBatches: 8},
			{name: "wide_spans_split_among_workers", initial: 100_000, max: 100_000, wantMinBatches: 4, wantMaxBatches: 4},
			{name: "sub_range", initial: 5, min: 1, max: 20, concurrency: 8, from: 95, to: 110, wantMinBatches: 1},
			{name: "single_block", initial: 5, concurrency: 2, from: 92, to: 92, wantMinBatches: 1, wantMaxBatches: 1},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := newSource(t, Config{
					RPCURL: a.RPC, Addresses: []common.Address{c.token},
					InitialRange: tt.initial, MinRange: tt.min, MaxRange: tt.max,
					TargetLogs: tt.target, Concurrency: tt.concurrency,
				})
				from, to := tt.from, tt.to
				if to == 0 {
					to = c.head
				}
				batches, err := collect(context.Background(), s, from, to)
				if err != nil {
					t.Fatalf("Logs(%d, %d) = %v", from, to, err)
				}
				ref := want
				if from != 0 || to != c.head {
					ref = c.allLogs(t, from, to)
				}
				checkBatches(t, batches, from, to, ref)
				if len(batches) < tt.wantMinBatches || (tt.wantMaxBatches > 0 && len(batches) > tt.wantMaxBatches) {
					t.Errorf("Logs(%d, %d) sent %d batches, want %d to %d", from, to, len(batches), tt.wantMinBatches, tt.wantMaxBatches)
				}
				if st := s.Stats(); st.Logs != uint64(len(ref)) {
					t.Errorf("Stats().Logs = %d, want %d", st.Logs, len(ref))
				}
			})
		}
	})

	t.Run("Adapts", func(t *testing.T) {
		// A target of 100 logs: the span grows over empty blocks and shrinks over the
		// 300-log blocks.
		s := newSource(t, Config{RPCURL: a.RPC, Addresses: []common.Address{c.token}, InitialRange: 4, MaxRange: 256, TargetLogs: 100, Concurrency: 2})
		batches, err := collect(context.Background(), s, 0, c.head)
		if err != nil {
			t.Fatalf("Logs = %v", err)
		}
		checkBatches(t, batches, 0, c.head, want)
		st := s.Stats()
		if st.Grows == 0 || st.Shrinks == 0 {
			t.Errorf("Stats() grows %d, shrinks %d; want both > 0", st.Grows, st.Shrinks)
		}
		if st.Span < 4 || st.Span > 256 {
			t.Errorf("Stats().Span = %d, want within [4, 256]", st.Span)
		}
	})

	t.Run("Faults", func(t *testing.T) {
		p := newFaultProxy(t, a.RPC)
		p.set(func(p *faultProxy) {
			// One of each first, then at random.
			p.failFirst = []string{fault500, fault429, faultDrop, faultDelay}
			p.rates = map[string]float64{fault500: 0.08, fault429: 0.03, faultDrop: 0.08, faultDelay: 0.04}
			p.limit = map[string]int{fault429: 3, faultDelay: 6}
			p.maxBlocks = 30
		})
		s := newSource(t, Config{
			RPCURL: p.URL, Addresses: []common.Address{c.token},
			InitialRange: 8, MaxRange: 48, TargetLogs: 400, Concurrency: 4,
			RequestTimeout: time.Second, MinBackoff: time.Millisecond, MaxBackoff: 20 * time.Millisecond,
		})
		ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
		defer cancel()
		batches, err := collect(ctx, s, 0, c.head)
		if err != nil {
			t.Fatalf("Logs through the fault proxy = %v", err)
		}
		checkBatches(t, batches, 0, c.head, want)

		st := s.Stats()
		t.Logf("injected %v; stats %+v", p.injected, st)
		for fault, kind := range map[string]string{fault500: KindServer, fault429: KindRateLimited, faultDrop: KindConnection, faultTooLarge: KindTooLarge} {
			if n := p.count(fault); n == 0 || st.Errors[kind] != uint64(n) {
				t.Errorf("Stats().Errors[%s] = %d, want %d injected %s faults (> 0)", kind, st.Errors[kind], n, fault)
			}
		}
		if n := p.count(faultDelay); n == 0 || st.Errors[KindTimeout] < uint64(n) {
			t.Errorf("Stats().Errors[timeout] = %d, want at least %d injected delays (> 0)", st.Errors[KindTimeout], n)
		}
		if transient := uint64(p.count(fault500) + p.count(fault429) + p.count(faultDrop)); st.Retries < transient {
			t.Errorf("Stats().Retries = %d, want at least %d", st.Retries, transient)
		}
		if st.Shrinks < uint64(p.count(faultTooLarge)) {
			t.Errorf("Stats().Shrinks = %d, want at least %d", st.Shrinks, p.count(faultTooLarge))
		}
	})

	t.Run("SuggestedRange", func(t *testing.T) {
		// The node names a range that works; the next request asks exactly for it
		// rather than for half.
		p := newFaultProxy(t, a.RPC)
		p.set(func(p *faultProxy) { p.maxBlocks, p.suggest = 37, true })
		s := newSource(t, Config{RPCURL: p.URL, Addresses: []common.Address{c.token}, InitialRange: 400, MaxRange: 400, Concurrency: 1})
		batches, err := collect(context.Background(), s, 0, c.head)
		if err != nil {
			t.Fatalf("Logs = %v", err)
		}
		checkBatches(t, batches, 0, c.head, want)
		p.mu.Lock()
		widths := slices.Clone(p.widths)
		p.mu.Unlock()
		if len(widths) < 2 || widths[0] != 400 || widths[1] != 37 {
			t.Errorf("eth_getLogs spans = %v, want 400 then the suggested 37", widths)
		}
	})

	t.Run("BoundedMemory", func(t *testing.T) {
		// Nobody reads: at most Concurrency ranges are fetched.
		s := newSource(t, Config{RPCURL: a.RPC, Addresses: []common.Address{c.token}, InitialRange: 2, MaxRange: 2, Concurrency: 3})
		ctx, cancel := context.WithCancel(context.Background())
		out := make(chan Batch)
		errc := make(chan error, 1)
		go func() { errc <- s.Logs(ctx, 0, c.head, out) }()
		time.Sleep(500 * time.Millisecond)
		if st := s.Stats(); st.Ranges == 0 || st.Ranges > 3 {
			t.Errorf("Stats().Ranges = %d with no reader, want 1 to 3", st.Ranges)
		}
		first := <-out
		if first.From != 0 || first.To != 1 {
			t.Errorf("first batch = [%d, %d], want [0, 1]", first.From, first.To)
		}
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("Logs after cancel = %v, want context.Canceled", err)
		}
	})

	t.Run("PermanentError", func(t *testing.T) {
		p := newFaultProxy(t, a.RPC)
		p.set(func(p *faultProxy) { p.invalid = true })
		s := newSource(t, Config{RPCURL: p.URL, Addresses: []common.Address{c.token}, MinBackoff: time.Millisecond})
		_, err := collect(context.Background(), s, 0, c.head)
		if err == nil || errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "invalid argument") {
			t.Fatalf("Logs with invalid params = %v, want the node's invalid argument error", err)
		}
		// Each of the Concurrency ranges in flight may have failed once; none is retried.
		if st := s.Stats(); st.Retries != 0 || st.Errors[KindPermanent] < 1 || st.Errors[KindPermanent] > DefaultConcurrency {
			t.Errorf("Stats() retries %d, permanent errors %d; want 0 and 1 to %d", st.Retries, st.Errors[KindPermanent], DefaultConcurrency)
		}
	})

	t.Run("InvalidRange", func(t *testing.T) {
		s := newSource(t, Config{RPCURL: a.RPC})
		if err := s.Logs(context.Background(), 10, 9, make(chan Batch)); !errors.Is(err, ErrInvalidRange) {
			t.Errorf("Logs(10, 9) = %v, want ErrInvalidRange", err)
		}
		if _, err := s.Headers(context.Background(), 10, 9); !errors.Is(err, ErrInvalidRange) {
			t.Errorf("Headers(10, 9) = %v, want ErrInvalidRange", err)
		}
	})

	t.Run("RetriesUntilCancelled", func(t *testing.T) {
		p := newFaultProxy(t, a.RPC)
		p.set(func(p *faultProxy) { p.rates = map[string]float64{fault500: 1} })
		s := newSource(t, Config{RPCURL: p.URL, MinBackoff: time.Millisecond, MaxBackoff: 10 * time.Millisecond})
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		_, err := collect(ctx, s, 0, c.head)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Logs against a failing node = %v, want context.DeadlineExceeded", err)
		}
		if st := s.Stats(); st.Retries < 5 {
			t.Errorf("Stats().Retries = %d, want >= 5", st.Retries)
		}
	})
}
