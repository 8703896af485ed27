package api

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// db reads the indexer's tables. It never writes: in production it should connect
// with a read-only role (deploy/README.md).
type db struct {
	pool    *pgxpool.Pool
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
	return 1<<63 - 1
}

// scanning helpers: bytea columns become EIP-55 or hex strings, NUMERIC columns come
// back as text (the SQL casts them) and stay exact.

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

func optAddr(b []byte) *string {
	if b == nil {
		return nil
	}
	s := addrOf(b)
	return &s
}

func optHex(b []byte) *string {
	if b == nil {
		return nil
	}
	s := hexOf(b)
	return &s
}

func optUint64(s *string) (*uint64, error) {
	if s == nil {
		return nil, nil
	}
	v, err := strconv.ParseUint(*s, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("reading a uint64 column: %w", err)
	}
	return &v, nil
}

func mustUint64(s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("reading a uint64 column: %w", err)
	}
	return v, nil
}

// errNotFound marks an unknown id.
var errNotFound = errors.New("not found")

// ---- assets ----

const assetColumns = `a.token_id::text, a.owner, a.asset_code, a.content_hash, a.uri,
	a.verified AND a.valid_until >= $1::numeric, a.verified_by, a.valid_until::text, a.device,
	a.user_address, a.user_expires::text, a.listing_id::text, a.block_number`

func scanAsset(row pgx.Row) (Asset, error) {
	var a Asset
	var owner, code, content, verifiedBy, device, user []byte
	var validUntil, userExpires *string
	if err := row.Scan(&a.TokenID, &owner, &code, &content, &a.URI, &a.Verified, &verifiedBy, &validUntil, &device,
		&user, &userExpires, &a.ListingID, &a.BlockNumber); err != nil {
		return Asset{}, err
	}
	a.Owner, a.AssetCode, a.ContentHash = addrOf(owner), hexOf(code), hexOf(content)
	a.VerifiedBy, a.Device, a.User = optAddr(verifiedBy), optAddr(device), optAddr(user)
	a.Listed = a.ListingID != nil
	var err error
	if a.ValidUntil, err = optUint64(validUntil); err != nil {
		return Asset{}, err
	}
	if a.UserExpires, err = optUint64(userExpires); err != nil {
		return Asset{}, err
	}
	return a, nil
}

func (d *db) asset(ctx context.Context, v view, id *big.Int) (Asset, error) {
	q := `SELECT ` + assetColumns + ` FROM assets a WHERE a.chain_id = $4 AND a.token_id = $2 AND a.updated_block <= $3`
	a, err := scanAsset(d.pool.QueryRow(ctx, q, strconv.FormatUint(v.latestTime, 10), id.String(), v.maxBlock(), d.chainID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Asset{}, errNotFound
	}
	return a, err
}

type assetFilter struct {
	owner    *common.Address
	verified *bool
	listed   *bool
	after    *big.Int
	limit    int
}

func (d *db) assets(ctx context.Context, v view, f assetFilter) ([]Asset, error) {
	w := conds{args: []any{strconv.FormatUint(v.latestTime, 10)}}
	w.add("a.chain_id = $%d", d.chainID)
	w.add("a.updated_block <= $%d", v.maxBlock())
	if f.owner != nil {
		w.add("a.owner = $%d", f.owner.Bytes())
	}
	if f.verified != nil {
		w.add("(a.verified AND a.valid_until >= $1::numeric) = $%d", *f.verified)
	}
	if f.listed != nil {
		w.add("(a.listing_id IS NOT NULL) = $%d", *f.listed)
	}
	if f.after != nil {
		w.add("a.token_id > $%d::numeric", f.after.String())
	}
	q := `SELECT ` + assetColumns + ` FROM assets a WHERE ` + w.where() + ` ORDER BY a.token_id LIMIT ` + w.arg(f.limit)
	rows, err := d.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Asset, error) { return scanAsset(r) })
}

// conds collects the conditions of a list query and their arguments. Only the filters a
// request sets become SQL, so that each combination is a statement of its own whose plan
// fits it: written as "($n IS NULL OR r.id > $n)", a keyset condition cannot seek in an
// index under a generic plan, so PostgreSQL replans such a prepared statement on every
// execution (or, with a generic plan, reads every row before the cursor).
type conds struct {
	sql  []string
	args []any
}

// add appends cond, whose "%d" becomes the placeholder number of arg.
func (c *conds) add(cond string, arg any) {
	c.args = append(c.args, arg)
	c.sql = append(c.sql, fmt.Sprintf(cond, len(c.args)))
}

