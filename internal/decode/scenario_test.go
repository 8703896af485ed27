package decode

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/arbitration"
	"sharechain/bindings/assetregistry"
	"sharechain/bindings/creditregistry"
	"sharechain/bindings/paymenttoken"
	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
)

// anvil's first default accounts.
var (
	keyA = mustKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80") // admin, provider
	keyB = mustKey("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d") // renter
	keyC = mustKey("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a") // arbiter, device
	addA = crypto.PubkeyToAddress(keyA.PublicKey)
	addB = crypto.PubkeyToAddress(keyB.PublicKey)
	addC = crypto.PubkeyToAddress(keyC.PublicKey)
	addD = common.HexToAddress("0x00000000000000000000000000000000000000d1")
)

func mustKey(h string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(h)
	if err != nil {
		panic(err)
	}
	return k
}

// weirdURI has quotes, a backslash, control characters, a NUL, HTML characters and
// non-ASCII text.
const weirdURI = "ipfs://\"q\"\\b\n\t\x01\x00<&>é漢\U0001F600"

// suite is what runScenario deployed and the logs each of its steps produced.
type suite struct {
	contracts []manifest.Contract // the five followed ones
	payment   common.Address
	steps     []step
}

type step struct {
	name string
	logs []types.Log
}

// logs returns the logs of the named step.
func (s *suite) logs(tb testing.TB, name string) []types.Log {
	tb.Helper()
	for _, st := range s.steps {
		if st.name == name {
			return st.logs
		}
	}
	tb.Fatalf("no step %q in the scenario", name)
	return nil
}

// all returns every log of the scenario in order.
func (s *suite) all() []types.Log {
	var out []types.Log
	for _, st := range s.steps {
		out = append(out, st.logs...)
	}
	return out
}

func (s *suite) address(name string) common.Address {
	for _, c := range s.contracts {
		if c.Name == name {
			return c.Address
		}
	}
	return common.Address{}
}

var (
	scenarioOnce sync.Once
	scenario     *suite
)

// realLogs deploys the suite on a private anvil, drives it through a rental lifecycle, a
// dispute and a default, and returns the logs. It runs once per test binary; anvil stops
// with the test that first asked, as the logs are all that is kept.
func realLogs(tb testing.TB) *suite {
	tb.Helper()
	scenarioOnce.Do(func() { scenario = runScenario(tb) })
	if scenario == nil {
		tb.Fatal("the scenario failed in an earlier test")
	}
	return scenario
}

type chain struct {
	tb      testing.TB
	ctx     context.Context
	node    *testenv.Anvil
	client  *ethclient.Client
	chainID *big.Int
	time    uint64 // the timestamp of the next block: every block has a fixed one
	s       *suite
}

