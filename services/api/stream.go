package api

// GET /v1/events/stream (INTERFACE.md §5, release 2): the objects /v1/events returns,
// as Server-Sent Events, with its filters.
//
// Wake-up. A stream never polls the database. The stateWatcher already holds the one
// LISTEN connection of the server and closes its changed channel whenever the indexer's
// cursor moves (a NOTIFY at each commit, or its 1 s poll on a standby); every stream
// waits on that channel, so one read of indexer_state fans out to all of them. A woken
// stream reads what follows its position in pages of streamPage, in log order, and only
// when the indexed block, its hash or the finalized block changed (the head alone moving
// adds no event).
//
// Reorgs. The indexer rolls a reorg back in one transaction (indexer/store Rollback:
// events above the common ancestor deleted, cursor moved back) and then commits the new
// branch in later ones. The API may see both, or only the result: the watcher reads
// indexer_state once per wake, so a rollback and the new branch up to the same height
// can land between two reads, and indexed_block going backwards is not a signal one can
// count on. What a stream can check is what it sent: it remembers, for each block above
// the finalized block it sent events of, the block hash of those events (at most the
// indexer's unfinalized window of blocks), and on every read asks whether events of that
// block with that hash still exist. The first one that does not was dropped, with every
// later one; the ones before it are still the chain's. The stream then sends
// `event: reorg` with first_dropped_block N = the block after the last block it sent that
// is still intact (or after the finalized block, when that is higher), moves its
// position back there, and reads the new branch from N on. The client drops what it got
// from blocks >= N, all of which was rolled back; nothing it got below N was. N is at or
// below the indexer's first dropped block, and below it when the stream sent nothing of
// the blocks between (a sparse filter): the stream cannot know the hashes of blocks it
// sent nothing of. The reorg message carries as id the position it moved back to, so a
// reconnect with that Last-Event-ID resumes on the new branch. A page is sent only when
// its own blocks are still there at that check, so a page read across a rollback is
// read again rather than sent. finalized=true streams never hold such blocks.
//
// Since the cursor holds a block number and log index but no hash, a reorg while a
// client is away is seen on resume only when it dropped the event the Last-Event-ID
// names (then the stream starts with a reorg from the block after the finalized one);
// a dropped block re-filled with an event at the same log index is not.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"
)

const (
	streamPage  = 500              // events read at a time
	streamPing  = 15 * time.Second // heartbeat comments, so proxies keep an idle stream open
	streamWrite = 30 * time.Second // a client that does not take a write for this long loses its stream
	streamRetry = time.Second      // retry of a read that found the database unreachable
)

// wholeBlock is the log index of a position after every log of its block: no log has it.
const wholeBlock = math.MaxInt32

type streamInput struct {
	ReadParams
	EventFilterParams
	Cursor      string `query:"cursor" maxLength:"400" doc:"Start after this position: a next_cursor of /v1/events (ascending) or an id of this stream, for clients that cannot send Last-Event-ID. Last-Event-ID wins when both are given."`
	LastEventID string `header:"Last-Event-ID" maxLength:"400" doc:"The id of the last message received: the stream resumes right after it (EventSource sends it when it reconnects)."`
}

// StreamReorg is the data of a reorg message of the event stream.
type StreamReorg struct {
	FirstDroppedBlock int64 `json:"first_dropped_block" doc:"Drop what this stream sent from this block on: those events were rolled back. Nothing the stream sent from an earlier block was; the stream continues from this block on the new branch."`
}

// streams serves the event streams of a Server: it caps how many are open and counts them.
type streams struct {
	s     *Server
	slots chan struct{} // one token per open stream
	open  prometheus.Gauge
	ping  time.Duration
}

