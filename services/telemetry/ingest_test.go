package telemetry_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"sharechain/internal/devnet"
	"sharechain/services/telemetry"
)

// counter returns the value of sharechain_telemetry_readings_total with the labels given.
func counter(t *testing.T, reg *prometheus.Registry, transport, result, reason string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"transport": transport, "result": result, "reason": reason}
	for _, mf := range mfs {
		if mf.GetName() != "sharechain_telemetry_readings_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			if labelsMatch(m.GetLabel(), want) {
				return m.GetCounter().GetValue()
			}
		}
	}
	t.Fatalf("no sharechain_telemetry_readings_total%v", want)
	return 0
}

func labelsMatch(ls []*dto.LabelPair, want map[string]string) bool {
	for _, l := range ls {
		if want[l.GetName()] != l.GetValue() {
			return false
		}
	}
	return len(ls) == len(want)
}

// TestIngest_HTTPResults sends batches that reach every result and reason over HTTP, in
// one chain of cases whose order matters (the duplicate resends what the first case
// stored), and checks the results in request order, what is stored, and the counters.
func TestIngest_HTTPResults(t *testing.T) {
	e := newEnv(t, 3)
	reg := prometheus.NewRegistry()
	in := e.ingester(t, telemetry.IngestConfig{Registry: reg})
	srv := httptest.NewServer(in.Handler())
	defer srv.Close()
	now := e.latest(t)
	dev0 := devnet.Address(e.devices[0])

	first := e.reading(t, 0, 1, now, "odometer_m", 15230)
	other := e.reading(t, 0, 1, now, "odometer_m", 15231) // seq 1 again, another value
	badV := e.reading(t, 0, 2, now, "odometer_m", 1)
	badV.Signature = badV.Signature[:len(badV.Signature)-2] + "1e" // v = 30
	short := e.reading(t, 0, 3, now, "odometer_m", 1)
	short.Signature = short.Signature[:len(short.Signature)-2] // 64 bytes
	highS := e.reading(t, 0, 4, now, "odometer_m", 1)
	highS.Signature = flipS(t, highS.Signature)
	wrongKey := signWith(t, e.domain, e.devices[1], e.tokens[0], 5, now, "odometer_m", 1) // device 1 signs for asset 0
	noAsset := signWith(t, e.domain, e.devices[0], big.NewInt(999), 6, now, "odometer_m", 1)
	wrongDomain := signWith(t, e.domain, e.devices[0], e.tokens[0], 7, now, "odometer_m", 1)
	wrongDomain.Value = "2" // signed 1: recovers to some other address
	malformed := []telemetry.WireReading{
		{TokenID: e.tokens[0].String(), Seq: 8, Time: now, Kind: "Odometer", Value: "1", Signature: first.Signature},
		{TokenID: e.tokens[0].String(), Seq: 9, Time: now, Kind: "odometer_m", Value: "1.5", Signature: first.Signature},
		{TokenID: "0", Seq: 10, Time: now, Kind: "odometer_m", Value: "1", Signature: first.Signature},
		{TokenID: e.tokens[0].String(), Seq: 0, Time: now, Kind: "odometer_m", Value: "1", Signature: first.Signature},
		{TokenID: e.tokens[0].String(), Seq: 11, Time: now, Kind: "odometer_m", Value: "1", Signature: "zz"},
	}

	cases := []struct {
		name   string
		body   []byte
		want   []string
		stored int // device 0's stored readings afterwards
	}{
		{"accepted", batchJSON(t, first), []string{"accepted"}, 1},
		{"identical resend is a duplicate", batchJSON(t, first), []string{"duplicate"}, 1},
		{"another reading with a used seq", batchJSON(t, other), []string{"refused:seq_conflict"}, 1},
		{"unrecoverable signatures", batchJSON(t, badV, short, highS), []string{"refused:bad_signature", "refused:bad_signature", "refused:bad_signature"}, 1},
		{"signer is not the verified device", batchJSON(t, wrongKey, noAsset, wrongDomain),
			[]string{"refused:unknown_device", "refused:unknown_device", "refused:unknown_device"}, 1},
		{"time window around the latest block", batchJSON(t,
			e.reading(t, 0, 20, now+300, "odometer_m", 1), e.reading(t, 0, 21, now+301, "odometer_m", 1),
			e.reading(t, 0, 22, now-86400, "odometer_m", 1), e.reading(t, 0, 23, now-86401, "odometer_m", 1)),
			[]string{"accepted", "refused:clock_skew", "accepted", "refused:too_old"}, 3},
		{"malformed readings", batchJSON(t, malformed...), []string{"refused:malformed", "refused:malformed", "refused:malformed", "refused:malformed", "refused:malformed"}, 3},
		{"mixed, in request order, gaps and reordering", batchJSON(t,
			e.reading(t, 0, 40, now, "energy_wh", -5), malformed[0], first, e.reading(t, 0, 30, now, "locked", 1)),
			[]string{"accepted", "refused:malformed", "duplicate", "accepted"}, 5},
		{"same seq twice in one batch", batchJSON(t,
			e.reading(t, 0, 50, now, "battery_pm", 900), e.reading(t, 0, 50, now, "battery_pm", 900), e.reading(t, 0, 50, now, "battery_pm", 901)),
			[]string{"accepted", "duplicate", "refused:seq_conflict"}, 6},
		{"empty batch", []byte(`{"readings": []}`), []string{}, 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := post(t, srv, c.body)
			if code != http.StatusOK {
				t.Fatalf("POST = %d %s, want 200", code, body)
			}
			var got telemetry.Results
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, brief(got.Results)); diff != "" {
				t.Errorf("results mismatch (-want +got):\n%s", diff)
			}
			if n := e.stored(t, dev0); n != c.stored {
				t.Errorf("device 0 has %d stored readings, want %d", n, c.stored)
			}
		})
	}

	t.Run("results carry the seqs", func(t *testing.T) {
		_, body := post(t, srv, []byte(`{"readings": [{"seq": 77, "token_id": 5}, {"nonsense": true}]}`))
		want := `{"results":[{"seq":77,"status":"refused","reason":"malformed"},{"seq":null,"status":"refused","reason":"malformed"}]}`
		if got := strings.TrimSpace(string(body)); got != want {
			t.Errorf("POST = %s, want %s", got, want)
		}
	})

	t.Run("stored row", func(t *testing.T) {
		var value, kind, token string
		var sig, leaf []byte
		var id int64
		err := e.Pool.QueryRow(context.Background(), `SELECT r.value::text, r.kind, r.token_id::text, r.signature, r.leaf, r.id
			FROM telemetry_readings r JOIN telemetry_seqs s USING (chain_id, device, seq, time, leaf, id)
			WHERE r.device = $1 AND r.seq = 40`, dev0.Bytes()).Scan(&value, &kind, &token, &sig, &leaf, &id)
		if err != nil {
			t.Fatal(err)
		}
		r, _, _ := (&telemetry.WireReading{TokenID: e.tokens[0].String(), Seq: 40, Time: now, Kind: "energy_wh", Value: "-5", Signature: "0x"}).Parse()
		r.Device = dev0
		if value != "-5" || kind != "energy_wh" || token != e.tokens[0].String() || hexutil.Encode(sig) != e.reading(t, 0, 40, now, "energy_wh", -5).Signature ||
			!bytes.Equal(leaf, r.Leaf().Bytes()) {
			t.Errorf("stored (%s, %s, %s, %x, %x), want (-5, energy_wh, %s, the signature, %x)", value, kind, token, sig, leaf, e.tokens[0], r.Leaf())
		}
		var parts int
		if err := e.Pool.QueryRow(context.Background(), `SELECT count(*) FROM telemetry_readings_default`).Scan(&parts); err != nil {
			t.Fatal(err)
		}
		if parts != 0 {
			t.Errorf("the default partition holds %d readings, want 0 (monthly partitions made ahead)", parts)
		}
	})

	t.Run("revoked verification, resend still a duplicate", func(t *testing.T) {
		e.transact(t, devnet.DevKey(0), e.Suite.AssetRegistry, e.Suite.Bindings.AssetRegistry.PackRevokeVerification(e.tokens[0], crypto.Keccak256Hash([]byte("test"))))
		e.Sync(t)
		_, body := post(t, srv, batchJSON(t, first, e.reading(t, 0, 60, now, "odometer_m", 1)))
		var got telemetry.Results
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"duplicate", "refused:unknown_device"}, brief(got.Results)); diff != "" {
			t.Errorf("results mismatch (-want +got):\n%s", diff)
		}
	})

	for _, c := range []struct {
		reason string
		want   float64
	}{{"seq_conflict", 2}, {"bad_signature", 3}, {"unknown_device", 4}, {"clock_skew", 1}, {"too_old", 1}, {"malformed", 8}} {
		if got := counter(t, reg, "http", "refused", c.reason); got != c.want {
			t.Errorf("readings_total{http, refused, %s} = %v, want %v", c.reason, got, c.want)
		}
	}
	if got := counter(t, reg, "http", "accepted", ""); got != 6 {
		t.Errorf("readings_total{http, accepted} = %v, want 6", got)
	}
	if got := counter(t, reg, "http", "duplicate", ""); got != 4 {
		t.Errorf("readings_total{http, duplicate} = %v, want 4", got)
	}
}

