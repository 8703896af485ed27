package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Actors are the accounts of the scenario: anvil's default keys and three derived ones.
type Actors struct {
	Deployer  *ecdsa.PrivateKey    // key 0: admin, governor, verifier, pauser and treasury
	Providers [2]*ecdsa.PrivateKey // keys 1–2: Alice and Bob, who share their things
	Renters   [3]*ecdsa.PrivateKey // keys 3–5: Carol, Dave and Erin
	Arbiters  [3]*ecdsa.PrivateKey // keys 6–8: Frank, Grace and Heidi
	Keeper    *ecdsa.PrivateKey    // key 9: relays signatures, collects defaults, executes rulings
	Device    *ecdsa.PrivateKey    // DerivedKey("device"): the IoT device bound to every asset
	Oracle    *ecdsa.PrivateKey    // DerivedKey("oracle"): the credit oracle
	Newcomer  *ecdsa.PrivateKey    // DerivedKey("newcomer"): receives an oracle baseline
}

// DevActors returns the scenario's accounts, with DevKey(0) as deployer.
func DevActors() Actors {
	return Actors{
		Deployer:  DevKey(0),
		Providers: [2]*ecdsa.PrivateKey{DevKey(1), DevKey(2)},
		Renters:   [3]*ecdsa.PrivateKey{DevKey(3), DevKey(4), DevKey(5)},
		Arbiters:  [3]*ecdsa.PrivateKey{DevKey(6), DevKey(7), DevKey(8)},
		Keeper:    DevKey(9),
		Device:    DerivedKey("device"),
		Oracle:    DerivedKey("oracle"),
		Newcomer:  DerivedKey("newcomer"),
	}
}

// Options returns the roles [Play] needs: the deployer verifies and governs, the oracle
// attests baselines and the three arbiters vote.
func (a Actors) Options() Options {
	return Options{
		Verifiers: []common.Address{Address(a.Deployer)},
		Governors: []common.Address{Address(a.Deployer)},
		Oracles:   []common.Address{Address(a.Oracle)},
		Arbiters:  []common.Address{Address(a.Arbiters[0]), Address(a.Arbiters[1]), Address(a.Arbiters[2])},
	}
}

// ScenarioAssets are the token ids of the four registered assets.
type ScenarioAssets struct {
	Bicycle, Car, Room, ChargingPile *big.Int
}

// ScenarioListings are the listing ids, named by what happened to them.
type ScenarioListings struct {
	Bicycle            *big.Int // updated once; pledge released; stays open
	Car                *big.Int // pledge released; stays open
	Room               *big.Int // its renter defaulted; delisted afterwards (pledge returned)
	ChargingPile       *big.Int // delisted at once (pledge returned)
	ChargingPileRelist *big.Int // misdescribed: pledge slashed to the renter; stays open
	RoomBlocklist      *big.Int // the room again, priced in the blocklist token; pledge released
}

// ScenarioRentals are the rental ids, named by how they ended.
type ScenarioRentals struct {
	OnTime       *big.Int // bicycle: confirmed, two usage reports, returned on time (rewards)
	Late         *big.Int // car, rented with a permit: returned late within the grace period
	Defaulted    *big.Int // room: never returned, default collected by the keeper
	Disputed     *big.Int // bicycle: the provider disputes, ruling 7000 bps for the provider
	Misdescribed *big.Int // charging pile: the renter disputes before confirming, ruling 0
	Credited     *big.Int // room in the blocklist token: the provider's payout is credited, then withdrawn
}

// ScenarioDisputes are the Arbitration dispute ids.
type ScenarioDisputes struct {
	Disputed, Misdescribed *big.Int
}

// Scenario is what [Play] did: the ids it created, the receipts of its transactions and
// a human-readable log of its steps.
type Scenario struct {
	Actors   Actors
	Assets   ScenarioAssets
	Listings ScenarioListings
	Rentals  ScenarioRentals
	Disputes ScenarioDisputes
	// BlocklistToken is the USDC-style test token (bUSD) whose blocklist makes a payout
	// fail; it is not part of the suite and is off the escrow's allowlist at the end.
	BlocklistToken common.Address
	Receipts       []*types.Receipt
	Steps          []string
}

// The scenario's amounts: tUSD and bUSD have 6 decimals, SHR 18.
func usd(n int64) *big.Int { return big.NewInt(n * 1_000_000) }