// registerStream registers GET /v1/events/stream.
func (s *Server) registerStream() {
	h := &streams{s: s, slots: make(chan struct{}, s.cfg.MaxStreams), ping: streamPing,
		open: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sharechain", Subsystem: "api", Name: "event_streams",
			Help: "Open /v1/events/stream connections."})}
	s.cfg.registerer.MustRegister(h.open)
	huma.Register(s.api, huma.Operation{OperationID: "streamEvents", Method: http.MethodGet, Path: "/v1/events/stream",
		Tags: []string{"events"}, Summary: "Follow indexed events as Server-Sent Events",
		Description: "The events of /v1/events, with its filters, as `text/event-stream`: each in a message whose `data` is " +
			"the event object and whose `id` is its /v1/events cursor, in log order. With `from_block`, a `cursor` or a " +
			"`Last-Event-ID` the stream first replays the indexed events from there; without, it starts with new events " +
			"only. It then follows the indexer, woken by its commits. When a reorg rolls back blocks the stream sent events " +
			"of, an `event: reorg` message gives the first block to drop (`first_dropped_block`) and the stream continues " +
			"from that block on the new branch. `finalized=true` sends only events of finalized blocks, which no reorg " +
			"touches. A `: ping` comment comes every 15 s. With `to_block` the stream ends once that block is final and " +
			"every event up to it was sent; a request after that answers 204, which tells an EventSource to stop " +
			"reconnecting. At most a configured number of streams are open at once; beyond it the answer is 503.",
		Errors: errs400,
		Responses: map[string]*huma.Response{
			"200": {Description: "Server-Sent Events: `message` (the default type) for an event, `reorg` for a rollback, " +
				"`: ping` comments in between.", Content: map[string]*huma.MediaType{"text/event-stream": {Schema: streamSchema(s.api)}}},
			"204": {Description: "to_block is final and every event up to it after the given position was sent: the stream has nothing more to send."},
		}}, h.serve)
}

// streamSchema documents the messages as huma's sse package does: an array of which
// each item is one of the message types.
func streamSchema(api huma.API) *huma.Schema {
	reg := api.OpenAPI().Components.Schemas
	message := func(name, idDoc string, data *huma.Schema) *huma.Schema {
		s := &huma.Schema{Title: "Event " + name, Type: huma.TypeObject, Properties: map[string]*huma.Schema{
			"id":    {Type: huma.TypeString, Description: idDoc},
			"event": {Type: huma.TypeString, Description: "The message type.", Extensions: map[string]any{"const": name}},
			"data":  data,
		}, Required: []string{"id", "data"}}
		if name != "message" {
			s.Required = append(s.Required, "event")
		}
		return s
	}
	return &huma.Schema{Title: "Server-Sent Events", Type: huma.TypeArray,
		Description: "Each item is one message, written as text in the SSE format (`id:`, `event:`, `data:` lines, a blank line after each).",
		Items: &huma.Schema{Extensions: map[string]any{"oneOf": []*huma.Schema{
			message("message", "The event's cursor: /v1/events takes it as cursor, this stream as Last-Event-ID.",
				reg.Schema(reflect.TypeFor[Event](), true, "Event")),
			message("reorg", "The position the stream moved back to, to resume from with Last-Event-ID.",
				reg.Schema(reflect.TypeFor[StreamReorg](), true, "StreamReorg")),
		}}}}
}

// streamAfter decodes a stream position given as parameter name (cursor or
// Last-Event-ID): a cursor of the ascending /v1/events list.
func (p *params) streamAfter(name, s string) *[2]int64 {
	if s == "" {
		return nil
	}
	n := len(p.bad)
	after := p.eventAfter(eventCursor("events", false), s)
	for i := n; i < len(p.bad); i++ {
		p.bad[i].Name = name
	}
	return after
}

