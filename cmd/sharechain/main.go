// Command sharechain is the Sharechain backend in one binary. Each subcommand reads its
// configuration from flags, or from environment variables of the same names
// (--database-url or DATABASE_URL).
//
//	sharechain devnet
//	sharechain migrate up|down [N|all]|version
//	sharechain index
//	sharechain serve
//	sharechain keeper
//	sharechain device report|sign|simulate
//	sharechain telemetry
//	sharechain platform register|unregister|show
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// errUsage marks a command-line mistake: the usage is printed and the exit code is 2.
var errUsage = errors.New("usage")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout io.Writer) error
}

var commands = []command{
	{"devnet", "run the whole system on a local devnet and play the demo scenario (make demo)", runDevnet},
	{"migrate", "apply (up), revert (down [N|all]) or show (version) the database schema", runMigrate},
	{"index", "follow the chain and mirror the suite's logs into PostgreSQL", runIndex},
	{"serve", "serve the REST API, its OpenAPI document and docs, and the explorer page", runServe},
	{"audit", "verify the database against the chain (audit verify [--from N] [--to M] [--projections])", runAudit},
	{"keeper", "collect the defaults of rentals past end and grace period", runKeeper},
	{"device", "simulate an asset's IoT device: usage reports, telemetry streams, device-confirmed returns", runDevice},
	{"telemetry", "ingest devices' signed readings (HTTP, MQTT) and anchor their Merkle roots in TelemetryAnchor", runTelemetry},
	{"platform", "register a platform (a frontend sharing the platform fee), or print the call for a multisig", runPlatform},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdout)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "sharechain %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(stderr, "sharechain %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "sharechain: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sharechain <command> [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery flag can also be set by the environment variable of the same name in upper case (--database-url: DATABASE_URL).")
}

// envFlag declares a string flag whose default comes from the environment variable
// named after it (--database-url reads DATABASE_URL).
func envFlag(fs *flag.FlagSet, name, def, help string) *string {
	env := strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	if v, ok := os.LookupEnv(env); ok {
		def = v
	}
	return fs.String(name, def, fmt.Sprintf("%s (env %s)", help, env))
}