// flipS replaces a signature's s by n − s (and flips v): the same signer, but a high s
// that OpenZeppelin's ECDSA refuses.
func flipS(t *testing.T, sig string) string {
	t.Helper()
	b := hexutil.MustDecode(sig)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(b[32:64])
	new(big.Int).Sub(n, s).FillBytes(b[32:64])
	b[64] ^= 1
	return hexutil.Encode(b)
}

// TestIngest_HTTPWholeBatch checks the answers to bodies unusable as a whole.
func TestIngest_HTTPWholeBatch(t *testing.T) {
	e := newEnv(t, 1)
	reg := prometheus.NewRegistry()
	in := e.ingester(t, telemetry.IngestConfig{Registry: reg})
	srv := httptest.NewServer(in.Handler())
	defer srv.Close()
	now := e.latest(t)
	r := e.reading(t, 0, 1, now, "odometer_m", 1)
	many := make([]telemetry.WireReading, telemetry.MaxBatchReadings+1)
	for i := range many {
		many[i] = r
	}
	big := []byte(`{"readings": [], "pad": "` + strings.Repeat("x", telemetry.MaxBatchBytes) + `"}`)
	cases := []struct {
		name string
		body []byte
		code int
	}{
		{"not JSON", []byte(`readings`), 400},
		{"no readings", []byte(`{"reading": []}`), 400},
		{"readings not a list", []byte(`{"readings": {}}`), 400},
		{"more than 1 000 readings", batchJSON(t, many...), 413},
		{"more than 1 MiB", big, 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := post(t, srv, c.body)
			if code != c.code {
				t.Fatalf("POST = %d %s, want %d", code, body, c.code)
			}
			var p telemetry.Problem
			if err := json.Unmarshal(body, &p); err != nil || p.Status != c.code || p.Title == "" || p.Detail == "" {
				t.Errorf("POST body = %s, want a problem+json with status %d", body, c.code)
			}
		})
	}
	t.Run("content type", func(t *testing.T) {
		resp, err := http.Post(srv.URL+telemetry.ReadingsPath, "application/json", strings.NewReader("["))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); ct != telemetry.ProblemContentType {
			t.Errorf("Content-Type = %q, want %q", ct, telemetry.ProblemContentType)
		}
	})
	if got := counter(t, reg, "http", "refused", "oversize"); got != 2 {
		t.Errorf("readings_total{http, refused, oversize} = %v, want 2", got)
	}
	if n := e.stored(t, devnet.Address(e.devices[0])); n != 0 {
		t.Errorf("%d readings stored from refused batches, want 0", n)
	}
}

