package localnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Anvil is a running anvil node.
type Anvil struct {
	RPC   string // HTTP JSON-RPC URL
	WS    string // WebSocket URL
	cmd   *exec.Cmd
	log   *bytes.Buffer
	cache string // the folder anvil persists old states to; removed by Stop
}

// StartAnvil starts anvil on port with the extra arguments given and waits until it
// answers.
//
// Anvil keeps the states of recent blocks in memory and writes older ones to a cache
// folder, by default under ~/.foundry/anvil/tmp, which it deletes only on a clean exit.
// A killed node left gigabytes there per long chain, so unless args name a
// --cache-path, each node gets a private one that [Anvil.Stop] removes.
func StartAnvil(port int, args ...string) (*Anvil, error) {
	bin, err := FoundryBinary("anvil")
	if err != nil {
		return nil, err
	}
	var cache string
	if !slices.Contains(args, "--cache-path") {
		if cache, err = os.MkdirTemp("", "sharechain-anvil-"); err != nil {
			return nil, err
		}
		args = append(args, "--cache-path", cache)
	}
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(cache)
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	a := &Anvil{RPC: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port), cmd: cmd, log: &stderr, cache: cache}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := a.ChainID(); err == nil {
			return a, nil
		}
		if time.Now().After(deadline) {
			a.Stop()
			return nil, fmt.Errorf("anvil did not answer on %s within 30s\n%s", a.RPC, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop ends the node (SIGTERM, then SIGKILL after five seconds) and removes its state
// cache.
func (a *Anvil) Stop() {
	if a.cmd != nil && a.cmd.Process != nil {
		done := make(chan struct{})
		go func() { _ = a.cmd.Wait(); close(done) }()
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = a.cmd.Process.Kill()
			<-done
		}
		a.cmd = nil
	}
	if a.cache != "" {
		_ = os.RemoveAll(a.cache)
	}
}

// PID returns the node's process id (0 for a node this process did not start).
func (a *Anvil) PID() int {
	if a.cmd == nil || a.cmd.Process == nil {
		return 0
	}
	return a.cmd.Process.Pid
}

// ChainID asks the node for its chain id.
func (a *Anvil) ChainID() (uint64, error) {
	var hexID string
	if err := a.Call(&hexID, "eth_chainId"); err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimPrefix(hexID, "0x"), 16, 64)
}

// Call makes one JSON-RPC call and decodes its result into result (when not nil).
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