func (h *streams) serve(ctx context.Context, in *streamInput) (*huma.StreamResponse, error) {
	var p params
	f := h.s.eventFilter(&p, in.EventFilterParams)
	finalizedOnly := p.boolean("finalized", in.Finalized)
	after := p.streamAfter("cursor", in.Cursor)
	if id := p.streamAfter("Last-Event-ID", in.LastEventID); id != nil {
		after = id
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	select {
	case h.slots <- struct{}{}:
	default:
		return nil, huma.ErrorWithHeaders(newProblem(http.StatusServiceUnavailable,
			fmt.Sprintf("too many event streams are open (%d); retry shortly", cap(h.slots))), http.Header{"Retry-After": []string{"5"}})
	}
	h.open.Inc()
	release := sync.OnceFunc(func() { h.open.Dec(); <-h.slots })

	c := &eventStream{h: h, filter: f, finalizedOnly: finalizedOnly != nil && *finalizedOnly}
	rctx, cancel := context.WithTimeout(ctx, h.s.cfg.Timeout)
	defer cancel()
	st, _, changed := h.s.state.get()
	if err := c.start(rctx, after); err != nil {
		release()
		return nil, h.s.fail(rctx, "events", err)
	}
	first, more, err := c.next(rctx, st)
	if err != nil {
		release()
		return nil, h.s.fail(rctx, "events", err)
	}
	if !more && first.reorg == nil && len(first.events) == 0 && c.ended() {
		release()
		return &huma.StreamResponse{Body: func(hctx huma.Context) { hctx.SetStatus(http.StatusNoContent) }}, nil
	}
	return &huma.StreamResponse{Body: func(hctx huma.Context) {
		defer release()
		defer h.s.state.watch()() // a stream waits for every commit
		c.run(hctx, st, changed, first, more)
	}}, nil
}

// keptBlock is a block above the finalized one that a stream sent events of.
type keptBlock struct {
	number int64
	hash   common.Hash
	last   int // log index of the last event sent of it
}

// streamBatch is what one read gives to send: a reorg first, when there was one, then
// events.
type streamBatch struct {
	reorg   *StreamReorg
	reorgID string
	events  []Event
}

// eventStream is the state of one stream.
type eventStream struct {
	h             *streams
	filter        eventFilter // without after and limit
	finalizedOnly bool

	pos  [2]int64    // block and log index after which the next event comes
	kept []keptBlock // in order; all after base
	// base is the position before kept[0]: where the stream moves back to when kept[0]
	// was dropped (raised to the finalized block, which no reorg reaches)
	base    [2]int64
	pending *StreamReorg // a reorg found at the start, to send first

	seen struct { // the cursor the last complete read saw
		indexed, finalized int64
		hash               string
	}
}

// start sets the stream's position: after the given cursor, else before from_block,
// else after the indexed block (new events only); never before from_block.
func (c *eventStream) start(ctx context.Context, after *[2]int64) error {
	probe := [2]int64{-1, 0}
	if after != nil && after[1] != wholeBlock {
		probe = *after
	}
	indexed, finalized, hash, err := c.h.s.db.streamStart(ctx, probe)
	if err != nil {
		return err
	}
	// lo is below every block a reorg can still drop (and before from_block)
	lo := [2]int64{finalized, wholeBlock}
	switch {
	case after != nil:
		c.pos = *after
	case c.filter.fromBlock != nil:
		c.pos = [2]int64{*c.filter.fromBlock - 1, wholeBlock}
	default:
		c.pos = [2]int64{indexed, wholeBlock}
	}
	if from := c.filter.fromBlock; from != nil {
		if f := [2]int64{*from - 1, wholeBlock}; posLess(c.pos, f) {
			c.pos = f
		}
		if f := [2]int64{*from - 1, wholeBlock}; posLess(lo, f) {
			lo = f
		}
	}
	c.base = c.pos
	resuming := after != nil && c.pos == *after
	if !resuming || c.finalizedOnly {
		return nil
	}
	// a resuming client may hold events of blocks a reorg drops later, or dropped
	// while it was away: a reorg before anything the stream itself sent goes back to lo
	c.base = lo
	if posLess(c.pos, lo) {
		c.base = c.pos
	}
	if after[1] == wholeBlock || after[0] <= finalized || after[0] > indexed {
		return nil // no event to check, a final one, or one the indexer has not reached (again)
	}
	if hash == nil {
		// the event the client got last is gone: it was dropped while the client was
		// away, and so may any unfinalized event before it
		c.pending = &StreamReorg{FirstDroppedBlock: c.base[0] + 1}
		c.pos = c.base
		return nil
	}
	c.kept = []keptBlock{{number: after[0], hash: common.BytesToHash(hash), last: int(after[1])}}
	return nil
}

func posLess(a, b [2]int64) bool { return a[0] < b[0] || a[0] == b[0] && a[1] < b[1] }

func positionID(p [2]int64) string {
	return cursor{list: "events", keys: []string{strconv.FormatInt(p[0], 10), strconv.FormatInt(p[1], 10)}}.encode()
}

// next reads the events after the stream's position, at most a page, as of st, and
// reports whether there may be more to read at once.
func (c *eventStream) next(ctx context.Context, st chainState) (streamBatch, bool, error) {
	var out streamBatch
	if c.pending != nil {
		// sent with this read's events; kept pending until a read succeeds
		out.reorg, out.reorgID = c.pending, positionID(c.pos)
	}
	// blocks at or below the finalized one are no reorg's any more
	for len(c.kept) > 0 && c.kept[0].number <= st.finalized {
		c.base = [2]int64{c.kept[0].number, int64(c.kept[0].last)}
		c.kept = c.kept[1:]
	}
	f := c.filter
	pos := c.pos
	f.after, f.limit = &pos, streamPage
	v := view{finalizedOnly: c.finalizedOnly, finalized: st.finalized, latestTime: st.latestTime}
	rows, err := c.h.s.db.events(ctx, v, f)
	if err != nil {
		return out, false, err
	}
	if len(c.kept) > 0 {
		// is what the stream sent still there, and is the page read of the same branch?
		check := append([]keptBlock(nil), c.kept...)
		for _, e := range rows {
			k := keptBlock{number: e.BlockNumber, hash: common.HexToHash(e.BlockHash)}
			if e.BlockNumber > st.finalized && (len(check) == 0 || check[len(check)-1].number != k.number ||
				check[len(check)-1].hash != k.hash) {
				check = append(check, k)
			}
		}
		lost, err := c.h.s.db.lostBlocks(ctx, check)
		if err != nil {
			return out, false, err
		}
		for i, k := range c.kept {
			if lost[keptBlock{number: k.number, hash: k.hash}] {
				// (a pending reorg left kept empty: out holds no other)
				out.reorg, out.reorgID = c.rewind(i, st.finalized), positionID(c.pos)
				return out, true, nil
			}
		}
		if len(lost) > 0 {
			c.pending = nil
			return out, true, nil // the page is of a branch already rolled back: read again
		}
	}
	c.pending = nil
	for _, e := range rows {
		if e.BlockNumber > st.finalized {
			if n := len(c.kept); n > 0 && c.kept[n-1].number == e.BlockNumber {
				c.kept[n-1].last = e.LogIndex
			} else {
				c.kept = append(c.kept, keptBlock{number: e.BlockNumber, hash: common.HexToHash(e.BlockHash), last: e.LogIndex})
			}
		}
		c.pos = [2]int64{e.BlockNumber, int64(e.LogIndex)}
	}
	out.events = rows
	if len(rows) < streamPage {
		c.seen.indexed, c.seen.hash, c.seen.finalized = st.indexed, st.indexedHash, st.finalized
		return out, false, nil
	}
	return out, true, nil
}

// rewind moves the stream back before kept[i], a block that was dropped, and returns
// the reorg message.
func (c *eventStream) rewind(i int, finalized int64) *StreamReorg {
	back := c.base
	if i > 0 {
		back = [2]int64{c.kept[i-1].number, int64(c.kept[i-1].last)}
	}
	// the blocks up to the finalized one (and before the dropped one) were read and
	// cannot change: the new branch starts after them
	if floor := [2]int64{min(finalized, c.kept[i].number-1), wholeBlock}; posLess(back, floor) {
		back = floor
	}
	c.kept = c.kept[:i]
	c.pos = back
	return &StreamReorg{FirstDroppedBlock: back[0] + 1}
}

// stale reports whether st may hold events the stream has not read.
func (c *eventStream) stale(st chainState) bool {
	return st.indexed != c.seen.indexed || st.indexedHash != c.seen.hash || st.finalized != c.seen.finalized
}

// ended reports, after a read that caught up, whether nothing more can come: to_block
// was final and indexed when the read began.
func (c *eventStream) ended() bool {
	to := c.filter.toBlock
	return to != nil && c.pending == nil && *to <= min(c.seen.finalized, c.seen.indexed)
}

// run writes the stream until the client leaves, the server shuts down or to_block is done.
func (c *eventStream) run(hctx huma.Context, st chainState, changed <-chan struct{}, first streamBatch, more bool) {
	r, w := humachi.Unwrap(hctx)
	ctx := r.Context()
	log := c.h.s.cfg.Logger.With("request_id", middleware.GetReqID(ctx))
	hctx.SetHeader("Content-Type", "text/event-stream")
	hctx.SetHeader("Cache-Control", "no-cache")
	hctx.SetHeader("X-Accel-Buffering", "no") // nginx: pass each message on at once
	hctx.SetStatus(http.StatusOK)
	out := &sseWriter{w: w, rc: http.NewResponseController(w)}
	if err := out.batch(first); err != nil {
		return
	}
	ping := time.NewTicker(c.h.ping)
	defer ping.Stop()
	var retry <-chan time.Time
	for {
		for more {
			if ctx.Err() != nil {
				return
			}
			rctx, cancel := context.WithTimeout(ctx, c.h.s.cfg.Timeout)
			b, m, err := c.next(rctx, st)
			cancel()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				if !unavailable(err) {
					log.ErrorContext(ctx, "event stream: reading events", "err", err)
					return
				}
				log.WarnContext(ctx, "event stream: database unavailable", "err", err)
				retry = time.After(streamRetry)
				break
			}
			if err := out.batch(b); err != nil {
				return
			}
			more = m
		}
		if !more && c.ended() {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-c.h.s.state.done():
			return
		case <-ping.C:
			if err := out.write([]byte(": ping\n\n")); err != nil {
				return
			}
			continue
		case <-retry:
		case <-changed:
		}
		st, _, changed = c.h.s.state.get()
		more, retry = retry != nil || c.stale(st), nil
	}
}

