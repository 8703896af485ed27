package chaos

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/internal/devnet"
	"sharechain/internal/manifest"
)

// splitDriver makes splits on a live chain — some created and released from in one
// block, having been paid before they existed — releases from them, and reorganises the
// chain right after creations, never below what the indexer may have taken as final.
type splitDriver struct {
	c             *chain
	confirmations int
	rng           *rand.Rand
	accounts      []common.Address

	n, txs, reorgs, dropped int
	splits                  []common.Address // every split made, whether its creation survived or not
	highest                 uint64
}

func (d *splitDriver) shares(n int) []uint16 {
	return []uint16{uint16(1 + n%9000), uint16(9999 - n%9000)}
}

func (d *splitDriver) predict(ctx context.Context, n int) (common.Address, error) {
	f := d.c.suite.Bindings.SplitFactory
	out, err := d.c.suite.Call(ctx, d.c.suite.SplitFactory, f.PackPredictSplit(devnet.Address(devnet.DevKey(6)), d.accounts, d.shares(n)))
	if err != nil {
		return common.Address{}, err
	}
	return f.UnpackPredictSplit(out)
}

func (d *splitDriver) transact(ctx context.Context, key int, to common.Address, data []byte) error {
	d.txs++
	_, err := d.c.suite.Transact(ctx, devnet.DevKey(key), to, data)
	if err != nil {
		return err
	}
	n, err := d.c.client.BlockNumber(ctx)
	d.highest = max(d.highest, n)
	return err
}

// create makes split n, funded before it exists; with oneBlock its creation and a release
// share a block.
func (d *splitDriver) create(ctx context.Context, oneBlock bool) error {
	d.n++
	s := d.c.suite
	split, err := d.predict(ctx, d.n)
	if err != nil {
		return err
	}
	d.splits = append(d.splits, split)
	if err := d.transact(ctx, 7, s.PaymentToken, s.Bindings.PaymentToken.PackMint(split, big.NewInt(1_000_000))); err != nil {
		return err
	}
	create := s.Bindings.SplitFactory.PackCreateSplit(d.accounts, d.shares(d.n))
	if !oneBlock {
		return d.transact(ctx, 6, s.SplitFactory, create)
	}
	if err := d.c.node.Call(nil, "evm_setAutomine", false); err != nil {
		return err
	}
	var hashes []common.Hash
	for _, tx := range []struct {
		key  int
		to   common.Address
		data []byte
		gas  uint64
	}{
		{6, s.SplitFactory, create, 500_000},
		{8, split, s.Bindings.Split.PackRelease(s.PaymentToken, d.accounts[d.rng.IntN(2)]), 200_000},
	} {
		key := devnet.DevKey(tx.key)
		nonce, err := d.c.client.PendingNonceAt(ctx, devnet.Address(key))
		if err != nil {
			return err
		}
		signed, err := types.SignNewTx(key, types.LatestSignerForChainID(s.ChainID), &types.DynamicFeeTx{
			ChainID: s.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: tx.gas, To: &tx.to, Data: tx.data,
		})
		if err != nil {
			return err
		}
		if err := d.c.client.SendTransaction(ctx, signed); err != nil {
			return err
		}
		hashes = append(hashes, signed.Hash())
	}
	if err := d.c.node.Call(nil, "evm_mine"); err != nil {
		return err
	}
	if err := d.c.node.Call(nil, "evm_setAutomine", true); err != nil {
		return err
	}
	for _, h := range hashes {
		r, err := d.c.client.TransactionReceipt(ctx, h)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s of split %d reverted", h, d.n)
		}
		d.highest = max(d.highest, r.BlockNumber.Uint64())
	}
	d.txs += 2
	return nil
}

// release releases from a split made earlier (one dropped by a reorg has no code: the
// call does nothing).
func (d *splitDriver) release(ctx context.Context) error {
	if len(d.splits) == 0 {
		return nil
	}
	split := d.splits[d.rng.IntN(len(d.splits))]
	s := d.c.suite
	if err := d.transact(ctx, 7, s.PaymentToken, s.Bindings.PaymentToken.PackMint(split, big.NewInt(int64(1000+d.rng.IntN(1000))))); err != nil {
		return err
	}
	return d.transact(ctx, 8, split, s.Bindings.Split.PackRelease(s.PaymentToken, d.accounts[d.rng.IntN(2)]))
}

// reorg replaces the last 1..room blocks (room: those above what may be final) with a
// branch of releases and transfers.
func (d *splitDriver) reorg(ctx context.Context) error {
	head, err := d.c.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	room := int(head) - (int(d.highest) - d.confirmations)
	if room < 1 {
		return nil
	}
	depth := 1 + d.rng.IntN(min(room, d.confirmations))
	if err := d.c.node.Call(nil, "anvil_rollback", depth); err != nil {
		return fmt.Errorf("anvil_rollback(%d): %w", depth, err)
	}
	d.reorgs++
	for i := 0; i < max(d.rng.IntN(depth+2), depth-room+1); i++ {
		if err := d.transact(ctx, 0, d.c.suite.RewardToken, d.c.suite.Bindings.RewardToken.PackTransfer(devnet.Address(devnet.DevKey(1+i%4)), big.NewInt(int64(1+i)))); err != nil {
			return err
		}
	}
	return nil
}

