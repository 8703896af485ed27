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
		s.RewardToken:     {"RewardToken", s.Bindings.RewardToken.GetABI()},
		s.AssetRegistry:   {"AssetRegistry", s.Bindings.AssetRegistry.GetABI()},
		s.CreditRegistry:  {"CreditRegistry", s.Bindings.CreditRegistry.GetABI()},
		s.PledgeEscrow:    {"PledgeEscrow", s.Bindings.PledgeEscrow.GetABI()},
		s.Arbitration:     {"Arbitration", s.Bindings.Arbitration.GetABI()},
		s.PaymentToken:    {"PaymentToken", s.Bindings.PaymentToken.GetABI()},
		s.TelemetryAnchor: {"TelemetryAnchor", s.Bindings.TelemetryAnchor.GetABI()},
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

// The bicycle's clean rental, worked out by hand from INTERFACE.md §2: 3 tUSD/h after the
// update, returned within seconds, so the hour of minDuration (= minRentalSeconds) is
// charged; 12 km at 0.10 tUSD at release. Each platform fee F is 2.5 %: CityRide (the
// listing's, 4000 bps) gets floor(F × 4000 / 20 000), TripHub (Carol's, 2000 bps)
// floor(F × 2000 / 20 000), the treasury the rest; each side earns 10¹⁴ SHR wei per
// base unit of the treasury's part.
var (
	onTimeCharged  = big.NewInt(3_000_000)
	onTimeUsageFee = big.NewInt(1_200_000)
	onTimeFee      = big.NewInt(75_000 + 30_000)                                  // 2.5 % of the charged rent, then of the usage fee
	onTimeTreasury = big.NewInt(75_000 - 15_000 - 7_500 + 30_000 - 6_000 - 3_000) // 73 500
	onTimeReward   = new(big.Int).Mul(onTimeTreasury, big.NewInt(100_000_000_000_000))
)

// The IPledgeEscrow enums.
const (
	statusSettled   = 5
	statusDefaulted = 6
	statusResolved  = 7
	statusCancelled = 8
	statusNoShow    = 9

	listingActive   = 1
	listingDelisted = 3

	pledgeReleased = 2
	pledgeSlashed  = 3
	pledgeReturned = 4
)