// centsUSD is n hundredths of a tUSD.
func centsUSD(n int64) *big.Int { return big.NewInt(n * 10_000) }

const (
	hour = uint64(3600)
	day  = 24 * hour
)

// player carries the state of one Play.
type player struct {
	ctx   context.Context
	s     *Suite
	b     Bindings
	a     Actors
	sc    *Scenario
	logf  func(format string, args ...any)
	names map[common.Address]string
	// collectDefault waits for someone else to collect the default; nil: the
	// scenario's keeper key sends collectDefault itself.
	collectDefault func(ctx context.Context, rentalID *big.Int) error
	// reportUsage sends a usage report through a device; nil: the scenario signs with
	// the device key and the keeper key relays.
	reportUsage func(ctx context.Context, rentalID, units *big.Int, damageBps uint16) error
}

// Play plays the scripted sharing-economy story on a freshly deployed suite, with the
// accounts of [DevActors] (the suite's deployer stands in for DevKey(0)), and makes the
// contracts emit every event type of INTERFACE.md §1. The suite must have been deployed
// with DevActors().Options(). Each step is logged through logf (which may be nil) and
// must succeed; anvil's automine keeps it fast, and time moves with [IncreaseTime].
//
// The story: four assets are registered, verified (once by role, three times by a
// relayed signature), fitted with a device; one changes content and one loses and
// regains its verification. Two providers pledge SHR and list them; one listing is
// updated, one delisted and relisted. Renters mint tUSD: one rents, confirms (pledge
// released), reports usage through the device and returns on time (rewards); one rents
// with an EIP-2612 permit and returns late; one never returns (default collected by the
// keeper), is blacklisted and forgiven. A provider disputes a rental (ruling 7000 bps),
// a renter disputes a misdescribed asset before confirming (ruling 0, pledge slashed).
// A rental in a blocklist token leaves the provider's payout credited, then withdrawn.
// Finally the oracle attests a newcomer's baseline and the governor re-sets a tier, a
// delta, the parameters, the payment allowlist and the panel, and pauses and unpauses.
func Play(ctx context.Context, s *Suite, logf func(format string, args ...any)) (*Scenario, error) {
	return PlayWith(ctx, s, PlayOptions{Logf: logf})
}

// PlayOptions change how [PlayWith] plays the story.
type PlayOptions struct {
	// Logf receives each step; nil discards them.
	Logf func(format string, args ...any)
	// CollectDefault, when set, replaces the scenario's own collectDefault call: Play
	// calls it once the room's rental is past its end and grace period, and it must
	// return once the default has been collected (by a keeper process, say).
	CollectDefault func(ctx context.Context, rentalID *big.Int) error
	// ReportUsage, when set, replaces the scenario's signing and relaying of the
	// bicycle's usage reports: it must sign with the device bound to the asset
	// (DevActors().Device) and have the report mined.
	ReportUsage func(ctx context.Context, rentalID, units *big.Int, damageBps uint16) error
}

// PlayWith is [Play] with options.
func PlayWith(ctx context.Context, s *Suite, opts PlayOptions) (*Scenario, error) {
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	a := DevActors()
	a.Deployer = s.Deployer
	p := &player{ctx: ctx, s: s, b: s.Bindings, a: a, sc: &Scenario{Actors: a}, logf: logf, collectDefault: opts.CollectDefault, reportUsage: opts.ReportUsage,
		names: map[common.Address]string{
			Address(a.Deployer):     "the deployer",
			Address(a.Providers[0]): "Alice",
			Address(a.Providers[1]): "Bob",
			Address(a.Renters[0]):   "Carol",
			Address(a.Renters[1]):   "Dave",
			Address(a.Renters[2]):   "Erin",
			Address(a.Arbiters[0]):  "arbiter Frank",
			Address(a.Arbiters[1]):  "arbiter Grace",
			Address(a.Arbiters[2]):  "arbiter Heidi",
			Address(a.Keeper):       "the keeper",
		}}
	for _, act := range []func() error{
		p.checkRoles,
		p.registerAssets,
		p.listAssets,
		p.onTimeRental,
		p.lateAndDefaultedRentals,
		p.disputes,
		p.blocklistRental,
		p.governance,
	} {
		if err := act(); err != nil {
			return p.sc, err
		}
	}
	return p.sc, nil
}

// name is how the log calls an actor.
func (p *player) name(key *ecdsa.PrivateKey) string {
	if n, ok := p.names[Address(key)]; ok {
		return n
	}
	return Address(key).Hex()
}

