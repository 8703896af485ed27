package projection

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Rental is a row of rentals: one rental of a listing, its payments and its settlement.
type Rental struct {
	ID        Uint
	ListingID Uint
	TokenID   Uint
	Renter    common.Address
	Provider  common.Address
	Status    string // active | disputed | settled | defaulted | resolved
	Start     uint64 // column start_time
	End       uint64 // column end_time
	Rent      Uint
	Deposit   Uint
	Confirmed bool
	// the settlement, NULL until the rental settles, defaults or is ruled
	RentCharged, UsageFee, Damage, LateFee, PlatformFee, Refund Uint
	DisputeID                                                   Uint
	BlockNumber                                                 uint64
	UpdatedBlock                                                uint64
	HasReports                                                  bool // usage_reports holds rows of it: readers ask only then
}

var rentalTable = table[Rental]{
	name: "rentals",
	pk:   []column{{"id", "numeric"}},
	columns: []string{"id", "listing_id", "token_id", "renter", "provider", "status", "start_time", "end_time", "rent",
		"deposit", "confirmed", "rent_charged", "usage_fee", "damage", "late_fee", "platform_fee", "refund", "dispute_id",
		"block_number", "updated_block", "has_reports"},
	selected: `id::text, listing_id::text, token_id::text, renter, provider, status, start_time::text, end_time::text,
		rent::text, deposit::text, confirmed, rent_charged::text, usage_fee::text, damage::text, late_fee::text,
		platform_fee::text, refund::text, dispute_id::text, block_number, updated_block, has_reports`,
	key: func(r *Rental) string { return r.ID.String() },
	values: func(r *Rental) []any {
		return []any{numeric(r.ID), numeric(r.ListingID), numeric(r.TokenID), addrBytes(r.Renter), addrBytes(r.Provider),
			r.Status, u64(r.Start), u64(r.End), numeric(r.Rent), numeric(r.Deposit), r.Confirmed, numeric(r.RentCharged),
			numeric(r.UsageFee), numeric(r.Damage), numeric(r.LateFee), numeric(r.PlatformFee), numeric(r.Refund),
			numeric(r.DisputeID), int64(r.BlockNumber), int64(r.UpdatedBlock), r.HasReports}
	},
	scan:     scanRental,
	pkArrays: func(rs []*Rental) []any { return []any{idStrings(rs, func(r *Rental) Uint { return r.ID })} },
	loadKeys: numericKeys,
	touch:    func(x *Rental, block uint64) { x.UpdatedBlock = block },
}

func scanRental(row pgx.Row) (*Rental, error) {
	var (
		r                                                      Rental
		id, listing, token, start, end, rent, deposit          string
		charged, usage, damage, late, platform, refund, dispID *string
		renter, provider                                       []byte
		block, updated                                         int64
	)
	if err := row.Scan(&id, &listing, &token, &renter, &provider, &r.Status, &start, &end, &rent, &deposit, &r.Confirmed,
		&charged, &usage, &damage, &late, &platform, &refund, &dispID, &block, &updated, &r.HasReports); err != nil {
		return nil, err
	}
	r.ID, r.ListingID, r.TokenID, r.Rent, r.Deposit = UintText(id), UintText(listing), UintText(token), UintText(rent), UintText(deposit)
	r.RentCharged, r.UsageFee, r.Damage, r.LateFee = optText(charged), optText(usage), optText(damage), optText(late)
	r.PlatformFee, r.Refund, r.DisputeID = optText(platform), optText(refund), optText(dispID)
	var err error
	if r.Start, err = u64Of(start); err != nil {
		return nil, err
	}
	if r.End, err = u64Of(end); err != nil {
		return nil, err
	}
	r.Renter, r.Provider = common.BytesToAddress(renter), common.BytesToAddress(provider)
	r.BlockNumber, r.UpdatedBlock = uint64(block), uint64(updated)
	return &r, nil
}

// UsageReport is a row of usage_reports: one device-signed report of a rental.
type UsageReport struct {
	RentalID    Uint
	Nonce       uint64
	Units       Uint
	DamageBps   uint64
	Device      common.Address
	TxHash      common.Hash
	BlockNumber uint64
}

