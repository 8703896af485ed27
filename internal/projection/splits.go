package projection

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Split is a row of splits: one SplitCreated, a split the SplitFactory made (DESIGN
// §6.4). The table is also the indexer's set of followed children: it reloads it from
// here, and a reorg that drops the creation drops the row through the undo log.
type Split struct {
	Address     common.Address
	Creator     common.Address
	Accounts    []common.Address
	SharesBps   []uint16 // SharesBps[i] is Accounts[i]'s share
	BlockNumber uint64
	LogIndex    uint64
	TxHash      common.Hash
}

// splitTable is append-only: a split's accounts and shares never change, and a split is
// created once (CREATE2 refuses a second one at the same address).
var splitTable = table[Split]{
	name:     "splits",
	pk:       []column{{"address", "bytea"}},
	columns:  []string{"address", "creator", "accounts", "shares_bps", "block_number", "log_index", "tx_hash"},
	selected: `address, creator, accounts, shares_bps, block_number, log_index, tx_hash`,
	key:      func(s *Split) string { return addressKey(s.Address) },
	values: func(s *Split) []any {
		accounts := make([][]byte, len(s.Accounts))
		for i, a := range s.Accounts {
			accounts[i] = a.Bytes()
		}
		shares := make([]int32, len(s.SharesBps))
		for i, v := range s.SharesBps {
			shares[i] = int32(v)
		}
		return []any{addrBytes(s.Address), addrBytes(s.Creator), accounts, shares, int64(s.BlockNumber), int64(s.LogIndex),
			s.TxHash.Bytes()}
	},
	scan: scanSplit,
	pkArrays: func(ss []*Split) []any {
		out := make([][]byte, len(ss))
		for i, s := range ss {
			out[i] = s.Address.Bytes()
		}
		return []any{out}
	},
	loadKeys: addressKeys,
}

func scanSplit(row pgx.Row) (*Split, error) {
	var (
		addr, creator, tx []byte
		accounts          [][]byte
		shares            []int32
		block, index      int64
	)
	if err := row.Scan(&addr, &creator, &accounts, &shares, &block, &index, &tx); err != nil {
		return nil, err
	}
	s := &Split{Address: common.BytesToAddress(addr), Creator: common.BytesToAddress(creator), BlockNumber: uint64(block),
		LogIndex: uint64(index), TxHash: common.BytesToHash(tx)}
	for _, a := range accounts {
		s.Accounts = append(s.Accounts, common.BytesToAddress(a))
	}
	for _, v := range shares {
		s.SharesBps = append(s.SharesBps, uint16(v))
	}
	return s, nil
}

// SplitRelease is a row of split_releases: one Released of a split.
type SplitRelease struct {
	BlockNumber uint64
	LogIndex    uint64
	Split       common.Address
	Token       common.Address
	Account     common.Address
	Amount      Uint
}

var splitReleaseTable = table[SplitRelease]{
	name:    "split_releases",
	pk:      []column{{"block_number", "bigint"}, {"log_index", "integer"}},
	columns: []string{"block_number", "log_index", "split", "token", "account", "amount"},
	key:     func(r *SplitRelease) string { return fmt.Sprintf("%d/%d", r.BlockNumber, r.LogIndex) },
	values: func(r *SplitRelease) []any {
		return []any{int64(r.BlockNumber), int64(r.LogIndex), addrBytes(r.Split), addrBytes(r.Token), addrBytes(r.Account),
			numeric(r.Amount)}
	},
	pkArrays: blockLogKeys[SplitRelease](func(r *SplitRelease) (uint64, uint64) { return r.BlockNumber, r.LogIndex }),
}

// SplitIncome is a row of split_income: what one settlement event of the escrow paid a
// split as the rental's payee.
type SplitIncome struct {
	BlockNumber uint64
	LogIndex    uint64
	Split       common.Address
	Token       common.Address
	RentalID    Uint
	Amount      Uint
}

var splitIncomeTable = table[SplitIncome]{
	name:    "split_income",
	pk:      []column{{"block_number", "bigint"}, {"log_index", "integer"}},
	columns: []string{"block_number", "log_index", "split", "token", "rental_id", "amount"},
	key:     func(r *SplitIncome) string { return fmt.Sprintf("%d/%d", r.BlockNumber, r.LogIndex) },
	values: func(r *SplitIncome) []any {
		return []any{int64(r.BlockNumber), int64(r.LogIndex), addrBytes(r.Split), addrBytes(r.Token), numeric(r.RentalID),
			numeric(r.Amount)}
	},
	pkArrays: blockLogKeys[SplitIncome](func(r *SplitIncome) (uint64, uint64) { return r.BlockNumber, r.LogIndex }),
}

// blockLogKeys returns the pkArrays of a table keyed by (block_number, log_index).
func blockLogKeys[R any](pos func(*R) (uint64, uint64)) func([]*R) []any {
	return func(rs []*R) []any {
		blocks, indexes := make([]int64, len(rs)), make([]int64, len(rs))
		for i, r := range rs {
			b, x := pos(r)
			blocks[i], indexes[i] = int64(b), int64(x)
		}
		return []any{blocks, indexes}
	}
}

// isSplit reports whether a is a split created by now (in an earlier batch or earlier in
// this one). The batch reads the set of split addresses once, when a settlement first
// asks: a chain without splits pays one small query per batch that settles a rental.
func (b *Batch) isSplit(a common.Address) (bool, error) {
	if b.splitSet == nil {
		b.splitSet = map[common.Address]bool{}
		rows, err := b.tx.Query(b.ctx, `SELECT address FROM splits WHERE chain_id = $1`, b.chainID)
		if err != nil {
			return false, fmt.Errorf("reading the splits: %w", err)
		}
		for rows.Next() {
			var addr []byte
			if err := rows.Scan(&addr); err != nil {
				rows.Close()
				return false, fmt.Errorf("reading the splits: %w", err)
			}
			b.splitSet[common.BytesToAddress(addr)] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return false, fmt.Errorf("reading the splits: %w", err)
		}
		for _, row := range b.splits.byKey { // created earlier in this batch
			b.splitSet[row.Address] = true
		}
	}
	return b.splitSet[a], nil
}

// payee records that the settlement event l of rental id paid amount to the rental's
// payee, when the payee is a split. The amount is what the escrow pushed (or, when the
// push failed, credited: see [View.SplitReceived]).
func (b *Batch) payee(l *decode.Log, id *big.Int, amount *big.Int) error {
	if amount.Sign() <= 0 {
		return nil
	}
	r, err := b.rentals.get(b, id.String())
	if err != nil || r == nil {
		return err
	}
	ok, err := b.isSplit(r.Payee)
	if err != nil || !ok {
		return err
	}
	listing, err := b.listings.get(b, r.ListingID.String())
	if err != nil {
		return err
	}
	if listing == nil {
		return fmt.Errorf("rental %s of unknown listing %s", id, r.ListingID)
	}
	b.splitIncome.put(&SplitIncome{BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index), Split: r.Payee,
		Token: listing.PaymentToken, RentalID: NewUint(id), Amount: NewUint(new(big.Int).Set(amount))})
	return nil
}

