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

// proofRow is a reading found by (device, seq), with its epoch and anchor when it has them.
type proofRow struct {
	readingRow
	leaf        common.Hash
	epochNo     *int64 // the epoch holding it, anchored or not
	count       int64
	root        common.Hash
	anchorTx    []byte
	anchorBlock *int64
}

// readingBySeq reads the reading device sent as seq: telemetry_seqs gives its time, which
// finds its partition, and its id, which finds its epoch.
func (d *db) readingBySeq(ctx context.Context, v view, device common.Address, seq int64) (*proofRow, error) {
	q := `SELECT r.token_id::text, r.device, r.seq, r.time, r.kind, r.value::text, r.signature, a.epoch,
			s.leaf, e.epoch, e.count, e.root, a.tx_hash, a.block_number
		FROM telemetry_seqs s
		JOIN telemetry_readings r ON r.chain_id = s.chain_id AND r.time = s.time AND r.device = s.device AND r.seq = s.seq` +
		epochJoin("s.id", "$4") + `
		WHERE s.chain_id = $1 AND s.device = $2 AND s.seq = $3`
	rows, err := d.pool.Query(ctx, q, d.chainID, device.Bytes(), seq, v.maxBlock())
	if err != nil {
		return nil, fmt.Errorf("reading telemetry %s/%d: %w", device.Hex(), seq, err)
	}
	p, err := pgx.CollectExactlyOneRow(rows, func(row pgx.CollectableRow) (*proofRow, error) {
		var (
			p                          proofRow
			device, sig, leaf, root    []byte
			seq, t                     int64
			tokenID, kind, value       string
			count                      *int64
			epochAnchored, epochNumber *int64
		)
		if err := row.Scan(&tokenID, &device, &seq, &t, &kind, &value, &sig, &epochAnchored, &leaf, &epochNumber, &count, &root,
			&p.anchorTx, &p.anchorBlock); err != nil {
			return nil, err
		}
		val, ok := new(big.Int).SetString(value, 10)
		if !ok {
			return nil, fmt.Errorf("reading value %q is not an integer", value)
		}
		p.readingRow = readingRow{tokenID: tokenID, device: common.BytesToAddress(device), seq: uint64(seq), time: uint64(t),
			kind: kind, value: val, signature: sig, epoch: epochAnchored}
		p.leaf, p.root, p.epochNo = common.BytesToHash(leaf), common.BytesToHash(root), epochNumber
		if count != nil {
			p.count = *count
		}
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

// proofNodes finds leaf in the tree of epoch (count leaves) and returns the node at its
// index followed by its proof. The sorted leaves are nodes 2n−2 down to n−1 of the
// tree (telemetry.Tree), so a binary search over them reads one node per step; then the
// proof is the sibling of each node on the way to the root (telemetry.ProofIndexes).
// Each node is a 32-byte slice of its page (node i: bytes [32·(i mod 1024), +32) of page
// i/1024), so the one statement reads about 2·log₂ n slices of TOASTed pages and never a
// whole tree.
func (d *db) proofNodes(ctx context.Context, epoch, count int64, leaf common.Hash) ([]common.Hash, error) {
	const q = `WITH RECURSIVE
		search(lo, hi) AS (
			SELECT 0::bigint, $3::bigint
			UNION ALL
			SELECT CASE WHEN p.node < $4 THEN m.mid + 1 ELSE s.lo END, CASE WHEN p.node < $4 THEN s.hi ELSE m.mid END
			FROM search s
			CROSS JOIN LATERAL (SELECT (s.lo + s.hi) / 2 AS mid, 2 * $3::bigint - 2 - (s.lo + s.hi) / 2 AS i) m
			CROSS JOIN LATERAL (
				SELECT substring(t.nodes FROM (32 * (m.i % 1024) + 1)::int FOR 32) AS node FROM telemetry_tree_pages t
				WHERE t.chain_id = $1 AND t.epoch = $2 AND t.page = (m.i / 1024)::int
			) p
			WHERE s.lo < s.hi
		),
		walk(i, depth, node) AS (
			SELECT 2 * $3::bigint - 2 - lo, 0, 2 * $3::bigint - 2 - lo FROM search WHERE lo >= hi
			UNION ALL
			SELECT (i - 1) / 2, depth + 1, CASE WHEN i % 2 = 1 THEN i + 1 ELSE i - 1 END FROM walk WHERE i > 0
		)
		SELECT substring(t.nodes FROM (32 * (w.node % 1024) + 1)::int FOR 32)
		FROM walk w JOIN telemetry_tree_pages t ON t.chain_id = $1 AND t.epoch = $2 AND t.page = (w.node / 1024)::int
		ORDER BY w.depth`
	rows, err := d.pool.Query(ctx, q, d.chainID, epoch, count, leaf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("reading the proof in epoch %d: %w", epoch, err)
	}
	nodes, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (common.Hash, error) {
		var b []byte
		err := row.Scan(&b)
		return common.BytesToHash(b), err
	})
	if err != nil {
		return nil, fmt.Errorf("reading the proof in epoch %d: %w", epoch, err)
	}
	return nodes, nil
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
