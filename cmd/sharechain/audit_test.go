package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
)

// TestRun_AuditVerify runs `sharechain audit verify` on an indexed scenario: clean,
// then with one projection row tampered, then with ranges and flags it must refuse.
func TestRun_AuditVerify(t *testing.T) {
	env := indexedtest.Start(t, indexedtest.Options{})
	sc, err := devnet.Play(context.Background(), env.Suite, nil)
	if err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	env.Sync(t)
	var indexed int64
	if err := env.Pool.QueryRow(context.Background(), `SELECT indexed_block FROM indexer_state`).Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	conn := []string{"--rpc-url", env.Node.RPC, "--database-url", env.DatabaseURL, "--manifest", env.ManifestPath}
	audit := func(args ...string) []string { return append(append([]string{"audit", "verify"}, conn...), args...) }

	tamper := func() {
		_, err := env.Pool.Exec(context.Background(), `UPDATE rentals SET status = 'active' WHERE id = $1::numeric`, sc.Rentals.Late.String())
		if err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name       string
		before     func()
		args       []string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{"clean", nil, audit("--projections"), 0, "mismatches: 0", ""},
		{"clean range", nil, audit("--from", "5", "--to", "20"), 0, "audited blocks 5..20 (16 blocks", ""},
		{"tampered projection", tamper, audit("--projections"), 1,
			fmt.Sprintf(`mismatch kind=projection table=rentals id=%s field=status database="active" chain="settled"`, sc.Rentals.Late),
			"sharechain audit: 1 mismatches"},
		{"tampered, events only", nil, audit(), 0, "mismatches: 0", ""},
		{"to above the indexed block", nil, audit("--to", fmt.Sprint(indexed+1)), 2, "", "the indexer has reached block"},
		{"bad from", nil, audit("--from", "ten"), 2, "", "--from"},
		{"unknown flag", nil, audit("--frobnicate"), 2, "", "frobnicate"},
		{"no database", nil, []string{"audit", "verify", "--database-url", ""}, 2, "", "--database-url"},
		{"no subcommand", nil, []string{"audit"}, 2, "", "audit verify"},
		{"unknown subcommand", nil, []string{"audit", "fix"}, 2, "", "audit verify"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d\nstdout: %s\nstderr: %s", tt.args, code, tt.wantCode, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("run(%q) printed %q, want it to contain %q", tt.args, stdout.String(), tt.wantOut)
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("run(%q) wrote %q on stderr, want it to contain %q", tt.args, stderr.String(), tt.wantStderr)
			}
		})
	}
}