var usageTable = table[UsageReport]{
	name:    "usage_reports",
	pk:      []column{{"rental_id", "numeric"}, {"nonce", "numeric"}},
	columns: []string{"rental_id", "nonce", "units", "damage_bps", "device", "tx_hash", "block_number"},
	key:     func(u *UsageReport) string { return fmt.Sprintf("%s/%d", u.RentalID, u.Nonce) },
	values: func(u *UsageReport) []any {
		return []any{numeric(u.RentalID), u64(u.Nonce), numeric(u.Units), int64(u.DamageBps), addrBytes(u.Device),
			u.TxHash.Bytes(), int64(u.BlockNumber)}
	},
	pkArrays: func(us []*UsageReport) []any {
		nonces := make([]string, len(us))
		for i, u := range us {
			nonces[i] = fmt.Sprint(u.Nonce)
		}
		return []any{idStrings(us, func(u *UsageReport) Uint { return u.RentalID }), nonces}
	},
}

// rental returns the row of id for a change at block, nil when it does not exist.
func (b *Batch) rental(id *big.Int, block uint64) (*Rental, error) {
	return b.rentals.change(b, id.String(), block)
}

func registerRentals(r *registry) {
	rented := r.on(manifest.PledgeEscrow, "Rented")
	id, listingID, renter, token := rented.uint("rentalId"), rented.uint("listingId"), rented.address("renter"), rented.uint("tokenId")
	start, end, rent, deposit := rented.uint("start"), rented.uint("end"), rented.uint("rent"), rented.uint("deposit")
	rented.handle(func(b *Batch, l *decode.Log) error {
		rid, lid := id.of(l), listingID.of(l)
		listing, err := b.listings.get(b, lid.String())
		if err != nil {
			return err
		}
		if listing == nil {
			return fmt.Errorf("rental %s of unknown listing %s", rid, lid)
		}
		if _, err := b.rentals.get(b, rid.String()); err != nil {
			return err
		}
		b.rentals.put(&Rental{ID: NewUint(rid), ListingID: NewUint(lid), TokenID: NewUint(token.of(l)), Renter: renter.of(l),
			Provider: listing.Provider, Status: "active", Start: start.u64(l), End: end.u64(l), Rent: NewUint(rent.of(l)),
			Deposit:     NewUint(deposit.of(l)),
			BlockNumber: l.BlockNumber, UpdatedBlock: l.BlockNumber})
		return nil
	})

	confirmed := r.on(manifest.PledgeEscrow, "AssetConfirmed")
	confID := confirmed.uint("rentalId")
	confirmed.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(confID.of(l), l.BlockNumber)
		if row != nil {
			row.Confirmed = true
		}
		return err
	})

	reported := r.on(manifest.PledgeEscrow, "UsageReported")
	repID, repNonce, repUnits := reported.uint("rentalId"), reported.uint("nonce"), reported.uint("units")
	repDamage, repDevice := reported.uint("damageBps"), reported.address("device")
	reported.handle(func(b *Batch, l *decode.Log) error {
		rid := repID.of(l)
		b.usage.put(&UsageReport{RentalID: NewUint(rid), Nonce: repNonce.u64(l), Units: NewUint(repUnits.of(l)), DamageBps: repDamage.u64(l),
			Device: repDevice.of(l), TxHash: l.TxHash, BlockNumber: l.BlockNumber})
		row, err := b.rental(rid, l.BlockNumber)
		if row != nil {
			row.HasReports = true
		}
		return err
	})

	settled := r.on(manifest.PledgeEscrow, "RentalSettled")
	setID, setCharged, setUsage, setDamage := settled.uint("rentalId"), settled.uint("rentCharged"), settled.uint("usageFee"), settled.uint("damage")
	setLate, setPlatform, setRefund := settled.uint("lateFee"), settled.uint("platformFee"), settled.uint("refund")
	settled.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(setID.of(l), l.BlockNumber)
		if row != nil {
			if row.Status != "resolved" {
				row.Status = "settled"
			}
			row.RentCharged, row.UsageFee, row.Damage = NewUint(setCharged.of(l)), NewUint(setUsage.of(l)), NewUint(setDamage.of(l))
			row.LateFee, row.PlatformFee, row.Refund = NewUint(setLate.of(l)), NewUint(setPlatform.of(l)), NewUint(setRefund.of(l))
		}
		return err
	})

	// a default charges the rent in full and the provider keeps the whole deposit.
	defaulted := r.on(manifest.PledgeEscrow, "RentalDefaulted")
	defID, defDeposit, defPlatform := defaulted.uint("rentalId"), defaulted.uint("deposit"), defaulted.uint("platformFee")
	defaulted.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(defID.of(l), l.BlockNumber)
		if row != nil {
			zero := NewUint(new(big.Int))
			row.Status = "defaulted"
			row.RentCharged, row.UsageFee, row.Damage = row.Rent, zero, NewUint(defDeposit.of(l))
			row.LateFee, row.PlatformFee, row.Refund = zero, NewUint(defPlatform.of(l)), zero
		}
		return err
	})

	opened := r.on(manifest.PledgeEscrow, "DisputeOpened")
	openID, openDispute := opened.uint("rentalId"), opened.uint("disputeId")
	opened.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(openID.of(l), l.BlockNumber)
		if row != nil {
			row.Status, row.DisputeID = "disputed", NewUint(openDispute.of(l))
		}
		return err
	})

	resolved := r.on(manifest.PledgeEscrow, "DisputeResolved")
	resID := resolved.uint("rentalId")
	resolved.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(resID.of(l), l.BlockNumber)
		if row != nil {
			row.Status = "resolved"
		}
		return err
	})
}

