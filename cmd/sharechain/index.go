package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/indexer"
	"sharechain/indexer/metadata"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/migrations"
)

// defaultMemoryLimit is the Go memory limit of `sharechain index` unless GOMEMLIMIT
// says otherwise: DESIGN §3 budgets 130 MB of peak RSS.
const defaultMemoryLimit = 100 << 20

func runIndex(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC HTTP URL")
	wsURL := envFlag(fs, "ws-url", "", "JSON-RPC WebSocket URL for new heads (polling when empty)")
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	confirmations := envFlag(fs, "confirmations", "12", "blocks below the head that count as final")
	finality := envFlag(fs, "finality", "confirmations", "how finality is decided: confirmations or tag (the RPC's finalized block)")
	concurrency := envFlag(fs, "concurrency", strconv.Itoa(source.DefaultConcurrency), "eth_getLogs ranges in flight during backfill")
	initialRange := envFlag(fs, "initial-range", strconv.Itoa(source.DefaultInitialRange), "first eth_getLogs block span (it adapts)")
	maxRange := envFlag(fs, "max-range", strconv.Itoa(source.DefaultMaxRange), "largest eth_getLogs block span")
	targetLogs := envFlag(fs, "target-logs", strconv.Itoa(source.DefaultTargetLogs), "logs per eth_getLogs the span adapts towards")
	batchLogs := envFlag(fs, "batch-logs", strconv.Itoa(indexer.DefaultBatchLogs), "backfill: logs above which fetched ranges are no longer merged into one transaction")
	deferMin := envFlag(fs, "defer-indexes-min", strconv.Itoa(indexer.DefaultDeferIndexesMin), "backfill: drop the read indexes of events and projections and build them once at the end when at least this many logs (and as many as the table holds) are ahead; 0 never")
	metaFetches := envFlag(fs, "metadata-fetches", "8", "metadata documents fetched at once by the metadata worker; 0 turns the worker off")
	metaGateway := envFlag(fs, "metadata-ipfs-gateway", "", "base URL that ipfs:// metadata URIs are fetched through, as <gateway>/ipfs/<cid> (ipfs:// refused when empty)")
	metaPrivate := envFlag(fs, "metadata-allow-private", "0", "1 lets the metadata worker fetch from loopback and private addresses (the demo; never on a public deployment)")
	metricsAddr := envFlag(fs, "metrics-addr", "", "serve /metrics and /healthz on this address (off when empty)")
	logLevel := envFlag(fs, "log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *dbURL == "" {
		return fmt.Errorf("%w: --database-url (or DATABASE_URL) is required", errUsage)
	}
	nums := map[string]*string{"metadata-fetches": metaFetches, "confirmations": confirmations, "concurrency": concurrency, "initial-range": initialRange, "max-range": maxRange, "target-logs": targetLogs, "batch-logs": batchLogs, "defer-indexes-min": deferMin}
	parsed := map[string]uint64{}
	for name, v := range nums {
		n, err := strconv.ParseUint(*v, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: --%s: %q is not a non-negative integer", errUsage, name, *v)
		}
		parsed[name] = n
	}
	if *metaPrivate != "0" && *metaPrivate != "1" {
		return fmt.Errorf("%w: --metadata-allow-private must be 0 or 1, got %q", errUsage, *metaPrivate)
	}
	if *finality != "confirmations" && *finality != "tag" {
		return fmt.Errorf("%w: --finality must be confirmations or tag, got %q", errUsage, *finality)
	}
	logger, err := newLogger(*logLevel)
	if err != nil {
		return err
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// the indexer streams, so its live heap stays small (tens of MB); a soft limit
		// keeps the garbage collector from letting the heap grow to twice a peak.
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	manifest, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}

	pool, err := pg.Open(ctx, *dbURL, 5*time.Minute)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := checkSchema(*dbURL); err != nil {
		return err
	}

	reg := prometheus.NewRegistry()
	metrics := indexer.NewMetrics(reg)
	var worker *metadata.Worker
	if parsed["metadata-fetches"] > 0 {
		fetcher, err := metadata.NewFetcher(metadata.FetcherConfig{AllowPrivate: *metaPrivate == "1", IPFSGateway: *metaGateway})
		if err != nil {
			return fmt.Errorf("%w: --metadata-ipfs-gateway: %v", errUsage, err)
		}
		worker, err = metadata.NewWorker(pool, metadata.Config{ChainID: manifest.ChainID, Fetcher: fetcher, Logger: logger,
			Metrics: metadata.NewMetrics(reg), Concurrency: int(parsed["metadata-fetches"])})
		if err != nil {
			return err
		}
	}
	if *metricsAddr != "" {
		stop, err := serveMetrics(ctx, *metricsAddr, reg, logger)
		if err != nil {
			return err
		}
		defer stop()
	}

	var addrs []common.Address
	for _, c := range manifest.Followed() {
		addrs = append(addrs, c.Address)
	}
	src, err := source.New(ctx, source.Config{
		RPCURL: *rpcURL, WSURL: *wsURL, Addresses: addrs,
		InitialRange: parsed["initial-range"], MaxRange: parsed["max-range"],
		TargetLogs: int(parsed["target-logs"]), Concurrency: int(parsed["concurrency"]), Logger: logger,
	})
	if err != nil {
		return err
	}
	defer src.Close()
	st := store.New(pool, manifest.ChainID)
	var onRollback func(uint64)
	if worker != nil {
		onRollback = func(uint64) { worker.Rewind() }
	}
	ix, err := indexer.New(indexer.Config{
		Confirmations: parsed["confirmations"], FinalityTag: *finality == "tag", BatchLogs: int(parsed["batch-logs"]),
		DeferIndexesMin: int(parsed["defer-indexes-min"]), Logger: logger, Metrics: metrics, OnRollback: onRollback,
	}, manifest, src, st)
	if err != nil {
		return err
	}
	// stopping records why for the API (state stopped, /readyz 503). It runs while the
	// writer lock is still held, so that it never overwrites the state of a standby that
	// took over; the state of a diverged database is never overwritten.
	stopping := func(errText string) {
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := st.SetStatus(wctx, store.Status{State: store.Stopped, Error: errText}); err != nil {
			logger.WarnContext(ctx, "recording the stop", "err", err)
		}
	}

	for {
		lock, err := store.AcquireWriter(ctx, pool, manifest.ChainID, time.Second, func() {
			logger.InfoContext(ctx, "another indexer writes this chain; waiting as a standby", "chain_id", manifest.ChainID)
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			logger.WarnContext(ctx, "taking the writer lock failed; retrying", "err", err)
			time.Sleep(time.Second)
			continue
		}
		logger.InfoContext(ctx, "writer lock taken", "chain_id", manifest.ChainID)
		runCtx, cancel := context.WithCancel(ctx)
		lost := make(chan struct{})
		go func() {
			// without the lock's session another process may write: stop at once.
			for {
				select {
				case <-runCtx.Done():
					return
				case <-time.After(2 * time.Second):
				}
				if err := lock.Alive(runCtx); err != nil && runCtx.Err() == nil {
					logger.WarnContext(ctx, "writer lock lost", "err", err)
					close(lost)
					cancel()
					return
				}
			}
		}()
		// the metadata worker runs beside the indexer while the lock is held, so each chain
		// has one; it reads assets and writes only asset_metadata, never in a batch.
		workerDone := make(chan struct{})
		go func() {
			defer close(workerDone)
			if worker != nil {
				_ = worker.Run(runCtx)
			}
		}()
		err = ix.Run(runCtx)
		cancel()
		<-workerDone
		var deep *indexer.DeepReorgError
		switch {
		case errors.As(err, &deep):
			lock.Release(context.Background())
			logDivergence(ctx, logger, deep, *confirmations, *finality)
			return err
		case isClosed(lost):
			lock.Release(context.Background())
			continue
		case ctx.Err() != nil:
			stopping("")
			lock.Release(context.Background())
			return nil
		case errors.Is(err, indexer.ErrWrongChain), errors.Is(err, indexer.ErrMissingContract):
			stopping(err.Error())
			lock.Release(context.Background())
			return err
		default:
			lock.Release(context.Background())
			logger.WarnContext(ctx, "indexer stopped; restarting", "err", err)
			time.Sleep(time.Second)
		}
	}
}

// logDivergence says, at ERROR, that the database diverged from the chain, from which
// block, and what the operator does about it. Every later start says it again until the
// database is rebuilt.
func logDivergence(ctx context.Context, logger *slog.Logger, deep *indexer.DeepReorgError, confirmations, finality string) {
	depth := "--confirmations " + confirmations
	if finality == "tag" {
		depth = "--finality tag"
	}
	msg := fmt.Sprintf("reorg deeper than the finality depth: from block %d on the database mirrors a branch the chain no longer has, "+
		"and the rows below the finalized block cannot be rolled back; not indexing until the database is rebuilt", deep.Block)
	attrs := []any{"diverged_block", deep.Block}
	if deep.Final != 0 {
		attrs = append(attrs, "final_block_changed", deep.Final)
	} else {
		attrs = append(attrs, "found", "by an earlier run; the database has not been rebuilt since")
	}
	logger.ErrorContext(ctx, msg, append(attrs, "finality", depth,
		"fix", "rebuild: run `sharechain migrate down all` then `sharechain migrate up` on this DATABASE_URL and start `sharechain index` "+
			"again (it re-indexes from the manifest's startBlock), or restore a backup whose indexer_state.finalized_block is below "+
			fmt.Sprint(deep.Block)+"; then deepen finality (a higher --confirmations, or --finality tag) to what this chain can "+
			"reorganise. /readyz answers 503 until then (deploy/README.md, Troubleshooting)")...)
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// checkSchema refuses to run on a schema older than the binary's migrations: `index`
// never migrates by itself.
func checkSchema(dbURL string) error {
	r, err := migrations.Open(dbURL)
	if err != nil {
		return err
	}
	defer r.Close()
	return r.Check()
}

func newLogger(level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("%w: --log-level: %v", errUsage, err)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})), nil
}
