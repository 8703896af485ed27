package telemetry_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
	"sharechain/services/telemetry"
)

// TestRun_Service runs the whole service: a device posts over HTTP and another
// publishes over MQTT; no epoch exists before the first interval has passed, then one
// epoch holds both devices' readings and is anchored; cancelling stops it cleanly.
func TestRun_Service(t *testing.T) {
	e := newEnv(t, 2)
	broker := testenv.MQTT(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr := make(chan net.Addr, 1)
	done := make(chan error, 1)
	const interval = 3 * time.Second
	go func() {
		done <- telemetry.Run(ctx, telemetry.Config{Pool: e.Pool, Manifest: e.Manifest, Backend: e.Client, Key: e.anchorKey,
			IngestAddr: "127.0.0.1:0", MQTT: telemetry.MQTTConfig{URL: broker}, AnchorInterval: interval,
			Logger: quiet, Registry: prometheus.NewRegistry(), OnListen: func(a net.Addr) { addr <- a }})
	}()
	var url string
	select {
	case a := <-addr:
		url = "http://" + a.String() + telemetry.ReadingsPath
	case err := <-done:
		t.Fatalf("Run() = %v at start", err)
	}
	start := time.Now()
	now := e.latest(t)
	resp, err := http.Post(url, "application/json", bytesReader(batchJSON(t, e.reading(t, 0, 1, now, "odometer_m", 1), e.reading(t, 0, 2, now, "odometer_m", 2))))
	if err != nil {
		t.Fatal(err)
	}
	var res telemetry.Results
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != 200 || len(res.Results) != 2 || res.Results[1].Status != telemetry.Accepted {
		t.Fatalf("POST = %d %+v %v", resp.StatusCode, res, err)
	}
	resp.Body.Close()
	d := newMQTTDevice(t, broker, e.Manifest.ChainID, e.devices[1])
	d.publish(t, "", batchJSON(t, e.reading(t, 1, 1, now, "odometer_m", 1)))
	if got := d.next(t); len(got.Results) != 1 || got.Results[0].Status != telemetry.Accepted {
		t.Fatalf("MQTT acks = %+v, want one accepted", got)
	}

	a := e.anchorer(t, 0)
	if last, err := a.LastEpoch(ctx); err != nil || last != 0 {
		t.Fatalf("lastEpoch = %d, %v before the first interval, want 0", last, err)
	}
	waitFor(t, "epoch 1 anchored", func() bool { last, _ := a.LastEpoch(ctx); return last == 1 })
	if took := time.Since(start); took < interval-500*time.Millisecond {
		t.Errorf("epoch 1 anchored %v after start, want one interval (%v)", took, interval)
	}
	s := e.epochState(t, a, 1)
	if s.row.Count != 3 || s.chain != s.row.Root {
		t.Errorf("epoch 1: %d readings, chain root %s, stored %s; want 3 and the same root", s.row.Count, s.chain.Hex(), s.row.Root.Hex())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run() = %v after cancel, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run() still running 30 s after cancel")
	}
	if n := e.stored(t, devnet.Address(e.devices[1])); n != 1 {
		t.Errorf("device 1 has %d stored readings, want 1", n)
	}
}
