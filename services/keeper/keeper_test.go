package keeper_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/testenv"
	"sharechain/services/keeper"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

const statusDefaulted = 4 // IPledgeEscrow.RentalStatus.Defaulted

func newKeeper(t *testing.T, env *indexedtest.Env) *keeper.Keeper {
	t.Helper()
	k, err := keeper.New(keeper.Config{Pool: env.Pool, Backend: env.Client, Manifest: env.Manifest, Key: devnet.DevKey(9),
		Interval: 50 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func rentalStatus(t *testing.T, env *indexedtest.Env, id *big.Int) uint8 {
	t.Helper()
	b := env.Suite.Bindings.PledgeEscrow
	r, err := bind.Call(env.Suite.Contracts.PledgeEscrow, nil, b.PackGetRental(id), b.UnpackGetRental)
	if err != nil {
		t.Fatal(err)
	}
	return r.Status
}

// TestKeeper_CollectsDefault plays the scenario with the keeper, not the scenario,
// collecting the room's default; a second scan finds nothing left to do.
func TestKeeper_CollectsDefault(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	k := newKeeper(t, env)
	ctx := context.Background()
	called := false
	sc, err := devnet.PlayWith(ctx, env.Suite, devnet.PlayOptions{CollectDefault: func(ctx context.Context, id *big.Int) error {
		called = true
		env.Sync(t)
		n, err := k.Once(ctx)
		if err != nil {
			t.Fatalf("Once() = %v", err)
		}
		if n != 1 {
			t.Fatalf("Once() collected %d rentals, want 1", n)
		}
		if got := rentalStatus(t, env, id); got != statusDefaulted {
			t.Fatalf("rental %s status = %d after the keeper, want defaulted", id, got)
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("devnet.PlayWith: %v", err)
	}
	if !called {
		t.Fatal("the scenario never asked for the default")
	}
	env.Sync(t)
	var status string
	if err := env.Pool.QueryRow(ctx, `SELECT status FROM rentals WHERE id = $1`, sc.Rentals.Defaulted.String()).Scan(&status); err != nil {
		t.Fatal(err)
	}
	if status != "defaulted" {
		t.Errorf("indexed status of rental %s = %s, want defaulted", sc.Rentals.Defaulted, status)
	}
	// idempotent: nothing is overdue any more, so nothing is sent
	if n, err := k.Once(ctx); err != nil || n != 0 {
		t.Errorf("a second Once() = %d, %v; want 0, nil", n, err)
	}
}

// TestKeeper_Standby: two keepers on one chain; only one holds the lock, and the
// standby takes over when the first stops.
func TestKeeper_Standby(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	env.Sync(t)
	k1, k2 := newKeeper(t, env), newKeeper(t, env)
	ctx1, stop1 := context.WithCancel(context.Background())
	done1 := make(chan error, 1)
	go func() { done1 <- k1.Run(ctx1) }()
	waitLocks(t, env, 1)
	ctx2, stop2 := context.WithCancel(context.Background())
	defer stop2()
	done2 := make(chan error, 1)
	go func() { done2 <- k2.Run(ctx2) }()
	time.Sleep(500 * time.Millisecond)
	select {
	case err := <-done2:
		t.Fatalf("the standby returned while the first keeper runs: %v", err)
	default:
	}
	stop1()
	if err := <-done1; err != nil {
		t.Fatalf("first keeper Run() = %v", err)
	}
	waitLocks(t, env, 1) // the standby took it
	stop2()
	if err := <-done2; err != nil {
		t.Fatalf("standby Run() = %v", err)
	}
}

func waitLocks(t *testing.T, env *indexedtest.Env, want int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var n int
		// the indexer's writer lock is advisory too; the keeper's is the other one
		if err := env.Pool.QueryRow(context.Background(),
			`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
			 AND pid <> ALL (SELECT pid FROM pg_stat_activity WHERE application_name = 'sharechain-indexer')`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("keeper advisory locks = %d, want %d", n, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
