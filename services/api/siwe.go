package api

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sign-In with Ethereum (EIP-4361) for the telemetry routes: a wallet proves it holds an
// address by signing a SIWE message with personal_sign (EIP-191), and the dApp sends
//
//	Authorization: SIWE <base64url of the message>.<0x signature>
//
// with every request that should see what that address may see (exact positions and
// their proofs). There is no session store: the signed message itself is the session, so
// any number of serve processes, on any standby, accept it as long as they share the
// nonce secret.
//
// Nonces are stateless: GET /v1/auth/nonce answers hex(issued ‖ random ‖ mac), where
// issued is the unix second of issue (8 bytes), random 12 random bytes and mac the first
// 16 bytes of HMAC-SHA256(secret, "sharechain-siwe-nonce" ‖ chain id ‖ issued ‖ random).
// A nonce is good when its mac matches and the message was issued (Issued At) within
// nonceTTL of the nonce. Nothing remembers a nonce once used: a signed message is a bearer
// token that can be replayed until its session ends — at Expiration Time when it has one,
// and never later than maxSession after the nonce was issued. It is sent only over TLS, to
// the domain it names; a user ends a session early only by letting it expire, or an
// operator ends them all by changing the secret.

// The SIWE rules' bounds.
const (
	// nonceTTL is how long after its issue a nonce may be signed (the message's Issued At).
	nonceTTL = 15 * time.Minute
	// maxSession is how long after its nonce's issue a signed message is accepted, whatever
	// its Expiration Time says.
	maxSession = 24 * time.Hour
	// clockSkew is how far ahead of the server's clock a wallet's Issued At or the nonce's
	// issue may be.
	clockSkew = 5 * time.Minute
	// maxAuthHeader bounds the header: a SIWE message with a statement and a few resources
	// is well under 2 KiB.
	maxAuthHeader = 8 << 10
)

// Errors of SIWE authentication: each is the detail of a 401 answer.
var (
	errAuthScheme    = errors.New("the Authorization header must be `SIWE <base64url of the message>.<0x signature>`")
	errAuthSignature = errors.New("the signature does not recover to the message's address")
	errAuthNonce     = errors.New("the nonce was not issued by this deployment (GET /v1/auth/nonce)")
	errAuthExpired   = errors.New("the sign-in has expired: sign a new message with a fresh nonce")
	errAuthNotYet    = errors.New("the sign-in is not valid yet (Not Before, or Issued At in the future)")
)

// siweMessage is a parsed EIP-4361 message.
type siweMessage struct {
	Scheme         string // optional, before "://"
	Domain         string
	Address        common.Address
	Statement      string // optional
	URI            string
	Version        string
	ChainID        uint64
	Nonce          string
	IssuedAt       time.Time
	ExpirationTime *time.Time
	NotBefore      *time.Time
	RequestID      *string
	Resources      []string
}

const siwePreamble = " wants you to sign in with your Ethereum account:"

