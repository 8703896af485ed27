package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"log"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/internal/devnet"
)

// blockGasLimit is anvil's block gas limit here (--gas-limit); blocks are mined at most
// half full so the EIP-1559 base fee never climbs.
const blockGasLimit = 1_000_000_000

// sender sends signed transactions with anvil's automine off, tracking nonces itself, and
// mines a block whenever the pending transactions fill half of one.
type sender struct {
	client     *ethclient.Client
	rpc        *rpc.Client
	chainID    *big.Int
	signer     types.Signer
	nonces     map[common.Address]uint64
	pendingGas uint64
	sent       []common.Hash
	last       map[common.Address]common.Hash // last transaction of each key in this phase
}

func newSender(ctx context.Context, client *ethclient.Client, rpcClient *rpc.Client, chainID *big.Int) (*sender, error) {
	if err := rpcClient.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return nil, fmt.Errorf("turning automine off: %w", err)
	}
	return &sender{client: client, rpc: rpcClient, chainID: chainID, signer: types.LatestSignerForChainID(chainID),
		nonces: map[common.Address]uint64{}, last: map[common.Address]common.Hash{}}, nil
}

func (s *sender) send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte, gas uint64) error {
	from := devnet.Address(key)
	nonce, ok := s.nonces[from]
	if !ok {
		n, err := s.client.PendingNonceAt(ctx, from)
		if err != nil {
			return fmt.Errorf("getting the nonce of %s: %w", from.Hex(), err)
		}
		nonce = n
	}
	if s.pendingGas+gas > blockGasLimit/2 {
		if err := s.mine(ctx); err != nil {
			return err
		}
	}
	tx, err := types.SignNewTx(key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(200e9),
		Gas: gas, To: to, Data: data,
	})
	if err != nil {
		return fmt.Errorf("signing: %w", err)
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("sending a transaction of %s: %w", from.Hex(), err)
	}
	s.nonces[from] = nonce + 1
	s.pendingGas += gas
	s.sent = append(s.sent, tx.Hash())
	s.last[from] = tx.Hash()
	return nil
}

func (s *sender) mine(ctx context.Context) error {
	s.pendingGas = 0
	if err := s.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mining: %w", err)
	}
	return nil
}

// flush mines until the last transaction of every key is mined, then returns the hashes
// sent since the previous flush, in sending order.
func (s *sender) flush(ctx context.Context) ([]common.Hash, error) {
	for i := 0; ; i++ {
		if err := s.mine(ctx); err != nil {
			return nil, err
		}
		pending := 0
		for _, h := range s.last {
			var r *types.Receipt
			if err := s.rpc.CallContext(ctx, &r, "eth_getTransactionReceipt", h); err != nil {
				return nil, fmt.Errorf("getting a receipt: %w", err)
			}
			if r == nil {
				pending++
			}
		}
		if pending == 0 {
			break
		}
		if i > 10_000 {
			return nil, fmt.Errorf("%d transactions still pending after %d blocks", pending, i)
		}
	}
	out := s.sent
	s.sent, s.last = nil, map[common.Address]common.Hash{}
	return out, nil
}

// receipts fetches the receipts of hashes in JSON-RPC batches and fails on any revert,
// decoding its reason.
func (s *sender) receipts(ctx context.Context, hashes []common.Hash) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(hashes))
	for lo := 0; lo < len(hashes); lo += 200 {
		hi := min(lo+200, len(hashes))
		batch := make([]rpc.BatchElem, hi-lo)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{hashes[lo+i]}, Result: &out[lo+i]}
		}
		if err := s.rpc.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("getting receipts: %w", err)
		}
		for i, b := range batch {
			if b.Error != nil {
				return nil, fmt.Errorf("getting a receipt: %w", b.Error)
			}
			if out[lo+i] == nil {
				return nil, fmt.Errorf("transaction %s has no receipt", hashes[lo+i].Hex())
			}
		}
	}
	for _, r := range out {
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("transaction %s reverted: %s", r.TxHash.Hex(), s.why(ctx, r))
		}
	}
	return out, nil
}

