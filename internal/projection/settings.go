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

// Setting is a row of settings: one parameter of the deployment as its last announcing
// event set it, as a decimal integer or a lower-case 0x address.
type Setting struct {
	Name         string
	Value        string
	UpdatedBlock uint64
}

// The settings' names: the escrow's Params fields, the credit registry's and the panel's.
const (
	SettingPlatformFeeBps   = "platform_fee_bps"
	SettingGracePeriod      = "grace_period"
	SettingLateFeeBps       = "late_fee_bps"
	SettingInspectionPeriod = "inspection_period"
	SettingMinRentalSeconds = "min_rental_seconds"
	SettingMaxAdvance       = "max_advance"
	SettingBasePledge       = "base_pledge"
	SettingEpochRewardCap   = "epoch_reward_cap"
	SettingTreasury         = "treasury"
	SettingNewcomerScore    = "newcomer_score"
	SettingPairCooldown     = "pair_cooldown"
	SettingQuorum           = "quorum"
	SettingVotingPeriod     = "voting_period"
	SettingArbitration      = "arbitration"
)

var settingTable = table[Setting]{
	name:     "settings",
	pk:       []column{{"name", "text"}},
	columns:  []string{"name", "value", "updated_block"},
	selected: `name, value, updated_block`,
	key:      func(s *Setting) string { return s.Name },
	values:   func(s *Setting) []any { return []any{s.Name, s.Value, int64(s.UpdatedBlock)} },
	scan: func(row pgx.Row) (*Setting, error) {
		var s Setting
		var updated int64
		if err := row.Scan(&s.Name, &s.Value, &updated); err != nil {
			return nil, err
		}
		s.UpdatedBlock = uint64(updated)
		return &s, nil
	},
	pkArrays: func(ss []*Setting) []any {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Name
		}
		return []any{out}
	},
	loadKeys: func(keys []string) any { return keys },
	touch:    func(s *Setting, block uint64) { s.UpdatedBlock = block },
}

// PaymentToken is a row of payment_tokens: a token the escrow was told about.
type PaymentToken struct {
	Address      common.Address
	Symbol       string
	Decimals     uint64
	Allowed      bool
	RewardRate   Uint // SHR wei minted to each side per base unit of treasury fee
	UpdatedBlock uint64
}

var paymentTokenTable = table[PaymentToken]{
	name:     "payment_tokens",
	pk:       []column{{"address", "bytea"}},
	columns:  []string{"address", "symbol", "decimals", "allowed", "reward_rate", "updated_block"},
	selected: `address, symbol, decimals, allowed, reward_rate::text, updated_block`,
	key:      func(p *PaymentToken) string { return addressKey(p.Address) },
	values: func(p *PaymentToken) []any {
		return []any{addrBytes(p.Address), p.Symbol, int64(p.Decimals), p.Allowed, numeric(p.RewardRate), int64(p.UpdatedBlock)}
	},
	scan: func(row pgx.Row) (*PaymentToken, error) {
		var (
			p                 PaymentToken
			address           []byte
			decimals, updated int64
			rate              string
		)
		if err := row.Scan(&address, &p.Symbol, &decimals, &p.Allowed, &rate, &updated); err != nil {
			return nil, err
		}
		p.Address, p.Decimals, p.RewardRate, p.UpdatedBlock = common.BytesToAddress(address), uint64(decimals), UintText(rate), uint64(updated)
		return &p, nil
	},
	pkArrays: func(ps []*PaymentToken) []any {
		out := make([][]byte, len(ps))
		for i, p := range ps {
			out[i] = p.Address.Bytes()
		}
		return []any{out}
	},
	loadKeys: addressKeys,
	touch:    func(p *PaymentToken, block uint64) { p.UpdatedBlock = block },
}

// OutcomeDelta is a row of outcome_deltas: the score move of one credit outcome.
type OutcomeDelta struct {
	Outcome      uint64
	Delta        int64
	UpdatedBlock uint64
}

var outcomeDeltaTable = table[OutcomeDelta]{
	name:     "outcome_deltas",
	pk:       []column{{"outcome", "integer"}},
	columns:  []string{"outcome", "delta", "updated_block"},
	selected: `outcome, delta, updated_block`,
	key:      func(d *OutcomeDelta) string { return strconv.FormatUint(d.Outcome, 10) },
	values:   func(d *OutcomeDelta) []any { return []any{int64(d.Outcome), d.Delta, int64(d.UpdatedBlock)} },
	scan: func(row pgx.Row) (*OutcomeDelta, error) {
		var outcome, delta, updated int64
		if err := row.Scan(&outcome, &delta, &updated); err != nil {
			return nil, err
		}
		return &OutcomeDelta{Outcome: uint64(outcome), Delta: delta, UpdatedBlock: uint64(updated)}, nil
	},
	pkArrays: func(ds []*OutcomeDelta) []any {
		out := make([]int64, len(ds))
		for i, d := range ds {
			out[i] = int64(d.Outcome)
		}
		return []any{out}
	},
	loadKeys: intKeys,
}

// setting records a setting's new value.
func (b *Batch) setting(name, value string, block uint64) error {
	if _, err := b.settings.get(b, name); err != nil {
		return err
	}
	b.settings.put(&Setting{Name: name, Value: value, UpdatedBlock: block})
	return nil
}

// settingUint returns a numeric setting, nil while no event has announced it.
func (b *Batch) settingUint(name string) (*big.Int, error) {
	s, err := b.settings.get(b, name)
	if err != nil || s == nil {
		return nil, err
	}
	x, ok := new(big.Int).SetString(s.Value, 10)
	if !ok {
		return nil, fmt.Errorf("projection: setting %s is %q, not an integer", name, s.Value)
	}
	return x, nil
}

