package testenv

import (
	"os"
	"strings"
	"testing"

	"sharechain/internal/localnet"
)

// Anvil is a running anvil node: its RPC and WS URLs, and Call and ChainID.
type Anvil = localnet.Anvil

// StartAnvil starts a private anvil node on a port it binds itself with the extra
// command-line arguments given (for example "--block-time", "1") and stops it when tb
// ends.
func StartAnvil(tb testing.TB, args ...string) *Anvil {
	tb.Helper()
	a, err := localnet.StartAnvil(0, args...)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	tb.Cleanup(a.Stop)
	return a
}

// AnvilNode returns the node named by RPC_URL (and WS_URL) when set, else a private one
// started by [StartAnvil]. Tests that rewrite history (snapshots, reorgs) call
// StartAnvil directly.
func AnvilNode(tb testing.TB) *Anvil {
	tb.Helper()
	if rpc := os.Getenv("RPC_URL"); rpc != "" {
		ws := os.Getenv("WS_URL")
		if ws == "" {
			ws = "ws" + strings.TrimPrefix(rpc, "http")
		}
		return &Anvil{RPC: rpc, WS: ws}
	}
	return StartAnvil(tb)
}

// AnvilBinary finds the native anvil binary installed by npm (never the node launcher in
// node_modules/.bin, which hides exit codes and signals), or an anvil on PATH.
func AnvilBinary() (string, error) { return localnet.FoundryBinary("anvil") }
