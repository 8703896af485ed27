BEGIN;

-- The events' args are written once and only ever returned whole, so they are kept as
-- json: the text as the indexer wrote it (keys in ABI order), validated but not parsed
-- into jsonb on every insert.
ALTER TABLE events ALTER COLUMN args TYPE JSON USING args::json;

ALTER TABLE events ADD COLUMN refs TEXT[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN events.refs IS 'What the event is about, from its decoded arguments: account:<lower-case address> for every address argument, token:<id>, listing:<id>, rental:<id>, dispute:<id>; serves /v1/events?account= and an asset''s history.';
UPDATE events e SET refs = ARRAY(
    SELECT DISTINCT CASE
        WHEN a.v ~ '^0x[0-9a-fA-F]{40}$' THEN 'account:' || lower(a.v)
        WHEN a.k = 'tokenId' THEN 'token:' || a.v
        WHEN a.k = 'listingId' THEN 'listing:' || a.v
        WHEN a.k = 'rentalId' THEN 'rental:' || a.v
        ELSE 'dispute:' || a.v END
    FROM json_each_text(e.args) AS a(k, v)
    WHERE a.v ~ '^0x[0-9a-fA-F]{40}$' OR a.k IN ('tokenId', 'listingId', 'rentalId', 'disputeId', 'evidenceGroupID'))
WHERE e.args IS NOT NULL;

CREATE INDEX idx_events_refs ON events USING GIN (refs);
COMMENT ON INDEX idx_events_refs IS 'Serves /v1/events?account= and /v1/assets/{tokenId}/events.';

CREATE FUNCTION notify_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sharechain_indexed', NEW.chain_id::text);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION notify_indexed IS 'Wakes API servers waiting on min_block when a batch commits (NOTIFY is delivered at commit).';
CREATE TRIGGER indexer_state_notify AFTER INSERT OR UPDATE ON indexer_state
    FOR EACH ROW EXECUTE FUNCTION notify_indexed();

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
