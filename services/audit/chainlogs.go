package audit

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// chainLogs reads the followed contracts' logs with plain eth_getLogs through
// go-ethereum's client. The auditor checks the indexer's fetcher (indexer/source, with
// its own JSON parsing and adaptive ranges) rather than trusting it: a fault there shows
// up as a mismatch here.
//
// It follows the SplitFactory's children its own way, by address: the splits the
// factory's SplitCreated logs name, in the ranges before and including each range,
// fetched with an address filter over the range (the indexer fetches them by topic, so
// the two paths check each other).
type chainLogs struct {
	client    *ethclient.Client
	addresses []common.Address
	factory   common.Address // zero: no SplitFactory
	created   common.Hash    // SplitCreated's topic0
	children  map[common.Address]bool
	order     []common.Address // children in discovery order, for the address filter
}

// discover adds the splits that the factory's logs create.
func (c *chainLogs) discover(logs []types.Log) {
	for i := range logs {
		l := &logs[i]
		if c.factory == (common.Address{}) || l.Address != c.factory || len(l.Topics) < 2 || l.Topics[0] != c.created {
			continue
		}
		a := common.BytesToAddress(l.Topics[1][12:])
		if !c.children[a] {
			if c.children == nil {
				c.children = map[common.Address]bool{}
			}
			c.children[a] = true
			c.order = append(c.order, a)
		}
	}
}

// before learns the splits created before block from (the audit may start later than
// the manifest's startBlock).
func (c *chainLogs) before(ctx context.Context, start, from uint64) error {
	if c.factory == (common.Address{}) || from <= start {
		return nil
	}
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start),
		ToBlock: new(big.Int).SetUint64(from - 1), Addresses: []common.Address{c.factory}, Topics: [][]common.Hash{{c.created}}})
	if err != nil {
		return fmt.Errorf("fetching the splits created before block %d: %w", from, err)
	}
	c.discover(logs)
	return nil
}

// childLogsPerCall bounds the addresses of one eth_getLogs of the splits' logs.
const childLogsPerCall = 500

// withChildren adds to logs (of from..to, in chain order) the logs of the splits known
// once logs' own SplitCreated are counted.
func (c *chainLogs) withChildren(ctx context.Context, from, to uint64, logs []types.Log) ([]types.Log, error) {
	c.discover(logs)
	if len(c.order) == 0 {
		return logs, nil
	}
	for start := 0; start < len(c.order); start += childLogsPerCall {
		part := c.order[start:min(start+childLogsPerCall, len(c.order))]
		more, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(to), Addresses: part})
		if err != nil {
			return nil, err
		}
		logs = append(logs, more...)
	}
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return cmp.Compare(a.BlockNumber, b.BlockNumber)
		}
		return cmp.Compare(a.Index, b.Index)
	})
	return logs, nil
}

// logRange is the logs of blocks From..To, in chain order.
type logRange struct {
	From, To uint64
	Logs     []types.Log
}

// Range sizes: start at initialSpan blocks, double while a range returns fewer than
// targetLogs, halve when the node refuses one (too many results, a timeout), down to
// one block.
const (
	initialSpan = 1000
	maxSpan     = 100_000
	targetLogs  = 10_000
)

// each calls fn with the logs of from..to, range by range, in order.
func (c *chainLogs) each(ctx context.Context, from, to uint64, fn func(logRange) error) error {
	span := uint64(initialSpan)
	for from <= to {
		end := min(to, from+span-1)
		logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end), Addresses: c.addresses,
		})
		if err != nil {
			if ctx.Err() != nil || span == 1 {
				return fmt.Errorf("fetching the logs of blocks %d..%d: %w", from, end, err)
			}
			span = max(1, span/2)
			continue
		}
		if logs, err = c.withChildren(ctx, from, end, logs); err != nil {
			return fmt.Errorf("fetching the splits' logs of blocks %d..%d: %w", from, end, err)
		}
		if err := fn(logRange{From: from, To: end, Logs: logs}); err != nil {
			return err
		}
		if len(logs) < targetLogs/2 {
			span = min(maxSpan, span*2)
		}
		from = end + 1
	}
	return nil
}
