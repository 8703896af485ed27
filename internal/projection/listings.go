package projection

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
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
	Status       string // active | delisted
	PledgeAmount Uint
	PledgeState  string // locked | released | slashed | returned
	BlockNumber  uint64
	UpdatedBlock uint64
}

var listingTable = table[Listing]{
	name: "listings",
	pk:   []column{{"id", "numeric"}},
	columns: []string{"id", "token_id", "provider", "payment_token", "price_per_hour", "deposit", "min_duration",
		"max_duration", "price_per_unit", "status", "pledge_amount", "pledge_state", "block_number", "updated_block"},
	selected: `id::text, token_id::text, provider, payment_token, price_per_hour::text, deposit::text, min_duration::text,
		max_duration::text, price_per_unit::text, status, pledge_amount::text, pledge_state, block_number, updated_block`,
	key: func(l *Listing) string { return l.ID.String() },
	values: func(l *Listing) []any {
		return []any{numeric(l.ID), numeric(l.TokenID), addrBytes(l.Provider), addrBytes(l.PaymentToken),
			numeric(l.PricePerHour), numeric(l.Deposit), u64(l.MinDuration), u64(l.MaxDuration), numeric(l.PricePerUnit),
			l.Status, numeric(l.PledgeAmount), l.PledgeState, int64(l.BlockNumber), int64(l.UpdatedBlock)}
	},
	scan:     scanListing,
	pkArrays: func(rs []*Listing) []any { return []any{idStrings(rs, func(l *Listing) Uint { return l.ID })} },
	loadKeys: numericKeys,
	touch:    func(x *Listing, block uint64) { x.UpdatedBlock = block },
}

func scanListing(row pgx.Row) (*Listing, error) {
	var (
		l                                                    Listing
		id, token, price, deposit, minD, maxD, unit, pledged string
		provider, payment                                    []byte
		block, updated                                       int64
	)
	if err := row.Scan(&id, &token, &provider, &payment, &price, &deposit, &minD, &maxD, &unit, &l.Status, &pledged,
		&l.PledgeState, &block, &updated); err != nil {
		return nil, err
	}
	l.ID, l.TokenID, l.PricePerHour, l.Deposit = UintText(id), UintText(token), UintText(price), UintText(deposit)
	l.PricePerUnit, l.PledgeAmount = UintText(unit), UintText(pledged)
	var err error
	if l.MinDuration, err = u64Of(minD); err != nil {
		return nil, err
	}
	if l.MaxDuration, err = u64Of(maxD); err != nil {
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

func registerListings(r *registry) {
	listed := r.on(manifest.PledgeEscrow, "Listed")
	id, token, provider := listed.uint("listingId"), listed.uint("tokenId"), listed.address("provider")
	payment, price, deposit := listed.address("paymentToken"), listed.uint("pricePerHour"), listed.uint("deposit")
	minD, maxD, unit := listed.uint("minDuration"), listed.uint("maxDuration"), listed.uint("pricePerUnit")
	listed.handle(func(b *Batch, l *decode.Log) error {
		lid := id.of(l)
		if _, err := b.listings.get(b, lid.String()); err != nil {
			return err
		}
		b.listings.put(&Listing{ID: NewUint(lid), TokenID: NewUint(token.of(l)), Provider: provider.of(l),
			PaymentToken: payment.of(l), PricePerHour: NewUint(price.of(l)), Deposit: NewUint(deposit.of(l)),
			MinDuration: minD.u64(l), MaxDuration: maxD.u64(l), PricePerUnit: NewUint(unit.of(l)), Status: "active",
			PledgeAmount: NewUint(new(big.Int)), PledgeState: "locked",
			BlockNumber: l.BlockNumber, UpdatedBlock: l.BlockNumber})
		return nil
	})

	updated := r.on(manifest.PledgeEscrow, "ListingUpdated")
	updID, updPrice, updDeposit := updated.uint("listingId"), updated.uint("pricePerHour"), updated.uint("deposit")
	updMin, updMax, updUnit := updated.uint("minDuration"), updated.uint("maxDuration"), updated.uint("pricePerUnit")
	updated.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.listing(updID.of(l), l.BlockNumber)
		if row != nil {
			row.PricePerHour, row.Deposit, row.PricePerUnit = NewUint(updPrice.of(l)), NewUint(updDeposit.of(l)), NewUint(updUnit.of(l))
			row.MinDuration, row.MaxDuration = updMin.u64(l), updMax.u64(l)
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
	return one(ctx, v, &listingTable, at, id)
}

// ListingFilter selects listings; nil and zero fields select all.
type ListingFilter struct {
	Active       *bool
	Provider     *common.Address
	PaymentToken *common.Address
	MaxPrice     string // price_per_hour at most this (decimal)
	TokenID      string
	After        string // listing ids above this one (keyset cursor)
	Limit        int
}

// Listings lists listings in id order.
func (v *View) Listings(ctx context.Context, at At, f ListingFilter) ([]*Listing, error) {
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
	if f.After != "" {
		c.add("t.id > $%d::numeric", f.After)
	}
	return list(ctx, v, &listingTable, c, "t.id", f.Limit)
}
