package metadata

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

const chainID = 31337

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func setup(t testing.TB, f *Fetcher) (*pgxpool.Pool, *Worker, *clock) {
	t.Helper()
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, testenv.MigratedPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	c := &clock{t: time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)}
	w, err := NewWorker(pool, Config{ChainID: chainID, Fetcher: f, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	return pool, w, c
}

// putAsset writes the assets row the indexer would have written for token in a new
// block, and moves the indexer's cursor to that block.
func putAsset(t *testing.T, pool *pgxpool.Pool, token int, hash [32]byte, uri string) {
	t.Helper()
	ctx := context.Background()
	var block int64
	err := pool.QueryRow(ctx, `
		INSERT INTO indexer_state (chain_id, start_block, indexed_block) VALUES ($1, 1, 1)
		ON CONFLICT (chain_id) DO UPDATE SET indexed_block = indexer_state.indexed_block + 1
		RETURNING indexed_block`, chainID).Scan(&block)
	if err != nil {
		t.Fatal(err)
	}
	_, err = pool.Exec(ctx, `
		INSERT INTO assets (chain_id, token_id, owner, asset_code, content_hash, uri, verified, locked, block_number, updated_block)
		VALUES ($1, $2, '\x0000000000000000000000000000000000000001', $3, $4, $5, true, false, $6, $6)
		ON CONFLICT (chain_id, token_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, uri = EXCLUDED.uri,
			updated_block = EXCLUDED.updated_block`,
		chainID, token, hash[:], hash[:], uri, block)
	if err != nil {
		t.Fatal(err)
	}
}

type row struct {
	status   string
	attempts int
	next     *time.Time
	kind     *string
	lat      *float64
}

func rowOf(t *testing.T, pool *pgxpool.Pool, token int, hash [32]byte) *row {
	t.Helper()
	var r row
	err := pool.QueryRow(context.Background(), `SELECT status, attempts, next_attempt_at, kind, lat FROM asset_metadata
		WHERE chain_id = $1 AND token_id = $2 AND content_hash = $3`, chainID, token, hash[:]).Scan(&r.status, &r.attempts, &r.next, &r.kind, &r.lat)
	if err != nil {
		t.Fatalf("asset_metadata of token %d: %v", token, err)
	}
	return &r
}

func step(t *testing.T, w *Worker) int {
	t.Helper()
	n, err := w.Step(context.Background())
	if err != nil {
		t.Fatalf("Step() = %v", err)
	}
	return n
}

func TestWorker_FetchesAndGivesUp(t *testing.T) {
	var fails atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bike.json":
			_, _ = w.Write([]byte(bikeDoc))
		case "/flaky.json": // 500 twice, then the document
			if fails.Add(1) <= 2 {
				http.Error(w, "busy", http.StatusInternalServerError)
				return
			}
			_, _ = w.Write([]byte(bikeDoc))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	pool, w, c := setup(t, newFetcher(t, FetcherConfig{AllowPrivate: true}))
	h := hashOf(bikeDoc)
	putAsset(t, pool, 1, h, srv.URL+"/bike.json")
	putAsset(t, pool, 2, h, srv.URL+"/flaky.json")
	putAsset(t, pool, 3, h, srv.URL+"/gone.json")
	putAsset(t, pool, 4, h, "gopher://example.org/")

	if n := step(t, w); n != 4 {
		t.Fatalf("first Step() attempted %d assets, want 4", n)
	}
	if r := rowOf(t, pool, 1, h); r.status != "fetched" || r.next != nil || r.kind == nil || *r.kind != "bicycle" || r.lat == nil || *r.lat != 45.764 {
		t.Errorf("token 1 = %+v, want fetched, final, a bicycle at 45.764", r)
	}
	if r := rowOf(t, pool, 4, h); r.status != "invalid" || r.next != nil {
		t.Errorf("token 4 = %+v, want invalid and given up at once", r)
	}
	r := rowOf(t, pool, 2, h)
	if r.status != "unreachable" || r.attempts != 1 || r.next == nil || !r.next.Equal(c.t.Add(30*time.Second)) {
		t.Fatalf("token 2 after one 500 = %+v, want unreachable, retried in 30 s", r)
	}
	if n := step(t, w); n != 0 {
		t.Errorf("Step() before any retry is due attempted %d, want 0", n)
	}
	c.advance(30 * time.Second)
	if n := step(t, w); n != 2 {
		t.Errorf("Step() after 30 s attempted %d, want the 2 retries", n)
	}
	if r := rowOf(t, pool, 2, h); r.attempts != 2 || !r.next.Equal(c.t.Add(time.Minute)) {
		t.Errorf("token 2 after two 500s = %+v, want retried in 1 min", r)
	}
	c.advance(time.Minute)
	step(t, w)
	if r := rowOf(t, pool, 2, h); r.status != "fetched" || r.attempts != 3 || r.next != nil {
		t.Errorf("token 2 after the third attempt = %+v, want fetched", r)
	}
	// the 404 goes on to its 8th attempt, then is given up
	for i := 0; i < 10; i++ {
		c.advance(time.Hour)
		step(t, w)
	}
	if r := rowOf(t, pool, 3, h); r.status != "unreachable" || r.attempts != MaxAttempts || r.next != nil {
		t.Errorf("token 3 after many 404s = %+v, want given up after %d attempts", r, MaxAttempts)
	}

	// a new uri restarts a failed row; a new content hash is a new row, fetched at once
	putAsset(t, pool, 3, h, srv.URL+"/bike.json")
	room := `{"kind":"room","title":"Room"}`
	putAsset(t, pool, 1, hashOf(room), srv.URL+"/bike.json")
	if n := step(t, w); n != 2 {
		t.Errorf("Step() after a new uri and a new hash attempted %d, want 2", n)
	}
	if r := rowOf(t, pool, 3, h); r.status != "fetched" || r.attempts != 1 {
		t.Errorf("token 3 at its new uri = %+v, want fetched at the first attempt", r)
	}
	if r := rowOf(t, pool, 1, hashOf(room)); r.status != "mismatch" || r.next == nil {
		t.Errorf("token 1 with a new hash and the old document = %+v, want a mismatch to retry", r)
	}

	// a row that changed without a newer updated_block (a reorg restores pre-images) is
	// found by the next full scan
	exec := func(sql string, args ...any) {
		if _, err := pool.Exec(context.Background(), sql, args...); err != nil {
			t.Fatal(err)
		}
	}
	restored := `{"kind":"tool","title":"drill"}`
	rh := hashOf(restored)
	exec(`UPDATE assets SET content_hash = $1 WHERE chain_id = $2 AND token_id = 4`, rh[:], chainID)
	exec(`UPDATE asset_metadata SET next_attempt_at = NULL WHERE chain_id = $1 AND token_id = 1`, chainID) // quiet the retry
	if n := step(t, w); n != 0 {
		t.Errorf("Step() between full scans attempted %d, want 0", n)
	}
	c.advance(FullScanEvery)
	if n := step(t, w); n != 1 {
		t.Errorf("the next full scan attempted %d, want the restored asset", n)
	}

	// after a rollback (Rewind) the next scan reads every row again, whatever the clock
	restored2 := `{"kind":"tool","title":"saw"}`
	rh2 := hashOf(restored2)
	exec(`UPDATE assets SET content_hash = $1 WHERE chain_id = $2 AND token_id = 4`, rh2[:], chainID)
	if n := step(t, w); n != 0 {
		t.Errorf("Step() before the rewind attempted %d, want 0", n)
	}
	w.Rewind()
	if n := step(t, w); n != 1 {
		t.Errorf("Step() after Rewind attempted %d, want the restored asset", n)
	}
}

// TestWorker_PagesThroughABacklog: with more asset rows than a scan page, most of them
// already fetched (an asset row changes at every rental), the worker reads on from
// where it stopped until a batch is due, so every due asset is attempted once, across
// pages, and nothing is attempted twice; rows written afterwards are found next.
func TestWorker_PagesThroughABacklog(t *testing.T) {
	pool, w, _ := setup(t, newFetcher(t, FetcherConfig{}))
	ctx := context.Background()
	const assets, every = 3*scanPage + 7, 50 // one asset in 50 is due: fewer than a batch a page
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := pool.Exec(ctx, sql, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO indexer_state (chain_id, start_block, indexed_block) VALUES ($1, 1, $2)`, chainID, assets+10)
	// the uri has a scheme the fetcher refuses at once: an attempt needs no network
	exec(`INSERT INTO assets (chain_id, token_id, owner, asset_code, content_hash, uri, verified, locked, block_number, updated_block)
		SELECT $1, i, '\x0000000000000000000000000000000000000001', sha256(i::text::bytea), sha256(i::text::bytea),
			'ftp://example.org/' || i, true, false, 1, 1 + (i * 7919) % $2
		FROM generate_series(1, $2) i`, chainID, assets)
	exec(`INSERT INTO asset_metadata (chain_id, token_id, content_hash, uri, status, attempts, kind, title, fetched_at)
		SELECT chain_id, token_id, content_hash, uri, 'fetched', 1, 'bicycle', 'a bicycle', now()
		FROM assets WHERE chain_id = $1 AND token_id % $2 <> 0`, chainID, every)
	want := assets / every

	total := 0
	for range want/w.cfg.Batch + 1 {
		total += step(t, w)
	}
	if total != want {
		t.Errorf("the steps attempted %d assets, want the %d due", total, want)
	}
	if n := step(t, w); n != 0 {
		t.Errorf("a step after the backlog attempted %d, want 0", n)
	}
	var attempts, rows int
	if err := pool.QueryRow(ctx, `SELECT coalesce(sum(attempts), 0), count(*) FROM asset_metadata WHERE chain_id = $1 AND status <> 'fetched'`,
		chainID).Scan(&attempts, &rows); err != nil {
		t.Fatal(err)
	}
	if rows != want || attempts != want {
		t.Errorf("%d rows with %d attempts recorded, want %d with one each", rows, attempts, want)
	}
	// a later commit (higher updated_block) is read from where the scan stopped
	putAsset(t, pool, assets+1, [32]byte{1}, "ftp://example.org/new")
	if n := step(t, w); n != 1 {
		t.Errorf("a step after a new asset attempted %d, want 1", n)
	}
}

// BenchmarkWorker_Drain measures a worker working through n assets that a backfill
// registered at once (none fetched yet; a uri scheme refused without network, 50 assets a
// block): each asset row is read about once, so the time grows linearly with n.
//
//	go test ./indexer/metadata -run '^$' -bench Drain -benchtime 1x
func BenchmarkWorker_Drain(b *testing.B) {
	for _, n := range []int{20_000, 60_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				pool, w, _ := setup(b, newFetcher(b, FetcherConfig{}))
				ctx := context.Background()
				for _, q := range []string{
					`INSERT INTO indexer_state (chain_id, start_block, indexed_block) VALUES ($1, 1, $2)`,
					`INSERT INTO assets (chain_id, token_id, owner, asset_code, content_hash, uri, verified, locked, block_number, updated_block)
					SELECT $1, i, '\x0000000000000000000000000000000000000001', sha256(i::text::bytea), sha256(i::text::bytea),
						'ftp://example.org/' || i, true, false, 1, 1 + i / 50
					FROM generate_series(1, $2) i`,
				} {
					if _, err := pool.Exec(ctx, q, chainID, n); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				for done := 0; done < n; {
					k, err := w.Step(ctx)
					if err != nil {
						b.Fatal(err)
					}
					if k == 0 {
						b.Fatalf("a step attempted nothing after %d of %d", done, n)
					}
					done += k
				}
			}
		})
	}
}
