package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

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
			if l.Status != "delisted" {
				t.Errorf("active=false gave %s listing %s", l.Status, l.ID)
			}
		}
		if len(p.Items) == 0 {
			t.Error("active=false: no listing")
		}
	})

	t.Run("rental", func(t *testing.T) {
		var got api.Rental
		f.getJSON(t, "/v1/rentals/"+sc.Rentals.OnTime.String(), http.StatusOK, &got)
		if got.Status != "settled" || !got.Confirmed || len(got.UsageReports) != 2 || got.Settlement.V == nil {
			t.Errorf("on-time rental = %+v", got)
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
		if got.Score == 600 || got.RewardsEarned == "0" {
			t.Errorf("a renter with clean rentals = %+v, want a changed score and rewards", got)
		}
		stranger := crypto.PubkeyToAddress(devnet.DerivedKey("stranger").PublicKey).Hex()
		f.getJSON(t, "/v1/accounts/"+stranger, http.StatusOK, &got)
		want := api.Account{Address: stranger, Score: 600, Tier: 2, Terms: api.Terms{MaxActiveRentals: 3, DepositBps: 10000, PledgeBps: 10000},
			SHRBalance: "0", RewardsEarned: "0", Pledged: "0"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("an address never seen = %+v, want %+v", got, want)
		}
	})

	t.Run("dispute", func(t *testing.T) {
		var got api.Dispute
		f.getJSON(t, "/v1/disputes/"+sc.Disputes.Disputed.String(), http.StatusOK, &got)
		if got.Status != "resolved" || got.RulingBps == nil || *got.RulingBps != 7000 || len(got.Votes) == 0 {
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
		for _, n := range []string{"AssetRegistered", "AssetVerified", "DeviceBound", "Listed", "Rented", "UsageReported", "RentalSettled", "DisputeOpened", "Ruling"} {
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

	t.Run("not found", func(t *testing.T) {
		for _, path := range []string{"/v1/assets/999999", "/v1/listings/999999", "/v1/rentals/999999", "/v1/disputes/999999", "/v1/nothing"} {
			resp, body := f.get(t, path)
			if resp.StatusCode != http.StatusNotFound || resp.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("GET %s = %d %s %s, want 404 problem+json", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
		}
	})
}
