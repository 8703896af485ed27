package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"sharechain/internal/demo"
	"sharechain/internal/localnet"
)

func runDevnet(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(stdout)
	dataDir := envFlag(fs, "data-dir", ".data", "folder for PostgreSQL's data and the logs")
	httpAddr := envFlag(fs, "http-addr", "127.0.0.1:8080", "the API's address (a free port when taken)")
	rpcPort := envFlag(fs, "rpc-port", "8545", "anvil's port (a free port when taken)")
	exit := envFlag(fs, "demo-exit", "", "when 1: check every step through the REST API and exit (DEMO_EXIT)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	port, err := strconv.Atoi(*rpcPort)
	if err != nil || port <= 0 || port > 65535 {
		return fmt.Errorf("%w: --rpc-port: %q is not a port", errUsage, *rpcPort)
	}
	root, err := localnet.ModuleRoot()
	if err != nil {
		return fmt.Errorf("run the demo from the repository: %w", err)
	}
	return demo.Run(ctx, demo.Config{Root: root, DataDir: *dataDir, HTTPAddr: *httpAddr, RPCPort: port,
		Exit: *exit == "1" || os.Getenv("DEMO_EXIT") == "1", Out: stdout})
}
