package decode

import (
	"encoding/json"
	"math/big"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

func newTestDecoder(tb testing.TB, s *suite) *Decoder {
	tb.Helper()
	d, err := NewDecoder(s.contracts)
	if err != nil {
		tb.Fatalf("NewDecoder() error: %v", err)
	}
	return d
}

const (
	alice = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" // addA
	bob   = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" // addB
	carol = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" // addC
	// the scenario deploys in the order of deploy/Deploy.s.sol, from the same account.
	paymentToken = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	escrow       = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9"
	arbitrator   = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"
	zero         = "0x0000000000000000000000000000000000000000"
	roleZero     = "0x0000000000000000000000000000000000000000000000000000000000000000"
	minterRole   = "0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"
)

func TestDecode_RealLogs(t *testing.T) {
	s := realLogs(t)
	d := newTestDecoder(t, s)
	tests := []struct {
		step     string
		index    int
		contract string
		name     string
		json     string
	}{
		{"deploy RewardToken", 0, manifest.RewardToken, "RoleGranted",
			`{"role":"` + roleZero + `","account":"` + alice + `","sender":"` + alice + `"}`},
		{"deploy CreditRegistry", 1, manifest.CreditRegistry, "NewcomerScoreSet",
			`{"score":"500"}`},
		{"deploy CreditRegistry", 2, manifest.CreditRegistry, "PairCooldownSet",
			`{"cooldown":"2592000"}`},
		{"deploy CreditRegistry", 3, manifest.CreditRegistry, "TierSet",
			`{"tier":"0","minScore":"0","maxActiveRentals":"0","depositBps":"20000","pledgeBps":"20000"}`},
		{"deploy CreditRegistry", 6, manifest.CreditRegistry, "TierSet",
			`{"tier":"3","minScore":"800","maxActiveRentals":"10","depositBps":"7500","pledgeBps":"7500"}`},
		{"deploy CreditRegistry", 8, manifest.CreditRegistry, "OutcomeDeltaSet",
			`{"outcome":"1","delta":"-20"}`},
		{"deploy CreditRegistry", 9, manifest.CreditRegistry, "OutcomeDeltaSet",
			`{"outcome":"2","delta":"-250"}`},
		{"deploy CreditRegistry", 14, manifest.CreditRegistry, "OutcomeDeltaSet",
			`{"outcome":"8","delta":"-100"}`},
		{"deploy PledgeEscrow", 1, manifest.PledgeEscrow, "ParamsSet",
			`{"platformFeeBps":"250","gracePeriod":"86400","lateFeeBps":"20000","inspectionPeriod":"7200","minRentalSeconds":"3600","maxAdvance":"7776000","basePledge":"100000000000000000000","epochRewardCap":"100000000000000000000000","treasury":"` + alice + `"}`},
		{"deploy PledgeEscrow", 2, manifest.PledgeEscrow, "PaymentTokenSet",
			`{"token":"` + paymentToken + `","allowed":true,"symbol":"tUSD","decimals":"6"}`},
		{"deploy PledgeEscrow", 3, manifest.PledgeEscrow, "RewardRateSet",
			`{"token":"` + paymentToken + `","shrPerFeeUnit":"100000000000000"}`},
		{"deploy Arbitration", 1, manifest.Arbitration, "PanelSet",
			`{"quorum":"1","votingPeriod":"604800"}`},
		{"grant MINTER escrow", 0, manifest.RewardToken, "RoleGranted",
			`{"role":"` + minterRole + `","account":"` + escrow + `","sender":"` + alice + `"}`},
		{"shr mint", 0, manifest.RewardToken, "Transfer",
			`{"from":"` + zero + `","to":"` + alice + `","value":"1000000000000000000000"}`},
		{"shr approve", 0, manifest.RewardToken, "Approval",
			`{"owner":"` + alice + `","spender":"` + escrow + `","value":"1000000000000000000000"}`},
		{"pt mint", 0, "", "",
			`null`},
		{"register", 0, manifest.AssetRegistry, "Transfer",
			`{"from":"` + zero + `","to":"` + alice + `","tokenId":"1"}`},
		{"register", 1, manifest.AssetRegistry, "AssetRegistered",
			`{"tokenId":"1","owner":"` + alice + `","assetCode":"0x13d3d5ce8e5474348f13237c667a9c1e200cd4f027d7470c476fb9ae05a7334f","contentHash":"0xb0b844a0f0678d32672edace703b3616e69cc1d3c0e545589c4cb6d9e79c9fb1","uri":"ipfs://x"}`},
		{"register weird", 1, manifest.AssetRegistry, "AssetRegistered",
			`{"tokenId":"2","owner":"` + alice + `","assetCode":"0x78b6f08887c4b5a8a9b7588cf166391e40a8bce6ae10c2974a9a00c20dcd3437","contentHash":"0x0e8223b65851a9e05672e0574ac4c13a0402e973e07073970ebb1c574c6ee736","uri":"ipfs://\"q\"\\b\n\t\u0001` + "\uFFFD" + `<&>é漢😀"}`}, // U+0000 becomes U+FFFD for jsonb
		{"bindDevice", 0, manifest.AssetRegistry, "DeviceBound",
			`{"tokenId":"1","device":"` + carol + `"}`},
		{"verify", 0, manifest.AssetRegistry, "AssetVerified",
			`{"tokenId":"1","verifier":"` + alice + `","validUntil":"4000000000"}`},
		{"approve 721", 0, manifest.AssetRegistry, "Approval",
			`{"owner":"` + alice + `","approved":"` + bob + `","tokenId":"2"}`},
		{"approvalForAll", 0, manifest.AssetRegistry, "ApprovalForAll",
			`{"owner":"` + alice + `","operator":"` + bob + `","approved":true}`},
		{"setPlatform", 0, manifest.PledgeEscrow, "PlatformSet",
			`{"platform":"0x00000000000000000000000000000000000000D1","shareBps":"5000"}`},
		{"list", 0, manifest.PledgeEscrow, "Listed",
			`{"listingId":"1","tokenId":"1","provider":"` + alice + `","paymentToken":"` + paymentToken + `","pricePerHour":"1000000","deposit":"5000000","minDuration":"3600","maxDuration":"604800","pricePerUnit":"1000","cancelFeeBps":"2000","freeCancelBefore":"86400","payee":"` + zero + `","platform":"0x00000000000000000000000000000000000000D1"}`},
		{"list", 1, manifest.PledgeEscrow, "PledgeLocked",
			`{"listingId":"1","provider":"` + alice + `","amount":"150000000000000000000"}`},
		{"updateListing", 0, manifest.PledgeEscrow, "ListingUpdated",
			`{"listingId":"1","pricePerHour":"2000000","deposit":"5000000","minDuration":"3600","maxDuration":"604800","pricePerUnit":"1000","cancelFeeBps":"2000","freeCancelBefore":"86400","payee":"` + zero + `","platform":"0x00000000000000000000000000000000000000D1"}`},
		{"rent", 0, manifest.PledgeEscrow, "Rented",
			`{"rentalId":"1","listingId":"1","renter":"` + bob + `","tokenId":"1","start":"2000000031","end":"2000007231","rent":"4000000","deposit":"7500000","device":"` + carol + `","platform":"0x00000000000000000000000000000000000000D1"}`},
		{"rent", 1, manifest.PledgeEscrow, "CheckedIn",
			`{"rentalId":"1","renter":"` + bob + `"}`},
		{"rent", 2, manifest.AssetRegistry, "LockSet",
			`{"tokenId":"1","locked":true}`},
		{"rent", 3, manifest.AssetRegistry, "UpdateUser",
			`{"tokenId":"1","user":"` + bob + `","expires":"2000007231"}`},
		{"rent", 4, "", "",
			`null`},
		{"confirmAsset", 0, manifest.PledgeEscrow, "AssetConfirmed",
			`{"rentalId":"1","renter":"` + bob + `"}`},
		{"confirmAsset", 1, manifest.PledgeEscrow, "PledgeReleased",
			`{"listingId":"1","provider":"` + alice + `","amount":"150000000000000000000"}`},
		{"confirmAsset", 2, manifest.CreditRegistry, "OutcomeRecorded",
			`{"account":"` + alice + `","counterparty":"` + bob + `","outcome":"6"}`},
		{"confirmAsset", 3, manifest.CreditRegistry, "ScoreChanged",
			`{"account":"` + alice + `","oldScore":"500","newScore":"505","outcome":"6"}`},
		{"reportUsage", 0, manifest.PledgeEscrow, "UsageReported",
			`{"rentalId":"1","device":"` + carol + `","nonce":"1","units":"3","damageBps":"0"}`},
		{"endRental", 0, manifest.PledgeEscrow, "Returned",
			`{"rentalId":"1","by":"` + bob + `","returnedAt":"2000000034","rentCharged":"2000000","rentRefund":"2000000","platformFee":"50000","inspectionEnd":"2000007234"}`},
		{"endRental", 1, manifest.AssetRegistry, "UpdateUser",
			`{"tokenId":"1","user":"` + zero + `","expires":"0"}`},
		{"endRental", 2, manifest.PledgeEscrow, "PlatformFeePaid",
			`{"rentalId":"1","platform":"0x00000000000000000000000000000000000000D1","token":"` + paymentToken + `","amount":"25000"}`},
		{"releaseDeposit", 0, manifest.PledgeEscrow, "RentalSettled",
			`{"rentalId":"1","renter":"` + bob + `","provider":"` + alice + `","rentCharged":"2000000","usageFee":"3000","damage":"0","lateFee":"0","platformFee":"50075","refund":"9497000"}`},
		{"releaseDeposit", 1, manifest.AssetRegistry, "LockSet",
			`{"tokenId":"1","locked":false}`},
		{"releaseDeposit", 2, manifest.CreditRegistry, "OutcomeRecorded",
			`{"account":"` + bob + `","counterparty":"` + alice + `","outcome":"0"}`},
		{"releaseDeposit", 3, manifest.CreditRegistry, "ScoreChanged",
			`{"account":"` + bob + `","oldScore":"500","newScore":"510","outcome":"0"}`},
		{"releaseDeposit", 4, manifest.PledgeEscrow, "PlatformFeePaid",
			`{"rentalId":"1","platform":"0x00000000000000000000000000000000000000D1","token":"` + paymentToken + `","amount":"36"}`},
		{"releaseDeposit", 10, manifest.PledgeEscrow, "RewardPaid",
			`{"rentalId":"1","account":"` + bob + `","amount":"2503900000000000000"}`},
		{"book", 0, manifest.PledgeEscrow, "Rented",
			`{"rentalId":"2","listingId":"1","renter":"` + bob + `","tokenId":"1","start":"2000180136","end":"2000183736","rent":"2000000","deposit":"7500000","device":"` + carol + `","platform":"` + zero + `"}`},
		{"cancel", 0, manifest.PledgeEscrow, "Cancelled",
			`{"rentalId":"2","by":"` + bob + `","fee":"0","platformFee":"0","refund":"9500000"}`},
		{"cancel", 1, manifest.AssetRegistry, "LockSet",
			`{"tokenId":"1","locked":false}`},
		{"checkIn", 0, manifest.PledgeEscrow, "CheckedIn",
			`{"rentalId":"3","renter":"` + bob + `"}`},
		{"checkIn", 1, manifest.AssetRegistry, "UpdateUser",
			`{"tokenId":"1","user":"` + bob + `","expires":"2000014538"}`},
		{"openDispute", 0, manifest.Arbitration, "DisputeCreated",
			`{"disputeId":"1","rentalId":"3","opener":"` + bob + `","renter":"` + bob + `","provider":"` + alice + `","votingDeadline":"2000615840"}`},
		{"openDispute", 1, manifest.PledgeEscrow, "DisputeOpened",
			`{"rentalId":"3","disputeId":"1","opener":"` + bob + `","evidenceHash":"0xfbabeddbc20aad6a19b8db1118ec5ce03475234e6abb8eae6ae418db702f5f1f"}`},
		{"submitEvidence", 0, manifest.Arbitration, "Evidence",
			`{"arbitrator":"` + arbitrator + `","evidenceGroupID":"1","party":"` + bob + `","evidence":"ipfs://evidence"}`},
		{"vote", 0, manifest.Arbitration, "Voted",
			`{"disputeId":"1","arbiter":"` + carol + `","providerShareBps":"7000"}`},
		{"execute", 0, manifest.Arbitration, "Ruling",
			`{"disputeId":"1","providerShareBps":"7000"}`},
		{"execute", 1, manifest.PledgeEscrow, "DisputeResolved",
			`{"rentalId":"3","disputeId":"1","providerShareBps":"7000"}`},
		{"execute", 2, manifest.PledgeEscrow, "RentalSettled",
			`{"rentalId":"3","renter":"` + bob + `","provider":"` + alice + `","rentCharged":"1400000","usageFee":"0","damage":"5250000","lateFee":"0","platformFee":"35000","refund":"2850000"}`},
		{"execute", 12, manifest.CreditRegistry, "OutcomeRecorded",
			`{"account":"` + bob + `","counterparty":"` + alice + `","outcome":"5"}`},
		{"execute", 13, manifest.CreditRegistry, "ScoreChanged",
			`{"account":"` + bob + `","oldScore":"510","newScore":"460","outcome":"5"}`},
		{"closeListing", 0, manifest.PledgeEscrow, "ListingClosed",
			`{"listingId":"1"}`},
		{"delist", 0, manifest.PledgeEscrow, "Delisted",
			`{"listingId":"1"}`},
		{"blacklist", 0, manifest.CreditRegistry, "Blacklisted",
			`{"account":"0x00000000000000000000000000000000000000D1","reasonHash":"0x41ccbd4bc0f8e8623ef51d82f515d51c5d5309a30f2775955545ee26daf2424c"}`},
		{"unblacklist", 0, manifest.CreditRegistry, "Unblacklisted",
			`{"account":"0x00000000000000000000000000000000000000D1"}`},
		{"setOutcomeDelta", 0, manifest.CreditRegistry, "OutcomeDeltaSet",
			`{"outcome":"1","delta":"-25"}`},
		{"setPairCooldown", 0, manifest.CreditRegistry, "PairCooldownSet",
			`{"cooldown":"86400"}`},
		{"pause", 0, manifest.PledgeEscrow, "Paused",
			`{"account":"` + alice + `"}`},
		{"unpause", 0, manifest.PledgeEscrow, "Unpaused",
			`{"account":"` + alice + `"}`},
		{"setParams", 0, manifest.PledgeEscrow, "ParamsSet",
			`{"platformFeeBps":"300","gracePeriod":"86400","lateFeeBps":"20000","inspectionPeriod":"7200","minRentalSeconds":"3600","maxAdvance":"7776000","basePledge":"100000000000000000000","epochRewardCap":"100000000000000000000000","treasury":"` + carol + `"}`},
		{"setRewardRate", 0, manifest.PledgeEscrow, "RewardRateSet",
			`{"token":"` + paymentToken + `","shrPerFeeUnit":"1000000000000"}`},
		{"updateContent", 0, manifest.AssetRegistry, "ContentUpdated",
			`{"tokenId":"2","contentHash":"0x85395024a9c644fc09bda5533951e09f16ac3abeebc4b5b5a727e0be3b11732e","uri":"ipfs://y"}`},
		{"revokeVerification", 0, manifest.AssetRegistry, "VerificationRevoked",
			`{"tokenId":"1","verifier":"` + alice + `","reasonHash":"0x64ca1ae50619f7f4ab23f4c22c6b85b70cfc49c072d731be4f91487f95764c93"}`},
		{"revokeRole", 0, manifest.RewardToken, "RoleRevoked",
			`{"role":"` + minterRole + `","account":"` + alice + `","sender":"` + alice + `"}`},
		{"revokeRegistration", 0, manifest.AssetRegistry, "Transfer",
			`{"from":"` + bob + `","to":"` + zero + `","tokenId":"3"}`},
		{"revokeRegistration", 1, manifest.AssetRegistry, "RegistrationRevoked",
			`{"tokenId":"3","verifier":"` + alice + `","reasonHash":"0xc690a02a66df7edb9a6cced2382bc7d19ec952ff861509a3056701a17db2b6f6"}`},
		{"collectDefault", 0, manifest.PledgeEscrow, "RentalDefaulted",
			`{"rentalId":"4","renter":"` + bob + `","provider":"` + alice + `","deposit":"7500000","platformFee":"60000"}`},
		{"collectDefault", 2, manifest.CreditRegistry, "ScoreChanged",
			`{"account":"` + bob + `","oldScore":"460","newScore":"210","outcome":"2"}`},
		{"delist 2", 1, manifest.PledgeEscrow, "PledgeReturned",
			`{"listingId":"2","provider":"` + alice + `","amount":"150000000000000000000"}`},
		{"delist 2", 2, manifest.RewardToken, "Transfer",
			`{"from":"` + escrow + `","to":"` + alice + `","value":"150000000000000000000"}`},
	}
	for _, tt := range tests {
		t.Run(tt.step+"/"+tt.name, func(t *testing.T) {
			logs := s.logs(t, tt.step)
			if tt.index >= len(logs) {
				t.Fatalf("step %q has %d logs, want more than %d", tt.step, len(logs), tt.index)
			}
			ev := d.Decode(&logs[tt.index])
			if ev.Contract != tt.contract || ev.Name != tt.name {
				t.Errorf("Decode() = %s.%s, want %s.%s", ev.Contract, ev.Name, tt.contract, tt.name)
			}
			if got := string(ev.AppendArgsJSON(nil)); got != tt.json {
				t.Errorf("AppendArgsJSON() =\n%s\nwant\n%s", got, tt.json)
			}
		})
	}
}

// TestDecode_AgreesWithGoEthereum decodes every log of the scenario and checks each
// value against go-ethereum's reflective abi decoding.
func TestDecode_AgreesWithGoEthereum(t *testing.T) {
	s := realLogs(t)
	d := newTestDecoder(t, s)
	oracle := newOracle(t, s)
	seen := map[string]bool{}
	for _, l := range s.all() {
		ev := d.Decode(&l)
		if l.Address == s.payment {
			if ev.Contract != "" || ev.Name != "" || ev.Args != nil {
				t.Errorf("Decode(payment token log) = %+v, want the zero Event", ev)
			}
			continue
		}
		if ev.Name == "" {
			t.Errorf("Decode(%s log with topic0 %s) left the name empty", ev.Contract, l.Topics[0])
			continue
		}
		seen[ev.Contract+"."+ev.Name] = true
		oracle.check(t, l, ev)
		if js := ev.AppendArgsJSON(nil); !json.Valid(js) {
			t.Errorf("AppendArgsJSON(%s) = %s, not valid JSON", ev.Name, js)
		}
	}
	want := []string{
		"RewardToken.RoleGranted", "RewardToken.RoleRevoked", "RewardToken.Transfer", "RewardToken.Approval",
		"AssetRegistry.Transfer", "AssetRegistry.Approval", "AssetRegistry.ApprovalForAll", "AssetRegistry.AssetRegistered",
		"AssetRegistry.AssetVerified", "AssetRegistry.VerificationRevoked", "AssetRegistry.ContentUpdated",
		"AssetRegistry.DeviceBound", "AssetRegistry.UpdateUser",
		"CreditRegistry.ScoreChanged", "CreditRegistry.Blacklisted", "CreditRegistry.Unblacklisted",
		"CreditRegistry.TierSet", "CreditRegistry.OutcomeDeltaSet",
		"PledgeEscrow.Listed", "PledgeEscrow.ListingUpdated", "PledgeEscrow.Delisted", "PledgeEscrow.PledgeLocked",
		"PledgeEscrow.PledgeReleased", "PledgeEscrow.PledgeReturned", "PledgeEscrow.Rented", "PledgeEscrow.AssetConfirmed",
		"PledgeEscrow.UsageReported", "PledgeEscrow.RentalSettled", "PledgeEscrow.RentalDefaulted", "PledgeEscrow.ParamsSet",
		"PledgeEscrow.PaymentTokenSet", "PledgeEscrow.DisputeOpened", "PledgeEscrow.DisputeResolved", "PledgeEscrow.RewardPaid",
		"PledgeEscrow.Paused", "PledgeEscrow.Unpaused",
		"Arbitration.DisputeCreated", "Arbitration.Evidence", "Arbitration.Voted", "Arbitration.Ruling", "Arbitration.PanelSet",
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("the scenario decoded no %s event", w)
		}
	}
}

