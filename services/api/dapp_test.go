package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/bindings/pledgeescrow"
	"sharechain/indexer/metadata"
	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/manifest"
	"sharechain/services/api"
)

// dappRun is what testdata/dapp.mjs prints.
type dappRun struct {
	ConsoleErrors  []string `json:"console_errors"`
	FailedRequests []string `json:"failed_requests"`
	Wallet         []struct {
		Method   string `json:"method"`
		From     string `json:"from"`
		To       string `json:"to"`
		Selector string `json:"selector"`
		Error    string `json:"error"`
	} `json:"wallet"`
	TimingsMS    map[string]int64 `json:"timings_ms"`
	Platform     string           `json:"platform"`
	PlatformText string           `json:"platform_text"`
	SearchFrom   string           `json:"search_from"`
	Search       struct {
		Query string    `json:"query"`
		Rows  []dappRow `json:"rows"`
	} `json:"search"`
	Terms             map[string]string `json:"terms"`
	TermsHash         string            `json:"terms_hash"`
	CalendarBefore    []dappRow         `json:"calendar_before"`
	Start             string            `json:"start"`
	DurationHours     string            `json:"duration_hours"`
	Account           string            `json:"account"`
	AccountText       string            `json:"account_text"`
	Quote             map[string]string `json:"quote"`
	TermsChanged      dappProblem       `json:"terms_changed"`
	TermsReloaded     map[string]string `json:"terms_reloaded"`
	TermsHashReloaded string            `json:"terms_hash_reloaded"`
	QuoteReloaded     map[string]string `json:"quote_reloaded"`
	Booked            struct {
		dappStep
		Rental      string `json:"rental"`
		CancelQuote string `json:"cancel_quote"`
	} `json:"booked"`
	MyBookings      []dappRow   `json:"my_bookings"`
	Cancelled       dappStep    `json:"cancelled"`
	MyBookingsAfter []dappRow   `json:"my_bookings_after"`
	SlotTaken       dappProblem `json:"slot_taken"`
	// a wallet on chain 1 that refuses to switch, then rejects the approval
	Refusing struct {
		Wallet []struct {
			Method string `json:"method"`
		} `json:"wallet"`
		WrongChain dappProblem `json:"wrong_chain"`
		Rejected   dappProblem `json:"rejected"`
		Steps      []string    `json:"steps"`
	} `json:"refusing"`
}

type dappRow struct {
	Rental  *string  `json:"rental"`
	Listing *string  `json:"listing"`
	Status  *string  `json:"status"`
	Mine    bool     `json:"mine"`
	Cells   []string `json:"cells"`
}

type dappProblem struct {
	Error string   `json:"error"`
	Text  string   `json:"text"`
	Sends int      `json:"sends"`
	Steps []string `json:"steps"`
	// after SlotTaken: the calendar and quote the page shows then
	Calendar     []dappRow         `json:"calendar"`
	Quote        map[string]string `json:"quote"`
	BookDisabled bool              `json:"book_disabled"`
}

type dappStep struct {
	Fields       map[string]string `json:"fields"`
	Calendar     []dappRow         `json:"calendar"`
	Steps        []string          `json:"steps"`
	WaitMS       int64             `json:"wait_ms"`
	CancelHidden bool              `json:"cancel_hidden"`
	Sent         []struct {
		From     string `json:"from"`
		To       string `json:"to"`
		Selector string `json:"selector"`
	} `json:"sent"`
}

