BEGIN;

DROP TABLE credit_moves, platform_fees, platforms, outcome_deltas, payment_tokens, settings;

-- Rows of v2's new states have no v1 equivalent: a database that holds them must be
-- re-indexed by a v1 indexer rather than squeezed back.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM rentals WHERE status IN ('booked', 'returned', 'cancelled', 'no_show'))
        OR EXISTS (SELECT 1 FROM listings WHERE status = 'closed') THEN
        RAISE EXCEPTION 'rentals or listings in protocol v2 states exist: drop the database and re-index with the older binary';
    END IF;
END $$;

UPDATE undo_log SET old_row = old_row - 'tier_rentals' WHERE table_name = 'accounts' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row - 'locked' WHERE table_name = 'assets' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row - ARRAY['cancel_fee_bps', 'free_cancel_before', 'payee', 'platform', 'terms_hash']
    WHERE table_name = 'listings' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row - ARRAY['payee', 'device', 'platform', 'checked_in', 'returned_at', 'inspection_end', 'grace_period']
    WHERE table_name = 'rentals' AND old_row IS NOT NULL;

ALTER TABLE accounts DROP COLUMN tier_rentals, ALTER COLUMN score SET DEFAULT 600;
COMMENT ON COLUMN accounts.active_rentals IS 'Unfinished (active or disputed) rentals held as renter.';
ALTER TABLE assets DROP COLUMN locked;

ALTER TABLE listings DROP COLUMN cancel_fee_bps, DROP COLUMN free_cancel_before, DROP COLUMN payee,
    DROP COLUMN platform, DROP COLUMN terms_hash;
ALTER TABLE listings DROP CONSTRAINT listings_status_check;
ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN ('active', 'delisted'));

-- a backfill may hold them dropped, recorded for rebuilding.
DROP INDEX IF EXISTS idx_rentals_slots, idx_rentals_inspection, idx_rentals_no_show;
DELETE FROM indexer_deferred_indexes WHERE name IN ('idx_rentals_slots', 'idx_rentals_inspection', 'idx_rentals_no_show');
ALTER TABLE rentals DROP COLUMN payee, DROP COLUMN device, DROP COLUMN platform, DROP COLUMN checked_in,
    DROP COLUMN returned_at, DROP COLUMN inspection_end, DROP COLUMN grace_period;
ALTER TABLE rentals DROP CONSTRAINT rentals_status_check;
ALTER TABLE rentals ADD CONSTRAINT rentals_status_check CHECK (status IN ('active', 'disputed', 'settled', 'defaulted', 'resolved'));

COMMIT;
