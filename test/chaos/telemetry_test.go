package chaos

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/http"
	"runtime"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/bindings/telemetryanchor"
	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/internal/testenv"
	"sharechain/services/telemetry"
)

// telemetryRig is what `sharechain telemetry` runs against in a scenario: anvil with the
// suite and a TelemetryAnchor, assets verified with a bound device each, the indexer
// following the chain into a private PostgreSQL cluster (restartable), a private
// Mosquitto (restartable on its port and folder), and the service's HTTP port.
type telemetryRig struct {
	c          *chain
	anchor     common.Address
	anchorABI  abi.ABI
	bound      *bind.BoundContract
	anchorKey  *ecdsa.PrivateKey // holds ANCHOR_ROLE
	domain     itelemetry.Domain
	keys       []*ecdsa.PrivateKey // device keys, one per asset
	tokens     []*big.Int
	baseTime   uint64 // the chain's time once the assets are verified
	cluster    *localnet.Postgres
	dbURL      string
	pool       *pgxpool.Pool
	broker     *testenv.Mosquitto
	ingestAddr string // host:port
}

// newTelemetryRig sets everything up for n devices and starts nothing of the service.
func newTelemetryRig(t testing.TB, name string, n int) *telemetryRig {
	t.Helper()
	ctx := context.Background()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	c := newChain(t)
	ta := telemetryanchor.NewTelemetryAnchor()
	r := &telemetryRig{c: c, anchor: c.suite.TelemetryAnchor, anchorABI: ta.GetABI(), anchorKey: devnet.DevKey(9)}
	r.bound = ta.Instance(c.client, r.anchor)
	// the service anchors from a key of its own (the deployer holds ANCHOR_ROLE too)
	grant := ta.PackGrantRole(devnet.AnchorRole, devnet.Address(r.anchorKey))
	if _, err := c.suite.Transact(ctx, devnet.DevKey(0), r.anchor, grant); err != nil {
		t.Fatalf("granting ANCHOR_ROLE: %v", err)
	}
	r.domain = itelemetry.NewDomain(manifest.TelemetryAnchor, c.manifest.ChainID, r.anchor)

	// an asset per device: registered, the device bound, verified for a year
	b := c.suite.Bindings.AssetRegistry
	for i := range n {
		key := devnet.DerivedKey(fmt.Sprintf("chaos %s device %d %d", name, i, time.Now().UnixNano()))
		code := crypto.Keccak256Hash(fmt.Appendf(nil, "SN:CHAOS-%s-%d-%d", name, i, time.Now().UnixNano()))
		rc, err := c.suite.Transact(ctx, devnet.DevKey(1), c.suite.AssetRegistry, b.PackRegister(code, code, "ipfs://chaos/"+code.Hex()))
		if err != nil {
			t.Fatalf("registering asset %d: %v", i, err)
		}
		var id *big.Int
		for _, l := range rc.Logs {
			if ev, err := b.UnpackAssetRegisteredEvent(l); err == nil {
				id = ev.TokenId
			}
		}
		if id == nil {
			t.Fatalf("registering asset %d: no AssetRegistered", i)
		}
		if _, err := c.suite.Transact(ctx, devnet.DevKey(1), c.suite.AssetRegistry, b.PackBindDevice(id, devnet.Address(key))); err != nil {
			t.Fatalf("binding device %d: %v", i, err)
		}
		now, err := c.suite.LatestTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.suite.Transact(ctx, devnet.DevKey(0), c.suite.AssetRegistry, b.PackVerify(id, now+365*24*3600)); err != nil {
			t.Fatalf("verifying asset %d: %v", i, err)
		}
		r.keys, r.tokens = append(r.keys, key), append(r.tokens, id)
	}
	var err error
	if r.baseTime, err = c.suite.LatestTime(ctx); err != nil {
		t.Fatal(err)
	}

	r.cluster, r.dbURL = privatePostgres(t)
	if r.pool, err = pg.Open(ctx, r.dbURL, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.pool.Close)
	// the indexer keeps following (the anchors add blocks) through every fault
	startIndexer(t, c, r.pool, source.Config{PollInterval: 200 * time.Millisecond}, indexer.Config{Confirmations: 2})
	waitConverged(t, c, r.pool, 2*time.Minute)

	r.broker = testenv.StartMosquitto(t)
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	r.ingestAddr = fmt.Sprintf("127.0.0.1:%d", port)
	sharechainBinary(t)
	return r
}

