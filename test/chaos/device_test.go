package chaos

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"sharechain/internal/devnet"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/services/device"
	"sharechain/services/telemetry"
)

// The pace of a simulated device: every tick it makes perTick new readings; it sends
// what is waiting, at most maxBatch readings in a batch, one batch at a time.
const (
	deviceTick     = 200 * time.Millisecond
	perTick        = 4
	maxBatch       = 50
	mqttAckTimeout = 3 * time.Second // no results by then: the transport publishes again
	deviceReadKind = "odometer_m"
)

// simDevice is a device fitted to an asset that sends signed readings through
// services/device's HTTP or MQTT transport, which resends a batch until the service
// answers it; a reading answered accepted or duplicate is acknowledged, one answered
// rate_limited goes back into the queue. It remembers every reading it made: its sent
// set.
type simDevice struct {
	name  string
	mqtt  bool
	key   *ecdsa.PrivateKey
	addr  common.Address
	token *big.Int
	rig   *telemetryRig
	tr    device.Transport
	log   *retryCounter

	mu           sync.Mutex
	next         uint64
	sent         map[uint64]telemetry.WireReading
	queue        []device.Signed // made, not acknowledged, not in flight
	inflight     int
	ackTimes     []time.Time // when readings were first acknowledged, in order
	acceptedSeqs map[uint64]bool
	stats        deviceStats
	failures     []string // answers a device must never get
}

type deviceStats struct {
	batches    int // Send calls
	accepted   int
	duplicates int // readings answered duplicate (a resend of a stored one)
	reaccepted int // readings answered accepted a second time
}

// newDevice returns device i of the rig, over MQTT (clean session, auto-reconnect, a
// batch published again after mqttAckTimeout) or HTTP (retrying on 5xx and no answer).
func (r *telemetryRig) newDevice(ctx context.Context, i int, overMQTT bool) (*simDevice, error) {
	d := &simDevice{
		mqtt: overMQTT, key: r.keys[i], addr: devnet.Address(r.keys[i]), token: r.tokens[i], rig: r, log: &retryCounter{},
		next: 1, sent: map[uint64]telemetry.WireReading{}, acceptedSeqs: map[uint64]bool{},
	}
	logger := slog.New(d.log)
	var err error
	if overMQTT {
		d.name = fmt.Sprintf("mqtt-%d", i)
		d.tr, err = device.DialMQTT(ctx, device.MQTTConfig{BrokerURL: fmt.Sprintf("tcp://127.0.0.1:%d", r.broker.Port),
			ChainID: r.c.manifest.ChainID, Device: d.addr, AckTimeout: mqttAckTimeout, Logger: logger})
	} else {
		d.name = fmt.Sprintf("http-%d", i)
		d.tr, err = device.NewHTTPTransport("http://"+r.ingestAddr, nil, logger)
	}
	if err != nil {
		return nil, fmt.Errorf("device %s: %w", d.name, err)
	}
	return d, nil
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
		sig, err := hexutil.Decode(w.Signature)
		if err != nil {
			d.failures = append(d.failures, "signing: "+err.Error())
			return
		}
		d.sent[seq] = w
		d.queue = append(d.queue, device.Signed{Reading: r, Signature: sig})
	}
}

// makeUntil makes readings every tick until making is closed or ctx ends.
func (d *simDevice) makeUntil(ctx context.Context, making <-chan struct{}) {
	t := time.NewTicker(deviceTick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-making:
			return
		case <-t.C:
			d.make(perTick)
		}
	}
}

// sendUntil sends what is queued, a batch at a time, until ctx ends.
func (d *simDevice) sendUntil(ctx context.Context) {
	for ctx.Err() == nil {
		d.mu.Lock()
		n := min(len(d.queue), maxBatch)
		batch := append([]device.Signed(nil), d.queue[:n]...)
		d.queue = d.queue[n:]
		d.inflight = n
		d.stats.batches += min(n, 1)
		d.mu.Unlock()
		if n == 0 {
			time.Sleep(deviceTick / 4)
			continue
		}
		results, err := d.tr.Send(ctx, batch)
		if err != nil {
			if ctx.Err() == nil {
				d.fail("Send() = %v", err)
				time.Sleep(deviceTick)
			}
			d.requeue(batch)
			continue
		}
		d.apply(batch, results)
	}
}

