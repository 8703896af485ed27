package audit_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/testenv"
	"sharechain/services/audit"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// indexed starts an indexed devnet with the whole scenario played and indexed.
func indexed(t *testing.T) (*indexedtest.Env, *devnet.Scenario) {
	t.Helper()
	env := indexedtest.Start(t, indexedtest.Options{})
	sc, err := devnet.Play(context.Background(), env.Suite, nil)
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	env.Sync(t)
	return env, sc
}

func verify(t *testing.T, env *indexedtest.Env, cfg audit.Config) (*audit.Report, string, error) {
	t.Helper()
	var out bytes.Buffer
	cfg.Manifest, cfg.Pool, cfg.RPCURL, cfg.Out = env.Manifest, env.Pool, env.Node.RPC, &out
	r, err := audit.Verify(context.Background(), cfg)
	return r, out.String(), err
}

func exec(t *testing.T, env *indexedtest.Env, sql string, args ...any) {
	t.Helper()
	if _, err := env.Pool.Exec(context.Background(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// target is one indexed event the tampering cases change.
type target struct {
	block    int64
	logIndex int32
	tx       common.Hash
}

func (g target) line(kind string) string {
	return fmt.Sprintf("mismatch kind=%s block=%d tx=%s log=%d", kind, g.block, g.tx.Hex(), g.logIndex)
}

func findEvent(t *testing.T, env *indexedtest.Env, name string) target {
	t.Helper()
	var g target
	var tx []byte
	err := env.Pool.QueryRow(context.Background(),
		`SELECT block_number, log_index, tx_hash FROM events WHERE name = $1 ORDER BY block_number, log_index LIMIT 1`, name).
		Scan(&g.block, &g.logIndex, &tx)
	if err != nil {
		t.Fatalf("finding a %s event: %v", name, err)
	}
	g.tx = common.BytesToHash(tx)
	return g
}

// TestVerify_Tampered audits a clean mirror of the scenario, then databases tampered one
// way at a time (each restored afterwards), and checks that each change is reported
// precisely and nothing else is.
func TestVerify_Tampered(t *testing.T) {
	t.Parallel()
	env, sc := indexed(t)
	ctx := context.Background()
	var indexedBlock int64
	if err := env.Pool.QueryRow(ctx, `SELECT indexed_block FROM indexer_state`).Scan(&indexedBlock); err != nil {
		t.Fatal(err)
	}

	t.Run("clean", func(t *testing.T) {
		r, out, err := verify(t, env, audit.Config{Projections: true})
		if err != nil {
			t.Fatalf("Verify() = %v\n%s", err, out)
		}
		if r.Err() != nil || r.Mismatches != 0 {
			t.Fatalf("Verify() found %d mismatches on a clean database:\n%s", r.Mismatches, out)
		}
		var rows int64
		if err := env.Pool.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if r.ChainLogs != rows || r.Rows != rows || r.Compared != rows || rows < 100 {
			t.Errorf("Verify() compared %d of %d chain logs and %d rows, want all %d events", r.Compared, r.ChainLogs, r.Rows, rows)
		}
		if r.From != env.Manifest.StartBlock || r.To != uint64(indexedBlock) {
			t.Errorf("Verify() audited %d..%d, want the manifest's start block %d to the indexed block %d", r.From, r.To, env.Manifest.StartBlock, indexedBlock)
		}
		// assets, listings, rentals, disputes, accounts and tiers of the scenario
		if r.Projected < 20 {
			t.Errorf("Verify() compared %d projection rows, want every row of the scenario's tables", r.Projected)
		}
		if !strings.Contains(out, "mismatches: 0") {
			t.Errorf("summary lacks %q:\n%s", "mismatches: 0", out)
		}
	})

	tests := []struct {
		name        string
		projections bool
		// tamper changes the database and returns the lines the audit must print, and
		// the mismatches it must count by kind.
		tamper func(t *testing.T) ([]string, map[string]int64)
	}{
		{
			name: "changed args",
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				g := findEvent(t, env, "Rented")
				var old string
				if err := env.Pool.QueryRow(ctx, `SELECT args::text FROM events WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex).Scan(&old); err != nil {
					t.Fatal(err)
				}
				forged := strings.Replace(old, `"rentalId":"`, `"rentalId":"9`, 1)
				if forged == old {
					t.Fatalf("no rentalId in %s", old)
				}
				exec(t, env, `UPDATE events SET args = $3::json WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex, forged)
				t.Cleanup(func() {
					exec(t, env, `UPDATE events SET args = $3::json WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex, old)
				})
				return []string{g.line(audit.KindField) + fmt.Sprintf(" field=args database=%q chain=%q", forged, old)},
					map[string]int64{audit.KindField: 1}
			},
		},
		{
			name: "deleted event",
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				g := findEvent(t, env, "RentalSettled")
				exec(t, env, `CREATE TABLE saved AS SELECT * FROM events WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex)
				exec(t, env, `DELETE FROM events WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex)
				t.Cleanup(func() {
					exec(t, env, `INSERT INTO events SELECT * FROM saved`)
					exec(t, env, `DROP TABLE saved`)
				})
				return []string{g.line(audit.KindMissing) + ` database="" chain="PledgeEscrow RentalSettled"`, "mismatch kind=count blocks="},
					map[string]int64{audit.KindMissing: 1, audit.KindCount: 1}
			},
		},
		{
			name: "inserted fake event",
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				g := findEvent(t, env, "DisputeOpened")
				exec(t, env, `INSERT INTO events SELECT chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index + 1000,
					address, contract, name, args, topics, data, refs FROM events WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex)
				t.Cleanup(func() {
					exec(t, env, `DELETE FROM events WHERE block_number = $1 AND log_index = $2`, g.block, g.logIndex+1000)
				})
				fake := g
				fake.logIndex += 1000
				return []string{fake.line(audit.KindExtra) + ` database="PledgeEscrow DisputeOpened" chain=""`, "mismatch kind=count blocks="},
					map[string]int64{audit.KindExtra: 1, audit.KindCount: 1}
			},
		},
		{
			name: "row above the indexed block",
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				g := findEvent(t, env, "Ruling")
				exec(t, env, `INSERT INTO events SELECT chain_id, $3, $4, block_time, tx_hash, tx_index, log_index,
					address, contract, name, args, topics, data, refs FROM events WHERE block_number = $1 AND log_index = $2`,
					g.block, g.logIndex, indexedBlock+5, bytes.Repeat([]byte{0xcd}, 32))
				t.Cleanup(func() { exec(t, env, `DELETE FROM events WHERE block_number = $1`, indexedBlock+5) })
				fake := g
				fake.block = indexedBlock + 5
				return []string{fake.line(audit.KindExtra) + ` database="Arbitration Ruling (above the indexed block)"`},
					map[string]int64{audit.KindExtra: 1}
			},
		},
		{
			name: "changed block hash",
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				g := findEvent(t, env, "AssetVerified")
				var old []byte
				var n int64
				if err := env.Pool.QueryRow(ctx, `SELECT block_hash, count(*) OVER () FROM events WHERE block_number = $1 LIMIT 1`, g.block).Scan(&old, &n); err != nil {
					t.Fatal(err)
				}
				forged := bytes.Repeat([]byte{0xab}, 32)
				exec(t, env, `UPDATE events SET block_hash = $2 WHERE block_number = $1`, g.block, forged)
				t.Cleanup(func() { exec(t, env, `UPDATE events SET block_hash = $2 WHERE block_number = $1`, g.block, old) })
				return []string{g.line(audit.KindField) + fmt.Sprintf(` field=block_hash database="0x%x" chain="0x%x"`, forged, old)},
					map[string]int64{audit.KindField: n}
			},
		},
		{
			name:        "changed rental status",
			projections: true,
			tamper: func(t *testing.T) ([]string, map[string]int64) {
				id := sc.Rentals.OnTime.String()
				exec(t, env, `UPDATE rentals SET status = 'defaulted' WHERE id = $1::numeric`, id)
				t.Cleanup(func() { exec(t, env, `UPDATE rentals SET status = 'settled' WHERE id = $1::numeric`, id) })
				return []string{fmt.Sprintf(`mismatch kind=projection table=rentals id=%s field=status database="defaulted" chain="settled"`, id)},
					map[string]int64{audit.KindProjection: 1}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, byKind := tt.tamper(t)
			r, out, err := verify(t, env, audit.Config{Projections: tt.projections})
			t.Logf("audit output:\n%s", out)
			if err != nil {
				t.Fatalf("Verify() = %v\n%s", err, out)
			}
			for _, l := range lines {
				if !strings.Contains(out, l) {
					t.Errorf("Verify() output lacks %q:\n%s", l, out)
				}
			}
			var want int64
			for _, n := range byKind {
				want += n
			}
			if r.Mismatches != want || fmt.Sprint(r.ByKind) != fmt.Sprint(byKind) {
				t.Errorf("Verify() counted %d mismatches %v, want %d %v:\n%s", r.Mismatches, r.ByKind, want, byKind, out)
			}
			if err := r.Err(); !errors.Is(err, audit.ErrMismatch) || err.Error() != fmt.Sprintf("%d mismatches", want) {
				t.Errorf("Report.Err() = %v, want %q wrapping ErrMismatch", err, fmt.Sprintf("%d mismatches", want))
			}
			if got := strings.Count(out, "mismatch kind="); int64(got) != want {
				t.Errorf("Verify() printed %d mismatch lines, want %d", got, want)
			}
		})
	}

	t.Run("restored", func(t *testing.T) {
		r, out, err := verify(t, env, audit.Config{Projections: true})
		if err != nil || r.Mismatches != 0 {
			t.Fatalf("Verify() after restoring = %v, %d mismatches:\n%s", err, r.Mismatches, out)
		}
	})
}

// TestVerify_Range audits part of the chain and refuses ranges it cannot audit.
func TestVerify_Range(t *testing.T) {
	t.Parallel()
	env, _ := indexed(t)
	ctx := context.Background()
	var indexedBlock uint64
	if err := env.Pool.QueryRow(ctx, `SELECT indexed_block FROM indexer_state`).Scan(&indexedBlock); err != nil {
		t.Fatal(err)
	}
	from, to := env.Manifest.StartBlock+3, indexedBlock-3
	var rows int64
	if err := env.Pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE block_number BETWEEN $1 AND $2`, from, to).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	var progress bytes.Buffer
	r, out, err := verify(t, env, audit.Config{From: from, To: to, Projections: true, Progress: &progress, ProgressEvery: time.Nanosecond})
	if err != nil || r.Mismatches != 0 {
		t.Fatalf("Verify(%d..%d) = %v, %d mismatches:\n%s", from, to, err, r.Mismatches, out)
	}
	if r.From != from || r.To != to || r.Compared != rows || rows == 0 {
		t.Errorf("Verify(%d..%d) audited %d..%d and compared %d logs, want %d", from, to, r.From, r.To, r.Compared, rows)
	}
	for _, want := range []string{fmt.Sprintf("audit: block %d of %d..%d (100.0%%)", to, from, to), "audit: projections: tiers checked"} {
		if !strings.Contains(progress.String(), want) {
			t.Errorf("Verify() progress lacks %q:\n%s", want, progress.String())
		}
	}

	bad := map[string]struct {
		cfg  audit.Config
		want error
	}{
		"above the indexed block": {audit.Config{To: indexedBlock + 1}, audit.ErrBeyondIndexed},
		"from after to":           {audit.Config{From: to, To: from}, audit.ErrBadRange},
	}
	for name, tt := range bad {
		t.Run(name, func(t *testing.T) {
			if _, out, err := verify(t, env, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("Verify(%d..%d) = %v, want %v\n%s", tt.cfg.From, tt.cfg.To, err, tt.want, out)
			}
		})
	}
}