// paidBefore returns what rental id paid its split payee before l: rows of earlier
// batches and of this one.
func (b *Batch) paidBefore(id *big.Int) (*big.Int, error) {
	sum := new(big.Int)
	var text *string
	err := b.tx.QueryRow(b.ctx, `SELECT sum(amount)::text FROM split_income WHERE chain_id = $1 AND rental_id = $2`,
		b.chainID, id.String()).Scan(&text)
	if err != nil {
		return nil, fmt.Errorf("reading what rental %s paid its split: %w", id, err)
	}
	if text != nil {
		if _, ok := sum.SetString(*text, 10); !ok {
			return nil, fmt.Errorf("reading what rental %s paid its split: %q", id, *text)
		}
	}
	for _, k := range b.splitIncome.order {
		if row := b.splitIncome.byKey[k]; row.RentalID.Int().Cmp(id) == 0 {
			sum.Add(sum, row.Amount.Int())
		}
	}
	return sum, nil
}

func sub(x, y *big.Int) *big.Int { return new(big.Int).Sub(x, y) }

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func registerSplits(r *registry) {
	created := r.on(manifest.SplitFactory, "SplitCreated")
	split, creator := created.address("split"), created.address("creator")
	accounts, shares := created.addresses("accounts"), created.uints("sharesBps")
	created.handle(func(b *Batch, l *decode.Log) error {
		row := &Split{Address: split.of(l), Creator: creator.of(l), Accounts: accounts.of(l), BlockNumber: l.BlockNumber,
			LogIndex: uint64(l.Index), TxHash: l.TxHash}
		for _, s := range shares.of(l) {
			row.SharesBps = append(row.SharesBps, uint16(s))
		}
		b.splits.put(row)
		if b.splitSet != nil {
			b.splitSet[row.Address] = true
		}
		return nil
	})

	released := r.on(manifest.Split, "Released")
	relToken, relAccount, relAmount := released.address("token"), released.address("account"), released.uint("amount")
	released.handle(func(b *Batch, l *decode.Log) error {
		b.splitReleases.put(&SplitRelease{BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index), Split: l.Address,
			Token: relToken.of(l), Account: relAccount.of(l), Amount: NewUint(relAmount.of(l))})
		return nil
	})

	// What the escrow pays a rental's payee, event by event (INTERFACE.md §2; the
	// contract's _pay calls): each handler runs after the rentals' own, so the rental row
	// already has the event's status.
	returned := r.on(manifest.PledgeEscrow, "Returned")
	retID, retCharged, retFee := returned.uint("rentalId"), returned.uint("rentCharged"), returned.uint("platformFee")
	returned.handle(func(b *Batch, l *decode.Log) error {
		// the charged rent less its platform fee (a return while disputed pays nothing: all 0)
		return b.payee(l, retID.of(l), sub(retCharged.of(l), retFee.of(l)))
	})

	cancelled := r.on(manifest.PledgeEscrow, "Cancelled")
	canID, canFee, canPlatform := cancelled.uint("rentalId"), cancelled.uint("fee"), cancelled.uint("platformFee")
	cancelled.handle(func(b *Batch, l *decode.Log) error {
		return b.payee(l, canID.of(l), sub(canFee.of(l), canPlatform.of(l)))
	})

	noShow := r.on(manifest.PledgeEscrow, "NoShow")
	nsID, nsCharged, nsPlatform := noShow.uint("rentalId"), noShow.uint("rentCharged"), noShow.uint("platformFee")
	noShow.handle(func(b *Batch, l *decode.Log) error {
		return b.payee(l, nsID.of(l), sub(nsCharged.of(l), nsPlatform.of(l)))
	})

	defaulted := r.on(manifest.PledgeEscrow, "RentalDefaulted")
	defID, defDeposit, defPlatform := defaulted.uint("rentalId"), defaulted.uint("deposit"), defaulted.uint("platformFee")
	defaulted.handle(func(b *Batch, l *decode.Log) error {
		id := defID.of(l)
		row, err := b.rentals.get(b, id.String())
		if err != nil || row == nil {
			return err
		}
		// the rent paid in full less its platform fee, and the whole deposit
		return b.payee(l, id, sub(add(row.Rent.Int(), defDeposit.of(l)), defPlatform.of(l)))
	})

	settled := r.on(manifest.PledgeEscrow, "RentalSettled")
	setID, setCharged, setUsage := settled.uint("rentalId"), settled.uint("rentCharged"), settled.uint("usageFee")
	setDamage, setLate, setPlatform := settled.uint("damage"), settled.uint("lateFee"), settled.uint("platformFee")
	settled.handle(func(b *Batch, l *decode.Log) error {
		id := setID.of(l)
		row, err := b.rentals.get(b, id.String())
		if err != nil || row == nil {
			return err
		}
		if ok, err := b.isSplit(row.Payee); err != nil || !ok {
			return err
		}
		charged, usage, damage, late, fee := setCharged.of(l), setUsage.of(l), setDamage.of(l), setLate.of(l), setPlatform.of(l)
		if row.Status == "resolved" {
			// a ruling: rentCharged is the payee's part of the rent, damage its part of the
			// deposit. When the rent was settled at a return before the dispute (an
			// inspection end was set), that rent stays paid and the ruling pays only the
			// late fee and the deposit share (its platformFee is then 0).
			if row.InspectionEnd != nil && *row.InspectionEnd != 0 {
				return b.payee(l, id, add(late, damage))
			}
			return b.payee(l, id, sub(add(charged, late, damage), fee))
		}
		// a release: the event carries the whole rental's figures, of which the return
		// already paid the charged rent less its fee.
		before, err := b.paidBefore(id)
		if err != nil {
			return err
		}
		return b.payee(l, id, sub(sub(add(charged, usage, damage, late), fee), before))
	})
}

