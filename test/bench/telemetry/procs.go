package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
)

// tools are the outside programs the harness drives; every one must be present.
type tools struct {
	wrk, mosquitto string
}

// findTools looks for wrk, the native anvil from npm, Mosquitto and the
// PostgreSQL server binaries, and names every one that is missing.
func findTools(needWrk, needMQTT bool) (tools, error) {
	var t tools
	var missing []string
	var err error
	if needWrk {
		if t.wrk, err = exec.LookPath("wrk"); err != nil {
			missing = append(missing, "wrk (apt-get install -y wrk)")
		}
	}
	if _, err := localnet.FoundryBinary("anvil"); err != nil {
		missing = append(missing, "anvil (npm ci in the repository root)")
	}
	if needMQTT {
		if t.mosquitto, err = localnet.MosquittoBinary(); err != nil {
			missing = append(missing, "mosquitto ("+localnet.MosquittoInstall+")")
		}
	}
	if _, err := localnet.PostgresBin(); err != nil {
		missing = append(missing, "PostgreSQL server binaries initdb/pg_ctl (apt-get install -y postgresql)")
	}
	if len(missing) > 0 {
		return t, fmt.Errorf("missing: %s", strings.Join(missing, "; "))
	}
	return t, nil
}

// proc is a child process whose output goes to a log file.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

func startProc(name, logPath string, env []string, bin string, args ...string) (*proc, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	return p, nil
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

// exited reports an error when the process has ended.
func (p *proc) exited() error {
	select {
	case <-p.done:
		return fmt.Errorf("%s exited (%v); see %s:\n%s", p.name, p.err, p.log, tail(p.log))
	default:
		return nil
	}
}

// stop sends SIGTERM, then SIGKILL after 30 s, and reports a failed exit.
func (p *proc) stop() error {
	select {
	case <-p.done:
		return p.err
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return p.err
	case <-time.After(30 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
		return fmt.Errorf("%s did not stop within 30 s of SIGTERM", p.name)
	}
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

// waitFor polls ok every 50 ms until it holds, p exits or d passes.
func waitFor(ctx context.Context, what string, d time.Duration, p *proc, ok func() bool) error {
	deadline := time.Now().Add(d)
	for !ok() {
		if p != nil {
			if err := p.exited(); err != nil {
				return err
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: not ready after %s", what, d)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return nil
}

func listening(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err == nil {
		c.Close()
	}
	return err == nil
}

// createDB creates the database name on the cluster whose postgres database is admin.
func createDB(ctx context.Context, admin, name string) error {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return fmt.Errorf("creating the database: %w", err)
	}
	return nil
}

// broker is a private Mosquitto as an operator would run it: mosquitto's own defaults
// for the in-flight window (20 QoS 1 messages per client, written out) and the queue
// (1 000 per session), persistence on so that the service's session survives a restart.
// (internal/localnet's broker lifts both limits for the restart tests; with an unbounded
// window the broker would push every queued batch into the service at once.)
type broker struct {
	dir  string
	port int
	p    *proc
}

func startBroker(bin, dir string) (*broker, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	port, err := localnet.FreePort()
	if err != nil {
		return nil, err
	}
	conf := fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\nmax_inflight_messages 20\npersistence true\npersistence_location %s/\nlog_dest file %s\n",
		port, dir, filepath.Join(dir, "mosquitto.log"))
	if os.Geteuid() == 0 {
		conf += "user root\n"
	}
	confPath := filepath.Join(dir, "mosquitto.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		return nil, err
	}
	p, err := startProc("mosquitto", filepath.Join(dir, "stderr.log"), nil, bin, "-c", confPath)
	if err != nil {
		return nil, err
	}
	b := &broker{dir: dir, port: port, p: p}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	if err := waitFor(context.Background(), "mosquitto", 20*time.Second, p, func() bool { return listening(addr) }); err != nil {
		_ = p.stop()
		return nil, err
	}
	return b, nil
}

func (b *broker) url() string { return "mqtt://127.0.0.1:" + strconv.Itoa(b.port) }
