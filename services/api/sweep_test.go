package api_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// kind is the type of a parameter, which decides the malformed values the sweep sends.
type kind int

const (
	kAddress kind = iota
	kUint256
	kBool
	kBlock
	kWait
	kLimit
	kCursor
	kRentalStatus
	kDisputeStatus
	kOrder
	kTx
	kContract
	kName
	kKind
	kNear
	kRadius
	kTier
)

// sweepOp is one operation: a path whose parameters are valid, and the query
// parameters it takes.
type sweepOp struct {
	path   string
	params map[string]kind
}

var readParams = map[string]kind{"min_block": kBlock, "wait": kWait, "finalized": kBool}

func with(extra map[string]kind) map[string]kind {
	m := map[string]kind{}
	for _, src := range []map[string]kind{readParams, extra} {
		for k, v := range src {
			m[k] = v
		}
	}
	return m
}

// problem is an error answer as INTERFACE.md §5 pins it; pointers tell a missing field
// from an empty one.
type problem struct {
	Type          *string `json:"type"`
	Title         *string `json:"title"`
	Status        *int    `json:"status"`
	Detail        *string `json:"detail"`
	InvalidParams []struct {
		Name   string `json:"name"`
		Reason string `json:"reason"`
	} `json:"invalid_params"`
}

// sweeper sends requests through the fixture (so each answer is also checked against
// /openapi.json) and checks that each is the problem it should be.
type sweeper struct {
	f        *fixture
	sent     int
	byStatus map[int]int
}

// want requests path and checks that the answer is status, a complete problem+json
// body, and for a 400 that invalid_params names param.
func (s *sweeper) want(t *testing.T, path string, status int, param string) {
	t.Helper()
	resp, body := s.f.get(t, path)
	s.sent++
	s.byStatus[resp.StatusCode]++
	if resp.StatusCode >= 500 {
		t.Errorf("GET %s = %d %s, want %d: a malformed request must never be a server error", path, resp.StatusCode, body, status)
		return
	}
	if resp.StatusCode != status {
		t.Errorf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
		return
	}
	if status < 400 {
		return
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("GET %s: Content-Type = %q, want application/problem+json", path, ct)
	}
	var p problem
	if err := json.Unmarshal(body, &p); err != nil {
		t.Errorf("GET %s: body %s is not JSON: %v", path, body, err)
		return
	}
	if p.Type == nil || *p.Type == "" || p.Title == nil || *p.Title == "" || p.Detail == nil || *p.Detail == "" || p.Status == nil {
		t.Errorf("GET %s: problem %s lacks one of type, title, status, detail", path, body)
		return
	}
	if *p.Status != resp.StatusCode {
		t.Errorf("GET %s: problem status = %d, HTTP status %d", path, *p.Status, resp.StatusCode)
	}
	if status != http.StatusBadRequest {
		return
	}
	names := make([]string, len(p.InvalidParams))
	for i, ip := range p.InvalidParams {
		names[i] = ip.Name
		if ip.Reason == "" {
			t.Errorf("GET %s: invalid_params entry %q has no reason", path, ip.Name)
		}
	}
	if !slices.Contains(names, param) {
		t.Errorf("GET %s: invalid_params names %q, want %q among them (%s)", path, names, param, body)
	}
}

