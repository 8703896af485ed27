package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/telemetry"
)

// The telemetry tables (migration 000008) are written by `sharechain telemetry`; the
// anchors (telemetry_anchors) by the indexer. A reading's epoch is the epoch whose id
// range holds its id, and it is anchored when telemetry_anchors has that epoch with the
// same root: until then the API says epoch null (and a proof is 409).

// readingRow is a stored reading with its anchored epoch.
type readingRow struct {
	tokenID   string
	device    common.Address
	seq       uint64
	time      uint64
	kind      string
	value     *big.Int
	signature []byte
	epoch     *int64
}

// epochJoin finds a reading's (alias r, id column idCol) epoch e and, when anchored, its
// anchor a; anchors above maxBlock (a finalized=true read) are not seen.
func epochJoin(idCol, maxBlockArg string) string {
	return ` LEFT JOIN LATERAL (
			SELECT e.epoch, e.first_id, e.count, e.root FROM telemetry_epochs e
			WHERE e.chain_id = $1 AND e.last_id >= ` + idCol + ` ORDER BY e.last_id LIMIT 1
		) e ON e.first_id <= ` + idCol + `
		LEFT JOIN telemetry_anchors a ON a.chain_id = $1 AND a.epoch = e.epoch AND a.root = e.root AND a.block_number <= ` + maxBlockArg
}

type readingFilter struct {
	tokenID  *big.Int
	kind     string
	from, to *int64
	after    *[3]*big.Int // time, device, seq of the last row of the previous page
	limit    int
}

// readings lists an asset's readings by (time, device, seq).
func (d *db) readings(ctx context.Context, v view, f readingFilter) ([]readingRow, error) {
	args := []any{d.chainID, f.tokenID.String(), v.maxBlock()}
	arg := func(x any) string { args = append(args, x); return "$" + strconv.Itoa(len(args)) }
	where := []string{"r.chain_id = $1", "r.token_id = $2::numeric"}
	if f.kind != "" {
		where = append(where, "r.kind = "+arg(f.kind))
	}
	if f.from != nil {
		where = append(where, "r.time >= "+arg(*f.from))
	}
	if f.to != nil {
		where = append(where, "r.time < "+arg(*f.to))
	}
	if f.after != nil {
		where = append(where, fmt.Sprintf("(r.time, r.device, r.seq) > (%s, %s, %s)", arg(f.after[0].Int64()),
			arg(common.BigToAddress(f.after[1]).Bytes()), arg(f.after[2].Int64())))
	}
	q := `SELECT r.token_id::text, r.device, r.seq, r.time, r.kind, r.value::text, r.signature, a.epoch
		FROM telemetry_readings r` + epochJoin("r.id", "$3") + `
		WHERE ` + strings.Join(where, " AND ") + `
		ORDER BY r.time, r.device, r.seq LIMIT ` + arg(f.limit)
	rows, err := d.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading telemetry: %w", err)
	}
	out, err := pgx.CollectRows(rows, scanReading)
	if err != nil {
		return nil, fmt.Errorf("reading telemetry: %w", err)
	}
	return out, nil
}

func scanReading(row pgx.CollectableRow) (readingRow, error) {
	var (
		r             readingRow
		device        []byte
		seq, t        int64
		value         string
		epoch         *int64
		tokenID, kind string
		sig           []byte
	)
	if err := row.Scan(&tokenID, &device, &seq, &t, &kind, &value, &sig, &epoch); err != nil {
		return r, err
	}
	v, ok := new(big.Int).SetString(value, 10)
	if !ok {
		return r, fmt.Errorf("reading value %q is not an integer", value)
	}
	return readingRow{tokenID: tokenID, device: common.BytesToAddress(device), seq: uint64(seq), time: uint64(t), kind: kind,
		value: v, signature: sig, epoch: epoch}, nil
}

// proofRow is a reading found by (device, seq), with its epoch and anchor when it has them,
// and its proof when anchored.
type proofRow struct {
	readingRow
	leaf        common.Hash
	epochNo     *int64 // the epoch holding it, anchored or not
	root        common.Hash
	anchorTx    []byte
	anchorBlock *int64
	node        *int64 // the leaf's node in its anchored epoch's tree; nil when not anchored or not found there
	proof       []byte // the siblings from the leaf up, 32 bytes each (none for a tree of one leaf)
}

