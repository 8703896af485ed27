package localnet

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
)

// Postgres is a private PostgreSQL cluster: its data folder (which also holds the unix
// socket and server.log) and the loopback port it listens on.
type Postgres struct {
	Dir    string
	Port   int
	bin    string // folder of initdb, pg_ctl, postgres
	asUser string // system user that runs the server when we are root
}

// NewPostgres prepares a cluster in dir (created if missing); call Init and Start.
func NewPostgres(dir string) (*Postgres, error) {
	bin, err := PostgresBin()
	if err != nil {
		return nil, err
	}
	// the server runs in its data folder: a relative path would not name the socket's
	if dir, err = filepath.Abs(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	p := &Postgres{Dir: dir, bin: bin}
	// initdb refuses to run as root: the server then runs as the postgres system user.
	if os.Geteuid() == 0 {
		p.asUser = "postgres"
		u, err := user.Lookup(p.asUser)
		if err != nil {
			return nil, fmt.Errorf("running as root needs the %q system user: %w", p.asUser, err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Initialized reports whether the data folder already holds a cluster.
func (p *Postgres) Initialized() bool {
	_, err := os.Stat(filepath.Join(p.Dir, "PG_VERSION"))
	return err == nil
}

// Init creates the cluster (superuser postgres, trust authentication on loopback).
func (p *Postgres) Init() error {
	out, err := p.command(filepath.Join(p.bin, "initdb"), "-D", p.Dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync").CombinedOutput()
	if err != nil {
		return fmt.Errorf("initdb: %w\n%s", err, out)
	}
	return nil
}

// Start starts the server on port with the extra server settings given (for example
// "-c fsync=off") and waits until it accepts connections.
func (p *Postgres) Start(port int, settings ...string) error {
	p.Port = port
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 %s", port, p.Dir, strings.Join(settings, " "))
	if err := p.pgctl("-D", p.Dir, "-o", opts, "-l", filepath.Join(p.Dir, "server.log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(p.Dir, "server.log"))
		return fmt.Errorf("%w\n%s", err, log)
	}
	return nil
}

// Stop stops the server; mode is pg_ctl's: "fast" (clean) or "immediate".
func (p *Postgres) Stop(mode string) error {
	return p.pgctl("-D", p.Dir, "-m", mode, "-w", "stop")
}

// URL is the connection URL of database db on the cluster.
func (p *Postgres) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", p.Port, db)
}

func (p *Postgres) pgctl(args ...string) error {
	out, err := p.command(filepath.Join(p.bin, "pg_ctl"), args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl %s: %w\n%s", args[len(args)-1], err, out)
	}
	return nil
}

func (p *Postgres) command(name string, args ...string) *exec.Cmd {
	if p.asUser != "" {
		return exec.Command("runuser", append([]string{"-u", p.asUser, "--", name}, args...)...)
	}
	return exec.Command(name, args...)
}

// PostgresBin finds the folder holding initdb and pg_ctl.
func PostgresBin() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(real), nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(matches) > 0 {
		return filepath.Dir(matches[len(matches)-1]), nil
	}
	return "", fmt.Errorf("PostgreSQL server binaries (initdb, pg_ctl) not found: install them (apt-get install -y postgresql) or set DATABASE_URL")
}

// Standby makes a streaming-replication hot standby of p in dir with pg_basebackup -R
// (which writes primary_conninfo and standby.signal) and starts it on port with the
// extra settings given. p must be running; its default pg_hba.conf (initdb -A trust)
// already admits replication connections from loopback.
func (p *Postgres) Standby(dir string, port int, settings ...string) (*Postgres, error) {
	return StandbyOf(p.Port, dir, port, settings...)
}

// StandbyOf is [Postgres.Standby] of the cluster listening on loopback at primaryPort,
// for a primary started by other code.
func StandbyOf(primaryPort int, dir string, port int, settings ...string) (*Postgres, error) {
	s, err := NewPostgres(dir)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, err
	}
	if len(entries) > 0 {
		return nil, fmt.Errorf("pg_basebackup needs an empty folder, and %s is not", s.Dir)
	}
	// -c fast: checkpoint at once rather than spread over checkpoint_timeout
	out, err := s.command(filepath.Join(s.bin, "pg_basebackup"), "-D", s.Dir, "-R", "-X", "stream", "-c", "fast", "--no-sync",
		"-h", "127.0.0.1", "-p", strconv.Itoa(primaryPort), "-U", "postgres").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("pg_basebackup: %w\n%s", err, out)
	}
	if err := s.Start(port, settings...); err != nil {
		return nil, err
	}
	return s, nil
}

// Promote ends a standby's recovery: it becomes a primary that accepts writes.
func (p *Postgres) Promote() error { return p.pgctl("-D", p.Dir, "-w", "-t", "60", "promote") }
