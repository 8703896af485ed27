package audit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// chainLogs reads the followed contracts' logs with plain eth_getLogs through
// go-ethereum's client. The auditor checks the indexer's fetcher (indexer/source, with
// its own JSON parsing and adaptive ranges) rather than trusting it: a fault there shows
// up as a mismatch here.
type chainLogs struct {
	client    *ethclient.Client
	addresses []common.Address
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
