package api

import (
	"encoding/hex"
	"math/big"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The fuzz targets below check each parser against an oracle written independently of
// it (math/big, encoding/hex, a from-scratch EIP-55, net/url), so a target fails when
// the parser accepts what the oracle refuses, refuses what it accepts, or returns a
// different value. `make fuzz` runs each one; the seeds are in testdata/fuzz.

// isDecimal reports whether s is one or more ASCII digits.
func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// eip55 writes the 40 lower-case hex digits h in EIP-55 mixed case: a letter is upper
// case when the matching nibble of keccak256(h) is 8 or more.
func eip55(h string) string {
	sum := crypto.Keccak256([]byte(h))
	out := []byte(h)
	for i, c := range out {
		nibble := sum[i/2] >> 4
		if i%2 == 1 {
			nibble = sum[i/2] & 0xf
		}
		if c >= 'a' && c <= 'f' && nibble >= 8 {
			out[i] = c - 'a' + 'A'
		}
	}
	return string(out)
}

// FuzzParseUint256: parseUint256 accepts exactly the ASCII decimal strings of
// 0..2²⁵⁶−1 and returns their value.
func FuzzParseUint256(f *testing.F) {
	for _, s := range []string{"0", "1", "007", "", "+1", "-1", " 1", "1 ", "1.0", "1e3", "0x10", "١", "１",
		maxUint256.String(), new(big.Int).Add(maxUint256, big.NewInt(1)).String(), "0000" + maxUint256.String(),
		"9223372036854775808", strings.Repeat("9", 79)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseUint256(s)
		want, ok := new(big.Int), isDecimal(s)
		if ok {
			want.SetString(s, 10)
			ok = want.Cmp(maxUint256) <= 0
		}
		if (err == nil) != ok {
			t.Fatalf("parseUint256(%q) error = %v, want accepted %v", s, err, ok)
		}
		if err != nil {
			if got != nil {
				t.Fatalf("parseUint256(%q) = %v with error %v, want nil", s, got, err)
			}
			return
		}
		if got.Cmp(want) != 0 {
			t.Fatalf("parseUint256(%q) = %v, want %v", s, got, want)
		}
		// round trip: the canonical form parses back to the same value
		again, err := parseUint256(got.String())
		if err != nil || again.Cmp(got) != 0 {
			t.Fatalf("parseUint256(%q) = %v, %v after parseUint256(%q) = %v", got.String(), again, err, s, got)
		}
		if c := strings.TrimLeft(s, "0"); got.String() != c && !(c == "" && got.Sign() == 0) {
			t.Fatalf("parseUint256(%q) = %v, want the digits %q", s, got, c)
		}
	})
}

// FuzzParseBlock: parseBlock accepts exactly the ASCII decimal strings of 0..2⁶³−1.
func FuzzParseBlock(f *testing.F) {
	for _, s := range []string{"0", "12", "0012", "", "-1", "+1", " 1", "1.5", "1e3", "9223372036854775807",
		"9223372036854775808", "18446744073709551616", "٣"} {
		f.Add(s)
	}
	maxInt64 := big.NewInt(1<<63 - 1)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseBlock(s)
		want, ok := new(big.Int), isDecimal(s)
		if ok {
			want.SetString(s, 10)
			ok = want.Cmp(maxInt64) <= 0
		}
		if (err == nil) != ok {
			t.Fatalf("parseBlock(%q) error = %v, want accepted %v", s, err, ok)
		}
		if err == nil && got != want.Int64() {
			t.Fatalf("parseBlock(%q) = %d, want %v", s, got, want)
		}
		if err != nil && got != 0 {
			t.Fatalf("parseBlock(%q) = %d with error %v, want 0", s, got, err)
		}
	})
}

