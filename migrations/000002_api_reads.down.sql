BEGIN;

DROP INDEX IF EXISTS idx_disputes_status;
DROP INDEX IF EXISTS idx_rentals_listing_id;
DROP INDEX IF EXISTS idx_rentals_status;
DROP INDEX IF EXISTS idx_listings_active;
DROP INDEX IF EXISTS idx_listings_token_id;
DROP INDEX IF EXISTS idx_events_address;
DROP INDEX IF EXISTS idx_events_name;
DROP INDEX IF EXISTS idx_events_accounts;
ALTER TABLE events DROP COLUMN IF EXISTS accounts;
ALTER TABLE events ALTER COLUMN args TYPE JSONB USING args::jsonb;

COMMIT;
