package chaos

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/services/telemetry"
)

// TODO(device-sim): use services/device's transports once they are on main; until then
// simDevice is the smallest device that resends until acknowledged.

// The pace of a simulated device: every tick it makes perTick new readings and sends
// what is due, at most maxBatch readings in a batch.
const (
	deviceTick     = 200 * time.Millisecond
	perTick        = 4
	maxBatch       = 50
	httpResend     = time.Second     // the 503's Retry-After
	mqttResend     = 3 * time.Second // no acks message by then: publish again
	deviceReadKind = "odometer_m"
)

// simDevice is a device fitted to an asset that sends signed readings over HTTP or MQTT
// (QoS 1) and resends each until the service acknowledges it (accepted or duplicate). It
// remembers every reading it made: its sent set.
type simDevice struct {
	name  string
	mqtt  bool
	key   *ecdsa.PrivateKey
	addr  common.Address
	token *big.Int
	rig   *telemetryRig
	http  *http.Client
	conn  mqtt.Client

	mu           sync.Mutex
	next         uint64
	sent         map[uint64]telemetry.WireReading
	unacked      map[uint64]time.Time // seq → when last sent; zero: send at the next tick
	ackTimes     []time.Time          // when readings were first acknowledged, in order
	stats        deviceStats
	acceptedSeqs map[uint64]bool // seqs answered accepted
	failures     []string        // answers a device must never get
}

type deviceStats struct {
	batches    int // batches sent (HTTP posts and MQTT publishes)
	resent     int // readings sent again
	accepted   int
	duplicates int // readings answered duplicate (a resend of a stored one)
	reaccepted int // readings answered accepted again (an MQTT acks message delivered twice)
	problems   int // HTTP 503 problem+json answers
	connErrors int // HTTP requests with no answer, MQTT publishes not confirmed
}

// newDevice returns device i of the rig, over MQTT or HTTP; an MQTT device connects
// (clean session, auto-reconnect) and subscribes to its acks topic on every connection.
func (r *telemetryRig) newDevice(i int, overMQTT bool) (*simDevice, error) {
	d := &simDevice{
		mqtt: overMQTT, key: r.keys[i], addr: devnet.Address(r.keys[i]), token: r.tokens[i], rig: r,
		next: 1, sent: map[uint64]telemetry.WireReading{}, unacked: map[uint64]time.Time{}, acceptedSeqs: map[uint64]bool{},
	}
	if !overMQTT {
		d.name = fmt.Sprintf("http-%d", i)
		d.http = &http.Client{Timeout: 10 * time.Second}
		return d, nil
	}
	d.name = fmt.Sprintf("mqtt-%d", i)
	chainID := r.c.manifest.ChainID
	acks := telemetry.AcksTopic(chainID, d.addr)
	opts := mqtt.NewClientOptions().AddBroker(fmt.Sprintf("tcp://127.0.0.1:%d", r.broker.Port)).
		SetClientID(fmt.Sprintf("chaos-device-%d-%s", i, strings.ToLower(d.addr.Hex()[2:10]))).
		SetCleanSession(true).SetAutoReconnect(true).SetConnectRetry(true).
		SetConnectRetryInterval(200 * time.Millisecond).SetMaxReconnectInterval(time.Second).
		SetOnConnectHandler(func(c mqtt.Client) {
			go c.Subscribe(acks, 1, func(_ mqtt.Client, m mqtt.Message) { d.onAcks(m.Payload()) })
		})
	d.conn = mqtt.NewClient(opts)
	if tok := d.conn.Connect(); !tok.WaitTimeout(20*time.Second) || tok.Error() != nil {
		return nil, fmt.Errorf("connecting device %s: %v", d.name, tok.Error())
	}
	return d, nil
}

// run makes readings until making is closed, and sends until ctx ends.
func (d *simDevice) run(ctx context.Context, making <-chan struct{}) {
	t := time.NewTicker(deviceTick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		select {
		case <-making:
		default:
			d.make(perTick)
		}
		if due := d.due(); len(due) > 0 {
			d.send(ctx, due)
		}
	}
}

