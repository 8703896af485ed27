package projection

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ErrNotFound means no row has the id asked for.
var ErrNotFound = errors.New("not found")

// Querier runs the View's queries: a pool, a connection or a transaction (the auditor
// reads through a repeatable-read one).
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// View reads the projection tables of one deployment. It never writes: serve, keeper
// and audit read the indexer's tables through it alone, and in production it connects
// with a read-only role (deploy/README.md).
type View struct {
	q       Querier
	chainID int64
}

// NewView returns the View of chainID's rows through q.
func NewView(q Querier, chainID uint64) *View { return &View{q: q, chainID: int64(chainID)} }

// At is what a read may see: rows whose last change is at or below MaxBlock (the
// finalized block for finalized=true reads, else [Latest]), with Time the time of the
// latest indexed block, against which a verification's validUntil is compared.
type At struct {
	MaxBlock int64
	Time     uint64
}

// Latest is the MaxBlock that hides no row.
const Latest = int64(1<<63 - 1)

// conds collects the conditions of a list query and their arguments. Only the filters a
// request sets become SQL, so that each combination is a statement of its own whose plan
// fits it: written as "($n IS NULL OR r.id > $n)", a keyset condition cannot seek in an
// index under a generic plan, so PostgreSQL replans such a prepared statement on every
// execution (or, with a generic plan, reads every row before the cursor).
type conds struct {
	sql  []string
	args []any
}

// add appends cond, whose "%d" becomes the placeholder number of arg.
func (c *conds) add(cond string, arg any) {
	c.args = append(c.args, arg)
	c.sql = append(c.sql, fmt.Sprintf(cond, len(c.args)))
}

// arg appends arg and returns its placeholder.
func (c *conds) arg(arg any) string {
	c.args = append(c.args, arg)
	return "$" + strconv.Itoa(len(c.args))
}

func (c *conds) where() string { return strings.Join(c.sql, " AND ") }

// base starts the conditions of a list on alias: the chain, and the rows At shows.
func (v *View) base(alias string, at At) *conds {
	c := &conds{}
	c.add(alias+".chain_id = $%d", v.chainID)
	if at.MaxBlock != Latest {
		c.add(alias+".updated_block <= $%d", at.MaxBlock)
	}
	return c
}

// list runs a list query of t's rows under the alias t and collects them: at most limit,
// or all of them for a limit ≤ 0 (the short tables of settings).
func list[R any](ctx context.Context, v *View, t *table[R], c *conds, order string, limit int) ([]*R, error) {
	q := `SELECT ` + t.selected + ` FROM ` + t.name + ` t WHERE ` + c.where() + ` ORDER BY ` + order
	if limit > 0 {
		q += ` LIMIT ` + c.arg(limit)
	}
	rows, err := v.q.Query(ctx, q, c.args...)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", t.name, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*R, error) { return t.scan(r) })
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", t.name, err)
	}
	return out, nil
}

// one reads the row of t whose single primary key column is key, as At shows it.
func one[R any](ctx context.Context, v *View, t *table[R], at At, key any) (*R, error) {
	c := v.base("t", at)
	c.add("t."+t.pk[0].name+" = $%d", key)
	rows, err := list(ctx, v, t, c, "t."+t.pk[0].name, 1)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, ErrNotFound
	}
	return rows[0], nil
}