// step sends one transaction and logs it; desc says what it does.
func (p *player) step(key *ecdsa.PrivateKey, to common.Address, data []byte, desc string, args ...any) (*types.Receipt, error) {
	what := p.name(key) + " " + fmt.Sprintf(desc, args...)
	r, err := p.s.Transact(p.ctx, key, to, data)
	if r != nil {
		p.sc.Receipts = append(p.sc.Receipts, r)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	p.note("block %d: %s", r.BlockNumber, what)
	return r, nil
}

// note logs a line of the story.
func (p *player) note(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	p.sc.Steps = append(p.sc.Steps, line)
	p.logf("%s", line)
}

// wait moves the chain's clock forward.
func (p *player) wait(seconds uint64, why string) error {
	if err := IncreaseTime(p.ctx, p.s.Client.Client(), seconds); err != nil {
		return err
	}
	p.note("time passes: %s (+%d s)", why, seconds)
	return nil
}

// deadline is a signature deadline an hour from the chain's current time.
func (p *player) deadline() (*big.Int, error) {
	now, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetUint64(now + hour), nil
}

// eventIn returns the first log of r emitted by addr that unpack accepts.
func eventIn[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) (*T, error) {
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("transaction %s: %w", r.TxHash.Hex(), errEventMissing)
}

var errEventMissing = errors.New("expected event not emitted")

func (p *player) checkRoles() error {
	checks := []struct {
		contract common.Address
		pack     func([32]byte, common.Address) []byte
		unpack   func([]byte) (bool, error)
		role     common.Hash
		what     string
		account  common.Address
	}{
		{p.s.AssetRegistry, p.b.AssetRegistry.PackHasRole, p.b.AssetRegistry.UnpackHasRole, VerifierRole, "VERIFIER_ROLE", Address(p.a.Deployer)},
		{p.s.CreditRegistry, p.b.CreditRegistry.PackHasRole, p.b.CreditRegistry.UnpackHasRole, GovernorRole, "GOVERNOR_ROLE", Address(p.a.Deployer)},
		{p.s.CreditRegistry, p.b.CreditRegistry.PackHasRole, p.b.CreditRegistry.UnpackHasRole, CreditOracleRole, "CREDIT_ORACLE_ROLE", Address(p.a.Oracle)},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackHasRole, p.b.PledgeEscrow.UnpackHasRole, GovernorRole, "GOVERNOR_ROLE", Address(p.a.Deployer)},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackHasRole, p.b.PledgeEscrow.UnpackHasRole, PauserRole, "PAUSER_ROLE", Address(p.a.Deployer)},
		{p.s.Arbitration, p.b.Arbitration.PackHasRole, p.b.Arbitration.UnpackHasRole, GovernorRole, "GOVERNOR_ROLE", Address(p.a.Deployer)},
		{p.s.Arbitration, p.b.Arbitration.PackHasRole, p.b.Arbitration.UnpackHasRole, ArbiterRole, "ARBITER_ROLE", Address(p.a.Arbiters[0])},
		{p.s.Arbitration, p.b.Arbitration.PackHasRole, p.b.Arbitration.UnpackHasRole, ArbiterRole, "ARBITER_ROLE", Address(p.a.Arbiters[1])},
		{p.s.Arbitration, p.b.Arbitration.PackHasRole, p.b.Arbitration.UnpackHasRole, ArbiterRole, "ARBITER_ROLE", Address(p.a.Arbiters[2])},
	}
	for _, c := range checks {
		ok, err := view(p.ctx, p.s, c.contract, c.pack(c.role, c.account), c.unpack)
		if err != nil {
			return fmt.Errorf("checking %s of %s: %w", c.what, c.account.Hex(), err)
		}
		if !ok {
			return fmt.Errorf("%s lacks %s on %s: deploy with DevActors().Options(): %w",
				c.account.Hex(), c.what, c.contract.Hex(), errMissingRole)
		}
	}
	return nil
}

var errMissingRole = errors.New("missing role")

// asset is one registered thing.
type asset struct {
	owner *ecdsa.PrivateKey
	kind  string
	code  string // the standard code (serial number, VIN, land-registry id)
	doc   string // the metadata document; its keccak256 is the content hash
	uri   string
	id    *big.Int
}

func (x *asset) contentHash() [32]byte { return crypto.Keccak256Hash([]byte(x.doc)) }

