package projection

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Listing is a row of listings: an asset's terms and its provider's pledge.
type Listing struct {
	ID           Uint
	TokenID      Uint
	Provider     common.Address
	PaymentToken common.Address
	PricePerHour Uint
	Deposit      Uint
	MinDuration  uint64
	MaxDuration  uint64
	PricePerUnit Uint
	// the v2 terms' cancellation policy, payee (nil: the provider) and platform (nil: none)
	CancelFeeBps     uint64
	FreeCancelBefore uint64
	Payee            *common.Address
	Platform         *common.Address
	TermsHash        *[32]byte // what rent must name; nil for a v1 listing
	Status           string    // active | closed | delisted
	PledgeAmount     Uint
	PledgeState      string // locked | released | slashed | returned
	BlockNumber      uint64
	UpdatedBlock     uint64
	Meta             Meta // discovery, read by the View only (not a column of listings)
}

// PayeeOrProvider is who receives the listing's income.
func (l *Listing) PayeeOrProvider() common.Address {
	if l.Payee != nil {
		return *l.Payee
	}
	return l.Provider
}

// hashTerms sets TermsHash to keccak256(abi.encode(paymentToken, terms, device)), what
// PledgeEscrow.termsHash answers while device is bound: every field of Terms is static,
// so the encoding is one 32-byte word per value.
func (l *Listing) hashTerms(device *common.Address) {
	words := make([]byte, 0, 11*32)
	word := func(b []byte) { words = append(words, common.LeftPadBytes(b, 32)...) }
	addr := func(a *common.Address) {
		if a == nil {
			word(nil)
		} else {
			word(a.Bytes())
		}
	}
	num := func(u Uint) { word(u.Int().Bytes()) }
	u := func(v uint64) { word(new(big.Int).SetUint64(v).Bytes()) }
	addr(&l.PaymentToken)
	num(l.PricePerHour)
	num(l.Deposit)
	u(l.MinDuration)
	u(l.MaxDuration)
	num(l.PricePerUnit)
	u(l.CancelFeeBps)
	u(l.FreeCancelBefore)
	addr(l.Payee)
	addr(l.Platform)
	addr(device)
	h := [32]byte(crypto.Keccak256(words))
	l.TermsHash = &h
}

var listingTable = table[Listing]{
	name: "listings",
	pk:   []column{{"id", "numeric"}},
	columns: []string{"id", "token_id", "provider", "payment_token", "price_per_hour", "deposit", "min_duration",
		"max_duration", "price_per_unit", "cancel_fee_bps", "free_cancel_before", "payee", "platform", "terms_hash", "status",
		"pledge_amount", "pledge_state", "block_number", "updated_block"},
	selected: `id::text, token_id::text, provider, payment_token, price_per_hour::text, deposit::text, min_duration::text,
		max_duration::text, price_per_unit::text, cancel_fee_bps, free_cancel_before::text, payee, platform, terms_hash,
		status, pledge_amount::text, pledge_state, block_number, updated_block`,
	key: func(l *Listing) string { return l.ID.String() },
	values: func(l *Listing) []any {
		return []any{numeric(l.ID), numeric(l.TokenID), addrBytes(l.Provider), addrBytes(l.PaymentToken),
			numeric(l.PricePerHour), numeric(l.Deposit), u64(l.MinDuration), u64(l.MaxDuration), numeric(l.PricePerUnit),
			int64(l.CancelFeeBps), u64(l.FreeCancelBefore), optAddrBytes(l.Payee), optAddrBytes(l.Platform),
			optBytes32(l.TermsHash), l.Status, numeric(l.PledgeAmount), l.PledgeState, int64(l.BlockNumber),
			int64(l.UpdatedBlock)}
	},
	scan:     scanListing,
	pkArrays: func(rs []*Listing) []any { return []any{idStrings(rs, func(l *Listing) Uint { return l.ID })} },
	loadKeys: numericKeys,
	touch:    func(x *Listing, block uint64) { x.UpdatedBlock = block },
}

