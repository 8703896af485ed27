package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/indexer/store"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/services/api"
)

// The stream tests write the indexer's tables as indexer/store does (its commits fire
// the NOTIFY the server wakes on), with synthetic logs: the devnet scenario is not
// needed.

const streamWait = 10 * time.Second // the deadline of every wait for a message

var (
	alice = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	bob   = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
)

// streamEnv is an API server over a database that the test indexes by hand.
type streamEnv struct {
	t        *testing.T
	pool     *pgxpool.Pool
	store    *store.Store
	manifest *manifest.Manifest
	server   *api.Server
	srv      *httptest.Server
	reg      *prometheus.Registry

	branch    string                 // names the block hashes of the current branch
	hashes    map[uint64]common.Hash // of the indexed branch
	next      uint64                 // the next block to index
	finalized uint64
}

// newStreamEnv starts a server configured by cfg (Pool, Manifest, Registry and Logger
// are filled in).
func newStreamEnv(t *testing.T, cfg api.Config) *streamEnv {
	t.Helper()
	ctx := context.Background()
	pool, err := pg.Open(ctx, testenv.MigratedPostgres(t), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	m := testManifest(t)
	st := store.New(pool, m.ChainID)
	if _, err := st.Init(ctx, m.StartBlock); err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	cfg.Pool, cfg.Manifest, cfg.Registry, cfg.Logger = pool, m, reg, slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &streamEnv{t: t, pool: pool, store: st, manifest: m, server: s, reg: reg, branch: "a", next: m.StartBlock,
		hashes: map[uint64]common.Hash{}}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { s.Watch(wctx); close(done) }()
	e.srv = httptest.NewServer(s.Handler())
	// stopping the watcher ends the streams, which lets the server close
	t.Cleanup(func() { cancel(); <-done; e.srv.Close() })
	return e
}

// logSpec is one log of a block: an event of a suite contract about an account.
type logSpec struct {
	contract, name string
	account        common.Address
}

func hashOf(branch string, n uint64) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("%s/%d", branch, n)))
}

// block indexes the next block of the current branch with the given logs and returns
// its number. It writes what indexer/store's Apply writes for a followed block — the
// events, the header, the cursor — in one transaction, whose update of indexer_state
// fires the NOTIFY the server wakes on. (Apply itself cannot run on this branch yet:
// the projections and the v2 bindings are mid-rewrite; its projections do not matter
// to the stream.)
func (e *streamEnv) block(logs ...logSpec) uint64 {
	e.t.Helper()
	n := e.next
	if err := pgx.BeginFunc(context.Background(), e.pool, func(tx pgx.Tx) error { return e.insertBlock(tx, logs) }); err != nil {
		e.t.Fatalf("indexing block %d: %v", n, err)
	}
	e.next++
	return n
}

// insertBlock writes block e.next of the current branch in tx.
func (e *streamEnv) insertBlock(tx pgx.Tx, logs []logSpec) error {
	ctx := context.Background()
	n := e.next
	e.hashes[n] = hashOf(e.branch, n)
	const insert = `INSERT INTO events (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index,
		address, contract, name, args, refs, topics, data) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, $11, $12, $13)`
	for i, l := range logs {
		args := fmt.Sprintf(`{"account":"%s"}`, l.account.Hex())
		refs := []string{"account:" + strings.ToLower(l.account.Hex())}
		if _, err := tx.Exec(ctx, insert, e.manifest.ChainID, n, e.hashes[n].Bytes(), 1_750_000_000+n*12,
			crypto.Keccak256Hash([]byte(fmt.Sprintf("%s/%d/%d", e.branch, n, i))).Bytes(), i,
			e.manifest.Contracts[l.contract].Bytes(), l.contract, l.name, args, refs,
			[][]byte{crypto.Keccak256Hash([]byte(l.name)).Bytes()}, []byte{byte(i)}); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO blocks (chain_id, number, hash, parent_hash, time) VALUES ($1, $2, $3, $4, $5)`,
		e.manifest.ChainID, n, e.hashes[n].Bytes(), e.hashes[n-1].Bytes(), 1_750_000_000+n*12); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE indexer_state SET indexed_block = $2, indexed_hash = $3, updated_at = now() WHERE chain_id = $1`,
		e.manifest.ChainID, n, e.hashes[n].Bytes())
	return err
}

