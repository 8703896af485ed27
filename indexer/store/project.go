package store

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
)

// The projection rows. JSON names are the column names of migrations/000001_init.up.sql.

type asset struct {
	TokenID      num     `json:"token_id"`
	Owner        bin     `json:"owner"`
	AssetCode    bin     `json:"asset_code"`
	ContentHash  bin     `json:"content_hash"`
	URI          string  `json:"uri"`
	Verified     bool    `json:"verified"`
	VerifiedBy   *bin    `json:"verified_by"`
	ValidUntil   *uint64 `json:"valid_until"`
	Device       *bin    `json:"device"`
	UserAddress  *bin    `json:"user_address"`
	UserExpires  *uint64 `json:"user_expires"`
	ListingID    *num    `json:"listing_id"`
	BlockNumber  uint64  `json:"block_number"`
	UpdatedBlock uint64  `json:"updated_block"`
}

func (a *asset) key() string { return a.TokenID.String() }

type listing struct {
	ID           num    `json:"id"`
	TokenID      num    `json:"token_id"`
	Provider     bin    `json:"provider"`
	PaymentToken bin    `json:"payment_token"`
	PricePerHour num    `json:"price_per_hour"`
	Deposit      num    `json:"deposit"`
	MinDuration  uint64 `json:"min_duration"`
	MaxDuration  uint64 `json:"max_duration"`
	PricePerUnit num    `json:"price_per_unit"`
	Status       string `json:"status"`
	PledgeAmount num    `json:"pledge_amount"`
	PledgeState  string `json:"pledge_state"`
	BlockNumber  uint64 `json:"block_number"`
	UpdatedBlock uint64 `json:"updated_block"`
}

func (l *listing) key() string { return l.ID.String() }

type rental struct {
	ID           num    `json:"id"`
	ListingID    num    `json:"listing_id"`
	TokenID      num    `json:"token_id"`
	Renter       bin    `json:"renter"`
	Provider     bin    `json:"provider"`
	Status       string `json:"status"`
	StartTime    uint64 `json:"start_time"`
	EndTime      uint64 `json:"end_time"`
	Rent         num    `json:"rent"`
	Deposit      num    `json:"deposit"`
	Confirmed    bool   `json:"confirmed"`
	RentCharged  *num   `json:"rent_charged"`
	UsageFee     *num   `json:"usage_fee"`
	Damage       *num   `json:"damage"`
	LateFee      *num   `json:"late_fee"`
	PlatformFee  *num   `json:"platform_fee"`
	Refund       *num   `json:"refund"`
	DisputeID    *num   `json:"dispute_id"`
	BlockNumber  uint64 `json:"block_number"`
	UpdatedBlock uint64 `json:"updated_block"`
	HasReports   bool   `json:"has_reports"` // usage_reports holds rows of it: the API asks only then
}

func (r *rental) key() string { return r.ID.String() }

type usageReport struct {
	RentalID    num    `json:"rental_id"`
	Nonce       uint64 `json:"nonce"`
	Units       num    `json:"units"`
	DamageBps   uint64 `json:"damage_bps"`
	Device      bin    `json:"device"`
	TxHash      bin    `json:"tx_hash"`
	BlockNumber uint64 `json:"block_number"`
}

func (u *usageReport) key() string {
	return u.RentalID.String() + "/" + strconv.FormatUint(u.Nonce, 10)
}

type account struct {
	Address         bin    `json:"address"`
	Score           uint64 `json:"score"`
	Blacklisted     bool   `json:"blacklisted"`
	BlacklistReason *bin   `json:"blacklist_reason"`
	ShrBalance      num    `json:"shr_balance"`
	RewardsEarned   num    `json:"rewards_earned"`
	Pledged         num    `json:"pledged"`
	ActiveRentals   int64  `json:"active_rentals"`
	UpdatedBlock    uint64 `json:"updated_block"`
}

func (a *account) key() string { return common.BytesToAddress(a.Address).Hex() }

type tierRow struct {
	Tier             uint64 `json:"tier"`
	MinScore         uint64 `json:"min_score"`
	MaxActiveRentals uint64 `json:"max_active_rentals"`
	DepositBps       uint64 `json:"deposit_bps"`
	PledgeBps        uint64 `json:"pledge_bps"`
	UpdatedBlock     uint64 `json:"updated_block"`
}

