package chaos

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/internal/devnet"
)

// TestChaos_ReorgWhileStopped is the smallest reproduction of what the kill-and-reorg
// scenario found: the indexer follows to the head (cursor in the unfinalized window),
// stops; the chain replaces the cursor's block and the one before it (a reorg of depth 2
// < confirmations) and then grows by more than the confirmations; the indexer starts
// again. It must roll the replaced blocks back.
//
// It fails today: Indexer.step goes straight to backfill when the cursor's next block is
// at or below the finalized one, without checking that the cursor's block (committed
// while unfinalized, so it may have been replaced) is still the chain's; the rows of
// the replaced blocks stay and their canonical logs are never indexed.
func TestChaos_ReorgWhileStopped(t *testing.T) {
	t.Parallel()
	knownBug(t)
	const confirmations = 4
	ctx := context.Background()
	c := newChain(t)
	b := c.suite.Bindings
	transfer := func(value int64) {
		t.Helper()
		if _, err := c.suite.Transact(ctx, devnet.DevKey(0), c.suite.RewardToken, b.RewardToken.PackTransfer(devnet.Address(devnet.DevKey(1)), big.NewInt(value))); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 10 {
		transfer(int64(1 + i))
	}
	_, pool := newDatabase(t)
	stop := startIndexer(t, c, pool, source.Config{}, indexer.Config{Confirmations: confirmations})
	waitConverged(t, c, pool, time.Minute)
	stop()

	if err := c.node.Call(nil, "anvil_rollback", 2); err != nil {
		t.Fatal(err)
	}
	for i := range 2 + confirmations + 3 {
		transfer(int64(1000 + i))
	}
	startIndexer(t, c, pool, source.Config{}, indexer.Config{Confirmations: confirmations})
	head := waitConverged(t, c, pool, time.Minute)
	expected, found, lost, dups := tally(t, c, pool, head)
	if lost != 0 || dups != 0 {
		t.Errorf("after a reorg of depth 2 while stopped: %d of %d canonical logs lost, %d stale rows kept (%d rows); want 0 and 0",
			lost, expected, dups, found)
	}
}

// knownBug skips a test that fails on the open indexer bug above in the short form (the
// one inside `go test ./...`), so that CI stays usable until it is fixed; the long form
// (`make chaos`) and CHAOS_KNOWN_BUGS=1 run it. Remove once the indexer checks the
// cursor's hash before a backfill.
func knownBug(t *testing.T) {
	t.Helper()
	if !long && os.Getenv("CHAOS_KNOWN_BUGS") != "1" {
		t.Skip("open indexer bug: a reorg of the cursor's unfinalized blocks while the indexer is stopped or lagging more than " +
			"the confirmations is never rolled back (TestChaos_ReorgWhileStopped); CHAOS_KNOWN_BUGS=1 runs it")
	}
}
