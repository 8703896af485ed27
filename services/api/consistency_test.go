package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

// TestAPI_MinBlock: a dApp sends a transaction, then reads with min_block set to its
// block; the answer waits for the indexer and includes the write.
func TestAPI_MinBlock(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	env.Sync(t)
	f := serve(t, env, nil)
	head := env.Head(t)

	// a block that is not indexed, without wait: 503 at once, with Retry-After
	path := fmt.Sprintf("/v1/status?min_block=%d", head+1000)
	resp, body := f.get(t, path)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" ||
		resp.Header.Get("Content-Type") != "application/problem+json" {
		t.Fatalf("GET %s = %d %v %s, want 503 problem+json with Retry-After", path, resp.StatusCode, resp.Header, body)
	}
	if got := resp.Header.Get("X-Indexed-Block"); got == "" {
		t.Errorf("GET %s: no X-Indexed-Block", path)
	}

	// register an asset; read it with min_block = its block while the indexer catches up
	ctx := context.Background()
	provider := devnet.DevKey(1)
	code := crypto.Keccak256Hash([]byte("VIN-MINBLOCK"))
	rc, err := env.Suite.Transact(ctx, provider, env.Suite.AssetRegistry,
		env.Suite.Bindings.AssetRegistry.PackRegister(code, crypto.Keccak256Hash([]byte("doc")), "ipfs://doc"))
	if err != nil {
		t.Fatal(err)
	}
	var page api.Page[api.Asset]
	resp = f.getJSON(t, fmt.Sprintf("/v1/assets?owner=%s&min_block=%d&wait=10000", devnet.Address(provider).Hex(), rc.BlockNumber.Uint64()),
		http.StatusOK, &page)
	if len(page.Items) != 1 || page.Items[0].AssetCode != code.Hex() {
		t.Fatalf("assets after min_block = %+v, want the new asset", page.Items)
	}
	if n, _ := strconv.ParseUint(resp.Header.Get("X-Indexed-Block"), 10, 64); n < rc.BlockNumber.Uint64() {
		t.Errorf("X-Indexed-Block = %d, want >= %d", n, rc.BlockNumber.Uint64())
	}

	// finalized=true hides the new asset until it is confirmations deep
	var st api.Status
	f.getJSON(t, "/v1/status", http.StatusOK, &st)
	if st.FinalizedBlock < int64(rc.BlockNumber.Uint64()) {
		f.getJSON(t, "/v1/assets?finalized=true&owner="+devnet.Address(provider).Hex(), http.StatusOK, &page)
		if len(page.Items) != 0 {
			t.Errorf("finalized=true shows an asset of unfinalized block %d (finalized %d)", rc.BlockNumber, st.FinalizedBlock)
		}
		var events api.Page[api.Event]
		f.getJSON(t, "/v1/events?order=desc&limit=1", http.StatusOK, &events)
		if len(events.Items) != 1 || events.Items[0].Finalized {
			t.Errorf("the newest event = %+v, want finalized false", events.Items)
		}
	}
	// mine past the confirmations: now it is final
	for i := 0; i < 3; i++ {
		if err := env.Node.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	f.getJSON(t, fmt.Sprintf("/v1/assets?finalized=true&owner=%s&min_block=%d&wait=10000", devnet.Address(provider).Hex(), env.Head(t)),
		http.StatusOK, &page)
	if len(page.Items) != 1 {
		t.Errorf("finalized=true after confirmations: %d assets, want 1", len(page.Items))
	}
}

// TestAPI_DatabaseDown: with PostgreSQL unreachable the API stays up: /v1/* and /readyz
// answer 503 problem+json, /healthz 200.
func TestAPI_DatabaseDown(t *testing.T) {
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	url := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/none?connect_timeout=1", port)
	pool, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	m := testManifest(t)
	s, err := api.New(api.Config{Pool: pool, Manifest: m, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	for path, want := range map[string]int{
		"/healthz": 200, "/readyz": 503, "/v1/status": 503, "/v1/assets": 503, "/v1/assets/1": 503,
		"/v1/accounts/0x0000000000000000000000000000000000000001": 503, "/v1/events": 503, "/v1/events.csv": 503,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s = %d %s, want %d", path, resp.StatusCode, body, want)
		}
		if want == 503 && resp.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("GET %s: Content-Type %q, want application/problem+json", path, resp.Header.Get("Content-Type"))
		}
	}
}

func testManifest(t *testing.T) *manifest.Manifest {
	t.Helper()
	root, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Load(root + "/internal/manifest/testdata/manifest-31337.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAPI_Surface covers CORS, metrics, docs and the router's own errors.
func TestAPI_Surface(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	env.Sync(t)
	reg := prometheus.NewRegistry()
	s, err := api.New(api.Config{Pool: env.Pool, Manifest: env.Manifest, CORSOrigins: []string{"https://dapp.example"}, Registry: reg,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)

	t.Run("cors", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/status", nil)
		req.Header.Set("Origin", "https://dapp.example")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.Header.Get("Access-Control-Allow-Origin") != "https://dapp.example" ||
			!strings.Contains(resp.Header.Get("Access-Control-Expose-Headers"), "X-Indexed-Block") {
			t.Errorf("allowed origin: headers %v", resp.Header)
		}
		req.Header.Set("Origin", "https://evil.example")
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("another origin got Access-Control-Allow-Origin %q", resp.Header.Get("Access-Control-Allow-Origin"))
		}
	})

	t.Run("method not allowed", func(t *testing.T) {
		resp, err := http.Post(srv.URL+"/v1/assets", "application/json", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("POST /v1/assets = %d %s, want 405 problem+json", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	})

	t.Run("docs", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/docs")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{"/v1/rentals/{id}", "min_block", "problem", "Rental", "usage_reports"} {
			if !strings.Contains(string(body), want) {
				t.Errorf("/docs lacks %q", want)
			}
		}
	})

	t.Run("openapi lists every status", func(t *testing.T) {
		var doc struct {
			OpenAPI string `json:"openapi"`
			Paths   map[string]map[string]struct {
				Responses map[string]json.RawMessage `json:"responses"`
			} `json:"paths"`
		}
		resp, err := http.Get(srv.URL + "/openapi.json")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(doc.OpenAPI, "3.1") {
			t.Errorf("openapi = %q, want 3.1.x", doc.OpenAPI)
		}
		for path, ops := range doc.Paths {
			if !strings.HasPrefix(path, "/v1/") {
				continue
			}
			for _, code := range []string{"200", "400", "503"} {
				if _, ok := ops["get"].Responses[code]; !ok {
					t.Errorf("GET %s documents no %s answer", path, code)
				}
			}
		}
	})

	t.Run("metrics", func(t *testing.T) {
		for range 3 {
			r, err := http.Get(srv.URL + "/v1/assets/1")
			if err != nil {
				t.Fatal(err)
			}
			r.Body.Close()
		}
		resp, err := http.Get(srv.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(body), `sharechain_api_requests_total{code="404",method="GET",route="/v1/assets/{tokenId}"} 3`) {
			t.Errorf("/metrics lacks the per-route count:\n%.3000s", body)
		}
	})
}
