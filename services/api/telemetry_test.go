package api_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/devnet"
	"sharechain/internal/telemetry"
	"sharechain/services/api"
)

// seededReading is a reading the test stored, with what the API should answer for it.
type seededReading struct {
	telemetry.Reading
	sig   []byte
	epoch int64 // 1 anchored, 2 built but not anchored, 0 in no epoch (stored as scenarioEpochs + epoch)
}

// telemetrySeed is the telemetry a test stored for the bicycle, around an hour's rental by
// Carol that seedTelemetry makes.
type telemetrySeed struct {
	token     *big.Int
	device    common.Address
	rental    api.Rental // Carol's hour on the bicycle
	slotEnd   uint64
	readings  []seededReading // the bicycle's, in (time, device, seq) order
	anchorTx  common.Hash
	anchorBlk int64
	root      common.Hash
}

// find returns the seeded reading of kind at time t.
func (s *telemetrySeed) find(t *testing.T, kind string, at uint64) seededReading {
	t.Helper()
	for _, r := range s.readings {
		if r.Kind.String() == kind && r.Time == at {
			return r
		}
	}
	t.Fatalf("no seeded %s reading at %d", kind, at)
	return seededReading{}
}

// scenarioEpochs is how many epochs the devnet scenario anchors on chain (roots of readings
// the database does not hold); the seeded epochs come after them.
const scenarioEpochs = 1

