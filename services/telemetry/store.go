package telemetry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
)

// maxGroup is about the most readings a writer stores in one transaction: it takes
// every batch waiting when it starts, up to this many.
const maxGroup = 4000

// store writes readings into the telemetry tables of one chain.
type store struct {
	pool    *pgxpool.Pool
	chainID int64

	mu     sync.Mutex
	months map[int64]bool // month starts (unix seconds) whose partition exists
}

func newStore(pool *pgxpool.Pool, chainID uint64) *store {
	return &store{pool: pool, chainID: int64(chainID), months: make(map[int64]bool)}
}

// durableCommit makes a transaction's COMMIT return only once its WAL is flushed. A
// database may default to synchronous_commit=off (the indexer's final batches use it,
// and so do the test and demo clusters), which returns first: a crash a moment later
// drops the commit. Readings acknowledged to a device, and an epoch that may then be
// anchored, must not be dropped.
const durableCommit = `SET LOCAL synchronous_commit = on`

// IngestLock is the key of the advisory lock that orders ingestion against the epoch
// cut of chainID (see the package doc): every transaction that draws reading ids holds
// it shared (pg_advisory_xact_lock_shared) until it commits, and the cut takes it
// exclusively. Anything else that writes readings must do the same.
func IngestLock(chainID uint64) int64 { return lockKey("sharechain telemetry ingest", chainID) }

// buildLock serializes the epoch builders of a chain (two services on one database).
func buildLock(chainID uint64) int64 { return lockKey("sharechain telemetry epochs", chainID) }

// AnchorLock is the key of the session advisory lock that the service sending chainID's
// anchors holds while it sends (see [Anchorer.Send]): several services on one database
// ingest side by side, but only one at a time sends anchors.
func AnchorLock(chainID uint64) int64 { return lockKey("sharechain telemetry anchors", chainID) }

func lockKey(name string, chainID uint64) int64 {
	return int64(crypto.Keccak256Hash([]byte(name+" "+strconv.FormatUint(chainID, 10))).Big().Uint64() >> 1)
}

// write is a writer: it stores the jobs queued, several batches per transaction, until
// the queue is closed.
func (in *Ingester) write() {
	defer in.writers.Done()
	for j := range in.jobs {
		group, n := []*job{j}, len(j.items)
	drain:
		for n < maxGroup {
			select {
			case next, ok := <-in.jobs:
				if !ok {
					break drain
				}
				group = append(group, next)
				n += len(next.items)
			default:
				break drain
			}
		}
		err := in.writeGroup(group)
		if err != nil {
			in.log.Error("storing readings failed; their batches are not acknowledged", "readings", n, "err", err)
		}
		for _, j := range group {
			j.err = err
			close(j.done)
		}
	}
}

// outcome is what the database says of a pending item.
type outcome struct {
	status Status
	reason Reason
	id     int64
}

// writeGroup checks and stores the pending items of a group of jobs in one transaction,
// retrying it when PostgreSQL aborts it for a deadlock, and records each item's outcome.
func (in *Ingester) writeGroup(group []*job) error {
	var pend []*item
	for _, j := range group {
		for _, it := range j.items {
			if it.status == "" {
				pend = append(pend, it)
			}
		}
	}
	// never cancelled by a caller: a group is written whole or not at all
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	var outs []outcome
	var err error
	for attempt := 0; ; attempt++ {
		outs, err = in.store.writeOnce(ctx, pend)
		var pgErr *pgconn.PgError
		if err != nil && attempt < 3 && errors.As(err, &pgErr) && (pgErr.Code == "40P01" || pgErr.Code == "40001") {
			continue
		}
		break
	}
	if err != nil {
		return err
	}
	for i, it := range pend {
		it.status, it.reason = outs[i].status, outs[i].reason
	}
	in.metrics.commit.Observe(time.Since(start).Seconds())
	in.metrics.group.Observe(float64(len(pend)))
	return nil
}

type seqKey struct {
	device common.Address
	seq    uint64
}

