package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/creditregistry"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// testContext is a context that ends with the test.
func testContext(tb testing.TB) context.Context {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	tb.Cleanup(cancel)
	return ctx
}

// dial starts a private anvil and connects to it.
func dial(tb testing.TB) (*testenv.Anvil, *ethclient.Client) {
	tb.Helper()
	node := testenv.StartAnvil(tb)
	client, err := ethclient.DialContext(testContext(tb), node.RPC)
	if err != nil {
		tb.Fatalf("ethclient.Dial(%s): %v", node.RPC, err)
	}
	tb.Cleanup(client.Close)
	return node, client
}

// deployed deploys the suite with the scenario's roles on a private anvil.
func deployed(tb testing.TB) (*testenv.Anvil, *Suite) {
	tb.Helper()
	node, client := dial(tb)
	s, err := Deploy(testContext(tb), client, DevKey(0), DevActors().Options())
	if err != nil {
		tb.Fatalf("Deploy: %v", err)
	}
	return node, s
}

// mustView calls a view and fails the test on error.
func mustView[T any](tb testing.TB, s *Suite, contract common.Address, calldata []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := view(testContext(tb), s, contract, calldata, unpack)
	if err != nil {
		tb.Fatalf("view on %s: %v", contract.Hex(), err)
	}
	return v
}

func TestDevKey(t *testing.T) {
	t.Parallel()
	node := testenv.StartAnvil(t)
	var accounts []common.Address
	if err := node.Call(&accounts, "eth_accounts"); err != nil {
		t.Fatalf("eth_accounts: %v", err)
	}
	if len(accounts) < 10 {
		t.Fatalf("eth_accounts = %d accounts, want at least 10", len(accounts))
	}
	for i := range 10 {
		if got, want := Address(DevKey(i)), accounts[i]; got != want {
			t.Errorf("Address(DevKey(%d)) = %s, want %s", i, got.Hex(), want.Hex())
		}
	}
	defer func() {
		if recover() == nil {
			t.Errorf("DevKey(10) did not panic")
		}
	}()
	DevKey(10)
}

func TestDerivedKey(t *testing.T) {
	t.Parallel()
	if a, b := Address(DerivedKey("device")), Address(DerivedKey("device")); a != b {
		t.Errorf("DerivedKey(device) = %s then %s, want the same account", a.Hex(), b.Hex())
	}
	if a, b := Address(DerivedKey("device")), Address(DerivedKey("oracle")); a == b {
		t.Errorf("DerivedKey(device) = DerivedKey(oracle) = %s, want different accounts", a.Hex())
	}
}

