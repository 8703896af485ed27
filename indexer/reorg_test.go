package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
)

// dump renders every table a fresh index must reproduce — the events and all the
// projections — as comparable JSON.
func dump(t *testing.T, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	tables := map[string]string{
		"events":           "block_number, log_index",
		"assets":           "token_id",
		"listings":         "id",
		"rentals":          "id",
		"usage_reports":    "rental_id, nonce",
		"accounts":         "address",
		"tiers":            "tier",
		"disputes":         "id",
		"dispute_evidence": "dispute_id, block_number, log_index",
		"dispute_votes":    "dispute_id, arbiter",
	}
	out := map[string]string{}
	for table, order := range tables {
		var s string
		q := fmt.Sprintf(`SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY %s), '[]')::text FROM %s t`, order, table)
		if err := pool.QueryRow(context.Background(), q).Scan(&s); err != nil {
			t.Fatalf("dumping %s: %v", table, err)
		}
		out[table] = s
	}
	return out
}

// waitConverged waits until the cursor is at the chain's head block with its hash.
func waitConverged(t *testing.T, c *chain, pool *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
	for {
		head, err := c.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var indexed int64
		var hash []byte
		if err := pool.QueryRow(ctx, `SELECT indexed_block, indexed_hash FROM indexer_state`).Scan(&indexed, &hash); err == nil &&
			uint64(indexed) == head.Number.Uint64() && string(hash) == string(head.Hash().Bytes()) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not converged after 60s: indexed %d (%x), head %d (%s)", indexed, hash, head.Number, head.Hash())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func compareDumps(t *testing.T, got, want map[string]string) {
	t.Helper()
	for table, w := range want {
		if got[table] != w {
			t.Errorf("%s differs from a fresh index of the canonical chain:\n got %.2000s\nwant %.2000s", table, got[table], w)
		}
	}
}

// TestIndexer_Reorg replaces the last 1..confirmations blocks with other transactions,
// many times at random, while the indexer follows; afterwards its database must equal a
// fresh index of the canonical chain.
func TestIndexer_Reorg(t *testing.T) {
	const confirmations = 6
	ctx := context.Background()
	c := newChain(t)
	if _, err := devnet.Play(ctx, c.suite, func(string, ...any) {}); err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	pool := newDatabase(t)
	var rollbacks atomic.Int64 // OnRollback calls, each after a rollback committed
	startIndexer(t, c, pool, source.Config{}, confirmations, func(cfg *indexer.Config) {
		cfg.OnRollback = func(landed uint64) {
			var indexed int64
			if err := pool.QueryRow(context.Background(), `SELECT indexed_block FROM indexer_state`).Scan(&indexed); err != nil || indexed != int64(landed) {
				t.Errorf("OnRollback(%d) with the cursor at %d (%v), want it there", landed, indexed, err)
			}
			rollbacks.Add(1)
		}
	})
	waitConverged(t, c, pool)

	rng := rand.New(rand.NewPCG(7, 11))
	b := c.suite.Bindings
	tx := 0
	highest := c.head(t) // finality follows the highest head seen
	for round := 0; round < 15; round++ {
		// replace blocks above the finalized one only: 1..confirmations below the highest head
		head := c.head(t)
		room := int(head) - int(highest-confirmations)
		if room < 1 {
			t.Fatalf("round %d: head %d leaves no unfinalized block (highest head %d)", round, head, highest)
		}
		depth := 1 + rng.IntN(room)
		if err := c.node.Call(nil, "anvil_rollback", depth); err != nil {
			t.Fatalf("anvil_rollback(%d): %v", depth, err)
		}
		// the new branch may be shorter, as long, or longer than the one it replaces, but
		// leaves the next round an unfinalized block to replace
		blocks := max(rng.IntN(depth+2), depth-room+1)
		for i := 0; i < blocks; i++ {
			tx++
			key := devnet.DevKey(1 + tx%3)
			var err error
			if rng.IntN(2) == 0 {
				code := sha256.Sum256([]byte(fmt.Sprintf("reorg asset %d/%d", round, i)))
				_, err = c.suite.Transact(ctx, key, c.suite.AssetRegistry, b.AssetRegistry.PackRegister(code, code, fmt.Sprintf("ipfs://reorg/%d", tx)))
			} else {
				_, err = c.suite.Transact(ctx, devnet.DevKey(0), c.suite.RewardToken, b.RewardToken.PackTransfer(devnet.Address(key), big.NewInt(int64(1000+tx))))
			}
			if err != nil {
				t.Fatalf("round %d: sending a transaction on the new branch: %v", round, err)
			}
		}
		waitConverged(t, c, pool)
		highest = max(highest, c.head(t))
	}
	var branchAssets int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM assets WHERE uri LIKE 'ipfs://reorg/%'`).Scan(&branchAssets); err != nil {
		t.Fatal(err)
	}
	if branchAssets == 0 {
		t.Error("no asset of the new branches was indexed: the rounds changed nothing")
	}
	if rollbacks.Load() == 0 {
		t.Error("OnRollback was never called over 15 reorgs")
	}

	fresh := newDatabase(t)
	startIndexer(t, c, fresh, source.Config{}, confirmations)
	waitConverged(t, c, fresh)
	compareDumps(t, dump(t, pool), dump(t, fresh))
}

// TestIndexer_DeepReorg replaces blocks the indexer already took as final, as anvil's
// anvil_rollback and evm_snapshot/evm_revert do: Run must stop with a *DeepReorgError
// naming the first block after the common ancestor, record state diverged with that
// block for the API, count it, and a later Run must refuse the database at once with
// the same block rather than serve a mirror of a chain that no longer exists.
func TestIndexer_DeepReorg(t *testing.T) {
	const confirmations = 2
	tests := []struct {
		name string
		old  int // blocks of the replaced branch above the fork block, more than confirmations
		// fork marks the fork block (the head) and returns what puts the chain back on it
		fork func(t *testing.T, c *chain) (back func())
	}{
		{"anvil_rollback", 5, func(t *testing.T, c *chain) func() {
			return func() {
				if err := c.node.Call(nil, "anvil_rollback", 5); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"evm_snapshot and evm_revert", 8, func(t *testing.T, c *chain) func() {
			var id string
			if err := c.node.Call(&id, "evm_snapshot"); err != nil {
				t.Fatal(err)
			}
			return func() {
				var ok bool
				if err := c.node.Call(&ok, "evm_revert", id); err != nil || !ok {
					t.Fatalf("evm_revert(%s) = %v, %v", id, ok, err)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			c := newChain(t)
			pool := newDatabase(t)
			transfer := func(to *ecdsa.PrivateKey, amount int64) {
				t.Helper()
				b := c.suite.Bindings.RewardToken
				if _, err := c.suite.Transact(ctx, devnet.DevKey(0), c.suite.RewardToken, b.PackTransfer(devnet.Address(to), big.NewInt(amount))); err != nil {
					t.Fatal(err)
				}
			}
			// the fork block has an event, so the database knows its hash
			transfer(devnet.DevKey(7), 1)
			forkBlock := c.head(t)
			back := tt.fork(t, c)

			reg := prometheus.NewRegistry()
			metrics := indexer.NewMetrics(reg)

			run := func(ctx context.Context) error {
				cfg := source.Config{RPCURL: c.node.RPC, PollInterval: 20 * time.Millisecond}
				for _, f := range c.manifest.Followed() {
					cfg.Addresses = append(cfg.Addresses, f.Address)
				}
				src, err := source.New(ctx, cfg)
				if err != nil {
					return err
				}
				defer src.Close()
				ix, err := indexer.New(indexer.Config{Confirmations: confirmations, Metrics: metrics}, c.manifest, src, store.New(pool, c.manifest.ChainID))
				if err != nil {
					return err
				}
				return ix.Run(ctx)
			}
			runCtx, cancel := context.WithCancel(ctx)
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- run(runCtx) }()

			// the old branch, indexed past finality, then replaced by a longer one
			for i := 0; i < tt.old; i++ {
				transfer(devnet.DevKey(7), int64(10+i))
			}
			waitConverged(t, c, pool)
			if st, err := store.New(pool, c.manifest.ChainID).State(ctx); err != nil || st.Status.State != store.Following {
				t.Errorf("state at the head = %+v, %v; want following", st.Status, err)
			}
			back()
			if got := c.head(t); got != forkBlock {
				t.Fatalf("head after going back = %d, want the fork block %d", got, forkBlock)
			}
			for i := 0; i <= tt.old; i++ {
				transfer(devnet.DevKey(8), int64(100+i))
			}

			var err error
			select {
			case err = <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("Run() did not stop on a reorg deeper than the finality depth")
			}
			deep, ok := errors.AsType[*indexer.DeepReorgError](err)
			if !ok || !errors.Is(err, indexer.ErrDeepReorg) {
				t.Fatalf("Run() = %v, want a *DeepReorgError", err)
			}
			if deep.Block != forkBlock+1 {
				t.Errorf("DeepReorgError.Block = %d, want %d, the first block after the fork block", deep.Block, forkBlock+1)
			}
			if deep.Final <= forkBlock || deep.Final > forkBlock+uint64(tt.old) {
				t.Errorf("DeepReorgError.Final = %d, want a replaced block in %d..%d", deep.Final, forkBlock+1, forkBlock+uint64(tt.old))
			}
			st, err := store.New(pool, c.manifest.ChainID).State(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Status.State != store.Diverged || st.Status.DivergedBlock == nil || *st.Status.DivergedBlock != forkBlock+1 ||
				!strings.Contains(st.Status.Error, fmt.Sprint(forkBlock+1)) {
				t.Errorf("status after the deep reorg = %+v, want diverged at block %d with the error", st.Status, forkBlock+1)
				if st.Status.DivergedBlock != nil {
					t.Errorf("diverged_block = %d", *st.Status.DivergedBlock)
				}
			}
			if got := counter(t, reg, "sharechain_indexer_diverged_total"); got != 1 {
				t.Errorf("sharechain_indexer_diverged_total = %v, want 1", got)
			}

			// started again, it refuses at once, saying the same block, and writes nothing
			rctx, rcancel := context.WithTimeout(ctx, 30*time.Second)
			defer rcancel()
			err = run(rctx)
			if deep, ok := errors.AsType[*indexer.DeepReorgError](err); !ok || deep.Block != forkBlock+1 {
				t.Fatalf("Run() on a diverged database = %v, want a *DeepReorgError at block %d", err, forkBlock+1)
			}
			again, err := store.New(pool, c.manifest.ChainID).State(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if again.IndexedBlock != st.IndexedBlock || again.Status.State != store.Diverged {
				t.Errorf("after a refused Run() the cursor is %d in state %s, want %d and diverged", again.IndexedBlock, again.Status.State, st.IndexedBlock)
			}
			if got := counter(t, reg, "sharechain_indexer_diverged_total"); got != 2 {
				t.Errorf("sharechain_indexer_diverged_total after the refusal = %v, want 2", got)
			}
		})
	}
}

// counter is the value of the counter named name in reg.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no counter %s in the registry", name)
	return 0
}

// TestIndexer_Check refuses a manifest of another chain, or naming a contract without code.
func TestIndexer_Check(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	pool := newDatabase(t)

	wrong := *c.manifest
	wrong.ChainID = 1
	ix, src := newIndexerFor(t, c, &wrong, pool, source.Config{}, 0)
	defer src.Close()
	if err := ix.Run(ctx); !errors.Is(err, indexer.ErrWrongChain) {
		t.Errorf("Run() with a chain-1 manifest = %v, want ErrWrongChain", err)
	}

	missing := *c.manifest
	missing.Contracts = map[string]common.Address{}
	for k, v := range c.manifest.Contracts {
		missing.Contracts[k] = v
	}
	missing.Contracts["Arbitration"] = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	ix, src2 := newIndexerFor(t, c, &missing, pool, source.Config{}, 0)
	defer src2.Close()
	if err := ix.Run(ctx); !errors.Is(err, indexer.ErrMissingContract) {
		t.Errorf("Run() with a contract without code = %v, want ErrMissingContract", err)
	}
}
