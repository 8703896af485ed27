package migrations_test

import (
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/indexer/store"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/migrations"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// TestFiles checks that every version has exactly one up and one down file, which a
// merge of two branches can break.
func TestFiles(t *testing.T) {
	entries, err := fs.ReadDir(migrations.Files(), ".")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`^(\d{6})_[a-z0-9_]+\.(up|down)\.sql$`)
	count := map[string]map[string]int{}
	for _, e := range entries {
		m := name.FindStringSubmatch(e.Name())
		if m == nil {
			t.Errorf("%s: want NNNNNN_snake_title.up.sql or .down.sql", e.Name())
			continue
		}
		if count[m[1]] == nil {
			count[m[1]] = map[string]int{}
		}
		count[m[1]][m[2]]++
	}
	for version, dirs := range count {
		if dirs["up"] != 1 || dirs["down"] != 1 {
			t.Errorf("version %s has %d up and %d down files, want 1 and 1", version, dirs["up"], dirs["down"])
		}
	}
}

// TestUpDownUp runs every migration up, all the way down, and up again on a fresh
// database: a down file that does not undo its up file breaks the second up.
func TestUpDownUp(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	if err := r.Check(); !errors.Is(err, migrations.ErrBehind) {
		t.Fatalf("Check() on an empty database = %v, want ErrBehind", err)
	}
	latest, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() = %v", err)
	}
	if v, dirty, err := r.Version(); err != nil || dirty || v != latest {
		t.Fatalf("Version() = %d, %v, %v; want %d, false, nil", v, dirty, err, latest)
	}
	if err := r.Check(); err != nil {
		t.Fatalf("Check() after Up() = %v", err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("a second Up() = %v, want nil (no change)", err)
	}
	if err := r.Down(int(latest)); err != nil {
		t.Fatalf("Down(%d) = %v", latest, err)
	}

	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var left int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("%d tables left after migrating all the way down, want 0", left)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() after Down() = %v", err)
	}
}

