package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"sharechain/internal/localnet"
	"sharechain/test/bench/internal/benchrun"
)

// result is one cold run of one tool.
type result = benchrun.Result

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
	err := benchrun.CopyHarness(src, dir, "node_modules", ".ponder")
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
	r := result{Load: benchrun.LoadNow()}
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
		return r, fmt.Errorf("ponder run.sh: %w; log: %s\n%s", err, logPath, benchrun.Tail(logPath, 20))
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
