package api

import (
	"context"
	"encoding/hex"
	"math/big"
	"sharechain/internal/projection"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
)

// db reads the indexer's tables: the projections through projection.View, which owns
// their SQL, and the events log. It never writes: in production it should connect with a
// read-only role (deploy/README.md).
type db struct {
	pool    *pgxpool.Pool
	view    *projection.View
	chainID int64
	names   map[common.Address]string // manifest name by contract address
}

// view is what a request may see: rows up to the finalized block when the client asked
// for finalized=true, else everything indexed.
type view struct {
	finalizedOnly bool
	finalized     int64
	latestTime    uint64 // time of the latest indexed block, for asset verification
}

// maxBlock is the highest block whose rows the view shows.
func (v view) maxBlock() int64 {
	if v.finalizedOnly {
		return v.finalized
	}
	return projection.Latest
}

// at is the view as the projections' reads take it.
func (v view) at() projection.At { return projection.At{MaxBlock: v.maxBlock(), Time: v.latestTime} }

// converting helpers: addresses become EIP-55 strings, hashes hex; amounts stay the
// decimal text PostgreSQL printed (projection.Uint).

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

// addrOf returns the EIP-55 form of a 20-byte address. The checksum costs a Keccak
// hash, a good part of a list page's CPU, and the same few accounts recur: the forms
// are cached, up to maxChecksums of them.
func addrOf(b []byte) string {
	a := common.BytesToAddress(b)
	if s, ok := checksums.Load(a); ok {
		return s.(string)
	}
	s := a.Hex()
	if checksumCount.Load() < maxChecksums {
		if _, loaded := checksums.LoadOrStore(a, s); !loaded {
			checksumCount.Add(1)
		}
	}
	return s
}

const maxChecksums = 1 << 16

var (
	checksums     sync.Map // common.Address → its EIP-55 string
	checksumCount atomic.Int64
)

func optAddr(a *common.Address) *string {
	if a == nil {
		return nil
	}
	s := addrOf(a[:])
	return &s
}

func optHash(h *[32]byte) *string {
	if h == nil {
		return nil
	}
	s := hexOf(h[:])
	return &s
}

// optUint is a nullable uint256: nil for NULL.
func optUint(u projection.Uint) *string {
	if u.Null() {
		return nil
	}
	s := u.String()
	return &s
}

func optHex(b []byte) *string {
	if b == nil {
		return nil
	}
	s := hexOf(b)
	return &s
}

// errNotFound marks an unknown id.
var errNotFound = projection.ErrNotFound

// ---- assets ----

func assetOf(a *projection.Asset, now uint64) Asset {
	out := Asset{TokenID: a.TokenID.String(), Owner: addrOf(a.Owner[:]), AssetCode: hexOf(a.AssetCode[:]),
		ContentHash: hexOf(a.ContentHash[:]), URI: a.URI, Verified: a.VerifiedAt(now), VerifiedBy: optAddr(a.VerifiedBy),
		ValidUntil: a.ValidUntil, Device: optAddr(a.Device), User: optAddr(a.User), UserExpires: a.UserExpires,
		ListingID: optUint(a.ListingID), BlockNumber: int64(a.BlockNumber)}
	out.Listed = out.ListingID != nil
	return out
}

func (d *db) asset(ctx context.Context, v view, id *big.Int) (Asset, error) {
	a, err := d.view.Asset(ctx, v.at(), id.String())
	if err != nil {
		return Asset{}, err
	}
	return assetOf(a, v.latestTime), nil
}

type assetFilter struct {
	owner    *common.Address
	verified *bool
	listed   *bool
	after    *big.Int
	limit    int
}

func (d *db) assets(ctx context.Context, v view, f assetFilter) ([]Asset, error) {
	rows, err := d.view.Assets(ctx, v.at(), projection.AssetFilter{Owner: f.owner, Verified: f.verified, Listed: f.listed,
		After: decimal(f.after), Limit: f.limit})
	if err != nil {
		return nil, err
	}
	out := make([]Asset, len(rows))
	for i, a := range rows {
		out[i] = assetOf(a, v.latestTime)
	}
	return out, nil
}

// decimal is a keyset cursor's id as the view takes it: "" for none.
func decimal(x *big.Int) string {
	if x == nil {
		return ""
	}
	return x.String()
}