// TestIngest_RateLimit floods the service from one device: the readings beyond its
// bucket are refused rate_limited while another device's are accepted.
func TestIngest_RateLimit(t *testing.T) {
	e := newEnv(t, 2)
	in := e.ingester(t, telemetry.IngestConfig{DeviceRate: 0.001, DeviceBurst: 5})
	srv := httptest.NewServer(in.Handler())
	defer srv.Close()
	now := e.latest(t)
	var flood []telemetry.WireReading
	for seq := uint64(1); seq <= 8; seq++ {
		flood = append(flood, e.reading(t, 0, seq, now, "odometer_m", int64(seq)))
	}
	_, body := post(t, srv, batchJSON(t, flood...))
	var got telemetry.Results
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	want := []string{"accepted", "accepted", "accepted", "accepted", "accepted", "refused:rate_limited", "refused:rate_limited", "refused:rate_limited"}
	if diff := cmp.Diff(want, brief(got.Results)); diff != "" {
		t.Errorf("flooding device: results mismatch (-want +got):\n%s", diff)
	}
	_, body = post(t, srv, batchJSON(t, e.reading(t, 0, 9, now, "odometer_m", 9), e.reading(t, 1, 1, now, "odometer_m", 1)))
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"refused:rate_limited", "accepted"}, brief(got.Results)); diff != "" {
		t.Errorf("flooding device then another: results mismatch (-want +got):\n%s", diff)
	}
	if n := e.stored(t, devnet.Address(e.devices[0])); n != 5 {
		t.Errorf("flooding device has %d stored readings, want 5", n)
	}
}

