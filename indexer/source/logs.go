package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Batch is the logs of blocks From through To, sorted by block number and log index.
// It may be empty.
type Batch struct {
	From, To uint64
	Logs     []types.Log
	// ChildLogs are the logs of any address whose topic0 is one of the children's
	// ([Source.FollowChildren]), sorted likewise; Children says whether they were fetched
	// (false for a range started before FollowChildren, whose children are unknown).
	ChildLogs []types.Log
	Children  bool
}

// errBadResponse marks an eth_getLogs answer that breaks its contract (a log outside
// the range asked for); it is retried.
var errBadResponse = errors.New("bad eth_getLogs answer")

// Logs sends to out the logs of the configured addresses in blocks from through to, as
// Batches that are contiguous, in block order and cover the range exactly once. Up to
// Concurrency ranges are fetched at a time, and at most Concurrency fetched ranges wait
// to be sent. It returns nil when the last batch is sent, ctx's error when ctx ends, or
// a permanent error; it does not close out.
func (s *Source) Logs(ctx context.Context, from, to uint64, out chan<- Batch) error {
	if from > to {
		return fmt.Errorf("logs [%d, %d]: %w", from, to, ErrInvalidRange)
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()

	type result struct {
		batch Batch
		err   error
	}
	type slot struct {
		from, to uint64
		done     chan result
	}
	var (
		pending []*slot // dispatched, not yet sent; at most Concurrency
		next    = from
		last    bool
		// share caps the span at an even split of [from, to] among the workers, so
		// that a range shorter than Concurrency spans is still fetched in parallel.
		share = max((to-from)/uint64(s.cfg.Concurrency)+1, s.cfg.MinRange)
	)
	for {
		for !last && len(pending) < s.cfg.Concurrency {
			span := min(s.span.Load(), share)
			end := to
			if to-next >= span {
				end = next + span - 1
			}
			sl := &slot{from: next, to: end, done: make(chan result, 1)}
			pending = append(pending, sl)
			wg.Add(1)
			go func() {
				defer wg.Done()
				b, err := s.fetchRange(ctx, sl.from, sl.to)
				sl.done <- result{b, err}
			}()
			if end == to {
				last = true
			} else {
				next = end + 1
			}
		}
		if len(pending) == 0 {
			return nil
		}

		var r result
		select {
		case r = <-pending[0].done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if r.err != nil {
			return r.err
		}
		pending[0] = nil
		pending = pending[1:]
		select {
		case out <- r.batch:
			s.stats.logs.Add(uint64(len(r.batch.Logs)))
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// fetchRange returns the logs of blocks from through to: those of the configured
// addresses and, once [Source.FollowChildren] was called before the range started, the
// children's logs by topic (Batch.ChildLogs). The child query runs after the address
// query on the same worker, so ranges still overlap; it does not steer the span, which
// follows the address query alone.
func (s *Source) fetchRange(ctx context.Context, from, to uint64) (Batch, error) {
	topics := s.childTopics.Load() // before the address query: a range fetched without it says so
	b, err := s.fetchSpan(ctx, from, to, nil)
	if err != nil || topics == nil {
		return b, err
	}
	c, err := s.fetchSpan(ctx, from, to, *topics)
	if err != nil {
		return Batch{}, err
	}
	b.ChildLogs, b.Children = c.Logs, true
	return b, nil
}

// FollowChildren makes every range started from now on also fetch, with one more
// eth_getLogs and no address filter, the logs whose topic0 is one of topics: the events
// of contracts a factory creates, which the caller keeps or drops by address. Until it is
// called the source makes exactly one eth_getLogs per range, as before factories.
func (s *Source) FollowChildren(topics []common.Hash) {
	t := slices.Clone(topics)
	s.childTopics.Store(&t)
}

// ChildLogs returns the logs of blocks from through to whose topic0 is one of topics, of
// any address: what a range fetched before [Source.FollowChildren] lacks.
func (s *Source) ChildLogs(ctx context.Context, from, to uint64, topics []common.Hash) ([]types.Log, error) {
	if from > to {
		return nil, fmt.Errorf("logs [%d, %d]: %w", from, to, ErrInvalidRange)
	}
	b, err := s.fetchSpan(ctx, from, to, topics)
	return b.Logs, err
}

// fetchSpan returns the logs of blocks from through to, splitting the range into
// smaller consecutive pieces while the node finds it too large: of the configured
// addresses when topics is nil, else of any address with one of topics as topic0 (which
// leaves the span alone).
func (s *Source) fetchSpan(ctx context.Context, from, to uint64, topics []common.Hash) (Batch, error) {
	b := Batch{From: from, To: to}
	width := to - from + 1 // never 0: ranges are at most MaxRange wide
	stuck := 0             // too-large answers at MinRange, for backoff
	for cur := from; ; {
		end := to
		if to-cur >= width {
			end = cur + width - 1
		}
		logs, err := s.getLogs(ctx, cur, end, topics)
		var tl *tooLargeError
		if errors.As(err, &tl) {
			w := end - cur + 1
			if w <= s.cfg.MinRange {
				// Nothing left to split: wait and ask again, as for any transient fault.
				s.stats.retries.Add(1)
				wait := s.backoff(stuck)
				stuck++
				s.log.WarnContext(ctx, "eth_getLogs too large at the minimum span", "from", cur, "to", end, "kind", tl.kind, "wait", wait, "err", tl.err)
				if err := sleep(ctx, wait); err != nil {
					return Batch{}, err
				}
				continue
			}
			nw := w / 2
			if tl.suggested && tl.sugFrom == cur && tl.sugTo >= cur && tl.sugTo < end {
				nw = tl.sugTo - cur + 1
			}
			width = max(nw, s.cfg.MinRange)
			s.narrow(width)
			s.log.DebugContext(ctx, "eth_getLogs range shrunk", "from", cur, "to", end, "kind", tl.kind, "span", width)
			continue
		}
		if err != nil {
			return Batch{}, err
		}
		stuck = 0
		s.stats.ranges.Add(1)
		if topics == nil {
			s.adapt(end-cur+1, len(logs))
		}
		if b.Logs == nil {
			b.Logs = logs
		} else {
			b.Logs = append(b.Logs, logs...)
		}
		if end == to {
			return b, nil
		}
		cur = end + 1
	}
}

// filterQuery is the eth_getLogs parameter object.
type filterQuery struct {
	FromBlock hexutil.Uint64   `json:"fromBlock"`
	ToBlock   hexutil.Uint64   `json:"toBlock"`
	Address   []common.Address `json:"address,omitempty"`
	Topics    [][]common.Hash  `json:"topics,omitempty"`
}

// getLogs makes one eth_getLogs over [from, to], retrying transient faults: of the
// configured addresses, or with topics of any address. A result the node refuses as too
// large, or does not deliver in time, is a *tooLargeError.
func (s *Source) getLogs(ctx context.Context, from, to uint64, topics []common.Hash) ([]types.Log, error) {
	q := filterQuery{FromBlock: hexutil.Uint64(from), ToBlock: hexutil.Uint64(to), Address: s.cfg.Addresses}
	if topics != nil {
		q.Address, q.Topics = nil, [][]common.Hash{topics}
	}
	var logs []types.Log
	err := s.do(ctx, fmt.Sprintf("eth_getLogs [%d, %d]", from, to), true, func(ctx context.Context) error {
		var err error
		if s.hc != nil {
			logs, err = s.postLogs(ctx, q)
		} else {
			var raw json.RawMessage
			if err := s.rpc.CallContext(ctx, &raw, "eth_getLogs", q); err != nil {
				return err
			}
			if logs, err = parseLogs(raw); err != nil {
				err = fmt.Errorf("%w: %v", errBadResponse, err)
			}
		}
		if err != nil {
			return err
		}
		return checkLogs(logs, from, to)
	})
	if err != nil {
		return nil, err
	}
	return logs, nil
}

// postLogs makes one eth_getLogs over plain HTTP and parses the answer in one pass.
// The rpc client would decode the envelope with encoding/json first, which cost about
// ten times the parse of the logs themselves and dominated a backfill's CPU. Failures
// take the rpc client's forms (rpc.HTTPError, an rpc.Error with the code, message and
// data of the answer), so that classify treats both paths alike.
func (s *Source) postLogs(ctx context.Context, q filterQuery) ([]types.Log, error) {
	body, err := json.Marshal(logsRequest{JSONRPC: "2.0", ID: s.ids.Add(1), Method: "eth_getLogs", Params: []any{q}})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.cfg.RPCURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := s.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var buf *bytes.Buffer
	select {
	case buf = <-answers:
		buf.Reset()
	default:
		buf = new(bytes.Buffer)
	}
	defer func() {
		if buf.Cap() <= maxPooledAnswer {
			select {
			case answers <- buf:
			default:
			}
		}
	}()
	if resp.ContentLength > 0 {
		buf.Grow(int(min(resp.ContentLength, 1<<30)) + bytes.MinRead)
	}
	_, readErr := buf.ReadFrom(resp.Body)
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return nil, rpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: bytes.Clone(buf.Bytes())}
	}
	if readErr != nil {
		return nil, readErr
	}
	raw := buf.Bytes()
	if logs, err := scanResponse(raw); err == nil {
		return logs, nil
	}
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *rpcError       `json:"error"`
	}
	if err := json.Unmarshal(raw, &msg); err != nil {
		return nil, fmt.Errorf("%w: %v", errBadResponse, err)
	}
	if msg.Error != nil {
		return nil, msg.Error
	}
	if len(msg.Result) == 0 {
		return nil, rpc.ErrNoResult
	}
	logs, err := parseLogs(msg.Result)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadResponse, err)
	}
	return logs, nil
}

