package indexer_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"sharechain/indexer/source"
)

// BenchmarkBackfill measures a cold backfill, end to end (eth_getLogs from anvil,
// decoding, COPY and projections into PostgreSQL), of a chain of asset registrations
// (two logs each): SHARECHAIN_BENCH_EVENTS logs, 50 000 by default; the source is
// tuned by SHARECHAIN_BENCH_TARGET_LOGS, _CONCURRENCY and _MAX_RANGE.
//
//	go test -run XXX -bench Backfill -benchtime 1x ./indexer/
func BenchmarkBackfill(b *testing.B) {
	events := 50_000
	if v := os.Getenv("SHARECHAIN_BENCH_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatal(err)
		}
		events = n
	}
	c := newChain(b)
	manyEvents(b, c, events/2)
	head := c.head(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		pool := newDatabase(b)
		b.StartTimer()
		start := time.Now()
		startIndexer(b, c, pool, benchSourceConfig(), 0)
		waitIndexed(b, pool, head)
		took := time.Since(start)
		var n int64
		if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM events`).Scan(&n); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/took.Seconds(), "events/s")
		b.ReportMetric(float64(n), "events")
	}
}

// benchSourceConfig reads SHARECHAIN_BENCH_TARGET_LOGS and SHARECHAIN_BENCH_CONCURRENCY.
func benchSourceConfig() source.Config {
	var cfg source.Config
	if v, err := strconv.Atoi(os.Getenv("SHARECHAIN_BENCH_TARGET_LOGS")); err == nil {
		cfg.TargetLogs = v
	}
	if v, err := strconv.Atoi(os.Getenv("SHARECHAIN_BENCH_CONCURRENCY")); err == nil {
		cfg.Concurrency = v
	}
	if v, err := strconv.Atoi(os.Getenv("SHARECHAIN_BENCH_MAX_RANGE")); err == nil {
		cfg.MaxRange = uint64(v)
		cfg.InitialRange = uint64(v)
	}
	return cfg
}
