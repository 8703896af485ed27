package main

import (
	"bytes"
	"context"
	"encoding/json"
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
	err := benchrun.CopyHarness(src, dir, "node_modules")
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
		return r, fmt.Errorf("%s run.sh: %w; log: %s\n%s", p.name, err, logPath, benchrun.Tail(logPath, 20))
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
