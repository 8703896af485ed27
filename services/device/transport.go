package device

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/common"

	ingest "sharechain/services/telemetry"
)

// Result is what the telemetry service answered for one reading.
type Result = ingest.Result

// ReasonOf returns why r was refused, "" when it was not.
func ReasonOf(r Result) ingest.Reason {
	if r.Reason == nil {
		return ""
	}
	return *r.Reason
}

// Transport delivers readings to the telemetry service. Send returns one result per
// reading, in order; a reading is done once it has one (accepted, duplicate or
// refused), so Send keeps trying until every reading has its result or ctx ends.
type Transport interface {
	Send(ctx context.Context, readings []Signed) ([]Result, error)
	Close() error
}

// encodeBatch returns the wire body of readings, which must fit the limits.
func encodeBatch(readings []Signed) ([]byte, error) {
	if len(readings) > ingest.MaxBatchReadings {
		return nil, fmt.Errorf("a batch of %d readings is over the limit of %d", len(readings), ingest.MaxBatchReadings)
	}
	b := ingest.Batch{Readings: make([]ingest.WireReading, len(readings))}
	for i := range readings {
		b.Readings[i] = ingest.NewWireReading(&readings[i].Reading, readings[i].Signature)
	}
	body, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	if len(body) > ingest.MaxBatchBytes {
		return nil, fmt.Errorf("a batch of %d bytes is over the limit of %d", len(body), ingest.MaxBatchBytes)
	}
	return body, nil
}

// checkResults checks that results answer readings, in order, with known statuses.
func checkResults(results []Result, readings []Signed) error {
	if !answers(results, readings) {
		return fmt.Errorf("the results (%d) do not answer the batch's %d readings in order", len(results), len(readings))
	}
	for _, r := range results {
		switch r.Status {
		case ingest.Accepted, ingest.Duplicate, ingest.Refused:
		default:
			return fmt.Errorf("reading %d: unknown status %q", *r.Seq, r.Status)
		}
	}
	return nil
}

func answers(results []Result, readings []Signed) bool {
	if len(results) != len(readings) {
		return false
	}
	for i := range results {
		if results[i].Seq == nil || *results[i].Seq != readings[i].Seq {
			return false
		}
	}
	return true
}

// chunks splits readings into batches the wire takes.
func chunks(readings []Signed) [][]Signed {
	var out [][]Signed
	for len(readings) > ingest.MaxBatchReadings {
		out = append(out, readings[:ingest.MaxBatchReadings])
		readings = readings[ingest.MaxBatchReadings:]
	}
	if len(readings) > 0 {
		out = append(out, readings)
	}
	return out
}

// sendChunks sends readings batch by batch with send and joins the results.
func sendChunks(ctx context.Context, readings []Signed, send func(context.Context, []Signed) ([]Result, error)) ([]Result, error) {
	out := make([]Result, 0, len(readings))
	for _, c := range chunks(readings) {
		rs, err := send(ctx, c)
		if err != nil {
			return out, err
		}
		out = append(out, rs...)
	}
	return out, nil
}

// retryAfter is how long a transport waits before trying again: doubling from 250 ms
// to 5 s.
func retryAfter(attempt int) time.Duration {
	d := 250 * time.Millisecond << min(attempt, 5)
	return min(d, 5*time.Second)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// HTTPTransport posts batches to the telemetry service's POST /v1/telemetry/readings.
type HTTPTransport struct {
	endpoint string
	client   *http.Client
	logger   *slog.Logger
}

// ErrBatchRefused reports a batch the service refused whole (over HTTP a 4xx answer
// other than 408 and 429, over MQTT a problem on the acks topic): sending it again
// cannot help.
var ErrBatchRefused = errors.New("the telemetry service refused the batch")

// NewHTTPTransport returns a transport to the telemetry service at ingestURL (its
// INGEST_ADDR, for example http://127.0.0.1:8090). A nil client is a client with a 30 s
// timeout; a nil logger discards.
func NewHTTPTransport(ingestURL string, client *http.Client, logger *slog.Logger) (*HTTPTransport, error) {
	u, err := url.Parse(ingestURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("the ingest URL %q is not an http(s) URL", ingestURL)
	}
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &HTTPTransport{endpoint: strings.TrimSuffix(u.String(), "/") + ingest.ReadingsPath, client: client, logger: logger}, nil
}

// Send posts readings (in batches of at most MaxBatchReadings) and returns their
// results. It tries again while the service is unreachable or answers 5xx, 408 or 429,
// and fails with [ErrBatchRefused] on another 4xx.
func (h *HTTPTransport) Send(ctx context.Context, readings []Signed) ([]Result, error) {
	return sendChunks(ctx, readings, h.post)
}

func (h *HTTPTransport) post(ctx context.Context, readings []Signed) ([]Result, error) {
	body, err := encodeBatch(readings)
	if err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		rs, retry, err := h.postOnce(ctx, body, readings)
		if err == nil || !retry {
			return rs, err
		}
		wait := retryAfter(attempt)
		h.logger.WarnContext(ctx, "telemetry batch not delivered, trying again", "readings", len(readings), "err", err, "retry_in", wait.String())
		if serr := sleep(ctx, wait); serr != nil {
			return nil, fmt.Errorf("posting readings: %w (last attempt: %w)", serr, err)
		}
	}
}

