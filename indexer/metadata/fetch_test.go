package metadata

import (
	"context"
	"crypto/sha256"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

const bikeDoc = `{"kind":"bicycle","title":"Brompton C Line","location":{"lat":45.764,"lon":4.8357},"gears":6}`

func hashOf(s string) [32]byte { return sha256.Sum256([]byte(s)) }

// serve answers each path with its body (a path absent from docs is 404).
func serve(t *testing.T, docs map[string]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func newFetcher(t testing.TB, cfg FetcherConfig) *Fetcher {
	t.Helper()
	f, err := NewFetcher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFetch(t *testing.T) {
	big := `{"kind":"tool","title":"drill","pad":"` + strings.Repeat("x", DefaultMaxBytes) + `"}`
	srv := serve(t, map[string]string{
		"/bike.json":    bikeDoc,
		"/big.json":     big,
		"/html":         "<html>not json</html>",
		"/array":        `[1, 2]`,
		"/badkind.json": `{"kind":"spaceship","title":"x"}`,
		"/notitle.json": `{"kind":"car"}`,
		"/badloc.json":  `{"kind":"car","title":"Golf","location":{"lat":91,"lon":0}}`,
		"/noloc.json":   `{"kind":"room","title":"Room"}`,
		"/trailing":     `{"kind":"room","title":"Room"} {}`,
	})
	f := newFetcher(t, FetcherConfig{AllowPrivate: true})
	tests := []struct {
		name   string
		path   string
		hash   [32]byte
		status Status
		final  bool
	}{
		{"match", "/bike.json", hashOf(bikeDoc), Fetched, false},
		{"mismatch", "/bike.json", hashOf(bikeDoc + " "), Mismatch, false},
		{"oversize", "/big.json", hashOf(big), Oversize, false},
		{"not JSON", "/html", hashOf("<html>not json</html>"), NotJSON, false},
		{"not an object", "/array", hashOf(`[1, 2]`), NotJSON, false},
		{"data after the object", "/trailing", hashOf(`{"kind":"room","title":"Room"} {}`), NotJSON, false},
		{"invalid kind", "/badkind.json", hashOf(`{"kind":"spaceship","title":"x"}`), Invalid, false},
		{"no title", "/notitle.json", hashOf(`{"kind":"car"}`), Invalid, false},
		{"latitude out of range", "/badloc.json", hashOf(`{"kind":"car","title":"Golf","location":{"lat":91,"lon":0}}`), Invalid, false},
		{"no location", "/noloc.json", hashOf(`{"kind":"room","title":"Room"}`), Fetched, false},
		{"404", "/missing.json", hashOf(bikeDoc), Unreachable, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := f.Fetch(context.Background(), srv.URL+tt.path, tt.hash)
			if res.Status != tt.status || res.Final != tt.final {
				t.Fatalf("Fetch(%s) = %s (final %v, %q), want %s (final %v)", tt.path, res.Status, res.Final, res.Reason, tt.status, tt.final)
			}
		})
	}

	res := f.Fetch(context.Background(), srv.URL+"/bike.json", hashOf(bikeDoc))
	want := Document{Kind: "bicycle", Title: "Brompton C Line", Location: &Location{Lat: 45.764, Lon: 4.8357}}
	if d := res.Doc; d == nil || d.Kind != want.Kind || d.Title != want.Title || *d.Location != *want.Location {
		t.Errorf("Fetch(bike).Doc = %+v, want %+v", res.Doc, want)
	}
}

func TestFetch_BadURIsAreFinal(t *testing.T) {
	f := newFetcher(t, FetcherConfig{AllowPrivate: true, IPFSGateway: "http://127.0.0.1:1"})
	h := hashOf(bikeDoc)
	for _, uri := range []string{"ftp://example.org/a.json", "file:///etc/passwd", "http:///nohost", "ipfs://QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG",
		"ipfs://" + CID(h) + "/sub/path", "ipfs://" + CID(hashOf("other")), "%zz"} {
		res := f.Fetch(context.Background(), uri, h)
		if !res.Final || res.Status == Fetched {
			t.Errorf("Fetch(%q) = %s (final %v), want a final failure", uri, res.Status, res.Final)
		}
	}
}

func TestFetch_PrivateAddresses(t *testing.T) {
	srv := serve(t, map[string]string{"/bike.json": bikeDoc})
	u, _ := url.Parse(srv.URL)
	h := hashOf(bikeDoc)

	refuse := newFetcher(t, FetcherConfig{})
	for _, uri := range []string{srv.URL + "/bike.json", "http://localhost:" + u.Port() + "/bike.json"} {
		if res := refuse.Fetch(context.Background(), uri, h); res.Status != Refused {
			t.Errorf("without AllowPrivate: Fetch(%s) = %s (%q), want refused", uri, res.Status, res.Reason)
		}
	}
	allow := newFetcher(t, FetcherConfig{AllowPrivate: true})
	if res := allow.Fetch(context.Background(), srv.URL+"/bike.json", h); res.Status != Fetched {
		t.Errorf("with AllowPrivate: Fetch = %s (%q), want fetched", res.Status, res.Reason)
	}
}

// TestFetch_RedirectToPrivate: a public host that redirects to a private one is refused
// when the redirect is dialled. The test's "public" host is one loopback port.
func TestFetch_RedirectToPrivate(t *testing.T) {
	private := serve(t, map[string]string{"/bike.json": bikeDoc})
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/private":
			http.Redirect(w, r, private.URL+"/bike.json", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
		case "/scheme":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}
	}))
	defer public.Close()
	pub, _ := url.Parse(public.URL)
	f := newFetcher(t, FetcherConfig{permit: func(ap netip.AddrPort) bool { return ap.String() == pub.Host }})
	h := hashOf(bikeDoc)
	for path, want := range map[string]Status{"/private": Refused, "/loop": Unreachable, "/scheme": Unreachable} {
		if res := f.Fetch(context.Background(), public.URL+path, h); res.Status != want {
			t.Errorf("Fetch(%s) = %s (%q), want %s", path, res.Status, res.Reason, want)
		}
	}
}