func TestDeploy_Addresses(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	// what `forge script deploy/Deploy.s.sol` gives on a fresh anvil with key 0.
	cases := []struct {
		name string
		got  common.Address
		want string
	}{
		{"PaymentToken", s.PaymentToken, "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		{"RewardToken", s.RewardToken, "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"},
		{"AssetRegistry", s.AssetRegistry, "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"},
		{"CreditRegistry", s.CreditRegistry, "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"},
		{"PledgeEscrow", s.PledgeEscrow, "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9"},
		{"Arbitration", s.Arbitration, "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"},
		{"TelemetryAnchor", s.TelemetryAnchor, "0x0165878A594ca255338adfa4d48449f69242Eb8F"},
	}
	for i, c := range cases {
		if c.got.Hex() != c.want {
			t.Errorf("Deploy: %s at %s, want %s", c.name, c.got.Hex(), c.want)
		}
		if want := crypto.CreateAddress(Address(DevKey(0)), uint64(i)); c.got != want {
			t.Errorf("Deploy: %s at %s, want nonce %d's address %s", c.name, c.got.Hex(), i, want.Hex())
		}
	}
	if got := s.Receipts(); len(got) == 0 || got[0].BlockNumber.Uint64() < s.StartBlock {
		t.Errorf("StartBlock = %d, want ≤ the first deployment's block", s.StartBlock)
	}
}

func TestDeploy_Wiring(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	b := s.Bindings
	a := DevActors()
	me := Address(DevKey(0))

	type roleCheck struct {
		contract string
		role     string
		account  common.Address
		want     bool
	}
	hasRole := map[string]func(common.Hash, common.Address) bool{
		"RewardToken": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.RewardToken, b.RewardToken.PackHasRole(r, acc), b.RewardToken.UnpackHasRole)
		},
		"AssetRegistry": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackHasRole(r, acc), b.AssetRegistry.UnpackHasRole)
		},
		"CreditRegistry": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackHasRole(r, acc), b.CreditRegistry.UnpackHasRole)
		},
		"PledgeEscrow": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackHasRole(r, acc), b.PledgeEscrow.UnpackHasRole)
		},
		"Arbitration": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.Arbitration, b.Arbitration.PackHasRole(r, acc), b.Arbitration.UnpackHasRole)
		},
		"TelemetryAnchor": func(r common.Hash, acc common.Address) bool {
			return mustView(t, s, s.TelemetryAnchor, b.TelemetryAnchor.PackHasRole(r, acc), b.TelemetryAnchor.UnpackHasRole)
		},
	}
	roles := map[string]common.Hash{
		"DEFAULT_ADMIN_ROLE": DefaultAdminRole, "MINTER_ROLE": MinterRole, "VERIFIER_ROLE": VerifierRole,
		"RENTAL_MANAGER_ROLE": RentalManagerRole, "RECORDER_ROLE": RecorderRole, "GOVERNOR_ROLE": GovernorRole,
		"CREDIT_ORACLE_ROLE": CreditOracleRole, "ARBITER_ROLE": ArbiterRole, "PAUSER_ROLE": PauserRole,
		"ANCHOR_ROLE": AnchorRole,
	}
	checks := []roleCheck{
		{"RewardToken", "MINTER_ROLE", s.PledgeEscrow, true},
		{"RewardToken", "MINTER_ROLE", me, false}, // renounced after minting
		{"AssetRegistry", "RENTAL_MANAGER_ROLE", s.PledgeEscrow, true},
		{"AssetRegistry", "VERIFIER_ROLE", me, true},
		{"AssetRegistry", "VERIFIER_ROLE", Address(a.Keeper), false},
		{"CreditRegistry", "RECORDER_ROLE", s.PledgeEscrow, true},
		{"CreditRegistry", "RECORDER_ROLE", s.Arbitration, true},
		{"CreditRegistry", "CREDIT_ORACLE_ROLE", Address(a.Oracle), true},
		{"CreditRegistry", "GOVERNOR_ROLE", me, true},
		{"PledgeEscrow", "PAUSER_ROLE", me, true},
		{"PledgeEscrow", "GOVERNOR_ROLE", me, true},
		{"Arbitration", "GOVERNOR_ROLE", me, true},
		{"Arbitration", "ARBITER_ROLE", Address(a.Arbiters[0]), true},
		{"Arbitration", "ARBITER_ROLE", Address(a.Arbiters[2]), true},
		{"Arbitration", "ARBITER_ROLE", me, false},
		{"TelemetryAnchor", "ANCHOR_ROLE", me, true},
		{"TelemetryAnchor", "ANCHOR_ROLE", Address(a.Keeper), false},
	}
	for _, c := range []string{"RewardToken", "AssetRegistry", "CreditRegistry", "PledgeEscrow", "Arbitration", "TelemetryAnchor"} {
		checks = append(checks, roleCheck{c, "DEFAULT_ADMIN_ROLE", me, true})
	}
	for _, c := range checks {
		if got := hasRole[c.contract](roles[c.role], c.account); got != c.want {
			t.Errorf("%s.hasRole(%s, %s) = %t, want %t", c.contract, c.role, c.account.Hex(), got, c.want)
		}
	}

	addrs := []struct {
		name      string
		got, want common.Address
	}{
		{"PledgeEscrow.arbitration()", mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackArbitration(), b.PledgeEscrow.UnpackArbitration), s.Arbitration},
		{"Arbitration.escrow()", mustView(t, s, s.Arbitration, b.Arbitration.PackEscrow(), b.Arbitration.UnpackEscrow), s.PledgeEscrow},
		{"PledgeEscrow.getParams().treasury", mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetParams(), b.PledgeEscrow.UnpackGetParams).Treasury, me},
	}
	for _, c := range addrs {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.name, c.got.Hex(), c.want.Hex())
		}
	}
	if !mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackIsPaymentToken(s.PaymentToken), b.PledgeEscrow.UnpackIsPaymentToken) {
		t.Errorf("PledgeEscrow.isPaymentToken(tUSD) = false, want true")
	}
	supply := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	if got := mustView(t, s, s.RewardToken, b.RewardToken.PackBalanceOf(me), b.RewardToken.UnpackBalanceOf); got.Cmp(supply) != 0 {
		t.Errorf("RewardToken.balanceOf(deployer) = %s, want %s", got, supply)
	}
	if got := mustView(t, s, s.RewardToken, b.RewardToken.PackTotalSupply(), b.RewardToken.UnpackTotalSupply); got.Cmp(supply) != 0 {
		t.Errorf("RewardToken.totalSupply() = %s, want %s", got, supply)
	}
}

