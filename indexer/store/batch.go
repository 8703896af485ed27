package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/decode"
	"sharechain/internal/projection"
)

// Log is one log with its decoding.
type Log = decode.Log

// Header is a block header of the unfinalized window.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}

// Batch is the unit of work committed at once: every log of blocks From..To.
type Batch struct {
	From, To uint64
	ToHash   common.Hash // the hash of block To, recorded with the cursor; zero when unknown
	Logs     []Log       // in chain order
	// Headers of From..To when the batch reaches into the unfinalized window; they are
	// kept to detect reorgs, and the projections' pre-images are kept to undo them.
	Headers []Header
	// Finalized is the chain's finalized block: batches entirely at or below it keep no
	// undo records, and what lies below it is pruned.
	Finalized uint64
}

func (b *Batch) unfinalized() bool { return b.To > b.Finalized }

// Apply commits b in one transaction: its events, the projections they drive, the
// undo records and block headers of the unfinalized window, and the cursor. A batch
// either lands whole or not at all, so a crash at any instant loses and duplicates
// nothing. b must continue the cursor (From = indexed + 1).
func (s *Store) Apply(ctx context.Context, b *Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var proj *projection.Batch
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		cursor, err := s.lockCursor(ctx, tx, b)
		if err != nil {
			return err
		}
		if err := s.copyBatchEvents(ctx, tx, b); err != nil {
			return err
		}
		proj, err = s.project(ctx, tx, b, cursor)
		return err
	})
	s.committed(b, proj, err)
	return err
}

// Pending is a batch whose transaction is open on a connection of its own, with its
// events copied but not its projections or the cursor: [Store.Begin] makes it and
// [Store.Commit] or [Pending.Abort] ends it.
type Pending struct {
	b    *Batch
	conn *pgxpool.Conn
	tx   pgx.Tx
}

// Begin opens b's transaction on a connection of its own and copies b's events, so that
// a backfill can copy one batch's events while the batch before it projects and
// commits on another connection. Nothing of b is visible to others until
// [Store.Commit], which checks that b continues the cursor as it then is and writes the
// rest of b in the same transaction; a crash before then leaves nothing of b.
func (s *Store) Begin(ctx context.Context, b *Batch) (*Pending, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("acquiring a connection for blocks %d..%d: %w", b.From, b.To, err)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		conn.Release()
		return nil, fmt.Errorf("beginning blocks %d..%d: %w", b.From, b.To, err)
	}
	p := &Pending{b: b, conn: conn, tx: tx}
	if err := s.copyBatchEvents(ctx, tx, b); err != nil {
		p.Abort(ctx)
		return nil, err
	}
	return p, nil
}

// Commit finishes p and commits it: it locks the cursor and checks that p's batch
// continues it, then writes the projections, the undo records, the headers and the
// cursor in p's transaction. p is ended either way.
func (s *Store) Commit(ctx context.Context, p *Pending) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer p.Abort(ctx) // after a commit only returns the connection
	var proj *projection.Batch
	defer func() { s.committed(p.b, proj, err) }()
	cursor, err := s.lockCursor(ctx, p.tx, p.b)
	if err != nil {
		return err
	}
	if proj, err = s.project(ctx, p.tx, p.b, cursor); err != nil {
		return err
	}
	if err := p.tx.Commit(ctx); err != nil {
		return fmt.Errorf("committing blocks %d..%d: %w", p.b.From, p.b.To, err)
	}
	return nil
}

// Abort rolls p back, when it is still open, and returns its connection.
func (p *Pending) Abort(ctx context.Context) {
	if p.conn == nil {
		return
	}
	// a failed rollback leaves the connection broken: pgx then closes it
	_ = p.tx.Rollback(context.WithoutCancel(ctx))
	p.conn.Release()
	p.conn = nil
}

// lockCursor locks the cursor row for the rest of tx, checks that b continues it and
// returns its block.
func (s *Store) lockCursor(ctx context.Context, tx pgx.Tx, b *Batch) (int64, error) {
	st, err := lockState(ctx, tx, s.chainID)
	if err != nil {
		return 0, err
	}
	if st.IndexedBlock+1 != int64(b.From) || b.To < b.From {
		return 0, fmt.Errorf("batch %d..%d after block %d: %w", b.From, b.To, st.IndexedBlock, ErrNotContiguous)
	}
	return st.IndexedBlock, nil
}

// committed updates the row cache after b's transaction ended with err: the rows of
// proj, which committed, join it; after a failure it is emptied, since the rows it
// lent the batch may hold changes that never committed.
func (s *Store) committed(b *Batch, proj *projection.Batch, err error) {
	if err != nil || proj == nil {
		s.resetCache()
		return
	}
	proj.Keep()
	s.cacheAt = int64(b.To)
}

