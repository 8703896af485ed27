BEGIN;

-- The API lists rentals with their usage reports and asks usage_reports only for the
-- rentals that have any. A per-row EXISTS probe for that cost PostgreSQL about as much as
-- the rest of a page of 50 rentals; the indexer now keeps the answer on the rental row.
ALTER TABLE rentals ADD COLUMN has_reports BOOLEAN NOT NULL DEFAULT false;
COMMENT ON COLUMN rentals.has_reports IS 'Whether usage_reports may hold rows of this rental: false means none; true makes the API ask.';
UPDATE rentals r SET has_reports = true WHERE EXISTS (SELECT 1 FROM usage_reports u WHERE u.rental_id = r.id);

-- Pre-images written before this column existed would be restored with NULL in it. True
-- is always safe there: it only makes the API look for reports.
UPDATE undo_log SET old_row = old_row || '{"has_reports": true}'
WHERE table_name = 'rentals' AND old_row IS NOT NULL AND NOT old_row ? 'has_reports';

COMMIT;