// oracle decodes logs with go-ethereum's abi package, as a reference.
type oracle struct {
	abis map[common.Address]*abi.ABI
}

func newOracle(tb testing.TB, s *suite) *oracle {
	tb.Helper()
	o := &oracle{abis: map[common.Address]*abi.ABI{}}
	for _, c := range s.contracts {
		a, err := abis[c.Name].ParseABI()
		if err != nil {
			tb.Fatalf("ParseABI(%s) error: %v", c.Name, err)
		}
		o.abis[c.Address] = a
	}
	return o
}

// decode returns go-ethereum's decoding of l, or ok false when it fails.
func (o *oracle) decode(l types.Log) (ev *abi.Event, vals map[string]any, ok bool) {
	a := o.abis[l.Address]
	if a == nil || len(l.Topics) == 0 {
		return nil, nil, false
	}
	ev, err := a.EventByID(l.Topics[0])
	if err != nil {
		return nil, nil, false
	}
	vals = map[string]any{}
	if err := ev.Inputs.UnpackIntoMap(vals, l.Data); err != nil {
		return nil, nil, false
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
		return nil, nil, false
	}
	return ev, vals, true
}

// check compares ev, our decoding of l, with go-ethereum's.
func (o *oracle) check(tb testing.TB, l types.Log, ev Event) {
	tb.Helper()
	ref, vals, ok := o.decode(l)
	if !ok {
		if ev.Name != "" {
			tb.Errorf("Decode() = %s, but go-ethereum cannot decode the log %+v", ev.Name, l)
		}
		return
	}
	if ev.Name != ref.RawName {
		tb.Errorf("Decode() name = %q, go-ethereum decodes %q (log %+v)", ev.Name, ref.RawName, l)
		return
	}
	if len(ev.Args) != len(ref.Inputs) {
		tb.Fatalf("Decode(%s) has %d args, want %d", ev.Name, len(ev.Args), len(ref.Inputs))
	}
	for i, in := range ref.Inputs {
		got, want := ev.Args[i], fromABI(vals[in.Name])
		if got.Name != in.Name {
			tb.Errorf("Decode(%s) arg %d = %q, want %q", ev.Name, i, got.Name, in.Name)
		}
		if x, ok := want.(*big.Int); ok {
			if y, ok := got.Value.(*big.Int); !ok || x.Cmp(y) != 0 {
				tb.Errorf("Decode(%s).%s = %v, want %v", ev.Name, in.Name, got.Value, x)
			}
			continue
		}
		if !reflect.DeepEqual(got.Value, want) {
			tb.Errorf("Decode(%s).%s = %#v, want %#v", ev.Name, in.Name, got.Value, want)
		}
	}
}

