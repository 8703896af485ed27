package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/services/telemetry"
	"sharechain/test/bench/internal/sysstat"
)

// proofKinds are the kinds of the proof dataset: not positions, whose proofs need a
// sign-in (INTERFACE.md §5), so that every proof is public.
var proofKinds = []string{itelemetry.Odometer, itelemetry.Energy, itelemetry.Battery, itelemetry.Locked}

// proofSpan is the time the proof dataset's readings spread over, ending at the latest
// block's time: about three months, so they fill four monthly partitions.
const proofSpan = 90 * 24 * 3600

// loadChunk is how many readings one load transaction writes.
const loadChunk = 50_000

// row is one reading of the proof dataset as the service stores it.
type row struct {
	r    itelemetry.Reading
	sig  []byte
	leaf common.Hash
}

// loader writes readings straight into the telemetry tables, as the service's writers
// would have stored them (services/telemetry/store.go): telemetry_seqs and
// telemetry_readings with ids drawn from telemetry_reading_id while holding the ingest
// lock shared, the readings in their monthly partitions.
type loader struct {
	pool    *pgxpool.Pool
	d       *deployment
	domain  itelemetry.Domain
	total   int // readings in the whole dataset
	months  map[int64]bool
	signing time.Duration // wall time spent waiting for signatures
	copying time.Duration // wall time of the load transactions
}

// reading k of the dataset: device k mod D, the device's seqs in order, times spread
// evenly over proofSpan.
func (l *loader) reading(k int) itelemetry.Reading {
	devs := len(l.d.devices)
	dev := k % devs
	seq := uint64(k/devs + 1)
	t := l.d.latest - proofSpan + uint64(int64(k)*proofSpan/int64(l.total))
	return itelemetry.Reading{TokenID: l.d.tokens[dev], Device: devnet.Address(l.d.devices[dev]), Seq: seq, Time: t,
		Kind: itelemetry.MustKind(proofKinds[int(seq)%len(proofKinds)]), Value: big.NewInt(int64(seq) * 13)}
}

// sign signs readings lo … hi−1 on every core.
func (l *loader) sign(lo, hi int) ([]row, error) {
	rows := make([]row, hi-lo)
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(rows); i += workers {
				k := lo + i
				r := l.reading(k)
				sig, err := itelemetry.Sign(l.domain.ReadingDigest(&r), l.d.devices[k%len(l.d.devices)])
				if err != nil {
					errs[w] = err
					return
				}
				rows[i] = row{r: r, sig: sig, leaf: r.Leaf()}
			}
		})
	}
	wg.Wait()
	return rows, errors.Join(errs...)
}

