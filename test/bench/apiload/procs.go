package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
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
	wrk, anvil, forge, pgBin string
}

// findTools looks for wrk, the native anvil and forge from npm, and the PostgreSQL server
// binaries, and names every one that is missing.
func findTools() (tools, error) {
	var t tools
	var missing []string
	var err error
	if t.wrk, err = exec.LookPath("wrk"); err != nil {
		missing = append(missing, "wrk (apt-get install -y wrk)")
	}
	for _, n := range []struct {
		name string
		to   *string
	}{{"anvil", &t.anvil}, {"forge", &t.forge}} {
		if *n.to, err = localnet.FoundryBinary(n.name); err != nil {
			missing = append(missing, n.name+" (npm ci in the repository root)")
		}
	}
	if m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl"); len(m) > 0 {
		t.pgBin = filepath.Dir(m[len(m)-1])
	} else if p, err := exec.LookPath("pg_ctl"); err == nil {
		t.pgBin = filepath.Dir(p)
	} else {
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

func startProc(name, logPath, bin string, args ...string) (*proc, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
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

// exited reports an error when the process has ended.
func (p *proc) exited() error {
	select {
	case <-p.done:
		return fmt.Errorf("%s exited (%v); see %s:\n%s", p.name, p.err, p.log, tail(p.log))
	default:
		return nil
	}
}

// stop sends SIGTERM, then SIGKILL after 15 s.
func (p *proc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

// rss reads the resident set size and its peak (VmHWM) of a process, in bytes.
func rss(pid int) (cur, peak int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			cur = kb << 10
		case "VmHWM:":
			peak = kb << 10
		}
	}
	return cur, peak
}

// postgres is a private cluster in dir, as TOOLCHAIN.md describes: when root, initdb and
// the server run as the postgres system user.
type postgres struct {
	bin, dir string
	port     int
	asUser   string
}

func (pg *postgres) command(name string, args ...string) *exec.Cmd {
	if pg.asUser != "" {
		return exec.Command("runuser", append([]string{"-u", pg.asUser, "--", filepath.Join(pg.bin, name)}, args...)...)
	}
	return exec.Command(filepath.Join(pg.bin, name), args...)
}

// start initialises the cluster when dir holds none, then starts it on a free port.
func (pg *postgres) start(fresh bool) error {
	if os.Geteuid() == 0 {
		pg.asUser = "postgres"
	}
	if fresh {
		if err := os.MkdirAll(pg.dir, 0o700); err != nil {
			return err
		}
		if pg.asUser != "" {
			u, err := user.Lookup(pg.asUser)
			if err != nil {
				return fmt.Errorf("running as root needs the %q system user: %w", pg.asUser, err)
			}
			uid, _ := strconv.Atoi(u.Uid)
			gid, _ := strconv.Atoi(u.Gid)
			if err := os.Chown(pg.dir, uid, gid); err != nil {
				return err
			}
		}
		out, err := pg.command("initdb", "-D", pg.dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync").CombinedOutput()
		if err != nil {
			return fmt.Errorf("initdb: %w\n%s", err, out)
		}
	}
	var err error
	if pg.port, err = localnet.FreePort(); err != nil {
		return err
	}
	// durability is not under test: no fsync, so that the indexer's load is quick; reads
	// (what is measured) are unaffected
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "+
		"-c full_page_writes=off -c max_connections=100 -c shared_buffers=256MB", pg.port, pg.dir)
	out, err := pg.command("pg_ctl", "-D", pg.dir, "-o", opts, "-l", filepath.Join(pg.dir, "server.log"), "-w", "-t", "120", "start").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl start: %w\n%s\n%s", err, out, tail(filepath.Join(pg.dir, "server.log")))
	}
	return nil
}

func (pg *postgres) stop() {
	_ = pg.command("pg_ctl", "-D", pg.dir, "-m", "fast", "-w", "stop").Run()
}

func (pg *postgres) url(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", pg.port, db)
}

// createDB creates the database name.
func (pg *postgres) createDB(ctx context.Context, name string) error {
	conn, err := pgx.Connect(ctx, pg.url("postgres"))
	if err != nil {
		return fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return fmt.Errorf("creating the database: %w", err)
	}
	return nil
}

// waitHTTP polls url until it answers 200 or the deadline passes.
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
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}

var errFailed = errors.New("the load run failed")
