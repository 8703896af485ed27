package demo

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// demoCheck is one fact the demo checks through the REST API.
type demoCheck struct {
	what string
	f    func() error
}

// check verifies through the REST API that every step of the demo is visible, printing
// each check; it fails naming what is missing.
func (d *demo) check(ctx context.Context) error {
	sc := d.scenario
	a := sc.Actors
	type check = demoCheck
	asset := func(id string, f func(api.Asset) error) func() error {
		return func() error {
			var x api.Asset
			if err := d.get(ctx, "/v1/assets/"+id, &x); err != nil {
				return err
			}
			return f(x)
		}
	}
	rental := func(id string, f func(api.Rental) error) func() error {
		return func() error {
			var x api.Rental
			if err := d.get(ctx, "/v1/rentals/"+id, &x); err != nil {
				return err
			}
			return f(x)
		}
	}
	listing := func(id, wantState string) func() error {
		return func() error {
			var x api.Listing
			if err := d.get(ctx, "/v1/listings/"+id, &x); err != nil {
				return err
			}
			if x.Pledge.State != wantState {
				return fmt.Errorf("pledge %s, want %s", x.Pledge.State, wantState)
			}
			return nil
		}
	}
	events := func(name string, min int) func() error {
		return func() error {
			var p api.Page[api.Event]
			if err := d.get(ctx, "/v1/events?limit=500&name="+name, &p); err != nil {
				return err
			}
			if len(p.Items) < min {
				return fmt.Errorf("%d %s events, want at least %d", len(p.Items), name, min)
			}
			return nil
		}
	}
	checks := []check{
		{"the indexer caught up with the chain", func() error {
			var st api.Status
			if err := d.get(ctx, "/v1/status", &st); err != nil {
				return err
			}
			if st.LagBlocks > 1 {
				return fmt.Errorf("lag %d blocks", st.LagBlocks)
			}
			return nil
		}},
		{"four assets registered with content hashes, each with a device", func() error {
			for _, id := range []string{sc.Assets.Bicycle.String(), sc.Assets.Car.String(), sc.Assets.Room.String(), sc.Assets.ChargingPile.String()} {
				var x api.Asset
				if err := d.get(ctx, "/v1/assets/"+id, &x); err != nil {
					return err
				}
				if x.ContentHash == "0x"+strings.Repeat("0", 64) || x.Device == nil {
					return fmt.Errorf("asset %s: content hash %s, device %v", id, x.ContentHash, x.Device)
				}
			}
			return nil
		}},
		{"four assets verified (AssetVerified events)", events("AssetVerified", 4)},
		{"the bicycle is verified and listed", asset(sc.Assets.Bicycle.String(), func(x api.Asset) error {
			if !x.Verified || !x.Listed {
				return fmt.Errorf("verified %v, listed %v", x.Verified, x.Listed)
			}
			return nil
		})},
		{"pledges locked at listing", events("PledgeLocked", 4)},
		{"a pledge released at the renter's confirmation", listing(sc.Listings.Bicycle.String(), "released")},
		{"a pledge returned at delisting", listing(sc.Listings.ChargingPile.String(), "returned")},
		{"a pledge slashed for a misdescribed asset", listing(sc.Listings.ChargingPileRelist.String(), "slashed")},
		{"the car booked a day ahead with an EIP-2612 permit, checked in and returned late", rental(sc.Rentals.Late.String(), func(x api.Rental) error {
			if x.Status != "settled" || !x.CheckedIn || x.ReturnedAt == nil || *x.ReturnedAt <= x.End || x.Settlement.V == nil ||
				x.Settlement.V.LateFee == "0" {
				return fmt.Errorf("status %s, checked in %v, returned at %v (end %d), settlement %+v", x.Status, x.CheckedIn,
					x.ReturnedAt, x.End, x.Settlement.V)
			}
			return nil
		})},
		{"the device's usage reports counted, the deposit released after the inspection with a refund", rental(sc.Rentals.OnTime.String(), func(x api.Rental) error {
			if x.Status != "settled" || !x.Confirmed || len(x.UsageReports) != 2 || x.InspectionEnd == nil || x.Settlement.V == nil ||
				x.Settlement.V.UsageFee == "0" || x.Settlement.V.Refund == "0" {
				return fmt.Errorf("status %s, confirmed %v, %d reports, inspection end %v, settlement %+v", x.Status, x.Confirmed,
					len(x.UsageReports), x.InspectionEnd, x.Settlement.V)
			}
			if x.UsageReports[0].Device != devnet.Address(a.Device).Hex() {
				return fmt.Errorf("report signed by %s, want the device %s", x.UsageReports[0].Device, devnet.Address(a.Device).Hex())
			}
			return nil
		})},
		{"rewards proportional to the treasury's part of the platform fee", func() error {
			return d.checkRewards(ctx, sc.Rentals.OnTime.String())
		}},
		{"two registered platforms paid their shares", func() error {
			for i, pf := range a.Platforms {
				var x api.Platform
				if err := d.get(ctx, "/v1/platforms/"+devnet.Address(pf).Hex(), &x); err != nil {
					return err
				}
				if x.ShareBps != int(devnet.PlatformShares[i]) || len(x.Fees) == 0 || x.Listings+x.Rentals == 0 {
					return fmt.Errorf("platform %s: share %d, %d listings, %d rentals, fees %v", x.Address, x.ShareBps, x.Listings, x.Rentals, x.Fees)
				}
			}
			return nil
		}},
		{"a late cancellation paid its fee to the listing's payee, the room's co-owners", func() error {
			var l api.Listing
			if err := d.get(ctx, "/v1/listings/"+sc.Listings.Room.String(), &l); err != nil {
				return err
			}
			if co := devnet.Address(a.CoOwners).Hex(); l.Payee != co || l.Payee == l.Provider {
				return fmt.Errorf("payee %s, provider %s, want the co-owners %s", l.Payee, l.Provider, co)
			}
			return rental(sc.Rentals.Cancelled.String(), func(x api.Rental) error {
				if x.Status != "cancelled" || x.Payee != l.Payee || x.Settlement.V == nil || x.Settlement.V.RentCharged == "0" ||
					x.Settlement.V.Refund == "0" {
					return fmt.Errorf("status %s, payee %s, settlement %+v", x.Status, x.Payee, x.Settlement.V)
				}
				return nil
			})()
		}},
		{"the keeper process charged a no-show", rental(sc.Rentals.NoShow.String(), func(x api.Rental) error {
			if x.Status != "no_show" || x.CheckedIn || x.Settlement.V == nil || x.Settlement.V.RentCharged != x.Rent {
				return fmt.Errorf("status %s, checked in %v, settlement %+v", x.Status, x.CheckedIn, x.Settlement.V)
			}
			return d.sentByKeeper(ctx, "NoShow")
		})},
		{"the keeper process collected the room's default", rental(sc.Rentals.Defaulted.String(), func(x api.Rental) error {
			if x.Status != "defaulted" {
				return fmt.Errorf("status %s", x.Status)
			}
			return d.sentByKeeper(ctx, "RentalDefaulted")
		})},
		{"a device damage report inside the inspection, disputed by the renter and ruled 4000 bps", func() error {
			var r api.Rental
			if err := d.get(ctx, "/v1/rentals/"+sc.Rentals.Disputed.String(), &r); err != nil {
				return err
			}
			if r.Status != "resolved" || r.ReturnedAt == nil || len(r.UsageReports) != 1 || r.UsageReports[0].DamageBps == 0 {
				return fmt.Errorf("rental: status %s, returned at %v, reports %+v", r.Status, r.ReturnedAt, r.UsageReports)
			}
			var x api.Dispute
			if err := d.get(ctx, "/v1/disputes/"+sc.Disputes.Disputed.String(), &x); err != nil {
				return err
			}
			if x.Status != "resolved" || x.Opener != r.Renter || len(x.Evidence) == 0 || len(x.Votes) != 3 || x.RulingBps == nil ||
				*x.RulingBps != 4000 {
				return fmt.Errorf("dispute: status %s, opener %s, %d evidence, %d votes, ruling %v", x.Status, x.Opener,
					len(x.Evidence), len(x.Votes), x.RulingBps)
			}
			return nil
		}},
		{"a squatted VIN revoked and registered by its owner", func() error {
			code, err := d.status(ctx, "/v1/assets/"+sc.Assets.Squatted.String())
			if err != nil {
				return err
			}
			if code != http.StatusNotFound {
				return fmt.Errorf("the revoked registration answers %d, want 404", code)
			}
			return asset(sc.Assets.Car.String(), func(x api.Asset) error {
				if x.Owner != devnet.Address(a.Providers[0]).Hex() || !x.Verified {
					return fmt.Errorf("the car belongs to %s, verified %v", x.Owner, x.Verified)
				}
				return nil
			})()
		}},
		{"the booking calendar shows the car's returned slot", func() error {
			var r api.Rental
			if err := d.get(ctx, "/v1/rentals/"+sc.Rentals.Late.String(), &r); err != nil {
				return err
			}
			var av api.Availability
			if err := d.get(ctx, fmt.Sprintf("/v1/assets/%s/availability?from=%d&to=%d", sc.Assets.Car, r.Start-3600, r.End+3600), &av); err != nil {
				return err
			}
			// settled: the slot is free again
			if len(av.Busy) != 0 {
				return fmt.Errorf("busy %+v after the car's settlement", av.Busy)
			}
			return nil
		}},
		{"the parameters rebuilt from events", func() error {
			var pr api.Params
			if err := d.get(ctx, "/v1/params", &pr); err != nil {
				return err
			}
			if pr.NewcomerScore != int(devnet.NewcomerScore) || pr.Escrow.InspectionPeriod != devnet.InspectionPeriod ||
				len(pr.Tiers) != 4 || len(pr.PaymentTokens) == 0 || pr.Panel.Quorum != int(devnet.Quorum) {
				return fmt.Errorf("%+v", pr)
			}
			return nil
		}},
		{"scores moved with outcomes", events("ScoreChanged", 5)},
		{"Mallory is blacklisted", func() error {
			var acc api.Account
			if err := d.get(ctx, "/v1/accounts/"+devnet.Address(d.mallory).Hex(), &acc); err != nil {
				return err
			}
			if !acc.Blacklisted || acc.BlacklistReason == nil {
				return fmt.Errorf("blacklisted %v", acc.Blacklisted)
			}
			return nil
		}},
		{"the auditor's CSV export holds every event", func() error {
			var st api.Status
			if err := d.get(ctx, "/v1/status", &st); err != nil {
				return err
			}
			records, err := d.csvRecords(ctx, fmt.Sprintf("/v1/events.csv?to_block=%d", st.IndexedBlock))
			if err != nil {
				return err
			}
			n := 0
			path := fmt.Sprintf("/v1/events?limit=500&to_block=%d", st.IndexedBlock)
			for {
				var p api.Page[api.Event]
				if err := d.get(ctx, path, &p); err != nil {
					return err
				}
				n += len(p.Items)
				if p.NextCursor == nil {
					break
				}
				path = fmt.Sprintf("/v1/events?limit=500&to_block=%d&cursor=%s", st.IndexedBlock, *p.NextCursor)
			}
			if records != n || n < 100 {
				return fmt.Errorf("%d CSV records, %d events listed", records, n)
			}
			return nil
		}},
	}
	checks = append(checks, d.iotChecks(ctx)...)
	checks = append(checks, d.discoveryChecks(ctx)...)
	checks = append(checks, d.collabChecks(ctx)...)
	checks = append(checks, d.dappChecks(ctx)...)
	fmt.Fprintln(d.out, "\nChecking through the REST API (DEMO_EXIT=1):")
	var missing []string
	for _, c := range checks {
		if err := c.f(); err != nil {
			fmt.Fprintf(d.out, "  ✗ %s: %v\n", c.what, err)
			missing = append(missing, c.what)
			continue
		}
		fmt.Fprintf(d.out, "  ✓ %s\n", c.what)
	}
	if len(missing) > 0 {
		return fmt.Errorf("%d of %d checks failed: %s", len(missing), len(checks), strings.Join(missing, "; "))
	}
	fmt.Fprintf(d.out, "all %d checks passed\n", len(checks))
	return nil
}

