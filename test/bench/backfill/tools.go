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
	"sharechain/test/bench/internal/sysstat"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
)

// result is one cold run of one tool on one chain.
type result struct {
	Tool      string  `json:"tool"`
	Version   string  `json:"version"`
	Events    int64   `json:"events"`
	Seconds   float64 `json:"seconds"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	Note      string  `json:"-"`
	Failed    string  `json:"-"` // why a peer's run failed; its figures are then empty
}

func (r result) rate() float64 { return float64(r.Events) / r.Seconds }

// runOurs times `sharechain migrate up` and `sharechain index` on a fresh database,
// from the start of migrate until indexer_state says the head is indexed, and samples
// the indexer's resident memory. It stops the indexer, counts the rows of events and
// fails unless they are exactly the chain's events.
func runOurs(ctx context.Context, bin string, c *benchChain, dbURL, pgDir, logPath string, timeout time.Duration) (result, error) {
	r := result{Tool: "ours", Version: "sharechain index"}
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
	cmd := exec.Command(bin, "index", "--rpc-url", c.anvil.RPC, "--database-url", dbURL, "--manifest", c.manifest)
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

	var peakKB int64
	deadline := time.Now().Add(timeout)
	for {
		// 20 ms: a 10 000-event backfill is over in well under a second
		if rss, err := sysstat.StatusKB(cmd.Process.Pid, "VmRSS"); err == nil {
			peakKB = max(peakKB, rss)
		}
		var indexed int64
		err := conn.QueryRow(ctx, `SELECT coalesce(max(indexed_block), -1) FROM indexer_state`).Scan(&indexed)
		if err != nil {
			return r, fmt.Errorf("reading indexer_state: %w", err)
		}
		if indexed >= int64(c.head) {
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
			return r, fmt.Errorf("sharechain index did not reach block %d within %s (at %d); log: %s", c.head, timeout, indexed, logPath)
		}
	}
	r.Seconds = time.Since(start).Seconds()
	_, anvil1 := sysstat.CPU(c.anvil.PID(), false)
	pg1 := sysstat.ClusterCPU(pgDir)
	if hwm, err := sysstat.StatusKB(cmd.Process.Pid, "VmHWM"); err == nil {
		peakKB = max(peakKB, hwm)
	}
	if err := stop(); err != nil {
		return r, fmt.Errorf("stopping sharechain index: %w; log: %s", err, logPath)
	}
	// Not the child's rusage maxrss: Linux carries the forking parent's peak (this
	// program's, which holds the chain generator's memory) into the child across exec,
	// so it reported ~180 MB for an indexer whose VmHWM was ~100 MB.
	var ours time.Duration
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		ours = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	}
	r.PeakRSSMB = float64(peakKB) / 1024
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&r.Events); err != nil {
		return r, fmt.Errorf("counting events: %w", err)
	}
	if r.Events != int64(c.events) {
		return r, fmt.Errorf("ours wrote %d rows in events, the chain holds %d events", r.Events, c.events)
	}
	r.Note = fmt.Sprintf("migrate up %.2fs of it", migrated.Seconds())
	perEvent := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(c.events) }
	if pgDir != "" {
		// PostgreSQL's share is taken at the head, before SIGTERM; ours includes its exit.
		r.Note += fmt.Sprintf("; CPU µs per event: anvil %.1f + sharechain %.1f + PostgreSQL %.1f = %.1f",
			perEvent(anvil1-anvil0), perEvent(ours), perEvent(pg1-pg0), perEvent(anvil1-anvil0+ours+pg1-pg0))
	}
	return r, nil
}

// peer is a copied harness of ../shared/bench: its folder, and the port variable its
// run.sh reads.
type peer struct {
	name, dir, portVar string
	env                []string // extra environment of run.sh
}

// preparePeer copies the harness from src into dir (writable, keeping an installed
// node_modules/ of an earlier copy) and installs its packages as its README says.
func preparePeer(ctx context.Context, name, src, dir string) (peer, error) {
	p := peer{name: name, dir: dir, portVar: strings.ToUpper(name) + "_PORT"}
	if _, err := os.Stat(filepath.Join(src, "run.sh")); err != nil {
		return p, fmt.Errorf("the %s harness: %w", name, err)
	}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			if d.Name() == "node_modules" {
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
		return p, fmt.Errorf("copying the %s harness: %w", name, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err == nil {
		return p, nil
	}
	// Ponder's lock file installs with npm ci; Envio's only with npm install (its README,
	// pitfall 12)
	args := []string{"ci", "--no-audit", "--no-fund", "--loglevel=error"}
	if name == "envio" {
		args[0] = "install"
	}
	cmd := exec.CommandContext(ctx, "npm", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return p, fmt.Errorf("npm %s in %s: %w\n%s", args[0], dir, err, out)
	}
	return p, nil
}

// run runs the harness's run.sh cold against the chain and the database and reads its
// JSON line. run.sh itself fails unless the rows equal the chain's matching logs and
// EXPECTED_EVENTS; the count is checked here again.
func (p peer) run(ctx context.Context, c *benchChain, dbURL, logPath string, timeout time.Duration) (result, error) {
	var r result
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
		"MANIFEST="+c.manifest, "ABI_DIR="+c.abiDir, "RPC_URL="+c.anvil.RPC, "DATABASE_URL="+dbURL,
		"EXPECTED_EVENTS="+strconv.Itoa(c.events), "READY_TIMEOUT_S="+strconv.Itoa(int(timeout.Seconds())),
		p.portVar+"="+strconv.Itoa(port))
	cmd.Env = append(cmd.Env, p.env...)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, logf
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("%s run.sh: %w; log: %s\n%s", p.name, err, logPath, tail(logPath, 20))
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &r); err != nil {
		return r, fmt.Errorf("%s run.sh printed %q, not its JSON line: %w", p.name, stdout.String(), err)
	}
	if r.Events != int64(c.events) {
		return r, fmt.Errorf("%s wrote %d rows, the chain holds %d events", p.name, r.Events, c.events)
	}
	if r.Seconds <= 0 {
		return r, fmt.Errorf("%s reported %v seconds", p.name, r.Seconds)
	}
	return r, nil
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