// TestDeploy_Defaults reads the deployed values back and compares them with the numbers
// of deploy/Defaults.sol, written out here on purpose (not taken from defaults.go).
func TestDeploy_Defaults(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	b := s.Bindings

	wantTiers := []creditregistry.ICreditRegistryTier{
		{MinScore: 0, MaxActiveRentals: 0, DepositBps: 20_000, PledgeBps: 20_000},
		{MinScore: 300, MaxActiveRentals: 2, DepositBps: 15_000, PledgeBps: 15_000},
		{MinScore: 600, MaxActiveRentals: 3, DepositBps: 10_000, PledgeBps: 10_000},
		{MinScore: 800, MaxActiveRentals: 10, DepositBps: 7500, PledgeBps: 7500},
	}
	for i, want := range wantTiers {
		got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackGetTier(uint8(i)), b.CreditRegistry.UnpackGetTier)
		if got != want {
			t.Errorf("CreditRegistry.getTier(%d) = %+v, want %+v", i, got, want)
		}
	}
	for outcome, want := range map[uint8]int16{0: 10, 1: -20, 2: -250, 3: -50, 4: 10, 5: -50, 6: 5, 8: -100, 9: -30} {
		got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackOutcomeDelta(outcome), b.CreditRegistry.UnpackOutcomeDelta)
		if got != want {
			t.Errorf("CreditRegistry.outcomeDelta(%d) = %d, want %d", outcome, got, want)
		}
	}
	if got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackScoreOf(common.Address{1}), b.CreditRegistry.UnpackScoreOf); got != 500 {
		t.Errorf("CreditRegistry.scoreOf(a newcomer) = %d, want 500", got)
	}
	if got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackPairCooldown(), b.CreditRegistry.UnpackPairCooldown); got != 30*86_400 {
		t.Errorf("CreditRegistry.pairCooldown() = %d, want 30 days", got)
	}

	ether := big.NewInt(1e18)
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	ep := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetParams(), b.PledgeEscrow.UnpackGetParams)
	params := []struct {
		name string
		got  *big.Int
		want *big.Int
	}{
		{"platformFeeBps", u(uint64(ep.PlatformFeeBps)), u(250)},
		{"gracePeriod", u(ep.GracePeriod), u(86_400)},
		{"lateFeeBps", u(uint64(ep.LateFeeBps)), u(20_000)},
		{"inspectionPeriod", u(ep.InspectionPeriod), u(7200)},
		{"minRentalSeconds", u(ep.MinRentalSeconds), u(3600)},
		{"maxAdvance", u(ep.MaxAdvance), u(90 * 86_400)},
		{"basePledge", ep.BasePledge, new(big.Int).Mul(u(100), ether)},
		{"epochRewardCap", ep.EpochRewardCap, new(big.Int).Mul(u(100_000), ether)},
		{"rewardRate(tUSD)", mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackRewardRate(s.PaymentToken), b.PledgeEscrow.UnpackRewardRate), u(100_000_000_000_000)},
		{"quorum", u(uint64(mustView(t, s, s.Arbitration, b.Arbitration.PackQuorum(), b.Arbitration.UnpackQuorum))), u(3)},
		{"votingPeriod", u(mustView(t, s, s.Arbitration, b.Arbitration.PackVotingPeriod(), b.Arbitration.UnpackVotingPeriod)), u(7 * 86_400)},
		{"cap", mustView(t, s, s.RewardToken, b.RewardToken.PackCap(), b.RewardToken.UnpackCap), new(big.Int).Mul(u(1_000_000_000), ether)},
	}
	for _, p := range params {
		if p.got.Cmp(p.want) != 0 {
			t.Errorf("%s() = %s, want %s", p.name, p.got, p.want)
		}
	}
}

