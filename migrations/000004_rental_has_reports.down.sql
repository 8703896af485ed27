BEGIN;

UPDATE undo_log SET old_row = old_row - 'has_reports' WHERE table_name = 'rentals' AND old_row IS NOT NULL;
ALTER TABLE rentals DROP COLUMN has_reports;

COMMIT;
