BEGIN;

-- A rental keeps the terms of the listing version it was rented under (INTERFACE.md §2:
-- "updateListing … changes only later rentals"): the escrow charges a cancellation by
-- that version's cancelFeeBps and freeCancelBefore. The API showed a booking's
-- cancellation by the listing's current terms, which an updateListing after the booking
-- changes; the rental row now keeps its own, copied from the listing at Rented.
ALTER TABLE rentals
    ADD COLUMN cancel_fee_bps     INTEGER NOT NULL DEFAULT 0 CHECK (cancel_fee_bps BETWEEN 0 AND 10000),
    ADD COLUMN free_cancel_before uint64 NOT NULL DEFAULT 0;
COMMENT ON COLUMN rentals.cancel_fee_bps IS 'The cancellation fee of the terms the rental was rented under, in basis points of the rent.';
COMMENT ON COLUMN rentals.free_cancel_before IS 'Seconds before the start until which cancelling the rental is free, from the terms it was rented under.';

-- The rows indexed before: the terms of the listing's last Listed or ListingUpdated
-- before the rental's Rented, from the events the indexer keeps (a v1 Listed has no
-- cancellation terms: 0). A rental whose events are not found gets its listing's current
-- terms, the best left to know.
UPDATE rentals r SET cancel_fee_bps = l.cancel_fee_bps, free_cancel_before = l.free_cancel_before
FROM listings l WHERE l.chain_id = r.chain_id AND l.id = r.listing_id;

CREATE TEMPORARY TABLE listing_versions ON COMMIT DROP AS
SELECT chain_id, (args ->> 'listingId')::numeric AS listing_id, block_number, log_index,
    coalesce((args ->> 'cancelFeeBps')::integer, 0) AS cancel_fee_bps,
    coalesce((args ->> 'freeCancelBefore')::numeric, 0) AS free_cancel_before
FROM events WHERE name IN ('Listed', 'ListingUpdated') AND contract = 'PledgeEscrow';
CREATE INDEX ON listing_versions (chain_id, listing_id, block_number, log_index);
ANALYZE listing_versions;

UPDATE rentals r SET cancel_fee_bps = v.cancel_fee_bps, free_cancel_before = v.free_cancel_before
FROM events e CROSS JOIN LATERAL (
    SELECT lv.cancel_fee_bps, lv.free_cancel_before FROM listing_versions lv
    WHERE lv.chain_id = e.chain_id AND lv.listing_id = (e.args ->> 'listingId')::numeric
        AND (lv.block_number, lv.log_index) < (e.block_number, e.log_index)
    ORDER BY lv.block_number DESC, lv.log_index DESC LIMIT 1
) v
WHERE e.name = 'Rented' AND e.contract = 'PledgeEscrow'
    AND r.chain_id = e.chain_id AND r.id = (e.args ->> 'rentalId')::numeric;

ALTER TABLE rentals ALTER COLUMN cancel_fee_bps DROP DEFAULT, ALTER COLUMN free_cancel_before DROP DEFAULT;

-- The undo-log rule: a rental's terms never change after Rented, so a pre-image gets its
-- row's; one whose row is gone (none should be) the 0 of terms without cancellation fees.
UPDATE undo_log u SET old_row = u.old_row || jsonb_build_object('cancel_fee_bps', r.cancel_fee_bps,
        'free_cancel_before', r.free_cancel_before)
FROM rentals r
WHERE u.table_name = 'rentals' AND u.old_row IS NOT NULL AND NOT u.old_row ? 'cancel_fee_bps'
    AND r.chain_id = (u.old_row ->> 'chain_id')::bigint AND r.id = (u.old_row ->> 'id')::numeric;
UPDATE undo_log SET old_row = old_row || '{"cancel_fee_bps": 0, "free_cancel_before": 0}'
WHERE table_name = 'rentals' AND old_row IS NOT NULL AND NOT old_row ? 'cancel_fee_bps';

COMMIT;
