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

// Dispute is a row of disputes: a dispute of the arbiter panel over one rental.
type Dispute struct {
	ID             Uint
	RentalID       Uint
	Opener         common.Address
	Renter         common.Address
	Provider       common.Address
	Status         string // open | resolved
	EvidenceHash   *[32]byte
	RulingBps      *uint64
	VotingDeadline uint64
	BlockNumber    uint64
	UpdatedBlock   uint64
}

var disputeTable = table[Dispute]{
	name: "disputes",
	pk:   []column{{"id", "numeric"}},
	columns: []string{"id", "rental_id", "opener", "renter", "provider", "status", "evidence_hash", "ruling_bps",
		"voting_deadline", "block_number", "updated_block"},
	selected: `id::text, rental_id::text, opener, renter, provider, status, evidence_hash, ruling_bps,
		voting_deadline::text, block_number, updated_block`,
	key: func(d *Dispute) string { return d.ID.String() },
	values: func(d *Dispute) []any {
		var ruling any
		if d.RulingBps != nil {
			ruling = int64(*d.RulingBps)
		}
		return []any{numeric(d.ID), numeric(d.RentalID), addrBytes(d.Opener), addrBytes(d.Renter), addrBytes(d.Provider),
			d.Status, optBytes32(d.EvidenceHash), ruling, u64(d.VotingDeadline), int64(d.BlockNumber), int64(d.UpdatedBlock)}
	},
	scan:     scanDispute,
	pkArrays: func(ds []*Dispute) []any { return []any{idStrings(ds, func(d *Dispute) Uint { return d.ID })} },
	loadKeys: numericKeys,
	touch:    func(x *Dispute, block uint64) { x.UpdatedBlock = block },
}

func scanDispute(row pgx.Row) (*Dispute, error) {
	var (
		d                                Dispute
		id, rental, deadline             string
		opener, renter, provider, evHash []byte
		ruling                           *int64
		block, updated                   int64
	)
	if err := row.Scan(&id, &rental, &opener, &renter, &provider, &d.Status, &evHash, &ruling, &deadline, &block,
		&updated); err != nil {
		return nil, err
	}
	var err error
	d.ID, d.RentalID = UintText(id), UintText(rental)
	if d.VotingDeadline, err = u64Of(deadline); err != nil {
		return nil, err
	}
	if ruling != nil {
		d.RulingBps = ptrU64(uint64(*ruling))
	}
	d.Opener, d.Renter, d.Provider = common.BytesToAddress(opener), common.BytesToAddress(renter), common.BytesToAddress(provider)
	d.EvidenceHash, d.BlockNumber, d.UpdatedBlock = optHashOf(evHash), uint64(block), uint64(updated)
	return &d, nil
}

// Evidence is a row of dispute_evidence: an ERC-1497 Evidence of a party.
type Evidence struct {
	DisputeID   Uint
	Party       common.Address
	URI         string
	TxHash      common.Hash
	BlockNumber uint64
	LogIndex    uint64
}

var evidenceTable = table[Evidence]{
	name:    "dispute_evidence",
	pk:      []column{{"dispute_id", "numeric"}, {"block_number", "bigint"}, {"log_index", "integer"}},
	columns: []string{"dispute_id", "party", "uri", "tx_hash", "block_number", "log_index"},
	key:     func(e *Evidence) string { return fmt.Sprintf("%s/%d/%d", e.DisputeID, e.BlockNumber, e.LogIndex) },
	values: func(e *Evidence) []any {
		return []any{numeric(e.DisputeID), addrBytes(e.Party), e.URI, e.TxHash.Bytes(), int64(e.BlockNumber), int64(e.LogIndex)}
	},
	pkArrays: func(es []*Evidence) []any {
		blocks, indexes := make([]int64, len(es)), make([]int64, len(es))
		for i, e := range es {
			blocks[i], indexes[i] = int64(e.BlockNumber), int64(e.LogIndex)
		}
		return []any{idStrings(es, func(e *Evidence) Uint { return e.DisputeID }), blocks, indexes}
	},
}