// sseWriter writes Server-Sent Events, each flushed at once with its own write deadline.
type sseWriter struct {
	w   http.ResponseWriter
	rc  *http.ResponseController
	buf []byte
}

func (s *sseWriter) write(b []byte) error {
	// the stream has no overall deadline (the server's per-request one is lifted); each
	// write has its own, so a client that stops reading cannot hold its slot forever
	if err := s.rc.SetWriteDeadline(time.Now().Add(streamWrite)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	if _, err := s.w.Write(b); err != nil {
		return err
	}
	return s.rc.Flush()
}

// batch writes b's messages in one write.
func (s *sseWriter) batch(b streamBatch) error {
	s.buf = s.buf[:0]
	if b.reorg != nil {
		s.buf = append(s.buf, "id: "...)
		s.buf = append(s.buf, b.reorgID...)
		s.buf = append(s.buf, "\nevent: reorg\ndata: {\"first_dropped_block\":"...)
		s.buf = strconv.AppendInt(s.buf, b.reorg.FirstDroppedBlock, 10)
		s.buf = append(s.buf, "}\n\n"...)
	}
	for _, e := range b.events {
		s.buf = append(s.buf, "id: "...)
		s.buf = append(s.buf, cursor{list: "events", keys: eventKey(e)}.encode()...)
		s.buf = append(s.buf, "\ndata: "...)
		var err error
		// one line: appendJSON writes compact JSON, with line breaks in strings escaped
		if s.buf, err = e.appendJSON(s.buf); err != nil {
			return err
		}
		s.buf = append(s.buf, "\n\n"...)
	}
	// with nothing to send (a stream starting with nothing to replay), this still
	// sends the headers and moves the write deadline off the request's
	return s.write(s.buf)
}

// streamStart reads, in one snapshot, the indexer's indexed and finalized blocks and
// the block hash of the event at position at (nil when there is none).
func (d *db) streamStart(ctx context.Context, at [2]int64) (indexed, finalized int64, hash []byte, err error) {
	const q = `SELECT s.indexed_block, s.finalized_block,
		(SELECT e.block_hash FROM events e WHERE e.chain_id = s.chain_id AND e.block_number = $2 AND e.log_index = $3)
	FROM indexer_state s WHERE s.chain_id = $1`
	err = d.pool.QueryRow(ctx, q, d.chainID, at[0], at[1]).Scan(&indexed, &finalized, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return -1, 0, nil, nil // the indexer has not started: every event is new
	}
	return indexed, finalized, hash, err
}

// lostBlocks returns which of blocks (by number and hash) have no event any more: the
// indexer rolled them back.
func (d *db) lostBlocks(ctx context.Context, blocks []keptBlock) (map[keptBlock]bool, error) {
	numbers := make([]int64, len(blocks))
	hashes := make([][]byte, len(blocks))
	for i, b := range blocks {
		numbers[i], hashes[i] = b.number, b.hash.Bytes()
	}
	const q = `SELECT s.n, s.h FROM unnest($2::bigint[], $3::bytea[]) AS s(n, h)
	WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.chain_id = $1 AND e.block_number = s.n AND e.block_hash = s.h)`
	rows, err := d.pool.Query(ctx, q, d.chainID, numbers, hashes)
	if err != nil {
		return nil, err
	}
	lost := map[keptBlock]bool{}
	var n int64
	var h []byte
	_, err = pgx.ForEachRow(rows, []any{&n, &h}, func() error {
		lost[keptBlock{number: n, hash: common.BytesToHash(h)}] = true
		return nil
	})
	return lost, err
}
