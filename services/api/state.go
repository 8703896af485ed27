package api

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
)

// chainState is the indexer's cursor as the API last read it.
type chainState struct {
	known      bool // false until indexer_state has a row for the chain
	indexed    int64
	head       int64
	finalized  int64
	latestTime uint64 // time of the indexed block (or of the latest indexed event)
	// what the indexer says it is doing (migration 000006); state is "stopped" until
	// it has a row
	state     string
	diverged  pgtype.Int8 // the first block after the common ancestor, when state is diverged
	err       pgtype.Text // what stopped the indexer
	updatedAt pgtype.Int8 // unix seconds of the indexer's last write to its row
}

// stateWatcher keeps the indexer's cursor in memory, so that each request needs no
// query for X-Indexed-Block and min_block waits wake the moment a batch commits: the
// indexer_state trigger sends a NOTIFY at commit (migration 000002), and a poll every
// pollEvery covers a lost connection or an older writer.
type stateWatcher struct {
	pool       *pgxpool.Pool
	chainID    int64
	startBlock int64
	pollEvery  time.Duration
	logger     *slog.Logger

	mu      sync.Mutex
	cur     chainState
	healthy bool          // the last read succeeded
	changed chan struct{} // closed and replaced whenever cur changes
}

const notifyChannel = "sharechain_indexed"

func newStateWatcher(pool *pgxpool.Pool, chainID, startBlock int64, logger *slog.Logger) *stateWatcher {
	return &stateWatcher{
		pool: pool, chainID: chainID, startBlock: startBlock, pollEvery: time.Second, logger: logger,
		cur:     chainState{indexed: startBlock - 1, state: "stopped"},
		changed: make(chan struct{}),
	}
}

// get returns the current state, whether the database answered the last read, and a
// channel closed at the next change.
func (w *stateWatcher) get() (chainState, bool, <-chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.cur, w.healthy, w.changed
}

func (w *stateWatcher) set(s chainState, healthy bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.healthy = healthy
	if s != w.cur {
		w.cur = s
		close(w.changed)
		w.changed = make(chan struct{})
	}
}

// refresh reads the cursor once.
func (w *stateWatcher) refresh(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) error {
	const sql = `SELECT s.indexed_block, s.head_block, s.finalized_block,
		coalesce((SELECT b.time FROM blocks b WHERE b.chain_id = s.chain_id AND b.number = s.indexed_block),
			(SELECT e.block_time FROM events e WHERE e.chain_id = s.chain_id AND e.block_number <= s.indexed_block
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), 0),
		s.state, s.diverged_block, s.error, extract(epoch FROM s.updated_at)::bigint
	FROM indexer_state s WHERE s.chain_id = $1`
	s := chainState{known: true}
	err := q.QueryRow(ctx, sql, w.chainID).Scan(&s.indexed, &s.head, &s.finalized, &s.latestTime,
		&s.state, &s.diverged, &s.err, &s.updatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		w.set(chainState{indexed: w.startBlock - 1, state: "stopped"}, true)
		return nil
	}
	if err != nil {
		w.mu.Lock()
		w.healthy = false
		w.mu.Unlock()
		return err
	}
	w.set(s, true)
	return nil
}

// run listens for commits until ctx ends, reconnecting with backoff.
func (w *stateWatcher) run(ctx context.Context) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := w.listen(ctx)
		if ctx.Err() != nil {
			return
		}
		w.mu.Lock()
		w.healthy = false
		w.mu.Unlock()
		w.logger.WarnContext(ctx, "watching the indexer's cursor", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

func (w *stateWatcher) listen(ctx context.Context) error {
	pooled, err := w.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// the connection carries a LISTEN: it leaves the pool for good
	conn := pooled.Hijack()
	defer conn.Close(context.WithoutCancel(ctx)) //nolint:errcheck // closing a connection we are done with
	if _, err := conn.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		return err
	}
	if err := w.refresh(ctx, conn); err != nil {
		return err
	}
	for {
		wctx, cancel := context.WithTimeout(ctx, w.pollEvery)
		_, err := conn.WaitForNotification(wctx)
		cancel()
		if err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		// a notification or the poll interval: read the cursor (several NOTIFYs that
		// queued meanwhile are all answered by this one read)
		if err := w.refresh(ctx, conn); err != nil {
			return err
		}
	}
}

// waitFor waits up to d for block to be indexed and reports the state it saw last and
// whether block is indexed in it.
func (w *stateWatcher) waitFor(ctx context.Context, block int64, d time.Duration) (chainState, bool) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		s, _, changed := w.get()
		if s.indexed >= block {
			return s, true
		}
		select {
		case <-changed:
		case <-timer.C:
			return s, false
		case <-ctx.Done():
			return s, false
		}
	}
}

// nullInt is v, or nil (JSON null) when it is NULL.
func nullInt(v pgtype.Int8) *int64 {
	if !v.Valid {
		return nil
	}
	return &v.Int64
}

// nullText is v, or nil (JSON null) when it is NULL.
func nullText(v pgtype.Text) *string {
	if !v.Valid {
		return nil
	}
	return &v.String
}