// Vote is a row of dispute_votes: one arbiter's vote.
type Vote struct {
	DisputeID        Uint
	Arbiter          common.Address
	ProviderShareBps uint64
	BlockNumber      uint64
	LogIndex         uint64
}

var voteTable = table[Vote]{
	name:    "dispute_votes",
	pk:      []column{{"dispute_id", "numeric"}, {"arbiter", "bytea"}},
	columns: []string{"dispute_id", "arbiter", "provider_share_bps", "block_number", "log_index"},
	key:     func(v *Vote) string { return v.DisputeID.String() + "/" + addressKey(v.Arbiter) },
	values: func(v *Vote) []any {
		return []any{numeric(v.DisputeID), addrBytes(v.Arbiter), int64(v.ProviderShareBps), int64(v.BlockNumber), int64(v.LogIndex)}
	},
	pkArrays: func(vs []*Vote) []any {
		arbiters := make([][]byte, len(vs))
		for i, v := range vs {
			arbiters[i] = v.Arbiter.Bytes()
		}
		return []any{idStrings(vs, func(v *Vote) Uint { return v.DisputeID }), arbiters}
	},
}

// dispute returns the row of id for a change at block, nil when it does not exist.
func (b *Batch) dispute(id *big.Int, block uint64) (*Dispute, error) {
	return b.disputes.change(b, id.String(), block)
}

func registerDisputes(r *registry) {
	// the escrow's openDispute calls Arbitration.createDispute, so DisputeCreated comes
	// first and DisputeOpened adds the evidence hash.
	opened := r.on(manifest.PledgeEscrow, "DisputeOpened")
	openID, openHash := opened.uint("disputeId"), opened.bytes32("evidenceHash")
	opened.handle(func(b *Batch, l *decode.Log) error {
		d, err := b.dispute(openID.of(l), l.BlockNumber)
		if d != nil {
			h := openHash.of(l)
			d.EvidenceHash = &h
		}
		return err
	})

	created := r.on(manifest.Arbitration, "DisputeCreated")
	id, rentalID, opener := created.uint("disputeId"), created.uint("rentalId"), created.address("opener")
	renter, provider, deadline := created.address("renter"), created.address("provider"), created.uint("votingDeadline")
	created.handle(func(b *Batch, l *decode.Log) error {
		did := id.of(l)
		if _, err := b.disputes.get(b, did.String()); err != nil {
			return err
		}
		b.disputes.put(&Dispute{ID: NewUint(did), RentalID: NewUint(rentalID.of(l)), Opener: opener.of(l), Renter: renter.of(l),
			Provider: provider.of(l), Status: "open", VotingDeadline: deadline.u64(l), BlockNumber: l.BlockNumber,
			UpdatedBlock: l.BlockNumber})
		return nil
	})

	evidence := r.on(manifest.Arbitration, "Evidence")
	group, party, uri := evidence.uint("evidenceGroupID"), evidence.address("party"), evidence.string("evidence")
	evidence.handle(func(b *Batch, l *decode.Log) error {
		b.evidence.put(&Evidence{DisputeID: NewUint(group.of(l)), Party: party.of(l), URI: text(uri.of(l)), TxHash: l.TxHash,
			BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index)})
		return nil
	})

	voted := r.on(manifest.Arbitration, "Voted")
	voteID, arbiter, share := voted.uint("disputeId"), voted.address("arbiter"), voted.uint("providerShareBps")
	voted.handle(func(b *Batch, l *decode.Log) error {
		b.votes.put(&Vote{DisputeID: NewUint(voteID.of(l)), Arbiter: arbiter.of(l), ProviderShareBps: share.u64(l),
			BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index)})
		return nil
	})

	ruling := r.on(manifest.Arbitration, "Ruling")
	rulingID, rulingBps := ruling.uint("disputeId"), ruling.uint("providerShareBps")
	ruling.handle(func(b *Batch, l *decode.Log) error {
		d, err := b.dispute(rulingID.of(l), l.BlockNumber)
		if d != nil {
			d.Status, d.RulingBps = "resolved", ptrU64(rulingBps.u64(l))
		}
		return err
	})
}

