package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/test/bench/internal/sysstat"
)

// result is one cold run of one tool on the chain.
type result struct {
	Tool      string  `json:"tool"`
	Version   string  `json:"version"`
	Events    int64   `json:"events"`
	Seconds   float64 `json:"seconds"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	Load      string  `json:"-"` // the load average when the run started
	Note      string  `json:"-"`
}

func (r result) rate() float64 { return float64(r.Events) / r.Seconds }

// runOurs times `sharechain migrate up` and `sharechain index` on a fresh database, from
// the start of migrate until indexer_state says the head is indexed, and samples the
// indexer's resident memory (as test/bench/backfill does). With perfData set, `perf
// record` samples the indexer's stacks into that file while it runs. It stops the
// indexer and fails unless the events table holds exactly the chain's events.
func runOurs(ctx context.Context, bin string, c *benchChain, dbURL, pgDir, logPath, perfData string, timeout time.Duration) (result, error) {
	r := result{Tool: "ours", Version: "sharechain index", Load: loadNow()}
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

	_, anvil0 := sysstat.CPU(c.anvil.PID(), false)
	pg0 := sysstat.ClusterCPU(pgDir)
	start := time.Now()
	migrate := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up")
	migrate.Stdout, migrate.Stderr = logf, logf
	if err := migrate.Run(); err != nil {
		return r, fmt.Errorf("sharechain migrate up: %w (log: %s)", err, logPath)
	}
	migrated := time.Since(start)
	cmd := exec.Command(bin, "index", "--rpc-url", c.anvil.RPC, "--database-url", dbURL, "--manifest", c.meta.Manifest)
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
		if indexed >= int64(c.meta.Head) {
			break
		}
		select {
		case err := <-exited:
			stopped = true
			return r, fmt.Errorf("sharechain index exited before reaching the head (%v); log: %s\n%s", err, logPath, tail(logPath, 20))
		case <-ctx.Done():
			return r, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return r, fmt.Errorf("sharechain index did not reach block %d within %s (at %d); log: %s", c.meta.Head, timeout, indexed, logPath)
		}
	}
	r.Seconds = time.Since(start).Seconds()
	_, anvil1 := sysstat.CPU(c.anvil.PID(), false)
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
	if r.Events != int64(c.meta.Events) {
		return r, fmt.Errorf("ours wrote %d rows in events, the chain holds %d events", r.Events, c.meta.Events)
	}
	r.Note = fmt.Sprintf("migrate up %.2fs of it", migrated.Seconds())
	perEvent := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(c.meta.Events) }
	if pgDir != "" {
		r.Note += fmt.Sprintf("; CPU µs per event: anvil %.1f + sharechain %.1f + PostgreSQL %.1f = %.1f",
			perEvent(anvil1-anvil0), perEvent(ours), perEvent(pg1-pg0), perEvent(anvil1-anvil0+ours+pg1-pg0))
	}
	return r, nil
}

// perfTop summarises a perf.data file: the functions with the most samples of their own
// (self time), at least minPct percent each.
func perfTop(ctx context.Context, perfData string, minPct float64) (string, error) {
	cmd := exec.CommandContext(ctx, "perf", "report", "-i", perfData, "--stdio", "--no-children", "--sort", "symbol",
		"--percent-limit", strconv.FormatFloat(minPct, 'f', 1, 64), "-g", "none")
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("perf report: %w", err)
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		lines = append(lines, fmt.Sprintf("%7s %s %s", f[0], f[1], f[2])) // percent, [k] or [.], symbol
	}
	return strings.Join(lines, "\n"), nil
}

// ponderApp is the copied lifecycle Ponder app in a writable folder.
type ponderApp struct{ dir string }

// preparePonder copies the app from src (test/bench/lifecycle/ponder) into dir, keeping
// an installed node_modules/ of an earlier copy, and installs it with npm ci.
func preparePonder(ctx context.Context, src, dir string) (ponderApp, error) {
	p := ponderApp{dir: dir}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			if d.Name() == "node_modules" || d.Name() == ".ponder" {
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
			return nil // unchanged: keep its time, so npm sees the lock file as installed
		}
		return os.WriteFile(dst, raw, info.Mode().Perm()|0o200)
	})
	if err != nil {
		return p, fmt.Errorf("copying the Ponder app: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ponder", "package.json")); err == nil {
		return p, nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return p, errors.New("npm is not on PATH: install Node.js 20+ and npm (the Ponder app installs with npm ci)")
	}
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return p, fmt.Errorf("npm ci in %s: %w\n%s", dir, err, out)
	}
	return p, nil
}

// run runs the app's run.sh cold against the chain and the database and reads its JSON
// line; the projections stay in schema ponderSchema for the comparison.
func (p ponderApp) run(ctx context.Context, c *benchChain, dbURL, logPath string, timeout time.Duration) (result, error) {
	r := result{Load: loadNow()}
	port, err := localnet.FreePort()
	if err != nil {
		return r, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return r, err
	}
	defer logf.Close()
	cmd := exec.CommandContext(ctx, "bash", filepath.Join(p.dir, "run.sh"))
	cmd.Dir = p.dir
	cmd.Env = append(os.Environ(),
		"MANIFEST="+c.meta.Manifest, "ABI_DIR="+c.meta.ABIDir, "RPC_URL="+c.anvil.RPC, "DATABASE_URL="+dbURL,
		"DATABASE_SCHEMA="+ponderSchema, "EXPECTED_EVENTS="+strconv.Itoa(c.meta.Events),
		"READY_TIMEOUT_S="+strconv.Itoa(int(timeout.Seconds())), "PONDER_PORT="+strconv.Itoa(port),
		"PONDER_LOG="+strings.TrimSuffix(logPath, ".log")+"-ponder.log")
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, logf
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("ponder run.sh: %w; log: %s\n%s", err, logPath, tail(logPath, 20))
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &r); err != nil {
		return r, fmt.Errorf("ponder run.sh printed %q, not its JSON line: %w", stdout.String(), err)
	}
	if r.Events != int64(c.meta.Events) || r.Seconds <= 0 {
		return r, fmt.Errorf("ponder run.sh reports %d events in %v s, the chain holds %d", r.Events, r.Seconds, c.meta.Events)
	}
	r.Version = "ponder " + r.Version + ", the lifecycle app"
	return r, nil
}

// loadNow is the one-minute load average.
func loadNow() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(raw))[:3], " ")
}

// tail returns the last n lines of a file.
func tail(path string, n int) string {
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