// SplitFilter selects splits; zero fields select all.
type SplitFilter struct {
	Creator *common.Address
	Account *common.Address // a co-owner
	After   []byte          // keyset cursor: the last address of the previous page
}

// Split reads split a as of at; [ErrNotFound] when no split has that address (yet).
func (v *View) Split(ctx context.Context, at At, a common.Address) (*Split, error) {
	q := `SELECT ` + splitTable.selected + ` FROM splits WHERE chain_id = $1 AND address = $2 AND block_number <= $3`
	s, err := scanSplit(v.q.QueryRow(ctx, q, v.chainID, a.Bytes(), at.MaxBlock))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("reading split %s: %w", a, err)
	}
	return s, nil
}

// Splits lists the splits f selects, in address order, at most limit.
func (v *View) Splits(ctx context.Context, at At, f SplitFilter, limit int) ([]*Split, error) {
	c := &conds{}
	c.add("t.chain_id = $%d", v.chainID)
	if at.MaxBlock != Latest {
		c.add("t.block_number <= $%d", at.MaxBlock)
	}
	if f.Creator != nil {
		c.add("t.creator = $%d", f.Creator.Bytes())
	}
	if f.Account != nil {
		c.add("t.accounts @> ARRAY[$%d::bytea]", f.Account.Bytes())
	}
	if f.After != nil {
		c.add("t.address > $%d", f.After)
	}
	return list(ctx, v, &splitTable, c, "t.address", limit)
}

