package api

import (
	"encoding/json"
	"reflect"

	"github.com/danielgtaylor/huma/v2"
)

// The JSON shapes of INTERFACE.md §5. Conventions: uint256 values are decimal strings;
// block numbers, times, durations, scores, bps and counts are integers; addresses are
// EIP-55; a missing value is null, never omitted (so no field has omitempty).

// Status is the answer of GET /v1/status.
type Status struct {
	ChainID        uint64            `json:"chain_id" doc:"The chain the suite is deployed on."`
	HeadBlock      int64             `json:"head_block" doc:"The chain head the indexer last saw."`
	IndexedBlock   int64             `json:"indexed_block" doc:"Every log up to and including this block is indexed."`
	FinalizedBlock int64             `json:"finalized_block" doc:"Rows at or below this block are final."`
	LagBlocks      int64             `json:"lag_blocks" doc:"head_block - indexed_block."`
	IndexedTime    uint64            `json:"indexed_time" doc:"Unix seconds of the indexed block (of the latest indexed event when that block is not stored; 0 before any): the chain's 'now' by which the API judges verification, availability and stats windows, and a dApp quotes a booking's start."`
	Contracts      map[string]string `json:"contracts" doc:"Contract addresses by manifest name."`
	EIP712         map[string]Domain `json:"eip712" doc:"EIP-712 domains by contract name, for wallets and device firmware."`
	Indexer        IndexerStatus     `json:"indexer" doc:"What the indexer says it is doing; /readyz answers 503 while it is diverged or stopped."`
}

// IndexerStatus is what the indexer last recorded about itself.
type IndexerStatus struct {
	State         string  `json:"state" enum:"backfilling,following,diverged,stopped" doc:"backfilling: final blocks are still to index; following: at the unfinalized window, block by block; diverged: a reorg deeper than the finality depth left rows of a branch the chain no longer has, and the indexer refuses to run until the database is rebuilt; stopped: shut down, or never started."`
	DivergedBlock *int64  `json:"diverged_block" nullable:"true" doc:"When diverged: the first block after the common ancestor of the indexed branch and the chain's; rows from it on may be of the dead branch."`
	Error         *string `json:"error" nullable:"true" doc:"What stopped the indexer: the deep reorg when diverged, a fatal error when stopped by one; null after a clean shutdown and while it runs."`
	UpdatedAt     *int64  `json:"updated_at" nullable:"true" doc:"Unix seconds of the indexer's last write to its state, which it renews with the head every few seconds while it runs; null before it first ran."`
}

// Domain is an EIP-712 domain.
type Domain struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	ChainID           uint64 `json:"chain_id"`
	VerifyingContract string `json:"verifying_contract"`
}

// Asset is a registered asset (an AssetRegistry token).
type Asset struct {
	TokenID     string  `json:"token_id" doc:"The ERC-721 token id (uint256, decimal)."`
	Owner       string  `json:"owner"`
	AssetCode   string  `json:"asset_code" doc:"Hash of the asset's standard code (bytes32 hex)."`
	ContentHash string  `json:"content_hash" doc:"Hash of the metadata document (bytes32 hex)."`
	URI         string  `json:"uri"`
	Verified    bool    `json:"verified" doc:"Verified, not revoked, and valid_until not before the latest indexed block's time."`
	VerifiedBy  *string `json:"verified_by" nullable:"true"`
	ValidUntil  *uint64 `json:"valid_until" nullable:"true" doc:"Unix seconds."`
	Device      *string `json:"device" nullable:"true" doc:"The bound IoT device key."`
	User        *string `json:"user" nullable:"true" doc:"The renter of the active rental (ERC-4907 user)."`
	UserExpires *uint64 `json:"user_expires" nullable:"true" doc:"The end of the active rental, unix seconds."`
	Listed      bool    `json:"listed"`
	ListingID   *string `json:"listing_id" nullable:"true" doc:"The open listing, if any."`
	Locked      bool    `json:"locked" doc:"Locked by the escrow while the asset has open rentals (booked, active, returned or disputed): it cannot change hands, device or content."`
	BlockNumber int64   `json:"block_number" doc:"The block of registration."`
}

// Slot is an open rental's hold on an asset's time.
type Slot struct {
	RentalID string `json:"rental_id"`
	Start    uint64 `json:"start" doc:"Unix seconds."`
	End      uint64 `json:"end" doc:"Unix seconds; for a returned rental min(returned_at, end)."`
	Status   string `json:"status" enum:"booked,active,returned,disputed"`
}