// sentByKeeper checks that the only event called name was emitted by a transaction the
// keeper process sent (the event does not name the caller: the transaction does).
func (d *demo) sentByKeeper(ctx context.Context, name string) error {
	var p api.Page[api.Event]
	if err := d.get(ctx, "/v1/events?name="+name+"&limit=2", &p); err != nil {
		return err
	}
	if len(p.Items) != 1 {
		return fmt.Errorf("%d %s events, want 1", len(p.Items), name)
	}
	tx, _, err := d.client.TransactionByHash(ctx, common.HexToHash(p.Items[0].TxHash))
	if err != nil {
		return err
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return err
	}
	if from != d.keeper.Address() {
		return fmt.Errorf("%s emitted by a transaction of %s, not the keeper %s", name, from.Hex(), d.keeper.Address().Hex())
	}
	return nil
}

// checkRewards checks that each side of the clean rental was paid the token's reward
// rate times the treasury's part of the rental's platform fees: the settlement's fee
// less what the platforms were paid.
func (d *demo) checkRewards(ctx context.Context, rental string) error {
	var r api.Rental
	if err := d.get(ctx, "/v1/rentals/"+rental, &r); err != nil {
		return err
	}
	if r.Settlement.V == nil {
		return errors.New("not settled")
	}
	treasury, ok := new(big.Int).SetString(r.Settlement.V.PlatformFee, 10)
	if !ok {
		return fmt.Errorf("platform fee %q", r.Settlement.V.PlatformFee)
	}
	var fees, rewards api.Page[api.Event]
	if err := d.get(ctx, "/v1/events?name=PlatformFeePaid&limit=500", &fees); err != nil {
		return err
	}
	if err := d.get(ctx, "/v1/events?name=RewardPaid&limit=500", &rewards); err != nil {
		return err
	}
	arg := func(e api.Event, name string) string {
		var args map[string]any
		if err := json.Unmarshal(e.Args, &args); err != nil {
			return ""
		}
		s, _ := args[name].(string)
		return s
	}
	platforms := 0
	for _, e := range fees.Items {
		if arg(e, "rentalId") == rental {
			amount, _ := new(big.Int).SetString(arg(e, "amount"), 10)
			treasury.Sub(treasury, amount)
			platforms++
		}
	}
	var pr api.Params
	if err := d.get(ctx, "/v1/params", &pr); err != nil {
		return err
	}
	rate := new(big.Int)
	for _, t := range pr.PaymentTokens {
		if t.Address == d.suite.PaymentToken.Hex() {
			rate.SetString(t.RewardRate, 10)
		}
	}
	want := new(big.Int).Mul(rate, treasury)
	paid := map[string]bool{}
	for _, e := range rewards.Items {
		if arg(e, "rentalId") != rental {
			continue
		}
		if got := arg(e, "amount"); got != want.String() {
			return fmt.Errorf("RewardPaid %s SHR wei to %s, want %s (rate %s × treasury fee %s)", got, arg(e, "account"), want, rate, treasury)
		}
		paid[arg(e, "account")] = true
	}
	if len(paid) != 2 || platforms == 0 || want.Sign() == 0 {
		return fmt.Errorf("%d sides rewarded, %d platform fees, reward %s", len(paid), platforms, want)
	}
	return nil
}

// status answers the HTTP status of GET path.
func (d *demo) status(ctx context.Context, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.apiURL+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// csvRecords counts the data records of a CSV export.
func (d *demo) csvRecords(ctx context.Context, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.apiURL+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("GET %s = %d", path, resp.StatusCode)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		return 0, err
	}
	if len(rows) == 0 || rows[0][0] != "block_number" {
		return 0, errors.New("no CSV header")
	}
	return len(rows) - 1, nil
}
