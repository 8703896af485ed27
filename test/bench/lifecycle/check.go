package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ponderSchema is the schema the Ponder app writes its tables to.
const ponderSchema = "lifecycle_ponder"

// compared are the projection tables both indexers build, with their primary keys: every
// column of ours must have its twin in Ponder's table and hold the same values row for row.
var compared = []struct {
	table string
	key   []string
}{
	{"assets", []string{"token_id"}},
	{"listings", []string{"id"}},
	{"rentals", []string{"id"}},
	{"accounts", []string{"address"}},
	{"usage_reports", []string{"rental_id", "nonce"}},
	{"tiers", []string{"tier"}},
	{"disputes", []string{"id"}},
	{"dispute_evidence", []string{"dispute_id", "block_number", "log_index"}},
	{"dispute_votes", []string{"dispute_id", "arbiter"}},
	// protocol v2
	{"settings", []string{"name"}},
	{"payment_tokens", []string{"address"}},
	{"outcome_deltas", []string{"outcome"}},
	{"platforms", []string{"address"}},
	{"platform_fees", []string{"block_number", "log_index"}},
	{"credit_moves", []string{"block_number", "log_index"}},
}

// summaries are the aggregate figures the report shows for both sides.
var summaries = []struct{ name, sql string }{
	{"assets (verified, with a device, listed)", `SELECT count(*)::text || ' (' || count(*) FILTER (WHERE verified) || ', ' || count(device) || ', ' || count(listing_id) || ')' FROM %s.assets`},
	{"listings by status / pledge state", `SELECT coalesce(string_agg(k || ' ' || n, ', ' ORDER BY k), '') FROM (SELECT status || '/' || pledge_state AS k, count(*) AS n FROM %s.listings GROUP BY 1) s`},
	{"rentals by status", `SELECT coalesce(string_agg(status || ' ' || n, ', ' ORDER BY status), '') FROM (SELECT status, count(*) AS n FROM %s.rentals GROUP BY 1) s`},
	{"sum of rent charged, late fees, refunds (tUSD units)", `SELECT coalesce(sum(rent_charged), 0)::text || ', ' || coalesce(sum(late_fee), 0) || ', ' || coalesce(sum(refund), 0) FROM %s.rentals`},
	{"accounts: count, sum of scores, blacklisted", `SELECT count(*)::text || ', ' || sum(score) || ', ' || count(*) FILTER (WHERE blacklisted) FROM %s.accounts`},
	{"sum of SHR rewards earned, SHR pledged (wei)", `SELECT sum(rewards_earned)::text || ', ' || sum(pledged) FROM %s.accounts`},
	{"usage reports, disputes resolved", `SELECT (SELECT count(*) FROM %[1]s.usage_reports)::text || ', ' || (SELECT count(*) FILTER (WHERE status = 'resolved') FROM %[1]s.disputes)`},
	{"rentals checked in, returned, extended inspections, with a renter's platform, paying a payee", `SELECT count(*) FILTER (WHERE checked_in)::text || ', ' || count(returned_at) || ', ' || count(*) FILTER (WHERE inspection_end - returned_at > 7200) || ', ' || count(platform) || ', ' || count(*) FILTER (WHERE payee <> provider) FROM %s.rentals`},
	{"cancellation fees, no-show charges (tUSD units)", `SELECT coalesce(sum(rent_charged) FILTER (WHERE status = 'cancelled'), 0)::text || ', ' || coalesce(sum(rent_charged) FILTER (WHERE status = 'no_show'), 0) FROM %s.rentals`},
	{"listings closed, with a payee, with a platform; assets locked", `SELECT (SELECT count(*) FILTER (WHERE status = 'closed')::text || ', ' || count(payee) || ', ' || count(platform) FROM %[1]s.listings) || '; ' || (SELECT count(*) FILTER (WHERE locked) FROM %[1]s.assets)`},
	{"platforms: listings, rentals, fees paid (tUSD units)", `SELECT (SELECT coalesce(sum(listings), 0)::text || ', ' || coalesce(sum(rentals), 0) FROM %[1]s.platforms) || ', ' || (SELECT coalesce(sum(amount), 0) FROM %[1]s.platform_fees)`},
	{"renters' open rentals: active, counted by the tier limit", `SELECT sum(active_rentals)::text || ', ' || sum(tier_rentals) FROM %s.accounts`},
}

// column is one column of a compared table.
type column struct{ name, typ string }