func (d *simDevice) requeue(batch []device.Signed) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.queue = append(batch, d.queue...)
	d.inflight = 0
}

// apply takes a batch's results (the transport checked that they answer it, in order):
// accepted and duplicate readings are acknowledged, a rate_limited one is queued again;
// any other refusal is a failure, and so is a reading accepted twice over HTTP (stored
// twice; over MQTT an acks message may come twice, QoS 1, and the database decides).
func (d *simDevice) apply(batch []device.Signed, results []telemetry.Result) {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := time.Now()
	var again []device.Signed
	for i, r := range results {
		seq := batch[i].Seq
		switch r.Status {
		case telemetry.Accepted:
			d.stats.accepted++
			if d.acceptedSeqs[seq] {
				d.stats.reaccepted++
				if !d.mqtt {
					d.failures = append(d.failures, fmt.Sprintf("seq %d accepted twice", seq))
				}
			}
			d.acceptedSeqs[seq] = true
			d.ackTimes = append(d.ackTimes, now)
		case telemetry.Duplicate:
			d.stats.duplicates++
			d.ackTimes = append(d.ackTimes, now)
		case telemetry.Refused:
			if reason := device.ReasonOf(r); reason == telemetry.RateLimited {
				again = append(again, batch[i])
			} else {
				d.failures = append(d.failures, fmt.Sprintf("seq %d refused: %s", seq, reason))
			}
		}
	}
	d.queue = append(again, d.queue...)
	d.inflight = 0
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
	return len(d.queue) + d.inflight
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

// retryCounter is the transports' log: it counts their retries by cause.
type retryCounter struct {
	mu          sync.Mutex
	problems    int // HTTP: 503 problem, the readings could not be stored
	unreachable int // HTTP: no answer; MQTT: a publish that failed
	republished int // MQTT: no results within the ack timeout
	other       []string
}

func (c *retryCounter) Enabled(context.Context, slog.Level) bool { return true }
func (c *retryCounter) WithAttrs([]slog.Attr) slog.Handler       { return c }
func (c *retryCounter) WithGroup(string) slog.Handler            { return c }

func (c *retryCounter) Handle(_ context.Context, r slog.Record) error {
	var errText string
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" {
			errText = a.Value.String()
		}
		return true
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case r.Message == "telemetry batch not delivered, trying again" && strings.Contains(errText, "503") &&
		strings.Contains(errText, "could not be stored"):
		c.problems++
	case r.Message == "telemetry batch not delivered, trying again" && strings.Contains(errText, "posting readings: Post "):
		c.unreachable++
	case r.Message == "publishing readings":
		c.unreachable++
	case r.Message == "no results yet, publishing the batch again":
		c.republished++
	case r.Level >= slog.LevelWarn && r.Message == "telemetry batch not delivered, trying again":
		c.other = append(c.other, errText)
	}
	return nil
}

// fleet runs devices: they make readings until drain and send until every reading is
// acknowledged.
type fleet struct {
	devices []*simDevice
	making  chan struct{}
	cancel  context.CancelFunc
	done    sync.WaitGroup
	once    sync.Once
}

func startFleet(devices []*simDevice) *fleet {
	ctx, cancel := context.WithCancel(context.Background())
	f := &fleet{devices: devices, making: make(chan struct{}), cancel: cancel}
	for _, d := range devices {
		f.done.Add(2)
		go func() { defer f.done.Done(); d.makeUntil(ctx, f.making) }()
		go func() { defer f.done.Done(); d.sendUntil(ctx) }()
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
	f.once.Do(func() {
		f.cancel()
		f.done.Wait()
		for _, d := range f.devices {
			_ = d.tr.Close()
		}
	})
}

// failures returns every device's failures, and the transports' retries for a cause
// the scenarios do not cause.
func (f *fleet) failures() []string {
	var out []string
	for _, d := range f.devices {
		d.mu.Lock()
		for _, s := range d.failures {
			out = append(out, d.name+": "+s)
		}
		d.mu.Unlock()
		d.log.mu.Lock()
		for _, s := range d.log.other {
			out = append(out, d.name+": retried on "+s)
		}
		d.log.mu.Unlock()
	}
	return out
}