// readingBySeqSQL reads a reading, its epoch and anchor, and its proof, in one statement
// and one round trip. telemetry_seqs gives the reading's time, which finds its partition,
// and its id, which finds its epoch. When the epoch is anchored:
//
//   - the leaf's page is the page of the epoch's tree with the greatest min_leaf ≤ the
//     leaf (telemetry.Tree.Page): one probe of idx_telemetry_tree_pages_leaf, where a
//     binary search over the sorted leaves read ~log₂ n nodes one at a time;
//   - its node is that page's first node + the leaf's offset in it (position() over the
//     page's 7 KiB, aligned to 32 bytes, or no proof);
//   - the proof is the sibling of each of its ancestors from the node up, below the root,
//     as telemetry.ProofIndexes lists them: the ancestor k levels up of node i is
//     ((i + 1) >> k) − 1, its sibling the next node when it is odd, else the one before;
//     each a 32-byte substring of its page, concatenated in order.
//
// The pages are inline (STORAGE PLAIN), so a node costs a primary-key probe and one heap
// page, and the upper levels share page 0. pgx prepares the statement once per
// connection (QueryExecModeCacheStatement), and PostgreSQL keeps a generic plan for it.
var readingBySeqSQL = `SELECT r.token_id::text, r.device, r.seq, r.time, r.kind, r.value::text, r.signature, a.epoch,
		s.leaf, e.epoch, e.root, a.tx_hash, a.block_number, l.i, pf.proof
	FROM telemetry_seqs s
	JOIN telemetry_readings r ON r.chain_id = s.chain_id AND r.time = s.time AND r.device = s.device AND r.seq = s.seq` +
	epochJoin("s.id", "$4") + `
	LEFT JOIN LATERAL (
		SELECT p.page, p.nodes FROM telemetry_tree_pages p
		WHERE p.chain_id = $1 AND p.epoch = a.epoch AND p.min_leaf <= s.leaf
		ORDER BY p.min_leaf DESC LIMIT 1
	) lp ON true
	LEFT JOIN LATERAL (
		SELECT lp.page::bigint * ` + pageNodes + ` + (position(s.leaf IN lp.nodes) - 1) / 32 AS i
		WHERE position(s.leaf IN lp.nodes) % 32 = 1
	) l ON true
	LEFT JOIN LATERAL (
		SELECT coalesce(string_agg(substring(t.nodes FROM (32 * (w.sib % ` + pageNodes + `) + 1)::int FOR 32), ''::bytea ORDER BY w.k),
			''::bytea) AS proof
		FROM (
			SELECT k, CASE WHEN ((l.i + 1) >> k) % 2 = 0 THEN (l.i + 1) >> k ELSE ((l.i + 1) >> k) - 2 END AS sib
			FROM generate_series(0, 62) k WHERE ((l.i + 1) >> k) > 1
		) w
		JOIN telemetry_tree_pages t ON t.chain_id = $1 AND t.epoch = a.epoch AND t.page = (w.sib / ` + pageNodes + `)::int
	) pf ON l.i IS NOT NULL
	WHERE s.chain_id = $1 AND s.device = $2 AND s.seq = $3`

var pageNodes = strconv.Itoa(telemetry.PageNodes)