// Availability is when an asset is taken within a window.
type Availability struct {
	TokenID string `json:"token_id"`
	From    uint64 `json:"from" doc:"Unix seconds."`
	To      uint64 `json:"to" doc:"Unix seconds."`
	Busy    []Slot `json:"busy" doc:"The open rentals whose slot meets [from, to), by start."`
}

// Pledge is the SHR a provider locked behind a listing.
type Pledge struct {
	Amount string `json:"amount"`
	State  string `json:"state" enum:"locked,released,slashed,returned"`
}

// Listing is an offer to rent an asset.
type Listing struct {
	ID               string  `json:"id"`
	TokenID          string  `json:"token_id"`
	Provider         string  `json:"provider"`
	PaymentToken     string  `json:"payment_token"`
	PricePerHour     string  `json:"price_per_hour"`
	Deposit          string  `json:"deposit"`
	MinDuration      uint64  `json:"min_duration" doc:"Seconds."`
	MaxDuration      uint64  `json:"max_duration" doc:"Seconds."`
	PricePerUnit     string  `json:"price_per_unit"`
	CancelFeeBps     int     `json:"cancel_fee_bps" doc:"Share of the rent a late cancellation costs."`
	FreeCancelBefore uint64  `json:"free_cancel_before" doc:"Cancelling at least this many seconds before the start is free."`
	Payee            string  `json:"payee" doc:"Who receives the income (rent, usage fees, deductions): the provider when the terms leave it 0."`
	Platform         *string `json:"platform" nullable:"true" doc:"The registered platform that brought the listing."`
	TermsHash        *string `json:"terms_hash" nullable:"true" doc:"What rent must name (bytes32 hex): keccak256(abi.encode(paymentToken, terms, deviceOf(tokenId))); it covers the device bound now."`
	Status           string  `json:"status" enum:"active,closed,delisted"`
	Pledge           Pledge  `json:"pledge"`
	BlockNumber      int64   `json:"block_number" doc:"The block of listing."`
	// discovery: from the asset's metadata document once fetched and matched
	Kind      *string            `json:"kind" nullable:"true" doc:"The metadata document's kind: bicycle, car, room, tool, charging_pile or other; null until the document is fetched and its sha256 matches the asset's content hash."`
	Title     *string            `json:"title" nullable:"true" doc:"The metadata document's title; null until fetched and matched."`
	Location  Optional[Location] `json:"location" doc:"The metadata document's location; null until fetched and matched, or when it has none."`
	DistanceM *int64             `json:"distance_m" nullable:"true" doc:"Metres from the near point (great-circle, earthdistance); null without near."`

	sortKey float64 // a near search's sort key, the keyset of its cursor
}

// Location is a point in degrees.
type Location struct {
	Lat float64 `json:"lat" minimum:"-90" maximum:"90"`
	Lon float64 `json:"lon" minimum:"-180" maximum:"180"`
}

// UsageReport is a device-signed usage report accepted by the escrow.
type UsageReport struct {
	Nonce       uint64 `json:"nonce"`
	Units       string `json:"units"`
	DamageBps   int    `json:"damage_bps"`
	Device      string `json:"device"`
	TxHash      string `json:"tx_hash"`
	BlockNumber int64  `json:"block_number"`
}

// Settlement is how a rental's money was split when it ended.
type Settlement struct {
	RentCharged string `json:"rent_charged"`
	UsageFee    string `json:"usage_fee"`
	Damage      string `json:"damage"`
	LateFee     string `json:"late_fee"`
	PlatformFee string `json:"platform_fee"`
	Refund      string `json:"refund"`
}

// Rental is one rental of a listing.
type Rental struct {
	ID               string               `json:"id"`
	ListingID        string               `json:"listing_id"`
	TokenID          string               `json:"token_id"`
	Renter           string               `json:"renter"`
	Provider         string               `json:"provider"`
	Payee            string               `json:"payee" doc:"Who receives the provider's income of this rental (the listing's payee at rent)."`
	Device           *string              `json:"device" nullable:"true" doc:"The device bound to the asset at rent: the only key whose usage reports count."`
	Platform         *string              `json:"platform" nullable:"true" doc:"The registered platform that brought the renter."`
	Status           string               `json:"status" enum:"booked,active,returned,disputed,settled,defaulted,resolved,cancelled,no_show"`
	Start            uint64               `json:"start" doc:"Unix seconds."`
	End              uint64               `json:"end" doc:"Unix seconds."`
	Rent             string               `json:"rent" doc:"Rent paid at rent time."`
	Deposit          string               `json:"deposit" doc:"Deposit paid at rent time (tier-adjusted)."`
	CancelFeeBps     int                  `json:"cancel_fee_bps" doc:"The cancellation fee of the terms this rental was rented under (the listing's at rent, which a later updateListing does not change), in basis points of the rent."`
	FreeCancelBefore uint64               `json:"free_cancel_before" doc:"Cancelling at least this many seconds before the start is free, by the terms this rental was rented under."`
	CheckedIn        bool                 `json:"checked_in" doc:"The renter took the asset (at rent for a rental that starts at once)."`
	Confirmed        bool                 `json:"confirmed"`
	ReturnedAt       *uint64              `json:"returned_at" nullable:"true" doc:"When the asset came back, unix seconds."`
	InspectionEnd    *uint64              `json:"inspection_end" nullable:"true" doc:"The deposit is held for inspection until this second (inclusive); 0 for a return while disputed."`
	DisputeID        *string              `json:"dispute_id" nullable:"true"`
	UsageReports     []UsageReport        `json:"usage_reports"`
	Settlement       Optional[Settlement] `json:"settlement" doc:"null until the deposit is released, or the rental defaults, is ruled, cancelled or a no-show."`
	BlockNumber      int64                `json:"block_number" doc:"The block of rent."`

	hasReports bool // whether usage_reports has rows for it
}

