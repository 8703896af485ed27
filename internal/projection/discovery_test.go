package projection

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// capture is a Querier that remembers the last query it ran, so a test can EXPLAIN the
// exact statement the View built.
type capture struct {
	Querier
	sql  string
	args []any
}

func (c *capture) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	c.sql, c.args = sql, args
	return c.Querier.Query(ctx, sql, args...)
}

// seedListings writes n listings of assets spread over a 55 km × 55 km square around
// Lyon (about 33 per km², some 420 within 2 km of its centre): 95 % with a matched
// document, a tenth delisted, half of the assets booked for an hour or more within the
// next three days from t0, a thousand providers of random scores.
func seedListings(tb testing.TB, pool *pgxpool.Pool, n int, t0 int64) {
	tb.Helper()
	const addr = `decode(lpad(to_hex(%s), 40, '0'), 'hex')`
	provider := strings.ReplaceAll(addr, "%s", "1 + i % 1000")
	q := `
	SELECT setseed(0.42);
	INSERT INTO indexer_state (chain_id, start_block, indexed_block, head_block, finalized_block, state)
		VALUES (31337, 1, 100, 100, 90, 'following');
	INSERT INTO tiers (chain_id, tier, min_score, max_active_rentals, deposit_bps, pledge_bps, updated_block) VALUES
		(31337, 0, 0, 0, 20000, 20000, 1), (31337, 1, 300, 2, 15000, 15000, 1),
		(31337, 2, 600, 3, 10000, 10000, 1), (31337, 3, 800, 10, 7500, 7500, 1);
	INSERT INTO accounts (chain_id, address, score, blacklisted, shr_balance, rewards_earned, pledged, active_rentals, tier_rentals, updated_block)
		SELECT 31337, ` + strings.ReplaceAll(addr, "%s", "i") + `, (random() * 1000)::int, false, 0, 0, 0, 0, 0, 1
		FROM generate_series(1, 1000) i;
	INSERT INTO assets (chain_id, token_id, owner, asset_code, content_hash, uri, verified, locked, block_number, updated_block)
		SELECT 31337, i, ` + provider + `, sha256(i::text::bytea), sha256(i::text::bytea), 'https://example.org/' || i, true, false, 1, 1
		FROM generate_series(1, $1) i;
	INSERT INTO listings (chain_id, id, token_id, provider, payment_token, price_per_hour, deposit, min_duration, max_duration,
			price_per_unit, cancel_fee_bps, free_cancel_before, status, pledge_amount, pledge_state, block_number, updated_block)
		SELECT 31337, i, i, ` + provider + `, decode(repeat('ee', 20), 'hex'), (1 + random() * 100)::int * 10000, 0, 0, 86400,
			0, 0, 0, CASE WHEN i % 10 = 0 THEN 'delisted' ELSE 'active' END, 0, 'locked', 2, 2
		FROM generate_series(1, $1) i;
	INSERT INTO asset_metadata (chain_id, token_id, content_hash, uri, status, attempts, kind, title, lat, lon, fetched_at)
		SELECT 31337, i, sha256(i::text::bytea), 'https://example.org/' || i, 'fetched', 1,
			(ARRAY['bicycle', 'car', 'room', 'tool', 'charging_pile', 'other'])[1 + i % 6], 'asset ' || i,
			45.764 + (random() - 0.5) * 0.5, 4.8357 + (random() - 0.5) * 0.7, now()
		FROM generate_series(1, $1) i WHERE i % 20 <> 7;
	INSERT INTO rentals (chain_id, id, listing_id, token_id, renter, provider, payee, status, start_time, end_time, rent, deposit,
			checked_in, grace_period, block_number, updated_block, cancel_fee_bps, free_cancel_before)
		SELECT 31337, i, i, i, decode(repeat('0d', 20), 'hex'), ` + provider + `, ` + provider + `, 'booked', s, s + 3600 * (1 + (random() * 8)::int),
			1, 1, false, 86400, 3, 3, 0, 0
		FROM (SELECT i, $2::bigint + (random() * 3 * 86400)::bigint AS s FROM generate_series(1, $1) i WHERE i % 2 = 0) b;
	ANALYZE;`
	// pgx runs one statement per call with parameters: split on the statement ends
	for _, stmt := range strings.Split(q, ";\n") {
		stmt = strings.TrimSpace(stmt)
		if stmt == "" {
			continue
		}
		var args []any
		if strings.Contains(stmt, "$2") {
			args = []any{n, t0}
		} else if strings.Contains(stmt, "$1") {
			args = []any{n}
		}
		if _, err := pool.Exec(context.Background(), strings.TrimSuffix(stmt, ";"), args...); err != nil {
			tb.Fatalf("seeding: %v\n%s", err, stmt)
		}
	}
}

