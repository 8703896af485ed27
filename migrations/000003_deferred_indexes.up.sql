BEGIN;

-- A cold backfill writes millions of event rows. Keeping the API's read indexes of
-- events up to date row by row costs more than building them once at the end, so the
-- indexer drops them for the rest of a long backfill and builds them again before it
-- follows the head. What it dropped is written here, in the transaction that drops it,
-- so an indexer killed in between rebuilds them when it comes back.
CREATE TABLE indexer_deferred_indexes (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    comment    TEXT,
    deferred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE indexer_deferred_indexes IS 'Read indexes of events the indexer dropped during a long backfill and rebuilds at its end: name, CREATE INDEX statement (pg_get_indexdef) and comment.';

COMMIT;