// load stores readings lo … hi−1, signing the next chunk while the last one is written.
func (l *loader) load(ctx context.Context, lo, hi int) error {
	type chunk struct {
		rows []row
		err  error
	}
	chunks := make(chan chunk, 1)
	go func() {
		defer close(chunks)
		for a := lo; a < hi; a += loadChunk {
			rows, err := l.sign(a, min(a+loadChunk, hi))
			select {
			case chunks <- chunk{rows, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	done, last := lo, time.Now()
	for {
		t0 := time.Now()
		c, ok := <-chunks
		l.signing += time.Since(t0)
		if !ok {
			break
		}
		if c.err != nil {
			return c.err
		}
		t1 := time.Now()
		if err := l.store(ctx, c.rows); err != nil {
			return err
		}
		l.copying += time.Since(t1)
		done += len(c.rows)
		if time.Since(last) > 20*time.Second {
			log.Printf("loaded %d of %d readings", done, l.total)
			last = time.Now()
		}
	}
	if done != hi {
		return fmt.Errorf("loaded up to reading %d, want %d (%v)", done, hi, ctx.Err())
	}
	return nil
}

// store writes one chunk in one transaction.
func (l *loader) store(ctx context.Context, rows []row) error {
	if err := l.ensureMonths(ctx, int64(rows[0].r.Time), int64(rows[len(rows)-1].r.Time)); err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, l.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, telemetry.IngestLock(l.d.chainID)); err != nil {
			return err
		}
		// the ids of the chunk, in order: nextval draws the first, setval the rest
		var first int64
		if err := tx.QueryRow(ctx, `SELECT nextval('telemetry_reading_id')`).Scan(&first); err != nil {
			return err
		}
		if len(rows) > 1 {
			if _, err := tx.Exec(ctx, `SELECT setval('telemetry_reading_id', $1)`, first+int64(len(rows))-1); err != nil {
				return err
			}
		}
		chain := int64(l.d.chainID)
		k := 0
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"telemetry_seqs"}, []string{"chain_id", "device", "seq", "time", "leaf", "id"},
			pgx.CopyFromFunc(func() ([]any, error) {
				if k == len(rows) {
					return nil, nil
				}
				r := &rows[k]
				k++
				return []any{chain, r.r.Device.Bytes(), int64(r.r.Seq), int64(r.r.Time), r.leaf.Bytes(), first + int64(k-1)}, nil
			})); err != nil {
			return fmt.Errorf("copying into telemetry_seqs: %w", err)
		}
		k = 0
		cols := []string{"chain_id", "time", "device", "seq", "token_id", "kind", "value", "signature", "leaf", "id"}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"telemetry_readings"}, cols, pgx.CopyFromFunc(func() ([]any, error) {
			if k == len(rows) {
				return nil, nil
			}
			r := &rows[k]
			k++
			return []any{chain, int64(r.r.Time), r.r.Device.Bytes(), int64(r.r.Seq), pgtype.Numeric{Int: r.r.TokenID, Valid: true},
				r.r.Kind.String(), pgtype.Numeric{Int: r.r.Value, Valid: true}, r.sig, r.leaf.Bytes(), first + int64(k-1)}, nil
		})); err != nil {
			return fmt.Errorf("copying into telemetry_readings: %w", err)
		}
		return nil
	})
}