func scanListing(row pgx.Row) (*Listing, error) {
	var (
		l                                                                Listing
		id, token, price, deposit, minD, maxD, unit, freeCancel, pledged string
		provider, payment, payee, platform, termsHash                    []byte
		cancelFee, block, updated                                        int64
	)
	if err := row.Scan(&id, &token, &provider, &payment, &price, &deposit, &minD, &maxD, &unit, &cancelFee, &freeCancel,
		&payee, &platform, &termsHash, &l.Status, &pledged, &l.PledgeState, &block, &updated); err != nil {
		return nil, err
	}
	l.CancelFeeBps, l.Payee, l.Platform, l.TermsHash = uint64(cancelFee), optAddrOf(payee), optAddrOf(platform), optHashOf(termsHash)
	l.ID, l.TokenID, l.PricePerHour, l.Deposit = UintText(id), UintText(token), UintText(price), UintText(deposit)
	l.PricePerUnit, l.PledgeAmount = UintText(unit), UintText(pledged)
	var err error
	if l.MinDuration, err = u64Of(minD); err != nil {
		return nil, err
	}
	if l.MaxDuration, err = u64Of(maxD); err != nil {
		return nil, err
	}
	if l.FreeCancelBefore, err = u64Of(freeCancel); err != nil {
		return nil, err
	}
	l.Provider, l.PaymentToken = common.BytesToAddress(provider), common.BytesToAddress(payment)
	l.BlockNumber, l.UpdatedBlock = uint64(block), uint64(updated)
	return &l, nil
}

// listing returns the row of id for a change at block, nil when it does not exist.
func (b *Batch) listing(id *big.Int, block uint64) (*Listing, error) {
	return b.listings.change(b, id.String(), block)
}

// termsArgs reads the flattened Terms of Listed and ListingUpdated.
type termsArgs struct {
	price, deposit, minD, maxD, unit, cancelFee, freeCancel uintArg
	payee, platform                                         addressArg
}

func declareTerms(ev *eventSpec) termsArgs {
	return termsArgs{price: ev.uint("pricePerHour"), deposit: ev.uint("deposit"), minD: ev.uint("minDuration"),
		maxD: ev.uint("maxDuration"), unit: ev.uint("pricePerUnit"), cancelFee: ev.uint("cancelFeeBps"),
		freeCancel: ev.uint("freeCancelBefore"), payee: ev.address("payee"), platform: ev.address("platform")}
}

// set copies the terms of l into row, rehashes them with the asset's device, and moves
// the listing between platforms' counts.
func (t termsArgs) set(b *Batch, row *Listing, l *decode.Log) error {
	oldPlatform := row.Platform
	row.PricePerHour, row.Deposit, row.PricePerUnit = NewUint(t.price.of(l)), NewUint(t.deposit.of(l)), NewUint(t.unit.of(l))
	row.MinDuration, row.MaxDuration = t.minD.u64(l), t.maxD.u64(l)
	row.CancelFeeBps, row.FreeCancelBefore = t.cancelFee.u64(l), t.freeCancel.u64(l)
	row.Payee, row.Platform = optAddr(t.payee.of(l)), optAddr(t.platform.of(l))
	asset, err := b.assets.get(b, row.TokenID.String())
	if err != nil {
		return err
	}
	var device *common.Address
	if asset != nil {
		device = asset.Device
	}
	row.hashTerms(device)
	return b.countPlatformListing(oldPlatform, row.Platform, l.BlockNumber)
}

