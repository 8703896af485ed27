package projection

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Rental is a row of rentals: one rental of a listing, its payments and its settlement.
type Rental struct {
	ID        *big.Int
	ListingID *big.Int
	TokenID   *big.Int
	Renter    common.Address
	Provider  common.Address
	Status    string // active | disputed | settled | defaulted | resolved
	Start     uint64 // column start_time
	End       uint64 // column end_time
	Rent      *big.Int
	Deposit   *big.Int
	Confirmed bool
	// the settlement, nil until the rental settles, defaults or is ruled
	RentCharged, UsageFee, Damage, LateFee, PlatformFee, Refund *big.Int
	DisputeID                                                   *big.Int
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
	pkArrays: func(rs []*Rental) []any { return []any{idStrings(rs, func(r *Rental) *big.Int { return r.ID })} },
	loadKeys: numericKeys,
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
	var err error
	for _, f := range []struct {
		dst **big.Int
		src string
	}{{&r.ID, id}, {&r.ListingID, listing}, {&r.TokenID, token}, {&r.Rent, rent}, {&r.Deposit, deposit}} {
		if *f.dst, err = bigOf(f.src); err != nil {
			return nil, err
		}
	}
	for _, f := range []struct {
		dst **big.Int
		src *string
	}{{&r.RentCharged, charged}, {&r.UsageFee, usage}, {&r.Damage, damage}, {&r.LateFee, late},
		{&r.PlatformFee, platform}, {&r.Refund, refund}, {&r.DisputeID, dispID}} {
		if *f.dst, err = optBig(f.src); err != nil {
			return nil, err
		}
	}
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
	RentalID    *big.Int
	Nonce       uint64
	Units       *big.Int
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
		return []any{idStrings(us, func(u *UsageReport) *big.Int { return u.RentalID }), nonces}
	},
}

// rental returns the row of rental id for a change at block, nil when it does not exist.
func (b *Batch) rental(id *big.Int, block uint64) (*Rental, error) {
	r, err := b.rentals.get(b, id.String())
	if err != nil || r == nil {
		return nil, err
	}
	r.UpdatedBlock = block
	b.rentals.put(r)
	return r, nil
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
		b.rentals.put(&Rental{ID: rid, ListingID: lid, TokenID: token.of(l), Renter: renter.of(l), Provider: listing.Provider,
			Status: "active", Start: start.u64(l), End: end.u64(l), Rent: rent.of(l), Deposit: deposit.of(l),
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
		b.usage.put(&UsageReport{RentalID: rid, Nonce: repNonce.u64(l), Units: repUnits.of(l), DamageBps: repDamage.u64(l),
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
			row.RentCharged, row.UsageFee, row.Damage = setCharged.of(l), setUsage.of(l), setDamage.of(l)
			row.LateFee, row.PlatformFee, row.Refund = setLate.of(l), setPlatform.of(l), setRefund.of(l)
		}
		return err
	})

	// a default charges the rent in full and the provider keeps the whole deposit.
	defaulted := r.on(manifest.PledgeEscrow, "RentalDefaulted")
	defID, defDeposit, defPlatform := defaulted.uint("rentalId"), defaulted.uint("deposit"), defaulted.uint("platformFee")
	defaulted.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(defID.of(l), l.BlockNumber)
		if row != nil {
			zero := new(big.Int)
			row.Status = "defaulted"
			row.RentCharged, row.UsageFee, row.Damage = row.Rent, zero, defDeposit.of(l)
			row.LateFee, row.PlatformFee, row.Refund = zero, defPlatform.of(l), zero
		}
		return err
	})

	opened := r.on(manifest.PledgeEscrow, "DisputeOpened")
	openID, openDispute := opened.uint("rentalId"), opened.uint("disputeId")
	opened.handle(func(b *Batch, l *decode.Log) error {
		row, err := b.rental(openID.of(l), l.BlockNumber)
		if row != nil {
			row.Status, row.DisputeID = "disputed", openDispute.of(l)
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