func TestPlay(t *testing.T) {
	s, sc := played(t)
	b := s.Bindings
	a := sc.Actors

	t.Run("Steps", func(t *testing.T) {
		if len(sc.Steps) < 80 || len(sc.Receipts) < 80 {
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
			// INTERFACE.md §1 "Events" (protocol v2), but the splits'
			"AssetRegistry.AssetRegistered", "AssetRegistry.AssetVerified", "AssetRegistry.VerificationRevoked",
			"AssetRegistry.ContentUpdated", "AssetRegistry.DeviceBound", "AssetRegistry.UpdateUser", "AssetRegistry.Transfer",
			"AssetRegistry.RegistrationRevoked", "AssetRegistry.LockSet",
			"CreditRegistry.ScoreChanged", "CreditRegistry.Blacklisted", "CreditRegistry.Unblacklisted",
			"CreditRegistry.TierSet", "CreditRegistry.OutcomeDeltaSet", "CreditRegistry.OutcomeRecorded",
			"CreditRegistry.PairCooldownSet", "CreditRegistry.NewcomerScoreSet",
			"PledgeEscrow.Listed", "PledgeEscrow.ListingUpdated", "PledgeEscrow.Delisted", "PledgeEscrow.ListingClosed",
			"PledgeEscrow.PledgeLocked", "PledgeEscrow.PledgeReleased", "PledgeEscrow.PledgeSlashed", "PledgeEscrow.PledgeReturned",
			"PledgeEscrow.Rented", "PledgeEscrow.CheckedIn", "PledgeEscrow.Cancelled", "PledgeEscrow.NoShow",
			"PledgeEscrow.AssetConfirmed", "PledgeEscrow.UsageReported", "PledgeEscrow.Returned", "PledgeEscrow.InspectionExtended",
			"PledgeEscrow.RentalSettled", "PledgeEscrow.RentalDefaulted",
			"PledgeEscrow.ParamsSet", "PledgeEscrow.PaymentTokenSet", "PledgeEscrow.RewardRateSet", "PledgeEscrow.PlatformSet",
			"PledgeEscrow.PlatformFeePaid", "PledgeEscrow.ArbitrationSet",
			"PledgeEscrow.DisputeOpened", "PledgeEscrow.DisputeResolved", "PledgeEscrow.RewardPaid",
			"PledgeEscrow.PaymentCredited", "PledgeEscrow.Withdrawn",
			"Arbitration.DisputeCreated", "Arbitration.Evidence", "Arbitration.Voted", "Arbitration.Ruling", "Arbitration.PanelSet",
			"TelemetryAnchor.TelemetryAnchored",
			// inherited ERC-20 / AccessControl / Pausable events
			"RewardToken.Transfer", "RewardToken.Approval", "PaymentToken.Transfer", "PaymentToken.Approval",
			"RewardToken.RoleGranted", "AssetRegistry.RoleGranted", "CreditRegistry.RoleGranted",
			"PledgeEscrow.RoleGranted", "Arbitration.RoleGranted", "TelemetryAnchor.RoleGranted", "RewardToken.RoleRevoked",
			"PledgeEscrow.Paused", "PledgeEscrow.Unpaused",
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
		if got := seen["PledgeEscrow.RewardPaid"]; got != 2 {
			t.Errorf("%d RewardPaid logs, want 2 (both sides of the one clean rental)", got)
		}
		if got := seen["PledgeEscrow.UsageReported"]; got != 3 {
			t.Errorf("%d UsageReported logs, want 3", got)
		}
	})

	t.Run("Rentals", func(t *testing.T) {
		cases := []struct {
			name   string
			id     *big.Int
			status uint8
		}{
			{"on time", sc.Rentals.OnTime, statusSettled},
			{"late", sc.Rentals.Late, statusSettled},
			{"cancelled", sc.Rentals.Cancelled, statusCancelled},
			{"no-show", sc.Rentals.NoShow, statusNoShow},
			{"defaulted", sc.Rentals.Defaulted, statusDefaulted},
			{"disputed", sc.Rentals.Disputed, statusResolved},
			{"misdescribed", sc.Rentals.Misdescribed, statusResolved},
			{"credited", sc.Rentals.Credited, statusSettled},
		}
		for _, c := range cases {
			r := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(c.id), b.PledgeEscrow.UnpackGetRental)
			if r.Status != c.status {
				t.Errorf("getRental(%s) (%s).status = %d, want %d", c.id, c.name, r.Status, c.status)
			}
		}
		onTime := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(sc.Rentals.OnTime), b.PledgeEscrow.UnpackGetRental)
		if onTime.Units.Cmp(big.NewInt(12)) != 0 || onTime.LastNonce != 2 || !onTime.Confirmed || !onTime.CheckedIn ||
			onTime.Platform != Address(a.Platforms[1]) || onTime.ListingPlatform != Address(a.Platforms[0]) {
			t.Errorf("on-time rental units, lastNonce, confirmed, checked in, platforms = %s, %d, %t, %t, %s, %s; want 12, 2, true, true, TripHub, CityRide",
				onTime.Units, onTime.LastNonce, onTime.Confirmed, onTime.CheckedIn, onTime.Platform.Hex(), onTime.ListingPlatform.Hex())
		}
		late := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(sc.Rentals.Late), b.PledgeEscrow.UnpackGetRental)
		if late.ReturnedAt <= late.End || late.Start < onTime.End {
			t.Errorf("late rental start, end, returnedAt = %d, %d, %d: want a booking returned after its end", late.Start, late.End, late.ReturnedAt)
		}
		room := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(sc.Rentals.Cancelled), b.PledgeEscrow.UnpackGetRental)
		if room.Payee != Address(a.CoOwners) || room.Provider != Address(a.Providers[1]) {
			t.Errorf("room rental payee, provider = %s, %s, want the co-owners and Bob", room.Payee.Hex(), room.Provider.Hex())
		}
	})

	t.Run("Settlements", func(t *testing.T) {
		settled := make(map[string]*pledgeescrow.PledgeEscrowRentalSettled)
		rewards := make(map[common.Address]*big.Int)
		for _, r := range sc.Receipts {
			for _, l := range r.Logs {
				if l.Address != s.PledgeEscrow {
					continue
				}
				if ev, err := b.PledgeEscrow.UnpackRentalSettledEvent(l); err == nil {
					settled[ev.RentalId.String()] = ev
				}
				if ev, err := b.PledgeEscrow.UnpackRewardPaidEvent(l); err == nil && ev.RentalId.Cmp(sc.Rentals.OnTime) == 0 {
					rewards[ev.Account] = ev.Amount
				}
			}
		}
		onTime, late := settled[sc.Rentals.OnTime.String()], settled[sc.Rentals.Late.String()]
		if onTime == nil || late == nil {
			t.Fatalf("RentalSettled of the on-time or late rental missing: %v", settled)
		}
		if onTime.RentCharged.Cmp(onTimeCharged) != 0 || onTime.UsageFee.Cmp(onTimeUsageFee) != 0 || onTime.LateFee.Sign() != 0 ||
			onTime.PlatformFee.Cmp(onTimeFee) != 0 {
			t.Errorf("on-time settlement rentCharged, usageFee, lateFee, platformFee = %s, %s, %s, %s; want %s, %s, 0, %s",
				onTime.RentCharged, onTime.UsageFee, onTime.LateFee, onTime.PlatformFee, onTimeCharged, onTimeUsageFee, onTimeFee)
		}
		for _, who := range []common.Address{Address(a.Renters[0]), Address(a.Providers[0])} {
			if got := rewards[who]; got == nil || got.Cmp(onTimeReward) != 0 {
				t.Errorf("RewardPaid to %s = %v, want %s (the rate × the treasury's %s)", who.Hex(), got, onTimeReward, onTimeTreasury)
			}
		}
		if late.LateFee.Sign() <= 0 {
			t.Errorf("late settlement lateFee = %s, want > 0", late.LateFee)
		}
		if settled[sc.Rentals.Disputed.String()] == nil || settled[sc.Rentals.Misdescribed.String()] == nil {
			t.Errorf("the rulings settled no rental: %v", settled)
		}
	})

	t.Run("Listings", func(t *testing.T) {
		cases := []struct {
			name          string
			id            *big.Int
			state, status uint8
		}{
			{"bicycle", sc.Listings.Bicycle, pledgeReleased, listingActive},
			{"car", sc.Listings.Car, pledgeReleased, listingActive},
			{"room", sc.Listings.Room, pledgeReturned, listingDelisted},
			{"charging pile", sc.Listings.ChargingPile, pledgeReturned, listingDelisted},
			{"charging pile relisted", sc.Listings.ChargingPileRelist, pledgeSlashed, listingActive},
			{"room for bUSD", sc.Listings.RoomBlocklist, pledgeReleased, listingActive},
		}
		for _, c := range cases {
			l := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetListing(c.id), b.PledgeEscrow.UnpackGetListing)
			if l.PledgeState != c.state || l.Status != c.status {
				t.Errorf("getListing(%s) (%s) pledgeState, status = %d, %d, want %d, %d", c.id, c.name, l.PledgeState, l.Status, c.state, c.status)
			}
		}
		bicycle := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetListing(sc.Listings.Bicycle), b.PledgeEscrow.UnpackGetListing)
		if bicycle.Terms.PricePerHour.Cmp(big.NewInt(3_000_000)) != 0 || bicycle.Terms.Platform != Address(a.Platforms[0]) {
			t.Errorf("bicycle listing pricePerHour, platform = %s, %s, want the updated 3000000 and CityRide", bicycle.Terms.PricePerHour,
				bicycle.Terms.Platform.Hex())
		}
	})

	t.Run("Disputes", func(t *testing.T) {
		cases := []struct {
			rental, dispute *big.Int
			opener          common.Address
			ruling          uint16
		}{
			{sc.Rentals.Disputed, sc.Disputes.Disputed, Address(a.Renters[1]), 4000},
			{sc.Rentals.Misdescribed, sc.Disputes.Misdescribed, Address(a.Renters[0]), 0},
		}
		for _, c := range cases {
			if got := mustView(t, s, s.Arbitration, b.Arbitration.PackDisputeOf(c.rental), b.Arbitration.UnpackDisputeOf); got.Cmp(c.dispute) != 0 {
				t.Errorf("disputeOf(%s) = %s, want %s", c.rental, got, c.dispute)
			}
			d := mustView(t, s, s.Arbitration, b.Arbitration.PackGetDispute(c.dispute), b.Arbitration.UnpackGetDispute)
			if !d.Executed || d.Ruling != c.ruling || d.Opener != c.opener {
				t.Errorf("getDispute(%s) executed, ruling, opener = %t, %d, %s, want true, %d, %s", c.dispute, d.Executed, d.Ruling,
					d.Opener.Hex(), c.ruling, c.opener.Hex())
			}
		}
	})

	t.Run("Scores", func(t *testing.T) {
		// newcomers start at 500 (v2); deltas +10 on time, −20 late, −250 default, +10/−50
		// dispute won/lost, +5 confirmed, −100 no-show (INTERFACE.md §3).
		cases := []struct {
			name    string
			account common.Address
			score   uint16
		}{
			{"Alice: two confirmations by two renters, a dispute lost", Address(a.Providers[0]), 500 + 5 + 5 - 50},
			{"Bob: a dispute lost, a confirmation", Address(a.Providers[1]), 500 - 50 + 5},
			{"Carol: on time, a no-show, a dispute won, on time with another provider", Address(a.Renters[0]), 500 + 10 - 100 + 10 + 10},
			{"Dave: late, a dispute won", Address(a.Renters[1]), 500 - 20 + 10},
			{"Erin: a late cancellation, a default", Address(a.Renters[2]), 500 - 250},
			{"newcomer: baseline", Address(a.Newcomer), 750},
			{"keeper: untouched", Address(a.Keeper), 500},
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
		// pledges are 150 SHR at tier 1 (pledgeBps 15 000 of the 100 SHR base).
		cases := []struct {
			name    string
			account common.Address
			shr     *big.Int
		}{
			{"Alice: 1000 funded, pledges released, one reward", Address(a.Providers[0]), new(big.Int).Add(shr(1000), onTimeReward)},
			{"Bob: 1000 funded, pledges back except the slashed one", Address(a.Providers[1]), shr(850)},
			{"Carol: one reward and the slashed pledge", Address(a.Renters[0]), new(big.Int).Add(shr(150), onTimeReward)},
			{"Dave: no reward", Address(a.Renters[1]), shr(0)},
		}
		for _, c := range cases {
			got := mustView(t, s, s.RewardToken, b.RewardToken.PackBalanceOf(c.account), b.RewardToken.UnpackBalanceOf)
			if got.Cmp(c.shr) != 0 {
				t.Errorf("SHR balanceOf(%s) = %s, want %s", c.name, got, c.shr)
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
			if got := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackTierRentalCount(Address(renter)), b.PledgeEscrow.UnpackTierRentalCount); got.Sign() != 0 {
				t.Errorf("tierRentalCount(%s) = %s, want 0", Address(renter).Hex(), got)
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
			if mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackIsLocked(id), b.AssetRegistry.UnpackIsLocked) {
				t.Errorf("isLocked(%s) = true with no open rental left", id)
			}
		}
		car := mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackOwnerOf(sc.Assets.Car), b.AssetRegistry.UnpackOwnerOf)
		if car != Address(a.Providers[0]) {
			t.Errorf("ownerOf(car) = %s, want Alice after Mallory's squat was revoked", car.Hex())
		}
		if _, err := s.Call(testContext(t), s.AssetRegistry, b.AssetRegistry.PackOwnerOf(sc.Assets.Squatted)); err == nil {
			t.Errorf("ownerOf(%s) answered: Mallory's revoked registration should be burnt", sc.Assets.Squatted)
		}
		if got := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackGetParams(), b.PledgeEscrow.UnpackGetParams); got.BasePledge.Cmp(BasePledge()) != 0 {
			t.Errorf("getParams().basePledge = %s after setParams, want the default %s", got.BasePledge, BasePledge())
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
	if n := len(s.Receipts()); n != 17 {
		// 7 deployments and 10 wiring transactions, nothing of the story.
		t.Errorf("Play without roles sent transactions: %d receipts, want the deployment's 17", n)
	}
}
