package chaos

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
)

// TestChaos_DeepReorg runs the real `sharechain index` and `sharechain serve` through a
// reorg deeper than the finality depth, made from outside as an operator would see it
// on a devnet: evm_snapshot, blocks indexed past finality, evm_revert, a longer branch
// of other blocks. The indexer must exit non-zero with an ERROR naming the first block
// after the fork and the way out, /readyz must turn 503 and /v1/status report
// diverged; a restart must refuse with the same ERROR; and the documented way out
// (migrate down all, migrate up, index) must end equal to the chain. On the way, a
// SIGTERM must stop it cleanly with /readyz 503 (stopped) until it runs again.
func TestChaos_DeepReorg(t *testing.T) {
	t.Parallel()
	const confirmations = 2
	began := time.Now()
	go buildBinary() //nolint:errcheck // sharechainBinary reports a failed build
	ctx := context.Background()
	c := newChain(t)
	dbURL, pool := newDatabase(t)
	port, err := testenv.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	api := fmt.Sprintf("http://127.0.0.1:%d", port)
	serve := startProcess(t, "serve", "--http-addr", fmt.Sprintf("127.0.0.1:%d", port), "--database-url", dbURL, "--manifest", c.manifestPath)
	transfer := func(to int, amount int64) {
		t.Helper()
		b := c.suite.Bindings.RewardToken
		if _, err := c.suite.Transact(ctx, devnet.DevKey(0), c.suite.RewardToken, b.PackTransfer(devnet.Address(devnet.DevKey(to)), big.NewInt(amount))); err != nil {
			t.Fatal(err)
		}
	}
	status := func() (st struct {
		Indexer struct {
			State         string  `json:"state"`
			DivergedBlock *int64  `json:"diverged_block"`
			Error         *string `json:"error"`
		} `json:"indexer"`
	}) {
		t.Helper()
		p := get(api + "/v1/status")
		if p.err != nil || p.status != http.StatusOK || json.Unmarshal([]byte(p.body), &st) != nil {
			t.Fatalf("GET /v1/status = %d %v %.300s, want 200", p.status, p.err, p.body)
		}
		return st
	}
	ready := func(want int, detail string) func() bool {
		return func() bool {
			p := get(api + "/readyz")
			return p.status == want && strings.Contains(p.body, detail)
		}
	}

	ix := startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
	waitConvergedProcess(t, c, pool, ix, 2*time.Minute)
	waitFor(t, 30*time.Second, "/readyz 200 while the indexer follows", ready(http.StatusOK, "ready"))

	// a clean stop: exit 0, and /readyz 503 until an indexer runs again
	if err := ix.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ix.exited:
	case <-time.After(30 * time.Second):
		t.Fatal("sharechain index did not exit 30 s after SIGTERM")
	}
	if ix.err != nil {
		t.Errorf("sharechain index after SIGTERM exited with %v, want 0:\n%s", ix.err, tail(ix.output.String(), 3000))
	}
	waitFor(t, 10*time.Second, "/readyz 503 after the indexer stopped", ready(http.StatusServiceUnavailable, "stopped"))
	if st := status(); st.Indexer.State != "stopped" || st.Indexer.Error != nil {
		t.Errorf("status.indexer after SIGTERM = %+v, want stopped without error", st.Indexer)
	}
	ix = startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
	waitFor(t, time.Minute, "/readyz 200 once the indexer runs again", ready(http.StatusOK, "ready"))

	// the deep reorg
	transfer(7, 1) // the fork block has an event, so the database knows its hash
	fork := c.head(t)
	var snapshot string
	if err := c.node.Call(&snapshot, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 6; i++ {
		transfer(7, int64(10+i))
	}
	waitConvergedProcess(t, c, pool, ix, time.Minute)
	var reverted bool
	if err := c.node.Call(&reverted, "evm_revert", snapshot); err != nil || !reverted {
		t.Fatalf("evm_revert(%s) = %v, %v", snapshot, reverted, err)
	}
	reorged := time.Now()
	for i := 0; i < 7; i++ {
		transfer(8, int64(100+i))
	}
	select {
	case <-ix.exited:
	case <-time.After(time.Minute):
		t.Fatalf("sharechain index still runs a minute after a reorg deeper than the finality depth:\n%s", tail(ix.output.String(), 3000))
	}
	exitedIn := time.Since(reorged)
	diverged := fork + 1
	wantLog := fmt.Sprintf("from block %d on the database mirrors a branch the chain no longer has", diverged)
	checkRefusal := func(p *process, when string) {
		t.Helper()
		var exit *exec.ExitError
		if !errors.As(p.err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("sharechain index %s exited with %v, want exit status 1", when, p.err)
		}
		var errorLine string
		for _, l := range strings.Split(p.output.String(), "\n") {
			if strings.Contains(l, "level=ERROR") && strings.Contains(l, wantLog) {
				errorLine = l
			}
		}
		t.Logf("sharechain index %s: %s", when, errorLine)
		if errorLine == "" || !strings.Contains(errorLine, "migrate down all") || !strings.Contains(errorLine, fmt.Sprintf("diverged_block=%d", diverged)) {
			t.Errorf("sharechain index %s logged no ERROR %q with diverged_block=%d and the way out:\n%s", when, wantLog, diverged, tail(p.output.String(), 3000))
		}
	}
	checkRefusal(ix, "after the deep reorg")
	waitFor(t, 10*time.Second, "/readyz 503 naming the block", ready(http.StatusServiceUnavailable, fmt.Sprintf("diverged from the chain at block %d", diverged)))
	if st := status(); st.Indexer.State != "diverged" || st.Indexer.DivergedBlock == nil || *st.Indexer.DivergedBlock != int64(diverged) || st.Indexer.Error == nil {
		t.Errorf("status.indexer after the deep reorg = %+v, want diverged at block %d with the error", st.Indexer, diverged)
	}

	// started again, it refuses with the same ERROR, and /readyz stays 503
	again := startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
	select {
	case <-again.exited:
	case <-time.After(time.Minute):
		t.Fatalf("sharechain index on a diverged database still runs after a minute:\n%s", tail(again.output.String(), 3000))
	}
	checkRefusal(again, "started again on the diverged database")
	if p := get(api + "/readyz"); p.status != http.StatusServiceUnavailable {
		t.Errorf("GET /readyz after the refused restart = %d %s, want 503", p.status, p.body)
	}

	// the way out the ERROR names: rebuild in place and index again
	rebuildAt := time.Now()
	for _, args := range [][]string{{"migrate", "--database-url", dbURL, "down", "all"}, {"migrate", "--database-url", dbURL, "up"}} {
		if out, err := exec.Command(sharechainBinary(t), args...).CombinedOutput(); err != nil {
			t.Fatalf("sharechain %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	rebuilt := startProcess(t, indexArgs(c, c.node.RPC, dbURL, confirmations)...)
	last := waitConvergedProcess(t, c, pool, rebuilt, 2*time.Minute)
	waitFor(t, 30*time.Second, "/readyz 200 after the rebuild", ready(http.StatusOK, "ready"))
	rebuiltIn := time.Since(rebuildAt)
	rebuilt.kill()
	if !serve.running() {
		t.Errorf("sharechain serve exited (%v):\n%s", serve.err, serve.output)
	}
	expected, found, lost, dups := tally(t, c, pool, last)
	auditVerify(t, c, dbURL)
	if lost != 0 || dups != 0 {
		t.Errorf("after the rebuild: events lost %d, duplicates %d; want 0 and 0", lost, dups)
	}
	record(result{
		Scenario: "4. Reorg deeper than the finality depth",
		Faults:   map[string]int64{"deep_reorg": 1, "sigterm": 1},
		Expected: expected, Found: found, Lost: lost, Duplicates: dups,
		Recovery: fmt.Sprintf("index exit 1 in %.2f s, ERROR at block %d, /readyz 503 (diverged), restart refused; rebuilt (migrate down all, up, index) in %.2f s",
			exitedIn.Seconds(), diverged, rebuiltIn.Seconds()),
		Took: time.Since(began),
	})
}