func (d *splitDriver) step(ctx context.Context) error {
	switch x := d.rng.IntN(10); {
	case x < 3:
		if err := d.create(ctx, d.rng.IntN(2) == 0); err != nil {
			return err
		}
		if d.rng.IntN(2) == 0 { // a reorg around the creation: it may drop it
			return d.reorg(ctx)
		}
		return nil
	case x < 8:
		return d.release(ctx)
	default:
		return d.reorg(ctx)
	}
}

// TestChaos_SplitsKillAndReorg: the factory pattern under SIGKILL and reorgs around
// splits' creations. The real `sharechain index` is killed and restarted while splits
// are created (some released from in their creation block), released from, and
// reorganised away and made again. At the end the splits table holds exactly the
// splits the canonical chain's factory created — no child lost, none kept from a
// dropped block — every split log is stored once, and the database equals a fresh index.
func TestChaos_SplitsKillAndReorg(t *testing.T) {
	t.Parallel()
	const confirmations = 4
	began := time.Now()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	c := newChain(t)
	if c.manifest.Contracts[manifest.SplitFactory] == (common.Address{}) {
		t.Fatal("the devnet manifest names no SplitFactory")
	}
	dbURL, pool := newDatabase(t)
	sharechainBinary(t)

	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	d := &splitDriver{c: c, confirmations: confirmations, rng: rand.New(rand.NewPCG(seed, 2)), highest: c.head(t),
		accounts: []common.Address{devnet.Address(devnet.DerivedKey("chaos split a")), devnet.Address(devnet.DerivedKey("chaos split b"))}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	driven := make(chan error, 1)
	go func() {
		for ctx.Err() == nil {
			if err := d.step(ctx); err != nil && ctx.Err() == nil {
				driven <- err
				return
			}
			time.Sleep(time.Duration(10+d.rng.IntN(40)) * time.Millisecond)
		}
		driven <- nil
	}()

	until := time.Now().Add(pick(20*time.Second, 120*time.Second))
	kills := 0
	for time.Now().Before(until) {
		p := startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
		life := time.Duration(200+rng.IntN(1800)) * time.Millisecond
		for started := time.Now(); time.Since(started) < life; time.Sleep(20 * time.Millisecond) {
			if !p.running() {
				t.Fatalf("sharechain index exited by itself (%v):\n%s", p.err, tail(p.output.String(), 4000))
			}
		}
		p.kill()
		kills++
	}
	cancel()
	if err := <-driven; err != nil {
		t.Fatalf("driving the chain: %v", err)
	}
	t.Logf("%d kills, %d splits made, %d transactions, %d reorgs", kills, d.n, d.txs, d.reorgs)
	if d.n < 3 || d.reorgs == 0 || kills < 3 {
		t.Fatalf("%d splits, %d reorgs and %d kills: the run proves nothing", d.n, d.reorgs, kills)
	}

	p := startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
	head := waitConvergedProcess(t, c, pool, p, pick(2*time.Minute, 5*time.Minute))
	p.kill()

	canonical := map[common.Address]bool{}
	for _, a := range chainSplits(t, c, c.manifest.Contracts[manifest.SplitFactory], head) {
		canonical[a] = true
	}
	rows, err := pool.Query(context.Background(), `SELECT address FROM splits`)
	if err != nil {
		t.Fatal(err)
	}
	indexed := map[common.Address]bool{}
	for rows.Next() {
		var a []byte
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		indexed[common.BytesToAddress(a)] = true
	}
	rows.Close()
	for a := range canonical {
		if !indexed[a] {
			t.Errorf("split %s, created on the canonical chain, is not indexed", a)
		}
	}
	for a := range indexed {
		if !canonical[a] {
			t.Errorf("split %s is indexed but its creation is not on the canonical chain", a)
		}
	}
	dropped := 0
	for _, a := range d.splits {
		if !canonical[a] {
			dropped++
		}
	}
	t.Logf("%d splits on the canonical chain, %d made and dropped by a reorg", len(canonical), dropped)

	expected, found, lost, dups := tally(t, c, pool, head)
	compareWithFresh(t, c, pool, confirmations)
	auditVerify(t, c, dbURL)
	if lost != 0 || dups != 0 {
		t.Errorf("events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	record(result{
		Scenario: "5. SIGKILL + reorgs around split creations (factory pattern)", Faults: map[string]int64{"sigkill": int64(kills),
			"reorg": int64(d.reorgs)}, Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("%d splits on the canonical chain (%d dropped by reorgs), all followed from their creation block",
			len(canonical), dropped),
		Took: time.Since(began),
	})
}
