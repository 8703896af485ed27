package localnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Anvil is a running anvil node.
type Anvil struct {
	RPC string // HTTP JSON-RPC URL
	WS  string // WebSocket URL
	cmd *exec.Cmd
	log *bytes.Buffer
}

// StartAnvil starts anvil on port with the extra arguments given and waits until it
// answers.
func StartAnvil(port int, args ...string) (*Anvil, error) {
	bin, err := FoundryBinary("anvil")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	a := &Anvil{RPC: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port), cmd: cmd, log: &stderr}
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

// Stop kills the node.
func (a *Anvil) Stop() {
	if a.cmd != nil && a.cmd.Process != nil {
		_ = a.cmd.Process.Kill()
		_ = a.cmd.Wait()
	}
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