// find returns the first log of the scenario from contract named name.
func find(tb testing.TB, s *suite, d *Decoder, contract, name string) types.Log {
	tb.Helper()
	for _, l := range s.all() {
		if ev := d.Decode(&l); ev.Contract == contract && ev.Name == name {
			return l
		}
	}
	tb.Fatalf("no %s.%s log in the scenario", contract, name)
	return types.Log{}
}

func word(n uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), 32) }

func TestDecode_Undecodable(t *testing.T) {
	s := realLogs(t)
	d := newTestDecoder(t, s)
	var (
		registered = find(t, s, d, manifest.AssetRegistry, "AssetRegistered")
		erc20      = find(t, s, d, manifest.RewardToken, "Transfer")
		erc721     = find(t, s, d, manifest.AssetRegistry, "Transfer")
		tokenSet   = find(t, s, d, manifest.PledgeEscrow, "PaymentTokenSet")
		tierSet    = find(t, s, d, manifest.CreditRegistry, "TierSet")
		deltaSet   = find(t, s, d, manifest.CreditRegistry, "OutcomeDeltaSet")
	)
	edit := func(l types.Log, f func(l *types.Log)) types.Log {
		l.Topics = slices.Clone(l.Topics)
		l.Data = slices.Clone(l.Data)
		f(&l)
		return l
	}
	tests := []struct {
		name     string
		log      types.Log
		contract string
	}{
		{"address not followed", edit(registered, func(l *types.Log) { l.Address = common.HexToAddress("0x1234") }), ""},
		{"unknown topic0", edit(registered, func(l *types.Log) { l.Topics[0] = crypto.Keccak256Hash([]byte("Nope()")) }), manifest.AssetRegistry},
		{"no topics", edit(registered, func(l *types.Log) { l.Topics = nil }), manifest.AssetRegistry},
		{"anonymous-style log", edit(registered, func(l *types.Log) { l.Topics = l.Topics[1:] }), manifest.AssetRegistry},
		{"ERC-20 Transfer with the ERC-721 topic count", edit(erc20, func(l *types.Log) {
			l.Topics = append(l.Topics, common.BytesToHash(l.Data))
			l.Data = nil
		}), manifest.RewardToken},
		{"ERC-721 Transfer with the ERC-20 topic count", edit(erc721, func(l *types.Log) {
			l.Data = l.Topics[3][:]
			l.Topics = l.Topics[:3]
		}), manifest.AssetRegistry},
		{"an ERC-721 Transfer sent from the ERC-20 contract", edit(erc721, func(l *types.Log) { l.Address = erc20.Address }), manifest.RewardToken},
		{"too many topics", edit(registered, func(l *types.Log) { l.Topics = append(l.Topics, common.Hash{}) }), manifest.AssetRegistry},
		{"empty data", edit(registered, func(l *types.Log) { l.Data = nil }), manifest.AssetRegistry},
		{"truncated head", edit(registered, func(l *types.Log) { l.Data = l.Data[:40] }), manifest.AssetRegistry},
		{"truncated string", edit(registered, func(l *types.Log) { l.Data = l.Data[:len(l.Data)-32] }), manifest.AssetRegistry},
		{"string offset past the end", edit(registered, func(l *types.Log) { copy(l.Data[32:64], word(uint64(len(l.Data)))) }), manifest.AssetRegistry},
		{"string offset above 2^64", edit(registered, func(l *types.Log) { l.Data[32] = 1 }), manifest.AssetRegistry},
		{"string length past the end", edit(registered, func(l *types.Log) { copy(l.Data[64:96], word(1000)) }), manifest.AssetRegistry},
		{"bool of 2", edit(tokenSet, func(l *types.Log) { l.Data[31] = 2 }), manifest.PledgeEscrow},
		{"bool with high bits", edit(tokenSet, func(l *types.Log) { l.Data[0] = 1 }), manifest.PledgeEscrow},
		{"uint16 above its width", edit(tierSet, func(l *types.Log) { copy(l.Data[:32], word(1<<16)) }), manifest.CreditRegistry},
		{"uint8 topic above its width", edit(tierSet, func(l *types.Log) { l.Topics[1] = common.BytesToHash(word(256)) }), manifest.CreditRegistry},
		{"int16 not sign-extended", edit(deltaSet, func(l *types.Log) { copy(l.Data, word(0xffec)) }), manifest.CreditRegistry},
		{"int16 below its width", edit(deltaSet, func(l *types.Log) {
			for i := range 30 {
				l.Data[i] = 0xff
			}
			l.Data[30] = 0x7f
		}), manifest.CreditRegistry},
	}
	oracle := newOracle(t, s)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := d.Decode(&tt.log)
			if ev.Contract != tt.contract || ev.Name != "" || ev.Args != nil {
				t.Errorf("Decode() = %+v, want contract %q, no name and no args", ev, tt.contract)
			}
			if got := string(ev.AppendArgsJSON(nil)); got != "null" {
				t.Errorf("AppendArgsJSON() = %s, want null", got)
			}
			if _, _, ok := oracle.decode(tt.log); ok && tt.contract != "" {
				t.Errorf("go-ethereum decodes the log that Decode refuses")
			}
		})
	}

	t.Run("nil log", func(t *testing.T) {
		if ev := d.Decode(nil); ev.Contract != "" || ev.Name != "" {
			t.Errorf("Decode(nil) = %+v, want the zero Event", ev)
		}
	})
	t.Run("trailing data is ignored, as go-ethereum does", func(t *testing.T) {
		l := edit(tokenSet, func(l *types.Log) { l.Data = append(l.Data, 0xde, 0xad) })
		if ev := d.Decode(&l); ev.Name != "PaymentTokenSet" || !ev.Bool("allowed") {
			t.Errorf("Decode() = %+v, want PaymentTokenSet allowed", ev)
		}
	})
}