// make signs n new readings and queues them.
func (d *simDevice) make(n int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for range n {
		seq := d.next
		d.next++
		// times within the hour before the assets were verified: never too old nor ahead
		// of the latest indexed block, however long a scenario runs
		r := itelemetry.Reading{TokenID: d.token, Seq: seq, Time: d.rig.baseTime - 3600 + seq*7%3600,
			Kind: itelemetry.MustKind(deviceReadKind), Value: big.NewInt(int64(seq)*13 - 1000)}
		w, err := telemetry.SignReading(d.rig.domain, d.key, &r)
		if err != nil {
			d.failures = append(d.failures, "signing: "+err.Error())
			return
		}
		d.sent[seq] = w
		d.unacked[seq] = time.Time{}
	}
}

// due returns the unacknowledged readings to send now, lowest seqs first, and marks them
// sent.
func (d *simDevice) due() []telemetry.WireReading {
	d.mu.Lock()
	defer d.mu.Unlock()
	wait := httpResend
	if d.mqtt {
		wait = mqttResend
	}
	now := time.Now()
	var seqs []uint64
	for seq, at := range d.unacked {
		if at.IsZero() || now.Sub(at) >= wait {
			seqs = append(seqs, seq)
		}
	}
	slices.Sort(seqs)
	seqs = seqs[:min(len(seqs), maxBatch)]
	out := make([]telemetry.WireReading, len(seqs))
	for i, seq := range seqs {
		if !d.unacked[seq].IsZero() {
			d.stats.resent++
		}
		d.unacked[seq] = now
		out[i] = d.sent[seq]
	}
	return out
}

func (d *simDevice) send(ctx context.Context, batch []telemetry.WireReading) {
	body, err := json.Marshal(telemetry.Batch{Readings: batch})
	if err != nil {
		panic(err)
	}
	d.mu.Lock()
	d.stats.batches++
	d.mu.Unlock()
	if d.mqtt {
		tok := d.conn.Publish(telemetry.ReadingsTopic(d.rig.c.manifest.ChainID, d.addr), 1, false, body)
		if !tok.WaitTimeout(time.Second) || tok.Error() != nil {
			d.mu.Lock()
			d.stats.connErrors++
			d.mu.Unlock()
		}
		return // the results come on the acks topic
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+d.rig.ingestAddr+telemetry.ReadingsPath, bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.http.Do(req)
	if err != nil {
		d.mu.Lock()
		d.stats.connErrors++
		d.mu.Unlock()
		return
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	switch {
	case err != nil:
		d.mu.Lock()
		d.stats.connErrors++
		d.mu.Unlock()
	case resp.StatusCode == http.StatusOK:
		var rs telemetry.Results
		if err := json.Unmarshal(raw, &rs); err != nil {
			d.fail("undecodable results %q", raw)
			return
		}
		d.apply(rs.Results)
	case resp.StatusCode == http.StatusServiceUnavailable && strings.HasPrefix(resp.Header.Get("Content-Type"), telemetry.ProblemContentType):
		d.mu.Lock()
		d.stats.problems++
		d.mu.Unlock()
	default:
		d.fail("HTTP %d %s %q", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
}

func (d *simDevice) onAcks(payload []byte) {
	acks, err := telemetry.ParseAcks(payload)
	switch {
	case err != nil:
		d.fail("undecodable acks %q: %v", payload, err)
	case acks.Problem != nil:
		d.fail("batch refused whole: %+v", *acks.Problem)
	default:
		d.apply(acks.Results)
	}
}

// apply takes a batch's results: accepted and duplicate readings are acknowledged, a
// rate_limited one is sent again; any other refusal is a failure, and so is a reading
// accepted twice (stored twice).
func (d *simDevice) apply(results []telemetry.Result) {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := time.Now()
	for _, r := range results {
		if r.Seq == nil {
			d.failures = append(d.failures, fmt.Sprintf("a result without seq: %+v", r))
			continue
		}
		seq := *r.Seq
		if _, ok := d.sent[seq]; !ok {
			d.failures = append(d.failures, fmt.Sprintf("a result for seq %d, never sent", seq))
			continue
		}
		_, pending := d.unacked[seq]
		switch r.Status {
		case telemetry.Accepted, telemetry.Duplicate:
			if r.Status == telemetry.Accepted {
				d.stats.accepted++
				if d.acceptedSeqs[seq] {
					// over HTTP two answers saying "stored now" mean two stores; over MQTT
					// an acks message may come twice (QoS 1), and the database decides.
					// (Accepted after duplicate is fine: the acks of a batch and of its
					// resend, both in the service's hands, come in either order.)
					if !d.mqtt {
						d.failures = append(d.failures, fmt.Sprintf("seq %d accepted twice", seq))
					}
					d.stats.reaccepted++
				}
				d.acceptedSeqs[seq] = true
			} else {
				d.stats.duplicates++
			}
			if pending {
				delete(d.unacked, seq)
				d.ackTimes = append(d.ackTimes, now)
			}
		case telemetry.Refused:
			if r.Reason != nil && *r.Reason == telemetry.RateLimited {
				if pending {
					d.unacked[seq] = time.Time{}
				}
				continue
			}
			reason := "?"
			if r.Reason != nil {
				reason = string(*r.Reason)
			}
			d.failures = append(d.failures, fmt.Sprintf("seq %d refused: %s", seq, reason))
		default:
			d.failures = append(d.failures, fmt.Sprintf("seq %d: status %q", seq, r.Status))
		}
	}
}

func (d *simDevice) fail(format string, args ...any) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.failures = append(d.failures, fmt.Sprintf(format, args...))
}

// firstAckAfter is when the device first had a reading acknowledged after since; zero
// before it has.
func (d *simDevice) firstAckAfter(since time.Time) time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	i := sort.Search(len(d.ackTimes), func(i int) bool { return d.ackTimes[i].After(since) })
	if i == len(d.ackTimes) {
		return time.Time{}
	}
	return d.ackTimes[i]
}

// pending is how many readings await acknowledgement.
func (d *simDevice) pending() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.unacked)
}