// answers recycles the buffers of eth_getLogs answers (a sync.Pool would drop them at
// every GC cycle); the parsed logs do not point into them.
var answers = make(chan *bytes.Buffer, 8)

// maxPooledAnswer is the largest answer buffer kept for reuse.
const maxPooledAnswer = 32 << 20

type logsRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      uint64 `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

// rpcError is a JSON-RPC error answer; it is an rpc.Error and an rpc.DataError.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *rpcError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("json-rpc error %d", e.Code)
	}
	return e.Message
}

func (e *rpcError) ErrorCode() int { return e.Code }

func (e *rpcError) ErrorData() any { return e.Data }

// checkLogs verifies that every log lies in [from, to] and sorts them by block number and
// log index if the node did not.
func checkLogs(logs []types.Log, from, to uint64) error {
	sorted := true
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < from || l.BlockNumber > to {
			return fmt.Errorf("%w: log of block %d in range [%d, %d]", errBadResponse, l.BlockNumber, from, to)
		}
		if i > 0 && logBefore(l, &logs[i-1]) {
			sorted = false
		}
	}
	if !sorted {
		slices.SortStableFunc(logs, func(a, b types.Log) int {
			switch {
			case logBefore(&a, &b):
				return -1
			case logBefore(&b, &a):
				return 1
			}
			return 0
		})
	}
	return nil
}

func logBefore(a, b *types.Log) bool {
	if a.BlockNumber != b.BlockNumber {
		return a.BlockNumber < b.BlockNumber
	}
	return a.Index < b.Index
}

// narrow lowers the span to width after a too-large range.
func (s *Source) narrow(width uint64) {
	s.stats.shrinks.Add(1)
	for {
		cur := s.span.Load()
		if width >= cur || s.span.CompareAndSwap(cur, width) {
			return
		}
	}
}

// adapt steers the span after a range of width blocks returned n logs: it doubles it
// when n < TargetLogs/2 and halves it when n > 2×TargetLogs, within [MinRange, MaxRange].
func (s *Source) adapt(width uint64, n int) {
	switch t := s.cfg.TargetLogs; {
	case n < t/2:
		want := s.cfg.MaxRange
		if width <= math.MaxUint64/2 {
			want = min(width*2, want)
		}
		for {
			cur := s.span.Load()
			if want <= cur {
				return
			}
			if s.span.CompareAndSwap(cur, want) {
				s.stats.grows.Add(1)
				return
			}
		}
	case n > 2*t:
		want := max(width/2, s.cfg.MinRange)
		for {
			cur := s.span.Load()
			if want >= cur {
				return
			}
			if s.span.CompareAndSwap(cur, want) {
				s.stats.shrinks.Add(1)
				return
			}
		}
	}
}