func TestEvent_Accessors(t *testing.T) {
	s := realLogs(t)
	d := newTestDecoder(t, s)
	decode := func(contract, name string) Event {
		l := find(t, s, d, contract, name)
		return d.Decode(&l)
	}
	rented := decode(manifest.PledgeEscrow, "Rented")
	registered := decode(manifest.AssetRegistry, "AssetRegistered")
	tokenSet := decode(manifest.PledgeEscrow, "PaymentTokenSet")
	var deltaSet Event
	for _, l := range s.logs(t, "deploy CreditRegistry") {
		if ev := d.Decode(&l); ev.Name == "OutcomeDeltaSet" && ev.Uint("outcome").Int64() == 1 {
			deltaSet = ev
		}
	}
	withBytes := Event{Name: "X", Args: []Arg{{"b", []byte{0xab}}}}

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Uint", rented.Uint("rentalId").String(), "1"},
		{"Uint of a uint64", rented.Uint("end").String(), "2000007231"},
		{"Uint missing", rented.Uint("nope").String(), "0"},
		{"Uint of an address", rented.Uint("renter").String(), "0"},
		{"Int of an int16", deltaSet.Int("delta").String(), "-20"},
		{"Int missing", deltaSet.Int("nope").Sign(), 0},
		{"Address", rented.Address("renter"), addB},
		{"Address missing", rented.Address("nope"), common.Address{}},
		{"Address of a uint", rented.Address("rentalId"), common.Address{}},
		{"Bytes32", registered.Bytes32("assetCode"), [32]byte(crypto.Keccak256Hash([]byte("VIN-1")))},
		{"Bytes32 of a string", registered.Bytes32("uri"), [32]byte{}},
		{"String", registered.String("uri"), "ipfs://x"},
		{"String missing", registered.String("nope"), ""},
		{"Bool", tokenSet.Bool("allowed"), true},
		{"Bool of an address", tokenSet.Bool("token"), false},
		{"Bytes", withBytes.Bytes("b"), []byte{0xab}},
		{"Bytes missing", withBytes.Bytes("c"), []byte(nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("%s = %#v, want %#v", tt.name, tt.got, tt.want)
			}
		})
	}
	if x := rented.Uint("nope"); x == nil {
		t.Error(`Uint("nope") = nil, want a zero *big.Int`)
	}
}

