package metadata

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"
)

// Status is the outcome of one attempt, as asset_metadata.status records it.
type Status string

// The statuses of an attempt.
const (
	Fetched     Status = "fetched"     // the bytes hash to the content hash and the document is valid
	Mismatch    Status = "mismatch"    // the bytes (or the ipfs:// CID) hash to something else
	Unreachable Status = "unreachable" // no answer, a timeout, or an HTTP status other than 200
	Oversize    Status = "oversize"    // more than MaxBytes
	NotJSON     Status = "not_json"    // not a JSON object
	Invalid     Status = "invalid"     // a JSON object without a valid kind, title or location; or a URI that cannot be fetched
	Refused     Status = "refused"     // the host is (or resolves to, or redirects to) a loopback or private address
)

// Kinds are the values a document's kind may take (INTERFACE.md §5).
var Kinds = []string{"bicycle", "car", "room", "tool", "charging_pile", "other"}

// Document is what the API indexes of a metadata document.
type Document struct {
	Kind     string
	Title    string
	Location *Location // nil when the document has none
}

// Location is a point on the Earth in degrees.
type Location struct{ Lat, Lon float64 }

// Result is the outcome of one fetch.
type Result struct {
	Status Status
	Reason string    // why not fetched; empty when fetched
	Final  bool      // retrying cannot change the outcome (a bad URI, a CID that is not the content hash)
	Doc    *Document // set when fetched
}

// Limits of a fetch.
const (
	DefaultMaxBytes     = 64 << 10
	DefaultTimeout      = 10 * time.Second
	DefaultMaxRedirects = 3
	maxTitle            = 200 // characters
)

// FetcherConfig configures a Fetcher; zero fields take the defaults.
type FetcherConfig struct {
	// AllowPrivate lets the fetcher dial loopback and private addresses
	// (METADATA_ALLOW_PRIVATE=1): the demo's documents are served on 127.0.0.1.
	AllowPrivate bool
	// IPFSGateway is the base URL ipfs:// URIs are fetched through, as
	// <gateway>/ipfs/<cid> (METADATA_IPFS_GATEWAY); empty refuses ipfs:// URIs.
	IPFSGateway  string
	MaxBytes     int64
	Timeout      time.Duration // the whole attempt: connection, redirects and body
	MaxRedirects int

	permit func(netip.AddrPort) bool // tests: which dialled addresses pass, instead of AllowPrivate and Public
}

// Fetcher fetches metadata documents and checks them against content hashes.
type Fetcher struct {
	cfg    FetcherConfig
	client *http.Client
}

// errPrivate is what the dialer's control hook answers for an address it refuses.
var errPrivate = errors.New("refused address")

// NewFetcher returns a Fetcher. Every connection it opens, the first and those of
// redirects alike, is checked in the dialer's Control hook, on the address actually
// dialled after name resolution: a name that resolves to 127.0.0.1 on the second lookup
// (DNS rebinding) is refused as surely as a literal 127.0.0.1. It never uses a proxy,
// since the address checked would then be the proxy's.
func NewFetcher(cfg FetcherConfig) (*Fetcher, error) {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRedirects <= 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	if cfg.IPFSGateway != "" {
		u, err := url.Parse(cfg.IPFSGateway)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return nil, fmt.Errorf("the IPFS gateway %q is not an http(s) base URL", cfg.IPFSGateway)
		}
		cfg.IPFSGateway = strings.TrimSuffix(cfg.IPFSGateway, "/")
	}
	permit := cfg.permit
	if permit == nil {
		permit = func(ap netip.AddrPort) bool { return cfg.AllowPrivate || Public(ap.Addr()) }
	}
	dialer := &net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: cannot parse %q", errPrivate, address)
			}
			if !permit(ap) {
				return fmt.Errorf("%w %s", errPrivate, ap.Addr())
			}
			return nil
		}}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 5 * time.Second,
		MaxIdleConns:          16,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	client := &http.Client{Transport: transport, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > cfg.MaxRedirects {
			return fmt.Errorf("more than %d redirects", cfg.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("a redirect to a %s: URL", req.URL.Scheme)
		}
		return nil // the new address is checked when it is dialled
	}}
	return &Fetcher{cfg: cfg, client: client}, nil
}

// Public reports whether a is an address the fetcher may dial without AllowPrivate: a
// global unicast address outside the private, shared (CGNAT), benchmarking and
// IETF-reserved ranges. IPv4-mapped IPv6 addresses are judged as the IPv4 address.
func Public(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || !a.IsGlobalUnicast() || a.IsPrivate() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // shared address space (CGNAT)
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64: would reach any IPv4 address, private ones too
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2002::/16"),       // 6to4 embeds an IPv4 address
	netip.MustParsePrefix("2001::/32"),       // Teredo
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
	netip.MustParsePrefix("::ffff:0:0:0/96"), // IPv4-translated
}