// SplitReleased returns what each account of split released, per token in token order.
func (v *View) SplitReleased(ctx context.Context, at At, split common.Address) (map[common.Address][]TokenAmount, error) {
	const q = `SELECT account, token, sum(amount)::text FROM split_releases
		WHERE chain_id = $1 AND split = ANY($2::bytea[]) AND block_number <= $3
		GROUP BY account, token ORDER BY account, token`
	return sums(ctx, v, "split releases", q, [][]byte{split.Bytes()}, at.MaxBlock)
}

// SplitReceived returns, per token in token order, everything the escrow paid split as a
// rental's payee (split_income) less the split's claimable credit (credit_moves): a push
// that failed is credited, not received, until the split withdraws it. A co-owner's
// received amount is floor(this × its share / 10 000), the split's own entitlement rule.
func (v *View) SplitReceived(ctx context.Context, at At, split common.Address) ([]TokenAmount, error) {
	const q = `SELECT $2::bytea, token, sum(amount)::text FROM (
			SELECT token, amount FROM split_income WHERE chain_id = $1 AND split = $2 AND block_number <= $3
			UNION ALL
			SELECT token, -amount FROM credit_moves WHERE chain_id = $1 AND account = $2 AND block_number <= $3
		) m GROUP BY token HAVING sum(amount) > 0 ORDER BY token`
	rows, err := v.q.Query(ctx, q, v.chainID, split.Bytes(), at.MaxBlock)
	if err != nil {
		return nil, fmt.Errorf("reading split income: %w", err)
	}
	defer rows.Close()
	var out []TokenAmount
	for rows.Next() {
		var owner, token []byte
		var sum string
		if err := rows.Scan(&owner, &token, &sum); err != nil {
			return nil, fmt.Errorf("reading split income: %w", err)
		}
		out = append(out, TokenAmount{Token: common.BytesToAddress(token), Amount: UintText(sum)})
	}
	return out, rows.Err()
}