// Terms are a credit tier's rental terms.
type Terms struct {
	MaxActiveRentals int `json:"max_active_rentals"`
	DepositBps       int `json:"deposit_bps"`
	PledgeBps        int `json:"pledge_bps"`
}

// Account is a participant's credit and holdings.
type Account struct {
	Address         string        `json:"address"`
	Score           int           `json:"score" doc:"0..1000; the newcomer score (500 as deployed) until something is recorded."`
	Tier            int           `json:"tier"`
	Terms           Terms         `json:"terms"`
	Blacklisted     bool          `json:"blacklisted"`
	BlacklistReason *string       `json:"blacklist_reason" nullable:"true" doc:"bytes32 hex of the reason document."`
	SHRBalance      string        `json:"shr_balance"`
	RewardsEarned   string        `json:"rewards_earned"`
	Pledged         string        `json:"pledged" doc:"SHR locked behind the account's listings."`
	ActiveRentals   int           `json:"active_rentals" doc:"Rentals held as renter in status active."`
	TierRentals     int           `json:"tier_rentals" doc:"Rentals held as renter that the tier limit counts: booked, active or disputed (tierRentalCount)."`
	Claimable       []TokenAmount `json:"claimable" doc:"What the account may withdraw from the escrow, per token (pushes that failed)."`
}

// TokenAmount is an amount of one token.
type TokenAmount struct {
	Token  string `json:"token"`
	Amount string `json:"amount"`
}

// Platform is a registered frontend or operator and what it brought and earned.
type Platform struct {
	Address  string        `json:"address"`
	ShareBps int           `json:"share_bps" doc:"Its share of each platform fee of the listings and renters it brings, in bps of half the fee; 0 when unregistered."`
	Listings int64         `json:"listings" doc:"Listings whose platform it is."`
	Rentals  int64         `json:"rentals" doc:"Rentals whose renter it brought."`
	Fees     []TokenAmount `json:"fees" doc:"Every PlatformFeePaid to it, per token."`
}

// EscrowParams are the escrow's parameters in force.
type EscrowParams struct {
	PlatformFeeBps   int    `json:"platform_fee_bps"`
	GracePeriod      uint64 `json:"grace_period" doc:"Seconds."`
	LateFeeBps       int    `json:"late_fee_bps"`
	InspectionPeriod uint64 `json:"inspection_period" doc:"Seconds."`
	MinRentalSeconds uint64 `json:"min_rental_seconds"`
	MaxAdvance       uint64 `json:"max_advance" doc:"Seconds: how far ahead a booking may start."`
	BasePledge       string `json:"base_pledge" doc:"SHR wei."`
	EpochRewardCap   string `json:"epoch_reward_cap" doc:"SHR wei per 7-day epoch."`
	Treasury         string `json:"treasury"`
}

// PaymentTokenInfo is a token the escrow was told about.
type PaymentTokenInfo struct {
	Address    string `json:"address"`
	Symbol     string `json:"symbol"`
	Decimals   int    `json:"decimals"`
	Allowed    bool   `json:"allowed"`
	RewardRate string `json:"reward_rate" doc:"SHR wei minted to each side of a clean rental per base unit of the treasury's fee."`
}

// TierInfo is a credit tier.
type TierInfo struct {
	Tier             int `json:"tier"`
	MinScore         int `json:"min_score"`
	MaxActiveRentals int `json:"max_active_rentals"`
	DepositBps       int `json:"deposit_bps"`
	PledgeBps        int `json:"pledge_bps"`
}

// OutcomeDeltaInfo is a credit outcome's score move.
type OutcomeDeltaInfo struct {
	Outcome int `json:"outcome"`
	Delta   int `json:"delta"`
}