func (p *player) registerAssets() error {
	alice, bob := p.a.Providers[0], p.a.Providers[1]
	assets := []*asset{
		{owner: alice, kind: "bicycle", code: "SN:BROMPTON-C-2024-000117",
			doc: `{"kind":"bicycle","model":"Brompton C Line","gears":6,"city":"Lyon"}`,
			uri: "ipfs://sharechain-devnet/bicycle-v1.json"},
		{owner: alice, kind: "car", code: "VIN:WVWZZZ1JZXW000001",
			doc: `{"kind":"car","model":"VW Golf","seats":5,"fuel":"petrol","city":"Lyon"}`,
			uri: "ipfs://sharechain-devnet/car-v1.json"},
		{owner: bob, kind: "room", code: "LR:69123-0042-0007",
			doc: `{"kind":"room","beds":1,"size_m2":14,"city":"Grenoble"}`,
			uri: "ipfs://sharechain-devnet/room-v1.json"},
		{owner: bob, kind: "charging pile", code: "EVSE:FR-SHR-E000042",
			doc: `{"kind":"charging pile","connector":"Type 2","power_kw":22,"city":"Grenoble"}`,
			uri: "ipfs://sharechain-devnet/charging-pile-v1.json"},
	}
	reg := p.s.AssetRegistry
	for _, x := range assets {
		r, err := p.step(x.owner, reg, p.b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte(x.code)), x.contentHash(), x.uri),
			"registers the %s (%s)", x.kind, x.code)
		if err != nil {
			return err
		}
		ev, err := eventIn(r, reg, p.b.AssetRegistry.UnpackAssetRegisteredEvent)
		if err != nil {
			return fmt.Errorf("registering the %s: %w", x.kind, err)
		}
		x.id = ev.TokenId
	}
	bike, car, room, pile := assets[0], assets[1], assets[2], assets[3]
	p.sc.Assets = ScenarioAssets{Bicycle: bike.id, Car: car.id, Room: room.id, ChargingPile: pile.id}

	now, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return err
	}
	validUntil := now + 365*day
	verifier := p.a.Deployer
	if _, err := p.step(verifier, reg, p.b.AssetRegistry.PackVerify(bike.id, validUntil),
		"verifies the bicycle (asset %s) by role", bike.id); err != nil {
		return err
	}
	bySig := func(x *asset) error {
		deadline, err := p.deadline()
		if err != nil {
			return err
		}
		sig := SignVerification(verifier, reg, p.s.ChainID, x.id, x.contentHash(), validUntil, deadline)
		_, err = p.step(p.a.Keeper, reg, p.b.AssetRegistry.PackVerifyBySig(x.id, validUntil, deadline, sig),
			"relays the verifier's signature for the %s (asset %s)", x.kind, x.id)
		return err
	}
	for _, x := range []*asset{car, room, pile} {
		if err := bySig(x); err != nil {
			return err
		}
	}
	for _, x := range assets {
		if _, err := p.step(x.owner, reg, p.b.AssetRegistry.PackBindDevice(x.id, Address(p.a.Device)),
			"binds device %s to the %s", Address(p.a.Device).Hex(), x.kind); err != nil {
			return err
		}
	}

	// the room gets a new description, which clears its verification: verified again.
	room.doc = `{"kind":"room","beds":2,"size_m2":18,"city":"Grenoble","renovated":2025}`
	room.uri = "ipfs://sharechain-devnet/room-v2.json"
	if _, err := p.step(bob, reg, p.b.AssetRegistry.PackUpdateContent(room.id, room.contentHash(), room.uri),
		"updates the room's description (asset %s), which clears its verification", room.id); err != nil {
		return err
	}
	if err := bySig(room); err != nil {
		return err
	}

	// the car's papers are questioned: verification revoked, then granted again.
	if _, err := p.step(verifier, reg, p.b.AssetRegistry.PackRevokeVerification(car.id, crypto.Keccak256Hash([]byte("registration papers expired"))),
		"revokes the car's verification (asset %s)", car.id); err != nil {
		return err
	}
	_, err = p.step(verifier, reg, p.b.AssetRegistry.PackVerify(car.id, validUntil),
		"verifies the car again after new papers (asset %s)", car.id)
	return err
}

// terms are a listing's terms.
type terms struct {
	pricePerHour, deposit, pricePerUnit *big.Int
	minDuration, maxDuration            uint64
}