func TestFetch_IPFS(t *testing.T) {
	h := hashOf(bikeDoc)
	cid := CID(h)
	gw := serve(t, map[string]string{"/ipfs/" + cid: bikeDoc, "/ipfs/" + CID(hashOf("x")): "y"})
	f := newFetcher(t, FetcherConfig{AllowPrivate: true, IPFSGateway: gw.URL + "/"})
	if res := f.Fetch(context.Background(), "ipfs://"+cid, h); res.Status != Fetched {
		t.Errorf("Fetch(ipfs://%s) = %s (%q), want fetched", cid, res.Status, res.Reason)
	}
	// a gateway that answers other bytes for the CID is a mismatch, retried
	if res := f.Fetch(context.Background(), "ipfs://"+CID(hashOf("x")), hashOf("x")); res.Status != Mismatch || res.Final {
		t.Errorf("a lying gateway: Fetch = %s (final %v), want a mismatch to retry", res.Status, res.Final)
	}
	noGateway := newFetcher(t, FetcherConfig{AllowPrivate: true})
	if res := noGateway.Fetch(context.Background(), "ipfs://"+cid, h); res.Status != Invalid {
		t.Errorf("without a gateway: Fetch = %s, want invalid", res.Status)
	}
}

func TestParseCID(t *testing.T) {
	h := hashOf(bikeDoc)
	cid := CID(h)
	if !strings.HasPrefix(cid, "bafkrei") {
		t.Errorf("CID(h) = %s, want the bafkrei… of CIDv1 raw sha2-256", cid)
	}
	for _, s := range []string{cid, strings.ToUpper(cid), "f01551220" + strings.TrimPrefix(hexOf(h), "")} {
		got, err := ParseCID(s)
		if err != nil || got != h {
			t.Errorf("ParseCID(%s) = %x, %v; want %x", s, got, err, h)
		}
	}
	for _, s := range []string{"", "b", "bafy" + cid[4:], "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "f0170" + hexOf(h), "z" + cid[1:]} {
		if _, err := ParseCID(s); err == nil {
			t.Errorf("ParseCID(%q) = nil error, want one", s)
		}
	}
}

// TestCID_Known: the CID of the empty file as `ipfs add --cid-version 1 --raw-leaves`
// names it, a value published in IPFS documentation and tools.
func TestCID_Known(t *testing.T) {
	if got, want := CID(hashOf("")), "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"; got != want {
		t.Errorf("CID(sha256(\"\")) = %s, want %s", got, want)
	}
}

func TestPublic(t *testing.T) {
	for s, want := range map[string]bool{
		"93.184.216.34": true, "2606:2800:220:1:248:1893:25c8:1946": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"100.64.0.1": false, "0.0.0.0": false, "255.255.255.255": false, "224.0.0.1": false, "::1": false, "::": false,
		"fe80::1": false, "fd00::1": false, "::ffff:127.0.0.1": false, "::ffff:10.0.0.1": false, "64:ff9b::a00:1": false,
	} {
		if got := Public(netip.MustParseAddr(s)); got != want {
			t.Errorf("Public(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestBackoff(t *testing.T) {
	for n, want := range map[int]string{1: "30s", 2: "1m0s", 3: "2m0s", 7: "32m0s", 8: "1h0m0s", 20: "1h0m0s"} {
		if got := Backoff(n).String(); got != want {
			t.Errorf("Backoff(%d) = %s, want %s", n, got, want)
		}
	}
}

func hexOf(h [32]byte) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 64)
	for i, c := range h {
		b[2*i], b[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(b)
}
