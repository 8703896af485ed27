// Command gas reports the gas of every lifecycle step, from the named snapshots of
// test/contracts/Gas.t.sol, beside the ERC-4907 reference setUser and a plain ERC-721
// transferFrom, and the runtime code size of each contract.
//
//	go run ./test/bench/gas            # runs forge, prints the table
//	go run ./test/bench/gas -out BENCHMARKS.md
//
// It runs `forge test --isolate --match-contract ^GasTest$`, which rewrites
// snapshots/GasTest.json (each snapshot measured in its own transaction, as on chain),
// and fails when a step has no snapshot.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"sharechain/internal/localnet"
	"sharechain/test/bench/benchmd"
)

// steps are the lifecycle in order, with DESIGN §6.6's targets where it sets one;
// references are what they compare with.
var (
	steps = []string{"register", "verify", "list", "rent", "rent_booked", "rent_platforms", "checkIn", "confirmAsset",
		"reportUsage", "endRental", "endRental_early", "endRental_platforms", "releaseDeposit", "cancel", "collectNoShow",
		"collectDefault", "openDispute", "execute"}
	targets = map[string]uint64{
		"list": 250_000, "rent": 200_000, "rent_booked": 200_000, "endRental": 150_000, "endRental_early": 150_000,
		"endRental_platforms": 150_000 + 2*12_000, "releaseDeposit": 200_000,
	}
	references = []struct{ key, what string }{
		{"setUser", "ERC-4907 reference `setUser`"},
		{"transferFrom", "plain ERC-721 `transferFrom`"},
	}
)

func main() {
	out := flag.String("out", "", "markdown file whose generated section \"gas\" gets the table (none when empty)")
	skipForge := flag.Bool("no-forge", false, "read snapshots/GasTest.json as it is, without running forge")
	flag.Parse()
	log.SetFlags(0)
	if err := run(*out, !*skipForge); err != nil {
		log.Fatal("gas: ", err)
	}
}

func run(out string, runForge bool) error {
	root, err := localnet.ModuleRoot()
	if err != nil {
		return err
	}
	if runForge {
		forge, err := localnet.FoundryBinary("forge")
		if err != nil {
			return err
		}
		cmd := exec.Command(forge, "test", "--isolate", "--match-contract", "^Gas.*Test$")
		cmd.Dir = root
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("forge test: %w\n%s", err, b)
		}
	}
	raw, err := os.ReadFile(filepath.Join(root, "snapshots", "GasTest.json"))
	if err != nil {
		return err
	}
	var snap map[string]string
	if err := json.Unmarshal(raw, &snap); err != nil {
		return fmt.Errorf("snapshots/GasTest.json: %w", err)
	}
	table, err := render(snap)
	if err != nil {
		return err
	}
	fmt.Print(table)
	if out == "" {
		return nil
	}
	return benchmd.Update(out, "gas", benchmd.Stamp(benchmd.Command("test/bench/gas"))+"\n\n"+table)
}

// render returns the markdown tables: steps and references, then code sizes.
func render(snap map[string]string) (string, error) {
	var b strings.Builder
	var missing []string
	row := func(key, name string) {
		v, ok := snap[key]
		if !ok {
			missing = append(missing, key)
			return
		}
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			missing = append(missing, key+" (not a number: "+v+")")
			return
		}
		target := ""
		if t, ok := targets[key]; ok {
			mark := "met"
			if n > t {
				mark = "**missed**"
			}
			target = "≤ " + group(t) + ": " + mark
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", name, group(n), target)
	}
	b.WriteString("| step | gas | target (DESIGN §6.6) |\n|---|---:|---|\n")
	for _, s := range steps {
		row(s, s)
	}
	for _, r := range references {
		row(r.key, r.what)
	}
	b.WriteString("\n| contract | runtime code bytes (limit 24 576) | |\n|---|---:|---|\n")
	var sizes []string
	for k := range snap {
		if strings.HasPrefix(k, "size_") {
			sizes = append(sizes, k)
		}
	}
	sort.Strings(sizes)
	for _, k := range sizes {
		row(k, strings.TrimPrefix(k, "size_"))
	}
	if len(missing) > 0 {
		return "", fmt.Errorf("snapshots/GasTest.json lacks %s", strings.Join(missing, ", "))
	}
	return b.String(), nil
}

// group writes n with thin groups of three digits, as the rest of BENCHMARKS.md does.
func group(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + " " + s[i:]
	}
	return s
}
