package api_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"log/slog"
	"maps"
	"math/big"
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

	"github.com/ethereum/go-ethereum/common"
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
	Hash            string                     `json:"hash"`
	Title           string                     `json:"title"`
	Heading         string                     `json:"heading"`
	State           string                     `json:"state"`
	View            string                     `json:"view"`
	Sync            map[string]string          `json:"sync"`
	Sections        map[string]explorerSection `json:"sections"`
	Problems        []string                   `json:"problems"`
	Calendar        *explorerCalendar          `json:"calendar"`
	Charts          []explorerChart            `json:"charts"`
	Timeline        []explorerStep             `json:"timeline"`
	Countdowns      []explorerCountdown        `json:"countdowns"`
	CountdownsLater []explorerCountdown        `json:"countdowns_later"`
}

type explorerSection struct {
	Fields map[string]string   `json:"fields"`
	Rows   []map[string]string `json:"rows"`
	Empty  []string            `json:"empty"`
}

// explorerCalendar is an asset's booking calendar: its span and the slots drawn.
type explorerCalendar struct {
	Days   float64   `json:"days"`
	Window [2]uint64 `json:"window"` // the availability window the page asked for
	Slots  []struct {
		Rental string `json:"rental"`
		Status string `json:"status"`
		Href   string `json:"href"`
		Label  string `json:"label"`
	} `json:"slots"`
}

// explorerChart is an SVG chart of an asset's telemetry: a kind over time, or the track.
type explorerChart struct {
	Kind   string `json:"kind"`
	Points int    `json:"points"`
	Marks  int    `json:"marks"` // anomalies marked on it
	Label  string `json:"label"`
	Width  int    `json:"width"`
}

// explorerStep is a step of a rental's timeline.
type explorerStep struct {
	Step  string `json:"step"`
	State string `json:"state"`
	Text  string `json:"text"`
}

type explorerCountdown struct {
	Deadline  uint64 `json:"deadline"`
	Remaining int64  `json:"remaining"`
	Text      string `json:"text"`
}

// column is one column of a section's rows.
func (s explorerSection) column(name string) []string {
	out := make([]string, len(s.Rows))
	for i, r := range s.Rows {
		out[i] = r[name]
	}
	return out
}

// steps writes a timeline as "step:state" words.
func (v explorerView) steps() string {
	var out []string
	for _, s := range v.Timeline {
		out = append(out, s.Step+":"+s.State)
	}
	return strings.Join(out, " ")
}