// ensureMonths creates the missing monthly partitions of the times from … to, with the
// statement and names services/telemetry/store.go uses.
func (l *loader) ensureMonths(ctx context.Context, from, to int64) error {
	u := time.Unix(from, 0).UTC()
	for m := time.Date(u.Year(), u.Month(), 1, 0, 0, 0, 0, time.UTC); m.Unix() <= to; m = m.AddDate(0, 1, 0) {
		if l.months[m.Unix()] {
			continue
		}
		name := "telemetry_readings_p" + m.Format("200601")
		ddl := fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %s PARTITION OF telemetry_readings FOR VALUES FROM (%d) TO (%d)`,
			pgx.Identifier{name}.Sanitize(), m.Unix(), m.AddDate(0, 1, 0).Unix())
		if _, err := l.pool.Exec(ctx, ddl); err != nil {
			return fmt.Errorf("creating partition %s: %w", name, err)
		}
		l.months[m.Unix()] = true
	}
	return nil
}

// proofResult is what the proof phase measured.
type proofResult struct {
	readings, devices       int
	epochs                  []telemetry.Epoch
	loadSecs                float64
	signSecs, copySecs      float64
	buildSecs, sendSecs     float64 // of the first epoch (cfg.epochReadings readings)
	firstCount              uint32
	restBuildSecs           float64
	dbBytes                 int64
	readingsBytes, seqBytes int64
	treeBytes               int64
	wrk                     []wrkResult
	floor                   *wrkResult // GET /healthz under the same load, after the runs
	loads                   []string
	serveRSS, servePeak     int64
	checked                 int
	reused                  bool // -reuse: the dataset of an earlier run, no chain
}

// proofPhase loads the dataset, builds and anchors its epochs (timing the first, of
// cfg.epochReadings readings), serves it with `sharechain serve` and loads the proof
// route with wrk.
func proofPhase(ctx context.Context, cfg config, d *deployment, bin, dbURL, pgDir, work, root string, t tools) (proofResult, error) {
	res := proofResult{readings: cfg.proofReadings, devices: len(d.devices)}
	if err := resetTelemetry(ctx, dbURL); err != nil {
		return res, err
	}
	pool, err := pgxpool.New(ctx, dbURL)
	if err != nil {
		return res, err
	}
	defer pool.Close()
	m, err := manifest.Load(d.manifestPath)
	if err != nil {
		return res, err
	}
	anchorer, err := telemetry.NewAnchorer(telemetry.AnchorConfig{Pool: pool, Manifest: m, Backend: d.client, Key: d.anchorKey,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return res, err
	}
	l := &loader{pool: pool, d: d, domain: itelemetry.NewDomain(telemetry.TelemetryAnchor, d.chainID, d.anchor),
		total: cfg.proofReadings, months: map[int64]bool{}}

	// the first epoch, timed: cfg.epochReadings readings stored, then Build and Send
	first := min(cfg.epochReadings, cfg.proofReadings)
	log.Printf("loading readings 1..%d (the epoch to time)", first)
	start := time.Now()
	if err := l.load(ctx, 0, first); err != nil {
		return res, err
	}
	if _, err := pool.Exec(ctx, `ANALYZE telemetry_readings`); err != nil {
		return res, err
	}
	log.Printf("building the epoch of %d readings (Anchorer.Build)", first)
	t0 := time.Now()
	eps, err := anchorer.Build(ctx)
	if err != nil {
		return res, fmt.Errorf("building the first epoch: %w", err)
	}
	res.buildSecs = time.Since(t0).Seconds()
	if len(eps) != 1 || int(eps[0].Count) != first {
		return res, fmt.Errorf("the first build made %d epochs (%v), want one of %d readings", len(eps), eps, first)
	}
	res.firstCount = eps[0].Count
	t0 = time.Now()
	if err := anchorer.Send(ctx); err != nil {
		return res, fmt.Errorf("anchoring the first epoch: %w", err)
	}
	res.sendSecs = time.Since(t0).Seconds()
	log.Printf("epoch 1 (%d readings): built in %.2fs, anchored in %.2fs", first, res.buildSecs, res.sendSecs)

	if first < cfg.proofReadings {
		log.Printf("loading readings %d..%d", first+1, cfg.proofReadings)
		if err := l.load(ctx, first, cfg.proofReadings); err != nil {
			return res, err
		}
		t0 = time.Now()
		more, err := anchorer.Build(ctx)
		if err != nil {
			return res, fmt.Errorf("building the other epochs: %w", err)
		}
		res.restBuildSecs = time.Since(t0).Seconds()
		log.Printf("built %d more epochs in %.1fs", len(more), res.restBuildSecs)
		if err := anchorer.Send(ctx); err != nil {
			return res, fmt.Errorf("anchoring the other epochs: %w", err)
		}
	}
	res.loadSecs = time.Since(start).Seconds()
	res.signSecs, res.copySecs = l.signing.Seconds(), l.copying.Seconds()
	if res.epochs, err = anchorer.Epochs(ctx, 0); err != nil {
		return res, err
	}
	var inEpochs int64
	for _, ep := range res.epochs {
		inEpochs += int64(ep.Count)
	}
	stored, err := countStored(ctx, dbURL)
	if err != nil {
		return res, err
	}
	if stored != int64(cfg.proofReadings) || inEpochs != stored {
		return res, fmt.Errorf("%d readings stored, %d in epochs, want %d", stored, inEpochs, cfg.proofReadings)
	}
	if err := mirrorAnchors(ctx, d, bin, dbURL, work, res.epochs); err != nil {
		return res, err
	}
	log.Printf("VACUUM ANALYZE of the telemetry tables")
	for _, tbl := range []string{"telemetry_readings", "telemetry_seqs", "telemetry_epochs", "telemetry_tree_pages"} {
		if _, err := pool.Exec(ctx, "VACUUM ANALYZE "+tbl); err != nil {
			return res, err
		}
	}
	if err := pool.QueryRow(ctx, `SELECT pg_database_size(current_database()),
		(SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'telemetry_readings'::regclass)::bigint,
		pg_total_relation_size('telemetry_seqs'), pg_total_relation_size('telemetry_tree_pages')`).
		Scan(&res.dbBytes, &res.readingsBytes, &res.seqBytes, &res.treeBytes); err != nil {
		return res, err
	}

	devs := make([]common.Address, len(d.devices))
	seqs := make([]int, len(d.devices))
	for i, key := range d.devices {
		// device i holds seqs 1 … ⌈(N − i) / D⌉
		devs[i], seqs[i] = devnet.Address(key), (cfg.proofReadings-i+len(d.devices)-1)/len(d.devices)
	}
	onChain := func(ctx context.Context, epoch uint64, proof []common.Hash, leaf common.Hash) error {
		b := d.suite.Bindings.TelemetryAnchor
		out, err := d.client.CallContract(ctx, ethereum.CallMsg{To: &d.anchor, Data: b.PackVerifyReading(epoch, toBytes32(proof), leaf)}, nil)
		if err != nil {
			return err
		}
		if ok, err := b.UnpackVerifyReading(out); err != nil || !ok {
			return fmt.Errorf("TelemetryAnchor.verifyReading refuses it (%v)", err)
		}
		return nil
	}
	err = serveProofs(ctx, cfg, &res, proofServe{bin: bin, dbURL: dbURL, pgDir: pgDir, work: work, root: root, wrk: t.wrk,
		manifest: d.manifestPath, devices: devs, seqs: seqs, onChain: onChain})
	return res, err
}

// proofServe is what the proof load needs: the binary, the database holding an anchored
// dataset, and its devices with the number of seqs each stored.
type proofServe struct {
	bin, dbURL, pgDir, work, root, wrk, manifest string
	devices                                      []common.Address
	seqs                                         []int // device i stored seqs 1 … seqs[i]
	// onChain checks a proof with TelemetryAnchor.verifyReading; nil without a chain
	// (-reuse), when proofs are checked against telemetry_anchors' roots only
	onChain func(ctx context.Context, epoch uint64, proof []common.Hash, leaf common.Hash) error
}

// serveProofs starts `sharechain serve` on the stored dataset, checks random proofs, and
// loads the proof route with wrk: a warm-up, then cfg.runs runs.
func serveProofs(ctx context.Context, cfg config, res *proofResult, s proofServe) error {
	port, err := localnet.FreePort()
	if err != nil {
		return err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	base := "http://" + addr
	srv, err := startProc("sharechain serve", filepath.Join(s.work, "serve.log"), nil, s.bin, "serve", "--http-addr", addr,
		"--database-url", s.dbURL, "--manifest", s.manifest, "--log-level", "warn")
	if err != nil {
		return err
	}
	defer srv.stop() //nolint:errcheck // at the end
	if err := waitFor(ctx, "sharechain serve", time.Minute, srv, func() bool {
		resp, err := http.Get(base + "/v1/status")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusOK
	}); err != nil {
		return err
	}
	if res.checked, err = checkProofs(ctx, s, base, 20); err != nil {
		return err
	}
	devFile := filepath.Join(s.work, "devices.txt")
	var lines []string
	for i, dev := range s.devices {
		lines = append(lines, fmt.Sprintf("%s %d", strings.ToLower(dev.Hex()), s.seqs[i]))
	}
	if err := os.WriteFile(devFile, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	script := filepath.Join(s.root, "test", "bench", "telemetry", "proofs.lua")
	log.Printf("warming up the proof route")
	if _, err := runWrk(ctx, s.wrk, script, devFile, base, cfg, 3*time.Second); err != nil {
		return err
	}
	for run := 0; run < cfg.runs; run++ {
		res.loads = append(res.loads, loadAvg())
		_, srv0 := sysstat.CPU(srv.pid(), false)
		pg0 := sysstat.ClusterCPU(s.pgDir)
		m0 := readMachine()
		r, err := runWrk(ctx, s.wrk, script, devFile, base, cfg, cfg.duration)
		if err != nil {
			return err
		}
		r.machine = readMachine().since(m0)
		_, srv1 := sysstat.CPU(srv.pid(), false)
		if r.requests > 0 {
			r.srvCPU = (srv1 - srv0) / time.Duration(r.requests)
			r.pgCPU = (sysstat.ClusterCPU(s.pgDir) - pg0) / time.Duration(r.requests)
		}
		log.Printf("proof run %d: %.0f req/s, p50 %s, p99 %s, CPU/req serve %s postgres %s; machine busy %.0f%% steal %.1f%% %s",
			run+1, r.rps, r.p50, r.p99, r.srvCPU, r.pgCPU, r.machine.busyPct, r.machine.stealPct, r.errors)
		res.wrk = append(res.wrk, r)
		if r.errors != "" {
			return fmt.Errorf("wrk run %d: %s", run+1, r.errors)
		}
	}
	res.loads = append(res.loads, loadAvg())
	res.serveRSS, res.servePeak = rss(srv.pid())
	floor, err := runFloor(ctx, s.wrk, base, cfg, 10*time.Second)
	if err != nil {
		return err
	}
	if floor.errors != "" {
		return fmt.Errorf("wrk on /healthz: %s", floor.errors)
	}
	res.floor = &floor
	log.Printf("floor, GET /healthz under the same load: %.0f req/s, p50 %s, p99 %s", floor.rps, floor.p50, floor.p99)
	return nil
}

// mirrorAnchors runs `sharechain index` to the head, whose projection of the
// TelemetryAnchored events fills telemetry_anchors (the API serves an epoch as anchored
// only once it is there), and checks it holds every epoch with its root.
func mirrorAnchors(ctx context.Context, d *deployment, bin, dbURL, work string, epochs []telemetry.Epoch) error {
	if _, err := d.index(ctx, bin, dbURL, filepath.Join(work, "index-anchors.log")); err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM telemetry_anchors a JOIN telemetry_epochs e USING (chain_id, epoch)
		WHERE a.chain_id = $1 AND a.root = e.root`, int64(d.chainID)).Scan(&n); err != nil {
		return err
	}
	if n != len(epochs) {
		return fmt.Errorf("sharechain index mirrored %d of the %d anchored epochs into telemetry_anchors", n, len(epochs))
	}
	return nil
}

