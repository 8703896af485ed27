BEGIN;
DROP TABLE IF EXISTS telemetry_tree_pages;
DROP TABLE IF EXISTS telemetry_epochs;
DROP TABLE IF EXISTS telemetry_seqs;
DROP TABLE IF EXISTS telemetry_readings;
DROP SEQUENCE IF EXISTS telemetry_reading_id;
COMMIT;
