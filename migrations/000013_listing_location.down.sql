BEGIN;
DROP INDEX IF EXISTS idx_asset_metadata_kind_location;
DROP INDEX IF EXISTS idx_asset_metadata_location;
ALTER TABLE asset_metadata DROP COLUMN IF EXISTS location;
CREATE INDEX idx_asset_metadata_location ON asset_metadata USING GIST (ll_to_earth(lat, lon))
    WHERE status = 'fetched';
COMMENT ON INDEX idx_asset_metadata_location IS 'Listings near a point: earth_box(…) @> ll_to_earth(lat, lon) (GET /v1/listings?near=).';
CREATE INDEX idx_asset_metadata_kind_location ON asset_metadata USING GIST (chain_id, kind, ll_to_earth(lat, lon))
    WHERE status = 'fetched';
COMMENT ON INDEX idx_asset_metadata_kind_location IS 'Listings of a kind near a point, nearest first: the candidates of GET /v1/listings?kind=&near=.';
COMMIT;
