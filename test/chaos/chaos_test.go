package chaos

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/test/bench/benchmd"
)

func TestMain(m *testing.M) {
	stamp := benchmd.Stamp("make chaos") // when the run starts
	code := testenv.Main(m)
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	if err := writeReport(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "chaos: printing the results:", err)
	}
	if path := os.Getenv("CHAOS_REPORT"); path != "" && len(results) > 0 {
		var b strings.Builder
		b.WriteString(stamp + "\n")
		err := writeReport(&b)
		if err == nil {
			err = benchmd.Update(path, "chaos", b.String())
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "chaos: writing CHAOS_REPORT:", err)
			if code == 0 {
				code = 1
			}
		}
	}
	os.Exit(code)
}

// long selects the long form of every scenario (CHAOS_LONG=1).
var long = os.Getenv("CHAOS_LONG") == "1"

// pick returns short or, in the long form, long.
func pick[T any](short, long_ T) T {
	if long {
		return long_
	}
	return short
}

// result is one row of the results table.
type result struct {
	Scenario   string
	Faults     map[string]int64 // injected faults by kind
	Expected   int              // canonical logs of the suite on the chain
	Found      int              // event rows in the database
	Lost       int              // canonical logs without their row
	Duplicates int              // rows that are not a canonical log (a log stored twice, or a reorged-out one kept)
	Recovery   string
	Took       time.Duration
}

var (
	resultsMu sync.Mutex
	results   []result
)

func record(r result) {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	results = append(results, r)
}

// writeReport writes the results table in Markdown.
func writeReport(w io.Writer) error {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	if len(results) == 0 {
		return nil
	}
	form := "short form"
	if long {
		form = "long form (CHAOS_LONG=1)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nChaos results, %s, %s:\n\n", form, time.Now().UTC().Format("2006-01-02"))
	b.WriteString("| Scenario | Faults injected (kind: count) | Total | Events expected | Events found | Lost | Duplicates | Recovery | Run time |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|---|---:|\n")
	sorted := append([]result(nil), results...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Scenario < sorted[j].Scenario })
	for _, r := range sorted {
		kinds := make([]string, 0, len(r.Faults))
		var total int64
		for k, n := range r.Faults {
			kinds = append(kinds, fmt.Sprintf("%s: %d", k, n))
			total += n
		}
		sort.Strings(kinds)
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %s | %.1f s |\n", r.Scenario, strings.Join(kinds, ", "), total,
			r.Expected, r.Found, r.Lost, r.Duplicates, r.Recovery, r.Took.Seconds())
	}
	b.WriteString("\nLost: canonical logs (eth_getLogs on anvil) with no identical row. Duplicates: rows that are not a canonical log " +
		"(the key chain_id+block_number+log_index forbids two rows at one position, so a duplicate shows as a row at a " +
		"position the canonical chain does not have, or one of a replaced block). Every projection table is also " +
		"compared with a fresh index of the canonical chain, and `sharechain audit verify` (events) must exit 0.\n")
	b.WriteString("\nTelemetry rows: events expected are the distinct readings the devices made (each resent until acknowledged), " +
		"events found the rows of telemetry_readings (mirrored one to one by telemetry_seqs). Lost: made and not stored; " +
		"duplicates: a (device, seq) stored twice, or stored and never made. Every epoch's id range follows the previous one, " +
		"every stored id lies in one, and its root — rebuilt from exactly its stored leaves, each recomputed from its fields — " +
		"equals the database's, rootOf on chain and its one TelemetryAnchored event, in order; verifyReading proves a leaf of each.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// chain is anvil with the suite deployed and its manifest on disk.
type chain struct {
	node         *testenv.Anvil
	client       *ethclient.Client
	suite        *devnet.Suite
	manifest     *manifest.Manifest
	manifestPath string
}

func newChain(t testing.TB) *chain {
	t.Helper()
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		t.Fatalf("devnet.Deploy: %v", err)
	}
	raw, err := suite.ManifestJSON()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "31337.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return &chain{node: node, client: client, suite: suite, manifest: m, manifestPath: path}
}