// finalize moves the finalized block, as the indexer records a new head.
func (e *streamEnv) finalize(n uint64) {
	e.t.Helper()
	e.finalized = n
	if err := e.store.SetHead(context.Background(), max(e.next-1, n), n, store.Following); err != nil {
		e.t.Fatal(err)
	}
	// /v1/status reads the cursor afresh into the server's shared state, so that from
	// here on every answer (events' finalized flags included) knows the new finalized
	// block, rather than once the NOTIFY arrives
	var st api.Status
	e.getJSON(e.t, "/v1/status", &st)
	if st.FinalizedBlock != int64(n) {
		e.t.Fatalf("status.finalized_block = %d after finalizing %d", st.FinalizedBlock, n)
	}
}

// reorg rolls the blocks after ancestor back as indexer/store's Rollback does (events
// and headers above it deleted, the cursor moved back, in one transaction), and
// switches to a new branch from there.
func (e *streamEnv) reorg(ancestor uint64, branch string) {
	e.t.Helper()
	if err := pgx.BeginFunc(context.Background(), e.pool, func(tx pgx.Tx) error { return e.rollback(tx, ancestor) }); err != nil {
		e.t.Fatalf("rolling back to block %d: %v", ancestor, err)
	}
	e.branch, e.next = branch, ancestor+1
}

// reorgInOne is reorg and then block, committed at once: what the server sees when
// the indexer's rollback and its new branch both commit between two of its reads.
func (e *streamEnv) reorgInOne(ancestor uint64, branch string, logs ...logSpec) uint64 {
	e.t.Helper()
	oldBranch, oldNext := e.branch, e.next
	e.branch, e.next = branch, ancestor+1
	err := pgx.BeginFunc(context.Background(), e.pool, func(tx pgx.Tx) error {
		if err := e.rollback(tx, ancestor); err != nil {
			return err
		}
		return e.insertBlock(tx, logs)
	})
	if err != nil {
		e.branch, e.next = oldBranch, oldNext
		e.t.Fatalf("replacing the blocks after %d: %v", ancestor, err)
	}
	e.next++
	return ancestor + 1
}

func (e *streamEnv) rollback(tx pgx.Tx, ancestor uint64) error {
	ctx := context.Background()
	if _, err := tx.Exec(ctx, `DELETE FROM events WHERE chain_id = $1 AND block_number > $2`, e.manifest.ChainID, ancestor); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number > $2`, e.manifest.ChainID, ancestor); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE indexer_state SET indexed_block = $2, indexed_hash = $3, updated_at = now() WHERE chain_id = $1`,
		e.manifest.ChainID, ancestor, e.hashes[ancestor].Bytes())
	return err
}

// sseMsg is one Server-Sent Events message, or a comment.
type sseMsg struct {
	id, event, data, comment string
}

// sseStream is a client of /v1/events/stream.
type sseStream struct {
	resp   *http.Response
	cancel context.CancelFunc
	msgs   chan sseMsg // closed at the end of the stream
}

// open connects to path with the given headers and wants a 200 event stream.
func (e *streamEnv) open(path string, header ...string) *sseStream {
	e.t.Helper()
	resp, cancel := e.request(path, header...)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		body, _ := io.ReadAll(resp.Body)
		cancel()
		e.t.Fatalf("GET %s = %d %s %s, want 200 text/event-stream", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	s := &sseStream{resp: resp, cancel: cancel, msgs: make(chan sseMsg, 1024)}
	go s.read()
	e.t.Cleanup(s.close)
	return s
}

func (e *streamEnv) request(path string, header ...string) (*http.Response, context.CancelFunc) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+path, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		e.t.Fatalf("GET %s: %v", path, err)
	}
	return resp, cancel
}

