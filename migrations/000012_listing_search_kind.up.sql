BEGIN;

-- "Bicycles free tomorrow within 2 km" (issue 15): the near search takes the nearest
-- located assets of the kind asked for from a GiST index in distance order (internal/
-- projection nearAttempt). With only idx_asset_metadata_location, the scan fetched every
-- nearer asset's row to test its kind and kept one in six; with the kind in the index, it
-- reads only assets of that kind. btree_gist (a trusted extension, which the database
-- owner may create) gives GiST the equality on chain_id and kind; IF NOT EXISTS as in
-- 000011, in case an operator created it beforehand, and the down file drops it only when
-- this role owns it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX idx_asset_metadata_kind_location ON asset_metadata USING GIST (chain_id, kind, ll_to_earth(lat, lon))
    WHERE status = 'fetched';
COMMENT ON INDEX idx_asset_metadata_kind_location IS 'Listings of a kind near a point, nearest first: the candidates of GET /v1/listings?kind=&near=.';

COMMIT;
