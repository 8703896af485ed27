package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"log"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/test/bench/internal/benchrun"
)

// anvilGasLimit is the block gas limit anvil runs with: the blocks stay far below half of
// it, so the EIP-1559 base fee never climbs.
const anvilGasLimit = 1_000_000_000

// finalityBlocks are the empty blocks mined after the last event: Ponder backfills only
// up to head - 30 on chains it does not know before it reports ready.
const finalityBlocks = 32

// logsPerRound are the logs of one round of EventPump.pump.
const logsPerRound = 3

// followed are the contracts of the manifest handed to every tool: the suite without
// PaymentToken, which our indexer never follows (DESIGN.md §3, "compare like with like").
var followed = []string{"RewardToken", "AssetRegistry", "CreditRegistry", "PledgeEscrow", "Arbitration"}

// benchChain is a generated chain on a running anvil.
type benchChain struct {
	anvil    *localnet.Anvil
	manifest string // path of the manifest without PaymentToken
	abiDir   string // forge-shaped out/ holding the ABIs of the followed contracts
	head     uint64
	events   int // logs of the followed contracts from the manifest's startBlock to head
	blocks   int // blocks holding pumped events
	txs      int // pump transactions
	genSecs  float64
}

// target is the chain as a run of ours sees it.
func (c *benchChain) target() benchrun.Chain {
	return benchrun.Chain{RPC: c.anvil.RPC, AnvilPID: c.anvil.PID(), Manifest: c.manifest, Head: c.head, Events: int64(c.events)}
}

// pumpArtifact is the compiled EventPump.sol.
type pumpArtifact struct {
	abi  abi.ABI
	code []byte
}