func role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func runScenario(tb testing.TB) *suite {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node := testenv.StartAnvil(tb)
	client, err := ethclient.DialContext(ctx, node.RPC)
	if err != nil {
		tb.Fatalf("dialing anvil: %v", err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		tb.Fatalf("ChainID() error: %v", err)
	}
	c := &chain{tb: tb, ctx: ctx, node: node, client: client, chainID: id, time: 2_000_000_000, s: &suite{}}

	var (
		pt  = paymenttoken.NewPaymentToken()
		shr = rewardtoken.NewRewardToken()
		reg = assetregistry.NewAssetRegistry()
		cr  = creditregistry.NewCreditRegistry()
		esc = pledgeescrow.NewPledgeEscrow()
		arb = arbitration.NewArbitration()
	)
	ptAddr := c.deploy("deploy PaymentToken", &paymenttoken.PaymentTokenMetaData, nil)
	shrAddr := c.deploy("deploy RewardToken", &rewardtoken.RewardTokenMetaData, shr.PackConstructor(addA, eth(1_000_000_000)))
	regAddr := c.deploy("deploy AssetRegistry", &assetregistry.AssetRegistryMetaData, reg.PackConstructor(addA))
	tiers := [4]creditregistry.ICreditRegistryTier{
		{MinScore: 0, MaxActiveRentals: 0, DepositBps: 20_000, PledgeBps: 20_000},
		{MinScore: 300, MaxActiveRentals: 2, DepositBps: 15_000, PledgeBps: 15_000},
		{MinScore: 600, MaxActiveRentals: 3, DepositBps: 10_000, PledgeBps: 10_000},
		{MinScore: 800, MaxActiveRentals: 10, DepositBps: 7500, PledgeBps: 7500},
	}
	crAddr := c.deploy("deploy CreditRegistry", &creditregistry.CreditRegistryMetaData,
		cr.PackConstructor(addA, tiers, [10]int16{10, -20, -250, -50, 10, -50, 5, 0, -100, -30}))
	params := pledgeescrow.IPledgeEscrowParams{
		PlatformFeeBps: 250, GracePeriod: 86_400, LateFeeBps: 20_000, InspectionPeriod: 7200, MinRentalSeconds: 3600,
		MaxAdvance: 90 * 86_400, BasePledge: eth(100), EpochRewardCap: eth(100_000), Treasury: addA,
	}
	escAddr := c.deploy("deploy PledgeEscrow", &pledgeescrow.PledgeEscrowMetaData,
		esc.PackConstructor(addA, regAddr, crAddr, shrAddr, params, []common.Address{ptAddr}, []*big.Int{big.NewInt(1e14)}))
	arbAddr := c.deploy("deploy Arbitration", &arbitration.ArbitrationMetaData,
		arb.PackConstructor(addA, escAddr, crAddr, 1, 7*86_400))
	c.s.payment = ptAddr
	c.s.contracts = []manifest.Contract{
		{Name: manifest.RewardToken, Address: shrAddr}, {Name: manifest.AssetRegistry, Address: regAddr}, {Name: manifest.CreditRegistry, Address: crAddr},
		{Name: manifest.PledgeEscrow, Address: escAddr}, {Name: manifest.Arbitration, Address: arbAddr},
	}

	c.send("setArbitration", keyA, escAddr, esc.PackSetArbitration(arbAddr))
	c.send("grant MINTER escrow", keyA, shrAddr, shr.PackGrantRole(role("MINTER_ROLE"), escAddr))
	c.send("grant MINTER A", keyA, shrAddr, shr.PackGrantRole(role("MINTER_ROLE"), addA))
	c.send("grant RENTAL_MANAGER", keyA, regAddr, reg.PackGrantRole(role("RENTAL_MANAGER_ROLE"), escAddr))
	c.send("grant VERIFIER", keyA, regAddr, reg.PackGrantRole(role("VERIFIER_ROLE"), addA))
	c.send("grant RECORDER escrow", keyA, crAddr, cr.PackGrantRole(role("RECORDER_ROLE"), escAddr))
	c.send("grant RECORDER arbitration", keyA, crAddr, cr.PackGrantRole(role("RECORDER_ROLE"), arbAddr))
	c.send("grant GOVERNOR credit", keyA, crAddr, cr.PackGrantRole(role("GOVERNOR_ROLE"), addA))
	c.send("grant PAUSER", keyA, escAddr, esc.PackGrantRole(role("PAUSER_ROLE"), addA))
	c.send("grant GOVERNOR escrow", keyA, escAddr, esc.PackGrantRole(role("GOVERNOR_ROLE"), addA))
	c.send("grant GOVERNOR arbitration", keyA, arbAddr, arb.PackGrantRole(role("GOVERNOR_ROLE"), addA))
	c.send("grant ARBITER", keyA, arbAddr, arb.PackGrantRole(role("ARBITER_ROLE"), addC))

	c.send("shr mint", keyA, shrAddr, shr.PackMint(addA, eth(1000)))
	c.send("shr approve", keyA, shrAddr, shr.PackApprove(escAddr, eth(1000)))
	c.send("pt mint", keyA, ptAddr, pt.PackMint(addB, big.NewInt(1_000_000_000_000)))
	c.send("pt approve", keyB, ptAddr, pt.PackApprove(escAddr, big.NewInt(1_000_000_000_000)))

	code1, hash1 := crypto.Keccak256Hash([]byte("VIN-1")), crypto.Keccak256Hash([]byte("doc-1"))
	code2, hash2 := crypto.Keccak256Hash([]byte("VIN-2")), crypto.Keccak256Hash([]byte("doc-2"))
	c.send("register", keyA, regAddr, reg.PackRegister(code1, hash1, "ipfs://x"))
	c.send("register weird", keyA, regAddr, reg.PackRegister(code2, hash2, weirdURI))
	c.send("bindDevice", keyA, regAddr, reg.PackBindDevice(big.NewInt(1), addC))
	c.send("verify", keyA, regAddr, reg.PackVerify(big.NewInt(1), 4_000_000_000))
	c.send("approve 721", keyA, regAddr, reg.PackApprove(addB, big.NewInt(2)))
	c.send("approvalForAll", keyA, regAddr, reg.PackSetApprovalForAll(addB, true))
	c.send("setPlatform", keyA, escAddr, esc.PackSetPlatform(addD, 5000))

	terms := pledgeescrow.IPledgeEscrowTerms{PricePerHour: big.NewInt(1_000_000), Deposit: big.NewInt(5_000_000), MinDuration: 3600,
		MaxDuration: 604_800, PricePerUnit: big.NewInt(1000), CancelFeeBps: 2000, FreeCancelBefore: 86_400, Platform: addD}
	c.send("list", keyA, escAddr, esc.PackList(big.NewInt(1), ptAddr, terms))
	terms.PricePerHour = big.NewInt(2_000_000)
	c.send("updateListing", keyA, escAddr, esc.PackUpdateListing(big.NewInt(1), terms))
	h1 := c.termsHash(esc, escAddr, big.NewInt(1))
	c.send("rent", keyB, escAddr, esc.PackRent(big.NewInt(1), 0, 7200, h1, addD))
	c.send("confirmAsset", keyB, escAddr, esc.PackConfirmAsset(big.NewInt(1)))
	sig := signUsage(tb, escAddr, id, big.NewInt(1), big.NewInt(3), 0, 1)
	c.send("reportUsage", keyA, escAddr, esc.PackReportUsage(big.NewInt(1), big.NewInt(3), 0, 1, sig))
	c.send("endRental", keyB, escAddr, esc.PackEndRental(big.NewInt(1)))
	c.time += 7200 + 100 // past the inspection
	c.send("releaseDeposit", keyA, escAddr, esc.PackReleaseDeposit(big.NewInt(1)))

	c.send("book", keyB, escAddr, esc.PackRent(big.NewInt(1), c.time+2*86_400, 3600, h1, common.Address{}))
	c.send("cancel", keyB, escAddr, esc.PackCancel(big.NewInt(2)))
	c.send("book 2", keyB, escAddr, esc.PackRent(big.NewInt(1), c.time+3600, 3600, h1, common.Address{}))
	c.time += 3600 + 100
	c.send("checkIn", keyB, escAddr, esc.PackCheckIn(big.NewInt(3)))
	c.send("openDispute", keyB, escAddr, esc.PackOpenDispute(big.NewInt(3), crypto.Keccak256Hash([]byte("scratched"))))
	c.send("submitEvidence", keyB, arbAddr, arb.PackSubmitEvidence(big.NewInt(1), "ipfs://evidence"))
	c.send("vote", keyC, arbAddr, arb.PackVote(big.NewInt(1), 7000))
	c.send("execute", keyA, arbAddr, arb.PackExecute(big.NewInt(1)))
	c.send("closeListing", keyA, escAddr, esc.PackCloseListing(big.NewInt(1)))
	c.send("delist", keyA, escAddr, esc.PackDelist(big.NewInt(1)))

	c.send("blacklist", keyA, crAddr, cr.PackBlacklist(addD, crypto.Keccak256Hash([]byte("fraud"))))
	c.send("unblacklist", keyA, crAddr, cr.PackUnblacklist(addD))
	c.send("setOutcomeDelta", keyA, crAddr, cr.PackSetOutcomeDelta(1, -25))
	c.send("setTier", keyA, crAddr, cr.PackSetTier(3, 850, 12, 7000, 7000))
	c.send("setPairCooldown", keyA, crAddr, cr.PackSetPairCooldown(86_400))
	c.send("pause", keyA, escAddr, esc.PackPause())
	c.send("unpause", keyA, escAddr, esc.PackUnpause())
	params.PlatformFeeBps, params.Treasury = 300, addC
	c.send("setParams", keyA, escAddr, esc.PackSetParams(params))
	c.send("setPaymentToken", keyA, escAddr, esc.PackSetPaymentToken(addD, true))
	c.send("setRewardRate", keyA, escAddr, esc.PackSetRewardRate(ptAddr, big.NewInt(1e12)))
	c.send("setPanel", keyA, arbAddr, arb.PackSetPanel(3, 86_400))
	c.send("updateContent", keyA, regAddr, reg.PackUpdateContent(big.NewInt(2), crypto.Keccak256Hash([]byte("doc-2b")), "ipfs://y"))
	c.send("revokeVerification", keyA, regAddr, reg.PackRevokeVerification(big.NewInt(1), crypto.Keccak256Hash([]byte("expired"))))
	c.send("revokeRole", keyA, shrAddr, shr.PackRevokeRole(role("MINTER_ROLE"), addA))

	c.send("register 3", keyB, regAddr, reg.PackRegister(crypto.Keccak256Hash([]byte("VIN-3")), hash1, "ipfs://z"))
	c.send("revokeRegistration", keyA, regAddr, reg.PackRevokeRegistration(big.NewInt(3), crypto.Keccak256Hash([]byte("squatted"))))

	c.send("verify 2", keyA, regAddr, reg.PackVerify(big.NewInt(2), 4_000_000_000))
	terms.Platform, terms.PricePerUnit = common.Address{}, big.NewInt(0)
	c.send("list 2", keyA, escAddr, esc.PackList(big.NewInt(2), ptAddr, terms))
	c.send("rent 3", keyB, escAddr, esc.PackRent(big.NewInt(2), 0, 3600, c.termsHash(esc, escAddr, big.NewInt(2)), common.Address{}))
	c.time += 3600 + 86_400 + 100 // past end + grace period
	c.send("collectDefault", keyA, escAddr, esc.PackCollectDefault(big.NewInt(4)))
	c.send("delist 2", keyA, escAddr, esc.PackDelist(big.NewInt(2)))
	return c.s
}

// signUsage signs an EIP-712 UsageReport with the device key (keyC).
func signUsage(tb testing.TB, escrow common.Address, chainID, rentalID, units *big.Int, damageBps uint16, nonce uint64) []byte {
	tb.Helper()
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	domain := crypto.Keccak256(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("PledgeEscrow")), crypto.Keccak256([]byte("1")),
		word(chainID), common.LeftPadBytes(escrow[:], 32))
	data := crypto.Keccak256(
		crypto.Keccak256([]byte("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)")),
		word(rentalID), word(units), word(big.NewInt(int64(damageBps))), word(new(big.Int).SetUint64(nonce)))
	digest := crypto.Keccak256([]byte{0x19, 0x01}, domain, data)
	sig, err := crypto.Sign(digest, keyC)
	if err != nil {
		tb.Fatalf("signing the usage report: %v", err)
	}
	sig[64] += 27
	return sig
}