// arg appends arg and returns its placeholder.
func (c *conds) arg(arg any) string {
	c.args = append(c.args, arg)
	return "$" + strconv.Itoa(len(c.args))
}

func (c *conds) where() string { return strings.Join(c.sql, " AND ") }

// ---- listings ----

const listingColumns = `l.id::text, l.token_id::text, l.provider, l.payment_token, l.price_per_hour::text, l.deposit::text,
	l.min_duration::text, l.max_duration::text, l.price_per_unit::text, l.status, l.pledge_amount::text, l.pledge_state, l.block_number`

func scanListing(row pgx.Row) (Listing, error) {
	var l Listing
	var provider, token []byte
	var minD, maxD string
	if err := row.Scan(&l.ID, &l.TokenID, &provider, &token, &l.PricePerHour, &l.Deposit, &minD, &maxD, &l.PricePerUnit,
		&l.Status, &l.Pledge.Amount, &l.Pledge.State, &l.BlockNumber); err != nil {
		return Listing{}, err
	}
	l.Provider, l.PaymentToken = addrOf(provider), addrOf(token)
	var err error
	if l.MinDuration, err = mustUint64(minD); err != nil {
		return Listing{}, err
	}
	if l.MaxDuration, err = mustUint64(maxD); err != nil {
		return Listing{}, err
	}
	return l, nil
}

func (d *db) listing(ctx context.Context, v view, id *big.Int) (Listing, error) {
	q := `SELECT ` + listingColumns + ` FROM listings l WHERE l.chain_id = $3 AND l.id = $1 AND l.updated_block <= $2`
	l, err := scanListing(d.pool.QueryRow(ctx, q, id.String(), v.maxBlock(), d.chainID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Listing{}, errNotFound
	}
	return l, err
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
	var w conds
	w.add("l.chain_id = $%d", d.chainID)
	w.add("l.updated_block <= $%d", v.maxBlock())
	if f.active != nil {
		// spelt as the partial index idx_listings_active is, so that active=true can use it
		if *f.active {
			w.sql = append(w.sql, "l.status = 'active'")
		} else {
			w.sql = append(w.sql, "l.status <> 'active'")
		}
	}
	if f.provider != nil {
		w.add("l.provider = $%d", f.provider.Bytes())
	}
	if f.paymentToken != nil {
		w.add("l.payment_token = $%d", f.paymentToken.Bytes())
	}
	if f.maxPrice != nil {
		w.add("l.price_per_hour <= $%d::numeric", f.maxPrice.String())
	}
	if f.tokenID != nil {
		w.add("l.token_id = $%d::numeric", f.tokenID.String())
	}
	if f.after != nil {
		w.add("l.id > $%d::numeric", f.after.String())
	}
	q := `SELECT ` + listingColumns + ` FROM listings l WHERE ` + w.where() + ` ORDER BY l.id LIMIT ` + w.arg(f.limit)
	rows, err := d.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Listing, error) { return scanListing(r) })
}

// ---- rentals ----

const rentalColumns = `r.id::text, r.listing_id::text, r.token_id::text, r.renter, r.provider, r.status,
	r.start_time::text, r.end_time::text, r.rent::text, r.deposit::text, r.confirmed, r.dispute_id::text,
	r.rent_charged::text, r.usage_fee::text, r.damage::text, r.late_fee::text, r.platform_fee::text, r.refund::text, r.block_number,
	r.has_reports`

func scanRental(row pgx.Row) (Rental, error) {
	var r Rental
	var renter, provider []byte
	var start, end string
	var charged, usage, damage, late, platform, refund *string
	if err := row.Scan(&r.ID, &r.ListingID, &r.TokenID, &renter, &provider, &r.Status, &start, &end, &r.Rent, &r.Deposit,
		&r.Confirmed, &r.DisputeID, &charged, &usage, &damage, &late, &platform, &refund, &r.BlockNumber, &r.hasReports); err != nil {
		return Rental{}, err
	}
	r.Renter, r.Provider = addrOf(renter), addrOf(provider)
	var err error
	if r.Start, err = mustUint64(start); err != nil {
		return Rental{}, err
	}
	if r.End, err = mustUint64(end); err != nil {
		return Rental{}, err
	}
	if charged != nil {
		r.Settlement.V = &Settlement{RentCharged: *charged, UsageFee: deref(usage), Damage: deref(damage), LateFee: deref(late),
			PlatformFee: deref(platform), Refund: deref(refund)}
	}
	r.UsageReports = []UsageReport{}
	return r, nil
}