// startMetadata serves the scenario's metadata documents as a local IPFS gateway and
// runs the indexer's metadata worker on them, as the demo does, and waits until the
// bicycle's listing has its kind: the page's search by kind and place needs it.
func startMetadata(t *testing.T, env *indexedtest.Env, f *fixture, bicycle string) {
	t.Helper()
	docs := devnet.Documents()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ipfs/{cid}", func(w http.ResponseWriter, r *http.Request) {
		doc, ok := docs[r.PathValue("cid")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, doc)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	fetcher, err := metadata.NewFetcher(metadata.FetcherConfig{AllowPrivate: true, IPFSGateway: "http://" + ln.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	worker, err := metadata.NewWorker(env.Pool, metadata.Config{ChainID: env.Manifest.ChainID, Fetcher: fetcher,
		Metrics: metadata.NewMetrics(prometheus.NewRegistry()), Interval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = worker.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	deadline := time.Now().Add(60 * time.Second)
	for {
		var l api.Listing
		f.getJSON(t, "/v1/listings/"+bicycle, http.StatusOK, &l)
		if l.Kind != nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("listing %s has no kind 60 s after the metadata worker started", bicycle)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestDapp drives the booking page (/book/) in headless Chromium over the devnet
// scenario's index, as Carol with a browser wallet: she searches bicycles near the
// bicycle's place free tomorrow, reads the terms, connects; the provider changes the
// terms before she books and the page refuses with TermsChanged; she reloads them and
// books (approve, then rent through TripHub, the page's platform), sees the booking and
// the calendar once the API has indexed the block, and cancels; then Dave takes the
// same slot first and her next attempt shows SlotTaken, decoded from the escrow's ABI.
// The wallet is an EIP-1193 provider that anvil backs with Carol's dev key. Everything
// the page showed is checked against the API and the chain.
func TestDapp(t *testing.T) {
	node, chromium := browserTools(t)
	env := indexedtest.Start(t, indexedtest.Options{})
	sc, err := devnet.Play(context.Background(), env.Suite, func(string, ...any) {})
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	env.Sync(t)
	tripHub := devnet.Address(sc.Actors.Platforms[1])
	f := serveWith(t, env, sc, func(c *api.Config) { c.DappPlatform = &tripHub })
	bicycle := sc.Listings.Bicycle.String()
	startMetadata(t, env, f, bicycle)

	ctx := context.Background()
	s, b, tusd := env.Suite, env.Suite.Bindings.PledgeEscrow, env.Suite.Bindings.PaymentToken
	alice, carol, dave := sc.Actors.Providers[0], sc.Actors.Renters[0], sc.Actors.Renters[1]
	// Carol holds tUSD and has not approved the escrow, so the page must approve; Dave
	// can book the slot the page wants once the script asks
	mint := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1_000_000))
	if _, err := s.Transact(ctx, carol, s.PaymentToken, tusd.PackMint(devnet.Address(carol), mint)); err != nil {
		t.Fatalf("minting tUSD for Carol: %v", err)
	}
	if _, err := s.Transact(ctx, carol, s.PaymentToken, tusd.PackApprove(s.PledgeEscrow, new(big.Int))); err != nil {
		t.Fatalf("clearing Carol's allowance: %v", err)
	}
	if _, err := s.Transact(ctx, dave, s.PaymentToken, tusd.PackMint(devnet.Address(dave), mint)); err != nil {
		t.Fatalf("minting tUSD for Dave: %v", err)
	}
	if _, err := s.Transact(ctx, dave, s.PaymentToken, tusd.PackApprove(s.PledgeEscrow, mint)); err != nil {
		t.Fatalf("approving for Dave: %v", err)
	}
	env.Sync(t)

	var before api.Listing
	f.getJSON(t, "/v1/listings/"+bicycle, http.StatusOK, &before)
	if before.Location.V == nil || before.TermsHash == nil {
		t.Fatalf("listing %s = %+v, want a location and a terms hash", bicycle, before)
	}
	loc := before.Location.V
	near := strconv.FormatFloat(loc.Lat, 'f', -1, 64) + "," + strconv.FormatFloat(loc.Lon, 'f', -1, 64)

	out := os.Getenv("DAPP_SCREENSHOTS")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(runCtx, node, "testdata/dapp.mjs")
	cmd.Env = append(os.Environ(), "DAPP_URL="+pagesOfSeveral(t, f), "CHROMIUM="+chromium, "RPC_URL="+env.Node.RPC,
		"ACCOUNT="+strings.ToLower(devnet.Address(carol).Hex()), "LISTING_ID="+bicycle, "NEAR="+near, "OUT_DIR="+out)
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
	started := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// the steps the script asks the chain for, done here as the other people would
	sc2 := bufio.NewScanner(errPipe)
	for sc2.Scan() {
		line, ok := strings.CutPrefix(sc2.Text(), "dapp.mjs: ")
		if !ok {
			stderr.WriteString(sc2.Text() + "\n")
			continue
		}
		fields := strings.Fields(line)
		switch fields[0] {
		case "change-terms":
			// Alice raises the bicycle's price from 3 to 4 tUSD an hour
			newTerms := termsOf(t, before)
			newTerms.PricePerHour = new(big.Int).Add(newTerms.PricePerHour, big.NewInt(1_000_000))
			if _, err := s.Transact(ctx, alice, s.PledgeEscrow, b.PackUpdateListing(sc.Listings.Bicycle, newTerms)); err != nil {
				t.Errorf("updating the bicycle's listing: %v", err)
			}
		case "take-slot":
			start, _ := strconv.ParseUint(fields[1], 10, 64)
			duration, _ := strconv.ParseUint(fields[2], 10, 64)
			var now api.Listing
			f.getJSON(t, "/v1/listings/"+bicycle+"?min_block="+strconv.FormatUint(env.Head(t), 10)+"&wait=10000", http.StatusOK, &now)
			if _, err := s.Transact(ctx, dave, s.PledgeEscrow, b.PackRent(sc.Listings.Bicycle, start, duration,
				[32]byte(common.HexToHash(*now.TermsHash)), common.Address{})); err != nil {
				t.Errorf("Dave booking the slot: %v", err)
			}
			// Carol has approved the escrow without limit, so the page goes straight to rent
			if _, err := s.Transact(ctx, carol, s.PaymentToken, tusd.PackApprove(s.PledgeEscrow, mint)); err != nil {
				t.Errorf("approving for Carol: %v", err)
			}
		default:
			t.Errorf("the script asked for an unknown step %q", line)
		}
		env.Sync(t)
		fmt.Fprintln(stdin, "ok")
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node testdata/dapp.mjs: %v\nstderr:\n%s\nstdout:\n%s", err, stderr.String(), stdout.String())
	}
	var run dappRun
	if err := json.Unmarshal(stdout.Bytes(), &run); err != nil {
		t.Fatalf("decoding the script's output: %v\n%s", err, stdout.String())
	}
	t.Logf("browser run: %s; steps (ms): %v; min_block waits: booking %d ms, cancellation %d ms",
		time.Since(started).Round(time.Millisecond), run.TimingsMS, run.Booked.WaitMS, run.Cancelled.WaitMS)
	if t.Failed() {
		t.FailNow()
	}
	checkDapp(t, f, sc, run, before, tripHub)
}

// termsOf is a listing's terms as rent and updateListing take them.
func termsOf(t *testing.T, l api.Listing) pledgeescrow.IPledgeEscrowTerms {
	t.Helper()
	num := func(s string) *big.Int {
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("listing %s: %q is not a number", l.ID, s)
		}
		return n
	}
	terms := pledgeescrow.IPledgeEscrowTerms{PricePerHour: num(l.PricePerHour), Deposit: num(l.Deposit), MinDuration: l.MinDuration,
		MaxDuration: l.MaxDuration, PricePerUnit: num(l.PricePerUnit), CancelFeeBps: uint16(l.CancelFeeBps),
		FreeCancelBefore: l.FreeCancelBefore}
	if l.Payee != l.Provider {
		terms.Payee = common.HexToAddress(l.Payee)
	}
	if l.Platform != nil {
		terms.Platform = common.HexToAddress(*l.Platform)
	}
	return terms
}

// checkDapp checks what the page showed and did against the API.
func checkDapp(t *testing.T, f *fixture, sc *devnet.Scenario, run dappRun, before api.Listing, platform common.Address) {
	b, tusd := f.env.Suite.Bindings.PledgeEscrow, f.env.Suite.Bindings.PaymentToken
	carol, dave := devnet.Address(sc.Actors.Renters[0]), devnet.Address(sc.Actors.Renters[1])
	escrow, token := f.env.Suite.PledgeEscrow, f.env.Suite.PaymentToken
	bicycle := sc.Listings.Bicycle.String()
	selector := func(data []byte) string { return fmt.Sprintf("0x%x", data[:4]) }
	rentSel, cancelSel := selector(b.PackRent(big.NewInt(1), 0, 0, [32]byte{}, common.Address{})), selector(b.PackCancel(big.NewInt(1)))
	approveSel := selector(tusd.PackApprove(escrow, big.NewInt(0)))
	tUSD := func(raw string) string { return formatUnits(raw, 6) + " tUSD" }

	t.Run("no console errors, only its own origin", func(t *testing.T) {
		if len(run.ConsoleErrors) > 0 || len(run.FailedRequests) > 0 {
			t.Errorf("console errors %q, failed or foreign requests %q", run.ConsoleErrors, run.FailedRequests)
		}
		for _, w := range run.Wallet {
			if w.Method == "eth_sendTransaction" && !strings.EqualFold(w.From, carol.Hex()) {
				t.Errorf("the wallet sent a transaction from %s, want Carol %s", w.From, carol.Hex())
			}
		}
	})

	t.Run("a wallet on another chain, a rejected request", func(t *testing.T) {
		r := run.Refusing
		if r.WrongChain.Error != "Wrong chain" || !strings.Contains(r.WrongChain.Text, "chain 1;") || !strings.Contains(r.WrongChain.Text, "chain 31337") {
			t.Errorf("connecting a wallet on chain 1 showed %+v, want Wrong chain naming 1 and 31337", r.WrongChain)
		}
		if r.Rejected.Error != "Rejected" || !strings.Contains(r.Rejected.Text, "declined") || !slices.Equal(r.Steps, []string{"check:done", "approve:failed"}) {
			t.Errorf("a rejected approval showed %+v with steps %q, want Rejected at the approval", r.Rejected, r.Steps)
		}
		for _, w := range r.Wallet {
			if w.Method == "eth_sendTransaction" {
				t.Errorf("the refusing wallet's page reached the chain with %s", w.Method)
			}
		}
	})

	t.Run("platform from the server's configuration", func(t *testing.T) {
		if run.Platform != platform.Hex() || !strings.Contains(run.PlatformText, "DAPP_PLATFORM") ||
			!strings.Contains(run.PlatformText, "earns "+strconv.Itoa(int(devnet.PlatformShares[1])/200)+" % of the platform fee") {
			t.Errorf("platform = %s (%q), want TripHub %s, configured, with its share", run.Platform, run.PlatformText, platform.Hex())
		}
	})

	t.Run("search", func(t *testing.T) {
		q := run.Search.Query
		for _, want := range []string{"kind=bicycle", "near=", "radius_m=2000", "available_from=", "available_to=", "active=true"} {
			if !strings.Contains(q, want) {
				t.Errorf("search query %q lacks %s", q, want)
			}
		}
		// the same query now: the bicycle is booked by Dave for that window, so ask it
		// without the window to compare the rest
		var all api.Page[api.Listing]
		f.getJSON(t, "/v1/listings?active=true&kind=bicycle&near="+queryValue(q, "near")+"&radius_m=2000", http.StatusOK, &all)
		var want, got []string
		for _, l := range all.Items {
			want = append(want, l.ID)
		}
		for _, r := range run.Search.Rows {
			got = append(got, *r.Listing)
		}
		if !slices.Equal(got, want) || !slices.Contains(got, bicycle) {
			t.Errorf("search results = %q, want %q with the bicycle %s", got, want, bicycle)
		}
		if len(run.Search.Rows) > 0 && !strings.Contains(strings.Join(run.Search.Rows[0].Cells, "|"), "Brompton") {
			t.Errorf("first result = %q, want the bicycle's title", run.Search.Rows[0].Cells)
		}
	})

	t.Run("terms", func(t *testing.T) {
		if run.TermsHash != *before.TermsHash || run.Terms["terms_hash"] != *before.TermsHash {
			t.Errorf("terms hash shown = %s / %s, want %s", run.TermsHash, run.Terms["terms_hash"], *before.TermsHash)
		}
		if got, want := run.Terms["price_per_hour"], tUSD(before.PricePerHour); got != want {
			t.Errorf("price per hour = %q, want %q", got, want)
		}
		if got := run.Terms["cancellation"]; got != "free until 2 h before the start, then 10 % of the rent" {
			t.Errorf("cancellation = %q", got)
		}
		if !strings.EqualFold(run.Account, carol.Hex()) {
			t.Errorf("connected account = %s, want Carol %s", run.Account, carol.Hex())
		}
	})

	var after api.Listing
	f.getJSON(t, "/v1/listings/"+bicycle, http.StatusOK, &after)
	t.Run("TermsChanged before any transaction", func(t *testing.T) {
		p := run.TermsChanged
		if p.Error != "TermsChanged" || !strings.Contains(p.Text, *before.TermsHash) || !strings.Contains(p.Text, *after.TermsHash) || p.Sends != 0 {
			t.Errorf("after the provider changed the terms, the page showed %+v, want TermsChanged naming both hashes and no transaction", p)
		}
		if run.TermsHashReloaded != *after.TermsHash || run.TermsReloaded["price_per_hour"] != tUSD(after.PricePerHour) {
			t.Errorf("reloaded terms: hash %s, price %q; want %s, %q", run.TermsHashReloaded, run.TermsReloaded["price_per_hour"],
				*after.TermsHash, tUSD(after.PricePerHour))
		}
	})

	var rental api.Rental
	f.getJSON(t, "/v1/rentals/"+run.Booked.Rental, http.StatusOK, &rental)
	start, err := time.Parse("2006-01-02T15:04", run.Start)
	if err != nil {
		t.Fatal(err)
	}
	hours, _ := strconv.ParseUint(run.DurationHours, 10, 64)
	t.Run("booking", func(t *testing.T) {
		var acct api.Account
		f.getJSON(t, "/v1/accounts/"+carol.Hex(), http.StatusOK, &acct)
		price, _ := new(big.Int).SetString(after.PricePerHour, 10)
		deposit, _ := new(big.Int).SetString(after.Deposit, 10)
		wantRent := new(big.Int).Mul(price, new(big.Int).SetUint64(hours)) // whole hours: no rounding
		wantDeposit := new(big.Int).Div(new(big.Int).Add(new(big.Int).Mul(deposit, big.NewInt(int64(acct.Terms.DepositBps))), big.NewInt(9999)), big.NewInt(10000))
		if rental.ListingID != bicycle || rental.Renter != carol.Hex() || rental.Platform == nil || *rental.Platform != platform.Hex() ||
			rental.Start != uint64(start.Unix()) || rental.End != rental.Start+hours*3600 ||
			rental.Rent != wantRent.String() || rental.Deposit != wantDeposit.String() {
			t.Errorf("rental %s = %+v; want Carol's booking of listing %s through TripHub %s at %s for %d h, rent %s, deposit %s",
				rental.ID, rental, bicycle, platform.Hex(), start, hours, wantRent, wantDeposit)
		}
		if got := run.QuoteReloaded["rent"]; got != tUSD(wantRent.String()) {
			t.Errorf("quoted rent = %q, want %q", got, tUSD(wantRent.String()))
		}
		if got := run.QuoteReloaded["deposit"]; got != tUSD(wantDeposit.String()) {
			t.Errorf("quoted deposit = %q, want %q (tier %d)", got, tUSD(wantDeposit.String()), acct.Tier)
		}
		want := map[string]string{"id": rental.ID, "status": "booked", "rent": tUSD(rental.Rent), "deposit": tUSD(rental.Deposit),
			"platform": platform.Hex()}
		for k, w := range want {
			if run.Booked.Fields[k] != w {
				t.Errorf("booking field %s = %q, want %q", k, run.Booked.Fields[k], w)
			}
		}
		if got, want := strings.Join(run.Booked.Steps, " "), "check:done approve:done simulate:done rent:done indexed:done"; got != want {
			t.Errorf("booking steps = %q, want %q", got, want)
		}
		if len(run.Booked.Sent) != 2 || !strings.EqualFold(run.Booked.Sent[0].To, token.Hex()) || run.Booked.Sent[0].Selector != approveSel ||
			!strings.EqualFold(run.Booked.Sent[1].To, escrow.Hex()) || run.Booked.Sent[1].Selector != rentSel {
			t.Errorf("booking transactions = %+v, want approve on tUSD, then rent on the escrow", run.Booked.Sent)
		}
		mine := false
		for _, r := range run.Booked.Calendar {
			if r.Rental != nil && *r.Rental == rental.ID {
				mine = r.Mine && *r.Status == "booked"
			}
		}
		if !mine {
			t.Errorf("booking calendar = %+v, want rental %s marked as hers, booked", run.Booked.Calendar, rental.ID)
		}
		if !slices.ContainsFunc(run.MyBookings, func(r dappRow) bool { return r.Rental != nil && *r.Rental == rental.ID }) {
			t.Errorf("her bookings = %+v, want rental %s", run.MyBookings, rental.ID)
		}
		if !strings.Contains(run.Booked.CancelQuote, "free") {
			t.Errorf("cancel quote = %q, want free (a day ahead, free until 2 h before)", run.Booked.CancelQuote)
		}
	})

	t.Run("cancellation", func(t *testing.T) {
		total := new(big.Int)
		for _, a := range []string{rental.Rent, rental.Deposit} {
			n, _ := new(big.Int).SetString(a, 10)
			total.Add(total, n)
		}
		st := rental.Settlement.V
		if rental.Status != "cancelled" || st == nil || st.RentCharged != "0" || st.PlatformFee != "0" || st.Refund != total.String() {
			t.Errorf("rental %s after the page cancelled it: status %s, settlement %+v; want cancelled, free, refund %s",
				rental.ID, rental.Status, st, total)
		}
		c := run.Cancelled
		if c.Fields["status"] != "cancelled" || st == nil || c.Fields["refund"] != tUSD(st.Refund) || c.Fields["fee"] != tUSD("0") || !c.CancelHidden {
			t.Errorf("the page after cancelling shows %v (cancel button hidden: %v), want cancelled with refund %s", c.Fields, c.CancelHidden, total)
		}
		if len(c.Sent) != 1 || !strings.EqualFold(c.Sent[0].To, escrow.Hex()) || c.Sent[0].Selector != cancelSel {
			t.Errorf("cancellation transactions = %+v, want one cancel on the escrow", c.Sent)
		}
		if !strings.HasSuffix(strings.Join(c.Steps, " "), "simulate-cancel:done cancel:done indexed-cancel:done") {
			t.Errorf("cancellation steps = %q", c.Steps)
		}
		if slices.ContainsFunc(c.Calendar, func(r dappRow) bool { return r.Rental != nil && *r.Rental == rental.ID }) ||
			slices.ContainsFunc(run.MyBookingsAfter, func(r dappRow) bool { return r.Rental != nil && *r.Rental == rental.ID }) {
			t.Errorf("after cancelling, the calendar %+v or her bookings %+v still hold rental %s", c.Calendar, run.MyBookingsAfter, rental.ID)
		}
	})

	t.Run("SlotTaken decoded from the revert", func(t *testing.T) {
		var daves api.Page[api.Rental]
		f.getJSON(t, "/v1/rentals?status=booked&renter="+dave.Hex(), http.StatusOK, &daves)
		i := slices.IndexFunc(daves.Items, func(r api.Rental) bool { return r.Start == rental.Start })
		if i < 0 {
			t.Fatalf("Dave's bookings = %+v, want the slot at %d", daves.Items, rental.Start)
		}
		p := run.SlotTaken
		want := fmt.Sprintf("SlotTaken(%s, %s)", rental.TokenID, daves.Items[i].ID)
		if p.Error != "SlotTaken" || !strings.HasPrefix(p.Text, want) || p.Sends != 0 || !slices.Contains(p.Steps, "simulate:failed") {
			t.Errorf("booking a taken slot showed %+v, want %s decoded at the simulation, nothing sent", p, want)
		}
		taken := daves.Items[i].ID
		if !slices.ContainsFunc(p.Calendar, func(r dappRow) bool { return r.Rental != nil && *r.Rental == taken && *r.Status == "booked" }) ||
			!strings.Contains(p.Quote["problems"], "rental "+taken+" holds") || !p.BookDisabled {
			t.Errorf("after SlotTaken the calendar is %+v, the quote %v, Book disabled %v; want Dave's rental %s shown, named, and no booking",
				p.Calendar, p.Quote, p.BookDisabled, taken)
		}
	})
}

// queryValue is the value of name in a query string.
func queryValue(query, name string) string {
	for _, kv := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// TestDappBundle rebuilds the booking page's ABI fragments and bundle from the forge
// artifacts and node_modules into a temporary folder and fails when the committed ones
// differ: they must always be what `make dapp` makes of the current contracts and
// package-lock.json, as the bindings are (bindings/bindings_test.go).
func TestDappBundle(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not on PATH: install Node 20 or later")
	}
	if _, err := os.Stat("../../out/PledgeEscrow.sol/PledgeEscrow.json"); err != nil {
		t.Fatalf("forge artifacts missing (%v): run `forge build` (make test does) before the Go tests", err)
	}
	if _, err := os.Stat("../../node_modules/esbuild/package.json"); err != nil {
		t.Fatal("esbuild is not installed: run `make deps` (npm ci) at the repository root")
	}
	dir := t.TempDir()
	if out, err := exec.Command(node, "dapp/build.mjs", "--out", dir).CombinedOutput(); err != nil {
		t.Fatalf("node dapp/build.mjs: %v\n%s", err, out)
	}
	for _, name := range []string{"src/abi.js", "booking.js"} {
		want, err := os.ReadFile(dir + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile("dapp/" + name)
		if err != nil {
			t.Fatalf("committed file missing: %v (run `make dapp`)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("services/api/dapp/%s differs from a fresh build: run `make dapp` and commit the result", name)
		}
	}
}

// TestDappFiles checks how the booking page's files are served: its sources and build
// script are not, a link's query survives the redirect to /book/, the CSP keeps it to
// its own origin, and /book/config.json names the configured platform (EIP-55) or null.
func TestDappFiles(t *testing.T) {
	// the files need no database: a pool that never connects will do
	pool, err := pgxpool.New(context.Background(), "postgres://nobody@127.0.0.1:1/none")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	platform := common.HexToAddress("0x637082e791cbb5d28d281affc4b6ccfad24c91e7")
	newServer := func(p *common.Address) *httptest.Server {
		s, err := api.New(api.Config{Pool: pool, Manifest: &manifest.Manifest{ChainID: 31337}, DappPlatform: p,
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		return srv
	}
	with, without := newServer(&platform), newServer(nil)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(t *testing.T, srv *httptest.Server, path string) (*http.Response, string) {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque, req.URL.RawQuery, _ = strings.Cut(path, "?") // keep dot segments as sent
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(body)
	}
	tests := []struct {
		path, status, contentType, location string
	}{
		{"/book/", "200", "text/html; charset=utf-8", ""},
		{"/book/booking.js", "200", "text/javascript; charset=utf-8", ""},
		{"/book/style.css", "200", "text/css; charset=utf-8", ""},
		{"/book", "301", "", "/book/"},
		{"/book?platform=0xabc", "301", "", "/book/?platform=0xabc"},
		{"/book/index.html", "301", "", "/book/"},
		{"/book/src/booking.js", "404", "application/problem+json", ""},
		{"/book/src/", "404", "application/problem+json", ""},
		{"/book/build.mjs", "404", "application/problem+json", ""},
		{"/book/../main_test.go", "404", "application/problem+json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, with, tt.path)
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
	for name, tt := range map[string]struct {
		srv  *httptest.Server
		want string
	}{
		"configured": {with, `{"platform":"` + platform.Hex() + `"}`},
		"none":       {without, `{"platform":null}`},
	} {
		t.Run("config.json "+name, func(t *testing.T) {
			resp, body := get(t, tt.srv, "/book/config.json")
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" || strings.TrimSpace(body) != tt.want {
				t.Errorf("GET /book/config.json = %d %q %s, want 200 application/json %s", resp.StatusCode, resp.Header.Get("Content-Type"), body, tt.want)
			}
		})
	}
}