func (d *simDevice) sentReadings() map[uint64]telemetry.WireReading {
	d.mu.Lock()
	defer d.mu.Unlock()
	return maps.Clone(d.sent)
}

func (d *simDevice) statsNow() deviceStats {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.stats
}

func (d *simDevice) close() {
	if d.conn != nil {
		d.conn.Disconnect(100)
	}
}

// fleet runs devices: they make readings until stopMaking and send until every reading
// is acknowledged.
type fleet struct {
	devices []*simDevice
	making  chan struct{}
	cancel  context.CancelFunc
	done    sync.WaitGroup
}

func startFleet(devices []*simDevice) *fleet {
	ctx, cancel := context.WithCancel(context.Background())
	f := &fleet{devices: devices, making: make(chan struct{}), cancel: cancel}
	for _, d := range devices {
		f.done.Add(1)
		go func() { defer f.done.Done(); d.run(ctx, f.making) }()
	}
	return f
}

// drain stops making readings and waits until every one is acknowledged; it reports
// how long that took, or false after timeout.
func (f *fleet) drain(timeout time.Duration) (time.Duration, bool) {
	close(f.making)
	start := time.Now()
	for time.Since(start) < timeout {
		left := 0
		for _, d := range f.devices {
			left += d.pending()
		}
		if left == 0 {
			return time.Since(start), true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return time.Since(start), false
}

func (f *fleet) stop() {
	f.cancel()
	f.done.Wait()
	for _, d := range f.devices {
		d.close()
	}
}

// failures returns every device's failures.
func (f *fleet) failures() []string {
	var out []string
	for _, d := range f.devices {
		d.mu.Lock()
		for _, s := range d.failures {
			out = append(out, d.name+": "+s)
		}
		d.mu.Unlock()
	}
	return out
}
