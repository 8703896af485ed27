package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/telemetry"
)

// Actors are the accounts of the scenario: anvil's default keys and derived ones.
type Actors struct {
	Deployer  *ecdsa.PrivateKey    // key 0: admin, governor, verifier, pauser and treasury
	Providers [2]*ecdsa.PrivateKey // keys 1–2: Alice and Bob, who share their things
	Renters   [3]*ecdsa.PrivateKey // keys 3–5: Carol, Dave and Erin
	Arbiters  [3]*ecdsa.PrivateKey // keys 6–8: Frank, Grace and Heidi
	Keeper    *ecdsa.PrivateKey    // key 9: relays signatures, releases deposits, collects no-shows and defaults, executes rulings
	Device    *ecdsa.PrivateKey    // DerivedKey("device"): the IoT device fitted to every asset
	Oracle    *ecdsa.PrivateKey    // DerivedKey("oracle"): the credit oracle
	Newcomer  *ecdsa.PrivateKey    // DerivedKey("newcomer"): receives an oracle baseline
	Squatter  *ecdsa.PrivateKey    // DerivedKey("mallory"): registers a VIN that is not hers
	// Platforms are two frontends the governor registers: CityRide brings the bicycle's
	// listing, TripHub brings Carol; they only receive fees.
	Platforms [2]*ecdsa.PrivateKey // DerivedKey("platform cityride"), DerivedKey("platform triphub")
	CoOwners  *ecdsa.PrivateKey    // DerivedKey("room co-owners"): the payee of Bob's room
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
		Squatter:  DerivedKey("mallory"),
		Platforms: [2]*ecdsa.PrivateKey{DerivedKey("platform cityride"), DerivedKey("platform triphub")},
		CoOwners:  DerivedKey("room co-owners"),
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

// PlatformShares are the shares the governor registers the two platforms with.
var PlatformShares = [2]uint16{4000, 2000}

// ScenarioAssets are the token ids of the registered assets.
type ScenarioAssets struct {
	Bicycle, Car, Room, ChargingPile *big.Int
	// Squatted is the token Mallory registered with the car's VIN, revoked by the
	// verifier before Alice registered the car.
	Squatted *big.Int
}

// ScenarioListings are the listing ids, named by what happened to them.
type ScenarioListings struct {
	Bicycle            *big.Int // brought by CityRide; updated once; pledge released; stays open
	Car                *big.Int // pledge released; stays open
	Room               *big.Int // payee: the co-owners; a late cancellation and a default; closed, then delisted (pledge returned)
	ChargingPile       *big.Int // delisted at once (pledge returned)
	ChargingPileRelist *big.Int // a no-show; misdescribed: pledge slashed to the renter; stays open
	RoomBlocklist      *big.Int // the room again, priced in the blocklist token; pledge released
}

// ScenarioRentals are the rental ids, named by how they ended.
type ScenarioRentals struct {
	OnTime       *big.Int // bicycle, Carol via TripHub: confirmed, two usage reports, returned on time, released after inspection (rewards, platform fees)
	Late         *big.Int // car, booked a day ahead by Dave with a permit, checked in, returned late within the grace period
	Cancelled    *big.Int // room, booked by Erin and cancelled late: the cancellation fee goes to the co-owners
	NoShow       *big.Int // charging pile, booked by Carol who never came: charged as a no-show
	Defaulted    *big.Int // room: Erin never returned it; default collected
	Disputed     *big.Int // bicycle, Dave: a device damage report in inspection, disputed by Dave, ruling 4000 bps
	Misdescribed *big.Int // charging pile: Carol disputes before confirming, ruling 0 (pledge slashed)
	Credited     *big.Int // room in the blocklist token: Bob's payout is credited, then withdrawn
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

// Duty is a call anyone may make once it is due, which the keeper process makes.
type Duty string

// The keeper's duties.
const (
	DutyRelease Duty = "releaseDeposit"
	DutyNoShow  Duty = "collectNoShow"
	DutyDefault Duty = "collectDefault"
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
	// await waits for someone else to make a due call; nil: the scenario's keeper key
	// makes it.
	await func(ctx context.Context, duty Duty, rentalID *big.Int) error
	// reportUsage sends a usage report through a device; nil: the scenario signs with
	// the device key and the keeper key relays.
	reportUsage func(ctx context.Context, rentalID, units *big.Int, damageBps uint16) error
	nonces      map[string]uint64 // the last usage report nonce per rental
	noAnchor    bool              // a telemetry service anchors; the scenario does not
}

// Play plays the scripted sharing-economy story on a freshly deployed suite, with the
// accounts of [DevActors] (the suite's deployer stands in for DevKey(0)), and makes the
// contracts emit every event type of INTERFACE.md §1. The suite must have been deployed
// with DevActors().Options(). Each step is logged through logf (which may be nil) and
// must succeed; anvil's automine keeps it fast, and time moves with [IncreaseTime].
//
// The story (protocol v2): Mallory registers the car's VIN first; the verifier revokes
// her never-verified registration and Alice registers the car. Four assets are fitted
// with a device and verified (once by role, three times by a relayed signature naming
// the device and the verification nonce); one changes content and one loses and
// regains its verification. The governor registers two platforms. Alice and Bob pledge
// SHR and list; the bicycle is brought by CityRide, the room's income goes to its
// co-owners. Carol, brought by TripHub, rents the bicycle at once, confirms it (pledge
// released), rides with two device reports and returns it on time; after the
// inspection the keeper releases her deposit and both sides earn SHR in proportion to
// the treasury's fee. Dave books the car a day ahead with an EIP-2612 permit, checks in
// and returns late. Erin books the room and cancels late (a fee for the co-owners);
// Carol books the charging pile and never comes (a no-show); Erin rents the room and
// never returns (a default), is blacklisted and forgiven. Dave returns the bicycle, its
// device reports damage during the inspection and Dave disputes: the panel rules 4000
// bps. Carol disputes a misdescribed charging pile before confirming (ruling 0, pledge
// slashed). A rental in a blocklist token leaves Bob's payout credited, then withdrawn.
// Then the oracle attests a newcomer's baseline and the governor re-sets a tier, a
// delta, the pair cooldown, the parameters, a reward rate, the panel, and pauses and
// unpauses. Finally the telemetry service anchors the root of three signed readings of the
// bicycle's device as epoch 1.
func Play(ctx context.Context, s *Suite, logf func(format string, args ...any)) (*Scenario, error) {
	return PlayWith(ctx, s, PlayOptions{Logf: logf})
}

// PlayOptions change how [PlayWith] plays the story.
type PlayOptions struct {
	// Logf receives each step; nil discards them.
	Logf func(format string, args ...any)
	// Await, when set, replaces the scenario's own releaseDeposit, collectNoShow and
	// collectDefault calls: Play calls it once the call is due (the chain's clock is past
	// the inspection, the booking's end, or the end and grace period), and it must
	// return once the call has been made (by a keeper process, say).
	Await func(ctx context.Context, duty Duty, rentalID *big.Int) error
	// ReportUsage, when set, replaces the scenario's signing and relaying of the
	// bicycle's usage reports: it must sign with the device bound to the asset
	// (DevActors().Device) and have the report mined.
	ReportUsage func(ctx context.Context, rentalID, units *big.Int, damageBps uint16) error
	// TelemetryService, when set, leaves anchoring to a running `sharechain telemetry`:
	// the scenario anchors no epoch of its own, whose root would not be the service's.
	TelemetryService bool
}

// PlayWith is [Play] with options.
func PlayWith(ctx context.Context, s *Suite, opts PlayOptions) (*Scenario, error) {
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	a := DevActors()
	a.Deployer = s.Deployer
	p := &player{ctx: ctx, s: s, b: s.Bindings, a: a, sc: &Scenario{Actors: a}, logf: logf, await: opts.Await,
		reportUsage: opts.ReportUsage, nonces: map[string]uint64{}, noAnchor: opts.TelemetryService,
		names: actorNames(a)}
	for _, act := range []func() error{
		p.checkRoles,
		p.registerAssets,
		p.listAssets,
		p.onTimeRental,
		p.bookings,
		p.defaultedRental,
		p.disputes,
		p.blocklistRental,
		p.governance,
		p.anchorTelemetry,
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
	doc   string // the metadata document; its sha256 is the content hash (INTERFACE.md §5)
	uri   string // ipfs://<the document's CID>, when empty
	id    *big.Int
}

func (x *asset) contentHash() [32]byte { return sha256.Sum256([]byte(x.doc)) }

// uriOf is x's uri: the ipfs:// URI of its document unless set.
func (x *asset) uriOf() string {
	if x.uri != "" {
		return x.uri
	}
	return "ipfs://" + CID(x.doc)
}

// CID is the IPFS name of a metadata document as INTERFACE.md §5 pins it: CIDv1, raw
// codec, sha2-256, in base32 ("b…", what `ipfs add --cid-version 1 --raw-leaves` prints
// for a document of one block). Its digest is the document's content hash.
func CID(doc string) string {
	h := sha256.Sum256([]byte(doc))
	raw := append([]byte{0x01, 0x55, 0x12, 0x20}, h[:]...) // version 1, raw, sha2-256, 32 bytes
	return "b" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw))
}

// The metadata documents the scenario registers, each at ipfs://<its CID>.
const (
	BicycleDoc      = `{"kind":"bicycle","title":"Brompton C Line","location":{"lat":45.764,"lon":4.8357},"gears":6}`
	CarDoc          = `{"kind":"car","title":"VW Golf","location":{"lat":45.7597,"lon":4.8422},"seats":5,"fuel":"petrol"}`
	RoomDoc         = `{"kind":"room","title":"Room by the Isere","location":{"lat":45.1885,"lon":5.7245},"beds":1,"size_m2":14}`
	RoomDocV2       = `{"kind":"room","title":"Renovated room by the Isere","location":{"lat":45.1885,"lon":5.7245},"beds":2,"size_m2":18}`
	ChargingPileDoc = `{"kind":"charging_pile","title":"22 kW Type 2","location":{"lat":45.1878,"lon":5.7357},"power_kw":22}`
	squatterDoc     = `{"kind":"car","title":"my car"}`
)

// Documents returns the metadata documents of the scenario and the IoT chapter by CID,
// for a local IPFS gateway to serve at /ipfs/<cid> (the demo's, with
// METADATA_ALLOW_PRIVATE=1).
func Documents() map[string]string {
	out := map[string]string{}
	for _, d := range []string{BicycleDoc, CarDoc, RoomDoc, RoomDocV2, ChargingPileDoc, squatterDoc, EBikeDoc} {
		out[CID(d)] = d
	}
	return out
}

// register registers x for key (x.owner when key is nil) and returns the token id.
func (p *player) register(key *ecdsa.PrivateKey, x *asset) (*big.Int, error) {
	reg := p.s.AssetRegistry
	r, err := p.step(key, reg, p.b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte(x.code)), x.contentHash(), x.uriOf()),
		"registers the %s (%s)", x.kind, x.code)
	if err != nil {
		return nil, err
	}
	ev, err := eventIn(r, reg, p.b.AssetRegistry.UnpackAssetRegisteredEvent)
	if err != nil {
		return nil, fmt.Errorf("registering the %s: %w", x.kind, err)
	}
	return ev.TokenId, nil
}

