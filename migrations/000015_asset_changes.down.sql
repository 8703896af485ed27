DROP INDEX IF EXISTS idx_assets_changes;
