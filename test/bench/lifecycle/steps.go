package main

// This file is the one place that says what the lifecycle chain is made of: the steps
// (one transaction each), how a rental goes (its fate) and how often each happens. The
// generator (sim.go) only schedules what these tables say. The chain follows protocol v2
// (INTERFACE.md): rentals start now or are booked ahead and checked in, bookings are
// cancelled (free or late, or by the provider) or missed, a return starts an inspection
// whose deposit the keeper (or the provider, when there is nothing to inspect) releases,
// listings name payees and platforms, and squatted asset codes are freed.

import "time"

// step is one kind of lifecycle transaction.
type step int

const (
	stepFundSHR            step = iota // the deployer sends a provider SHR for its pledges
	stepApproveSHR                     // a provider approves the escrow for its pledges
	stepFundUSD                        // a renter mints tUSD (not followed: PaymentToken)
	stepApproveUSD                     // a renter approves the escrow for tUSD (not followed)
	stepSetPlatform                    // the governor registers a platform and its share
	stepSetRewardRate                  // the governor sets tUSD's reward rate
	stepSquat                          // a squatter registers someone else's asset code
	stepRevokeRegistration             // a verifier revokes the squatted registration
	stepRegister                       // a provider registers an asset
	stepBindDevice                     // the provider binds the asset's IoT device
	stepVerify                         // a verifier verifies it, device included (VERIFIER_ROLE)
	stepVerifyBySig                    // the provider relays a verifier's EIP-712 signature
	stepList                           // the provider lists it, pledging SHR
	stepUpdateListing                  // the provider changes the price
	stepCloseListing                   // the provider closes a listing whose last rental is in inspection
	stepDelist                         // the provider takes a listing down
	stepRent                           // a renter rents now (checked in at once)
	stepBook                           // a renter books a slot ahead
	stepCheckIn                        // the renter of a booking checks in at its start
	stepCancel                         // a booking is cancelled, by its renter or its provider
	stepCollectNoShow                  // the keeper charges a booking never checked in
	stepConfirm                        // the renter confirms the asset is as described
	stepReport                         // a relayer sends a device-signed usage report
	stepReturn                         // the renter returns (endRental): rent settled, inspection starts
	stepRelease                        // the deposit is released after inspection (keeper) or waived early (provider)
	stepCollectDefault                 // the keeper collects a default after the grace period
	stepOpenDispute                    // a party opens a dispute with an evidence hash
	stepEvidence                       // a party submits evidence
	stepVote                           // an arbiter votes
	stepExecute                        // the keeper executes the ruling
	stepTransferSHR                    // a renter passes earned SHR on
	stepBlacklist                      // the governor blacklists a defaulter
	stepUnblacklist                    // and forgives it later
	stepCount
)