func TestNewDecoder_Errors(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	tests := []struct {
		name      string
		contracts []manifest.Contract
		want      string
	}{
		{"payment token", []manifest.Contract{{Name: manifest.PaymentToken, Address: a}}, `no ABI for contract "PaymentToken"`},
		{"unknown name", []manifest.Contract{{Name: "Nope", Address: a}}, `no ABI for contract "Nope"`},
		{"shared address", []manifest.Contract{{Name: manifest.RewardToken, Address: a}, {Name: manifest.Arbitration, Address: a}}, "share the address"},
		{"valid", []manifest.Contract{{Name: manifest.RewardToken, Address: a}, {Name: manifest.AssetRegistry, Address: b}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewDecoder(tt.contracts)
			if tt.want == "" {
				if err != nil {
					t.Errorf("NewDecoder() error = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("NewDecoder() error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestDecode_OtherTypes covers types the suite's events do not use: indexed dynamic
// values (kept as their hash), arrays and tuples (read through go-ethereum), bytes and
// short fixed bytes.
func TestDecode_OtherTypes(t *testing.T) {
	const abiJSON = `[{"type":"event","name":"Odd","anonymous":false,"inputs":[
		{"name":"key","type":"string","indexed":true},
		{"name":"ids","type":"uint256[]","indexed":true},
		{"name":"blob","type":"bytes","indexed":false},
		{"name":"tag","type":"bytes4","indexed":false},
		{"name":"neg","type":"int256","indexed":false}]},
	{"type":"event","name":"Nested","anonymous":false,"inputs":[
		{"name":"id","type":"uint64","indexed":true},
		{"name":"amounts","type":"uint16[]","indexed":false},
		{"name":"pair","type":"tuple","indexed":false,"components":[{"name":"who","type":"address"},{"name":"ok","type":"bool"}]},
		{"name":"fixed","type":"bytes32[2]","indexed":false}]},
	{"type":"event","name":"Anon","anonymous":true,"inputs":[{"name":"x","type":"uint256","indexed":false}]}]`
	parsed, err := abi.JSON(strings.NewReader(abiJSON))
	if err != nil {
		t.Fatalf("abi.JSON() error: %v", err)
	}
	addr := common.HexToAddress("0xc0ffee")
	d, err := newDecoder([]manifest.Contract{{Name: "Odd", Address: addr}}, map[string]*abi.ABI{"Odd": &parsed})
	if err != nil {
		t.Fatalf("newDecoder() error: %v", err)
	}
	pack := func(ev string, vals ...any) []byte {
		data, err := parsed.Events[ev].Inputs.NonIndexed().Pack(vals...)
		if err != nil {
			t.Fatalf("packing %s: %v", ev, err)
		}
		return data
	}
	keyHash := crypto.Keccak256Hash([]byte("k"))
	idsHash := crypto.Keccak256Hash([]byte("ids"))
	minus := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 200))
	tests := []struct {
		name string
		log  types.Log
		want string
	}{
		{"indexed dynamic, bytes, bytes4, int256", types.Log{
			Address: addr,
			Topics:  []common.Hash{parsed.Events["Odd"].ID, keyHash, idsHash},
			Data:    pack("Odd", []byte{1, 2, 3}, [4]byte{0xde, 0xad, 0xbe, 0xef}, minus),
		}, `{"key":"` + keyHash.Hex() + `","ids":"` + idsHash.Hex() + `","blob":"0x010203","tag":"0xdeadbeef","neg":"` + minus.String() + `"}`},
		{"empty bytes", types.Log{
			Address: addr,
			Topics:  []common.Hash{parsed.Events["Odd"].ID, keyHash, idsHash},
			Data:    pack("Odd", []byte{}, [4]byte{}, big.NewInt(-1)),
		}, `{"key":"` + keyHash.Hex() + `","ids":"` + idsHash.Hex() + `","blob":"0x","tag":"0x00000000","neg":"-1"}`},
		{"arrays and tuples", types.Log{
			Address: addr,
			Topics:  []common.Hash{parsed.Events["Nested"].ID, common.BytesToHash(word(7))},
			Data: pack("Nested", []uint16{1, 65535},
				struct {
					Who common.Address
					Ok  bool
				}{addB, true},
				[2][32]byte{{1}, {2}}),
		}, `{"id":"7","amounts":["1","65535"],"pair":{"who":"` + bob + `","ok":true},"fixed":["0x` +
			"01" + strings.Repeat("00", 31) + `","0x` + "02" + strings.Repeat("00", 31) + `"]}`},
		{"anonymous events are not recognised", types.Log{
			Address: addr,
			Topics:  []common.Hash{parsed.Events["Anon"].ID},
			Data:    word(1),
		}, `null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := d.Decode(&tt.log)
			got := ev.AppendArgsJSON(nil)
			if string(got) != tt.want {
				t.Errorf("AppendArgsJSON() =\n%s\nwant\n%s", got, tt.want)
			}
			if !json.Valid(got) {
				t.Errorf("AppendArgsJSON() = %s, not valid JSON", got)
			}
		})
	}
}

// FuzzDecode feeds logs made of a contract choice, topics and data to Decode: it must
// not panic, must agree with go-ethereum on what decodes and to what, and must always
// produce valid JSON. The seeds are the scenario's real logs.
func FuzzDecode(f *testing.F) {
	s := realLogs(f)
	d := newTestDecoder(f, s)
	oracle := newOracle(f, s)
	addrs := []common.Address{s.payment}
	for _, c := range s.contracts {
		addrs = append(addrs, c.Address)
	}
	for _, l := range s.all() {
		var topics []byte
		for _, h := range l.Topics {
			topics = append(topics, h[:]...)
		}
		f.Add(uint8(slices.Index(addrs, l.Address)), topics, l.Data)
	}
	f.Fuzz(func(t *testing.T, contract uint8, topics, data []byte) {
		l := types.Log{Address: addrs[int(contract)%len(addrs)], Data: data}
		for ; len(topics) >= 32; topics = topics[32:] {
			l.Topics = append(l.Topics, common.BytesToHash(topics[:32]))
		}
		ev := d.Decode(&l)
		if js := ev.AppendArgsJSON(nil); !json.Valid(js) {
			t.Fatalf("AppendArgsJSON() = %s, not valid JSON", js)
		}
		if ev.Name == "" && ev.Args != nil {
			t.Fatalf("Decode() = %+v: args without a name", ev)
		}
		oracle.check(t, l, ev)
	})
}

// followedLogs returns the scenario's logs from followed contracts: what the indexer
// fetches.
func followedLogs(tb testing.TB) (*Decoder, []types.Log) {
	tb.Helper()
	s := realLogs(tb)
	var logs []types.Log
	for _, l := range s.all() {
		if l.Address != s.payment {
			logs = append(logs, l)
		}
	}
	return newTestDecoder(tb, s), logs
}

func BenchmarkDecode(b *testing.B) {
	d, logs := followedLogs(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i := range logs {
			if d.Decode(&logs[i]).Name == "" {
				b.Fatal("a real log did not decode")
			}
		}
		n += len(logs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "logs/s")
}

func BenchmarkAppendArgsJSON(b *testing.B) {
	d, logs := followedLogs(b)
	events := make([]Event, len(logs))
	for i := range logs {
		events[i] = d.Decode(&logs[i])
	}
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i := range events {
			buf = events[i].AppendArgsJSON(buf[:0])
		}
		n += len(events)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "logs/s")
}

// BenchmarkDecodeAndJSON is the indexer's per-log work: decode, then write the args.
func BenchmarkDecodeAndJSON(b *testing.B) {
	d, logs := followedLogs(b)
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i := range logs {
			ev := d.Decode(&logs[i])
			buf = ev.AppendArgsJSON(buf[:0])
		}
		n += len(logs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "logs/s")
}

func TestNewDecoderFollowed(t *testing.T) {
	m, err := manifest.Load("../manifest/testdata/manifest-31337.json")
	if err != nil {
		t.Fatalf("manifest.Load() error: %v", err)
	}
	if _, err := NewDecoder(m.Followed()); err != nil {
		t.Errorf("NewDecoder(Followed()) error: %v", err)
	}
}