func (s *sseStream) read() {
	defer close(s.msgs)
	sc := bufio.NewScanner(s.resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var m sseMsg
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if m != (sseMsg{}) {
				s.msgs <- m
			}
			m = sseMsg{}
		case strings.HasPrefix(line, ":"):
			s.msgs <- sseMsg{comment: strings.TrimSpace(line[1:])}
		default:
			field, value, _ := strings.Cut(line, ":")
			value = strings.TrimPrefix(value, " ")
			switch field {
			case "id":
				m.id = value
			case "event":
				m.event = value
			case "data":
				if m.data != "" {
					m.data += "\n"
				}
				m.data += value
			}
		}
	}
}

func (s *sseStream) close() {
	s.cancel()
	s.resp.Body.Close()
}

// next returns the next message, skipping comments, or fails at the deadline.
func (s *sseStream) next(t *testing.T) sseMsg {
	t.Helper()
	timer := time.NewTimer(streamWait)
	defer timer.Stop()
	for {
		select {
		case m, ok := <-s.msgs:
			if !ok {
				t.Fatal("the stream ended, want another message")
			}
			if m.comment != "" {
				continue
			}
			return m
		case <-timer.C:
			t.Fatalf("no message within %s", streamWait)
		}
	}
}

// ended waits for the end of the stream; a message before it fails the test.
func (s *sseStream) ended(t *testing.T) {
	t.Helper()
	timer := time.NewTimer(streamWait)
	defer timer.Stop()
	for {
		select {
		case m, ok := <-s.msgs:
			if !ok {
				return
			}
			if m.comment == "" {
				t.Fatalf("message %+v, want the end of the stream", m)
			}
		case <-timer.C:
			t.Fatalf("the stream did not end within %s", streamWait)
		}
	}
}

// quiet checks that no message has arrived that the test did not read (comments
// aside). It cannot wait for one that is still coming: callers make sure first that the
// server is done with what they indexed (another stream got its last event).
func (s *sseStream) quiet(t *testing.T) {
	t.Helper()
	for {
		select {
		case m, ok := <-s.msgs:
			if ok && m.comment == "" {
				t.Fatalf("unexpected message %+v", m)
			}
			if !ok {
				return
			}
		default:
			return
		}
	}
}

type pos struct {
	block uint64
	log   int
}

// wantEvents reads len(want) messages and checks that they are the events at want,
// in order, each with its /v1/events cursor as id and, as data, the object /v1/events
// returns for it.
func (e *streamEnv) wantEvents(t *testing.T, s *sseStream, want ...pos) []sseMsg {
	t.Helper()
	got := make([]sseMsg, len(want))
	for i, w := range want {
		m := s.next(t)
		got[i] = m
		if m.event != "" {
			t.Fatalf("message %d: event %q (%s), want an event message at %v", i, m.event, m.data, w)
		}
		var ev api.Event
		if err := json.Unmarshal([]byte(m.data), &ev); err != nil {
			t.Fatalf("message %d: data %q: %v", i, m.data, err)
		}
		if ev.BlockNumber != int64(w.block) || ev.LogIndex != w.log {
			t.Fatalf("message %d: event at %d/%d, want %d/%d", i, ev.BlockNumber, ev.LogIndex, w.block, w.log)
		}
		if wantID := cursorOfKeys("events", strconv.FormatUint(w.block, 10), strconv.Itoa(w.log)); m.id != wantID {
			t.Errorf("message %d: id %q, want the /v1/events cursor %q", i, m.id, wantID)
		}
		// the same object /v1/events returns: the page after the previous event
		var page struct{ Items []json.RawMessage }
		e.getJSON(t, fmt.Sprintf("/v1/events?limit=1&from_block=%d&to_block=%d", w.block, w.block)+
			cursorParam(w.block, w.log), &page)
		if len(page.Items) != 1 || string(page.Items[0]) != m.data {
			t.Errorf("message %d: data\n%s\nwant what /v1/events returns\n%s", i, m.data, page.Items)
		}
	}
	return got
}

// cursorParam is the cursor of the event before (block, log), when it is in the block.
func cursorParam(block uint64, log int) string {
	if log == 0 {
		return ""
	}
	return "&cursor=" + cursorOfKeys("events", strconv.FormatUint(block, 10), strconv.Itoa(log-1))
}

