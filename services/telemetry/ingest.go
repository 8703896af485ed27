package telemetry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/manifest"
	"sharechain/internal/telemetry"
)

// The pinned time window of a reading around the latest indexed block's time
// (INTERFACE.md §6): never the wall clock, which the demo's warped devnet does not follow.
const (
	MaxAhead  = 5 * 60       // seconds after the latest block's time: clock_skew beyond
	MaxBehind = 24 * 60 * 60 // seconds before it: too_old beyond
)

// Transports, the transport label of the metrics.
const (
	TransportHTTP = "http"
	TransportMQTT = "mqtt"
)

// Defaults of [IngestConfig].
const (
	DefaultDeviceRate  = 50.0
	DefaultDeviceBurst = MaxBatchReadings
	DefaultWriters     = 2
)

// Sentinels callers branch on.
var (
	// ErrClosed reports a batch offered after [Ingester.Close]: it was not looked at.
	ErrClosed = errors.New("telemetry: the ingester is closed")
	// ErrNoAnchor reports a manifest without the TelemetryAnchor contract, whose EIP-712
	// domain the devices sign in.
	ErrNoAnchor = errors.New("telemetry: the manifest names no TelemetryAnchor contract (deploy it, or use a manifest that lists it)")
)

// TelemetryAnchor is the manifest name of the anchor contract.
const TelemetryAnchor = "TelemetryAnchor"

// AnchorAddress returns the TelemetryAnchor address of m, or [ErrNoAnchor].
func AnchorAddress(m *manifest.Manifest) (common.Address, error) {
	a, ok := m.Contracts[TelemetryAnchor]
	if !ok || a == (common.Address{}) {
		return common.Address{}, ErrNoAnchor
	}
	return a, nil
}

// IngestConfig configures an Ingester.
type IngestConfig struct {
	Pool     *pgxpool.Pool // the indexer's database, with the telemetry tables
	Manifest *manifest.Manifest
	// DeviceRate is the readings a second one device may send on average; DeviceBurst
	// how many at once. Defaults DefaultDeviceRate and DefaultDeviceBurst.
	DeviceRate  float64
	DeviceBurst int
	// Writers is how many write transactions run at once; default DefaultWriters.
	Writers  int
	Logger   *slog.Logger
	Registry prometheus.Registerer // receives the metrics; none when nil
	// Now is the wall clock of the rate limiter; default time.Now.
	Now func() time.Time
}

// Ingester checks signed readings and stores the good ones. It is what both transports
// hand their batches to ([Ingester.Ingest]).
type Ingester struct {
	cfg     IngestConfig
	chainID uint64
	domain  telemetry.Domain
	limit   *limiter
	store   *store
	metrics *metrics
	log     *slog.Logger

	jobs    chan *job
	slots   chan struct{} // one per batch being checked or stored: see maxInflight
	mu      sync.RWMutex  // guards closed against sends on jobs
	closed  bool
	writers sync.WaitGroup
}