// TestBadInputSweep sends hundreds of malformed requests across every operation and
// checks that each is refused with the right 4xx problem (400 naming the parameter,
// 404 for unknown routes and ids) and never a 5xx; and that the valid edge values
// next to them are accepted.
func TestBadInputSweep(t *testing.T) {
	f := newFixture(t)
	sc := f.scenario
	s := &sweeper{f: f, byStatus: map[int]int{}}

	renter := devnet.Address(sc.Actors.Renters[0])
	sum := renter.Hex()
	lower := strings.ToLower(sum)
	wrongSum := flipCase(sum)
	two256 := new(big.Int).Lsh(big.NewInt(1), 256).String()
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String()
	const two63 = "9223372036854775808"
	const max63 = "9223372036854775807"

	var st api.Status
	f.getJSON(t, "/v1/status", http.StatusOK, &st)
	unreached := fmt.Sprint(st.IndexedBlock + 1_000_000)

	// real cursors, to replay on the wrong list
	cursorOf := func(path string) string {
		t.Helper()
		var p struct {
			NextCursor *string `json:"next_cursor"`
		}
		f.getJSON(t, path, http.StatusOK, &p)
		if p.NextCursor == nil {
			t.Fatalf("GET %s: no next_cursor; the scenario has more than one item", path)
		}
		return *p.NextCursor
	}
	cursors := map[string]string{
		"assets":       cursorOf("/v1/assets?limit=1"),
		"listings":     cursorOf("/v1/listings?limit=1"),
		"rentals":      cursorOf("/v1/rentals?limit=1"),
		"disputes":     cursorOf("/v1/disputes?limit=1"),
		"events":       cursorOf("/v1/events?limit=1"),
		"events-desc":  cursorOf("/v1/events?limit=1&order=desc"),
		"asset-events": cursorOf("/v1/assets/" + sc.Assets.Bicycle.String() + "/events?limit=1"),
		"platforms":    cursorOf("/v1/platforms?limit=1"),
	}

	bicycle := sc.Assets.Bicycle.String()
	ops := []sweepOp{
		{"/v1/status", with(nil)},
		{"/v1/assets", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "owner": kAddress, "verified": kBool, "listed": kBool})},
		{"/v1/assets/" + bicycle, with(nil)},
		{"/v1/assets/" + bicycle + "/events", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "order": kOrder})},
		{"/v1/assets/" + bicycle + "/availability", with(map[string]kind{"from": kBlock, "to": kBlock})},
		{"/v1/params", with(nil)},
		{"/v1/platforms", with(map[string]kind{"limit": kLimit, "cursor": kCursor})},
		{"/v1/platforms/" + devnet.Address(sc.Actors.Platforms[0]).Hex(), with(nil)},
		{"/v1/listings", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "active": kBool, "provider": kAddress,
			"payment_token": kAddress, "max_price_per_hour": kUint256, "token_id": kUint256, "kind": kKind, "near": kNear,
			"radius_m": kRadius, "available_from": kBlock, "available_to": kBlock, "min_provider_tier": kTier})},
		{"/v1/listings/" + sc.Listings.Bicycle.String(), with(nil)},
		{"/v1/rentals", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "renter": kAddress, "provider": kAddress,
			"token_id": kUint256, "status": kRentalStatus})},
		{"/v1/rentals/" + sc.Rentals.OnTime.String(), with(nil)},
		{"/v1/accounts/" + lower, with(nil)},
		{"/v1/disputes", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "status": kDisputeStatus, "rental_id": kUint256})},
		{"/v1/disputes/" + sc.Disputes.Disputed.String(), with(nil)},
		{"/v1/events", with(map[string]kind{"limit": kLimit, "cursor": kCursor, "order": kOrder, "contract": kContract,
			"name": kName, "from_block": kBlock, "to_block": kBlock, "tx": kTx, "account": kAddress})},
		{"/v1/events.csv", with(map[string]kind{"contract": kContract, "name": kName, "from_block": kBlock, "to_block": kBlock,
			"tx": kTx, "account": kAddress})},
		// only malformed requests: a well-formed one streams until the client leaves
		{"/v1/events/stream", with(map[string]kind{"cursor": kCursor, "contract": kContract, "name": kName, "from_block": kBlock,
			"to_block": kBlock, "tx": kTx, "account": kAddress})},
		{"/healthz", nil},
		{"/readyz", nil},
	}

	badAddresses := []string{
		lower[:41],                        // short
		lower + "0",                       // long
		"0x" + strings.Repeat("g", 40),    // not hex
		wrongSum,                          // mixed case, wrong EIP-55 checksum
		"0x" + strings.ToUpper(lower[2:]), // all upper case is not EIP-55
		"0X" + lower[2:],                  // 0X prefix
		lower[2:],                         // no prefix
		lower[2:] + "00",                  // no prefix, 42 characters
		"%20" + lower,                     // leading space
		lower + "%20",                     // trailing space
		"+" + lower[1:],                   // a + is a space
		"",                                // empty
		"0x",                              // prefix only
		lower[:41] + "%EF%BC%90",          // a fullwidth digit
		lower[:41] + "%00",                // NUL
	}
	badUints := []string{two256, strings.Repeat("9", 79), "-1", "1.5", "1e3", "%2B1", "%201", "1%20", "abc", "0x10", "%D9%A1", "",
		"-0", "1_000"}
	badBools := []string{"TRUE", "True", "1", "0", "yes", "", "true%20", "%00", "truefalse"}
	badBlocks := []string{two63, two256, "-1", "1.5", "1e3", "abc", "", "%2B1", "%D9%A1", "0x10"}
	badWaits := []string{"10001", "-1", "abc", "1.5", two63, "99999999999999999999", ""}
	badLimits := []string{"0", "501", "-1", "abc", "1.5", two63, "99999999999999999999999", "", "1e2"}
	badCursors := []string{"!!!", "dGhpcyBpcyBub3QgYSBjdXJzb3I", strings.Repeat("A", 401), "YXNzZXRzOjE=", "YXNzZXRzOjF", "", "a%2Bb",
		cursorOfKeys("events", "-1", "0"), cursorOfKeys("events", two63, "0"), cursorOfKeys("events", "1", "2147483648"), cursorOfKeys("assets", "01"), cursorOfKeys("assets", "")}
	badStatus := map[kind][]string{
		kRentalStatus:  {"unknown", "ACTIVE", "active,settled", "", "open", "%20active"},
		kDisputeStatus: {"unknown", "OPEN", "open,resolved", "", "active", "settled"},
	}
	badOrders := []string{"up", "ASC", "", "desc%20", "descending"}
	badTxs := []string{"0x" + strings.Repeat("ab", 31), "0x" + strings.Repeat("ab", 33), "0X" + strings.Repeat("ab", 32),
		"0x" + strings.Repeat("zz", 32), lower, ""}
	badContracts := []string{"NoSuchContract", wrongSum, "0X" + lower[2:], lower + "0", lower[:41], "PledgeEscrow%20", ""}
	badNames := []string{"1abc", "a-b", "", strings.Repeat("a", 65), "Rented%00", "Rent%20ed"}
	badKinds := []string{"spaceship", "Bicycle", "bicycle,car", "", "charging%20pile"}
	badNears := []string{"91,0", "0,181", "1e1,0", "NaN,0", "0", "0,0,0", "", "%2B1,0", "%201,0", "1,2"} // the last lacks radius_m
	badRadii := []string{"0", "100001", "-1", "1.5", "", "abc", "10"}                                    // the last lacks near
	badTiers := []string{"4", "-1", "", "01", "a", "1.0"}

	for _, op := range ops {
		sep := "?"
		if strings.Contains(op.path, "?") {
			sep = "&"
		}
		// each parameter, alone, with each malformed value of its kind
		for name, k := range op.params {
			var bad []string
			switch k {
			case kAddress:
				bad = badAddresses
			case kUint256:
				bad = badUints
			case kBool:
				bad = badBools
			case kBlock:
				bad = badBlocks
			case kWait:
				bad = badWaits
			case kLimit:
				bad = badLimits
			case kCursor:
				bad = badCursors
				// a cursor of every other list, and this list's own cut short
				own := listOf(op.path)
				for list, c := range cursors {
					if list != own {
						bad = append(bad, c)
					}
				}
				if own == "platforms" {
					// an address key cut short is a smaller address, a valid position:
					// a key too many is not
					bad = append(bad, cursorOfKeys("platforms", "1", "2"))
				} else {
					bad = append(bad, cursors[own][:len(cursors[own])-2])
				}
			case kRentalStatus, kDisputeStatus:
				bad = badStatus[k]
			case kOrder:
				bad = badOrders
			case kTx:
				bad = badTxs
			case kContract:
				bad = badContracts
			case kName:
				bad = badNames
			case kKind:
				bad = badKinds
			case kNear:
				bad = badNears
			case kRadius:
				bad = badRadii
			case kTier:
				bad = badTiers
			}
			for _, v := range bad {
				s.want(t, op.path+sep+name+"="+v, http.StatusBadRequest, name)
			}
			// given twice, even with valid values
			s.want(t, op.path+sep+name+"="+validValue(k, lower)+"&"+name+"="+validValue(k, lower), http.StatusBadRequest, name)
		}
		// unknown parameters, and names that differ from known ones only in case
		for _, name := range []string{"bogus", "LIMIT", "Owner", "min-block", "id", "token_id%5B%5D", "%20limit"} {
			if _, ok := op.params[name]; ok {
				continue
			}
			s.want(t, op.path+sep+name+"=1", http.StatusBadRequest, unescape(name))
		}
		// query strings that are not valid percent-encoding
		for _, q := range []string{"%zz", "%", "limit=%", "a=%2", "%g1=1", "x=1;y=2"} {
			s.want(t, op.path+sep+q, http.StatusBadRequest, "query")
		}
		if op.params == nil {
			continue
		}
		// a malformed parameter beside a min_block not indexed yet: 400 (retrying cannot
		// help), not 503
		s.want(t, op.path+sep+"min_block="+unreached+"&wait=10001", http.StatusBadRequest, "wait")
		s.want(t, op.path+sep+"min_block="+unreached+"&finalized=yes", http.StatusBadRequest, "finalized")
		if _, ok := op.params["limit"]; ok {
			s.want(t, op.path+sep+"min_block="+unreached+"&limit=0", http.StatusBadRequest, "limit")
		}
	}

	// bad path ids on every id route, and bad addresses on the account route
	badIDs := []string{"abc", "-1", "1e3", "1.5", two256, strings.Repeat("0", 78) + "1", "%2B1", "%201", "0x1", "%D9%A1", "1%00"}
	for _, id := range badIDs {
		for _, p := range []string{"/v1/assets/%s", "/v1/assets/%s/events", "/v1/assets/%s/availability", "/v1/listings/%s", "/v1/rentals/%s", "/v1/disputes/%s"} {
			name := "id"
			if strings.HasPrefix(p, "/v1/assets/") {
				name = "tokenId"
			}
			s.want(t, fmt.Sprintf(p, id), http.StatusBadRequest, name)
		}
	}
	for _, a := range badAddresses {
		if a == "" {
			continue // that is another route
		}
		s.want(t, "/v1/accounts/"+a, http.StatusBadRequest, "address")
		s.want(t, "/v1/platforms/"+a, http.StatusBadRequest, "address")
	}
	// a platforms cursor past the 160 bits of an address
	s.want(t, "/v1/platforms?cursor="+cursorOfKeys("platforms", max256), http.StatusBadRequest, "cursor")

	// unknown routes and unknown ids
	for _, p := range []string{"/v1/nothing", "/v1/assets/1/nothing", "/v2/status", "/v1", "/v1/", "/v1/accounts", "/v1/accounts/",
		"/v1/assets/", "/v1/status/1", "/v1/events.json", "/v1/events.csv/1", "/v1/rentals/1/events"} {
		s.want(t, p, http.StatusNotFound, "")
	}
	for _, id := range []string{"0", max256, "999999"} {
		for _, p := range []string{"/v1/assets/%s", "/v1/assets/%s/events", "/v1/assets/%s/availability", "/v1/listings/%s", "/v1/rentals/%s", "/v1/disputes/%s"} {
			s.want(t, fmt.Sprintf(p, id), http.StatusNotFound, "")
		}
	}
	s.want(t, "/v1/platforms/0x00000000000000000000000000000000000000fe", http.StatusNotFound, "")

	// valid edge values are accepted
	for _, p := range []string{
		"/v1/accounts/" + lower,
		"/v1/accounts/" + sum,
		"/v1/accounts/0x0000000000000000000000000000000000000000",
		"/v1/events?from_block=" + max63,
		"/v1/events?to_block=" + max63 + "&from_block=0",
		"/v1/events.csv?from_block=" + max63,
		"/v1/events?tx=0x" + strings.Repeat("AB", 32),
		"/v1/events?contract=pledgeescrow",
		"/v1/events?contract=" + strings.ToLower(f.env.Manifest.Contracts["PledgeEscrow"].Hex()),
		"/v1/events?account=" + lower,
		"/v1/status?min_block=0&wait=10000",
		"/v1/status?min_block=" + fmt.Sprint(st.IndexedBlock) + "&wait=0",
		"/v1/status?finalized=true",
		"/v1/assets?limit=1",
		"/v1/assets?limit=500",
		"/v1/assets?owner=" + lower + "&verified=false&listed=true",
		"/v1/assets?cursor=" + cursorOfKeys("assets", max256),
		"/v1/listings?max_price_per_hour=" + max256 + "&token_id=" + max256,
		"/v1/listings?max_price_per_hour=0",
		"/v1/listings?near=-90,180&radius_m=100000",
		"/v1/listings?near=90.000000000000000,-180&radius_m=1&kind=other",
		"/v1/listings?kind=charging_pile&available_from=0&available_to=" + max63 + "&min_provider_tier=3",
		"/v1/listings?near=45.764,4.8357&radius_m=2000&cursor=" + cursorOfKeys("listings_near", "0", max256),
		"/v1/rentals?status=defaulted&token_id=0",
		"/v1/disputes?status=open&rental_id=" + max256,
		"/v1/events?cursor=" + cursorOfKeys("events", max63, "2147483647"),
		"/v1/events?order=desc&cursor=" + cursors["events-desc"],
		"/v1/assets/" + bicycle + "/events?order=asc&cursor=" + cursors["asset-events"],
		"/v1/listings?lim%69t=2",
		"/healthz",
	} {
		s.want(t, p, http.StatusOK, "")
	}

	t.Logf("swept %d requests: %v", s.sent, s.byStatus)
	if s.sent < 300 {
		t.Errorf("swept %d requests, want at least 300", s.sent)
	}
	if n := s.byStatus[http.StatusBadRequest]; n < 300 {
		t.Errorf("%d requests answered 400, want at least 300", n)
	}
}