// Dispute reads dispute id.
func (v *View) Dispute(ctx context.Context, at At, id string) (*Dispute, error) {
	return one(ctx, v, &disputeTable, at, id)
}

// DisputeFilter selects disputes; zero fields select all.
type DisputeFilter struct {
	Status   string
	RentalID string
	After    string // dispute ids above this one (keyset cursor)
	Limit    int
}

// Disputes lists disputes in id order.
func (v *View) Disputes(ctx context.Context, at At, f DisputeFilter) ([]*Dispute, error) {
	c := v.base("t", at)
	if f.Status != "" {
		c.add("t.status = $%d", f.Status)
	}
	if f.RentalID != "" {
		c.add("t.rental_id = $%d::numeric", f.RentalID)
	}
	if f.After != "" {
		c.add("t.id > $%d::numeric", f.After)
	}
	return list(ctx, v, &disputeTable, c, "t.id", f.Limit)
}

// Evidence returns the evidence of the disputes ids, by dispute id, in log order.
func (v *View) Evidence(ctx context.Context, at At, ids []string) (map[string][]*Evidence, error) {
	const q = `SELECT dispute_id::text, party, uri, tx_hash, block_number, log_index FROM dispute_evidence
		WHERE chain_id = $3 AND dispute_id = ANY($1::numeric[]) AND block_number <= $2
		ORDER BY dispute_evidence.dispute_id, block_number, log_index`
	rows, err := v.q.Query(ctx, q, ids, at.MaxBlock, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading evidence: %w", err)
	}
	defer rows.Close()
	out := make(map[string][]*Evidence, len(ids))
	for rows.Next() {
		var (
			e            Evidence
			id           string
			party, tx    []byte
			block, index int64
		)
		if err := rows.Scan(&id, &party, &e.URI, &tx, &block, &index); err != nil {
			return nil, fmt.Errorf("reading evidence: %w", err)
		}
		e.DisputeID, e.Party, e.TxHash = UintText(id), common.BytesToAddress(party), common.BytesToHash(tx)
		e.BlockNumber, e.LogIndex = uint64(block), uint64(index)
		out[id] = append(out[id], &e)
	}
	return out, rows.Err()
}

// Votes returns the votes of the disputes ids, by dispute id, in log order.
func (v *View) Votes(ctx context.Context, at At, ids []string) (map[string][]*Vote, error) {
	const q = `SELECT dispute_id::text, arbiter, provider_share_bps, block_number, log_index FROM dispute_votes
		WHERE chain_id = $3 AND dispute_id = ANY($1::numeric[]) AND block_number <= $2
		ORDER BY dispute_votes.dispute_id, block_number, log_index`
	rows, err := v.q.Query(ctx, q, ids, at.MaxBlock, v.chainID)
	if err != nil {
		return nil, fmt.Errorf("reading votes: %w", err)
	}
	defer rows.Close()
	out := make(map[string][]*Vote, len(ids))
	for rows.Next() {
		var (
			x                   Vote
			id                  string
			arbiter             []byte
			share, block, index int64
		)
		if err := rows.Scan(&id, &arbiter, &share, &block, &index); err != nil {
			return nil, fmt.Errorf("reading votes: %w", err)
		}
		x.DisputeID, x.Arbiter, x.ProviderShareBps = UintText(id), common.BytesToAddress(arbiter), uint64(share)
		x.BlockNumber, x.LogIndex = uint64(block), uint64(index)
		out[id] = append(out[id], &x)
	}
	return out, rows.Err()
}
