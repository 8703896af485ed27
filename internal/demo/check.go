package demo

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// check verifies through the REST API that every step of the demo is visible, printing
// each check; it fails naming what is missing.
func (d *demo) check(ctx context.Context) error {
	sc := d.scenario
	a := sc.Actors
	type check struct {
		what string
		f    func() error
	}
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
		{"the car rented with an EIP-2612 permit and returned late", rental(sc.Rentals.Late.String(), func(x api.Rental) error {
			if x.Status != "settled" || x.Settlement.V == nil || x.Settlement.V.LateFee == "0" {
				return fmt.Errorf("status %s, settlement %+v", x.Status, x.Settlement.V)
			}
			return nil
		})},
		{"the device's usage reports counted, the rental settled with a refund", rental(sc.Rentals.OnTime.String(), func(x api.Rental) error {
			if x.Status != "settled" || !x.Confirmed || len(x.UsageReports) != 2 || x.Settlement.V == nil || x.Settlement.V.UsageFee == "0" ||
				x.Settlement.V.Refund == "0" {
				return fmt.Errorf("status %s, confirmed %v, %d reports, settlement %+v", x.Status, x.Confirmed, len(x.UsageReports), x.Settlement.V)
			}
			if x.UsageReports[0].Device != devnet.Address(a.Device).Hex() {
				return fmt.Errorf("report signed by %s, want the device %s", x.UsageReports[0].Device, devnet.Address(a.Device).Hex())
			}
			return nil
		})},
		{"rewards paid for a clean rental", func() error {
			var acc api.Account
			if err := d.get(ctx, "/v1/accounts/"+devnet.Address(a.Renters[0]).Hex(), &acc); err != nil {
				return err
			}
			if acc.RewardsEarned == "0" {
				return errors.New("Carol earned no reward")
			}
			return nil
		}},
		{"the keeper process collected the room's default", rental(sc.Rentals.Defaulted.String(), func(x api.Rental) error {
			if x.Status != "defaulted" {
				return fmt.Errorf("status %s", x.Status)
			}
			var p api.Page[api.Event]
			if err := d.get(ctx, "/v1/events?name=RentalDefaulted&limit=1", &p); err != nil {
				return err
			}
			if len(p.Items) != 1 {
				return errors.New("no RentalDefaulted event")
			}
			// the event does not name the caller: the transaction does
			tx, _, err := d.client.TransactionByHash(ctx, common.HexToHash(p.Items[0].TxHash))
			if err != nil {
				return err
			}
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil {
				return err
			}
			if from != d.keeper.Address() {
				return fmt.Errorf("collectDefault sent by %s, not the keeper %s", from.Hex(), d.keeper.Address().Hex())
			}
			return nil
		})},
		{"a dispute with evidence and three votes, ruled 7000 bps", func() error {
			var x api.Dispute
			if err := d.get(ctx, "/v1/disputes/"+sc.Disputes.Disputed.String(), &x); err != nil {
				return err
			}
			if x.Status != "resolved" || len(x.Evidence) == 0 || len(x.Votes) != 3 || x.RulingBps == nil || *x.RulingBps != 7000 {
				return fmt.Errorf("status %s, %d evidence, %d votes, ruling %v", x.Status, len(x.Evidence), len(x.Votes), x.RulingBps)
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
