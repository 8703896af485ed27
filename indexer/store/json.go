package store

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// The projection rows travel as JSON between Go and PostgreSQL (to_jsonb on the way out,
// jsonb_populate_recordset on the way in), so that one generic load/save/undo path serves
// every table. These types give the PostgreSQL JSON forms of numeric and bytea.

// num is a NUMERIC (uint256) column: a JSON number of any size.
type num struct{ big.Int }

func newNum(x *big.Int) num {
	var n num
	if x != nil {
		n.Set(x)
	}
	return n
}

func (n num) MarshalJSON() ([]byte, error) { return n.Int.MarshalText() }

func (n *num) UnmarshalJSON(b []byte) error {
	b = bytes.Trim(b, `"`)
	// to_jsonb renders whole NUMERIC values without a fraction; refuse anything else.
	if _, ok := n.Int.SetString(string(b), 10); !ok {
		return fmt.Errorf("store: %q is not an integer", b)
	}
	return nil
}

// bin is a BYTEA column: the JSON string "\\x…" that to_jsonb produces and
// jsonb_populate_record reads.
type bin []byte

func (b bin) MarshalJSON() ([]byte, error) {
	out := make([]byte, 0, 4+2*len(b)+1)
	out = append(out, `"\\x`...)
	out = hex.AppendEncode(out, b)
	return append(out, '"'), nil
}

func (b *bin) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	if len(s) < 2 || s[:2] != `\x` {
		return fmt.Errorf("store: %q is not a bytea", s)
	}
	raw, err := hex.DecodeString(s[2:])
	if err != nil {
		return err
	}
	*b = raw
	return nil
}

func addr(a common.Address) bin { return bin(a.Bytes()) }

// optAddr is a nullable address column: NULL for the zero address.
func optAddr(a common.Address) *bin {
	if a == (common.Address{}) {
		return nil
	}
	b := addr(a)
	return &b
}

func hash32(h [32]byte) bin { return bin(h[:]) }