// asset is what ingestion needs of an asset: its device when the current verification
// covers one, and until when.
type asset struct {
	device     []byte
	verified   bool
	validUntil int64
}

// writeOnce runs one attempt at storing pend: it reads the assets and the latest block's
// time, refuses what they do not allow, and stores the rest in one transaction that holds
// the ingest lock shared. Its outcomes are pend's, in order.
func (s *store) writeOnce(ctx context.Context, pend []*item) ([]outcome, error) {
	outs := make([]outcome, len(pend))
	latest, assets, err := s.lookup(ctx, pend)
	if err != nil {
		return nil, err
	}
	// the checks the indexer's tables decide
	var cands []int // indexes into pend of the readings to insert, first of their (device, seq)
	var later []int // the others whose stored (device, seq) decides: duplicates or conflicts
	// refused for the device or the time, but an identical stored reading makes it a
	// duplicate (a resend of a reading stored before its verification lapsed)
	recheck := make([]bool, len(pend))
	first := make(map[seqKey]int, len(pend))
	for i, it := range pend {
		a := assets[it.wire.TokenID]
		switch {
		case a == nil || !a.verified || !bytes.Equal(a.device, it.r.Device[:]) || a.validUntil < latest:
			outs[i] = outcome{status: Refused, reason: UnknownDevice}
		case int64(it.r.Time) > latest+MaxAhead:
			outs[i] = outcome{status: Refused, reason: ClockSkew}
		case int64(it.r.Time) < latest-MaxBehind:
			outs[i] = outcome{status: Refused, reason: TooOld}
		default:
			k := seqKey{it.r.Device, it.r.Seq}
			if _, dup := first[k]; dup {
				later = append(later, i)
			} else {
				first[k] = i
				cands = append(cands, i)
			}
			continue
		}
		recheck[i] = true
		later = append(later, i)
	}
	times := make([]int64, 0, len(cands))
	for _, i := range cands {
		times = append(times, int64(pend[i].r.Time))
	}
	if err := s.ensureMonths(ctx, times); err != nil {
		return nil, err
	}
	// a fixed lock order (device, seq) across transactions: two writers inserting the
	// same keys wait for each other instead of deadlocking.
	slices.SortFunc(cands, func(a, b int) int {
		if c := bytes.Compare(pend[a].r.Device[:], pend[b].r.Device[:]); c != 0 {
			return c
		}
		return cmpUint(pend[a].r.Seq, pend[b].r.Seq)
	})

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("beginning the write: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // after Commit it does nothing
	// the batches are answered once this commits: it must outlive a crash whatever the
	// server's or the database's default (see durableCommit)
	if _, err := tx.Exec(ctx, durableCommit); err != nil {
		return nil, fmt.Errorf("making the write durable: %w", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, IngestLock(uint64(s.chainID))); err != nil {
		return nil, fmt.Errorf("taking the ingest lock: %w", err)
	}
	var inserted []int
	if len(cands) > 0 {
		devices, seqs, ts, leaves := make([][]byte, len(cands)), make([]int64, len(cands)), make([]int64, len(cands)), make([][]byte, len(cands))
		for k, i := range cands {
			it := pend[i]
			devices[k], seqs[k], ts[k], leaves[k] = it.r.Device.Bytes(), int64(it.r.Seq), int64(it.r.Time), it.leaf.Bytes()
		}
		// ON CONFLICT DO NOTHING waits for a concurrent transaction inserting the same
		// (device, seq) and skips the row once that one commits: one of them stores it.
		const insertSeqs = `INSERT INTO telemetry_seqs (chain_id, device, seq, time, leaf, id)
			SELECT $1, u.device, u.seq, u.time, u.leaf, nextval('telemetry_reading_id')
			FROM unnest($2::bytea[], $3::bigint[], $4::bigint[], $5::bytea[]) AS u(device, seq, time, leaf)
			ON CONFLICT DO NOTHING
			RETURNING device, seq, id`
		rows, err := tx.Query(ctx, insertSeqs, s.chainID, devices, seqs, ts, leaves)
		if err != nil {
			return nil, fmt.Errorf("inserting into telemetry_seqs: %w", err)
		}
		ids := make(map[seqKey]int64, len(cands))
		var dev []byte
		var seq, id int64
		_, err = pgx.ForEachRow(rows, []any{&dev, &seq, &id}, func() error {
			ids[seqKey{common.BytesToAddress(dev), uint64(seq)}] = id
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("inserting into telemetry_seqs: %w", err)
		}
		for _, i := range cands {
			it := pend[i]
			if id, ok := ids[seqKey{it.r.Device, it.r.Seq}]; ok {
				outs[i] = outcome{status: Accepted, id: id}
				inserted = append(inserted, i)
			} else {
				later = append(later, i) // stored by someone else first
			}
		}
	}
	if len(later) > 0 {
		if err := s.resolve(ctx, tx, pend, later, recheck, outs); err != nil {
			return nil, err
		}
	}
	if len(inserted) > 0 {
		if err := s.copyReadings(ctx, tx, pend, inserted, outs); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("committing readings: %w", err)
	}
	return outs, nil
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// lookup reads the latest indexed block's time and the assets the items name.
func (s *store) lookup(ctx context.Context, pend []*item) (int64, map[string]*asset, error) {
	ids := make([]string, 0, len(pend))
	seen := make(map[string]bool, len(pend))
	for _, it := range pend {
		if !seen[it.wire.TokenID] {
			seen[it.wire.TokenID] = true
			ids = append(ids, it.wire.TokenID)
		}
	}
	// the time of the latest indexed block, as the API computes it (services/api)
	const latestTime = `SELECT coalesce((SELECT b.time FROM blocks b WHERE b.chain_id = s.chain_id AND b.number = s.indexed_block),
			(SELECT e.block_time FROM events e WHERE e.chain_id = s.chain_id AND e.block_number <= s.indexed_block
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), 0)
		FROM indexer_state s WHERE s.chain_id = $1`
	const assetsOf = `SELECT token_id::text, device, verified, coalesce(LEAST(valid_until, 9223372036854775807), 0)::bigint
		FROM assets WHERE chain_id = $1 AND token_id = ANY($2::text[]::numeric[])`
	b := &pgx.Batch{}
	var latest int64
	b.Queue(latestTime, s.chainID).QueryRow(func(r pgx.Row) error {
		if err := r.Scan(&latest); err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		return nil
	})
	assets := make(map[string]*asset, len(ids))
	b.Queue(assetsOf, s.chainID, ids).Query(func(rows pgx.Rows) error {
		var id string
		var a asset
		_, err := pgx.ForEachRow(rows, []any{&id, &a.device, &a.verified, &a.validUntil}, func() error {
			cp := a
			assets[id] = &cp
			return nil
		})
		return err
	})
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return 0, nil, fmt.Errorf("reading the assets and the latest block: %w", err)
	}
	return latest, assets, nil
}

// resolve decides the items whose (device, seq) is stored already, in this transaction
// or before it: an identical reading (same leaf) is a duplicate, any other a
// seq_conflict; an item refused for its device or time stays refused unless it is a
// duplicate.
func (s *store) resolve(ctx context.Context, tx pgx.Tx, pend []*item, later []int, recheck []bool, outs []outcome) error {
	devices, seqs := make([][]byte, len(later)), make([]int64, len(later))
	for k, i := range later {
		devices[k], seqs[k] = pend[i].r.Device.Bytes(), int64(pend[i].r.Seq)
	}
	const stored = `SELECT t.device, t.seq, t.leaf FROM telemetry_seqs t
		JOIN unnest($2::bytea[], $3::bigint[]) AS u(device, seq) ON t.device = u.device AND t.seq = u.seq
		WHERE t.chain_id = $1`
	rows, err := tx.Query(ctx, stored, s.chainID, devices, seqs)
	if err != nil {
		return fmt.Errorf("reading stored seqs: %w", err)
	}
	leaves := make(map[seqKey]common.Hash, len(later))
	var dev, leaf []byte
	var seq int64
	if _, err := pgx.ForEachRow(rows, []any{&dev, &seq, &leaf}, func() error {
		leaves[seqKey{common.BytesToAddress(dev), uint64(seq)}] = common.BytesToHash(leaf)
		return nil
	}); err != nil {
		return fmt.Errorf("reading stored seqs: %w", err)
	}
	for _, i := range later {
		it := pend[i]
		leaf, ok := leaves[seqKey{it.r.Device, it.r.Seq}]
		switch {
		case ok && leaf == it.leaf:
			outs[i] = outcome{status: Duplicate}
		case recheck[i]:
			// keeps its refusal
		case ok:
			outs[i] = outcome{status: Refused, reason: SeqConflict}
		default:
			// cannot happen: a candidate not inserted was stored by a concurrent writer
			return fmt.Errorf("reading %s seq %d: neither inserted nor stored", it.r.Device.Hex(), it.r.Seq)
		}
	}
	return nil
}

// readingColumns are telemetry_readings' columns in COPY order.
var readingColumns = []string{"chain_id", "time", "device", "seq", "token_id", "kind", "value", "signature", "leaf", "id"}

// copyReadings stores the inserted items' readings with their ids.
func (s *store) copyReadings(ctx context.Context, tx pgx.Tx, pend []*item, inserted []int, outs []outcome) error {
	k := 0
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if k == len(inserted) {
			return nil, nil
		}
		i := inserted[k]
		k++
		it := pend[i]
		return []any{s.chainID, int64(it.r.Time), it.r.Device.Bytes(), int64(it.r.Seq), numeric(it.r.TokenID),
			it.r.Kind.String(), numeric(it.r.Value), it.sig, it.leaf.Bytes(), outs[i].id}, nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"telemetry_readings"}, readingColumns, src); err != nil {
		return fmt.Errorf("copying into telemetry_readings: %w", err)
	}
	return nil
}

func numeric(v *big.Int) pgtype.Numeric { return pgtype.Numeric{Int: v, Valid: true} }

// monthOf returns the start of the UTC month of t (unix seconds) and of the next one.
func monthOf(t int64) (start, end int64) {
	u := time.Unix(t, 0).UTC()
	m := time.Date(u.Year(), u.Month(), 1, 0, 0, 0, 0, time.UTC)
	return m.Unix(), m.AddDate(0, 1, 0).Unix()
}

// partitionName is the name of the monthly partition starting at start.
func partitionName(start int64) string {
	return "telemetry_readings_p" + time.Unix(start, 0).UTC().Format("200601")
}

// ensureMonths creates the monthly partitions of telemetry_readings the times fall in
// that do not exist yet, so that no reading lands in the default partition.
func (s *store) ensureMonths(ctx context.Context, times []int64) error {
	var missing []int64
	s.mu.Lock()
	for _, t := range times {
		start, _ := monthOf(t)
		if !s.months[start] && !slices.Contains(missing, start) {
			missing = append(missing, start)
		}
	}
	s.mu.Unlock()
	for _, start := range missing {
		if err := s.createMonth(ctx, start); err != nil {
			return err
		}
	}
	return nil
}

func (s *store) createMonth(ctx context.Context, start int64) error {
	_, end := monthOf(start)
	name := partitionName(start)
	// IF NOT EXISTS: another service on the database may have made it meanwhile
	ddl := fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %s PARTITION OF telemetry_readings FOR VALUES FROM (%d) TO (%d)`,
		pgx.Identifier{name}.Sanitize(), start, end)
	if _, err := s.pool.Exec(ctx, ddl); err != nil {
		var pgErr *pgconn.PgError
		// a concurrent CREATE of the same name: it exists now
		if !errors.As(err, &pgErr) || (pgErr.Code != "42P07" && pgErr.Code != "23505") {
			return fmt.Errorf("creating partition %s: %w", name, err)
		}
	}
	s.mu.Lock()
	s.months[start] = true
	s.mu.Unlock()
	return nil
}
