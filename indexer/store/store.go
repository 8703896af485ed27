// Package store is the indexer's PostgreSQL side: it writes each batch of logs — the raw
// events, the projections they drive and the cursor — in one transaction, keeps undo
// records for the unfinalized window so that a reorg can be rolled back, and holds the
// advisory lock that makes one indexer the writer.
package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/projection"
)

var (
	// ErrNoState means the indexer has not started on this chain yet.
	ErrNoState = errors.New("no indexer state for this chain")
	// ErrNotContiguous means a batch does not start right after the cursor.
	ErrNotContiguous = errors.New("batch does not continue from the cursor")
)

// State is the indexer's cursor for one chain.
type State struct {
	ChainID        uint64
	StartBlock     uint64
	IndexedBlock   int64 // StartBlock-1 before the first batch
	IndexedHash    *common.Hash
	HeadBlock      uint64
	FinalizedBlock uint64
	Status         Status
}

// The indexer's states (indexer_state.state), which the API reports and /readyz reads.
const (
	Backfilling = "backfilling" // final blocks are still to be indexed
	Following   = "following"   // at the unfinalized window, block by block
	Diverged    = "diverged"    // a reorg deeper than the finality depth: the rows no longer match the chain
	Stopped     = "stopped"     // shut down, or never started
)

// Status is what the indexer says it is doing.
type Status struct {
	State string // Backfilling, Following, Diverged or Stopped
	// DivergedBlock is, when Diverged, the first block after the common ancestor of the
	// indexed branch and the chain's.
	DivergedBlock *uint64
	Error         string // what stopped the indexer, when Diverged or Stopped by a fatal error
}

// Store writes batches for one chain. It keeps the projection rows that recent batches
// wrote, so that the next batches need not look them up; it must therefore be the only
// writer of its chain's projections while it writes (the writer lock), and it forgets
// them at every rollback and failed batch and on [Store.ResetCache].
type Store struct {
	pool    *pgxpool.Pool
	chainID uint64

	mu      sync.Mutex // serialises the batches' use of the cache
	cache   *projection.Cache
	cacheAt int64 // the cursor block the cache reflects; noCache when empty
}

// noCache is Store.cacheAt when the cache reflects no block.
const noCache = math.MinInt64

// New returns a Store writing rows of chainID through pool.
func New(pool *pgxpool.Pool, chainID uint64) *Store {
	return &Store{pool: pool, chainID: chainID, cache: projection.NewCache(), cacheAt: noCache}
}

// Init creates the cursor at startBlock when the chain has none, and returns the cursor.
func (s *Store) Init(ctx context.Context, startBlock uint64) (State, error) {
	const q = `
		INSERT INTO indexer_state (chain_id, start_block, indexed_block)
		VALUES ($1, $2::bigint, $2::bigint - 1)
		ON CONFLICT (chain_id) DO NOTHING`
	if _, err := s.pool.Exec(ctx, q, s.chainID, startBlock); err != nil {
		return State{}, fmt.Errorf("creating the cursor: %w", err)
	}
	return s.State(ctx)
}

// State reads the cursor.
func (s *Store) State(ctx context.Context) (State, error) {
	return readState(ctx, s.pool, s.chainID)
}

func readState(ctx context.Context, q querier, chainID uint64) (State, error) {
	const sql = `
		SELECT chain_id, start_block, indexed_block, indexed_hash, head_block, finalized_block,
			state, diverged_block, coalesce(error, '')
		FROM indexer_state WHERE chain_id = $1`
	var st State
	var hash []byte
	err := q.QueryRow(ctx, sql, chainID).Scan(&st.ChainID, &st.StartBlock, &st.IndexedBlock, &hash, &st.HeadBlock, &st.FinalizedBlock,
		&st.Status.State, &st.Status.DivergedBlock, &st.Status.Error)
	if errors.Is(err, pgx.ErrNoRows) {
		return State{}, ErrNoState
	}
	if err != nil {
		return State{}, fmt.Errorf("reading the cursor: %w", err)
	}
	if hash != nil {
		h := common.BytesToHash(hash)
		st.IndexedHash = &h
	}
	return st, nil
}

