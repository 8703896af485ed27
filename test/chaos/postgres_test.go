package chaos

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/pg"
	"sharechain/internal/rpcproxy"
	"sharechain/internal/testenv"
	"sharechain/migrations"
)

// pgSettings are the server settings of a private cluster, at every start. With
// synchronous_commit=off a COMMIT may return before its WAL is flushed and be lost on
// an immediate stop: what is acknowledged to a client must commit synchronously itself
// (services/telemetry does), and the chaos scenarios check that it does.
var pgSettings = []string{"-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"}

// privatePostgres starts a PostgreSQL cluster of the test's own (the shared one serves
// other tests and is not to be restarted), migrates its postgres database and returns
// the cluster and that database's URL.
func privatePostgres(t testing.TB) (*localnet.Postgres, string) {
	t.Helper()
	// not t.TempDir: when root, the server runs as the postgres user, who must reach it
	dir, err := os.MkdirTemp("", "sharechain-chaos-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	pg, err := localnet.NewPostgres(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.Init(); err != nil {
		t.Fatal(err)
	}
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.Start(port, pgSettings...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pg.Stop("immediate") })
	url := pg.URL("postgres")
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatalf("migrating: %v", err)
	}
	return pg, url
}

// probe is one answer of the API.
type probe struct {
	status      int
	contentType string
	body        string
	err         error
}

func get(url string) probe { return getWithin(url, 5*time.Second) }

func getWithin(url string, timeout time.Duration) probe {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return probe{err: err}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return probe{err: err}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return probe{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), body: string(raw), err: err}
}

