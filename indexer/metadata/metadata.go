// Package metadata is the indexer's metadata worker (DESIGN §6.4, discovery): it fetches
// each asset's metadata document from its uri — http(s), or ipfs:// through a gateway —
// keeps it only when the sha256 of its exact bytes equals the asset's on-chain
// contentHash, and records its kind, title and location in asset_metadata, which the API
// joins to search listings.
//
// The worker never blocks indexing: it reads the assets table, fetches outside any
// transaction, and writes only its own table, each result in a statement of its own.
// `sharechain index` runs it beside the indexer while it holds the chain's writer lock,
// so one worker serves each chain.
//
// # The retry rule
//
// Each (asset, content hash) gets a row at its first attempt. A fetched document is final.
// A failure is tried again after 30 s × 2^(attempts−1), at most 1 h, until 8 attempts
// (about an hour after the first); the row is then given up (next_attempt_at NULL).
// Failures that no retry can change are given up at once: a URI that does not parse or
// has an unsupported scheme, and an ipfs:// CID that is malformed or does not name the
// content hash. Everything else is retried — an unreachable host, an HTTP error, and also
// a mismatch, an oversize or an invalid document, since the file behind an http(s) URI
// may still be replaced by its owner, and a refused address, since a name's address can
// change. A new content hash (ContentUpdated) is a new row, tried at once; a new uri
// with the same hash restarts a failed row's attempts. To retry given-up rows by hand:
// UPDATE asset_metadata SET attempts = 0, next_attempt_at = now() WHERE status <> 'fetched'.
package metadata

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/prometheus/client_golang/prometheus"
)

// The retry rule's constants (see the package documentation).
const (
	MaxAttempts  = 8
	FirstBackoff = 30 * time.Second
	MaxBackoff   = time.Hour
)

// Backoff is the wait after the attempts-th failed attempt.
func Backoff(attempts int) time.Duration {
	d := FirstBackoff
	for i := 1; i < attempts && d < MaxBackoff; i++ {
		d *= 2
	}
	return min(d, MaxBackoff)
}

// DB is what the worker needs of the database: a pool or a connection.
type DB interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// Config configures a Worker; zero fields take the defaults.
type Config struct {
	ChainID     uint64
	Fetcher     *Fetcher
	Logger      *slog.Logger
	Metrics     *Metrics      // nil: none
	Interval    time.Duration // between scans when nothing was due; default 5 s
	Batch       int           // assets per scan; default 32
	Concurrency int           // fetches in flight; default 8
	Now         func() time.Time
}

// Worker fetches the metadata documents of one chain's assets.
type Worker struct {
	db  DB
	cfg Config

	// where the reading of changed assets stopped (see due), when it last started again
	// from the first row, and whether it has read every row since
	after    scanPos
	lastFull time.Time
	caughtUp bool
	rewind   atomic.Bool // Rewind was called
}

// FullScanEvery is how often the worker reads every asset again rather than those changed
// since its last scan, besides after a rollback ([Worker.Rewind]): a safety net for rows
// changed behind the indexer's back.
const FullScanEvery = time.Hour

// Rewind makes the next scan start again from the first asset row. `sharechain index`
// calls it after a reorg's rollback, which restores rows with an older updated_block
// than the worker has read past. Safe to call from any goroutine.
func (w *Worker) Rewind() { w.rewind.Store(true) }

// scanPage is how many asset rows one query of a scan reads.
const scanPage = 500

// scanPos is a position in the (updated_block, token_id) order of the assets.
type scanPos struct {
	block int64
	token string // decimal
}

// scanStart is before every asset row.
var scanStart = scanPos{block: -1, token: "0"}

// NewWorker returns the worker of cfg.ChainID's assets in db.
func NewWorker(db DB, cfg Config) (*Worker, error) {
	if cfg.Fetcher == nil {
		return nil, errors.New("metadata: no fetcher")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 5 * time.Second
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 32
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 8
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	cfg.Logger = cfg.Logger.With("component", "metadata", "chain_id", cfg.ChainID)
	return &Worker{db: db, cfg: cfg, after: scanStart, caughtUp: true}, nil
}

// Run scans for due work every interval until ctx ends; a scan that found a full batch
// is followed by the next at once. Database errors are logged and retried.
func (w *Worker) Run(ctx context.Context) error {
	for {
		n, err := w.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			w.cfg.Logger.WarnContext(ctx, "metadata scan failed; retrying", "err", err)
		}
		if n == w.cfg.Batch && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(w.cfg.Interval):
		}
	}
}

