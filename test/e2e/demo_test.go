// Package e2e holds the end-to-end tests: the whole system against anvil and a private
// PostgreSQL, driven and checked as its users drive it.
package e2e

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"sharechain/internal/demo"
	"sharechain/internal/localnet"
)

// TestDemo runs `make demo` with DEMO_EXIT=1: deploy with the deploy script, index, serve,
// keep, play the scenario with the keeper and device processes, and check every step
// through the REST API.
func TestDemo(t *testing.T) {
	root, err := localnet.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// PostgreSQL runs as the postgres user when we are root: its folder must be reachable
	dir, err := os.MkdirTemp("", "sharechain-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	rpcPort, err := localnet.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var out bytes.Buffer
	start := time.Now()
	err = demo.Run(ctx, demo.Config{Root: root, DataDir: dir, HTTPAddr: "127.0.0.1:0", RPCPort: rpcPort, Exit: true, Out: &out})
	t.Logf("demo output (%.1fs):\n%s", time.Since(start).Seconds(), out.String())
	if err != nil {
		t.Fatalf("demo.Run() = %v", err)
	}
	for _, want := range []string{"all 30 checks passed", "Rentals", "Accounts", "Disputes", "explorer", "/book/"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo's output lacks %q", want)
		}
	}
}
