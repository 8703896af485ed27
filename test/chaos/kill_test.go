package chaos

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"sharechain/internal/devnet"
	"sharechain/internal/rpcproxy"
)

// driver keeps transactions coming and, now and then, replaces the last 1..confirmations
// blocks with a branch of other transactions — never a block the indexer may have taken
// as final (at or below the highest head ever minus the confirmations).
type driver struct {
	c             *chain
	confirmations int
	rng           *rand.Rand

	mu      sync.Mutex
	txs     int
	reorgs  int
	depths  int
	highest uint64
	err     error
}

func (d *driver) run(ctx context.Context) {
	b := d.c.suite.Bindings
	send := func(tag string) error {
		d.txs++
		key := devnet.DevKey(1 + d.txs%4)
		var err error
		if d.rng.IntN(2) == 0 {
			code := sha256.Sum256(fmt.Appendf(nil, "chaos live asset %s %d", tag, d.txs))
			_, err = d.c.suite.Transact(ctx, key, d.c.suite.AssetRegistry, b.AssetRegistry.PackRegister(code, code, fmt.Sprintf("ipfs://live/%d", d.txs)))
		} else {
			_, err = d.c.suite.Transact(ctx, devnet.DevKey(0), d.c.suite.RewardToken, b.RewardToken.PackTransfer(devnet.Address(key), big.NewInt(int64(1000+d.txs))))
		}
		if err != nil {
			return err
		}
		n, err := d.c.client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		d.mu.Lock()
		d.highest = max(d.highest, n)
		d.mu.Unlock()
		return nil
	}
	nextReorg := time.Now().Add(time.Duration(300+d.rng.IntN(1200)) * time.Millisecond)
	for ctx.Err() == nil {
		var err error
		if time.Now().After(nextReorg) {
			err = d.reorg(ctx, send)
			nextReorg = time.Now().Add(time.Duration(300+d.rng.IntN(1200)) * time.Millisecond)
		} else {
			err = send("")
			time.Sleep(time.Duration(10+d.rng.IntN(40)) * time.Millisecond)
		}
		if err != nil && ctx.Err() == nil {
			d.mu.Lock()
			d.err = err
			d.mu.Unlock()
			return
		}
	}
}

func (d *driver) reorg(ctx context.Context, send func(string) error) error {
	head, err := d.c.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	d.mu.Lock()
	room := int(head) - (int(d.highest) - d.confirmations)
	d.mu.Unlock()
	if room < 1 {
		return nil
	}
	depth := 1 + d.rng.IntN(min(room, d.confirmations))
	if err := d.c.node.Call(nil, "anvil_rollback", depth); err != nil {
		return fmt.Errorf("anvil_rollback(%d): %w", depth, err)
	}
	d.mu.Lock()
	d.reorgs++
	d.depths += depth
	d.mu.Unlock()
	// the new branch may be shorter, as long or longer than the one it replaces, but
	// leaves the next reorg an unfinalized block to replace
	blocks := max(d.rng.IntN(depth+2), depth-room+1)
	for i := 0; i < blocks; i++ {
		if err := send(fmt.Sprintf("branch %d/%d", d.reorgs, i)); err != nil {
			return fmt.Errorf("sending a transaction on a new branch: %w", err)
		}
	}
	return nil
}

// TestChaos_KillAndReorg follows a live chain with the real `sharechain index`, killed
// with SIGKILL and restarted again and again, while the chain keeps growing and is
// reorganised at random, through a proxy that also injects RPC faults (not timeouts:
// the binary's request timeout is 30 s). The database must end equal to the canonical
// chain.
func TestChaos_KillAndReorg(t *testing.T) {
	t.Parallel()
	confirmations := pick(6, 8)
	began := time.Now()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	c := newChain(t)
	if _, err := devnet.Play(context.Background(), c.suite, nil); err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	rate := faultRate(t) / 2
	rates := map[rpcproxy.Kind]float64{}
	for _, k := range rpcproxy.Kinds {
		if k != rpcproxy.Timeout {
			rates[k] = rate
		}
	}
	proxy, err := rpcproxy.Start(rpcproxy.Config{Target: c.node.RPC, Rates: rates, Seed: uint64(time.Now().UnixNano())})
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.Close()
	dbURL, pool := newDatabase(t)
	sharechainBinary(t)

	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	d := &driver{c: c, confirmations: int(confirmations), rng: rand.New(rand.NewPCG(seed, 2)), highest: c.head(t)}
	ctx, cancel := context.WithCancel(context.Background())
	driven := make(chan struct{})
	go func() { defer close(driven); d.run(ctx) }()
	defer func() { cancel(); <-driven }()

	// kill and restart until the time is up; note how long each run took to commit
	until := time.Now().Add(pick(25*time.Second, 150*time.Second))
	var kills int
	var firstCommit []time.Duration
	for time.Now().Before(until) {
		d.mu.Lock()
		failed := d.err
		d.mu.Unlock()
		if failed != nil {
			t.Fatalf("driving the chain: %v", failed)
		}
		before, _, _ := cursor(ctx, pool)
		p := startProcess(t, indexArgs(c, proxy.URL, dbURL, uint64(confirmations))...)
		started := time.Now()
		life := time.Duration(200+rng.IntN(2300)) * time.Millisecond
		committed := false
		for time.Since(started) < life {
			if !p.running() {
				t.Fatalf("sharechain index exited by itself (%v):\n%s", p.err, tail(p.output.String(), 4000))
			}
			if n, _, err := cursor(ctx, pool); !committed && err == nil && n != before {
				committed = true
				firstCommit = append(firstCommit, time.Since(started))
			}
			time.Sleep(20 * time.Millisecond)
		}
		p.kill()
		kills++
	}
	cancel()
	<-driven
	if d.err != nil {
		t.Fatalf("driving the chain: %v", d.err)
	}
	proxy.SetRates(nil)
	t.Logf("%d kills, %d transactions, %d reorgs (total depth %d); the chain stopped at %s",
		kills, d.txs, d.reorgs, d.depths, time.Since(began).Round(time.Millisecond))
	if d.reorgs == 0 || kills < 3 {
		t.Fatalf("%d reorgs and %d kills: the run proves nothing", d.reorgs, kills)
	}

	last := time.Now()
	p := startProcess(t, indexArgs(c, proxy.URL, dbURL, uint64(confirmations))...)
	head := waitConvergedProcess(t, c, pool, p, pick(2*time.Minute, 5*time.Minute))
	converged := time.Since(last)
	p.kill()

	faults := map[string]int64{"sigkill": int64(kills), "reorg": int64(d.reorgs)}
	for k, n := range proxy.Injected() {
		faults[string(k)] = n
	}
	expected, found, lost, dups := tally(t, c, pool, head)
	compareWithFresh(t, c, pool, uint64(confirmations))
	auditVerify(t, c, dbURL)
	if lost != 0 || dups != 0 {
		t.Errorf("events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	slices.Sort(firstCommit)
	commit := "none"
	if len(firstCommit) > 0 {
		commit = fmt.Sprintf("median %.2f s, max %.2f s (%d of %d runs committed)", firstCommit[len(firstCommit)/2].Seconds(),
			firstCommit[len(firstCommit)-1].Seconds(), len(firstCommit), kills)
	}
	record(result{
		Scenario: "3. SIGKILL + reorgs during live indexing", Faults: faults, Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("restart to first commit: %s; converged %.2f s after the last fault; %d txs, reorg depth 1..%d (mean %.1f)",
			commit, converged.Seconds(), d.txs, confirmations, float64(d.depths)/float64(d.reorgs)),
		Took: time.Since(began),
	})
}