// startService runs `sharechain telemetry` (HTTP and MQTT, an epoch every second) and
// waits until it listens on HTTP and the broker has confirmed its subscription.
func (r *telemetryRig) startService(t testing.TB) *process {
	t.Helper()
	p := startProcessEnv(t, []string{"ANCHOR_KEY=" + hexutil.Encode(crypto.FromECDSA(r.anchorKey))},
		"telemetry", "--ingest-addr", r.ingestAddr, "--mqtt-url", r.broker.URL(), "--database-url", r.dbURL,
		"--manifest", r.c.manifestPath, "--rpc-url", r.c.node.RPC, "--anchor-interval", "1s",
		// the scenarios are about faults, not the rate limit; a rate_limited answer is resent anyway
		"--device-rate", "100000", "--device-burst", "100000")
	waitFor(t, time.Minute, "the telemetry service to listen and subscribe", func() bool {
		if !p.running() {
			t.Fatalf("sharechain telemetry exited at start (%v):\n%s", p.err, tail(p.output.String(), 4000))
		}
		return p.output.contains("msg=subscribed") && get("http://"+r.ingestAddr+telemetry.ReadingsPath).status == http.StatusMethodNotAllowed
	})
	return p
}

// stopService stops the service with SIGTERM and fails unless it exits cleanly in a
// minute: after the faults it must still shut down gracefully.
func stopService(t testing.TB, p *process) {
	t.Helper()
	if !p.running() {
		t.Errorf("sharechain telemetry had exited (%v):\n%s", p.err, tail(p.output.String(), 4000))
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
		if p.err != nil {
			t.Errorf("sharechain telemetry on SIGTERM = %v, want exit 0:\n%s", p.err, tail(p.output.String(), 4000))
		}
	case <-time.After(time.Minute):
		t.Errorf("sharechain telemetry still running a minute after SIGTERM:\n%s", tail(p.output.String(), 4000))
	}
}

func (r *telemetryRig) call(t testing.TB, method string, args ...any) []any {
	t.Helper()
	var out []any
	if err := r.bound.Call(&bind.CallOpts{}, &out, method, args...); err != nil {
		t.Fatalf("TelemetryAnchor.%s: %v", method, err)
	}
	return out
}

func (r *telemetryRig) lastEpoch(t testing.TB) uint64 {
	t.Helper()
	return r.call(t, "lastEpoch")[0].(uint64)
}

// waitFinalAnchor waits until every stored reading lies in a built epoch and the chain
// shows the last one; the service, still running, builds and anchors them.
func (r *telemetryRig) waitFinalAnchor(t testing.TB, p *process) time.Duration {
	t.Helper()
	start := time.Now()
	waitFor(t, 2*time.Minute, "every stored reading to be in an anchored epoch", func() bool {
		if !p.running() {
			t.Fatalf("sharechain telemetry exited (%v):\n%s", p.err, tail(p.output.String(), 4000))
		}
		var maxID, lastID, epoch int64
		err := r.pool.QueryRow(context.Background(), `SELECT (SELECT coalesce(max(id), 0) FROM telemetry_seqs WHERE chain_id = $1),
			(SELECT coalesce(max(last_id), 0) FROM telemetry_epochs WHERE chain_id = $1),
			(SELECT coalesce(max(epoch), 0) FROM telemetry_epochs WHERE chain_id = $1)`, int64(r.c.manifest.ChainID)).Scan(&maxID, &lastID, &epoch)
		return err == nil && maxID > 0 && lastID >= maxID && r.lastEpoch(t) == uint64(epoch)
	})
	return time.Since(start)
}

// telemetryTally is what the database and the chain hold after a scenario, against what
// the devices sent.
type telemetryTally struct {
	sent, stored             int
	lost, duplicates, extras int
	epochs                   int
}

// storedRow is one row of telemetry_readings.
type storedRow struct {
	device             common.Address
	seq, time, id      int64
	token, kind, value string
	signature, leaf    []byte
	seqTime, seqID     int64 // telemetry_seqs's copy
	seqLeaf            []byte
	inSeqs             bool
}

