package api

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// eventFilter selects events. Every field is optional; refs matches events about any of
// the given refs (events.refs: "account:0x…", "token:5", …).
type eventFilter struct {
	address   *common.Address
	contract  string   // the emitting contract's name, for one that has many addresses (Split); "" for any
	names     []string // any of these event names (with contract: its ABI's, for idx_events_name)
	name      *string
	fromBlock *int64
	toBlock   *int64
	tx        *common.Hash
	refs      []string
	desc      bool
	after     *[2]int64 // block number and log index of the last row of the previous page
	limit     int       // 0: no limit (the CSV export)
}

// eventQuery builds the SQL of f; the keyset order is (block_number, log_index).
func (d *db) eventQuery(v view, f eventFilter) (string, []any) {
	args := []any{d.chainID, v.maxBlock()}
	var where []string
	add := func(cond string, arg any) {
		args = append(args, arg)
		where = append(where, fmt.Sprintf(cond, len(args)))
	}
	if f.address != nil {
		add("e.address = $%d", f.address.Bytes())
	}
	if f.contract != "" {
		add("e.contract = $%d", f.contract)
	}
	if len(f.names) > 0 {
		add("e.name = ANY($%d::text[])", f.names)
	}
	if f.name != nil {
		add("e.name = $%d", *f.name)
	}
	if f.fromBlock != nil {
		add("e.block_number >= $%d", *f.fromBlock)
	}
	if f.toBlock != nil {
		add("e.block_number <= $%d", *f.toBlock)
	}
	if f.tx != nil {
		add("e.tx_hash = $%d", f.tx.Bytes())
	}
	if len(f.refs) > 0 {
		add("e.refs && $%d::text[]", f.refs)
	}
	order := "ASC"
	cmp := ">"
	if f.desc {
		order, cmp = "DESC", "<"
	}
	if f.after != nil {
		args = append(args, f.after[0], f.after[1])
		where = append(where, fmt.Sprintf("(e.block_number, e.log_index) %s ($%d, $%d)", cmp, len(args)-1, len(args)))
	}
	q := `SELECT e.block_number, e.block_hash, e.tx_hash, e.log_index, e.contract, e.address, e.name, e.args, e.topics, e.data,
		e.block_time FROM events e WHERE e.chain_id = $1 AND e.block_number <= $2`
	for _, w := range where {
		q += " AND " + w
	}
	q += fmt.Sprintf(" ORDER BY e.block_number %s, e.log_index %s", order, order)
	if f.limit > 0 {
		args = append(args, f.limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	return q, args
}

func scanEvent(row pgx.Row, finalized int64) (Event, error) {
	var e Event
	var blockHash, tx, address, args []byte
	var topics [][]byte
	var data []byte
	if err := row.Scan(&e.BlockNumber, &blockHash, &tx, &e.LogIndex, &e.Contract, &address, &e.Name, &args, &topics, &data,
		&e.Timestamp); err != nil {
		return Event{}, err
	}
	e.BlockHash, e.TxHash, e.Address, e.Data = hexOf(blockHash), hexOf(tx), addrOf(address), hexOf(data)
	if args != nil {
		e.Args = args
	}
	e.Topics = make([]string, len(topics))
	for i, t := range topics {
		e.Topics[i] = hexOf(t)
	}
	e.Finalized = e.BlockNumber <= finalized
	return e, nil
}

func (d *db) events(ctx context.Context, v view, f eventFilter) ([]Event, error) {
	q, args := d.eventQuery(v, f)
	rows, err := d.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Event, error) { return scanEvent(r, v.finalized) })
}

// eachEvent streams the events of f to fn in order, in a read-only transaction without
// statement timeout: an export of any length holds one row in memory at a time.
func (d *db) eachEvent(ctx context.Context, v view, f eventFilter, fn func(Event) error) error {
	tx, err := d.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx) //nolint:errcheck // read-only; nothing to undo
	if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
		return err
	}
	q, args := d.eventQuery(v, f)
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows, v.finalized)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// assetRefs returns the refs of everything about an asset: the token itself, its
// listings, their rentals and the disputes over them, for the asset's history.
func (d *db) assetRefs(ctx context.Context, tokenID string) ([]string, error) {
	refs, err := d.view.AssetRefs(ctx, tokenID)
	if err != nil {
		return nil, err
	}
	return append([]string{"token:" + tokenID}, refs...), nil
}

// splitEvents are the Split ABI's event names, sorted: a contract=Split filter names them
// too, so that idx_events_name serves it in (block_number, log_index) order instead of a
// walk of every event.
var splitEvents = sync.OnceValue(func() []string {
	a, err := decode.ABI(manifest.Split)
	if err != nil {
		return nil // the bindings embed the ABI: never
	}
	names := make([]string, 0, len(a.Events))
	for n := range a.Events {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
})

// contractName finds the contract a /v1/events?contract= manifest name (any case) names.
func contractName(names map[common.Address]string, s string) (common.Address, bool) {
	for a, n := range names {
		if strings.EqualFold(n, s) {
			return a, true
		}
	}
	return common.Address{}, false
}