// compareProjections fingerprints every column of every compared table in both databases
// (md5 of its values in primary-key order, addresses and hashes as lower-case 0x-hex) and
// returns the aggregate summaries and the list of columns that differ.
func compareProjections(ctx context.Context, oursURL, ponderURL string) (summary [][3]string, mismatches []string, checked string, err error) {
	ours, err := pgx.Connect(ctx, oursURL)
	if err != nil {
		return nil, nil, "", err
	}
	defer ours.Close(context.Background())
	ponder, err := pgx.Connect(ctx, ponderURL)
	if err != nil {
		return nil, nil, "", err
	}
	defer ponder.Close(context.Background())

	nCols, nRows := 0, int64(0)
	for _, t := range compared {
		cols, err := columns(ctx, ours, "public", t.table)
		if err != nil {
			return nil, nil, "", err
		}
		pcols, err := columns(ctx, ponder, ponderSchema, t.table)
		if err != nil {
			return nil, nil, "", err
		}
		have := map[string]string{}
		for _, c := range pcols {
			have[c.name] = c.typ
		}
		var oursKey, ponderKey []string
		for _, k := range t.key {
			oursKey = append(oursKey, norm(k, typeOf(cols, k))+` COLLATE "C"`)
			ponderKey = append(ponderKey, norm(k, have[k])+` COLLATE "C"`)
		}
		var oursExpr, ponderExpr []string
		var names []string
		for _, c := range cols {
			if c.name == "chain_id" {
				// ours keys every row by its deployment (several may share a database);
				// a run indexes one, and Ponder keeps one chain per app schema
				continue
			}
			pt, ok := have[c.name]
			if !ok {
				mismatches = append(mismatches, fmt.Sprintf("%s.%s: no such column in Ponder's table", t.table, c.name))
				continue
			}
			names = append(names, c.name)
			oursExpr = append(oursExpr, fingerprint(norm(c.name, c.typ), oursKey))
			ponderExpr = append(ponderExpr, fingerprint(norm(c.name, pt), ponderKey))
		}
		q := func(schema string, exprs []string) string {
			return fmt.Sprintf("SELECT count(*)::text, %s FROM %s.%s", strings.Join(exprs, ", "),
				pgx.Identifier{schema}.Sanitize(), pgx.Identifier{t.table}.Sanitize())
		}
		a, err := scanAll(ctx, ours, q("public", oursExpr), len(names)+1)
		if err != nil {
			return nil, nil, "", fmt.Errorf("fingerprinting our %s: %w", t.table, err)
		}
		b, err := scanAll(ctx, ponder, q(ponderSchema, ponderExpr), len(names)+1)
		if err != nil {
			return nil, nil, "", fmt.Errorf("fingerprinting Ponder's %s: %w", t.table, err)
		}
		if a[0] != b[0] {
			mismatches = append(mismatches, fmt.Sprintf("%s: %s rows in ours, %s in Ponder's", t.table, a[0], b[0]))
			continue
		}
		var rows int64
		fmt.Sscan(a[0], &rows)
		nRows += rows
		for i, n := range names {
			nCols++
			if a[i+1] != b[i+1] {
				mismatches = append(mismatches, fmt.Sprintf("%s.%s differs (md5 %s in ours, %s in Ponder's)", t.table, n, a[i+1], b[i+1]))
			}
		}
	}
	for _, s := range summaries {
		a, err := scanAll(ctx, ours, fmt.Sprintf(s.sql, "public"), 1)
		if err != nil {
			return nil, nil, "", fmt.Errorf("%s (ours): %w", s.name, err)
		}
		b, err := scanAll(ctx, ponder, fmt.Sprintf(s.sql, ponderSchema), 1)
		if err != nil {
			return nil, nil, "", fmt.Errorf("%s (Ponder): %w", s.name, err)
		}
		summary = append(summary, [3]string{s.name, a[0], b[0]})
		if a[0] != b[0] {
			mismatches = append(mismatches, fmt.Sprintf("%s: %s in ours, %s in Ponder's", s.name, a[0], b[0]))
		}
	}
	checked = fmt.Sprintf("%d tables, %d columns, %d rows", len(compared), nCols, nRows)
	return summary, mismatches, checked, nil
}

func columns(ctx context.Context, conn *pgx.Conn, schema, table string) ([]column, error) {
	rows, err := conn.Query(ctx, `SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`, schema, table)
	if err != nil {
		return nil, err
	}
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (column, error) {
		var c column
		return c, r.Scan(&c.name, &c.typ)
	})
	if err == nil && len(cols) == 0 {
		err = fmt.Errorf("no table %s.%s", schema, table)
	}
	return cols, err
}

func typeOf(cols []column, name string) string {
	for _, c := range cols {
		if c.name == name {
			return c.typ
		}
	}
	return ""
}

// norm renders a column as text both sides agree on: bytea as 0x-hex (Ponder keeps hex
// as lower-case text), numbers in their decimal form, NULL as a marker.
func norm(name, typ string) string {
	id := pgx.Identifier{name}.Sanitize()
	if typ == "bytea" {
		return "'0x' || encode(" + id + ", 'hex')"
	}
	if typ == "numeric" || typ == "integer" || typ == "bigint" || typ == "smallint" {
		return id + "::numeric::text"
	}
	return "lower(" + id + "::text)"
}

// fingerprint is the md5 of a column's normalised values in the order of key.
func fingerprint(expr string, key []string) string {
	return "md5(string_agg(coalesce(" + expr + ", '∅'), ',' ORDER BY " + strings.Join(key, ", ") + "))"
}

// scanAll runs a one-row query and returns its n columns as text.
func scanAll(ctx context.Context, conn *pgx.Conn, sql string, n int) ([]string, error) {
	vals := make([]*string, n)
	dest := make([]any, n)
	for i := range vals {
		dest[i] = &vals[i]
	}
	if err := conn.QueryRow(ctx, sql, pgx.QueryExecModeSimpleProtocol).Scan(dest...); err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i, v := range vals {
		if v != nil {
			out[i] = *v
		}
	}
	return out, nil
}
