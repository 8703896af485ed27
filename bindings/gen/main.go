// Command gen writes the abigen --v2 bindings of every Sharechain contract from the forge
// artifacts (out/<Name>.sol/<Name>.json) into <out>/<lowercase name>/<lowercase name>.go.
//
// Usage, from anywhere inside the module, after `forge build`:
//
//	go run ./bindings/gen -out bindings
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"sharechain/internal/localnet"
)

// contracts are the deployables that get bindings.
var contracts = []string{
	"RewardToken", "AssetRegistry", "CreditRegistry", "PledgeEscrow", "Arbitration", "TelemetryAnchor", "PaymentToken",
}

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

func main() {
	out := flag.String("out", "bindings", "folder that receives one package per contract")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	root, err := localnet.ModuleRoot()
	if err != nil {
		return err
	}
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "bindgen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	for _, name := range contracts {
		if err := generate(root, tmp, out, name); err != nil {
			return fmt.Errorf("generating %s: %w", name, err)
		}
	}
	return nil
}

func generate(root, tmp, out, name string) error {
	path := filepath.Join(root, "out", name+".sol", name+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the forge artifact (run `forge build` first): %w", err)
	}
	var a artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("decoding %s: %w", path, err)
	}
	if len(a.ABI) == 0 || a.Bytecode.Object == "" {
		return fmt.Errorf("%s has no abi or bytecode", path)
	}
	abiPath := filepath.Join(tmp, name+".abi")
	binPath := filepath.Join(tmp, name+".bin")
	if err := os.WriteFile(abiPath, a.ABI, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(binPath, []byte(a.Bytecode.Object), 0o644); err != nil {
		return err
	}
	pkg := strings.ToLower(name)
	dir := filepath.Join(out, pkg)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cmd := exec.Command("go", "tool", "abigen", "--v2",
		"--abi", abiPath, "--bin", binPath, "--pkg", pkg, "--type", name,
		"--out", filepath.Join(dir, pkg+".go"))
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("running abigen: %w", err)
	}
	return nil
}
