package bindings_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBindingGeneration regenerates every binding from the forge artifacts into a
// temporary folder and fails when a committed binding differs: the bindings must always
// be what `make bindings` makes of the current contracts.
func TestBindingGeneration(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "out", "PledgeEscrow.sol", "PledgeEscrow.json")); err != nil {
		t.Fatalf("forge artifacts missing (%v): run `forge build` (make test does) before the Go tests", err)
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "./gen", "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen: %v\n%s", err, out)
	}

	generated, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(generated) != 7 {
		t.Fatalf("generated %d bindings, want 7", len(generated))
	}
	for _, path := range generated {
		rel, _ := filepath.Rel(dir, path)
		t.Run(rel, func(t *testing.T) {
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(rel)
			if err != nil {
				t.Fatalf("committed binding missing: %v (run `make bindings`)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("bindings/%s differs from a fresh generation: run `make bindings` and commit the result", rel)
			}
		})
	}
}