// parseSIWE parses msg strictly as the EIP-4361 ABNF writes it: LF line ends, the fields
// in their order, each once, the address in EIP-55 mixed case.
func parseSIWE(msg string) (*siweMessage, error) {
	if strings.Contains(msg, "\r") {
		return nil, errors.New("the message must use LF line ends")
	}
	lines := strings.Split(msg, "\n")
	next := func() (string, bool) {
		if len(lines) == 0 {
			return "", false
		}
		l := lines[0]
		lines = lines[1:]
		return l, true
	}
	var m siweMessage
	first, _ := next()
	head, ok := strings.CutSuffix(first, siwePreamble)
	if !ok {
		return nil, errors.New("the first line must be `<domain>" + siwePreamble + "`")
	}
	if scheme, rest, ok := strings.Cut(head, "://"); ok {
		if !validScheme(scheme) {
			return nil, fmt.Errorf("bad scheme %q", scheme)
		}
		m.Scheme, head = scheme, rest
	}
	if !validAuthority(head) {
		return nil, fmt.Errorf("bad domain %q", head)
	}
	m.Domain = head
	addr, _ := next()
	if !common.IsHexAddress(addr) || len(addr) != 42 || !strings.HasPrefix(addr, "0x") || common.HexToAddress(addr).Hex() != addr {
		return nil, errors.New("the address must be a 0x address in EIP-55 mixed case")
	}
	m.Address = common.HexToAddress(addr)
	if l, _ := next(); l != "" {
		return nil, errors.New("an empty line must follow the address")
	}
	// [ statement LF ] LF
	l, _ := next()
	if l != "" {
		if strings.HasPrefix(l, "URI: ") {
			return nil, errors.New("an empty line must precede URI (after the statement, if any)")
		}
		m.Statement = l
		if l2, _ := next(); l2 != "" {
			return nil, errors.New("an empty line must follow the statement")
		}
	}
	field := func(name string, optional bool) (string, bool, error) {
		if len(lines) > 0 && strings.HasPrefix(lines[0], name+": ") {
			v, _ := next()
			return strings.TrimPrefix(v, name+": "), true, nil
		}
		if optional {
			return "", false, nil
		}
		return "", false, fmt.Errorf("missing %q (or out of order)", name)
	}
	var err error
	if m.URI, _, err = field("URI", false); err != nil {
		return nil, err
	}
	if u, perr := url.Parse(m.URI); perr != nil || u.Scheme == "" {
		return nil, errors.New("URI must be an absolute URI")
	}
	if m.Version, _, err = field("Version", false); err != nil {
		return nil, err
	}
	if m.Version != "1" {
		return nil, errors.New("Version must be 1")
	}
	chain, _, err := field("Chain ID", false)
	if err != nil {
		return nil, err
	}
	if m.ChainID, err = strconv.ParseUint(chain, 10, 64); err != nil || strings.TrimLeft(chain, "0123456789") != "" || (len(chain) > 1 && chain[0] == '0') {
		return nil, errors.New("Chain ID must be a decimal integer")
	}
	if m.Nonce, _, err = field("Nonce", false); err != nil {
		return nil, err
	}
	if len(m.Nonce) < 8 || strings.Trim(m.Nonce, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return nil, errors.New("Nonce must be at least 8 letters and digits")
	}
	ts := func(name string, optional bool) (*time.Time, error) {
		v, ok, err := field(name, optional)
		if err != nil || !ok {
			return nil, err
		}
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return nil, fmt.Errorf("%s must be an RFC 3339 date-time", name)
		}
		return &t, nil
	}
	issued, err := ts("Issued At", false)
	if err != nil {
		return nil, err
	}
	m.IssuedAt = *issued
	if m.ExpirationTime, err = ts("Expiration Time", true); err != nil {
		return nil, err
	}
	if m.NotBefore, err = ts("Not Before", true); err != nil {
		return nil, err
	}
	if id, ok, _ := field("Request ID", true); ok {
		m.RequestID = &id
	}
	if len(lines) > 0 && lines[0] == "Resources:" {
		next()
		for len(lines) > 0 && strings.HasPrefix(lines[0], "- ") {
			r, _ := next()
			r = strings.TrimPrefix(r, "- ")
			if u, err := url.Parse(r); err != nil || u.Scheme == "" {
				return nil, fmt.Errorf("resource %q is not an absolute URI", r)
			}
			m.Resources = append(m.Resources, r)
		}
	}
	if len(lines) > 0 {
		return nil, fmt.Errorf("unexpected line %q", lines[0])
	}
	return &m, nil
}

func validScheme(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") == ""
}

// validAuthority accepts an RFC 3986 authority without userinfo: a host name or IP
// literal and an optional port.
func validAuthority(s string) bool {
	if s == "" || strings.ContainsAny(s, " /?#@\\") {
		return false
	}
	u, err := url.Parse("https://" + s)
	return err == nil && u.Host == s && u.Hostname() != ""
}

// personalDigest is the EIP-191 digest personal_sign signs for msg.
func personalDigest(msg string) common.Hash {
	return crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n" + strconv.Itoa(len(msg)) + msg))
}

