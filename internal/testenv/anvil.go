package testenv

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Anvil is a running anvil node.
type Anvil struct {
	RPC string // HTTP JSON-RPC URL
	WS  string // WebSocket URL
}

// StartAnvil starts a private anvil node on a free port with the extra command-line
// arguments given (for example "--block-time", "1") and stops it when tb ends.
func StartAnvil(tb testing.TB, args ...string) *Anvil {
	tb.Helper()
	bin, err := AnvilBinary()
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	port, err := FreePort()
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		tb.Fatalf("testenv: starting anvil: %v", err)
	}
	tb.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})

	a := &Anvil{RPC: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port)}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := a.ChainID(); err == nil {
			return a
		}
		if time.Now().After(deadline) {
			tb.Fatalf("testenv: anvil did not answer on %s within 30s\n%s", a.RPC, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
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

// ChainID asks the node for its chain id.
func (a *Anvil) ChainID() (uint64, error) {
	var hexID string
	if err := a.Call(&hexID, "eth_chainId"); err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimPrefix(hexID, "0x"), 16, 64)
}

// Call makes one JSON-RPC call and decodes its result into result.
func (a *Anvil) Call(result any, method string, params ...any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	resp, err := http.Post(a.RPC, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&msg); err != nil {
		return fmt.Errorf("decoding the %s answer: %w", method, err)
	}
	if msg.Error != nil {
		return fmt.Errorf("%s: %s (code %d)", method, msg.Error.Message, msg.Error.Code)
	}
	if result == nil {
		return nil
	}
	return json.Unmarshal(msg.Result, result)
}

// AnvilBinary finds the native anvil binary installed by npm (never the node launcher in
// node_modules/.bin, which hides exit codes and signals), or an anvil on PATH.
func AnvilBinary() (string, error) {
	if root, err := ModuleRoot(); err == nil {
		p := filepath.Join(root, "node_modules", "@foundry-rs", "anvil-"+platform(), "bin", "anvil")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil && !strings.Contains(p, filepath.Join("node_modules", ".bin")) {
		return p, nil
	}
	return "", fmt.Errorf("anvil not found: run `make deps` (npm ci) in the repository root")
}

// platform names the npm package suffix of the Foundry binaries for this machine.
func platform() string {
	return runtime.GOOS + "-" + runtime.GOARCH
}
