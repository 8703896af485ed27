// Package indexedtest gives tests a devnet whose suite the real indexer is following
// into a private PostgreSQL: anvil, the suite deployed through the bindings, the
// database migrated, and the indexer running in the background until the test ends.
// Tests of what reads the indexer's tables (the API, the keeper, audit) start here, so
// their data is written by the indexer from real transactions, never inserted by hand.
package indexedtest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
)

// Env is an indexed devnet.
type Env struct {
	Node         *testenv.Anvil
	Client       *ethclient.Client
	Suite        *devnet.Suite
	Manifest     *manifest.Manifest
	ManifestPath string
	DatabaseURL  string
	Pool         *pgxpool.Pool

	opts    Options
	stopIdx func() // stops the running indexer and reports how it ended; nil when none runs
}

// Options tune Start.
type Options struct {
	// Confirmations is the indexer's finality depth; default 2, so that a test sees
	// both finalized and unfinalized rows.
	Confirmations uint64
	// AnvilArgs are extra arguments for anvil.
	AnvilArgs []string
	// EndsWith is an error the indexer may stop with (errors.Is), for a test that
	// causes it, such as indexer.ErrDeepReorg; the test fails on any other.
	EndsWith error
	// DatabaseURL is a migrated, empty database to index into (for example the primary
	// of testenv.Replicated); a fresh one from testenv.MigratedPostgres when empty.
	DatabaseURL string
}

// Start deploys the suite on a fresh anvil, migrates a fresh database and starts the
// indexer on it; everything stops when tb ends. Run the package's tests through
// testenv.Main.
func Start(tb testing.TB, opts Options) *Env {
	tb.Helper()
	if opts.Confirmations == 0 {
		opts.Confirmations = 2
	}
	ctx := context.Background()
	node := testenv.StartAnvil(tb, opts.AnvilArgs...)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(client.Close)
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		tb.Fatalf("devnet.Deploy: %v", err)
	}
	raw, err := suite.ManifestJSON()
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "31337.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		tb.Fatal(err)
	}
	m, err := manifest.Load(path)
	if err != nil {
		tb.Fatal(err)
	}
	url := opts.DatabaseURL
	if url == "" {
		url = testenv.MigratedPostgres(tb)
	}
	e := &Env{Node: node, Client: client, Suite: suite, Manifest: m, ManifestPath: path, opts: opts}
	e.IndexInto(tb, url)
	return e
}

// IndexInto starts the indexer on the database at url (after stopping the one that
// runs, if any) and points DatabaseURL and Pool at it: a test of a failover moves the
// indexer to a promoted standby this way.
func (e *Env) IndexInto(tb testing.TB, url string) {
	tb.Helper()
	e.StopIndexer()
	ctx := context.Background()
	pool, err := pg.Open(ctx, url, time.Minute)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(pool.Close)
	e.DatabaseURL, e.Pool = url, pool

	cfg := source.Config{RPCURL: e.Node.RPC, WSURL: e.Node.WS, PollInterval: 20 * time.Millisecond}
	for _, f := range e.Manifest.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	src, err := source.New(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{Confirmations: e.opts.Confirmations}, e.Manifest, src, store.New(pool, e.Manifest.ChainID))
	if err != nil {
		tb.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(runCtx) }()
	tb.Cleanup(e.StopIndexer) // before pool.Close: cleanups run last-registered first
	e.stopIdx = func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) && (e.opts.EndsWith == nil || !errors.Is(err, e.opts.EndsWith)) {
			tb.Errorf("indexer.Run() = %v", err)
		}
		src.Close()
	}
}

// StopIndexer stops the running indexer, if any (Start's cleanup calls it).
func (e *Env) StopIndexer() {
	if e.stopIdx != nil {
		stop := e.stopIdx
		e.stopIdx = nil
		stop()
	}
}

// Head returns the chain's current block number.
func (e *Env) Head(tb testing.TB) uint64 {
	tb.Helper()
	n, err := e.Client.BlockNumber(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// WaitIndexed waits until the indexer's cursor reaches block n.
func (e *Env) WaitIndexed(tb testing.TB, n uint64) {
	tb.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var indexed int64
		err := e.Pool.QueryRow(context.Background(), `SELECT indexed_block FROM indexer_state WHERE chain_id = $1`,
			int64(e.Manifest.ChainID)).Scan(&indexed)
		if err == nil && indexed >= int64(n) {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("indexed block %d after 2 minutes, want %d (last error: %v)", indexed, n, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Sync waits until everything mined so far is indexed.
func (e *Env) Sync(tb testing.TB) { tb.Helper(); e.WaitIndexed(tb, e.Head(tb)) }
