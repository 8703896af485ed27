// Package store is the indexer's PostgreSQL side: it writes each batch of logs — the raw
// events, the projections they drive and the cursor — in one transaction, keeps undo
// records for the unfinalized window so that a reorg can be rolled back, and holds the
// advisory lock that makes one indexer the writer.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
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
}

// Store writes batches for one chain.
type Store struct {
	pool    *pgxpool.Pool
	chainID uint64
}

// New returns a Store writing rows of chainID through pool.
func New(pool *pgxpool.Pool, chainID uint64) *Store {
	return &Store{pool: pool, chainID: chainID}
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
		SELECT chain_id, start_block, indexed_block, indexed_hash, head_block, finalized_block
		FROM indexer_state WHERE chain_id = $1`
	var st State
	var hash []byte
	err := q.QueryRow(ctx, sql, chainID).Scan(&st.ChainID, &st.StartBlock, &st.IndexedBlock, &hash, &st.HeadBlock, &st.FinalizedBlock)
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
// API's status and lag; it does not move the cursor.
func (s *Store) SetHead(ctx context.Context, head, finalized uint64) error {
	const q = `UPDATE indexer_state SET head_block = $2, finalized_block = GREATEST(finalized_block, $3), updated_at = now() WHERE chain_id = $1`
	if _, err := s.pool.Exec(ctx, q, s.chainID, head, finalized); err != nil {
		return fmt.Errorf("recording the head: %w", err)
	}
	return nil
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
