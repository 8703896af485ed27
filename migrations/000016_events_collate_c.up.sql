BEGIN;

-- The events' text columns hold ASCII identifiers (contract and event names) and refs
-- ("account:0x…", "rental:7"), compared only for equality and sorted only into indexes.
-- Under the database's default collation (C.UTF-8 or en_US.UTF-8 on most installs)
-- every comparison goes through strcoll and sorts get no abbreviated keys; the "C"
-- collation compares bytes. Building idx_events_refs (GIN) after a 200 000-event backfill
-- took 580 ms under C.UTF-8 and 428 ms under "C" (BENCHMARKS.md, session 12). The column
-- type is unchanged, so the table is not rewritten, but idx_events_name and idx_events_refs
-- are rebuilt under the ALTER's exclusive lock (~1 s at 200 000 events, minutes at tens of
-- millions): on a large database run it with the indexer and the API stopped. Queries need
-- no change: a column's collation wins over a parameter's default.
ALTER TABLE events
    ALTER COLUMN contract TYPE TEXT COLLATE "C",
    ALTER COLUMN name TYPE TEXT COLLATE "C",
    ALTER COLUMN refs TYPE TEXT[] COLLATE "C";

COMMIT;
