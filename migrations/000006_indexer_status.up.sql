BEGIN;

-- What the indexer is doing, for the API's /v1/status and /readyz (INTERFACE.md §5). A
-- reorg deeper than the finality depth leaves rows of a branch the chain no longer has
-- below the finalized block, where no undo record exists: the indexer then stops and
-- says so here, and every later start refuses until the database is rebuilt, so that
-- /readyz stays 503 instead of serving the orphaned branch as healthy.
ALTER TABLE indexer_state
    ADD COLUMN state TEXT NOT NULL DEFAULT 'stopped'
        CHECK (state IN ('backfilling', 'following', 'diverged', 'stopped')),
    ADD COLUMN diverged_block BIGINT CHECK (diverged_block >= 0),
    ADD COLUMN error TEXT,
    ADD CONSTRAINT indexer_state_diverged_block CHECK ((state = 'diverged') = (diverged_block IS NOT NULL)),
    ADD CONSTRAINT indexer_state_error CHECK (error IS NULL OR state IN ('diverged', 'stopped'));

COMMENT ON COLUMN indexer_state.state IS 'backfilling (final blocks still to index), following (at the unfinalized window), diverged (a reorg deeper than the finality depth: the rows no longer match the chain; only a rebuild clears it), stopped (shut down, or never started by a binary that writes this column).';
COMMENT ON COLUMN indexer_state.diverged_block IS 'With state diverged: the first block after the common ancestor of the indexed branch and the chain''s; rows from it on belong to a branch the chain no longer has.';
COMMENT ON COLUMN indexer_state.error IS 'What stopped the indexer (state diverged, or stopped by a fatal error); NULL after a clean shutdown and while it runs.';
COMMENT ON COLUMN indexer_state.updated_at IS 'The indexer''s last write to this row: its state, the head it saw (every few seconds while it runs) or the cursor. An old value under backfilling or following means the process died without a clean shutdown.';

COMMIT;