// paymentToken returns the row of token for a change at block, created (not allowed, no
// symbol) when the token was never announced.
func (b *Batch) paymentToken(token common.Address, block uint64) (*PaymentToken, error) {
	row, err := b.paymentTokens.get(b, addressKey(token))
	if err != nil {
		return nil, err
	}
	if row == nil {
		row = &PaymentToken{Address: token, RewardRate: NewUint(new(big.Int))}
	}
	row.UpdatedBlock = block
	b.paymentTokens.put(row)
	return row, nil
}

func registerSettings(r *registry) {
	params := r.on(manifest.PledgeEscrow, "ParamsSet")
	paramArgs := []struct {
		name string
		arg  uintArg
	}{
		{SettingPlatformFeeBps, params.uint("platformFeeBps")}, {SettingGracePeriod, params.uint("gracePeriod")},
		{SettingLateFeeBps, params.uint("lateFeeBps")}, {SettingInspectionPeriod, params.uint("inspectionPeriod")},
		{SettingMinRentalSeconds, params.uint("minRentalSeconds")}, {SettingMaxAdvance, params.uint("maxAdvance")},
		{SettingBasePledge, params.uint("basePledge")}, {SettingEpochRewardCap, params.uint("epochRewardCap")},
	}
	treasury := params.address("treasury")
	params.handle(func(b *Batch, l *decode.Log) error {
		for _, p := range paramArgs {
			if err := b.setting(p.name, p.arg.of(l).String(), l.BlockNumber); err != nil {
				return err
			}
		}
		return b.setting(SettingTreasury, addressKey(treasury.of(l)), l.BlockNumber)
	})

	for _, s := range []struct{ contract, event, arg, name string }{
		{manifest.CreditRegistry, "NewcomerScoreSet", "score", SettingNewcomerScore},
		{manifest.CreditRegistry, "PairCooldownSet", "cooldown", SettingPairCooldown},
		{manifest.Arbitration, "PanelSet", "quorum", SettingQuorum},
		{manifest.Arbitration, "PanelSet", "votingPeriod", SettingVotingPeriod},
	} {
		ev := r.on(s.contract, s.event)
		arg, name := ev.uint(s.arg), s.name
		ev.handle(func(b *Batch, l *decode.Log) error { return b.setting(name, arg.of(l).String(), l.BlockNumber) })
	}
	arbitration := r.on(manifest.PledgeEscrow, "ArbitrationSet")
	arbitrationAddr := arbitration.address("arbitration")
	arbitration.handle(func(b *Batch, l *decode.Log) error {
		return b.setting(SettingArbitration, addressKey(arbitrationAddr.of(l)), l.BlockNumber)
	})

	tokenSet := r.on(manifest.PledgeEscrow, "PaymentTokenSet")
	tsToken, tsAllowed, tsSymbol, tsDecimals := tokenSet.address("token"), tokenSet.bool("allowed"), tokenSet.string("symbol"), tokenSet.uint("decimals")
	tokenSet.handle(func(b *Batch, l *decode.Log) error {
		p, err := b.paymentToken(tsToken.of(l), l.BlockNumber)
		if p != nil {
			p.Allowed, p.Symbol, p.Decimals = tsAllowed.of(l), text(tsSymbol.of(l)), tsDecimals.u64(l)
		}
		return err
	})

	rate := r.on(manifest.PledgeEscrow, "RewardRateSet")
	rateToken, rateValue := rate.address("token"), rate.uint("shrPerFeeUnit")
	rate.handle(func(b *Batch, l *decode.Log) error {
		p, err := b.paymentToken(rateToken.of(l), l.BlockNumber)
		if p != nil {
			p.RewardRate = NewUint(rateValue.of(l))
		}
		return err
	})

	delta := r.on(manifest.CreditRegistry, "OutcomeDeltaSet")
	deltaOutcome, deltaValue := delta.uint("outcome"), delta.uint("delta")
	delta.handle(func(b *Batch, l *decode.Log) error {
		d := &OutcomeDelta{Outcome: deltaOutcome.u64(l), Delta: deltaValue.of(l).Int64(), UpdatedBlock: l.BlockNumber}
		if _, err := b.outcomeDeltas.get(b, outcomeDeltaTable.key(d)); err != nil {
			return err
		}
		b.outcomeDeltas.put(d)
		return nil
	})
}

// Settings reads every setting of the chain, by name.
func (v *View) Settings(ctx context.Context) (map[string]string, error) {
	rows, err := v.q.Query(ctx, `SELECT name, value FROM settings WHERE chain_id = $1`, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading settings: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var name, value string
		if err := rows.Scan(&name, &value); err != nil {
			return nil, fmt.Errorf("reading settings: %w", err)
		}
		out[name] = value
	}
	return out, rows.Err()
}

// PaymentTokens lists the tokens the escrow was told about, in address order.
func (v *View) PaymentTokens(ctx context.Context) ([]*PaymentToken, error) {
	return list(ctx, v, &paymentTokenTable, v.base("t", At{MaxBlock: Latest}), "t.address", 0)
}

// OutcomeDeltas lists the outcome deltas, in outcome order.
func (v *View) OutcomeDeltas(ctx context.Context) ([]*OutcomeDelta, error) {
	return list(ctx, v, &outcomeDeltaTable, v.base("t", At{MaxBlock: Latest}), "t.outcome", 0)
}

// Tiers lists the tiers, in tier order.
func (v *View) Tiers(ctx context.Context) ([]*Tier, error) {
	return list(ctx, v, &tierTable, v.base("t", At{MaxBlock: Latest}), "t.tier", 0)
}
