package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer/source"
	"sharechain/internal/devnet"
)

// splitKit drives splits on a chain: predicts, creates and releases them.
type splitKit struct {
	t        *testing.T
	c        *chain
	creator  *ecdsa.PrivateKey
	accounts []common.Address
}

func newSplitKit(t *testing.T, c *chain) *splitKit {
	return &splitKit{t: t, c: c, creator: devnet.DevKey(6),
		accounts: []common.Address{devnet.Address(devnet.DerivedKey("split a")), devnet.Address(devnet.DerivedKey("split b"))}}
}

// shares gives split number n its own shares (a creator makes a given split once).
func (k *splitKit) shares(n int) []uint16 { return []uint16{uint16(6000 + n), uint16(4000 - n)} }

func (k *splitKit) predict(n int) common.Address {
	f := k.c.suite.Bindings.SplitFactory
	return call(k.t, k.c, k.c.suite.SplitFactory, f.PackPredictSplit(devnet.Address(k.creator), k.accounts, k.shares(n)),
		f.UnpackPredictSplit)
}

func (k *splitKit) create(n int) common.Address {
	k.t.Helper()
	f := k.c.suite.Bindings.SplitFactory
	if _, err := k.c.suite.Transact(context.Background(), k.creator, k.c.suite.SplitFactory, f.PackCreateSplit(k.accounts, k.shares(n))); err != nil {
		k.t.Fatalf("createSplit(%d): %v", n, err)
	}
	return k.predict(n)
}

// fund mints tUSD to a (the devnet's token lets anyone mint).
func (k *splitKit) fund(a common.Address, amount int64) {
	k.t.Helper()
	b := k.c.suite.Bindings.PaymentToken
	if _, err := k.c.suite.Transact(context.Background(), devnet.DevKey(7), k.c.suite.PaymentToken, b.PackMint(a, big.NewInt(amount))); err != nil {
		k.t.Fatalf("minting tUSD to %s: %v", a, err)
	}
}

func (k *splitKit) release(split common.Address, account int) {
	k.t.Helper()
	b := k.c.suite.Bindings.Split
	if _, err := k.c.suite.Transact(context.Background(), devnet.DevKey(8), split, b.PackRelease(k.c.suite.PaymentToken, k.accounts[account])); err != nil {
		k.t.Fatalf("release on %s: %v", split, err)
	}
}

// createAndReleaseInOneBlock mines createSplit(n) and a release of the split's account 0
// in the same block, the split having been paid before it existed (its address is
// known in advance), and returns the split and the block.
func (k *splitKit) createAndReleaseInOneBlock(n int) (common.Address, uint64) {
	k.t.Helper()
	ctx := context.Background()
	split := k.predict(n)
	k.fund(split, 1_000_003)
	if err := k.c.node.Call(nil, "evm_setAutomine", false); err != nil {
		k.t.Fatal(err)
	}
	defer func() {
		if err := k.c.node.Call(nil, "evm_setAutomine", true); err != nil {
			k.t.Fatal(err)
		}
	}()
	f, s := k.c.suite.Bindings.SplitFactory, k.c.suite.Bindings.Split
	create := k.sendRaw(k.creator, k.c.suite.SplitFactory, f.PackCreateSplit(k.accounts, k.shares(n)), 500_000)
	release := k.sendRaw(devnet.DevKey(8), split, s.PackRelease(k.c.suite.PaymentToken, k.accounts[0]), 200_000)
	if err := k.c.node.Call(nil, "evm_mine"); err != nil {
		k.t.Fatal(err)
	}
	var block uint64
	for _, h := range []common.Hash{create, release} {
		r, err := k.c.client.TransactionReceipt(ctx, h)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			k.t.Fatalf("receipt of %s = %+v, %v; want success", h, r, err)
		}
		if block != 0 && r.BlockNumber.Uint64() != block {
			k.t.Fatalf("creation in block %d, release in block %d: want one block", block, r.BlockNumber)
		}
		block = r.BlockNumber.Uint64()
	}
	return split, block
}

// sendRaw signs and sends a transaction with a fixed gas limit, without waiting for it
// (automine is off: it cannot be estimated against a split that does not exist yet).
func (k *splitKit) sendRaw(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) common.Hash {
	k.t.Helper()
	ctx := context.Background()
	nonce, err := k.c.client.PendingNonceAt(ctx, devnet.Address(key))
	if err != nil {
		k.t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(k.c.suite.ChainID), &types.DynamicFeeTx{
		ChainID: k.c.suite.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: gas, To: &to, Data: data,
	})
	if err != nil {
		k.t.Fatal(err)
	}
	if err := k.c.client.SendTransaction(ctx, tx); err != nil {
		k.t.Fatal(err)
	}
	return tx.Hash()
}