// why replays a reverted transaction where it ran and decodes the reason.
func (s *sender) why(ctx context.Context, r *types.Receipt) string {
	tx, _, err := s.client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		return err.Error()
	}
	from, err := types.Sender(s.signer, tx)
	if err != nil {
		return err.Error()
	}
	var out hexutil.Bytes
	callErr := s.rpc.CallContext(ctx, &out, "eth_call", map[string]any{
		"from": from, "to": tx.To(), "data": hexutil.Bytes(tx.Data()), "gas": hexutil.Uint64(tx.Gas()),
	}, hexutil.EncodeBig(new(big.Int).Sub(r.BlockNumber, big.NewInt(1))))
	if de, ok := callErr.(rpc.DataError); ok {
		if str, ok := de.ErrorData().(string); ok {
			if data, err := hexutil.Decode(str); err == nil {
				return devnet.DecodeRevert(data).Error()
			}
		}
	}
	if callErr != nil {
		return callErr.Error()
	}
	return fmt.Sprintf("out of gas? used %d of %d", r.GasUsed, tx.Gas())
}

// batcher is the compiled test/contracts/bench/RentalBatcher.sol.
type batcher struct {
	abi  abi.ABI
	code []byte
}

func loadBatcher(root string) (batcher, error) {
	out := os.Getenv("FOUNDRY_OUT")
	if out == "" {
		out = "out"
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join(root, out)
	}
	path := filepath.Join(out, "RentalBatcher.sol", "RentalBatcher.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return batcher{}, fmt.Errorf("reading the RentalBatcher artifact (forge build): %w", err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return batcher{}, fmt.Errorf("decoding %s: %w", path, err)
	}
	a, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		return batcher{}, fmt.Errorf("parsing the RentalBatcher ABI: %w", err)
	}
	code, err := hexutil.Decode(art.Bytecode.Object)
	if err != nil || len(code) == 0 {
		return batcher{}, fmt.Errorf("decoding the RentalBatcher bytecode: %v", err)
	}
	return batcher{abi: a, code: code}, nil
}

// dataset is what a generated chain holds; it is saved beside the database so a later
// run can measure again without rebuilding it (-reuse).
type dataset struct {
	ChainID  uint64   `json:"chain_id"`
	Head     uint64   `json:"head"`
	Assets   int      `json:"assets"`
	Listings int      `json:"listings"`
	Rentals  int      `json:"rentals"`
	Events   int64    `json:"events"`
	Renters  []string `json:"renters"`
	GenSecs  float64  `json:"generate_seconds"`
	IdxSecs  float64  `json:"index_seconds"`
}

