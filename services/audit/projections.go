package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"

	"sharechain/bindings/arbitration"
	"sharechain/bindings/assetregistry"
	"sharechain/bindings/creditregistry"
	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
	"sharechain/bindings/telemetryanchor"
	"sharechain/internal/manifest"
	"sharechain/internal/projection"
)

// latest shows every row: the snapshot itself is the indexer's block.
var latest = projection.At{MaxBlock: projection.Latest}

// pageSize is the number of projection rows read, and checked with one round of
// batched eth_calls, at a time.
const pageSize = 200

// callsPerBatch is the most eth_calls sent in one JSON-RPC batch.
const callsPerBatch = 100

// The names the contracts' enums have in the projection tables, by enum value.
var (
	rentalStatuses  = []string{"none", "booked", "active", "returned", "disputed", "settled", "defaulted", "resolved", "cancelled", "no_show"}
	listingStatuses = []string{"none", "active", "closed", "delisted"}
	pledgeStates    = []string{"none", "locked", "released", "slashed", "returned"}
)

// chainState reads the contracts' views at one block through batched eth_calls.
type chainState struct {
	rpc   *rpc.Client
	block string // hex block number

	registry  common.Address
	escrow    common.Address
	credit    common.Address
	arbiter   common.Address
	reward    common.Address
	anchor    common.Address // zero when the manifest names no TelemetryAnchor
	ar        *assetregistry.AssetRegistry
	pe        *pledgeescrow.PledgeEscrow
	cr        *creditregistry.CreditRegistry
	ab        *arbitration.Arbitration
	rt        *rewardtoken.RewardToken
	ta        *telemetryanchor.TelemetryAnchor
	completed int64 // eth_calls answered, for progress
}

// ethCall is one view call and, after [chainState.do], its result.
type ethCall struct {
	to   common.Address
	data []byte
	out  hexutil.Bytes
}

func (c *chainState) call(to common.Address, data []byte) *ethCall {
	return &ethCall{to: to, data: data}
}

// do runs calls in JSON-RPC batches at the state's block.
func (c *chainState) do(ctx context.Context, calls ...*ethCall) error {
	for start := 0; start < len(calls); start += callsPerBatch {
		part := calls[start:min(start+callsPerBatch, len(calls))]
		elems := make([]rpc.BatchElem, len(part))
		for i, cl := range part {
			elems[i] = rpc.BatchElem{
				Method: "eth_call",
				Args:   []any{map[string]any{"to": cl.to, "input": hexutil.Bytes(cl.data)}, c.block},
				Result: &cl.out,
			}
		}
		if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("eth_call at block %s: %w", c.block, err)
		}
		for _, e := range elems {
			if e.Error != nil {
				return fmt.Errorf("eth_call at block %s: %w", c.block, e.Error)
			}
		}
		c.completed += int64(len(part))
	}
	return nil
}

// result unpacks the answer of cl with unpack.
func result[T any](cl *ethCall, unpack func([]byte) (T, error)) (T, error) {
	v, err := unpack(cl.out)
	if err != nil {
		return v, fmt.Errorf("unpacking an eth_call to %s: %w", cl.to, err)
	}
	return v, nil
}