// ---- listings ----

func listingOf(l *projection.Listing) Listing {
	return Listing{ID: l.ID.String(), TokenID: l.TokenID.String(), Provider: addrOf(l.Provider[:]),
		PaymentToken: addrOf(l.PaymentToken[:]), PricePerHour: l.PricePerHour.String(), Deposit: l.Deposit.String(),
		MinDuration: l.MinDuration, MaxDuration: l.MaxDuration, PricePerUnit: l.PricePerUnit.String(), Status: l.Status,
		Pledge: Pledge{Amount: l.PledgeAmount.String(), State: l.PledgeState}, BlockNumber: int64(l.BlockNumber)}
}

func (d *db) listing(ctx context.Context, v view, id *big.Int) (Listing, error) {
	l, err := d.view.Listing(ctx, v.at(), id.String())
	if err != nil {
		return Listing{}, err
	}
	return listingOf(l), nil
}

type listingFilter struct {
	active       *bool
	provider     *common.Address
	paymentToken *common.Address
	maxPrice     *big.Int
	tokenID      *big.Int
	after        *big.Int
	limit        int
}

func (d *db) listings(ctx context.Context, v view, f listingFilter) ([]Listing, error) {
	rows, err := d.view.Listings(ctx, v.at(), projection.ListingFilter{Active: f.active, Provider: f.provider,
		PaymentToken: f.paymentToken, MaxPrice: decimal(f.maxPrice), TokenID: decimal(f.tokenID), After: decimal(f.after),
		Limit: f.limit})
	if err != nil {
		return nil, err
	}
	out := make([]Listing, len(rows))
	for i, l := range rows {
		out[i] = listingOf(l)
	}
	return out, nil
}

// ---- rentals ----

func rentalOf(r *projection.Rental) Rental {
	out := Rental{ID: r.ID.String(), ListingID: r.ListingID.String(), TokenID: r.TokenID.String(),
		Renter: addrOf(r.Renter[:]), Provider: addrOf(r.Provider[:]), Status: r.Status, Start: r.Start, End: r.End,
		Rent: r.Rent.String(), Deposit: r.Deposit.String(), Confirmed: r.Confirmed, DisputeID: optUint(r.DisputeID),
		UsageReports: []UsageReport{}, BlockNumber: int64(r.BlockNumber), hasReports: r.HasReports}
	if !r.RentCharged.Null() {
		out.Settlement.V = &Settlement{RentCharged: r.RentCharged.String(), UsageFee: zeroIfNull(r.UsageFee),
			Damage: zeroIfNull(r.Damage), LateFee: zeroIfNull(r.LateFee), PlatformFee: zeroIfNull(r.PlatformFee),
			Refund: zeroIfNull(r.Refund)}
	}
	return out
}

func zeroIfNull(u projection.Uint) string {
	if u.Null() {
		return "0"
	}
	return u.String()
}

