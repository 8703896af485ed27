package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"sharechain/internal/testenv"
	"sharechain/migrations"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

func TestRun_Migrate(t *testing.T) {
	url := testenv.Postgres(t)
	latest, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	of := func(v uint) string { return fmt.Sprintf("schema version %d of %d", v, latest) }
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
	}{
		{"version of an empty database", []string{"migrate", "--database-url", url, "version"}, 0, of(0)},
		{"up", []string{"migrate", "--database-url", url, "up"}, 0, of(latest)},
		{"up again changes nothing", []string{"migrate", "--database-url", url, "up"}, 0, of(latest)},
		{"down one step", []string{"migrate", "--database-url", url, "down"}, 0, of(latest - 1)},
		{"down to the bottom", []string{"migrate", "--database-url", url, "down", fmt.Sprint(latest - 1)}, 0, of(0)},
		{"down past the bottom", []string{"migrate", "--database-url", url, "down", "1"}, 1, ""},
		{"up for down all", []string{"migrate", "--database-url", url, "up"}, 0, of(latest)},
		{"down all", []string{"migrate", "--database-url", url, "down", "all"}, 0, of(0)},
		{"down all again changes nothing", []string{"migrate", "--database-url", url, "down", "all"}, 0, of(0)},
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

// TestRun_IndexRefusesAnOldSchema: `index` never migrates; on a database behind the
// binary it exits with a message naming `sharechain migrate up`.
func TestRun_IndexRefusesAnOldSchema(t *testing.T) {
	url := testenv.Postgres(t)
	root, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	manifest := root + "/internal/manifest/testdata/manifest-31337.json"
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"index", "--database-url", url, "--manifest", manifest, "--rpc-url", "http://127.0.0.1:1"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "sharechain migrate up") {
		t.Errorf("index on an empty database = %d, stderr %q; want 1 and a hint to run `sharechain migrate up`", code, stderr.String())
	}
}

func TestRun_IndexBadFlags(t *testing.T) {
	tests := map[string][]string{
		"no database":         {"index", "--database-url", ""},
		"bad confirmations":   {"index", "--database-url", "postgres://x", "--confirmations", "-1"},
		"bad finality":        {"index", "--database-url", "postgres://x", "--finality", "soon"},
		"unexpected argument": {"index", "--database-url", "postgres://x", "extra"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 {
				t.Errorf("run(%q) = %d, want 2 (stderr %q)", args, code, stderr.String())
			}
		})
	}
}

func TestRun_ServeAndKeeperBadFlags(t *testing.T) {
	t.Setenv("KEEPER_KEY", "")
	tests := map[string][]string{
		"serve without database":  {"serve", "--database-url", ""},
		"serve bad max lag":       {"serve", "--database-url", "postgres://x", "--max-lag", "0"},
		"serve bad max streams":   {"serve", "--database-url", "postgres://x", "--max-streams", "none"},
		"serve extra argument":    {"serve", "--database-url", "postgres://x", "extra"},
		"serve short auth secret": {"serve", "--database-url", "postgres://x", "--auth-secret", "short"},
		"keeper without database": {"keeper", "--database-url", ""},
		"keeper bad interval":     {"keeper", "--database-url", "postgres://x", "--interval", "soon"},
		"keeper without a key":    {"keeper", "--database-url", "postgres://x"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 {
				t.Errorf("run(%q) = %d, want 2 (stderr %q)", args, code, stderr.String())
			}
		})
	}
}

func TestRun_DeviceSign(t *testing.T) {
	root, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	manifest := root + "/internal/manifest/testdata/manifest-31337.json"
	t.Setenv("DEVICE_KEY", "0x"+strings.Repeat("11", 32))
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"device", "sign", "--manifest", manifest, "--rental", "5", "--units", "3", "--nonce", "1"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("device sign = %d, stderr %q", code, stderr.String())
	}
	var out struct {
		TypedData struct {
			PrimaryType string         `json:"primaryType"`
			Message     map[string]any `json:"message"`
		} `json:"typedData"`
		Signature string `json:"signature"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("device sign output %q: %v", stdout.String(), err)
	}
	if out.TypedData.PrimaryType != "UsageReport" || out.TypedData.Message["rentalId"] != "5" || len(out.Signature) != 2+130 {
		t.Errorf("device sign = %+v", out)
	}
	for name, args := range map[string][]string{
		"no subcommand":   {"device"},
		"bad subcommand":  {"device", "dance"},
		"no rental":       {"device", "report", "--manifest", manifest},
		"too much damage": {"device", "report", "--manifest", manifest, "--rental", "1", "--damage-bps", "10001"},
		"sign no nonce":   {"device", "sign", "--manifest", manifest, "--rental", "1"},
	} {
		t.Run(name, func(t *testing.T) {
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 {
				t.Errorf("run(%q) = %d, want 2", args, code)
			}
		})
	}
}

func TestRun_DeviceSignReturn(t *testing.T) {
	root, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	manifest := root + "/internal/manifest/testdata/manifest-31337.json"
	t.Setenv("DEVICE_KEY", strings.Repeat("11", 32))
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"device", "sign-return", "--manifest", manifest, "--rental", "5", "--returned-at", "1767225600"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("device sign-return = %d, stderr %q", code, stderr.String())
	}
	var out struct {
		TypedData struct {
			PrimaryType string         `json:"primaryType"`
			Domain      map[string]any `json:"domain"`
			Message     map[string]any `json:"message"`
		} `json:"typedData"`
		Signature string `json:"signature"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("device sign-return output %q: %v", stdout.String(), err)
	}
	want := map[string]any{"rentalId": "5", "returnedAt": "1767225600", "deadline": "1767229200"}
	if out.TypedData.PrimaryType != "Return" || out.TypedData.Domain["name"] != "PledgeEscrow" || len(out.Signature) != 2+130 {
		t.Errorf("device sign-return = %+v", out)
	}
	if diff := cmp.Diff(want, out.TypedData.Message); diff != "" {
		t.Errorf("message mismatch (-want +got):\n%s", diff)
	}
	for name, args := range map[string][]string{
		"sign-return no rental":     {"device", "sign-return", "--manifest", manifest, "--returned-at", "1"},
		"return bad rental":         {"device", "return", "--manifest", manifest, "--rental", "-1"},
		"telemetry negative return": {"device", "telemetry", "--manifest", manifest, "--asset", "1", "--profile", "lock", "--return-after", "-1m"},
		"sign-return bad deadline":  {"device", "sign-return", "--manifest", manifest, "--rental", "1", "--deadline", "soon"},
		"telemetry no profile":      {"device", "telemetry", "--manifest", manifest, "--asset", "1"},
		"telemetry bad profile":     {"device", "telemetry", "--manifest", manifest, "--asset", "1", "--profile", "boat"},
		"telemetry no asset":        {"device", "telemetry", "--manifest", manifest, "--profile", "car"},
		"telemetry bad transport":   {"device", "telemetry", "--manifest", manifest, "--asset", "1", "--profile", "car", "--transport", "coap"},
		"telemetry bad latitude":    {"device", "telemetry", "--manifest", manifest, "--asset", "1", "--profile", "car", "--lat", "north"},
		"telemetry zero stride":     {"device", "telemetry", "--manifest", manifest, "--asset", "1", "--profile", "car", "--seq-stride", "0"},
	} {
		t.Run(name, func(t *testing.T) {
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 {
				t.Errorf("run(%q) = %d, want 2", args, code)
			}
		})
	}
}