// projections compares the projection tables with the contracts' views, both at the
// indexer's block: the rows are read in one repeatable-read transaction that also reads
// the cursor, and every eth_call names that block.
func (a *auditor) projections(ctx context.Context) error {
	tx, err := a.cfg.Pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("opening the projections snapshot: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	// the snapshot waits on eth_calls between its queries.
	if _, err := tx.Exec(ctx, `SET LOCAL idle_in_transaction_session_timeout = 0`); err != nil {
		return fmt.Errorf("opening the projections snapshot: %w", err)
	}
	var block int64
	if err := tx.QueryRow(ctx, `SELECT indexed_block FROM indexer_state WHERE chain_id = $1`, int64(a.cfg.Manifest.ChainID)).Scan(&block); err != nil {
		return fmt.Errorf("reading the indexer's cursor: %w", err)
	}
	a.report.ProjectionBlock = uint64(block)

	client, err := rpc.DialContext(ctx, a.cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", a.cfg.RPCURL, err)
	}
	defer client.Close()
	m := a.cfg.Manifest
	cs := &chainState{
		rpc: client, block: hexutil.EncodeUint64(uint64(block)),
		registry: m.Contracts[manifest.AssetRegistry], escrow: m.Contracts[manifest.PledgeEscrow],
		credit: m.Contracts[manifest.CreditRegistry], arbiter: m.Contracts[manifest.Arbitration], reward: m.Contracts[manifest.RewardToken],
		ar: assetregistry.NewAssetRegistry(), pe: pledgeescrow.NewPledgeEscrow(), cr: creditregistry.NewCreditRegistry(),
		ab: arbitration.NewArbitration(), rt: rewardtoken.NewRewardToken(),
		anchor: m.Contracts[manifest.TelemetryAnchor], ta: telemetryanchor.NewTelemetryAnchor(),
	}
	view := projection.NewView(tx, m.ChainID)
	for _, check := range []struct {
		name string
		run  func(context.Context, *projection.View, *chainState) error
	}{
		{"assets", a.assets},
		{"listings", a.listings},
		{"rentals", a.rentals},
		{"disputes", a.disputes},
		{"accounts", a.accounts},
		{"tiers", a.tiers},
		{"telemetry anchors", a.anchors},
	} {
		if err := check.run(ctx, view, cs); err != nil {
			return fmt.Errorf("checking %s: %w", check.name, err)
		}
		a.progress("projections: %s checked at block %d (%d eth_calls so far)", check.name, block, cs.completed)
	}
	return nil
}

// differ reports a projection column that differs from the chain.
func (a *auditor) differ(table, id, column, db, chain string) {
	if db != chain {
		a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: id, Field: column, Database: db, Chain: chain})
	}
}

// counted pages through the rows of a table whose ids the chain numbers 1..total, in
// id order: page returns the rows after an id (decimal), at most pageSize of them. Each
// page's rows with an id in 1..total go to check; ids the table lacks are reported
// missing, unless gone (when set) says the chain no longer has them either, and ids
// beyond total extra.
func counted[R any](a *auditor, table string, total uint64, page func(after string) ([]*R, error),
	idOf func(*R) projection.Uint, check func([]*R, []uint64) error, gone func([]uint64) (map[uint64]bool, error)) error {
	var lacking []uint64
	missing := func(id uint64) { lacking = append(lacking, id) }
	after, next := "0", uint64(1)
	for {
		rows, err := page(after)
		if err != nil {
			return err
		}
		var (
			kept []*R
			ids  []uint64
		)
		for _, r := range rows {
			raw := idOf(r).String()
			after = raw
			a.report.Projected++
			id, err := strconv.ParseUint(raw, 10, 64)
			if err != nil || id == 0 || id > total {
				a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: raw, Database: "a row", Chain: fmt.Sprintf("no such id (%d exist)", total)})
				continue
			}
			for ; next < id; next++ {
				missing(next)
			}
			next = id + 1
			kept = append(kept, r)
			ids = append(ids, id)
		}
		if len(kept) > 0 {
			if err := check(kept, ids); err != nil {
				return err
			}
		}
		if len(rows) < pageSize {
			break
		}
	}
	for ; next <= total; next++ {
		missing(next)
	}
	var ok map[uint64]bool
	if gone != nil && len(lacking) > 0 {
		var err error
		if ok, err = gone(lacking); err != nil {
			return err
		}
	}
	for _, id := range lacking {
		if !ok[id] {
			a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: strconv.FormatUint(id, 10), Database: "no row", Chain: "exists"})
		}
	}
	return nil
}

