// Package localnet runs the local services Sharechain develops against: a private
// PostgreSQL cluster in a folder of its own, and anvil, both on loopback ports. The
// test helpers (internal/testenv) and the demo (sharechain devnet) use it; a missing
// binary is an error that says how to install it.
package localnet

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// ModuleRoot is the folder of the repository's go.mod, found from the working
// directory upwards.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// FoundryBinary finds the native Foundry binary name (forge, anvil or cast) installed by
// npm — never the node launcher in node_modules/.bin, which hides exit codes and
// signals — or one on PATH.
func FoundryBinary(name string) (string, error) {
	if root, err := ModuleRoot(); err == nil {
		p := filepath.Join(root, "node_modules", "@foundry-rs", name+"-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil && !strings.Contains(p, filepath.Join("node_modules", ".bin")) {
		return p, nil
	}
	return "", fmt.Errorf("%s not found: run `make deps` (npm ci) in the repository root", name)
}
