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
	Payee     common.Address  // the listing's payee at rent, or the provider
	Device    *common.Address // the device bound at rent (Rented.device)
	Platform  *common.Address // the platform that brought the renter
	// booked | active | returned | disputed | settled | defaulted | resolved | cancelled | no_show
	Status        string
	Start         uint64 // column start_time
	End           uint64 // column end_time
	Rent          Uint
	Deposit       Uint
	CheckedIn     bool
	Confirmed     bool
	ReturnedAt    *uint64
	InspectionEnd *uint64
	GracePeriod   uint64 // the escrow's grace period at rent
	// the cancellation terms of the listing version it was rented under
	CancelFeeBps     uint64
	FreeCancelBefore uint64
	// the settlement, NULL until the rental settles, defaults, is ruled, cancelled or a no-show
	RentCharged, UsageFee, Damage, LateFee, PlatformFee, Refund Uint
	DisputeID                                                   Uint
	BlockNumber                                                 uint64
	UpdatedBlock                                                uint64
	HasReports                                                  bool // usage_reports holds rows of it: readers ask only then
}

// SlotEnd is the end of the rental's slot: min(returned_at, end) once returned.
func (r *Rental) SlotEnd() uint64 {
	if r.ReturnedAt != nil && *r.ReturnedAt < r.End {
		return *r.ReturnedAt
	}
	return r.End
}

var rentalTable = table[Rental]{
	name: "rentals",
	pk:   []column{{"id", "numeric"}},
	columns: []string{"id", "listing_id", "token_id", "renter", "provider", "payee", "device", "platform", "status",
		"start_time", "end_time", "rent", "deposit", "checked_in", "confirmed", "returned_at", "inspection_end",
		"grace_period", "rent_charged", "usage_fee", "damage", "late_fee", "platform_fee", "refund", "dispute_id",
		"block_number", "updated_block", "has_reports", "cancel_fee_bps", "free_cancel_before"},
	selected: `id::text, listing_id::text, token_id::text, renter, provider, payee, device, platform, status,
		start_time::text, end_time::text, rent::text, deposit::text, checked_in, confirmed, returned_at::text,
		inspection_end::text, grace_period::text, rent_charged::text, usage_fee::text, damage::text, late_fee::text,
		platform_fee::text, refund::text, dispute_id::text, block_number, updated_block, has_reports, cancel_fee_bps,
		free_cancel_before::text`,
	key: func(r *Rental) string { return r.ID.String() },
	values: func(r *Rental) []any {
		return []any{numeric(r.ID), numeric(r.ListingID), numeric(r.TokenID), addrBytes(r.Renter), addrBytes(r.Provider),
			addrBytes(r.Payee), optAddrBytes(r.Device), optAddrBytes(r.Platform), r.Status, u64(r.Start), u64(r.End),
			numeric(r.Rent), numeric(r.Deposit), r.CheckedIn, r.Confirmed, optU64(r.ReturnedAt), optU64(r.InspectionEnd),
			u64(r.GracePeriod), numeric(r.RentCharged), numeric(r.UsageFee), numeric(r.Damage), numeric(r.LateFee),
			numeric(r.PlatformFee), numeric(r.Refund), numeric(r.DisputeID), int64(r.BlockNumber), int64(r.UpdatedBlock),
			r.HasReports, int64(r.CancelFeeBps), u64(r.FreeCancelBefore)}
	},
	scan:     scanRental,
	pkArrays: func(rs []*Rental) []any { return []any{idStrings(rs, func(r *Rental) Uint { return r.ID })} },
	loadKeys: numericKeys,
	touch:    func(x *Rental, block uint64) { x.UpdatedBlock = block },
}