// readingBySeq reads the reading device sent as seq, with its proof when anchored.
func (d *db) readingBySeq(ctx context.Context, v view, device common.Address, seq int64) (*proofRow, error) {
	rows, err := d.pool.Query(ctx, readingBySeqSQL, d.chainID, device.Bytes(), seq, v.maxBlock())
	if err != nil {
		return nil, fmt.Errorf("reading telemetry %s/%d: %w", device.Hex(), seq, err)
	}
	p, err := pgx.CollectExactlyOneRow(rows, func(row pgx.CollectableRow) (*proofRow, error) {
		var (
			p                          proofRow
			device, sig, leaf, root    []byte
			seq, t                     int64
			tokenID, kind, value       string
			epochAnchored, epochNumber *int64
		)
		if err := row.Scan(&tokenID, &device, &seq, &t, &kind, &value, &sig, &epochAnchored, &leaf, &epochNumber, &root,
			&p.anchorTx, &p.anchorBlock, &p.node, &p.proof); err != nil {
			return nil, err
		}
		val, ok := new(big.Int).SetString(value, 10)
		if !ok {
			return nil, fmt.Errorf("reading value %q is not an integer", value)
		}
		p.readingRow = readingRow{tokenID: tokenID, device: common.BytesToAddress(device), seq: uint64(seq), time: uint64(t),
			kind: kind, value: val, signature: sig, epoch: epochAnchored}
		p.leaf, p.root, p.epochNo = common.BytesToHash(leaf), common.BytesToHash(root), epochNumber
		return &p, nil
	})
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("reading telemetry %s/%d: %w", device.Hex(), seq, err)
	}
	return p, nil
}

