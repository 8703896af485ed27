package projection

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Asset is a row of assets: one registered asset token.
type Asset struct {
	TokenID      Uint
	Owner        common.Address
	AssetCode    [32]byte
	ContentHash  [32]byte
	URI          string
	Verified     bool // verified and not revoked or cleared; readers also compare ValidUntil with the time
	VerifiedBy   *common.Address
	ValidUntil   *uint64
	Device       *common.Address
	User         *common.Address // the ERC-4907 user (column user_address)
	UserExpires  *uint64
	ListingID    Uint // the open listing, NULL when none
	Locked       bool // locked by the escrow while the asset has open rentals
	BlockNumber  uint64
	UpdatedBlock uint64
}

var assetTable = table[Asset]{
	name: "assets",
	pk:   []column{{"token_id", "numeric"}},
	columns: []string{"token_id", "owner", "asset_code", "content_hash", "uri", "verified", "verified_by", "valid_until",
		"device", "user_address", "user_expires", "listing_id", "locked", "block_number", "updated_block"},
	selected: `token_id::text, owner, asset_code, content_hash, uri, verified, verified_by, valid_until::text,
		device, user_address, user_expires::text, listing_id::text, locked, block_number, updated_block`,
	key: func(a *Asset) string { return a.TokenID.String() },
	values: func(a *Asset) []any {
		return []any{numeric(a.TokenID), addrBytes(a.Owner), a.AssetCode[:], a.ContentHash[:], a.URI, a.Verified,
			optAddrBytes(a.VerifiedBy), optU64(a.ValidUntil), optAddrBytes(a.Device), optAddrBytes(a.User),
			optU64(a.UserExpires), numeric(a.ListingID), a.Locked, int64(a.BlockNumber), int64(a.UpdatedBlock)}
	},
	scan:     scanAsset,
	pkArrays: func(rs []*Asset) []any { return []any{idStrings(rs, func(a *Asset) Uint { return a.TokenID })} },
	loadKeys: numericKeys,
	touch:    func(x *Asset, block uint64) { x.UpdatedBlock = block },
}

func scanAsset(row pgx.Row) (*Asset, error) {
	var (
		a                                  Asset
		id                                 string
		owner, code, content               []byte
		verifiedBy, device, user           []byte
		validUntil, userExpires, listingID *string
		block, updated                     int64
	)
	if err := row.Scan(&id, &owner, &code, &content, &a.URI, &a.Verified, &verifiedBy, &validUntil, &device, &user,
		&userExpires, &listingID, &a.Locked, &block, &updated); err != nil {
		return nil, err
	}
	var err error
	a.TokenID, a.ListingID = UintText(id), optText(listingID)
	a.Owner, a.AssetCode, a.ContentHash = common.BytesToAddress(owner), [32]byte(code), [32]byte(content)
	a.VerifiedBy, a.Device, a.User = optAddrOf(verifiedBy), optAddrOf(device), optAddrOf(user)
	if a.ValidUntil, err = optU64Of(validUntil); err != nil {
		return nil, err
	}
	if a.UserExpires, err = optU64Of(userExpires); err != nil {
		return nil, err
	}
	a.BlockNumber, a.UpdatedBlock = uint64(block), uint64(updated)
	return &a, nil
}

// asset returns the row of id for a change at block, nil when it does not exist.
func (b *Batch) asset(id *big.Int, block uint64) (*Asset, error) {
	return b.assets.change(b, id.String(), block)
}