// checkProofs asks for n random proofs and checks each against its root, that root
// against telemetry_anchors' (what the indexer mirrored from the chain), and the first
// three with s.onChain when there is a chain; it returns how many it checked.
func checkProofs(ctx context.Context, s proofServe, base string, n int) (int, error) {
	conn, err := pgx.Connect(ctx, s.dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	rng := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < n; i++ {
		j := rng.IntN(len(s.devices))
		dev, seq := s.devices[j], 1+rng.IntN(s.seqs[j])
		resp, err := http.Get(fmt.Sprintf("%s/v1/telemetry/%s/%d/proof", base, strings.ToLower(dev.Hex()), seq))
		if err != nil {
			return i, err
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return i, fmt.Errorf("proof of %s/%d: %s: %.300s", dev.Hex(), seq, resp.Status, body)
		}
		var p struct {
			Leaf  string   `json:"leaf"`
			Epoch uint64   `json:"epoch"`
			Root  string   `json:"root"`
			Proof []string `json:"proof"`
		}
		if err := json.Unmarshal(body, &p); err != nil {
			return i, err
		}
		proof := make([]common.Hash, len(p.Proof))
		for j, h := range p.Proof {
			proof[j] = common.HexToHash(h)
		}
		if !itelemetry.Verify(common.HexToHash(p.Root), common.HexToHash(p.Leaf), proof) {
			return i, fmt.Errorf("the proof of %s/%d does not prove its leaf", dev.Hex(), seq)
		}
		var anchored []byte
		if err := conn.QueryRow(ctx, `SELECT root FROM telemetry_anchors WHERE epoch = $1`, int64(p.Epoch)).Scan(&anchored); err != nil {
			return i, fmt.Errorf("the anchor of epoch %d: %w", p.Epoch, err)
		}
		if common.BytesToHash(anchored) != common.HexToHash(p.Root) {
			return i, fmt.Errorf("the proof of %s/%d names root %s, epoch %d anchored %x", dev.Hex(), seq, p.Root, p.Epoch, anchored)
		}
		if i < 3 && s.onChain != nil {
			if err := s.onChain(ctx, p.Epoch, proof, common.HexToHash(p.Leaf)); err != nil {
				return i, fmt.Errorf("the proof of %s/%d: %w", dev.Hex(), seq, err)
			}
		}
	}
	return n, nil
}

func toBytes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// wrkResult is one wrk run.
type wrkResult struct {
	rps      float64
	p50, p99 time.Duration
	requests int64
	srvCPU   time.Duration
	pgCPU    time.Duration
	errors   string
	machine  machineWindow
}

var (
	reRPS     = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)
	reReqs    = regexp.MustCompile(`(\d+) requests in`)
	rePct     = regexp.MustCompile(`(?m)^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$`)
	reNon2xx  = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
	reSockErr = regexp.MustCompile(`Socket errors: (.*)`)
)

