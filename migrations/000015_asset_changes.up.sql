BEGIN;

-- The metadata worker (indexer/metadata) reads the assets changed since its last scan in
-- (updated_block, token_id) order, a page at a time from where it stopped. Without this
-- index every page was a scan of the whole table, and a backfill registering N assets made
-- N/32 such scans: quadratic in the assets. The indexer keeps it during a backfill (it is
-- not one of the deferred read indexes, indexer/store/indexes.go), since the worker reads
-- through it then too.
CREATE INDEX idx_assets_changes ON assets (chain_id, updated_block, token_id);
COMMENT ON INDEX idx_assets_changes IS 'The metadata worker''s scan of the assets changed since its last one, in updated_block order.';

COMMIT;