// buildPump compiles EventPump.sol with forge into out-backfill/ (the shared checkout's
// out/ belongs to everyone) and reads the artifact.
func buildPump(ctx context.Context, root string) (pumpArtifact, error) {
	var p pumpArtifact
	forge, err := localnet.FoundryBinary("forge")
	if err != nil {
		return p, err
	}
	out := filepath.Join(root, "out-backfill")
	cmd := exec.CommandContext(ctx, forge, "build", "test/bench/backfill/EventPump.sol")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "FOUNDRY_OUT="+out, "FOUNDRY_CACHE_PATH="+filepath.Join(root, "cache-backfill"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		return p, fmt.Errorf("forge build test/bench/backfill/EventPump.sol: %w\n%s", err, msg)
	}
	raw, err := os.ReadFile(filepath.Join(out, "EventPump.sol", "EventPump.json"))
	if err != nil {
		return p, fmt.Errorf("reading the EventPump artifact: %w", err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return p, fmt.Errorf("decoding the EventPump artifact: %w", err)
	}
	if p.abi, err = abi.JSON(strings.NewReader(string(art.ABI))); err != nil {
		return p, err
	}
	if p.code, err = hexutil.Decode(art.Bytecode.Object); err != nil || len(p.code) == 0 {
		return p, fmt.Errorf("decoding the EventPump bytecode: %v", err)
	}
	return p, nil
}

// generate starts anvil, deploys the suite and an EventPump, and fills the chain with
// exactly n logs of the followed contracts: the deployment's own, then pump rounds (an
// SHR Transfer, an SHR Approval, an AssetRegistry ApprovalForAll), roundsPerTx a
// transaction from several keys and about perBlock logs a block, automine off, and one
// or two SHR approvals by the deployer for the remainder. Then it mines finalityBlocks
// empty blocks and counts the logs back with eth_getLogs.
func generate(ctx context.Context, n, perBlock, roundsPerTx int, pump pumpArtifact, dir, forgeOut string) (_ *benchChain, err error) {
	start := time.Now()
	node, err := localnet.StartAnvil(0, "--gas-limit", fmt.Sprint(anvilGasLimit))
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			node.Stop()
		}
	}()
	rpcClient, err := rpc.DialContext(ctx, node.RPC)
	if err != nil {
		return nil, err
	}
	defer rpcClient.Close()
	client := ethclient.NewClient(rpcClient)

	deployer := devnet.DevKey(0)
	suite, err := devnet.Deploy(ctx, client, deployer, devnet.Options{})
	if err != nil {
		return nil, fmt.Errorf("deploying the suite: %w", err)
	}
	b := suite.Bindings
	g := &txGen{rpc: rpcClient, signer: types.LatestSignerForChainID(suite.ChainID), chainID: suite.ChainID}
	for i := 0; i <= 9; i++ {
		g.keys = append(g.keys, devnet.DevKey(i))
		nonce, err := client.PendingNonceAt(ctx, devnet.Address(g.keys[i]))
		if err != nil {
			return nil, err
		}
		g.nonces = append(g.nonces, nonce)
	}
	args, err := pump.abi.Pack("", suite.RewardToken, suite.AssetRegistry)
	if err != nil {
		return nil, err
	}
	pumpAddr, err := g.sendWait(ctx, 0, nil, 1_000_000, append(append([]byte{}, pump.code...), args...))
	if err != nil {
		return nil, fmt.Errorf("deploying EventPump: %w", err)
	}
	// 1 wei of SHR a round
	oneSHR := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := g.sendWait(ctx, 0, &suite.RewardToken, 100_000, b.RewardToken.PackTransfer(pumpAddr, oneSHR)); err != nil {
		return nil, fmt.Errorf("funding EventPump: %w", err)
	}

	addrs := []common.Address{suite.RewardToken, suite.AssetRegistry, suite.CreditRegistry, suite.PledgeEscrow, suite.Arbitration}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	setup, err := benchrun.CountLogs(ctx, rpcClient, addrs, suite.StartBlock, head)
	if err != nil {
		return nil, err
	}
	rest := n - setup
	if rest < 0 {
		return nil, fmt.Errorf("-events %d is below the %d logs the deployment itself emits", n, setup)
	}
	log.Printf("generating: suite and pump deployed in %.1fs (%d logs)", time.Since(start).Seconds(), setup)

	// the blocks: roundsPerBlock rounds each, in transactions of roundsPerTx rounds from
	// keys 1..9 in turn; the remainder of n as single approvals in the last block
	rounds := rest / logsPerRound
	roundsPerBlock := max(1, perBlock/logsPerRound)
	roundGas := uint64(90_000) // a round costs ~30 000 gas warm, ~75 000 when its slots are new
	var plan [][]unsignedTx
	txs := 0
	for lo := 0; lo < rounds; lo += roundsPerBlock {
		var blk []unsignedTx
		for tlo := lo; tlo < min(lo+roundsPerBlock, rounds); tlo += roundsPerTx {
			k := 1 + txs%9
			txs++
			r := min(roundsPerTx, rounds-tlo, lo+roundsPerBlock-tlo)
			data, err := pump.abi.Pack("pump", big.NewInt(int64(r)), big.NewInt(int64(tlo)))
			if err != nil {
				return nil, err
			}
			blk = append(blk, g.plan(k, &pumpAddr, 50_000+uint64(r)*roundGas, data))
		}
		plan = append(plan, blk)
	}
	if extra := rest % logsPerRound; extra > 0 {
		if len(plan) == 0 {
			plan = append(plan, nil)
		}
		for i := 0; i < extra; i++ {
			plan[len(plan)-1] = append(plan[len(plan)-1],
				g.plan(0, &suite.RewardToken, 100_000, b.RewardToken.PackApprove(suite.PledgeEscrow, big.NewInt(int64(i+1)))))
		}
	}
	if err := rpcClient.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return nil, fmt.Errorf("turning automine off: %w", err)
	}
	if err := g.mineAll(ctx, plan); err != nil {
		return nil, err
	}
	if err := rpcClient.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(finalityBlocks)); err != nil {
		return nil, fmt.Errorf("mining the empty blocks: %w", err)
	}
	if head, err = client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	got, err := benchrun.CountLogs(ctx, rpcClient, addrs, suite.StartBlock, head)
	if err != nil {
		return nil, err
	}
	if got != n {
		return nil, fmt.Errorf("the chain holds %d logs of the followed contracts, want %d (a transaction reverted?)", got, n)
	}

	// the manifest without PaymentToken, and the followed contracts' ABIs from forge's out/
	raw, err := suite.ManifestJSON()
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	delete(m["contracts"].(map[string]any), "PaymentToken")
	if raw, err = json.MarshalIndent(m, "", "  "); err != nil {
		return nil, err
	}
	c := &benchChain{anvil: node, manifest: filepath.Join(dir, "deployments", fmt.Sprintf("%d.json", suite.ChainID.Uint64())),
		abiDir: filepath.Join(dir, "out"), head: head, events: n, blocks: len(plan), txs: txs}
	if err := os.MkdirAll(filepath.Dir(c.manifest), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(c.manifest, append(raw, '\n'), 0o644); err != nil {
		return nil, err
	}
	for _, name := range followed {
		art, err := os.ReadFile(filepath.Join(forgeOut, name+".sol", name+".json"))
		if err != nil {
			return nil, fmt.Errorf("reading the ABI of %s: %w", name, err)
		}
		if err := os.MkdirAll(filepath.Join(c.abiDir, name+".sol"), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(c.abiDir, name+".sol", name+".json"), art, 0o644); err != nil {
			return nil, err
		}
	}
	c.genSecs = time.Since(start).Seconds()
	return c, nil
}

