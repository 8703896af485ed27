package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

func encodingJSON(t testing.TB, s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'})
}

func TestAppend(t *testing.T) {
	for name, s := range map[string]string{
		"empty": "", "ascii": "ipfs://bafy", "quote and backslash": `a"b\c`, "controls": "\x00\x01\b\f\n\r\t\x1f",
		"html": "<a href='x'>&</a>", "line separators": "a\u2028b\u2029c", "invalid utf-8": "a\xffb\xc3",
		"multibyte": "Vélo à Paris 自転車 🚲", "replacement char": "\uFFFD",
	} {
		t.Run(name, func(t *testing.T) {
			got, want := Append([]byte("x"), s), append([]byte("x"), encodingJSON(t, s)...)
			if !bytes.Equal(got, want) {
				t.Errorf("Append(%q) = %s, want %s", s, got, want)
			}
		})
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "plain", `"\`, "\x00\xff", "\u2028", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Append(nil, s), encodingJSON(t, s); !bytes.Equal(got, want) {
			t.Errorf("Append(%q) = %s, want %s", s, got, want)
		}
	})
}
