BEGIN;

-- Back to one chain per database: fails on a primary key when two chains' rows share the
-- tables, which the older schema cannot hold.
DROP INDEX idx_undo_log_batch_to;
CREATE INDEX idx_undo_log_batch_to ON undo_log (batch_to);
COMMENT ON INDEX idx_undo_log_batch_to IS 'Finds the batches a rollback must undo, and the ones finality prunes.';
DROP INDEX idx_disputes_status;
CREATE INDEX idx_disputes_status ON disputes (status, id);
COMMENT ON INDEX idx_disputes_status IS 'Serves /v1/disputes?status= in id order.';
DROP INDEX idx_disputes_rental_id;
CREATE INDEX idx_disputes_rental_id ON disputes (rental_id);
DROP INDEX idx_rentals_listing_id;
CREATE INDEX idx_rentals_listing_id ON rentals (listing_id, id);
COMMENT ON INDEX idx_rentals_listing_id IS 'Finds the active rental of a listing, for an asset''s current user.';
DROP INDEX idx_rentals_status;
CREATE INDEX idx_rentals_status ON rentals (status, id);
COMMENT ON INDEX idx_rentals_status IS 'Serves /v1/rentals?status= in id order.';
DROP INDEX idx_rentals_overdue;
CREATE INDEX idx_rentals_overdue ON rentals (end_time) WHERE status = 'active';
COMMENT ON INDEX idx_rentals_overdue IS 'The keeper''s scan for rentals past end + grace period.';
DROP INDEX idx_rentals_token_id;
CREATE INDEX idx_rentals_token_id ON rentals (token_id, id);
DROP INDEX idx_rentals_provider;
CREATE INDEX idx_rentals_provider ON rentals (provider, id);
DROP INDEX idx_rentals_renter;
CREATE INDEX idx_rentals_renter ON rentals (renter, id);
DROP INDEX idx_listings_active;
CREATE INDEX idx_listings_active ON listings (id) WHERE status = 'active';
COMMENT ON INDEX idx_listings_active IS 'Serves /v1/listings?active=true in id order.';
DROP INDEX idx_listings_token_id;
CREATE INDEX idx_listings_token_id ON listings (token_id, id);
COMMENT ON INDEX idx_listings_token_id IS 'Finds the listings of an asset.';
DROP INDEX idx_listings_provider;
CREATE INDEX idx_listings_provider ON listings (provider, id);
COMMENT ON INDEX idx_listings_provider IS 'Serves /v1/listings?provider= in id order.';
DROP INDEX idx_assets_owner;
CREATE INDEX idx_assets_owner ON assets (owner, token_id);
COMMENT ON INDEX idx_assets_owner IS 'Serves /v1/assets?owner= in token order.';

ALTER TABLE dispute_votes DROP CONSTRAINT dispute_votes_pkey, ADD PRIMARY KEY (dispute_id, arbiter);
ALTER TABLE dispute_evidence DROP CONSTRAINT dispute_evidence_pkey, ADD PRIMARY KEY (dispute_id, block_number, log_index);
ALTER TABLE disputes DROP CONSTRAINT disputes_pkey, ADD PRIMARY KEY (id);
ALTER TABLE tiers DROP CONSTRAINT tiers_pkey, ADD PRIMARY KEY (tier);
ALTER TABLE accounts DROP CONSTRAINT accounts_pkey, ADD PRIMARY KEY (address);
ALTER TABLE usage_reports DROP CONSTRAINT usage_reports_pkey, ADD PRIMARY KEY (rental_id, nonce);
ALTER TABLE rentals DROP CONSTRAINT rentals_pkey, ADD PRIMARY KEY (id);
ALTER TABLE listings DROP CONSTRAINT listings_pkey, ADD PRIMARY KEY (id);
ALTER TABLE assets DROP CONSTRAINT assets_pkey, ADD PRIMARY KEY (token_id);

-- the undo-log rule, backwards: pre-images lose the column with the tables.
UPDATE undo_log SET key = key - 'chain_id', old_row = old_row - 'chain_id';

ALTER TABLE undo_log DROP COLUMN chain_id;
ALTER TABLE dispute_votes DROP COLUMN chain_id;
ALTER TABLE dispute_evidence DROP COLUMN chain_id;
ALTER TABLE disputes DROP COLUMN chain_id;
ALTER TABLE tiers DROP COLUMN chain_id;
ALTER TABLE accounts DROP COLUMN chain_id;
ALTER TABLE usage_reports DROP COLUMN chain_id;
ALTER TABLE rentals DROP COLUMN chain_id;
ALTER TABLE listings DROP COLUMN chain_id;
ALTER TABLE assets DROP COLUMN chain_id;

COMMIT;