func registerAssets(r *registry) {
	// a mint comes before its AssetRegistered, which creates the row: a Transfer of an
	// unknown token changes nothing.
	transfer := r.on(manifest.AssetRegistry, "Transfer")
	transferToken, transferTo := transfer.uint("tokenId"), transfer.address("to")
	transfer.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(transferToken.of(l), l.BlockNumber)
		if a != nil {
			a.Owner = transferTo.of(l)
		}
		return err
	})

	registered := r.on(manifest.AssetRegistry, "AssetRegistered")
	regToken, regOwner, regCode := registered.uint("tokenId"), registered.address("owner"), registered.bytes32("assetCode")
	regContent, regURI := registered.bytes32("contentHash"), registered.string("uri")
	registered.handle(func(b *Batch, l *decode.Log) error {
		id := regToken.of(l)
		if _, err := b.assets.get(b, id.String()); err != nil {
			return err
		}
		b.assets.put(&Asset{TokenID: NewUint(id), Owner: regOwner.of(l), AssetCode: regCode.of(l), ContentHash: regContent.of(l),
			URI: text(regURI.of(l)), BlockNumber: l.BlockNumber, UpdatedBlock: l.BlockNumber})
		return nil
	})

	verified := r.on(manifest.AssetRegistry, "AssetVerified")
	verToken, verBy, verUntil := verified.uint("tokenId"), verified.address("verifier"), verified.uint("validUntil")
	verified.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(verToken.of(l), l.BlockNumber)
		if a != nil {
			by := verBy.of(l)
			a.Verified, a.VerifiedBy, a.ValidUntil = true, &by, ptrU64(verUntil.u64(l))
		}
		return err
	})

	// a revoked registration is burnt: the asset is gone (its events stay).
	unregistered := r.on(manifest.AssetRegistry, "RegistrationRevoked")
	unregToken := unregistered.uint("tokenId")
	unregistered.handle(func(b *Batch, l *decode.Log) error {
		return b.assets.remove(b, unregToken.of(l).String())
	})

	lock := r.on(manifest.AssetRegistry, "LockSet")
	lockToken, lockValue := lock.uint("tokenId"), lock.bool("locked")
	lock.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(lockToken.of(l), l.BlockNumber)
		if a != nil {
			a.Locked = lockValue.of(l)
		}
		return err
	})

	revoked := r.on(manifest.AssetRegistry, "VerificationRevoked")
	revToken := revoked.uint("tokenId")
	revoked.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(revToken.of(l), l.BlockNumber)
		if a != nil {
			a.Verified = false
		}
		return err
	})

	// a content change clears the verification without an event of its own.
	content := r.on(manifest.AssetRegistry, "ContentUpdated")
	contentToken, contentHash, contentURI := content.uint("tokenId"), content.bytes32("contentHash"), content.string("uri")
	content.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(contentToken.of(l), l.BlockNumber)
		if a != nil {
			a.ContentHash, a.URI, a.Verified = contentHash.of(l), text(contentURI.of(l)), false
		}
		return err
	})

	// a rebinding clears the verification (a device is trusted only as part of one) and
	// changes the open listing's terms hash, which covers the device.
	bound := r.on(manifest.AssetRegistry, "DeviceBound")
	boundToken, boundDevice := bound.uint("tokenId"), bound.address("device")
	bound.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(boundToken.of(l), l.BlockNumber)
		if a == nil || err != nil {
			return err
		}
		a.Device, a.Verified = optAddr(boundDevice.of(l)), false
		if a.ListingID.Null() {
			return nil
		}
		listing, err := b.listing(a.ListingID.Int(), l.BlockNumber)
		if listing != nil {
			listing.hashTerms(a.Device)
		}
		return err
	})

	user := r.on(manifest.AssetRegistry, "UpdateUser")
	userToken, userAddr, userExpires := user.uint("tokenId"), user.address("user"), user.uint("expires")
	user.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(userToken.of(l), l.BlockNumber)
		if a != nil {
			a.User, a.UserExpires = optAddr(userAddr.of(l)), nil
			if a.User != nil {
				a.UserExpires = ptrU64(userExpires.u64(l))
			}
		}
		return err
	})

	listed := r.on(manifest.PledgeEscrow, "Listed")
	listedID, listedToken := listed.uint("listingId"), listed.uint("tokenId")
	listed.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.asset(listedToken.of(l), l.BlockNumber)
		if a != nil {
			a.ListingID = NewUint(listedID.of(l))
		}
		return err
	})

	delisted := r.on(manifest.PledgeEscrow, "Delisted")
	delistedID := delisted.uint("listingId")
	delisted.handle(func(b *Batch, l *decode.Log) error {
		id := delistedID.of(l)
		listing, err := b.listings.get(b, id.String())
		if err != nil || listing == nil {
			return err
		}
		a, err := b.asset(listing.TokenID.Int(), l.BlockNumber)
		if a != nil && !a.ListingID.Null() && a.ListingID.Int().Cmp(id) == 0 {
			a.ListingID = Uint{}
		}
		return err
	})
}

// idStrings returns the decimal ids of rows, a NUMERIC key array.
func idStrings[R any](rs []*R, id func(*R) Uint) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = id(r).String()
	}
	return out
}

// VerifiedAt reports whether the asset's verification holds at time t: verified, not
// revoked or cleared, and t not after validUntil.
func (a *Asset) VerifiedAt(t uint64) bool {
	return a.Verified && a.ValidUntil != nil && *a.ValidUntil >= t
}

// Asset reads the asset of token id.
func (v *View) Asset(ctx context.Context, at At, id string) (*Asset, error) {
	return one(ctx, v, &assetTable, at, id)
}

// AssetFilter selects assets; nil and zero fields select all.
type AssetFilter struct {
	Owner    *common.Address
	Verified *bool // as VerifiedAt(At.Time)
	Listed   *bool
	After    string // token ids above this one (keyset cursor)
	Limit    int
}

// Assets lists assets in token order.
func (v *View) Assets(ctx context.Context, at At, f AssetFilter) ([]*Asset, error) {
	c := v.base("t", at)
	if f.Owner != nil {
		c.add("t.owner = $%d", f.Owner.Bytes())
	}
	if f.Verified != nil {
		c.add("(t.verified AND t.valid_until >= $%d::numeric) = "+c.arg(*f.Verified), strconv.FormatUint(at.Time, 10))
	}
	if f.Listed != nil {
		c.add("(t.listing_id IS NOT NULL) = $%d", *f.Listed)
	}
	if f.After != "" {
		c.add("t.token_id > $%d::numeric", f.After)
	}
	return list(ctx, v, &assetTable, c, "t.token_id", f.Limit)
}

// AssetRefs returns the refs (events.refs) of everything about an asset besides the
// token itself: its listings, their rentals and the disputes over them.
func (v *View) AssetRefs(ctx context.Context, tokenID string) ([]string, error) {
	const q = `SELECT 'listing:' || id::text FROM listings WHERE chain_id = $2 AND token_id = $1
	UNION ALL SELECT 'rental:' || id::text FROM rentals WHERE chain_id = $2 AND token_id = $1
	UNION ALL SELECT 'dispute:' || d.id::text FROM disputes d JOIN rentals r ON r.chain_id = d.chain_id AND r.id = d.rental_id
		WHERE r.chain_id = $2 AND r.token_id = $1`
	rows, err := v.q.Query(ctx, q, tokenID, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading the refs of asset %s: %w", tokenID, err)
	}
	refs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("reading the refs of asset %s: %w", tokenID, err)
	}
	return refs, nil
}