func deref(s *string) string {
	if s == nil {
		return "0"
	}
	return *s
}

// withReports fills the usage reports of rentals with one query, asked only for the
// rentals that have any (most have none: the indexer keeps rentals.has_reports).
func (d *db) withReports(ctx context.Context, v view, rentals []Rental) error {
	ids := make([]string, 0, len(rentals))
	at := make(map[string]int, len(rentals))
	for i, r := range rentals {
		if r.hasReports {
			ids = append(ids, r.ID)
			at[r.ID] = i
		}
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := d.pool.Query(ctx, `SELECT rental_id::text, nonce::text, units::text, damage_bps, device, tx_hash, block_number
		FROM usage_reports WHERE chain_id = $3 AND rental_id = ANY($1::numeric[]) AND block_number <= $2 ORDER BY usage_reports.rental_id, usage_reports.nonce`, ids, v.maxBlock(), d.chainID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, nonce string
		var u UsageReport
		var device, tx []byte
		if err := rows.Scan(&id, &nonce, &u.Units, &u.DamageBps, &device, &tx, &u.BlockNumber); err != nil {
			return err
		}
		if u.Nonce, err = mustUint64(nonce); err != nil {
			return err
		}
		u.Device, u.TxHash = addrOf(device), hexOf(tx)
		r := &rentals[at[id]]
		r.UsageReports = append(r.UsageReports, u)
	}
	return rows.Err()
}

func (d *db) rental(ctx context.Context, v view, id *big.Int) (Rental, error) {
	q := `SELECT ` + rentalColumns + ` FROM rentals r WHERE r.chain_id = $3 AND r.id = $1 AND r.updated_block <= $2`
	r, err := scanRental(d.pool.QueryRow(ctx, q, id.String(), v.maxBlock(), d.chainID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Rental{}, errNotFound
	}
	if err != nil {
		return Rental{}, err
	}
	rs := []Rental{r}
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
	var w conds
	w.add("r.chain_id = $%d", d.chainID)
	w.add("r.updated_block <= $%d", v.maxBlock())
	if f.renter != nil {
		w.add("r.renter = $%d", f.renter.Bytes())
	}
	if f.provider != nil {
		w.add("r.provider = $%d", f.provider.Bytes())
	}
	if f.tokenID != nil {
		w.add("r.token_id = $%d::numeric", f.tokenID.String())
	}
	if f.status != "" {
		w.add("r.status = $%d", f.status)
	}
	if f.after != nil {
		w.add("r.id > $%d::numeric", f.after.String())
	}
	q := `SELECT ` + rentalColumns + ` FROM rentals r WHERE ` + w.where() + ` ORDER BY r.id LIMIT ` + w.arg(f.limit)
	rows, err := d.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	rs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Rental, error) { return scanRental(r) })
	if err != nil {
		return nil, err
	}
	return rs, d.withReports(ctx, v, rs)
}

// ---- accounts ----

func (d *db) account(ctx context.Context, v view, a common.Address) (Account, error) {
	// An address never seen is a newcomer: the column defaults of accounts, read from
	// the catalog would be one more moving part, so the defaults are spelled here once.
	q := `WITH acc AS (
		SELECT score, blacklisted, blacklist_reason, shr_balance, rewards_earned, pledged, active_rentals
		FROM accounts WHERE chain_id = $3 AND address = $1 AND updated_block <= $2
		UNION ALL
		SELECT 600, false, NULL, 0, 0, 0, 0
		LIMIT 1)
	SELECT acc.score, acc.blacklisted, acc.blacklist_reason, acc.shr_balance::text, acc.rewards_earned::text, acc.pledged::text,
		acc.active_rentals, t.tier, t.max_active_rentals, t.deposit_bps, t.pledge_bps
	FROM acc LEFT JOIN LATERAL (
		SELECT tier, max_active_rentals, deposit_bps, pledge_bps FROM tiers
		WHERE chain_id = $3 AND min_score <= acc.score ORDER BY tier DESC LIMIT 1) t ON true`
	var out Account
	var reason []byte
	var tier, maxActive, depositBps, pledgeBps *int
	err := d.pool.QueryRow(ctx, q, a.Bytes(), v.maxBlock(), d.chainID).Scan(&out.Score, &out.Blacklisted, &reason, &out.SHRBalance,
		&out.RewardsEarned, &out.Pledged, &out.ActiveRentals, &tier, &maxActive, &depositBps, &pledgeBps)
	if err != nil {
		return Account{}, err
	}
	out.Address = a.Hex()
	out.BlacklistReason = optHex(reason)
	if tier != nil {
		out.Tier = *tier
		out.Terms = Terms{MaxActiveRentals: *maxActive, DepositBps: *depositBps, PledgeBps: *pledgeBps}
	}
	return out, nil
}