// resetCache empties the row cache; s.mu is held.
func (s *Store) resetCache() {
	s.cache.Reset()
	s.cacheAt = noCache
}

// ResetCache empties the cache of projection rows the writer keeps across batches. The
// indexer calls it when it becomes the writer: another writer may have changed the rows
// since.
func (s *Store) ResetCache() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resetCache()
}

// copyBatchEvents copies b's events in tx, the first write of b's transaction.
func (s *Store) copyBatchEvents(ctx context.Context, tx pgx.Tx, b *Batch) error {
	if !b.unfinalized() {
		// A batch of final blocks does not wait for its WAL to reach disk. Exactly
		// once still holds: events, projections and cursor commit atomically either
		// way, and a database crash can only lose the last commits (up to three
		// wal_writer_delay), which the indexer redoes from the cursor it finds. The
		// unfinalized window stays durable: the API may have answered for it.
		if _, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
			return fmt.Errorf("relaxing the commit: %w", err)
		}
	}
	return s.copyEvents(ctx, tx, b)
}

// project writes, in tx after b's events, the projections b drives, the undo records
// and headers of the unfinalized window, and the cursor; tx holds the cursor's lock, at
// block cursor. It returns the projections' batch, whose rows join the row cache once
// tx commits. The cache is used only when it reflects the cursor: a cursor that moved
// otherwise means the tables changed behind it.
func (s *Store) project(ctx context.Context, tx pgx.Tx, b *Batch, cursor int64) (*projection.Batch, error) {
	proj, err := projection.Default()
	if err != nil {
		return nil, fmt.Errorf("building the projections: %w", err)
	}
	if s.cacheAt != cursor {
		s.resetCache()
	}
	p := proj.Begin(ctx, tx, s.chainID, s.cache)
	if err := p.Prefetch(b.Logs); err != nil {
		return nil, err
	}
	for i := range b.Logs {
		if err := p.Apply(&b.Logs[i]); err != nil {
			return nil, fmt.Errorf("projecting log %d of block %d: %w", b.Logs[i].Index, b.Logs[i].BlockNumber, err)
		}
	}
	if err := p.Save(b.unfinalized(), b.From, b.To); err != nil {
		return nil, err
	}
	if err := s.saveHeaders(ctx, tx, b.Headers); err != nil {
		return nil, err
	}
	if err := s.prune(ctx, tx, b.Finalized); err != nil {
		return nil, err
	}
	var hash []byte // unknown (NULL) for finalized batches: no reorg reaches them
	if b.ToHash != (common.Hash{}) {
		hash = b.ToHash.Bytes()
	}
	const q = `UPDATE indexer_state SET indexed_block = $2, indexed_hash = $3, updated_at = now() WHERE chain_id = $1`
	if _, err := tx.Exec(ctx, q, s.chainID, b.To, hash); err != nil {
		return nil, fmt.Errorf("moving the cursor: %w", err)
	}
	return p, nil
}

func lockState(ctx context.Context, tx pgx.Tx, chainID uint64) (State, error) {
	var st State
	err := tx.QueryRow(ctx, `SELECT start_block, indexed_block FROM indexer_state WHERE chain_id = $1 FOR UPDATE`, chainID).
		Scan(&st.StartBlock, &st.IndexedBlock)
	if errors.Is(err, pgx.ErrNoRows) {
		return State{}, ErrNoState
	}
	if err != nil {
		return State{}, fmt.Errorf("locking the cursor: %w", err)
	}
	st.ChainID = chainID
	return st, nil
}

var eventColumns = []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index",
	"address", "contract", "name", "args", "refs", "topics", "data"}

func (s *Store) copyEvents(ctx context.Context, tx pgx.Tx, b *Batch) error {
	if len(b.Logs) == 0 {
		return nil
	}
	n, err := copyEncoded(ctx, tx, "events", eventColumns, newEventStream(s.chainID, b.Logs))
	if err != nil {
		return fmt.Errorf("copying %d events: %w", len(b.Logs), err)
	}
	if n != int64(len(b.Logs)) {
		return fmt.Errorf("copying %d events: %d rows copied", len(b.Logs), n)
	}
	return nil
}

func (s *Store) saveHeaders(ctx context.Context, tx pgx.Tx, headers []Header) error {
	if len(headers) == 0 {
		return nil
	}
	rows := make([][]any, len(headers))
	for i, h := range headers {
		rows[i] = []any{s.chainID, h.Number, h.Hash.Bytes(), h.ParentHash.Bytes(), h.Time}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"blocks"}, []string{"chain_id", "number", "hash", "parent_hash", "time"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("saving %d headers: %w", len(headers), err)
	}
	return nil
}