// withReports fills the usage reports of rentals with one query, asked only for the
// rentals that have any (most have none: the indexer keeps rentals.has_reports).
func (d *db) withReports(ctx context.Context, v view, rentals []Rental) error {
	ids := make([]string, 0, len(rentals))
	for _, r := range rentals {
		if r.hasReports {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	reports, err := d.view.UsageReports(ctx, v.at(), ids)
	if err != nil {
		return err
	}
	for i := range rentals {
		for _, u := range reports[rentals[i].ID] {
			rentals[i].UsageReports = append(rentals[i].UsageReports, UsageReport{Nonce: u.Nonce, Units: u.Units.String(),
				DamageBps: int(u.DamageBps), Device: addrOf(u.Device[:]), TxHash: hexOf(u.TxHash[:]),
				BlockNumber: int64(u.BlockNumber)})
		}
	}
	return nil
}

func (d *db) rental(ctx context.Context, v view, id *big.Int) (Rental, error) {
	r, err := d.view.Rental(ctx, v.at(), id.String())
	if err != nil {
		return Rental{}, err
	}
	rs := []Rental{rentalOf(r)}
	if err := d.withReports(ctx, v, rs); err != nil {
		return Rental{}, err
	}
	return rs[0], nil
}

type rentalFilter struct {
	renter   *common.Address
	provider *common.Address
	tokenID  *big.Int
	status   string
	after    *big.Int
	limit    int
}

func (d *db) rentals(ctx context.Context, v view, f rentalFilter) ([]Rental, error) {
	rows, err := d.view.Rentals(ctx, v.at(), projection.RentalFilter{Renter: f.renter, Provider: f.provider,
		TokenID: decimal(f.tokenID), Status: f.status, After: decimal(f.after), Limit: f.limit})
	if err != nil {
		return nil, err
	}
	rs := make([]Rental, len(rows))
	for i, r := range rows {
		rs[i] = rentalOf(r)
	}
	return rs, d.withReports(ctx, v, rs)
}

// ---- accounts ----

func (d *db) account(ctx context.Context, v view, a common.Address) (Account, error) {
	acc, tier, err := d.view.Account(ctx, v.at(), a)
	if err != nil {
		return Account{}, err
	}
	out := Account{Address: a.Hex(), Score: int(acc.Score), Blacklisted: acc.Blacklisted,
		BlacklistReason: optHash(acc.BlacklistReason), SHRBalance: acc.ShrBalance.String(),
		RewardsEarned: acc.RewardsEarned.String(), Pledged: acc.Pledged.String(), ActiveRentals: int(acc.ActiveRentals)}
	if tier != nil {
		out.Tier = int(tier.Tier)
		out.Terms = Terms{MaxActiveRentals: int(tier.MaxActiveRentals), DepositBps: int(tier.DepositBps),
			PledgeBps: int(tier.PledgeBps)}
	}
	return out, nil
}

// ---- disputes ----

func disputeOf(x *projection.Dispute) Dispute {
	out := Dispute{ID: x.ID.String(), RentalID: x.RentalID.String(), Opener: addrOf(x.Opener[:]),
		Renter: addrOf(x.Renter[:]), Provider: addrOf(x.Provider[:]), Status: x.Status,
		EvidenceHash: optHash(x.EvidenceHash), Evidence: []Evidence{}, Votes: []Vote{},
		VotingDeadline: x.VotingDeadline, BlockNumber: int64(x.BlockNumber)}
	if x.RulingBps != nil {
		r := int(*x.RulingBps)
		out.RulingBps = &r
	}
	return out
}

// withDetails fills the evidence and votes of disputes.
func (d *db) withDetails(ctx context.Context, v view, ds []Dispute) error {
	if len(ds) == 0 {
		return nil
	}
	ids := make([]string, len(ds))
	for i, x := range ds {
		ids[i] = x.ID
	}
	evidence, err := d.view.Evidence(ctx, v.at(), ids)
	if err != nil {
		return err
	}
	votes, err := d.view.Votes(ctx, v.at(), ids)
	if err != nil {
		return err
	}
	for i := range ds {
		for _, e := range evidence[ds[i].ID] {
			ds[i].Evidence = append(ds[i].Evidence, Evidence{Party: addrOf(e.Party[:]), URI: e.URI, TxHash: hexOf(e.TxHash[:])})
		}
		for _, x := range votes[ds[i].ID] {
			ds[i].Votes = append(ds[i].Votes, Vote{Arbiter: addrOf(x.Arbiter[:]), ProviderShareBps: int(x.ProviderShareBps)})
		}
	}
	return nil
}

func (d *db) dispute(ctx context.Context, v view, id *big.Int) (Dispute, error) {
	x, err := d.view.Dispute(ctx, v.at(), id.String())
	if err != nil {
		return Dispute{}, err
	}
	ds := []Dispute{disputeOf(x)}
	if err := d.withDetails(ctx, v, ds); err != nil {
		return Dispute{}, err
	}
	return ds[0], nil
}

type disputeFilter struct {
	status   string
	rentalID *big.Int
	after    *big.Int
	limit    int
}

func (d *db) disputes(ctx context.Context, v view, f disputeFilter) ([]Dispute, error) {
	rows, err := d.view.Disputes(ctx, v.at(), projection.DisputeFilter{Status: f.status, RentalID: decimal(f.rentalID),
		After: decimal(f.after), Limit: f.limit})
	if err != nil {
		return nil, err
	}
	ds := make([]Dispute, len(rows))
	for i, x := range rows {
		ds[i] = disputeOf(x)
	}
	return ds, d.withDetails(ctx, v, ds)
}
