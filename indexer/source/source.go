// Package source is the indexer's view of the chain through JSON-RPC: it backfills
// contract logs with eth_getLogs over adaptively sized block ranges, several in flight
// and delivered strictly in block order, reads block headers in batches, and follows new
// heads over a WebSocket subscription or by polling.
//
// Every call survives transient RPC faults — refused or reset connections, 5xx and 429
// answers (Retry-After is honoured), timeouts, JSON-RPC internal errors — by retrying
// with exponential backoff and jitter until its context ends. An eth_getLogs answer that
// says the result is too large, or that times out, shrinks the block span of that range
// instead. Calls return only the context's error or a permanent one.
package source

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults applied by [New] to the zero fields of a [Config]. Small ranges that grow
// suit a local node best: anvil answers eth_getLogs of ~1 000 logs at 100 000–200 000
// logs/s but slows down with the size of the answer (~27 000 logs/s at 60 000 logs per
// call), and what is in flight stays small. A remote provider, with more latency per
// call, may want a larger TargetLogs.
const (
	DefaultInitialRange   = 10
	DefaultMinRange       = 1
	DefaultMaxRange       = 100_000
	DefaultTargetLogs     = 1_000
	DefaultConcurrency    = 4
	DefaultRequestTimeout = 30 * time.Second
	DefaultMinBackoff     = 100 * time.Millisecond
	DefaultMaxBackoff     = 10 * time.Second
	DefaultPollInterval   = time.Second
)

// headersPerBatch is the most eth_getBlockByNumber calls sent in one JSON-RPC batch.
const headersPerBatch = 100

var (
	// ErrInvalidRange is returned for a block range whose start is after its end.
	ErrInvalidRange = errors.New("invalid block range")
	// ErrNotFound is returned when the node does not know a requested block.
	ErrNotFound = errors.New("block not found")
)

// Header is the part of a block header the indexer needs.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64 // unix seconds
}

// Config configures a [Source]. Zero fields take the Default* values.
type Config struct {
	RPCURL    string // HTTP JSON-RPC endpoint
	WSURL     string // WebSocket endpoint for newHeads; optional
	Addresses []common.Address

	// InitialRange, MinRange and MaxRange bound the block span of one eth_getLogs.
	InitialRange, MinRange, MaxRange uint64
	// TargetLogs steers the span: it grows while ranges return fewer than TargetLogs/2
	// logs and shrinks when one returns more than 2×TargetLogs.
	TargetLogs int
	// Concurrency is the number of eth_getLogs ranges in flight.
	Concurrency int
	// RequestTimeout bounds each request.
	RequestTimeout time.Duration
	// MinBackoff and MaxBackoff bound the jittered exponential retry backoff.
	MinBackoff, MaxBackoff time.Duration
	// PollInterval is the head polling period when there is no WebSocket subscription.
	PollInterval time.Duration
	Logger       *slog.Logger
}

// Source reads logs and headers from one JSON-RPC node. Its methods are safe for
// concurrent use.
type Source struct {
	cfg       Config
	rpc       *rpc.Client
	hc        *http.Client // eth_getLogs over HTTP bypasses rpc; nil for other schemes
	ids       atomic.Uint64
	transport *http.Transport
	log       *slog.Logger
	span      atomic.Uint64
	stats     counters
	// childTopics are the topic0s of the children's events once FollowChildren was called.
	childTopics atomic.Pointer[[]common.Hash]
}

