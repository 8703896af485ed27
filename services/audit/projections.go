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
	"sharechain/internal/manifest"
)

// pageSize is the number of projection rows read, and checked with one round of
// batched eth_calls, at a time.
const pageSize = 200

// callsPerBatch is the most eth_calls sent in one JSON-RPC batch.
const callsPerBatch = 100

// The names the contracts' enums have in the projection tables, by enum value.
var (
	rentalStatuses = []string{"none", "active", "disputed", "settled", "defaulted", "resolved"}
	pledgeStates   = []string{"none", "locked", "released", "slashed", "returned"}
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
	ar        *assetregistry.AssetRegistry
	pe        *pledgeescrow.PledgeEscrow
	cr        *creditregistry.CreditRegistry
	ab        *arbitration.Arbitration
	rt        *rewardtoken.RewardToken
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
	}
	for _, check := range []struct {
		name string
		run  func(context.Context, pgx.Tx, *chainState) error
	}{
		{"assets", a.assets},
		{"listings", a.listings},
		{"rentals", a.rentals},
		{"disputes", a.disputes},
		{"accounts", a.accounts},
		{"tiers", a.tiers},
	} {
		if err := check.run(ctx, tx, cs); err != nil {
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
// id order. Each page's rows with an id in 1..total go to check; ids the table lacks
// are reported missing and ids beyond total extra. query selects id::text first and
// takes the last id seen ($1) and the page size ($2).
func counted[R any](ctx context.Context, a *auditor, tx pgx.Tx, table string, total uint64, query string,
	scan func(pgx.Rows) (R, string, error), check func([]R, []uint64) error) error {
	after, next := "0", uint64(1)
	for {
		rows, err := tx.Query(ctx, query, after, pageSize, int64(a.cfg.Manifest.ChainID))
		if err != nil {
			return err
		}
		var (
			page []R
			ids  []uint64
			n    int
		)
		for rows.Next() {
			r, raw, err := scan(rows)
			if err != nil {
				rows.Close()
				return err
			}
			n++
			after = raw
			a.report.Projected++
			id, err := strconv.ParseUint(raw, 10, 64)
			if err != nil || id == 0 || id > total {
				a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: raw, Database: "a row", Chain: fmt.Sprintf("no such id (%d exist)", total)})
				continue
			}
			for ; next < id; next++ {
				a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: strconv.FormatUint(next, 10), Database: "no row", Chain: "exists"})
			}
			next = id + 1
			page = append(page, r)
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(page) > 0 {
			if err := check(page, ids); err != nil {
				return err
			}
		}
		if n < pageSize {
			break
		}
	}
	for ; next <= total; next++ {
		a.mismatch(Mismatch{Kind: KindProjection, Table: table, ID: strconv.FormatUint(next, 10), Database: "no row", Chain: "exists"})
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

func addr(b []byte) string {
	if b == nil {
		return common.Address{}.Hex()
	}
	return common.BytesToAddress(b).Hex()
}

func orZero(s *string) string {
	if s == nil {
		return "0"
	}
	return *s
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

type assetRow struct {
	owner, code, content, verifiedBy, device, user []byte
	verified                                       bool
	validUntil, userExpires, listing               *string
}

func (a *auditor) assets(ctx context.Context, tx pgx.Tx, cs *chainState) error {
	total, err := count(ctx, cs, cs.registry, cs.ar.PackTotalAssets(), cs.ar.UnpackTotalAssets)
	if err != nil {
		return err
	}
	const q = `
		SELECT token_id::text, owner, asset_code, content_hash, verified, verified_by, valid_until::text, device,
			user_address, user_expires::text, listing_id::text
		FROM assets WHERE chain_id = $3 AND token_id > $1::numeric ORDER BY assets.token_id LIMIT $2`
	scan := func(rows pgx.Rows) (assetRow, string, error) {
		var r assetRow
		var id string
		err := rows.Scan(&id, &r.owner, &r.code, &r.content, &r.verified, &r.verifiedBy, &r.validUntil, &r.device, &r.user, &r.userExpires, &r.listing)
		return r, id, err
	}
	return counted(ctx, a, tx, "assets", total, q, scan, func(page []assetRow, ids []uint64) error {
		calls := make([]*ethCall, 0, 3*len(page))
		for _, id := range ids {
			tok := new(big.Int).SetUint64(id)
			calls = append(calls, cs.call(cs.registry, cs.ar.PackAssetOf(tok)), cs.call(cs.registry, cs.ar.PackOwnerOf(tok)),
				cs.call(cs.escrow, cs.pe.PackOpenListingOf(tok)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			want, err := result(calls[3*i], cs.ar.UnpackAssetOf)
			if err != nil {
				return err
			}
			owner, err := result(calls[3*i+1], cs.ar.UnpackOwnerOf)
			if err != nil {
				return err
			}
			listing, err := result(calls[3*i+2], cs.pe.UnpackOpenListingOf)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			a.differ("assets", id, "owner", addr(r.owner), owner.Hex())
			a.differ("assets", id, "asset_code", hexutil.Encode(r.code), hexutil.Encode(want.AssetCode[:]))
			a.differ("assets", id, "content_hash", hexutil.Encode(r.content), hexutil.Encode(want.ContentHash[:]))
			a.differ("assets", id, "verified", strconv.FormatBool(r.verified), strconv.FormatBool(want.Verified))
			a.differ("assets", id, "verified_by", addr(r.verifiedBy), want.Verifier.Hex())
			a.differ("assets", id, "valid_until", orZero(r.validUntil), u64(want.ValidUntil))
			a.differ("assets", id, "device", addr(r.device), want.Device.Hex())
			a.differ("assets", id, "user_address", addr(r.user), want.User.Hex())
			a.differ("assets", id, "user_expires", orZero(r.userExpires), u64(want.UserExpires))
			a.differ("assets", id, "listing_id", orZero(r.listing), bigStr(listing))
		}
		return nil
	})
}

type listingRow struct {
	token, price, deposit, minD, maxD, perUnit, status, pledge, pledgeState string
	provider, paymentToken                                                  []byte
}

func (a *auditor) listings(ctx context.Context, tx pgx.Tx, cs *chainState) error {
	total, err := count(ctx, cs, cs.escrow, cs.pe.PackListingCount(), cs.pe.UnpackListingCount)
	if err != nil {
		return err
	}
	const q = `
		SELECT id::text, token_id::text, provider, payment_token, price_per_hour::text, deposit::text, min_duration::text,
			max_duration::text, price_per_unit::text, status, pledge_amount::text, pledge_state
		FROM listings WHERE chain_id = $3 AND id > $1::numeric ORDER BY listings.id LIMIT $2`
	scan := func(rows pgx.Rows) (listingRow, string, error) {
		var r listingRow
		var id string
		err := rows.Scan(&id, &r.token, &r.provider, &r.paymentToken, &r.price, &r.deposit, &r.minD, &r.maxD, &r.perUnit, &r.status, &r.pledge, &r.pledgeState)
		return r, id, err
	}
	return counted(ctx, a, tx, "listings", total, q, scan, func(page []listingRow, ids []uint64) error {
		calls := make([]*ethCall, len(page))
		for i, id := range ids {
			calls[i] = cs.call(cs.escrow, cs.pe.PackGetListing(new(big.Int).SetUint64(id)))
		}
		if err := cs.do(ctx, calls...); err != nil {
			return err
		}
		for i, r := range page {
			want, err := result(calls[i], cs.pe.UnpackGetListing)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			status := "delisted"
			if want.Open {
				status = "active"
			}
			a.differ("listings", id, "token_id", r.token, bigStr(want.TokenId))
			a.differ("listings", id, "provider", addr(r.provider), want.Provider.Hex())
			a.differ("listings", id, "payment_token", addr(r.paymentToken), want.PaymentToken.Hex())
			a.differ("listings", id, "price_per_hour", r.price, bigStr(want.PricePerHour))
			a.differ("listings", id, "deposit", r.deposit, bigStr(want.Deposit))
			a.differ("listings", id, "min_duration", r.minD, u64(want.MinDuration))
			a.differ("listings", id, "max_duration", r.maxD, u64(want.MaxDuration))
			a.differ("listings", id, "price_per_unit", r.perUnit, bigStr(want.PricePerUnit))
			a.differ("listings", id, "status", r.status, status)
			a.differ("listings", id, "pledge_amount", r.pledge, bigStr(want.Pledge))
			a.differ("listings", id, "pledge_state", r.pledgeState, enumName(pledgeStates, want.PledgeState))
		}
		return nil
	})
}

type rentalRow struct {
	listing, token, status, start, end, rent, deposit string
	renter, provider                                  []byte
	confirmed                                         bool
	dispute, lastNonce                                *string
}

func (a *auditor) rentals(ctx context.Context, tx pgx.Tx, cs *chainState) error {
	total, err := count(ctx, cs, cs.escrow, cs.pe.PackRentalCount(), cs.pe.UnpackRentalCount)
	if err != nil {
		return err
	}
	const q = `
		SELECT r.id::text, r.listing_id::text, r.token_id::text, r.renter, r.provider, r.status, r.start_time::text,
			r.end_time::text, r.rent::text, r.deposit::text, r.confirmed, r.dispute_id::text,
			(SELECT max(u.nonce)::text FROM usage_reports u WHERE u.chain_id = r.chain_id AND u.rental_id = r.id)
		FROM rentals r WHERE r.chain_id = $3 AND r.id > $1::numeric ORDER BY r.id LIMIT $2`
	scan := func(rows pgx.Rows) (rentalRow, string, error) {
		var r rentalRow
		var id string
		err := rows.Scan(&id, &r.listing, &r.token, &r.renter, &r.provider, &r.status, &r.start, &r.end, &r.rent, &r.deposit,
			&r.confirmed, &r.dispute, &r.lastNonce)
		return r, id, err
	}
	return counted(ctx, a, tx, "rentals", total, q, scan, func(page []rentalRow, ids []uint64) error {
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
			a.differ("rentals", id, "listing_id", r.listing, bigStr(want.ListingId))
			a.differ("rentals", id, "token_id", r.token, bigStr(want.TokenId))
			a.differ("rentals", id, "renter", addr(r.renter), want.Renter.Hex())
			a.differ("rentals", id, "provider", addr(r.provider), want.Provider.Hex())
			a.differ("rentals", id, "status", r.status, enumName(rentalStatuses, want.Status))
			a.differ("rentals", id, "start_time", r.start, u64(want.Start))
			a.differ("rentals", id, "end_time", r.end, u64(want.End))
			a.differ("rentals", id, "rent", r.rent, bigStr(want.Rent))
			a.differ("rentals", id, "deposit", r.deposit, bigStr(want.Deposit))
			a.differ("rentals", id, "confirmed", strconv.FormatBool(r.confirmed), strconv.FormatBool(want.Confirmed))
			a.differ("rentals", id, "dispute_id", orZero(r.dispute), bigStr(want.DisputeId))
			a.differ("rentals", id, "usage_reports.last_nonce", orZero(r.lastNonce), u64(want.LastNonce))
		}
		return nil
	})
}

type disputeRow struct {
	rental, status, deadline string
	opener, renter, provider []byte
	ruling                   *int32
	votes                    []int32
}

func (a *auditor) disputes(ctx context.Context, tx pgx.Tx, cs *chainState) error {
	total, err := count(ctx, cs, cs.arbiter, cs.ab.PackDisputeCount(), cs.ab.UnpackDisputeCount)
	if err != nil {
		return err
	}
	const q = `
		SELECT d.id::text, d.rental_id::text, d.opener, d.renter, d.provider, d.status, d.ruling_bps, d.voting_deadline::text,
			ARRAY(SELECT v.provider_share_bps FROM dispute_votes v WHERE v.chain_id = d.chain_id AND v.dispute_id = d.id ORDER BY v.provider_share_bps)
		FROM disputes d WHERE d.chain_id = $3 AND d.id > $1::numeric ORDER BY d.id LIMIT $2`
	scan := func(rows pgx.Rows) (disputeRow, string, error) {
		var r disputeRow
		var id string
		err := rows.Scan(&id, &r.rental, &r.opener, &r.renter, &r.provider, &r.status, &r.ruling, &r.deadline, &r.votes)
		return r, id, err
	}
	return counted(ctx, a, tx, "disputes", total, q, scan, func(page []disputeRow, ids []uint64) error {
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
			votes, err := result(calls[2*i+1], cs.ab.UnpackVotesOf)
			if err != nil {
				return err
			}
			id := u64(ids[i])
			status, ruling := "open", "null"
			if want.Executed {
				status, ruling = "resolved", strconv.Itoa(int(want.Ruling))
			}
			dbRuling := "null"
			if r.ruling != nil {
				dbRuling = strconv.Itoa(int(*r.ruling))
			}
			chainVotes := make([]int32, len(votes))
			for j, v := range votes {
				chainVotes[j] = int32(v)
			}
			slices.Sort(chainVotes)
			a.differ("disputes", id, "rental_id", r.rental, bigStr(want.RentalId))
			a.differ("disputes", id, "opener", addr(r.opener), want.Opener.Hex())
			a.differ("disputes", id, "renter", addr(r.renter), want.Renter.Hex())
			a.differ("disputes", id, "provider", addr(r.provider), want.Provider.Hex())
			a.differ("disputes", id, "status", r.status, status)
			a.differ("disputes", id, "ruling_bps", dbRuling, ruling)
			a.differ("disputes", id, "voting_deadline", r.deadline, u64(want.VotingDeadline))
			a.differ("disputes", id, "dispute_votes", fmt.Sprint(r.votes), fmt.Sprint(chainVotes))
		}
		return nil
	})
}

// accounts checks every account row. The chain has no list of accounts, so an account
// the projection lacks is not found here; and it has no view of an account's pledged
// total, which is compared with the locked pledges of its listings (each of those
// listings is itself compared with the chain).
func (a *auditor) accounts(ctx context.Context, tx pgx.Tx, cs *chainState) error {
	const q = `
		SELECT a.address, a.score, a.blacklisted, a.shr_balance::text, a.pledged::text, a.active_rentals,
			(SELECT COALESCE(sum(l.pledge_amount), 0)::text FROM listings l
				WHERE l.chain_id = a.chain_id AND l.provider = a.address AND l.pledge_state = 'locked')
		FROM accounts a WHERE a.chain_id = $3 AND a.address > $1 ORDER BY a.address LIMIT $2`
	type accountRow struct {
		address              common.Address
		score, active        int32
		blacklisted          bool
		shr, pledged, locked string
	}
	after := []byte{}
	for {
		rows, err := tx.Query(ctx, q, after, pageSize, int64(a.cfg.Manifest.ChainID))
		if err != nil {
			return err
		}
		var page []accountRow
		for rows.Next() {
			var r accountRow
			var raw []byte
			if err := rows.Scan(&raw, &r.score, &r.blacklisted, &r.shr, &r.pledged, &r.active, &r.locked); err != nil {
				rows.Close()
				return err
			}
			after = raw
			r.address = common.BytesToAddress(raw)
			page = append(page, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		a.report.Projected += int64(len(page))
		calls := make([]*ethCall, 0, 4*len(page))
		for _, r := range page {
			calls = append(calls, cs.call(cs.credit, cs.cr.PackScoreOf(r.address)), cs.call(cs.credit, cs.cr.PackIsBlacklisted(r.address)),
				cs.call(cs.reward, cs.rt.PackBalanceOf(r.address)), cs.call(cs.escrow, cs.pe.PackActiveRentalCount(r.address)))
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
			active, err := result(calls[4*i+3], cs.pe.UnpackActiveRentalCount)
			if err != nil {
				return err
			}
			id := r.address.Hex()
			a.differ("accounts", id, "score", strconv.Itoa(int(r.score)), strconv.Itoa(int(score)))
			a.differ("accounts", id, "blacklisted", strconv.FormatBool(r.blacklisted), strconv.FormatBool(black))
			a.differ("accounts", id, "shr_balance", r.shr, bigStr(shr))
			a.differ("accounts", id, "active_rentals", strconv.Itoa(int(r.active)), bigStr(active))
			a.differ("accounts", id, "pledged", r.pledged, r.locked)
		}
		if len(page) < pageSize {
			return nil
		}
	}
}

// tierCount is the number of credit tiers (INTERFACE.md §1: tiers 0–3).
const tierCount = 4

func (a *auditor) tiers(ctx context.Context, tx pgx.Tx, cs *chainState) error {
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
		var minScore, maxActive, depositBps, pledgeBps int32
		err = tx.QueryRow(ctx, `SELECT min_score, max_active_rentals, deposit_bps, pledge_bps FROM tiers WHERE chain_id = $2 AND tier = $1`, t, int64(a.cfg.Manifest.ChainID)).
			Scan(&minScore, &maxActive, &depositBps, &pledgeBps)
		id := strconv.Itoa(t)
		if errors.Is(err, pgx.ErrNoRows) {
			a.mismatch(Mismatch{Kind: KindProjection, Table: "tiers", ID: id, Database: "no row", Chain: "exists"})
			continue
		}
		if err != nil {
			return err
		}
		a.report.Projected++
		a.differ("tiers", id, "min_score", strconv.Itoa(int(minScore)), strconv.Itoa(int(want.MinScore)))
		a.differ("tiers", id, "max_active_rentals", strconv.Itoa(int(maxActive)), strconv.Itoa(int(want.MaxActiveRentals)))
		a.differ("tiers", id, "deposit_bps", strconv.Itoa(int(depositBps)), strconv.Itoa(int(want.DepositBps)))
		a.differ("tiers", id, "pledge_bps", strconv.Itoa(int(pledgeBps)), strconv.Itoa(int(want.PledgeBps)))
	}
	return nil
}