// TestIngest_ConcurrentSameSeq posts batches holding the same (device, seq)s at once,
// some identical and some not: each seq is stored exactly once, accepted by exactly one
// batch, and every other batch sees a duplicate (same reading) or a seq_conflict.
func TestIngest_ConcurrentSameSeq(t *testing.T) {
	e := newEnv(t, 1)
	in := e.ingester(t, telemetry.IngestConfig{Writers: 4, DeviceBurst: 10000})
	srv := httptest.NewServer(in.Handler())
	defer srv.Close()
	now := e.latest(t)
	const batches, seqs = 8, 200
	bodies := make([][]byte, batches)
	for b := range batches {
		rs := make([]telemetry.WireReading, seqs)
		for s := range seqs {
			// batches 0-3 send value s, batches 4-7 value s + 1000; reverse order in odd batches
			seq := uint64(s + 1)
			if b%2 == 1 {
				seq = uint64(seqs - s)
			}
			rs[s] = e.reading(t, 0, seq, now, "odometer_m", int64(seq)+int64(b/4)*1000)
		}
		bodies[b] = batchJSON(t, rs...)
	}
	results := make([][]telemetry.Result, batches)
	var wg sync.WaitGroup
	for b := range batches {
		wg.Go(func() {
			code, body := post(t, srv, bodies[b])
			var got telemetry.Results
			if code != 200 || json.Unmarshal(body, &got) != nil {
				t.Errorf("batch %d: POST = %d %s", b, code, body)
				return
			}
			results[b] = got.Results
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	var storedValue = map[uint64]string{}
	rows, err := e.Pool.Query(context.Background(), `SELECT seq, value::text FROM telemetry_readings WHERE device = $1`, devnet.Address(e.devices[0]).Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var seq int64
		var v string
		if err := rows.Scan(&seq, &v); err != nil {
			t.Fatal(err)
		}
		storedValue[uint64(seq)] = v
	}
	if len(storedValue) != seqs || e.stored(t, devnet.Address(e.devices[0])) != seqs {
		t.Fatalf("%d seqs stored, want %d each once", len(storedValue), seqs)
	}
	for seq := uint64(1); seq <= seqs; seq++ {
		accepted := 0
		for b := range batches {
			var r telemetry.Result
			for _, x := range results[b] {
				if *x.Seq == seq {
					r = x
				}
			}
			mine := fmt.Sprint(int64(seq) + int64(b/4)*1000)
			switch {
			case r.Status == telemetry.Accepted:
				accepted++
				if storedValue[seq] != mine {
					t.Errorf("seq %d: batch %d accepted value %s, stored %s", seq, b, mine, storedValue[seq])
				}
			case r.Status == telemetry.Duplicate && storedValue[seq] != mine,
				r.Status == telemetry.Refused && (r.Reason == nil || *r.Reason != telemetry.SeqConflict || storedValue[seq] == mine),
				r.Status == "":
				t.Errorf("seq %d: batch %d (value %s, stored %s) got %v", seq, b, mine, storedValue[seq], brief([]telemetry.Result{r}))
			}
		}
		if accepted != 1 {
			t.Errorf("seq %d accepted by %d batches, want 1", seq, accepted)
		}
	}
}
