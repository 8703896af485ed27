// Package audit re-verifies the indexer's mirror against the chain, for auditors.
//
// [Verify] fetches the logs of the followed contracts again with eth_getLogs, over the
// same adaptive block ranges the indexer uses, and compares them one by one with the
// rows of the events table: position (block number, log index), block hash and time,
// transaction hash and index, address, topics and data, and what decoding the log again
// gives (contract, name, args, refs). It reports logs the database lacks, rows the chain
// does not have (a reorged-out block, a duplicate, a forgery), differing fields and
// differing counts per block range. It streams: one range of logs and the matching rows
// are in memory at a time, so it runs in bounded memory on millions of events.
//
// With [Config.Projections] it also compares the projection tables (assets, listings,
// rentals, accounts, tiers, disputes) with the contracts' view functions, read with
// eth_call at the indexer's block so that both sides describe the same state.
//
// Each mismatch is written as one line to [Config.Out] as it is found, then a summary.
package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

var (
	// ErrMismatch is wrapped by [Report.Err] when the database and the chain disagree.
	ErrMismatch = errors.New("mismatches")
	// ErrBeyondIndexed means the requested range ends above the indexer's cursor: rows
	// that are not written yet cannot be audited.
	ErrBeyondIndexed = errors.New("range ends above the indexed block")
	// ErrBadRange means the requested range is empty or starts below the manifest's
	// start block, where the indexer stores nothing.
	ErrBadRange = errors.New("invalid block range")
	// ErrNotIndexed means the indexer has not started on the manifest's chain.
	ErrNotIndexed = errors.New("the indexer has not indexed this chain")
)

// The kinds of mismatch.
const (
	KindMissing    = "missing"    // a chain log without a row
	KindExtra      = "extra"      // a row without a chain log
	KindField      = "field"      // a row whose field differs from the chain log
	KindCount      = "count"      // a block range whose log and row counts differ
	KindProjection = "projection" // a projection row that differs from the contracts' state
)

// Mismatch is one disagreement between the database and the chain.
type Mismatch struct {
	Kind     string
	Block    uint64      // events: the block number
	Tx       common.Hash // events: the transaction hash (zero when unknown)
	LogIndex uint        // events: the log index
	ToBlock  uint64      // count: the range's last block
	Table    string      // projection: the table
	ID       string      // projection: the row's key
	Field    string      // the differing field or column; "" for a missing or extra row
	Database string      // the database's value
	Chain    string      // the chain's value
}

// String formats m as one logfmt line.
func (m Mismatch) String() string {
	var b strings.Builder
	b.WriteString("mismatch kind=" + m.Kind)
	switch m.Kind {
	case KindCount:
		fmt.Fprintf(&b, " blocks=%d..%d", m.Block, m.ToBlock)
	case KindProjection:
		fmt.Fprintf(&b, " table=%s id=%s", m.Table, m.ID)
	default:
		fmt.Fprintf(&b, " block=%d tx=%s log=%d", m.Block, m.Tx.Hex(), m.LogIndex)
	}
	if m.Field != "" {
		b.WriteString(" field=" + m.Field)
	}
	b.WriteString(" database=" + strconv.Quote(m.Database))
	b.WriteString(" chain=" + strconv.Quote(m.Chain))
	return b.String()
}

// Config says what to audit and where.
type Config struct {
	Manifest *manifest.Manifest
	Pool     *pgxpool.Pool // the indexer's database
	RPCURL   string        // HTTP JSON-RPC of the chain

	// From and To bound the audited blocks, inclusive. Zero From is the manifest's
	// start block; zero To is the indexer's indexed block.
	From, To uint64
	// Projections adds the comparison of the projection tables with the contracts.
	Projections bool

	// Out receives one line per mismatch and the summary; required.
	Out io.Writer
	// Progress receives a progress line every few seconds; optional (stderr).
	Progress io.Writer
	// ProgressEvery is the progress period; default 5 s.
	ProgressEvery time.Duration
}

// Report is the outcome of [Verify].
type Report struct {
	From, To     uint64 // the audited blocks
	IndexedBlock uint64 // the indexer's cursor when the audit started
	ChainLogs    int64  // logs fetched from the chain
	Rows         int64  // event rows read from the database
	Compared     int64  // logs found on both sides and compared field by field
	Projected    int64  // projection rows compared (with Projections)
	// ProjectionBlock is the indexed block the projections were read at; the cursor
	// may have moved on since IndexedBlock.
	ProjectionBlock uint64
	Mismatches      int64
	ByKind          map[string]int64
}

