package chaos

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"sharechain/internal/devnet"
	"sharechain/internal/pg"
	"sharechain/internal/rpcproxy"
	"sharechain/internal/testenv"
)

// TestChaos_Failover is DESIGN §6.5's failover: the real `sharechain index` backfills
// into a primary PostgreSQL while `sharechain serve` reads from a streaming standby of
// it (pg_basebackup -R); mid-backfill the primary stops (immediate, as a crashed host)
// and the indexer is killed, the standby is promoted (pg_ctl promote) and a new indexer
// is started on it. Indexing continues from the cursor the standby had replayed —
// whatever the primary committed that never reached the standby is simply indexed
// again, once — and the database ends equal to the canonical chain. serve, never
// restarted, follows the promotion (from WAL replay to the indexer's NOTIFY) and answers
// min_block for the new head.
func TestChaos_Failover(t *testing.T) {
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

	repl := testenv.Replicated(t)
	ctx := context.Background()
	primary, err := pg.Open(ctx, repl.PrimaryURL, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	standby, err := pg.Open(ctx, repl.StandbyURL, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer standby.Close()
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	api := fmt.Sprintf("http://127.0.0.1:%d", port)
	serve := startProcess(t, "serve", "--http-addr", fmt.Sprintf("127.0.0.1:%d", port), "--database-url", repl.StandbyURL,
		"--manifest", c.manifestPath)
	ix := startProcess(t, indexArgs(c, proxy.URL, repl.PrimaryURL, confirmations,
		"--concurrency", "1", "--initial-range", "2", "--max-range", "2", "--batch-logs", "1")...)

	// the backfill has made progress and the standby's API serves it
	waitFor(t, 2*time.Minute, "the backfill to start and the standby's API to serve it", func() bool {
		n, _, err := cursor(ctx, primary)
		return err == nil && n > int64(c.manifest.StartBlock)+20 &&
			get(fmt.Sprintf("%s/v1/status?min_block=%d&wait=2000", api, c.manifest.StartBlock+20)).status == http.StatusOK
	})

	t.Logf("stopping the primary at %s", time.Since(began).Round(time.Millisecond))
	if err := repl.Primary.Stop("immediate"); err != nil {
		t.Fatal(err)
	}
	ix.kill()
	before, _, err := cursor(ctx, primary)
	if err == nil {
		t.Fatalf("the primary still answers after its stop (cursor %d)", before)
	}
	replayed, _, err := cursor(ctx, standby)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(replayed) >= head-confirmations {
		t.Fatalf("the standby had replayed block %d of %d when the primary stopped: not a mid-backfill failover", replayed, head)
	}
	down := time.Now()
	if err := repl.Standby.Promote(); err != nil {
		t.Fatal(err)
	}
	promoted := time.Since(down)
	ix2 := startProcess(t, indexArgs(c, c.node.RPC, repl.StandbyURL, confirmations)...)
	var moving time.Duration
	waitFor(t, time.Minute, "the indexer on the promoted standby to move on", func() bool {
		n, _, err := cursor(ctx, standby)
		if err == nil && n > replayed {
			moving = time.Since(down)
			return true
		}
		return false
	})
	last := waitConvergedProcess(t, c, standby, ix2, pick(2*time.Minute, 10*time.Minute))
	if p := getWithin(fmt.Sprintf("%s/v1/status?min_block=%d&wait=10000", api, last), 15*time.Second); p.status != http.StatusOK {
		t.Errorf("serve after the promotion: /v1/status?min_block=%d = %d %v %s, want 200", last, p.status, p.err, p.body)
	}
	if p := get(api + "/readyz"); p.status != http.StatusOK || !strings.Contains(p.body, `"replication":null`) {
		t.Errorf("/readyz of serve on the promoted standby = %d %s, want 200 with replication null", p.status, p.body)
	}
	if !serve.running() {
		t.Errorf("sharechain serve exited (%v):\n%s", serve.err, serve.output)
	}
	ix2.kill()
	expected, found, lost, dups := tally(t, c, standby, last)
	compareWithFresh(t, c, standby, confirmations)
	auditVerify(t, c, repl.StandbyURL)
	if lost != 0 || dups != 0 {
		t.Errorf("events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	record(result{
		Scenario: "Failover: primary stopped mid-backfill, standby promoted, indexer moved to it",
		Faults:   map[string]int64{"postgres_immediate_stop": 1, "sigkill": 1, "promote": 1},
		Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("the standby had replayed block %d of %d; promoted in %.2f s; new indexer moving %.2f s after the stop; serve (on the standby throughout) answered min_block %d",
			replayed, head, promoted.Seconds(), moving.Seconds(), last),
		Took: time.Since(began),
	})
}
