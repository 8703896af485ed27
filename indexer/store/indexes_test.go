package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// eventIndexes returns every index of events with its definition and comment.
func eventIndexes(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT pg_get_indexdef(i.indexrelid) || ' -- ' || coalesce(obj_description(i.indexrelid, 'pg_class'), '')
		FROM pg_index i WHERE i.indrelid = 'events'::regclass ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return defs
}

// TestReadIndexes_DeferRestore: the read indexes of events are dropped with their
// definitions recorded, the keys behind constraints stay, writes go on meanwhile, and
// the restore builds exactly what was there, comments included.
func TestReadIndexes_DeferRestore(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	before := eventIndexes(t, pool)

	names, err := s.DeferReadIndexes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	if want := []string{"idx_events_address", "idx_events_name", "idx_events_refs", "idx_events_tx_hash"}; !slices.Equal(names, want) {
		t.Errorf("deferred %v, want %v", names, want)
	}
	if got := eventIndexes(t, pool); len(got) != 2 {
		t.Errorf("after deferring, events has indexes %q; want only the primary and the unique key", got)
	}
	if pending, err := s.DeferredReadIndexes(ctx); err != nil || len(pending) != 4 {
		t.Errorf("DeferredReadIndexes() = %v, %v; want the 4", pending, err)
	}
	// deferring again finds nothing more to drop and keeps the record
	if again, err := s.DeferReadIndexes(ctx); err != nil || len(again) != 0 {
		t.Errorf("second DeferReadIndexes() = %v, %v; want none", again, err)
	}

	for _, b := range story() {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}

	built, err := s.RestoreReadIndexes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(built) != 4 {
		t.Errorf("RestoreReadIndexes() built %v, want 4", built)
	}
	if after := eventIndexes(t, pool); !slices.Equal(after, before) {
		t.Errorf("indexes after the restore\n%q\nwant\n%q", after, before)
	}
	if pending, err := s.DeferredReadIndexes(ctx); err != nil || len(pending) != 0 {
		t.Errorf("after the restore DeferredReadIndexes() = %v, %v; want none", pending, err)
	}
	// the rebuilt indexes serve the API's filters
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE refs @> ARRAY['account:'||lower($1)]`, provider.Hex()).Scan(&n); err != nil || n == 0 {
		t.Errorf("events about the provider after the restore: %d, %v", n, err)
	}
}

// TestReadIndexes_DeferWaitsForReaders: a reader holding the events table makes the
// deferral give up after a moment, dropping nothing, instead of queueing every other
// reader behind its lock.
func TestReadIndexes_DeferWaitsForReaders(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	reader, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Rollback(ctx)
	if _, err := reader.Exec(ctx, `LOCK TABLE events IN ACCESS SHARE MODE`); err != nil {
		t.Fatal(err)
	}
	names, err := s.DeferReadIndexes(ctx)
	if err != nil || len(names) != 0 {
		t.Fatalf("DeferReadIndexes() with a reader = %v, %v; want nothing dropped and no error", names, err)
	}
	if pending, _ := s.DeferredReadIndexes(ctx); len(pending) != 0 {
		t.Errorf("a deferral that gave up recorded %v", pending)
	}
	if got := eventIndexes(t, pool); len(got) != 6 {
		t.Errorf("events has %d indexes, want all 6", len(got))
	}
}
