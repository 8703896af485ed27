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

// NewcomerScore is the score of an account before its first outcome while no
// NewcomerScoreSet is indexed: protocol v2's deployed value.
const NewcomerScore = 500

// Account is a row of accounts: an account's credit, balances and open rentals.
type Account struct {
	Address         common.Address
	Score           uint64
	Blacklisted     bool
	BlacklistReason *[32]byte
	ShrBalance      Uint
	RewardsEarned   Uint
	Pledged         Uint  // SHR locked behind its listings
	ActiveRentals   int64 // rentals held as renter in status active
	TierRentals     int64 // rentals held as renter that the tier limit counts: booked, active or disputed
	UpdatedBlock    uint64
}

var accountTable = table[Account]{
	name: "accounts",
	pk:   []column{{"address", "bytea"}},
	columns: []string{"address", "score", "blacklisted", "blacklist_reason", "shr_balance", "rewards_earned", "pledged",
		"active_rentals", "tier_rentals", "updated_block"},
	selected: `address, score, blacklisted, blacklist_reason, shr_balance::text, rewards_earned::text, pledged::text,
		active_rentals, tier_rentals, updated_block`,
	key: func(a *Account) string { return addressKey(a.Address) },
	values: func(a *Account) []any {
		return []any{addrBytes(a.Address), int64(a.Score), a.Blacklisted, optBytes32(a.BlacklistReason),
			numeric(a.ShrBalance), numeric(a.RewardsEarned), numeric(a.Pledged), a.ActiveRentals, a.TierRentals,
			int64(a.UpdatedBlock)}
	},
	scan: scanAccount,
	pkArrays: func(as []*Account) []any {
		out := make([][]byte, len(as))
		for i, a := range as {
			out[i] = a.Address.Bytes()
		}
		return []any{out}
	},
	loadKeys: addressKeys,
	touch:    func(a *Account, block uint64) { a.UpdatedBlock = block },
}

func scanAccount(row pgx.Row) (*Account, error) {
	var (
		a                         Account
		address, reason           []byte
		score, updated            int64
		balance, rewards, pledged string
	)
	if err := row.Scan(&address, &score, &a.Blacklisted, &reason, &balance, &rewards, &pledged, &a.ActiveRentals,
		&a.TierRentals, &updated); err != nil {
		return nil, err
	}
	a.ShrBalance, a.RewardsEarned, a.Pledged = UintText(balance), UintText(rewards), UintText(pledged)
	a.Address, a.BlacklistReason = common.BytesToAddress(address), optHashOf(reason)
	a.Score, a.UpdatedBlock = uint64(score), uint64(updated)
	return &a, nil
}

// Tier is a row of tiers: a credit tier's threshold and terms.
type Tier struct {
	Tier             uint64
	MinScore         uint64
	MaxActiveRentals uint64
	DepositBps       uint64
	PledgeBps        uint64
	UpdatedBlock     uint64
}

var tierTable = table[Tier]{
	name:     "tiers",
	pk:       []column{{"tier", "integer"}},
	columns:  []string{"tier", "min_score", "max_active_rentals", "deposit_bps", "pledge_bps", "updated_block"},
	selected: `tier, min_score, max_active_rentals, deposit_bps, pledge_bps, updated_block`,
	key:      func(t *Tier) string { return strconv.FormatUint(t.Tier, 10) },
	values: func(t *Tier) []any {
		return []any{int64(t.Tier), int64(t.MinScore), int64(t.MaxActiveRentals), int64(t.DepositBps), int64(t.PledgeBps),
			int64(t.UpdatedBlock)}
	},
	scan: func(row pgx.Row) (*Tier, error) {
		var tier, minScore, maxActive, deposit, pledge, updated int64
		if err := row.Scan(&tier, &minScore, &maxActive, &deposit, &pledge, &updated); err != nil {
			return nil, err
		}
		return &Tier{Tier: uint64(tier), MinScore: uint64(minScore), MaxActiveRentals: uint64(maxActive),
			DepositBps: uint64(deposit), PledgeBps: uint64(pledge), UpdatedBlock: uint64(updated)}, nil
	},
	pkArrays: func(ts []*Tier) []any {
		out := make([]int64, len(ts))
		for i, t := range ts {
			out[i] = int64(t.Tier)
		}
		return []any{out}
	},
	loadKeys: intKeys,
}