func scanRental(row pgx.Row) (*Rental, error) {
	var (
		r                                                      Rental
		id, listing, token, start, end, rent, deposit, grace   string
		freeCancel                                             string
		cancelFee                                              int64
		returned, inspection                                   *string
		charged, usage, damage, late, platform, refund, dispID *string
		renter, provider, payee, device, platformAddr          []byte
		block, updated                                         int64
	)
	if err := row.Scan(&id, &listing, &token, &renter, &provider, &payee, &device, &platformAddr, &r.Status, &start, &end,
		&rent, &deposit, &r.CheckedIn, &r.Confirmed, &returned, &inspection, &grace, &charged, &usage, &damage, &late,
		&platform, &refund, &dispID, &block, &updated, &r.HasReports, &cancelFee, &freeCancel); err != nil {
		return nil, err
	}
	r.ID, r.ListingID, r.TokenID, r.Rent, r.Deposit = UintText(id), UintText(listing), UintText(token), UintText(rent), UintText(deposit)
	r.RentCharged, r.UsageFee, r.Damage, r.LateFee = optText(charged), optText(usage), optText(damage), optText(late)
	r.PlatformFee, r.Refund, r.DisputeID = optText(platform), optText(refund), optText(dispID)
	var err error
	for _, f := range []struct {
		dst *uint64
		src string
	}{{&r.Start, start}, {&r.End, end}, {&r.GracePeriod, grace}, {&r.FreeCancelBefore, freeCancel}} {
		if *f.dst, err = u64Of(f.src); err != nil {
			return nil, err
		}
	}
	if r.ReturnedAt, err = optU64Of(returned); err != nil {
		return nil, err
	}
	if r.InspectionEnd, err = optU64Of(inspection); err != nil {
		return nil, err
	}
	r.Renter, r.Provider, r.Payee = common.BytesToAddress(renter), common.BytesToAddress(provider), common.BytesToAddress(payee)
	r.Device, r.Platform = optAddrOf(device), optAddrOf(platformAddr)
	r.BlockNumber, r.UpdatedBlock, r.CancelFeeBps = uint64(block), uint64(updated), uint64(cancelFee)
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

// move sets the rental's status and moves its renter's rental counts with it.
func (b *Batch) move(row *Rental, status string, block uint64) error {
	from := row.Status
	row.Status = status
	return b.countRental(row.Renter, from, status, block)
}

// settle records a settlement's amounts; nil amounts are 0.
func (row *Rental) settle(charged, usage, damage, late, platform, refund *big.Int) {
	v := func(x *big.Int) Uint {
		if x == nil {
			x = new(big.Int)
		}
		return NewUint(x)
	}
	row.RentCharged, row.UsageFee, row.Damage = v(charged), v(usage), v(damage)
	row.LateFee, row.PlatformFee, row.Refund = v(late), v(platform), v(refund)
}

func registerRentals(r *registry) {
	rented := r.on(manifest.PledgeEscrow, "Rented")
	id, listingID, renter, token := rented.uint("rentalId"), rented.uint("listingId"), rented.address("renter"), rented.uint("tokenId")
	start, end, rent, deposit := rented.uint("start"), rented.uint("end"), rented.uint("rent"), rented.uint("deposit")
	device, platform := rented.address("device"), rented.address("platform")
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
		grace, err := b.settingUint(SettingGracePeriod)
		if err != nil {
			return err
		}
		row := &Rental{ID: NewUint(rid), ListingID: NewUint(lid), TokenID: NewUint(token.of(l)), Renter: renter.of(l),
			Provider: listing.Provider, Payee: listing.PayeeOrProvider(), Device: optAddr(device.of(l)),
			Platform: optAddr(platform.of(l)), Start: start.u64(l), End: end.u64(l), Rent: NewUint(rent.of(l)),
			Deposit: NewUint(deposit.of(l)), CancelFeeBps: listing.CancelFeeBps, FreeCancelBefore: listing.FreeCancelBefore,
			BlockNumber: l.BlockNumber, UpdatedBlock: l.BlockNumber}
		if grace != nil && grace.IsUint64() {
			row.GracePeriod = grace.Uint64()
		}
		b.rentals.put(row)
		// a rental that starts at once is checked in by the CheckedIn that follows.
		return b.move(row, "booked", l.BlockNumber)
	})

	checkedIn := r.on(manifest.PledgeEscrow, "CheckedIn")
	ciID := checkedIn.uint("rentalId")
	checkedIn.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(ciID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.CheckedIn = true
		return b.move(row, "active", l.BlockNumber)
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

	// a return starts the inspection; a return while disputed only records the time.
	returned := r.on(manifest.PledgeEscrow, "Returned")
	retID, retAt, retInspection := returned.uint("rentalId"), returned.uint("returnedAt"), returned.uint("inspectionEnd")
	returned.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(retID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.ReturnedAt, row.InspectionEnd = ptrU64(retAt.u64(l)), ptrU64(retInspection.u64(l))
		if row.Status == "disputed" {
			return nil
		}
		return b.move(row, "returned", l.BlockNumber)
	})

	extended := r.on(manifest.PledgeEscrow, "InspectionExtended")
	extID, extEnd := extended.uint("rentalId"), extended.uint("inspectionEnd")
	extended.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(extID.of(l), l.BlockNumber)
		if row != nil {
			row.InspectionEnd = ptrU64(extEnd.u64(l))
		}
		return err
	})

	cancelled := r.on(manifest.PledgeEscrow, "Cancelled")
	canID, canFee, canPlatform, canRefund := cancelled.uint("rentalId"), cancelled.uint("fee"), cancelled.uint("platformFee"), cancelled.uint("refund")
	cancelled.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(canID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.settle(canFee.of(l), nil, nil, nil, canPlatform.of(l), canRefund.of(l))
		return b.move(row, "cancelled", l.BlockNumber)
	})

	noShow := r.on(manifest.PledgeEscrow, "NoShow")
	nsID, nsCharged, nsPlatform, nsRefund := noShow.uint("rentalId"), noShow.uint("rentCharged"), noShow.uint("platformFee"), noShow.uint("refund")
	noShow.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(nsID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.settle(nsCharged.of(l), nil, nil, nil, nsPlatform.of(l), nsRefund.of(l))
		return b.move(row, "no_show", l.BlockNumber)
	})

	// at release, or after a ruling's DisputeResolved.
	settled := r.on(manifest.PledgeEscrow, "RentalSettled")
	setID, setCharged, setUsage, setDamage := settled.uint("rentalId"), settled.uint("rentCharged"), settled.uint("usageFee"), settled.uint("damage")
	setLate, setPlatform, setRefund := settled.uint("lateFee"), settled.uint("platformFee"), settled.uint("refund")
	settled.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(setID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.settle(setCharged.of(l), setUsage.of(l), setDamage.of(l), setLate.of(l), setPlatform.of(l), setRefund.of(l))
		if row.Status == "resolved" {
			return nil
		}
		return b.move(row, "settled", l.BlockNumber)
	})

	// a default charges the rent in full and the payee keeps the whole deposit.
	defaulted := r.on(manifest.PledgeEscrow, "RentalDefaulted")
	defID, defDeposit, defPlatform := defaulted.uint("rentalId"), defaulted.uint("deposit"), defaulted.uint("platformFee")
	defaulted.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(defID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.settle(row.Rent.Int(), nil, defDeposit.of(l), nil, defPlatform.of(l), nil)
		return b.move(row, "defaulted", l.BlockNumber)
	})

	opened := r.on(manifest.PledgeEscrow, "DisputeOpened")
	openID, openDispute := opened.uint("rentalId"), opened.uint("disputeId")
	opened.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(openID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		row.DisputeID = NewUint(openDispute.of(l))
		return b.move(row, "disputed", l.BlockNumber)
	})

	resolved := r.on(manifest.PledgeEscrow, "DisputeResolved")
	resID := resolved.uint("rentalId")
	resolved.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(resID.of(l), l.BlockNumber)
		if row == nil || err != nil {
			return err
		}
		return b.move(row, "resolved", l.BlockNumber)
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

