package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"sharechain/indexer"
	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/services/api"
)

// TestAPI_IndexerDiverged: a reorg deeper than the finality depth (evm_snapshot, blocks
// indexed past finality, evm_revert, a longer branch) stops the real indexer; /v1/status
// then reports indexer.state diverged with the first block after the fork, and /readyz
// answers 503 problem+json naming it, where before it answered 200 while following.
func TestAPI_IndexerDiverged(t *testing.T) {
	ctx := context.Background()
	env := indexedtest.Start(t, indexedtest.Options{Confirmations: 2, EndsWith: indexer.ErrDeepReorg})
	transfer := func(to int, amount int64) {
		t.Helper()
		b := env.Suite.Bindings.RewardToken
		if _, err := env.Suite.Transact(ctx, devnet.DevKey(0), env.Suite.RewardToken, b.PackTransfer(devnet.Address(devnet.DevKey(to)), big.NewInt(amount))); err != nil {
			t.Fatal(err)
		}
	}
	transfer(7, 1) // the fork block has an event, so the database knows its hash
	fork := env.Head(t)
	env.Sync(t)
	f := serve(t, env, nil)

	var st api.Status
	f.getJSON(t, "/v1/status", http.StatusOK, &st)
	if got := st.Indexer; got.State != "following" || got.DivergedBlock != nil || got.Error != nil ||
		got.UpdatedAt == nil || time.Since(time.Unix(*got.UpdatedAt, 0)) > time.Minute {
		t.Errorf("status.indexer while following = %s, want following, no block, no error, updated just now", show(got))
	}
	f.getJSON(t, "/readyz", http.StatusOK, nil)

	var snapshot string
	if err := env.Node.Call(&snapshot, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 6; i++ {
		transfer(7, int64(10+i))
	}
	env.Sync(t)
	var reverted bool
	if err := env.Node.Call(&reverted, "evm_revert", snapshot); err != nil || !reverted {
		t.Fatalf("evm_revert(%s) = %v, %v", snapshot, reverted, err)
	}
	for i := 0; i < 7; i++ {
		transfer(8, int64(100+i))
	}

	deadline := time.Now().Add(time.Minute)
	for f.getJSON(t, "/v1/status", http.StatusOK, &st); st.Indexer.State != "diverged"; f.getJSON(t, "/v1/status", http.StatusOK, &st) {
		if time.Now().After(deadline) {
			t.Fatalf("status.indexer a minute after the deep reorg = %s, want diverged", show(st.Indexer))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := st.Indexer; got.DivergedBlock == nil || *got.DivergedBlock != int64(fork)+1 ||
		got.Error == nil || !strings.Contains(*got.Error, "reorg deeper than the finality depth") || got.UpdatedAt == nil {
		t.Errorf("status.indexer after the deep reorg = %s, want diverged_block %d and the error", show(got), fork+1)
	}

	resp, body := f.get(t, "/readyz")
	var problem struct {
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Content-Type") != "application/problem+json" ||
		json.Unmarshal(body, &problem) != nil || problem.Status != http.StatusServiceUnavailable ||
		!strings.Contains(problem.Detail, fmt.Sprintf("diverged from the chain at block %d", fork+1)) {
		t.Errorf("GET /readyz while diverged = %d %s %s, want 503 problem+json naming block %d",
			resp.StatusCode, resp.Header.Get("Content-Type"), body, fork+1)
	}
}

// show renders an IndexerStatus with its pointers' values.
func show(s api.IndexerStatus) string {
	b, _ := json.Marshal(s)
	return string(b)
}
