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
