package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/jackc/pgx/v5"
)

// table names a projection table and its primary key columns.
type table struct {
	name string
	pk   []string
}

// joinOn is the SQL condition matching t's primary key with the record k.
func (t *table) joinOn() string {
	var b strings.Builder
	for i, c := range t.pk {
		if i > 0 {
			b.WriteString(" AND ")
		}
		fmt.Fprintf(&b, "t.%s = k.%s", c, c)
	}
	return b.String()
}

// rows is the working set of one projection table during a batch: the rows looked up
// (with their pre-images, for undo) and which of them the batch changed.
type rows[T any, P keyed[T]] struct {
	t      *table
	keyObj func(key string) any // the JSON object of a key's primary key columns
	byKey  map[string]*T
	pre    map[string]json.RawMessage // for every key looked up: its row before the batch, nil when absent
	dirty  map[string]struct{}
	order  []string // dirty keys in first-change order, for deterministic writes
}

// keyed is a projection row type that knows its map key.
type keyed[T any] interface {
	*T
	key() string
}

func newRows[T any, P keyed[T]](t *table, keyObj func(string) any) *rows[T, P] {
	return &rows[T, P]{t: t, keyObj: keyObj, byKey: map[string]*T{}, pre: map[string]json.RawMessage{}, dirty: map[string]struct{}{}}
}

// load fetches the rows of keys not looked up yet, in one query.
func (r *rows[T, P]) load(ctx context.Context, tx pgx.Tx, keys []string) error {
	var want []any
	for _, k := range keys {
		if _, seen := r.pre[k]; seen {
			continue
		}
		r.pre[k] = nil
		want = append(want, r.keyObj(k))
	}
	if len(want) == 0 {
		return nil
	}
	keyJSON, err := json.Marshal(want)
	if err != nil {
		return err
	}
	q := fmt.Sprintf(`SELECT to_jsonb(t) FROM %s t JOIN jsonb_populate_recordset(NULL::%s, $1::jsonb) k ON %s`,
		r.t.name, r.t.name, r.t.joinOn())
	found, err := tx.Query(ctx, q, keyJSON)
	if err != nil {
		return fmt.Errorf("loading %s: %w", r.t.name, err)
	}
	defer found.Close()
	for found.Next() {
		var raw json.RawMessage
		if err := found.Scan(&raw); err != nil {
			return fmt.Errorf("loading %s: %w", r.t.name, err)
		}
		row := new(T)
		if err := json.Unmarshal(raw, row); err != nil {
			return fmt.Errorf("decoding a %s row: %w", r.t.name, err)
		}
		k := P(row).key()
		if _, asked := r.pre[k]; !asked {
			return fmt.Errorf("store: loaded %s row %s that was not asked for", r.t.name, k)
		}
		r.byKey[k] = row
		r.pre[k] = append(json.RawMessage(nil), raw...)
	}
	return found.Err()
}

// get returns the row of key, loading it alone when the prefetch missed it; nil when
// it does not exist.
func (r *rows[T, P]) get(ctx context.Context, tx pgx.Tx, key string) (*T, error) {
	if _, seen := r.pre[key]; !seen {
		if err := r.load(ctx, tx, []string{key}); err != nil {
			return nil, err
		}
	}
	return r.byKey[key], nil
}

// put records row as the new state of key.
func (r *rows[T, P]) put(key string, row *T) {
	if _, seen := r.pre[key]; !seen {
		// a row created without a lookup: only append-only tables do this.
		r.pre[key] = nil
	}
	r.byKey[key] = row
	if _, ok := r.dirty[key]; !ok {
		r.dirty[key] = struct{}{}
		r.order = append(r.order, key)
	}
}

// save writes the changed rows — new ones by COPY, updated ones by delete and insert
// through JSON — and, when undo is set, their pre-images for a rollback of the batch
// [from, to].
func (r *rows[T, P]) save(ctx context.Context, tx pgx.Tx, undo bool, from, to uint64) error {
	if len(r.order) == 0 {
		return nil
	}
	// each changed row also serves as its own key: the joins read only the key columns.
	encoded := make([]json.RawMessage, len(r.order))
	var updated []json.RawMessage
	var created [][]any
	for i, k := range r.order {
		if undo || r.pre[k] != nil {
			b, err := json.Marshal(r.byKey[k])
			if err != nil {
				return fmt.Errorf("encoding %s rows: %w", r.t.name, err)
			}
			encoded[i] = b
		}
		if r.pre[k] != nil {
			updated = append(updated, encoded[i])
			continue
		}
		vals, err := copyValues(r.byKey[k])
		if err != nil {
			return fmt.Errorf("encoding %s rows: %w", r.t.name, err)
		}
		created = append(created, vals)
	}
	if len(updated) > 0 {
		data, err := json.Marshal(updated)
		if err != nil {
			return fmt.Errorf("encoding %s rows: %w", r.t.name, err)
		}
		del := fmt.Sprintf(`DELETE FROM %s t USING jsonb_populate_recordset(NULL::%s, $1::jsonb) k WHERE %s`,
			r.t.name, r.t.name, r.t.joinOn())
		if _, err := tx.Exec(ctx, del, data); err != nil {
			return fmt.Errorf("replacing %s rows: %w", r.t.name, err)
		}
		ins := fmt.Sprintf(`INSERT INTO %s SELECT * FROM jsonb_populate_recordset(NULL::%s, $1::jsonb)`, r.t.name, r.t.name)
		if _, err := tx.Exec(ctx, ins, data); err != nil {
			return fmt.Errorf("writing %s rows: %w", r.t.name, err)
		}
	}
	if len(created) > 0 {
		cols := planFor(reflect.TypeOf(r.byKey[r.order[0]]).Elem()).columns
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{r.t.name}, cols, pgx.CopyFromRows(created)); err != nil {
			return fmt.Errorf("copying new %s rows: %w", r.t.name, err)
		}
	}
	if !undo {
		return nil
	}
	keys := make([]string, 0, len(r.order))
	pres := make([]*string, 0, len(r.order))
	for i, k := range r.order {
		keys = append(keys, string(encoded[i]))
		if p := r.pre[k]; p != nil {
			s := string(p)
			pres = append(pres, &s)
		} else {
			pres = append(pres, nil)
		}
	}
	const q = `
		INSERT INTO undo_log (batch_from, batch_to, table_name, key, old_row)
		SELECT $1, $2, $3, u.k::jsonb, u.o::jsonb FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS u(k, o, n)
		ORDER BY u.n`
	if _, err := tx.Exec(ctx, q, from, to, r.t.name, keys, pres); err != nil {
		return fmt.Errorf("writing %s undo records: %w", r.t.name, err)
	}
	return nil
}
