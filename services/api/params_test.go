package api

import (
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseUint256(t *testing.T) {
	max := maxUint256.String()
	over := new(big.Int).Add(maxUint256, big.NewInt(1)).String() // 2²⁵⁶
	tests := []struct {
		name string
		in   string
		want string // "" when refused
	}{
		{"zero", "0", "0"},
		{"one", "1", "1"},
		{"leading zeros", "0007", "7"},
		{"2^63", "9223372036854775808", "9223372036854775808"},
		{"uint256 max", max, max},
		{"uint256 max with leading zeros", "000" + max, max},
		{"2^256", over, ""},
		{"79 nines", strings.Repeat("9", 79), ""},
		{"overlong", strings.Repeat("1", 1000), ""},
		{"empty", "", ""},
		{"plus", "+1", ""},
		{"minus", "-1", ""},
		{"minus zero", "-0", ""},
		{"leading space", " 1", ""},
		{"trailing space", "1 ", ""},
		{"inner space", "1 2", ""},
		{"decimal point", "1.0", ""},
		{"exponent", "1e3", ""},
		{"hex", "0x10", ""},
		{"underscore", "1_000", ""},
		{"arabic-indic digit", "١", ""},
		{"fullwidth digit", "１", ""},
		{"nul", "1\x00", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseUint256(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("parseUint256(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Errorf("parseUint256(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseBlock(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr bool
	}{
		{"zero", "0", 0, false},
		{"leading zeros", "0042", 42, false},
		{"2^63-1", "9223372036854775807", 1<<63 - 1, false},
		{"2^63", "9223372036854775808", 0, true},
		{"2^64", "18446744073709551616", 0, true},
		{"2^256", new(big.Int).Lsh(big.NewInt(1), 256).String(), 0, true},
		{"empty", "", 0, true},
		{"plus", "+1", 0, true},
		{"minus", "-1", 0, true},
		{"space", " 1", 0, true},
		{"decimal point", "1.5", 0, true},
		{"exponent", "1e3", 0, true},
		{"hex", "0x1", 0, true},
		{"devanagari digit", "१", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseBlock(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("parseBlock(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestParseAddress(t *testing.T) {
	// checksummed vectors from EIP-55
	const sum = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	lower := strings.ToLower(sum)
	want := common.HexToAddress(sum)
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"eip-55", sum, true},
		{"eip-55 vector 2", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", true},
		{"eip-55 vector 3", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", true},
		{"lower case", lower, true},
		{"zero address", "0x0000000000000000000000000000000000000000", true},
		{"all upper case", "0x" + strings.ToUpper(lower[2:]), false},
		{"one letter's case flipped", "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false},
		{"0X prefix", "0X" + lower[2:], false},
		{"no prefix", lower[2:], false},
		{"no prefix, 42 digits", lower[2:] + "00", false},
		{"short", lower[:41], false},
		{"long", lower + "0", false},
		{"empty", "", false},
		{"prefix only", "0x", false},
		{"non-hex", "0x" + strings.Repeat("g", 40), false},
		{"leading space", " " + lower[:41], false},
		{"trailing space", lower[:41] + " ", false},
		{"fullwidth digit", lower[:40] + "０", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAddress(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("parseAddress(%q) = %v, %v; want accepted %v", tt.in, got, err, tt.ok)
			}
			if tt.ok && got != common.HexToAddress(tt.in) {
				t.Errorf("parseAddress(%q) = %v, want %v", tt.in, got, common.HexToAddress(tt.in))
			}
		})
	}
	if got, _ := parseAddress(lower); got != want {
		t.Errorf("parseAddress(%q) = %v, want %v", lower, got, want)
	}
	if !strings.Contains(func() string {
		_, err := parseAddress("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
		return err.Error()
	}(), "checksum") {
		t.Error("a wrong checksum is not reported as one")
	}
}

func TestParseTxHash(t *testing.T) {
	h := "0x" + strings.Repeat("0a", 32)
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"lower case", h, true},
		{"upper case", "0x" + strings.ToUpper(h[2:]), true},
		{"0X prefix", "0X" + h[2:], false},
		{"short", h[:65], false},
		{"long", h + "0", false},
		{"an address", h[:42], false},
		{"empty", "", false},
		{"non-hex", "0x" + strings.Repeat("z", 64), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseTxHash(tt.in)
			if (err == nil) != tt.ok || (tt.ok && got != common.HexToHash(tt.in)) {
				t.Errorf("parseTxHash(%q) = %v, %v; want accepted %v", tt.in, got, err, tt.ok)
			}
		})
	}
}

func TestParseBool(t *testing.T) {
	for in, want := range map[string]bool{"true": true, "false": false} {
		if got, err := parseBool(in); err != nil || got != want {
			t.Errorf("parseBool(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "TRUE", "True", "1", "0", "yes", "t", " true", "true "} {
		if got, err := parseBool(in); err == nil {
			t.Errorf("parseBool(%q) = %v, want an error", in, got)
		}
	}
}

func TestCursor(t *testing.T) {
	max := maxUint256.String()
	ev := cursor{list: "events", keys: []string{"12", "3"}}.encode()
	tests := []struct {
		name string
		in   string
		list string
		n    int
		want []string // nil when refused
	}{
		{"round trip", ev, "events", 2, []string{"12", "3"}},
		{"uint256 max", cursor{list: "assets", keys: []string{max}}.encode(), "assets", 1, []string{max}},
		{"another list", ev, "events-desc", 2, nil},
		{"a list's prefix", cursor{list: "events-desc", keys: []string{"1", "2"}}.encode(), "events", 2, nil},
		{"wrong key count", ev, "events", 1, nil},
		{"truncated", ev[:len(ev)-2], "events", 2, nil},
		{"padded base64", cursor{list: "assets", keys: []string{"1"}}.encode() + "=", "assets", 1, nil},
		{"standard base64 alphabet", "YXNzZXRzOjE+", "assets", 1, nil},
		{"unused bits set", "YXNzZXRzOjF", "assets", 1, nil}, // decodes as "assets:1" too
		{"line break", "YXNzZXRz\nOjE", "assets", 1, nil},
		{"not base64", "!!!", "assets", 1, nil},
		{"empty key", cursor{list: "assets", keys: []string{""}}.encode(), "assets", 1, nil},
		{"leading zero", cursor{list: "assets", keys: []string{"07"}}.encode(), "assets", 1, nil},
		{"negative", cursor{list: "assets", keys: []string{"-1"}}.encode(), "assets", 1, nil},
		{"2^256", cursor{list: "assets", keys: []string{new(big.Int).Add(maxUint256, big.NewInt(1)).String()}}.encode(), "assets", 1, nil},
		{"no colon", "YXNzZXRz", "assets", 1, nil},
		{"overlong", cursor{list: "assets", keys: []string{strings.Repeat("1", 300)}}.encode(), "assets", 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, err := decodeCursor(tt.in, tt.list, tt.n)
			if tt.want == nil {
				if err == nil {
					t.Errorf("decodeCursor(%q, %q, %d) = %v, want an error", tt.in, tt.list, tt.n, keys)
				}
				return
			}
			got := make([]string, len(keys))
			for i, k := range keys {
				got[i] = k.String()
			}
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("decodeCursor(%q, %q, %d) = %v, %v; want %v", tt.in, tt.list, tt.n, got, err, tt.want)
			}
		})
	}
}

func TestCheckQuery(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string // the flagged names, sorted
	}{
		{"empty", "", nil},
		{"known", "limit=1&cursor=x", nil},
		{"encoded name", "lim%69t=1", nil},
		{"leading zeros", "limit=007", nil},
		{"unknown", "limit=1&bogus=2", []string{"bogus"}},
		{"case matters", "LIMIT=1", []string{"LIMIT"}},
		{"repeated", "limit=1&limit=2", []string{"limit"}},
		{"repeated through encoding", "limit=1&lim%69t=2", []string{"limit"}},
		{"repeated without values", "limit&limit", []string{"limit"}},
		{"unknown and repeated", "x=1&x=2&limit=1&limit=1", []string{"limit", "x"}},
		{"empty name", "=1", []string{""}},
		{"empty value", "cursor=", []string{"cursor"}},
		{"no value", "owner", []string{"owner"}},
		{"integer with a plus", "limit=%2B1", []string{"limit"}},
		{"integer with a minus", "limit=-1", []string{"limit"}},
		{"integer with a space", "limit=1+", []string{"limit"}},
		{"integer in unicode digits", "limit=%D9%A1", []string{"limit"}},
		{"a string may hold anything", "cursor=%2B1+", nil},
		{"bad escape", "limit=%zz", []string{"query"}},
		{"lone percent", "limit=%", []string{"query"}},
		{"bad escape in name", "%g1=1", []string{"query"}},
		{"semicolon", "limit=1;cursor=2", []string{"query"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range checkQuery(tt.raw, queryParams) {
				got = append(got, p.Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("checkQuery(%q) flags %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}