func (p *player) list(provider *ecdsa.PrivateKey, tokenID *big.Int, token common.Address, t terms, what string) (*big.Int, error) {
	r, err := p.step(provider, p.s.PledgeEscrow,
		p.b.PledgeEscrow.PackList(tokenID, token, t.pricePerHour, t.deposit, t.minDuration, t.maxDuration, t.pricePerUnit),
		"lists the %s (asset %s), pledging SHR", what, tokenID)
	if err != nil {
		return nil, err
	}
	ev, err := eventIn(r, p.s.PledgeEscrow, p.b.PledgeEscrow.UnpackListedEvent)
	if err != nil {
		return nil, fmt.Errorf("listing the %s: %w", what, err)
	}
	p.note("  → listing %s", ev.ListingId)
	return ev.ListingId, nil
}

func (p *player) listAssets() error {
	esc, shrToken := p.s.PledgeEscrow, p.s.RewardToken
	for _, provider := range p.a.Providers {
		if _, err := p.step(p.a.Deployer, shrToken, p.b.RewardToken.PackTransfer(Address(provider), shr(1000)),
			"sends 1000 SHR to %s for pledges", p.name(provider)); err != nil {
			return err
		}
		if _, err := p.step(provider, shrToken, p.b.RewardToken.PackApprove(esc, math.MaxBig256),
			"lets the escrow pull SHR pledges"); err != nil {
			return err
		}
	}
	alice, bob := p.a.Providers[0], p.a.Providers[1]
	tusd := p.s.PaymentToken
	as := p.sc.Assets
	var err error
	l := &p.sc.Listings
	if l.Bicycle, err = p.list(alice, as.Bicycle, tusd, terms{usd(2), usd(50), centsUSD(10), hour, 7 * day}, "bicycle"); err != nil {
		return err
	}
	if l.Car, err = p.list(alice, as.Car, tusd, terms{usd(15), usd(500), centsUSD(20), hour, 7 * day}, "car"); err != nil {
		return err
	}
	if l.Room, err = p.list(bob, as.Room, tusd, terms{usd(10), usd(200), big.NewInt(0), 2 * hour, 30 * day}, "room"); err != nil {
		return err
	}
	if l.ChargingPile, err = p.list(bob, as.ChargingPile, tusd, terms{usd(1), usd(20), centsUSD(30), hour / 2, day}, "charging pile"); err != nil {
		return err
	}
	if _, err := p.step(alice, esc, p.b.PledgeEscrow.PackUpdateListing(l.Bicycle, usd(3), usd(60), hour, 7*day, centsUSD(10)),
		"raises the bicycle's price to 3 tUSD/h and deposit to 60 tUSD (listing %s)", l.Bicycle); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackDelist(l.ChargingPile),
		"delists the charging pile (listing %s) and gets the pledge back", l.ChargingPile); err != nil {
		return err
	}
	l.ChargingPileRelist, err = p.list(bob, as.ChargingPile, tusd, terms{usd(1), usd(25), centsUSD(30), hour / 2, day}, "charging pile again")
	return err
}

// rent rents listing for duration and returns the rental id.
func (p *player) rent(renter *ecdsa.PrivateKey, listing *big.Int, duration uint64, what string) (*big.Int, error) {
	r, err := p.step(renter, p.s.PledgeEscrow, p.b.PledgeEscrow.PackRent(listing, duration),
		"rents the %s (listing %s) for %d h", what, listing, duration/hour)
	if err != nil {
		return nil, err
	}
	return p.rentalOf(r, what)
}

func (p *player) rentalOf(r *types.Receipt, what string) (*big.Int, error) {
	ev, err := eventIn(r, p.s.PledgeEscrow, p.b.PledgeEscrow.UnpackRentedEvent)
	if err != nil {
		return nil, fmt.Errorf("renting the %s: %w", what, err)
	}
	p.note("  → rental %s: %s base units of rent and %s of deposit paid", ev.RentalId, ev.Rent, ev.Deposit)
	return ev.RentalId, nil
}