func (t *tierRow) key() string { return strconv.FormatUint(t.Tier, 10) }

type dispute struct {
	ID             num     `json:"id"`
	RentalID       num     `json:"rental_id"`
	Opener         bin     `json:"opener"`
	Renter         bin     `json:"renter"`
	Provider       bin     `json:"provider"`
	Status         string  `json:"status"`
	EvidenceHash   *bin    `json:"evidence_hash"`
	RulingBps      *uint64 `json:"ruling_bps"`
	VotingDeadline uint64  `json:"voting_deadline"`
	BlockNumber    uint64  `json:"block_number"`
	UpdatedBlock   uint64  `json:"updated_block"`
}

func (d *dispute) key() string { return d.ID.String() }

type evidence struct {
	DisputeID   num    `json:"dispute_id"`
	Party       bin    `json:"party"`
	URI         string `json:"uri"`
	TxHash      bin    `json:"tx_hash"`
	BlockNumber uint64 `json:"block_number"`
	LogIndex    uint64 `json:"log_index"`
}

func (e *evidence) key() string {
	return e.DisputeID.String() + "/" + strconv.FormatUint(e.BlockNumber, 10) + "/" + strconv.FormatUint(e.LogIndex, 10)
}

type vote struct {
	DisputeID        num    `json:"dispute_id"`
	Arbiter          bin    `json:"arbiter"`
	ProviderShareBps uint64 `json:"provider_share_bps"`
	BlockNumber      uint64 `json:"block_number"`
	LogIndex         uint64 `json:"log_index"`
}

func (v *vote) key() string {
	return v.DisputeID.String() + "/" + common.BytesToAddress(v.Arbiter).Hex()
}

var (
	tAssets    = &table{"assets", []string{"token_id"}}
	tListings  = &table{"listings", []string{"id"}}
	tRentals   = &table{"rentals", []string{"id"}}
	tUsage     = &table{"usage_reports", []string{"rental_id", "nonce"}}
	tAccounts  = &table{"accounts", []string{"address"}}
	tTiers     = &table{"tiers", []string{"tier"}}
	tDisputes  = &table{"disputes", []string{"id"}}
	tEvidence  = &table{"dispute_evidence", []string{"dispute_id", "block_number", "log_index"}}
	tVotes     = &table{"dispute_votes", []string{"dispute_id", "arbiter"}}
	projTables = []*table{tAssets, tListings, tRentals, tUsage, tAccounts, tTiers, tDisputes, tEvidence, tVotes}
)

// idKey is the JSON key object of a table whose primary key is one uint256 column.
func idKey(col string) func(string) any {
	return func(k string) any { return map[string]rawNum{col: rawNum(k)} }
}

// rawNum marshals a decimal string as a JSON number.
type rawNum string

func (r rawNum) MarshalJSON() ([]byte, error) { return []byte(r), nil }

// projector applies the logs of one batch to the projections.
type projector struct {
	tx       pgx.Tx
	assets   *rows[asset, *asset]
	listings *rows[listing, *listing]
	rentals  *rows[rental, *rental]
	usage    *rows[usageReport, *usageReport]
	accounts *rows[account, *account]
	tiers    *rows[tierRow, *tierRow]
	disputes *rows[dispute, *dispute]
	evidence *rows[evidence, *evidence]
	votes    *rows[vote, *vote]
}

func newProjector(tx pgx.Tx) *projector {
	return &projector{
		tx:       tx,
		assets:   newRows[asset](tAssets, idKey("token_id")),
		listings: newRows[listing](tListings, idKey("id")),
		rentals:  newRows[rental](tRentals, idKey("id")),
		usage:    newRows[usageReport](tUsage, nil), // append-only: never looked up
		accounts: newRows[account](tAccounts, func(k string) any {
			return map[string]bin{"address": addr(common.HexToAddress(k))}
		}),
		tiers: newRows[tierRow](tTiers, func(k string) any {
			return map[string]rawNum{"tier": rawNum(k)}
		}),
		disputes: newRows[dispute](tDisputes, idKey("id")),
		evidence: newRows[evidence](tEvidence, nil), // append-only
		votes:    newRows[vote](tVotes, nil),        // append-only
	}
}