// owns reports whether a owns token now.
func (d *db) owns(ctx context.Context, token string, a common.Address) (bool, error) {
	var ok bool
	err := d.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM assets WHERE chain_id = $1 AND token_id = $2::numeric AND owner = $3)`,
		d.chainID, token, a.Bytes()).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("reading the owner of asset %s: %w", token, err)
	}
	return ok, nil
}

// partySlots returns the slots [start, min(returned_at, end)) of token's checked-in
// rentals in which a is the renter or the provider: the readings a may see exactly.
func (d *db) partySlots(ctx context.Context, token string, a common.Address) ([][2]uint64, error) {
	rows, err := d.pool.Query(ctx, `SELECT start_time::text, LEAST(end_time, coalesce(returned_at, end_time))::text FROM rentals
		WHERE chain_id = $1 AND token_id = $2::numeric AND checked_in AND (renter = $3 OR provider = $3)`,
		d.chainID, token, a.Bytes())
	if err != nil {
		return nil, fmt.Errorf("reading the rentals of %s: %w", a.Hex(), err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) ([2]uint64, error) {
		var s, e string
		if err := row.Scan(&s, &e); err != nil {
			return [2]uint64{}, err
		}
		start, err1 := strconv.ParseUint(s, 10, 64)
		end, err2 := strconv.ParseUint(e, 10, 64)
		return [2]uint64{start, end}, errors.Join(err1, err2)
	})
}

// kindStat is one kind's aggregates over a window.
type kindStat struct {
	kind                  string
	n                     int64
	min, max, first, last *big.Int
}

// kindStats aggregates token's readings in [from, to) per kind: count, min and max over
// the window's rows of the asset, first and last by (time, device, seq) through the
// asset index.
func (d *db) kindStats(ctx context.Context, token string, from, to uint64) ([]kindStat, error) {
	const q = `WITH k AS (
			SELECT kind, count(*) AS n, min(value) AS lo, max(value) AS hi FROM telemetry_readings
			WHERE chain_id = $1 AND token_id = $2::numeric AND time >= $3 AND time < $4 GROUP BY kind
		)
		SELECT k.kind, k.n, k.lo::text, k.hi::text, f.value::text, l.value::text FROM k
		CROSS JOIN LATERAL (SELECT value FROM telemetry_readings r WHERE r.chain_id = $1 AND r.token_id = $2::numeric
			AND r.time >= $3 AND r.time < $4 AND r.kind = k.kind ORDER BY r.time, r.device, r.seq LIMIT 1) f
		CROSS JOIN LATERAL (SELECT value FROM telemetry_readings r WHERE r.chain_id = $1 AND r.token_id = $2::numeric
			AND r.time >= $3 AND r.time < $4 AND r.kind = k.kind ORDER BY r.time DESC, r.device DESC, r.seq DESC LIMIT 1) l
		ORDER BY k.kind`
	rows, err := d.pool.Query(ctx, q, d.chainID, token, int64(from), int64(to))
	if err != nil {
		return nil, fmt.Errorf("reading telemetry stats: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (kindStat, error) {
		var (
			k              kindStat
			lo, hi, fv, lv string
		)
		if err := row.Scan(&k.kind, &k.n, &lo, &hi, &fv, &lv); err != nil {
			return k, err
		}
		k.min, _ = new(big.Int).SetString(lo, 10)
		k.max, _ = new(big.Int).SetString(hi, 10)
		k.first, _ = new(big.Int).SetString(fv, 10)
		k.last, _ = new(big.Int).SetString(lv, 10)
		return k, nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading telemetry stats: %w", err)
	}
	return out, nil
}

// lastSeen is the time of token's latest reading before to, or nil.
func (d *db) lastSeen(ctx context.Context, token string, to uint64) (*uint64, error) {
	var t *int64
	err := d.pool.QueryRow(ctx, `SELECT max(time) FROM telemetry_readings WHERE chain_id = $1 AND token_id = $2::numeric AND time < $3`,
		d.chainID, token, int64(to)).Scan(&t)
	if err != nil {
		return nil, fmt.Errorf("reading when asset %s was last seen: %w", token, err)
	}
	if t == nil {
		return nil, nil
	}
	u := uint64(*t)
	return &u, nil
}

// maxWindowRentals bounds the rentals of one stats window: rentals of an asset do not
// overlap and last at least minRentalSeconds (an hour as deployed), so a 366-day window
// holds under 9 000 of them.
const maxWindowRentals = 10_000

// rentalSpans returns token's checked-in rentals whose hold [start, returned_at or end)
// meets [from, to), by start.
func (d *db) rentalSpans(ctx context.Context, v view, token string, from, to uint64) ([]rentalSpan, error) {
	rows, err := d.pool.Query(ctx, `SELECT id::text, start_time::text, end_time::text, returned_at::text FROM rentals
		WHERE chain_id = $1 AND token_id = $2::numeric AND checked_in AND updated_block <= $5
		AND start_time < $4::numeric AND coalesce(returned_at, end_time) > $3::numeric
		ORDER BY start_time, id LIMIT $6`, d.chainID, token, strconv.FormatUint(from, 10), strconv.FormatUint(to, 10),
		v.maxBlock(), maxWindowRentals)
	if err != nil {
		return nil, fmt.Errorf("reading the rentals of asset %s: %w", token, err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (rentalSpan, error) {
		var (
			id, s, e string
			ret      *string
		)
		if err := row.Scan(&id, &s, &e, &ret); err != nil {
			return rentalSpan{}, err
		}
		start, err1 := strconv.ParseUint(s, 10, 64)
		end, err2 := strconv.ParseUint(e, 10, 64)
		var returned *uint64
		if ret != nil {
			r, err := strconv.ParseUint(*ret, 10, 64)
			if err != nil {
				return rentalSpan{}, err
			}
			returned = &r
		}
		return newRentalSpan(id, start, end, returned), errors.Join(err1, err2)
	})
}

// samples reads up to limit of token's readings in [from, to), by (time, device, seq).
func (d *db) samples(ctx context.Context, token string, from, to uint64, limit int) ([]sample, error) {
	rows, err := d.pool.Query(ctx, `SELECT device, seq, time, kind, value::text FROM telemetry_readings
		WHERE chain_id = $1 AND token_id = $2::numeric AND time >= $3 AND time < $4
		ORDER BY time, device, seq LIMIT $5`, d.chainID, token, int64(from), int64(to), limit)
	if err != nil {
		return nil, fmt.Errorf("reading telemetry of asset %s: %w", token, err)
	}
	out := make([]sample, 0, 256)
	var (
		device []byte
		seq, t int64
		kind   string
		value  string
	)
	_, err = pgx.ForEachRow(rows, []any{&device, &seq, &t, &kind, &value}, func() error {
		v, ok := new(big.Int).SetString(value, 10)
		if !ok {
			return fmt.Errorf("reading value %q is not an integer", value)
		}
		out = append(out, sample{device: common.BytesToAddress(device), seq: uint64(seq), time: uint64(t), kind: kind, value: v})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading telemetry of asset %s: %w", token, err)
	}
	return out, nil
}