// flipCase returns the EIP-55 address sum with the case of its first letter flipped,
// which breaks the checksum.
func flipCase(sum string) string {
	b := []byte(sum)
	for i := 2; i < len(b); i++ {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 'a' - 'A'
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	panic("an address without letters: " + sum)
}

// cursorOfKeys builds a cursor as the API does (opaque to clients, but the sweep needs
// well-formed cursors holding bad keys).
func cursorOfKeys(list string, keys ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(list + ":" + strings.Join(keys, ",")))
}

// listOf names the cursor list of a list path.
func listOf(path string) string {
	switch {
	case strings.HasSuffix(path, "/events") && strings.HasPrefix(path, "/v1/assets/"):
		return "asset-events"
	case strings.HasPrefix(path, "/v1/platforms"):
		return "platforms"
	case path == "/v1/events/stream":
		return "events"
	default:
		return strings.TrimPrefix(path, "/v1/")
	}
}

// validValue is a well-formed value of kind k.
func validValue(k kind, address string) string {
	switch k {
	case kAddress:
		return address
	case kUint256, kBlock, kWait:
		return "1"
	case kBool:
		return "true"
	case kLimit:
		return "10"
	case kCursor:
		return cursorOfKeys("x", "1")
	case kRentalStatus:
		return "active"
	case kDisputeStatus:
		return "open"
	case kOrder:
		return "asc"
	case kTx:
		return "0x" + strings.Repeat("00", 32)
	case kContract:
		return "PledgeEscrow"
	case kName:
		return "Rented"
	case kKind:
		return "car"
	case kNear:
		return "1,2"
	case kRadius:
		return "10"
	case kTier:
		return "1"
	}
	panic("unknown kind")
}

func unescape(s string) string {
	r := strings.NewReplacer("%5B", "[", "%5D", "]", "%20", " ")
	return r.Replace(s)
}