// generate deploys the suite on the anvil at rpcURL and fills it with cfg.rentals settled
// rentals over cfg.assets verified, listed assets. It writes the manifest to
// manifestPath.
func generate(ctx context.Context, cfg config, rpcURL, manifestPath string, bat batcher) (dataset, error) {
	var ds dataset
	rpcClient, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return ds, err
	}
	defer rpcClient.Close()
	client := ethclient.NewClient(rpcClient)
	deployer := devnet.DevKey(0)
	suite, err := devnet.Deploy(ctx, client, deployer, devnet.Options{Verifiers: []common.Address{devnet.Address(deployer)}})
	if err != nil {
		return ds, fmt.Errorf("deploying the suite: %w", err)
	}
	manifest, err := suite.ManifestJSON()
	if err != nil {
		return ds, err
	}
	if err := os.WriteFile(manifestPath, manifest, 0o644); err != nil {
		return ds, err
	}
	ds.ChainID = suite.ChainID.Uint64()
	b := suite.Bindings
	s, err := newSender(ctx, client, rpcClient, suite.ChainID)
	if err != nil {
		return ds, err
	}
	phase := func(name string, start time.Time, n int) {
		log.Printf("%s: %d transactions in %.1fs", name, n, time.Since(start).Seconds())
	}
	providers := make([]*ecdsa.PrivateKey, cfg.providers)
	for i := range providers {
		providers[i] = devnet.DevKey(1 + i)
	}

	// pledges: each provider gets the SHR for its listings and approves the escrow
	start := time.Now()
	perProvider := new(big.Int).Mul(devnet.BasePledge(), big.NewInt(int64(cfg.assets/cfg.providers+2)))
	for _, p := range providers {
		if err := s.send(ctx, deployer, &suite.RewardToken, b.RewardToken.PackTransfer(devnet.Address(p), perProvider), 100_000); err != nil {
			return ds, err
		}
		if err := s.send(ctx, p, &suite.RewardToken, b.RewardToken.PackApprove(suite.PledgeEscrow, abi.MaxUint256), 100_000); err != nil {
			return ds, err
		}
	}
	if err := s.checkPhase(ctx, "funding providers", start, phase); err != nil {
		return ds, err
	}

	// assets, registered round-robin by the providers
	start = time.Now()
	owner := map[string]*ecdsa.PrivateKey{}
	for i := 0; i < cfg.assets; i++ {
		code := sha256.Sum256(fmt.Appendf(nil, "apiload asset %d", i))
		content := sha256.Sum256(fmt.Appendf(nil, "apiload content %d", i))
		if err := s.send(ctx, providers[i%len(providers)], &suite.AssetRegistry,
			b.AssetRegistry.PackRegister(code, content, fmt.Sprintf("ipfs://apiload/%d", i)), 300_000); err != nil {
			return ds, err
		}
	}
	hashes, err := s.flush(ctx)
	if err != nil {
		return ds, err
	}
	rs, err := s.receipts(ctx, hashes)
	if err != nil {
		return ds, fmt.Errorf("registering: %w", err)
	}
	var tokens []*big.Int
	for i, r := range rs {
		for _, l := range r.Logs {
			if ev, err := b.AssetRegistry.UnpackAssetRegisteredEvent(l); err == nil {
				tokens = append(tokens, ev.TokenId)
				owner[ev.TokenId.String()] = providers[i%len(providers)]
			}
		}
	}
	if len(tokens) != cfg.assets {
		return ds, fmt.Errorf("registering: %d AssetRegistered events, want %d", len(tokens), cfg.assets)
	}
	phase("registering assets", start, len(hashes))

	// verification by the deployer, a verifier
	start = time.Now()
	validUntil := uint64(time.Now().Unix()) + 10*365*86400
	for _, id := range tokens {
		if err := s.send(ctx, deployer, &suite.AssetRegistry, b.AssetRegistry.PackVerify(id, validUntil), 150_000); err != nil {
			return ds, err
		}
	}
	if err := s.checkPhase(ctx, "verifying assets", start, phase); err != nil {
		return ds, err
	}

	// one listing per asset: 1 tUSD an hour, 10 tUSD deposit, one hour minimum
	start = time.Now()
	for _, id := range tokens {
		if err := s.send(ctx, owner[id.String()], &suite.PledgeEscrow, b.PledgeEscrow.PackList(id, suite.PaymentToken,
			big.NewInt(1e6), big.NewInt(10e6), 3600, 30*86400, big.NewInt(0)), 500_000); err != nil {
			return ds, err
		}
	}
	if hashes, err = s.flush(ctx); err != nil {
		return ds, err
	}
	if rs, err = s.receipts(ctx, hashes); err != nil {
		return ds, fmt.Errorf("listing: %w", err)
	}
	var listings []*big.Int
	for _, r := range rs {
		for _, l := range r.Logs {
			if ev, err := b.PledgeEscrow.UnpackListedEvent(l); err == nil {
				listings = append(listings, ev.ListingId)
			}
		}
	}
	if len(listings) != cfg.assets {
		return ds, fmt.Errorf("listing: %d Listed events, want %d", len(listings), cfg.assets)
	}
	phase("listing assets", start, len(hashes))

	// the renters: RentalBatcher contracts holding plenty of tUSD
	start = time.Now()
	funds, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	args, err := bat.abi.Pack("", suite.PledgeEscrow, suite.PaymentToken, funds)
	if err != nil {
		return ds, err
	}
	for i := 0; i < cfg.renters; i++ {
		if err := s.send(ctx, deployer, nil, append(append([]byte{}, bat.code...), args...), 2_000_000); err != nil {
			return ds, err
		}
	}
	if hashes, err = s.flush(ctx); err != nil {
		return ds, err
	}
	if rs, err = s.receipts(ctx, hashes); err != nil {
		return ds, fmt.Errorf("deploying the batchers: %w", err)
	}
	renters := make([]common.Address, len(rs))
	for i, r := range rs {
		renters[i] = r.ContractAddress
		ds.Renters = append(ds.Renters, r.ContractAddress.Hex())
	}
	phase("deploying renters", start, len(hashes))

	// the rentals: each transaction rents and returns perTx listings, round-robin over the
	// listings, for one of the renters in turn
	start = time.Now()
	senders := []*ecdsa.PrivateKey{devnet.DevKey(5), devnet.DevKey(6), devnet.DevKey(7), devnet.DevKey(8), devnet.DevKey(9)}
	pack := func(tx int, n int) ([]byte, error) {
		ids := make([]*big.Int, n)
		for k := range ids {
			ids[k] = listings[(tx*cfg.perTx+k)%len(listings)]
		}
		return bat.abi.Pack("rentAndEnd", ids, uint64(3600))
	}
	// the gas of one full batch, with a margin for the costlier first rentals of a renter
	data, err := pack(0, cfg.perTx)
	if err != nil {
		return ds, err
	}
	est, err := client.EstimateGas(ctx, ethCall(devnet.Address(senders[0]), renters[0], data))
	if err != nil {
		return ds, fmt.Errorf("estimating a batch: %w", err)
	}
	gas := est + est/2
	txs := (cfg.rentals + cfg.perTx - 1) / cfg.perTx
	var sample []common.Hash
	for tx := 0; tx < txs; tx++ {
		n := min(cfg.perTx, cfg.rentals-tx*cfg.perTx)
		data, err := pack(tx, n)
		if err != nil {
			return ds, err
		}
		to := renters[tx%len(renters)]
		if err := s.send(ctx, senders[tx%len(senders)], &to, data, gas); err != nil {
			return ds, err
		}
		if tx%100 == 0 {
			sample = append(sample, s.sent[len(s.sent)-1])
		}
		if tx%250 == 249 {
			log.Printf("rentals: %d of %d sent (%.0f rentals/s)", (tx+1)*cfg.perTx, cfg.rentals,
				float64((tx+1)*cfg.perTx)/time.Since(start).Seconds())
		}
	}
	if hashes, err = s.flush(ctx); err != nil {
		return ds, err
	}
	for _, h := range s.lastOf(hashes) {
		sample = append(sample, h)
	}
	// receipts of every batch would carry a million logs; a sample (and, later, the
	// database's count of settled rentals) shows none reverted
	if _, err := s.receipts(ctx, sample); err != nil {
		return ds, fmt.Errorf("renting: %w", err)
	}
	phase(fmt.Sprintf("renting (%d rentals, %d per transaction, %d gas each)", cfg.rentals, cfg.perTx, est), start, len(hashes))

	head, err := client.BlockNumber(ctx)
	if err != nil {
		return ds, err
	}
	ds.Head, ds.Assets, ds.Listings, ds.Rentals = head, len(tokens), len(listings), cfg.rentals
	return ds, nil
}

// lastOf returns the last few hashes, whose receipts show the batch phase ended well.
func (s *sender) lastOf(hashes []common.Hash) []common.Hash {
	return hashes[max(0, len(hashes)-5):]
}

// checkPhase flushes and fails on any reverted transaction.
func (s *sender) checkPhase(ctx context.Context, name string, start time.Time, report func(string, time.Time, int)) error {
	hashes, err := s.flush(ctx)
	if err != nil {
		return err
	}
	if _, err := s.receipts(ctx, hashes); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	report(name, start, len(hashes))
	return nil
}