func registerListings(r *registry) {
	listed := r.on(manifest.PledgeEscrow, "Listed")
	id, token, provider, payment := listed.uint("listingId"), listed.uint("tokenId"), listed.address("provider"), listed.address("paymentToken")
	listedTerms := declareTerms(listed)
	listed.handle(func(b *Batch, l *decode.Log) error {
		lid := id.of(l)
		if _, err := b.listings.get(b, lid.String()); err != nil {
			return err
		}
		row := &Listing{ID: NewUint(lid), TokenID: NewUint(token.of(l)), Provider: provider.of(l), PaymentToken: payment.of(l),
			Status: "active", PledgeAmount: NewUint(new(big.Int)), PledgeState: "locked",
			BlockNumber: l.BlockNumber, UpdatedBlock: l.BlockNumber}
		b.listings.put(row)
		return listedTerms.set(b, row, l)
	})

	updated := r.on(manifest.PledgeEscrow, "ListingUpdated")
	updID := updated.uint("listingId")
	updTerms := declareTerms(updated)
	updated.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.listing(updID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		return updTerms.set(b, row, l)
	})

	closed := r.on(manifest.PledgeEscrow, "ListingClosed")
	closedID := closed.uint("listingId")
	closed.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.listing(closedID.of(l), l.BlockNumber)
		if row != nil {
			row.Status = "closed"
		}
		return err
	})

	delisted := r.on(manifest.PledgeEscrow, "Delisted")
	delID := delisted.uint("listingId")
	delisted.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.listing(delID.of(l), l.BlockNumber)
		if row != nil {
			row.Status = "delisted"
		}
		return err
	})

	// the pledge's state; the provider's pledged total is the accounts' (accounts.go).
	for _, p := range []struct{ event, state string }{{"PledgeLocked", "locked"}, {"PledgeReleased", "released"},
		{"PledgeReturned", "returned"}, {"PledgeSlashed", "slashed"}} {
		state := p.state
		ev := r.on(manifest.PledgeEscrow, p.event)
		lid, amount := ev.uint("listingId"), ev.uint("amount")
		ev.handle(func(b *Batch, l *decode.Log) error {
			row, err := b.listing(lid.of(l), l.BlockNumber)
			if row != nil {
				row.PledgeState = state
				if state == "locked" {
					row.PledgeAmount = NewUint(amount.of(l))
				}
			}
			return err
		})
	}
}

// Listing reads listing id.
func (v *View) Listing(ctx context.Context, at At, id string) (*Listing, error) {
	c := v.base("t", at)
	c.add("t.id = $%d::numeric", id)
	rows, err := v.listingsWithMeta(ctx, c, listingsFrom(false), "", "t.id", 1)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, ErrNotFound
	}
	return rows[0], nil
}

// ListingFilter selects listings; nil and zero fields select all.
type ListingFilter struct {
	Active       *bool // status active, or not
	Provider     *common.Address
	PaymentToken *common.Address
	MaxPrice     string // price_per_hour at most this (decimal)
	TokenID      string
	// discovery
	Kind            string // the metadata document's kind
	Near            *Near  // within a radius of a point, by distance
	AvailableFrom   uint64 // with AvailableTo: no open rental of the asset meets [AvailableFrom, AvailableTo)
	AvailableTo     uint64
	MinProviderTier *uint64        // the provider's score reaches this tier's min_score
	After           string         // listing ids above this one (keyset cursor in id order)
	AfterNear       *ListingCursor // the keyset cursor of a near search
	Limit           int
}

// Listings lists listings in id order, or by distance then id for a near search.
func (v *View) Listings(ctx context.Context, at At, f ListingFilter) ([]*Listing, error) {
	if f.Near != nil {
		return v.nearListings(ctx, at, f)
	}
	c := v.listingConds(at, f, false)
	if f.After != "" {
		c.add("t.id > $%d::numeric", f.After)
	}
	return v.listingsWithMeta(ctx, c, listingsFrom(f.Kind != ""), "", "t.id", f.Limit)
}

