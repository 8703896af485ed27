// Package benchrun runs our indexer, `sharechain index`, cold against a chain for the
// benchmarks (test/bench/backfill, test/bench/lifecycle), on a database of the private
// PostgreSQL cluster they share, and measures its time, memory and CPU.
package benchrun

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/test/bench/internal/sysstat"
)

// Result is one cold run of one tool on one chain; the peers' run.sh print the same
// JSON.
type Result struct {
	Tool      string  `json:"tool"`
	Version   string  `json:"version"`
	Events    int64   `json:"events"`
	Seconds   float64 `json:"seconds"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	Load      string  `json:"-"` // the load average when the run started
	Failed    string  `json:"-"` // why a peer's run failed; its figures are then empty
	Note      string  `json:"-"`
}

// Rate is the run's events per second.
func (r Result) Rate() float64 { return float64(r.Events) / r.Seconds }

// Chain is what a run of ours needs to know of the chain.
type Chain struct {
	RPC      string // anvil's JSON-RPC URL
	AnvilPID int    // for anvil's CPU time
	Manifest string // the deployment manifest's path
	Head     uint64 // the block the run ends at
	Events   int64  // the followed contracts' logs up to Head
}

// Ours times `sharechain migrate up` and `sharechain index` on a fresh database, from
// the start of migrate until indexer_state says the head is indexed, and samples the
// indexer's resident memory With perfData set, `perf
// record` samples the indexer's stacks into that file while it runs. It stops the
// indexer and fails unless the events table holds exactly the chain's events.
func Ours(ctx context.Context, bin string, c Chain, dbURL, pgDir, logPath, perfData string, timeout time.Duration) (Result, error) {
	r := Result{Tool: "ours", Version: "sharechain index", Load: LoadNow()}
	logf, err := os.Create(logPath)
	if err != nil {
		return r, err
	}
	defer logf.Close()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return r, err
	}
	defer conn.Close(context.Background())

	_, anvil0 := sysstat.CPU(c.AnvilPID, false)
	pg0 := sysstat.ClusterCPU(pgDir)
	start := time.Now()
	migrate := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up")
	migrate.Stdout, migrate.Stderr = logf, logf
	if err := migrate.Run(); err != nil {
		return r, fmt.Errorf("sharechain migrate up: %w (log: %s)", err, logPath)
	}
	migrated := time.Since(start)
	cmd := exec.Command(bin, "index", "--rpc-url", c.RPC, "--database-url", dbURL, "--manifest", c.Manifest)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return r, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	stop := func() error {
		if stopped {
			return nil
		}
		stopped = true
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-exited:
			return err
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
			return errors.New("did not stop within 30s of SIGTERM")
		}
	}
	defer stop() //nolint:errcheck // on the error paths only

	var perf *exec.Cmd
	if perfData != "" {
		perf = exec.Command("perf", "record", "-F", "499", "-g", "-p", strconv.Itoa(cmd.Process.Pid), "-o", perfData)
		perf.Stdout, perf.Stderr = logf, logf
		if err := perf.Start(); err != nil {
			return r, fmt.Errorf("perf record: %w", err)
		}
		defer func() { // on the error paths
			if perf != nil {
				_ = perf.Process.Signal(syscall.SIGINT)
				_ = perf.Wait()
			}
		}()
	}

	var peakKB int64
	deadline := time.Now().Add(timeout)
	for {
		if rss, err := sysstat.StatusKB(cmd.Process.Pid, "VmRSS"); err == nil {
			peakKB = max(peakKB, rss)
		}
		var indexed int64
		err := conn.QueryRow(ctx, `SELECT coalesce(max(indexed_block), -1) FROM indexer_state`).Scan(&indexed)
		if err != nil {
			return r, fmt.Errorf("reading indexer_state: %w", err)
		}
		if indexed >= int64(c.Head) {
			break
		}
		select {
		case err := <-exited:
			stopped = true
			return r, fmt.Errorf("sharechain index exited before reaching the head (%v); log: %s\n%s", err, logPath, Tail(logPath, 20))
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return r, fmt.Errorf("sharechain index did not reach block %d within %s (at %d); log: %s", c.Head, timeout, indexed, logPath)
		}
	}
	r.Seconds = time.Since(start).Seconds()
	_, anvil1 := sysstat.CPU(c.AnvilPID, false)
	pg1 := sysstat.ClusterCPU(pgDir)
	if hwm, err := sysstat.StatusKB(cmd.Process.Pid, "VmHWM"); err == nil {
		peakKB = max(peakKB, hwm)
	}
	if perf != nil {
		// stopped before the indexer exits, which perf would follow; perf exits by the
		// signal, so its data file says whether it worked
		_ = perf.Process.Signal(syscall.SIGINT)
		_ = perf.Wait()
		perf = nil
		if st, err := os.Stat(perfData); err != nil || st.Size() == 0 {
			return r, fmt.Errorf("perf record wrote no data (%v); log: %s", err, logPath)
		}
	}
	if err := stop(); err != nil {
		return r, fmt.Errorf("stopping sharechain index: %w; log: %s", err, logPath)
	}
	// not the child's rusage maxrss, which Linux carries over from this (forking) process
	var ours time.Duration
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		ours = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	}
	r.PeakRSSMB = float64(peakKB) / 1024
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&r.Events); err != nil {
		return r, fmt.Errorf("counting events: %w", err)
	}
	if r.Events != c.Events {
		return r, fmt.Errorf("ours wrote %d rows in events, the chain holds %d events", r.Events, c.Events)
	}
	r.Note = fmt.Sprintf("migrate up %.2fs of it", migrated.Seconds())
	perEvent := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(c.Events) }
	if pgDir != "" {
		r.Note += fmt.Sprintf("; CPU µs per event: anvil %.1f + sharechain %.1f + PostgreSQL %.1f = %.1f",
			perEvent(anvil1-anvil0), perEvent(ours), perEvent(pg1-pg0), perEvent(anvil1-anvil0+ours+pg1-pg0))
	}
	return r, nil
}