// New returns a Source for cfg. It does not contact the node, so a node that is down
// at start is not an error; calls retry until it answers.
func New(ctx context.Context, cfg Config) (*Source, error) {
	if cfg.RPCURL == "" {
		return nil, errors.New("source: no RPC URL")
	}
	if cfg.MinRange == 0 {
		cfg.MinRange = DefaultMinRange
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = max(DefaultMaxRange, cfg.MinRange)
	}
	if cfg.InitialRange == 0 {
		cfg.InitialRange = DefaultInitialRange
	}
	if cfg.MinRange > cfg.MaxRange {
		return nil, fmt.Errorf("source: MinRange %d > MaxRange %d", cfg.MinRange, cfg.MaxRange)
	}
	cfg.InitialRange = min(max(cfg.InitialRange, cfg.MinRange), cfg.MaxRange)
	if cfg.TargetLogs <= 0 {
		cfg.TargetLogs = DefaultTargetLogs
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = DefaultMinBackoff
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = max(DefaultMaxBackoff, cfg.MinBackoff)
	}
	if cfg.MaxBackoff < cfg.MinBackoff {
		cfg.MaxBackoff = cfg.MinBackoff
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}

	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = cfg.Concurrency + 4
	hc := &http.Client{
		Timeout:   cfg.RequestTimeout,
		Transport: &retryAfterTransport{base: transport},
	}
	client, err := rpc.DialOptions(ctx, cfg.RPCURL, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("source: dialing %s: %w", cfg.RPCURL, err)
	}
	s := &Source{
		cfg:       cfg,
		rpc:       client,
		transport: transport,
		log:       cfg.Logger.With("component", "source"),
	}
	if u, err := url.Parse(cfg.RPCURL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		s.hc = hc
	}
	s.span.Store(cfg.InitialRange)
	return s, nil
}

// Close releases the node connection. Calls in progress fail.
func (s *Source) Close() {
	s.rpc.Close()
	s.transport.CloseIdleConnections()
}

// ChainID returns the node's chain id (eth_chainId).
func (s *Source) ChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	err := s.do(ctx, "eth_chainId", false, func(ctx context.Context) error {
		return s.rpc.CallContext(ctx, &id, "eth_chainId")
	})
	return uint64(id), err
}

// Head returns the latest block's header.
func (s *Source) Head(ctx context.Context) (Header, error) {
	return s.blockByTag(ctx, "latest")
}

// Finalized returns the header of the block the node calls "finalized".
func (s *Source) Finalized(ctx context.Context) (Header, error) {
	return s.blockByTag(ctx, "finalized")
}

func (s *Source) blockByTag(ctx context.Context, tag string) (Header, error) {
	var h *rpcHeader
	err := s.do(ctx, "eth_getBlockByNumber "+tag, false, func(ctx context.Context) error {
		h = nil
		return s.rpc.CallContext(ctx, &h, "eth_getBlockByNumber", tag, false)
	})
	if err != nil {
		return Header{}, err
	}
	if h == nil {
		return Header{}, fmt.Errorf("block %q: %w", tag, ErrNotFound)
	}
	return h.header()
}

// Headers returns the headers of blocks from through to, in order, read with JSON-RPC
// batches of at most 100 eth_getBlockByNumber calls. A block the node does not know
// is [ErrNotFound].
func (s *Source) Headers(ctx context.Context, from, to uint64) ([]Header, error) {
	if from > to {
		return nil, fmt.Errorf("headers [%d, %d]: %w", from, to, ErrInvalidRange)
	}
	var headers []Header
	for start := from; ; start += headersPerBatch {
		end := to
		if to-start >= headersPerBatch {
			end = start + headersPerBatch - 1
		}
		chunk, err := s.headerBatch(ctx, start, end)
		if err != nil {
			return nil, err
		}
		headers = append(headers, chunk...)
		if end == to {
			return headers, nil
		}
	}
}