func TestManifestJSON(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	raw, err := s.ManifestJSON()
	if err != nil {
		t.Fatalf("ManifestJSON: %v", err)
	}

	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("ManifestJSON is not JSON: %v\n%s", err, raw)
	}
	keys := func(m map[string]json.RawMessage) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	if got, want := keys(m), []string{"chainId", "contracts", "eip712", "startBlock", "treasury"}; !slices.Equal(got, want) {
		t.Errorf("manifest keys = %v, want %v", got, want)
	}

	var got struct {
		ChainID    uint64            `json:"chainId"`
		StartBlock uint64            `json:"startBlock"`
		Treasury   string            `json:"treasury"`
		Contracts  map[string]string `json:"contracts"`
		EIP712     map[string]struct {
			Name              string `json:"name"`
			Version           string `json:"version"`
			ChainID           uint64 `json:"chainId"`
			VerifyingContract string `json:"verifyingContract"`
		} `json:"eip712"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("decoding the manifest: %v", err)
	}
	if got.ChainID != 31337 || got.StartBlock != s.StartBlock || got.Treasury != Address(DevKey(0)).Hex() {
		t.Errorf("manifest chainId, startBlock, treasury = %d, %d, %s, want 31337, %d, %s",
			got.ChainID, got.StartBlock, got.Treasury, s.StartBlock, Address(DevKey(0)).Hex())
	}
	wantContracts := map[string]common.Address{
		"RewardToken": s.RewardToken, "AssetRegistry": s.AssetRegistry, "CreditRegistry": s.CreditRegistry,
		"PledgeEscrow": s.PledgeEscrow, "Arbitration": s.Arbitration, "PaymentToken": s.PaymentToken,
		"TelemetryAnchor": s.TelemetryAnchor,
	}
	if len(got.Contracts) != len(wantContracts) {
		t.Errorf("manifest contracts = %v, want the seven of %v", got.Contracts, wantContracts)
	}
	for name, addr := range wantContracts {
		if got.Contracts[name] != addr.Hex() { // Hex() is EIP-55
			t.Errorf("manifest contracts.%s = %q, want %q", name, got.Contracts[name], addr.Hex())
		}
	}
	if len(got.EIP712) != 4 {
		t.Errorf("manifest eip712 has %d domains, want 4", len(got.EIP712))
	}
	for _, name := range []string{"AssetRegistry", "CreditRegistry", "PledgeEscrow", "TelemetryAnchor"} {
		d, ok := got.EIP712[name]
		if !ok {
			t.Errorf("manifest eip712.%s missing", name)
			continue
		}
		if d.Name != name || d.Version != "1" || d.ChainID != 31337 || d.VerifyingContract != wantContracts[name].Hex() {
			t.Errorf("manifest eip712.%s = %+v, want {%s 1 31337 %s}", name, d, name, wantContracts[name].Hex())
		}
	}

	// round trip: decoding into the manifest type and encoding again changes nothing.
	var again manifest
	if err := json.Unmarshal(raw, &again); err != nil {
		t.Fatalf("decoding into manifest: %v", err)
	}
	re, err := json.MarshalIndent(again, "", "  ")
	if err != nil {
		t.Fatalf("encoding the manifest: %v", err)
	}
	if !bytes.Equal(append(re, '\n'), raw) {
		t.Errorf("manifest round trip mismatch:\n%s\nwant\n%s", re, raw)
	}
}

func TestTransact_Reverts(t *testing.T) {
	t.Parallel()
	_, client := dial(t)
	// no roles from Options: the keeper is no verifier and nobody is a governor.
	s, err := Deploy(testContext(t), client, DevKey(0), Options{})
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	b := s.Bindings
	keeper := DevKey(9)
	ctx := testContext(t)
	if _, err := s.Transact(ctx, keeper, s.AssetRegistry, b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte("SN:1")), [32]byte{1}, "ipfs://x")); err != nil {
		t.Fatalf("register: %v", err)
	}
	cases := []struct {
		name     string
		key      int
		to       common.Address
		data     []byte
		wantName string
	}{
		{"verify without VERIFIER_ROLE", 9, s.AssetRegistry, b.AssetRegistry.PackVerify(big.NewInt(1), 1<<40), "AccessControlUnauthorizedAccount"},
		{"second registration of a code", 1, s.AssetRegistry, b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte("SN:1")), [32]byte{2}, "ipfs://y"), "AssetCodeTaken"},
		{"rent of no listing", 3, s.PledgeEscrow, b.PledgeEscrow.PackRent(big.NewInt(7), 0, 3600, [32]byte{}, common.Address{}), "ListingNotOpen"},
		{"setParams without GOVERNOR_ROLE", 0, s.PledgeEscrow, b.PledgeEscrow.PackSetParams(DefaultParams(Address(DevKey(0)))), "AccessControlUnauthorizedAccount"},
		{"verifyBySig signed by a stranger", 9, s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(big.NewInt(1), 1<<40, big.NewInt(0), big.NewInt(1<<40),
			SignVerification(DevKey(9), s.AssetRegistry, s.ChainID, Verification{TokenID: big.NewInt(1), ContentHash: [32]byte{1},
				ValidUntil: 1 << 40, Nonce: big.NewInt(0), Deadline: big.NewInt(1 << 40)})), "InvalidSigner"},
		{"verifyBySig with a stale nonce", 9, s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(big.NewInt(1), 1<<40, big.NewInt(1), big.NewInt(1<<40),
			SignVerification(DevKey(0), s.AssetRegistry, s.ChainID, Verification{TokenID: big.NewInt(1), ContentHash: [32]byte{1},
				ValidUntil: 1 << 40, Nonce: big.NewInt(1), Deadline: big.NewInt(1 << 40)})), "InvalidNonce"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := len(s.Receipts())
			_, err := s.Transact(ctx, DevKey(c.key), c.to, c.data)
			if !errors.Is(err, ErrReverted) {
				t.Fatalf("Transact = %v, want an error wrapping ErrReverted", err)
			}
			var rev *RevertError
			if !errors.As(err, &rev) || rev.Name != c.wantName {
				t.Errorf("Transact = %v, want the custom error %s", err, c.wantName)
			}
			if after := len(s.Receipts()); after != before {
				t.Errorf("Receipts grew from %d to %d: a reverting transaction was sent", before, after)
			}
		})
	}
}

func TestDecodeRevert(t *testing.T) {
	t.Parallel()
	b := NewBindings()
	selfRentalErr := b.PledgeEscrow.GetABI().Errors["SelfRental"]
	args, err := selfRentalErr.Inputs.Pack(common.HexToAddress("0x1234"))
	if err != nil {
		t.Fatal(err)
	}
	selfRental := append(common.CopyBytes(selfRentalErr.ID[:4]), args...)
	stringType, err := abi.NewType("string", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := abi.Arguments{{Type: stringType}}.Pack("hi")
	if err != nil {
		t.Fatal(err)
	}
	requireHi := append(common.FromHex("0x08c379a0"), msg...)
	cases := []struct {
		name     string
		data     []byte
		wantName string
	}{
		{"custom error", selfRental, "SelfRental"},
		{"require string", requireHi, "Error"},
		{"unknown selector", common.FromHex("0xdeadbeef"), ""},
		{"empty", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rev := DecodeRevert(c.data)
			if rev.Name != c.wantName {
				t.Errorf("DecodeRevert(%x).Name = %q, want %q", c.data, rev.Name, c.wantName)
			}
			if !errors.Is(rev, ErrReverted) {
				t.Errorf("DecodeRevert(%x) does not match ErrReverted", c.data)
			}
		})
	}
}

func TestIncreaseTime(t *testing.T) {
	t.Parallel()
	_, client := dial(t)
	ctx := testContext(t)
	before, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := IncreaseTime(ctx, client.Client(), 86_400); err != nil {
		t.Fatalf("IncreaseTime: %v", err)
	}
	after, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() != before.Number.Uint64()+1 {
		t.Errorf("IncreaseTime mined to block %d, want %d", after.Number, before.Number.Uint64()+1)
	}
	if after.Time < before.Time+86_400 {
		t.Errorf("IncreaseTime(86400): time %d → %d, want at least a day later", before.Time, after.Time)
	}
}