func (p *player) onTimeRental() error {
	esc, tusd := p.s.PledgeEscrow, p.s.PaymentToken
	for i, renter := range p.a.Renters {
		if _, err := p.step(renter, tusd, p.b.PaymentToken.PackMint(Address(renter), usd(10_000)),
			"mints 10 000 tUSD"); err != nil {
			return err
		}
		if i == 1 {
			continue // Dave pays with a permit instead.
		}
		if _, err := p.step(renter, tusd, p.b.PaymentToken.PackApprove(esc, math.MaxBig256),
			"lets the escrow pull tUSD"); err != nil {
			return err
		}
	}

	carol := p.a.Renters[0]
	id, err := p.rent(carol, p.sc.Listings.Bicycle, 2*hour, "bicycle")
	if err != nil {
		return err
	}
	p.sc.Rentals.OnTime = id
	if _, err := p.step(carol, esc, p.b.PledgeEscrow.PackConfirmAsset(id),
		"confirms the bicycle is as described (rental %s): Alice's pledge is released", id); err != nil {
		return err
	}
	for nonce, km := range []int64{5, 7} {
		units := big.NewInt(km)
		if p.reportUsage != nil {
			p.note("the bicycle's device reports usage #%d: %d km, no damage (rental %s)", nonce+1, km, id)
			if err := p.reportUsage(p.ctx, id, units, 0); err != nil {
				return fmt.Errorf("the device's report #%d: %w", nonce+1, err)
			}
			continue
		}
		sig := SignUsageReport(p.a.Device, esc, p.s.ChainID, id, units, 0, uint64(nonce+1))
		if _, err := p.step(p.a.Keeper, esc, p.b.PledgeEscrow.PackReportUsage(id, units, 0, uint64(nonce+1), sig),
			"relays the bicycle's usage report #%d: %d km, no damage (rental %s)", nonce+1, km, id); err != nil {
			return err
		}
	}
	_, err = p.step(carol, esc, p.b.PledgeEscrow.PackEndRental(id),
		"returns the bicycle on time (rental %s): both sides earn SHR", id)
	return err
}

func (p *player) lateAndDefaultedRentals() error {
	esc, tusd := p.s.PledgeEscrow, p.s.PaymentToken
	dave, erin := p.a.Renters[1], p.a.Renters[2]

	nonce, err := view(p.ctx, p.s, tusd, p.b.PaymentToken.PackNonces(Address(dave)), p.b.PaymentToken.UnpackNonces)
	if err != nil {
		return fmt.Errorf("reading Dave's permit nonce: %w", err)
	}
	deadline, err := p.deadline()
	if err != nil {
		return err
	}
	value := usd(1000)
	v, r, s := SignPermit(dave, tusd, p.s.ChainID, esc, value, nonce, deadline)
	rc, err := p.step(dave, esc, p.b.PledgeEscrow.PackRentWithPermit(p.sc.Listings.Car, 2*hour, value, deadline, v, r, s),
		"rents the car (listing %s) for 2 h with an EIP-2612 permit, no approve", p.sc.Listings.Car)
	if err != nil {
		return err
	}
	if p.sc.Rentals.Late, err = p.rentalOf(rc, "car"); err != nil {
		return err
	}
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackConfirmAsset(p.sc.Rentals.Late),
		"confirms the car (rental %s): Alice's pledge is released", p.sc.Rentals.Late); err != nil {
		return err
	}
	if p.sc.Rentals.Defaulted, err = p.rent(erin, p.sc.Listings.Room, 3*hour, "room"); err != nil {
		return err
	}

	if err := p.wait(3*hour, "the car is an hour late"); err != nil {
		return err
	}
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackEndRental(p.sc.Rentals.Late),
		"returns the car late, within the grace period (rental %s): a late fee", p.sc.Rentals.Late); err != nil {
		return err
	}
	if err := p.wait(GracePeriod+4*hour, "the room's rental is past its end and grace period"); err != nil {
		return err
	}
	if p.collectDefault != nil {
		p.note("waits for the keeper to collect the default of the room (rental %s)", p.sc.Rentals.Defaulted)
		if err := p.collectDefault(p.ctx, p.sc.Rentals.Defaulted); err != nil {
			return fmt.Errorf("waiting for the default of rental %s: %w", p.sc.Rentals.Defaulted, err)
		}
	} else if _, err := p.step(p.a.Keeper, esc, p.b.PledgeEscrow.PackCollectDefault(p.sc.Rentals.Defaulted),
		"collects the default of the room (rental %s): Bob gets the deposit", p.sc.Rentals.Defaulted); err != nil {
		return err
	}

	credit := p.s.CreditRegistry
	if _, err := p.step(p.a.Deployer, credit, p.b.CreditRegistry.PackBlacklist(Address(erin), crypto.Keccak256Hash([]byte("never returned the room"))),
		"blacklists Erin"); err != nil {
		return err
	}
	_, err = p.step(p.a.Deployer, credit, p.b.CreditRegistry.PackUnblacklist(Address(erin)),
		"lifts Erin's blacklisting after a settlement off chain")
	return err
}

