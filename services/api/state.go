package api

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
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
	// indexedHash is the hash of the indexed block (empty when the indexer did not record
	// one: a batch of final blocks). A reorg that rolls back and re-indexes up to the same
	// block number changes it, so such a commit still reads as a change and wakes event
	// streams, even when the rollback and the new branch commit between two reads.
	indexedHash string
}

// stateWatcher keeps the indexer's cursor in memory, so that each request needs no
// query for X-Indexed-Block and min_block waits wake the moment a batch commits: the
// indexer_state trigger sends a NOTIFY at commit (migration 000002), and a poll every
// pollEvery covers a lost connection or an older writer. On a hot standby, which gets
// no NOTIFY, it follows the WAL replay instead (followReplay): the cursor it holds is
// always the standby's own replayed one.
type stateWatcher struct {
	pool       *pgxpool.Pool
	chainID    int64
	startBlock int64
	pollEvery  time.Duration // a cursor read while LISTENing, covering a lost NOTIFY
	// replayEvery is how often a watcher on a hot standby checks the replay position
	// while a request waits on it (a min_block wait, an event stream); with none, it
	// checks every pollEvery
	replayEvery time.Duration
	logger      *slog.Logger
	// replayChecks counts the replay position reads on a standby
	replayChecks prometheus.Counter

	waiters atomic.Int64  // requests waiting for the next change (watch)
	arrived chan struct{} // signalled when the first of them arrives

	mu      sync.Mutex
	cur     chainState
	down    bool          // the last read failed: PostgreSQL is unreachable
	changed chan struct{} // closed and replaced whenever cur or down changes

	stopped  chan struct{} // closed when run returns: nothing wakes waiters any more
	stopOnce sync.Once
}

const notifyChannel = "sharechain_indexed"

func newStateWatcher(pool *pgxpool.Pool, chainID, startBlock int64, logger *slog.Logger, replayChecks prometheus.Counter) *stateWatcher {
	return &stateWatcher{
		pool: pool, chainID: chainID, startBlock: startBlock, pollEvery: time.Second, replayEvery: 10 * time.Millisecond, logger: logger,
		replayChecks: replayChecks,
		cur:          chainState{indexed: startBlock - 1, state: "stopped"},
		changed:      make(chan struct{}),
		stopped:      make(chan struct{}),
		arrived:      make(chan struct{}, 1),
	}
}

// watch records a request that waits for the cursor to move, until the function it
// returns is called: a watcher on a hot standby checks the replay position every
// replayEvery only while some request waits, and at once when the first one arrives.
func (w *stateWatcher) watch() (done func()) {
	if w.waiters.Add(1) == 1 {
		select {
		case w.arrived <- struct{}{}:
		default:
		}
	}
	return func() { w.waiters.Add(-1) }
}

// get returns the current state, whether the last read failed (the database is
// down), and a channel closed at the next change.
func (w *stateWatcher) get() (chainState, bool, <-chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.cur, w.down, w.changed
}

// set records a successful read.
func (w *stateWatcher) set(s chainState) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.down = false
	if s != w.cur {
		w.cur = s
		w.wake()
	}
}

// lost records a failed read: min_block waits wake to answer that the database is
// unavailable rather than wait for a block nothing can index meanwhile.
func (w *stateWatcher) lost() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.down {
		w.down = true
		w.wake()
	}
}

func (w *stateWatcher) wake() {
	close(w.changed)
	w.changed = make(chan struct{})
}

// refresh reads the cursor once.
func (w *stateWatcher) refresh(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) error {
	const sql = `SELECT s.indexed_block, coalesce(s.indexed_hash, ''), s.head_block, s.finalized_block,
		coalesce((SELECT b.time FROM blocks b WHERE b.chain_id = s.chain_id AND b.number = s.indexed_block),
			(SELECT e.block_time FROM events e WHERE e.chain_id = s.chain_id AND e.block_number <= s.indexed_block
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), 0),
		s.state, s.diverged_block, s.error, extract(epoch FROM s.updated_at)::bigint
	FROM indexer_state s WHERE s.chain_id = $1`
	s := chainState{known: true}
	var hash []byte
	err := q.QueryRow(ctx, sql, w.chainID).Scan(&s.indexed, &hash, &s.head, &s.finalized, &s.latestTime,
		&s.state, &s.diverged, &s.err, &s.updatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		w.set(chainState{indexed: w.startBlock - 1, state: "stopped"})
		return nil
	}
	if err != nil {
		w.lost()
		return err
	}
	s.indexedHash = string(hash)
	w.set(s)
	return nil
}

