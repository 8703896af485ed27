package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

func TestRun_Migrate(t *testing.T) {
	url := testenv.Postgres(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
	}{
		{"version of an empty database", []string{"migrate", "--database-url", url, "version"}, 0, "schema version 0 of 1"},
		{"up", []string{"migrate", "--database-url", url, "up"}, 0, "schema version 1 of 1"},
		{"up again changes nothing", []string{"migrate", "--database-url", url, "up"}, 0, "schema version 1 of 1"},
		{"down one step", []string{"migrate", "--database-url", url, "down"}, 0, "schema version 0 of 1"},
		{"down past the bottom", []string{"migrate", "--database-url", url, "down", "1"}, 1, ""},
		{"down with a bad count", []string{"migrate", "--database-url", url, "down", "zero"}, 2, ""},
		{"unknown action", []string{"migrate", "--database-url", url, "sideways"}, 2, ""},
		{"no action", []string{"migrate", "--database-url", url}, 2, ""},
		{"no database", []string{"migrate", "--database-url", "", "up"}, 2, ""},
		{"unknown command", []string{"frobnicate"}, 2, ""},
		{"no command", nil, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Fatalf("run(%q) = %d, want %d\nstdout: %s\nstderr: %s", tt.args, code, tt.wantCode, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("run(%q) printed %q, want it to contain %q", tt.args, stdout.String(), tt.wantOut)
			}
			if code != 0 && stderr.Len() == 0 {
				t.Errorf("run(%q) failed without a message on stderr", tt.args)
			}
		})
	}
}
