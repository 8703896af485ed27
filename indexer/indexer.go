// Package indexer follows the Sharechain contracts on one chain and mirrors every log
// they emit into PostgreSQL, with the projections the API serves.
//
// It backfills finalized history in large adaptive eth_getLogs ranges (several in flight,
// committed in order, one transaction per batch), then follows the head block by block.
// In the unfinalized window it keeps block hashes and undo records; when a new block's
// parent hash does not match, it finds the common ancestor, rolls the database back to
// it and re-indexes. One writer per chain holds a PostgreSQL advisory lock; a second
// instance waits as a hot standby.
//
// It also follows every split the SplitFactory creates, from the block of its creation
// and in the batch transaction of that block: the factory pattern, described with its
// costs in children.go.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/decode"
	"sharechain/internal/manifest"
	"sharechain/internal/projection"
)

var (
	// ErrWrongChain means the RPC serves another chain than the manifest's.
	ErrWrongChain = errors.New("the RPC serves another chain than the manifest")
	// ErrMissingContract means a manifest address has no code on the chain.
	ErrMissingContract = errors.New("a manifest contract has no code on the chain")
	// ErrDeepReorg means the chain replaced a block the indexer had taken as final: the
	// database no longer matches the chain and must be rebuilt (raise the confirmations).
	// Run returns it as a *DeepReorgError, which says from which block on.
	ErrDeepReorg = errors.New("reorg deeper than the finality depth")
)

// DeepReorgError is ErrDeepReorg with where the indexed branch left the chain's.
type DeepReorgError struct {
	// Block is the first block after the common ancestor: the highest block whose stored
	// hash the chain still has, among those the database knows a hash of. The rows from
	// Block on may belong to a branch the chain no longer has, some of them below the
	// finalized block, where no undo record exists.
	Block uint64
	// Final is the block, committed as final, that the chain was found to have replaced;
	// 0 when the divergence was recorded by an earlier run.
	Final uint64
}

func (e *DeepReorgError) Error() string {
	if e.Final == 0 {
		return fmt.Sprintf("%s: the database diverged from the chain at block %d (recorded by an earlier run)", ErrDeepReorg, e.Block)
	}
	return fmt.Sprintf("%s: block %d, committed as final, changed; the database diverged from the chain at block %d", ErrDeepReorg, e.Final, e.Block)
}

// Is makes errors.Is(err, ErrDeepReorg) hold.
func (e *DeepReorgError) Is(target error) bool { return target == ErrDeepReorg }

// DefaultBatchLogs is the default of Config.BatchLogs.
const DefaultBatchLogs = 5_000

// DefaultDeferIndexesMin is the default of Config.DeferIndexesMin used by
// `sharechain index`.
const DefaultDeferIndexesMin = 50_000

// deferCheckLogs is how many logs a backfill's batches hold (at most
// Config.DeferIndexesMin), the next one included, when it estimates what is left and
// decides, before that batch is written, whether to defer the read indexes.
const deferCheckLogs = 10_000

// Config tunes an Indexer.
type Config struct {
	Confirmations uint64 // blocks below the head that count as final (default 12)
	FinalityTag   bool   // use the RPC's "finalized" block instead of Confirmations
	// BatchLogs is the number of logs above which the backfill stops merging fetched
	// ranges into one database transaction (default 5 000).
	BatchLogs int
	// DeferIndexesMin is the fewest logs a backfill must still have ahead, estimated
	// from its first logs, for the events table's read indexes to be dropped for the
	// rest of it and built again, once, before the indexer follows the head; and they
	// must also be at least the rows the table already holds. 0 never defers.
	DeferIndexesMin int
	Logger          *slog.Logger
	Metrics         *Metrics // optional
	// OnRollback, when set, is called after a reorg rolled the store back to block
	// landed (on the indexer's goroutine): rows then hold older versions than readers
	// following updated_block have seen (the metadata worker rewinds).
	OnRollback func(landed uint64)
}

