package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// endpoint is one load: wrk sends GETs of paths picked at random from a file.
type endpoint struct {
	name   string
	kind   string // "row" (single-row read) or "page" (list page): which target applies
	paths  []string
	target string
}

// targets of DESIGN.md §4, and the dataset they are measured on.
const (
	rowRPS       = 10_000
	rowP99       = 10 * time.Millisecond
	pageP99      = 25 * time.Millisecond
	pageSize     = 50
	designAssets = 100_000
	designEvents = 1_000_000
)

// endpoints builds the loads: single rows by random id, and list pages first and deep
// (at every depth, from cursors the API itself returned).
func endpoints(ctx context.Context, base string, ds dataset) ([]endpoint, error) {
	rng := rand.New(rand.NewPCG(1, 2))
	var assets, listings, rentals, accounts []string
	for i := 1; i <= ds.Assets; i++ {
		assets = append(assets, fmt.Sprintf("/v1/assets/%d", i))
	}
	for i := 1; i <= ds.Listings; i++ {
		listings = append(listings, fmt.Sprintf("/v1/listings/%d", i))
	}
	for i := 0; i < 5000; i++ {
		rentals = append(rentals, fmt.Sprintf("/v1/rentals/%d", 1+rng.IntN(ds.Rentals)))
	}
	// every account the chain has: providers, asset owners, the verifier, renters
	owners := slices.Concat(ds.Providers, ds.Owners)
	for _, a := range slices.Concat(owners, []string{ds.Verifier}, ds.Renters) {
		if a != "" {
			accounts = append(accounts, "/v1/accounts/"+a)
		}
	}
	var byOwner, byRenter []string
	for _, o := range owners {
		byOwner = append(byOwner, fmt.Sprintf("/v1/assets?owner=%s&limit=%d", o, pageSize))
	}
	for _, r := range ds.Renters {
		byRenter = append(byRenter, fmt.Sprintf("/v1/rentals?renter=%s&limit=%d", r, pageSize))
	}
	settled := []string{fmt.Sprintf("/v1/rentals?status=settled&limit=%d", pageSize)}
	events := []string{fmt.Sprintf("/v1/events?limit=%d", pageSize)}

	// walk the lists to the end: every cursor becomes a deep page to load, and the walks
	// check the lists hold every asset, rental and event
	settledDeep, n, err := walk(ctx, base, settled[0], settled[0])
	if err != nil {
		return nil, err
	}
	if n != ds.Rentals {
		return nil, fmt.Errorf("walking /v1/rentals?status=settled: %d rentals, want %d", n, ds.Rentals)
	}
	renterDeep, err := walkAll(ctx, base, byRenter, "/v1/rentals?renter=", "rentals", ds.Rentals)
	if err != nil {
		return nil, err
	}
	var ownerDeep []string
	if len(owners) > 0 { // a dataset.json older than the owners has none
		if ownerDeep, err = walkAll(ctx, base, byOwner, "/v1/assets?owner=", "assets", ds.Assets); err != nil {
			return nil, err
		}
	}
	// the event log is walked in pages of 500 (a tenth of the requests); a cursor is a
	// position in the list, whatever the size of the page that returned it
	eventsDeep, n, err := walk(ctx, base, "/v1/events?limit=500", events[0])
	if err != nil {
		return nil, err
	}
	if int64(n) != ds.Events {
		return nil, fmt.Errorf("walking /v1/events: %d events, want %d", n, ds.Events)
	}
	eps := []endpoint{
		{name: "GET /v1/assets/{id}", kind: "row", paths: assets},
		{name: "GET /v1/listings/{id}", kind: "row", paths: listings},
		{name: "GET /v1/rentals/{id}", kind: "row", paths: rentals},
		{name: "GET /v1/accounts/{address}", kind: "row", paths: accounts},
		{name: "GET /v1/assets?owner=X&limit=50 (page 1)", kind: "page", paths: byOwner},
		{name: "GET /v1/assets?owner=X&limit=50&cursor= (any depth)", kind: "page", paths: ownerDeep},
		{name: "GET /v1/rentals?renter=X&limit=50 (page 1)", kind: "page", paths: byRenter},
		{name: "GET /v1/rentals?renter=X&limit=50&cursor= (any depth)", kind: "page", paths: renterDeep},
		{name: "GET /v1/rentals?status=settled&limit=50 (page 1)", kind: "page", paths: settled},
		{name: "GET /v1/rentals?status=settled&limit=50&cursor= (any depth)", kind: "page", paths: settledDeep},
		{name: "GET /v1/events?limit=50 (page 1)", kind: "page", paths: events},
		{name: "GET /v1/events?limit=50&cursor= (any depth)", kind: "page", paths: eventsDeep},
	}
	// an endpoint with nothing to load (a list of one page, an older dataset.json) is left out
	out := eps[:0]
	for _, e := range eps {
		if len(e.paths) > 0 {
			out = append(out, e)
		} else {
			log.Printf("%s: no paths in this dataset, left out", e.name)
		}
	}
	return out, nil
}

