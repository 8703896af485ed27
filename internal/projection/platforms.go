package projection

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Platform is a row of platforms: a frontend or operator registered by governance, with
// what it brought. A platform named by a listing or rental before (or without) its
// registration has a row with share 0.
type Platform struct {
	Address      common.Address
	ShareBps     uint64
	Listings     int64 // listings whose terms name it
	Rentals      int64 // rentals whose renter it brought
	UpdatedBlock uint64
}

var platformTable = table[Platform]{
	name:     "platforms",
	pk:       []column{{"address", "bytea"}},
	columns:  []string{"address", "share_bps", "listings", "rentals", "updated_block"},
	selected: `address, share_bps, listings, rentals, updated_block`,
	key:      func(p *Platform) string { return addressKey(p.Address) },
	values: func(p *Platform) []any {
		return []any{addrBytes(p.Address), int64(p.ShareBps), p.Listings, p.Rentals, int64(p.UpdatedBlock)}
	},
	scan: func(row pgx.Row) (*Platform, error) {
		var (
			addr                             []byte
			share, listings, rented, updated int64
		)
		if err := row.Scan(&addr, &share, &listings, &rented, &updated); err != nil {
			return nil, err
		}
		return &Platform{Address: common.BytesToAddress(addr), ShareBps: uint64(share), Listings: listings, Rentals: rented,
			UpdatedBlock: uint64(updated)}, nil
	},
	pkArrays: func(ps []*Platform) []any {
		out := make([][]byte, len(ps))
		for i, p := range ps {
			out[i] = p.Address.Bytes()
		}
		return []any{out}
	},
	loadKeys: addressKeys,
	touch:    func(p *Platform, block uint64) { p.UpdatedBlock = block },
}

// PlatformFee is a row of platform_fees: one PlatformFeePaid.
type PlatformFee struct {
	BlockNumber uint64
	LogIndex    uint64
	RentalID    Uint
	Platform    common.Address
	Token       common.Address
	Amount      Uint
}

var platformFeeTable = table[PlatformFee]{
	name:    "platform_fees",
	pk:      []column{{"block_number", "bigint"}, {"log_index", "integer"}},
	columns: []string{"block_number", "log_index", "rental_id", "platform", "token", "amount"},
	key:     func(f *PlatformFee) string { return fmt.Sprintf("%d/%d", f.BlockNumber, f.LogIndex) },
	values: func(f *PlatformFee) []any {
		return []any{int64(f.BlockNumber), int64(f.LogIndex), numeric(f.RentalID), addrBytes(f.Platform), addrBytes(f.Token),
			numeric(f.Amount)}
	},
	pkArrays: func(fs []*PlatformFee) []any {
		blocks, indexes := make([]int64, len(fs)), make([]int64, len(fs))
		for i, f := range fs {
			blocks[i], indexes[i] = int64(f.BlockNumber), int64(f.LogIndex)
		}
		return []any{blocks, indexes}
	},
}

// platform returns the row of address for a change at block, created on first sight.
func (b *Batch) platform(a common.Address, block uint64) (*Platform, error) {
	row, err := b.platforms.get(b, addressKey(a))
	if err != nil {
		return nil, err
	}
	if row == nil {
		row = &Platform{Address: a}
	}
	row.UpdatedBlock = block
	b.platforms.put(row)
	return row, nil
}

// countPlatformListing moves one listing from platform from to platform to (nil: none).
func (b *Batch) countPlatformListing(from, to *common.Address, block uint64) error {
	if from != nil && to != nil && *from == *to {
		return nil
	}
	if from != nil {
		p, err := b.platform(*from, block)
		if err != nil {
			return err
		}
		p.Listings--
	}
	if to != nil {
		p, err := b.platform(*to, block)
		if err != nil {
			return err
		}
		p.Listings++
	}
	return nil
}

func registerPlatforms(r *registry) {
	set := r.on(manifest.PledgeEscrow, "PlatformSet")
	setPlatform, setShare := set.address("platform"), set.uint("shareBps")
	set.handle(func(b *Batch, l *decode.Log) error {
		p, err := b.platform(setPlatform.of(l), l.BlockNumber)
		if p != nil {
			p.ShareBps = setShare.u64(l)
		}
		return err
	})

	rented := r.on(manifest.PledgeEscrow, "Rented")
	rentedPlatform := rented.address("platform")
	rented.handle(func(b *Batch, l *decode.Log) error {
		a := rentedPlatform.of(l)
		if a == (common.Address{}) {
			return nil
		}
		p, err := b.platform(a, l.BlockNumber)
		if p != nil {
			p.Rentals++
		}
		return err
	})

	paid := r.on(manifest.PledgeEscrow, "PlatformFeePaid")
	paidRental, paidPlatform, paidToken, paidAmount := paid.uint("rentalId"), paid.address("platform"), paid.address("token"), paid.uint("amount")
	paid.handle(func(b *Batch, l *decode.Log) error {
		b.platformFees.put(&PlatformFee{BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index), RentalID: NewUint(paidRental.of(l)),
			Platform: paidPlatform.of(l), Token: paidToken.of(l), Amount: NewUint(paidAmount.of(l))})
		return nil
	})
}

// Platform reads platform a.
func (v *View) Platform(ctx context.Context, at At, a common.Address) (*Platform, error) {
	return one(ctx, v, &platformTable, at, a.Bytes())
}

// Platforms lists the platforms after address after (nil: from the first), in address
// order.
func (v *View) Platforms(ctx context.Context, at At, after []byte, limit int) ([]*Platform, error) {
	c := v.base("t", at)
	if after != nil {
		c.add("t.address > $%d", after)
	}
	return list(ctx, v, &platformTable, c, "t.address", limit)
}

// TokenAmount is an amount of one token.
type TokenAmount struct {
	Token  common.Address
	Amount Uint
}

// PlatformFees returns, for each of platforms, the fees it was paid per token, in token
// order (platforms never paid are left out).
func (v *View) PlatformFees(ctx context.Context, at At, platforms []common.Address) (map[common.Address][]TokenAmount, error) {
	keys := make([][]byte, len(platforms))
	for i, p := range platforms {
		keys[i] = p.Bytes()
	}
	const q = `SELECT platform, token, sum(amount)::text FROM platform_fees
		WHERE chain_id = $1 AND platform = ANY($2::bytea[]) AND block_number <= $3
		GROUP BY platform, token ORDER BY platform, token`
	return sums(ctx, v, "platform fees", q, keys, at.MaxBlock)
}

// sums runs q, which selects (owner, token, sum) rows, into a map by owner.
func sums(ctx context.Context, v *View, what, q string, keys [][]byte, maxBlock int64) (map[common.Address][]TokenAmount, error) {
	rows, err := v.q.Query(ctx, q, v.chainID, keys, maxBlock)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", what, err)
	}
	defer rows.Close()
	out := map[common.Address][]TokenAmount{}
	for rows.Next() {
		var owner, token []byte
		var sum string
		if err := rows.Scan(&owner, &token, &sum); err != nil {
			return nil, fmt.Errorf("reading %s: %w", what, err)
		}
		o := common.BytesToAddress(owner)
		out[o] = append(out[o], TokenAmount{Token: common.BytesToAddress(token), Amount: UintText(sum)})
	}
	return out, rows.Err()
}