// seedTelemetry stores signed readings of the bicycle (and filler of the car, so that the
// anchored epoch's tree spans several pages) as `sharechain telemetry` would: epoch 1
// built and anchored, epoch 2 built but not anchored, the last readings in no epoch.
func seedTelemetry(t *testing.T, f *fixture) *telemetrySeed {
	t.Helper()
	ctx := context.Background()
	sc := f.scenario
	// Carol rides the bicycle for an hour: the scenario's rentals last seconds
	suite, b := f.env.Suite, f.env.Suite.Bindings.PledgeEscrow
	var listing api.Listing
	f.getJSON(t, "/v1/listings/"+sc.Listings.Bicycle.String(), http.StatusOK, &listing)
	carolKey := sc.Actors.Renters[0]
	if _, err := suite.Transact(ctx, carolKey, suite.PledgeEscrow, b.PackRent(sc.Listings.Bicycle, 0, 2*3600,
		[32]byte(common.HexToHash(*listing.TermsHash)), common.Address{})); err != nil {
		t.Fatalf("renting the bicycle: %v", err)
	}
	f.env.Sync(t)
	var active api.Page[api.Rental]
	f.getJSON(t, "/v1/rentals?status=active&renter="+devnet.Address(carolKey).Hex(), http.StatusOK, &active)
	if len(active.Items) != 1 {
		t.Fatalf("Carol's active rentals = %+v, want the bicycle", active.Items)
	}
	if err := f.env.Node.Call(nil, "evm_increaseTime", 3600); err != nil {
		t.Fatal(err)
	}
	rentalID, _ := new(big.Int).SetString(active.Items[0].ID, 10)
	if _, err := suite.Transact(ctx, carolKey, suite.PledgeEscrow, b.PackEndRental(rentalID)); err != nil {
		t.Fatalf("returning the bicycle: %v", err)
	}
	f.env.Sync(t)
	var carol api.Rental
	f.getJSON(t, "/v1/rentals/"+rentalID.String(), http.StatusOK, &carol)
	slotEnd := carol.End
	if carol.ReturnedAt != nil && *carol.ReturnedAt < slotEnd {
		slotEnd = *carol.ReturnedAt
	}
	if slotEnd-carol.Start < 3600 {
		t.Fatalf("Carol's rental = %+v, want an hour's slot", carol)
	}
	key := sc.Actors.Device
	device := devnet.Address(key)
	chainID := f.env.Manifest.ChainID
	domain := telemetry.NewDomain("TelemetryAnchor", chainID, common.HexToAddress("0x00000000000000000000000000000000000a0c40"))
	seq := uint64(0)
	mk := func(token *big.Int, at uint64, kind string, value int64, epoch int64) seededReading {
		seq++
		r := telemetry.Reading{TokenID: token, Device: device, Seq: seq, Time: at, Kind: telemetry.MustKind(kind), Value: big.NewInt(value)}
		sig, err := telemetry.Sign(domain.ReadingDigest(&r), key)
		if err != nil {
			t.Fatal(err)
		}
		return seededReading{Reading: r, sig: sig, epoch: epoch}
	}
	s, e := carol.Start, slotEnd
	bike := sc.Assets.Bicycle
	seed := &telemetrySeed{token: bike, device: device, rental: carol, slotEnd: slotEnd}
	// in Carol's slot: a ride, a position, then silence to the slot's end
	seed.readings = append(seed.readings,
		mk(bike, s+60, telemetry.Odometer, 1000, 1),
		mk(bike, s+60, telemetry.Latitude, 488_566_123, 1),
		mk(bike, s+60, telemetry.Longitude, -1_234_567, 1),
		mk(bike, s+60, telemetry.Battery, 900, 1),
		mk(bike, s+60, telemetry.Locked, 0, 1),
		mk(bike, s+300, telemetry.Odometer, 3000, 1),
		mk(bike, s+300, telemetry.Energy, 100, 1),
	)
	// after the return: the lock open, the odometer back, then moved 2 km with no rental
	seed.readings = append(seed.readings,
		mk(bike, e+3600, telemetry.Odometer, 5000, 2),
		mk(bike, e+3600, telemetry.Latitude, 488_766_123, 2),
		mk(bike, e+3600, telemetry.Longitude, -1_234_567, 2),
		mk(bike, e+3700, telemetry.Locked, 0, 2),
		mk(bike, e+7200, telemetry.Odometer, 4000, 0),
		mk(bike, e+7200, telemetry.Battery, 850, 0),
		mk(bike, e+9000, telemetry.Odometer, 6500, 0),
		mk(bike, e+9000, telemetry.Latitude, 488_966_123, 0),
		mk(bike, e+9000, telemetry.Longitude, -1_234_567, 0),
	)
	// epoch 1 also holds 700 readings of the car: 707 leaves, 1 413 nodes, seven pages
	var filler []seededReading
	for i := range 700 {
		filler = append(filler, mk(sc.Assets.Car, s-100_000+uint64(i), telemetry.Battery, int64(i), 1))
	}
	all := append(slices.Clone(seed.readings), filler...)
	order := []int64{1, 2, 0} // ingestion order: epoch by epoch
	slices.SortStableFunc(all, func(a, b seededReading) int {
		return slices.Index(order, a.epoch) - slices.Index(order, b.epoch)
	})
	tx, err := f.env.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // after Commit
	type span struct {
		first, last int64
		from, to    uint64
		leaves      []common.Hash
	}
	epochs := map[int64]*span{}
	for _, r := range all {
		var id int64
		if err := tx.QueryRow(ctx, `SELECT nextval('telemetry_reading_id')`).Scan(&id); err != nil {
			t.Fatal(err)
		}
		leaf := r.Leaf()
		if _, err := tx.Exec(ctx, `INSERT INTO telemetry_readings (chain_id, time, device, seq, token_id, kind, value, signature, leaf, id)
			VALUES ($1, $2, $3, $4, $5::numeric, $6, $7::numeric, $8, $9, $10)`, int64(chainID), int64(r.Time), device.Bytes(), int64(r.Seq),
			r.TokenID.String(), r.Kind.String(), r.Value.String(), r.sig, leaf.Bytes(), id); err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO telemetry_seqs (chain_id, device, seq, time, leaf, id) VALUES ($1, $2, $3, $4, $5, $6)`,
			int64(chainID), device.Bytes(), int64(r.Seq), int64(r.Time), leaf.Bytes(), id); err != nil {
			t.Fatal(err)
		}
		if r.epoch == 0 {
			continue
		}
		sp := epochs[r.epoch]
		if sp == nil {
			sp = &span{first: id, from: r.Time, to: r.Time}
			epochs[r.epoch] = sp
		}
		sp.last, sp.from, sp.to = id, min(sp.from, r.Time), max(sp.to, r.Time)
		sp.leaves = append(sp.leaves, leaf)
	}
	for _, n := range []int64{1, 2} {
		sp := epochs[n]
		tree, err := telemetry.BuildTree(sp.leaves)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO telemetry_epochs (chain_id, epoch, first_id, last_id, count, from_time, to_time, root)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, int64(chainID), scenarioEpochs+n, sp.first, sp.last, len(sp.leaves), int64(sp.from), int64(sp.to),
			tree.Root().Bytes()); err != nil {
			t.Fatal(err)
		}
		for page := range tree.Pages() { // as services/telemetry's anchorer writes them
			b, minLeaf := tree.Page(page)
			var leaf []byte
			if minLeaf != nil {
				leaf = minLeaf.Bytes()
			}
			if _, err := tx.Exec(ctx, `INSERT INTO telemetry_tree_pages (chain_id, epoch, page, nodes, min_leaf) VALUES ($1, $2, $3, $4, $5)`,
				int64(chainID), scenarioEpochs+n, page, b, leaf); err != nil {
				t.Fatal(err)
			}
		}
		if n == 1 {
			if got := tree.Pages(); got < 3 {
				t.Fatalf("epoch 1 fills %d pages, want the leaves over several pages", got)
			}
			seed.root = tree.Root()
			seed.anchorTx = crypto.Keccak256Hash([]byte("anchor tx of epoch 1"))
			seed.anchorBlk = int64(f.env.Head(t))
			if _, err := tx.Exec(ctx, `INSERT INTO telemetry_anchors (chain_id, epoch, root, count, from_time, to_time, block_number,
				block_hash, tx_hash, log_index) VALUES ($1, $9, $2, $3, $4, $5, $6, $7, $8, 0)`, int64(chainID), tree.Root().Bytes(),
				len(sp.leaves), int64(sp.from), int64(sp.to), seed.anchorBlk, crypto.Keccak256([]byte("block")), seed.anchorTx.Bytes(), scenarioEpochs+1); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	slices.SortStableFunc(seed.readings, func(a, b seededReading) int {
		if a.Time != b.Time {
			return int(int64(a.Time) - int64(b.Time))
		}
		return int(int64(a.Seq) - int64(b.Seq))
	})
	return seed
}

// siwe builds and signs a SIWE message; edit changes the message before it is signed.
type siwe struct {
	domain, uri string
	address     common.Address
	chainID     uint64
	nonce       string
	issuedAt    time.Time
	expires     *time.Time
	statement   string
}

func (m siwe) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s wants you to sign in with your Ethereum account:\n%s\n\n", m.domain, m.address.Hex())
	if m.statement != "" {
		b.WriteString(m.statement + "\n")
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "URI: %s\nVersion: 1\nChain ID: %d\nNonce: %s\nIssued At: %s", m.uri, m.chainID, m.nonce, m.issuedAt.UTC().Format(time.RFC3339))
	if m.expires != nil {
		fmt.Fprintf(&b, "\nExpiration Time: %s", m.expires.UTC().Format(time.RFC3339))
	}
	return b.String()
}

func signSIWE(t *testing.T, msg string, key *ecdsa.PrivateKey) string {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return "SIWE " + base64.RawURLEncoding.EncodeToString([]byte(msg)) + "." + "0x" + common.Bytes2Hex(sig)
}

// signIn gets a nonce and signs a message for key as the explorer would.
func (f *fixture) signIn(t *testing.T, key *ecdsa.PrivateKey, edit func(*siwe)) string {
	t.Helper()
	var n api.AuthNonce
	f.getJSON(t, "/v1/auth/nonce", http.StatusOK, &n)
	u, _ := url.Parse(f.srv.URL)
	m := siwe{domain: u.Host, uri: f.srv.URL + "/", address: devnet.Address(key), chainID: n.ChainID, nonce: n.Nonce,
		issuedAt: time.Now().Add(-time.Second), statement: "Sign in to see your rentals' exact telemetry."}
	if edit != nil {
		edit(&m)
	}
	return signSIWE(t, m.text(), key)
}

// getAuth is get with an Authorization header.
func (f *fixture) getAuth(t *testing.T, path, auth string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	f.validate(t, req, resp, body)
	return resp, body
}

func (f *fixture) getAuthJSON(t *testing.T, path, auth string, status int, out any) {
	t.Helper()
	resp, body := f.getAuth(t, path, auth)
	if resp.StatusCode != status {
		t.Fatalf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: decoding %s: %v", path, body, err)
		}
	}
}

// allReadings pages through an asset's telemetry.
func (f *fixture) allReadings(t *testing.T, query, auth string) []api.Reading {
	t.Helper()
	var all []api.Reading
	path := query
	for i := 0; ; i++ {
		var p api.Page[api.Reading]
		f.getAuthJSON(t, path, auth, http.StatusOK, &p)
		all = append(all, p.Items...)
		if p.NextCursor == nil {
			return all
		}
		if i > 100 {
			t.Fatal("more pages than readings")
		}
		sep := "?"
		if strings.Contains(query, "?") {
			sep = "&"
		}
		path = query + sep + "cursor=" + *p.NextCursor
	}
}

func floorE5(v int64) int64 {
	q := v / 100_000
	if v%100_000 != 0 && v < 0 {
		q--
	}
	return q * 100_000
}

// TestTelemetry reads seeded readings, proofs and stats as a stranger and as each party.
func TestTelemetry(t *testing.T) {
	f := newFixture(t)
	seed := seedTelemetry(t, f)
	sc := f.scenario
	owner, carol, dave := sc.Actors.Providers[0], sc.Actors.Renters[0], sc.Actors.Renters[1]
	stranger := devnet.DerivedKey("stranger")
	base := "/v1/assets/" + seed.token.String() + "/telemetry"
	s, e := seed.rental.Start, seed.slotEnd
	inSlot, outside := s+60, e+3600

	// want is what a caller who may see positions in [from, to) exactly gets for r
	want := func(r seededReading, exact func(uint64) bool) api.Reading {
		out := api.Reading{TokenID: r.TokenID.String(), Device: r.Device.Hex(), Seq: r.Seq, Time: r.Time, Kind: r.Kind.String(),
			Value: r.Value.String()}
		if r.epoch == 1 {
			anchored := int64(scenarioEpochs + 1)
			out.Epoch = &anchored
		}
		pos := r.Kind.String() == telemetry.Latitude || r.Kind.String() == telemetry.Longitude
		if pos && !exact(r.Time) {
			out.Value = fmt.Sprint(floorE5(r.Value.Int64()))
			return out
		}
		sig := "0x" + common.Bytes2Hex(r.sig)
		out.Signature = &sig
		return out
	}
	check := func(t *testing.T, got []api.Reading, exact func(uint64) bool) {
		t.Helper()
		if len(got) != len(seed.readings) {
			t.Fatalf("%d readings, want %d", len(got), len(seed.readings))
		}
		for i, r := range seed.readings {
			w := want(r, exact)
			if g, _ := json.Marshal(got[i]); string(g) != string(must(json.Marshal(w))) {
				t.Errorf("reading %d = %s, want %s", i, g, must(json.Marshal(w)))
			}
		}
	}
	never := func(uint64) bool { return false }
	always := func(uint64) bool { return true }
	inCarols := func(at uint64) bool { return s <= at && at < e }

	t.Run("list", func(t *testing.T) {
		for name, tc := range map[string]struct {
			key   *ecdsa.PrivateKey
			exact func(uint64) bool
		}{
			"anonymous": {nil, never}, "stranger": {stranger, never}, "dave, renter of another rental": {dave, never},
			"carol, renter of the rental": {carol, inCarols}, "owner": {owner, always},
		} {
			t.Run(name, func(t *testing.T) {
				auth := ""
				if tc.key != nil {
					auth = f.signIn(t, tc.key, nil)
				}
				check(t, f.allReadings(t, base+"?limit=2", auth), tc.exact)
			})
		}
		// the floor goes toward −∞: −1 234 567 is −1 300 000, not −1 200 000
		var p api.Page[api.Reading]
		f.getJSON(t, fmt.Sprintf("%s?kind=lon_e7&from=%d&to=%d", base, inSlot, inSlot+1), http.StatusOK, &p)
		if len(p.Items) != 1 || p.Items[0].Value != "-1300000" || p.Items[0].Signature != nil {
			t.Errorf("a stranger's longitude = %+v, want -1300000 without signature", p.Items)
		}
		f.getJSON(t, fmt.Sprintf("%s?kind=odometer_m&from=%d&to=%d", base, e, e+9000), http.StatusOK, &p)
		if len(p.Items) != 2 || p.Items[0].Value != "5000" || p.Items[1].Value != "4000" || p.Items[0].Epoch != nil || p.Items[1].Epoch != nil {
			t.Errorf("odometer in [%d, %d) = %+v, want 5000 and 4000, neither anchored", e, e+9000, p.Items)
		}
	})

	t.Run("list parameters", func(t *testing.T) {
		for _, q := range []string{"?kind=Odometer", "?from=10&to=10", "?from=x", "?limit=0", "?limit=501", "?cursor=abc", "?nope=1",
			"?kind=locked&kind=locked", "?from=%zz"} {
			resp, body := f.get(t, base+q)
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "invalid_params") {
				t.Errorf("GET %s%s = %d %s, want 400 with invalid_params", base, q, resp.StatusCode, body)
			}
		}
		for _, path := range []string{"/v1/assets/999999/telemetry", "/v1/assets/" + sc.Assets.Squatted.String() + "/telemetry"} {
			if resp, body := f.get(t, path); resp.StatusCode != http.StatusNotFound {
				t.Errorf("GET %s = %d %s, want 404", path, resp.StatusCode, body)
			}
		}
		var p api.Page[api.Reading]
		f.getJSON(t, "/v1/assets/"+sc.Assets.Room.String()+"/telemetry", http.StatusOK, &p)
		if len(p.Items) != 0 || p.NextCursor != nil {
			t.Errorf("the room's telemetry = %+v, want none", p)
		}
	})

	proofPath := func(r seededReading) string {
		return fmt.Sprintf("/v1/telemetry/%s/%d/proof", strings.ToLower(r.Device.Hex()), r.Seq)
	}
	t.Run("proof", func(t *testing.T) {
		for _, r := range []seededReading{seed.find(t, telemetry.Odometer, inSlot), seed.find(t, telemetry.Locked, inSlot)} {
			var p api.ReadingProof
			f.getJSON(t, proofPath(r), http.StatusOK, &p)
			proof := make([]common.Hash, len(p.Proof))
			for i, h := range p.Proof {
				proof[i] = common.HexToHash(h)
			}
			if p.Leaf != r.Leaf().Hex() || p.Root != seed.root.Hex() || p.Epoch != scenarioEpochs+1 || p.AnchorTx != seed.anchorTx.Hex() ||
				p.AnchorBlock != seed.anchorBlk || !telemetry.Verify(seed.root, r.Leaf(), proof) || len(proof) < 9 {
				t.Errorf("proof of %s = %+v, want a proof of leaf %s against %s", r.Kind, p, r.Leaf().Hex(), seed.root.Hex())
			}
			if p.Reading.Value != r.Value.String() || p.Reading.Signature == nil || p.Reading.Epoch == nil || *p.Reading.Epoch != scenarioEpochs+1 {
				t.Errorf("proof reading = %+v", p.Reading)
			}
		}
		// every filler leaf of the car proves too: leaves on both pages, at either end of the order
		var car api.Page[api.Reading]
		f.getJSON(t, "/v1/assets/"+sc.Assets.Car.String()+"/telemetry?limit=500", http.StatusOK, &car)
		for _, r := range car.Items[:40] {
			var p api.ReadingProof
			f.getJSON(t, fmt.Sprintf("/v1/telemetry/%s/%d/proof", r.Device, r.Seq), http.StatusOK, &p)
			proof := make([]common.Hash, len(p.Proof))
			for i, h := range p.Proof {
				proof[i] = common.HexToHash(h)
			}
			if !telemetry.Verify(common.HexToHash(p.Root), common.HexToHash(p.Leaf), proof) {
				t.Errorf("the proof of the car's seq %d does not verify", r.Seq)
			}
		}
		for _, r := range []seededReading{seed.find(t, telemetry.Odometer, outside), seed.find(t, telemetry.Odometer, e+7200)} {
			resp, body := f.get(t, proofPath(r))
			if resp.StatusCode != http.StatusConflict || resp.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("proof of a reading not anchored (epoch %d) = %d %s, want 409 problem+json", r.epoch, resp.StatusCode, body)
			}
		}
		for path, status := range map[string]int{
			fmt.Sprintf("/v1/telemetry/%s/999999/proof", seed.device.Hex()):         http.StatusNotFound,
			"/v1/telemetry/0x0000000000000000000000000000000000000001/1/proof":      http.StatusNotFound,
			"/v1/telemetry/0xnope/1/proof":                                          http.StatusBadRequest,
			fmt.Sprintf("/v1/telemetry/%s/x/proof", seed.device.Hex()):              http.StatusBadRequest,
			strings.Replace(proofPath(seed.readings[0]), "/proof", "/proof?x=1", 1): http.StatusBadRequest,
		} {
			if resp, body := f.get(t, path); resp.StatusCode != status {
				t.Errorf("GET %s = %d %s, want %d", path, resp.StatusCode, body, status)
			}
		}
	})

	t.Run("position proofs", func(t *testing.T) {
		lat := seed.find(t, telemetry.Latitude, inSlot)
		for name, tc := range map[string]struct {
			key    *ecdsa.PrivateKey
			status int
		}{"anonymous": {nil, 403}, "stranger": {stranger, 403}, "dave": {dave, 403}, "carol": {carol, 200}, "owner": {owner, 200}} {
			t.Run(name, func(t *testing.T) {
				auth := ""
				if tc.key != nil {
					auth = f.signIn(t, tc.key, nil)
				}
				resp, body := f.getAuth(t, proofPath(lat), auth)
				if resp.StatusCode != tc.status {
					t.Fatalf("proof of a position as %s = %d %s, want %d", name, resp.StatusCode, body, tc.status)
				}
				if tc.status == 200 {
					var p api.ReadingProof
					json.Unmarshal(body, &p) //nolint:errcheck // checked against the document
					if p.Reading.Value != "488566123" || p.Reading.Signature == nil {
						t.Errorf("proof reading = %+v, want the exact latitude", p.Reading)
					}
				} else if resp.Header.Get("Content-Type") != "application/problem+json" || strings.Contains(string(body), "488566") {
					t.Errorf("refusal = %s %s", resp.Header.Get("Content-Type"), body)
				}
			})
		}
		// Carol's session does not open the position taken after her return
		later := seed.find(t, telemetry.Latitude, outside)
		if resp, body := f.getAuth(t, proofPath(later), f.signIn(t, carol, nil)); resp.StatusCode != http.StatusForbidden {
			t.Errorf("Carol's proof of a position after her rental = %d %s, want 403", resp.StatusCode, body)
		}
	})

	t.Run("sign-in refused", func(t *testing.T) {
		path := base + "?kind=lat_e7"
		past := time.Now().Add(-time.Second)
		u, _ := url.Parse(f.srv.URL)
		var n api.AuthNonce
		f.getJSON(t, "/v1/auth/nonce", http.StatusOK, &n)
		if n.ChainID != 31337 || len(n.Domains) != 1 || n.Domains[0] != u.Host || n.ExpiresAt <= n.IssuedAt || len(n.Nonce) < 8 {
			t.Errorf("nonce = %+v", n)
		}
		forged := func() string { // Carol's address, signed by the stranger
			var n api.AuthNonce
			f.getJSON(t, "/v1/auth/nonce", http.StatusOK, &n)
			m := siwe{domain: u.Host, uri: f.srv.URL, address: devnet.Address(carol), chainID: 31337, nonce: n.Nonce, issuedAt: time.Now()}
			return signSIWE(t, m.text(), stranger)
		}()
		made := func() string { // a nonce this deployment never issued
			m := siwe{domain: u.Host, uri: f.srv.URL, address: devnet.Address(carol), chainID: 31337, nonce: strings.Repeat("ab", 36),
				issuedAt: time.Now()}
			return signSIWE(t, m.text(), carol)
		}()
		for name, auth := range map[string]string{
			"forged":        forged,
			"expired":       f.signIn(t, carol, func(m *siwe) { m.expires = &past }),
			"wrong chain":   f.signIn(t, carol, func(m *siwe) { m.chainID = 1 }),
			"wrong domain":  f.signIn(t, carol, func(m *siwe) { m.domain = "evil.example" }),
			"made-up nonce": made,
			"not siwe":      "Bearer abc",
			"bad base64":    "SIWE !!!.0x00",
			"issued later":  f.signIn(t, carol, func(m *siwe) { m.issuedAt = time.Now().Add(time.Hour) }),
		} {
			resp, body := f.getAuth(t, path, auth)
			if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("Content-Type") != "application/problem+json" ||
				resp.Header.Get("WWW-Authenticate") == "" {
				t.Errorf("%s sign-in = %d %s %s, want 401 problem+json", name, resp.StatusCode, resp.Header, body)
			}
		}
	})

	t.Run("stats", func(t *testing.T) {
		from, to := s-3600, e+10000
		path := fmt.Sprintf("/v1/assets/%s/stats?from=%d&to=%d", seed.token, from, to)
		var st api.AssetStats
		f.getJSON(t, path, http.StatusOK, &st)
		overlap := e - s
		if st.TokenID != seed.token.String() || st.From != from || st.To != to || st.Rentals < 1 ||
			st.UtilizationBps < int(overlap*10_000/(to-from)) || st.Readings != int64(len(seed.readings)) ||
			st.LastSeen == nil || *st.LastSeen != e+9000 {
			t.Errorf("stats = %+v, want Carol's rental (%d s of %d) and %d readings", st, overlap, to-from, len(seed.readings))
		}
		kinds := map[string]api.KindStats{}
		for _, k := range st.Kinds {
			kinds[k.Kind] = k
		}
		if k := kinds["odometer_m"]; k.First != "1000" || k.Last != "6500" || k.Min != "1000" || k.Max != "6500" || k.Readings != 5 {
			t.Errorf("odometer stats = %+v", k)
		}
		if k := kinds["lat_e7"]; k.Min != "488500000" || k.Max != "488900000" || k.First != "488500000" {
			t.Errorf("a stranger's latitude stats = %+v, want floored", k)
		}
		got := map[string]int{}
		for _, a := range st.Anomalies {
			got[a.Kind]++
		}
		wantKinds := map[string]int{"movement_while_not_rented": 2, "odometer_backwards": 1, "usage_outside_rental": 1, "device_silent": 1}
		for k, n := range wantKinds {
			if got[k] < n {
				t.Errorf("anomalies %s: %d, want at least %d (%+v)", k, got[k], n, st.Anomalies)
			}
		}
		var owners api.AssetStats
		f.getAuthJSON(t, path, f.signIn(t, owner, nil), http.StatusOK, &owners)
		for _, k := range owners.Kinds {
			if k.Kind == "lat_e7" && (k.Min != "488566123" || k.Max != "488966123") {
				t.Errorf("the owner's latitude stats = %+v, want exact", k)
			}
		}
		// the default window: the 30 days to the latest indexed block
		var def api.AssetStats
		f.getJSON(t, "/v1/assets/"+seed.token.String()+"/stats", http.StatusOK, &def)
		if def.To-def.From != 30*86400 || def.Anomalies == nil || def.Kinds == nil {
			t.Errorf("default stats window = %d..%d", def.From, def.To)
		}
		for _, q := range []string{"?from=10&to=10", "?from=0&to=31708800", "?to=x", "?from=99999999999", "?window=1"} {
			if resp, body := f.get(t, "/v1/assets/"+seed.token.String()+"/stats"+q); resp.StatusCode != http.StatusBadRequest {
				t.Errorf("stats%s = %d %s, want 400", q, resp.StatusCode, body)
			}
		}
		if resp, _ := f.get(t, "/v1/assets/999999/stats"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("stats of an unknown asset = %d, want 404", resp.StatusCode)
		}
	})
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