// postOnce posts body once; retry says whether trying again may succeed.
func (h *HTTPTransport) postOnce(ctx context.Context, body []byte, readings []Signed) (rs []Result, retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, ctx.Err() == nil, fmt.Errorf("posting readings: %w", err)
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 4*ingest.MaxBatchBytes))
	if err != nil {
		return nil, true, fmt.Errorf("reading the answer: %w", err)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		var rs ingest.Results
		if err := json.Unmarshal(answer, &rs); err != nil {
			return nil, false, fmt.Errorf("parsing the results: %w", err)
		}
		if err := checkResults(rs.Results, readings); err != nil {
			return nil, false, err
		}
		return rs.Results, false, nil
	case resp.StatusCode >= 500, resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode == http.StatusRequestTimeout:
		return nil, true, fmt.Errorf("posting readings: %s: %s", resp.Status, problem(answer))
	default:
		return nil, false, fmt.Errorf("%w: %s: %s", ErrBatchRefused, resp.Status, problem(answer))
	}
}

// problem summarises a problem+json body (or any body) for an error message.
func problem(body []byte) string {
	var p struct {
		Title  string `json:"title"`
		Detail string `json:"detail"`
	}
	if json.Unmarshal(body, &p) == nil && (p.Title != "" || p.Detail != "") {
		return strings.TrimSuffix(p.Title+": "+p.Detail, ": ")
	}
	if len(body) > 200 {
		body = body[:200]
	}
	return strings.TrimSpace(string(body))
}

// Close does nothing: HTTP keeps no session.
func (h *HTTPTransport) Close() error { return nil }

// MQTTConfig says where and as whom an [MQTTTransport] connects.
type MQTTConfig struct {
	// BrokerURL is the broker's mqtt://host:port (MQTT_URL).
	BrokerURL string
	ChainID   uint64
	Device    common.Address
	// ClientID defaults to sharechain-device-<address>: one connection per device.
	ClientID string
	// AckTimeout is how long to wait for a batch's results before publishing it again
	// (default 5 s).
	AckTimeout time.Duration
	Logger     *slog.Logger
}

// MQTTTransport publishes batches at QoS 1 to the device's readings topic and matches
// the results that come on its acks topic, publishing a batch again until they come.
// It sends one batch at a time: results carry no batch id, so a batch is recognised by
// its seqs, in order.
type MQTTTransport struct {
	cfg      MQTTConfig
	client   mqtt.Client
	readings string

	send    sync.Mutex // one batch in flight
	mu      sync.Mutex
	waiting *waiter
	// ready is closed while the client is connected with its acks subscription in place
	// (the session is clean: each connection subscribes anew), open in between
	ready   chan struct{}
	isReady bool
}

// waiter is the batch in flight and where its results go.
type waiter struct {
	readings []Signed
	done     chan ingest.Acks
}

// maxReconnectInterval is the longest an MQTT device waits between two attempts to
// reconnect.
const maxReconnectInterval = 5 * time.Second

// DialMQTT connects to the broker and subscribes to the device's acks topic (again after
// every reconnection, the session being clean).
func DialMQTT(ctx context.Context, cfg MQTTConfig) (*MQTTTransport, error) {
	u, err := url.Parse(cfg.BrokerURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("the MQTT URL %q is not mqtt://host:port", cfg.BrokerURL)
	}
	if cfg.ClientID == "" {
		cfg.ClientID = "sharechain-device-" + strings.ToLower(cfg.Device.Hex())
	}
	if cfg.AckTimeout <= 0 {
		cfg.AckTimeout = 5 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	t := &MQTTTransport{cfg: cfg, readings: ingest.ReadingsTopic(cfg.ChainID, cfg.Device), ready: make(chan struct{})}
	acks := ingest.AcksTopic(cfg.ChainID, cfg.Device)
	subscribed := make(chan error, 1)
	opts := mqtt.NewClientOptions().AddBroker(cfg.BrokerURL).SetClientID(cfg.ClientID).
		SetCleanSession(true).SetAutoReconnect(true).SetConnectTimeout(10 * time.Second).
		// paho doubles its wait between reconnection attempts from one outage to the
		// next while they come less than twice the connect timeout apart, up to this:
		// the default, 10 minutes, leaves a device offline for minutes after a broker
		// that restarted a few times (the telemetry service caps it at 5 s too)
		SetMaxReconnectInterval(maxReconnectInterval).
		SetOnConnectHandler(func(c mqtt.Client) {
			tok := c.Subscribe(acks, 1, t.onAck)
			tok.Wait()
			if err := tok.Error(); err != nil {
				cfg.Logger.Warn("subscribing to the acks topic", "topic", acks, "err", err)
			} else {
				t.setReady(true)
			}
			select {
			case subscribed <- tok.Error():
			default:
			}
		}).
		SetConnectionLostHandler(func(_ mqtt.Client, err error) {
			t.setReady(false)
			cfg.Logger.Warn("MQTT connection lost, reconnecting", "err", err)
		})
	t.client = mqtt.NewClient(opts)
	if err := wait(ctx, t.client.Connect()); err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", cfg.BrokerURL, err)
	}
	select {
	case err = <-subscribed:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		t.client.Disconnect(0)
		return nil, fmt.Errorf("subscribing to %s: %w", acks, err)
	}
	return t, nil
}