// recoverPersonal returns the address that signed msg with personal_sign: 65 bytes, v 27
// or 28 (or 0 or 1), s in the lower half of the curve order.
func recoverPersonal(msg string, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, errAuthSignature
	}
	var s [65]byte
	copy(s[:], sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 || !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, errAuthSignature
	}
	d := personalDigest(msg)
	pub, err := crypto.SigToPub(d[:], s[:])
	if err != nil {
		return common.Address{}, errAuthSignature
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// authenticator issues nonces and checks SIWE headers for one deployment.
type authenticator struct {
	secret  []byte
	chainID uint64
	domains []string // accepted message domains; empty: the request's Host
	now     func() time.Time
}

// nonce issues a nonce at now.
func (a *authenticator) nonce(now time.Time) (string, time.Time) {
	var payload [20]byte
	binary.BigEndian.PutUint64(payload[:8], uint64(now.Unix()))
	_, _ = rand.Read(payload[8:]) // crypto/rand never fails on supported platforms
	return hex.EncodeToString(append(payload[:], a.mac(payload[:])...)), now.Add(nonceTTL)
}

func (a *authenticator) mac(payload []byte) []byte {
	h := hmac.New(sha256.New, a.secret)
	h.Write([]byte("sharechain-siwe-nonce"))
	var chain [8]byte
	binary.BigEndian.PutUint64(chain[:], a.chainID)
	h.Write(chain[:])
	h.Write(payload)
	return h.Sum(nil)[:16]
}

// nonceIssued checks that nonce is one a issued and returns when.
func (a *authenticator) nonceIssued(nonce string) (time.Time, bool) {
	raw, err := hex.DecodeString(nonce)
	if err != nil || len(raw) != 36 || hex.EncodeToString(raw) != nonce {
		return time.Time{}, false
	}
	if !hmac.Equal(raw[20:], a.mac(raw[:20])) {
		return time.Time{}, false
	}
	return time.Unix(int64(binary.BigEndian.Uint64(raw[:8])), 0), true
}

// authenticate checks an Authorization header sent to host and returns the address it
// signs in, at the wall-clock time now. Every error is the detail of a 401.
func (a *authenticator) authenticate(header, host string, now time.Time) (common.Address, error) {
	if len(header) > maxAuthHeader {
		return common.Address{}, errors.New("the Authorization header is too long")
	}
	scheme, cred, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "SIWE") {
		return common.Address{}, errAuthScheme
	}
	enc, sigHex, ok := strings.Cut(strings.TrimSpace(cred), ".")
	if !ok {
		return common.Address{}, errAuthScheme
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(enc, "="))
	if err != nil {
		return common.Address{}, fmt.Errorf("the message is not base64url: %w", err)
	}
	if len(sigHex) != 132 || !strings.HasPrefix(sigHex, "0x") {
		return common.Address{}, errors.New("the signature must be 0x and 65 bytes of hex")
	}
	sig, err := hex.DecodeString(sigHex[2:])
	if err != nil {
		return common.Address{}, errors.New("the signature must be 0x and 65 bytes of hex")
	}
	m, err := parseSIWE(string(raw))
	if err != nil {
		return common.Address{}, fmt.Errorf("the message is not an EIP-4361 message: %w", err)
	}
	if !a.domainOK(m.Domain, host) {
		return common.Address{}, fmt.Errorf("the message is for %s, not this API (%s)", m.Domain, strings.Join(a.accepted(host), ", "))
	}
	if m.ChainID != a.chainID {
		return common.Address{}, fmt.Errorf("the message is for chain %d, this deployment is chain %d", m.ChainID, a.chainID)
	}
	issued, ok := a.nonceIssued(m.Nonce)
	if !ok {
		return common.Address{}, errAuthNonce
	}
	if m.IssuedAt.Before(issued.Add(-clockSkew)) || m.IssuedAt.After(issued.Add(nonceTTL)) {
		return common.Address{}, fmt.Errorf("Issued At must be within %s of the nonce's issue", nonceTTL)
	}
	if m.IssuedAt.After(now.Add(clockSkew)) || issued.After(now.Add(clockSkew)) {
		return common.Address{}, errAuthNotYet
	}
	if m.NotBefore != nil && now.Before(*m.NotBefore) {
		return common.Address{}, errAuthNotYet
	}
	if !now.Before(issued.Add(maxSession)) || m.ExpirationTime != nil && !now.Before(*m.ExpirationTime) {
		return common.Address{}, errAuthExpired
	}
	signer, err := recoverPersonal(string(raw), sig)
	if err != nil || signer != m.Address {
		return common.Address{}, errAuthSignature
	}
	return m.Address, nil
}

func (a *authenticator) accepted(host string) []string {
	if len(a.domains) > 0 {
		return a.domains
	}
	return []string{host}
}

func (a *authenticator) domainOK(domain, host string) bool {
	for _, d := range a.accepted(host) {
		if strings.EqualFold(d, domain) {
			return true
		}
	}
	return false
}
