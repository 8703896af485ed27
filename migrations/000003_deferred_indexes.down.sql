BEGIN;

-- Build again whatever an indexer left deferred, so that going down loses no index.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT name, definition, comment FROM indexer_deferred_indexes ORDER BY name LOOP
        EXECUTE r.definition;
        IF r.comment IS NOT NULL THEN
            EXECUTE format('COMMENT ON INDEX %I IS %L', r.name, r.comment);
        END IF;
    END LOOP;
END $$;

DROP TABLE indexer_deferred_indexes;

COMMIT;
