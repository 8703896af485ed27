package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

// TestAPI_Chains: two deployments — the devnet scenario on chain 31337, one asset on
// chain 31338, at the same contract addresses (the same deployer and nonces) and with
// the same token id 1 — indexed into one database by two indexers and served by one
// API (DESIGN §6.5). Each chain's routes under /v1/chains/{chainId}/ see only that
// chain's rows, min_block and X-Indexed-Block are the chain's own, plain /v1/ routes
// answer 400 chain_required, an unknown chain 404, and /readyz and /metrics cover both.
func TestAPI_Chains(t *testing.T) {
	ctx := context.Background()
	url := testenv.MigratedPostgres(t)
	a := indexedtest.Start(t, indexedtest.Options{DatabaseURL: url})
	b := indexedtest.Start(t, indexedtest.Options{DatabaseURL: url, AnvilArgs: []string{"--chain-id", "31338"}})
	if a.Suite.AssetRegistry != b.Suite.AssetRegistry {
		t.Fatalf("the two deployments' registries differ (%s, %s): the test wants the same addresses", a.Suite.AssetRegistry, b.Suite.AssetRegistry)
	}
	sc, err := devnet.Play(ctx, a.Suite, func(string, ...any) {})
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	bHash := crypto.Keccak256Hash([]byte("chain 31338's only asset"))
	rb, err := b.Suite.Transact(ctx, devnet.DevKey(1), b.Suite.AssetRegistry,
		b.Suite.Bindings.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte("SN:31338")), bHash, "ipfs://b"))
	if err != nil {
		t.Fatal(err)
	}
	a.Sync(t)
	b.Sync(t)

	srv, err := api.NewChains(api.Config{Pool: a.Pool, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))},
		[]*manifest.Manifest{a.Manifest, b.Manifest})
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { srv.Server(31337).Watch(wctx); close(done) }()
	go srv.Server(31338).Watch(wctx)
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { hs.Close(); cancel(); <-done })
	get := func(path string, status int, out any) http.Header {
		t.Helper()
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != status {
			t.Fatalf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
		}
		if out != nil {
			if err := json.Unmarshal(body, out); err != nil {
				t.Fatalf("GET %s: %v", path, err)
			}
		}
		return resp.Header
	}

	type page struct {
		Items []json.RawMessage `json:"items"`
	}
	count := func(chain uint64, list string) int {
		t.Helper()
		var p page
		get(fmt.Sprintf("/v1/chains/%d/%s?limit=500", chain, list), http.StatusOK, &p)
		return len(p.Items)
	}
	for _, list := range []string{"assets", "listings", "rentals", "disputes", "splits", "platforms"} {
		na, nb := count(31337, list), count(31338, list)
		wantB := 0
		if list == "assets" {
			wantB = 1
		}
		if (na == 0 && list != "splits") || nb != wantB {
			t.Errorf("/v1/chains/{chain}/%s: %d items on 31337, %d on 31338; want some and %d", list, na, nb, wantB)
		}
	}
	var assetB api.Asset
	get("/v1/chains/31338/assets/1", http.StatusOK, &assetB)
	if assetB.ContentHash != bHash.Hex() {
		t.Errorf("token 1 on 31338: content hash %s, want %s", assetB.ContentHash, bHash.Hex())
	}
	// token 1 of 31337 is the squatted registration the scenario revokes: 404 there,
	// while 31338's token 1 at the same registry address lives
	get("/v1/chains/31337/assets/1", http.StatusNotFound, nil)

	// the events: each chain's, exactly its logs
	for _, env := range []*indexedtest.Env{a, b} {
		q := ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(int64(env.Head(t)))}
		for _, c := range env.Manifest.Followed() {
			q.Addresses = append(q.Addresses, c.Address)
		}
		logs, err := env.Client.FilterLogs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		n, path := 0, fmt.Sprintf("/v1/chains/%d/events?limit=500", env.Manifest.ChainID)
		for path != "" {
			var p struct {
				Items []struct {
					TxHash string `json:"tx_hash"`
				} `json:"items"`
				Next *string `json:"next_cursor"`
			}
			get(path, http.StatusOK, &p)
			n += len(p.Items)
			path = ""
			if p.Next != nil {
				path = fmt.Sprintf("/v1/chains/%d/events?limit=500&cursor=%s", env.Manifest.ChainID, *p.Next)
			}
		}
		if n != len(logs) {
			t.Errorf("/v1/chains/%d/events lists %d events, the chain has %d logs", env.Manifest.ChainID, n, len(logs))
		}
	}

	// an account busy on 31337 is a stranger on 31338
	renter := devnet.Address(sc.Actors.Renters[0]).Hex()
	var accA, accB struct {
		Score         int    `json:"score"`
		ActiveRentals int    `json:"active_rentals"`
		RewardsEarned string `json:"rewards_earned"`
	}
	get("/v1/chains/31337/accounts/"+renter, http.StatusOK, &accA)
	get("/v1/chains/31338/accounts/"+renter, http.StatusOK, &accB)
	if accB.Score != 500 || accB.RewardsEarned != "0" || accA.Score == 500 && accA.RewardsEarned == "0" {
		t.Errorf("account %s: %+v on 31337, %+v on 31338; want a history on 31337 and a newcomer on 31338", renter, accA, accB)
	}

	// each chain's cursor
	var st api.Status
	h := get(fmt.Sprintf("/v1/chains/31338/status?min_block=%d&wait=5000", rb.BlockNumber), http.StatusOK, &st)
	if st.ChainID != 31338 || h.Get("X-Indexed-Block") != strconv.FormatInt(st.IndexedBlock, 10) || st.IndexedBlock < rb.BlockNumber.Int64() {
		t.Errorf("/v1/chains/31338/status = chain %d, indexed %d, X-Indexed-Block %s", st.ChainID, st.IndexedBlock, h.Get("X-Indexed-Block"))
	}
	get("/v1/chains/31337/status", http.StatusOK, &st)
	if st.ChainID != 31337 || st.IndexedBlock != int64(a.Head(t)) {
		t.Errorf("/v1/chains/31337/status = chain %d, indexed %d; want 31337 at %d", st.ChainID, st.IndexedBlock, a.Head(t))
	}

	var problem struct {
		Type   string `json:"type"`
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}
	get("/v1/assets", http.StatusBadRequest, &problem)
	if problem.Type != "chain_required" || !strings.Contains(problem.Detail, "/v1/chains/{chainId}/assets") {
		t.Errorf("/v1/assets with two deployments = %+v, want 400 chain_required naming the route", problem)
	}
	get("/v1/chains/1/assets", http.StatusNotFound, &problem)
	get("/v1/chains/x/assets", http.StatusBadRequest, &problem)
	get("/v1/chains/31338/assets/x", http.StatusBadRequest, nil)
	get("/readyz", http.StatusOK, nil)

	// the pages: each deployment's below /chains/{chainId}/ (the browser tests run them
	// there, pagesOfSeveral); with two deployments the plain pages redirect to the first's
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range map[string]string{
		"/":                             "/chains/31337/",
		"/book/?platform=0xabc":         "/chains/31337/book/?platform=0xabc",
		"/explorer/app.js":              "/chains/31337/explorer/app.js",
		"/chains/31338":                 "/chains/31338/",
		"/chains/31338/book":            "/chains/31338/book/",
		"/chains/31338/book/index.html": "/chains/31338/book/",
	} {
		resp, err := noFollow.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode/100 != 3 || loc != want {
			t.Errorf("GET %s = %d to %q, want a redirect to %s", path, resp.StatusCode, loc, want)
		}
	}
	for path, want := range map[string]string{
		"/chains/31338/":                 "explorer/app.js",
		"/chains/31338/explorer/app.js":  "/v1${CHAIN_PREFIX}",
		"/chains/31338/book/":            "booking.js",
		"/chains/31338/book/config.json": "platform",
	} {
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d (%d bytes), want 200 with %q", path, resp.StatusCode, len(body), want)
		}
	}
	for _, path := range []string{"/chains/1/", "/chains/x/book/", "/chains/31338/v1/status", "/chains/31338/docs"} {
		get(path, http.StatusNotFound, &problem)
	}

	resp, err := http.Get(hs.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`chain_id="31337"`, `chain_id="31338"`} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics has no series labelled %s", want)
		}
	}
}