// NewIngester returns an Ingester and starts its writers; [Ingester.Close] stops them.
func NewIngester(cfg IngestConfig) (*Ingester, error) {
	if cfg.Pool == nil || cfg.Manifest == nil {
		return nil, errors.New("telemetry: Pool and Manifest are required")
	}
	anchor, err := AnchorAddress(cfg.Manifest)
	if err != nil {
		return nil, err
	}
	if cfg.DeviceRate <= 0 {
		cfg.DeviceRate = DefaultDeviceRate
	}
	if cfg.DeviceBurst <= 0 {
		cfg.DeviceBurst = DefaultDeviceBurst
	}
	if cfg.Writers <= 0 {
		cfg.Writers = DefaultWriters
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	in := &Ingester{
		cfg:     cfg,
		chainID: cfg.Manifest.ChainID,
		domain:  telemetry.NewDomain(TelemetryAnchor, cfg.Manifest.ChainID, anchor),
		limit:   newLimiter(cfg.DeviceRate, cfg.DeviceBurst),
		store:   newStore(cfg.Pool, cfg.Manifest.ChainID),
		metrics: newMetrics(cfg.Registry),
		log:     cfg.Logger.With("component", "telemetry_ingest"),
		jobs:    make(chan *job, 4*cfg.Writers),
		slots:   make(chan struct{}, maxInflight(cfg.Writers)),
	}
	for range cfg.Writers {
		in.writers.Add(1)
		go in.write()
	}
	return in, nil
}

// maxInflight is how many batches an Ingester checks and stores at once: enough to fill
// the writers' queue and a full group for each writer, and one recovering its signatures
// on each core. A batch beyond it waits, as the bytes it came in, before it is parsed, so
// that the memory ingestion holds does not grow with the number of devices sending at
// once (over MQTT the service takes every message the broker delivers, each in its own
// goroutine).
func maxInflight(writers int) int {
	return 4*writers + writers*(maxGroup/MaxBatchReadings) + runtime.GOMAXPROCS(0)
}

// Domain is the EIP-712 domain the devices sign readings in.
func (in *Ingester) Domain() telemetry.Domain { return in.domain }

// Close waits for the batches in flight to be stored and stops the writers. Batches
// offered afterwards fail with [ErrClosed].
func (in *Ingester) Close() {
	in.mu.Lock()
	if !in.closed {
		in.closed = true
		close(in.jobs)
	}
	in.mu.Unlock()
	in.writers.Wait()
}

// item is one reading of a batch on its way through the checks.
type item struct {
	wire   WireReading
	r      telemetry.Reading
	sig    []byte
	leaf   common.Hash
	seq    *uint64
	status Status
	reason Reason
}

func (it *item) refuse(r Reason) { it.status, it.reason = Refused, r }

func (it *item) result() Result {
	res := Result{Seq: it.seq, Status: it.status}
	if it.status == Refused {
		reason := it.reason
		res.Reason = &reason
	}
	return res
}

// job is the checked readings of one batch waiting for a writer.
type job struct {
	items []*item
	err   error
	done  chan struct{}
}

// Ingest checks and stores one batch, as received on transport. from is the device a
// transport names (the MQTT topic's), nil when none: readings it did not sign are
// refused unknown_device. It returns the results in batch order, or a problem when the
// batch is unusable as a whole (malformed, oversize), or an error when the readings
// could not be stored (nothing is acknowledged then; the device sends again).
func (in *Ingester) Ingest(ctx context.Context, transport string, body []byte, from *common.Address) ([]Result, *Problem, error) {
	if len(body) > MaxBatchBytes {
		in.metrics.refusedWhole(transport, Oversize)
		return nil, oversizeProblem(fmt.Sprintf("the batch is %d bytes; at most %d", len(body), MaxBatchBytes)), nil
	}
	select {
	case in.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	defer func() { <-in.slots }()
	var raw struct {
		Readings []json.RawMessage `json:"readings"`
	}
	if err := json.Unmarshal(body, &raw); err != nil || raw.Readings == nil {
		in.metrics.refusedWhole(transport, Malformed)
		detail := `the body must be a JSON object {"readings": [...]}`
		if err != nil {
			detail += ": " + err.Error()
		}
		return nil, &Problem{Type: "about:blank", Title: "Malformed batch", Status: 400, Detail: detail}, nil
	}
	if n := len(raw.Readings); n > MaxBatchReadings {
		in.metrics.refusedWhole(transport, Oversize)
		return nil, oversizeProblem(fmt.Sprintf("the batch holds %d readings; at most %d", n, MaxBatchReadings)), nil
	}
	items := make([]*item, len(raw.Readings))
	for i, msg := range raw.Readings {
		items[i] = parseItem(msg)
	}
	now := in.cfg.Now()
	if from != nil && in.limit.empty(*from, now) {
		// a flood: refuse it before paying for its signatures
		for _, it := range items {
			if it.status == "" {
				it.refuse(RateLimited)
			}
		}
	} else {
		in.recoverAll(items, from)
		in.rateLimit(items, now)
	}
	if err := in.submit(ctx, items); err != nil {
		return nil, nil, err
	}
	results := make([]Result, len(items))
	for i, it := range items {
		results[i] = it.result()
		in.metrics.count(transport, it.status, it.reason)
	}
	return results, nil, nil
}

func oversizeProblem(detail string) *Problem {
	return &Problem{Type: "about:blank", Title: "Batch too large", Status: 413, Detail: detail}
}

// parseItem decodes one reading; a bad one comes back refused malformed, with its seq
// when that much could be read.
func parseItem(msg json.RawMessage) *item {
	it := &item{}
	err := json.Unmarshal(msg, &it.wire)
	if err == nil {
		it.r, it.sig, err = it.wire.Parse()
	}
	if err != nil {
		var probe struct {
			Seq *uint64 `json:"seq"`
		}
		if json.Unmarshal(msg, &probe) == nil {
			it.seq = probe.Seq
		}
		it.refuse(Malformed)
		return it
	}
	seq := it.wire.Seq
	it.seq = &seq
	return it
}

// recoverAll recovers the signers of the items not refused yet, on every core (an
// ecrecover costs about 29 µs), and computes their leaves. A reading that a transport's
// device (from) did not sign is refused unknown_device.
func (in *Ingester) recoverAll(items []*item, from *common.Address) {
	one := func(it *item) {
		if it.status != "" {
			return
		}
		dev, err := telemetry.Recover(in.domain.ReadingDigest(&it.r), it.sig)
		if err != nil {
			it.refuse(BadSignature)
			return
		}
		it.r.Device = dev
		if from != nil && dev != *from {
			it.refuse(UnknownDevice)
			return
		}
		it.leaf = it.r.Leaf()
	}
	workers := min(runtime.GOMAXPROCS(0), (len(items)+15)/16)
	if workers <= 1 {
		for _, it := range items {
			one(it)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (len(items) + workers - 1) / workers
	for lo := 0; lo < len(items); lo += chunk {
		part := items[lo:min(lo+chunk, len(items))]
		wg.Go(func() {
			for _, it := range part {
				one(it)
			}
		})
	}
	wg.Wait()
}

// rateLimit charges each device for its readings in the batch and refuses those beyond
// its bucket, the last ones of the batch first.
func (in *Ingester) rateLimit(items []*item, now time.Time) {
	want := make(map[common.Address]int)
	for _, it := range items {
		if it.status == "" {
			want[it.r.Device]++
		}
	}
	allowed := make(map[common.Address]int, len(want))
	for dev, n := range want {
		allowed[dev] = in.limit.take(dev, n, now)
	}
	for _, it := range items {
		if it.status != "" {
			continue
		}
		if allowed[it.r.Device] == 0 {
			it.refuse(RateLimited)
			continue
		}
		allowed[it.r.Device]--
	}
}

// submit hands the checked items to a writer and waits until they are stored and
// resolved. Nothing is stored for a batch whose items are all refused already.
func (in *Ingester) submit(ctx context.Context, items []*item) error {
	pending := false
	for _, it := range items {
		if it.status == "" {
			pending = true
			break
		}
	}
	if !pending {
		return nil
	}
	j := &job{items: items, done: make(chan struct{})}
	in.mu.RLock()
	if in.closed {
		in.mu.RUnlock()
		return ErrClosed
	}
	select {
	case in.jobs <- j:
	case <-ctx.Done():
		in.mu.RUnlock()
		return ctx.Err()
	}
	in.mu.RUnlock()
	// once queued, the job is written whatever happens to ctx: its outcome must be
	// known before anyone is told it, and a writer never abandons it halfway.
	<-j.done
	return j.err
}