// ---- disputes ----

const disputeColumns = `d.id::text, d.rental_id::text, d.opener, d.renter, d.provider, d.status, d.evidence_hash,
	d.ruling_bps, d.voting_deadline::text, d.block_number`

func scanDispute(row pgx.Row) (Dispute, error) {
	var x Dispute
	var opener, renter, provider, evidence []byte
	var deadline string
	if err := row.Scan(&x.ID, &x.RentalID, &opener, &renter, &provider, &x.Status, &evidence, &x.RulingBps, &deadline,
		&x.BlockNumber); err != nil {
		return Dispute{}, err
	}
	x.Opener, x.Renter, x.Provider = addrOf(opener), addrOf(renter), addrOf(provider)
	x.EvidenceHash = optHex(evidence)
	var err error
	if x.VotingDeadline, err = mustUint64(deadline); err != nil {
		return Dispute{}, err
	}
	x.Evidence, x.Votes = []Evidence{}, []Vote{}
	return x, nil
}

// withDetails fills the evidence and votes of disputes.
func (d *db) withDetails(ctx context.Context, v view, ds []Dispute) error {
	if len(ds) == 0 {
		return nil
	}
	ids := make([]string, len(ds))
	at := make(map[string]int, len(ds))
	for i, x := range ds {
		ids[i] = x.ID
		at[x.ID] = i
	}
	rows, err := d.pool.Query(ctx, `SELECT dispute_id::text, party, uri, tx_hash FROM dispute_evidence
		WHERE chain_id = $3 AND dispute_id = ANY($1::numeric[]) AND block_number <= $2 ORDER BY dispute_evidence.dispute_id, block_number, log_index`, ids, v.maxBlock(), d.chainID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		var party, tx []byte
		var e Evidence
		if err := rows.Scan(&id, &party, &e.URI, &tx); err != nil {
			rows.Close()
			return err
		}
		e.Party, e.TxHash = addrOf(party), hexOf(tx)
		ds[at[id]].Evidence = append(ds[at[id]].Evidence, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = d.pool.Query(ctx, `SELECT dispute_id::text, arbiter, provider_share_bps FROM dispute_votes
		WHERE chain_id = $3 AND dispute_id = ANY($1::numeric[]) AND block_number <= $2 ORDER BY dispute_votes.dispute_id, block_number, log_index`, ids, v.maxBlock(), d.chainID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var arbiter []byte
		var vote Vote
		if err := rows.Scan(&id, &arbiter, &vote.ProviderShareBps); err != nil {
			return err
		}
		vote.Arbiter = addrOf(arbiter)
		ds[at[id]].Votes = append(ds[at[id]].Votes, vote)
	}
	return rows.Err()
}

func (d *db) dispute(ctx context.Context, v view, id *big.Int) (Dispute, error) {
	q := `SELECT ` + disputeColumns + ` FROM disputes d WHERE d.chain_id = $3 AND d.id = $1 AND d.updated_block <= $2`
	x, err := scanDispute(d.pool.QueryRow(ctx, q, id.String(), v.maxBlock(), d.chainID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Dispute{}, errNotFound
	}
	if err != nil {
		return Dispute{}, err
	}
	ds := []Dispute{x}
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
	var w conds
	w.add("d.chain_id = $%d", d.chainID)
	w.add("d.updated_block <= $%d", v.maxBlock())
	if f.status != "" {
		w.add("d.status = $%d", f.status)
	}
	if f.rentalID != nil {
		w.add("d.rental_id = $%d::numeric", f.rentalID.String())
	}
	if f.after != nil {
		w.add("d.id > $%d::numeric", f.after.String())
	}
	q := `SELECT ` + disputeColumns + ` FROM disputes d WHERE ` + w.where() + ` ORDER BY d.id LIMIT ` + w.arg(f.limit)
	rows, err := d.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, err
	}
	ds, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Dispute, error) { return scanDispute(r) })
	if err != nil {
		return nil, err
	}
	return ds, d.withDetails(ctx, v, ds)
}