// account returns the row of a for a change at block, creating the newcomer's row on
// first sight.
func (b *Batch) account(a common.Address, block uint64) (*Account, error) {
	row, err := b.accounts.get(b, addressKey(a))
	if err != nil {
		return nil, err
	}
	if row == nil {
		score, err := b.settingUint(SettingNewcomerScore)
		if err != nil {
			return nil, err
		}
		row = newcomer(a, score)
	}
	row.UpdatedBlock = block
	b.accounts.put(row)
	return row, nil
}

func registerAccounts(r *registry) {
	transfer := r.on(manifest.RewardToken, "Transfer")
	from, to, value := transfer.address("from"), transfer.address("to"), transfer.uint("value")
	transfer.handle(func(b *Batch, l *decode.Log) error {
		v := value.of(l)
		if f := from.of(l); f != (common.Address{}) {
			a, err := b.account(f, l.BlockNumber)
			if err != nil {
				return err
			}
			a.ShrBalance = a.ShrBalance.sub(v)
		}
		if t := to.of(l); t != (common.Address{}) {
			a, err := b.account(t, l.BlockNumber)
			if err != nil {
				return err
			}
			a.ShrBalance = a.ShrBalance.add(v)
		}
		return nil
	})

	score := r.on(manifest.CreditRegistry, "ScoreChanged")
	scoreAccount, newScore := score.address("account"), score.uint("newScore")
	score.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(scoreAccount.of(l), l.BlockNumber)
		if a != nil {
			a.Score = newScore.u64(l)
		}
		return err
	})

	listed := r.on(manifest.CreditRegistry, "Blacklisted")
	listedAccount, reason := listed.address("account"), listed.bytes32("reasonHash")
	listed.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(listedAccount.of(l), l.BlockNumber)
		if a != nil {
			h := reason.of(l)
			a.Blacklisted, a.BlacklistReason = true, &h
		}
		return err
	})

	unlisted := r.on(manifest.CreditRegistry, "Unblacklisted")
	unlistedAccount := unlisted.address("account")
	unlisted.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(unlistedAccount.of(l), l.BlockNumber)
		if a != nil {
			a.Blacklisted, a.BlacklistReason = false, nil
		}
		return err
	})

	tierSet := r.on(manifest.CreditRegistry, "TierSet")
	tier, minScore, maxActive := tierSet.uint("tier"), tierSet.uint("minScore"), tierSet.uint("maxActiveRentals")
	depositBps, pledgeBps := tierSet.uint("depositBps"), tierSet.uint("pledgeBps")
	tierSet.handle(func(b *Batch, l *decode.Log) error {
		t := &Tier{Tier: tier.u64(l), MinScore: minScore.u64(l), MaxActiveRentals: maxActive.u64(l),
			DepositBps: depositBps.u64(l), PledgeBps: pledgeBps.u64(l), UpdatedBlock: l.BlockNumber}
		if _, err := b.tiers.get(b, tierTable.key(t)); err != nil {
			return err
		}
		b.tiers.put(t)
		return nil
	})

	// the provider's pledged total; a slash names the renter it pays, so the provider
	// comes from the listing.
	for _, p := range []struct {
		event    string
		provider bool // the event names the provider
		sign     int
	}{{"PledgeLocked", true, +1}, {"PledgeReleased", true, -1}, {"PledgeReturned", true, -1}, {"PledgeSlashed", false, -1}} {
		ev := r.on(manifest.PledgeEscrow, p.event)
		listingID, amount := ev.uint("listingId"), ev.uint("amount")
		var provider addressArg
		if p.provider {
			provider = ev.address("provider")
		}
		sign := p.sign
		ev.handle(func(b *Batch, l *decode.Log) error {
			listing, err := b.listings.get(b, listingID.of(l).String())
			if err != nil || listing == nil {
				return err
			}
			who := listing.Provider
			if provider.argSpec != nil {
				who = provider.of(l)
			}
			a, err := b.account(who, l.BlockNumber)
			if err != nil {
				return err
			}
			if sign > 0 {
				a.Pledged = a.Pledged.add(amount.of(l))
			} else {
				a.Pledged = a.Pledged.sub(amount.of(l))
			}
			return nil
		})
	}

	// the renter's rental counts move with the rental's status (rentals.go, moveRental).

	// claimable credits, as a ledger summed when read.
	for _, c := range []struct {
		event string
		sign  int
	}{{"PaymentCredited", +1}, {"Withdrawn", -1}} {
		ev := r.on(manifest.PledgeEscrow, c.event)
		token, account, amount := ev.address("token"), ev.address("account"), ev.uint("amount")
		sign := c.sign
		ev.handle(func(b *Batch, l *decode.Log) error {
			x := amount.of(l)
			if sign < 0 {
				x = new(big.Int).Neg(x)
			}
			b.creditMoves.put(&CreditMove{BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index), Account: account.of(l),
				Token: token.of(l), Amount: NewUint(x)})
			return nil
		})
	}

	reward := r.on(manifest.PledgeEscrow, "RewardPaid")
	rewardAccount, rewardAmount := reward.address("account"), reward.uint("amount")
	reward.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(rewardAccount.of(l), l.BlockNumber)
		if a != nil {
			a.RewardsEarned = a.RewardsEarned.add(rewardAmount.of(l))
		}
		return err
	})
}