// prefetch loads, one query per table, every row the logs name directly, so that apply
// rarely needs a lookup of its own.
func (p *projector) prefetch(ctx context.Context, logs []Log) error {
	var assets, listings, rentals, accounts, disputes []string
	for i := range logs {
		e := &logs[i].Event
		for _, a := range e.Args {
			switch v := a.Value.(type) {
			case common.Address:
				if v != (common.Address{}) {
					accounts = append(accounts, v.Hex())
				}
			case *big.Int:
				switch a.Name {
				case "tokenId":
					assets = append(assets, v.String())
				case "listingId":
					listings = append(listings, v.String())
				case "rentalId":
					rentals = append(rentals, v.String())
				case "disputeId":
					disputes = append(disputes, v.String())
				}
			}
		}
	}
	for _, step := range []func() error{
		func() error { return p.assets.load(ctx, p.tx, assets) },
		func() error { return p.listings.load(ctx, p.tx, listings) },
		func() error { return p.rentals.load(ctx, p.tx, rentals) },
		func() error { return p.accounts.load(ctx, p.tx, accounts) },
		func() error { return p.disputes.load(ctx, p.tx, disputes) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// save writes every changed row, with undo records when undo is set.
func (p *projector) save(ctx context.Context, undo bool, from, to uint64) error {
	for _, s := range []func() error{
		func() error { return p.assets.save(ctx, p.tx, undo, from, to) },
		func() error { return p.listings.save(ctx, p.tx, undo, from, to) },
		func() error { return p.rentals.save(ctx, p.tx, undo, from, to) },
		func() error { return p.usage.save(ctx, p.tx, undo, from, to) },
		func() error { return p.accounts.save(ctx, p.tx, undo, from, to) },
		func() error { return p.tiers.save(ctx, p.tx, undo, from, to) },
		func() error { return p.disputes.save(ctx, p.tx, undo, from, to) },
		func() error { return p.evidence.save(ctx, p.tx, undo, from, to) },
		func() error { return p.votes.save(ctx, p.tx, undo, from, to) },
	} {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}

// account returns the row of a, creating the newcomer row (score 600) on first sight.
func (p *projector) account(ctx context.Context, a common.Address, block uint64) (*account, error) {
	k := a.Hex()
	row, err := p.accounts.get(ctx, p.tx, k)
	if err != nil {
		return nil, err
	}
	if row == nil {
		row = &account{Address: addr(a), Score: 600}
	}
	row.UpdatedBlock = block
	p.accounts.put(k, row)
	return row, nil
}

func (p *projector) asset(ctx context.Context, id *big.Int, block uint64) (*asset, error) {
	row, err := p.assets.get(ctx, p.tx, id.String())
	if err != nil || row == nil {
		return nil, err
	}
	row.UpdatedBlock = block
	p.assets.put(row.key(), row)
	return row, nil
}

func (p *projector) listing(ctx context.Context, id *big.Int, block uint64) (*listing, error) {
	row, err := p.listings.get(ctx, p.tx, id.String())
	if err != nil || row == nil {
		return nil, err
	}
	row.UpdatedBlock = block
	p.listings.put(row.key(), row)
	return row, nil
}

func (p *projector) rental(ctx context.Context, id *big.Int, block uint64) (*rental, error) {
	row, err := p.rentals.get(ctx, p.tx, id.String())
	if err != nil || row == nil {
		return nil, err
	}
	row.UpdatedBlock = block
	p.rentals.put(row.key(), row)
	return row, nil
}

func (p *projector) dispute(ctx context.Context, id *big.Int, block uint64) (*dispute, error) {
	row, err := p.disputes.get(ctx, p.tx, id.String())
	if err != nil || row == nil {
		return nil, err
	}
	row.UpdatedBlock = block
	p.disputes.put(row.key(), row)
	return row, nil
}

// text makes an on-chain string storable as PostgreSQL text, which refuses NUL and
// invalid UTF-8: anyone may register a uri, and one bad byte must not stall the indexer.
// Each offending byte becomes U+FFFD, as in the events' args JSON; the raw bytes stay
// in the event's data.
func text(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// addNum adds delta (which may be negative) to n.
func addNum(n *num, delta *big.Int) { n.Add(&n.Int, delta) }

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func u64(x *big.Int) uint64 {
	if !x.IsUint64() {
		return ^uint64(0)
	}
	return x.Uint64()
}

func ptrU64(v uint64) *uint64 { return &v }

func ptrNum(x *big.Int) *num { n := newNum(x); return &n }

// apply moves the projections by one log. Logs the projections do not follow (roles,
// pauses, parameters, undecodable logs) change nothing here; they live in events.
func (p *projector) apply(ctx context.Context, l *Log) error {
	e := &l.Event
	b := l.BlockNumber
	switch e.Contract + "." + e.Name {
	case "RewardToken.Transfer":
		from, to, value := e.Address("from"), e.Address("to"), e.Uint("value")
		if from != (common.Address{}) {
			a, err := p.account(ctx, from, b)
			if err != nil {
				return err
			}
			addNum(&a.ShrBalance, neg(value))
		}
		if to != (common.Address{}) {
			a, err := p.account(ctx, to, b)
			if err != nil {
				return err
			}
			addNum(&a.ShrBalance, value)
		}

	case "AssetRegistry.Transfer":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil {
			return err
		}
		// a mint comes before its AssetRegistered, which creates the row.
		if a != nil {
			a.Owner = addr(e.Address("to"))
		}
	case "AssetRegistry.AssetRegistered":
		id := e.Uint("tokenId")
		a := &asset{TokenID: newNum(id), Owner: addr(e.Address("owner")), AssetCode: hash32(e.Bytes32("assetCode")),
			ContentHash: hash32(e.Bytes32("contentHash")), URI: text(e.String("uri")), BlockNumber: b, UpdatedBlock: b}
		if _, err := p.assets.get(ctx, p.tx, id.String()); err != nil {
			return err
		}
		p.assets.put(a.key(), a)
	case "AssetRegistry.AssetVerified":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil || a == nil {
			return err
		}
		v := addr(e.Address("verifier"))
		a.Verified, a.VerifiedBy, a.ValidUntil = true, &v, ptrU64(u64(e.Uint("validUntil")))
	case "AssetRegistry.VerificationRevoked":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil || a == nil {
			return err
		}
		a.Verified = false
	case "AssetRegistry.ContentUpdated":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil || a == nil {
			return err
		}
		a.ContentHash, a.URI, a.Verified = hash32(e.Bytes32("contentHash")), text(e.String("uri")), false
	case "AssetRegistry.DeviceBound":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil || a == nil {
			return err
		}
		a.Device = optAddr(e.Address("device"))
	case "AssetRegistry.UpdateUser":
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil || a == nil {
			return err
		}
		a.UserAddress = optAddr(e.Address("user"))
		a.UserExpires = nil
		if a.UserAddress != nil {
			a.UserExpires = ptrU64(u64(e.Uint("expires")))
		}

	case "CreditRegistry.ScoreChanged":
		a, err := p.account(ctx, e.Address("account"), b)
		if err != nil {
			return err
		}
		a.Score = u64(e.Uint("newScore"))
	case "CreditRegistry.Blacklisted":
		a, err := p.account(ctx, e.Address("account"), b)
		if err != nil {
			return err
		}
		r := hash32(e.Bytes32("reasonHash"))
		a.Blacklisted, a.BlacklistReason = true, &r
	case "CreditRegistry.Unblacklisted":
		a, err := p.account(ctx, e.Address("account"), b)
		if err != nil {
			return err
		}
		a.Blacklisted, a.BlacklistReason = false, nil
	case "CreditRegistry.TierSet":
		t := &tierRow{Tier: u64(e.Uint("tier")), MinScore: u64(e.Uint("minScore")), MaxActiveRentals: u64(e.Uint("maxActiveRentals")),
			DepositBps: u64(e.Uint("depositBps")), PledgeBps: u64(e.Uint("pledgeBps")), UpdatedBlock: b}
		if _, err := p.tiers.get(ctx, p.tx, t.key()); err != nil {
			return err
		}
		p.tiers.put(t.key(), t)

	case "PledgeEscrow.Listed":
		id := e.Uint("listingId")
		l := &listing{ID: newNum(id), TokenID: newNum(e.Uint("tokenId")), Provider: addr(e.Address("provider")),
			PaymentToken: addr(e.Address("paymentToken")), PricePerHour: newNum(e.Uint("pricePerHour")), Deposit: newNum(e.Uint("deposit")),
			MinDuration: u64(e.Uint("minDuration")), MaxDuration: u64(e.Uint("maxDuration")), PricePerUnit: newNum(e.Uint("pricePerUnit")),
			Status: "active", PledgeState: "locked", BlockNumber: b, UpdatedBlock: b}
		if _, err := p.listings.get(ctx, p.tx, id.String()); err != nil {
			return err
		}
		p.listings.put(l.key(), l)
		a, err := p.asset(ctx, e.Uint("tokenId"), b)
		if err != nil {
			return err
		}
		if a != nil {
			a.ListingID = ptrNum(id)
		}
	case "PledgeEscrow.ListingUpdated":
		l, err := p.listing(ctx, e.Uint("listingId"), b)
		if err != nil || l == nil {
			return err
		}
		l.PricePerHour, l.Deposit = newNum(e.Uint("pricePerHour")), newNum(e.Uint("deposit"))
		l.MinDuration, l.MaxDuration = u64(e.Uint("minDuration")), u64(e.Uint("maxDuration"))
		l.PricePerUnit = newNum(e.Uint("pricePerUnit"))
	case "PledgeEscrow.Delisted":
		l, err := p.listing(ctx, e.Uint("listingId"), b)
		if err != nil || l == nil {
			return err
		}
		l.Status = "delisted"
		a, err := p.asset(ctx, &l.TokenID.Int, b)
		if err != nil {
			return err
		}
		if a != nil && a.ListingID != nil && a.ListingID.Cmp(&l.ID.Int) == 0 {
			a.ListingID = nil
		}
	case "PledgeEscrow.PledgeLocked":
		return p.pledge(ctx, e, b, "locked", e.Address("provider"), e.Uint("amount"))
	case "PledgeEscrow.PledgeReleased":
		return p.pledge(ctx, e, b, "released", e.Address("provider"), neg(e.Uint("amount")))
	case "PledgeEscrow.PledgeReturned":
		return p.pledge(ctx, e, b, "returned", e.Address("provider"), neg(e.Uint("amount")))
	case "PledgeEscrow.PledgeSlashed":
		return p.pledge(ctx, e, b, "slashed", common.Address{}, neg(e.Uint("amount")))
	case "PledgeEscrow.Rented":
		id := e.Uint("rentalId")
		l, err := p.listings.get(ctx, p.tx, e.Uint("listingId").String())
		if err != nil {
			return err
		}
		if l == nil {
			return fmt.Errorf("rental %s of unknown listing %s", id, e.Uint("listingId"))
		}
		r := &rental{ID: newNum(id), ListingID: newNum(e.Uint("listingId")), TokenID: newNum(e.Uint("tokenId")),
			Renter: addr(e.Address("renter")), Provider: l.Provider, Status: "active",
			StartTime: u64(e.Uint("start")), EndTime: u64(e.Uint("end")), Rent: newNum(e.Uint("rent")), Deposit: newNum(e.Uint("deposit")),
			BlockNumber: b, UpdatedBlock: b}
		if _, err := p.rentals.get(ctx, p.tx, id.String()); err != nil {
			return err
		}
		p.rentals.put(r.key(), r)
		a, err := p.account(ctx, e.Address("renter"), b)
		if err != nil {
			return err
		}
		a.ActiveRentals++
	case "PledgeEscrow.AssetConfirmed":
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		r.Confirmed = true
	case "PledgeEscrow.UsageReported":
		u := &usageReport{RentalID: newNum(e.Uint("rentalId")), Nonce: u64(e.Uint("nonce")), Units: newNum(e.Uint("units")),
			DamageBps: u64(e.Uint("damageBps")), Device: addr(e.Address("device")), TxHash: bin(l.TxHash.Bytes()), BlockNumber: b}
		p.usage.put(u.key(), u)
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		r.HasReports = true
	case "PledgeEscrow.RentalSettled":
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		if r.Status != "resolved" {
			r.Status = "settled"
		}
		r.RentCharged, r.UsageFee, r.Damage = ptrNum(e.Uint("rentCharged")), ptrNum(e.Uint("usageFee")), ptrNum(e.Uint("damage"))
		r.LateFee, r.PlatformFee, r.Refund = ptrNum(e.Uint("lateFee")), ptrNum(e.Uint("platformFee")), ptrNum(e.Uint("refund"))
		return p.finishRental(ctx, r, b)
	case "PledgeEscrow.RentalDefaulted":
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		r.Status = "defaulted"
		zero := new(big.Int)
		// the rent is charged in full and the provider keeps the whole deposit.
		r.RentCharged, r.UsageFee, r.Damage = ptrNum(&r.Rent.Int), ptrNum(zero), ptrNum(e.Uint("deposit"))
		r.LateFee, r.PlatformFee, r.Refund = ptrNum(zero), ptrNum(e.Uint("platformFee")), ptrNum(zero)
		return p.finishRental(ctx, r, b)
	case "PledgeEscrow.DisputeOpened":
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		r.Status, r.DisputeID = "disputed", ptrNum(e.Uint("disputeId"))
		d, err := p.dispute(ctx, e.Uint("disputeId"), b)
		if err != nil || d == nil {
			return err
		}
		h := hash32(e.Bytes32("evidenceHash"))
		d.EvidenceHash = &h
	case "PledgeEscrow.DisputeResolved":
		r, err := p.rental(ctx, e.Uint("rentalId"), b)
		if err != nil || r == nil {
			return err
		}
		r.Status = "resolved"
	case "PledgeEscrow.RewardPaid":
		a, err := p.account(ctx, e.Address("account"), b)
		if err != nil {
			return err
		}
		addNum(&a.RewardsEarned, e.Uint("amount"))

	case "Arbitration.DisputeCreated":
		id := e.Uint("disputeId")
		d := &dispute{ID: newNum(id), RentalID: newNum(e.Uint("rentalId")), Opener: addr(e.Address("opener")),
			Renter: addr(e.Address("renter")), Provider: addr(e.Address("provider")), Status: "open",
			VotingDeadline: u64(e.Uint("votingDeadline")), BlockNumber: b, UpdatedBlock: b}
		if _, err := p.disputes.get(ctx, p.tx, id.String()); err != nil {
			return err
		}
		p.disputes.put(d.key(), d)
	case "Arbitration.Evidence":
		ev := &evidence{DisputeID: newNum(e.Uint("evidenceGroupID")), Party: addr(e.Address("party")), URI: text(e.String("evidence")),
			TxHash: bin(l.TxHash.Bytes()), BlockNumber: b, LogIndex: uint64(l.Index)}
		p.evidence.put(ev.key(), ev)
	case "Arbitration.Voted":
		v := &vote{DisputeID: newNum(e.Uint("disputeId")), Arbiter: addr(e.Address("arbiter")),
			ProviderShareBps: u64(e.Uint("providerShareBps")), BlockNumber: b, LogIndex: uint64(l.Index)}
		p.votes.put(v.key(), v)
	case "Arbitration.Ruling":
		d, err := p.dispute(ctx, e.Uint("disputeId"), b)
		if err != nil || d == nil {
			return err
		}
		d.Status, d.RulingBps = "resolved", ptrU64(u64(e.Uint("providerShareBps")))
	}
	return nil
}

// pledge moves a listing's pledge to state and the provider's pledged total by delta.
// A slash names the renter, not the provider: the provider comes from the listing.
func (p *projector) pledge(ctx context.Context, e *decode.Event, b uint64, state string, provider common.Address, delta *big.Int) error {
	l, err := p.listing(ctx, e.Uint("listingId"), b)
	if err != nil || l == nil {
		return err
	}
	l.PledgeState = state
	if state == "locked" {
		l.PledgeAmount = newNum(e.Uint("amount"))
	}
	if provider == (common.Address{}) {
		provider = common.BytesToAddress(l.Provider)
	}
	a, err := p.account(ctx, provider, b)
	if err != nil {
		return err
	}
	addNum(&a.Pledged, delta)
	return nil
}

func (p *projector) finishRental(ctx context.Context, r *rental, b uint64) error {
	a, err := p.account(ctx, common.BytesToAddress(r.Renter), b)
	if err != nil {
		return err
	}
	a.ActiveRentals--
	// the asset's user record is cleared by its own UpdateUser log.
	return nil
}