// unsignedTx is a planned transaction and the key that signs it.
type unsignedTx struct {
	key *ecdsa.PrivateKey
	tx  *types.DynamicFeeTx
}

// txGen plans transactions (it counts the nonces itself: with automine off anvil holds
// none of them yet), signs them on every core and sends them a block at a time in
// JSON-RPC batches, mining each block with evm_mine.
type txGen struct {
	rpc     *rpc.Client
	signer  types.Signer
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	nonces  []uint64
}

// plan builds the next transaction of key k.
func (g *txGen) plan(k int, to *common.Address, gas uint64, data []byte) unsignedTx {
	nonce := g.nonces[k]
	g.nonces[k]++
	return unsignedTx{g.keys[k], &types.DynamicFeeTx{ChainID: g.chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(100e9), Gas: gas, To: to, Data: data}}
}

// sendWait sends one transaction of key k with automine on and returns the address it
// created (for a deployment); it fails unless the transaction succeeded.
func (g *txGen) sendWait(ctx context.Context, k int, to *common.Address, gas uint64, data []byte) (common.Address, error) {
	u := g.plan(k, to, gas, data)
	tx, err := types.SignNewTx(u.key, g.signer, u.tx)
	if err != nil {
		return common.Address{}, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return common.Address{}, err
	}
	if err := g.rpc.CallContext(ctx, nil, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		return common.Address{}, err
	}
	for i := 0; i < 100; i++ {
		var r *types.Receipt
		if err := g.rpc.CallContext(ctx, &r, "eth_getTransactionReceipt", tx.Hash()); err != nil {
			return common.Address{}, err
		}
		if r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return common.Address{}, fmt.Errorf("transaction %s reverted", tx.Hash().Hex())
			}
			return r.ContractAddress, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return common.Address{}, fmt.Errorf("transaction %s not mined", tx.Hash().Hex())
}

// mineAll signs the planned blocks ahead on every core while anvil takes the previous
// ones, sends each block's transactions in one JSON-RPC batch and mines it, checking
// that the block holds every one of them.
func (g *txGen) mineAll(ctx context.Context, plan [][]unsignedTx) error {
	type signed struct {
		raws [][]byte
		err  error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan chan signed, 4*runtime.NumCPU())
	go func() {
		defer close(queue)
		sem := make(chan struct{}, runtime.NumCPU())
		for _, blk := range plan {
			out := make(chan signed, 1)
			select {
			case queue <- out:
			case <-ctx.Done():
				return
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				var s signed
				for _, u := range blk {
					tx, err := types.SignNewTx(u.key, g.signer, u.tx)
					if err == nil {
						var raw []byte
						if raw, err = tx.MarshalBinary(); err == nil {
							s.raws = append(s.raws, raw)
							continue
						}
					}
					s.err = err
					break
				}
				out <- s
			}()
		}
	}()

	start, sent, blocks := time.Now(), 0, 0
	for out := range queue {
		s := <-out
		if s.err != nil {
			return fmt.Errorf("signing: %w", s.err)
		}
		batch := make([]rpc.BatchElem, len(s.raws))
		hashes := make([]common.Hash, len(s.raws))
		for i, raw := range s.raws {
			batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: &hashes[i]}
		}
		if err := g.rpc.BatchCallContext(ctx, batch); err != nil {
			return fmt.Errorf("sending transactions: %w", err)
		}
		for _, b := range batch {
			if b.Error != nil {
				return fmt.Errorf("sending a transaction: %w", b.Error)
			}
		}
		if err := g.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
			return fmt.Errorf("mining: %w", err)
		}
		var blk struct {
			Transactions []common.Hash `json:"transactions"`
		}
		if err := g.rpc.CallContext(ctx, &blk, "eth_getBlockByNumber", "latest", false); err != nil {
			return fmt.Errorf("reading the mined block: %w", err)
		}
		if len(blk.Transactions) != len(hashes) {
			return fmt.Errorf("the mined block holds %d transactions, %d were sent", len(blk.Transactions), len(hashes))
		}
		sent += len(s.raws)
		blocks++
		if blocks%500 == 0 {
			log.Printf("generating: %d of %d blocks, %d transactions (%.0f blocks/s)", blocks, len(plan), sent,
				float64(blocks)/time.Since(start).Seconds())
		}
	}
	return ctx.Err()
}
