package telemetry_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
	"sharechain/services/telemetry"
)

// runMQTT runs in's MQTT transport on broker until the returned stop is called (also at
// the test's end), and waits until it is subscribed.
func runMQTT(t *testing.T, in *telemetry.Ingester, broker string) (stop func()) {
	t.Helper()
	return runMQTTWith(t, in, telemetry.MQTTConfig{URL: broker})
}

// runMQTTWith is runMQTT with a configuration of the test's.
func runMQTTWith(t *testing.T, in *telemetry.Ingester, cfg telemetry.MQTTConfig) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	subscribed := make(chan struct{}, 16)
	done := make(chan error, 1)
	cfg.OnSubscribed = func() { subscribed <- struct{}{} }
	go func() {
		done <- in.RunMQTT(ctx, cfg)
	}()
	select {
	case <-subscribed:
	case err := <-done:
		t.Fatalf("RunMQTT() = %v before subscribing", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the service did not subscribe in 30 s")
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("RunMQTT() = %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// mqttDevice is a device's MQTT client: it publishes batches on its readings topic and
// collects what comes on its acks topic, with a persistent session of its own.
type mqttDevice struct {
	c       mqtt.Client
	topic   string
	acks    chan telemetry.Acks
	chainID uint64
}

func newMQTTDevice(t *testing.T, broker string, chainID uint64, key *ecdsa.PrivateKey) *mqttDevice {
	t.Helper()
	addr := devnet.Address(key)
	d := &mqttDevice{topic: telemetry.ReadingsTopic(chainID, addr), acks: make(chan telemetry.Acks, 10000), chainID: chainID}
	opts := mqtt.NewClientOptions().AddBroker(strings.Replace(broker, "mqtt://", "tcp://", 1)).
		SetClientID("device-" + strings.ToLower(addr.Hex()[2:10]) + fmt.Sprint(time.Now().UnixNano()%1e6)).
		SetCleanSession(false).SetAutoReconnect(true).SetConnectRetry(true).
		SetConnectRetryInterval(100 * time.Millisecond).SetMaxReconnectInterval(500 * time.Millisecond)
	opts.SetOnConnectHandler(func(c mqtt.Client) {
		c.Subscribe(telemetry.AcksTopic(chainID, addr), 1, func(_ mqtt.Client, m mqtt.Message) {
			a, err := telemetry.ParseAcks(m.Payload())
			if err != nil {
				t.Errorf("acks: %v: %s", err, m.Payload())
				return
			}
			d.acks <- a
		}).WaitTimeout(10 * time.Second)
	})
	d.c = mqtt.NewClient(opts)
	if tok := d.c.Connect(); !tok.WaitTimeout(30*time.Second) || tok.Error() != nil {
		t.Fatalf("device connecting: %v", tok.Error())
	}
	time.Sleep(100 * time.Millisecond) // the acks subscription
	t.Cleanup(func() { d.c.Disconnect(100) })
	return d
}

func (d *mqttDevice) publish(t *testing.T, topic string, body []byte) {
	t.Helper()
	if topic == "" {
		topic = d.topic
	}
	tok := d.c.Publish(topic, 1, false, body)
	if !tok.WaitTimeout(30*time.Second) || tok.Error() != nil {
		t.Fatalf("publishing: %v", tok.Error())
	}
}

func (d *mqttDevice) next(t *testing.T) telemetry.Acks {
	t.Helper()
	select {
	case a := <-d.acks:
		return a
	case <-time.After(30 * time.Second):
		t.Fatal("no acks in 30 s")
		return telemetry.Acks{}
	}
}

// TestMQTT_Results publishes batches that reach every result and reason over MQTT and
// reads the answers on the acks topic: the same bodies HTTP answers with.
func TestMQTT_Results(t *testing.T) {
	e := newEnv(t, 3)
	reg := prometheus.NewRegistry()
	in := e.ingester(t, telemetry.IngestConfig{Registry: reg, DeviceRate: 0.001, DeviceBurst: 8})
	broker := testenv.MQTT(t)
	runMQTT(t, in, broker)
	d0 := newMQTTDevice(t, broker, e.Manifest.ChainID, e.devices[0])
	d1 := newMQTTDevice(t, broker, e.Manifest.ChainID, e.devices[1])
	now := e.latest(t)
	first := e.reading(t, 0, 1, now, "odometer_m", 15230)
	bad := e.reading(t, 0, 2, now, "odometer_m", 1)
	bad.Signature = bad.Signature[:len(bad.Signature)-2] + "1e"
	many := make([]telemetry.WireReading, telemetry.MaxBatchReadings+1)
	for i := range many {
		many[i] = first
	}
	cases := []struct {
		name    string
		dev     *mqttDevice
		body    []byte
		want    []string
		problem int
	}{
		{"accepted", d0, batchJSON(t, first), []string{"accepted"}, 0},
		{"identical resend", d0, batchJSON(t, first), []string{"duplicate"}, 0},
		{"seq conflict", d0, batchJSON(t, e.reading(t, 0, 1, now, "odometer_m", 1)), []string{"refused:seq_conflict"}, 0},
		{"bad signature", d0, batchJSON(t, bad), []string{"refused:bad_signature"}, 0},
		{"asset of another device, reading of another device", d0, batchJSON(t,
			signWith(t, e.domain, e.devices[0], e.tokens[1], 3, now, "odometer_m", 1), e.reading(t, 1, 1, now, "odometer_m", 1)),
			[]string{"refused:unknown_device", "refused:unknown_device"}, 0},
		{"time window", d0, batchJSON(t, e.reading(t, 0, 4, now+301, "odometer_m", 1), e.reading(t, 0, 5, now-86401, "odometer_m", 1)),
			[]string{"refused:clock_skew", "refused:too_old"}, 0},
		{"malformed reading", d0, []byte(`{"readings": [{"seq": 6, "token_id": "x"}]}`), []string{"refused:malformed"}, 0},
		{"malformed batch", d0, []byte(`{"readings": 7}`), nil, 400},
		{"oversize batch", d0, batchJSON(t, many...), nil, 413},
		{"oversize bytes", d0, []byte(`{"readings": [], "pad": "` + strings.Repeat("x", telemetry.MaxBatchBytes) + `"}`), nil, 413},
		// d0 has used 6 of its 8 tokens: the readings refused before or at recovery cost nothing
		{"rate limited", d0, batchJSON(t, e.reading(t, 0, 10, now, "odometer_m", 1), e.reading(t, 0, 11, now, "odometer_m", 1),
			e.reading(t, 0, 12, now, "odometer_m", 1), e.reading(t, 0, 13, now, "odometer_m", 1)),
			[]string{"accepted", "accepted", "refused:rate_limited", "refused:rate_limited"}, 0},
		{"empty bucket, before recovery", d0, batchJSON(t, e.reading(t, 0, 14, now, "odometer_m", 1)), []string{"refused:rate_limited"}, 0},
		{"another device meanwhile", d1, batchJSON(t, e.reading(t, 1, 1, now, "odometer_m", 1)), []string{"accepted"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.dev.publish(t, "", c.body)
			got := c.dev.next(t)
			if c.problem != 0 {
				if got.Problem == nil || got.Problem.Status != c.problem {
					t.Fatalf("acks = %+v, want a problem with status %d", got, c.problem)
				}
				return
			}
			if got.Problem != nil {
				t.Fatalf("acks = problem %+v, want results", got.Problem)
			}
			if diff := cmp.Diff(c.want, brief(got.Results)); diff != "" {
				t.Errorf("results mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if n := e.stored(t, devnet.Address(e.devices[0])); n != 3 {
		t.Errorf("device 0 has %d stored readings, want 3", n)
	}
	if got := counter(t, reg, "mqtt", "refused", "rate_limited"); got != 3 {
		t.Errorf("readings_total{mqtt, refused, rate_limited} = %v, want 3", got)
	}
	if got := counter(t, reg, "mqtt", "refused", "oversize"); got != 2 {
		t.Errorf("readings_total{mqtt, refused, oversize} = %v, want 2", got)
	}
}

// publishAll publishes readings seq 1..n of device 0, perBatch to a message, and
// returns the bodies.
func (e *env) batches(t *testing.T, n, perBatch int) [][]byte {
	t.Helper()
	now := e.latest(t)
	var out [][]byte
	for lo := 1; lo <= n; lo += perBatch {
		var rs []telemetry.WireReading
		for seq := lo; seq < lo+perBatch && seq <= n; seq++ {
			rs = append(rs, e.reading(t, 0, uint64(seq), now, "odometer_m", int64(seq)))
		}
		out = append(out, batchJSON(t, rs...))
	}
	return out
}

// ackedSeqs drains acks until every seq 1..n has been answered accepted or duplicate,
// failing on a refusal.
func ackedSeqs(t *testing.T, d *mqttDevice, n int) {
	t.Helper()
	seen := map[uint64]bool{}
	deadline := time.After(90 * time.Second)
	for len(seen) < n {
		select {
		case a := <-d.acks:
			for _, r := range a.Results {
				if r.Status == telemetry.Refused {
					t.Fatalf("seq %d refused %s", *r.Seq, *r.Reason)
				}
				seen[*r.Seq] = true
			}
		case <-deadline:
			t.Fatalf("%d of %d seqs acknowledged after 90 s", len(seen), n)
		}
	}
}

// TestMQTT_BrokerRestart restarts the broker while a device publishes: with QoS 1, the
// persistent sessions of the device and the service, and acknowledgements only after
// commit, every reading is stored exactly once and acknowledged, with no resend by the
// device beyond what its MQTT client does by itself.
func TestMQTT_BrokerRestart(t *testing.T) {
	e := newEnv(t, 1)
	in := e.ingester(t, telemetry.IngestConfig{DeviceBurst: 100000})
	broker := testenv.StartMosquitto(t)
	runMQTT(t, in, broker.URL())
	d := newMQTTDevice(t, broker.URL(), e.Manifest.ChainID, e.devices[0])
	const n, per = 2000, 20
	bodies := e.batches(t, n, per)
	var toks []mqtt.Token
	for i, b := range bodies {
		if i == len(bodies)/2 {
			broker.Restart()
		}
		toks = append(toks, d.c.Publish(d.topic, 1, false, b))
	}
	for _, tok := range toks {
		if !tok.WaitTimeout(60*time.Second) || tok.Error() != nil {
			t.Fatalf("publishing: %v", tok.Error())
		}
	}
	ackedSeqs(t, d, n)
	waitFor(t, "every reading stored", func() bool { return e.stored(t, devnet.Address(e.devices[0])) == n })
	time.Sleep(200 * time.Millisecond)
	if got := e.stored(t, devnet.Address(e.devices[0])); got != n {
		t.Errorf("%d readings stored, want each of %d once", got, n)
	}
}

// TestMQTT_ServiceRestart stops the service mid-stream and starts a new one on the same
// session: the messages it took were stored and acknowledged before it stopped, those
// it had not taken wait in its session, and a device resending what was not
// acknowledged loses nothing and stores nothing twice.
func TestMQTT_ServiceRestart(t *testing.T) {
	e := newEnv(t, 1)
	broker := testenv.MQTT(t)
	first := e.ingester(t, telemetry.IngestConfig{DeviceBurst: 100000})
	stop := runMQTT(t, first, broker)
	d := newMQTTDevice(t, broker, e.Manifest.ChainID, e.devices[0])
	const n, per = 2000, 10
	bodies := e.batches(t, n, per)
	for i, b := range bodies {
		if i == len(bodies)/3 {
			go stop() // mid-stream; the device keeps publishing into the session
		}
		d.publish(t, "", b)
	}
	stop()
	stored := e.stored(t, devnet.Address(e.devices[0]))
	if stored == 0 || stored == n {
		t.Logf("%d of %d stored when the first service stopped (want somewhere in between)", stored, n)
	}
	second := e.ingester(t, telemetry.IngestConfig{DeviceBurst: 100000})
	runMQTT(t, second, broker)
	// the device resends everything it has no acknowledgement for yet
	acked := map[uint64]bool{}
	deadline := time.Now().Add(90 * time.Second)
	for len(acked) < n && time.Now().Before(deadline) {
		timeout := time.After(2 * time.Second)
	drain:
		for {
			select {
			case a := <-d.acks:
				for _, r := range a.Results {
					if r.Status == telemetry.Refused {
						t.Fatalf("seq %d refused %s", *r.Seq, *r.Reason)
					}
					acked[*r.Seq] = true
				}
			case <-timeout:
				break drain
			}
		}
		for i, b := range bodies {
			if !acked[uint64(i*per+1)] {
				d.publish(t, "", b)
			}
		}
	}
	if len(acked) != n {
		t.Fatalf("%d of %d seqs acknowledged", len(acked), n)
	}
	if got := e.stored(t, devnet.Address(e.devices[0])); got != n {
		t.Errorf("%d readings stored, want each of %d once", got, n)
	}
}

// TestMQTT_SharedSubscription runs two services as one share group on the same broker
// and database: each batch a device publishes goes to one of them, so each is answered
// once and accepted (a batch both took would be answered twice, once as a duplicate),
// every reading is stored once, and both services took a share.
func TestMQTT_SharedSubscription(t *testing.T) {
	e := newEnv(t, 1)
	broker := testenv.StartMosquitto(t)
	var took [2]*prometheus.Registry
	for i := range took {
		took[i] = prometheus.NewRegistry()
		in := e.ingester(t, telemetry.IngestConfig{DeviceBurst: 100000, Registry: took[i]})
		runMQTTWith(t, in, telemetry.MQTTConfig{URL: broker.URL(), ShareGroup: "ingest", ClientID: fmt.Sprintf("telemetry-%d", i)})
	}
	d := newMQTTDevice(t, broker.URL(), e.Manifest.ChainID, e.devices[0])
	const n, per = 400, 10
	for _, b := range e.batches(t, n, per) {
		d.publish(t, d.topic, b)
	}
	answered := map[uint64]int{}
	deadline := time.After(60 * time.Second)
	for len(answered) < n {
		select {
		case a := <-d.acks:
			for _, r := range a.Results {
				if r.Status != telemetry.Accepted {
					t.Errorf("seq %d answered %s, want accepted once", *r.Seq, r.Status)
				}
				answered[*r.Seq]++
			}
		case <-deadline:
			t.Fatalf("%d of %d seqs answered after 60 s", len(answered), n)
		}
	}
	select {
	case a := <-d.acks:
		t.Errorf("an answer more than the batches: %d results", len(a.Results))
	case <-time.After(500 * time.Millisecond):
	}
	if got := e.stored(t, devnet.Address(e.devices[0])); got != n {
		t.Errorf("%d readings stored, want each of %d once", got, n)
	}
	for i, reg := range took {
		if got := acceptedOf(t, reg); got == 0 || got == n {
			t.Errorf("service %d accepted %d of %d readings, want a share", i, got, n)
		}
	}
}

// acceptedOf reads the readings a service accepted over MQTT from its registry.
func acceptedOf(t *testing.T, reg *prometheus.Registry) int {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != "sharechain_telemetry_readings_total" {
			continue
		}
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["transport"] == telemetry.TransportMQTT && labels["result"] == string(telemetry.Accepted) {
				return int(m.GetCounter().GetValue())
			}
		}
	}
	return 0
}

// TestMQTT_ShareGroupName: a group name that would change the topic filter is refused
// before connecting.
func TestMQTT_ShareGroupName(t *testing.T) {
	e := newEnv(t, 1)
	in := e.ingester(t, telemetry.IngestConfig{})
	for _, g := range []string{"a/b", "a+", "#"} {
		err := in.RunMQTT(context.Background(), telemetry.MQTTConfig{URL: "mqtt://127.0.0.1:1", ShareGroup: g})
		if err == nil || !strings.Contains(err.Error(), "share group") {
			t.Errorf("RunMQTT(ShareGroup %q) = %v, want the group refused", g, err)
		}
	}
}