// dispute opens a dispute on rental, has both parties submit evidence, the three
// arbiters vote votes, and the keeper execute the ruling. It returns the dispute id.
func (p *player) dispute(opener, other *ecdsa.PrivateKey, rental *big.Int, claim string, votes [3]uint16) (*big.Int, error) {
	r, err := p.step(opener, p.s.PledgeEscrow, p.b.PledgeEscrow.PackOpenDispute(rental, crypto.Keccak256Hash([]byte(claim))),
		"opens a dispute on rental %s: %q", rental, claim)
	if err != nil {
		return nil, err
	}
	ev, err := eventIn(r, p.s.PledgeEscrow, p.b.PledgeEscrow.UnpackDisputeOpenedEvent)
	if err != nil {
		return nil, fmt.Errorf("opening a dispute on rental %s: %w", rental, err)
	}
	id := ev.DisputeId
	p.note("  → dispute %s", id)
	arb := p.s.Arbitration
	for i, party := range []*ecdsa.PrivateKey{opener, other} {
		uri := fmt.Sprintf("ipfs://sharechain-devnet/dispute-%s/evidence-%d.json", id, i+1)
		if _, err := p.step(party, arb, p.b.Arbitration.PackSubmitEvidence(id, uri),
			"submits evidence %s (dispute %s)", uri, id); err != nil {
			return nil, err
		}
	}
	for i, arbiter := range p.a.Arbiters {
		if _, err := p.step(arbiter, arb, p.b.Arbitration.PackVote(id, votes[i]),
			"votes %d bps for the provider (dispute %s)", votes[i], id); err != nil {
			return nil, err
		}
	}
	if _, err := p.step(p.a.Keeper, arb, p.b.Arbitration.PackExecute(id),
		"executes the ruling of dispute %s", id); err != nil {
		return nil, err
	}
	return id, nil
}

func (p *player) disputes() error {
	esc, tusd := p.s.PledgeEscrow, p.s.PaymentToken
	alice, bob := p.a.Providers[0], p.a.Providers[1]
	carol, dave := p.a.Renters[0], p.a.Renters[1]

	if _, err := p.step(dave, tusd, p.b.PaymentToken.PackApprove(esc, math.MaxBig256),
		"lets the escrow pull tUSD"); err != nil {
		return err
	}
	id, err := p.rent(dave, p.sc.Listings.Bicycle, 4*hour, "bicycle")
	if err != nil {
		return err
	}
	p.sc.Rentals.Disputed = id
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackConfirmAsset(id), "confirms the bicycle (rental %s)", id); err != nil {
		return err
	}
	if p.sc.Disputes.Disputed, err = p.dispute(alice, dave, id, "the frame came back scratched", [3]uint16{6000, 7000, 8000}); err != nil {
		return err
	}

	if p.sc.Rentals.Misdescribed, err = p.rent(carol, p.sc.Listings.ChargingPileRelist, 2*hour, "charging pile"); err != nil {
		return err
	}
	p.sc.Disputes.Misdescribed, err = p.dispute(carol, bob, p.sc.Rentals.Misdescribed,
		"the pile delivers 7 kW, not the 22 kW described", [3]uint16{0, 0, 0})
	return err
}

