package api_test

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/indexedtest"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

// The discovery fixture: eight listings around a point in Lyon, written straight into
// the tables the indexer and the metadata worker fill.
const (
	discT   = 1767225600 // the fixture's "today", unix seconds
	day     = 86400
	pLat    = 45.764
	pLon    = 4.8357
	metreNS = 1 / 111319.49 // degrees of latitude per metre on earthdistance's sphere (R 6 378 168 m)
)

// discoveryDB migrates a fresh database and returns a pool on it with the chain's
// cursor, tiers and the settings the listing queries read.
func discoveryDB(t *testing.T) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), testenv.MigratedPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	execSQL(t, pool, `
		INSERT INTO indexer_state (chain_id, start_block, indexed_block, head_block, finalized_block, state)
			VALUES (31337, 1, 100, 100, 90, 'following');
		INSERT INTO tiers (chain_id, tier, min_score, max_active_rentals, deposit_bps, pledge_bps, updated_block) VALUES
			(31337, 0, 0, 0, 20000, 20000, 1), (31337, 1, 300, 2, 15000, 15000, 1),
			(31337, 2, 600, 3, 10000, 10000, 1), (31337, 3, 800, 10, 7500, 7500, 1);`)
	return pool
}

func execSQL(t *testing.T, pool *pgxpool.Pool, sql string, args ...any) {
	t.Helper()
	if _, err := pool.Exec(context.Background(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// discoveryListing is one row of the fixture.
type discoveryListing struct {
	id       int
	provider byte   // the provider address is 20 times this byte
	status   string // listing status
	kind     string
	north    float64 // metres north of the point; NaN: a document without location
	meta     string  // fetched | stale (a document of the asset's previous hash) | mismatch
}

func seedDiscovery(t *testing.T, pool *pgxpool.Pool) {
	t.Helper()
	rows := []discoveryListing{
		{1, 0xa, "active", "bicycle", 100, "fetched"},
		{2, 0xb, "active", "car", 1000, "fetched"},
		{3, 0xa, "active", "bicycle", 5000, "fetched"},
		{4, 0xa, "active", "room", math.NaN(), "fetched"},
		{5, 0xb, "active", "tool", 300, "mismatch"},
		{6, 0xb, "active", "bicycle", 150, "stale"},
		{7, 0xa, "active", "charging_pile", 100, "fetched"},
		{8, 0xc, "delisted", "bicycle", 200, "fetched"},
	}
	for _, r := range rows {
		hash := fmt.Sprintf("%064x", r.id)
		provider := strings.Repeat(fmt.Sprintf("%02x", r.provider), 20)
		execSQL(t, pool, `INSERT INTO assets (chain_id, token_id, owner, asset_code, content_hash, uri, verified, locked, block_number, updated_block)
			VALUES (31337, $1, decode($2, 'hex'), decode($3, 'hex'), decode($3, 'hex'), 'https://example.org/doc', true, false, 1, 1)`,
			r.id, provider, hash)
		execSQL(t, pool, `INSERT INTO listings (chain_id, id, token_id, provider, payment_token, price_per_hour, deposit, min_duration,
				max_duration, price_per_unit, cancel_fee_bps, free_cancel_before, status, pledge_amount, pledge_state, block_number, updated_block)
			VALUES (31337, $1, $1, decode($2, 'hex'), decode($2, 'hex'), 100, 10, 0, 86400, 0, 0, 0, $3, 0, 'locked', 2, 2)`,
			r.id, provider, r.status)
		metaHash := hash
		if r.meta == "stale" {
			metaHash = fmt.Sprintf("%064x", 1000+r.id)
		}
		status, kind, title := "fetched", &r.kind, fmt.Sprintf("listing %d", r.id)
		if r.meta == "mismatch" {
			status, kind = "mismatch", nil
		}
		var lat, lon *float64
		if !math.IsNaN(r.north) && status == "fetched" {
			la, lo := pLat+r.north*metreNS, pLon
			lat, lon = &la, &lo
		}
		execSQL(t, pool, `INSERT INTO asset_metadata (chain_id, token_id, content_hash, uri, status, attempts, kind, title, lat, lon, fetched_at)
			VALUES (31337, $1, decode($2, 'hex'), 'https://example.org/doc', $3, 1, $4, CASE WHEN $3 = 'fetched' THEN $5 END, $6, $7, now())`,
			r.id, metaHash, status, kind, title, lat, lon)
	}
	execSQL(t, pool, `INSERT INTO accounts (chain_id, address, score, blacklisted, shr_balance, rewards_earned, pledged, active_rentals,
			tier_rentals, updated_block) VALUES
		(31337, decode(repeat('0a', 20), 'hex'), 900, false, 0, 0, 0, 0, 0, 1),
		(31337, decode(repeat('0b', 20), 'hex'), 300, false, 0, 0, 0, 0, 0, 1)`) // 0x0c…: never seen, a newcomer (500)
	// rentals: asset 2 is booked tomorrow; asset 3 was returned early from a rental that
	// ran into tomorrow; asset 7's booking tomorrow was cancelled; asset 1's rental ends today
	for _, r := range []struct {
		id, token              int
		status                 string
		start, end, returnedAt int64
	}{
		{1, 2, "booked", discT + day + 3600, discT + day + 7200, 0},
		{2, 3, "returned", discT, discT + 2*day, discT + 1000},
		{3, 7, "cancelled", discT + day, discT + day + 3600, 0},
		{4, 1, "active", discT - 3600, discT + 3600, 0},
	} {
		var returned *int64
		if r.returnedAt != 0 {
			returned = &r.returnedAt
		}
		execSQL(t, pool, `INSERT INTO rentals (chain_id, id, listing_id, token_id, renter, provider, payee, status, start_time, end_time,
				rent, deposit, checked_in, returned_at, grace_period, block_number, updated_block, cancel_fee_bps, free_cancel_before)
			VALUES (31337, $1, $2, $2, decode(repeat('0d', 20), 'hex'), decode(repeat('0a', 20), 'hex'), decode(repeat('0a', 20), 'hex'),
				$3, $4, $5, 1, 1, false, $6, 86400, 3, 3, 0, 0)`, r.id, r.token, r.status, r.start, r.end, returned)
	}
}

func discoveryFixture(t *testing.T, pool *pgxpool.Pool) *fixture {
	t.Helper()
	return serve(t, &indexedtest.Env{Pool: pool, Manifest: testManifest(t)}, nil)
}

// greatCircle is earthdistance's distance between two points of the same longitude.
func greatCircle(northA, northB float64) float64 {
	const r = 6378168
	return r * math.Abs(northA-northB) * metreNS * math.Pi / 180
}

func TestListings_Discovery(t *testing.T) {
	pool := discoveryDB(t)
	seedDiscovery(t, pool)
	f := discoveryFixture(t, pool)

	near := fmt.Sprintf("near=%v,%v", pLat, pLon)
	window := fmt.Sprintf("available_from=%d&available_to=%d", discT+day, discT+2*day)
	tests := []struct {
		name  string
		query string
		want  []string // listing ids in order
	}{
		{"no filter", "", []string{"1", "2", "3", "4", "5", "6", "7", "8"}},
		{"near: by distance, ties by id", near + "&radius_m=2000", []string{"1", "7", "8", "2"}},
		{"near: a wider radius", near + "&radius_m=10000", []string{"1", "7", "8", "2", "3"}},
		{"near: a radius that ends short of 1 km", near + "&radius_m=990", []string{"1", "7", "8"}},
		{"kind", "kind=bicycle", []string{"1", "3", "8"}},
		{"kind, none", "kind=other", nil},
		{"free tomorrow", window, []string{"1", "3", "4", "5", "6", "7", "8"}},
		{"busy during the booking", fmt.Sprintf("available_from=%d&available_to=%d", discT+day+3000, discT+day+4000),
			[]string{"1", "3", "4", "5", "6", "7", "8"}},
		{"free just after the booking", fmt.Sprintf("available_from=%d&available_to=%d", discT+day+7200, discT+day+9000),
			[]string{"1", "2", "3", "4", "5", "6", "7", "8"}},
		{"the returned rental held the asset until it came back", fmt.Sprintf("available_from=%d&available_to=%d", discT+500, discT+600),
			[]string{"2", "4", "5", "6", "7", "8"}},
		{"tier 1: newcomers too", "min_provider_tier=1", []string{"1", "2", "3", "4", "5", "6", "7", "8"}},
		{"tier 2", "min_provider_tier=2", []string{"1", "3", "4", "7"}},
		{"tier 3", "min_provider_tier=3", []string{"1", "3", "4", "7"}},
		{"bicycles free tomorrow within 2 km", "kind=bicycle&" + near + "&radius_m=2000&" + window + "&active=true", []string{"1"}},
		{"combined with price and tier", near + "&radius_m=10000&" + window + "&min_provider_tier=2&max_price_per_hour=100", []string{"1", "7", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var page api.Page[api.Listing]
			f.getJSON(t, "/v1/listings?"+tt.query, http.StatusOK, &page)
			var got []string
			for _, l := range page.Items {
				got = append(got, l.ID)
				if strings.Contains(tt.query, "near=") != (l.DistanceM != nil) {
					t.Errorf("listing %s: distance_m %v with query %q", l.ID, l.DistanceM, tt.query)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("GET /v1/listings?%s = %v, want %v", tt.query, got, tt.want)
			}
		})
	}

	t.Run("fields", func(t *testing.T) {
		var page api.Page[api.Listing]
		f.getJSON(t, "/v1/listings?"+near+"&radius_m=10000", http.StatusOK, &page)
		north := map[string]float64{"1": 100, "7": 100, "8": 200, "2": 1000, "3": 5000}
		for _, l := range page.Items {
			want := int64(math.Round(greatCircle(0, north[l.ID])))
			if l.DistanceM == nil || *l.DistanceM < want-1 || *l.DistanceM > want+1 {
				t.Errorf("listing %s: distance_m = %v, want %d ± 1", l.ID, l.DistanceM, want)
			}
			if l.Location.V == nil || math.Abs(l.Location.V.Lat-(pLat+north[l.ID]*metreNS)) > 1e-9 || l.Location.V.Lon != pLon {
				t.Errorf("listing %s: location = %+v", l.ID, l.Location.V)
			}
		}
		var one api.Listing
		f.getJSON(t, "/v1/listings/7", http.StatusOK, &one)
		if one.Kind == nil || *one.Kind != "charging_pile" || one.Title == nil || *one.Title != "listing 7" || one.Location.V == nil || one.DistanceM != nil {
			t.Errorf("GET /v1/listings/7 = kind %v, title %v, location %v, distance %v", one.Kind, one.Title, one.Location.V, one.DistanceM)
		}
		// no document, a mismatched one, one of the asset's previous content hash: all null
		for _, id := range []string{"4", "5", "6"} {
			f.getJSON(t, "/v1/listings/"+id, http.StatusOK, &one)
			if id == "4" && (one.Kind == nil || one.Location.V != nil) {
				t.Errorf("listing 4 (a document without location): kind %v, location %v", one.Kind, one.Location.V)
			}
			if id != "4" && (one.Kind != nil || one.Title != nil || one.Location.V != nil) {
				t.Errorf("listing %s: kind %v, title %v, location %v; want null until a matching document", id, one.Kind, one.Title, one.Location.V)
			}
		}
	})

	t.Run("near pages by distance then id", func(t *testing.T) {
		var got []string
		path := "/v1/listings?" + near + "&radius_m=10000&limit=1"
		for range 10 {
			var page api.Page[api.Listing]
			f.getJSON(t, path, http.StatusOK, &page)
			for _, l := range page.Items {
				got = append(got, l.ID)
			}
			if page.NextCursor == nil {
				break
			}
			path = "/v1/listings?" + near + "&radius_m=10000&limit=1&cursor=" + url.QueryEscape(*page.NextCursor)
		}
		if want := []string{"1", "7", "8", "2", "3"}; !slices.Equal(got, want) {
			t.Errorf("paging one by one = %v, want %v", got, want)
		}
	})

	t.Run("bad parameters", func(t *testing.T) {
		s := &sweeper{f: f, byStatus: map[int]int{}}
		var page api.Page[api.Listing]
		f.getJSON(t, "/v1/listings?limit=1", http.StatusOK, &page)
		idCursor := *page.NextCursor
		f.getJSON(t, "/v1/listings?"+near+"&radius_m=10000&limit=1", http.StatusOK, &page)
		nearCursor := *page.NextCursor
		for query, param := range map[string]string{
			near:                                     "near",
			"radius_m=100":                           "radius_m",
			near + "&radius_m=0":                     "radius_m",
			near + "&radius_m=100001":                "radius_m",
			near + "&radius_m=-1":                    "radius_m",
			near + "&radius_m=1.5":                   "radius_m",
			"near=91,0&radius_m=10":                  "near",
			"near=0,180.5&radius_m=10":               "near",
			"near=1e1,0&radius_m=10":                 "near",
			"near=NaN,0&radius_m=10":                 "near",
			"near=0&radius_m=10":                     "near",
			"near=0,0,0&radius_m=10":                 "near",
			"near=%2B1,0&radius_m=10":                "near",
			"available_from=1":                       "available_to",
			"available_to=1":                         "available_from",
			"available_from=5&available_to=5":        "available_to",
			"available_from=6&available_to=5":        "available_to",
			"available_from=-1&available_to=5":       "available_from",
			"kind=spaceship":                         "kind",
			"kind=Bicycle":                           "kind",
			"min_provider_tier=4":                    "min_provider_tier",
			"min_provider_tier=01":                   "min_provider_tier",
			near + "&radius_m=10&cursor=" + idCursor: "cursor",
			"cursor=" + nearCursor:                   "cursor",
			near + "&radius_m=10&cursor=" + cursorOfKeys("listings_near", "18446744073709551616", "1"): "cursor",
			"kind=car&kind=car": "kind",
		} {
			s.want(t, "/v1/listings?"+query, http.StatusBadRequest, param)
		}
	})
}