func (c *chain) head(t testing.TB) uint64 {
	t.Helper()
	n, err := c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// bulkEvents adds n asset registrations (two logs each), perBlock of them in each block,
// signed by five accounts and sent in JSON-RPC batches with automine off.
func bulkEvents(t testing.TB, c *chain, n, perBlock int) {
	t.Helper()
	ctx := context.Background()
	keys := []*ecdsa.PrivateKey{devnet.DevKey(1), devnet.DevKey(2), devnet.DevKey(3), devnet.DevKey(4), devnet.DevKey(5)}
	nonces := make([]uint64, len(keys))
	for i, k := range keys {
		nonce, err := c.client.PendingNonceAt(ctx, devnet.Address(k))
		if err != nil {
			t.Fatal(err)
		}
		nonces[i] = nonce
	}
	if err := c.node.Call(nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := c.node.Call(nil, "evm_setAutomine", true); err != nil {
			t.Fatal(err)
		}
	}()
	signer := types.LatestSignerForChainID(c.suite.ChainID)
	to := c.suite.AssetRegistry
	salt := time.Now().UnixNano()
	var last common.Hash
	for start := 0; start < n; start += perBlock {
		var batch []any
		for i := start; i < min(start+perBlock, n); i++ {
			code := sha256.Sum256(fmt.Appendf(nil, "chaos asset %d %d", salt, i))
			k := i % len(keys)
			tx, err := types.SignNewTx(keys[k], signer, &types.DynamicFeeTx{
				ChainID: c.suite.ChainID, Nonce: nonces[k], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 300_000, To: &to,
				Data: c.suite.Bindings.AssetRegistry.PackRegister(code, code, fmt.Sprintf("ipfs://chaos/%d", i)),
			})
			if err != nil {
				t.Fatal(err)
			}
			nonces[k]++
			raw, err := tx.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			batch = append(batch, hexutil.Bytes(raw))
			last = tx.Hash()
		}
		if err := sendRaw(c, batch); err != nil {
			t.Fatalf("sending registrations %d..: %v", start, err)
		}
		if err := c.node.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	for mined := 0; ; mined++ {
		if r, err := c.client.TransactionReceipt(ctx, last); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatal("the last bulk registration reverted")
			}
			return
		}
		if mined > n {
			t.Fatalf("bulk registrations still pending after %d blocks", mined)
		}
		if err := c.node.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
}

// sendRaw sends signed transactions in one JSON-RPC batch.
func sendRaw(c *chain, txs []any) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	batch := make([]rpc.BatchElem, len(txs))
	for i, tx := range txs {
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{tx}, Result: new(common.Hash)}
	}
	if err := c.client.Client().BatchCallContext(ctx, batch); err != nil {
		return err
	}
	for _, b := range batch {
		if b.Error != nil {
			return b.Error
		}
	}
	return nil
}

// newDatabase is a fresh migrated database in the tests' shared cluster: its URL and a
// pool on it.
func newDatabase(t testing.TB) (string, *pgxpool.Pool) {
	t.Helper()
	url := testenv.MigratedPostgres(t)
	pool, err := pg.Open(context.Background(), url, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return url, pool
}

// startIndexer runs the indexer in this process with cfg (RPCURL defaults to the node)
// into pool until the returned stop is called or the test ends.
func startIndexer(t testing.TB, c *chain, pool *pgxpool.Pool, cfg source.Config, icfg indexer.Config) (stop func()) {
	t.Helper()
	if cfg.RPCURL == "" {
		cfg.RPCURL = c.node.RPC
	}
	for _, f := range c.manifest.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	src, err := source.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.New(icfg, c.manifest, src, store.New(pool, c.manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("indexer Run() = %v", err)
			}
			src.Close()
		})
	}
	t.Cleanup(stop)
	return stop
}

// cursor reads the indexer's cursor: indexed block and its hash.
func cursor(ctx context.Context, pool *pgxpool.Pool) (int64, []byte, error) {
	var n int64
	var hash []byte
	err := pool.QueryRow(ctx, `SELECT indexed_block, indexed_hash FROM indexer_state`).Scan(&n, &hash)
	return n, hash, err
}

