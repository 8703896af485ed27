package telemetry_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/devnet"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/services/telemetry"
)

func (e *env) anchorer(t *testing.T, maxEpoch int) *telemetry.Anchorer {
	t.Helper()
	a, err := telemetry.NewAnchorer(telemetry.AnchorConfig{Pool: e.Pool, Manifest: e.Manifest, Backend: e.Client, Key: e.anchorKey,
		MaxEpochReadings: maxEpoch, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// ingest stores readings seq from..to of asset i through the ingester and fails unless
// all are accepted.
func (e *env) ingest(t *testing.T, in *telemetry.Ingester, i int, from, to uint64) {
	t.Helper()
	now := e.latest(t)
	var rs []telemetry.WireReading
	for seq := from; seq <= to; seq++ {
		rs = append(rs, e.reading(t, i, seq, now-seq, "odometer_m", int64(seq)))
	}
	res, problem, err := in.Ingest(context.Background(), telemetry.TransportHTTP, batchJSON(t, rs...), nil)
	if err != nil || problem != nil {
		t.Fatalf("Ingest() = %v, %v", problem, err)
	}
	for _, r := range res {
		if r.Status != telemetry.Accepted {
			t.Fatalf("seq %d: %v", *r.Seq, brief([]telemetry.Result{r}))
		}
	}
}

// stateOf reads what the database and the chain say of epoch: the stored row, the
// tree rebuilt from its pages, the leaves of its id range, and the chain's root.
type epochState struct {
	row    telemetry.Epoch
	tree   itelemetry.Tree
	leaves []common.Hash
	chain  common.Hash
}

func (e *env) epochState(t *testing.T, a *telemetry.Anchorer, n uint64) epochState {
	t.Helper()
	ctx := context.Background()
	eps, err := a.Epochs(ctx, n-1)
	if err != nil || len(eps) == 0 || eps[0].Number != n {
		t.Fatalf("Epochs(%d) = %v, %v; want epoch %d first", n-1, eps, err, n)
	}
	s := epochState{row: eps[0]}
	rows, err := e.Pool.Query(ctx, `SELECT nodes FROM telemetry_tree_pages WHERE chain_id = $1 AND epoch = $2 ORDER BY page`, int64(e.Manifest.ChainID), int64(n))
	if err != nil {
		t.Fatal(err)
	}
	var page []byte
	var all []byte
	if _, err := pgx.ForEachRow(rows, []any{&page}, func() error { all = append(all, page...); return nil }); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(all); i += 32 {
		s.tree.Nodes = append(s.tree.Nodes, common.BytesToHash(all[i:i+32]))
	}
	rows, err = e.Pool.Query(ctx, `SELECT leaf FROM telemetry_readings WHERE chain_id = $1 AND id BETWEEN $2 AND $3`,
		int64(e.Manifest.ChainID), s.row.FirstID, s.row.LastID)
	if err != nil {
		t.Fatal(err)
	}
	var leaf []byte
	if _, err := pgx.ForEachRow(rows, []any{&leaf}, func() error { s.leaves = append(s.leaves, common.BytesToHash(leaf)); return nil }); err != nil {
		t.Fatal(err)
	}
	if s.chain, err = a.RootOf(ctx, n); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAnchor_Epochs builds and anchors epochs: none for an empty interval, the same root
// sent after a crash between build and send, several epochs in order when an interval
// holds more than an epoch may, and roots that are telemetry.BuildTree over exactly the
// epoch's stored leaves, whose pages give proofs TelemetryAnchor.verifyReading accepts.
func TestAnchor_Epochs(t *testing.T) {
	e := newEnv(t, 2)
	ctx := context.Background()
	in := e.ingester(t, telemetry.IngestConfig{})
	a := e.anchorer(t, 20)

	t.Run("empty interval makes no epoch", func(t *testing.T) {
		built, err := a.Build(ctx)
		if err != nil || len(built) != 0 {
			t.Fatalf("Build() = %v, %v; want no epoch", built, err)
		}
		if err := a.Send(ctx); err != nil {
			t.Fatal(err)
		}
		if last, _ := a.LastEpoch(ctx); last != 0 {
			t.Errorf("lastEpoch = %d, want 0", last)
		}
	})

	t.Run("crash between build and send", func(t *testing.T) {
		e.ingest(t, in, 0, 1, 12)
		built, err := a.Build(ctx)
		if err != nil || len(built) != 1 || built[0].Number != 1 || built[0].Count != 12 {
			t.Fatalf("Build() = %+v, %v; want epoch 1 of 12 readings", built, err)
		}
		// the service dies here; a new one starts and sends what was built
		restarted := e.anchorer(t, 20)
		if err := restarted.Send(ctx); err != nil {
			t.Fatal(err)
		}
		s := e.epochState(t, restarted, 1)
		if s.chain != built[0].Root || s.row.Root != built[0].Root || s.row.AnchorTx == nil {
			t.Errorf("epoch 1: chain root %s, stored %s (tx %v), built %s; want the built root everywhere",
				s.chain.Hex(), s.row.Root.Hex(), s.row.AnchorTx, built[0].Root.Hex())
		}
	})

	t.Run("an interval over the epoch size makes epochs in order", func(t *testing.T) {
		e.ingest(t, in, 0, 13, 30)
		e.ingest(t, in, 1, 1, 12)
		built, err := a.Build(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []uint32
		for i, ep := range built {
			got = append(got, ep.Count)
			if ep.Number != uint64(2+i) {
				t.Errorf("built epoch %d is number %d, want %d", i, ep.Number, 2+i)
			}
		}
		if len(got) != 2 || got[0] != 20 || got[1] != 10 {
			t.Fatalf("built epochs of %v readings, want [20 10]", got)
		}
		if built[1].FirstID != built[0].LastID+1 {
			t.Errorf("epoch 3 starts at id %d, epoch 2 ends at %d: ranges must be contiguous", built[1].FirstID, built[0].LastID)
		}
		if err := a.Send(ctx); err != nil {
			t.Fatal(err)
		}
		if last, _ := a.LastEpoch(ctx); last != 3 {
			t.Errorf("lastEpoch = %d, want 3", last)
		}
		if built, err := a.Build(ctx); err != nil || len(built) != 0 {
			t.Errorf("Build() with nothing new = %v, %v; want no epoch", built, err)
		}
	})

	for n := uint64(1); n <= 3; n++ {
		s := e.epochState(t, a, n)
		want, err := itelemetry.BuildTree(append([]common.Hash(nil), s.leaves...))
		if err != nil {
			t.Fatal(err)
		}
		if s.chain != want.Root() || s.row.Root != want.Root() || int(s.row.Count) != len(s.leaves) {
			t.Errorf("epoch %d: chain root %s, stored %s over %d readings; BuildTree over the %d stored leaves gives %s",
				n, s.chain.Hex(), s.row.Root.Hex(), s.row.Count, len(s.leaves), want.Root().Hex())
		}
		if len(s.tree.Nodes) != len(want.Nodes) || s.tree.Root() != want.Root() {
			t.Errorf("epoch %d: the pages hold %d nodes with root %s, want %d with %s", n, len(s.tree.Nodes), s.tree.Root().Hex(), len(want.Nodes), want.Root().Hex())
		}
		// every leaf's proof from the pages verifies on chain
		for _, leaf := range s.leaves {
			i, ok := s.tree.Find(leaf)
			if !ok {
				t.Fatalf("epoch %d: leaf %s not in the stored tree", n, leaf.Hex())
			}
			var proof [][32]byte
			for _, j := range itelemetry.ProofIndexes(i) {
				proof = append(proof, s.tree.Nodes[j])
			}
			out, err := e.Client.CallContract(ctx, ethereum.CallMsg{To: &e.anchor, Data: e.pack(t, "verifyReading", n, proof, leaf)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if ok := common.BytesToHash(out).Big().Sign() == 1; !ok {
				t.Errorf("verifyReading(%d, proof, %s) = false, want true", n, leaf.Hex())
			}
			out, err = e.Client.CallContract(ctx, ethereum.CallMsg{To: &e.anchor, Data: e.pack(t, "verifyReading", n%3+1, proof, leaf)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if common.BytesToHash(out).Big().Sign() != 0 {
				t.Errorf("verifyReading(%d, the proof of epoch %d) = true, want false", n%3+1, n)
			}
		}
	}
}

// TestAnchor_Resend checks the chain before sending: an epoch the chain already shows
// is not sent again even when the database lost its transaction, and a database whose
// root differs from the chain's stops anchoring with ErrAnchorMismatch.
func TestAnchor_Resend(t *testing.T) {
	e := newEnv(t, 1)
	ctx := context.Background()
	in := e.ingester(t, telemetry.IngestConfig{})
	a := e.anchorer(t, 0)
	e.ingest(t, in, 0, 1, 5)
	if _, err := a.Build(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Send(ctx); err != nil {
		t.Fatal(err)
	}
	nonce := func() uint64 {
		n, err := e.Client.NonceAt(ctx, devnet.Address(e.anchorKey), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := nonce()
	// crashed after the anchor was mined, before its hash was recorded
	if _, err := e.Pool.Exec(ctx, `UPDATE telemetry_epochs SET anchor_tx = NULL`); err != nil {
		t.Fatal(err)
	}
	if err := e.anchorer(t, 0).Send(ctx); err != nil {
		t.Fatal(err)
	}
	if after := nonce(); after != before {
		t.Errorf("the anchorer sent %d transactions for an epoch the chain shows, want 0", after-before)
	}
	if _, err := e.Pool.Exec(ctx, `UPDATE telemetry_epochs SET root = $1`, common.HexToHash("0x01").Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := a.Send(ctx); !errors.Is(err, telemetry.ErrAnchorMismatch) {
		t.Errorf("Send() with another root on chain = %v, want ErrAnchorMismatch", err)
	}
}

// TestAnchor_OneSender runs two services' anchorers on one database: while one holds the
// chain's anchor lock (sending, or waiting for its transaction to be mined) the other
// sends nothing and reports no error, and once it is free either sends every built
// epoch, the other's included; two rounds at once send each epoch once, with no
// transaction reverting or failing on the shared key's nonce.
func TestAnchor_OneSender(t *testing.T) {
	e := newEnv(t, 1)
	ctx := context.Background()
	in := e.ingester(t, telemetry.IngestConfig{})
	a, b := e.anchorer(t, 0), e.anchorer(t, 0)
	nonce := func() uint64 {
		n, err := e.Client.NonceAt(ctx, devnet.Address(e.anchorKey), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	e.ingest(t, in, 0, 1, 5)
	if _, err := a.Build(ctx); err != nil {
		t.Fatal(err)
	}
	holder, err := e.Pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	key := telemetry.AnchorLock(e.Manifest.ChainID)
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		t.Fatal(err)
	}
	before := nonce()
	if err := b.Send(ctx); err != nil {
		t.Fatalf("Send() while another service holds the anchor lock = %v, want nil", err)
	}
	if last, _ := b.LastEpoch(ctx); last != 0 || nonce() != before {
		t.Errorf("while another service held the lock: lastEpoch %d and %d transactions sent, want 0 and 0", last, nonce()-before)
	}
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key); err != nil {
		t.Fatal(err)
	}
	holder.Release()
	if err := b.Send(ctx); err != nil {
		t.Fatal(err)
	}
	if last, _ := b.LastEpoch(ctx); last != 1 || nonce() != before+1 {
		t.Errorf("after the lock was freed: lastEpoch %d and %d transactions sent, want 1 and 1", last, nonce()-before)
	}

	for round := range 3 {
		e.ingest(t, in, 0, uint64(6+5*round), uint64(10+5*round))
		if _, err := b.Build(ctx); err != nil {
			t.Fatal(err)
		}
		before := nonce()
		errs := make(chan error, 2)
		for _, x := range []*telemetry.Anchorer{a, b} {
			go func() { errs <- x.Send(ctx) }()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Errorf("round %d: Send() = %v", round, err)
			}
		}
		if last, _ := a.LastEpoch(ctx); last != uint64(2+round) || nonce() != before+1 {
			t.Errorf("round %d: lastEpoch %d and %d transactions sent, want %d and 1", round, last, nonce()-before, 2+round)
		}
	}
	// the lock went back with each round's connection: nobody holds it now
	var free bool
	if err := e.Pool.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&free); err != nil || !free {
		t.Errorf("the anchor lock after the rounds: free %v, %v; want free", free, err)
	}
}

// TestAnchor_CutWaitsForLateCommit holds a write transaction open after it drew a
// reading id, as a slow ingestion would: the epoch cut waits for it, so the reading is
// in the epoch, not skipped by a range that ends above its id.
func TestAnchor_CutWaitsForLateCommit(t *testing.T) {
	e := newEnv(t, 1)
	ctx := context.Background()
	in := e.ingester(t, telemetry.IngestConfig{})
	a := e.anchorer(t, 0)
	e.ingest(t, in, 0, 1, 3)

	// a slow writer: holds the ingest lock shared, draws an id, has not committed
	tx, err := e.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, telemetry.IngestLock(e.Manifest.ChainID)); err != nil {
		t.Fatal(err)
	}
	now := e.latest(t)
	w := e.reading(t, 0, 99, now, "odometer_m", 99)
	r, sig, err := w.Parse()
	if err != nil {
		t.Fatal(err)
	}
	r.Device = devnet.Address(e.devices[0])
	var id int64
	if err := tx.QueryRow(ctx, `INSERT INTO telemetry_seqs (chain_id, device, seq, time, leaf, id)
		VALUES ($1, $2, 99, $3, $4, nextval('telemetry_reading_id')) RETURNING id`,
		int64(e.Manifest.ChainID), r.Device.Bytes(), int64(now), r.Leaf().Bytes()).Scan(&id); err != nil {
		t.Fatal(err)
	}
	// a faster writer draws a higher id and commits first
	e.ingest(t, in, 0, 4, 4)

	done := make(chan []telemetry.Epoch, 1)
	go func() {
		built, err := a.Build(ctx)
		if err != nil {
			t.Error(err)
		}
		done <- built
	}()
	select {
	case built := <-done:
		t.Fatalf("Build() = %+v while a reading with a lower id was uncommitted, want it to wait", built)
	case <-time.After(500 * time.Millisecond):
	}
	if _, err := tx.Exec(ctx, `INSERT INTO telemetry_readings (chain_id, time, device, seq, token_id, kind, value, signature, leaf, id)
		VALUES ($1, $2, $3, 99, $4, 'odometer_m', 99, $5, $6, $7)`, int64(e.Manifest.ChainID), int64(now), r.Device.Bytes(),
		e.tokens[0].String(), sig, r.Leaf().Bytes(), id); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	var built []telemetry.Epoch
	select {
	case built = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Build() still waiting after the slow writer committed")
	}
	if len(built) != 1 || built[0].Count != 5 || built[0].LastID < id {
		t.Fatalf("Build() = %+v, want one epoch of the 5 readings including id %d", built, id)
	}
}
