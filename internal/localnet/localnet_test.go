package localnet

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNewPostgres_RelativeDir: the server runs inside its data folder, so a relative
// folder (make demo's .data/postgres) must become absolute or the socket lock cannot be
// created.
func TestNewPostgres_RelativeDir(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p, err := NewPostgres(filepath.Join(".data", "postgres"))
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, ".data", "postgres")
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		want = filepath.Join(real, ".data", "postgres")
	}
	if p.Dir != want {
		t.Errorf("NewPostgres(.data/postgres).Dir = %q, want %q", p.Dir, want)
	}
	if _, err := os.Stat(p.Dir); err != nil {
		t.Errorf("the data folder was not created: %v", err)
	}
}

// TestAnvil_StateCacheRemoved: anvil writes the states of old blocks to disk and deletes
// them only on a clean exit; the node must keep them in a private folder that Stop
// removes, never in ~/.foundry/anvil/tmp.
func TestAnvil_StateCacheRemoved(t *testing.T) {
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	a, err := StartAnvil(port)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	// Enough blocks for anvil to move the oldest states to disk.
	for range 3 {
		if err := a.Call(nil, "anvil_mine", "0x200"); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(a.cache)
	if err != nil {
		t.Fatalf("the private state cache: %v", err)
	}
	t.Logf("%d entries in %s", len(entries), a.cache)
	a.Stop()
	if _, err := os.Stat(a.cache); !os.IsNotExist(err) {
		t.Errorf("Stop left the state cache %s (stat: %v)", a.cache, err)
	}
}