func (e *streamEnv) getJSON(t *testing.T, path string, out any) {
	t.Helper()
	resp, err := http.Get(e.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d %s", path, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, out); err != nil {
		t.Fatalf("GET %s: %s: %v", path, body, err)
	}
}

// gauge reads the open-streams gauge.
func (e *streamEnv) gauge(t *testing.T) float64 {
	t.Helper()
	mfs, err := e.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "sharechain_api_event_streams" {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatal("no sharechain_api_event_streams metric")
	return 0
}

// waitGauge waits until the gauge reads want.
func (e *streamEnv) waitGauge(t *testing.T, want float64) {
	t.Helper()
	deadline := time.Now().Add(streamWait)
	for e.gauge(t) != want {
		if time.Now().After(deadline) {
			t.Fatalf("sharechain_api_event_streams = %v, want %v", e.gauge(t), want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func ping(a common.Address) logSpec { return logSpec{"AssetRegistry", "Ping", a} }

// TestStream_NewEvents: without from_block or Last-Event-ID a stream sends only the
// events indexed after it opened, in log order across blocks and within them, each
// with its /v1/events cursor as id and the /v1/events object as data.
func TestStream_NewEvents(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	e.block(ping(alice), ping(bob)) // block 0, indexed before: not sent
	e.block(ping(alice))
	s := e.open("/v1/events/stream")
	if got := e.gauge(t); got != 1 {
		t.Errorf("open streams = %v, want 1", got)
	}
	b2 := e.block(ping(alice), ping(bob), ping(alice))
	e.block() // no event
	b4 := e.block(ping(bob))
	e.wantEvents(t, s, pos{b2, 0}, pos{b2, 1}, pos{b2, 2}, pos{b4, 0})
	// more than a page in one commit: every event, in order
	var logs []logSpec
	for range 1200 {
		logs = append(logs, ping(alice))
	}
	b5 := e.block(logs...)
	var want []pos
	for i := range 1200 {
		want = append(want, pos{b5, i})
	}
	got := make([]sseMsg, 0, len(want))
	for range want {
		got = append(got, s.next(t))
	}
	for i, m := range got {
		if w := cursorOfKeys("events", strconv.FormatUint(b5, 10), strconv.Itoa(i)); m.id != w {
			t.Fatalf("message %d of the big block: id %q, want %q", i, m.id, w)
		}
	}
	s.close()
	e.waitGauge(t, 0) // the disconnect freed the slot
}

// TestStream_ReplayThenFollow: from_block replays the indexed events from that block,
// then follows new ones; cursor (a /v1/events next_cursor) and Last-Event-ID resume
// exactly after the event they name: no gap, no duplicate.
func TestStream_ReplayThenFollow(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	e.block(ping(alice))
	e.block(ping(alice), ping(bob))
	e.block(ping(bob))

	t.Run("from_block", func(t *testing.T) {
		s := e.open("/v1/events/stream?from_block=1")
		e.wantEvents(t, s, pos{1, 0}, pos{1, 1}, pos{2, 0})
		b := e.block(ping(alice))
		e.wantEvents(t, s, pos{b, 0})
		s.close()
	})

	t.Run("Last-Event-ID", func(t *testing.T) {
		s := e.open("/v1/events/stream?from_block=0")
		got := e.wantEvents(t, s, pos{0, 0}, pos{1, 0}, pos{1, 1}, pos{2, 0}, pos{3, 0})
		s.close()
		// indexed while the client is away
		b := e.block(ping(bob), ping(alice))
		// EventSource keeps the URL and adds the header: the header wins over from_block
		s = e.open("/v1/events/stream?from_block=0", "Last-Event-ID", got[1].id)
		e.wantEvents(t, s, pos{1, 1}, pos{2, 0}, pos{3, 0}, pos{b, 0}, pos{b, 1})
		b = e.block(ping(alice))
		e.wantEvents(t, s, pos{b, 0})
		s.close()
	})

	t.Run("cursor of /v1/events", func(t *testing.T) {
		var page api.Page[api.Event]
		e.getJSON(t, "/v1/events?limit=2", &page)
		if page.NextCursor == nil {
			t.Fatal("no next_cursor")
		}
		s := e.open("/v1/events/stream?cursor=" + *page.NextCursor)
		e.wantEvents(t, s, pos{1, 1}, pos{2, 0})
		s.close()
	})
}

// TestStream_Filters: the stream takes /v1/events's filters and sends only what they
// select; with to_block it ends once that block is final and sent, and a request after
// that answers 204 (an EventSource stops reconnecting).
func TestStream_Filters(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	escrow := strings.ToLower(e.manifest.Contracts["PledgeEscrow"].Hex())
	streams := map[string]*sseStream{
		"name":     e.open("/v1/events/stream?name=Pong"),
		"contract": e.open("/v1/events/stream?contract=" + escrow),
		"account":  e.open("/v1/events/stream?account=" + bob.Hex()),
		"to_block": e.open("/v1/events/stream?from_block=1&to_block=2&contract=AssetRegistry"),
		"tx":       e.open("/v1/events/stream?tx=" + crypto.Keccak256Hash([]byte("a/2/1")).Hex()),
	}
	e.block(ping(alice))                                                               // 0
	e.block(logSpec{"PledgeEscrow", "Pong", alice}, ping(bob))                         // 1
	e.block(ping(alice), logSpec{"AssetRegistry", "Pong", bob})                        // 2
	e.block(ping(alice), logSpec{"PledgeEscrow", "Ping", bob}, ping(alice), ping(bob)) // 3
	e.wantEvents(t, streams["name"], pos{1, 0}, pos{2, 1})
	e.wantEvents(t, streams["contract"], pos{1, 0}, pos{3, 1})
	e.wantEvents(t, streams["account"], pos{1, 1}, pos{2, 1}, pos{3, 1}, pos{3, 3})
	e.wantEvents(t, streams["to_block"], pos{1, 1}, pos{2, 0}, pos{2, 1})
	e.wantEvents(t, streams["tx"], pos{2, 1})

	// to_block 2 is not final yet: the stream stays open (a reorg could still change it)
	e.finalize(1)
	b := e.block(ping(bob))
	e.wantEvents(t, streams["account"], pos{b, 0})
	select {
	case _, ok := <-streams["to_block"].msgs:
		if !ok {
			t.Fatal("the to_block stream ended before to_block was final")
		}
	default:
	}
	e.finalize(2)
	streams["to_block"].ended(t)
	resp, cancel := e.request("/v1/events/stream?from_block=1&to_block=2&contract=AssetRegistry", "Last-Event-ID",
		cursorOfKeys("events", "2", "1"))
	defer cancel()
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("resuming a stream past its final to_block = %d, want 204", resp.StatusCode)
	}
	for name, s := range streams {
		if name != "to_block" {
			s.quiet(t)
		}
	}
}

// TestStream_Reorg: a rollback of blocks the stream sent events of sends event: reorg
// with the first dropped block and the position to resume from as id, then the events
// of the new branch; a stream that sent nothing of the dropped blocks gets no reorg;
// finalized=true streams only final events and never a reorg.
func TestStream_Reorg(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	e.block(ping(alice)) // 0
	e.block(ping(alice)) // 1
	e.finalize(1)
	all := e.open("/v1/events/stream?from_block=0")
	onlyBob := e.open("/v1/events/stream?account=" + bob.Hex())
	final := e.open("/v1/events/stream?from_block=0&finalized=true")
	e.block(ping(alice), ping(bob)) // 2
	e.block(ping(alice))            // 3
	e.block(ping(alice))            // 4
	e.block(ping(alice), ping(alice))
	e.wantEvents(t, all, pos{0, 0}, pos{1, 0}, pos{2, 0}, pos{2, 1}, pos{3, 0}, pos{4, 0}, pos{5, 0}, pos{5, 1})
	e.wantEvents(t, final, pos{0, 0}, pos{1, 0})
	e.wantEvents(t, onlyBob, pos{2, 1})

	// blocks 4 and 5 are replaced: a branch from 3 with other events
	e.reorg(3, "b")
	e.block(ping(bob), ping(alice)) // 4'
	e.block()                       // 5'
	e.block(ping(alice))            // 6'

	m := all.next(t)
	if m.event != "reorg" || m.data != `{"first_dropped_block":4}` {
		t.Fatalf("after the rollback: %+v, want event reorg with first_dropped_block 4", m)
	}
	if want := cursorOfKeys("events", "3", "0"); m.id != want {
		t.Errorf("reorg id = %q, want %q (the last event still on the chain)", m.id, want)
	}
	e.wantEvents(t, all, pos{4, 0}, pos{4, 1}, pos{6, 0})
	// bob's stream sent nothing of 4 and 5: no reorg, just the new event
	e.wantEvents(t, onlyBob, pos{4, 0})

	// a rollback of block 6 only, with the new branch at the same height (the server
	// may see both in one read: block 6 with another hash). The stream sent nothing of
	// block 5, so what it can tell is that its events from block 5 on were dropped and
	// none before: it reports 5 and reads again from there
	e.reorg(5, "c")
	e.block(ping(bob)) // 6''
	m = all.next(t)
	if m.event != "reorg" || m.data != `{"first_dropped_block":5}` || m.id != cursorOfKeys("events", "4", "1") {
		t.Fatalf("after the second rollback: %+v, want event reorg with first_dropped_block 5, id after 4/1", m)
	}
	e.wantEvents(t, all, pos{6, 0})
	e.wantEvents(t, onlyBob, pos{6, 0})

	// finalized=true: events of blocks 2..4 once block 4 is final, never a reorg
	e.finalize(4)
	e.wantEvents(t, final, pos{2, 0}, pos{2, 1}, pos{3, 0}, pos{4, 0}, pos{4, 1})
	final.quiet(t)

	// a client that was away while its last event was dropped starts with a reorg from
	// the block after the finalized one, then gets that block on
	last := cursorOfKeys("events", "6", "0") // now bob's 6'' — it exists, so resume after it
	s := e.open("/v1/events/stream?from_block=0", "Last-Event-ID", last)
	e.reorg(4, "d")
	e.block(ping(alice)) // 5'''
	e.block()            // 6''': no event 6/0 any more
	e.block(ping(bob))   // 7'''
	m = s.next(t)
	if m.event != "reorg" || m.data != `{"first_dropped_block":5}` {
		t.Fatalf("resumed stream after a rollback of its block: %+v, want reorg from 5", m)
	}
	e.wantEvents(t, s, pos{5, 0}, pos{7, 0})
	s.close()
	s = e.open("/v1/events/stream?from_block=0", "Last-Event-ID", last)
	m = s.next(t)
	if m.event != "reorg" || m.data != `{"first_dropped_block":5}` || m.id != cursorOfKeys("events", "4", "2147483647") {
		t.Fatalf("resuming after an event dropped while away: %+v, want reorg from 5 (after the finalized block 4)", m)
	}
	e.wantEvents(t, s, pos{5, 0}, pos{7, 0})
}

// TestStream_ReorgAtSameHeight: a rollback and the new branch that the server sees
// in one read, at the height it had indexed (only the block hash tells the commit
// apart), still wake the stream, which sends the reorg and the replacement events.
func TestStream_ReorgAtSameHeight(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	e.block(ping(alice))
	e.finalize(0)
	s := e.open("/v1/events/stream?from_block=0")
	e.block(ping(alice))
	e.block(ping(alice), ping(bob))
	e.wantEvents(t, s, pos{0, 0}, pos{1, 0}, pos{2, 0}, pos{2, 1})
	b := e.reorgInOne(1, "b", ping(bob), ping(bob), ping(alice)) // block 2 again, another one
	m := s.next(t)
	if m.event != "reorg" || m.data != `{"first_dropped_block":2}` || m.id != cursorOfKeys("events", "1", "0") {
		t.Fatalf("after block 2 was replaced: %+v, want event reorg with first_dropped_block 2, id after 1/0", m)
	}
	got := e.wantEvents(t, s, pos{b, 0}, pos{b, 1}, pos{b, 2})
	var ev api.Event
	if err := json.Unmarshal([]byte(got[0].data), &ev); err != nil || ev.BlockHash != hashOf("b", 2).Hex() {
		t.Errorf("replacement event of block 2: hash %s, want the new branch's %s", ev.BlockHash, hashOf("b", 2).Hex())
	}
}

// TestStream_Limit: beyond MaxStreams the stream answers 503 problem+json with
// Retry-After; a client that disconnects frees its slot.
func TestStream_Limit(t *testing.T) {
	e := newStreamEnv(t, api.Config{MaxStreams: 2})
	a := e.open("/v1/events/stream")
	e.open("/v1/events/stream?name=Ping")
	resp, cancel := e.request("/v1/events/stream")
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	cancel()
	var p problem
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Content-Type") != "application/problem+json" ||
		resp.Header.Get("Retry-After") == "" || json.Unmarshal(body, &p) != nil || p.Status == nil || *p.Status != 503 {
		t.Fatalf("a third stream = %d %v %s, want 503 problem+json with Retry-After", resp.StatusCode, resp.Header, body)
	}
	a.close()
	e.waitGauge(t, 1)
	c := e.open("/v1/events/stream")
	b := e.block(ping(alice))
	e.wantEvents(t, c, pos{b, 0})
}

// TestStream_BadInput: malformed, unknown and repeated parameters, and a bad
// Last-Event-ID, answer 400 problem+json naming them, as on every route.
func TestStream_BadInput(t *testing.T) {
	e := newStreamEnv(t, api.Config{})
	spec := e.spec(t)
	for _, c := range []struct {
		query, header, param string
	}{
		{"from_block=-1", "", "from_block"},
		{"to_block=abc", "", "to_block"},
		{"from_block=9223372036854775808", "", "from_block"},
		{"contract=NoSuchContract", "", "contract"},
		{"account=0x1234", "", "account"},
		{"tx=0x12", "", "tx"},
		{"name=1abc", "", "name"},
		{"finalized=yes", "", "finalized"},
		{"limit=10", "", "limit"},
		{"order=desc", "", "order"},
		{"bogus=1", "", "bogus"},
		{"name=Ping&name=Pong", "", "name"},
		{"cursor=!!!", "", "cursor"},
		{"cursor=" + cursorOfKeys("events-desc", "1", "0"), "", "cursor"},
		{"cursor=" + cursorOfKeys("assets", "1"), "", "cursor"},
		{"", cursorOfKeys("events", "1", "2147483648"), "Last-Event-ID"},
		{"", "not a cursor", "Last-Event-ID"},
		{"from_block=1&min_block=99999&wait=10001", "", "wait"},
		{"%zz", "", "query"},
	} {
		var header []string
		if c.header != "" {
			header = []string{"Last-Event-ID", c.header}
		}
		path := "/v1/events/stream?" + c.query
		resp, cancel := e.request(path, header...)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		cancel()
		var p problem
		if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Content-Type") != "application/problem+json" ||
			json.Unmarshal(body, &p) != nil {
			t.Errorf("GET %s (Last-Event-ID %q) = %d %s, want 400 problem+json", path, c.header, resp.StatusCode, body)
			continue
		}
		var names []string
		for _, ip := range p.InvalidParams {
			names = append(names, ip.Name)
		}
		if !strings.Contains(strings.Join(names, " "), c.param) {
			t.Errorf("GET %s (Last-Event-ID %q): invalid_params %v, want %s among them", path, c.header, names, c.param)
		}
		req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
		resp.Body = io.NopCloser(strings.NewReader(string(body)))
		if ok, errs := spec.ValidateHttpResponse(req, resp); !ok {
			for _, err := range errs {
				t.Errorf("GET %s -> 400 does not match /openapi.json: %s (%s)", path, err.Message, err.Reason)
			}
		}
	}
	if got := e.gauge(t); got != 0 {
		t.Errorf("open streams after refused requests = %v, want 0", got)
	}
}

// spec checks /openapi.json (valid OpenAPI 3.1, the stream's answers documented) and
// returns a validator of responses against it.
func (e *streamEnv) spec(t *testing.T) validator.Validator {
	t.Helper()
	resp, err := http.Get(e.srv.URL + "/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	doc, err := libopenapi.NewDocument(raw)
	if err != nil {
		t.Fatal(err)
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		t.Fatalf("building the OpenAPI validator: %v", errs)
	}
	if ok, verrs := v.ValidateDocument(); !ok {
		for _, e := range verrs {
			t.Errorf("/openapi.json is not a valid OpenAPI 3.1 document: %s", e.Error())
		}
	}
	var d struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, In string }
			Responses  map[string]struct {
				Content map[string]json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	op := d.Paths["/v1/events/stream"]["get"]
	for _, code := range []string{"200", "204", "400", "503"} {
		if _, ok := op.Responses[code]; !ok {
			t.Errorf("GET /v1/events/stream documents no %s answer", code)
		}
	}
	if _, ok := op.Responses["200"].Content["text/event-stream"]; !ok {
		t.Errorf("GET /v1/events/stream: 200 is not documented as text/event-stream")
	}
	params := map[string]string{}
	for _, p := range op.Parameters {
		params[p.Name] = p.In
	}
	for _, name := range []string{"contract", "name", "from_block", "to_block", "tx", "account", "finalized", "cursor"} {
		if params[name] != "query" {
			t.Errorf("GET /v1/events/stream: query parameter %s not documented", name)
		}
	}
	if params["Last-Event-ID"] != "header" {
		t.Errorf("GET /v1/events/stream: header Last-Event-ID not documented")
	}
	return v
}

// TestStream_Shutdown: a server shutting down ends its streams, so that Serve returns
// promptly and cleanly.
func TestStream_Shutdown(t *testing.T) {
	ctx := context.Background()
	pool, err := pg.Open(ctx, testenv.MigratedPostgres(t), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	m := testManifest(t)
	if _, err := store.New(pool, m.ChainID).Init(ctx, m.StartBlock); err != nil {
		t.Fatal(err)
	}
	s, err := api.New(api.Config{Pool: pool, Manifest: m, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- s.Serve(sctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/v1/events/stream")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/events/stream = %d", resp.StatusCode)
	}
	stream := &sseStream{resp: resp, cancel: func() {}, msgs: make(chan sseMsg, 16)}
	go stream.read()
	stop()
	stream.ended(t)
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve = %v, want nil after a clean shutdown", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return within 5 s of the shutdown: a stream held it")
	}
}

// TestStream_DatabaseDown: with PostgreSQL unreachable the stream answers 503
// problem+json, as every /v1 route does.
func TestStream_DatabaseDown(t *testing.T) {
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(context.Background(), fmt.Sprintf("postgres://postgres@127.0.0.1:%d/none?connect_timeout=1", port))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	reg := prometheus.NewRegistry()
	s, err := api.New(api.Config{Pool: pool, Manifest: testManifest(t), Registry: reg, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	resp, err := http.Get(srv.URL + "/v1/events/stream?from_block=0")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("GET /v1/events/stream = %d %s %s, want 503 problem+json", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	e := &streamEnv{reg: reg}
	if got := e.gauge(t); got != 0 {
		t.Errorf("open streams after a refused one = %v, want 0", got)
	}
}

// TestStream_Heartbeat: behind Serve, an idle stream gets a ": ping" comment every
// 15 s, outlives the per-request write deadline (Timeout + 5 s, here 6 s) and still
// delivers after it.
func TestStream_Heartbeat(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the 15 s heartbeat")
	}
	e := newStreamEnv(t, api.Config{Timeout: time.Second})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- e.server.Serve(ctx, ln) }()
	t.Cleanup(func() { stop(); <-served })
	e.srv.URL = "http://" + ln.Addr().String()
	s := e.open("/v1/events/stream")
	start := time.Now()
	timer := time.NewTimer(20 * time.Second)
	defer timer.Stop()
	select {
	case m, ok := <-s.msgs:
		if !ok || m.comment != "ping" {
			t.Fatalf("first thing on an idle stream: %+v (open %v), want a ping comment", m, ok)
		}
	case <-timer.C:
		t.Fatal("no ping within 20 s")
	}
	if d := time.Since(start); d < 10*time.Second {
		t.Errorf("first ping after %v, want about 15 s", d)
	}
	b := e.block(ping(alice))
	e.wantEvents(t, s, pos{b, 0})
}
