package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/services/audit"
)

// runAudit runs `sharechain audit verify`: it re-fetches the suite's logs from the RPC,
// compares them (and with --projections the projection tables) with the database, and
// fails on any mismatch.
func runAudit(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprintln(stdout, "usage: sharechain audit verify [--from N] [--to M] [--projections] [flags]")
			return flag.ErrHelp
		}
		return fmt.Errorf("%w: want `sharechain audit verify [flags]`", errUsage)
	}
	fs := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC HTTP URL")
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	from := fs.String("from", "", "first block to audit (default: the manifest's startBlock)")
	to := fs.String("to", "", "last block to audit (default: the indexer's indexed block)")
	projections := fs.Bool("projections", false, "also compare the projection tables with the contracts' views at the indexed block")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *dbURL == "" {
		return fmt.Errorf("%w: --database-url (or DATABASE_URL) is required", errUsage)
	}
	var blocks [2]uint64
	for i, v := range []struct{ name, value string }{{"from", *from}, {"to", *to}} {
		if v.value == "" {
			continue
		}
		n, err := strconv.ParseUint(v.value, 10, 64)
		if err != nil || n == 0 {
			return fmt.Errorf("%w: --%s: %q is not a positive block number", errUsage, v.name, v.value)
		}
		blocks[i] = n
	}
	manifest, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	pool, err := pg.Open(ctx, *dbURL, 5*time.Minute)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := checkSchema(*dbURL); err != nil {
		return err
	}
	report, err := audit.Verify(ctx, audit.Config{
		Manifest: manifest, Pool: pool, RPCURL: *rpcURL,
		From: blocks[0], To: blocks[1], Projections: *projections,
		Out: stdout, Progress: os.Stderr,
	})
	if errors.Is(err, audit.ErrBeyondIndexed) || errors.Is(err, audit.ErrBadRange) {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if err != nil {
		return err
	}
	return report.Err()
}
