package main

// This file is the one place that says what the lifecycle chain is made of: the steps
// (one transaction each), how a rental ends (its fate) and how often each happens. The
// generator (sim.go) only schedules what these tables say. Protocol v2's steps (check-in,
// cancel, no-show, returned/inspection, release, platforms) slot in as new steps and new
// fates here, with a planner in sim.go for each new step.

import "time"

// step is one kind of lifecycle transaction.
type step int

const (
	stepFundSHR        step = iota // the deployer sends a provider SHR for its pledges
	stepApproveSHR                 // a provider approves the escrow for its pledges
	stepFundUSD                    // a renter mints tUSD (not followed: PaymentToken)
	stepApproveUSD                 // a renter approves the escrow for tUSD (not followed)
	stepRegister                   // a provider registers an asset
	stepVerify                     // a verifier verifies it (VERIFIER_ROLE)
	stepVerifyBySig                // the provider relays a verifier's EIP-712 signature
	stepBindDevice                 // the provider binds the asset's IoT device
	stepList                       // the provider lists it, pledging SHR
	stepUpdateListing              // the provider changes the price
	stepDelist                     // the provider takes an idle listing down
	stepRent                       // a renter rents a listing
	stepConfirm                    // the renter confirms the asset is as described
	stepReport                     // a relayer sends a device-signed usage report
	stepReturn                     // the renter returns (endRental), on time or late
	stepCollectDefault             // the keeper collects a default after the grace period
	stepOpenDispute                // a party opens a dispute with an evidence hash
	stepEvidence                   // a party submits evidence
	stepVote                       // an arbiter votes
	stepExecute                    // the keeper executes the ruling
	stepTransferSHR                // a renter passes earned SHR on
	stepBlacklist                  // the governor blacklists a defaulter
	stepUnblacklist                // and forgives it later
	stepCount
)

// stepInfo describes a step: its name in reports, the gas limit its transactions carry
// (the block's gas budget counts these), and the logs of the followed contracts a
// transaction of it emits (documentation; the generator counts the real logs).
var stepInfo = [stepCount]struct {
	name   string
	gas    uint64
	events string
}{
	stepFundSHR:        {"fund SHR", 100_000, "Transfer"},
	stepApproveSHR:     {"approve SHR", 100_000, "Approval"},
	stepFundUSD:        {"mint tUSD", 100_000, "(none followed)"},
	stepApproveUSD:     {"approve tUSD", 100_000, "(none followed)"},
	stepRegister:       {"register", 350_000, "Transfer, AssetRegistered"},
	stepVerify:         {"verify", 120_000, "AssetVerified"},
	stepVerifyBySig:    {"verify by signature", 150_000, "AssetVerified"},
	stepBindDevice:     {"bind device", 100_000, "DeviceBound"},
	stepList:           {"list", 450_000, "Listed, PledgeLocked, SHR Transfer"},
	stepUpdateListing:  {"update listing", 120_000, "ListingUpdated"},
	stepDelist:         {"delist", 200_000, "Delisted, PledgeReturned + SHR Transfer when still locked"},
	stepRent:           {"rent", 550_000, "Rented, UpdateUser"},
	stepConfirm:        {"confirm", 250_000, "AssetConfirmed (+ PledgeReleased, ScoreChanged, SHR Transfer on a listing's first)"},
	stepReport:         {"usage report", 150_000, "UsageReported"},
	stepReturn:         {"return", 450_000, "RentalSettled, ScoreChanged, UpdateUser (+ 2 × SHR Transfer + RewardPaid when clean; + ScoreChanged when damaged)"},
	stepCollectDefault: {"collect default", 300_000, "RentalDefaulted, ScoreChanged, UpdateUser"},
	stepOpenDispute:    {"open dispute", 400_000, "DisputeCreated, DisputeOpened"},
	stepEvidence:       {"evidence", 100_000, "Evidence"},
	stepVote:           {"vote", 150_000, "Voted"},
	stepExecute:        {"execute ruling", 500_000, "Ruling, DisputeResolved, RentalSettled, UpdateUser (+ PledgeSlashed, SHR Transfer)"},
	stepTransferSHR:    {"transfer SHR", 100_000, "Transfer"},
	stepBlacklist:      {"blacklist", 100_000, "Blacklisted"},
	stepUnblacklist:    {"unblacklist", 100_000, "Unblacklisted"},
}