// SetHead records the chain head and the finalized block seen by the indexer, for the
// API's status and lag, and its state (Backfilling or Following, which clear an earlier
// Stopped and its error); it does not move the cursor. It leaves a Diverged row as it
// is (see SetStatus).
func (s *Store) SetHead(ctx context.Context, head, finalized uint64, state string) error {
	const q = `
		UPDATE indexer_state SET head_block = $2, finalized_block = GREATEST(finalized_block, $3),
			state = $4, diverged_block = NULL, error = NULL, updated_at = now()
		WHERE chain_id = $1 AND state <> 'diverged'`
	if _, err := s.pool.Exec(ctx, q, s.chainID, head, finalized, state); err != nil {
		return fmt.Errorf("recording the head: %w", err)
	}
	return nil
}

// SetStatus records the indexer's status. Diverged is final: no other status replaces
// it, since only rebuilding the database (a fresh cursor) makes the rows match the chain
// again.
func (s *Store) SetStatus(ctx context.Context, st Status) error {
	var errText *string
	if st.Error != "" {
		errText = &st.Error
	}
	const q = `
		UPDATE indexer_state SET state = $2, diverged_block = $3, error = $4, updated_at = now()
		WHERE chain_id = $1 AND (state <> 'diverged' OR $2 = 'diverged')`
	if _, err := s.pool.Exec(ctx, q, s.chainID, st.State, st.DivergedBlock, errText); err != nil {
		return fmt.Errorf("recording the indexer's state %s: %w", st.State, err)
	}
	return nil
}

// KnownHash returns the highest (or, with highest false, the lowest) block in [from, to]
// whose hash the store still knows — from a kept header, the parent hash of one, or an
// event row — and that hash; false when it knows none. Below the unfinalized window the
// event rows are what is left of the indexed branch.
func (s *Store) KnownHash(ctx context.Context, from, to uint64, highest bool) (uint64, common.Hash, bool, error) {
	order := "ASC"
	if highest {
		order = "DESC"
	}
	q := fmt.Sprintf(`
		SELECT n, h FROM (
			(SELECT block_number AS n, block_hash AS h FROM events
				WHERE chain_id = $1 AND block_number BETWEEN $2::bigint AND $3::bigint ORDER BY block_number %[1]s LIMIT 1)
			UNION ALL
			(SELECT number, hash FROM blocks
				WHERE chain_id = $1 AND number BETWEEN $2::bigint AND $3::bigint ORDER BY number %[1]s LIMIT 1)
			UNION ALL
			(SELECT number - 1, parent_hash FROM blocks
				WHERE chain_id = $1 AND number BETWEEN $2::bigint + 1 AND $3::bigint + 1 ORDER BY number %[1]s LIMIT 1)
		) known ORDER BY n %[1]s LIMIT 1`, order)
	var n int64
	var hash []byte
	err := s.pool.QueryRow(ctx, q, s.chainID, int64(from), int64(to)).Scan(&n, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, common.Hash{}, false, nil
	}
	if err != nil {
		return 0, common.Hash{}, false, fmt.Errorf("reading a known hash in blocks %d..%d: %w", from, to, err)
	}
	return uint64(n), common.BytesToHash(hash), true, nil
}

// BlockHash returns the stored hash of block number, or false when the block is not in
// the kept window.
func (s *Store) BlockHash(ctx context.Context, number uint64) (common.Hash, bool, error) {
	var hash []byte
	err := s.pool.QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND number = $2`, s.chainID, number).Scan(&hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("reading block %d: %w", number, err)
	}
	return common.BytesToHash(hash), true, nil
}

// ParentHash returns the stored parent hash of block number, or false when the block is
// not in the kept window.
func (s *Store) ParentHash(ctx context.Context, number uint64) (common.Hash, bool, error) {
	var hash []byte
	err := s.pool.QueryRow(ctx, `SELECT parent_hash FROM blocks WHERE chain_id = $1 AND number = $2`, s.chainID, number).Scan(&hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("reading block %d: %w", number, err)
	}
	return common.BytesToHash(hash), true, nil
}

// querier is what pgxpool.Pool, pgx.Conn and pgx.Tx have in common.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Splits returns the splits the SplitFactory created, as committed: each address with
// the block of its creation. It is the indexer's set of followed children, which the
// batches that create splits write (table splits) and a rollback unwinds with them.
func (s *Store) Splits(ctx context.Context) (map[common.Address]uint64, error) {
	rows, err := s.pool.Query(ctx, `SELECT address, block_number FROM splits WHERE chain_id = $1`, s.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading the splits: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]uint64{}
	for rows.Next() {
		var addr []byte
		var block int64
		if err := rows.Scan(&addr, &block); err != nil {
			return nil, fmt.Errorf("reading the splits: %w", err)
		}
		out[common.BytesToAddress(addr)] = uint64(block)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the splits: %w", err)
	}
	return out, nil
}