// stepInfo describes a step: its name in reports, the gas limit its transactions carry
// (the block's gas budget counts these; each is well above what the step uses, and a step
// that pays leaves the 150 000 gas v2's escrow demands before each push), and the
// logs of the followed contracts a transaction of it emits (documentation; the generator
// counts the real logs).
var stepInfo = [stepCount]struct {
	name   string
	gas    uint64
	events string
}{
	stepFundSHR:            {"fund SHR", 100_000, "Transfer"},
	stepApproveSHR:         {"approve SHR", 100_000, "Approval"},
	stepFundUSD:            {"mint tUSD", 100_000, "(none followed)"},
	stepApproveUSD:         {"approve tUSD", 100_000, "(none followed)"},
	stepSetPlatform:        {"set platform", 100_000, "PlatformSet"},
	stepSetRewardRate:      {"set reward rate", 100_000, "RewardRateSet"},
	stepSquat:              {"squat an asset code", 400_000, "Transfer, AssetRegistered"},
	stepRevokeRegistration: {"revoke registration", 150_000, "Transfer (burn), RegistrationRevoked"},
	stepRegister:           {"register", 400_000, "Transfer, AssetRegistered"},
	stepBindDevice:         {"bind device", 150_000, "DeviceBound"},
	stepVerify:             {"verify", 150_000, "AssetVerified"},
	stepVerifyBySig:        {"verify by signature", 200_000, "AssetVerified"},
	stepList:               {"list", 450_000, "Listed, PledgeLocked, SHR Transfer"},
	stepUpdateListing:      {"update listing", 200_000, "ListingUpdated"},
	stepCloseListing:       {"close listing", 100_000, "ListingClosed"},
	stepDelist:             {"delist", 400_000, "Delisted, PledgeReturned + SHR Transfer when still locked"},
	stepRent:               {"rent now", 450_000, "Rented, CheckedIn, LockSet (first open rental), UpdateUser"},
	stepBook:               {"book ahead", 450_000, "Rented, LockSet (first open rental)"},
	stepCheckIn:            {"check in", 200_000, "CheckedIn, UpdateUser"},
	stepCancel:             {"cancel", 600_000, "Cancelled, LockSet (last open rental) (+ PlatformFeePaid; + OutcomeRecorded, ScoreChanged by the provider)"},
	stepCollectNoShow:      {"collect no-show", 600_000, "NoShow, LockSet, OutcomeRecorded, ScoreChanged (+ PlatformFeePaid)"},
	stepConfirm:            {"confirm", 500_000, "AssetConfirmed (+ PledgeReleased, OutcomeRecorded, ScoreChanged, SHR Transfer on a listing's first)"},
	stepReport:             {"usage report", 150_000, "UsageReported (+ InspectionExtended after the return)"},
	stepReturn:             {"return", 600_000, "Returned, UpdateUser (+ PlatformFeePaid)"},
	stepRelease:            {"release deposit", 800_000, "RentalSettled, LockSet, OutcomeRecorded, ScoreChanged (+ 2 × RewardPaid + SHR Transfer when clean; + PlatformFeePaid; + a second outcome when damaged)"},
	stepCollectDefault:     {"collect default", 600_000, "RentalDefaulted, OutcomeRecorded, ScoreChanged, UpdateUser, LockSet (+ PlatformFeePaid)"},
	stepOpenDispute:        {"open dispute", 400_000, "DisputeCreated, DisputeOpened"},
	stepEvidence:           {"evidence", 100_000, "Evidence"},
	stepVote:               {"vote", 150_000, "Voted"},
	stepExecute:            {"execute ruling", 900_000, "Ruling, DisputeResolved, RentalSettled, 2 × (OutcomeRecorded, ScoreChanged), UpdateUser, LockSet (+ PledgeSlashed, SHR Transfer; + PlatformFeePaid)"},
	stepTransferSHR:        {"transfer SHR", 100_000, "Transfer"},
	stepBlacklist:          {"blacklist", 100_000, "Blacklisted"},
	stepUnblacklist:        {"unblacklist", 100_000, "Unblacklisted"},
}

// fate is how a rental goes after `rent`: its share of rentals (weight, out of the sum
// of all weights) and what the renter, the provider, the devices and the keeper do.
type fate struct {
	name     string
	weight   int
	booking  bookingKind // how a booked rental ends before use (the usage fates: checked in)
	end      ending
	damaged  bool // a usage report carries damage (no rewards; a damage score hit)
	dispute  disputeKind
	confirms bool // the renter confirms the asset (else it never does)
}

type bookingKind int

const (
	used           bookingKind = iota // rented now, or booked and checked in at its start (rates.booked)
	cancelFree                        // booked; the renter cancels before the free-cancellation window closes
	cancelLate                        // booked; the renter cancels inside the window: a share of the rent is kept
	cancelProvider                    // booked; the provider cancels: full refund, a score hit for the provider
	noShow                            // booked; never checked in: the keeper charges the rent after its end
)

type ending int

const (
	endOnTime  ending = iota // the renter returns before the end
	endLate                  // the renter returns within the grace period
	endDefault               // never returned: the keeper collects after the grace period
	endRuling                // a dispute's ruling settles it
	endBooking               // a booking that never starts: cancelled or a no-show
)

type disputeKind int

const (
	noDispute          disputeKind = iota
	disputedByProvider             // after confirmation, over wear: arbiters give the provider most
	misdescribed                   // the renter, before confirming: arbiters give the provider nothing
	inspectionDamage               // returned on time; the device reports damage during the inspection; the renter disputes it
)

