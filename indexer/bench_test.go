package indexer_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer/source"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
)

// The backfill benchmarks index a chain of asset registrations (two logs each, 150 logs a
// block): SHARECHAIN_BENCH_EVENTS logs, 50 000 by default. Building the chain takes
// about a minute per 50 000 logs; with SHARECHAIN_BENCH_CACHE set to a directory it is
// built once, saved there (anvil_dumpState) and loaded on later runs.
//
//	SHARECHAIN_BENCH_CACHE=/tmp/sharechain-bench go test -run XXX -bench Backfill -benchtime 1x ./indexer/
//	SHARECHAIN_BENCH_CACHE=/tmp/sharechain-bench SHARECHAIN_BENCH_EVENTS=100000 go test -run XXX -bench IndexProcess -benchtime 1x ./indexer/

// BenchmarkBackfill measures a cold backfill in process, end to end (eth_getLogs from
// anvil, decoding, COPY and projections into PostgreSQL); the source is tuned by
// SHARECHAIN_BENCH_TARGET_LOGS, _CONCURRENCY and _MAX_RANGE.
func BenchmarkBackfill(b *testing.B) {
	c, _ := benchChain(b)
	head := c.head(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		pool := newDatabase(b)
		b.StartTimer()
		cpu := startCPU(b, c, pool)
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
		cpu.report(b, n)
	}
}