// checkSplits compares the split tables with the chain: one row per SplitCreated the
// factory emitted, one split_releases row per Released any of them emitted, and every
// released sum equal to the split's released(token, account) view.
func checkSplits(t *testing.T, c *chain, pool *pgxpool.Pool) (splits, releases int) {
	t.Helper()
	ctx := context.Background()
	created, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.suite.SplitFactory}})
	if err != nil {
		t.Fatal(err)
	}
	children := map[common.Address]bool{}
	for _, l := range created {
		children[common.BytesToAddress(l.Topics[1][12:])] = true
	}
	var got int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM splits`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != len(children) {
		t.Errorf("splits has %d rows, want the %d splits the factory created", got, len(children))
	}
	released := c.suite.Bindings.Split
	want := 0
	for a := range children {
		logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{a}})
		if err != nil {
			t.Fatal(err)
		}
		want += len(logs)
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE address = $1 AND contract = 'Split' AND name = 'Released'`,
			a.Bytes()).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(logs) {
			t.Errorf("events of split %s: %d Released rows, want the chain's %d logs", a, n, len(logs))
		}
		for _, acc := range []common.Address{devnet.Address(devnet.DerivedKey("split a")), devnet.Address(devnet.DerivedKey("split b"))} {
			onChain := call(t, c, a, released.PackReleased(c.suite.PaymentToken, acc), released.UnpackReleased)
			var sum string
			if err := pool.QueryRow(ctx, `SELECT coalesce(sum(amount), 0)::text FROM split_releases WHERE split = $1 AND account = $2 AND token = $3`,
				a.Bytes(), acc.Bytes(), c.suite.PaymentToken.Bytes()).Scan(&sum); err != nil {
				t.Fatal(err)
			}
			if sum != onChain.String() {
				t.Errorf("split %s: released to %s = %s in split_releases, want released() = %s", a, acc, sum, onChain)
			}
		}
	}
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM split_releases`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("split_releases has %d rows, want the %d Released logs of the splits", got, want)
	}
	return len(children), want
}

// dumpSplits renders the split tables and the splits' events as comparable JSON.
func dumpSplits(t *testing.T, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	out := dump(t, pool)
	for table, order := range map[string]string{"splits": "address", "split_releases": "block_number, log_index",
		"split_income": "block_number, log_index"} {
		var s string
		q := fmt.Sprintf(`SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY %s), '[]')::text FROM %s t`, order, table)
		if err := pool.QueryRow(context.Background(), q).Scan(&s); err != nil {
			t.Fatalf("dumping %s: %v", table, err)
		}
		out[table] = s
	}
	return out
}

// TestIndexer_Splits: the factory pattern end to end. A split is created and paid as a
// listing's payee through the escrow and released from; another is created and
// released from in one block; the indexer, stopped between batches and started again,
// reloads the splits it follows and picks up their later logs; a fresh index of the
// whole chain (backfilled as final) and one that follows it block by block agree.
func TestIndexer_Splits(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	sc, err := devnet.Play(ctx, c.suite, func(string, ...any) {})
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	k := newSplitKit(t, c)
	pool := newDatabase(t)

	// a split, made the payee of the car: a rental's rent reaches it through the escrow
	s1 := k.create(1)
	esc, b := c.suite.PledgeEscrow, c.suite.Bindings.PledgeEscrow
	alice, carol := sc.Actors.Providers[0], sc.Actors.Renters[0]
	listing := call(t, c, esc, b.PackGetListing(sc.Listings.Car), b.UnpackGetListing)
	terms := listing.Terms
	terms.Payee = s1
	if _, err := c.suite.Transact(ctx, alice, esc, b.PackUpdateListing(sc.Listings.Car, terms)); err != nil {
		t.Fatalf("updateListing(payee = split): %v", err)
	}
	hash := call(t, c, esc, b.PackTermsHash(sc.Listings.Car), b.UnpackTermsHash)
	r, err := c.suite.Transact(ctx, carol, esc, b.PackRent(sc.Listings.Car, 0, 3600, hash, common.Address{}))
	if err != nil {
		t.Fatalf("rent: %v", err)
	}
	var rental *big.Int
	for _, l := range r.Logs {
		if ev, err := b.UnpackRentedEvent(l); err == nil {
			rental = ev.RentalId
		}
	}
	if _, err := c.suite.Transact(ctx, carol, esc, b.PackEndRental(rental)); err != nil {
		t.Fatalf("endRental: %v", err)
	}
	if _, err := c.suite.Transact(ctx, alice, esc, b.PackReleaseDeposit(rental)); err != nil {
		t.Fatalf("releaseDeposit: %v", err)
	}
	k.release(s1, 0)

	// the indexer follows up to here, then stops between batches
	runCtx, cancel := context.WithCancel(ctx)
	ix, src := newIndexerFor(t, c, c.manifest, pool, source.Config{}, 2)
	done := make(chan error, 1)
	go func() { done <- ix.Run(runCtx) }()
	waitConverged(t, c, pool)
	cancel()
	<-done
	src.Close()
	if n, _ := checkSplits(t, c, pool); n != 1 {
		t.Fatalf("%d splits indexed, want 1", n)
	}

	// while it is down: a split created and released from in one block, and more
	// releases of the first
	s2, block := k.createAndReleaseInOneBlock(2)
	k.release(s1, 1)
	k.release(s2, 1)
	for range 4 { // past the confirmations, so that a restart backfills some of it
		k.fund(devnet.Address(devnet.DevKey(9)), 1)
	}

	startIndexer(t, c, pool, source.Config{}, 2)
	waitConverged(t, c, pool)
	splits, releases := checkSplits(t, c, pool)
	if splits != 2 || releases != 4 {
		t.Errorf("indexed %d splits with %d releases, want 2 with 4", splits, releases)
	}
	var inBlock int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM split_releases WHERE split = $1 AND block_number = $2`, s2.Bytes(), block).Scan(&inBlock); err != nil {
		t.Fatal(err)
	}
	if inBlock != 1 {
		t.Errorf("releases of split %s in its creation block %d = %d, want 1", s2, block, inBlock)
	}
	// the car's rent reached the first split as its payee: the charged rent less the fee
	var income string
	if err := pool.QueryRow(ctx, `SELECT coalesce(sum(amount), 0)::text FROM split_income WHERE split = $1`, s1.Bytes()).Scan(&income); err != nil {
		t.Fatal(err)
	}
	var charged, fee string
	if err := pool.QueryRow(ctx, `SELECT rent_charged::text, platform_fee::text FROM rentals WHERE id = $1`, rental.String()).Scan(&charged, &fee); err != nil {
		t.Fatal(err)
	}
	cb, _ := new(big.Int).SetString(charged, 10)
	fb, _ := new(big.Int).SetString(fee, 10)
	if want := new(big.Int).Sub(cb, fb); income != want.String() || want.Sign() <= 0 {
		t.Errorf("split_income of %s = %s, want the charged rent %s less the fee %s", s1, income, charged, fee)
	}

	// fresh indexes agree: all of it backfilled as final, and all of it followed
	head := c.head(t)
	backfilled := newDatabase(t)
	startIndexer(t, c, backfilled, source.Config{}, 0)
	waitIndexed(t, backfilled, head)
	followed := newDatabase(t)
	startIndexer(t, c, followed, source.Config{InitialRange: 1, MaxRange: 1}, 10_000)
	waitIndexed(t, followed, head)
	want := dumpSplits(t, backfilled)
	compareDumps(t, dumpSplits(t, pool), want)
	compareDumps(t, dumpSplits(t, followed), want)
}

