BEGIN;
DROP INDEX IF EXISTS idx_asset_metadata_kind_location;
-- only if this migration's up created it: the migrating role owns it
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist' AND extowner = current_user::regrole) THEN
        DROP EXTENSION btree_gist;
    END IF;
END $$;
COMMIT;
