BEGIN;

-- Discovery (DESIGN §6.4, INTERFACE.md §5): what the indexer's metadata worker learnt of
-- each asset's metadata document, and the indexes that search listings by kind and by
-- distance from a point.
--
-- earthdistance is not a trusted extension: creating it needs a superuser (cube, which it
-- requires, is trusted). Where `migrate` runs as the database owner without superuser, a
-- superuser creates both once beforehand (migrations/README.md, deploy/README.md):
--     CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE;
-- IF NOT EXISTS (against STYLE §9) is what lets this file run after that step; the down
-- file drops only the extensions the migrating role owns, i.e. the ones this file created.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- One row per (asset, content hash) the worker looked at: the hash is the on-chain
-- contentHash the document was checked against, so a ContentUpdated (a new hash) makes
-- the asset's row stale until the new document is fetched, and a reorg back to an old hash
-- finds its row again. Not a projection: the indexer's batches never write it, the undo
-- log never touches it, and the API joins it on the asset's current content_hash.
CREATE TABLE asset_metadata (
    chain_id        BIGINT      NOT NULL,
    token_id        uint256     NOT NULL,
    content_hash    BYTEA       NOT NULL CHECK (octet_length(content_hash) = 32),
    uri             TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN
        ('fetched', 'mismatch', 'unreachable', 'oversize', 'not_json', 'invalid', 'refused')),
    reason          TEXT,
    attempts        INTEGER     NOT NULL CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ,
    kind            TEXT        CHECK (kind IN ('bicycle', 'car', 'room', 'tool', 'charging_pile', 'other')),
    title           TEXT,
    lat             DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
    lon             DOUBLE PRECISION CHECK (lon BETWEEN -180 AND 180),
    fetched_at      TIMESTAMPTZ,
    PRIMARY KEY (chain_id, token_id, content_hash),
    CHECK (status <> 'fetched' OR (kind IS NOT NULL AND title IS NOT NULL)),
    CHECK ((lat IS NULL) = (lon IS NULL))
);
COMMENT ON TABLE asset_metadata IS 'The metadata worker''s result for each asset and content hash (indexer/metadata): the document''s kind, title and location once its sha256 matched.';
COMMENT ON COLUMN asset_metadata.content_hash IS 'The on-chain contentHash the document was checked against; the API shows the row only while the asset still has this hash.';
COMMENT ON COLUMN asset_metadata.uri IS 'The URI fetched; a row that failed is tried again at once when the asset''s uri changes.';
COMMENT ON COLUMN asset_metadata.status IS 'fetched: matched and valid; the others say why not, with the detail in reason.';
COMMENT ON COLUMN asset_metadata.attempts IS 'Attempts made for this hash and uri.';
COMMENT ON COLUMN asset_metadata.next_attempt_at IS 'When the worker tries again; NULL once final: fetched, or given up (indexer/metadata, the retry rule).';
COMMENT ON COLUMN asset_metadata.fetched_at IS 'When the latest attempt ended.';

CREATE INDEX idx_asset_metadata_location ON asset_metadata USING GIST (ll_to_earth(lat, lon))
    WHERE status = 'fetched';
COMMENT ON INDEX idx_asset_metadata_location IS 'Listings near a point: earth_box(…) @> ll_to_earth(lat, lon) (GET /v1/listings?near=).';
CREATE INDEX idx_asset_metadata_kind ON asset_metadata (chain_id, kind, token_id) WHERE status = 'fetched';
COMMENT ON INDEX idx_asset_metadata_kind IS 'Listings of a kind (GET /v1/listings?kind=).';
CREATE INDEX idx_asset_metadata_due ON asset_metadata (chain_id, next_attempt_at) WHERE next_attempt_at IS NOT NULL;
COMMENT ON INDEX idx_asset_metadata_due IS 'The worker''s scan for retries that are due.';

COMMIT;
