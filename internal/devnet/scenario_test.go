package devnet

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/bindings/pledgeescrow"
)

// played deploys the suite and plays the scenario once.
func played(t *testing.T) (*Suite, *Scenario) {
	t.Helper()
	_, s := deployed(t)
	sc, err := Play(testContext(t), s, t.Logf)
	if err != nil {
		t.Fatalf("Play: %v", err)
	}
	return s, sc
}

// eventNames names each log of the suite's contracts "Contract.Event" by its topic0,
// from the bindings' ABIs; logs it cannot name come back as "Contract.?".
func eventNames(t *testing.T, s *Suite, receipts []*types.Receipt) map[string]int {
	t.Helper()
	abis := map[common.Address]struct {
		name string
		abi  abi.ABI
	}{
		s.RewardToken:    {"RewardToken", s.Bindings.RewardToken.GetABI()},
		s.AssetRegistry:  {"AssetRegistry", s.Bindings.AssetRegistry.GetABI()},
		s.CreditRegistry: {"CreditRegistry", s.Bindings.CreditRegistry.GetABI()},
		s.PledgeEscrow:   {"PledgeEscrow", s.Bindings.PledgeEscrow.GetABI()},
		s.Arbitration:    {"Arbitration", s.Bindings.Arbitration.GetABI()},
		s.PaymentToken:   {"PaymentToken", s.Bindings.PaymentToken.GetABI()},
	}
	seen := make(map[string]int)
	for _, r := range receipts {
		for _, l := range r.Logs {
			c, ok := abis[l.Address]
			if !ok || len(l.Topics) == 0 {
				continue
			}
			ev, err := c.abi.EventByID(l.Topics[0])
			if err != nil {
				seen[c.name+".?"]++
				continue
			}
			seen[c.name+"."+ev.Name]++
		}
	}
	return seen
}