// TestIndexer_SplitReorg: a reorg that drops the block of a split's creation removes the
// split and its logs, and the split's address is not followed on the new branch.
func TestIndexer_SplitReorg(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	k := newSplitKit(t, c)
	pool := newDatabase(t)
	startIndexer(t, c, pool, source.Config{}, 6)

	kept := k.create(1)
	k.fund(kept, 1_000)
	k.release(kept, 0)
	waitConverged(t, c, pool)

	// the dropped branch: a split created and released from in one block, then another release
	dropped, _ := k.createAndReleaseInOneBlock(2)
	k.release(dropped, 1)
	waitConverged(t, c, pool)
	if n, _ := checkSplits(t, c, pool); n != 2 {
		t.Fatalf("%d splits before the reorg, want 2", n)
	}

	// replace the two blocks with others; the split's address keeps its pre-paid balance
	if err := c.node.Call(nil, "anvil_rollback", 2); err != nil {
		t.Fatalf("anvil_rollback: %v", err)
	}
	for range 3 {
		k.fund(devnet.Address(devnet.DevKey(9)), 1)
	}
	k.release(kept, 1)
	waitConverged(t, c, pool)
	splits, releases := checkSplits(t, c, pool)
	if splits != 1 || releases != 2 {
		t.Errorf("after the reorg %d splits with %d releases, want 1 with 2", splits, releases)
	}
	var rows int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE address = $1`, dropped.Bytes()).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 0 {
		t.Errorf("%d events of the dropped split %s are kept", rows, dropped)
	}
	// on the new branch the split is created again, later: it is followed from there
	again := k.create(2)
	if again != dropped {
		t.Fatalf("the split's address changed: %s, want %s", again, dropped)
	}
	k.release(again, 1)
	waitConverged(t, c, pool)
	if splits, releases := checkSplits(t, c, pool); splits != 2 || releases != 3 {
		t.Errorf("after the re-creation %d splits with %d releases, want 2 with 3", splits, releases)
	}
	fresh := newDatabase(t)
	startIndexer(t, c, fresh, source.Config{}, 6)
	waitConverged(t, c, fresh)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && dumpSplits(t, fresh)["splits"] != dumpSplits(t, pool)["splits"] {
		time.Sleep(50 * time.Millisecond)
	}
	compareDumps(t, dumpSplits(t, pool), dumpSplits(t, fresh))
}