// prune drops what no rollback can need: headers below the finalized block (the
// finalized one stays as the anchor) and the undo records of batches that ended at or
// below it.
func (s *Store) prune(ctx context.Context, tx pgx.Tx, finalized uint64) error {
	if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number < $2`, s.chainID, finalized); err != nil {
		return fmt.Errorf("pruning headers: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM undo_log WHERE chain_id = $1 AND batch_to <= $2`, s.chainID, finalized); err != nil {
		return fmt.Errorf("pruning undo records: %w", err)
	}
	return nil
}

// Rollback unwinds every batch that reaches past block to: it replays their undo records
// backwards, deletes their events and headers, and moves the cursor back. A batch that
// straddles to is unwound whole, so the cursor may land below to; Rollback returns
// where it landed, and the caller re-indexes from there.
func (s *Store) Rollback(ctx context.Context, to uint64) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resetCache() // the cached rows are those of the blocks undone
	var landed uint64
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		st, err := lockState(ctx, tx, s.chainID)
		if err != nil {
			return err
		}
		landed = to
		if st.IndexedBlock < int64(to) {
			landed = uint64(max(st.IndexedBlock, 0))
		}
		var earliest *int64
		if err := tx.QueryRow(ctx, `SELECT min(batch_from) FROM undo_log WHERE chain_id = $1 AND batch_to > $2`, s.chainID, to).Scan(&earliest); err != nil {
			return fmt.Errorf("finding batches to undo: %w", err)
		}
		if earliest != nil && uint64(*earliest) <= landed {
			landed = uint64(*earliest) - 1
		}
		if err := undo(ctx, tx, s.chainID, landed); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM events WHERE chain_id = $1 AND block_number > $2`, s.chainID, landed); err != nil {
			return fmt.Errorf("deleting events: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number > $2`, s.chainID, landed); err != nil {
			return fmt.Errorf("deleting headers: %w", err)
		}
		var hash []byte
		err = tx.QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND number = $2`, s.chainID, landed).Scan(&hash)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("reading block %d: %w", landed, err)
		}
		const q = `UPDATE indexer_state SET indexed_block = $2, indexed_hash = $3, updated_at = now() WHERE chain_id = $1`
		if _, err := tx.Exec(ctx, q, s.chainID, int64(landed), hash); err != nil {
			return fmt.Errorf("moving the cursor back: %w", err)
		}
		return nil
	})
	return landed, err
}

// undo replays, newest first, the undo records of chainID's batches that start after
// block to.
func undo(ctx context.Context, tx pgx.Tx, chainID, to uint64) error {
	const q = `SELECT table_name, key::text, old_row::text FROM undo_log WHERE chain_id = $1 AND batch_from > $2 ORDER BY seq DESC`
	rows, err := tx.Query(ctx, q, chainID, to)
	if err != nil {
		return fmt.Errorf("reading undo records: %w", err)
	}
	type record struct {
		table, key string
		old        *string
	}
	var records []record
	for rows.Next() {
		var r record
		if err := rows.Scan(&r.table, &r.key, &r.old); err != nil {
			rows.Close()
			return fmt.Errorf("reading undo records: %w", err)
		}
		records = append(records, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading undo records: %w", err)
	}
	tables := projection.Tables()
	for _, r := range records {
		if !slices.Contains(tables, r.table) {
			return fmt.Errorf("undo record for unknown table %q", r.table)
		}
		// the key object holds exactly the primary key columns of the row
		var key map[string]json.RawMessage
		if err := json.Unmarshal([]byte(r.key), &key); err != nil {
			return fmt.Errorf("undo record of %s: reading key %s: %w", r.table, r.key, err)
		}
		conds := make([]string, 0, len(key))
		for c := range key {
			col := pgx.Identifier{c}.Sanitize()
			conds = append(conds, "t."+col+" = k."+col)
		}
		slices.Sort(conds)
		t := pgx.Identifier{r.table}.Sanitize()
		del := fmt.Sprintf(`DELETE FROM %s t USING jsonb_populate_record(NULL::%s, $1::jsonb) k WHERE %s`, t, t, strings.Join(conds, " AND "))
		if _, err := tx.Exec(ctx, del, r.key); err != nil {
			return fmt.Errorf("undoing %s %s: %w", r.table, r.key, err)
		}
		if r.old != nil {
			ins := fmt.Sprintf(`INSERT INTO %s SELECT * FROM jsonb_populate_record(NULL::%s, $1::jsonb)`, t, t)
			if _, err := tx.Exec(ctx, ins, *r.old); err != nil {
				return fmt.Errorf("restoring %s %s: %w", r.table, r.key, err)
			}
		}
	}
	if _, err := tx.Exec(ctx, `DELETE FROM undo_log WHERE chain_id = $1 AND batch_from > $2`, chainID, to); err != nil {
		return fmt.Errorf("dropping undo records: %w", err)
	}
	return nil
}
