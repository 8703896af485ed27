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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/bindings/pledgeescrow"
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

// txGasCap is EIP-7825's per-transaction gas cap (Osaka). The asset batches stay under it,
// as a node started with `anvil --tx-gas-limit` would demand.
const txGasCap = 1 << 24

// contract is a compiled test contract of test/contracts/bench.
type contract struct {
	abi  abi.ABI
	code []byte
}

// batchers are the bench's test contracts: RentalBatcher rents and returns listings,
// AssetBatcher registers and verifies assets, many per transaction.
type batchers struct {
	rental, asset contract
}

func loadBatchers(root string) (batchers, error) {
	var b batchers
	var err error
	if b.rental, err = loadContract(root, "RentalBatcher"); err != nil {
		return b, err
	}
	b.asset, err = loadContract(root, "AssetBatcher")
	return b, err
}

// loadContract reads the forge artifact of the test contract name.
func loadContract(root, name string) (contract, error) {
	out := os.Getenv("FOUNDRY_OUT")
	if out == "" {
		out = "out"
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join(root, out)
	}
	path := filepath.Join(out, name+".sol", name+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return contract{}, fmt.Errorf("reading the %s artifact (forge build): %w", name, err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return contract{}, fmt.Errorf("decoding %s: %w", path, err)
	}
	a, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		return contract{}, fmt.Errorf("parsing the %s ABI: %w", name, err)
	}
	code, err := hexutil.Decode(art.Bytecode.Object)
	if err != nil || len(code) == 0 {
		return contract{}, fmt.Errorf("decoding the %s bytecode: %v", name, err)
	}
	return contract{abi: a, code: code}, nil
}

// dataset is what a generated chain holds; it is saved beside the database so a later
// run can measure again without rebuilding it (-reuse).
type dataset struct {
	ChainID   uint64   `json:"chain_id"`
	Head      uint64   `json:"head"`
	Assets    int      `json:"assets"`
	Listings  int      `json:"listings"`
	Rentals   int      `json:"rentals"`
	Events    int64    `json:"events"`
	Providers []string `json:"providers"` // the accounts that own the listed assets
	Owners    []string `json:"owners"`    // the AssetBatcher contracts that own the other assets
	Verifier  string   `json:"verifier"`  // the AssetBatcher that verified every asset
	Renters   []string `json:"renters"`
	GenSecs   float64  `json:"generate_seconds"`
	IdxSecs   float64  `json:"index_seconds"`
}

