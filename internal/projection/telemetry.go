package projection

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// Anchor is a row of telemetry_anchors: one TelemetryAnchored, the root of a telemetry
// epoch as the chain holds it (DESIGN §6.3). The telemetry service's own telemetry_epochs
// say what it built; a reading is anchored once its epoch's root is here.
type Anchor struct {
	Epoch       uint64
	Root        common.Hash
	Count       uint64
	FromTime    uint64
	ToTime      uint64
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	LogIndex    uint64
}

// anchorTable is append-only: an epoch is anchored once, so a row is never changed, and a
// reorg removes it through the undo log like any row the batch created.
var anchorTable = table[Anchor]{
	name:    "telemetry_anchors",
	pk:      []column{{"epoch", "bigint"}},
	columns: []string{"epoch", "root", "count", "from_time", "to_time", "block_number", "block_hash", "tx_hash", "log_index"},
	key:     func(a *Anchor) string { return fmt.Sprint(a.Epoch) },
	values: func(a *Anchor) []any {
		return []any{u64(a.Epoch), a.Root.Bytes(), u64(a.Count), u64(a.FromTime), u64(a.ToTime), int64(a.BlockNumber),
			a.BlockHash.Bytes(), a.TxHash.Bytes(), int64(a.LogIndex)}
	},
	pkArrays: func(as []*Anchor) []any {
		epochs := make([]int64, len(as))
		for i, a := range as {
			epochs[i] = int64(a.Epoch)
		}
		return []any{epochs}
	},
}

func registerTelemetry(r *registry) {
	anchored := r.on(manifest.TelemetryAnchor, "TelemetryAnchored")
	epoch, root, count := anchored.uint("epoch"), anchored.bytes32("root"), anchored.uint("count")
	from, to := anchored.uint("fromTime"), anchored.uint("toTime")
	anchored.handle(func(b *Batch, l *decode.Log) error {
		b.anchors.put(&Anchor{Epoch: epoch.u64(l), Root: root.of(l), Count: count.u64(l), FromTime: from.u64(l),
			ToTime: to.u64(l), BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: uint64(l.Index)})
		return nil
	})
}

// Anchor reads the anchor of epoch as of at; [ErrNotFound] when the chain holds none (yet).
func (v *View) Anchor(ctx context.Context, at At, epoch uint64) (*Anchor, error) {
	const q = `SELECT epoch, root, count, from_time::text, to_time::text, block_number, block_hash, tx_hash, log_index
		FROM telemetry_anchors WHERE chain_id = $1 AND epoch = $2 AND block_number <= $3`
	var (
		a                      Anchor
		e, count, block, index int64
		from, to               string
		rootB, hashB, txB      []byte
	)
	err := v.q.QueryRow(ctx, q, v.chainID, int64(epoch), at.MaxBlock).Scan(&e, &rootB, &count, &from, &to, &block, &hashB, &txB, &index)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("reading the anchor of epoch %d: %w", epoch, err)
	}
	a.Epoch, a.Count, a.BlockNumber, a.LogIndex = uint64(e), uint64(count), uint64(block), uint64(index)
	a.Root, a.BlockHash, a.TxHash = common.BytesToHash(rootB), common.BytesToHash(hashB), common.BytesToHash(txB)
	for _, f := range []struct {
		s   string
		dst *uint64
	}{{from, &a.FromTime}, {to, &a.ToTime}} {
		if *f.dst, err = u64Of(f.s); err != nil {
			return nil, err
		}
	}
	return &a, nil
}
