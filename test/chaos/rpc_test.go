package chaos

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/internal/devnet"
	"sharechain/internal/rpcproxy"
)

// faultRate is the rate of each kind of RPC fault: CHAOS_RATE when set, else 2% in the
// short form and 4% in the long one.
func faultRate(t testing.TB) float64 {
	t.Helper()
	if v := os.Getenv("CHAOS_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 0 || r > 0.14 {
			t.Fatalf("CHAOS_RATE=%q: want a rate per kind in 0..0.14 (seven kinds share each request)", v)
		}
		return r
	}
	return pick(0.02, 0.04)
}

// TestChaos_RPCFaults backfills thousands of events through a proxy that injects every
// kind of RPC fault at once; the database must end equal to the canonical chain.
//
// The indexer runs in this process so that its request timeout can be short (the
// binary's is 30 s, with no flag): a held request then costs one second, not thirty.
func TestChaos_RPCFaults(t *testing.T) {
	t.Parallel()
	const confirmations = 12
	began := time.Now()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	c := newChain(t)
	if _, err := devnet.Play(context.Background(), c.suite, nil); err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	t.Logf("suite deployed and scenario played in %s", time.Since(began).Round(time.Millisecond))
	bulkEvents(t, c, pick(2000, 15000), 5)
	t.Logf("bulk events sent at %s", time.Since(began).Round(time.Millisecond))

	rate := faultRate(t)
	rates := map[rpcproxy.Kind]float64{}
	for _, k := range rpcproxy.Kinds {
		rates[k] = rate
	}
	// only eth_getLogs over several blocks can be too large: a fraction of the requests
	rates[rpcproxy.TooManyResults] = min(3*rate, 0.5)
	proxy, err := rpcproxy.Start(rpcproxy.Config{Target: c.node.RPC, Rates: rates, Seed: uint64(time.Now().UnixNano())})
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.Close()

	dbURL, pool := newDatabase(t)
	watch := watchProgress(pool)
	start := time.Now()
	stop := startIndexer(t, c, pool, source.Config{
		RPCURL: proxy.URL, InitialRange: 3, MaxRange: 40, TargetLogs: 30, Concurrency: 4,
		RequestTimeout: time.Second, MinBackoff: 20 * time.Millisecond, MaxBackoff: 500 * time.Millisecond,
	}, indexer.Config{Confirmations: confirmations, BatchLogs: 200})
	head := waitConverged(t, c, pool, pick(2*time.Minute, 10*time.Minute))
	took := time.Since(start)
	stall := watch.finish()
	proxy.SetRates(nil)
	stop()
	t.Logf("indexer stopped at %s", time.Since(began).Round(time.Millisecond))
	faults := map[string]int64{}
	for k, n := range proxy.Injected() {
		faults[string(k)] = n
	}
	t.Logf("indexed to block %d through %d requests with %d faults (%v) in %s; longest stall %s",
		head, proxy.Requests(), proxy.Total(), faults, took.Round(time.Millisecond), stall.Round(time.Millisecond))
	for _, k := range rpcproxy.Kinds {
		if faults[string(k)] == 0 {
			t.Errorf("no %s fault was injected in %d requests: the run proves nothing about it", k, proxy.Requests())
		}
	}

	expected, found, lost, dups := tally(t, c, pool, head)
	t.Logf("tallied at %s", time.Since(began).Round(time.Millisecond))
	compareWithFresh(t, c, pool, confirmations)
	t.Logf("compared with a fresh index at %s", time.Since(began).Round(time.Millisecond))
	auditVerify(t, c, dbURL)
	t.Logf("audited at %s", time.Since(began).Round(time.Millisecond))
	if lost != 0 || dups != 0 {
		t.Errorf("events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	record(result{
		Scenario: "1. RPC faults during backfill", Faults: faults, Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("longest stall %.2f s; backfill %.1f s (%d requests, rate %.0f%% per kind)",
			stall.Seconds(), took.Seconds(), proxy.Requests(), rate*100),
		Took: time.Since(began),
	})
}