func (s *Source) headerBatch(ctx context.Context, from, to uint64) ([]Header, error) {
	n := int(to - from + 1)
	results := make([]*rpcHeader, n)
	elems := make([]rpc.BatchElem, n)
	var missing uint64
	op := fmt.Sprintf("eth_getBlockByNumber [%d, %d]", from, to)
	err := s.do(ctx, op, false, func(ctx context.Context) error {
		for i := range elems {
			results[i] = nil
			elems[i] = rpc.BatchElem{
				Method: "eth_getBlockByNumber",
				Args:   []any{hexutil.EncodeUint64(from + uint64(i)), false},
				Result: &results[i],
			}
		}
		if err := s.rpc.BatchCallContext(ctx, elems); err != nil {
			return err
		}
		for i, e := range elems {
			if e.Error != nil {
				return e.Error
			}
			if results[i] == nil {
				missing = from + uint64(i)
				return errMissing
			}
		}
		return nil
	})
	if errors.Is(err, errMissing) {
		return nil, fmt.Errorf("block %d: %w", missing, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	headers := make([]Header, n)
	for i, r := range results {
		h, err := r.header()
		if err != nil {
			return nil, err
		}
		if h.Number != from+uint64(i) {
			return nil, fmt.Errorf("%s: asked for block %d, got %d", op, from+uint64(i), h.Number)
		}
		headers[i] = h
	}
	return headers, nil
}

// errMissing marks a null block in a batch answer; it is permanent for [Source.do].
var errMissing = errors.New("null block")

// Code returns the contract code at addr in the latest block (eth_getCode); empty when
// there is no contract.
func (s *Source) Code(ctx context.Context, addr common.Address) ([]byte, error) {
	var code hexutil.Bytes
	err := s.do(ctx, "eth_getCode", false, func(ctx context.Context) error {
		return s.rpc.CallContext(ctx, &code, "eth_getCode", addr, "latest")
	})
	return code, err
}

// rpcHeader is the JSON shape of a block (eth_getBlockByNumber) or a newHeads
// notification, reduced to the fields a Header needs.
type rpcHeader struct {
	Number     *hexutil.Uint64 `json:"number"`
	Hash       *common.Hash    `json:"hash"`
	ParentHash common.Hash     `json:"parentHash"`
	Time       hexutil.Uint64  `json:"timestamp"`
}

func (r *rpcHeader) header() (Header, error) {
	if r.Number == nil || r.Hash == nil {
		return Header{}, errors.New("block without number or hash (pending?)")
	}
	return Header{Number: uint64(*r.Number), Hash: *r.Hash, ParentHash: r.ParentHash, Time: uint64(r.Time)}, nil
}

// Stats are the Source's counters since New.
type Stats struct {
	Requests      uint64            // JSON-RPC requests sent; a batch counts once
	Retries       uint64            // requests repeated after a transient fault
	Errors        map[string]uint64 // failed requests by kind (KindTooLarge, KindTimeout, …)
	Shrinks       uint64            // eth_getLogs span reductions
	Grows         uint64            // eth_getLogs span increases
	Span          uint64            // current eth_getLogs span in blocks
	Ranges        uint64            // eth_getLogs calls answered
	Logs          uint64            // logs delivered by Logs
	Subscriptions uint64            // newHeads subscriptions established
}

type counters struct {
	requests, retries, shrinks, grows, ranges, logs, subscriptions atomic.Uint64

	mu     sync.Mutex
	errors map[string]uint64
}

func (c *counters) addError(kind string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.errors == nil {
		c.errors = make(map[string]uint64)
	}
	c.errors[kind]++
}

// Stats returns a snapshot of the counters.
func (s *Source) Stats() Stats {
	st := Stats{
		Requests:      s.stats.requests.Load(),
		Retries:       s.stats.retries.Load(),
		Shrinks:       s.stats.shrinks.Load(),
		Grows:         s.stats.grows.Load(),
		Span:          s.span.Load(),
		Ranges:        s.stats.ranges.Load(),
		Logs:          s.stats.logs.Load(),
		Subscriptions: s.stats.subscriptions.Load(),
		Errors:        make(map[string]uint64),
	}
	s.stats.mu.Lock()
	for k, v := range s.stats.errors {
		st.Errors[k] = v
	}
	s.stats.mu.Unlock()
	return st
}