// Err returns nil when nothing differs, else an error wrapping [ErrMismatch] that
// reads "N mismatches".
func (r *Report) Err() error {
	if r.Mismatches == 0 {
		return nil
	}
	return fmt.Errorf("%d %w", r.Mismatches, ErrMismatch)
}

// auditor carries one run's state.
type auditor struct {
	cfg Config
	dec *decode.Decoder
	// children are the splits the events check found on the chain (nil before it runs)
	children *chainLogs
	report   *Report
	werr     error // the first error writing to Out

	lastProgress time.Time
}

func (a *auditor) mismatch(m Mismatch) {
	a.report.Mismatches++
	a.report.ByKind[m.Kind]++
	if a.werr == nil {
		_, a.werr = fmt.Fprintln(a.cfg.Out, m.String())
	}
}

// progress writes a progress line when ProgressEvery has passed since the last one, so
// that only long runs print any.
func (a *auditor) progress(format string, args ...any) {
	if a.cfg.Progress == nil || time.Since(a.lastProgress) < a.cfg.ProgressEvery {
		return
	}
	a.lastProgress = time.Now()
	fmt.Fprintf(a.cfg.Progress, "audit: "+format+"\n", args...)
}

// Verify audits the database against the chain as cfg says and writes every mismatch
// and a summary to cfg.Out. A non-nil error means the audit could not finish (bad
// range, RPC or database failure); disagreements are in the Report (see [Report.Err]).
func Verify(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Manifest == nil || cfg.Pool == nil || cfg.Out == nil || cfg.RPCURL == "" {
		return nil, errors.New("audit: Manifest, Pool, RPCURL and Out are required")
	}
	if cfg.ProgressEvery <= 0 {
		cfg.ProgressEvery = 5 * time.Second
	}
	dec, err := decode.NewDecoder(cfg.Manifest.Followed())
	if err != nil {
		return nil, err
	}
	var indexed int64
	err = cfg.Pool.QueryRow(ctx, `SELECT indexed_block FROM indexer_state WHERE chain_id = $1`, int64(cfg.Manifest.ChainID)).Scan(&indexed)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("chain %d: %w", cfg.Manifest.ChainID, ErrNotIndexed)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the indexer's cursor: %w", err)
	}
	if indexed < int64(cfg.Manifest.StartBlock) {
		return nil, fmt.Errorf("chain %d: %w (no block indexed yet)", cfg.Manifest.ChainID, ErrNotIndexed)
	}
	from, to := cfg.From, cfg.To
	if from == 0 {
		from = cfg.Manifest.StartBlock
	}
	if to == 0 {
		to = uint64(indexed)
	}
	switch {
	case from < cfg.Manifest.StartBlock:
		return nil, fmt.Errorf("%w: --from %d is below the manifest's start block %d", ErrBadRange, from, cfg.Manifest.StartBlock)
	case to > uint64(indexed):
		return nil, fmt.Errorf("%w: --to %d, but the indexer has reached block %d", ErrBeyondIndexed, to, indexed)
	case from > to:
		return nil, fmt.Errorf("%w: --from %d is above --to %d", ErrBadRange, from, to)
	}

	a := &auditor{cfg: cfg, dec: dec, report: &Report{From: from, To: to, IndexedBlock: uint64(indexed), ByKind: map[string]int64{}},
		lastProgress: time.Now()}
	if err := a.events(ctx, from, to); err != nil {
		return a.report, err
	}
	if cfg.Projections {
		if err := a.projections(ctx); err != nil {
			return a.report, err
		}
	}
	a.summary()
	return a.report, a.werr
}

func (a *auditor) summary() {
	r := a.report
	w := a.cfg.Out
	fmt.Fprintf(w, "audited blocks %d..%d (%d blocks, indexed block %d): %d chain logs, %d database rows, %d compared\n",
		r.From, r.To, r.To-r.From+1, r.IndexedBlock, r.ChainLogs, r.Rows, r.Compared)
	if a.cfg.Projections {
		fmt.Fprintf(w, "projections at block %d: %d rows compared\n", r.ProjectionBlock, r.Projected)
	}
	if r.Mismatches == 0 {
		fmt.Fprintln(w, "mismatches: 0")
		return
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(r.ByKind)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, r.ByKind[k]))
	}
	_, err := fmt.Fprintf(w, "mismatches: %d (%s)\n", r.Mismatches, strings.Join(parts, ", "))
	if a.werr == nil {
		a.werr = err
	}
}