// checkTelemetry compares every device's sent readings with the stored ones (no loss, no
// duplicate, no extra, every field as signed), checks that telemetry_seqs mirrors
// telemetry_readings, that the epochs' id ranges partition the stored ids, and that every
// epoch is anchored once, in order, with the root of exactly its stored leaves.
func (r *telemetryRig) checkTelemetry(t testing.TB, devices []*simDevice) telemetryTally {
	t.Helper()
	ctx := context.Background()
	chainID := int64(r.c.manifest.ChainID)
	var tl telemetryTally

	rows := map[seqKey][]*storedRow{}
	rs, err := r.pool.Query(ctx, `SELECT device, seq, time, id, token_id::text, kind, value::text, signature, leaf
		FROM telemetry_readings WHERE chain_id = $1`, chainID)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var s storedRow
		var dev []byte
		if err := rs.Scan(&dev, &s.seq, &s.time, &s.id, &s.token, &s.kind, &s.value, &s.signature, &s.leaf); err != nil {
			t.Fatal(err)
		}
		s.device = common.BytesToAddress(dev)
		k := seqKey{s.device, uint64(s.seq)}
		rows[k] = append(rows[k], &s)
		tl.stored++
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	rs, err = r.pool.Query(ctx, `SELECT device, seq, time, id, leaf FROM telemetry_seqs WHERE chain_id = $1`, chainID)
	if err != nil {
		t.Fatal(err)
	}
	seqRows := 0
	for rs.Next() {
		var dev, leaf []byte
		var seq, tm, id int64
		if err := rs.Scan(&dev, &seq, &tm, &id, &leaf); err != nil {
			t.Fatal(err)
		}
		seqRows++
		got := rows[seqKey{common.BytesToAddress(dev), uint64(seq)}]
		if len(got) != 1 || got[0].time != tm || got[0].id != id || !bytes.Equal(got[0].leaf, leaf) {
			t.Errorf("telemetry_seqs (device %x, seq %d, time %d, id %d) has no single identical reading (%d rows)", dev, seq, tm, id, len(got))
			continue
		}
		got[0].inSeqs = true
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	if seqRows != tl.stored {
		t.Errorf("telemetry_seqs has %d rows, telemetry_readings %d", seqRows, tl.stored)
	}

	// the devices' sent sets against the rows
	sent := map[seqKey]telemetry.WireReading{}
	for _, d := range devices {
		for seq, w := range d.sentReadings() {
			sent[seqKey{d.addr, seq}] = w
		}
	}
	tl.sent = len(sent)
	for k, w := range sent {
		got := rows[k]
		switch {
		case len(got) == 0:
			tl.lost++
			if tl.lost <= 5 {
				t.Errorf("device %s seq %d: sent, acknowledged, not stored", k.device.Hex(), k.seq)
			}
			continue
		case len(got) > 1:
			tl.duplicates += len(got) - 1
			t.Errorf("device %s seq %d: stored %d times", k.device.Hex(), k.seq, len(got))
		}
		s := got[0]
		if uint64(s.time) != w.Time || s.token != w.TokenID || s.kind != w.Kind || s.value != w.Value || hexutil.Encode(s.signature) != w.Signature {
			t.Errorf("device %s seq %d: stored (%s, %d, %s, %s) differs from sent (%s, %d, %s, %s)", k.device.Hex(), k.seq,
				s.token, s.time, s.kind, s.value, w.TokenID, w.Time, w.Kind, w.Value)
		}
	}
	var ids []int64
	leafOf := map[int64]common.Hash{}
	for k, got := range rows {
		if _, ok := sent[k]; !ok {
			tl.extras += len(got)
			t.Errorf("device %s seq %d: stored, never sent", k.device.Hex(), k.seq)
		}
		for _, s := range got {
			if !s.inSeqs {
				t.Errorf("device %s seq %d (id %d): in telemetry_readings, not in telemetry_seqs", k.device.Hex(), k.seq, s.id)
			}
			// the stored leaf is the leaf of the stored fields
			token, _ := new(big.Int).SetString(s.token, 10)
			value, _ := new(big.Int).SetString(s.value, 10)
			kind, err := itelemetry.ParseKind(s.kind)
			if err != nil || token == nil || value == nil {
				t.Errorf("device %s seq %d: unreadable row (%s, %s, %s)", k.device.Hex(), k.seq, s.token, s.kind, s.value)
				continue
			}
			rd := itelemetry.Reading{TokenID: token, Device: s.device, Seq: uint64(s.seq), Time: uint64(s.time), Kind: kind, Value: value}
			if leaf := rd.Leaf(); !bytes.Equal(leaf.Bytes(), s.leaf) {
				t.Errorf("device %s seq %d: stored leaf %x, the fields' leaf %s", k.device.Hex(), k.seq, s.leaf, leaf.Hex())
			}
			if _, dup := leafOf[s.id]; dup {
				t.Errorf("id %d is held by two readings", s.id)
			}
			leafOf[s.id] = common.BytesToHash(s.leaf)
			ids = append(ids, s.id)
		}
	}
	slices.Sort(ids)

	// the epochs: contiguous id ranges covering every stored id, each root the tree of
	// exactly its stored leaves, on chain in order
	type epochRow struct {
		number, first, last, count, from, to int64
		root                                 []byte
	}
	var epochs []epochRow
	rs, err = r.pool.Query(ctx, `SELECT epoch, first_id, last_id, count, from_time, to_time, root FROM telemetry_epochs
		WHERE chain_id = $1 ORDER BY epoch`, chainID)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var e epochRow
		if err := rs.Scan(&e.number, &e.first, &e.last, &e.count, &e.from, &e.to, &e.root); err != nil {
			t.Fatal(err)
		}
		epochs = append(epochs, e)
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	tl.epochs = len(epochs)
	if last := r.lastEpoch(t); last != uint64(len(epochs)) {
		t.Errorf("TelemetryAnchor.lastEpoch() = %d, want %d (the epochs built)", last, len(epochs))
	}
	anchoredEvents := r.anchoredEvents(t)
	if len(anchoredEvents) != len(epochs) {
		t.Errorf("%d TelemetryAnchored events, want one per epoch (%d)", len(anchoredEvents), len(epochs))
	}
	next := 0 // into ids
	for i, e := range epochs {
		if e.number != int64(i+1) {
			t.Fatalf("epoch #%d is numbered %d", i+1, e.number)
		}
		wantFirst := int64(1)
		if i > 0 {
			wantFirst = epochs[i-1].last + 1
		}
		if e.first != wantFirst {
			t.Errorf("epoch %d starts at id %d, want %d (right after the previous one)", e.number, e.first, wantFirst)
		}
		var leaves []common.Hash
		for next < len(ids) && ids[next] <= e.last {
			if ids[next] < e.first {
				t.Errorf("id %d lies in no epoch", ids[next])
			} else {
				leaves = append(leaves, leafOf[ids[next]])
			}
			next++
		}
		if int64(len(leaves)) != e.count {
			t.Errorf("epoch %d (ids %d..%d) counted %d readings; %d are stored in its range", e.number, e.first, e.last, e.count, len(leaves))
		}
		if len(leaves) == 0 {
			continue
		}
		tree, err := itelemetry.BuildTree(slices.Clone(leaves))
		if err != nil {
			t.Fatal(err)
		}
		root := tree.Root()
		if !bytes.Equal(root.Bytes(), e.root) {
			t.Errorf("epoch %d: root %x in the database, %s from its %d stored leaves", e.number, e.root, root.Hex(), len(leaves))
		}
		if onChain := common.Hash(r.call(t, "rootOf", uint64(e.number))[0].([32]byte)); onChain != root {
			t.Errorf("epoch %d: rootOf() = %s on chain, want %s (its stored leaves)", e.number, onChain.Hex(), root.Hex())
		}
		if i < len(anchoredEvents) {
			if ev := anchoredEvents[i]; ev.epoch != uint64(e.number) || ev.root != root || int64(ev.count) != e.count {
				t.Errorf("TelemetryAnchored #%d = epoch %d root %s count %d, want epoch %d root %s count %d", i+1,
					ev.epoch, ev.root.Hex(), ev.count, e.number, root.Hex(), e.count)
			}
		}
		// the chain proves a reading of the epoch with the tree's proof
		j, _ := tree.Find(leaves[len(leaves)/2])
		var proof [][32]byte
		for _, h := range tree.Proof(j) {
			proof = append(proof, h)
		}
		if ok := r.call(t, "verifyReading", uint64(e.number), proof, [32]byte(leaves[len(leaves)/2]))[0].(bool); !ok {
			t.Errorf("epoch %d: verifyReading of a stored leaf = false", e.number)
		}
	}
	for ; next < len(ids); next++ {
		t.Errorf("id %d lies after the last epoch", ids[next])
	}
	return tl
}

// anchored is one TelemetryAnchored event.
type anchored struct {
	epoch uint64
	root  common.Hash
	count uint32
}

// anchoredEvents returns the TelemetryAnchored events in chain order.
func (r *telemetryRig) anchoredEvents(t testing.TB) []anchored {
	t.Helper()
	ev := r.anchorABI.Events["TelemetryAnchored"]
	logs, err := r.c.client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{r.anchor}, Topics: [][]common.Hash{{ev.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(logs, func(i, j int) bool {
		return logs[i].BlockNumber < logs[j].BlockNumber || logs[i].BlockNumber == logs[j].BlockNumber && logs[i].Index < logs[j].Index
	})
	out := make([]anchored, 0, len(logs))
	for _, l := range logs {
		var a anchored
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(l.Topics) != 2 {
			t.Fatalf("decoding TelemetryAnchored: %v", err)
		}
		a.epoch = new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()
		a.root, a.count = common.Hash(vals[0].([32]byte)), vals[1].(uint32)
		out = append(out, a)
	}
	return out
}

// seqKey is a reading's identity: its device and seq.
type seqKey struct {
	device common.Address
	seq    uint64
}

// recoveries collects how long the devices took to be acknowledged again after each
// fault ended.
type recoveries []time.Duration

func (rs recoveries) String() string {
	if len(rs) == 0 {
		return "none"
	}
	s := slices.Clone([]time.Duration(rs))
	slices.Sort(s)
	if len(s) <= 3 {
		parts := make([]string, len(s))
		for i, d := range s {
			parts[i] = fmt.Sprintf("%.2f", d.Seconds())
		}
		return strings.Join(parts, ", ") + " s"
	}
	return fmt.Sprintf("median %.2f s, max %.2f s (%d faults)", s[(len(s)-1)/2].Seconds(), s[len(s)-1].Seconds(), len(s))
}

// waitAcked waits until every device has had a reading acknowledged after since, and
// returns how long after since the last of them was.
func waitAcked(t testing.TB, devices []*simDevice, since time.Time, timeout time.Duration) time.Duration {
	t.Helper()
	var latest time.Time
	deadline := time.Now().Add(timeout)
	for {
		latest = since
		var waiting []string
		for _, d := range devices {
			at := d.firstAckAfter(since)
			if at.IsZero() {
				waiting = append(waiting, fmt.Sprintf("%s (%d readings pending)", d.name, d.pending()))
			} else if at.After(latest) {
				latest = at
			}
		}
		if len(waiting) == 0 {
			return latest.Sub(since)
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			var stacks []string
			for _, g := range strings.Split(string(buf), "\n\n") {
				if strings.Contains(g, "services/device") {
					stacks = append(stacks, g)
				}
			}
			t.Fatalf("waited %s for every device to be acknowledged again; not yet: %s\ndevice goroutines:\n%s",
				timeout, strings.Join(waiting, ", "), strings.Join(stacks, "\n\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// deviceSummary adds up the devices' counters for the results table.
func deviceSummary(devices []*simDevice) string {
	var st deviceStats
	var problems, unreachable, republished int
	for _, d := range devices {
		s := d.statsNow()
		st.batches += s.batches
		st.duplicates += s.duplicates
		st.reaccepted += s.reaccepted
		d.log.mu.Lock()
		problems, unreachable, republished = problems+d.log.problems, unreachable+d.log.unreachable, republished+d.log.republished
		d.log.mu.Unlock()
	}
	return fmt.Sprintf("%d batches; retried on HTTP 503 problem ×%d, on no answer ×%d, MQTT republished ×%d; "+
		"%d readings answered duplicate, %d answered accepted again (MQTT)", st.batches, problems, unreachable, republished, st.duplicates, st.reaccepted)
}

// countLines counts the lines of p's output containing substr.
func countLines(p *process, substr string) int {
	p.output.mu.Lock()
	defer p.output.mu.Unlock()
	n := 0
	for _, s := range p.output.all {
		if strings.Contains(s, substr) {
			n++
		}
	}
	return n
}
