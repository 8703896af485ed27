package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// fixture is an API server over the indexer's database after the devnet scenario.
type fixture struct {
	env      *indexedtest.Env
	scenario *devnet.Scenario
	srv      *httptest.Server
	api      *api.Server
	cfg      api.Config // the configuration srv's server was built from
	spec     []byte
	check    validator.Validator
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	env := indexedtest.Start(t, indexedtest.Options{})
	sc, err := devnet.Play(context.Background(), env.Suite, func(string, ...any) {})
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	env.Sync(t)
	return serve(t, env, sc)
}

func serve(t *testing.T, env *indexedtest.Env, sc *devnet.Scenario) *fixture {
	t.Helper()
	return serveWith(t, env, sc, nil)
}

// serveFrom is serve reading from pool, for example a hot standby of env's database.
func serveFrom(t *testing.T, env *indexedtest.Env, pool *pgxpool.Pool, sc *devnet.Scenario) *fixture {
	t.Helper()
	return serveWith(t, env, sc, func(c *api.Config) { c.Pool = pool })
}

// serveWith is serve with a configuration that configure changes (when not nil).
func serveWith(t *testing.T, env *indexedtest.Env, sc *devnet.Scenario, configure func(*api.Config)) *fixture {
	t.Helper()
	cfg := api.Config{Pool: env.Pool, Manifest: env.Manifest, CORSOrigins: []string{"https://dapp.example"},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if configure != nil {
		configure(&cfg)
	}
	s, err := api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Watch(ctx); close(done) }()
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(func() { srv.Close(); cancel(); <-done })
	f := &fixture{env: env, scenario: sc, srv: srv, api: s, cfg: cfg}
	resp, err := http.Get(srv.URL + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	f.spec, _ = io.ReadAll(resp.Body)
	doc, err := libopenapi.NewDocument(f.spec)
	if err != nil {
		t.Fatalf("parsing /openapi.json: %v", err)
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		t.Fatalf("building the OpenAPI validator: %v", errs)
	}
	if ok, verrs := v.ValidateDocument(); !ok {
		for _, e := range verrs {
			t.Errorf("/openapi.json is not a valid OpenAPI 3.1 document: %s", e.Error())
		}
		t.FailNow()
	}
	f.check = v
	return f
}

// pagesOfSeveral serves f's deployment and a second one (chain 31338, nothing indexed)
// through one api.Chains, as `serve` does with two manifests, and returns the base URL
// of f's deployment's pages, …/chains/{chainId}. The browser tests open the pages there,
// so that they must read /v1/chains/{chainId}/…: the plain /v1/… answers 400
// chain_required with several deployments.
func pagesOfSeveral(t *testing.T, f *fixture) string {
	t.Helper()
	other := *f.env.Manifest
	other.ChainID = 31338
	c, err := api.NewChains(f.cfg, []*manifest.Manifest{f.env.Manifest, &other})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serving two deployments: %v", err)
		}
	})
	return fmt.Sprintf("http://%s/chains/%d", ln.Addr(), f.env.Manifest.ChainID)
}

// get requests path and checks the answer against the OpenAPI document: every
// response any test sees is validated, so the document cannot drift from the code.
func (f *fixture) get(t *testing.T, path string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("GET %s: reading: %v", path, err)
	}
	if resp.Header.Get("X-Indexed-Block") == "" && strings.HasPrefix(path, "/v1/") {
		t.Errorf("GET %s: no X-Indexed-Block header", path)
	}
	f.validate(t, req, resp, body)
	return resp, body
}

func (f *fixture) validate(t *testing.T, req *http.Request, resp *http.Response, body []byte) {
	t.Helper()
	if !strings.HasPrefix(req.URL.Path, "/v1/") && req.URL.Path != "/healthz" && req.URL.Path != "/readyz" {
		return
	}
	if resp.StatusCode == http.StatusNotFound && strings.Contains(string(body), `"no route for `) {
		return // a path the document rightly does not have
	}
	resp.Body = io.NopCloser(strings.NewReader(string(body)))
	if ok, errs := f.check.ValidateHttpResponse(req, resp); !ok {
		for _, e := range errs {
			t.Errorf("GET %s -> %d does not match /openapi.json: %s (%s)", req.URL, resp.StatusCode, e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				t.Errorf("  at %s: %s", se.FieldPath, se.Reason)
			}
		}
	}
}

// getJSON requests path, wants status, and decodes the body into out.
func (f *fixture) getJSON(t *testing.T, path string, status int, out any) *http.Response {
	t.Helper()
	resp, body := f.get(t, path)
	if resp.StatusCode != status {
		t.Fatalf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: decoding %s: %v", path, body, err)
		}
	}
	return resp
}
