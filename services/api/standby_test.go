package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

// standbyFixture is the real indexer writing into a primary PostgreSQL and the API
// reading from a hot standby of it (pg_basebackup -R), as DESIGN §6.5 scales reads out.
type standbyFixture struct {
	*fixture
	repl *testenv.Replication
	pool *pgxpool.Pool // on the standby, as a read-only role
}

func newStandbyFixture(t *testing.T) *standbyFixture {
	t.Helper()
	repl := testenv.Replicated(t)
	env := indexedtest.Start(t, indexedtest.Options{DatabaseURL: repl.PrimaryURL})
	// serve connects as a read-only role, as deploy/sql/api-role.sql makes it: the role,
	// created on the primary, reaches the standby by replication like everything else
	repl.Exec(t, repl.PrimaryURL, `CREATE ROLE reader LOGIN NOSUPERUSER;
		ALTER ROLE reader SET default_transaction_read_only = on;
		GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader`)
	u, err := url.Parse(repl.StandbyURL)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User("reader")
	pool, err := pg.Open(context.Background(), u.String(), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return &standbyFixture{fixture: serveFrom(t, env, pool, nil), repl: repl, pool: pool}
}

// transfer mines one RewardToken transfer and returns its receipt.
func (f *standbyFixture) transfer(t *testing.T, amount int64) *types.Receipt {
	t.Helper()
	s := f.env.Suite
	r, err := s.Transact(context.Background(), devnet.DevKey(0), s.RewardToken,
		s.Bindings.RewardToken.PackTransfer(devnet.Address(devnet.DevKey(7)), big.NewInt(amount)))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// eventsOf asks the standby's API for the events of tx once block is indexed, waiting
// up to wait ms, and returns the status, X-Indexed-Block and the events' names.
func (f *standbyFixture) eventsOf(t *testing.T, r *types.Receipt, wait int) (int, int64, []string, http.Header) {
	t.Helper()
	resp, body := f.get(t, fmt.Sprintf("/v1/events?tx=%s&min_block=%d&wait=%d", r.TxHash.Hex(), r.BlockNumber, wait))
	indexed, err := strconv.ParseInt(resp.Header.Get("X-Indexed-Block"), 10, 64)
	if err != nil {
		t.Fatalf("X-Indexed-Block %q: %v", resp.Header.Get("X-Indexed-Block"), err)
	}
	var page struct {
		Items []struct {
			Name *string `json:"name"`
		} `json:"items"`
	}
	var names []string
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(body, &page); err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			if e.Name != nil {
				names = append(names, *e.Name)
			}
		}
	}
	return resp.StatusCode, indexed, names, resp.Header
}

