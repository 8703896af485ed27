BEGIN;
UPDATE undo_log SET old_row = old_row - ARRAY['cancel_fee_bps', 'free_cancel_before']
WHERE table_name = 'rentals' AND old_row IS NOT NULL;
ALTER TABLE rentals DROP COLUMN IF EXISTS cancel_fee_bps, DROP COLUMN IF EXISTS free_cancel_before;
COMMIT;
