package testenv

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/migrations"
)

// Replication is a private primary PostgreSQL cluster and a hot standby streaming from
// it, made with pg_basebackup -R as an operator would, each on its own free port.
// Unlike [Postgres], it ignores DATABASE_URL: a standby needs a primary whose cluster
// the test owns.
type Replication struct {
	Primary, Standby *localnet.Postgres
	// PrimaryURL and StandbyURL name the same database, migrated to the latest
	// version, on each server.
	PrimaryURL, StandbyURL string
}

// Replicated starts a primary, migrates a database on it, and starts a standby of it;
// both stop when tb ends.
func Replicated(tb testing.TB) *Replication {
	tb.Helper()
	// a folder of its own for each data folder: run as root, the servers run as the
	// postgres user, who cannot enter the test's private TempDir
	dir := func() string {
		tb.Helper()
		d, err := os.MkdirTemp("", "sharechain-pg-")
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { os.RemoveAll(d) })
		return d
	}
	start := func(c *localnet.Postgres, err error) *localnet.Postgres {
		tb.Helper()
		if err != nil {
			tb.Fatalf("testenv: %v", err)
		}
		tb.Cleanup(func() { _ = c.Stop("immediate") })
		return c
	}
	primary, err := localnet.NewPostgres(dir())
	if err == nil {
		err = primary.Init()
	}
	var port int
	if err == nil {
		port, err = FreePort()
	}
	if err == nil {
		err = primary.Start(port, "-c fsync=off", "-c full_page_writes=off", "-c max_connections=100")
	}
	primary = start(primary, err)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, primary.URL("postgres"))
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE sharechain")
	conn.Close(ctx)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	r := &Replication{Primary: primary, PrimaryURL: primary.URL("sharechain")}
	m, err := migrations.Open(r.PrimaryURL)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	err = m.Up()
	m.Close()
	if err != nil {
		tb.Fatalf("testenv: migrating: %v", err)
	}

	if port, err = FreePort(); err == nil {
		r.Standby, err = primary.Standby(dir(), port, "-c max_connections=100")
	}
	start(r.Standby, err)
	r.StandbyURL = r.Standby.URL("sharechain")
	return r
}

// Exec runs sql on the database at url (for example pg_wal_replay_pause() on the
// standby).
func (r *Replication) Exec(tb testing.TB, url, sql string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		tb.Fatalf("testenv: %s: %v", sql, err)
	}
}

// Log returns the standby's server log, for a failing test to show.
func (r *Replication) Log() string {
	b, _ := os.ReadFile(filepath.Join(r.Standby.Dir, "server.log"))
	return string(b)
}
