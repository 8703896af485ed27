BEGIN;

COMMENT ON COLUMN indexer_state.updated_at IS NULL;
ALTER TABLE indexer_state
    DROP CONSTRAINT indexer_state_error,
    DROP CONSTRAINT indexer_state_diverged_block,
    DROP COLUMN error,
    DROP COLUMN diverged_block,
    DROP COLUMN state;

COMMIT;
