package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/devnet"
	"sharechain/internal/manifest"
	"sharechain/services/api"
)

// explorerRun is what testdata/explorer.mjs prints.
type explorerRun struct {
	Views          map[string]explorerView `json:"views"`
	SearchError    string                  `json:"search_error"`
	HomeRowsMore   int                     `json:"home_rows_after_more"`
	TimingsMS      map[string]int64        `json:"timings_ms"`
	ConsoleErrors  []string                `json:"console_errors"`
	FailedRequests []string                `json:"failed_requests"`
}

type explorerView struct {
	Hash     string                     `json:"hash"`
	Title    string                     `json:"title"`
	Heading  string                     `json:"heading"`
	State    string                     `json:"state"`
	View     string                     `json:"view"`
	Sync     map[string]string          `json:"sync"`
	Sections map[string]explorerSection `json:"sections"`
	Problems []string                   `json:"problems"`
}

type explorerSection struct {
	Fields map[string]string   `json:"fields"`
	Rows   []map[string]string `json:"rows"`
	Empty  []string            `json:"empty"`
}

// column is one column of a section's rows.
func (s explorerSection) column(name string) []string {
	out := make([]string, len(s.Rows))
	for i, r := range s.Rows {
		out[i] = r[name]
	}
	return out
}

// browserTools finds node, Chromium and playwright-core, or fails saying how to get them:
// the explorer must be tested wherever the API is.
func browserTools(t *testing.T) (node, chromium string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not on PATH: install Node 20 or later (Debian: apt-get install -y nodejs)")
	}
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		if chromium, err = exec.LookPath("chromium"); err != nil {
			t.Fatal("chromium is not on PATH: `make test` installs Debian's chromium when it is missing (as root); else " +
				"`apt-get update && apt-get install -y chromium`, or set CHROMIUM to a Chromium binary; never `npx playwright install`")
		}
	}
	if _, err := os.Stat("../../node_modules/playwright-core/package.json"); err != nil {
		t.Fatal("playwright-core is not installed: run `make deps` (npm ci) at the repository root")
	}
	return node, chromium
}

