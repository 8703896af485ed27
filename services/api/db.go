package api

import (
	"context"
	"encoding/hex"
	"math"
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"

	"sharechain/internal/projection"

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
		ListingID: optUint(a.ListingID), Locked: a.Locked, BlockNumber: int64(a.BlockNumber)}
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
	payee := l.PayeeOrProvider()
	out := Listing{ID: l.ID.String(), TokenID: l.TokenID.String(), Provider: addrOf(l.Provider[:]),
		PaymentToken: addrOf(l.PaymentToken[:]), PricePerHour: l.PricePerHour.String(), Deposit: l.Deposit.String(),
		MinDuration: l.MinDuration, MaxDuration: l.MaxDuration, PricePerUnit: l.PricePerUnit.String(),
		CancelFeeBps: int(l.CancelFeeBps), FreeCancelBefore: l.FreeCancelBefore, Payee: addrOf(payee[:]),
		Platform: optAddr(l.Platform), TermsHash: optHash(l.TermsHash), Status: l.Status,
		Pledge: Pledge{Amount: l.PledgeAmount.String(), State: l.PledgeState}, BlockNumber: int64(l.BlockNumber),
		Kind: l.Meta.Kind, Title: l.Meta.Title}
	if l.Meta.Lat != nil && l.Meta.Lon != nil {
		out.Location.V = &Location{Lat: *l.Meta.Lat, Lon: *l.Meta.Lon}
	}
	if d := l.Meta.Distance; d != nil {
		m := int64(math.Round(*d))
		out.DistanceM, out.sortKey = &m, l.Meta.Key
	}
	return out
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
	kind         string
	near         *projection.Near
	from, to     uint64 // the availability window; to = 0 for none
	minTier      *uint64
	after        *big.Int
	afterNear    *projection.ListingCursor
	limit        int
}

func (d *db) listings(ctx context.Context, v view, f listingFilter) ([]Listing, error) {
	rows, err := d.view.Listings(ctx, v.at(), projection.ListingFilter{Active: f.active, Provider: f.provider,
		PaymentToken: f.paymentToken, MaxPrice: decimal(f.maxPrice), TokenID: decimal(f.tokenID), Kind: f.kind,
		Near: f.near, AvailableFrom: f.from, AvailableTo: f.to, MinProviderTier: f.minTier, After: decimal(f.after),
		AfterNear: f.afterNear, Limit: f.limit})
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
		Renter: addrOf(r.Renter[:]), Provider: addrOf(r.Provider[:]), Payee: addrOf(r.Payee[:]), Device: optAddr(r.Device),
		Platform: optAddr(r.Platform), Status: r.Status, Start: r.Start, End: r.End, Rent: r.Rent.String(),
		Deposit: r.Deposit.String(), CancelFeeBps: int(r.CancelFeeBps), FreeCancelBefore: r.FreeCancelBefore, CheckedIn: r.CheckedIn, Confirmed: r.Confirmed, ReturnedAt: r.ReturnedAt,
		InspectionEnd: r.InspectionEnd, DisputeID: optUint(r.DisputeID), UsageReports: []UsageReport{},
		BlockNumber: int64(r.BlockNumber), hasReports: r.HasReports}
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
		RewardsEarned: acc.RewardsEarned.String(), Pledged: acc.Pledged.String(), ActiveRentals: int(acc.ActiveRentals),
		TierRentals: int(acc.TierRentals)}
	if tier != nil {
		out.Tier = int(tier.Tier)
		out.Terms = Terms{MaxActiveRentals: int(tier.MaxActiveRentals), DepositBps: int(tier.DepositBps),
			PledgeBps: int(tier.PledgeBps)}
	}
	credits, err := d.view.Claimable(ctx, v.at(), []common.Address{a})
	if err != nil {
		return Account{}, err
	}
	out.Claimable = tokenAmounts(credits[a])
	return out, nil
}

func tokenAmounts(xs []projection.TokenAmount) []TokenAmount {
	out := make([]TokenAmount, len(xs))
	for i, x := range xs {
		out[i] = TokenAmount{Token: addrOf(x.Token[:]), Amount: x.Amount.String()}
	}
	return out
}

// ---- availability ----

func (d *db) availability(ctx context.Context, v view, token *big.Int, from, to uint64) (Availability, error) {
	rows, err := d.view.Busy(ctx, v.at(), token.String(), from, to)
	if err != nil {
		return Availability{}, err
	}
	out := Availability{TokenID: token.String(), From: from, To: to, Busy: make([]Slot, len(rows))}
	for i, r := range rows {
		out.Busy[i] = Slot{RentalID: r.ID.String(), Start: r.Start, End: r.SlotEnd(), Status: r.Status}
	}
	return out, nil
}

