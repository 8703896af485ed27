package indexer

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/bindings/split"
	"sharechain/bindings/splitfactory"
	"sharechain/indexer/source"
	"sharechain/internal/manifest"
)

// children is the factory pattern: the splits the SplitFactory created, followed from
// the block of their creation.
//
// How a child's logs are found. Once the set is not empty, every range the source
// fetches makes a second eth_getLogs with the Split events' topic0s and no address
// (source.FollowChildren), on the same worker and concurrently with the other ranges;
// [children.attach] keeps the logs whose address is a split created at or before their
// block, which takes in the logs of the very block of a split's creation and of the rest
// of the range, and merges them into the range before it is decoded, so they commit in
// the batch transaction of the creation. A range fetched before the set became non-empty
// (in flight when the first split appeared) is completed with one synchronous call.
// Fetching by address instead (the children in the address list) would make the
// query grow with every split until providers refuse it, and would refetch every range
// already in flight whenever a split appears; the topic query costs one call per range
// whatever the number of splits, and returns only logs of the Split event signatures
// (foreign contracts that emit the same signature are dropped here). A chain without a
// SplitFactory, or whose factory made no split yet, makes no extra call at all: the
// backfill's hot path is unchanged.
//
// Where the set lives. The projection table splits is the set of record: its rows are
// written by the batch transaction of each SplitCreated, so a SIGKILL never loses or
// half-adds a child, and a rollback's undo records remove a split created in a dropped
// block with its logs (events and split_releases are block-scoped like every row). The
// in-memory set runs ahead of the commits while a backfill prepares batches; after any
// failed step or rollback it is stale and is read again from the table before the next
// step, as it is at start.
type children struct {
	factory common.Address // zero: the manifest names no SplitFactory
	created common.Hash    // SplitCreated's topic0
	topics  []common.Hash  // the topic0s of the Split events
	known   map[common.Address]uint64
	stale   bool
}

func newChildren(m *manifest.Manifest) (*children, error) {
	c := &children{factory: m.Contracts[manifest.SplitFactory], stale: true}
	if c.factory == (common.Address{}) {
		return c, nil
	}
	fa, err := splitfactory.SplitFactoryMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parsing the SplitFactory ABI: %w", err)
	}
	ev, ok := fa.Events["SplitCreated"]
	if !ok {
		return nil, fmt.Errorf("the SplitFactory ABI has no SplitCreated")
	}
	c.created = ev.ID
	sa, err := split.SplitMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parsing the Split ABI: %w", err)
	}
	for _, e := range sa.Events {
		c.topics = append(c.topics, e.ID)
	}
	slices.SortFunc(c.topics, func(a, b common.Hash) int { return a.Cmp(b) })
	return c, nil
}

// enabled reports whether the manifest names a factory.
func (c *children) enabled() bool { return c.factory != (common.Address{}) }

// is reports whether a is a followed child; cheap when there is none.
func (c *children) is(a common.Address) bool {
	if len(c.known) == 0 {
		return false
	}
	_, ok := c.known[a]
	return ok
}

// reload reads the committed set when it is stale, and turns the source's child query
// on when the set is not empty.
func (ix *Indexer) reloadChildren(ctx context.Context) error {
	c := ix.children
	if !c.enabled() || !c.stale {
		return nil
	}
	known, err := ix.st.Splits(ctx)
	if err != nil {
		return err
	}
	c.known, c.stale = known, false
	if len(known) > 0 {
		ix.src.FollowChildren(c.topics)
	}
	return nil
}

// attach discovers the splits that b's factory logs create and merges into b.Logs the
// children's logs of b's range, from each child's creation block on. It fetches them
// when b was fetched before the source followed children.
func (ix *Indexer) attachChildren(ctx context.Context, b *source.Batch) error {
	c := ix.children
	if !c.enabled() {
		return nil
	}
	for i := range b.Logs {
		l := &b.Logs[i]
		if l.Address != c.factory || len(l.Topics) < 2 || l.Topics[0] != c.created {
			continue
		}
		a := common.BytesToAddress(l.Topics[1][12:])
		if _, ok := c.known[a]; !ok {
			if c.known == nil {
				c.known = map[common.Address]uint64{}
			}
			c.known[a] = l.BlockNumber
		}
	}
	if len(c.known) == 0 {
		return nil
	}
	if !b.Children {
		ix.src.FollowChildren(c.topics) // for the ranges started from now on
		logs, err := ix.src.ChildLogs(ctx, b.From, b.To, c.topics)
		if err != nil {
			return fmt.Errorf("fetching the splits' logs of blocks %d..%d: %w", b.From, b.To, err)
		}
		b.ChildLogs, b.Children = logs, true
	}
	var kept []types.Log
	for _, l := range b.ChildLogs {
		if created, ok := c.known[l.Address]; ok && l.BlockNumber >= created {
			kept = append(kept, l)
		}
	}
	b.ChildLogs = nil
	if len(kept) == 0 {
		return nil
	}
	b.Logs = mergeLogs(b.Logs, kept)
	return nil
}

// mergeLogs merges two lists sorted by block and log index.
func mergeLogs(a, b []types.Log) []types.Log {
	out := make([]types.Log, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].BlockNumber < a[i].BlockNumber || (b[j].BlockNumber == a[i].BlockNumber && b[j].Index < a[i].Index) {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
