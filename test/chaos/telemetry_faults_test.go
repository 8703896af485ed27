package chaos

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// The telemetry scenarios run the real `sharechain telemetry` (HTTP and MQTT ingestion,
// an epoch anchored every second) while devices stream readings and resend each until it
// is acknowledged, inject one kind of fault again and again, and then check, with
// checkTelemetry, that every reading a device made is stored exactly once and that every
// epoch is anchored, in order, with the root of exactly its stored readings.

// startDevices connects the rig's devices: the first nHTTP over HTTP, the rest over MQTT.
func (r *telemetryRig) startDevices(t testing.TB, nHTTP int) *fleet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var devices []*simDevice
	for i := range r.keys {
		d, err := r.newDevice(ctx, i, i >= nHTTP)
		if err != nil {
			t.Fatal(err)
		}
		devices = append(devices, d)
	}
	f := startFleet(devices)
	t.Cleanup(f.stop)
	return f
}

// finishTelemetry drains the devices, waits for the final anchor, stops the service,
// checks the database and the chain and records the scenario's row.
func finishTelemetry(t *testing.T, r *telemetryRig, f *fleet, svc *process, scenario string, faults map[string]int64, began time.Time, recovery string) {
	t.Helper()
	drained, ok := f.drain(pick(2*time.Minute, 5*time.Minute))
	if !ok {
		left := 0
		for _, d := range f.devices {
			left += d.pending()
		}
		t.Fatalf("%d readings still unacknowledged %s after the devices stopped making them; service output:\n%s",
			left, drained.Round(time.Millisecond), tail(svc.output.String(), 4000))
	}
	for _, s := range f.failures() {
		t.Errorf("device answer: %s", s)
	}
	final := r.waitFinalAnchor(t, svc)
	summary := deviceSummary(f.devices)
	f.stop()
	stopService(t, svc)
	tl := r.checkTelemetry(t, f.devices)
	t.Logf("%d readings sent, %d stored (lost %d, duplicates %d, extras %d), %d epochs; drained in %s; %s",
		tl.sent, tl.stored, tl.lost, tl.duplicates, tl.extras, tl.epochs, drained.Round(time.Millisecond), summary)
	if tl.lost != 0 || tl.duplicates != 0 || tl.extras != 0 {
		t.Errorf("readings lost %d, duplicates %d, extras %d; want 0, 0 and 0", tl.lost, tl.duplicates, tl.extras)
	}
	if tl.epochs < 3 {
		t.Errorf("%d epochs: the faults did not fall among several anchors", tl.epochs)
	}
	record(result{
		Scenario: scenario, Faults: faults, Expected: tl.sent, Found: tl.stored, Lost: tl.lost, Duplicates: tl.duplicates + tl.extras,
		Recovery: fmt.Sprintf("%s; drained %.2f s after the last fault; %d epochs anchored (final anchor %.2f s later); %d devices: %s",
			recovery, drained.Seconds(), tl.epochs, final.Seconds(), len(f.devices), summary),
		Took: time.Since(began),
	})
}

// TestTelemetry_BrokerRestart stops the MQTT broker under devices publishing at QoS 1,
// alternately with SIGTERM (it saves its sessions) and SIGKILL (it loses what changed
// since its last autosave, up to a second), and starts it again on the same port and data
// folder. The service and the devices reconnect on their own.
func TestTelemetry_BrokerRestart(t *testing.T) {
	t.Parallel()
	began := time.Now()
	r := newTelemetryRig(t, "broker", pick(4, 6))
	svc := r.startService(t)
	f := r.startDevices(t, 0)

	time.Sleep(pick(3*time.Second, 5*time.Second))
	faults := map[string]int64{}
	var back recoveries
	for i := range pick(2, 8) {
		if !svc.running() {
			t.Fatalf("sharechain telemetry exited (%v):\n%s", svc.err, tail(svc.output.String(), 4000))
		}
		kind := []string{"broker_sigterm", "broker_sigkill"}[i%2]
		if kind == "broker_sigterm" {
			r.broker.Stop()
		} else {
			r.broker.Kill()
		}
		faults[kind]++
		time.Sleep(pick(time.Second, 2*time.Second))
		if err := r.broker.Start(); err != nil {
			t.Fatal(err)
		}
		up := time.Now()
		back = append(back, waitAcked(t, f.devices, up, time.Minute))
		time.Sleep(pick(3*time.Second, 4*time.Second))
	}
	t.Logf("broker back; every device acknowledged again after %s", back)
	finishTelemetry(t, r, f, svc, "5. Telemetry: MQTT broker restart mid-stream", faults, began,
		fmt.Sprintf("outage %.0f s each; after restart every device acknowledged again in %s; service reconnected ×%d",
			pick(1.0, 2.0), back, countLines(svc, "msg=subscribed")-1))
}

