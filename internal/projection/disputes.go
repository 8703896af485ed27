package projection

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Dispute is a row of disputes: a dispute of the arbiter panel over one rental.
type Dispute struct {
	ID             *big.Int
	RentalID       *big.Int
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
	pkArrays: func(ds []*Dispute) []any { return []any{idStrings(ds, func(d *Dispute) *big.Int { return d.ID })} },
	loadKeys: numericKeys,
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
	if d.ID, err = bigOf(id); err != nil {
		return nil, err
	}
	if d.RentalID, err = bigOf(rental); err != nil {
		return nil, err
	}
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
	DisputeID   *big.Int
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
		return []any{idStrings(es, func(e *Evidence) *big.Int { return e.DisputeID }), blocks, indexes}
	},
}

// Vote is a row of dispute_votes: one arbiter's vote.
type Vote struct {
	DisputeID        *big.Int
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
		return []any{idStrings(vs, func(v *Vote) *big.Int { return v.DisputeID }), arbiters}
	},
}

// dispute returns the row of dispute id for a change at block, nil when it does not exist.
func (b *Batch) dispute(id *big.Int, block uint64) (*Dispute, error) {
	d, err := b.disputes.get(b, id.String())
	if err != nil || d == nil {
		return nil, err
	}
	d.UpdatedBlock = block
	b.disputes.put(d)
	return d, nil
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
		b.disputes.put(&Dispute{ID: did, RentalID: rentalID.of(l), Opener: opener.of(l), Renter: renter.of(l),
			Provider: provider.of(l), Status: "open", VotingDeadline: deadline.u64(l), BlockNumber: l.BlockNumber,
			UpdatedBlock: l.BlockNumber})
		return nil
	})

	evidence := r.on(manifest.Arbitration, "Evidence")
	group, party, uri := evidence.uint("evidenceGroupID"), evidence.address("party"), evidence.string("evidence")
	evidence.handle(func(b *Batch, l *decode.Log) error {
		b.evidence.put(&Evidence{DisputeID: group.of(l), Party: party.of(l), URI: text(uri.of(l)), TxHash: l.TxHash,
			BlockNumber: l.BlockNumber, LogIndex: uint64(l.Index)})
		return nil
	})

	voted := r.on(manifest.Arbitration, "Voted")
	voteID, arbiter, share := voted.uint("disputeId"), voted.address("arbiter"), voted.uint("providerShareBps")
	voted.handle(func(b *Batch, l *decode.Log) error {
		b.votes.put(&Vote{DisputeID: voteID.of(l), Arbiter: arbiter.of(l), ProviderShareBps: share.u64(l),
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