// Panel is the arbiter panel's settings for disputes opened now.
type Panel struct {
	Quorum       int    `json:"quorum"`
	VotingPeriod uint64 `json:"voting_period" doc:"Seconds."`
}

// Params is every parameter the suite announced, so a dApp quotes a rental from the API alone.
type Params struct {
	Escrow        EscrowParams       `json:"escrow"`
	PaymentTokens []PaymentTokenInfo `json:"payment_tokens"`
	Tiers         []TierInfo         `json:"tiers"`
	OutcomeDeltas []OutcomeDeltaInfo `json:"outcome_deltas"`
	NewcomerScore int                `json:"newcomer_score"`
	PairCooldown  uint64             `json:"pair_cooldown" doc:"Seconds between two score-moving clean returns or confirmations from one counterparty."`
	Panel         Panel              `json:"panel"`
}

// Evidence is a document a party submitted to a dispute.
type Evidence struct {
	Party  string `json:"party"`
	URI    string `json:"uri"`
	TxHash string `json:"tx_hash"`
}

// Vote is an arbiter's vote.
type Vote struct {
	Arbiter          string `json:"arbiter"`
	ProviderShareBps int    `json:"provider_share_bps"`
}

// Dispute is an Arbitration dispute over a rental.
type Dispute struct {
	ID             string     `json:"id"`
	RentalID       string     `json:"rental_id"`
	Opener         string     `json:"opener"`
	Renter         string     `json:"renter"`
	Provider       string     `json:"provider"`
	Status         string     `json:"status" enum:"open,resolved"`
	EvidenceHash   *string    `json:"evidence_hash" nullable:"true"`
	Evidence       []Evidence `json:"evidence"`
	Votes          []Vote     `json:"votes"`
	RulingBps      *int       `json:"ruling_bps" nullable:"true"`
	VotingDeadline uint64     `json:"voting_deadline" doc:"Unix seconds."`
	BlockNumber    int64      `json:"block_number"`
}

// Event is one indexed log.
type Event struct {
	BlockNumber int64    `json:"block_number"`
	BlockHash   string   `json:"block_hash"`
	TxHash      string   `json:"tx_hash"`
	LogIndex    int      `json:"log_index"`
	Contract    string   `json:"contract" doc:"Manifest name of the emitting contract."`
	Address     string   `json:"address"`
	Name        *string  `json:"name" nullable:"true" doc:"Event name; null for a log the ABI cannot decode."`
	Args        Args     `json:"args"`
	Topics      []string `json:"topics"`
	Data        string   `json:"data"`
	Finalized   bool     `json:"finalized"`
	Timestamp   uint64   `json:"timestamp" doc:"Block time, unix seconds."`
}

// Page is a page of a list.
type Page[T any] struct {
	Items      []T     `json:"items"`
	NextCursor *string `json:"next_cursor" nullable:"true" doc:"Pass as cursor for the next page; null on the last page."`
}

// Optional is an object that may be absent: JSON null when V is nil. (huma cannot mark
// a struct field nullable, so the schema says so itself: the object or null.)
type Optional[T any] struct{ V *T }

// MarshalJSON writes the object or null, without HTML escaping, as the rest of a body.
func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if o.V == nil {
		return []byte("null"), nil
	}
	return marshal(o.V)
}

// UnmarshalJSON reads the object or null.
func (o *Optional[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		o.V = nil
		return nil
	}
	o.V = new(T)
	return json.Unmarshal(b, o.V)
}

// Schema is the OpenAPI schema of T or null.
func (Optional[T]) Schema(r huma.Registry) *huma.Schema {
	return &huma.Schema{OneOf: []*huma.Schema{r.Schema(reflect.TypeFor[T](), true, ""), {Type: "null"}}}
}

// Args are an event's decoded arguments, as the indexer stored them (compact JSON), or
// null for a log the ABI cannot decode.
type Args json.RawMessage

// MarshalJSON writes the stored object, or null.
func (a Args) MarshalJSON() ([]byte, error) {
	if a == nil {
		return []byte("null"), nil
	}
	return a, nil
}

// UnmarshalJSON keeps the object's text.
func (a *Args) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*a = nil
		return nil
	}
	*a = append((*a)[:0], b...)
	return nil
}

// Schema is an object of ABI parameter names, or null.
func (Args) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{
		Description: "Decoded arguments by ABI parameter name: integers as decimal strings, addresses EIP-55, bytes lower-case hex, bools booleans; null for a log the ABI cannot decode.",
		OneOf:       []*huma.Schema{{Type: "object", AdditionalProperties: true}, {Type: "null"}},
	}
}
