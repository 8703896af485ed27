package benchmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "B.md")
	prose := "# Benchmarks\n\nWritten by people.\n"
	if err := os.WriteFile(path, []byte(prose), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Update(path, "live", "| p99 |\n| 9 ms |\n"); err != nil {
		t.Fatal(err)
	}
	if err := Update(path, "api", "first"); err != nil {
		t.Fatal(err)
	}
	// Prose between sections survives a rewrite of either.
	raw, _ := os.ReadFile(path)
	raw = []byte(strings.Replace(string(raw), "<!-- end generated: live -->\n", "<!-- end generated: live -->\nWhy it is fast.\n", 1))
	os.WriteFile(path, raw, 0o644)
	if err := Update(path, "live", "| p99 |\n| 7 ms |"); err != nil {
		t.Fatal(err)
	}
	if err := Update(path, "api", "second"); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := prose + "\n" +
		"<!-- begin generated: live -->\n| p99 |\n| 7 ms |\n<!-- end generated: live -->\nWhy it is fast.\n\n" +
		"<!-- begin generated: api -->\nsecond\n<!-- end generated: api -->\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUpdate_Broken(t *testing.T) {
	path := filepath.Join(t.TempDir(), "B.md")
	os.WriteFile(path, []byte("<!-- begin generated: x -->\nno end\n"), 0o644)
	if err := Update(path, "x", "y"); err == nil {
		t.Error("a section without its end fence was overwritten")
	}
	if got, _ := os.ReadFile(path); string(got) != "<!-- begin generated: x -->\nno end\n" {
		t.Errorf("a failed update changed the file: %q", got)
	}
	if err := Update(path, "a -->", "y"); err == nil {
		t.Error("a name holding the fence's end was accepted")
	}
}
