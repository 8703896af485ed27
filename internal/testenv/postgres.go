package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/migrations"
)

// cluster is the private PostgreSQL cluster shared by the tests of one test binary.
type cluster struct {
	dir    string // data folder (also holds the unix socket)
	bin    string // folder of initdb, pg_ctl, postgres
	port   int
	asUser string // system user that runs the server when the tests run as root
}

var (
	clusterMu   sync.Mutex
	shared      *cluster
	sharedError error
)

// Postgres returns the URL of a new, empty database that is dropped when tb ends.
// The database lives in the server named by DATABASE_URL when it is set, else in a
// private cluster that this package starts once per test binary (see [Main]).
func Postgres(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv("DATABASE_URL")
	if admin == "" {
		if !inMain.Load() {
			tb.Fatal("testenv: the private PostgreSQL cluster needs the tests to run through testenv.Main (func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) })")
		}
		c, err := startCluster()
		if err != nil {
			tb.Fatalf("testenv: starting PostgreSQL: %v", err)
		}
		admin = c.url("postgres")
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		tb.Fatalf("testenv: connecting to %s: %v", redact(admin), err)
	}
	defer conn.Close(ctx)

	name := "sc_test_" + randomHex(6)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("testenv: creating database %s: %v", name, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			tb.Errorf("testenv: connecting to drop %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("testenv: dropping database %s: %v", name, err)
		}
	})

	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatalf("testenv: parsing %s: %v", redact(admin), err)
	}
	u.Path = "/" + name
	return u.String()
}

func startCluster() (*cluster, error) {
	clusterMu.Lock()
	defer clusterMu.Unlock()
	if shared != nil || sharedError != nil {
		return shared, sharedError
	}
	shared, sharedError = newCluster()
	return shared, sharedError
}

func stopCluster() error {
	clusterMu.Lock()
	defer clusterMu.Unlock()
	if shared == nil {
		return nil
	}
	c := shared
	shared = nil
	err := c.pgctl("-D", c.dir, "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(c.dir); err == nil {
		err = rmErr
	}
	return err
}

func newCluster() (*cluster, error) {
	bin, err := postgresBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "sharechain-pg-")
	if err != nil {
		return nil, err
	}
	c := &cluster{dir: dir, bin: bin}
	// initdb refuses to run as root: the server then runs as the postgres system user.
	if os.Geteuid() == 0 {
		c.asUser = "postgres"
		u, err := user.Lookup(c.asUser)
		if err != nil {
			return nil, fmt.Errorf("running as root needs the %q system user: %w", c.asUser, err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	if out, err := c.command(filepath.Join(bin, "initdb"), "-D", dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync").CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %w\n%s", err, out)
	}
	if c.port, err = FreePort(); err != nil {
		return nil, err
	}
	// durability is not under test here: skip fsync for speed.
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", c.port, dir)
	if err := c.pgctl("-D", dir, "-o", opts, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	return c, nil
}

func (c *cluster) url(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

func (c *cluster) pgctl(args ...string) error {
	out, err := c.command(filepath.Join(c.bin, "pg_ctl"), args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl %s: %w\n%s", args[len(args)-1], err, out)
	}
	return nil
}

func (c *cluster) command(name string, args ...string) *exec.Cmd {
	if c.asUser != "" {
		return exec.Command("runuser", append([]string{"-u", c.asUser, "--", name}, args...)...)
	}
	return exec.Command(name, args...)
}

// postgresBin finds the folder holding initdb and pg_ctl.
func postgresBin() (string, error) {
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

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "the database URL"
	}
	return u.Redacted()
}

// MigratedPostgres is [Postgres] with every migration applied.
func MigratedPostgres(tb testing.TB) string {
	tb.Helper()
	url := Postgres(tb)
	r, err := migrations.Open(url)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		tb.Fatalf("testenv: migrating: %v", err)
	}
	return url
}