// TestAPI_Standby: serve on a hot standby reads its own writes through min_block — a
// wait wakes when the standby replays the indexer's commit (a standby receives no
// NOTIFY) — and, with replay paused (pg_wal_replay_pause), answers 503 with Retry-After
// at the wait's deadline while the primary has long indexed the block, then 200 once
// replay resumes. X-Indexed-Block is always the standby's own replayed cursor. /readyz
// reports the replication.
func TestAPI_Standby(t *testing.T) {
	f := newStandbyFixture(t)

	r := f.transfer(t, 1)
	status, indexed, names, _ := f.eventsOf(t, r, 10_000)
	if status != http.StatusOK || indexed < r.BlockNumber.Int64() || len(names) != 1 || names[0] != "Transfer" {
		t.Fatalf("standby: events of a mined transfer with min_block = %d, indexed %d, %v; want 200, >= %d, [Transfer]",
			status, indexed, names, r.BlockNumber)
	}

	// idle, the watcher reads the replay position about once a second; while a request
	// waits for a block, every 10 ms
	checks := func() float64 {
		t.Helper()
		_, body := f.get(t, "/metrics")
		for _, line := range strings.Split(string(body), "\n") {
			if v, ok := strings.CutPrefix(line, "sharechain_api_standby_replay_checks_total "); ok {
				n, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatal(err)
				}
				return n
			}
		}
		t.Fatal("no sharechain_api_standby_replay_checks_total in /metrics")
		return 0
	}
	before := checks()
	time.Sleep(2 * time.Second)
	if idle := checks() - before; idle > 4 {
		t.Errorf("%v replay checks in 2 s with no request waiting, want at most 4", idle)
	}
	before = checks()
	far := r.BlockNumber.Int64() + 1_000_000
	resp, _ := f.get(t, fmt.Sprintf("/v1/status?min_block=%d&wait=1000", far))
	if waiting := checks() - before; resp.StatusCode != http.StatusServiceUnavailable || waiting < 30 {
		t.Errorf("a 1 s wait for block %d: %d and %v replay checks meanwhile, want 503 and about 100", far, resp.StatusCode, waiting)
	}

	var ready struct {
		Status      string `json:"status"`
		Replication *struct {
			Receiving  bool    `json:"receiving"`
			LagSeconds float64 `json:"lag_seconds"`
		} `json:"replication"`
	}
	f.getJSON(t, "/readyz", http.StatusOK, &ready)
	if ready.Replication == nil || !ready.Replication.Receiving {
		t.Errorf("/readyz on a standby = %+v, want replication receiving", ready)
	}

	f.repl.Exec(t, f.repl.StandbyURL, "SELECT pg_wal_replay_pause()")
	r = f.transfer(t, 2)
	f.env.WaitIndexed(t, r.BlockNumber.Uint64()) // on the primary
	status, indexed, _, header := f.eventsOf(t, r, 300)
	if status != http.StatusServiceUnavailable || header.Get("Retry-After") == "" || indexed >= r.BlockNumber.Int64() {
		t.Fatalf("replay paused: min_block %d the primary has indexed = %d (Retry-After %q, X-Indexed-Block %d), want 503 with Retry-After below it",
			r.BlockNumber, status, header.Get("Retry-After"), indexed)
	}

	// with replay paused and WAL arriving, the lag grows past a bound of 1 s: not ready
	strict, err := api.New(api.Config{Pool: f.pool, Manifest: f.env.Manifest, MaxReplicationLag: time.Second,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	readyz := func() (int, string) {
		rec := httptest.NewRecorder()
		strict.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		return rec.Code, rec.Body.String()
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		f.transfer(t, 3) // WAL the standby receives and does not replay
		code, body := readyz()
		if code == http.StatusServiceUnavailable && strings.Contains(body, "behind its primary (bound 1s)") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz (MaxReplicationLag 1s) with replay paused = %d %s, want 503 behind its primary", code, body)
		}
	}

	// a wait in flight when replay resumes answers as soon as the commit is replayed
	type answer struct {
		status  int
		indexed int64
		names   []string
	}
	got := make(chan answer, 1)
	go func() {
		status, indexed, names, _ := f.eventsOf(t, r, 10_000)
		got <- answer{status, indexed, names}
	}()
	time.Sleep(200 * time.Millisecond)
	f.repl.Exec(t, f.repl.StandbyURL, "SELECT pg_wal_replay_resume()")
	a := <-got
	if a.status != http.StatusOK || a.indexed < r.BlockNumber.Int64() || len(a.names) != 1 {
		t.Fatalf("replay resumed during the wait: %+v, want 200 with the transfer at >= %d", a, r.BlockNumber)
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		code, body := readyz()
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz (MaxReplicationLag 1s) after replay resumed = %d %s, want 200", code, body)
		}
	}

	// the primary gone, the standby receives nothing: its data stops following the
	// indexer, and /readyz says so
	f.env.StopIndexer()
	if err := f.repl.Primary.Stop("immediate"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, body := f.get(t, "/readyz")
		if resp.StatusCode == http.StatusServiceUnavailable && strings.Contains(string(body), "receives no WAL") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz 30 s after the primary stopped = %d %s, want 503: the standby receives no WAL", resp.StatusCode, body)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestAPI_StandbyPromoted: the failover of DESIGN §6.5 — the primary dies, the standby
// is promoted and the indexer is pointed at it. Indexing continues from the cursor the
// standby had replayed, exactly once, and the API that read from the standby keeps
// answering min_block for new blocks, now woken by the indexer's NOTIFY.
func TestAPI_StandbyPromoted(t *testing.T) {
	f := newStandbyFixture(t)
	for i := range 3 {
		f.transfer(t, int64(i+1))
	}
	f.env.Sync(t)

	f.env.StopIndexer()
	if err := f.repl.Primary.Stop("immediate"); err != nil {
		t.Fatal(err)
	}
	f.transfer(t, 4) // mined while nothing indexes
	if err := f.repl.Standby.Promote(); err != nil {
		t.Fatal(err)
	}
	f.env.IndexInto(t, f.repl.StandbyURL)
	r := f.transfer(t, 5)
	status, indexed, names, _ := f.eventsOf(t, r, 10_000)
	if status != http.StatusOK || indexed < r.BlockNumber.Int64() || len(names) != 1 {
		t.Fatalf("after the failover: events with min_block = %d, indexed %d, %v; want 200 at >= %d", status, indexed, names, r.BlockNumber)
	}
	var ready struct {
		Replication *json.RawMessage `json:"replication"`
	}
	f.getJSON(t, "/readyz", http.StatusOK, &ready)
	if ready.Replication != nil {
		t.Errorf("/readyz on the promoted standby reports replication %s, want null", *ready.Replication)
	}

	// exactly once: every log of the chain, once, against the chain's own count
	var rows, distinct int64
	if err := f.env.Pool.QueryRow(context.Background(),
		`SELECT count(*), count(DISTINCT (block_hash, log_index)) FROM events WHERE chain_id = $1 AND block_number <= $2`,
		int64(f.env.Manifest.ChainID), r.BlockNumber.Int64()).
		Scan(&rows, &distinct); err != nil {
		t.Fatal(err)
	}
	q := ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: r.BlockNumber}
	for _, c := range f.env.Manifest.Followed() {
		q.Addresses = append(q.Addresses, c.Address)
	}
	logs, err := f.env.Client.FilterLogs(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if rows != distinct || rows != int64(len(logs)) {
		t.Errorf("after the failover the database holds %d events (%d distinct), the chain %d logs", rows, distinct, len(logs))
	}
}
