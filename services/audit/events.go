package audit

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/splitfactory"
	"sharechain/internal/manifest"
)

// row is one events row as the audit reads it.
type row struct {
	block     int64
	blockHash []byte
	blockTime int64
	txHash    []byte
	txIndex   int32
	logIndex  int32
	address   []byte
	contract  string
	name      *string
	args      *string
	refs      []string
	topics    [][]byte
	data      []byte
}

// events compares the chain's logs of blocks from through to with the events rows,
// one eth_getLogs range at a time.
func (a *auditor) events(ctx context.Context, from, to uint64) error {
	client, err := ethclient.DialContext(ctx, a.cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", a.cfg.RPCURL, err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != a.cfg.Manifest.ChainID {
		return fmt.Errorf("the RPC serves chain %s, the manifest chain %d", id, a.cfg.Manifest.ChainID)
	}
	src := &chainLogs{client: client}
	for _, c := range a.cfg.Manifest.Followed() {
		src.addresses = append(src.addresses, c.Address)
	}
	if f, ok := a.cfg.Manifest.Contracts[manifest.SplitFactory]; ok {
		fa, err := splitfactory.SplitFactoryMetaData.ParseABI()
		if err != nil {
			return fmt.Errorf("parsing the SplitFactory ABI: %w", err)
		}
		src.factory, src.created = f, fa.Events["SplitCreated"].ID
		if err := src.before(ctx, a.cfg.Manifest.StartBlock, from); err != nil {
			return err
		}
	}
	a.children = src
	start := time.Now()
	err = src.each(ctx, from, to, func(b logRange) error {
		if err := a.compareBatch(ctx, src, b); err != nil {
			return err
		}
		a.progress("block %d of %d..%d (%.1f%%), %d logs, %d mismatches, %.0f logs/s", b.To, from, to,
			100*float64(b.To-from+1)/float64(to-from+1), a.report.ChainLogs, a.report.Mismatches,
			float64(a.report.ChainLogs)/time.Since(start).Seconds())
		return nil
	})
	if err != nil {
		return err
	}
	return a.outside(ctx, from == a.cfg.Manifest.StartBlock, to == a.report.IndexedBlock)
}

// compareBatch merges the logs of b with the rows of the same blocks, both ordered by
// block number and log index.
func (a *auditor) compareBatch(ctx context.Context, src *chainLogs, b logRange) error {
	if err := fillTimes(ctx, src, b.Logs); err != nil {
		return err
	}
	const q = `
		SELECT block_number, block_hash, block_time, tx_hash, tx_index, log_index, address, contract, name, args::text, refs, topics, data
		FROM events WHERE chain_id = $1 AND block_number BETWEEN $2 AND $3
		ORDER BY block_number, log_index`
	rows, err := a.cfg.Pool.Query(ctx, q, int64(a.cfg.Manifest.ChainID), int64(b.From), int64(b.To))
	if err != nil {
		return fmt.Errorf("reading events of blocks %d..%d: %w", b.From, b.To, err)
	}
	defer rows.Close()
	var (
		r       row
		i       int
		n       int64
		scratch []byte
	)
	for rows.Next() {
		if err := rows.Scan(&r.block, &r.blockHash, &r.blockTime, &r.txHash, &r.txIndex, &r.logIndex, &r.address,
			&r.contract, &r.name, &r.args, &r.refs, &r.topics, &r.data); err != nil {
			return fmt.Errorf("reading events of blocks %d..%d: %w", b.From, b.To, err)
		}
		n++
		for i < len(b.Logs) && logBefore(&b.Logs[i], &r) {
			a.missing(&b.Logs[i])
			i++
		}
		if i < len(b.Logs) && samePosition(&b.Logs[i], &r) {
			scratch = a.compare(&b.Logs[i], &r, scratch)
			a.report.Compared++
			i++
			continue
		}
		a.extra(&r, "")
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading events of blocks %d..%d: %w", b.From, b.To, err)
	}
	for ; i < len(b.Logs); i++ {
		a.missing(&b.Logs[i])
	}
	a.report.ChainLogs += int64(len(b.Logs))
	a.report.Rows += n
	if n != int64(len(b.Logs)) {
		a.mismatch(Mismatch{Kind: KindCount, Block: b.From, ToBlock: b.To,
			Database: fmt.Sprintf("%d rows", n), Chain: fmt.Sprintf("%d logs", len(b.Logs))})
	}
	return nil
}

// fillTimes sets the block time of logs whose node left blockTimestamp out, from the
// block headers.
func fillTimes(ctx context.Context, src *chainLogs, logs []types.Log) error {
	var known uint64
	var t uint64
	for i := range logs {
		l := &logs[i]
		if l.BlockTimestamp != 0 || l.BlockNumber == 0 {
			continue
		}
		if known != l.BlockNumber {
			h, err := src.client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return fmt.Errorf("reading header %d: %w", l.BlockNumber, err)
			}
			known, t = l.BlockNumber, h.Time
		}
		l.BlockTimestamp = t
	}
	return nil
}

func logBefore(l *types.Log, r *row) bool {
	if int64(l.BlockNumber) != r.block {
		return int64(l.BlockNumber) < r.block
	}
	return int64(l.Index) < int64(r.logIndex)
}

func samePosition(l *types.Log, r *row) bool {
	return int64(l.BlockNumber) == r.block && int64(l.Index) == int64(r.logIndex)
}