// run listens for commits until ctx ends, reconnecting with backoff.
func (w *stateWatcher) run(ctx context.Context) {
	defer w.stopOnce.Do(func() { close(w.stopped) })
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := w.listen(ctx)
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, errPromoted) {
			w.logger.InfoContext(ctx, err.Error())
			backoff = 100 * time.Millisecond
			continue
		}
		w.lost()
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
	var standby bool
	if err := conn.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&standby); err != nil {
		return err
	}
	if standby {
		return w.followReplay(ctx, conn)
	}
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

// followReplay watches the cursor on a hot standby, which refuses LISTEN and receives no
// NOTIFY: it reads how far the standby has replayed the primary's WAL
// (pg_last_wal_replay_lsn, no table read) and re-reads the cursor only when replay moved.
// While a request waits (watch) it reads every replayEvery — one cheap query per interval
// for the whole process, however many requests wait, and a commit replayed on the standby
// wakes its waiters within one interval; with none waiting, every pollEvery, so an idle
// API costs the standby almost nothing and X-Indexed-Block trails replay by at most that
// (it can only under-state what a response holds). It returns errPromoted when the
// standby is promoted, so that run reconnects and LISTENs.
func (w *stateWatcher) followReplay(ctx context.Context, conn *pgx.Conn) error {
	w.logger.InfoContext(ctx, "the database is a hot standby: following its WAL replay", "every", w.replayEvery, "idle_every", w.pollEvery)
	if err := w.refresh(ctx, conn); err != nil {
		return err
	}
	var last pgtype.Text
	timer := time.NewTimer(w.replayEvery)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
		case <-w.arrived:
			timer.Stop()
		}
		if w.waiters.Load() > 0 {
			timer.Reset(w.replayEvery)
		} else {
			timer.Reset(w.pollEvery)
		}
		w.replayChecks.Inc()
		var standby bool
		var lsn pgtype.Text
		if err := conn.QueryRow(ctx, "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text").Scan(&standby, &lsn); err != nil {
			return err
		}
		if !standby {
			return errPromoted
		}
		if lsn == last {
			continue
		}
		last = lsn
		if err := w.refresh(ctx, conn); err != nil {
			return err
		}
	}
}

// errPromoted ends followReplay when the standby it follows becomes a primary.
var errPromoted = errors.New("the standby was promoted: listening for the indexer's commits instead")

// done is closed once run has returned (the server is shutting down): event streams,
// which only move when the watcher wakes them, end then.
func (w *stateWatcher) done() <-chan struct{} { return w.stopped }

// waitFor waits up to d for block to be indexed and reports the state it saw last,
// whether block is indexed in it, and, when not, whether the database was down at the
// end. The database going down ends the wait at once: nothing gets indexed while it is
// unreachable. A wait that starts while it is down waits for it to come back.
func (w *stateWatcher) waitFor(ctx context.Context, block int64, d time.Duration) (s chainState, indexed, down bool) {
	if s, _, _ := w.get(); s.indexed >= block {
		return s, true, false
	}
	defer w.watch()()
	timer := time.NewTimer(d)
	defer timer.Stop()
	_, wasDown, _ := w.get()
	for {
		s, down, changed := w.get()
		if s.indexed >= block {
			return s, true, false
		}
		if down && !wasDown {
			return s, false, true
		}
		wasDown = down
		select {
		case <-changed:
		case <-timer.C:
			return s, false, down
		case <-ctx.Done():
			return s, false, down
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
