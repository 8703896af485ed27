BEGIN;

-- The events' args are written once and only ever returned whole, so they are kept as
-- json: the text as the indexer wrote it (keys in ABI order), validated but not parsed
-- into jsonb on every insert.
ALTER TABLE events ALTER COLUMN args TYPE JSON USING args::json;

ALTER TABLE events ADD COLUMN accounts BYTEA[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN events.accounts IS 'The distinct address arguments of the event (indexed or not), for /v1/events?account=.';
UPDATE events e SET accounts = ARRAY(
    SELECT DISTINCT decode(substr(a.v, 3), 'hex')
    FROM json_each_text(e.args) AS a(k, v)
    WHERE a.v ~ '^0x[0-9a-fA-F]{40}$')
WHERE e.args IS NOT NULL;

CREATE INDEX idx_events_accounts ON events USING GIN (accounts);
COMMENT ON INDEX idx_events_accounts IS 'Serves /v1/events?account= and an account''s history.';

CREATE INDEX idx_events_name ON events (name, block_number, log_index);
COMMENT ON INDEX idx_events_name IS 'Serves /v1/events?name= in log order.';

CREATE INDEX idx_events_address ON events (address, block_number, log_index);
COMMENT ON INDEX idx_events_address IS 'Serves /v1/events?contract= in log order.';

CREATE INDEX idx_listings_token_id ON listings (token_id, id);
COMMENT ON INDEX idx_listings_token_id IS 'Finds the listings of an asset.';

CREATE INDEX idx_listings_active ON listings (id) WHERE status = 'active';
COMMENT ON INDEX idx_listings_active IS 'Serves /v1/listings?active=true in id order.';

CREATE INDEX idx_rentals_status ON rentals (status, id);
COMMENT ON INDEX idx_rentals_status IS 'Serves /v1/rentals?status= in id order.';

CREATE INDEX idx_rentals_listing_id ON rentals (listing_id, id);
COMMENT ON INDEX idx_rentals_listing_id IS 'Finds the active rental of a listing, for an asset''s current user.';

CREATE INDEX idx_disputes_status ON disputes (status, id);
COMMENT ON INDEX idx_disputes_status IS 'Serves /v1/disputes?status= in id order.';

COMMIT;