func (p *player) blocklistRental() error {
	esc := p.s.PledgeEscrow
	bob, carol, gov := p.a.Providers[1], p.a.Renters[0], p.a.Deployer

	tok, code, err := newBlocklistToken()
	if err != nil {
		return err
	}
	args, err := tok.abi.Pack("", "Blocklist USD", "bUSD")
	if err != nil {
		return fmt.Errorf("packing the blocklist token's constructor: %w", err)
	}
	r, err := p.s.send(p.ctx, gov, nil, append(code, args...))
	if err != nil {
		return fmt.Errorf("deploying the blocklist token: %w", err)
	}
	p.sc.Receipts = append(p.sc.Receipts, r)
	bUSD := r.ContractAddress
	p.sc.BlocklistToken = bUSD
	p.note("block %d: the deployer deploys bUSD, a USDC-style token with a blocklist, at %s", r.BlockNumber, bUSD.Hex())
	if _, err := p.step(gov, esc, p.b.PledgeEscrow.PackSetPaymentToken(bUSD, true), "allowlists bUSD"); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackDelist(p.sc.Listings.Room),
		"delists the room (listing %s), its still-locked pledge returned", p.sc.Listings.Room); err != nil {
		return err
	}
	if p.sc.Listings.RoomBlocklist, err = p.list(bob, p.sc.Assets.Room, bUSD,
		terms{usd(10), usd(200), big.NewInt(0), hour, 30 * day}, "room for bUSD"); err != nil {
		return err
	}

	calls := []struct {
		key    *ecdsa.PrivateKey
		method string
		args   []any
		desc   string
	}{
		{carol, "mint", []any{Address(carol), usd(1000)}, "mints 1000 bUSD"},
		{carol, "approve", []any{esc, math.MaxBig256}, "lets the escrow pull bUSD"},
	}
	for _, c := range calls {
		data, err := tok.pack(c.method, c.args...)
		if err != nil {
			return err
		}
		if _, err := p.step(c.key, bUSD, data, "%s", c.desc); err != nil {
			return err
		}
	}
	id, err := p.rent(carol, p.sc.Listings.RoomBlocklist, hour, "room")
	if err != nil {
		return err
	}
	p.sc.Rentals.Credited = id
	if _, err := p.step(carol, esc, p.b.PledgeEscrow.PackConfirmAsset(id),
		"confirms the room (rental %s): Bob's pledge is released", id); err != nil {
		return err
	}
	block := func(on bool) error {
		data, err := tok.pack("setBlocked", Address(bob), on)
		if err != nil {
			return err
		}
		what := "has the bUSD issuer block Bob's account"
		if !on {
			what = "has the bUSD issuer unblock Bob's account"
		}
		_, err = p.step(gov, bUSD, data, "%s", what)
		return err
	}
	if err := block(true); err != nil {
		return err
	}
	if _, err := p.step(carol, esc, p.b.PledgeEscrow.PackEndRental(id),
		"returns the room on time (rental %s): Bob's payout cannot be pushed and is credited", id); err != nil {
		return err
	}
	if err := block(false); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackWithdraw(bUSD), "withdraws the credited bUSD"); err != nil {
		return err
	}
	_, err = p.step(gov, esc, p.b.PledgeEscrow.PackSetPaymentToken(bUSD, false), "takes bUSD off the allowlist")
	return err
}

func (p *player) governance() error {
	newcomer := Address(p.a.Newcomer)
	deadline, err := p.deadline()
	if err != nil {
		return err
	}
	const baseline = 750
	sig := SignBaseline(p.a.Oracle, p.s.CreditRegistry, p.s.ChainID, newcomer, baseline, deadline)
	if _, err := p.step(p.a.Keeper, p.s.CreditRegistry, p.b.CreditRegistry.PackAttestBaseline(newcomer, baseline, deadline, sig),
		"relays the oracle's baseline of %d for newcomer %s", baseline, newcomer.Hex()); err != nil {
		return err
	}

	gov := p.a.Deployer
	t3 := DefaultTiers()[3]
	d := DefaultDeltas()
	params := DefaultParams(p.s.Treasury())
	calls := []struct {
		to   common.Address
		data []byte
		desc string
	}{
		{p.s.CreditRegistry, p.b.CreditRegistry.PackSetTier(3, t3.MinScore, t3.MaxActiveRentals, t3.DepositBps, t3.PledgeBps), "re-sets tier 3 to its default terms"},
		{p.s.CreditRegistry, p.b.CreditRegistry.PackSetOutcomeDelta(6, d[6]), "re-sets the AssetConfirmed delta to its default"},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackSetParams(params.PlatformFeeBps, params.GracePeriod, params.LateFeeBps,
			params.RewardPerRental, params.BasePledge, params.Treasury), "re-sets the escrow parameters to the defaults"},
		{p.s.Arbitration, p.b.Arbitration.PackSetPanel(Quorum, VotingPeriod), "re-sets the arbiter panel to the defaults"},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackPause(), "pauses new listings and rentals"},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackUnpause(), "unpauses the escrow"},
	}
	for _, c := range calls {
		if _, err := p.step(gov, c.to, c.data, "%s", c.desc); err != nil {
			return err
		}
	}
	return nil
}
