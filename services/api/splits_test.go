package api_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/services/api"
)

// TestSplits: a split is the car's payee; a rental's rent reaches it through the escrow
// and one co-owner releases. GET /v1/splits/{address} serves the shares, what each
// co-owner received (its share of the payee amount) and released; the list filters by
// creator and co-owner and pages by address.
func TestSplits(t *testing.T) {
	ctx := context.Background()
	env := indexedtest.Start(t, indexedtest.Options{})
	sc, err := devnet.Play(ctx, env.Suite, func(string, ...any) {})
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	s, b := env.Suite, env.Suite.Bindings
	creator := devnet.DevKey(6)
	a0, a1 := devnet.Address(devnet.DerivedKey("split a")), devnet.Address(devnet.DerivedKey("split b"))
	accounts, shares := []common.Address{a0, a1}, []uint16{7000, 3000}
	mustCall := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := s.Call(ctx, to, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	send := func(key int, to common.Address, data []byte) {
		t.Helper()
		k := devnet.DevKey(key)
		switch key {
		case 1:
			k = sc.Actors.Providers[0]
		case 3:
			k = sc.Actors.Renters[0]
		}
		if _, err := s.Transact(ctx, k, to, data); err != nil {
			t.Fatal(err)
		}
	}
	split, err := b.SplitFactory.UnpackPredictSplit(mustCall(s.SplitFactory, b.SplitFactory.PackPredictSplit(devnet.Address(creator), accounts, shares)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Transact(ctx, creator, s.SplitFactory, b.SplitFactory.PackCreateSplit(accounts, shares)); err != nil {
		t.Fatal(err)
	}
	// a second split of another creator, for the filters
	other := devnet.DevKey(7)
	if _, err := s.Transact(ctx, other, s.SplitFactory, b.SplitFactory.PackCreateSplit([]common.Address{a1}, []uint16{10_000})); err != nil {
		t.Fatal(err)
	}
	listing, err := b.PledgeEscrow.UnpackGetListing(mustCall(s.PledgeEscrow, b.PledgeEscrow.PackGetListing(sc.Listings.Car)))
	if err != nil {
		t.Fatal(err)
	}
	terms := listing.Terms
	terms.Payee = split
	send(1, s.PledgeEscrow, b.PledgeEscrow.PackUpdateListing(sc.Listings.Car, terms))
	hash, err := b.PledgeEscrow.UnpackTermsHash(mustCall(s.PledgeEscrow, b.PledgeEscrow.PackTermsHash(sc.Listings.Car)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Transact(ctx, sc.Actors.Renters[0], s.PledgeEscrow, b.PledgeEscrow.PackRent(sc.Listings.Car, 0, 3600, hash, common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	var rental *big.Int
	for _, l := range r.Logs {
		if ev, err := b.PledgeEscrow.UnpackRentedEvent(l); err == nil {
			rental = ev.RentalId
		}
	}
	send(3, s.PledgeEscrow, b.PledgeEscrow.PackEndRental(rental))
	send(1, s.PledgeEscrow, b.PledgeEscrow.PackReleaseDeposit(rental))
	send(8, split, b.Split.PackRelease(s.PaymentToken, a0))
	released, err := b.Split.UnpackReleased(mustCall(split, b.Split.PackReleased(s.PaymentToken, a0)))
	if err != nil {
		t.Fatal(err)
	}
	// the car's 15 tUSD hour less the 2.5 % platform fee reached the split
	paid := big.NewInt(15_000_000 - 375_000)
	total, err := b.Split.UnpackTotalReceived(mustCall(split, b.Split.PackTotalReceived(s.PaymentToken)))
	if err != nil || total.Cmp(paid) != 0 {
		t.Fatalf("totalReceived = %s, %v; want %s", total, err, paid)
	}
	env.Sync(t)
	f := serve(t, env, sc)

	var got api.Split
	f.getJSON(t, "/v1/splits/"+split.Hex(), http.StatusOK, &got)
	share := func(bps int64) string {
		return new(big.Int).Div(new(big.Int).Mul(paid, big.NewInt(bps)), big.NewInt(10_000)).String()
	}
	tusd := s.PaymentToken.Hex()
	want := api.Split{Address: split.Hex(), Creator: devnet.Address(creator).Hex(), Accounts: []api.SplitAccount{
		{Account: a0.Hex(), ShareBps: 7000, Received: []api.TokenAmount{{Token: tusd, Amount: share(7000)}},
			Released: []api.TokenAmount{{Token: tusd, Amount: released.String()}}},
		{Account: a1.Hex(), ShareBps: 3000, Received: []api.TokenAmount{{Token: tusd, Amount: share(3000)}}, Released: []api.TokenAmount{}},
	}}
	if released.String() != share(7000) {
		t.Errorf("released() = %s, want the share %s", released, share(7000))
	}
	if !equalSplit(got, want) {
		t.Errorf("GET /v1/splits/%s = %+v, want %+v", split, got, want)
	}
	f.getJSON(t, "/v1/splits/"+strings.ToLower(split.Hex()), http.StatusOK, &got)

	// the auditor's events of every split: contract=Split, the one Released above
	var evs api.Page[api.Event]
	for _, path := range []string{"/v1/events?contract=Split", "/v1/events?contract=split&name=Released", "/v1/events?contract=Split&order=desc"} {
		f.getJSON(t, path, http.StatusOK, &evs)
		if len(evs.Items) != 1 || evs.Items[0].Contract != "Split" || evs.Items[0].Address != split.Hex() ||
			evs.Items[0].Name == nil || *evs.Items[0].Name != "Released" {
			t.Errorf("GET %s = %+v, want the split's one Released", path, evs.Items)
		}
	}
	f.getJSON(t, "/v1/events?contract=Split&name=Rented", http.StatusOK, &evs)
	if len(evs.Items) != 0 {
		t.Errorf("GET /v1/events?contract=Split&name=Rented = %d events, want none", len(evs.Items))
	}

	for path, status := range map[string]int{
		"/v1/splits/" + s.PledgeEscrow.Hex():                        http.StatusNotFound, // a contract, not a split
		"/v1/splits/0x00000000000000000000000000000000000000ff":     http.StatusNotFound,
		"/v1/splits/" + strings.Replace(split.Hex(), "0x", "0X", 1): http.StatusBadRequest,
		"/v1/splits/0x1234":         http.StatusBadRequest,
		"/v1/splits?creator=0x1234": http.StatusBadRequest,
	} {
		if resp, body := f.get(t, path); resp.StatusCode != status {
			t.Errorf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
		}
	}
	// a wrong checksum is 400
	mixed := []byte(split.Hex())
	for i := 2; i < len(mixed); i++ {
		if c := mixed[i]; c >= 'a' && c <= 'f' {
			mixed[i] = c - 'a' + 'A'
			break
		} else if c >= 'A' && c <= 'F' {
			mixed[i] = c - 'A' + 'a'
			break
		}
	}
	if resp, _ := f.get(t, "/v1/splits/"+string(mixed)); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("GET a split with a wrong checksum = %d, want 400", resp.StatusCode)
	}

	var page api.Page[api.Split]
	f.getJSON(t, "/v1/splits?creator="+devnet.Address(creator).Hex(), http.StatusOK, &page)
	if len(page.Items) != 1 || page.Items[0].Address != split.Hex() {
		t.Errorf("splits of the creator = %+v, want the one", page.Items)
	}
	f.getJSON(t, "/v1/splits?account="+a0.Hex(), http.StatusOK, &page)
	if len(page.Items) != 1 {
		t.Errorf("splits of %s = %+v, want one", a0, page.Items)
	}
	f.getJSON(t, "/v1/splits?account="+a1.Hex()+"&limit=1", http.StatusOK, &page)
	if len(page.Items) != 1 || page.NextCursor == nil {
		t.Fatalf("first page of %s's splits = %+v, want one and a cursor", a1, page)
	}
	first := page.Items[0].Address
	f.getJSON(t, "/v1/splits?account="+a1.Hex()+"&limit=1&cursor="+*page.NextCursor, http.StatusOK, &page)
	if len(page.Items) != 1 || page.NextCursor != nil || page.Items[0].Address == first ||
		strings.ToLower(page.Items[0].Address) < strings.ToLower(first) {
		t.Errorf("second page of %s's splits = %+v after %s, want the other one, last", a1, page, first)
	}
}

func equalSplit(a, b api.Split) bool {
	if a.Address != b.Address || a.Creator != b.Creator || len(a.Accounts) != len(b.Accounts) {
		return false
	}
	same := func(x, y []api.TokenAmount) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	for i := range a.Accounts {
		x, y := a.Accounts[i], b.Accounts[i]
		if x.Account != y.Account || x.ShareBps != y.ShareBps || !same(x.Received, y.Received) || !same(x.Released, y.Released) {
			return false
		}
	}
	return true
}
