package projection

import (
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// NewcomerScore is the score of an account before its first outcome (release 1).
const NewcomerScore = 600

// Account is a row of accounts: an account's credit, balances and open rentals.
type Account struct {
	Address         common.Address
	Score           uint64
	Blacklisted     bool
	BlacklistReason *[32]byte
	ShrBalance      *big.Int
	RewardsEarned   *big.Int
	Pledged         *big.Int // SHR locked behind its listings
	ActiveRentals   int64    // unfinished (active or disputed) rentals held as renter
	UpdatedBlock    uint64
}

var accountTable = table[Account]{
	name: "accounts",
	pk:   []column{{"address", "bytea"}},
	columns: []string{"address", "score", "blacklisted", "blacklist_reason", "shr_balance", "rewards_earned", "pledged",
		"active_rentals", "updated_block"},
	selected: `address, score, blacklisted, blacklist_reason, shr_balance::text, rewards_earned::text, pledged::text,
		active_rentals, updated_block`,
	key: func(a *Account) string { return addressKey(a.Address) },
	values: func(a *Account) []any {
		return []any{addrBytes(a.Address), int64(a.Score), a.Blacklisted, optBytes32(a.BlacklistReason),
			numeric(a.ShrBalance), numeric(a.RewardsEarned), numeric(a.Pledged), a.ActiveRentals, int64(a.UpdatedBlock)}
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
}

func scanAccount(row pgx.Row) (*Account, error) {
	var (
		a                         Account
		address, reason           []byte
		score, active, updated    int64
		balance, rewards, pledged string
	)
	if err := row.Scan(&address, &score, &a.Blacklisted, &reason, &balance, &rewards, &pledged, &active, &updated); err != nil {
		return nil, err
	}
	var err error
	if a.ShrBalance, err = bigOf(balance); err != nil {
		return nil, err
	}
	if a.RewardsEarned, err = bigOf(rewards); err != nil {
		return nil, err
	}
	if a.Pledged, err = bigOf(pledged); err != nil {
		return nil, err
	}
	a.Address, a.BlacklistReason = common.BytesToAddress(address), optHashOf(reason)
	a.Score, a.ActiveRentals, a.UpdatedBlock = uint64(score), active, uint64(updated)
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
	loadKeys: func(keys []string) any {
		out := make([]int64, len(keys))
		for i, k := range keys {
			out[i], _ = strconv.ParseInt(k, 10, 64) // keys come from Tier.key
		}
		return out
	},
}

// account returns the row of a for a change at block, creating the newcomer's row on
// first sight.
func (b *Batch) account(a common.Address, block uint64) (*Account, error) {
	row, err := b.accounts.get(b, addressKey(a))
	if err != nil {
		return nil, err
	}
	if row == nil {
		row = &Account{Address: a, Score: NewcomerScore, ShrBalance: new(big.Int), RewardsEarned: new(big.Int),
			Pledged: new(big.Int)}
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
			a.ShrBalance.Sub(a.ShrBalance, v)
		}
		if t := to.of(l); t != (common.Address{}) {
			a, err := b.account(t, l.BlockNumber)
			if err != nil {
				return err
			}
			a.ShrBalance.Add(a.ShrBalance, v)
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
				a.Pledged.Add(a.Pledged, amount.of(l))
			} else {
				a.Pledged.Sub(a.Pledged, amount.of(l))
			}
			return nil
		})
	}

	rented := r.on(manifest.PledgeEscrow, "Rented")
	renter := rented.address("renter")
	rented.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(renter.of(l), l.BlockNumber)
		if a != nil {
			a.ActiveRentals++
		}
		return err
	})

	// a settlement (return or ruling) or a default ends the renter's rental.
	for _, name := range []string{"RentalSettled", "RentalDefaulted"} {
		ev := r.on(manifest.PledgeEscrow, name)
		rentalID := ev.uint("rentalId")
		ev.handle(func(b *Batch, l *decode.Log) error {
			rental, err := b.rentals.get(b, rentalID.of(l).String())
			if err != nil || rental == nil {
				return err
			}
			a, err := b.account(rental.Renter, l.BlockNumber)
			if a != nil {
				a.ActiveRentals--
			}
			return err
		})
	}

	reward := r.on(manifest.PledgeEscrow, "RewardPaid")
	rewardAccount, rewardAmount := reward.address("account"), reward.uint("amount")
	reward.handle(func(b *Batch, l *decode.Log) error {
		a, err := b.account(rewardAccount.of(l), l.BlockNumber)
		if a != nil {
			a.RewardsEarned.Add(a.RewardsEarned, rewardAmount.of(l))
		}
		return err
	})
}
