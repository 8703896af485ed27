package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"sharechain/internal/testenv"
)

func TestRun_TelemetryBadFlags(t *testing.T) {
	t.Setenv("ANCHOR_KEY", "0x"+strings.Repeat("11", 32))
	tests := map[string][]string{
		"without database":       {"telemetry", "--database-url", ""},
		"nothing to ingest from": {"telemetry", "--database-url", "postgres://x", "--ingest-addr", "", "--mqtt-url", ""},
		"bad interval":           {"telemetry", "--database-url", "postgres://x", "--anchor-interval", "soon"},
		"zero interval":          {"telemetry", "--database-url", "postgres://x", "--anchor-interval", "0s"},
		"bad epoch size":         {"telemetry", "--database-url", "postgres://x", "--max-epoch-readings", "0"},
		"bad device rate":        {"telemetry", "--database-url", "postgres://x", "--device-rate", "-1"},
		"bad device burst":       {"telemetry", "--database-url", "postgres://x", "--device-burst", "many"},
		"extra argument":         {"telemetry", "--database-url", "postgres://x", "extra"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr); code != 2 {
				t.Errorf("run(%q) = %d, want 2 (stderr %q)", args, code, stderr.String())
			}
		})
	}
	t.Run("without a key", func(t *testing.T) {
		t.Setenv("ANCHOR_KEY", "")
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"telemetry", "--database-url", "postgres://x"}, &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), "ANCHOR_KEY") {
			t.Errorf("telemetry without a key = %d, stderr %q; want 2 naming ANCHOR_KEY", code, stderr.String())
		}
	})
}

// TestRun_TelemetryNeedsTheAnchor: a manifest without TelemetryAnchor (one deployed
// before release 2) is refused with a message that says so.
func TestRun_TelemetryNeedsTheAnchor(t *testing.T) {
	root, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("ANCHOR_KEY", strings.Repeat("11", 32))
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"telemetry", "--database-url", "postgres://x", "--manifest",
		root + "/internal/manifest/testdata/manifest-31337.json"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "TelemetryAnchor") {
		t.Errorf("telemetry with a manifest without the anchor = %d, stderr %q; want 1 naming TelemetryAnchor", code, stderr.String())
	}
}