// Indexer mirrors one chain's suite logs into the store.
type Indexer struct {
	cfg      Config
	manifest *manifest.Manifest
	src      *source.Source
	st       *store.Store
	dec      *decode.Decoder
	children *children // the splits the SplitFactory created
	log      *slog.Logger
	deferred bool // the read indexes (events and projections) are dropped until the backfill ends
}

// New returns an Indexer for the contracts of manifest.
func New(cfg Config, manifest *manifest.Manifest, src *source.Source, st *store.Store) (*Indexer, error) {
	dec, err := decode.NewDecoder(manifest.Followed())
	if err != nil {
		return nil, fmt.Errorf("building the decoder: %w", err)
	}
	// the projections' handlers, checked against the same ABIs: a name they read that the
	// ABIs lack stops the indexer here.
	if _, err := projection.Default(); err != nil {
		return nil, fmt.Errorf("building the projections: %w", err)
	}
	kids, err := newChildren(manifest)
	if err != nil {
		return nil, err
	}
	if cfg.Confirmations == 0 && !cfg.FinalityTag {
		cfg.Confirmations = 12
	}
	if cfg.BatchLogs <= 0 {
		cfg.BatchLogs = DefaultBatchLogs
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Indexer{cfg: cfg, manifest: manifest, src: src, st: st, dec: dec, children: kids,
		log: cfg.Logger.With("component", "indexer")}, nil
}

// Check refuses an RPC that serves another chain, or where a followed contract has no
// code; these are configuration errors, not faults to retry.
func (ix *Indexer) Check(ctx context.Context) error {
	id, err := ix.src.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	if id != ix.manifest.ChainID {
		return fmt.Errorf("%w: RPC chain %d, manifest chain %d", ErrWrongChain, id, ix.manifest.ChainID)
	}
	for _, c := range ix.manifest.Followed() {
		code, err := ix.src.Code(ctx, c.Address)
		if err != nil {
			return fmt.Errorf("reading the code of %s: %w", c.Name, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: %s at %s", ErrMissingContract, c.Name, c.Address)
		}
	}
	return nil
}

// Run indexes until ctx ends. It returns only ctx's error or a fatal one (wrong chain,
// missing contract, database schema, a *DeepReorgError); transient RPC and database
// faults are retried. It records its state for the API: Backfilling or Following as it
// goes, Diverged with the block on a reorg deeper than the finality depth. A database
// that diverged stays so: Run refuses it at once, with the same *DeepReorgError, until
// it is rebuilt.
func (ix *Indexer) Run(ctx context.Context) error {
	if err := ix.Check(ctx); err != nil {
		return err
	}
	// another writer may have changed the projections since this store last wrote
	ix.st.ResetCache()
	st, err := ix.retry(ctx, "creating the cursor", func() (store.State, error) { return ix.st.Init(ctx, ix.manifest.StartBlock) })
	if err != nil {
		return err
	}
	if st.Status.State == store.Diverged {
		if ix.cfg.Metrics != nil {
			ix.cfg.Metrics.Diverged.Inc()
		}
		var block uint64
		if st.Status.DivergedBlock != nil {
			block = *st.Status.DivergedBlock
		}
		return &DeepReorgError{Block: block}
	}
	ix.log.InfoContext(ctx, "indexing", "chain_id", ix.manifest.ChainID, "start_block", st.StartBlock, "indexed_block", st.IndexedBlock)
	// a writer that died during a backfill may have left the read indexes dropped
	if _, err := ix.retry(ctx, "reading the deferred indexes", func() (store.State, error) {
		names, err := ix.st.DeferredReadIndexes(ctx)
		ix.deferred = len(names) > 0
		return store.State{}, err
	}); err != nil {
		return err
	}

	heads := make(chan source.Header, 16)
	go func() { _ = ix.src.SubscribeHeads(ctx, heads) }()

	for {
		caughtUp, err := ix.step(ctx)
		if err != nil {
			// batches prepared but not committed may have added splits
			ix.children.stale = true
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if deep, ok := errors.AsType[*DeepReorgError](err); ok {
				return ix.diverged(ctx, deep)
			}
			ix.log.WarnContext(ctx, "indexing step failed; retrying", "err", err)
			if ix.cfg.Metrics != nil {
				ix.cfg.Metrics.Errors.Inc()
			}
			if err := sleep(ctx, time.Second); err != nil {
				return err
			}
			continue
		}
		if !caughtUp {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-heads:
		case <-time.After(2 * time.Second): // a safety net under the subscription
		}
	}
}

// step brings the store up to the current head once. It reports whether it caught up.
func (ix *Indexer) step(ctx context.Context) (bool, error) {
	if err := ix.reloadChildren(ctx); err != nil {
		return false, err
	}
	head, err := ix.src.Head(ctx)
	if err != nil {
		return false, fmt.Errorf("reading the head: %w", err)
	}
	finalized, err := ix.finalized(ctx, head)
	if err != nil {
		return false, err
	}
	st, err := ix.st.State(ctx)
	if err != nil {
		return false, err
	}
	// Before finality moves, check that the cursor's block is still the chain's when it
	// was committed unconfirmed (it has a hash then): the chain may have replaced it while
	// we were stopped or behind, and neither a backfill nor raising the finalized block
	// would notice. A cursor that matches vouches for every block under it (each hash
	// commits to its parent), so finality may then move over them.
	if st.IndexedHash != nil && uint64(st.IndexedBlock) <= head.Number && uint64(st.IndexedBlock) > st.FinalizedBlock {
		hs, err := ix.src.Headers(ctx, uint64(st.IndexedBlock), uint64(st.IndexedBlock))
		if err != nil {
			return false, fmt.Errorf("reading header %d: %w", st.IndexedBlock, err)
		}
		if hs[0].Hash != *st.IndexedHash {
			return false, ix.reorg(ctx, uint64(st.IndexedBlock), st.FinalizedBlock)
		}
	}
	// finality never moves back, even when the head does: what was committed as final
	// kept no undo records.
	finalized = max(finalized, st.FinalizedBlock)
	state := store.Following
	if uint64(st.IndexedBlock+1) <= finalized {
		state = store.Backfilling
	}
	if err := ix.st.SetHead(ctx, head.Number, finalized, state); err != nil {
		return false, err
	}
	if m := ix.cfg.Metrics; m != nil {
		m.Head.Set(float64(head.Number))
		m.Finalized.Set(float64(finalized))
		m.Lag.Set(float64(head.Number) - float64(st.IndexedBlock))
	}
	next := uint64(st.IndexedBlock + 1)
	if next > head.Number {
		// nothing new on top; a head below the cursor means its block is gone (a reorg
		// to a shorter chain). A cursor at the head was compared above.
		if st.IndexedHash != nil && uint64(st.IndexedBlock) > head.Number && uint64(st.IndexedBlock) > finalized {
			return false, ix.reorg(ctx, head.Number, finalized)
		}
		return true, ix.restoreIndexes(ctx)
	}
	if next <= finalized {
		return false, ix.backfill(ctx, next, finalized, finalized)
	}
	if err := ix.restoreIndexes(ctx); err != nil {
		return false, err
	}
	return false, ix.follow(ctx, st, next, head.Number, finalized)
}

func (ix *Indexer) finalized(ctx context.Context, head source.Header) (uint64, error) {
	if ix.cfg.FinalityTag {
		f, err := ix.src.Finalized(ctx)
		if err != nil {
			return 0, fmt.Errorf("reading the finalized block: %w", err)
		}
		return f.Number, nil
	}
	if head.Number < ix.cfg.Confirmations {
		return 0, nil
	}
	return head.Number - ix.cfg.Confirmations, nil
}

// backfill indexes the finalized range [from, to] in a pipeline of stages that
// overlap: the source fetches ranges concurrently; a preparing goroutine decodes them
// and merges those that are waiting into one batch of up to BatchLogs logs; the next
// batch's transaction opens on a second connection and encodes and copies its events;
// and this goroutine projects and commits the batches, in order. While one
// batch projects and commits, the next one's events are copied and the one after is
// fetched and prepared, so anvil, Go and both of PostgreSQL's cores work at once. Each
// batch is still one transaction — events, projections, cursor — so the pipeline
// changes nothing of exactly once. What is in flight is bounded by count: the source's
// Concurrency ranges and a few batches, whatever the chain's length.
func (ix *Indexer) backfill(ctx context.Context, from, to, finalized uint64) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fetched := make(chan source.Batch, 2)
	fetchErr := make(chan error, 1)
	go func() {
		fetchErr <- ix.src.Logs(ctx, from, to, fetched)
		close(fetched)
	}()
	prepared := make(chan *store.Batch, 1)
	prepErr := make(chan error, 1)
	go func() {
		defer close(prepared)
		err := ix.prepare(ctx, fetched, prepared, finalized)
		if err != nil {
			cancel() // stop the fetcher: the batches after this one cannot be prepared
		}
		prepErr <- err
	}()
	// stop ends the stages, and the batch begun ahead, before backfill returns.
	var next <-chan begun
	stop := func(err error) error {
		cancel()
		if next != nil {
			if r := <-next; r.p != nil {
				r.p.Abort(ctx)
			}
		}
		for range prepared {
		}
		return err
	}
	progress := newProgress(ix.log, from, to)
	// begun counts the logs of the batches begun so far; the check for deferring the
	// read indexes runs before the batch that brings it to deferCheckLogs begins, with
	// no transaction open (dropping an index waits for every open writer of events)
	begun, checked := 0, ix.deferred || ix.cfg.DeferIndexesMin <= 0
	threshold := min(deferCheckLogs, ix.cfg.DeferIndexesMin)
	var cur *store.Pending // begun, committed next
	var curBatch *store.Batch
	for {
		var sb *store.Batch
		ok, ready := true, true
		if cur == nil {
			sb, ok = <-prepared
		} else {
			// cur waits for no batch to copy beside it: when the next one is still being
			// fetched or prepared, cur commits now
			select {
			case sb, ok = <-prepared:
			default:
				ready = false
			}
		}
		if ready && ok && cur != nil && (checked || begun+len(sb.Logs) < threshold) {
			// copy sb's events while cur projects and commits; not when sb is the batch
			// before which the read indexes may be dropped.
			begun += len(sb.Logs)
			next = ix.begin(ctx, sb)
			sb = nil
		}
		if cur != nil {
			start := time.Now()
			err := ix.st.Commit(ctx, cur)
			cur = nil
			if err != nil {
				return stop(fmt.Errorf("committing blocks %d..%d: %w", curBatch.From, curBatch.To, err))
			}
			ix.observe(curBatch, time.Since(start))
			progress.add(ctx, curBatch.To, len(curBatch.Logs))
		}
		if !ready {
			sb, ok = <-prepared
		}
		if !ok {
			break
		}
		if sb != nil {
			if begun += len(sb.Logs); !checked && begun >= threshold {
				// the logs ahead, estimated from those seen so far: sb's and the
				// blocks after it
				checked = true
				ahead := float64(begun)/float64(sb.To-from+1)*float64(to-sb.To) + float64(len(sb.Logs))
				if err := ix.maybeDeferIndexes(ctx, ahead); err != nil {
					return stop(err)
				}
			}
			next = ix.begin(ctx, sb)
		}
		r := <-next
		next = nil
		if r.err != nil {
			return stop(fmt.Errorf("copying the events of blocks %d..%d: %w", r.b.From, r.b.To, r.err))
		}
		cur, curBatch = r.p, r.b
	}
	if err := <-prepErr; err != nil {
		return err
	}
	if err := <-fetchErr; err != nil {
		return fmt.Errorf("fetching logs: %w", err)
	}
	return ctx.Err()
}

// begun is a batch whose transaction [Store.Begin] opened, or the error it met.
type begun struct {
	b   *store.Batch
	p   *store.Pending
	err error
}

// begin opens b's transaction and copies its events on a goroutine of its own.
func (ix *Indexer) begin(ctx context.Context, b *store.Batch) <-chan begun {
	out := make(chan begun, 1)
	go func() {
		p, err := ix.st.Begin(ctx, b)
		out <- begun{b: b, p: p, err: err}
	}()
	return out
}

// maybeDeferIndexes drops the read indexes of events and projections when the logs still ahead of the
// backfill (an estimate) are many, in absolute terms and against the rows the table
// already holds: building an index once is cheaper than updating it row by row only
// when most of its rows are still to come. It never drops them in a database that other
// deployments share.
func (ix *Indexer) maybeDeferIndexes(ctx context.Context, ahead float64) error {
	if ahead < float64(ix.cfg.DeferIndexesMin) {
		return nil
	}
	rows, err := ix.st.EventRowsEstimate(ctx)
	if err != nil {
		return err
	}
	if ahead < float64(rows) {
		return nil
	}
	// the indexes are the database's, not the chain's: another deployment's API reads
	// through them while this one backfills
	if others, err := ix.st.OtherDeployments(ctx); err != nil || others > 0 {
		if err == nil {
			ix.log.InfoContext(ctx, "keeping the read indexes during the backfill: the database holds other deployments", "deployments", others)
		}
		return err
	}
	names, err := ix.st.DeferReadIndexes(ctx)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		ix.log.InfoContext(ctx, "keeping the read indexes during the backfill: readers hold the tables", "logs_ahead", int64(ahead))
		return nil
	}
	ix.deferred = true
	ix.log.InfoContext(ctx, "dropped the read indexes until the backfill ends", "indexes", names, "logs_ahead", int64(ahead), "rows", rows)
	return nil
}