// fate is how a rental goes after `rent`: its share of rentals (weight, out of the sum
// of all weights) and what the renter, the provider, the devices and the keeper do.
type fate struct {
	name     string
	weight   int
	end      ending
	damaged  bool // one usage report carries damage (no rewards; a damage score hit)
	dispute  disputeKind
	confirms bool // the renter confirms the asset (else it never does)
}

type ending int

const (
	endOnTime  ending = iota // the renter returns before the end
	endLate                  // the renter returns within the grace period
	endDefault               // never returned: the keeper collects after the grace period
	endRuling                // a dispute's ruling settles it
)

type disputeKind int

const (
	noDispute          disputeKind = iota
	disputedByProvider             // after confirmation, over wear: arbiters give the provider most
	misdescribed                   // the renter, before confirming: arbiters give the provider nothing
)

// fates are the rentals of a busy sharing platform: most go well, a tenth come back
// late, one in twenty is never returned and about one in ten ends in a dispute.
var fates = []fate{
	{name: "returned on time, confirmed", weight: 640, end: endOnTime, confirms: true},
	{name: "returned on time, never confirmed", weight: 60, end: endOnTime},
	{name: "returned on time, damaged", weight: 40, end: endOnTime, confirms: true, damaged: true},
	{name: "returned late", weight: 120, end: endLate, confirms: true},
	{name: "defaulted (never returned)", weight: 50, end: endDefault, confirms: true},
	{name: "disputed by the provider", weight: 55, end: endRuling, confirms: true, dispute: disputedByProvider},
	{name: "disputed by the renter as misdescribed", weight: 35, end: endRuling, dispute: misdescribed},
}

// rates are the per-rental and per-asset probabilities and counts besides the fate.
var rates = struct {
	reportsMin, reportsMax int     // device-signed usage reports during a rental (uniform)
	verifyBySig            float64 // share of verifications relayed from a signature
	device                 float64 // share of assets that get an IoT device (reports need one)
	counterEvidence        float64 // the other party answers a dispute's evidence
	transferSHR            float64 // after a clean return, the renter passes SHR on
	updateListing          float64 // after a return, the provider changes the price
	delist                 float64 // after a return, the provider takes the listing down…
	relist                 float64 // …and lists the asset again later
	blacklist              float64 // a defaulter is blacklisted (and forgiven a day later)
	durations              []time.Duration
}{
	reportsMin: 0, reportsMax: 4,
	verifyBySig:     0.4,
	device:          0.85,
	counterEvidence: 0.6,
	transferSHR:     0.08,
	updateListing:   0.04,
	delist:          0.02,
	relist:          0.6,
	blacklist:       0.3,
	durations:       []time.Duration{time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour},
}

// The platform's shape: who takes part and at what pace. Per block: one block every
// blockTime of chain time; rentalsPerBlock new rentals are started while the chain is
// short of its events; assets arrive in an opening wave and then trickle in.
const (
	blockTime       = 5 * time.Minute
	rentalsPerBlock = 48
	assetsPerEvents = 60   // one asset per this many events of the target
	renterPerEvents = 70   // one renter per this many events of the target
	assetsPerOwner  = 8    // a provider owns this many assets on average
	openingWave     = 0.6  // share of the assets registered in the first blocks
	openingPerBlock = 400  // registrations a block during the opening wave
	trickleShare    = 0.02 // chance, per block and per 100 assets still to come, of a registration
	arbiterCount    = 5
	relayerCount    = 4
	verifierCount   = 2
)
