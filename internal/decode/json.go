package decode

import (
	"encoding/hex"
	"math/big"
	"math/bits"
	"reflect"
	"sharechain/internal/jsonstr"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AppendArgsJSON appends the `args` object of INTERFACE.md §5 to buf and returns the
// extended buffer: compact JSON whose keys are the ABI parameter names in ABI order;
// integers of every width are decimal strings, addresses EIP-55, bytes and bytes32
// lower-case 0x-hex, bools booleans. It appends `null` for an event that was not decoded
// and `{}` for one without arguments.
//
// Strings are escaped by encoding/json (without HTML escaping; invalid UTF-8 becomes
// U+FFFD), except that U+0000 is also written as U+FFFD: PostgreSQL's jsonb cannot hold
// it, and a single such string must not stop the indexer.
func (e Event) AppendArgsJSON(buf []byte) []byte {
	if e.Name == "" {
		return append(buf, "null"...)
	}
	buf = append(buf, '{')
	for i := range e.Args {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendString(buf, e.Args[i].Name)
		buf = append(buf, ':')
		buf = appendValue(buf, e.Args[i].Value)
	}
	return append(buf, '}')
}

func appendValue(buf []byte, v any) []byte {
	switch x := v.(type) {
	case *big.Int:
		if x == nil {
			return append(buf, "null"...)
		}
		buf = append(buf, '"')
		buf = appendDecimal(buf, x)
		return append(buf, '"')
	case common.Address:
		return appendAddress(buf, x)
	case [32]byte:
		return appendHex(buf, x[:])
	case common.Hash:
		return appendHex(buf, x[:])
	case []byte:
		return appendHex(buf, x)
	case bool:
		return strconv.AppendBool(buf, x)
	case string:
		return appendString(buf, x)
	case nil:
		return append(buf, "null"...)
	}
	return appendReflect(buf, reflect.ValueOf(v))
}

// appendDecimal appends x in base 10, without allocating for values below 2^256.
func appendDecimal(buf []byte, x *big.Int) []byte {
	ws := x.Bits()
	if bits.UintSize != 64 || len(ws) > 4 {
		return x.Append(buf, 10)
	}
	if x.Sign() < 0 {
		buf = append(buf, '-')
	}
	var u [4]uint64
	for i, w := range ws {
		u[i] = uint64(w)
	}
	if u[1]|u[2]|u[3] == 0 {
		return strconv.AppendUint(buf, u[0], 10)
	}
	// split into base-10^19 digits, least significant first.
	const base = 1e19
	var (
		chunks [5]uint64
		n      int
	)
	for u[0]|u[1]|u[2]|u[3] != 0 {
		var r uint64
		for i := 3; i >= 0; i-- {
			u[i], r = bits.Div64(r, u[i], base)
		}
		chunks[n] = r
		n++
	}
	buf = strconv.AppendUint(buf, chunks[n-1], 10)
	for i := n - 2; i >= 0; i-- {
		var digits [19]byte
		c := chunks[i]
		for j := 18; j >= 0; j-- {
			digits[j] = byte('0' + c%10)
			c /= 10
		}
		buf = append(buf, digits[:]...)
	}
	return buf
}

// checksummer holds what EIP-55 spelling needs, pooled so that nothing escapes to the heap
// per address.
type checksummer struct {
	k   crypto.KeccakState
	hex [40]byte
	sum [32]byte
}

var checksummers = sync.Pool{New: func() any { return &checksummer{k: crypto.NewKeccakState()} }}

// appendAddress appends a quoted EIP-55 address, as common.Address.Hex spells it.
func appendAddress(buf []byte, a common.Address) []byte {
	c := checksummers.Get().(*checksummer)
	hex.Encode(c.hex[:], a[:])
	c.k.Reset()
	c.k.Write(c.hex[:])
	c.k.Read(c.sum[:])
	for i, ch := range c.hex {
		if ch > '9' {
			nib := c.sum[i/2]
			if i%2 == 0 {
				nib >>= 4
			}
			if nib&0xf > 7 {
				c.hex[i] = ch - 32
			}
		}
	}
	buf = append(buf, `"0x`...)
	buf = append(buf, c.hex[:]...)
	checksummers.Put(c)
	return append(buf, '"')
}

// appendHex appends b as a quoted lower-case 0x-hex string.
func appendHex(buf []byte, b []byte) []byte {
	buf = append(buf, `"0x`...)
	buf = hex.AppendEncode(buf, b)
	return append(buf, '"')
}

// appendString appends s as a JSON string, as encoding/json writes it with HTML escaping
// off, after sanitize: PostgreSQL's json refuses what sanitize replaces.
func appendString(buf []byte, s string) []byte { return jsonstr.Append(buf, sanitize(s)) }

// sanitize replaces each U+0000 and each byte that is not valid UTF-8 with U+FFFD.
func sanitize(s string) string {
	var (
		b       strings.Builder
		started bool
	)
	for i, r := range s {
		bad := r == 0 || r == utf8.RuneError // U+FFFD itself is rewritten to itself
		if bad && !started {
			b.Grow(len(s) + 8)
			b.WriteString(s[:i])
			started = true
		}
		if !started {
			continue
		}
		if bad {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	if !started {
		return s
	}
	return b.String()
}

// appendReflect writes values of the types go-ethereum's abi package decodes arrays and
// tuples to, with the conventions of AppendArgsJSON; it is not on the path of the suite's
// events.
func appendReflect(buf []byte, v reflect.Value) []byte {
	if !v.IsValid() {
		return append(buf, "null"...)
	}
	if x, ok := v.Interface().(*big.Int); ok {
		return appendValue(buf, x)
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		buf = append(buf, '"')
		buf = strconv.AppendInt(buf, v.Int(), 10)
		return append(buf, '"')
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		buf = append(buf, '"')
		buf = strconv.AppendUint(buf, v.Uint(), 10)
		return append(buf, '"')
	case reflect.Bool:
		return strconv.AppendBool(buf, v.Bool())
	case reflect.String:
		return appendString(buf, v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return append(buf, "null"...)
		}
		return appendReflect(buf, v.Elem())
	case reflect.Array, reflect.Slice:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return append(buf, "[]"...)
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if v.Type() == reflect.TypeFor[common.Address]() {
				return appendAddress(buf, v.Interface().(common.Address))
			}
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return appendHex(buf, b)
		}
		buf = append(buf, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendValue(buf, v.Index(i).Interface())
		}
		return append(buf, ']')
	case reflect.Struct:
		buf = append(buf, '{')
		t := v.Type()
		first := true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name := f.Name
			if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" && tag != "-" {
				name = tag
			}
			if !first {
				buf = append(buf, ',')
			}
			first = false
			buf = appendString(buf, name)
			buf = append(buf, ':')
			buf = appendValue(buf, v.Field(i).Interface())
		}
		return append(buf, '}')
	}
	return append(buf, "null"...)
}