// count reads a counter view.
func count(ctx context.Context, cs *chainState, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (uint64, error) {
	cl := cs.call(to, data)
	if err := cs.do(ctx, cl); err != nil {
		return 0, err
	}
	n, err := result(cl, unpack)
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("counter %s out of range", n)
	}
	return n.Uint64(), nil
}

func optHash(h *[32]byte) string {
	if h == nil {
		return "null"
	}
	return hexutil.Encode(h[:])
}

func addr(a *common.Address) string {
	if a == nil {
		return common.Address{}.Hex()
	}
	return a.Hex()
}

// orZero is a nullable uint256 as the contracts' views report it: 0 for none.
func orZero(u projection.Uint) string {
	if u.Null() {
		return "0"
	}
	return u.String()
}

func optU64(v *uint64) string {
	if v == nil {
		return "0"
	}
	return u64(*v)
}

func u64(v uint64) string { return strconv.FormatUint(v, 10) }

func bigStr(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func enumName(names []string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return strconv.Itoa(int(v))
}

func (a *auditor) assets(ctx context.Context, v *projection.View, cs *chainState) error {
	total, err := count(ctx, cs, cs.registry, cs.ar.PackTotalAssets(), cs.ar.UnpackTotalAssets)
	if err != nil {
		return err
	}
	page := func(after string) ([]*projection.Asset, error) {
		return v.Assets(ctx, latest, projection.AssetFilter{After: after, Limit: pageSize})
	}
	idOf := func(r *projection.Asset) projection.Uint { return r.TokenID }
	check := func(page []*projection.Asset, ids []uint64) error {
		calls := make([]*ethCall, 0, 4*len(page))
		for _, id := range ids {
			tok := new(big.Int).SetUint64(id)
			calls = append(calls, cs.call(cs.registry, cs.ar.PackAssetOf(tok)), cs.call(cs.registry, cs.ar.PackOwnerOf(tok)),
				cs.call(cs.escrow, cs.pe.PackOpenListingOf(tok)), cs.call(cs.registry, cs.ar.PackIsLocked(tok)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			want, err := result(calls[4*i], cs.ar.UnpackAssetOf)
			if err != nil {
				return err
			}
			owner, err := result(calls[4*i+1], cs.ar.UnpackOwnerOf)
			if err != nil {
				return err
			}
			listing, err := result(calls[4*i+2], cs.pe.UnpackOpenListingOf)
			if err != nil {
				return err
			}
			locked, err := result(calls[4*i+3], cs.ar.UnpackIsLocked)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			a.differ("assets", id, "owner", r.Owner.Hex(), owner.Hex())
			a.differ("assets", id, "asset_code", hexutil.Encode(r.AssetCode[:]), hexutil.Encode(want.AssetCode[:]))
			a.differ("assets", id, "content_hash", hexutil.Encode(r.ContentHash[:]), hexutil.Encode(want.ContentHash[:]))
			a.differ("assets", id, "verified", strconv.FormatBool(r.Verified), strconv.FormatBool(want.Verified))
			a.differ("assets", id, "verified_by", addr(r.VerifiedBy), want.Verifier.Hex())
			a.differ("assets", id, "valid_until", optU64(r.ValidUntil), u64(want.ValidUntil))
			a.differ("assets", id, "device", addr(r.Device), want.Device.Hex())
			a.differ("assets", id, "user_address", addr(r.User), want.User.Hex())
			a.differ("assets", id, "user_expires", optU64(r.UserExpires), u64(want.UserExpires))
			a.differ("assets", id, "listing_id", orZero(r.ListingID), bigStr(listing))
			a.differ("assets", id, "locked", strconv.FormatBool(r.Locked), strconv.FormatBool(locked))
		}
		return nil
	}
	// a revoked registration is burnt: the registry keeps no asset code for it.
	gone := func(ids []uint64) (map[uint64]bool, error) {
		calls := make([]*ethCall, len(ids))
		for i, id := range ids {
			calls[i] = cs.call(cs.registry, cs.ar.PackAssetOf(new(big.Int).SetUint64(id)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return nil, err
		}
		out := make(map[uint64]bool, len(ids))
		for i, id := range ids {
			want, err := result(calls[i], cs.ar.UnpackAssetOf)
			if err != nil {
				return nil, err
			}
			out[id] = want.AssetCode == [32]byte{}
		}
		return out, nil
	}
	return counted(a, "assets", total, page, idOf, check, gone)
}

func (a *auditor) listings(ctx context.Context, v *projection.View, cs *chainState) error {
	total, err := count(ctx, cs, cs.escrow, cs.pe.PackListingCount(), cs.pe.UnpackListingCount)
	if err != nil {
		return err
	}
	page := func(after string) ([]*projection.Listing, error) {
		return v.Listings(ctx, latest, projection.ListingFilter{After: after, Limit: pageSize})
	}
	idOf := func(r *projection.Listing) projection.Uint { return r.ID }
	return counted(a, "listings", total, page, idOf, func(page []*projection.Listing, ids []uint64) error {
		calls := make([]*ethCall, len(page))
		for i, id := range ids {
			calls[i] = cs.call(cs.escrow, cs.pe.PackGetListing(new(big.Int).SetUint64(id)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		wants := make([]pledgeescrow.IPledgeEscrowListing, len(page))
		var hashCalls []*ethCall
		hashOf := map[int]*ethCall{}
		for i := range page {
			want, err := result(calls[i], cs.pe.UnpackGetListing)
			if err != nil {
				return err
			}
			wants[i] = want
			if enumName(listingStatuses, want.Status) != "delisted" {
				cl := cs.call(cs.escrow, cs.pe.PackTermsHash(new(big.Int).SetUint64(ids[i])))
				hashCalls = append(hashCalls, cl)
				hashOf[i] = cl
			}
		}
		if err := cs.do(ctx, hashCalls...); err != nil {
			return err
		}
		for i, r := range page {
			want, t := wants[i], wants[i].Terms
			id := u64(ids[i])
			a.differ("listings", id, "token_id", r.TokenID.String(), bigStr(want.TokenId))
			a.differ("listings", id, "provider", r.Provider.Hex(), want.Provider.Hex())
			a.differ("listings", id, "payment_token", r.PaymentToken.Hex(), want.PaymentToken.Hex())
			a.differ("listings", id, "price_per_hour", r.PricePerHour.String(), bigStr(t.PricePerHour))
			a.differ("listings", id, "deposit", r.Deposit.String(), bigStr(t.Deposit))
			a.differ("listings", id, "min_duration", u64(r.MinDuration), u64(t.MinDuration))
			a.differ("listings", id, "max_duration", u64(r.MaxDuration), u64(t.MaxDuration))
			a.differ("listings", id, "price_per_unit", r.PricePerUnit.String(), bigStr(t.PricePerUnit))
			a.differ("listings", id, "cancel_fee_bps", u64(r.CancelFeeBps), u64(uint64(t.CancelFeeBps)))
			a.differ("listings", id, "free_cancel_before", u64(r.FreeCancelBefore), u64(t.FreeCancelBefore))
			a.differ("listings", id, "payee", addr(r.Payee), t.Payee.Hex())
			a.differ("listings", id, "platform", addr(r.Platform), t.Platform.Hex())
			a.differ("listings", id, "status", r.Status, enumName(listingStatuses, want.Status))
			a.differ("listings", id, "pledge_amount", r.PledgeAmount.String(), bigStr(want.Pledge))
			a.differ("listings", id, "pledge_state", r.PledgeState, enumName(pledgeStates, want.PledgeState))
			if cl := hashOf[i]; cl != nil {
				h, err := result(cl, cs.pe.UnpackTermsHash)
				if err != nil {
					return err
				}
				a.differ("listings", id, "terms_hash", optHash(r.TermsHash), hexutil.Encode(h[:]))
			}
		}
		return nil
	}, nil)
}

func (a *auditor) rentals(ctx context.Context, v *projection.View, cs *chainState) error {
	total, err := count(ctx, cs, cs.escrow, cs.pe.PackRentalCount(), cs.pe.UnpackRentalCount)
	if err != nil {
		return err
	}
	page := func(after string) ([]*projection.Rental, error) {
		return v.Rentals(ctx, latest, projection.RentalFilter{After: after, Limit: pageSize})
	}
	idOf := func(r *projection.Rental) projection.Uint { return r.ID }
	return counted(a, "rentals", total, page, idOf, func(page []*projection.Rental, ids []uint64) error {
		// every rental's reports, not only those flagged has_reports: the flag is checked too
		all := make([]string, len(ids))
		for i, id := range ids {
			all[i] = u64(id)
		}
		reports, err := v.UsageReports(ctx, latest, all)
		if err != nil {
			return err
		}
		calls := make([]*ethCall, len(page))
		for i, id := range ids {
			calls[i] = cs.call(cs.escrow, cs.pe.PackGetRental(new(big.Int).SetUint64(id)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			want, err := result(calls[i], cs.pe.UnpackGetRental)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			var lastNonce uint64
			for _, u := range reports[id] {
				lastNonce = max(lastNonce, u.Nonce)
			}
			a.differ("rentals", id, "listing_id", r.ListingID.String(), bigStr(want.ListingId))
			a.differ("rentals", id, "token_id", r.TokenID.String(), bigStr(want.TokenId))
			a.differ("rentals", id, "renter", r.Renter.Hex(), want.Renter.Hex())
			a.differ("rentals", id, "provider", r.Provider.Hex(), want.Provider.Hex())
			a.differ("rentals", id, "payee", r.Payee.Hex(), want.Payee.Hex())
			a.differ("rentals", id, "platform", addr(r.Platform), want.Platform.Hex())
			a.differ("rentals", id, "status", r.Status, enumName(rentalStatuses, want.Status))
			a.differ("rentals", id, "checked_in", strconv.FormatBool(r.CheckedIn), strconv.FormatBool(want.CheckedIn))
			a.differ("rentals", id, "returned_at", optU64(r.ReturnedAt), u64(want.ReturnedAt))
			a.differ("rentals", id, "inspection_end", optU64(r.InspectionEnd), u64(want.InspectionEnd))
			a.differ("rentals", id, "start_time", u64(r.Start), u64(want.Start))
			a.differ("rentals", id, "end_time", u64(r.End), u64(want.End))
			a.differ("rentals", id, "rent", r.Rent.String(), bigStr(want.Rent))
			a.differ("rentals", id, "deposit", r.Deposit.String(), bigStr(want.Deposit))
			a.differ("rentals", id, "confirmed", strconv.FormatBool(r.Confirmed), strconv.FormatBool(want.Confirmed))
			a.differ("rentals", id, "dispute_id", orZero(r.DisputeID), bigStr(want.DisputeId))
			a.differ("rentals", id, "usage_reports.last_nonce", u64(lastNonce), u64(want.LastNonce))
			a.differ("rentals", id, "has_reports", strconv.FormatBool(r.HasReports), strconv.FormatBool(len(reports[id]) > 0))
		}
		return nil
	}, nil)
}

func (a *auditor) disputes(ctx context.Context, v *projection.View, cs *chainState) error {
	total, err := count(ctx, cs, cs.arbiter, cs.ab.PackDisputeCount(), cs.ab.UnpackDisputeCount)
	if err != nil {
		return err
	}
	page := func(after string) ([]*projection.Dispute, error) {
		return v.Disputes(ctx, latest, projection.DisputeFilter{After: after, Limit: pageSize})
	}
	idOf := func(r *projection.Dispute) projection.Uint { return r.ID }
	return counted(a, "disputes", total, page, idOf, func(page []*projection.Dispute, ids []uint64) error {
		all := make([]string, len(ids))
		for i, id := range ids {
			all[i] = u64(id)
		}
		votes, err := v.Votes(ctx, latest, all)
		if err != nil {
			return err
		}
		calls := make([]*ethCall, 0, 2*len(page))
		for _, id := range ids {
			d := new(big.Int).SetUint64(id)
			calls = append(calls, cs.call(cs.arbiter, cs.ab.PackGetDispute(d)), cs.call(cs.arbiter, cs.ab.PackVotesOf(d)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			want, err := result(calls[2*i], cs.ab.UnpackGetDispute)
			if err != nil {
				return err
			}
			chainVotes, err := result(calls[2*i+1], cs.ab.UnpackVotesOf)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			status, ruling := "open", "null"
			if want.Executed {
				status, ruling = "resolved", strconv.Itoa(int(want.Ruling))
			}
			dbRuling := "null"
			if r.RulingBps != nil {
				dbRuling = u64(*r.RulingBps)
			}
			var dbShares, chainShares []uint64
			for _, x := range votes[id] {
				dbShares = append(dbShares, x.ProviderShareBps)
			}
			for _, x := range chainVotes {
				chainShares = append(chainShares, uint64(x))
			}
			slices.Sort(dbShares)
			slices.Sort(chainShares)
			a.differ("disputes", id, "rental_id", r.RentalID.String(), bigStr(want.RentalId))
			a.differ("disputes", id, "opener", r.Opener.Hex(), want.Opener.Hex())
			a.differ("disputes", id, "renter", r.Renter.Hex(), want.Renter.Hex())
			a.differ("disputes", id, "provider", r.Provider.Hex(), want.Provider.Hex())
			a.differ("disputes", id, "status", r.Status, status)
			a.differ("disputes", id, "ruling_bps", dbRuling, ruling)
			a.differ("disputes", id, "voting_deadline", u64(r.VotingDeadline), u64(want.VotingDeadline))
			a.differ("disputes", id, "dispute_votes", fmt.Sprint(dbShares), fmt.Sprint(chainShares))
		}
		return nil
	}, nil)
}

// accounts checks every account row. The chain has no list of accounts, so an account
// the projection lacks is not found here; and it has no view of an account's pledged
// total, which is compared with the locked pledges of its listings (each of those
// listings is itself compared with the chain).
func (a *auditor) accounts(ctx context.Context, v *projection.View, cs *chainState) error {
	var after []byte
	for {
		page, err := v.Accounts(ctx, latest, after, pageSize)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		after = page[len(page)-1].Address.Bytes()
		addrs := make([]common.Address, len(page))
		for i, r := range page {
			addrs[i] = r.Address
		}
		locked, err := v.LockedPledges(ctx, addrs)
		if err != nil {
			return err
		}
		a.report.Projected += int64(len(page))
		calls := make([]*ethCall, 0, 4*len(page))
		for _, r := range page {
			calls = append(calls, cs.call(cs.credit, cs.cr.PackScoreOf(r.Address)), cs.call(cs.credit, cs.cr.PackIsBlacklisted(r.Address)),
				cs.call(cs.reward, cs.rt.PackBalanceOf(r.Address)), cs.call(cs.escrow, cs.pe.PackTierRentalCount(r.Address)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			score, err := result(calls[4*i], cs.cr.UnpackScoreOf)
			if err != nil {
				return err
			}
			black, err := result(calls[4*i+1], cs.cr.UnpackIsBlacklisted)
			if err != nil {
				return err
			}
			shr, err := result(calls[4*i+2], cs.rt.UnpackBalanceOf)
			if err != nil {
				return err
			}
			tierRentals, err := result(calls[4*i+3], cs.pe.UnpackTierRentalCount)
			if err != nil {
				return err
			}
			id := r.Address.Hex()
			a.differ("accounts", id, "score", u64(r.Score), strconv.Itoa(int(score)))
			a.differ("accounts", id, "blacklisted", strconv.FormatBool(r.Blacklisted), strconv.FormatBool(black))
			a.differ("accounts", id, "shr_balance", r.ShrBalance.String(), bigStr(shr))
			a.differ("accounts", id, "tier_rentals", strconv.FormatInt(r.TierRentals, 10), bigStr(tierRentals))
			a.differ("accounts", id, "pledged", r.Pledged.String(), orZero(locked[r.Address]))
		}
		if len(page) < pageSize {
			return nil
		}
	}
}

// tierCount is the number of credit tiers (INTERFACE.md §1: tiers 0–3).
const tierCount = 4

func (a *auditor) tiers(ctx context.Context, v *projection.View, cs *chainState) error {
	calls := make([]*ethCall, tierCount)
	for t := range calls {
		calls[t] = cs.call(cs.credit, cs.cr.PackGetTier(uint8(t)))
	}
	if err := cs.do(ctx, calls...); err != nil {
		return err
	}
	for t := range tierCount {
		want, err := result(calls[t], cs.cr.UnpackGetTier)
		if err != nil {
			return err
		}
		row, err := v.Tier(ctx, uint64(t))
		id := strconv.Itoa(t)
		if errors.Is(err, projection.ErrNotFound) {
			a.mismatch(Mismatch{Kind: KindProjection, Table: "tiers", ID: id, Database: "no row", Chain: "exists"})
			continue
		}
		if err != nil {
			return err
		}
		a.report.Projected++
		a.differ("tiers", id, "min_score", u64(row.MinScore), strconv.Itoa(int(want.MinScore)))
		a.differ("tiers", id, "max_active_rentals", u64(row.MaxActiveRentals), strconv.Itoa(int(want.MaxActiveRentals)))
		a.differ("tiers", id, "deposit_bps", u64(row.DepositBps), strconv.Itoa(int(want.DepositBps)))
		a.differ("tiers", id, "pledge_bps", u64(row.PledgeBps), strconv.Itoa(int(want.PledgeBps)))
	}
	return nil
}

// anchors checks telemetry_anchors against TelemetryAnchor: one row per epoch from 1 to
// lastEpoch, each with the root the contract holds.
func (a *auditor) anchors(ctx context.Context, v *projection.View, cs *chainState) error {
	if cs.anchor == (common.Address{}) {
		return nil
	}
	last := cs.call(cs.anchor, cs.ta.PackLastEpoch())
	if err := cs.do(ctx, last); err != nil {
		return err
	}
	total, err := result(last, cs.ta.UnpackLastEpoch)
	if err != nil {
		return err
	}
	const table = "telemetry_anchors"
	for first := uint64(1); first <= total; first += pageSize {
		n := min(pageSize, total-first+1)
		calls := make([]*ethCall, n)
		for i := range calls {
			calls[i] = cs.call(cs.anchor, cs.ta.PackRootOf(first+uint64(i)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, cl := range calls {
			epoch := first + uint64(i)
			want, err := result(cl, cs.ta.UnpackRootOf)
			if err != nil {
				return err
			}
			row, err := v.Anchor(ctx, latest, epoch)
			if errors.Is(err, projection.ErrNotFound) {
				a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: u64(epoch), Database: "no row", Chain: "exists"})
				continue
			}
			if err != nil {
				return err
			}
			a.report.Projected++
			a.differ(table, u64(epoch), "root", row.Root.Hex(), common.Hash(want).Hex())
		}
	}
	// a row beyond lastEpoch: an anchor the chain does not hold
	if _, err := v.Anchor(ctx, latest, total+1); err == nil {
		a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: u64(total + 1), Database: "a row",
			Chain: fmt.Sprintf("no such epoch (%d anchored)", total)})
	} else if !errors.Is(err, projection.ErrNotFound) {
		return err
	}
	return nil
}
