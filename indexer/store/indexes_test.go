package store_test

import (
	"context"
	"sharechain/indexer/store"
	"sharechain/internal/projection"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// eventIndexes returns every index of events with its definition and comment.
func eventIndexes(t *testing.T, pool *pgxpool.Pool) []string { return indexesOf(t, pool, "events") }

// indexesOf returns every index of tables with its definition and comment.
func indexesOf(t *testing.T, pool *pgxpool.Pool, tables ...string) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT pg_get_indexdef(i.indexrelid) || ' -- ' || coalesce(obj_description(i.indexrelid, 'pg_class'), '')
		FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) ORDER BY 1`, tables)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return defs
}

// TestReadIndexes_DeferRestore: the read indexes of events and of the projection tables
// are dropped with their definitions recorded, the keys behind constraints stay, writes
// go on meanwhile, and the restore builds exactly what was there, comments included.
func TestReadIndexes_DeferRestore(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	tables := append([]string{"events"}, projection.Tables()...)
	before := indexesOf(t, pool, tables...)

	names, err := s.DeferReadIndexes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	want := []string{"idx_assets_owner", "idx_credit_moves_account", "idx_disputes_rental_id", "idx_disputes_status",
		"idx_events_address", "idx_events_name", "idx_events_refs", "idx_events_tx_hash", "idx_listings_active",
		"idx_listings_provider", "idx_listings_token_id", "idx_platform_fees_platform", "idx_rentals_inspection",
		"idx_rentals_listing_id", "idx_rentals_no_show", "idx_rentals_overdue", "idx_rentals_provider", "idx_rentals_renter",
		"idx_rentals_slots", "idx_rentals_status", "idx_rentals_token_id", "idx_split_income_rental", "idx_split_income_split",
		"idx_split_releases_split", "idx_splits_accounts", "idx_splits_creator"}
	if !slices.Equal(names, want) {
		t.Errorf("deferred %v, want %v", names, want)
	}
	if got := eventIndexes(t, pool); len(got) != 2 {
		t.Errorf("after deferring, events has indexes %q; want only the primary and the unique key", got)
	}
	// the writer finds projection rows by primary key: those stay, one per table
	// (and the metadata worker's scan of the assets, which runs beside a backfill)
	if got := indexesOf(t, pool, projection.Tables()...); len(got) != len(projection.Tables())+1 ||
		!slices.ContainsFunc(got, func(def string) bool { return strings.Contains(def, "INDEX idx_assets_changes ") }) {
		t.Errorf("after deferring, the projection tables have indexes %q; want their primary keys and idx_assets_changes alone", got)
	}
	if pending, err := s.DeferredReadIndexes(ctx); err != nil || len(pending) != len(want) {
		t.Errorf("DeferredReadIndexes() = %v, %v; want the %d", pending, err, len(want))
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
	if len(built) != len(want) {
		t.Errorf("RestoreReadIndexes() built %v, want %d", built, len(want))
	}
	if after := indexesOf(t, pool, tables...); !slices.Equal(after, before) {
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

// TestOtherDeployments: a database holding only this chain's cursor holds no other
// deployment; once a second chain's indexer has started in it, this one counts it (and
// its backfills then keep the read indexes the other chain's readers use).
func TestOtherDeployments(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	if n, err := s.OtherDeployments(ctx); err != nil || n != 0 {
		t.Fatalf("OtherDeployments alone = %d, %v; want 0", n, err)
	}
	other := store.New(pool, chainID+1)
	if _, err := other.Init(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if n, err := s.OtherDeployments(ctx); err != nil || n != 1 {
		t.Errorf("OtherDeployments beside chain %d = %d, %v; want 1", chainID+1, n, err)
	}
	if n, err := other.OtherDeployments(ctx); err != nil || n != 1 {
		t.Errorf("OtherDeployments of chain %d = %d, %v; want 1", chainID+1, n, err)
	}
}
