package audit_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/services/audit"
)

// TestVerify_Splits audits a chain with splits: their logs, fetched here by address,
// match the rows the indexer stored by topic, and their released sums match the splits'
// released views; a tampered release sum and a dropped release row are reported.
func TestVerify_Splits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env := indexedtest.Start(t, indexedtest.Options{})
	s, b := env.Suite, env.Suite.Bindings
	accounts := []common.Address{devnet.Address(devnet.DerivedKey("split a")), devnet.Address(devnet.DerivedKey("split b"))}
	shares := []uint16{5000, 5000}
	creator := devnet.DevKey(6)
	out, err := s.Call(ctx, s.SplitFactory, b.SplitFactory.PackPredictSplit(devnet.Address(creator), accounts, shares))
	if err != nil {
		t.Fatal(err)
	}
	split, err := b.SplitFactory.UnpackPredictSplit(out)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		key  *ecdsa.PrivateKey
		to   common.Address
		data []byte
	}{
		{devnet.DevKey(7), s.PaymentToken, b.PaymentToken.PackMint(split, big.NewInt(1_001))},
		{creator, s.SplitFactory, b.SplitFactory.PackCreateSplit(accounts, shares)},
		{devnet.DevKey(8), split, b.Split.PackRelease(s.PaymentToken, accounts[0])},
		{devnet.DevKey(8), split, b.Split.PackRelease(s.PaymentToken, accounts[1])},
	}
	for _, st := range steps {
		if _, err := s.Transact(ctx, st.key, st.to, st.data); err != nil {
			t.Fatal(err)
		}
	}
	env.Sync(t)

	r, report, err := verify(t, env, audit.Config{Projections: true})
	if err != nil || r.Err() != nil || r.Mismatches != 0 {
		t.Fatalf("Verify() = %v, %d mismatches on a clean database:\n%s", err, r.Mismatches, report)
	}
	var rows int64
	if err := env.Pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE contract = 'Split'`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 2 {
		t.Fatalf("%d Split events indexed, want 2", rows)
	}

	exec(t, env, `UPDATE split_releases SET amount = amount + 1 WHERE account = $1`, accounts[0].Bytes())
	r, report, _ = verify(t, env, audit.Config{Projections: true})
	if r.Mismatches != 1 || !strings.Contains(report, "table=split_releases") {
		t.Errorf("a tampered release sum: %d mismatches, want 1 on split_releases:\n%s", r.Mismatches, report)
	}
	exec(t, env, `UPDATE split_releases SET amount = amount - 1 WHERE account = $1`, accounts[0].Bytes())

	exec(t, env, `DELETE FROM events WHERE contract = 'Split' AND args->>'account' = $1`, accounts[1].Hex())
	r, report, _ = verify(t, env, audit.Config{})
	if r.Mismatches == 0 || !strings.Contains(report, "kind=missing") {
		t.Errorf("a dropped Split event: %d mismatches, want it missing:\n%s", r.Mismatches, report)
	}
}