// waitConverged waits until the cursor is at the chain's head block with its hash, and
// returns that head.
func waitConverged(t testing.TB, c *chain, pool *pgxpool.Pool, timeout time.Duration) uint64 {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(timeout)
	for {
		head, err := c.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		indexed, hash, err := cursor(ctx, pool)
		if err == nil && uint64(indexed) == head.Number.Uint64() && string(hash) == string(head.Hash().Bytes()) {
			return head.Number.Uint64()
		}
		if time.Now().After(deadline) {
			t.Fatalf("not converged after %s: indexed %d (%x), head %d (%s), last error %v", timeout, indexed, hash, head.Number, head.Hash(), err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// logKey is a log's position in the chain.
type logKey struct {
	block uint64
	index uint
}

// logID is what must match between a canonical log and its row.
type logID struct {
	blockHash, txHash common.Hash
	address           common.Address
}

// canonicalLogs asks the node itself (not through any proxy) for every log of the
// followed contracts from the start block to head.
func canonicalLogs(t testing.TB, c *chain, head uint64) map[logKey]logID {
	t.Helper()
	var addrs []common.Address
	for _, f := range c.manifest.Followed() {
		addrs = append(addrs, f.Address)
	}
	out := map[logKey]logID{}
	const span = 2000
	for from := c.manifest.StartBlock; from <= head; from += span {
		to := min(from+span-1, head)
		logs, err := c.client.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs,
		})
		if err != nil {
			t.Fatalf("eth_getLogs %d..%d: %v", from, to, err)
		}
		for _, l := range logs {
			out[logKey{l.BlockNumber, l.Index}] = logID{l.BlockHash, l.TxHash, l.Address}
		}
	}
	// and every split the factory created, by address (a split has no logs before it exists)
	var splits []common.Address
	if f, ok := c.manifest.Contracts[manifest.SplitFactory]; ok {
		splits = chainSplits(t, c, f, head)
	}
	for start := 0; start < len(splits); start += 500 {
		logs, err := c.client.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(c.manifest.StartBlock), ToBlock: new(big.Int).SetUint64(head),
			Addresses: splits[start:min(start+500, len(splits))],
		})
		if err != nil {
			t.Fatalf("eth_getLogs of the splits: %v", err)
		}
		for _, l := range logs {
			out[logKey{l.BlockNumber, l.Index}] = logID{l.BlockHash, l.TxHash, l.Address}
		}
	}
	return out
}

// chainSplits returns the splits the factory created up to head, as the node says.
func chainSplits(t testing.TB, c *chain, factory common.Address, head uint64) []common.Address {
	t.Helper()
	logs, err := c.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.manifest.StartBlock), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{factory},
	})
	if err != nil {
		t.Fatalf("eth_getLogs of the factory: %v", err)
	}
	var out []common.Address
	for _, l := range logs {
		if len(l.Topics) >= 2 {
			out = append(out, common.BytesToAddress(l.Topics[1][12:]))
		}
	}
	return out
}