// newcomer is the row of an account never seen: what the contracts hold for it too. score
// is the chain's announced newcomer score, nil when none is indexed.
func newcomer(a common.Address, score *big.Int) *Account {
	zero := NewUint(new(big.Int))
	row := &Account{Address: a, Score: NewcomerScore, ShrBalance: zero, RewardsEarned: zero, Pledged: zero}
	if score != nil && score.IsUint64() {
		row.Score = score.Uint64()
	}
	return row
}

// countRental moves the renter's rental counts for a rental going from status from to
// status to ("" for a new rental).
func (b *Batch) countRental(renter common.Address, from, to string, block uint64) error {
	active := func(s string) int64 { return b2i(s == "active") }
	tier := func(s string) int64 { return b2i(s == "booked" || s == "active" || s == "disputed") }
	dActive, dTier := active(to)-active(from), tier(to)-tier(from)
	if dActive == 0 && dTier == 0 {
		return nil
	}
	a, err := b.account(renter, block)
	if a != nil {
		a.ActiveRentals += dActive
		a.TierRentals += dTier
	}
	return err
}

func b2i(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

// CreditMove is a row of credit_moves: a PaymentCredited (+) or Withdrawn (−).
type CreditMove struct {
	BlockNumber uint64
	LogIndex    uint64
	Account     common.Address
	Token       common.Address
	Amount      Uint // signed
}

var creditMoveTable = table[CreditMove]{
	name:    "credit_moves",
	pk:      []column{{"block_number", "bigint"}, {"log_index", "integer"}},
	columns: []string{"block_number", "log_index", "account", "token", "amount"},
	key:     func(m *CreditMove) string { return fmt.Sprintf("%d/%d", m.BlockNumber, m.LogIndex) },
	values: func(m *CreditMove) []any {
		return []any{int64(m.BlockNumber), int64(m.LogIndex), addrBytes(m.Account), addrBytes(m.Token), numeric(m.Amount)}
	},
	pkArrays: func(ms []*CreditMove) []any {
		blocks, indexes := make([]int64, len(ms)), make([]int64, len(ms))
		for i, m := range ms {
			blocks[i], indexes[i] = int64(m.BlockNumber), int64(m.LogIndex)
		}
		return []any{blocks, indexes}
	},
}

// Claimable returns, for each of accounts, what it may withdraw from the escrow per token,
// in token order (nothing for an account with no credit).
func (v *View) Claimable(ctx context.Context, at At, accounts []common.Address) (map[common.Address][]TokenAmount, error) {
	keys := make([][]byte, len(accounts))
	for i, a := range accounts {
		keys[i] = a.Bytes()
	}
	const q = `SELECT account, token, sum(amount)::text FROM credit_moves
		WHERE chain_id = $1 AND account = ANY($2::bytea[]) AND block_number <= $3
		GROUP BY account, token HAVING sum(amount) > 0 ORDER BY account, token`
	return sums(ctx, v, "claimable credits", q, keys, at.MaxBlock)
}

// Account reads account a, with its tier: an account never seen is a newcomer (the row
// the indexer would create at its first event, with the chain's announced newcomer
// score). The tier is nil while no TierSet is indexed. One query: this is one of the
// API's single-row reads.
func (v *View) Account(ctx context.Context, at At, a common.Address) (*Account, *Tier, error) {
	q := `WITH acc AS (
		SELECT ` + accountTable.selected + ` FROM accounts WHERE chain_id = $3 AND address = $1 AND updated_block <= $2
		UNION ALL
		SELECT $1, coalesce((SELECT value::int FROM settings WHERE chain_id = $3 AND name = '` + SettingNewcomerScore + `'), $4::int),
			false, NULL, '0', '0', '0', 0, 0, 0
		LIMIT 1)
	SELECT acc.*, t.tier, t.min_score, t.max_active_rentals, t.deposit_bps, t.pledge_bps, t.updated_block
	FROM acc LEFT JOIN LATERAL (
		SELECT tier, min_score, max_active_rentals, deposit_bps, pledge_bps, updated_block FROM tiers
		WHERE chain_id = $3 AND min_score <= acc.score ORDER BY tier DESC LIMIT 1) t ON true`
	var (
		address, reason                                    []byte
		score, updated                                     int64
		balance, rewards, pledged                          string
		tier, minScore, maxActive, deposit, pledge, tierAt *int64
		acc                                                Account
	)
	err := v.q.QueryRow(ctx, q, a.Bytes(), at.MaxBlock, v.chainID, NewcomerScore).Scan(&address, &score, &acc.Blacklisted,
		&reason, &balance, &rewards, &pledged, &acc.ActiveRentals, &acc.TierRentals, &updated, &tier, &minScore, &maxActive,
		&deposit, &pledge, &tierAt)
	if err != nil {
		return nil, nil, fmt.Errorf("reading account %s: %w", a, err)
	}
	acc.Address, acc.BlacklistReason = common.BytesToAddress(address), optHashOf(reason)
	acc.ShrBalance, acc.RewardsEarned, acc.Pledged = UintText(balance), UintText(rewards), UintText(pledged)
	acc.Score, acc.UpdatedBlock = uint64(score), uint64(updated)
	if tier == nil {
		return &acc, nil, nil
	}
	return &acc, &Tier{Tier: uint64(*tier), MinScore: uint64(*minScore), MaxActiveRentals: uint64(*maxActive),
		DepositBps: uint64(*deposit), PledgeBps: uint64(*pledge), UpdatedBlock: uint64(*tierAt)}, nil
}

// Tier reads tier t.
func (v *View) Tier(ctx context.Context, t uint64) (*Tier, error) {
	return one(ctx, v, &tierTable, At{MaxBlock: Latest}, int64(t))
}

// Accounts lists the accounts after address after (nil: from the first), in address
// order.
func (v *View) Accounts(ctx context.Context, at At, after []byte, limit int) ([]*Account, error) {
	c := v.base("t", at)
	if after != nil {
		c.add("t.address > $%d", after)
	}
	return list(ctx, v, &accountTable, c, "t.address", limit)
}

// LockedPledges returns, for each provider, the sum of the pledges its listings still
// hold locked (zero providers are left out).
func (v *View) LockedPledges(ctx context.Context, providers []common.Address) (map[common.Address]Uint, error) {
	keys := make([][]byte, len(providers))
	for i, p := range providers {
		keys[i] = p.Bytes()
	}
	const q = `SELECT provider, sum(pledge_amount)::text FROM listings
		WHERE chain_id = $2 AND provider = ANY($1::bytea[]) AND pledge_state = 'locked' GROUP BY provider`
	rows, err := v.q.Query(ctx, q, keys, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading locked pledges: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]Uint{}
	for rows.Next() {
		var p []byte
		var sum string
		if err := rows.Scan(&p, &sum); err != nil {
			return nil, fmt.Errorf("reading locked pledges: %w", err)
		}
		out[common.BytesToAddress(p)] = UintText(sum)
	}
	return out, rows.Err()
}