// FuzzParseAddress: parseAddress accepts exactly "0x" and 40 hex digits that are all
// lower case or valid EIP-55, and returns the 20 bytes they denote.
func FuzzParseAddress(f *testing.F) {
	a := "0x52908400098527886e0f7030069857d2e4169ee7"
	for _, s := range []string{a, "0x" + eip55(a[2:]), strings.ToUpper(a[:2]) + a[2:], "0x" + strings.ToUpper(a[2:]),
		"0x" + strings.ToUpper(a[2:3]) + a[3:], a[:41], a + "0", "", "0x", " " + a[1:], a[2:] + "00",
		"0x00000000000000000000000000000000000000zz", "0x" + strings.Repeat("0", 40), "0x" + strings.Repeat("a", 39) + "ａ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseAddress(s)
		ok := len(s) == 42 && strings.HasPrefix(s, "0x")
		var raw []byte
		if ok {
			var derr error
			raw, derr = hex.DecodeString(s[2:])
			lower := strings.ToLower(s[2:])
			ok = derr == nil && (s[2:] == lower || s[2:] == eip55(lower))
		}
		if (err == nil) != ok {
			t.Fatalf("parseAddress(%q) error = %v, want accepted %v", s, err, ok)
		}
		if err != nil {
			if got != (common.Address{}) {
				t.Fatalf("parseAddress(%q) = %v with error %v, want the zero address", s, got, err)
			}
			return
		}
		if !slices.Equal(got[:], raw) {
			t.Fatalf("parseAddress(%q) = %x, want %x", s, got[:], raw)
		}
		// what the API writes out is accepted back as the same address
		if back, err := parseAddress(got.Hex()); err != nil || back != got {
			t.Fatalf("parseAddress(%q) = %v, %v; want %v back", got.Hex(), back, err, got)
		}
	})
}

// FuzzParseTxHash: parseTxHash accepts exactly "0x" and 64 hex digits in any case, and
// returns the 32 bytes they denote.
func FuzzParseTxHash(f *testing.F) {
	h := "0x" + strings.Repeat("ab", 32)
	for _, s := range []string{h, strings.ToUpper(h[2:4]) + h[4:] + "ab", "0X" + h[2:], h[:65], h + "0", "", "0x" + strings.Repeat("g", 64)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseTxHash(s)
		ok := len(s) == 66 && strings.HasPrefix(s, "0x")
		var raw []byte
		if ok {
			var derr error
			raw, derr = hex.DecodeString(s[2:])
			ok = derr == nil
		}
		if (err == nil) != ok {
			t.Fatalf("parseTxHash(%q) error = %v, want accepted %v", s, err, ok)
		}
		if err == nil && !slices.Equal(got[:], raw) {
			t.Fatalf("parseTxHash(%q) = %x, want %x", s, got[:], raw)
		}
	})
}

// FuzzParseBool: parseBool accepts exactly "true" and "false".
func FuzzParseBool(f *testing.F) {
	for _, s := range []string{"true", "false", "", "TRUE", "True", "1", "0", "t", "yes", "true ", "fals"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseBool(s)
		switch {
		case s == "true" || s == "false":
			if err != nil || got != (s == "true") {
				t.Fatalf("parseBool(%q) = %v, %v; want %v", s, got, err, s == "true")
			}
		case err == nil || got:
			t.Fatalf("parseBool(%q) = %v, %v; want false and an error", s, got, err)
		}
	})
}

// cursorLists are the list names the handlers give cursors.
var cursorLists = []string{"assets", "listings", "rentals", "disputes", "events", "events-desc", "asset-events", "asset-events-desc"}