// tally compares the database's event rows with the canonical logs up to head.
func tally(t testing.TB, c *chain, pool *pgxpool.Pool, head uint64) (expected, found, lost, duplicates int) {
	t.Helper()
	want := canonicalLogs(t, c, head)
	rows, err := pool.Query(context.Background(),
		`SELECT block_number, log_index, block_hash, tx_hash, address FROM events WHERE chain_id = $1 ORDER BY block_number, log_index`,
		int64(c.manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	matched := map[logKey]bool{}
	for rows.Next() {
		var block int64
		var index int32
		var blockHash, txHash, address []byte
		if err := rows.Scan(&block, &index, &blockHash, &txHash, &address); err != nil {
			t.Fatal(err)
		}
		found++
		k := logKey{uint64(block), uint(index)}
		got := logID{common.BytesToHash(blockHash), common.BytesToHash(txHash), common.BytesToAddress(address)}
		if w, ok := want[k]; ok && w == got && !matched[k] {
			matched[k] = true
			continue
		}
		duplicates++
		if duplicates <= 5 {
			t.Errorf("event row at block %d log %d (block hash %s, tx %s) is not a canonical log", block, index, got.blockHash, got.txHash)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for k := range want {
		if !matched[k] {
			lost++
			if lost <= 5 {
				t.Errorf("canonical log at block %d index %d has no row", k.block, k.index)
			}
		}
	}
	return len(want), found, lost, duplicates
}

// dump renders the events and every projection table as comparable JSON.
func dump(t testing.TB, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	tables := map[string]string{
		"events":           "block_number, log_index",
		"assets":           "token_id",
		"listings":         "id",
		"rentals":          "id",
		"usage_reports":    "rental_id, nonce",
		"accounts":         "address",
		"tiers":            "tier",
		"disputes":         "id",
		"dispute_evidence": "dispute_id, block_number, log_index",
		"dispute_votes":    "dispute_id, arbiter",
		"splits":           "address",
		"split_releases":   "block_number, log_index",
		"split_income":     "block_number, log_index",
	}
	out := map[string]string{}
	for table, order := range tables {
		var s string
		q := fmt.Sprintf(`SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY %s), '[]')::text FROM %s t`, order, table)
		if err := pool.QueryRow(context.Background(), q).Scan(&s); err != nil {
			t.Fatalf("dumping %s: %v", table, err)
		}
		out[table] = s
	}
	return out
}

// compareWithFresh indexes the canonical chain afresh (in process, no faults) with the
// same finality depth and fails on any table that differs from pool's.
func compareWithFresh(t testing.TB, c *chain, pool *pgxpool.Pool, confirmations uint64) {
	t.Helper()
	_, fresh := newDatabase(t)
	stop := startIndexer(t, c, fresh, source.Config{}, indexer.Config{Confirmations: confirmations})
	waitConverged(t, c, fresh, 2*time.Minute)
	stop()
	got, want := dump(t, pool), dump(t, fresh)
	for table, w := range want {
		if got[table] != w {
			t.Errorf("%s differs from a fresh index of the canonical chain:\n got %.1500s\nwant %.1500s", table, got[table], w)
		}
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds cmd/sharechain once per test binary; tests call it early in a
// goroutine so that the build overlaps their setup.
func buildBinary() (string, error) {
	buildOnce.Do(func() {
		root, err := testenv.ModuleRoot()
		if err != nil {
			buildErr = err
			return
		}
		dir, err := os.MkdirTemp("", "sharechain-chaos-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "sharechain")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/sharechain")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	return binPath, buildErr
}

// sharechainBinary is the built cmd/sharechain.
func sharechainBinary(t testing.TB) string {
	t.Helper()
	path, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// process is a running sharechain subcommand.
type process struct {
	cmd    *exec.Cmd
	output *lines
	exited chan struct{}
	err    error // Wait's result, once exited is closed
}

// lines collects a process's output lines.
type lines struct {
	mu  sync.Mutex
	all []string
}

func (l *lines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.all, "\n")
}

func (l *lines) contains(substr string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.all {
		if strings.Contains(s, substr) {
			return true
		}
	}
	return false
}

// startProcess runs `sharechain args...` and kills it with SIGKILL when the test ends.
func startProcess(t testing.TB, args ...string) *process {
	t.Helper()
	return startProcessEnv(t, nil, args...)
}

// startProcessEnv is startProcess with env (KEY=value) added to the test's environment.
func startProcessEnv(t testing.TB, env []string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(sharechainBinary(t), args...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, output: &lines{}, exited: make(chan struct{})}
	go func() {
		s := bufio.NewScanner(pr)
		s.Buffer(make([]byte, 64<<10), 1<<20)
		for s.Scan() {
			p.output.mu.Lock()
			p.output.all = append(p.output.all, s.Text())
			p.output.mu.Unlock()
		}
	}()
	go func() {
		p.err = cmd.Wait()
		pw.Close()
		close(p.exited)
	}()
	t.Cleanup(p.kill)
	return p
}

// running reports whether the process has not exited.
func (p *process) running() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// kill sends SIGKILL and waits for the process to end.
func (p *process) kill() {
	if p.running() {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
	}
	<-p.exited
}

// indexArgs are the arguments of `sharechain index` on rpc and dbURL.
func indexArgs(c *chain, rpc, dbURL string, confirmations uint64, extra ...string) []string {
	return append([]string{"index", "--rpc-url", rpc, "--database-url", dbURL, "--manifest", c.manifestPath,
		"--confirmations", fmt.Sprint(confirmations), "--log-level", "debug"}, extra...)
}

// auditVerify runs `sharechain audit verify` against the node and fails unless it exits
// 0 with no mismatch. It audits the events only: --projections pages through the
// projection tables in text order of their ids (ORDER BY names the id::text output
// column), so from ten assets on it reports rows as missing that are there. The
// projections are compared with a fresh index instead (compareWithFresh).
func auditVerify(t testing.TB, c *chain, dbURL string) {
	t.Helper()
	cmd := exec.Command(sharechainBinary(t), "audit", "verify", "--rpc-url", c.node.RPC,
		"--database-url", dbURL, "--manifest", c.manifestPath)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "mismatches: 0") {
		t.Errorf("sharechain audit verify = %v, want exit 0 and no mismatch:\n%s", err, out)
	}
}

// progress watches the cursor and records the longest time it stood still.
type progress struct {
	mu        sync.Mutex
	last      int64
	lastMoved time.Time
	longest   time.Duration
	stop      chan struct{}
	done      chan struct{}
}

func watchProgress(pool *pgxpool.Pool) *progress {
	p := &progress{last: -2, lastMoved: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for {
			select {
			case <-p.stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			n, _, err := cursor(ctx, pool)
			cancel()
			if err != nil {
				continue
			}
			now := time.Now()
			p.mu.Lock()
			if n != p.last {
				p.longest = max(p.longest, now.Sub(p.lastMoved))
				p.last, p.lastMoved = n, now
			}
			p.mu.Unlock()
		}
	}()
	return p
}

// finish stops watching and returns the longest stall.
func (p *progress) finish() time.Duration {
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.longest
}
