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

// IPledgeEscrow.RentalStatus values the keeper's calls leave a rental in.
var statusAfter = map[devnet.Duty]uint8{devnet.DutyRelease: 5, devnet.DutyDefault: 6, devnet.DutyNoShow: 9}

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

// TestKeeper_Duties plays the scenario with the keeper, not the scenario, releasing
// deposits after inspection and collecting the no-show and the default: each time the
// scenario says a call is due, one scan makes it (and whatever else is due by then); in
// all the keeper makes the story's five calls, and a scan afterwards finds nothing left.
func TestKeeper_Duties(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	k := newKeeper(t, env)
	ctx := context.Background()
	called := map[devnet.Duty]int{}
	calls := 0
	sc, err := devnet.PlayWith(ctx, env.Suite, devnet.PlayOptions{Await: func(ctx context.Context, duty devnet.Duty, id *big.Int) error {
		called[duty]++
		env.Sync(t)
		n, err := k.Once(ctx)
		if err != nil {
			t.Fatalf("Once() = %v", err)
		}
		calls += n
		if got := rentalStatus(t, env, id); got != statusAfter[duty] {
			t.Fatalf("rental %s status = %d after the keeper's %s, want %d", id, got, duty, statusAfter[duty])
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("devnet.PlayWith: %v", err)
	}
	for duty, want := range map[devnet.Duty]int{devnet.DutyRelease: 3, devnet.DutyNoShow: 1, devnet.DutyDefault: 1} {
		if called[duty] != want {
			t.Errorf("the scenario asked for %s %d times, want %d", duty, called[duty], want)
		}
	}
	if calls != 5 {
		t.Errorf("the keeper made %d calls, want the story's 5 (three releases, a no-show, a default)", calls)
	}
	env.Sync(t)
	for id, want := range map[string]string{sc.Rentals.Defaulted.String(): "defaulted", sc.Rentals.NoShow.String(): "no_show",
		sc.Rentals.OnTime.String(): "settled", sc.Rentals.Late.String(): "settled"} {
		var status string
		if err := env.Pool.QueryRow(ctx, `SELECT status FROM rentals WHERE id = $1`, id).Scan(&status); err != nil {
			t.Fatal(err)
		}
		if status != want {
			t.Errorf("indexed status of rental %s = %s, want %s", id, status, want)
		}
	}
	// idempotent: nothing is due any more, so nothing is sent
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
