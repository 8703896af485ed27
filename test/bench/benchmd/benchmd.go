// Package benchmd keeps the measured parts of BENCHMARKS.md up to date.
//
// Each benchmark owns one section of the file, fenced by two HTML comments:
//
//	<!-- begin generated: backfill -->
//	…
//	<!-- end generated: backfill -->
//
// [Update] replaces what lies between the fences and leaves the rest of the file, the
// prose written by people, as it is. A section not yet in the file is appended.
package benchmd

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"sharechain/internal/localnet"
)

// File is the report's name at the repository root.
const File = "BENCHMARKS.md"

func fences(name string) (begin, end string) {
	return "<!-- begin generated: " + name + " -->", "<!-- end generated: " + name + " -->"
}

// Update writes body as section name of the markdown file at path; a relative path is
// taken from the repository root, wherever the benchmark runs.
func Update(path, name, body string) error {
	if strings.ContainsAny(name, "\n>") || name == "" {
		return fmt.Errorf("benchmd: bad section name %q", name)
	}
	if !filepath.IsAbs(path) {
		root, err := localnet.ModuleRoot()
		if err != nil {
			return err
		}
		path = filepath.Join(root, path)
	}
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	out, err := replace(old, name, body)
	if err != nil {
		return fmt.Errorf("benchmd: %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func replace(doc []byte, name, body string) ([]byte, error) {
	begin, end := fences(name)
	section := begin + "\n" + strings.TrimRight(body, "\n") + "\n" + end
	i := bytes.Index(doc, []byte(begin))
	if i < 0 {
		var b bytes.Buffer
		b.Write(bytes.TrimRight(doc, "\n"))
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(section + "\n")
		return b.Bytes(), nil
	}
	if bytes.Count(doc, []byte(begin)) > 1 {
		return nil, fmt.Errorf("section %q is fenced twice", name)
	}
	j := bytes.Index(doc[i:], []byte(end))
	if j < 0 {
		return nil, fmt.Errorf("section %q has no %q", name, end)
	}
	j += i + len(end)
	var b bytes.Buffer
	b.Write(doc[:i])
	b.WriteString(section)
	b.Write(doc[j:])
	return b.Bytes(), nil
}

// Stamp is the line under each generated section's heading: when, on what, by which
// command, at which commit. Take it when the measurement starts.
func Stamp(command string) string {
	rev, _ := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	commit := strings.TrimSpace(string(rev))
	// BENCHMARKS.md itself changes as each benchmark of a `make bench` writes its part
	dirty, _ := exec.Command("git", "status", "--porcelain", "--untracked-files=no", "--", ":/", ":(top,exclude)"+File).Output()
	if len(bytes.TrimSpace(dirty)) > 0 {
		commit += " with uncommitted changes"
	}
	return fmt.Sprintf("Measured %s on %s, commit %s, with `%s`.",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), Machine(), commit, command)
}

// Machine describes the CPU count and model, the memory and the load average now.
func Machine() string {
	model := "?"
	if raw, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if v, ok := strings.CutPrefix(line, "model name"); ok {
				model = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	mem := "?"
	if raw, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(raw), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf("%.0f GiB", float64(kb)/(1<<20))
		}
	}
	return fmt.Sprintf("%d cores (%s), %s, load average %s", runtime.NumCPU(), model, mem, Load())
}

// Load returns the one-minute load average.
func Load() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(raw))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

// Command renders the running program's invocation the way a reader retypes it:
// `go run ./test/bench/NAME` and its arguments.
func Command(pkg string) string {
	args := make([]string, 0, len(os.Args))
	for _, a := range os.Args[1:] {
		if strings.ContainsAny(a, " \t'\"$") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		args = append(args, a)
	}
	return strings.TrimSpace("go run ./" + pkg + " " + strings.Join(args, " "))
}