func TestDown_RejectsNonPositiveSteps(t *testing.T) {
	r, err := migrations.Open(testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Down(0); err == nil {
		t.Error("Down(0) = nil, want an error")
	}
}

func TestCheck_Dirty(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// what golang-migrate leaves behind when a migration fails halfway.
	if _, err := conn.Exec(ctx, `UPDATE schema_migrations SET dirty = true`); err != nil {
		t.Fatal(err)
	}
	if err := r.Check(); !errors.Is(err, migrations.ErrDirty) {
		t.Errorf("Check() on a dirty schema = %v, want ErrDirty", err)
	}
	if err := r.Up(); !errors.Is(err, migrations.ErrDirty) {
		t.Errorf("Up() on a dirty schema = %v, want ErrDirty", err)
	}
}

// TestDown_RestoresDeferredIndexes: going down past 000003 while an indexer has the
// events read indexes deferred (dropped, with their definitions recorded) builds them
// again, so the older schema is whole.
func TestDown_RestoresDeferredIndexes(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// what the indexer's store does when it defers one index
	if _, err := conn.Exec(ctx, `
		INSERT INTO indexer_deferred_indexes (name, definition, comment)
		SELECT 'idx_events_name', pg_get_indexdef('idx_events_name'::regclass), obj_description('idx_events_name'::regclass, 'pg_class');
		DROP INDEX idx_events_name;`); err != nil {
		t.Fatal(err)
	}
	latest, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Down(int(latest) - 2); err != nil {
		t.Fatalf("Down to version 2 = %v", err)
	}
	var comment string
	if err := conn.QueryRow(ctx, `SELECT obj_description('idx_events_name'::regclass, 'pg_class')`).Scan(&comment); err != nil {
		t.Fatalf("idx_events_name after going down: %v", err)
	}
	if comment == "" {
		t.Error("idx_events_name came back without its comment")
	}
}

// TestUndoLogRule: undo records written before a migration must still roll their batch
// back after it (migrations/README.md). It writes them as the indexer of version 4 did —
// one changed asset and one created in the batch — migrates up, down and up with them
// present, and rolls the batch back with the store.
func TestUndoLogRule(t *testing.T) {
	ctx := context.Background()
	r, conn, url, latest := atVersion(t, 4)
	const v4 = `
		INSERT INTO indexer_state (chain_id, start_block, indexed_block) VALUES (31337, 1, 10);
		INSERT INTO assets (token_id, owner, asset_code, content_hash, uri, verified, block_number, updated_block) VALUES
			(7, '\x1111111111111111111111111111111111111111', '\x` + hash32 + `', '\x` + hash32 + `', 'new', true, 3, 10),
			(8, '\x2222222222222222222222222222222222222222', '\x` + hash32 + `', '\x` + hash32 + `', 'born', false, 10, 10);
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row)
			SELECT 10, 10, 'assets', '{"token_id": 7}', to_jsonb(a) || '{"uri": "old", "verified": false, "updated_block": 3}'
			FROM assets a WHERE token_id = 7;
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row) VALUES (10, 10, 'assets', '{"token_id": 8}', NULL);
		INSERT INTO listings (id, token_id, provider, payment_token, price_per_hour, deposit, min_duration, max_duration,
			price_per_unit, status, pledge_amount, pledge_state, block_number, updated_block) VALUES
			(3, 7, '\x1111111111111111111111111111111111111111', '\x3333333333333333333333333333333333333333', 100, 50, 0,
			 3600, 0, 'delisted', 7, 'returned', 4, 10);
		INSERT INTO rentals (id, listing_id, token_id, renter, provider, status, start_time, end_time, rent, deposit,
			block_number, updated_block) VALUES
			(5, 3, 7, '\x2222222222222222222222222222222222222222', '\x1111111111111111111111111111111111111111', 'settled',
			 100, 200, 10, 20, 5, 10);
		INSERT INTO accounts (address, score, active_rentals, updated_block) VALUES
			('\x2222222222222222222222222222222222222222', 610, 0, 10);
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row)
			SELECT 10, 10, 'listings', '{"id": 3}', to_jsonb(l) || '{"status": "active", "pledge_state": "locked", "updated_block": 4}'
			FROM listings l WHERE id = 3;
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row)
			SELECT 10, 10, 'rentals', '{"id": 5}', to_jsonb(r) || '{"status": "active", "updated_block": 5}'
			FROM rentals r WHERE id = 5;
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row)
			SELECT 10, 10, 'accounts', jsonb_build_object('address', a.address), to_jsonb(a) || '{"score": 600, "active_rentals": 1, "updated_block": 5}'
			FROM accounts a;`
	if _, err := conn.Exec(ctx, v4); err != nil {
		t.Fatal(err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() with undo records = %v", err)
	}
	if err := r.Down(latest - 4); err != nil {
		t.Fatalf("Down() with undo records = %v", err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() again with undo records = %v", err)
	}

	pool, err := pg.Open(ctx, url, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, err := store.New(pool, 31337).Rollback(ctx, 9); err != nil {
		t.Fatalf("Rollback(9) after the migrations = %v", err)
	}
	var uri string
	var verified bool
	var updated, chain int64
	if err := conn.QueryRow(ctx, `SELECT uri, verified, updated_block, chain_id FROM assets WHERE token_id = 7`).
		Scan(&uri, &verified, &updated, &chain); err != nil {
		t.Fatalf("asset 7 after the rollback: %v", err)
	}
	if uri != "old" || verified || updated != 3 || chain != 31337 {
		t.Errorf("asset 7 after the rollback = (%q, %v, %d, chain %d), want (\"old\", false, 3, chain 31337)", uri, verified, updated, chain)
	}
	// 000007's columns, restored with the values v1's rules imply.
	var (
		status, pledgeState      string
		payee                    []byte
		checkedIn                bool
		grace                    int64
		listingStatus            string
		cancelFee                int
		score, active, tierCount int
	)
	if err := conn.QueryRow(ctx, `SELECT r.status, r.payee, r.checked_in, r.grace_period, l.status, l.pledge_state, l.cancel_fee_bps
		FROM rentals r JOIN listings l ON l.id = r.listing_id WHERE r.id = 5`).
		Scan(&status, &payee, &checkedIn, &grace, &listingStatus, &pledgeState, &cancelFee); err != nil {
		t.Fatalf("rental 5 after the rollback: %v", err)
	}
	if status != "active" || common.BytesToAddress(payee) != common.HexToAddress("0x1111111111111111111111111111111111111111") ||
		!checkedIn || grace != 86400 || listingStatus != "active" || pledgeState != "locked" || cancelFee != 0 {
		t.Errorf("rental 5 and listing 3 after the rollback = (%s, payee %x, checked in %v, grace %d; %s, %s, cancel fee %d), "+
			"want (active, payee the provider, checked in, 86400; active, locked, 0)", status, payee, checkedIn, grace,
			listingStatus, pledgeState, cancelFee)
	}
	if err := conn.QueryRow(ctx, `SELECT score, active_rentals, tier_rentals FROM accounts`).Scan(&score, &active, &tierCount); err != nil {
		t.Fatalf("the account after the rollback: %v", err)
	}
	if score != 600 || active != 1 || tierCount != 1 {
		t.Errorf("the account after the rollback = (score %d, active %d, tier rentals %d), want (600, 1, 1)", score, active, tierCount)
	}

	var n int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM assets WHERE token_id = 8) + (SELECT count(*) FROM undo_log)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d rows of asset 8 and undo records left after the rollback, want 0", n)
	}
}

const hash32 = "0000000000000000000000000000000000000000000000000000000000000000"

// atVersion migrates a fresh database up and then down to version, and returns the
// runner (to migrate it on), a connection to it, its URL and the latest version; t's
// cleanup closes them.
func atVersion(t *testing.T, version int) (r *migrations.Runner, conn *pgx.Conn, url string, latest int) {
	t.Helper()
	ctx := context.Background()
	url = testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	l, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	if err := r.Down(int(l) - version); err != nil {
		t.Fatalf("Down to version %d = %v", version, err)
	}
	if conn, err = pgx.Connect(ctx, url); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return r, conn, url, int(l)
}

// TestIndexerState_Status: a cursor row from before 000006 reads as stopped (no
// indexer of that version declared a state), and the checks refuse a state outside
// the four, a diverged state without its block and an error beside a running state.
func TestIndexerState_Status(t *testing.T) {
	ctx := context.Background()
	r, conn, _, _ := atVersion(t, 5) // before 000006
	if _, err := conn.Exec(ctx, `INSERT INTO indexer_state (chain_id, start_block, indexed_block) VALUES (31337, 1, 40)`); err != nil {
		t.Fatal(err)
	}
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	var state string
	if err := conn.QueryRow(ctx, `SELECT state FROM indexer_state`).Scan(&state); err != nil || state != "stopped" {
		t.Fatalf("state of a row from before 000006 = %q, %v; want stopped", state, err)
	}

	tests := []struct {
		name   string
		update string
		ok     bool
	}{
		{"following", `SET state = 'following'`, true},
		{"diverged with its block and error", `SET state = 'diverged', diverged_block = 12, error = 'reorg'`, true},
		{"stopped with an error", `SET state = 'stopped', diverged_block = NULL, error = 'wrong chain'`, true},
		{"unknown state", `SET state = 'paused', error = NULL`, false},
		{"diverged without a block", `SET state = 'diverged', diverged_block = NULL`, false},
		{"a block without diverged", `SET state = 'following', diverged_block = 3, error = NULL`, false},
		{"an error while following", `SET state = 'following', diverged_block = NULL, error = 'oops'`, false},
		{"a negative block", `SET state = 'diverged', diverged_block = -1`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := conn.Exec(ctx, `UPDATE indexer_state `+tt.update)
			if (err == nil) != tt.ok {
				t.Errorf("UPDATE indexer_state %s = %v, want ok %v", tt.update, err, tt.ok)
			}
		})
	}
}

// TestDiscovery_OwnerWithoutSuperuser: an owner that is not a superuser migrates up, all
// the way down and up again once a superuser has created earthdistance in its database
// (migrations/README.md), and the down leaves that superuser's extensions in place.
func TestDiscovery_OwnerWithoutSuperuser(t *testing.T) {
	ctx := context.Background()
	adminURL := testenv.Postgres(t)
	admin, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	u, err := url.Parse(adminURL)
	if err != nil {
		t.Fatal(err)
	}
	db := strings.TrimPrefix(u.Path, "/")
	role := db + "_owner"
	for _, q := range []string{
		`CREATE ROLE ` + role + ` LOGIN NOSUPERUSER`,
		`ALTER DATABASE ` + db + ` OWNER TO ` + role,
		`CREATE EXTENSION earthdistance CASCADE`,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		ctx := context.Background()
		c, err := pgx.Connect(ctx, adminURL)
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(ctx)
		for _, q := range []string{`REASSIGN OWNED BY ` + role + ` TO CURRENT_USER`, `DROP OWNED BY ` + role, `DROP ROLE ` + role} {
			if _, err := c.Exec(ctx, q); err != nil {
				t.Errorf("%s: %v", q, err)
			}
		}
	})

	u.User = url.User(role)
	r, err := migrations.Open(u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatalf("Up() as the owner = %v", err)
	}
	if err := r.DownAll(); err != nil {
		t.Fatalf("DownAll() as the owner = %v", err)
	}
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_extension WHERE extname IN ('cube', 'earthdistance')`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("%d of cube and earthdistance left after DownAll(), want the superuser's 2", n)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() after DownAll() = %v", err)
	}
}

// TestRentalCancelTerms: 000014 gives each rental indexed before it the cancellation
// terms of the listing version it was rented under — the listing's last Listed or
// ListingUpdated before its Rented, from the events table — not the listing's current
// terms; a rental whose Rented is not there gets the listing's current terms; the undo
// log's pre-images get their row's, and down and up again keep it so.
func TestRentalCancelTerms(t *testing.T) {
	ctx := context.Background()
	r, conn, _, latest := atVersion(t, 13)
	// listing 3 was listed with a 5 % fee free until an hour before, rented (rental 5),
	// updated to 20 % free until two hours before, rented again (rental 6); rental 7's
	// Rented is not in the events; rental 5 also has a pre-image in the undo log
	const v13 = `
		INSERT INTO listings (chain_id, id, token_id, provider, payment_token, price_per_hour, deposit, min_duration,
			max_duration, price_per_unit, status, pledge_amount, pledge_state, block_number, updated_block,
			cancel_fee_bps, free_cancel_before) VALUES
			(31337, 3, 7, '\x1111111111111111111111111111111111111111', '\x3333333333333333333333333333333333333333',
			 100, 50, 0, 3600, 0, 'active', 7, 'locked', 2, 4, 2000, 7200);
		INSERT INTO rentals (chain_id, id, listing_id, token_id, renter, provider, payee, status, start_time, end_time,
			rent, deposit, checked_in, grace_period, block_number, updated_block) VALUES
			(31337, 5, 3, 7, '\x2222222222222222222222222222222222222222', '\x1111111111111111111111111111111111111111',
			 '\x1111111111111111111111111111111111111111', 'booked', 100000, 103600, 100, 50, false, 86400, 3, 3),
			(31337, 6, 3, 7, '\x2222222222222222222222222222222222222222', '\x1111111111111111111111111111111111111111',
			 '\x1111111111111111111111111111111111111111', 'booked', 200000, 203600, 100, 50, false, 86400, 5, 5),
			(31337, 7, 3, 7, '\x2222222222222222222222222222222222222222', '\x1111111111111111111111111111111111111111',
			 '\x1111111111111111111111111111111111111111', 'booked', 300000, 303600, 100, 50, false, 86400, 6, 6);
		INSERT INTO events (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, address,
			contract, name, args, topics, data)
		SELECT 31337, b, decode(lpad(to_hex(b), 64, '0'), 'hex'), 1000 + b, decode(lpad(to_hex(100 + b), 64, '0'), 'hex'),
			0, li, '\x4444444444444444444444444444444444444444', 'PledgeEscrow', name, args::jsonb, '{}', ''
		FROM (VALUES
			(2, 0, 'Listed', '{"listingId": "3", "tokenId": "7", "cancelFeeBps": "500", "freeCancelBefore": "3600"}'),
			(3, 1, 'Rented', '{"rentalId": "5", "listingId": "3", "tokenId": "7"}'),
			(4, 0, 'ListingUpdated', '{"listingId": "3", "cancelFeeBps": "2000", "freeCancelBefore": "7200"}'),
			(5, 0, 'Rented', '{"rentalId": "6", "listingId": "3", "tokenId": "7"}')
		) AS e (b, li, name, args);
		INSERT INTO undo_log (chain_id, batch_from, batch_to, table_name, key, old_row)
			SELECT 31337, 6, 6, 'rentals', '{"chain_id": 31337, "id": 5}', to_jsonb(r) || '{"updated_block": 3}'
			FROM rentals r WHERE id = 5;`
	if _, err := conn.Exec(ctx, v13); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		want := map[int][2]int64{5: {500, 3600}, 6: {2000, 7200}, 7: {2000, 7200}}
		for id, w := range want {
			var fee, free int64
			if err := conn.QueryRow(ctx, `SELECT cancel_fee_bps, free_cancel_before FROM rentals WHERE id = $1`, id).Scan(&fee, &free); err != nil {
				t.Fatalf("%s: rental %d: %v", when, id, err)
			}
			if fee != w[0] || free != w[1] {
				t.Errorf("%s: rental %d's terms = (%d bps, %d s), want (%d, %d)", when, id, fee, free, w[0], w[1])
			}
		}
		var pre string
		if err := conn.QueryRow(ctx, `SELECT (old_row ->> 'cancel_fee_bps') || '/' || (old_row ->> 'free_cancel_before')
			FROM undo_log WHERE table_name = 'rentals'`).Scan(&pre); err != nil {
			t.Fatalf("%s: the undo record: %v", when, err)
		}
		if pre != "500/3600" {
			t.Errorf("%s: rental 5's pre-image terms = %s, want 500/3600", when, pre)
		}
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() = %v", err)
	}
	check("after 000014")
	if err := r.Down(latest - 13); err != nil {
		t.Fatalf("Down to version 13 = %v", err)
	}
	var stale bool
	if err := conn.QueryRow(ctx, `SELECT old_row ? 'cancel_fee_bps' FROM undo_log`).Scan(&stale); err != nil || stale {
		t.Errorf("after 000014's down: pre-image still has cancel_fee_bps (%v, %v)", stale, err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() again = %v", err)
	}
	check("after down and up")
}
