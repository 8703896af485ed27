BEGIN;
DROP TABLE IF EXISTS asset_metadata;
-- only the extensions this migration's up created: those the migrating role owns. A
-- superuser's (created beforehand, see the up file) stay, and the up finds them again.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'earthdistance' AND extowner = current_user::regrole) THEN
        DROP EXTENSION earthdistance;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'cube' AND extowner = current_user::regrole) THEN
        DROP EXTENSION cube;
    END IF;
END $$;
COMMIT;
