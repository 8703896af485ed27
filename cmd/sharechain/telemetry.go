package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/keys"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/services/telemetry"
)

func runTelemetry(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("telemetry", flag.ContinueOnError)
	fs.SetOutput(stdout)
	ingestAddr := envFlag(fs, "ingest-addr", "127.0.0.1:8090", "HTTP address devices POST batches to ("+telemetry.ReadingsPath+"); off when empty")
	mqttURL := envFlag(fs, "mqtt-url", "", "MQTT broker devices publish to, mqtt://host:port (off when empty)")
	mqttClientID := envFlag(fs, "mqtt-client-id", "", "the service's persistent MQTT session (default sharechain-telemetry-<chainId>, with --mqtt-share-group -<hostname> added)")
	mqttShare := envFlag(fs, "mqtt-share-group", "", "subscribe as a member of this MQTT shared-subscription group, so several services share the batches (each batch goes to one)")
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL of the indexer's database (writes the telemetry tables)")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest (names TelemetryAnchor)")
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL to anchor through")
	keystorePath := envFlag(fs, "keystore", "", "encrypted JSON keystore of the anchor account (password in KEYSTORE_PASSWORD)")
	interval := envFlag(fs, "anchor-interval", "10m", "time between epochs (a Go duration)")
	maxEpoch := envFlag(fs, "max-epoch-readings", strconv.Itoa(telemetry.DefaultMaxEpochReadings), "most readings in one epoch")
	deviceRate := envFlag(fs, "device-rate", strconv.FormatFloat(telemetry.DefaultDeviceRate, 'f', -1, 64), "readings a second one device may send on average")
	deviceBurst := envFlag(fs, "device-burst", strconv.Itoa(telemetry.DefaultDeviceBurst), "readings one device may send at once")
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
	if *ingestAddr == "" && *mqttURL == "" {
		return fmt.Errorf("%w: --ingest-addr and --mqtt-url are both empty: nothing to ingest from", errUsage)
	}
	every, err := time.ParseDuration(*interval)
	if err != nil || every <= 0 {
		return fmt.Errorf("%w: --anchor-interval: %q is not a positive duration", errUsage, *interval)
	}
	maxReadings, err := strconv.Atoi(*maxEpoch)
	if err != nil || maxReadings <= 0 || maxReadings > 1<<31-1 {
		return fmt.Errorf("%w: --max-epoch-readings: %q is not a positive count", errUsage, *maxEpoch)
	}
	rate, err := strconv.ParseFloat(*deviceRate, 64)
	if err != nil || rate <= 0 {
		return fmt.Errorf("%w: --device-rate: %q is not a positive number", errUsage, *deviceRate)
	}
	burst, err := strconv.Atoi(*deviceBurst)
	if err != nil || burst <= 0 {
		return fmt.Errorf("%w: --device-burst: %q is not a positive count", errUsage, *deviceBurst)
	}
	// the key never comes from a flag: command lines end up in shell histories and ps
	key, err := keys.Load(os.Getenv("ANCHOR_KEY"), *keystorePath, os.Getenv("KEYSTORE_PASSWORD"))
	if err != nil {
		return fmt.Errorf("%w: the anchor key: %v (set ANCHOR_KEY, or --keystore with KEYSTORE_PASSWORD)", errUsage, err)
	}
	logger, err := newLogger(*logLevel)
	if err != nil {
		return err
	}
	m, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	if _, err := telemetry.AnchorAddress(m); err != nil {
		return fmt.Errorf("%s: %w", *manifestPath, err)
	}
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", *rpcURL, err)
	}
	defer client.Close()
	pool, err := pg.Open(ctx, *dbURL, time.Minute)
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
	return telemetry.Run(ctx, telemetry.Config{
		Pool: pool, Manifest: m, Backend: client, Key: key,
		IngestAddr: *ingestAddr, MQTT: telemetry.MQTTConfig{URL: *mqttURL, ClientID: *mqttClientID, ShareGroup: *mqttShare},
		AnchorInterval: every, MaxEpochReadings: maxReadings, DeviceRate: rate, DeviceBurst: burst,
		Logger: logger, Registry: reg,
	})
}