// runWrk runs wrk with the proofs script for d.
func runWrk(ctx context.Context, bin, script, devFile, base string, cfg config, d time.Duration) (wrkResult, error) {
	return wrk(ctx, bin, "-t"+strconv.Itoa(cfg.threads), "-c"+strconv.Itoa(cfg.conns), "-d"+d.String(), "--latency",
		"--timeout", "5s", "-s", script, base, "--", devFile)
}

// runFloor runs the same load against GET /healthz, which reads no database and costs
// serve a few tens of µs: the latency no route can go below on this machine under this
// load, the scheduler's share of a proof's p99.
func runFloor(ctx context.Context, bin, base string, cfg config, d time.Duration) (wrkResult, error) {
	return wrk(ctx, bin, "-t"+strconv.Itoa(cfg.threads), "-c"+strconv.Itoa(cfg.conns), "-d"+d.String(), "--latency",
		"--timeout", "5s", base+"/healthz")
}

// wrk runs wrk with args and reads its summary.
func wrk(ctx context.Context, bin string, args ...string) (wrkResult, error) {
	out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
	text := string(out)
	var r wrkResult
	if err != nil {
		return r, fmt.Errorf("wrk %s: %w\n%s", strings.Join(args, " "), err, text)
	}
	m := reRPS.FindStringSubmatch(text)
	if m == nil {
		return r, fmt.Errorf("no Requests/sec in wrk's output:\n%s", text)
	}
	r.rps, _ = strconv.ParseFloat(m[1], 64)
	if m := reReqs.FindStringSubmatch(text); m != nil {
		r.requests, _ = strconv.ParseInt(m[1], 10, 64)
	}
	for _, m := range rePct.FindAllStringSubmatch(text, -1) {
		v, _ := strconv.ParseFloat(m[2], 64)
		unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second}[m[3]]
		if m[1] == "50" {
			r.p50 = time.Duration(v * float64(unit))
		} else {
			r.p99 = time.Duration(v * float64(unit))
		}
	}
	if r.p50 == 0 || r.p99 == 0 {
		return r, fmt.Errorf("no latency distribution in wrk's output:\n%s", text)
	}
	var errs []string
	if m := reNon2xx.FindStringSubmatch(text); m != nil {
		errs = append(errs, m[1]+" non-2xx")
	}
	if m := reSockErr.FindStringSubmatch(text); m != nil {
		errs = append(errs, "socket errors: "+m[1])
	}
	r.errors = strings.Join(errs, ", ")
	return r, nil
}
