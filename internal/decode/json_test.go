package decode

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"sharechain/internal/manifest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestAppendArgsJSON(t *testing.T) {
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	big1e19 := new(big.Int).Exp(big.NewInt(10), big.NewInt(19), nil)
	tests := []struct {
		name string
		ev   Event
		want string
	}{
		{"not decoded", Event{Contract: manifest.RewardToken}, `null`},
		{"no args", Event{Name: "EIP712DomainChanged"}, `{}`},
		{"integers", Event{Name: "X", Args: []Arg{
			{"zero", big.NewInt(0)},
			{"max64", new(big.Int).SetUint64(1<<64 - 1)},
			{"two64", new(big.Int).Lsh(big.NewInt(1), 64)},
			{"e19", big1e19},
			{"e19m1", new(big.Int).Sub(big1e19, big.NewInt(1))},
			{"e38", new(big.Int).Mul(big1e19, new(big.Int).Mul(big1e19, big.NewInt(1)))},
			{"max256", max256},
			{"min256", new(big.Int).Neg(max256)},
			{"minus20", big.NewInt(-20)},
			{"nil", (*big.Int)(nil)},
		}}, `{"zero":"0","max64":"18446744073709551615","two64":"18446744073709551616","e19":"10000000000000000000",` +
			`"e19m1":"9999999999999999999","e38":"100000000000000000000000000000000000000",` +
			`"max256":"115792089237316195423570985008687907853269984665640564039457584007913129639935",` +
			`"min256":"-115792089237316195423570985008687907853269984665640564039457584007913129639935",` +
			`"minus20":"-20","nil":null}`},
		{"beyond 256 bits", Event{Name: "X", Args: []Arg{{"x", new(big.Int).Lsh(big.NewInt(1), 300)}}},
			`{"x":"` + new(big.Int).Lsh(big.NewInt(1), 300).String() + `"}`},
		{"addresses are EIP-55", Event{Name: "X", Args: []Arg{
			{"a", common.HexToAddress("0xde709f2102306220921060314715629080e2fb77")},
			{"b", common.Address{}},
		}}, `{"a":"0xde709f2102306220921060314715629080e2fb77","b":"0x0000000000000000000000000000000000000000"}`},
		{"mixed-case address", Event{Name: "X", Args: []Arg{{"a", common.HexToAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")}}},
			`{"a":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}`},
		{"bytes", Event{Name: "X", Args: []Arg{
			{"b32", [32]byte{0xAB, 31: 0x01}},
			{"b", []byte{0xDE, 0xAD}},
			{"empty", []byte{}},
			{"hash", common.Hash{1}},
		}}, `{"b32":"0xab00000000000000000000000000000000000000000000000000000000000001","b":"0xdead","empty":"0x",` +
			`"hash":"0x0100000000000000000000000000000000000000000000000000000000000000"}`},
		{"bools", Event{Name: "X", Args: []Arg{{"t", true}, {"f", false}}}, `{"t":true,"f":false}`},
		{"plain string", Event{Name: "X", Args: []Arg{{"s", "ipfs://bafy?a=1&b=<2>"}}}, `{"s":"ipfs://bafy?a=1&b=<2>"}`},
		{"escaped string", Event{Name: "X", Args: []Arg{{"s", "a\"b\\c\nd\re\tf\x01g\x1fh\x7f"}}},
			`{"s":"a\"b\\c\nd\re\tf\u0001g\u001fh` + "\x7f" + `"}`},
		{"non-ASCII string", Event{Name: "X", Args: []Arg{{"s", "é漢😀<&>"}}}, `{"s":"é漢😀<&>"}`},
		{"NUL and invalid UTF-8", Event{Name: "X", Args: []Arg{{"s", "a\x00b\xffc"}}}, `{"s":"a` + "\uFFFD" + `b` + "\uFFFD" + `c"}`},
		{"line separators", Event{Name: "X", Args: []Arg{{"s", "a\u2028b"}}}, `{"s":"a\u2028b"}`},
		{"escaped key", Event{Name: "X", Args: []Arg{{`k"`, "v"}}}, `{"k\"":"v"}`},
		{"nil value", Event{Name: "X", Args: []Arg{{"n", nil}}}, `{"n":null}`},
		{"other Go types", Event{Name: "X", Args: []Arg{{"u", uint8(7)}, {"i", int16(-3)}, {"l", []int{1}}, {"p", &struct{ A string }{"x"}}, {"f", 1.5}}},
			`{"u":"7","i":"-3","l":["1"],"p":{"A":"x"},"f":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.ev.AppendArgsJSON(nil)
			if string(got) != tt.want {
				t.Errorf("AppendArgsJSON() =\n%s\nwant\n%s", got, tt.want)
			}
			if !json.Valid(got) {
				t.Errorf("AppendArgsJSON() = %s, not valid JSON", got)
			}
		})
	}

	t.Run("appends", func(t *testing.T) {
		ev := Event{Name: "X", Args: []Arg{{"a", big.NewInt(1)}}}
		if got := string(ev.AppendArgsJSON([]byte("prefix "))); got != `prefix {"a":"1"}` {
			t.Errorf("AppendArgsJSON(prefix) = %s, want %s", got, `prefix {"a":"1"}`)
		}
	})
}

func TestAppendArgsJSON_StringsRoundTrip(t *testing.T) {
	inputs := []string{"", "plain", "quote\"", `back\slash`, "ctl\x00\x01\x1f\x7f", "tab\tnl\n", "é", "漢字", "😀", "\xff\xfe", "<script>&",
		"\u2028\u2029", strings.Repeat("x", 1000) + "\""}
	for _, s := range inputs {
		got := Event{Name: "X", Args: []Arg{{"s", s}}}.AppendArgsJSON(nil)
		var out map[string]string
		if err := json.Unmarshal(got, &out); err != nil {
			t.Errorf("AppendArgsJSON(%q) = %s, not JSON: %v", s, got, err)
			continue
		}
		want := strings.ReplaceAll(strings.Map(func(r rune) rune { return r }, s), "\x00", "\uFFFD") // Map turns each invalid byte into U+FFFD
		if out["s"] != want {
			t.Errorf("AppendArgsJSON(%q) decodes to %q, want %q", s, out["s"], want)
		}
	}
}

func TestAppendDecimal_Random(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 10_000 {
		var b [32]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		x := new(big.Int).SetBytes(b[:r.IntN(33)])
		if r.IntN(2) == 0 {
			x.Neg(x)
		}
		if got, want := string(appendDecimal(nil, x)), x.String(); got != want {
			t.Fatalf("appendDecimal(%s) = %s", want, got)
		}
	}
}

func TestAppendAddress_Random(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		var a common.Address
		for i := range a {
			a[i] = byte(r.Uint32())
		}
		if got, want := string(appendAddress(nil, a)), `"`+a.Hex()+`"`; got != want {
			t.Fatalf("appendAddress(%x) = %s, want %s", a, got, want)
		}
	}
}
