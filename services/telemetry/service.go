package telemetry

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/manifest"
)

// Config configures [Run]: the whole service, `sharechain telemetry`.
type Config struct {
	Pool     *pgxpool.Pool
	Manifest *manifest.Manifest
	Backend  AnchorBackend
	Key      *ecdsa.PrivateKey // the anchor key
	// IngestAddr is the HTTP listen address; no HTTP when empty.
	IngestAddr string
	// MQTT's URL is the broker; no MQTT when empty.
	MQTT MQTTConfig
	// AnchorInterval and MaxEpochReadings: see AnchorConfig.
	AnchorInterval   time.Duration
	MaxEpochReadings int
	// DeviceRate, DeviceBurst and Writers: see IngestConfig.
	DeviceRate  float64
	DeviceBurst int
	Writers     int
	Logger      *slog.Logger
	Registry    prometheus.Registerer
	// OnListen, when set, is called with the HTTP listener's address once it listens.
	OnListen func(addr net.Addr)
}

// Run runs the service until ctx ends: HTTP and MQTT ingestion, and anchoring. Then it
// shuts down gracefully: it stops accepting batches (HTTP closes its listener, MQTT
// leaves new messages unacknowledged in its session), finishes the batches in flight,
// disconnects from the broker and stops the anchorer (an epoch built and not sent yet is
// sent at the next start).
func Run(ctx context.Context, cfg Config) error {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.IngestAddr == "" && cfg.MQTT.URL == "" {
		return errors.New("telemetry: neither an HTTP address nor an MQTT broker to ingest from")
	}
	in, err := NewIngester(IngestConfig{Pool: cfg.Pool, Manifest: cfg.Manifest, DeviceRate: cfg.DeviceRate, DeviceBurst: cfg.DeviceBurst,
		Writers: cfg.Writers, Logger: cfg.Logger, Registry: cfg.Registry})
	if err != nil {
		return err
	}
	defer in.Close()
	anchorer, err := NewAnchorer(AnchorConfig{Pool: cfg.Pool, Manifest: cfg.Manifest, Backend: cfg.Backend, Key: cfg.Key,
		Interval: cfg.AnchorInterval, MaxEpochReadings: cfg.MaxEpochReadings, Logger: cfg.Logger, Registry: cfg.Registry})
	if err != nil {
		return err
	}
	if err := in.Prepare(ctx); err != nil {
		return err
	}

	var srv *http.Server
	httpDone := make(chan error, 1)
	if cfg.IngestAddr != "" {
		ln, err := net.Listen("tcp", cfg.IngestAddr)
		if err != nil {
			return fmt.Errorf("listening on %s: %w", cfg.IngestAddr, err)
		}
		srv = &http.Server{Handler: in.Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
			WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
		go func() { httpDone <- srv.Serve(ln) }()
		cfg.Logger.InfoContext(ctx, "ingesting over HTTP", "addr", ln.Addr().String(), "path", ReadingsPath)
		if cfg.OnListen != nil {
			cfg.OnListen(ln.Addr())
		}
	}
	mqttCtx, stopMQTT := context.WithCancel(context.WithoutCancel(ctx))
	defer stopMQTT()
	var mqttDone chan error // nil, never ready, without MQTT
	if cfg.MQTT.URL != "" {
		mqttDone = make(chan error, 1)
		go func() { mqttDone <- in.RunMQTT(mqttCtx, cfg.MQTT) }()
	}
	anchorCtx, stopAnchor := context.WithCancel(ctx)
	defer stopAnchor()
	anchorDone := make(chan error, 1)
	go func() { anchorDone <- anchorer.Run(anchorCtx) }()
	cfg.Logger.InfoContext(ctx, "telemetry service running", "chain_id", cfg.Manifest.ChainID, "anchor_from", anchorer.Address().Hex(),
		"anchor_interval", anchorer.cfg.Interval)

	var runErr error
	select {
	case <-ctx.Done():
	case err := <-httpDone:
		runErr = fmt.Errorf("serving HTTP: %w", err)
		srv = nil
	case err := <-mqttDone:
		runErr = err // RunMQTT returns early only when it cannot start
		mqttDone <- nil
	}
	cfg.Logger.Info("telemetry service stopping: finishing the batches in flight")
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			cfg.Logger.Warn("HTTP shutdown", "err", err)
		}
		cancel()
	}
	stopMQTT()
	if mqttDone != nil {
		if err := <-mqttDone; err != nil && runErr == nil {
			runErr = err
		}
	}
	in.Close()
	stopAnchor()
	<-anchorDone
	cfg.Logger.Info("telemetry service stopped")
	return runErr
}

// Prepare creates the monthly partitions of the latest indexed block's month and the
// next (of the wall clock's before anything is indexed), so that ingestion rarely waits
// on DDL.
func (in *Ingester) Prepare(ctx context.Context) error {
	latest, _, err := in.store.lookup(ctx, nil)
	if err != nil {
		return err
	}
	if latest == 0 {
		latest = in.cfg.Now().Unix()
	}
	_, next := monthOf(latest)
	return in.store.ensureMonths(ctx, []int64{latest, next})
}