// TestExplorer drives the explorer page in headless Chromium over the devnet scenario's
// index and checks that each view shows what the API says.
func TestExplorer(t *testing.T) {
	node, chromium := browserTools(t)
	f := newFixture(t)
	sc := f.scenario

	// what the page should show, from the API itself
	var st api.Status
	f.getJSON(t, "/v1/status", http.StatusOK, &st)
	assetID := sc.Assets.Bicycle.String()
	var asset api.Asset
	f.getJSON(t, "/v1/assets/"+assetID, http.StatusOK, &asset)
	var history api.Page[api.Event]
	f.getJSON(t, "/v1/assets/"+assetID+"/events?limit=100", http.StatusOK, &history)
	var assetRentals api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?token_id="+assetID, http.StatusOK, &assetRentals)
	var onTime api.Rental
	f.getJSON(t, "/v1/rentals/"+sc.Rentals.OnTime.String(), http.StatusOK, &onTime)
	if want := devnet.Address(sc.Actors.Renters[0]).Hex(); onTime.Renter != want {
		t.Fatalf("rental %s renter = %s, want Carol %s", onTime.ID, onTime.Renter, want)
	}
	var account api.Account
	f.getJSON(t, "/v1/accounts/"+onTime.Renter, http.StatusOK, &account)
	var latest api.Page[api.Event]
	f.getJSON(t, "/v1/events?order=desc&limit=1", http.StatusOK, &latest)
	txHash := ""
	for _, e := range history.Items {
		var args map[string]any
		if e.Name != nil && *e.Name == "Rented" && json.Unmarshal(e.Args, &args) == nil && args["rentalId"] == onTime.ID {
			txHash = e.TxHash
		}
	}
	if txHash == "" {
		t.Fatalf("no Rented event for rental %s in the history of asset %s", onTime.ID, assetID)
	}
	var txEvents api.Page[api.Event]
	f.getJSON(t, "/v1/events?limit=500&tx="+txHash, http.StatusOK, &txEvents)

	// EXPLORER_SCREENSHOTS keeps the screenshots in a folder of one's choice, to look at
	out := os.Getenv("EXPLORER_SCREENSHOTS")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "testdata/explorer.mjs")
	cmd.Env = append(os.Environ(), "EXPLORER_URL="+f.srv.URL, "CHROMIUM="+chromium, "OUT_DIR="+out,
		"INDEXED_BLOCK="+strconv.FormatInt(st.IndexedBlock, 10), "ASSET_ID="+assetID, "ACCOUNT="+strings.ToLower(onTime.Renter),
		"TX_HASH="+txHash, "MISSING_ASSET_ID=999999999")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// the script asks for new blocks once the home view is up, to see the status follow
	mine, readDone := make(chan struct{}, 1), make(chan struct{})
	go func() {
		defer close(readDone)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			if sc.Text() == "explorer.mjs: mine" {
				mine <- struct{}{}
				continue
			}
			stderr.WriteString(sc.Text() + "\n")
		}
	}()
	mined := int64(0)
	select {
	case <-mine:
		if err := f.env.Node.Call(nil, "anvil_mine", "0x3"); err != nil {
			t.Fatalf("anvil_mine: %v", err)
		}
		f.env.Sync(t)
		mined = int64(f.env.Head(t))
		fmt.Fprintln(stdin, mined)
		stdin.Close()
	case <-readDone:
	}
	<-readDone
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node testdata/explorer.mjs: %v\nstderr:\n%s\nstdout:\n%s", err, stderr.String(), stdout.String())
	}
	var run explorerRun
	if err := json.Unmarshal(stdout.Bytes(), &run); err != nil {
		t.Fatalf("decoding the script's output: %v\n%s", err, stdout.String())
	}
	t.Logf("browser run: %s; steps (ms): %v", time.Since(start).Round(time.Millisecond), run.TimingsMS)

	t.Run("no console errors", func(t *testing.T) {
		// a CSP violation or a script error lands here; Chromium also logs the 404 the
		// script asked for
		for _, e := range run.ConsoleErrors {
			if !strings.HasSuffix(e, "@ /v1/assets/999999999") {
				t.Errorf("console error: %s", e)
			}
		}
		// the only failing request is the missing asset the script asked for
		want := []string{"404 /v1/assets/999999999"}
		if !slices.Equal(run.FailedRequests, want) {
			t.Errorf("failed requests = %q, want %q", run.FailedRequests, want)
		}
	})

	t.Run("home", func(t *testing.T) {
		v := run.Views["home"]
		wantSync := map[string]string{"chain_id": strconv.FormatUint(st.ChainID, 10),
			"indexed_block": strconv.FormatInt(st.IndexedBlock, 10), "head_block": strconv.FormatInt(st.HeadBlock, 10)}
		for k, want := range wantSync {
			if v.Sync[k] != want {
				t.Errorf("sync %s = %q, want %q", k, v.Sync[k], want)
			}
		}
		rows := v.Sections["Latest events"].Rows
		if len(rows) != 25 {
			t.Fatalf("latest events: %d rows, want 25", len(rows))
		}
		e := latest.Items[0]
		if got, want := rows[0]["Block"], strconv.FormatInt(e.BlockNumber, 10); got != want {
			t.Errorf("newest event block = %s, want %s", got, want)
		}
		if got := rows[0]["Event"]; got != *e.Name {
			t.Errorf("newest event = %s, want %s", got, *e.Name)
		}
		if run.HomeRowsMore != 50 {
			t.Errorf("latest events after Load more: %d rows, want 50", run.HomeRowsMore)
		}
	})

	t.Run("status follows the indexer", func(t *testing.T) {
		later := run.Views["home_later"].Sync
		if want := strconv.FormatInt(mined, 10); mined <= st.IndexedBlock || later["indexed_block"] != want ||
			later["head_block"] != want || later["lag_blocks"] != "0" {
			t.Errorf("sync after mining to block %d = %v, want indexed and head %s, lag 0", mined, later, want)
		}
	})

	t.Run("asset", func(t *testing.T) {
		v := run.Views["asset"]
		if v.Hash != "#/asset/"+assetID || v.Heading != "Asset #"+assetID {
			t.Errorf("asset view at %q titled %q", v.Hash, v.Heading)
		}
		fields := v.Sections["Asset"].Fields
		want := map[string]string{"token_id": assetID, "owner": asset.Owner, "verified": "yes", "device": *asset.Device,
			"uri": asset.URI, "listed": "yes", "listing_id": *asset.ListingID, "content_hash": asset.ContentHash}
		for k, w := range want {
			if fields[k] != w {
				t.Errorf("asset field %s = %q, want %q", k, fields[k], w)
			}
		}
		var names []string
		for _, e := range history.Items {
			names = append(names, *e.Name)
		}
		got := v.Sections["History"].column("Event")
		if !slices.Equal(got, names) {
			t.Errorf("history events = %q, want %q", got, names)
		}
		for _, n := range []string{"AssetRegistered", "AssetVerified", "Listed", "Rented", "UsageReported", "RentalSettled", "DisputeOpened"} {
			if !slices.Contains(got, n) {
				t.Errorf("history lacks %s: %q", n, got)
			}
		}
		var ids []string
		for _, r := range assetRentals.Items {
			ids = append(ids, r.ID)
		}
		if got := v.Sections["Rentals"].column("Id"); !slices.Equal(got, ids) || !slices.Contains(got, onTime.ID) {
			t.Errorf("asset rentals = %q, want %q (with %s)", got, ids, onTime.ID)
		}
	})

	t.Run("account", func(t *testing.T) {
		v := run.Views["account"]
		fields := v.Sections["Credit and holdings"].Fields
		want := map[string]string{"address": account.Address, "score": strconv.Itoa(account.Score), "tier": strconv.Itoa(account.Tier),
			"blacklisted": "no", "active_rentals": strconv.Itoa(account.ActiveRentals),
			"deposit_bps": strconv.Itoa(account.Terms.DepositBps)}
		for k, w := range want {
			if fields[k] != w {
				t.Errorf("account field %s = %q, want %q", k, fields[k], w)
			}
		}
		// amounts are the API's decimal strings, exactly
		for k, w := range map[string]string{"shr_balance": account.SHRBalance, "rewards_earned": account.RewardsEarned} {
			if !strings.HasPrefix(fields[k], w+" (") {
				t.Errorf("account field %s = %q, want it to start with %q", k, fields[k], w)
			}
		}
		if account.RewardsEarned == "0" || !strings.Contains(fields["rewards_earned"], "SHR") {
			t.Errorf("rewards earned = %q; Carol's clean rental earns SHR", fields["rewards_earned"])
		}
		if got := v.Sections["Rentals as renter"].column("Id"); !slices.Contains(got, onTime.ID) {
			t.Errorf("rentals as renter = %q, want %s among them", got, onTime.ID)
		}
		if rows := v.Sections["Rentals as provider"]; len(rows.Rows) != 0 || len(rows.Empty) != 1 {
			t.Errorf("rentals as provider = %+v, want none (Carol only rents)", rows)
		}
		recent := v.Sections["Recent events"].Rows
		if len(recent) == 0 || !strings.Contains(recent[0]["Arguments"], account.Address) {
			t.Errorf("recent events of %s: %v", account.Address, recent)
		}
	})

	t.Run("transaction", func(t *testing.T) {
		var names []string
		for _, e := range txEvents.Items {
			names = append(names, *e.Name)
		}
		for _, name := range []string{"tx", "tx_reloaded"} {
			v := run.Views[name]
			if v.Hash != "#/tx/"+txHash {
				t.Errorf("%s: hash = %q, want #/tx/%s", name, v.Hash, txHash)
			}
			if got := v.Sections["Events"].column("Event"); !slices.Equal(got, names) || !slices.Contains(got, "Rented") {
				t.Errorf("%s: events = %q, want %q", name, got, names)
			}
			if got, want := v.Sections["Transaction"].Fields["block_number"], strconv.FormatInt(txEvents.Items[0].BlockNumber, 10); got != want {
				t.Errorf("%s: block = %q, want %q", name, got, want)
			}
		}
	})

	t.Run("errors", func(t *testing.T) {
		if !strings.Contains(run.SearchError, "Not an asset id") {
			t.Errorf("search error = %q", run.SearchError)
		}
		v := run.Views["missing"]
		if len(v.Problems) != 1 || !strings.Contains(v.Problems[0], "404 Not Found") ||
			!strings.Contains(v.Problems[0], "asset 999999999 not found") {
			t.Errorf("missing asset problems = %q, want the API's 404 detail", v.Problems)
		}
	})

	for _, name := range []string{"home", "asset", "account", "tx", "missing"} {
		t.Run("screenshot "+name, func(t *testing.T) {
			checkScreenshot(t, filepath.Join(out, name+".png"))
		})
	}
}