// TestListings_NearPlan: "free tomorrow within 2 km" finds its candidates through the
// GiST index on location (with a kind, the one on (chain_id, kind, location)), not by
// reading every listing. With a kind, the planner may read the radius's box through the
// index in distance order (a KNN scan) or as a bitmap it then sorts: both read only the
// kind's assets within the box. With
// DISCOVERY_LISTINGS=100000 it runs on the bench's size and logs the plan and p50/p99.
func TestListings_NearPlan(t *testing.T) {
	n := 20_000
	if s := os.Getenv("DISCOVERY_LISTINGS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatalf("DISCOVERY_LISTINGS=%q: %v", s, err)
		}
	}
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, testenv.MigratedPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	const t0 = 1767225600
	start := time.Now()
	seedListings(t, pool, n, t0)
	t.Logf("seeded %d listings in %s", n, time.Since(start).Round(time.Millisecond))

	active := true
	tomorrow := ListingFilter{Active: &active, Near: &Near{Lat: 45.764, Lon: 4.8357, Radius: 2000},
		AvailableFrom: t0 + 86400, AvailableTo: t0 + 2*86400, Limit: 51}
	for name, f := range map[string]ListingFilter{
		"free tomorrow within 2 km":          tomorrow,
		"bicycles free tomorrow within 2 km": func() ListingFilter { g := tomorrow; g.Kind = "bicycle"; return g }(),
	} {
		t.Run(name, func(t *testing.T) {
			c := &capture{Querier: pool}
			v := NewView(c, 31337)
			rows, err := v.Listings(ctx, At{MaxBlock: Latest}, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				t.Fatal("no listing found: the fixture should have some")
			}
			for i := 1; i < len(rows); i++ {
				if *rows[i].Meta.Distance < *rows[i-1].Meta.Distance || *rows[i].Meta.Distance > 2000 {
					t.Fatalf("listing %d: distance %v after %v (radius 2000)", i, *rows[i].Meta.Distance, *rows[i-1].Meta.Distance)
				}
			}
			plan := explain(t, pool, c.sql, c.args)
			index := "idx_asset_metadata_location"
			if f.Kind != "" {
				index = "idx_asset_metadata_kind_location" // the kind is an index condition (migration 000012)
			}
			if !strings.Contains(plan, "Index Scan using "+index) && (f.Kind == "" || !strings.Contains(plan, "Bitmap Index Scan on "+index)) {
				t.Errorf("the plan does not read the nearest assets from %s:\n%s", index, plan)
			}
			if strings.Contains(plan, "Seq Scan on listings") || strings.Contains(plan, "Seq Scan on asset_metadata") {
				t.Errorf("the plan reads a whole table:\n%s", plan)
			}
			// time it
			v = NewView(pool, 31337)
			var took []time.Duration
			for range 300 {
				s := time.Now()
				if _, err := v.Listings(ctx, At{MaxBlock: Latest}, f); err != nil {
					t.Fatal(err)
				}
				took = append(took, time.Since(s))
			}
			slices.Sort(took)
			t.Logf("%d listings, %d found: p50 %s, p99 %s (sequential, through the View)\n%s", n, len(rows),
				took[len(took)/2].Round(10*time.Microsecond), took[len(took)*99/100].Round(10*time.Microsecond), plan)
		})
	}
}

func explain(t *testing.T, pool *pgxpool.Pool, sql string, args []any) string {
	t.Helper()
	rows, err := pool.Query(context.Background(), "EXPLAIN (ANALYZE, BUFFERS) "+sql, args...)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestListings_NearMatchesWholeRadius: the bounded attempts of a near search answer what
// the plan that reads the whole radius answers, page after page, whichever attempt
// settles each page.
func TestListings_NearMatchesWholeRadius(t *testing.T) {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, testenv.MigratedPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	const t0 = 1767225600
	seedListings(t, pool, 3000, t0)
	v := NewView(pool, 31337)
	active := true
	for _, f := range []ListingFilter{
		{Near: &Near{Lat: 45.764, Lon: 4.8357, Radius: 3000}, Limit: 4},
		{Near: &Near{Lat: 45.70, Lon: 4.90, Radius: 8000}, Active: &active, AvailableFrom: t0 + 86400, AvailableTo: t0 + 2*86400, Limit: 7},
		{Near: &Near{Lat: 45.80, Lon: 4.80, Radius: 20000}, Kind: "tool", Limit: 5}, // a sixth of the candidates
		{Near: &Near{Lat: 45.75, Lon: 4.85, Radius: 6000}, Active: &active, Kind: "bicycle", AvailableFrom: t0 + 86400,
			AvailableTo: t0 + 2*86400, Limit: 3}, // the bench's search: kind and window pick the candidates
		{Near: &Near{Lat: 45.764, Lon: 4.8357, Radius: 100000}, Kind: "car", Limit: 50},             // past the first attempts
		{Near: &Near{Lat: 10, Lon: 10, Radius: 1000}, Limit: 3},                                     // nothing near
		{Near: &Near{Lat: 45.764, Lon: 4.8357, Radius: 5000}, MinProviderTier: ptrU64(3), Limit: 2}, // most filtered out
	} {
		var got, want []string
		page := f
		for range 40 {
			rows, err := v.Listings(ctx, At{MaxBlock: Latest}, page)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range rows {
				got = append(got, l.ID.String())
			}
			if len(rows) < page.Limit {
				break
			}
			last := rows[len(rows)-1]
			page.AfterNear = &ListingCursor{Key: last.Meta.Key, ID: last.ID.String()}
		}
		whole := f
		whole.Limit = 0
		rows, _, err := v.nearAttempt(ctx, At{MaxBlock: Latest}, whole, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range rows {
			want = append(want, l.ID.String())
		}
		if len(want) > 40*f.Limit {
			want = want[:40*f.Limit]
		}
		if !slices.Equal(got, want) {
			t.Errorf("near %+v, kind %q, limit %d: pages = %v, the whole radius = %v", *f.Near, f.Kind, f.Limit, got, want)
		}
	}
}