// fates are the rentals of a busy sharing platform: most go well, a tenth come back
// late, one in twenty-five is never returned, about one in ten ends in a dispute, and a
// fifth of the bookings made ahead are cancelled or missed.
var fates = []fate{
	{name: "returned on time, confirmed", weight: 590, end: endOnTime, confirms: true},
	{name: "returned on time, never confirmed", weight: 55, end: endOnTime},
	{name: "returned on time, damaged", weight: 35, end: endOnTime, confirms: true, damaged: true},
	{name: "returned late", weight: 100, end: endLate, confirms: true},
	{name: "defaulted (never returned)", weight: 40, end: endDefault, confirms: true},
	{name: "disputed by the provider", weight: 45, end: endRuling, confirms: true, dispute: disputedByProvider},
	{name: "disputed by the renter as misdescribed", weight: 30, end: endRuling, dispute: misdescribed},
	{name: "damage found in inspection, disputed by the renter", weight: 25, end: endRuling, confirms: true, dispute: inspectionDamage},
	{name: "booked, cancelled free by the renter", weight: 40, booking: cancelFree, end: endBooking},
	{name: "booked, cancelled late by the renter (fee)", weight: 15, booking: cancelLate, end: endBooking},
	{name: "booked, cancelled by the provider", weight: 8, booking: cancelProvider, end: endBooking},
	{name: "booked, no-show", weight: 17, booking: noShow, end: endBooking},
}

// rates are the per-rental and per-asset probabilities and counts besides the fate.
var rates = struct {
	reportsMin, reportsMax int     // device-signed usage reports during a rental (uniform)
	verifyBySig            float64 // share of verifications relayed from a signature
	device                 float64 // share of assets that get an IoT device (reports need one)
	squatted               float64 // share of assets whose code a squatter registers first (revoked, then registered by the owner)
	payee                  float64 // share of listings whose income goes to a payee (a co-owner), not the provider
	listingPlatform        float64 // share of listings brought by a platform
	renterPlatform         float64 // share of rentals whose renter a platform brought
	booked                 float64 // share of used rentals booked ahead and checked in (the others start now)
	earlyRelease           float64 // the provider waives an inspection that has nothing to inspect (no reports)
	returnWhileDisputed    float64 // the renter returns an asset under a provider's dispute before the ruling
	counterEvidence        float64 // the other party answers a dispute's evidence
	transferSHR            float64 // after a clean release, the renter passes its reward on
	updateListing          float64 // after a rental, the provider changes the price
	delist                 float64 // after a rental, the provider takes the listing down…
	relist                 float64 // …and lists the asset again later
	blacklist              float64 // a defaulter is blacklisted (and forgiven a day later)
	durations              []time.Duration
	leads                  []time.Duration // how far ahead a booking starts, beyond its free-cancellation window
	freeCancelBefore       []time.Duration // listings' free-cancellation windows
	cancelFeeBps           []uint16        // listings' late-cancellation fees
	platformShares         []uint16        // the registered platforms' shares (of half the platform fee each)
	rewardRate             int64           // SHR wei per base unit of the treasury's fee, set by the governor
}{
	reportsMin: 0, reportsMax: 4,
	verifyBySig:         0.4,
	device:              0.85,
	squatted:            0.005,
	payee:               0.1,
	listingPlatform:     0.3,
	renterPlatform:      0.4,
	booked:              0.35,
	earlyRelease:        0.3,
	returnWhileDisputed: 0.5,
	counterEvidence:     0.6,
	transferSHR:         0.08,
	updateListing:       0.04,
	delist:              0.02,
	relist:              0.6,
	blacklist:           0.3,
	durations:           []time.Duration{time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour},
	leads:               []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour},
	freeCancelBefore:    []time.Duration{time.Hour, 2 * time.Hour, 6 * time.Hour},
	cancelFeeBps:        []uint16{1000, 2500, 5000},
	platformShares:      []uint16{2000, 3000, 5000},
	// 10 SHR per tUSD of the treasury's fee (the devnet default is 100): the 100 000 SHR
	// budget of an epoch then lasts the whole chain
	rewardRate: 10_000_000_000_000,
}

// The platform's shape: who takes part and at what pace. Per block: one block every
// blockTime of chain time; rentalsPerBlock new rentals are started while the chain is
// short of its events; assets arrive in an opening wave and then trickle in.
const (
	blockTime       = 5 * time.Minute
	rentalsPerBlock = 48
	assetsPerEvents = 60  // one asset per this many events of the target
	renterPerEvents = 50  // one renter per this many events of the target
	assetsPerOwner  = 8   // a provider owns this many assets on average
	openingWave     = 0.6 // share of the assets registered in the first blocks
	openingPerBlock = 400 // registrations a block during the opening wave
	arbiterCount    = 5
	relayerCount    = 4
	verifierCount   = 2
	platformCount   = 3
)
