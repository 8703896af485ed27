package api_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// TestAPI reads what the indexer wrote from the devnet scenario through every endpoint
// and checks it against what the scenario did.
func TestAPI(t *testing.T) {
	f := newFixture(t)
	sc := f.scenario
	a := sc.Actors

	t.Run("status", func(t *testing.T) {
		var st api.Status
		f.getJSON(t, "/v1/status", http.StatusOK, &st)
		if st.ChainID != 31337 || st.IndexedBlock < 1 || st.IndexedBlock > st.HeadBlock || st.FinalizedBlock > st.IndexedBlock {
			t.Errorf("status = %+v", st)
		}
		if st.Contracts["PledgeEscrow"] != f.env.Manifest.Contracts["PledgeEscrow"].Hex() {
			t.Errorf("status.contracts[PledgeEscrow] = %s, want %s", st.Contracts["PledgeEscrow"], f.env.Manifest.Contracts["PledgeEscrow"].Hex())
		}
		if d := st.EIP712["PledgeEscrow"]; d.Name != "PledgeEscrow" || d.Version != "1" || d.ChainID != 31337 {
			t.Errorf("status.eip712[PledgeEscrow] = %+v", d)
		}
		// the scenario warps the chain's clock far past the wall clock's: the indexed
		// block's own time, no other
		h, err := f.env.Client.HeaderByNumber(context.Background(), big.NewInt(st.IndexedBlock))
		if err != nil {
			t.Fatal(err)
		}
		if st.IndexedTime != h.Time {
			t.Errorf("status.indexed_time = %d, want block %d's time %d", st.IndexedTime, st.IndexedBlock, h.Time)
		}
	})

	t.Run("asset", func(t *testing.T) {
		var got api.Asset
		f.getJSON(t, "/v1/assets/"+sc.Assets.Bicycle.String(), http.StatusOK, &got)
		if got.TokenID != sc.Assets.Bicycle.String() || got.Owner != devnet.Address(a.Providers[0]).Hex() || !got.Verified ||
			got.Device == nil || *got.Device != devnet.Address(a.Device).Hex() || !got.Listed || got.User != nil {
			t.Errorf("bicycle = %+v", got)
		}
	})

	t.Run("assets by owner, paged", func(t *testing.T) {
		owner := devnet.Address(a.Providers[0]).Hex()
		var all []api.Asset
		path := "/v1/assets?limit=1&owner=" + strings.ToLower(owner)
		for i := 0; ; i++ {
			var p api.Page[api.Asset]
			f.getJSON(t, path, http.StatusOK, &p)
			all = append(all, p.Items...)
			if p.NextCursor == nil {
				break
			}
			if i > 10 {
				t.Fatal("more pages than assets")
			}
			path = "/v1/assets?limit=1&owner=" + owner + "&cursor=" + *p.NextCursor
		}
		if len(all) < 2 {
			t.Fatalf("assets of %s: %d, want at least 2", owner, len(all))
		}
		for i, x := range all {
			if x.Owner != owner {
				t.Errorf("item %d owner = %s, want %s", i, x.Owner, owner)
			}
			if i > 0 && x.TokenID <= all[i-1].TokenID && len(x.TokenID) <= len(all[i-1].TokenID) {
				t.Errorf("items out of order: %s after %s", x.TokenID, all[i-1].TokenID)
			}
		}
	})

	t.Run("listing", func(t *testing.T) {
		var got api.Listing
		f.getJSON(t, "/v1/listings/"+sc.Listings.ChargingPileRelist.String(), http.StatusOK, &got)
		if got.Pledge.State != "slashed" || got.Status != "active" {
			t.Errorf("misdescribed listing = %+v, want an active listing with a slashed pledge", got)
		}
		f.getJSON(t, "/v1/listings/"+sc.Listings.ChargingPile.String(), http.StatusOK, &got)
		if got.Pledge.State != "returned" || got.Status != "delisted" {
			t.Errorf("delisted listing = %+v", got)
		}
		var p api.Page[api.Listing]
		f.getJSON(t, "/v1/listings?active=false", http.StatusOK, &p)
		for _, l := range p.Items {
			if l.Status == "active" {
				t.Errorf("active=false gave %s listing %s", l.Status, l.ID)
			}
		}
		f.getJSON(t, "/v1/listings/"+sc.Listings.Room.String(), http.StatusOK, &got)
		if got.Payee != devnet.Address(a.CoOwners).Hex() || got.Provider != devnet.Address(a.Providers[1]).Hex() ||
			got.CancelFeeBps != 3000 || got.FreeCancelBefore != 86400 {
			t.Errorf("the room's listing = %+v, want the co-owners as payee and its cancellation policy", got)
		}
		// the terms hash is what the escrow answers: rent must name it
		f.getJSON(t, "/v1/listings/"+sc.Listings.Bicycle.String(), http.StatusOK, &got)
		b := f.env.Suite.Bindings.PledgeEscrow
		out, err := f.env.Suite.Call(context.Background(), f.env.Suite.PledgeEscrow, b.PackTermsHash(sc.Listings.Bicycle))
		if err != nil {
			t.Fatal(err)
		}
		want, err := b.UnpackTermsHash(out)
		if err != nil {
			t.Fatal(err)
		}
		if got.TermsHash == nil || *got.TermsHash != hexutil.Encode(want[:]) || got.Platform == nil ||
			*got.Platform != devnet.Address(a.Platforms[0]).Hex() {
			t.Errorf("the bicycle's listing terms_hash, platform = %v, %v; want the escrow's %x and CityRide", got.TermsHash, got.Platform, want)
		}
		if len(p.Items) == 0 {
			t.Error("active=false: no listing")
		}
	})

	t.Run("rental", func(t *testing.T) {
		var got api.Rental
		f.getJSON(t, "/v1/rentals/"+sc.Rentals.OnTime.String(), http.StatusOK, &got)
		if got.Status != "settled" || !got.Confirmed || !got.CheckedIn || len(got.UsageReports) != 2 || got.Settlement.V == nil ||
			got.ReturnedAt == nil || got.InspectionEnd == nil || *got.InspectionEnd <= *got.ReturnedAt || got.Platform == nil ||
			*got.Platform != devnet.Address(a.Platforms[1]).Hex() || got.Device == nil {
			t.Errorf("on-time rental = %+v", got)
		}
		for id, status := range map[string]string{sc.Rentals.Cancelled.String(): "cancelled", sc.Rentals.NoShow.String(): "no_show",
			sc.Rentals.Late.String(): "settled"} {
			f.getJSON(t, "/v1/rentals/"+id, http.StatusOK, &got)
			if got.Status != status || got.Settlement.V == nil {
				t.Errorf("rental %s = %+v, want %s with a settlement", id, got, status)
			}
		}
		f.getJSON(t, "/v1/rentals/"+sc.Rentals.Defaulted.String(), http.StatusOK, &got)
		if got.Status != "defaulted" || got.Settlement.V == nil {
			t.Errorf("defaulted rental = %+v", got)
		}
		var p api.Page[api.Rental]
		f.getJSON(t, "/v1/rentals?status=resolved&limit=500", http.StatusOK, &p)
		if len(p.Items) != 2 {
			t.Errorf("status=resolved: %d rentals, want 2 (the two disputes)", len(p.Items))
		}
		renter := devnet.Address(a.Renters[0]).Hex()
		f.getJSON(t, "/v1/rentals?renter="+renter, http.StatusOK, &p)
		for _, r := range p.Items {
			if r.Renter != renter {
				t.Errorf("renter filter gave rental %s of %s", r.ID, r.Renter)
			}
		}
	})

	t.Run("account", func(t *testing.T) {
		var got api.Account
		f.getJSON(t, "/v1/accounts/"+devnet.Address(a.Renters[0]).Hex(), http.StatusOK, &got)
		if got.Score == 500 || got.RewardsEarned == "0" || got.TierRentals != 0 || len(got.Claimable) != 0 {
			t.Errorf("a renter with clean rentals = %+v, want a changed score, rewards, no open rental and no credit", got)
		}
		stranger := crypto.PubkeyToAddress(devnet.DerivedKey("stranger").PublicKey).Hex()
		f.getJSON(t, "/v1/accounts/"+stranger, http.StatusOK, &got)
		want := api.Account{Address: stranger, Score: 500, Tier: 1, Terms: api.Terms{MaxActiveRentals: 2, DepositBps: 15000, PledgeBps: 15000},
			SHRBalance: "0", RewardsEarned: "0", Pledged: "0", Claimable: []api.TokenAmount{}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("an address never seen = %+v, want %+v", got, want)
		}
	})

	t.Run("dispute", func(t *testing.T) {
		var got api.Dispute
		f.getJSON(t, "/v1/disputes/"+sc.Disputes.Disputed.String(), http.StatusOK, &got)
		if got.Status != "resolved" || got.RulingBps == nil || *got.RulingBps != 4000 || len(got.Votes) == 0 ||
			got.Opener != devnet.Address(a.Renters[1]).Hex() {
			t.Errorf("dispute = %+v", got)
		}
		var p api.Page[api.Dispute]
		f.getJSON(t, "/v1/disputes", http.StatusOK, &p)
		if len(p.Items) != 2 {
			t.Errorf("disputes: %d, want 2", len(p.Items))
		}
	})

	t.Run("events", func(t *testing.T) {
		var p api.Page[api.Event]
		f.getJSON(t, "/v1/events?contract=PledgeEscrow&name=Rented&limit=500", http.StatusOK, &p)
		if len(p.Items) < 6 {
			t.Errorf("Rented events: %d, want at least 6", len(p.Items))
		}
		for _, e := range p.Items {
			if e.Name == nil || *e.Name != "Rented" || e.Contract != "PledgeEscrow" || len(e.Topics) != 4 {
				t.Errorf("event = %+v", e)
			}
		}
		var asset api.Page[api.Event]
		f.getJSON(t, "/v1/assets/"+sc.Assets.Bicycle.String()+"/events?limit=500", http.StatusOK, &asset)
		names := map[string]bool{}
		for _, e := range asset.Items {
			if e.Name != nil {
				names[*e.Name] = true
			}
		}
		for _, n := range []string{"AssetRegistered", "AssetVerified", "DeviceBound", "Listed", "Rented", "CheckedIn", "UsageReported",
			"Returned", "InspectionExtended", "RentalSettled", "DisputeOpened", "Ruling", "LockSet"} {
			if !names[n] {
				t.Errorf("the bicycle's history has no %s event (has %v)", n, names)
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		resp, body := f.get(t, "/v1/events.csv?contract=AssetRegistry")
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("events.csv = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if !strings.HasPrefix(string(body), "block_number,block_hash,tx_hash,log_index,contract,address,name,args,topics,data\r\n") &&
			!strings.HasPrefix(string(body), "block_number,block_hash,tx_hash,log_index,contract,address,name,args,topics,data\n") {
			t.Errorf("events.csv header = %.120q", body)
		}
	})

	t.Run("availability", func(t *testing.T) {
		var late api.Rental
		f.getJSON(t, "/v1/rentals/"+sc.Rentals.Late.String(), http.StatusOK, &late)
		var av api.Availability
		path := fmt.Sprintf("/v1/assets/%s/availability?from=%d&to=%d", sc.Assets.Car, late.Start-3600, late.End+3600)
		f.getJSON(t, path, http.StatusOK, &av)
		if av.TokenID != sc.Assets.Car.String() || av.From != late.Start-3600 || av.To != late.End+3600 || len(av.Busy) != 0 {
			t.Errorf("%s = %+v, want no busy slot once the car's rental settled", path, av)
		}
		f.getJSON(t, "/v1/assets/"+sc.Assets.Bicycle.String()+"/availability", http.StatusOK, &av)
		if av.To-av.From != 90*86400 || av.Busy == nil {
			t.Errorf("default window = %d..%d, busy %v; want maxAdvance from the latest block", av.From, av.To, av.Busy)
		}
		for _, bad := range []string{"?from=10&to=10", "?from=10&to=5", "?from=0&to=31708800", "?to=x"} {
			resp, body := f.get(t, "/v1/assets/"+sc.Assets.Car.String()+"/availability"+bad)
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("availability%s = %d %s, want 400", bad, resp.StatusCode, body)
			}
		}
		if resp, _ := f.get(t, "/v1/assets/"+sc.Assets.Squatted.String()+"/availability"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("availability of the revoked registration = %d, want 404", resp.StatusCode)
		}
	})

	t.Run("params", func(t *testing.T) {
		var got api.Params
		f.getJSON(t, "/v1/params", http.StatusOK, &got)
		want := api.EscrowParams{PlatformFeeBps: 250, GracePeriod: 86400, LateFeeBps: 20000, InspectionPeriod: 7200, MinRentalSeconds: 3600,
			MaxAdvance: 90 * 86400, BasePledge: "100000000000000000000", EpochRewardCap: "100000000000000000000000",
			Treasury: f.env.Suite.Treasury().Hex()}
		if got.Escrow != want || got.NewcomerScore != 500 || got.PairCooldown != 30*86400 || got.Panel != (api.Panel{Quorum: 3, VotingPeriod: 7 * 86400}) ||
			len(got.Tiers) != 4 || got.Tiers[1].MaxActiveRentals != 2 {
			t.Errorf("params = %+v", got)
		}
		deltas := map[int]int{}
		for _, d := range got.OutcomeDeltas {
			deltas[d.Outcome] = d.Delta
		}
		if deltas[2] != -250 || deltas[8] != -100 || deltas[9] != -30 {
			t.Errorf("outcome deltas = %v", got.OutcomeDeltas)
		}
		var tusd *api.PaymentTokenInfo
		for i, p := range got.PaymentTokens {
			if p.Address == f.env.Suite.PaymentToken.Hex() {
				tusd = &got.PaymentTokens[i]
			}
		}
		if tusd == nil || tusd.Symbol != "tUSD" || tusd.Decimals != 6 || !tusd.Allowed || tusd.RewardRate != "100000000000000" {
			t.Errorf("tUSD in params = %+v", tusd)
		}
	})

	t.Run("platforms", func(t *testing.T) {
		var p api.Page[api.Platform]
		f.getJSON(t, "/v1/platforms?limit=1", http.StatusOK, &p)
		if len(p.Items) != 1 || p.NextCursor == nil {
			t.Fatalf("platforms page of 1 = %+v", p)
		}
		var all []api.Platform
		all = append(all, p.Items...)
		f.getJSON(t, "/v1/platforms?limit=1&cursor="+*p.NextCursor, http.StatusOK, &p)
		all = append(all, p.Items...)
		if len(all) != 2 || all[0].Address == all[1].Address {
			t.Fatalf("platforms = %+v, want CityRide and TripHub", all)
		}
		var city, trip api.Platform
		f.getJSON(t, "/v1/platforms/"+devnet.Address(a.Platforms[0]).Hex(), http.StatusOK, &city)
		f.getJSON(t, "/v1/platforms/"+strings.ToLower(devnet.Address(a.Platforms[1]).Hex()), http.StatusOK, &trip)
		if city.ShareBps != 4000 || city.Listings != 1 || city.Rentals != 0 || len(city.Fees) != 1 || city.Fees[0].Token != f.env.Suite.PaymentToken.Hex() {
			t.Errorf("CityRide = %+v, want share 4000, the bicycle's listing and fees in tUSD", city)
		}
		if trip.ShareBps != 2000 || trip.Listings != 0 || trip.Rentals != 1 || len(trip.Fees) != 1 {
			t.Errorf("TripHub = %+v, want share 2000, Carol's rental and fees in tUSD", trip)
		}
		// 4000 and 2000 bps of half of each 2.5 % fee: CityRide of the bicycle's listing, on
		// Carol's hour (75 000) and 12 km (30 000) and on Dave's three hours (225 000);
		// TripHub only on Carol's rental
		if city.Fees[0].Amount != "66000" || trip.Fees[0].Amount != "10500" {
			t.Errorf("fees = CityRide %s, TripHub %s; want 15000 + 6000 + 45000 and 7500 + 3000", city.Fees[0].Amount, trip.Fees[0].Amount)
		}
		if resp, _ := f.get(t, "/v1/platforms/0x00000000000000000000000000000000000000ff"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("an unknown platform = %d, want 404", resp.StatusCode)
		}
	})

	t.Run("not found", func(t *testing.T) {
		for _, path := range []string{"/v1/assets/999999", "/v1/assets/" + sc.Assets.Squatted.String(), "/v1/listings/999999",
			"/v1/rentals/999999", "/v1/disputes/999999", "/v1/nothing"} {
			resp, body := f.get(t, path)
			if resp.StatusCode != http.StatusNotFound || resp.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("GET %s = %d %s %s, want 404 problem+json", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
		}
	})
}