// step is the timeline's step named name.
func (v explorerView) step(name string) explorerStep {
	for _, s := range v.Timeline {
		if s.Step == name {
			return s
		}
	}
	return explorerStep{}
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

// formatUnits writes base units as whole tokens, the way the explorer promises to: every
// digit kept, thousands grouped with commas, no trailing zeros in the fraction.
func formatUnits(raw string, decimals int) string {
	n, ok := new(big.Int).SetString(raw, 10)
	if !ok {
		return raw
	}
	q, r := new(big.Int).QuoRem(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil), new(big.Int))
	whole := q.String()
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac := strings.TrimRight(fmt.Sprintf("%0*s", decimals, r.String()), "0"); decimals > 0 && frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// tokenBook formats amounts as the page should show them, from /v1/params and the
// manifest's RewardToken.
type tokenBook map[string]api.PaymentTokenInfo

func newTokenBook(t *testing.T, f *fixture, st api.Status) tokenBook {
	t.Helper()
	var p api.Params
	f.getJSON(t, "/v1/params", http.StatusOK, &p)
	book := tokenBook{}
	for _, tk := range p.PaymentTokens {
		book[strings.ToLower(tk.Address)] = tk
	}
	book[strings.ToLower(st.Contracts["RewardToken"])] = api.PaymentTokenInfo{Symbol: "SHR", Decimals: 18}
	return book
}

// amount is what the page shows for raw base units of token, with what hovering shows in brackets.
func (b tokenBook) amount(t *testing.T, raw, token string) string {
	t.Helper()
	tk, ok := b[strings.ToLower(token)]
	if !ok {
		t.Fatalf("token %s is not in /v1/params", token)
	}
	return fmt.Sprintf("%s %s [%s base units (%s has %d decimals)]", formatUnits(raw, tk.Decimals), tk.Symbol, raw, tk.Symbol, tk.Decimals)
}

// statusLabel is how the page writes a rental status.
func statusLabel(s string) string { return strings.ReplaceAll(s, "no_show", "no-show") }

// TestExplorer drives the explorer page in headless Chromium over the devnet scenario's
// index, plus a booking and a rental in inspection made here, and checks that each view
// shows what the API says, the way people read it.
func TestExplorer(t *testing.T) {
	node, chromium := browserTools(t)
	f := newFixture(t)
	sc := f.scenario
	ctx := context.Background()
	s, b := f.env.Suite, f.env.Suite.Bindings.PledgeEscrow
	carol, dave := sc.Actors.Renters[0], sc.Actors.Renters[1]
	tripHub := devnet.Address(sc.Actors.Platforms[1])

	// the bicycle's telemetry: readings around an hour's ride by Carol, anomalies after it;
	// then the chain's clock passes them, so that they are in the page's last 30 days
	seed := seedTelemetry(t, f)
	if err := f.env.Node.Call(nil, "evm_increaseTime", 10_000); err != nil {
		t.Fatal(err)
	}
	if err := f.env.Node.Call(nil, "anvil_mine", "0x1"); err != nil {
		t.Fatal(err)
	}
	f.env.Sync(t)

	// after the story every rental is closed: Carol books the bicycle for tomorrow
	// through TripHub, and Dave rides it for half an hour now, so the calendar has slots
	// and a deposit is in inspection
	var bike api.Listing
	f.getJSON(t, "/v1/listings/"+sc.Listings.Bicycle.String(), http.StatusOK, &bike)
	if bike.TermsHash == nil {
		t.Fatalf("listing %s has no terms hash", bike.ID)
	}
	now, err := s.LatestTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rent := func(key *ecdsa.PrivateKey, start, duration uint64, platform common.Address) {
		t.Helper()
		data := b.PackRent(sc.Listings.Bicycle, start, duration, [32]byte(common.HexToHash(*bike.TermsHash)), platform)
		if _, err := s.Transact(ctx, key, s.PledgeEscrow, data); err != nil {
			t.Fatalf("renting the bicycle (start %d): %v", start, err)
		}
	}
	rent(carol, now+24*3600, 2*3600, tripHub)
	rent(dave, 0, 2*3600, common.Address{})
	f.env.Sync(t)
	var daves api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?status=active&renter="+devnet.Address(dave).Hex(), http.StatusOK, &daves)
	if len(daves.Items) != 1 {
		t.Fatalf("Dave's active rentals = %+v, want the bicycle", daves.Items)
	}
	inspected := daves.Items[0].ID
	if err := f.env.Node.Call(nil, "evm_increaseTime", 1800); err != nil {
		t.Fatal(err)
	}
	id, _ := new(big.Int).SetString(inspected, 10)
	if _, err := s.Transact(ctx, dave, s.PledgeEscrow, b.PackEndRental(id)); err != nil {
		t.Fatalf("returning the bicycle: %v", err)
	}
	f.env.Sync(t)
	var booking api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?status=booked&renter="+devnet.Address(carol).Hex(), http.StatusOK, &booking)
	if len(booking.Items) != 1 {
		t.Fatalf("Carol's bookings = %+v, want the bicycle tomorrow", booking.Items)
	}
	booked := booking.Items[0].ID

	// what the page should show, from the API itself
	var st api.Status
	f.getJSON(t, "/v1/status", http.StatusOK, &st)
	tokens := newTokenBook(t, f, st)
	shr := st.Contracts["RewardToken"]
	assetID := sc.Assets.Bicycle.String()
	var asset api.Asset
	f.getJSON(t, "/v1/assets/"+assetID, http.StatusOK, &asset)
	var history api.Page[api.Event]
	f.getJSON(t, "/v1/assets/"+assetID+"/events?limit=100", http.StatusOK, &history)
	var assetRentals api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?token_id="+assetID, http.StatusOK, &assetRentals)
	var stats api.AssetStats
	f.getJSON(t, "/v1/assets/"+assetID+"/stats", http.StatusOK, &stats)
	var assetListings api.Page[api.Listing]
	f.getJSON(t, "/v1/listings?token_id="+assetID, http.StatusOK, &assetListings)
	var onTime api.Rental
	f.getJSON(t, "/v1/rentals/"+sc.Rentals.OnTime.String(), http.StatusOK, &onTime)
	if want := devnet.Address(carol).Hex(); onTime.Renter != want {
		t.Fatalf("rental %s renter = %s, want Carol %s", onTime.ID, onTime.Renter, want)
	}
	var account api.Account
	f.getJSON(t, "/v1/accounts/"+onTime.Renter, http.StatusOK, &account)
	var carolsRentals api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?renter="+onTime.Renter, http.StatusOK, &carolsRentals)
	var latest api.Page[api.Event]
	f.getJSON(t, "/v1/events?order=desc&limit=1", http.StatusOK, &latest)
	var platforms api.Page[api.Platform]
	f.getJSON(t, "/v1/platforms?limit=100", http.StatusOK, &platforms)
	var room api.Listing
	f.getJSON(t, "/v1/listings/"+sc.Listings.Room.String(), http.StatusOK, &room)
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

	// the rentals the script opens one by one: each of the story's, by how it ended,
	// and the two made here
	rentals := map[string]string{
		"on_time": sc.Rentals.OnTime.String(), "late": sc.Rentals.Late.String(), "cancelled": sc.Rentals.Cancelled.String(),
		"no_show": sc.Rentals.NoShow.String(), "defaulted": sc.Rentals.Defaulted.String(), "disputed": sc.Rentals.Disputed.String(),
		"misdescribed": sc.Rentals.Misdescribed.String(), "credited": sc.Rentals.Credited.String(),
		"booked": booked, "inspection": inspected,
	}
	type visit struct {
		Name  string `json:"name"`
		Hash  string `json:"hash"`
		Click string `json:"click,omitempty"`
		Shot  bool   `json:"shot,omitempty"`
		Tick  bool   `json:"tick,omitempty"`
	}
	visits := []visit{
		{Name: "platforms", Hash: "#/platforms", Click: `nav a[data-view="platforms"]`, Shot: true},
		{Name: "params", Hash: "#/params", Click: `nav a[data-view="params"]`},
		{Name: "listing_room", Hash: "#/listing/" + room.ID, Shot: true},
	}
	for _, name := range slices.Sorted(maps.Keys(rentals)) {
		visits = append(visits, visit{Name: "rental_" + name, Hash: "#/rental/" + rentals[name],
			Shot: name == "inspection" || name == "late", Tick: name == "inspection"})
	}
	visitsJSON, err := json.Marshal(visits)
	if err != nil {
		t.Fatal(err)
	}

	// EXPLORER_SCREENSHOTS keeps the screenshots in a folder of one's choice, to look at
	out := os.Getenv("EXPLORER_SCREENSHOTS")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "testdata/explorer.mjs")
	cmd.Env = append(os.Environ(), "EXPLORER_URL="+pagesOfSeveral(t, f), "CHROMIUM="+chromium, "OUT_DIR="+out,
		"INDEXED_BLOCK="+strconv.FormatInt(st.IndexedBlock, 10), "ASSET_ID="+assetID, "ACCOUNT="+strings.ToLower(onTime.Renter),
		"TX_HASH="+txHash, "MISSING_ASSET_ID=999999999", "VISITS="+string(visitsJSON))
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
		// (the page runs below /chains/{chainId}/, so it reads that deployment's routes)
		missing := fmt.Sprintf("/v1/chains/%d/assets/999999999", f.env.Manifest.ChainID)
		for _, e := range run.ConsoleErrors {
			if !strings.HasSuffix(e, "@ "+missing) {
				t.Errorf("console error: %s", e)
			}
		}
		// the only failing request is the missing asset the script asked for
		want := []string{"404 " + missing}
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
			"uri": asset.URI, "listed": "yes", "listing_id": *asset.ListingID, "content_hash": asset.ContentHash,
			"locked": "yes"}
		if !asset.Locked {
			t.Errorf("the API says asset %s is not locked, with a booking and a rental in inspection", assetID)
		}
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
		var ids, statuses []string
		for _, r := range assetRentals.Items {
			ids = append(ids, r.ID)
			statuses = append(statuses, statusLabel(r.Status))
		}
		rentals := v.Sections["Rentals"]
		if got := rentals.column("Id"); !slices.Equal(got, ids) || !slices.Contains(got, onTime.ID) {
			t.Errorf("asset rentals = %q, want %q (with %s)", got, ids, onTime.ID)
		}
		if got := rentals.column("Status"); !slices.Equal(got, statuses) {
			t.Errorf("asset rental statuses = %q, want %q", got, statuses)
		}
		for _, want := range []string{"settled", "resolved", "booked", "returned"} {
			if !slices.Contains(rentals.column("Status"), want) {
				t.Errorf("asset rental statuses = %q, want a %s badge", rentals.column("Status"), want)
			}
		}
		for i, r := range assetRentals.Items {
			if i < len(rentals.Rows) {
				if got, want := rentals.Rows[i]["Rent"], tokens.amount(t, r.Rent, bike.PaymentToken); got != want {
					t.Errorf("rental %s rent = %q, want %q", r.ID, got, want)
				}
			}
		}

		// listings: terms as people read them
		listings := v.Sections["Listings"]
		if len(listings.Rows) != len(assetListings.Items) {
			t.Fatalf("asset listings: %d rows, want %d", len(listings.Rows), len(assetListings.Items))
		}
		for i, l := range assetListings.Items {
			row := listings.Rows[i]
			for col, want := range map[string]string{"Id": l.ID, "Price / hour": tokens.amount(t, l.PricePerHour, l.PaymentToken),
				"Deposit": tokens.amount(t, l.Deposit, l.PaymentToken), "Status": l.Status, "Payee": l.Payee + " (the provider)"} {
				if row[col] != want {
					t.Errorf("listing %s %s = %q, want %q", l.ID, col, row[col], want)
				}
			}
			if l.Platform != nil && row["Platform"] != *l.Platform {
				t.Errorf("listing %s platform = %q, want CityRide %s", l.ID, row["Platform"], *l.Platform)
			}
			if !strings.HasPrefix(row["Pledge"], tokens.amount(t, l.Pledge.Amount, shr)) {
				t.Errorf("listing %s pledge = %q, want it in SHR", l.ID, row["Pledge"])
			}
		}
		if got := listings.Rows[0]["Cancellation"]; !strings.Contains(got, "free until 2 h before the start") || !strings.Contains(got, "10 % of the rent") {
			t.Errorf("bicycle cancellation policy = %q, want free until 2 h before, then 10 %% of the rent", got)
		}
		if got := listings.Rows[0]["Price / hour"]; !strings.HasPrefix(got, "3 tUSD [3000000 base units") {
			t.Errorf("bicycle price = %q, want 3 tUSD with 3000000 base units on hover", got)
		}
	})

	t.Run("booking calendar", func(t *testing.T) {
		cal := run.Views["asset"].Calendar
		if cal == nil || cal.Days != 7 || cal.Window[0]%86400 != 0 {
			t.Fatalf("asset calendar = %+v, want a week from the start of a day", cal)
		}
		// the page's window, asked again: the same slots, each drawn in the week it meets
		var avail api.Availability
		f.getJSON(t, fmt.Sprintf("/v1/assets/%s/availability?from=%d&to=%d", assetID, cal.Window[0], cal.Window[1]), http.StatusOK, &avail)
		drawn := func(days uint64) (out []string) {
			for _, s := range avail.Busy {
				if s.Start < cal.Window[0]+days*86400 && s.End > cal.Window[0] {
					out = append(out, s.RentalID+" "+s.Status+" #/rental/"+s.RentalID)
				}
			}
			return out
		}
		var got []string
		for _, s := range cal.Slots {
			got = append(got, s.Rental+" "+s.Status+" "+s.Href)
			if !strings.HasPrefix(s.Label, "Rental "+s.Rental+", "+s.Status) {
				t.Errorf("slot %s is labelled %q", s.Rental, s.Label)
			}
		}
		if want := drawn(7); !slices.Equal(got, want) || !slices.Contains(got, booked+" booked #/rental/"+booked) {
			t.Errorf("calendar slots = %q, want %q with Carol's booking %s", got, want, booked)
		}
		var inspectedRental api.Rental
		f.getJSON(t, "/v1/rentals/"+inspected, http.StatusOK, &inspectedRental)
		if ret := inspectedRental.ReturnedAt; ret != nil && *ret > cal.Window[0] && !slices.Contains(got, inspected+" returned #/rental/"+inspected) {
			t.Errorf("calendar slots = %q, want Dave's ride %s, returned today", got, inspected)
		}
		rows := run.Views["asset"].Sections["Booking calendar"].Rows
		var wantRows, gotRows []string
		for _, s := range avail.Busy {
			wantRows = append(wantRows, s.RentalID+" "+s.Status)
		}
		for _, r := range rows {
			gotRows = append(gotRows, r["Rental"]+" "+r["Status"])
		}
		if !slices.Equal(gotRows, wantRows) {
			t.Errorf("calendar table = %q, want %q", gotRows, wantRows)
		}
		if m := run.Views["asset_month"].Calendar; m == nil || m.Days != 30 {
			t.Errorf("calendar after Month = %+v, want 30 days", m)
		} else {
			var month []string
			for _, s := range m.Slots {
				month = append(month, s.Rental+" "+s.Status+" "+s.Href)
			}
			if want := drawn(30); !slices.Equal(month, want) {
				t.Errorf("month slots = %q, want %q", month, want)
			}
		}
	})

	t.Run("rentals", func(t *testing.T) {
		// each rental's timeline, as step:state
		wantSteps := map[string]string{
			"on_time":      "booked:done checked_in:done returned:done inspection:done settled:done",
			"late":         "booked:done checked_in:done returned:done inspection:done settled:done",
			"credited":     "booked:done checked_in:done returned:done inspection:done settled:done",
			"cancelled":    "booked:done cancelled:done",
			"no_show":      "booked:done checked_in:missed no_show:done",
			"defaulted":    "booked:done checked_in:done returned:missed defaulted:done",
			"disputed":     "booked:done checked_in:done returned:done inspection:done disputed:done resolved:done",
			"misdescribed": "booked:done checked_in:done returned:missed disputed:done resolved:done",
			"booked":       "booked:done checked_in:current returned:todo inspection:todo settled:todo",
			"inspection":   "booked:done checked_in:done returned:done inspection:current settled:todo",
		}
		for name, id := range rentals {
			t.Run(name, func(t *testing.T) {
				var r api.Rental
				f.getJSON(t, "/v1/rentals/"+id, http.StatusOK, &r)
				var l api.Listing
				f.getJSON(t, "/v1/listings/"+r.ListingID, http.StatusOK, &l)
				v := run.Views["rental_"+name]
				if v.State != "ready" || v.Heading != "Rental "+id+" "+statusLabel(r.Status) {
					t.Errorf("rental view %s: state %q, heading %q, want ready and \"Rental %s %s\"", v.Hash, v.State, v.Heading, id, statusLabel(r.Status))
				}
				if got := v.steps(); got != wantSteps[name] {
					t.Errorf("timeline = %q, want %q\n%+v", got, wantSteps[name], v.Timeline)
				}
				fields := v.Sections["Rental"].Fields
				want := map[string]string{"status": statusLabel(r.Status), "renter": r.Renter, "provider": r.Provider,
					"rent": tokens.amount(t, r.Rent, l.PaymentToken), "deposit": tokens.amount(t, r.Deposit, l.PaymentToken)}
				for k, w := range want {
					if fields[k] != w {
						t.Errorf("field %s = %q, want %q", k, fields[k], w)
					}
				}
				if r.Payee != r.Provider && fields["payee"] != r.Payee+" not the provider" {
					t.Errorf("payee = %q, want %s marked as not the provider", fields["payee"], r.Payee)
				}
				if s := r.Settlement.V; s != nil {
					got := v.Sections["Settlement"].Fields
					for k, raw := range map[string]string{"rent_charged": s.RentCharged, "late_fee": s.LateFee, "refund": s.Refund, "platform_fee": s.PlatformFee} {
						if w := tokens.amount(t, raw, l.PaymentToken); got[k] != w {
							t.Errorf("settlement %s = %q, want %q", k, got[k], w)
						}
					}
				} else if _, ok := v.Sections["Settlement"]; ok {
					t.Errorf("a settlement section for a rental without one")
				}
			})
		}
		t.Run("story", func(t *testing.T) {
			if got := run.Views["rental_late"].step("booked").Text; !strings.HasPrefix(got, "done: Booked ") {
				t.Errorf("the car's first step = %q; Dave booked it a day ahead", got)
			}
			if got := run.Views["rental_late"].step("returned").Text; !strings.Contains(got, "late by") {
				t.Errorf("the car's return = %q, want it late", got)
			}
			if got := run.Views["rental_late"].Sections["Settlement"].Fields["late_fee"]; strings.HasPrefix(got, "0 ") {
				t.Errorf("the car's late fee = %q, want one", got)
			}
			if got := run.Views["rental_on_time"].step("booked").Text; !strings.HasPrefix(got, "done: Rented ") {
				t.Errorf("the bicycle's first step = %q; Carol rented it at once", got)
			}
			if got := run.Views["rental_on_time"].Sections["Usage reports"].Rows; len(got) != 2 {
				t.Errorf("the bicycle's usage reports = %v, want two", got)
			}
			if got := run.Views["rental_cancelled"].Sections["Rental"].Fields["payee"]; !strings.Contains(got, devnet.Address(sc.Actors.CoOwners).Hex()) {
				t.Errorf("the room's payee = %q, want the co-owners", got)
			}
			if got := run.Views["rental_disputed"].step("resolved").Text; !strings.Contains(got, "ruling: 40 % to the provider") {
				t.Errorf("the bicycle's ruling = %q, want 40 %% to the provider", got)
			}
			d := run.Views["rental_disputed"].Sections["Dispute"]
			if d.Fields["ruling_bps"] != "40 % to the provider" || d.Fields["status"] != "resolved" || len(d.Rows) != 3 {
				t.Errorf("the bicycle's dispute = %+v, want resolved at 40 %% to the provider with three votes", d)
			}
			if got := run.Views["rental_credited"].Sections["Rental"].Fields["rent"]; !strings.Contains(got, " bUSD [") {
				t.Errorf("the room's bUSD rent = %q, want it in bUSD", got)
			}
			if got := run.Views["rental_booked"].Sections["Rental"].Fields["platform"]; got != tripHub.Hex() {
				t.Errorf("Carol's booking platform = %q, want TripHub %s", got, tripHub.Hex())
			}
		})
	})

	t.Run("telemetry charts", func(t *testing.T) {
		v := run.Views["asset"]
		sec := v.Sections["Telemetry"]
		if sec.Fields["readings"] != strconv.FormatInt(stats.Readings, 10) || stats.Readings != int64(len(seed.readings)) {
			t.Errorf("telemetry readings = %q; the API says %d, the test stored %d", sec.Fields["readings"], stats.Readings, len(seed.readings))
		}
		if len(sec.Rows) != len(stats.Anomalies) || len(stats.Anomalies) == 0 {
			t.Errorf("anomaly rows = %d, want the API's %d", len(sec.Rows), len(stats.Anomalies))
		}
		count := map[string]int{}
		for _, r := range seed.readings {
			count[r.Kind.String()]++
		}
		charts := map[string]explorerChart{}
		for _, c := range v.Charts {
			charts[c.Kind] = c
		}
		for kind, points := range map[string]int{"odometer_m": count["odometer_m"], "energy_wh": count["energy_wh"],
			"battery_pm": count["battery_pm"], "track": count["lat_e7"]} {
			c, ok := charts[kind]
			if !ok {
				t.Errorf("no %s chart (charts %+v)", kind, v.Charts)
				continue
			}
			if c.Points != points || c.Width < 200 {
				t.Errorf("%s chart = %+v, want %d points drawn", kind, c, points)
			}
		}
		if charts["odometer_m"].Marks == 0 || charts["track"].Marks == 0 {
			t.Errorf("charts = %+v, want anomalies marked on the odometer and the track", v.Charts)
		}
		if !strings.Contains(charts["track"].Label, "floored") {
			t.Errorf("the public's track = %q, want it said floored", charts["track"].Label)
		}
	})

	t.Run("inspection countdown", func(t *testing.T) {
		var r api.Rental
		f.getJSON(t, "/v1/rentals/"+inspected, http.StatusOK, &r)
		v := run.Views["rental_inspection"]
		if r.Status != "returned" || r.InspectionEnd == nil {
			t.Fatalf("rental %s = %s, inspection until %v; want returned, in inspection", inspected, r.Status, r.InspectionEnd)
		}
		if len(v.Countdowns) != 1 || len(v.CountdownsLater) != 1 {
			t.Fatalf("countdowns = %+v then %+v, want one", v.Countdowns, v.CountdownsLater)
		}
		c, later := v.Countdowns[0], v.CountdownsLater[0]
		if c.Deadline != *r.InspectionEnd || c.Remaining <= 0 || c.Remaining > int64(devnet.InspectionPeriod) ||
			!strings.HasSuffix(c.Text, " left") || !strings.Contains(v.step("inspection").Text, c.Text) {
			t.Errorf("inspection countdown = %+v, want up to %d s left before %d", c, devnet.InspectionPeriod, *r.InspectionEnd)
		}
		if later.Remaining >= c.Remaining || c.Remaining-later.Remaining > 4 || later.Text == c.Text {
			t.Errorf("the countdown went from %+v to %+v in two seconds", c, later)
		}
	})

	t.Run("listing", func(t *testing.T) {
		v := run.Views["listing_room"]
		fields := v.Sections["Terms"].Fields
		coOwners := devnet.Address(sc.Actors.CoOwners).Hex()
		hash := "—"
		if room.TermsHash != nil {
			hash = *room.TermsHash
		}
		want := map[string]string{"payee": coOwners + " not the provider", "provider": room.Provider, "status": room.Status,
			"terms_hash": hash, "price_per_hour": tokens.amount(t, room.PricePerHour, room.PaymentToken),
			"cancel_fee_bps": "30 %", "free_cancel_before": "until 1 d before the start", "platform": "none"}
		if room.Payee != coOwners {
			t.Fatalf("room payee = %s, want the co-owners %s", room.Payee, coOwners)
		}
		for k, w := range want {
			if fields[k] != w {
				t.Errorf("room listing field %s = %q, want %q", k, fields[k], w)
			}
		}
	})

	t.Run("platforms", func(t *testing.T) {
		v := run.Views["platforms"]
		if v.View != "platforms" || len(platforms.Items) != 2 {
			t.Fatalf("platforms view %q; the API lists %d platforms, want CityRide and TripHub", v.View, len(platforms.Items))
		}
		rows := v.Sections["Platforms"].Rows
		if len(rows) != len(platforms.Items) {
			t.Fatalf("platform rows = %v, want %d", rows, len(platforms.Items))
		}
		names := map[string]string{devnet.Address(sc.Actors.Platforms[0]).Hex(): "CityRide", tripHub.Hex(): "TripHub"}
		for i, p := range platforms.Items {
			if names[p.Address] == "" {
				t.Errorf("platform %s is neither CityRide nor TripHub", p.Address)
			}
			var fees []string
			for _, fee := range p.Fees {
				fees = append(fees, tokens.amount(t, fee.Amount, fee.Token))
			}
			if len(fees) == 0 {
				t.Errorf("%s earned no fees; both platforms are paid in the story", names[p.Address])
			}
			want := map[string]string{"Platform": p.Address, "Share": fmt.Sprintf("%d bps", p.ShareBps),
				"Listings": strconv.FormatInt(p.Listings, 10), "Rentals": strconv.FormatInt(p.Rentals, 10), "Fees": strings.Join(fees, ", ")}
			for k, w := range want {
				if rows[i][k] != w {
					t.Errorf("%s %s = %q, want %q", names[p.Address], k, rows[i][k], w)
				}
			}
		}
		toks := run.Views["params"].Sections["Payment tokens"].Rows
		if !slices.ContainsFunc(toks, func(r map[string]string) bool {
			return r["Token"] == st.Contracts["PaymentToken"] && r["Symbol"] == "tUSD" && r["Decimals"] == "6"
		}) {
			t.Errorf("payment tokens = %v, want tUSD with 6 decimals", toks)
		}
	})

	t.Run("account", func(t *testing.T) {
		v := run.Views["account"]
		fields := v.Sections["Credit and holdings"].Fields
		want := map[string]string{"address": account.Address, "score": strconv.Itoa(account.Score), "tier": strconv.Itoa(account.Tier),
			"blacklisted": "no", "active_rentals": strconv.Itoa(account.ActiveRentals),
			"deposit_bps":  strconv.Itoa(account.Terms.DepositBps),
			"tier_rentals": fmt.Sprintf("%d of %d", account.TierRentals, account.Terms.MaxActiveRentals),
			"shr_balance":  tokens.amount(t, account.SHRBalance, shr), "rewards_earned": tokens.amount(t, account.RewardsEarned, shr)}
		if account.TierRentals != 1 {
			t.Errorf("Carol's tier rentals = %d, want 1 (her booking)", account.TierRentals)
		}
		var claimable []string
		for _, c := range account.Claimable {
			claimable = append(claimable, tokens.amount(t, c.Amount, c.Token))
		}
		if len(claimable) == 0 {
			want["claimable"] = "none"
		} else {
			want["claimable"] = strings.Join(claimable, ", ")
		}
		for k, w := range want {
			if fields[k] != w {
				t.Errorf("account field %s = %q, want %q", k, fields[k], w)
			}
		}
		if account.RewardsEarned == "0" || !strings.Contains(fields["rewards_earned"], " SHR [") {
			t.Errorf("rewards earned = %q; Carol's clean rental earns SHR", fields["rewards_earned"])
		}
		asRenter := v.Sections["Rentals as renter"]
		if got := asRenter.column("Id"); !slices.Contains(got, onTime.ID) || !slices.Contains(got, booked) {
			t.Errorf("rentals as renter = %q, want %s and %s among them", got, onTime.ID, booked)
		}
		var statuses []string
		for _, r := range carolsRentals.Items {
			statuses = append(statuses, statusLabel(r.Status))
		}
		if got := asRenter.column("Status"); !slices.Equal(got, statuses) || !slices.Contains(got, "no-show") {
			t.Errorf("Carol's rental statuses = %q, want %q, a no-show among them", got, statuses)
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

	for _, name := range []string{"home", "asset", "account", "tx", "missing", "platforms", "listing_room", "rental_inspection", "rental_late"} {
		t.Run("screenshot "+name, func(t *testing.T) {
			checkScreenshot(t, filepath.Join(out, name+".png"))
		})
	}
}

func TestFormatUnits(t *testing.T) {
	tests := []struct {
		raw      string
		decimals int
		want     string
	}{
		{"3000000", 6, "3"},
		{"3500000", 6, "3.5"},
		{"1", 6, "0.000001"},
		{"0", 6, "0"},
		{"10000000000", 6, "10,000"},
		{"100000000000000000000000", 18, "100,000"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935", 18,
			"115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,640,564,039,457.584007913129639935"},
		{"123", 0, "123"},
	}
	for _, tt := range tests {
		if got := formatUnits(tt.raw, tt.decimals); got != tt.want {
			t.Errorf("formatUnits(%s, %d) = %s, want %s", tt.raw, tt.decimals, got, tt.want)
		}
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
