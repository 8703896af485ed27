BEGIN;

DROP INDEX IF EXISTS idx_disputes_status;
DROP INDEX IF EXISTS idx_rentals_listing_id;
DROP INDEX IF EXISTS idx_rentals_status;
DROP INDEX IF EXISTS idx_listings_active;
DROP INDEX IF EXISTS idx_listings_token_id;
DROP INDEX IF EXISTS idx_events_address;
DROP INDEX IF EXISTS idx_events_name;
DROP TRIGGER IF EXISTS indexer_state_notify ON indexer_state;
DROP FUNCTION IF EXISTS notify_indexed;
DROP INDEX IF EXISTS idx_events_refs;
ALTER TABLE events DROP COLUMN IF EXISTS refs;
ALTER TABLE events ALTER COLUMN args TYPE JSONB USING args::jsonb;

COMMIT;