// TestChaos_PostgresRestart stops PostgreSQL in the middle of a backfill by the real
// `sharechain index`, with `sharechain serve` running: while it is down the API answers
// 503 problem+json on /v1/status and 200 on /healthz; after it is back both the API and
// the indexer recover on their own, and the database ends equal to the canonical chain.
//
// The RPC goes through rpcproxy with a fixed latency and no fault, so that the backfill
// lasts long enough, on any machine, for the outage to fall in its middle.
func TestChaos_PostgresRestart(t *testing.T) {
	t.Parallel()
	const confirmations = 12
	began := time.Now()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	c := newChain(t)
	if _, err := devnet.Play(context.Background(), c.suite, nil); err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	bulkEvents(t, c, pick(1000, 6000), 5)
	head := c.head(t)
	proxy, err := rpcproxy.Start(rpcproxy.Config{Target: c.node.RPC, Latency: 40 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.Close()

	cluster, dbURL := privatePostgres(t)
	pool, err := pg.Open(context.Background(), dbURL, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	api := fmt.Sprintf("http://127.0.0.1:%d", port)
	serve := startProcess(t, "serve", "--http-addr", fmt.Sprintf("127.0.0.1:%d", port), "--database-url", dbURL, "--manifest", c.manifestPath)
	// one eth_getLogs block at a time, one in flight, one range per transaction: every
	// range costs at least the proxy's latency
	ix := startProcess(t, indexArgs(c, proxy.URL, dbURL, confirmations,
		"--concurrency", "1", "--initial-range", "2", "--max-range", "2", "--batch-logs", "1")...)

	// wait until the backfill has made some progress, and the API answers 200
	waitFor(t, 2*time.Minute, "the backfill to start and the API to answer", func() bool {
		n, _, err := cursor(context.Background(), pool)
		return err == nil && n > int64(c.manifest.StartBlock)+20 && get(api+"/v1/status").status == http.StatusOK
	})
	before, _, err := cursor(context.Background(), pool)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(before) >= head-confirmations {
		t.Fatalf("the backfill reached block %d of %d before PostgreSQL stopped: not a mid-backfill outage", before, head-confirmations)
	}

	// a min_block wait in flight when PostgreSQL goes away answers that the database
	// is unavailable, at once, not that the block is not indexed yet when the wait ends
	waiting := make(chan probe, 1)
	go func() {
		waiting <- getWithin(api+"/v1/status?min_block=999999999&wait=10000", 20*time.Second)
	}()
	time.Sleep(300 * time.Millisecond)

	t.Logf("stopping PostgreSQL at %s", time.Since(began).Round(time.Millisecond))
	down := time.Now()
	if err := cluster.Stop("immediate"); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-waiting:
		var problem struct {
			Detail string `json:"detail"`
		}
		if p.err != nil || p.status != http.StatusServiceUnavailable || json.Unmarshal([]byte(p.body), &problem) != nil ||
			!strings.Contains(problem.Detail, "database is unavailable") {
			t.Errorf("a min_block wait in flight when PostgreSQL stopped = %d %v %s, want 503 \"the database is unavailable\"", p.status, p.err, p.body)
		}
		t.Logf("the min_block wait answered %s after PostgreSQL stopped", time.Since(down).Round(time.Millisecond))
	case <-time.After(8 * time.Second):
		t.Errorf("a min_block wait (wait=10000) in flight when PostgreSQL stopped had not answered %s later", time.Since(down).Round(time.Millisecond))
	}
	outage := pick(3*time.Second, 10*time.Second)
	var statuses, health []probe
	for time.Since(down) < outage {
		statuses = append(statuses, get(api+"/v1/status"))
		health = append(health, get(api+"/healthz"))
		time.Sleep(200 * time.Millisecond)
	}
	for i, p := range statuses {
		if p.err != nil || p.status != http.StatusServiceUnavailable || !strings.HasPrefix(p.contentType, "application/problem+json") {
			t.Errorf("GET /v1/status #%d while PostgreSQL is down = %d %q %v (%.200s), want 503 application/problem+json", i, p.status, p.contentType, p.err, p.body)
			continue
		}
		var problem struct {
			Status int    `json:"status"`
			Title  string `json:"title"`
		}
		if err := json.Unmarshal([]byte(p.body), &problem); err != nil || problem.Status != http.StatusServiceUnavailable || problem.Title == "" {
			t.Errorf("GET /v1/status #%d while PostgreSQL is down: body %q is not a 503 problem", i, p.body)
		}
	}
	for i, p := range health {
		if p.err != nil || p.status != http.StatusOK {
			t.Errorf("GET /healthz #%d while PostgreSQL is down = %d %v, want 200", i, p.status, p.err)
		}
	}
	if !ix.running() {
		t.Fatalf("sharechain index exited while PostgreSQL was down (%v):\n%s", ix.err, ix.output)
	}

	if err := cluster.Start(cluster.Port, pgSettings...); err != nil {
		t.Fatal(err)
	}
	up := time.Now()
	var apiBack, ixBack time.Duration
	waitFor(t, time.Minute, "the API to answer 200 again and the indexer to move on", func() bool {
		if apiBack == 0 && get(api+"/v1/status").status == http.StatusOK {
			apiBack = time.Since(up)
		}
		if ixBack == 0 {
			if n, _, err := cursor(context.Background(), pool); err == nil && n > before {
				ixBack = time.Since(up)
			}
		}
		return apiBack > 0 && ixBack > 0
	})
	last := waitConvergedProcess(t, c, pool, ix, pick(2*time.Minute, 10*time.Minute))
	if !serve.running() {
		t.Errorf("sharechain serve exited (%v):\n%s", serve.err, serve.output)
	}
	t.Logf("outage %s at block %d of %d; API back %s and indexer moving %s after PostgreSQL; converged at block %d",
		outage.Round(time.Millisecond), before, head, apiBack.Round(time.Millisecond), ixBack.Round(time.Millisecond), last)

	t.Logf("converged at %s", time.Since(began).Round(time.Millisecond))
	ix.kill()
	expected, found, lost, dups := tally(t, c, pool, last)
	compareWithFresh(t, c, pool, confirmations)
	auditVerify(t, c, dbURL)
	if lost != 0 || dups != 0 {
		t.Errorf("events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	record(result{
		Scenario: "2. PostgreSQL restart mid-backfill",
		Faults:   map[string]int64{"postgres_immediate_stop": 1},
		Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("outage %.0f s at block %d of %d (/v1/status 503 ×%d, /healthz 200 ×%d); after restart: API 200 in %.2f s, indexer moving in %.2f s",
			outage.Seconds(), before, head, len(statuses), len(health), apiBack.Seconds(), ixBack.Seconds()),
		Took: time.Since(began),
	})
}

// waitFor polls cond every 50 ms until it holds, failing the test after timeout.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitConvergedProcess is waitConverged for a `sharechain index` process: it fails at
// once, with the output, if the process exits.
func waitConvergedProcess(t testing.TB, c *chain, pool *pgxpool.Pool, p *process, timeout time.Duration) uint64 {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(timeout)
	for {
		if !p.running() {
			t.Fatalf("sharechain index exited (%v):\n%s", p.err, p.output)
		}
		h, err := c.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, hash, err := cursor(ctx, pool)
		if err == nil && uint64(n) == h.Number.Uint64() && string(hash) == string(h.Hash().Bytes()) {
			return h.Number.Uint64()
		}
		if time.Now().After(deadline) {
			t.Fatalf("not converged after %s: indexed %d, head %d (last error %v); indexer output:\n%s", timeout, n, h.Number, err, tail(p.output.String(), 4000))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