// Rental reads rental id.
func (v *View) Rental(ctx context.Context, at At, id string) (*Rental, error) {
	return one(ctx, v, &rentalTable, at, id)
}

// RentalFilter selects rentals; nil and zero fields select all.
type RentalFilter struct {
	Renter   *common.Address
	Provider *common.Address
	TokenID  string
	Status   string
	After    string // rental ids above this one (keyset cursor)
	Limit    int
}

// Rentals lists rentals in id order.
func (v *View) Rentals(ctx context.Context, at At, f RentalFilter) ([]*Rental, error) {
	c := v.base("t", at)
	if f.Renter != nil {
		c.add("t.renter = $%d", f.Renter.Bytes())
	}
	if f.Provider != nil {
		c.add("t.provider = $%d", f.Provider.Bytes())
	}
	if f.TokenID != "" {
		c.add("t.token_id = $%d::numeric", f.TokenID)
	}
	if f.Status != "" {
		c.add("t.status = $%d", f.Status)
	}
	if f.After != "" {
		c.add("t.id > $%d::numeric", f.After)
	}
	return list(ctx, v, &rentalTable, c, "t.id", f.Limit)
}

// UsageReports returns the usage reports of the rentals ids, by rental id, each in nonce
// order. Ask only for rentals with HasReports: most have none.
func (v *View) UsageReports(ctx context.Context, at At, ids []string) (map[string][]*UsageReport, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	const q = `SELECT rental_id::text, nonce::text, units::text, damage_bps, device, tx_hash, block_number
		FROM usage_reports WHERE chain_id = $3 AND rental_id = ANY($1::numeric[]) AND block_number <= $2
		ORDER BY usage_reports.rental_id, usage_reports.nonce`
	rows, err := v.q.Query(ctx, q, ids, at.MaxBlock, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading usage reports: %w", err)
	}
	defer rows.Close()
	out := make(map[string][]*UsageReport, len(ids))
	for rows.Next() {
		var (
			u                UsageReport
			id, nonce, units string
			damage, block    int64
			device, tx       []byte
		)
		if err := rows.Scan(&id, &nonce, &units, &damage, &device, &tx, &block); err != nil {
			return nil, fmt.Errorf("reading usage reports: %w", err)
		}
		if u.Nonce, err = u64Of(nonce); err != nil {
			return nil, err
		}
		u.RentalID, u.Units, u.DamageBps = UintText(id), UintText(units), uint64(damage)
		u.Device, u.TxHash, u.BlockNumber = common.BytesToAddress(device), common.BytesToHash(tx), uint64(block)
		out[id] = append(out[id], &u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading usage reports: %w", err)
	}
	return out, nil
}

// OverdueRentals returns the ids of active rentals whose end is before now, earliest end
// first: the keeper's candidates for collectDefault.
func (v *View) OverdueRentals(ctx context.Context, now uint64, limit int) ([]string, error) {
	const q = `SELECT id::text FROM rentals WHERE chain_id = $3 AND status = 'active' AND end_time < $1
		ORDER BY end_time, id LIMIT $2`
	rows, err := v.q.Query(ctx, q, now, limit, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading overdue rentals: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("reading overdue rentals: %w", err)
	}
	return ids, nil
}