// ---- platforms ----

func (d *db) withFees(ctx context.Context, v view, rows []*projection.Platform) ([]Platform, error) {
	addrs := make([]common.Address, len(rows))
	for i, p := range rows {
		addrs[i] = p.Address
	}
	fees, err := d.view.PlatformFees(ctx, v.at(), addrs)
	if err != nil {
		return nil, err
	}
	out := make([]Platform, len(rows))
	for i, p := range rows {
		out[i] = Platform{Address: addrOf(p.Address[:]), ShareBps: int(p.ShareBps), Listings: p.Listings, Rentals: p.Rentals,
			Fees: tokenAmounts(fees[p.Address])}
	}
	return out, nil
}

func (d *db) platform(ctx context.Context, v view, a common.Address) (Platform, error) {
	p, err := d.view.Platform(ctx, v.at(), a)
	if err != nil {
		return Platform{}, err
	}
	out, err := d.withFees(ctx, v, []*projection.Platform{p})
	if err != nil {
		return Platform{}, err
	}
	return out[0], nil
}

func (d *db) platforms(ctx context.Context, v view, after *common.Address, limit int) ([]Platform, error) {
	var key []byte
	if after != nil {
		key = after.Bytes()
	}
	rows, err := d.view.Platforms(ctx, v.at(), key, limit)
	if err != nil {
		return nil, err
	}
	return d.withFees(ctx, v, rows)
}

// ---- params ----

// maxAdvance is how far ahead a booking may start, as last announced.
func (d *db) maxAdvance(ctx context.Context) (uint64, error) {
	settings, err := d.view.Settings(ctx)
	if err != nil {
		return 0, err
	}
	if v, err := strconv.ParseUint(settings[projection.SettingMaxAdvance], 10, 64); err == nil {
		return v, nil
	}
	return defaultMaxAdvance, nil
}

// params assembles every announced parameter; values never announced are zero.
func (d *db) params(ctx context.Context) (Params, error) {
	settings, err := d.view.Settings(ctx)
	if err != nil {
		return Params{}, err
	}
	num := func(name string) uint64 {
		x, _ := strconv.ParseUint(settings[name], 10, 64)
		return x
	}
	str := func(name string) string {
		if s, ok := settings[name]; ok {
			return s
		}
		return "0"
	}
	treasury := common.HexToAddress(settings[projection.SettingTreasury])
	out := Params{
		Escrow: EscrowParams{PlatformFeeBps: int(num(projection.SettingPlatformFeeBps)),
			GracePeriod: num(projection.SettingGracePeriod), LateFeeBps: int(num(projection.SettingLateFeeBps)),
			InspectionPeriod: num(projection.SettingInspectionPeriod), MinRentalSeconds: num(projection.SettingMinRentalSeconds),
			MaxAdvance: num(projection.SettingMaxAdvance), BasePledge: str(projection.SettingBasePledge),
			EpochRewardCap: str(projection.SettingEpochRewardCap), Treasury: addrOf(treasury[:])},
		NewcomerScore: projection.NewcomerScore, PairCooldown: num(projection.SettingPairCooldown),
		Panel:         Panel{Quorum: int(num(projection.SettingQuorum)), VotingPeriod: num(projection.SettingVotingPeriod)},
		PaymentTokens: []PaymentTokenInfo{}, Tiers: []TierInfo{}, OutcomeDeltas: []OutcomeDeltaInfo{},
	}
	if _, ok := settings[projection.SettingNewcomerScore]; ok {
		out.NewcomerScore = int(num(projection.SettingNewcomerScore))
	}
	tokens, err := d.view.PaymentTokens(ctx)
	if err != nil {
		return Params{}, err
	}
	for _, t := range tokens {
		out.PaymentTokens = append(out.PaymentTokens, PaymentTokenInfo{Address: addrOf(t.Address[:]), Symbol: t.Symbol,
			Decimals: int(t.Decimals), Allowed: t.Allowed, RewardRate: t.RewardRate.String()})
	}
	tiers, err := d.view.Tiers(ctx)
	if err != nil {
		return Params{}, err
	}
	for _, t := range tiers {
		out.Tiers = append(out.Tiers, TierInfo{Tier: int(t.Tier), MinScore: int(t.MinScore),
			MaxActiveRentals: int(t.MaxActiveRentals), DepositBps: int(t.DepositBps), PledgeBps: int(t.PledgeBps)})
	}
	deltas, err := d.view.OutcomeDeltas(ctx)
	if err != nil {
		return Params{}, err
	}
	for _, x := range deltas {
		out.OutcomeDeltas = append(out.OutcomeDeltas, OutcomeDeltaInfo{Outcome: int(x.Outcome), Delta: int(x.Delta)})
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