// StartPostgres starts a private cluster in work/pg (durable default settings) and
// returns the URL of its postgres database and its folder; with DATABASE_URL set it uses
// that server instead (folder ""), whose user must be able to create databases.
func StartPostgres(work string) (string, string, func(), error) {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		return u, "", func() {}, nil
	}
	dir := filepath.Join(work, "pg")
	if err := os.RemoveAll(dir); err != nil {
		return "", "", nil, err
	}
	pg, err := localnet.NewPostgres(dir)
	if err != nil {
		return "", "", nil, err
	}
	if err := pg.Init(); err != nil {
		return "", "", nil, err
	}
	port, err := localnet.FreePort()
	if err != nil {
		return "", "", nil, err
	}
	if err := pg.Start(port); err != nil {
		return "", "", nil, err
	}
	return pg.URL("postgres"), dir, func() { _ = pg.Stop("fast") }, nil
}

// FreshDatabase drops and creates database name and returns its URL, in the plain
// postgresql://user@host:port/db form psql and Ponder parse.
func FreshDatabase(ctx context.Context, admin, name string) (string, error) {
	if err := DropDatabase(ctx, admin, name); err != nil {
		return "", err
	}
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return "", err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("creating database %s: %w", name, err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		return "", err
	}
	u.Path, u.RawQuery = "/"+name, ""
	return u.String(), nil
}

// DropDatabase drops database name if it exists, closing its connections.
func DropDatabase(ctx context.Context, admin, name string) error {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("dropping database %s: %w", name, err)
	}
	return nil
}

// LoadNow returns the load average (1, 5 and 15 minutes) as /proc/loadavg says it.
func LoadNow() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(raw))[:3], " ")
}

// Tail returns the last n lines of a file.
func Tail(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var lines []string
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for s.Scan() {
		lines = append(lines, s.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// CountLogs counts the logs of addrs in [from, to] with eth_getLogs, a hundred blocks
// at a time, a few requests in flight.
func CountLogs(ctx context.Context, c *rpc.Client, addrs []common.Address, from, to uint64) (int, error) {
	const span = 100
	var (
		mu    sync.Mutex
		total int
		first error
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, 4)
	for lo := from; lo <= to; lo += span {
		hi := min(lo+span-1, to)
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			var logs []json.RawMessage
			err := c.CallContext(ctx, &logs, "eth_getLogs", map[string]any{
				"fromBlock": hexutil.Uint64(lo), "toBlock": hexutil.Uint64(hi), "address": addrs,
			})
			mu.Lock()
			defer mu.Unlock()
			if err != nil && first == nil {
				first = fmt.Errorf("counting logs in blocks %d-%d: %w", lo, hi, err)
			}
			total += len(logs)
		}()
	}
	wg.Wait()
	return total, first
}

// CopyHarness copies the benchmark harness src into dir, a writable folder, skipping the
// folders named in skip (node_modules, caches). A file that has not changed is left alone,
// so that its time tells npm the lock file is already installed.
func CopyHarness(src, dir string, skip ...string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			if slices.Contains(skip, d.Name()) {
				return filepath.SkipDir
			}
			return os.MkdirAll(dst, 0o755)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, raw) {
			return nil
		}
		return os.WriteFile(dst, raw, info.Mode().Perm()|0o200)
	})
}
