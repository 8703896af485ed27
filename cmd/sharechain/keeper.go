package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/keys"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/services/keeper"
)

func runKeeper(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("keeper", flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL to send collectDefault through")
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL of the indexer's database (read-only access suffices)")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	keystorePath := envFlag(fs, "keystore", "", "encrypted JSON keystore of the keeper account (password in KEYSTORE_PASSWORD)")
	interval := envFlag(fs, "interval", "5s", "time between scans for overdue rentals")
	metricsAddr := envFlag(fs, "metrics-addr", "", "serve /metrics and /healthz on this address (off when empty)")
	logLevel := envFlag(fs, "log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *dbURL == "" {
		return fmt.Errorf("%w: --database-url (or DATABASE_URL) is required", errUsage)
	}
	every, err := time.ParseDuration(*interval)
	if err != nil || every <= 0 {
		return fmt.Errorf("%w: --interval: %q is not a positive duration", errUsage, *interval)
	}
	// the key never comes from a flag: command lines end up in shell histories and ps
	key, err := keys.Load(os.Getenv("KEEPER_KEY"), *keystorePath, os.Getenv("KEYSTORE_PASSWORD"))
	if err != nil {
		return fmt.Errorf("%w: the keeper's key: %v (set KEEPER_KEY, or --keystore with KEYSTORE_PASSWORD)", errUsage, err)
	}
	logger, err := newLogger(*logLevel)
	if err != nil {
		return err
	}
	manifest, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", *rpcURL, err)
	}
	defer client.Close()
	pool, err := pg.Open(ctx, *dbURL, 30*time.Second)
	if err != nil {
		return err
	}
	defer pool.Close()
	reg := prometheus.NewRegistry()
	if *metricsAddr != "" {
		stop, err := serveMetrics(ctx, *metricsAddr, reg, logger)
		if err != nil {
			return err
		}
		defer stop()
	}
	k, err := keeper.New(keeper.Config{Pool: pool, Backend: client, Manifest: manifest, Key: key, Interval: every, Logger: logger, Registry: reg})
	if err != nil {
		return err
	}
	logger.InfoContext(ctx, "keeper starting", "from", k.Address().Hex(), "chain_id", manifest.ChainID)
	return k.Run(ctx)
}
