package telemetry_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/localnet"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/migrations"
	"sharechain/services/telemetry"
)

// TestIngest_AckedSurvivesCrash: a database whose default is synchronous_commit=off (the
// test clusters, make demo's, or an operator's tuning for the indexer) returns from
// COMMIT before the commit's WAL leaves PostgreSQL's buffers, and a crash drops it. The
// service answers a batch once its transaction commits, so the readings it acknowledged
// — and an epoch it may then anchor — must survive `pg_ctl stop -m immediate`: its
// transactions commit synchronously whatever the default.
//
// The chaos suite found it (test/chaos TestTelemetry_PostgresRestart lost 20
// acknowledged readings); here the WAL writer waits 10 s between rounds, so an
// asynchronous commit is still in PostgreSQL's buffers when the server stops.
func TestIngest_AckedSurvivesCrash(t *testing.T) {
	e := newEnv(t, 1)
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sharechain-telemetry-crash-") // not t.TempDir: as root the server runs as postgres
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	cluster, err := localnet.NewPostgres(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := cluster.Init(); err != nil {
		t.Fatal(err)
	}
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	settings := []string{"-c fsync=off", "-c synchronous_commit=off", "-c wal_writer_delay=10000"}
	if err := cluster.Start(port, settings...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cluster.Stop("immediate") })
	m, err := migrations.Open(cluster.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Up(); err != nil {
		t.Fatal(err)
	}
	m.Close()
	pool, err := pg.Open(ctx, cluster.URL("postgres"), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()

	// the indexer's tables of this cluster, written by the indexer, which then stops
	cfg := source.Config{RPCURL: e.Node.RPC, PollInterval: 20 * time.Millisecond}
	for _, f := range e.Manifest.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	src, err := source.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	ix, err := indexer.New(indexer.Config{Confirmations: 2}, e.Manifest, src, store.New(pool, e.Manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	ictx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(ictx) }()
	head := e.Head(t)
	waitFor(t, "the indexer to reach the head", func() bool {
		var n int64
		return pool.QueryRow(ctx, `SELECT indexed_block FROM indexer_state`).Scan(&n) == nil && n >= int64(head)
	})
	stop()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("indexer Run() = %v", err)
	}

	in, err := telemetry.NewIngester(telemetry.IngestConfig{Pool: pool, Manifest: e.Manifest, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := in.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	results, problem, err := in.Ingest(ctx, telemetry.TransportHTTP, batchJSON(t, e.reading(t, 0, 1, e.latest(t), "odometer_m", 7)), nil)
	if err != nil || problem != nil || len(results) != 1 || results[0].Status != telemetry.Accepted {
		t.Fatalf("Ingest() = %+v, %+v, %v; want the reading accepted", results, problem, err)
	}
	a, err := telemetry.NewAnchorer(telemetry.AnchorConfig{Pool: pool, Manifest: e.Manifest, Backend: e.Client, Key: e.anchorKey, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if built, err := a.Build(ctx); err != nil || len(built) != 1 {
		t.Fatalf("Build() = %d epochs, %v; want 1", len(built), err)
	}

	// a crash right after the answer: the server stops at once and starts again
	pool.Reset()
	if err := cluster.Stop("immediate"); err != nil {
		t.Fatal(err)
	}
	if err := cluster.Start(port, settings...); err != nil {
		t.Fatal(err)
	}
	var readings, seqs, epochs int
	if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM telemetry_readings), (SELECT count(*) FROM telemetry_seqs),
		(SELECT count(*) FROM telemetry_epochs)`).Scan(&readings, &seqs, &epochs); err != nil {
		t.Fatal(err)
	}
	if readings != 1 || seqs != 1 || epochs != 1 {
		t.Errorf("after a crash: %d readings, %d seqs, %d epochs stored; want the acknowledged reading and the built epoch (1, 1, 1)",
			readings, seqs, epochs)
	}
}
