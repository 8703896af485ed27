package store

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5/pgtype"
)

// Rows new to a batch go in by COPY, which is several times faster than the JSON path
// that updates need; these helpers turn a projection row into COPY values, reading the
// columns from its JSON tags so that the two paths cannot disagree.

type copyPlan struct {
	columns []string
	fields  []int
}

var copyPlans sync.Map // reflect.Type → *copyPlan

func planFor(t reflect.Type) *copyPlan {
	if p, ok := copyPlans.Load(t); ok {
		return p.(*copyPlan)
	}
	p := &copyPlan{}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		p.columns = append(p.columns, tag)
		p.fields = append(p.fields, i)
	}
	copyPlans.Store(t, p)
	return p
}

// copyValues returns the COPY values of row (a pointer to a projection struct) in the
// order of planFor's columns.
func copyValues(row any) ([]any, error) {
	v := reflect.ValueOf(row).Elem()
	p := planFor(v.Type())
	out := make([]any, len(p.fields))
	for i, f := range p.fields {
		val, err := copyValue(v.Field(f).Interface())
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", p.columns[i], err)
		}
		out[i] = val
	}
	return out, nil
}

func copyValue(x any) (any, error) {
	switch v := x.(type) {
	case num:
		return numeric(&v.Int), nil
	case *num:
		if v == nil {
			return nil, nil
		}
		return numeric(&v.Int), nil
	case bin:
		return []byte(v), nil
	case *bin:
		if v == nil {
			return nil, nil
		}
		return []byte(*v), nil
	case uint64:
		return fromUint64(v), nil
	case *uint64:
		if v == nil {
			return nil, nil
		}
		return fromUint64(*v), nil
	case int64, string, bool:
		return v, nil
	}
	return nil, fmt.Errorf("no COPY encoding for %T", x)
}

// fromUint64 keeps a uint64 exact: BIGINT columns never hold one above MaxInt64, and
// the uint64 (NUMERIC) columns take either form.
func fromUint64(v uint64) any {
	if v > math.MaxInt64 {
		return numeric(new(big.Int).SetUint64(v))
	}
	return int64(v)
}

func numeric(x *big.Int) pgtype.Numeric {
	return pgtype.Numeric{Int: new(big.Int).Set(x), Exp: 0, Valid: true}
}
