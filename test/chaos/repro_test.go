package chaos

import (
	"context"
	"math/big"
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
// It failed until Indexer.step compared the cursor's hash before a backfill: it went
// straight to backfill when the cursor's next block was at or below the finalized one,
// so the rows of the replaced blocks stayed and their canonical logs were never indexed.
func TestChaos_ReorgWhileStopped(t *testing.T) {
	t.Parallel()
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