func (p *player) registerAssets() error {
	alice, bob, verifier := p.a.Providers[0], p.a.Providers[1], p.a.Deployer
	assets := []*asset{
		{owner: alice, kind: "bicycle", code: "SN:BROMPTON-C-2024-000117", doc: BicycleDoc},
		{owner: alice, kind: "car", code: "VIN:WVWZZZ1JZXW000001", doc: CarDoc},
		{owner: bob, kind: "room", code: "LR:69123-0042-0007", doc: RoomDoc},
		{owner: bob, kind: "charging pile", code: "EVSE:FR-SHR-E000042", doc: ChargingPileDoc},
	}
	bike, car, room, pile := assets[0], assets[1], assets[2], assets[3]
	reg := p.s.AssetRegistry

	// Mallory registers the car's VIN before Alice does; the verifier, who never
	// verified it, revokes her registration, which frees the code.
	if err := SetBalance(p.ctx, p.s.Client.Client(), Address(p.a.Squatter), new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1))); err != nil {
		return err
	}
	squat := &asset{kind: "car she does not own", code: car.code, doc: squatterDoc}
	squatted, err := p.register(p.a.Squatter, squat)
	if err != nil {
		return err
	}
	p.sc.Assets.Squatted = squatted
	if _, err := p.step(verifier, reg, p.b.AssetRegistry.PackRevokeRegistration(squatted, crypto.Keccak256Hash([]byte("VIN registered by someone else"))),
		"revokes Mallory's never-verified registration of the car's VIN (asset %s): the code is free", squatted); err != nil {
		return err
	}

	for _, x := range assets {
		if x.id, err = p.register(x.owner, x); err != nil {
			return err
		}
	}
	p.sc.Assets.Bicycle, p.sc.Assets.Car, p.sc.Assets.Room, p.sc.Assets.ChargingPile = bike.id, car.id, room.id, pile.id

	// the device first: a verification covers the device bound when it is made.
	for _, x := range assets {
		if _, err := p.step(x.owner, reg, p.b.AssetRegistry.PackBindDevice(x.id, Address(p.a.Device)),
			"binds device %s to the %s", Address(p.a.Device).Hex(), x.kind); err != nil {
			return err
		}
	}
	now, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return err
	}
	validUntil := now + 365*day
	if _, err := p.step(verifier, reg, p.b.AssetRegistry.PackVerify(bike.id, validUntil),
		"verifies the bicycle and its device (asset %s) by role", bike.id); err != nil {
		return err
	}
	bySig := func(x *asset) error {
		deadline, err := p.deadline()
		if err != nil {
			return err
		}
		nonce, err := view(p.ctx, p.s, reg, p.b.AssetRegistry.PackVerificationNonce(x.id), p.b.AssetRegistry.UnpackVerificationNonce)
		if err != nil {
			return fmt.Errorf("reading the verification nonce of the %s: %w", x.kind, err)
		}
		sig := SignVerification(verifier, reg, p.s.ChainID, Verification{TokenID: x.id, ContentHash: x.contentHash(),
			Device: Address(p.a.Device), ValidUntil: validUntil, Nonce: nonce, Deadline: deadline})
		_, err = p.step(p.a.Keeper, reg, p.b.AssetRegistry.PackVerifyBySig(x.id, validUntil, nonce, deadline, sig),
			"relays the verifier's signature for the %s (asset %s, nonce %s)", x.kind, x.id, nonce)
		return err
	}
	for _, x := range []*asset{car, room, pile} {
		if err := bySig(x); err != nil {
			return err
		}
	}

	// the room gets a new description, which clears its verification: verified again.
	room.doc = RoomDocV2
	if _, err := p.step(bob, reg, p.b.AssetRegistry.PackUpdateContent(room.id, room.contentHash(), room.uriOf()),
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

// terms are a listing's terms as the escrow takes them.
type terms = pledgeescrow.IPledgeEscrowTerms

func (p *player) list(provider *ecdsa.PrivateKey, tokenID *big.Int, token common.Address, t terms, what string) (*big.Int, error) {
	r, err := p.step(provider, p.s.PledgeEscrow, p.b.PledgeEscrow.PackList(tokenID, token, t),
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
	esc, shrToken, gov := p.s.PledgeEscrow, p.s.RewardToken, p.a.Deployer
	for i, pf := range p.a.Platforms {
		if _, err := p.step(gov, esc, p.b.PledgeEscrow.PackSetPlatform(Address(pf), PlatformShares[i]),
			"registers platform %s with a share of %d bps", p.name(pf), PlatformShares[i]); err != nil {
			return err
		}
	}
	for _, provider := range p.a.Providers {
		if _, err := p.step(gov, shrToken, p.b.RewardToken.PackTransfer(Address(provider), shr(1000)),
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
	none := common.Address{}
	var err error
	l := &p.sc.Listings
	bike := terms{PricePerHour: usd(2), Deposit: usd(50), MinDuration: hour, MaxDuration: 7 * day, PricePerUnit: centsUSD(10),
		CancelFeeBps: 1000, FreeCancelBefore: 2 * hour, Payee: none, Platform: Address(p.a.Platforms[0])}
	if l.Bicycle, err = p.list(alice, as.Bicycle, tusd, bike, "bicycle, through CityRide"); err != nil {
		return err
	}
	if l.Car, err = p.list(alice, as.Car, tusd, terms{PricePerHour: usd(15), Deposit: usd(500), MinDuration: hour, MaxDuration: 7 * day,
		PricePerUnit: centsUSD(20), CancelFeeBps: 2000, FreeCancelBefore: day}, "car"); err != nil {
		return err
	}
	if l.Room, err = p.list(bob, as.Room, tusd, terms{PricePerHour: usd(10), Deposit: usd(200), MinDuration: 2 * hour, MaxDuration: 30 * day,
		PricePerUnit: big.NewInt(0), CancelFeeBps: 3000, FreeCancelBefore: day, Payee: Address(p.a.CoOwners)},
		"room, its income paid to its co-owners"); err != nil {
		return err
	}
	if l.ChargingPile, err = p.list(bob, as.ChargingPile, tusd, terms{PricePerHour: usd(1), Deposit: usd(20), MinDuration: hour,
		MaxDuration: day, PricePerUnit: centsUSD(30)}, "charging pile"); err != nil {
		return err
	}
	bike.PricePerHour, bike.Deposit = usd(3), usd(60)
	if _, err := p.step(alice, esc, p.b.PledgeEscrow.PackUpdateListing(l.Bicycle, bike),
		"raises the bicycle's price to 3 tUSD/h and deposit to 60 tUSD (listing %s)", l.Bicycle); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackDelist(l.ChargingPile),
		"delists the charging pile (listing %s) and gets the pledge back", l.ChargingPile); err != nil {
		return err
	}
	l.ChargingPileRelist, err = p.list(bob, as.ChargingPile, tusd, terms{PricePerHour: usd(1), Deposit: usd(25), MinDuration: hour,
		MaxDuration: day, PricePerUnit: centsUSD(30), CancelFeeBps: 5000, FreeCancelBefore: 6 * hour}, "charging pile again")
	return err
}

// termsHash reads the hash of listing's terms and device, as a dApp shows the renter
// before it signs rent.
func (p *player) termsHash(listing *big.Int) ([32]byte, error) {
	h, err := view(p.ctx, p.s, p.s.PledgeEscrow, p.b.PledgeEscrow.PackTermsHash(listing), p.b.PledgeEscrow.UnpackTermsHash)
	if err != nil {
		return h, fmt.Errorf("reading the terms hash of listing %s: %w", listing, err)
	}
	return h, nil
}

// rent rents listing from start (0: now) for duration through platform and returns the
// rental id.
func (p *player) rent(renter *ecdsa.PrivateKey, listing *big.Int, start, duration uint64, platform common.Address, what string) (*big.Int, error) {
	h, err := p.termsHash(listing)
	if err != nil {
		return nil, err
	}
	how := "rents"
	if start != 0 {
		how = "books"
	}
	r, err := p.step(renter, p.s.PledgeEscrow, p.b.PledgeEscrow.PackRent(listing, start, duration, h, platform),
		"%s the %s (listing %s) for %d h", how, what, listing, duration/hour)
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
	p.note("  → rental %s: %s base units of rent and %s of deposit paid, slot %d–%d", ev.RentalId, ev.Rent, ev.Deposit, ev.Start, ev.End)
	return ev.RentalId, nil
}

// due has the keeper make duty on rental once it is due: the keeper process through
// await, or the scenario's keeper key.
func (p *player) due(duty Duty, rental *big.Int, what string) error {
	if p.await != nil {
		p.note("waits for the keeper to %s: %s (rental %s)", duty, what, rental)
		if err := p.await(p.ctx, duty, rental); err != nil {
			return fmt.Errorf("waiting for %s of rental %s: %w", duty, rental, err)
		}
		return nil
	}
	var data []byte
	switch duty {
	case DutyRelease:
		data = p.b.PledgeEscrow.PackReleaseDeposit(rental)
	case DutyNoShow:
		data = p.b.PledgeEscrow.PackCollectNoShow(rental)
	default:
		data = p.b.PledgeEscrow.PackCollectDefault(rental)
	}
	_, err := p.step(p.a.Keeper, p.s.PledgeEscrow, data, "calls %s: %s (rental %s)", duty, what, rental)
	return err
}

// report has the asset's device report usage on rental: units since the last report and
// damage found now.
func (p *player) report(rental *big.Int, units int64, damageBps uint16, what string) error {
	p.nonces[rental.String()]++
	nonce := p.nonces[rental.String()]
	u := big.NewInt(units)
	if p.reportUsage != nil {
		p.note("the device reports %s: %d units, %d bps of damage (rental %s)", what, units, damageBps, rental)
		if err := p.reportUsage(p.ctx, rental, u, damageBps); err != nil {
			return fmt.Errorf("the device's report on rental %s: %w", rental, err)
		}
		return nil
	}
	sig := SignUsageReport(p.a.Device, p.s.PledgeEscrow, p.s.ChainID, rental, u, damageBps, nonce)
	_, err := p.step(p.a.Keeper, p.s.PledgeEscrow, p.b.PledgeEscrow.PackReportUsage(rental, u, damageBps, nonce, sig),
		"relays the device's report %s: %d units, %d bps of damage (rental %s, nonce %d)", what, units, damageBps, rental, nonce)
	return err
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
	id, err := p.rent(carol, p.sc.Listings.Bicycle, 0, 2*hour, Address(p.a.Platforms[1]), "bicycle, through TripHub")
	if err != nil {
		return err
	}
	p.sc.Rentals.OnTime = id
	if _, err := p.step(carol, esc, p.b.PledgeEscrow.PackConfirmAsset(id),
		"confirms the bicycle is as described (rental %s): Alice's pledge is released", id); err != nil {
		return err
	}
	for i, km := range []int64{5, 7} {
		if err := p.report(id, km, 0, fmt.Sprintf("#%d of the ride, in km", i+1)); err != nil {
			return err
		}
	}
	if _, err := p.step(carol, esc, p.b.PledgeEscrow.PackEndRental(id),
		"returns the bicycle on time (rental %s): the rent is settled, the deposit held for inspection", id); err != nil {
		return err
	}
	if err := p.wait(InspectionPeriod+60, "the bicycle's inspection ends"); err != nil {
		return err
	}
	return p.due(DutyRelease, id, "the bicycle's deposit back to Carol, rewards to both sides")
}

// bookings: a booking a day ahead checked in and returned late, a late cancellation, a
// no-show.
func (p *player) bookings() error {
	esc, tusd := p.s.PledgeEscrow, p.s.PaymentToken
	carol, dave, erin := p.a.Renters[0], p.a.Renters[1], p.a.Renters[2]
	now, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return err
	}

	// Dave books the car for tomorrow with a permit, no approve.
	nonce, err := view(p.ctx, p.s, tusd, p.b.PaymentToken.PackNonces(Address(dave)), p.b.PaymentToken.UnpackNonces)
	if err != nil {
		return fmt.Errorf("reading Dave's permit nonce: %w", err)
	}
	deadline, err := p.deadline()
	if err != nil {
		return err
	}
	h, err := p.termsHash(p.sc.Listings.Car)
	if err != nil {
		return err
	}
	value := usd(2000)
	carStart := now + day
	v, r, s := SignPermit(dave, tusd, p.s.ChainID, esc, value, nonce, deadline)
	rc, err := p.step(dave, esc, p.b.PledgeEscrow.PackRentWithPermit(p.sc.Listings.Car, carStart, 2*hour, h, common.Address{},
		value, deadline, v, r, s), "books the car (listing %s) for tomorrow, 2 h, with an EIP-2612 permit", p.sc.Listings.Car)
	if err != nil {
		return err
	}
	if p.sc.Rentals.Late, err = p.rentalOf(rc, "car"); err != nil {
		return err
	}

	// Erin books the room for the day after tomorrow, and Carol the charging pile for
	// tomorrow evening.
	if p.sc.Rentals.Cancelled, err = p.rent(erin, p.sc.Listings.Room, now+2*day, 24*hour, common.Address{}, "room"); err != nil {
		return err
	}
	if p.sc.Rentals.NoShow, err = p.rent(carol, p.sc.Listings.ChargingPileRelist, now+day+6*hour, 2*hour, common.Address{}, "charging pile"); err != nil {
		return err
	}

	if err := p.wait(day+60, "the car's booking starts"); err != nil {
		return err
	}
	late := p.sc.Rentals.Late
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackCheckIn(late),
		"checks in: picks up the car (rental %s)", late); err != nil {
		return err
	}
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackConfirmAsset(late),
		"confirms the car (rental %s): Alice's pledge is released", late); err != nil {
		return err
	}
	if err := p.wait(3*hour, "the car is an hour late"); err != nil {
		return err
	}
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackEndRental(late),
		"returns the car late, within the grace period (rental %s): a late fee is due at release", late); err != nil {
		return err
	}

	// 12 hours before the room's start: inside the free-cancellation day.
	if err := p.wait(day-3*hour-60-12*hour, "Erin's plans change"); err != nil {
		return err
	}
	if _, err := p.step(erin, esc, p.b.PledgeEscrow.PackCancel(p.sc.Rentals.Cancelled),
		"cancels the room 12 h before the start (rental %s): 30 %% of the rent goes to the co-owners", p.sc.Rentals.Cancelled); err != nil {
		return err
	}
	if err := p.due(DutyRelease, late, "the car's deposit less the late fee back to Dave"); err != nil {
		return err
	}

	// the charging pile's slot passed without Carol.
	if err := p.wait(60, "Carol never came for the charging pile"); err != nil {
		return err
	}
	return p.due(DutyNoShow, p.sc.Rentals.NoShow, "the charging pile's rent charged, its deposit back to Carol")
}