// listingConds are the conditions of a listings query but the keyset and the place.
// candidates leaves out those a bounded near search's candidates already met: the kind
// and the availability, which depend on the asset alone.
func (v *View) listingConds(at At, f ListingFilter, candidates bool) *conds {
	c := v.base("t", at)
	if f.Active != nil {
		// spelt as the partial index idx_listings_active is, so that active=true can use it
		if *f.Active {
			c.sql = append(c.sql, "t.status = 'active'")
		} else {
			c.sql = append(c.sql, "t.status <> 'active'")
		}
	}
	if f.Provider != nil {
		c.add("t.provider = $%d", f.Provider.Bytes())
	}
	if f.PaymentToken != nil {
		c.add("t.payment_token = $%d", f.PaymentToken.Bytes())
	}
	if f.MaxPrice != "" {
		c.add("t.price_per_hour <= $%d::numeric", f.MaxPrice)
	}
	if f.TokenID != "" {
		c.add("t.token_id = $%d::numeric", f.TokenID)
	}
	if f.Kind != "" && !candidates {
		c.add("m.kind = $%d", f.Kind)
	}
	if f.AvailableTo > f.AvailableFrom && !candidates {
		// spelt as the partial index idx_rentals_slots is; a returned rental holds the
		// asset until it came back (the availability route's rule)
		c.add(`NOT EXISTS (SELECT 1 FROM rentals r WHERE r.chain_id = t.chain_id AND r.token_id = t.token_id
			AND r.status IN ('booked', 'active', 'returned', 'disputed') AND r.start_time < $%d::numeric
			AND LEAST(r.end_time, coalesce(r.returned_at, r.end_time)) > `+c.arg(f.AvailableFrom)+`::numeric)`, f.AvailableTo)
	}
	if f.MinProviderTier != nil {
		// an account never seen has the newcomer's score (View.Account)
		c.add(`coalesce((SELECT ac.score FROM accounts ac WHERE ac.chain_id = t.chain_id AND ac.address = t.provider),
			(SELECT value::int FROM settings WHERE chain_id = t.chain_id AND name = '`+SettingNewcomerScore+`'), `+
			fmt.Sprint(NewcomerScore)+`) >= (SELECT min_score FROM tiers WHERE chain_id = t.chain_id AND tier = $%d)`, int64(*f.MinProviderTier))
	}
	return c
}

// nearListings answers a near search, ordered by the chord distance to the point (the
// cube <-> operator, which orders as the great-circle distance does) and then id.
//
// A plan that reads every candidate in the radius and sorts them costs about a
// millisecond per few hundred candidates, and PostgreSQL cannot estimate the radius's
// share of the table well enough to choose better. So the search first takes the k
// nearest located assets from the GiST index in distance order (a KNN scan, bounded
// work), joins and filters them, and keeps the page when it provably holds the first
// Limit matches: the k candidates reach past the radius, or the page's last row is
// nearer than the last candidate. Else it tries a larger k, and finally the plan that
// reads the whole radius through earth_box.
func (v *View) nearListings(ctx context.Context, at At, f ListingFilter) ([]*Listing, error) {
	ks := []int{0}
	if f.Limit > 0 {
		ks = []int{2 * f.Limit, 8 * f.Limit, 0}
	}
	for _, k := range ks {
		rows, done, err := v.nearAttempt(ctx, at, f, k)
		if err != nil || done {
			return rows, err
		}
	}
	panic("unreachable: the last attempt reads the whole radius")
}