// TestExplorerFiles checks how the page's files are served: no listing of the folder,
// the CSP that keeps the page to its own scripts, and types a browser accepts.
func TestExplorerFiles(t *testing.T) {
	// the files need no database: a pool that never connects will do
	pool, err := pgxpool.New(context.Background(), "postgres://nobody@127.0.0.1:1/none")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	s, err := api.New(api.Config{Pool: pool, Manifest: &manifest.Manifest{ChainID: 31337},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		path, status, contentType, location string
	}{
		{"/", "200", "text/html; charset=utf-8", ""},
		{"/explorer/app.js", "200", "text/javascript; charset=utf-8", ""},
		{"/explorer/style.css", "200", "text/css; charset=utf-8", ""},
		{"/explorer/index.html", "301", "", "/"},
		{"/explorer/", "404", "application/problem+json", ""},
		{"/explorer/nothing.js", "404", "application/problem+json", ""},
		{"/explorer/../main_test.go", "404", "application/problem+json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.URL.Opaque = tt.path // keep dot segments as sent
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if got := strconv.Itoa(resp.StatusCode); got != tt.status {
				t.Fatalf("GET %s = %s %s, want %s", tt.path, got, body, tt.status)
			}
			if tt.contentType != "" && resp.Header.Get("Content-Type") != tt.contentType {
				t.Errorf("GET %s: Content-Type = %q, want %q", tt.path, resp.Header.Get("Content-Type"), tt.contentType)
			}
			if got := resp.Header.Get("Location"); got != tt.location {
				t.Errorf("GET %s: Location = %q, want %q", tt.path, got, tt.location)
			}
			if tt.status == "200" && !strings.HasPrefix(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("GET %s: Content-Security-Policy = %q", tt.path, resp.Header.Get("Content-Security-Policy"))
			}
		})
	}
}

// checkScreenshot fails unless path is a PNG of a page: a viewport wide, and more than
// a few colours (a blank or broken render is one flat colour).
func checkScreenshot(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("png.Decode(%s): %v", path, err)
	}
	r := img.Bounds()
	if r.Dx() != 1280 || r.Dy() < 400 {
		t.Errorf("%s is %dx%d, want 1280 wide and at least 400 high", path, r.Dx(), r.Dy())
	}
	colours := map[[4]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y && len(colours) < 16; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			cr, cg, cb, ca := img.At(x, y).RGBA()
			colours[[4]uint32{cr, cg, cb, ca}] = true
		}
	}
	if len(colours) < 16 {
		t.Errorf("%s has %d colours, want at least 16: a blank page?", path, len(colours))
	}
}