// TestTelemetry_PostgresRestart restarts PostgreSQL (pg_ctl stop -m fast, then
// immediate, then start) under devices sending over HTTP and MQTT. The service is not
// restarted: its pool reconnects; meanwhile HTTP answers 503 problem+json and MQTT
// batches stay unacknowledged and are retried, and the devices resend.
func TestTelemetry_PostgresRestart(t *testing.T) {
	t.Parallel()
	began := time.Now()
	n := pick(6, 8)
	r := newTelemetryRig(t, "postgres", n)
	svc := r.startService(t)
	f := r.startDevices(t, n/2)

	time.Sleep(pick(3*time.Second, 5*time.Second))
	faults := map[string]int64{}
	var back recoveries
	outage := pick(1500*time.Millisecond, 3*time.Second)
	for i := range pick(2, 8) {
		if !svc.running() {
			t.Fatalf("sharechain telemetry exited (%v):\n%s", svc.err, tail(svc.output.String(), 4000))
		}
		mode := []string{"fast", "immediate"}[i%2]
		if err := r.cluster.Stop(mode); err != nil {
			t.Fatal(err)
		}
		faults["postgres_"+mode+"_stop"]++
		time.Sleep(outage)
		if err := r.cluster.Start(r.cluster.Port, pgSettings...); err != nil {
			t.Fatal(err)
		}
		up := time.Now()
		back = append(back, waitAcked(t, f.devices, up, time.Minute))
		time.Sleep(pick(3*time.Second, 4*time.Second))
	}
	var problems int
	for _, d := range f.devices {
		d.log.mu.Lock()
		problems += d.log.problems
		d.log.mu.Unlock()
	}
	if problems == 0 {
		t.Errorf("no HTTP device got a 503 while PostgreSQL was down: the outage proves nothing")
	}
	retried := countLines(svc, "batch not stored; retrying")
	finishTelemetry(t, r, f, svc, "6. Telemetry: PostgreSQL restart mid-stream", faults, began,
		fmt.Sprintf("outage %.1f s each; after restart every device acknowledged again in %s; MQTT batches retried by the service ×%d",
			outage.Seconds(), back, retried))
}

// TestTelemetry_ServiceKill kills `sharechain telemetry` with SIGKILL at random moments
// under devices sending over HTTP and MQTT, and starts it again: what it had committed
// and not acknowledged comes back as duplicates, what it had not committed is resent,
// and the epochs it had built and not anchored are anchored by the next run.
func TestTelemetry_ServiceKill(t *testing.T) {
	t.Parallel()
	began := time.Now()
	n := pick(6, 8)
	r := newTelemetryRig(t, "kill", n)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 3))
	svc := r.startService(t)
	runs := []*process{svc}
	f := r.startDevices(t, n/2)

	var ready, back recoveries
	kills := pick(3, 10)
	for range kills {
		time.Sleep(time.Duration(1500+rng.IntN(2500)) * time.Millisecond)
		if !svc.running() {
			t.Fatalf("sharechain telemetry exited by itself (%v):\n%s", svc.err, tail(svc.output.String(), 4000))
		}
		svc.kill()
		time.Sleep(time.Duration(200+rng.IntN(800)) * time.Millisecond)
		start := time.Now()
		svc = r.startService(t)
		runs = append(runs, svc)
		ready = append(ready, time.Since(start))
		back = append(back, waitAcked(t, f.devices, start, time.Minute))
	}
	time.Sleep(pick(2*time.Second, 3*time.Second))
	var mismatches int
	for _, p := range runs {
		mismatches += countLines(p, "do not match")
	}
	if mismatches != 0 {
		t.Errorf("the service reported the chain's epochs not matching the database's ×%d", mismatches)
	}
	finishTelemetry(t, r, f, svc, "7. Telemetry: SIGKILL of the service mid-stream", map[string]int64{"service_sigkill": int64(kills)}, began,
		fmt.Sprintf("restart to listening and subscribed: %s; to every device acknowledged again: %s", ready, back))
}
