package api_test

import (
	"context"
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// TestAPI_RentalKeepsItsCancellationTerms: a booking keeps the cancellation terms of the
// listing version it was rented under (INTERFACE.md §2). Alice lists the bicycle at 15 %
// free until two hours before; Carol books it to start in an hour, inside the fee window;
// Alice then updates the listing to 40 % free until ten minutes before, terms under which
// cancelling now would be free. GET /v1/rentals/{id} shows the booking's own terms (the
// listing shows the new ones), and Carol's cancellation is charged 15 % of the rent, as
// the rental said.
func TestAPI_RentalKeepsItsCancellationTerms(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s, b, sc := f.env.Suite, f.env.Suite.Bindings.PledgeEscrow, f.scenario
	alice, carol := sc.Actors.Providers[0], sc.Actors.Renters[0]
	bicycle := sc.Listings.Bicycle.String()

	var listing api.Listing
	f.getJSON(t, "/v1/listings/"+bicycle, http.StatusOK, &listing)
	if listing.Provider != devnet.Address(alice).Hex() {
		t.Fatalf("the bicycle's provider is %s, want Alice", listing.Provider)
	}
	update := func(feeBps uint16, freeBefore uint64) {
		t.Helper()
		terms := termsOf(t, listing)
		terms.CancelFeeBps, terms.FreeCancelBefore = feeBps, freeBefore
		if _, err := s.Transact(ctx, alice, s.PledgeEscrow, b.PackUpdateListing(sc.Listings.Bicycle, terms)); err != nil {
			t.Fatalf("updating the bicycle's cancellation terms to %d bps, %d s: %v", feeBps, freeBefore, err)
		}
		f.env.Sync(t)
		f.getJSON(t, "/v1/listings/"+bicycle, http.StatusOK, &listing)
	}
	update(1500, 2*3600)

	now, err := s.LatestTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Transact(ctx, carol, s.PledgeEscrow, b.PackRent(sc.Listings.Bicycle, now+3600, 2*3600,
		[32]byte(common.HexToHash(*listing.TermsHash)), common.Address{})); err != nil {
		t.Fatalf("Carol booking the bicycle: %v", err)
	}
	f.env.Sync(t)
	var bookings api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?status=booked&renter="+devnet.Address(carol).Hex(), http.StatusOK, &bookings)
	if len(bookings.Items) != 1 {
		t.Fatalf("Carol's bookings = %+v, want the bicycle", bookings.Items)
	}
	booking := bookings.Items[0]
	if booking.CancelFeeBps != 1500 || booking.FreeCancelBefore != 2*3600 {
		t.Fatalf("the booking's terms = (%d bps, %d s), want the listing's at rent (1500, 7200)", booking.CancelFeeBps, booking.FreeCancelBefore)
	}

	update(4000, 600)
	var rental api.Rental
	f.getJSON(t, "/v1/rentals/"+booking.ID, http.StatusOK, &rental)
	if rental.CancelFeeBps != 1500 || rental.FreeCancelBefore != 2*3600 {
		t.Errorf("after updateListing the booking's terms = (%d bps, %d s), want still (1500, 7200)", rental.CancelFeeBps, rental.FreeCancelBefore)
	}
	if listing.CancelFeeBps != 4000 || listing.FreeCancelBefore != 600 {
		t.Errorf("the listing's terms = (%d bps, %d s), want the new (4000, 600)", listing.CancelFeeBps, listing.FreeCancelBefore)
	}

	id, _ := new(big.Int).SetString(booking.ID, 10)
	if _, err := s.Transact(ctx, carol, s.PledgeEscrow, b.PackCancel(id)); err != nil {
		t.Fatalf("Carol cancelling: %v", err)
	}
	f.env.Sync(t)
	f.getJSON(t, "/v1/rentals/"+booking.ID, http.StatusOK, &rental)
	rent, _ := new(big.Int).SetString(rental.Rent, 10)
	fee := new(big.Int).Mul(rent, big.NewInt(1500))
	fee.Add(fee, big.NewInt(9999)).Div(fee, big.NewInt(10000)) // ceil, as the escrow charges it
	if rental.Status != "cancelled" || rental.Settlement.V == nil || rental.Settlement.V.RentCharged != fee.String() {
		t.Fatalf("the cancelled booking = %s, settlement %+v; want rent_charged %s (15 %% of %s, the booking's terms)",
			rental.Status, rental.Settlement.V, fee, rental.Rent)
	}
	if rental.CancelFeeBps != 1500 {
		t.Errorf("the cancelled rental's terms = %d bps, want 1500", rental.CancelFeeBps)
	}
}