func TestPlay(t *testing.T) {
	s, sc := played(t)
	b := s.Bindings
	a := sc.Actors

	t.Run("Steps", func(t *testing.T) {
		if len(sc.Steps) < 50 || len(sc.Receipts) < 50 {
			t.Errorf("Play logged %d steps and %d receipts, want a long story", len(sc.Steps), len(sc.Receipts))
		}
		for _, r := range sc.Receipts {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("receipt of %s has status %d, want success", r.TxHash.Hex(), r.Status)
			}
		}
	})

	t.Run("EveryEvent", func(t *testing.T) {
		seen := eventNames(t, s, s.Receipts())
		want := []string{
			// INTERFACE.md §1 "Events"
			"AssetRegistry.AssetRegistered", "AssetRegistry.AssetVerified", "AssetRegistry.VerificationRevoked",
			"AssetRegistry.ContentUpdated", "AssetRegistry.DeviceBound", "AssetRegistry.UpdateUser", "AssetRegistry.Transfer",
			"CreditRegistry.ScoreChanged", "CreditRegistry.Blacklisted", "CreditRegistry.Unblacklisted",
			"CreditRegistry.TierSet", "CreditRegistry.OutcomeDeltaSet",
			"PledgeEscrow.Listed", "PledgeEscrow.ListingUpdated", "PledgeEscrow.Delisted",
			"PledgeEscrow.PledgeLocked", "PledgeEscrow.PledgeReleased", "PledgeEscrow.PledgeSlashed", "PledgeEscrow.PledgeReturned",
			"PledgeEscrow.Rented", "PledgeEscrow.AssetConfirmed", "PledgeEscrow.UsageReported",
			"PledgeEscrow.RentalSettled", "PledgeEscrow.RentalDefaulted",
			"PledgeEscrow.ParamsSet", "PledgeEscrow.PaymentTokenSet",
			"PledgeEscrow.DisputeOpened", "PledgeEscrow.DisputeResolved", "PledgeEscrow.RewardPaid",
			"PledgeEscrow.PaymentCredited", "PledgeEscrow.Withdrawn",
			"Arbitration.DisputeCreated", "Arbitration.Evidence", "Arbitration.Voted", "Arbitration.Ruling", "Arbitration.PanelSet",
			// inherited ERC-20 / AccessControl / Pausable events
			"RewardToken.Transfer", "RewardToken.Approval", "PaymentToken.Transfer", "PaymentToken.Approval",
			"RewardToken.RoleGranted", "AssetRegistry.RoleGranted", "CreditRegistry.RoleGranted",
			"PledgeEscrow.RoleGranted", "Arbitration.RoleGranted", "RewardToken.RoleRevoked",
			"PledgeEscrow.Paused", "PledgeEscrow.Unpaused", "PledgeEscrow.ArbitrationSet",
		}
		for _, name := range want {
			if seen[name] == 0 {
				t.Errorf("no %s log in the receipts", name)
			}
		}
		for name, n := range seen {
			if strings.HasSuffix(name, ".?") {
				t.Errorf("%d logs named %s: a topic0 that is in no binding's ABI", n, name)
			}
		}
		if got := seen["PledgeEscrow.RewardPaid"]; got < 2 {
			t.Errorf("%d RewardPaid logs, want at least 2 (both sides of a clean rental)", got)
		}
		if got := seen["PledgeEscrow.UsageReported"]; got != 2 {
			t.Errorf("%d UsageReported logs, want 2", got)
		}
	})

	t.Run("Rentals", func(t *testing.T) {
		const (
			settled   = 3
			defaulted = 4
			resolved  = 5
		)
		cases := []struct {
			name   string
			id     *big.Int
			status uint8
		}{
			{"on time", sc.Rentals.OnTime, settled},
			{"late", sc.Rentals.Late, settled},
			{"defaulted", sc.Rentals.Defaulted, defaulted},
			{"disputed", sc.Rentals.Disputed, resolved},
			{"misdescribed", sc.Rentals.Misdescribed, resolved},
			{"credited", sc.Rentals.Credited, settled},
		}
		for _, c := range cases {
			r := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(c.id), b.PledgeEscrow.UnpackGetRental)
			if r.Status != c.status {
				t.Errorf("getRental(%s) (%s).status = %d, want %d", c.id, c.name, r.Status, c.status)
			}
		}
		onTime := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(sc.Rentals.OnTime), b.PledgeEscrow.UnpackGetRental)
		if onTime.Units.Cmp(big.NewInt(12)) != 0 || onTime.LastNonce != 2 || !onTime.Confirmed {
			t.Errorf("on-time rental units, lastNonce, confirmed = %s, %d, %t, want 12, 2, true", onTime.Units, onTime.LastNonce, onTime.Confirmed)
		}
	})

	t.Run("Settlements", func(t *testing.T) {
		settled := make(map[string]*pledgeescrow.PledgeEscrowRentalSettled)
		for _, r := range sc.Receipts {
			for _, l := range r.Logs {
				if l.Address != s.PledgeEscrow {
					continue
				}
				if ev, err := b.PledgeEscrow.UnpackRentalSettledEvent(l); err == nil {
					settled[ev.RentalId.String()] = ev
				}
			}
		}
		onTime, late := settled[sc.Rentals.OnTime.String()], settled[sc.Rentals.Late.String()]
		if onTime == nil || late == nil {
			t.Fatalf("RentalSettled of the on-time or late rental missing: %v", settled)
		}
		// 12 km at 0.10 tUSD.
		if onTime.UsageFee.Cmp(big.NewInt(1_200_000)) != 0 || onTime.LateFee.Sign() != 0 {
			t.Errorf("on-time settlement usageFee, lateFee = %s, %s, want 1200000, 0", onTime.UsageFee, onTime.LateFee)
		}
		if late.LateFee.Sign() <= 0 {
			t.Errorf("late settlement lateFee = %s, want > 0", late.LateFee)
		}
		if settled[sc.Rentals.Disputed.String()] == nil || settled[sc.Rentals.Misdescribed.String()] == nil {
			t.Errorf("the rulings settled no rental: %v", settled)
		}
	})

	t.Run("Listings", func(t *testing.T) {
		const (
			released = 2
			slashed  = 3
			returned = 4
		)
		cases := []struct {
			name  string
			id    *big.Int
			state uint8
			open  bool
		}{
			{"bicycle", sc.Listings.Bicycle, released, true},
			{"car", sc.Listings.Car, released, true},
			{"room", sc.Listings.Room, returned, false},
			{"charging pile", sc.Listings.ChargingPile, returned, false},
			{"charging pile relisted", sc.Listings.ChargingPileRelist, slashed, true},
			{"room for bUSD", sc.Listings.RoomBlocklist, released, true},
		}
		for _, c := range cases {
			l := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetListing(c.id), b.PledgeEscrow.UnpackGetListing)
			if l.PledgeState != c.state || l.Open != c.open {
				t.Errorf("getListing(%s) (%s) pledgeState, open = %d, %t, want %d, %t", c.id, c.name, l.PledgeState, l.Open, c.state, c.open)
			}
		}
		bicycle := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetListing(sc.Listings.Bicycle), b.PledgeEscrow.UnpackGetListing)
		if bicycle.PricePerHour.Cmp(big.NewInt(3_000_000)) != 0 {
			t.Errorf("bicycle listing pricePerHour = %s, want the updated 3000000", bicycle.PricePerHour)
		}
	})

	t.Run("Disputes", func(t *testing.T) {
		cases := []struct {
			rental, dispute *big.Int
			ruling          uint16
		}{
			{sc.Rentals.Disputed, sc.Disputes.Disputed, 7000},
			{sc.Rentals.Misdescribed, sc.Disputes.Misdescribed, 0},
		}
		for _, c := range cases {
			if got := mustView(t, s, s.Arbitration, b.Arbitration.PackDisputeOf(c.rental), b.Arbitration.UnpackDisputeOf); got.Cmp(c.dispute) != 0 {
				t.Errorf("disputeOf(%s) = %s, want %s", c.rental, got, c.dispute)
			}
			d := mustView(t, s, s.Arbitration, b.Arbitration.PackGetDispute(c.dispute), b.Arbitration.UnpackGetDispute)
			if !d.Executed || d.Ruling != c.ruling {
				t.Errorf("getDispute(%s) executed, ruling = %t, %d, want true, %d", c.dispute, d.Executed, d.Ruling, c.ruling)
			}
		}
	})

	t.Run("Scores", func(t *testing.T) {
		cases := []struct {
			name    string
			account common.Address
			score   uint16
		}{
			{"Alice: two confirmations, a dispute won", Address(a.Providers[0]), 600 + 5 + 5 + 10},
			{"Bob: a dispute lost, a confirmation", Address(a.Providers[1]), 600 - 50 + 5},
			{"Carol: two on time, a dispute won", Address(a.Renters[0]), 600 + 10 + 10 + 10},
			{"Dave: late, a dispute lost", Address(a.Renters[1]), 600 - 20 - 50},
			{"Erin: defaulted", Address(a.Renters[2]), 600 - 200},
			{"newcomer: baseline", Address(a.Newcomer), 750},
			{"keeper: untouched", Address(a.Keeper), 600},
		}
		for _, c := range cases {
			if got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackScoreOf(c.account), b.CreditRegistry.UnpackScoreOf); got != c.score {
				t.Errorf("scoreOf(%s) = %d, want %d", c.name, got, c.score)
			}
		}
		if mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackIsBlacklisted(Address(a.Renters[2])), b.CreditRegistry.UnpackIsBlacklisted) {
			t.Errorf("isBlacklisted(Erin) = true, want false after unblacklist")
		}
	})

	t.Run("Balances", func(t *testing.T) {
		cases := []struct {
			name    string
			account common.Address
			shr     int64
		}{
			{"Alice: 1000 funded, pledges released, one reward", Address(a.Providers[0]), 1010},
			{"Bob: 1000 funded, pledges back except the slashed one, one reward", Address(a.Providers[1]), 910},
			{"Carol: two rewards and the slashed pledge", Address(a.Renters[0]), 120},
			{"Dave: no reward", Address(a.Renters[1]), 0},
		}
		for _, c := range cases {
			got := mustView(t, s, s.RewardToken, b.RewardToken.PackBalanceOf(c.account), b.RewardToken.UnpackBalanceOf)
			if got.Cmp(shr(c.shr)) != 0 {
				t.Errorf("SHR balanceOf(%s) = %s, want %d SHR", c.name, got, c.shr)
			}
		}
		bob := Address(a.Providers[1])
		if got := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackClaimable(sc.BlocklistToken, bob), b.PledgeEscrow.UnpackClaimable); got.Sign() != 0 {
			t.Errorf("claimable(bUSD, Bob) = %s, want 0 after withdraw", got)
		}
	})

	t.Run("FinalState", func(t *testing.T) {
		if mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackPaused(), b.PledgeEscrow.UnpackPaused) {
			t.Errorf("paused() = true, want false after unpause")
		}
		if mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackIsPaymentToken(sc.BlocklistToken), b.PledgeEscrow.UnpackIsPaymentToken) {
			t.Errorf("isPaymentToken(bUSD) = true, want false at the end")
		}
		for _, renter := range a.Renters {
			if got := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackActiveRentalCount(Address(renter)), b.PledgeEscrow.UnpackActiveRentalCount); got.Sign() != 0 {
				t.Errorf("activeRentalCount(%s) = %s, want 0", Address(renter).Hex(), got)
			}
		}
		for _, id := range []*big.Int{sc.Assets.Bicycle, sc.Assets.Car, sc.Assets.Room, sc.Assets.ChargingPile} {
			asset := mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackAssetOf(id), b.AssetRegistry.UnpackAssetOf)
			if asset.Device != Address(a.Device) || asset.User != (common.Address{}) {
				t.Errorf("assetOf(%s) device, user = %s, %s, want %s, none", id, asset.Device.Hex(), asset.User.Hex(), Address(a.Device).Hex())
			}
			if !mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackIsVerified(id), b.AssetRegistry.UnpackIsVerified) {
				t.Errorf("isVerified(%s) = false, want true", id)
			}
		}
		if got := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackBasePledge(), b.PledgeEscrow.UnpackBasePledge); got.Cmp(BasePledge()) != 0 {
			t.Errorf("basePledge() = %s after setParams, want the default %s", got, BasePledge())
		}
	})
}

func TestPlay_NeedsRoles(t *testing.T) {
	t.Parallel()
	_, client := dial(t)
	s, err := Deploy(testContext(t), client, DevKey(0), Options{})
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	_, err = Play(testContext(t), s, nil)
	if !errors.Is(err, errMissingRole) {
		t.Errorf("Play on a suite without roles = %v, want errMissingRole", err)
	}
	if n := len(s.Receipts()); n != 15 {
		// 6 deployments and 9 wiring transactions, nothing of the story.
		t.Errorf("Play without roles sent transactions: %d receipts, want the deployment's 15", n)
	}
}
