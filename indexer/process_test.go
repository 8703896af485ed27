package indexer_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer/source"
	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// sharechainBinary builds cmd/sharechain once per test binary.
func sharechainBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		root, err := testenv.ModuleRoot()
		if err != nil {
			buildErr = err
			return
		}
		dir, err := os.MkdirTemp("", "sharechain-bin-")
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
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// indexProcess is a running `sharechain index`.
type indexProcess struct {
	cmd    *exec.Cmd
	stderr *lines
}

// lines collects a process's output lines and lets a test wait for one.
type lines struct {
	mu   sync.Mutex
	all  []string
	cond *sync.Cond
}

func newLines(r io.Reader) *lines {
	l := &lines{}
	l.cond = sync.NewCond(&l.mu)
	go func() {
		s := bufio.NewScanner(r)
		for s.Scan() {
			l.mu.Lock()
			l.all = append(l.all, s.Text())
			l.cond.Broadcast()
			l.mu.Unlock()
		}
	}()
	return l
}

func (l *lines) waitFor(t *testing.T, substr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		l.mu.Lock()
		for _, s := range l.all {
			if strings.Contains(s, substr) {
				l.mu.Unlock()
				return
			}
		}
		l.mu.Unlock()
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the indexer's output after %s:\n%s", substr, timeout, strings.Join(l.all, "\n"))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func startIndexProcess(t testing.TB, c *chain, dbURL, manifestPath string, extra ...string) *indexProcess {
	t.Helper()
	args := append([]string{"index", "--rpc-url", c.node.RPC, "--database-url", dbURL, "--manifest", manifestPath,
		"--confirmations", "0", "--log-level", "debug"}, extra...)
	cmd := exec.Command(sharechainBinary(t), args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &indexProcess{cmd: cmd, stderr: newLines(stderr)}
	t.Cleanup(p.kill)
	return p
}

func (p *indexProcess) kill() {
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		_ = p.cmd.Wait()
	}
}

// manyEvents adds n asset registrations (two logs each) to the chain. With automine off
// it sends them in blocks of 75, then mines until none is pending.
func manyEvents(t testing.TB, c *chain, n int) {
	t.Helper()
	ctx := context.Background()
	b := c.suite.Bindings
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
	for i := 0; i < n; i++ {
		code := sha256.Sum256([]byte(fmt.Sprintf("bulk asset %d %d", salt, i)))
		k := i % len(keys)
		tx, err := types.SignNewTx(keys[k], signer, &types.DynamicFeeTx{
			ChainID: c.suite.ChainID, Nonce: nonces[k], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 300_000, To: &to, Data: b.AssetRegistry.PackRegister(code, code, fmt.Sprintf("ipfs://bulk/%d", i)),
		})
		if err != nil {
			t.Fatal(err)
		}
		nonces[k]++
		if err := c.client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("sending registration %d: %v", i, err)
		}
		last = tx.Hash()
		// anvil slows down with a long pool; half-full blocks (75 registrations) keep the
		// EIP-1559 base fee where it is
		if i%75 == 74 {
			if err := c.node.Call(nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
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

// TestIndexProcess_Crash kills `sharechain index` with SIGKILL at random moments of a
// backfill of thousands of events, restarting it each time; the final database must
// equal a fresh index, with no gap and no duplicate, and have every index back.
func TestIndexProcess_Crash(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	if _, err := devnet.Play(ctx, c.suite, func(string, ...any) {}); err != nil {
		t.Fatal(err)
	}
	manyEvents(t, c, 1500)
	manifest := writeManifest(t, c)
	dbURL, pool := newDatabaseURL(t)

	rng := rand.New(rand.NewPCG(3, 5))
	head := c.head(t)
	// small spans and batches make many batches, so that kills land between and inside
	// commits, and while one batch commits with the next one's events copied ahead; the
	// read indexes are deferred at once, so the first kill lands while they are dropped
	// and later ones may land while they are built again
	args := []string{"--initial-range", "3", "--max-range", "40", "--target-logs", "30", "--batch-logs", "60", "--defer-indexes-min", "1"}
	p := startIndexProcess(t, c, dbURL, manifest, args...)
	for deadline := time.Now().Add(time.Minute); deferredIndexes(t, pool) == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the backfill never deferred the read indexes")
		}
	}
	p.kill()
	kills := 1
	for round := 0; round < 12; round++ {
		p := startIndexProcess(t, c, dbURL, manifest, args...)
		time.Sleep(time.Duration(100+rng.IntN(700)) * time.Millisecond)
		p.kill()
		kills++
		if indexedBlock(t, pool) >= int64(head) {
			break
		}
	}
	deferred := deferredIndexes(t, pool)
	p = startIndexProcess(t, c, dbURL, manifest)
	waitIndexed(t, pool, head)
	p.kill()
	t.Logf("%d kills before the last run, which found %d read indexes deferred", kills, deferred)

	fresh := newDatabase(t)
	startIndexer(t, c, fresh, source.Config{}, 0)
	waitIndexed(t, fresh, head)
	compareDumps(t, dump(t, pool), dump(t, fresh))
	if got, want := indexDefs(t, pool), indexDefs(t, fresh); !slices.Equal(got, want) {
		t.Errorf("indexes after the crashes\n%q\nwant\n%q", got, want)
	}
}

// deferredIndexes counts the read indexes recorded as deferred.
func deferredIndexes(t *testing.T, pool *pgxpool.Pool) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM indexer_deferred_indexes`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// indexDefs lists every index of the public schema with its definition, and any
// index still recorded as deferred.
func indexDefs(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), `
		SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
		UNION ALL SELECT 'deferred: ' || name FROM indexer_deferred_indexes
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return defs
}

// TestIndexProcess_StandbyTakeover runs two indexers on one database: the second waits
// as a standby and, when the writer is killed, continues without loss.
func TestIndexProcess_StandbyTakeover(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	if _, err := devnet.Play(ctx, c.suite, func(string, ...any) {}); err != nil {
		t.Fatal(err)
	}
	manifest := writeManifest(t, c)
	dbURL, pool := newDatabaseURL(t)

	writer := startIndexProcess(t, c, dbURL, manifest)
	writer.stderr.waitFor(t, "writer lock taken", 30*time.Second)
	standby := startIndexProcess(t, c, dbURL, manifest)
	standby.stderr.waitFor(t, "waiting as a standby", 30*time.Second)
	waitIndexed(t, pool, c.head(t))

	writer.kill()
	manyEvents(t, c, 200)
	standby.stderr.waitFor(t, "writer lock taken", 30*time.Second)
	head := c.head(t)
	waitIndexed(t, pool, head)

	fresh := newDatabase(t)
	startIndexer(t, c, fresh, source.Config{}, 0)
	waitIndexed(t, fresh, head)
	compareDumps(t, dump(t, pool), dump(t, fresh))
}

func writeManifest(t testing.TB, c *chain) string {
	t.Helper()
	raw, err := c.suite.ManifestJSON()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "manifest.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func indexedBlock(t *testing.T, pool *pgxpool.Pool) int64 {
	t.Helper()
	var n int64
	if err := pool.QueryRow(context.Background(), `SELECT coalesce(max(indexed_block), -1) FROM indexer_state`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
