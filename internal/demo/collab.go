package demo

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// coOwned is the co-owned car of the collaboration chapter.
type coOwned struct {
	split  common.Address
	owners [2]common.Address // Alice (6 000 bps) and Oscar (4 000 bps)
	rental *big.Int
	payee  *big.Int // what the split received: the charged rent less its platform fee
}

// The car's co-owners' shares.
const aliceShareBps, oscarShareBps = 6000, 4000

// playCoOwnedCar: Alice and Oscar co-own the car. Alice creates their split with the
// SplitFactory (60/40) and makes it the car listing's payee; Dave rents the car for two
// hours and returns it at its end, so the escrow pays the charged rent (less the platform
// fee) to the split; each co-owner then pulls their share with Split.release.
func (d *demo) playCoOwnedCar(ctx context.Context) error {
	fmt.Fprintln(d.out)
	say := func(format string, args ...any) { fmt.Fprintf(d.out, "      %s\n", fmt.Sprintf(format, args...)) }
	s, sc := d.suite, d.scenario
	if s.SplitFactory == (common.Address{}) {
		return errors.New("the manifest names no SplitFactory")
	}
	alice, dave, oscar := sc.Actors.Providers[0], sc.Actors.Renters[1], devnet.DerivedKey("car co-owner oscar")
	if err := devnet.SetBalance(ctx, s.Client.Client(), devnet.Address(oscar), big.NewInt(1e18)); err != nil {
		return err
	}
	c := &coOwned{owners: [2]common.Address{devnet.Address(alice), devnet.Address(oscar)}}
	d.coOwned = c
	b := s.Bindings
	rc, err := s.Transact(ctx, alice, s.SplitFactory, b.SplitFactory.PackCreateSplit(c.owners[:], []uint16{aliceShareBps, oscarShareBps}))
	if err != nil {
		return fmt.Errorf("creating the car's split: %w", err)
	}
	for _, l := range rc.Logs {
		if ev, err := b.SplitFactory.UnpackSplitCreatedEvent(l); err == nil {
			c.split = ev.Split
		}
	}
	if c.split == (common.Address{}) {
		return errors.New("createSplit emitted no SplitCreated")
	}
	say("block %d: Alice creates the car's split with Oscar, 60/40 (SplitFactory): %s", rc.BlockNumber, c.split.Hex())

	listing := sc.Listings.Car
	l, err := bind.Call(s.Contracts.PledgeEscrow, &bind.CallOpts{Context: ctx}, b.PledgeEscrow.PackGetListing(listing), b.PledgeEscrow.UnpackGetListing)
	if err != nil {
		return err
	}
	terms := l.Terms
	terms.Payee = c.split
	if rc, err = s.Transact(ctx, alice, s.PledgeEscrow, b.PledgeEscrow.PackUpdateListing(listing, terms)); err != nil {
		return fmt.Errorf("making the split the car's payee: %w", err)
	}
	say("block %d: Alice makes the split the payee of the car's listing %s", rc.BlockNumber, listing)

	hash, err := bind.Call(s.Contracts.PledgeEscrow, &bind.CallOpts{Context: ctx}, b.PledgeEscrow.PackTermsHash(listing), b.PledgeEscrow.UnpackTermsHash)
	if err != nil {
		return err
	}
	const duration = 2 * 3600
	if rc, err = s.Transact(ctx, dave, s.PledgeEscrow, b.PledgeEscrow.PackRent(listing, 0, duration, hash, common.Address{})); err != nil {
		return fmt.Errorf("Dave renting the car: %w", err)
	}
	for _, lg := range rc.Logs {
		if ev, err := b.PledgeEscrow.UnpackRentedEvent(lg); err == nil {
			c.rental = ev.RentalId
		}
	}
	start, err := s.LatestTime(ctx)
	if err != nil {
		return err
	}
	say("block %d: Dave rents the co-owned car for 2 h (rental %s)", rc.BlockNumber, c.rental)
	// the return lands exactly at the end: two hours of rent, no late fee
	if err := devnet.IncreaseTime(ctx, s.Client.Client(), duration-120); err != nil {
		return err
	}
	if err := devnet.SetNextBlockTime(ctx, s.Client.Client(), start+duration); err != nil {
		return err
	}
	if rc, err = s.Transact(ctx, dave, s.PledgeEscrow, b.PledgeEscrow.PackEndRental(c.rental)); err != nil {
		return fmt.Errorf("Dave returning the car: %w", err)
	}
	for _, lg := range rc.Logs {
		if ev, err := b.PledgeEscrow.UnpackReturnedEvent(lg); err == nil {
			c.payee = new(big.Int).Sub(ev.RentCharged, ev.PlatformFee)
		}
	}
	if c.payee == nil {
		return errors.New("the car's return emitted no Returned")
	}
	say("block %d: Dave returns the car at its end: the split is paid %s tUSD, the rent less the platform fee", rc.BlockNumber, units(c.payee.String(), 6))
	for i, owner := range c.owners {
		key := alice
		if i == 1 {
			key = oscar
		}
		if rc, err = s.Transact(ctx, key, c.split, b.Split.PackRelease(s.PaymentToken, owner)); err != nil {
			return fmt.Errorf("the co-owner %s pulling their share: %w", owner.Hex(), err)
		}
		say("block %d: %s from the split", rc.BlockNumber, []string{"Alice pulls her 60 %", "Oscar pulls his 40 %"}[i])
	}
	fmt.Fprint(d.out, "      ")
	return nil
}

// collabChecks: the split's payouts through REST.
func (d *demo) collabChecks(ctx context.Context) []demoCheck {
	c := d.coOwned
	return []demoCheck{
		{"a co-owned car's income split 60/40 by its split contract, each co-owner's share pulled", func() error {
			var sp api.Split
			if err := d.get(ctx, "/v1/splits/"+c.split.Hex(), &sp); err != nil {
				return err
			}
			if len(sp.Accounts) != 2 {
				return fmt.Errorf("%d accounts, want 2", len(sp.Accounts))
			}
			tusd := d.suite.PaymentToken.Hex()
			for i, acc := range sp.Accounts {
				share := []int64{aliceShareBps, oscarShareBps}[i]
				want := new(big.Int).Div(new(big.Int).Mul(c.payee, big.NewInt(share)), big.NewInt(10_000)).String()
				if acc.Account != c.owners[i].Hex() || acc.ShareBps != int(share) {
					return fmt.Errorf("account %d: %s with %d bps, want %s with %d", i, acc.Account, acc.ShareBps, c.owners[i].Hex(), share)
				}
				if len(acc.Received) != 1 || acc.Received[0].Token != tusd || acc.Received[0].Amount != want {
					return fmt.Errorf("%s received %+v, want %s tUSD base units", acc.Account, acc.Received, want)
				}
				if len(acc.Released) != 1 || acc.Released[0].Amount != want {
					return fmt.Errorf("%s released %+v, want %s", acc.Account, acc.Released, want)
				}
			}
			return nil
		}},
	}
}