// job is an asset whose current (content hash, uri) needs an attempt.
type job struct {
	token       string
	contentHash [32]byte
	uri         string
	attempts    int // made before this one for this hash and uri
}

// Step makes one attempt for each of up to Batch due assets and records the results.
// It returns how many it attempted. The fetches run Concurrency at a time; the results
// are written one after the other, so the worker holds one database connection at most.
func (w *Worker) Step(ctx context.Context) (n int, err error) {
	from := w.after
	defer func() {
		if err != nil || ctx.Err() != nil {
			w.after = from // read the assets whose attempts were not recorded again
		}
	}()
	jobs, err := w.due(ctx)
	if err != nil {
		return 0, err
	}
	results := make([]Result, len(jobs))
	ends := make([]time.Time, len(jobs))
	var (
		wg  sync.WaitGroup
		sem = make(chan struct{}, w.cfg.Concurrency)
	)
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			start := w.cfg.Now()
			results[i] = w.cfg.Fetcher.Fetch(ctx, j.uri, j.contentHash)
			ends[i] = w.cfg.Now()
			if m := w.cfg.Metrics; m != nil && ctx.Err() == nil {
				m.Attempts.WithLabelValues(string(results[i].Status)).Inc()
				m.Seconds.Observe(ends[i].Sub(start).Seconds())
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return 0, nil // shutting down: the attempts did not happen
	}
	var errs []error
	for i, j := range jobs {
		if err := w.record(ctx, j, results[i], ends[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return len(jobs), errors.Join(errs...)
}

// due reads up to Batch assets that need an attempt: those whose current content hash has
// no row yet, or a failed row whose uri is no longer the asset's, then the retries whose
// time has come (idx_asset_metadata_due).
//
// The first kind is found by reading the assets in (updated_block, token_id) order from
// where the last call stopped, scanPage rows a query through idx_assets_changes, until
// Batch are due or none is left: each asset row written is read about once, however many
// calls a backlog takes. (Rescanning the table at each call, as the worker first did, made
// a backfill registering N assets cost N/Batch scans of all of them.) An asset row changes
// at every rental, so most rows read are not due. The order is safe because the indexer
// commits its batches in block order: a row committed later has a higher updated_block than
// every row read before. A reorg's rollback can restore a row with an older
// updated_block, so the reading starts again from the first row after one (Rewind), and
// every FullScanEvery.
func (w *Worker) due(ctx context.Context) ([]job, error) {
	const (
		changed = `SELECT a.updated_block, a.token_id::text, a.content_hash, a.uri,
			CASE WHEN m.uri IS DISTINCT FROM a.uri THEN 0 ELSE m.attempts END,
			coalesce(m.token_id IS NULL OR m.next_attempt_at <= $4 OR (m.status <> 'fetched' AND m.uri <> a.uri), false)
		FROM assets a
		-- one lookup by primary key for each asset read: LIMIT keeps the planner from
		-- turning the subquery into a join, whose generic plan hashed all of the chain's
		-- rows at each page (a table growing as fast as the worker writes it)
		LEFT JOIN LATERAL (SELECT m.token_id, m.uri, m.status, m.attempts, m.next_attempt_at FROM asset_metadata m
			WHERE m.chain_id = a.chain_id AND m.token_id = a.token_id AND m.content_hash = a.content_hash LIMIT 1) m ON true
		-- the cursor as a range of the index, and a filter within its block
		WHERE a.chain_id = $1 AND a.updated_block >= $2 AND (a.updated_block > $2 OR a.token_id > $3::numeric)
		ORDER BY a.updated_block, a.token_id
		LIMIT $5`
		retries = `SELECT m.token_id::text, m.content_hash, a.uri, CASE WHEN m.uri IS DISTINCT FROM a.uri THEN 0 ELSE m.attempts END
		FROM asset_metadata m
		-- the asset, while it still has this content hash, by key (as above)
		CROSS JOIN LATERAL (SELECT a.uri FROM assets a
			WHERE a.chain_id = m.chain_id AND a.token_id = m.token_id AND a.content_hash = m.content_hash LIMIT 1) a
		WHERE m.chain_id = $1 AND m.next_attempt_at <= $2
		ORDER BY m.next_attempt_at, m.token_id
		LIMIT $3`
	)
	now := w.cfg.Now()
	if w.rewind.Swap(false) || (w.caughtUp && now.Sub(w.lastFull) >= FullScanEvery) {
		// the periodic pass not before the last one has read every row: a long backlog
		// is read once
		w.after, w.lastFull, w.caughtUp = scanStart, now, false
	}
	var jobs []job
	taken := map[string]bool{}
	for len(jobs) < w.cfg.Batch {
		rows, err := w.db.Query(ctx, changed, int64(w.cfg.ChainID), w.after.block, w.after.token, now, scanPage)
		if err != nil {
			return nil, fmt.Errorf("reading the assets changed since block %d: %w", w.after.block, err)
		}
		var (
			read int
			at   scanPos
			j    job
			hash []byte
			due  bool
		)
		tag, err := pgx.ForEachRow(rows, []any{&at.block, &at.token, &hash, &j.uri, &j.attempts, &due}, func() error {
			if len(jobs) == w.cfg.Batch {
				return nil // read on the next call
			}
			read++
			w.after = at
			if due {
				j.token, j.contentHash = at.token, [32]byte(hash)
				jobs = append(jobs, j)
				taken[j.token] = true
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading the assets changed since block %d: %w", w.after.block, err)
		}
		if tag.RowsAffected() < scanPage {
			w.caughtUp = w.caughtUp || read == int(tag.RowsAffected())
			break // every row is read, or Batch are due
		}
	}
	if len(jobs) == w.cfg.Batch {
		return jobs, nil
	}
	rows, err := w.db.Query(ctx, retries, int64(w.cfg.ChainID), now, w.cfg.Batch)
	if err != nil {
		return nil, fmt.Errorf("reading the metadata retries due: %w", err)
	}
	var (
		j    job
		hash []byte
	)
	_, err = pgx.ForEachRow(rows, []any{&j.token, &hash, &j.uri, &j.attempts}, func() error {
		if len(jobs) < w.cfg.Batch && !taken[j.token] {
			j.contentHash = [32]byte(hash)
			jobs = append(jobs, j)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the metadata retries due: %w", err)
	}
	return jobs, nil
}

// record writes the result of an attempt at j, ended at end, by the retry rule.
func (w *Worker) record(ctx context.Context, j job, res Result, end time.Time) error {
	attempts := j.attempts + 1
	var next *time.Time
	if res.Status != Fetched && !res.Final && attempts < MaxAttempts {
		t := end.Add(Backoff(attempts))
		next = &t
	}
	var (
		kind, title *string
		lat, lon    *float64
		reason      *string
	)
	if d := res.Doc; d != nil {
		kind, title = &d.Kind, &d.Title
		if d.Location != nil {
			lat, lon = &d.Location.Lat, &d.Location.Lon
		}
	}
	if res.Reason != "" {
		r := truncate(res.Reason, 500)
		reason = &r
	}
	const q = `
		INSERT INTO asset_metadata (chain_id, token_id, content_hash, uri, status, reason, attempts, next_attempt_at,
			kind, title, lat, lon, fetched_at)
		VALUES ($1, $2::numeric, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		ON CONFLICT (chain_id, token_id, content_hash) DO UPDATE SET uri = EXCLUDED.uri, status = EXCLUDED.status,
			reason = EXCLUDED.reason, attempts = EXCLUDED.attempts, next_attempt_at = EXCLUDED.next_attempt_at,
			kind = EXCLUDED.kind, title = EXCLUDED.title, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
			fetched_at = EXCLUDED.fetched_at`
	if _, err := w.db.Exec(ctx, q, int64(w.cfg.ChainID), j.token, j.contentHash[:], j.uri, string(res.Status), reason,
		attempts, next, kind, title, lat, lon, end); err != nil {
		return fmt.Errorf("recording the metadata of asset %s: %w", j.token, err)
	}
	log := w.cfg.Logger.With("token_id", j.token, "uri", j.uri, "status", res.Status, "attempts", attempts)
	switch {
	case res.Status == Fetched:
		log.InfoContext(ctx, "metadata fetched")
	case next == nil:
		log.WarnContext(ctx, "metadata given up", "reason", res.Reason)
	default:
		log.InfoContext(ctx, "metadata fetch failed; will retry", "reason", res.Reason, "next_attempt_at", *next)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 { // cut on a rune boundary
		n--
	}
	return s[:n]
}

// Metrics are the worker's Prometheus series.
type Metrics struct {
	Attempts *prometheus.CounterVec
	Seconds  prometheus.Histogram
}

// NewMetrics registers the worker's series with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Attempts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sharechain_metadata_attempts_total",
			Help: "Metadata document fetches, by outcome (asset_metadata.status)."}, []string{"status"}),
		Seconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sharechain_metadata_fetch_seconds",
			Help: "Time of one metadata fetch, redirects and body included.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)}),
	}
	reg.MustRegister(m.Attempts, m.Seconds)
	return m
}