// FuzzCursor: a cursor encoded with canonical keys decodes to those keys for its own
// list and is refused by every other list and key count; decodeCursor never panics on
// any input, and whatever it accepts is canonical (it encodes back to the same text).
func FuzzCursor(f *testing.F) {
	f.Add("events", "12", "3", "", "events")
	f.Add("assets", "1", "", "", "listings")
	f.Add("events-desc", "0", "0", "", "events")
	f.Add("assets", maxUint256.String(), "", "ZXZlbnRzOjEsMg", "assets")
	f.Add("assets", "007", "", "YXNzZXRzOjAwNw", "assets")
	f.Add("x:y", "1", "2", "YXNzZXRzOi0x", "x")
	f.Add("assets", "1", "", "YXNzZXRzOjE=", "assets")
	f.Add("rentals", "1", "", "cmVudGFsczox\n", "rentals")
	f.Fuzz(func(t *testing.T, list, k1, k2, raw, other string) {
		// any text: no panic, and only canonical cursors of the list are taken
		for _, n := range []int{1, 2} {
			keys, err := decodeCursor(raw, other, n)
			if err != nil {
				if err != errBadCursor || keys != nil {
					t.Fatalf("decodeCursor(%q, %q, %d) = %v, %v; want nil, errBadCursor", raw, other, n, keys, err)
				}
				continue
			}
			if len(keys) != n {
				t.Fatalf("decodeCursor(%q, %q, %d) = %d keys", raw, other, n, len(keys))
			}
			strs := make([]string, n)
			for i, k := range keys {
				if k.Sign() < 0 || k.Cmp(maxUint256) > 0 {
					t.Fatalf("decodeCursor(%q, %q, %d) key %d = %v, out of uint256", raw, other, n, i, k)
				}
				strs[i] = k.String()
			}
			if re := (cursor{list: other, keys: strs}).encode(); re != raw {
				t.Fatalf("decodeCursor(%q, %q, %d) = %v, which encodes as %q: two cursors for one position", raw, other, n, keys, re)
			}
		}

		// canonical keys round trip through encode
		keys := []string{k1}
		if k2 != "" {
			keys = append(keys, k2)
		}
		canonical := !strings.Contains(list, ":")
		want := make([]*big.Int, len(keys))
		for i, k := range keys {
			v, err := parseUint256(k)
			canonical = canonical && err == nil && v.String() == k
			want[i] = v
		}
		enc := cursor{list: list, keys: keys}.encode()
		got, err := decodeCursor(enc, list, len(keys))
		if canonical && len(enc) <= 400 && len(list)+len(k1)+len(k2) < 250 {
			if err != nil {
				t.Fatalf("decodeCursor(encode(%q, %q), %q, %d) error = %v", list, keys, list, len(keys), err)
			}
			for i := range want {
				if got[i].Cmp(want[i]) != 0 {
					t.Fatalf("decodeCursor(encode(%q, %q)) = %v, want %v", list, keys, got, want)
				}
			}
		}
		if err == nil && !canonical {
			t.Fatalf("decodeCursor(encode(%q, %q), %q, %d) = %v; want a non-canonical key refused", list, keys, list, len(keys), got)
		}
		// never valid for another list or another key count
		if other != list {
			if got, err := decodeCursor(enc, other, len(keys)); err == nil {
				t.Fatalf("decodeCursor(encode(%q, %q), %q) = %v; want a cursor of another list refused", list, keys, other, got)
			}
		}
		if got, err := decodeCursor(enc, list, 3-len(keys)); canonical && err == nil {
			t.Fatalf("decodeCursor(encode(%q, %q), %q, %d) = %v; want the wrong key count refused", list, keys, list, 3-len(keys), got)
		}
	})
}

// queryParams is the declaration the checkQuery tests use: limit is an integer.
func queryParams(name string) queryParam {
	switch name {
	case "limit":
		return integerParam
	case "cursor", "owner":
		return stringParam
	}
	return unknownParam
}

// FuzzCheckQuery: checkQuery never panics, flags a query that url.ParseQuery refuses as
// a whole, and otherwise flags exactly once each name that is unknown, repeated,
// empty, or an integer written with anything but digits.
func FuzzCheckQuery(f *testing.F) {
	for _, s := range []string{"", "limit=1", "limit=1&limit=2", "lim%69t=1&limit=2", "bogus=1", "%zz", "%", "a=%", "limit=1;cursor=2",
		"=1", "&&", "limit", "limit&limit", "cursor=a+b&cursor=%20", "LIMIT=1", "limit=%E2%82%AC", "limit=%2B1", "limit=-1", "owner="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		bad := checkQuery(raw, queryParams)
		values, err := url.ParseQuery(raw)
		if err != nil {
			if len(bad) != 1 || bad[0].Name != "query" || bad[0].Reason == "" {
				t.Fatalf("checkQuery(%q) = %+v; want one entry for the whole query (url.ParseQuery: %v)", raw, bad, err)
			}
			return
		}
		want := map[string]bool{}
		for name, vs := range values {
			kind := queryParams(name)
			if kind == unknownParam || len(vs) > 1 || vs[0] == "" || kind == integerParam && !isDecimal(vs[0]) {
				want[name] = true
			}
		}
		got := map[string]bool{}
		for _, p := range bad {
			if got[p.Name] || !want[p.Name] || p.Reason == "" {
				t.Fatalf("checkQuery(%q) = %+v; want each of %v flagged once, with a reason", raw, bad, want)
			}
			got[p.Name] = true
		}
		if len(got) != len(want) {
			t.Fatalf("checkQuery(%q) = %+v; want %v flagged", raw, bad, want)
		}
		if len(want) == 0 && bad != nil {
			t.Fatalf("checkQuery(%q) = %+v; want nil", raw, bad)
		}
	})
}
