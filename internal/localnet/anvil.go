package localnet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// rpcClient bounds every [Anvil.Call]: a node that accepts a request and never answers
// fails the call instead of hanging the test that made it.
var rpcClient = &http.Client{Timeout: time.Minute}

// Anvil is a running anvil node.
type Anvil struct {
	RPC   string // HTTP JSON-RPC URL
	WS    string // WebSocket URL
	cmd   *exec.Cmd
	cache string // the folder anvil persists old states to; removed by Stop
}

// StartAnvil starts anvil on port with the extra arguments given and waits until it
// answers. Port 0 lets anvil bind a free port itself, which is what tests want: a port
// picked first and bound later (FreePort) can be taken in between by any of the
// processes that parallel tests run, and the node that then answers on it is not this
// one.
//
// Anvil keeps the states of recent blocks in memory and writes older ones to a cache
// folder, by default under ~/.foundry/anvil/tmp, which it deletes only on a clean exit.
// A killed node left gigabytes there per long chain, so unless args name a
// --cache-path, each node gets a private one that [Anvil.Stop] removes.
//
// The address comes from anvil's "Listening on" line, so args must not silence its
// output (--silent, --quiet); the request log that follows is read and dropped.
func StartAnvil(port int, args ...string) (*Anvil, error) {
	for _, arg := range args {
		if arg == "--silent" || arg == "--quiet" || arg == "-q" {
			return nil, fmt.Errorf("starting anvil: %s hides the address it listens on", arg)
		}
	}
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
	// stdout is a pipe of our own rather than cmd.StdoutPipe, so that Wait never races
	// the goroutine that drains it.
	out, w, err := os.Pipe()
	if err != nil {
		os.RemoveAll(cache)
		return nil, err
	}
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--host", "127.0.0.1"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	err = cmd.Start()
	w.Close()
	if err != nil {
		out.Close()
		os.RemoveAll(cache)
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	a := &Anvil{cmd: cmd, cache: cache}
	fail := func(format string, args ...any) (*Anvil, error) {
		a.Stop() // after Wait, stderr is complete and no longer written
		return nil, fmt.Errorf(format+"\n%s", append(args, stderr.String())...)
	}

	const startTimeout = 30 * time.Second
	listening := make(chan string, 1)
	go func() {
		defer out.Close()
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if addr, ok := strings.CutPrefix(sc.Text(), "Listening on "); ok {
				listening <- strings.TrimSpace(addr)
				break
			}
		}
		close(listening)
		_, _ = io.Copy(io.Discard, out)
	}()
	var addr string
	select {
	case got, ok := <-listening:
		if !ok {
			return fail("anvil exited before it listened")
		}
		addr = got
	case <-time.After(startTimeout):
		return fail("anvil did not listen within %s", startTimeout)
	}
	if _, p, err := net.SplitHostPort(addr); err != nil || p == "0" {
		return fail("anvil listens on %q, not a host and port", addr)
	}
	a.RPC, a.WS = "http://"+addr, "ws://"+addr

	deadline := time.Now().Add(startTimeout)
	for {
		if _, err := a.ChainID(); err == nil {
			return a, nil
		} else if time.Now().After(deadline) {
			return fail("anvil listens on %s but did not answer within %s: %v", addr, startTimeout, err)
		}
		time.Sleep(20 * time.Millisecond)
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
	resp, err := rpcClient.Post(a.RPC, "application/json", bytes.NewReader(body))
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
