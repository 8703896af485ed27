package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// EBike is the IoT chapter's asset: a city e-bike fitted with its own tracker and smart
// lock (one device key), verified with it, listed by Alice through CityRide and rented
// by Carol from now for two hours.
type EBike struct {
	TokenID *big.Int
	Listing *big.Int
	Rental  *big.Int
	Device  *ecdsa.PrivateKey // DerivedKey("e-bike tracker")
	Start   uint64            // the rental's start: its rent block's time
	End     uint64
}

// EBikeDoc is the e-bike's metadata document: its sha256 is the e-bike's content hash,
// and it is registered at ipfs://<its CID>.
const EBikeDoc = `{"kind":"bicycle","title":"City e-bike with GPS tracker and smart lock","location":{"lat":45.764,"lon":4.8357}}`

// PlayEBike plays the start of the IoT chapter on a suite that [PlayWith] played as sc:
// Alice registers the e-bike and fits its device, the verifier verifies both, Alice lists
// it through CityRide and Carol rents it at once for two hours. The device then streams
// the ride, locks the bike and signs the return: the caller's part (`make demo` runs the
// telemetry service and the device simulator for it).
func PlayEBike(ctx context.Context, s *Suite, sc *Scenario, logf func(format string, args ...any)) (*EBike, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	a := sc.Actors
	a.Deployer = s.Deployer
	p := &player{ctx: ctx, s: s, b: s.Bindings, a: a, sc: &Scenario{Actors: a}, logf: logf, nonces: map[string]uint64{},
		names: actorNames(a)}
	bike := &EBike{Device: DerivedKey("e-bike tracker")}
	p.names[Address(bike.Device)] = "the e-bike's tracker"
	alice, carol := a.Providers[0], a.Renters[0]
	x := &asset{owner: alice, kind: "city e-bike", code: "SN:VANMOOF-S5-2025-004411", doc: EBikeDoc}
	var err error
	if bike.TokenID, err = p.register(alice, x); err != nil {
		return nil, err
	}
	if _, err := p.step(alice, s.AssetRegistry, p.b.AssetRegistry.PackBindDevice(bike.TokenID, Address(bike.Device)),
		"fits the e-bike (asset %s) with its tracker and smart lock, device %s", bike.TokenID, Address(bike.Device).Hex()); err != nil {
		return nil, err
	}
	now, err := s.LatestTime(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := p.step(s.Deployer, s.AssetRegistry, p.b.AssetRegistry.PackVerify(bike.TokenID, now+365*day),
		"verifies the e-bike and its device (asset %s)", bike.TokenID); err != nil {
		return nil, err
	}
	t := terms{PricePerHour: usd(4), Deposit: usd(80), MinDuration: hour, MaxDuration: day, PricePerUnit: big.NewInt(0),
		CancelFeeBps: 1000, FreeCancelBefore: hour, Payee: common.Address{}, Platform: Address(a.Platforms[0])}
	if bike.Listing, err = p.list(alice, bike.TokenID, s.PaymentToken, t, "e-bike, through CityRide"); err != nil {
		return nil, err
	}
	if bike.Rental, err = p.rent(carol, bike.Listing, 0, 2*hour, common.Address{}, "e-bike"); err != nil {
		return nil, err
	}
	if bike.Start, err = s.LatestTime(ctx); err != nil {
		return nil, err
	}
	bike.End = bike.Start + 2*hour
	// the device relays its own return: it needs gas money
	if err := SetBalance(ctx, s.Client.Client(), Address(bike.Device), big.NewInt(1e18)); err != nil {
		return nil, fmt.Errorf("funding the e-bike's device: %w", err)
	}
	return bike, nil
}