// termsHash reads the escrow's terms hash of a listing, as a renter's dApp does before rent.
func (c *chain) termsHash(esc *pledgeescrow.PledgeEscrow, escAddr common.Address, listing *big.Int) [32]byte {
	c.tb.Helper()
	h, err := bind.Call(esc.Instance(c.client, escAddr), &bind.CallOpts{Context: c.ctx}, esc.PackTermsHash(listing), esc.UnpackTermsHash)
	if err != nil {
		c.tb.Fatalf("termsHash(%s): %v", listing, err)
	}
	return h
}

func (c *chain) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	c.tb.Helper()
	o := bind.NewKeyedTransactor(key, c.chainID)
	o.Context = c.ctx
	// every block gets a fixed timestamp, so that the logs do not depend on the clock.
	if err := c.node.Call(nil, "evm_setNextBlockTimestamp", c.time); err != nil {
		c.tb.Fatalf("evm_setNextBlockTimestamp: %v", err)
	}
	c.time++
	return o
}

func (c *chain) deploy(name string, md *bind.MetaData, input []byte) common.Address {
	c.tb.Helper()
	addr, tx, err := bind.DeployContract(c.opts(keyA), common.FromHex(md.Bin), c.client, input)
	if err != nil {
		c.tb.Fatalf("%s: %v", name, err)
	}
	c.receipt(name, tx)
	return addr
}

func (c *chain) send(name string, key *ecdsa.PrivateKey, to common.Address, data []byte) {
	c.tb.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.client, c.client, c.client)
	tx, err := bc.RawTransact(c.opts(key), data)
	if err != nil {
		from := crypto.PubkeyToAddress(key.PublicKey)
		_, cerr := c.client.CallContract(c.ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
		bal, _ := c.client.BalanceAt(c.ctx, from, nil)
		c.tb.Fatalf("%s: %v (call: %v; balance of %s: %v)", name, err, cerr, from, bal)
	}
	c.receipt(name, tx)
}

func (c *chain) receipt(name string, tx *types.Transaction) {
	c.tb.Helper()
	for range 100 {
		r, err := c.client.TransactionReceipt(c.ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				c.tb.Fatalf("%s: transaction %s reverted", name, tx.Hash())
			}
			logs := make([]types.Log, len(r.Logs))
			for i, l := range r.Logs {
				logs[i] = *l
			}
			c.s.steps = append(c.s.steps, step{name: name, logs: logs})
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.tb.Fatalf("%s: no receipt for %s", name, tx.Hash())
}