// walk follows the list whose first page is first to its end, and returns, for each
// cursor it got, the path load plus that cursor, and the number of items in the list.
func walk(ctx context.Context, base, first, load string) ([]string, int, error) {
	var deep []string
	n := 0
	next := ""
	for {
		p := first
		if next != "" {
			p += "&cursor=" + url.QueryEscape(next)
			deep = append(deep, load+"&cursor="+url.QueryEscape(next))
		}
		var page struct {
			Items      []json.RawMessage `json:"items"`
			NextCursor *string           `json:"next_cursor"`
		}
		if err := getJSON(ctx, base+p, &page); err != nil {
			return nil, 0, err
		}
		n += len(page.Items)
		if page.NextCursor == nil || *page.NextCursor == "" {
			return deep, n, nil
		}
		next = *page.NextCursor
	}
}

// walkAll walks each list of firsts, which together must hold want items.
func walkAll(ctx context.Context, base string, firsts []string, list, items string, want int) ([]string, error) {
	var deep []string
	total := 0
	for _, first := range firsts {
		d, n, err := walk(ctx, base, first, first)
		if err != nil {
			return nil, err
		}
		deep = append(deep, d...)
		total += n
	}
	if total != want {
		return nil, fmt.Errorf("walking %s: %d %s over all of them, want %d", list, total, items, want)
	}
	return deep, nil
}

func getJSON(ctx context.Context, u string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s: %s", u, resp.Status, body)
	}
	return json.Unmarshal(body, out)
}

// result is one wrk run.
type result struct {
	rps      float64
	p50, p99 time.Duration
	requests int64
	srvCPU   time.Duration // CPU time of the server per request
	pgCPU    time.Duration // CPU time of PostgreSQL per request
	errors   string        // non-2xx answers and socket errors, when any
}

var (
	reRPS     = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)
	reReqs    = regexp.MustCompile(`(\d+) requests in`)
	rePct     = regexp.MustCompile(`(?m)^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$`)
	reNon2xx  = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
	reSockErr = regexp.MustCompile(`Socket errors: (.*)`)
)

// runWrk runs wrk with script against base for d, loading paths from pathsFile.
func runWrk(ctx context.Context, bin, script, pathsFile, base string, cfg config, d time.Duration) (result, string, error) {
	args := []string{"-t" + strconv.Itoa(cfg.threads), "-c" + strconv.Itoa(cfg.conns), "-d" + d.String(), "--latency",
		"--timeout", "5s", "-s", script, base, "--", pathsFile}
	out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
	text := string(out)
	if err != nil {
		return result{}, text, fmt.Errorf("wrk %s: %w\n%s", strings.Join(args, " "), err, text)
	}
	var r result
	m := reRPS.FindStringSubmatch(text)
	if m == nil {
		return r, text, fmt.Errorf("no Requests/sec in wrk's output:\n%s", text)
	}
	r.rps, _ = strconv.ParseFloat(m[1], 64)
	if m := reReqs.FindStringSubmatch(text); m != nil {
		r.requests, _ = strconv.ParseInt(m[1], 10, 64)
	}
	for _, m := range rePct.FindAllStringSubmatch(text, -1) {
		v, _ := strconv.ParseFloat(m[2], 64)
		unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second}[m[3]]
		dur := time.Duration(v * float64(unit))
		if m[1] == "50" {
			r.p50 = dur
		} else {
			r.p99 = dur
		}
	}
	if r.p50 == 0 || r.p99 == 0 {
		return r, text, fmt.Errorf("no latency distribution in wrk's output:\n%s", text)
	}
	var errs []string
	if m := reNon2xx.FindStringSubmatch(text); m != nil {
		errs = append(errs, m[1]+" non-2xx")
	}
	if m := reSockErr.FindStringSubmatch(text); m != nil {
		errs = append(errs, "socket errors: "+m[1])
	}
	r.errors = strings.Join(errs, ", ")
	return r, text, nil
}

// writePaths writes the paths of e to a file for the Lua script.
func writePaths(dir string, i int, e endpoint) (string, error) {
	p := filepath.Join(dir, fmt.Sprintf("paths-%d.txt", i))
	return p, os.WriteFile(p, []byte(strings.Join(e.paths, "\n")+"\n"), 0o644)
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
