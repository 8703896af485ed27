package api

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const siweExample = `example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

func TestParseSIWE(t *testing.T) {
	m, err := parseSIWE(siweExample)
	if err != nil {
		t.Fatalf("parseSIWE(EIP-4361's example) = %v", err)
	}
	if m.Domain != "example.com" || m.Address.Hex() != "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2" || m.ChainID != 1 ||
		m.Nonce != "32891756" || m.Statement == "" || len(m.Resources) != 2 || m.IssuedAt.Unix() != 1633019124 {
		t.Errorf("parseSIWE(example) = %+v", m)
	}
	noStatement := strings.Replace(siweExample, "I accept the ExampleOrg Terms of Service: https://example.com/tos\n", "", 1)
	if m, err := parseSIWE(noStatement); err != nil || m.Statement != "" {
		t.Errorf("parseSIWE(no statement) = %+v, %v", m, err)
	}
	withScheme := "https://" + strings.Replace(siweExample, "example.com wants", "example.com:8443 wants", 1)
	if m, err := parseSIWE(withScheme); err != nil || m.Scheme != "https" || m.Domain != "example.com:8443" {
		t.Errorf("parseSIWE(scheme and port) = %+v, %v", m, err)
	}
	bad := map[string]string{
		"lower-case address":      strings.Replace(siweExample, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", 1),
		"wrong checksum":          strings.Replace(siweExample, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", 1),
		"version 2":               strings.Replace(siweExample, "Version: 1", "Version: 2", 1),
		"short nonce":             strings.Replace(siweExample, "Nonce: 32891756", "Nonce: 1234567", 1),
		"nonce with a dash":       strings.Replace(siweExample, "Nonce: 32891756", "Nonce: 3289-1756", 1),
		"no nonce":                strings.Replace(siweExample, "Nonce: 32891756\n", "", 1),
		"fields out of order":     strings.Replace(siweExample, "Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1", 1),
		"bad issued at":           strings.Replace(siweExample, "2021-09-30T16:25:24Z", "yesterday", 1),
		"CRLF":                    strings.ReplaceAll(siweExample, "\n", "\r\n"),
		"trailing line":           siweExample + "\nPS: hello",
		"no preamble":             strings.Replace(siweExample, "wants you to sign in", "wants you to log in", 1),
		"domain with a path":      strings.Replace(siweExample, "example.com wants", "example.com/x wants", 1),
		"userinfo":                strings.Replace(siweExample, "example.com wants", "me@example.com wants", 1),
		"chain id +1":             strings.Replace(siweExample, "Chain ID: 1", "Chain ID: +1", 1),
		"relative URI":            strings.Replace(siweExample, "URI: https://example.com/login", "URI: /login", 1),
		"statement w/o blank":     strings.Replace(siweExample, "tos\n\nURI", "tos\nURI", 1),
		"one blank, no statement": strings.Replace(siweExample, "I accept the ExampleOrg Terms of Service: https://example.com/tos\n\n", "", 1),
	}
	for name, msg := range bad {
		if m, err := parseSIWE(msg); err == nil {
			t.Errorf("parseSIWE(%s) = %+v, want an error", name, m)
		}
	}
}

func FuzzParseSIWE(f *testing.F) {
	f.Add(siweExample)
	f.Fuzz(func(t *testing.T, msg string) {
		m, err := parseSIWE(msg)
		if err == nil && (m.Nonce == "" || m.URI == "" || m.Version != "1") {
			t.Errorf("parseSIWE(%q) = %+v without error", msg, m)
		}
	})
}

func TestAuthenticate(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	a := &authenticator{secret: []byte("0123456789abcdef0123456789abcdef"), chainID: 31337}
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	nonce, _ := a.nonce(t0)
	type msg struct {
		domain, address, chain, nonce, issued, extra string
	}
	base := msg{"api.example:8080", addr.Hex(), "31337", nonce, t0.Add(time.Minute).Format(time.RFC3339), ""}
	text := func(m msg) string {
		return m.domain + " wants you to sign in with your Ethereum account:\n" + m.address + "\n\n\nURI: https://api.example:8080/\n" +
			"Version: 1\nChain ID: " + m.chain + "\nNonce: " + m.nonce + "\nIssued At: " + m.issued + m.extra
	}
	header := func(m msg, signer *[32]byte) string {
		k := key
		if signer != nil {
			k = other
		}
		sig, _ := crypto.Sign(accounts.TextHash([]byte(text(m))), k)
		sig[64] += 27
		return "SIWE " + base64.RawURLEncoding.EncodeToString([]byte(text(m))) + "." + "0x" + common.Bytes2Hex(sig)
	}
	edit := func(f func(*msg)) msg { m := base; f(&m); return m }
	now := t0.Add(2 * time.Minute)
	if got, err := a.authenticate(header(base, nil), "api.example:8080", now); err != nil || got != addr {
		t.Fatalf("authenticate(good) = %s, %v, want %s", got.Hex(), err, addr.Hex())
	}
	otherNonce := &authenticator{secret: []byte("another deployment's secret....."), chainID: 31337}
	foreign, _ := otherNonce.nonce(t0)
	tests := []struct {
		name   string
		header string
		host   string
		now    time.Time
		want   error // nil: any error
	}{
		{"signed by another key", header(base, &[32]byte{}), "api.example:8080", now, errAuthSignature},
		{"another host", header(base, nil), "evil.example", now, nil},
		{"another chain", header(edit(func(m *msg) { m.chain = "1" }), nil), "api.example:8080", now, nil},
		{"a nonce of another deployment", header(edit(func(m *msg) { m.nonce = foreign }), nil), "api.example:8080", now, errAuthNonce},
		{"a nonce edited", header(edit(func(m *msg) { m.nonce = "f" + nonce[1:] }), nil), "api.example:8080", now, errAuthNonce},
		{"signed long after the nonce", header(edit(func(m *msg) { m.issued = t0.Add(time.Hour).Format(time.RFC3339) }), nil),
			"api.example:8080", t0.Add(2 * time.Hour), nil},
		{"expired", header(edit(func(m *msg) { m.extra = "\nExpiration Time: " + t0.Add(90*time.Second).Format(time.RFC3339) }), nil),
			"api.example:8080", now, errAuthExpired},
		{"past the longest session", header(base, nil), "api.example:8080", t0.Add(maxSession), errAuthExpired},
		{"not before", header(edit(func(m *msg) { m.extra = "\nNot Before: " + t0.Add(time.Hour).Format(time.RFC3339) }), nil),
			"api.example:8080", now, errAuthNotYet},
		{"issued in the future", header(base, nil), "api.example:8080", t0.Add(-10 * time.Minute), errAuthNotYet},
		{"not SIWE", "Bearer x", "api.example:8080", now, errAuthScheme},
		{"no signature", "SIWE " + base64.RawURLEncoding.EncodeToString([]byte(text(base))), "api.example:8080", now, errAuthScheme},
		{"short signature", "SIWE " + base64.RawURLEncoding.EncodeToString([]byte(text(base))) + ".0x00", "api.example:8080", now, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := a.authenticate(tt.header, tt.host, tt.now)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("authenticate() = %s, %v; want error %v", got.Hex(), err, tt.want)
			}
		})
	}
	// configured dApp domains replace the request's host
	a.domains = []string{"dapp.example"}
	if _, err := a.authenticate(header(base, nil), "api.example:8080", now); err == nil {
		t.Error("authenticate(a domain not configured) = nil error")
	}
	if got, err := a.authenticate(header(edit(func(m *msg) { m.domain = "dapp.example" }), nil), "api.example:8080", now); err != nil || got != addr {
		t.Errorf("authenticate(a configured domain) = %s, %v", got.Hex(), err)
	}
}
