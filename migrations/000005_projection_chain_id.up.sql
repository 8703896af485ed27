BEGIN;

-- Several deployments (a testnet, an L2) share one database (DESIGN §6.5): every
-- projection row now carries the chain id of its deployment, first in its primary key and
-- in every read index, as events and blocks already do. One schema for all chains keeps
-- one set of migrations and lets an auditor read every deployment's tables at once; a
-- chain that outgrows the others can later become a LIST partition of its own.
--
-- Rows written before this migration belong to the only chain indexer_state knows.
DO $$
DECLARE
    chains  BIGINT;
    cid     BIGINT;
    tbl     TEXT;
BEGIN
    SELECT count(*), min(chain_id) INTO chains, cid FROM indexer_state;
    IF chains > 1 AND (EXISTS (SELECT 1 FROM assets) OR EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM tiers)) THEN
        RAISE EXCEPTION 'projection rows of % chains share the tables: re-index each chain into a fresh database', chains;
    END IF;
    FOREACH tbl IN ARRAY ARRAY['assets', 'listings', 'rentals', 'usage_reports', 'accounts', 'tiers', 'disputes',
                               'dispute_evidence', 'dispute_votes', 'undo_log'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN chain_id BIGINT NOT NULL DEFAULT %s', tbl, coalesce(cid, 0));
        EXECUTE format('ALTER TABLE %I ALTER COLUMN chain_id DROP DEFAULT', tbl);
    END LOOP;
    -- The undo-log rule (migrations/README.md): pre-images and keys must have the new
    -- column, or a rollback would restore rows without it.
    UPDATE undo_log SET key = key || jsonb_build_object('chain_id', cid),
        old_row = CASE WHEN old_row IS NULL THEN NULL ELSE old_row || jsonb_build_object('chain_id', cid) END;
END $$;

COMMENT ON COLUMN assets.chain_id IS 'The deployment''s chain: every projection table leads its keys with it.';
COMMENT ON COLUMN undo_log.chain_id IS 'The chain whose indexer wrote the record; rollbacks and pruning touch only their own chain.';

ALTER TABLE assets DROP CONSTRAINT assets_pkey, ADD PRIMARY KEY (chain_id, token_id);
ALTER TABLE listings DROP CONSTRAINT listings_pkey, ADD PRIMARY KEY (chain_id, id);
ALTER TABLE rentals DROP CONSTRAINT rentals_pkey, ADD PRIMARY KEY (chain_id, id);
ALTER TABLE usage_reports DROP CONSTRAINT usage_reports_pkey, ADD PRIMARY KEY (chain_id, rental_id, nonce);
ALTER TABLE accounts DROP CONSTRAINT accounts_pkey, ADD PRIMARY KEY (chain_id, address);
ALTER TABLE tiers DROP CONSTRAINT tiers_pkey, ADD PRIMARY KEY (chain_id, tier);
ALTER TABLE disputes DROP CONSTRAINT disputes_pkey, ADD PRIMARY KEY (chain_id, id);
ALTER TABLE dispute_evidence DROP CONSTRAINT dispute_evidence_pkey, ADD PRIMARY KEY (chain_id, dispute_id, block_number, log_index);
ALTER TABLE dispute_votes DROP CONSTRAINT dispute_votes_pkey, ADD PRIMARY KEY (chain_id, dispute_id, arbiter);

DROP INDEX idx_assets_owner;
CREATE INDEX idx_assets_owner ON assets (chain_id, owner, token_id);
COMMENT ON INDEX idx_assets_owner IS 'Serves /v1/assets?owner= in token order.';
DROP INDEX idx_listings_provider;
CREATE INDEX idx_listings_provider ON listings (chain_id, provider, id);
COMMENT ON INDEX idx_listings_provider IS 'Serves /v1/listings?provider= in id order.';
DROP INDEX idx_listings_token_id;
CREATE INDEX idx_listings_token_id ON listings (chain_id, token_id, id);
COMMENT ON INDEX idx_listings_token_id IS 'Finds the listings of an asset.';
DROP INDEX idx_listings_active;
CREATE INDEX idx_listings_active ON listings (chain_id, id) WHERE status = 'active';
COMMENT ON INDEX idx_listings_active IS 'Serves /v1/listings?active=true in id order.';
DROP INDEX idx_rentals_renter;
CREATE INDEX idx_rentals_renter ON rentals (chain_id, renter, id);
DROP INDEX idx_rentals_provider;
CREATE INDEX idx_rentals_provider ON rentals (chain_id, provider, id);
DROP INDEX idx_rentals_token_id;
CREATE INDEX idx_rentals_token_id ON rentals (chain_id, token_id, id);
DROP INDEX idx_rentals_overdue;
CREATE INDEX idx_rentals_overdue ON rentals (chain_id, end_time) WHERE status = 'active';
COMMENT ON INDEX idx_rentals_overdue IS 'The keeper''s scan for rentals past end + grace period.';
DROP INDEX idx_rentals_status;
CREATE INDEX idx_rentals_status ON rentals (chain_id, status, id);
COMMENT ON INDEX idx_rentals_status IS 'Serves /v1/rentals?status= in id order.';
DROP INDEX idx_rentals_listing_id;
CREATE INDEX idx_rentals_listing_id ON rentals (chain_id, listing_id, id);
COMMENT ON INDEX idx_rentals_listing_id IS 'Finds the active rental of a listing, for an asset''s current user.';
DROP INDEX idx_disputes_rental_id;
CREATE INDEX idx_disputes_rental_id ON disputes (chain_id, rental_id);
DROP INDEX idx_disputes_status;
CREATE INDEX idx_disputes_status ON disputes (chain_id, status, id);
COMMENT ON INDEX idx_disputes_status IS 'Serves /v1/disputes?status= in id order.';
DROP INDEX idx_undo_log_batch_to;
CREATE INDEX idx_undo_log_batch_to ON undo_log (chain_id, batch_to);
COMMENT ON INDEX idx_undo_log_batch_to IS 'Finds the batches a rollback must undo, and the ones finality prunes.';

COMMIT;
