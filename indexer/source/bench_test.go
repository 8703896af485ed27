package source

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkLogs backfills a chain of 20 000 logs (40 blocks of 500 mints after 200
// empty blocks) and reports logs per second.
func BenchmarkLogs(b *testing.B) {
	a := startAnvil(b)
	plan := make([]int, 200, 240)
	for range 40 {
		plan = append(plan, 500)
	}
	c := buildChain(b, a, plan)
	want := len(c.allLogs(b, 0, c.head))
	if want != 20_000 {
		b.Fatalf("chain has %d logs, want 20000", want)
	}

	for _, bb := range []struct {
		name string
		cfg  Config
	}{
		{"defaults", Config{}},
		{"span_8_conc_4", Config{InitialRange: 8, MinRange: 8, MaxRange: 8, Concurrency: 4}},
		{"span_2_conc_8", Config{InitialRange: 2, MinRange: 2, MaxRange: 2, Concurrency: 8}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			cfg := bb.cfg
			cfg.RPCURL, cfg.Addresses = a.RPC, []common.Address{c.token}
			s := newSource(b, cfg)
			total := 0
			for b.Loop() {
				out := make(chan Batch, 16)
				errc := make(chan error, 1)
				go func() { errc <- s.Logs(context.Background(), 0, c.head, out); close(out) }()
				n := 0
				for batch := range out {
					n += len(batch.Logs)
				}
				if err := <-errc; err != nil {
					b.Fatalf("Logs = %v", err)
				}
				if n != want {
					b.Fatalf("Logs delivered %d logs, want %d", n, want)
				}
				total += n
			}
			b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "logs/s")
		})
	}
}