// setReady records whether the client is connected with its acks subscription in place.
func (t *MQTTTransport) setReady(ready bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case ready && !t.isReady:
		close(t.ready)
	case !ready && t.isReady:
		t.ready = make(chan struct{})
	}
	t.isReady = ready
}

// awaitReady waits until the client is connected and subscribed to its acks. A batch
// published before the subscription of a new connection is in place could be answered
// while nobody listens (the session is clean, so the broker keeps nothing for us), and
// would only be acknowledged as a duplicate when published again.
func (t *MQTTTransport) awaitReady(ctx context.Context) error {
	t.mu.Lock()
	ready := t.ready
	t.mu.Unlock()
	select {
	case <-ready:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// wait waits for an MQTT token or ctx.
func wait(ctx context.Context, tok mqtt.Token) error {
	select {
	case <-tok.Done():
		return tok.Error()
	case <-ctx.Done():
		return ctx.Err()
	}
}

// onAck hands the results of the batch in flight to its Send, or the problem when the
// service refused it whole; any other results (a late answer to a batch published
// twice) are dropped.
func (t *MQTTTransport) onAck(_ mqtt.Client, m mqtt.Message) {
	acks, err := ingest.ParseAcks(m.Payload())
	if err != nil {
		t.cfg.Logger.Warn("unreadable ack", "topic", m.Topic(), "err", err)
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.waiting == nil || (acks.Problem == nil && !answers(acks.Results, t.waiting.readings)) {
		t.cfg.Logger.Debug("ack of no batch in flight", "results", len(acks.Results))
		return
	}
	t.waiting.done <- acks
	t.waiting = nil
}

// Send publishes readings (in batches of at most MaxBatchReadings) and returns their
// results, publishing each batch again every AckTimeout until its results come.
func (t *MQTTTransport) Send(ctx context.Context, readings []Signed) ([]Result, error) {
	t.send.Lock()
	defer t.send.Unlock()
	return sendChunks(ctx, readings, t.publish)
}

func (t *MQTTTransport) publish(ctx context.Context, readings []Signed) ([]Result, error) {
	body, err := encodeBatch(readings)
	if err != nil {
		return nil, err
	}
	w := &waiter{readings: readings, done: make(chan ingest.Acks, 1)}
	t.mu.Lock()
	t.waiting = w
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		if t.waiting == w {
			t.waiting = nil
		}
		t.mu.Unlock()
	}()
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			t.cfg.Logger.WarnContext(ctx, "no results yet, publishing the batch again", "readings", len(readings), "attempt", attempt+1)
		}
		if err := t.awaitReady(ctx); err != nil {
			return nil, err
		}
		// the broker's PUBACK only says it has the message; the results say the
		// service has committed it
		if err := wait(ctx, t.client.Publish(t.readings, 1, false, body)); err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			t.cfg.Logger.WarnContext(ctx, "publishing readings", "err", err)
		}
		timer := time.NewTimer(t.cfg.AckTimeout)
		select {
		case acks := <-w.done:
			timer.Stop()
			if p := acks.Problem; p != nil {
				return nil, fmt.Errorf("%w: %d %s: %s", ErrBatchRefused, p.Status, p.Title, p.Detail)
			}
			if err := checkResults(acks.Results, readings); err != nil {
				return nil, err
			}
			return acks.Results, nil
		case <-ctx.Done():
			timer.Stop()
			return nil, ctx.Err()
		case <-timer.C:
		}
	}
}

// Close disconnects from the broker.
func (t *MQTTTransport) Close() error {
	t.client.Disconnect(250)
	return nil
}