// BenchmarkIndexProcess measures a cold backfill by the `sharechain index` binary with
// its defaults, and its peak resident memory (the kernel's maxrss of the process).
// Extra flags for the binary come from SHARECHAIN_BENCH_FLAGS (space-separated).
func BenchmarkIndexProcess(b *testing.B) {
	c, manifestPath := benchChain(b)
	head := c.head(b)
	sharechainBinary(b) // built before the clock starts
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dbURL, pool := newDatabaseURL(b)
		b.StartTimer()
		start := time.Now()
		var extra []string
		if f := os.Getenv("SHARECHAIN_BENCH_FLAGS"); f != "" {
			extra = strings.Fields(f)
		}
		p := startIndexProcess(b, c, dbURL, manifestPath, append([]string{"--log-level", "info"}, extra...)...)
		waitIndexed(b, pool, head)
		took := time.Since(start)
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			b.Fatal(err)
		}
		if err := p.cmd.Wait(); err != nil {
			b.Fatalf("sharechain index: %v", err)
		}
		var n int64
		if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM events`).Scan(&n); err != nil {
			b.Fatal(err)
		}
		ru := p.cmd.ProcessState.SysUsage().(*syscall.Rusage)
		b.ReportMetric(float64(n)/took.Seconds(), "events/s")
		b.ReportMetric(float64(n), "events")
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-rss-MB") // Maxrss is in KiB on Linux
	}
}

// benchChain returns the benchmark chain and the path of its manifest.
func benchChain(b *testing.B) (*chain, string) {
	b.Helper()
	events := 50_000
	if v := os.Getenv("SHARECHAIN_BENCH_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatal(err)
		}
		events = n
	}
	dir := os.Getenv("SHARECHAIN_BENCH_CACHE")
	if dir == "" {
		c := newChain(b)
		manyEvents(b, c, events/2)
		return c, writeManifest(b, c)
	}
	state := filepath.Join(dir, fmt.Sprintf("chain-%d.state.json", events))
	manifestPath := filepath.Join(dir, fmt.Sprintf("chain-%d.json", events))
	if _, err := os.Stat(state); err != nil {
		c := newChain(b)
		manyEvents(b, c, events/2)
		var dumped string // hex of anvil's gzipped JSON state, blocks and receipts included
		if err := c.node.Call(&dumped, "anvil_dumpState"); err != nil {
			b.Fatal(err)
		}
		raw, err := c.suite.ManifestJSON()
		if err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(manifestPath, raw, 0o644); err != nil {
			b.Fatal(err)
		}
		gz, err := hex.DecodeString(strings.TrimPrefix(dumped, "0x"))
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			b.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(state+".tmp", plain, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(state+".tmp", state); err != nil {
			b.Fatal(err)
		}
		return c, manifestPath
	}
	node := startAnvilFromState(b, state)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(client.Close)
	m, err := manifest.Load(manifestPath)
	if err != nil {
		b.Fatal(err)
	}
	return &chain{node: node, client: client, manifest: m}, manifestPath
}

// benchSourceConfig reads SHARECHAIN_BENCH_TARGET_LOGS, _CONCURRENCY and _MAX_RANGE.
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

// BenchmarkFetchOnly reads the benchmark chain's logs through the source alone — no
// decoding, no database — with the same knobs as BenchmarkBackfill: the ceiling that
// anvil's eth_getLogs puts on a backfill.
func BenchmarkFetchOnly(b *testing.B) {
	c, _ := benchChain(b)
	head := c.head(b)
	cfg := benchSourceConfig()
	cfg.RPCURL = c.node.RPC
	for _, f := range c.manifest.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	for i := 0; i < b.N; i++ {
		src, err := source.New(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		out := make(chan source.Batch, 4)
		errc := make(chan error, 1)
		go func() { errc <- src.Logs(context.Background(), c.manifest.StartBlock, head, out); close(out) }()
		n := 0
		for batch := range out {
			n += len(batch.Logs)
		}
		if err := <-errc; err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "logs/s")
		src.Close()
	}
}

// cpuMeter reads the CPU time that anvil, the database's backends and this process
// spend during a backfill. On a shared machine the wall-clock rate depends on the
// neighbours; CPU time per event does not, and it says which part to make cheaper.
type cpuMeter struct {
	anvilPort, database string
	anvil, pg, self     time.Duration
}

func startCPU(b *testing.B, c *chain, pool *pgxpool.Pool) *cpuMeter {
	b.Helper()
	m := &cpuMeter{anvilPort: c.node.RPC[strings.LastIndex(c.node.RPC, ":")+1:], database: pool.Config().ConnConfig.Database}
	m.anvil, m.pg, m.self = m.read()
	return m
}

func (m *cpuMeter) read() (anvil, pg, self time.Duration) {
	anvil = procCPU(func(cmd string) bool {
		return strings.Contains(cmd, "anvil") && strings.Contains(cmd, "--port "+m.anvilPort+" ")
	})
	pg = procCPU(func(cmd string) bool {
		return strings.HasPrefix(cmd, "postgres: ") && strings.Contains(cmd, " "+m.database+" ")
	})
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return anvil, pg, self
}

// report adds the CPU microseconds per event of each part. The database's share counts
// its backends only (not the checkpointer, WAL writer or autovacuum).
func (m *cpuMeter) report(b *testing.B, events int64) {
	anvil, pg, self := m.read()
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(max(events, 1)) }
	b.ReportMetric(per(anvil-m.anvil), "anvil-µs/event")
	b.ReportMetric(per(pg-m.pg), "pg-µs/event")
	b.ReportMetric(per(self-m.self), "go-µs/event")
}

// procCPU sums the user and system time of the processes whose command line matches.
func procCPU(match func(cmdline string) bool) time.Duration {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	var total time.Duration
	for _, d := range dirs {
		raw, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil || !match(strings.ReplaceAll(string(raw), "\x00", " ")) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue
		}
		// the fields after the parenthesised command: utime and stime are the 12th and
		// 13th, in clock ticks of 1/100 s
		f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		total += time.Duration(ut+st) * 10 * time.Millisecond
	}
	return total
}

// startAnvilFromState starts anvil on a saved state; loading a large one takes longer
// than testenv.StartAnvil waits.
func startAnvilFromState(b *testing.B, state string) *testenv.Anvil {
	b.Helper()
	bin, err := testenv.AnvilBinary()
	if err != nil {
		b.Fatal(err)
	}
	port, err := testenv.FreePort()
	if err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent", "--load-state", state,
		"--cache-path", b.TempDir()) // not ~/.foundry/anvil/tmp, which a killed node never cleans
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	a := &testenv.Anvil{RPC: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port)}
	for deadline := time.Now().Add(10 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		if _, err := a.ChainID(); err == nil {
			return a
		}
		if time.Now().After(deadline) {
			b.Fatalf("anvil did not load %s within 10 minutes", state)
		}
	}
}