func (p *player) defaultedRental() error {
	erin := p.a.Renters[2]
	var err error
	if p.sc.Rentals.Defaulted, err = p.rent(erin, p.sc.Listings.Room, 0, 3*hour, common.Address{}, "room"); err != nil {
		return err
	}
	if err := p.wait(3*hour+GracePeriod+60, "the room's rental is past its end and grace period"); err != nil {
		return err
	}
	if err := p.due(DutyDefault, p.sc.Rentals.Defaulted, "the room's deposit to its co-owners"); err != nil {
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
	id, err := p.rent(dave, p.sc.Listings.Bicycle, 0, 4*hour, common.Address{}, "bicycle")
	if err != nil {
		return err
	}
	p.sc.Rentals.Disputed = id
	rented, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return err
	}
	if err := p.wait(3*hour-60, "Dave rides"); err != nil {
		return err
	}
	// the return lands exactly three hours after the rent, so the rent charged for an
	// early return does not depend on how many wall-clock seconds the steps took.
	if err := SetNextBlockTime(p.ctx, p.s.Client.Client(), rented+3*hour); err != nil {
		return err
	}
	if _, err := p.step(dave, esc, p.b.PledgeEscrow.PackEndRental(id),
		"returns the bicycle early (rental %s): the deposit is held for inspection", id); err != nil {
		return err
	}
	if err := p.report(id, 31, 2500, "found at the dock: a bent wheel"); err != nil {
		return err
	}
	if p.sc.Disputes.Disputed, err = p.dispute(dave, alice, id, "the wheel was bent before my ride", [3]uint16{3000, 4000, 5000}); err != nil {
		return err
	}

	if p.sc.Rentals.Misdescribed, err = p.rent(carol, p.sc.Listings.ChargingPileRelist, 0, 2*hour, common.Address{}, "charging pile"); err != nil {
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
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackCloseListing(p.sc.Listings.Room),
		"closes the room's listing (listing %s): no new rentals", p.sc.Listings.Room); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackDelist(p.sc.Listings.Room),
		"delists the room (listing %s), its still-locked pledge returned", p.sc.Listings.Room); err != nil {
		return err
	}
	if p.sc.Listings.RoomBlocklist, err = p.list(bob, p.sc.Assets.Room, bUSD,
		terms{PricePerHour: usd(10), Deposit: usd(200), MinDuration: hour, MaxDuration: 30 * day, PricePerUnit: big.NewInt(0)},
		"room for bUSD"); err != nil {
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
	id, err := p.rent(carol, p.sc.Listings.RoomBlocklist, 0, hour, common.Address{}, "room")
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
		"returns the room on time (rental %s): Bob's rent cannot be pushed and is credited", id); err != nil {
		return err
	}
	if err := block(false); err != nil {
		return err
	}
	if _, err := p.step(bob, esc, p.b.PledgeEscrow.PackWithdraw(bUSD), "withdraws the credited bUSD"); err != nil {
		return err
	}
	if err := p.wait(InspectionPeriod+60, "the room's inspection ends"); err != nil {
		return err
	}
	if err := p.due(DutyRelease, id, "the room's bUSD deposit back to Carol"); err != nil {
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
	calls := []struct {
		to   common.Address
		data []byte
		desc string
	}{
		{p.s.CreditRegistry, p.b.CreditRegistry.PackSetTier(3, t3.MinScore, t3.MaxActiveRentals, t3.DepositBps, t3.PledgeBps), "re-sets tier 3 to its default terms"},
		{p.s.CreditRegistry, p.b.CreditRegistry.PackSetOutcomeDelta(6, d[6]), "re-sets the AssetConfirmed delta to its default"},
		{p.s.CreditRegistry, p.b.CreditRegistry.PackSetPairCooldown(PairCooldown), "re-sets the pair cooldown to its default"},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackSetParams(DefaultParams(p.s.Treasury())), "re-sets the escrow parameters to the defaults"},
		{p.s.PledgeEscrow, p.b.PledgeEscrow.PackSetRewardRate(p.s.PaymentToken, TUSDRewardRate()), "re-sets tUSD's reward rate to its default"},
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

// anchorTelemetry anchors epoch 1: the StandardMerkleTree root of three odometer readings
// of the bicycle's device, as `sharechain telemetry` would after storing them (the
// deployer holds ANCHOR_ROLE on a devnet).
func (p *player) anchorTelemetry() error {
	if p.s.TelemetryAnchor == (common.Address{}) || p.noAnchor {
		return nil // a suite from before release 2, or the telemetry service anchors
	}
	now, err := p.s.LatestTime(p.ctx)
	if err != nil {
		return err
	}
	leaves := make([]common.Hash, 3)
	for i := range leaves {
		r := telemetry.Reading{TokenID: p.sc.Assets.Bicycle, Device: Address(p.a.Device), Seq: uint64(i + 1),
			Time: now - 600 + uint64(i)*300, Kind: telemetry.MustKind(telemetry.Odometer), Value: big.NewInt(int64(12_000 + 4_000*i))}
		leaves[i] = r.Leaf()
	}
	tree, err := telemetry.BuildTree(leaves)
	if err != nil {
		return err
	}
	_, err = p.step(p.a.Deployer, p.s.TelemetryAnchor, p.b.TelemetryAnchor.PackAnchor(1, tree.Root(), 3, now-600, now),
		"anchors telemetry epoch 1: the root of three odometer readings of the bicycle's device")
	return err
}

// actorNames is how the log calls the actors.
func actorNames(a Actors) map[common.Address]string {
	return map[common.Address]string{
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
		Address(a.Squatter):     "Mallory",
		Address(a.Platforms[0]): "CityRide",
		Address(a.Platforms[1]): "TripHub",
		Address(a.CoOwners):     "the room's co-owners",
	}
}