// Fetch fetches the document at uri and checks it against contentHash: the sha256 of
// its exact bytes must equal it, and for an ipfs:// URI the CID must name it too.
func (f *Fetcher) Fetch(ctx context.Context, uri string, contentHash [32]byte) Result {
	target, res := f.resolve(uri, contentHash)
	if target == "" {
		return res
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return Result{Status: Invalid, Reason: "building the request: " + err.Error(), Final: true}
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "sharechain-metadata/1")
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, errPrivate) {
			return Result{Status: Refused, Reason: "loopback or private address (set METADATA_ALLOW_PRIVATE=1 to allow): " + err.Error()}
		}
		return Result{Status: Unreachable, Reason: err.Error()}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Result{Status: Unreachable, Reason: "HTTP " + strconv.Itoa(resp.StatusCode)}
	}
	if resp.ContentLength > f.cfg.MaxBytes {
		return Result{Status: Oversize, Reason: fmt.Sprintf("Content-Length %d bytes, over %d", resp.ContentLength, f.cfg.MaxBytes)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBytes+1))
	if err != nil {
		return Result{Status: Unreachable, Reason: "reading the body: " + err.Error()}
	}
	if int64(len(body)) > f.cfg.MaxBytes {
		return Result{Status: Oversize, Reason: fmt.Sprintf("over %d bytes", f.cfg.MaxBytes)}
	}
	return Check(body, contentHash)
}

// resolve turns uri into the URL to get, or returns "" and the result that refuses it.
func (f *Fetcher) resolve(uri string, contentHash [32]byte) (string, Result) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", Result{Status: Invalid, Reason: "the URI does not parse: " + err.Error(), Final: true}
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return "", Result{Status: Invalid, Reason: "the URI has no host", Final: true}
		}
		return uri, Result{}
	case "ipfs":
		digest, err := ParseCID(u.Host)
		if err != nil {
			return "", Result{Status: Invalid, Reason: "ipfs:// " + err.Error(), Final: true}
		}
		if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return "", Result{Status: Invalid, Reason: "an ipfs:// URI of a raw CID has no path, query or fragment", Final: true}
		}
		if digest != contentHash {
			return "", Result{Status: Mismatch, Reason: "the CID's sha2-256 digest is not the content hash", Final: true}
		}
		if f.cfg.IPFSGateway == "" {
			return "", Result{Status: Invalid, Reason: "no IPFS gateway is configured (METADATA_IPFS_GATEWAY)"}
		}
		return f.cfg.IPFSGateway + "/ipfs/" + u.Host, Result{}
	}
	return "", Result{Status: Invalid, Reason: fmt.Sprintf("unsupported scheme %q (http, https, ipfs)", u.Scheme), Final: true}
}

// Check checks a document's bytes against contentHash and validates it.
func Check(body []byte, contentHash [32]byte) Result {
	if sha256.Sum256(body) != contentHash {
		return Result{Status: Mismatch, Reason: "sha256 of the document is not the content hash"}
	}
	doc, status, reason := Parse(body)
	if doc == nil {
		return Result{Status: status, Reason: reason}
	}
	return Result{Status: Fetched, Doc: doc}
}

// Parse validates a metadata document: a JSON object with a kind among [Kinds], a
// non-empty title of at most 200 characters, and an optional location with lat in
// [−90, 90] and lon in [−180, 180]. Other fields are allowed. It returns the document, or
// nil with NotJSON or Invalid and the reason.
func Parse(body []byte) (*Document, Status, string) {
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&raw); err != nil || raw == nil {
		return nil, NotJSON, "not a JSON object"
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, NotJSON, "data after the JSON object"
	}
	doc := &Document{}
	if err := json.Unmarshal(raw["kind"], &doc.Kind); err != nil || !isKind(doc.Kind) {
		return nil, Invalid, "kind must be one of " + strings.Join(Kinds, ", ")
	}
	if err := json.Unmarshal(raw["title"], &doc.Title); err != nil || strings.TrimSpace(doc.Title) == "" ||
		utf8.RuneCountInString(doc.Title) > maxTitle || strings.ContainsRune(doc.Title, 0) {
		return nil, Invalid, fmt.Sprintf("title must be a non-empty string of at most %d characters", maxTitle)
	}
	if loc, ok := raw["location"]; ok && string(loc) != "null" {
		var p struct{ Lat, Lon *float64 }
		if err := json.Unmarshal(loc, &p); err != nil || p.Lat == nil || p.Lon == nil ||
			*p.Lat < -90 || *p.Lat > 90 || *p.Lon < -180 || *p.Lon > 180 {
			return nil, Invalid, "location must be {\"lat\": −90…90, \"lon\": −180…180}"
		}
		doc.Location = &Location{Lat: *p.Lat, Lon: *p.Lon}
	}
	return doc, Fetched, ""
}

func isKind(k string) bool {
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}
