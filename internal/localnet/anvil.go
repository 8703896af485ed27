package localnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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
	done  chan struct{} // closed once the process has exited and been waited for
	cache string        // the folder anvil persists old states to; removed by Stop
}

// StartAnvil starts anvil on port with the extra arguments given and waits until it
// answers. Port 0 lets anvil bind a free port itself, which is what tests want: a port
// picked first and bound later (FreePort) can be taken in between by any of the
// processes that parallel tests run, and the node that then answers on it is not this
// one. On Linux the port is read from /proc, where the socket is found among the
// process's own, so a node that cannot bind its port is an error, never somebody
// else's node; elsewhere port 0 falls back to FreePort.
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
	procfs := runtime.GOOS == "linux"
	if port == 0 && !procfs {
		if port, err = FreePort(); err != nil {
			return nil, err
		}
	}
	var cache string
	if !slices.Contains(args, "--cache-path") {
		if cache, err = os.MkdirTemp("", "sharechain-anvil-"); err != nil {
			return nil, err
		}
		args = append(args, "--cache-path", cache)
	}
	// --silent: anvil's request log, a line or more per call and per block, is work the
	// benchmarks would charge to anvil.
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(cache)
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	a := &Anvil{cmd: cmd, done: make(chan struct{}), cache: cache}
	go func() { _ = cmd.Wait(); close(a.done) }()
	fail := func(format string, args ...any) (*Anvil, error) {
		a.Stop() // after Wait, stderr is complete and no longer written
		return nil, fmt.Errorf(format+"\n%s", append(args, stderr.String())...)
	}

	const startTimeout = 30 * time.Second
	deadline := time.Now().Add(startTimeout)
	var last error // why the latest attempt did not reach the node
	for {
		select {
		case <-a.done:
			return fail("anvil exited before it answered")
		default:
		}
		at := port
		if procfs {
			// an error here is a process that is exiting: the next round says so
			bound, err := listenPort(cmd.Process.Pid)
			if err != nil || bound == 0 || (port != 0 && bound != port) {
				at, last = 0, err // not listening yet
			} else {
				at = bound
			}
		}
		if at != 0 {
			a.RPC, a.WS = fmt.Sprintf("http://127.0.0.1:%d", at), fmt.Sprintf("ws://127.0.0.1:%d", at)
			if _, last = a.ChainID(); last == nil {
				return a, nil
			}
		}
		if time.Now().After(deadline) {
			return fail("anvil did not answer within %s (last: %v)", startTimeout, last)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// listenPort returns the TCP port on which process pid holds a listening IPv4 socket,
// or 0 when it holds none yet. It reads the process's socket inodes from
// /proc/<pid>/fd and finds them in /proc/<pid>/net/tcp (Linux).
func listenPort(pid int) (int, error) {
	fdDir := fmt.Sprintf("/proc/%d/fd", pid)
	fds, err := os.ReadDir(fdDir)
	if err != nil {
		return 0, err
	}
	sockets := make(map[string]bool)
	for _, fd := range fds {
		link, err := os.Readlink(filepath.Join(fdDir, fd.Name()))
		if err != nil {
			continue // closed since the listing
		}
		if inode, ok := strings.CutPrefix(link, "socket:["); ok {
			sockets[strings.TrimSuffix(inode, "]")] = true
		}
	}
	table, err := os.ReadFile(fmt.Sprintf("/proc/%d/net/tcp", pid))
	if err != nil {
		return 0, err
	}
	// sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
	for _, line := range strings.Split(string(table), "\n")[1:] {
		f := strings.Fields(line)
		if len(f) < 10 || f[3] != "0A" || !sockets[f[9]] { // 0A: LISTEN
			continue
		}
		_, hexPort, ok := strings.Cut(f[1], ":")
		if !ok {
			continue
		}
		p, err := strconv.ParseUint(hexPort, 16, 16)
		if err != nil {
			return 0, fmt.Errorf("parsing %s in /proc/%d/net/tcp: %w", f[1], pid, err)
		}
		return int(p), nil
	}
	return 0, nil
}

// Stop ends the node (SIGTERM, then SIGKILL after five seconds) and removes its state
// cache.
func (a *Anvil) Stop() {
	if a.cmd != nil && a.cmd.Process != nil {
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-a.done:
		case <-time.After(5 * time.Second):
			_ = a.cmd.Process.Kill()
			<-a.done
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
