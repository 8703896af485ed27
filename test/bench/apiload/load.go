package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// targets of DESIGN.md §4.
const (
	rowRPS   = 10_000
	rowP99   = 10 * time.Millisecond
	pageP99  = 25 * time.Millisecond
	pageSize = 50
)

// endpoints builds the loads: single rows by random id, and list pages first and deep
// (at every depth, from cursors the API itself returned).
func endpoints(ctx context.Context, base string, ds dataset) ([]endpoint, error) {
	rng := rand.New(rand.NewPCG(1, 2))
	var assets, rentals []string
	for i := 1; i <= ds.Assets; i++ {
		assets = append(assets, fmt.Sprintf("/v1/assets/%d", i))
	}
	for i := 0; i < 5000; i++ {
		rentals = append(rentals, fmt.Sprintf("/v1/rentals/%d", 1+rng.IntN(ds.Rentals)))
	}
	var byRenter, settled []string
	for _, r := range ds.Renters {
		byRenter = append(byRenter, fmt.Sprintf("/v1/rentals?renter=%s&limit=%d", r, pageSize))
	}
	settled = []string{fmt.Sprintf("/v1/rentals?status=settled&limit=%d", pageSize)}

	// walk the lists to the end: every cursor becomes a deep page to load, and the walk
	// checks the lists hold every rental
	walk := func(first string) ([]string, int, error) {
		var deep []string
		n := 0
		next := ""
		for {
			p := first
			if next != "" {
				p += "&cursor=" + url.QueryEscape(next)
				deep = append(deep, p)
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
	settledDeep, n, err := walk(settled[0])
	if err != nil {
		return nil, err
	}
	if n != ds.Rentals {
		return nil, fmt.Errorf("walking /v1/rentals?status=settled: %d rentals, want %d", n, ds.Rentals)
	}
	var renterDeep []string
	total := 0
	for _, first := range byRenter {
		deep, n, err := walk(first)
		if err != nil {
			return nil, err
		}
		renterDeep = append(renterDeep, deep...)
		total += n
	}
	if total != ds.Rentals {
		return nil, fmt.Errorf("walking /v1/rentals?renter=: %d rentals over all renters, want %d", total, ds.Rentals)
	}
	return []endpoint{
		{name: "GET /v1/assets/{id}", kind: "row", paths: assets},
		{name: "GET /v1/rentals/{id}", kind: "row", paths: rentals},
		{name: "GET /v1/rentals?renter=X&limit=50 (page 1)", kind: "page", paths: byRenter},
		{name: "GET /v1/rentals?renter=X&limit=50&cursor= (any depth)", kind: "page", paths: renterDeep},
		{name: "GET /v1/rentals?status=settled&limit=50 (page 1)", kind: "page", paths: settled},
		{name: "GET /v1/rentals?status=settled&limit=50&cursor= (any depth)", kind: "page", paths: settledDeep},
	}, nil
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