// restoreIndexes builds the deferred read indexes again, if any.
func (ix *Indexer) restoreIndexes(ctx context.Context) error {
	if !ix.deferred {
		return nil
	}
	start := time.Now()
	ix.log.InfoContext(ctx, "building the read indexes")
	built, err := ix.st.RestoreReadIndexes(ctx)
	if err != nil {
		return err
	}
	ix.deferred = false
	for _, b := range built {
		ix.log.InfoContext(ctx, "built a read index", "index", b.Name, "took", b.Took.Round(time.Millisecond))
	}
	ix.log.InfoContext(ctx, "built the read indexes", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// prepare turns fetched ranges into store batches: it attaches each range's split logs
// (children.go) and decodes it, appends the ranges already waiting while the batch holds
// fewer than BatchLogs logs, and hands it on. It returns nil when fetched closes or ctx
// ends, and the error of a split log fetch that failed.
func (ix *Indexer) prepare(ctx context.Context, fetched <-chan source.Batch, out chan<- *store.Batch, finalized uint64) error {
	for {
		var b source.Batch
		var ok bool
		select {
		case b, ok = <-fetched:
		case <-ctx.Done():
			return nil
		}
		if !ok {
			return nil
		}
		if err := ix.attachChildren(ctx, &b); err != nil {
			return err
		}
		sb := &store.Batch{From: b.From, To: b.To, Logs: ix.decode(nil, b.Logs), Finalized: finalized}
	merge:
		for len(sb.Logs) < ix.cfg.BatchLogs {
			select {
			case nb, more := <-fetched:
				if !more {
					break merge
				}
				if err := ix.attachChildren(ctx, &nb); err != nil {
					return err
				}
				sb.To = nb.To
				sb.Logs = ix.decode(sb.Logs, nb.Logs)
			default:
				break merge
			}
		}
		select {
		case out <- sb:
		case <-ctx.Done():
			return nil
		}
	}
}

// follow indexes the unfinalized range [from, to] with headers, checking that it extends
// what is stored; a mismatch is a reorg and is rolled back first.
func (ix *Indexer) follow(ctx context.Context, st store.State, from, to, finalized uint64) error {
	if to-from > 1000 {
		to = from + 1000
	}
	headers, err := ix.src.Headers(ctx, from, to)
	if err != nil {
		return fmt.Errorf("reading headers %d..%d: %w", from, to, err)
	}
	if st.IndexedHash != nil && headers[0].ParentHash != *st.IndexedHash {
		return ix.reorg(ctx, from-1, finalized)
	}
	for i := 1; i < len(headers); i++ {
		if headers[i].ParentHash != headers[i-1].Hash {
			return fmt.Errorf("headers %d..%d are not one chain (the head moved); retrying", from, to)
		}
	}
	batches := make(chan source.Batch, 1)
	all := source.Batch{From: from, To: to, Children: true}
	done := make(chan error, 1)
	go func() {
		done <- ix.src.Logs(ctx, from, to, batches)
		close(batches)
	}()
	for b := range batches {
		all.Logs = append(all.Logs, b.Logs...)
		all.ChildLogs = append(all.ChildLogs, b.ChildLogs...)
		all.Children = all.Children && b.Children
	}
	if err := <-done; err != nil {
		return fmt.Errorf("fetching logs %d..%d: %w", from, to, err)
	}
	if !all.Children {
		all.ChildLogs = nil // some ranges lack them: fetch the whole range's if needed
	}
	if err := ix.attachChildren(ctx, &all); err != nil {
		return err
	}
	logs := all.Logs
	byNumber := make(map[uint64]common.Hash, len(headers))
	sh := make([]store.Header, len(headers))
	for i, h := range headers {
		byNumber[h.Number] = h.Hash
		sh[i] = store.Header{Number: h.Number, Hash: h.Hash, ParentHash: h.ParentHash, Time: h.Time}
	}
	for _, l := range logs {
		if byNumber[l.BlockNumber] != l.BlockHash {
			return fmt.Errorf("log of block %d has hash %s, not the header's %s (a reorg under way); retrying",
				l.BlockNumber, l.BlockHash, byNumber[l.BlockNumber])
		}
	}
	sb := &store.Batch{From: from, To: to, ToHash: headers[len(headers)-1].Hash, Logs: ix.decode(nil, logs), Headers: sh, Finalized: finalized}
	start := time.Now()
	if err := ix.st.Apply(ctx, sb); err != nil {
		return fmt.Errorf("committing blocks %d..%d: %w", from, to, err)
	}
	ix.observe(sb, time.Since(start))
	ix.log.DebugContext(ctx, "indexed", "from", from, "to", to, "events", len(logs))
	return nil
}

// reorg walks back from block tip to the highest block whose stored hash is still
// canonical, and rolls the store back to it.
func (ix *Indexer) reorg(ctx context.Context, tip, finalized uint64) error {
	ancestor, found := finalized, false
	for n := tip; n > finalized; n-- {
		stored, ok, err := ix.st.BlockHash(ctx, n)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		hs, err := ix.src.Headers(ctx, n, n)
		if err != nil {
			return fmt.Errorf("reading header %d: %w", n, err)
		}
		if hs[0].Hash == stored {
			ancestor, found = n, true
			break
		}
	}
	if !found {
		// the anchor: the finalized block, as its own kept header says or, when it was
		// backfilled (no header), as the parent hash of the kept header above it says; if
		// it changed too, the reorg reaches into what was committed as final.
		stored, ok, err := ix.st.BlockHash(ctx, finalized)
		if err != nil {
			return err
		}
		if !ok {
			stored, ok, err = ix.st.ParentHash(ctx, finalized+1)
			if err != nil {
				return err
			}
		}
		if ok {
			hs, err := ix.src.Headers(ctx, finalized, finalized)
			if err != nil {
				return fmt.Errorf("reading header %d: %w", finalized, err)
			}
			if hs[0].Hash != stored {
				block, err := ix.divergence(ctx, finalized)
				if err != nil {
					return fmt.Errorf("block %d, committed as final, changed; finding where the chains part: %w", finalized, err)
				}
				return &DeepReorgError{Block: block, Final: finalized}
			}
		}
	}
	landed, err := ix.st.Rollback(ctx, ancestor)
	ix.children.stale = true // the rollback may have removed splits, or not (an error)
	if err != nil {
		return fmt.Errorf("rolling back to block %d: %w", ancestor, err)
	}
	ix.log.WarnContext(ctx, "reorg: rolled back", "tip", tip, "ancestor", ancestor, "landed", landed)
	if m := ix.cfg.Metrics; m != nil {
		m.Reorgs.Inc()
	}
	if f := ix.cfg.OnRollback; f != nil {
		f(landed)
	}
	return nil
}

// divergence finds where the indexed branch left the chain's, given a block changed
// that the database knows a hash of: the first block after the highest block whose
// stored hash the chain still has. A hash commits to its parent, so a block that
// matches vouches for all below it and one that differs condemns all above it: a
// binary search over the blocks the database knows a hash of (event rows below the
// unfinalized window, kept headers in it) finds the boundary in a few lookups. Between
// two known blocks nothing tells where the chains parted, so the answer is the earliest
// block that may have changed.
func (ix *Indexer) divergence(ctx context.Context, changed uint64) (uint64, error) {
	lo, hi := int64(ix.manifest.StartBlock)-1, int64(changed) // lo the chains share (or before the start), hi differs
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		n, stored, ok, err := ix.st.KnownHash(ctx, uint64(lo+1), uint64(mid), true)
		if err == nil && !ok {
			n, stored, ok, err = ix.st.KnownHash(ctx, uint64(mid+1), uint64(hi-1), false)
		}
		if err != nil {
			return 0, err
		}
		if !ok {
			break // no known block between lo and hi
		}
		hs, err := ix.src.Headers(ctx, n, n)
		if err != nil {
			return 0, fmt.Errorf("reading header %d: %w", n, err)
		}
		if hs[0].Hash == stored {
			lo = int64(n)
		} else {
			hi = int64(n)
		}
	}
	return uint64(lo + 1), nil
}

// diverged records a reorg deeper than the finality depth for the API — state
// Diverged, the block, the error — and returns it. It retries until the database takes
// it or ctx ends: the process must not exit leaving the API to report a healthy mirror.
func (ix *Indexer) diverged(ctx context.Context, deep *DeepReorgError) error {
	if m := ix.cfg.Metrics; m != nil {
		m.Diverged.Inc()
		m.Errors.Inc()
	}
	block := deep.Block
	if _, err := ix.retry(ctx, "recording the divergence", func() (store.State, error) {
		return store.State{}, ix.st.SetStatus(ctx, store.Status{State: store.Diverged, DivergedBlock: &block, Error: deep.Error()})
	}); err != nil {
		return errors.Join(deep, fmt.Errorf("recording the divergence: %w", err))
	}
	return deep
}

// decode appends the decoded logs to out.
func (ix *Indexer) decode(out []store.Log, logs []types.Log) []store.Log {
	out = slices.Grow(out, len(logs))
	for i := range logs {
		ev := ix.dec.Decode(&logs[i])
		if ev.Contract == "" && ix.children.is(logs[i].Address) {
			ev = ix.dec.DecodeChild(&logs[i])
		}
		out = append(out, store.Log{Log: logs[i], Event: ev})
	}
	return out
}

func (ix *Indexer) observe(b *store.Batch, took time.Duration) {
	m := ix.cfg.Metrics
	if m == nil {
		return
	}
	m.Indexed.Set(float64(b.To))
	m.Events.Add(float64(len(b.Logs)))
	m.BatchSeconds.Observe(took.Seconds())
}

func (ix *Indexer) retry(ctx context.Context, what string, f func() (store.State, error)) (store.State, error) {
	for {
		st, err := f()
		if err == nil {
			return st, nil
		}
		ix.log.WarnContext(ctx, what+" failed; retrying", "err", err)
		if err := sleep(ctx, time.Second); err != nil {
			return store.State{}, err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