// nearAttempt runs a near search over the k nearest located assets (k = 0: all in the
// radius) and says whether its rows are the answer.
//
// Each row's position is asset_metadata.location, ll_to_earth(lat, lon) stored when the
// row was written (migration 000013), and the point's is computed once per statement (a
// scalar subquery, which PostgreSQL runs once as an InitPlan; written inline, ll_to_earth
// of a parameter ran again for every row). The sort key is the chord, location <-> point
// (cube_distance); the distance is sec_to_gc of it, as earth_distance computes it, and the
// radius test compares chords against gc_to_sec(radius), the half-width of earth_box.
func (v *View) nearAttempt(ctx context.Context, at At, f ListingFilter, k int) ([]*Listing, bool, error) {
	c := v.listingConds(at, f, k > 0)
	point := "(SELECT " + fmt.Sprintf(earthPoint, c.arg(f.Near.Lat)+"::float8", c.arg(f.Near.Lon)+"::float8") + "::cube)"
	radius := c.arg(f.Near.Radius) + "::float8"
	within := "(SELECT gc_to_sec(" + radius + "))" // the radius as a chord
	chordOf := func(alias string) string { return "(" + alias + ".location <-> " + point + ")" }
	var from, extra, chord string
	if k == 0 {
		// the box test uses the GiST index idx_asset_metadata_location; the chord test
		// cuts the box's corners
		from = listingsFrom(true)
		chord = chordOf("m")
		c.sql = append(c.sql, "m.location <@ cube_enlarge("+point+", "+within+", 3)", chord+" <= "+within)
		extra = "sec_to_gc(" + chord + "), " + chord + ", NULL::float8, NULL::bigint, NULL::float8"
	} else {
		after := ""
		if f.AfterNear != nil {
			after = " AND " + chordOf("m") + " >= " + c.arg(f.AfterNear.Key) + "::float8"
		}
		// the filters that depend on the asset alone pick the candidates, so that the k
		// nearest are k that can match (listingConds leaves them out of the outer query):
		// a listing matches only if its asset's metadata does. Without them, "bicycles
		// free tomorrow" kept ~1 candidate in 10, and most searches ran all three attempts.
		if f.Kind != "" {
			// with the radius's box: idx_asset_metadata_kind_location takes kind, box and
			// distance order in one KNN scan, which then ends at the box's edge instead of
			// running on past the radius until it has k candidates, probing the
			// availability of each (at 20 000 listings "bicycles free tomorrow within
			// 2 km" went from 1.7 to 0.5 ms of execution). Without a kind the box would
			// make the planner read and sort the whole box, whose share of the table it
			// cannot estimate; the KNN scan alone stays bounded by k.
			after += " AND m.kind = " + c.arg(f.Kind) + " AND m.location <@ cube_enlarge(" + point + ", " + within + ", 3)"
		}
		if f.AvailableTo > f.AvailableFrom {
			after += ` AND NOT EXISTS (SELECT 1 FROM rentals r WHERE r.chain_id = m.chain_id AND r.token_id = m.token_id
				AND r.status IN ('booked', 'active', 'returned', 'disputed') AND r.start_time < ` + c.arg(f.AvailableTo) + `::numeric
				AND LEAST(r.end_time, coalesce(r.returned_at, r.end_time)) > ` + c.arg(f.AvailableFrom) + `::numeric)`
		}
		from = ` FROM listings t JOIN assets a ON a.chain_id = t.chain_id AND a.token_id = t.token_id
			JOIN (SELECT n.*, sec_to_gc(n.chord) AS distance, max(n.chord) OVER () AS last_chord, count(*) OVER () AS candidates,
					sec_to_gc(max(n.chord) OVER ()) AS last_distance
				FROM (SELECT m.chain_id, m.token_id, m.content_hash, m.kind, m.title, m.lat, m.lon, ` + chordOf("m") + ` AS chord
					FROM asset_metadata m WHERE m.status = 'fetched' AND m.chain_id = ` + c.arg(v.chainID) + after + `
					ORDER BY ` + chordOf("m") + ` LIMIT ` + c.arg(k) + `) n) m
			ON m.chain_id = a.chain_id AND m.token_id = a.token_id AND m.content_hash = a.content_hash`
		chord = "m.chord"
		c.sql = append(c.sql, "m.chord <= "+within)
		extra = "m.distance, m.chord, m.last_chord, m.candidates, m.last_distance"
	}
	if f.AfterNear != nil {
		c.add("("+chord+", t.id) > ($%d::float8, "+c.arg(f.AfterNear.ID)+"::numeric)", f.AfterNear.Key)
	}
	rows, err := v.listingsWithMeta(ctx, c, from, extra, chord+", t.id", f.Limit)
	if err != nil || k == 0 {
		return rows, true, err
	}
	if len(rows) == 0 {
		return nil, false, nil
	}
	n := rows[0].Meta.near
	if n.candidates == nil || n.lastChord == nil || n.lastDistance == nil {
		return nil, false, errors.New("reading listings: a bounded near search lacks its candidates' summary")
	}
	complete := *n.candidates < int64(k) || *n.lastDistance > f.Near.Radius
	return rows, complete || (len(rows) >= f.Limit && rows[f.Limit-1].Meta.Key < *n.lastChord), nil
}