func (a *auditor) missing(l *types.Log) {
	ev := a.dec.Decode(l)
	a.mismatch(Mismatch{Kind: KindMissing, Block: l.BlockNumber, Tx: l.TxHash, LogIndex: l.Index,
		Chain: strings.TrimSpace(ev.Contract + " " + ev.Name)})
}

// extra reports a row the chain does not have; why says where it lies when not in an
// audited range.
func (a *auditor) extra(r *row, why string) {
	desc := r.contract
	if r.name != nil {
		desc += " " + *r.name
	}
	if why != "" {
		desc += " (" + why + ")"
	}
	a.mismatch(Mismatch{Kind: KindExtra, Block: uint64(r.block), Tx: common.BytesToHash(r.txHash), LogIndex: uint(r.logIndex), Database: desc})
}

// compare reports every field of r that differs from the log l and from decoding it
// again. scratch is a reusable buffer; compare returns it.
func (a *auditor) compare(l *types.Log, r *row, scratch []byte) []byte {
	field := func(name, db, chain string) {
		a.mismatch(Mismatch{Kind: KindField, Block: l.BlockNumber, Tx: l.TxHash, LogIndex: l.Index, Field: name, Database: db, Chain: chain})
	}
	if !bytes.Equal(r.blockHash, l.BlockHash[:]) {
		field("block_hash", hexutil.Encode(r.blockHash), l.BlockHash.Hex())
	}
	if r.blockTime != int64(l.BlockTimestamp) {
		field("block_time", strconv.FormatInt(r.blockTime, 10), strconv.FormatUint(l.BlockTimestamp, 10))
	}
	if !bytes.Equal(r.txHash, l.TxHash[:]) {
		field("tx_hash", hexutil.Encode(r.txHash), l.TxHash.Hex())
	}
	if int64(r.txIndex) != int64(l.TxIndex) {
		field("tx_index", strconv.Itoa(int(r.txIndex)), strconv.FormatUint(uint64(l.TxIndex), 10))
	}
	if !bytes.Equal(r.address, l.Address[:]) {
		field("address", hexutil.Encode(r.address), strings.ToLower(l.Address.Hex()))
	}
	if !slices.EqualFunc(r.topics, l.Topics, func(b []byte, h common.Hash) bool { return bytes.Equal(b, h[:]) }) {
		db := make([]string, len(r.topics))
		for i, t := range r.topics {
			db[i] = hexutil.Encode(t)
		}
		chain := make([]string, len(l.Topics))
		for i, t := range l.Topics {
			chain[i] = t.Hex()
		}
		field("topics", "["+strings.Join(db, ",")+"]", "["+strings.Join(chain, ",")+"]")
	}
	if !bytes.Equal(r.data, l.Data) {
		field("data", hexutil.Encode(r.data), hexutil.Encode(l.Data))
	}

	ev := a.dec.Decode(l)
	if ev.Contract == "" && a.children != nil && a.children.children[l.Address] {
		ev = a.dec.DecodeChild(l)
	}
	if r.contract != ev.Contract {
		field("contract", r.contract, ev.Contract)
	}
	var refs []string
	if ev.Name == "" {
		if r.name != nil {
			field("name", *r.name, "(undecodable)")
		}
		if r.args != nil {
			field("args", *r.args, "null")
		}
	} else {
		if r.name == nil || *r.name != ev.Name {
			field("name", deref(r.name, "null"), ev.Name)
		}
		scratch = ev.AppendArgsJSON(scratch[:0])
		if r.args == nil || *r.args != string(scratch) {
			field("args", deref(r.args, "null"), string(scratch))
		}
		refs = ev.AppendRefs(nil)
	}
	if !slices.Equal(r.refs, refs) {
		field("refs", "{"+strings.Join(r.refs, ",")+"}", "{"+strings.Join(refs, ",")+"}")
	}
	return scratch
}

func deref(s *string, null string) string {
	if s == nil {
		return null
	}
	return *s
}

// outside reports rows that no log can match because they lie below the cursor's
// start block (when below is set) or above its indexed block (when above is set). One
// statement reads the cursor and the rows, so an indexer committing meanwhile is seen
// consistently.
func (a *auditor) outside(ctx context.Context, below, above bool) error {
	if !below && !above {
		return nil
	}
	const q = `
		SELECT e.block_number, e.tx_hash, e.log_index, e.contract, e.name, e.block_number < s.start_block
		FROM events e JOIN indexer_state s ON s.chain_id = e.chain_id
		WHERE e.chain_id = $1 AND (($2 AND e.block_number < s.start_block) OR ($3 AND e.block_number > s.indexed_block))
		ORDER BY e.block_number, e.log_index`
	rows, err := a.cfg.Pool.Query(ctx, q, int64(a.cfg.Manifest.ChainID), below, above)
	if err != nil {
		return fmt.Errorf("reading events outside the indexed blocks: %w", err)
	}
	defer rows.Close()
	var r row
	var isBelow bool
	for rows.Next() {
		if err := rows.Scan(&r.block, &r.txHash, &r.logIndex, &r.contract, &r.name, &isBelow); err != nil {
			return fmt.Errorf("reading events outside the indexed blocks: %w", err)
		}
		a.report.Rows++
		why := "above the indexed block"
		if isBelow {
			why = "below the start block"
		}
		a.extra(&r, why)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading events outside the indexed blocks: %w", err)
	}
	return nil
}