// Due is what the keeper may call on a rental now.
type Due string

// The keeper's duties (INTERFACE.md §6).
const (
	DueRelease Due = "releaseDeposit" // returned, inspection ended
	DueNoShow  Due = "collectNoShow"  // booked, never checked in, past its end
	DueDefault Due = "collectDefault" // checked in, not returned, past end + grace period
)

// DueRentals returns the ids of the rentals on which duty is due at time now (the latest
// block's time), the longest overdue first, at most limit.
func (v *View) DueRentals(ctx context.Context, duty Due, now uint64, limit int) ([]string, error) {
	// each spelt as the partial index that serves it.
	var q string
	switch duty {
	case DueRelease:
		q = `SELECT id::text FROM rentals WHERE chain_id = $3 AND status = 'returned' AND inspection_end < $1
			ORDER BY inspection_end, id LIMIT $2`
	case DueNoShow:
		q = `SELECT id::text FROM rentals WHERE chain_id = $3 AND status = 'booked' AND end_time <= $1
			ORDER BY end_time, id LIMIT $2`
	case DueDefault:
		// end_time + grace_period < now, with the longest grace period bounding the scan.
		q = `SELECT id::text FROM rentals WHERE chain_id = $3 AND status = 'active' AND end_time < $1
			AND end_time + grace_period < $1 ORDER BY end_time, id LIMIT $2`
	default:
		return nil, fmt.Errorf("projection: unknown duty %q", duty)
	}
	rows, err := v.q.Query(ctx, q, now, limit, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading rentals due for %s: %w", duty, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("reading rentals due for %s: %w", duty, err)
	}
	return ids, nil
}

// Busy returns the open rentals of token whose slot [start, SlotEnd) meets [from, to),
// by start: an asset's availability.
func (v *View) Busy(ctx context.Context, at At, token string, from, to uint64) ([]*Rental, error) {
	c := v.base("t", at)
	c.add("t.token_id = $%d::numeric", token)
	c.sql = append(c.sql, "t.status IN ('booked', 'active', 'returned', 'disputed')")
	c.add("t.start_time < $%d::numeric", to)
	c.add("LEAST(t.end_time, coalesce(t.returned_at, t.end_time)) > $%d::numeric", from)
	// 16 open rentals per token at most (TooManyBookings): the list is short.
	return list(ctx, v, &rentalTable, c, "t.start_time, t.id", 0)
}
