package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/migrations"
)

// shared is the private PostgreSQL cluster of the tests of one test binary.
var (
	clusterMu   sync.Mutex
	shared      *localnet.Postgres
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
		admin = c.URL("postgres")
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

func startCluster() (*localnet.Postgres, error) {
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
	err := c.Stop("immediate")
	if rmErr := os.RemoveAll(c.Dir); err == nil {
		err = rmErr
	}
	return err
}

func newCluster() (*localnet.Postgres, error) {
	dir, err := os.MkdirTemp("", "sharechain-pg-")
	if err != nil {
		return nil, err
	}
	c, err := localnet.NewPostgres(dir)
	if err == nil {
		err = c.Init()
	}
	var port int
	if err == nil {
		port, err = FreePort()
	}
	// durability is not under test here: skip fsync for speed.
	if err == nil {
		err = c.Start(port, "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200")
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return c, nil
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