// generate deploys the suite on the anvil at rpcURL and fills it with cfg.assets verified
// assets, of which the first cfg.listed are listed and share cfg.rentals settled rentals.
// It writes the manifest to manifestPath.
func generate(ctx context.Context, cfg config, rpcURL, manifestPath string, bat batchers) (dataset, error) {
	var ds dataset
	rpcClient, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return ds, err
	}
	defer rpcClient.Close()
	client := ethclient.NewClient(rpcClient)
	deployer := devnet.DevKey(0)
	// VERIFIER_ROLE goes to an AssetBatcher below, which verifies many assets at a time
	suite, err := devnet.Deploy(ctx, client, deployer, devnet.Options{})
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
		ds.Providers = append(ds.Providers, devnet.Address(providers[i]).Hex())
	}
	// the batch transactions go out from the keys that hold no role and own nothing
	senders := []*ecdsa.PrivateKey{devnet.DevKey(5), devnet.DevKey(6), devnet.DevKey(7), devnet.DevKey(8), devnet.DevKey(9)}

	// pledges: each provider gets the SHR for its listings and approves the escrow
	start := time.Now()
	// a pledge is BasePledge × the provider's tier multiplier: 150 % for a newcomer (tier 1), at most 200 %
	perProvider := new(big.Int).Mul(devnet.BasePledge(), big.NewInt(int64(2*(cfg.listed/cfg.providers+2))))
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

	// the asset batchers: cfg.owners owners of the unlisted assets, and a verifier
	start = time.Now()
	ctor, err := bat.asset.abi.Pack("", suite.AssetRegistry)
	if err != nil {
		return ds, err
	}
	abs, err := s.deploy(ctx, deployer, bat.asset, ctor, cfg.owners+1)
	if err != nil {
		return ds, fmt.Errorf("deploying the asset batchers: %w", err)
	}
	owners, verifier := abs[:cfg.owners], abs[cfg.owners]
	for _, o := range owners {
		ds.Owners = append(ds.Owners, o.Hex())
	}
	ds.Verifier = verifier.Hex()
	verifierRole := crypto.Keccak256Hash([]byte("VERIFIER_ROLE"))
	if err := s.send(ctx, deployer, &suite.AssetRegistry, b.AssetRegistry.PackGrantRole(verifierRole, verifier), 200_000); err != nil {
		return ds, err
	}
	if hashes, err := s.flush(ctx); err != nil {
		return ds, err
	} else if _, err := s.receipts(ctx, hashes); err != nil {
		return ds, fmt.Errorf("granting VERIFIER_ROLE: %w", err)
	}
	phase("deploying asset batchers", start, len(abs)+1)

	// the listed assets, registered round-robin by the providers: token ids 1..listed
	start = time.Now()
	owner := map[string]*ecdsa.PrivateKey{}
	for i := 0; i < cfg.listed; i++ {
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
	if len(tokens) != cfg.listed {
		return ds, fmt.Errorf("registering: %d AssetRegistered events, want %d", len(tokens), cfg.listed)
	}
	phase(fmt.Sprintf("registering %d assets to be listed", cfg.listed), start, len(hashes))

	// the other assets, registered by the owners in batches: token ids listed+1..assets,
	// assets listed..assets-1 of AssetBatcher's load set
	if rest := cfg.assets - cfg.listed; rest > 0 {
		start = time.Now()
		per := cfg.assetsPerTx
		pack := func(i int) (common.Address, []byte, int, error) {
			first := cfg.listed + i*per
			n := min(per, cfg.assets-first)
			data, err := bat.asset.abi.Pack("register", big.NewInt(int64(first)), big.NewInt(int64(n)))
			return owners[i%len(owners)], data, n, err
		}
		to, data, _, err := pack(0)
		if err != nil {
			return ds, err
		}
		est, gas, err := batchGas(ctx, client, senders[0], to, data, "-assets-per-tx")
		if err != nil {
			return ds, fmt.Errorf("estimating a registration batch: %w", err)
		}
		txs := (rest + per - 1) / per
		if err := s.batches(ctx, "registering", senders, txs, gas, pack); err != nil {
			return ds, err
		}
		phase(fmt.Sprintf("registering %d assets (%d per transaction, %d gas each)", rest, per, est), start, txs)
	}
	out, err := client.CallContract(ctx, ethCall(devnet.Address(deployer), suite.AssetRegistry, b.AssetRegistry.PackTotalAssets()), nil)
	if err != nil {
		return ds, err
	}
	if total, err := b.AssetRegistry.UnpackTotalAssets(out); err != nil || total.Int64() != int64(cfg.assets) {
		return ds, fmt.Errorf("registering: the registry holds %v assets, want %d (%v)", total, cfg.assets, err)
	}

	// verification of every asset by the verifier, a range of token ids per transaction
	start = time.Now()
	validUntil := uint64(time.Now().Unix()) + 10*365*86400
	per := cfg.verifyPerTx
	pack := func(i int) (common.Address, []byte, int, error) {
		first := 1 + i*per
		n := min(per, cfg.assets+1-first)
		data, err := bat.asset.abi.Pack("verifyRange", big.NewInt(int64(first)), big.NewInt(int64(n)), validUntil)
		return verifier, data, n, err
	}
	to, data, _, err := pack(0)
	if err != nil {
		return ds, err
	}
	est, gas, err := batchGas(ctx, client, senders[0], to, data, "-verify-per-tx")
	if err != nil {
		return ds, fmt.Errorf("estimating a verification batch: %w", err)
	}
	txs := (cfg.assets + per - 1) / per
	if err := s.batches(ctx, "verifying", senders, txs, gas, pack); err != nil {
		return ds, err
	}
	// a batch verifies all its tokens or none: its last token shows which
	var lasts []*big.Int
	for i := 0; i < txs; i++ {
		lasts = append(lasts, big.NewInt(int64(min(cfg.assets, (i+1)*per))))
	}
	if err := s.allVerified(ctx, suite.AssetRegistry, b, lasts); err != nil {
		return ds, err
	}
	phase(fmt.Sprintf("verifying %d assets (%d per transaction, %d gas each)", cfg.assets, per, est), start, txs)

	// one listing per listed asset: 1 tUSD an hour, 10 tUSD deposit, one hour minimum
	start = time.Now()
	for _, id := range tokens {
		terms := pledgeescrow.IPledgeEscrowTerms{PricePerHour: big.NewInt(1e6), Deposit: big.NewInt(10e6), MinDuration: 3600,
			MaxDuration: 30 * 86400, PricePerUnit: big.NewInt(0)}
		if err := s.send(ctx, owner[id.String()], &suite.PledgeEscrow, b.PledgeEscrow.PackList(id, suite.PaymentToken, terms),
			500_000); err != nil {
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
	if len(listings) != cfg.listed {
		return ds, fmt.Errorf("listing: %d Listed events, want %d", len(listings), cfg.listed)
	}
	phase("listing assets", start, len(hashes))

	// the renters: RentalBatcher contracts holding plenty of tUSD
	start = time.Now()
	funds, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	args, err := bat.rental.abi.Pack("", suite.PledgeEscrow, suite.PaymentToken, funds)
	if err != nil {
		return ds, err
	}
	renters, err := s.deploy(ctx, deployer, bat.rental, args, cfg.renters)
	if err != nil {
		return ds, fmt.Errorf("deploying the batchers: %w", err)
	}
	for _, r := range renters {
		ds.Renters = append(ds.Renters, r.Hex())
	}
	phase("deploying renters", start, len(renters))

	// the rentals, in rounds: each transaction rents and returns perTx listings, round-robin
	// over the listings, for one of the renters in turn; a returned rental stays open (in
	// inspection) until released, and a token holds at most 16 open rentals, so a round
	// rents each listing at most openPerToken times, then time passes the inspection period
	// and the renters release the round's deposits, as the keeper would
	start = time.Now()
	round, sent := openPerToken*len(listings), 0
	for done := 0; done < cfg.rentals; done += round {
		n := min(round, cfg.rentals-done)
		rented, err := rentRound(ctx, s, cfg, bat, senders, renters, listings, done, n)
		if err != nil {
			return ds, err
		}
		released, err := releaseRound(ctx, s, client, cfg, bat, senders, renters, done, n)
		if err != nil {
			return ds, err
		}
		sent += rented + released
	}
	phase(fmt.Sprintf("renting, returning and releasing %d rentals", cfg.rentals), start, sent)

	head, err := client.BlockNumber(ctx)
	if err != nil {
		return ds, err
	}
	ds.Head, ds.Assets, ds.Listings, ds.Rentals = head, cfg.assets, len(listings), cfg.rentals
	return ds, nil
}

// openPerToken is how many rentals of one listing a round makes before they are released:
// under the escrow's 16 open rentals per token (TooManyBookings).
const openPerToken = 15

// releasePerTx is how many deposits one release transaction settles (~82 000 gas each).
const releasePerTx = 100

// rentRound rents and returns rentals done+1 .. done+n (global order), rental j on listing
// j mod len(listings), and returns the transactions it sent.
func rentRound(ctx context.Context, s *sender, cfg config, bat batchers, senders []*ecdsa.PrivateKey,
	renters []common.Address, listings []*big.Int, done, n int) (int, error) {
	start := time.Now()
	packRent := func(tx int) (common.Address, []byte, int, error) {
		k0 := tx * cfg.perTx
		ids := make([]*big.Int, min(cfg.perTx, n-k0))
		for k := range ids {
			ids[k] = listings[(done+k0+k)%len(listings)]
		}
		data, err := bat.rental.abi.Pack("rentAndReturn", ids, uint64(3600))
		return renters[tx%len(renters)], data, len(ids), err
	}
	// the gas of one full batch, with a margin for the costlier first rentals of a renter
	to, data, _, err := packRent(0)
	if err != nil {
		return 0, err
	}
	est, err := s.client.EstimateGas(ctx, ethCall(devnet.Address(senders[0]), to, data))
	if err != nil {
		return 0, fmt.Errorf("estimating a batch: %w", err)
	}
	txs := (n + cfg.perTx - 1) / cfg.perTx
	if err := s.batches(ctx, "renting", senders, txs, est+est/2, packRent); err != nil {
		return 0, err
	}
	log.Printf("renting and returning rentals %d..%d (%d per transaction, %d gas each): %d transactions in %.1fs",
		done+1, done+n, cfg.perTx, est, txs, time.Since(start).Seconds())
	return txs, nil
}

// releaseRound lets the inspection period pass and releases the deposits of rentals
// done+1 .. done+n, releasePerTx a transaction through the renter batchers; it returns
// the transactions it sent.
func releaseRound(ctx context.Context, s *sender, client *ethclient.Client, cfg config, bat batchers,
	senders []*ecdsa.PrivateKey, renters []common.Address, done, n int) (int, error) {
	start := time.Now()
	if err := s.rpc.CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(devnet.InspectionPeriod+1)); err != nil {
		return 0, fmt.Errorf("passing the inspection period: %w", err)
	}
	if err := s.mine(ctx); err != nil {
		return 0, err
	}
	pack := func(tx int) (common.Address, []byte, int, error) {
		first := done + 1 + tx*releasePerTx
		k := min(releasePerTx, done+n+1-first)
		data, err := bat.rental.abi.Pack("releaseRange", big.NewInt(int64(first)), big.NewInt(int64(k)))
		return renters[tx%len(renters)], data, k, err
	}
	to, data, _, err := pack(0)
	if err != nil {
		return 0, err
	}
	est, gas, err := batchGas(ctx, client, senders[0], to, data, "releasePerTx")
	if err != nil {
		return 0, fmt.Errorf("estimating a release batch: %w", err)
	}
	txs := (n + releasePerTx - 1) / releasePerTx
	if err := s.batches(ctx, "releasing", senders, txs, gas, pack); err != nil {
		return 0, err
	}
	log.Printf("releasing rentals %d..%d (%d per transaction, %d gas each): %d transactions in %.1fs",
		done+1, done+n, releasePerTx, est, txs, time.Since(start).Seconds())
	return txs, nil
}

// batchGas estimates the batch transaction data to `to` and adds a margin; the batch
// must stay under txGasCap, or a smaller one is needed (flag names the flag that sets it).
func batchGas(ctx context.Context, client *ethclient.Client, from *ecdsa.PrivateKey, to common.Address, data []byte,
	flag string) (est, gas uint64, err error) {
	if est, err = client.EstimateGas(ctx, ethCall(devnet.Address(from), to, data)); err != nil {
		return 0, 0, err
	}
	gas = est + est/4
	if gas > txGasCap {
		return 0, 0, fmt.Errorf("a batch needs %d gas, over the %d a transaction may use: lower %s", gas, txGasCap, flag)
	}
	return est, gas, nil
}

// deploy deploys n instances of c with the constructor arguments args, and returns their
// addresses.
func (s *sender) deploy(ctx context.Context, key *ecdsa.PrivateKey, c contract, args []byte, n int) ([]common.Address, error) {
	code := append(append([]byte{}, c.code...), args...)
	for i := 0; i < n; i++ {
		if err := s.send(ctx, key, nil, code, 3_000_000); err != nil {
			return nil, err
		}
	}
	hashes, err := s.flush(ctx)
	if err != nil {
		return nil, err
	}
	rs, err := s.receipts(ctx, hashes)
	if err != nil {
		return nil, err
	}
	var out []common.Address
	for _, r := range rs {
		if r.ContractAddress != (common.Address{}) {
			out = append(out, r.ContractAddress)
		}
	}
	if len(out) != n {
		return nil, fmt.Errorf("%d contracts deployed, want %d", len(out), n)
	}
	return out, nil
}

// batches sends n batch transactions from keys in turn, each with gas; batch(i) gives the
// i-th one's target, calldata and how many items it carries (for the progress log). It
// mines them all and checks the receipts of a sample: the receipts of every batch would
// carry up to a million logs, and the chain's and the database's counts show later that
// none reverted.
func (s *sender) batches(ctx context.Context, what string, keys []*ecdsa.PrivateKey, n int, gas uint64,
	batch func(i int) (common.Address, []byte, int, error)) error {
	start := time.Now()
	var sample []common.Hash
	items := 0
	for i := 0; i < n; i++ {
		to, data, k, err := batch(i)
		if err != nil {
			return err
		}
		if err := s.send(ctx, keys[i%len(keys)], &to, data, gas); err != nil {
			return err
		}
		items += k
		if i%100 == 0 {
			sample = append(sample, s.sent[len(s.sent)-1])
		}
		if i%250 == 249 {
			log.Printf("%s: %d sent in %d transactions (%.0f/s)", what, items, i+1, float64(items)/time.Since(start).Seconds())
		}
	}
	hashes, err := s.flush(ctx)
	if err != nil {
		return err
	}
	sample = append(sample, s.lastOf(hashes)...)
	if _, err := s.receipts(ctx, sample); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// allVerified checks on chain, in one JSON-RPC batch, that every token of ids is verified.
func (s *sender) allVerified(ctx context.Context, registry common.Address, b devnet.Bindings, ids []*big.Int) error {
	out := make([]hexutil.Bytes, len(ids))
	batch := make([]rpc.BatchElem, len(ids))
	for i, id := range ids {
		batch[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{
			"to": registry, "data": hexutil.Bytes(b.AssetRegistry.PackIsVerified(id)),
		}, "latest"}, Result: &out[i]}
	}
	if err := s.rpc.BatchCallContext(ctx, batch); err != nil {
		return fmt.Errorf("checking verification: %w", err)
	}
	for i, e := range batch {
		if e.Error != nil {
			return fmt.Errorf("checking verification of token %s: %w", ids[i], e.Error)
		}
		if ok, err := b.AssetRegistry.UnpackIsVerified(out[i]); err != nil || !ok {
			return fmt.Errorf("verifying: token %s is not verified (%v)", ids[i], err)
		}
	}
	return nil
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
