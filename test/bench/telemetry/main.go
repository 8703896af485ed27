// Command telemetry measures the IoT data service (issue 14) against the targets of
// DESIGN.md §6.6:
//
//   - ingestion of signed readings, end to end over HTTP and over MQTT, by the binary
//     `go build` makes, run as `sharechain telemetry` against a private PostgreSQL and
//     Mosquitto (≥ 20 000 readings/s on 2 cores; memory flat in the number of readings);
//   - anchoring an epoch of 1 000 000 readings (≤ 5 s): Anchorer.Build and the send;
//   - a reading's proof, GET /v1/telemetry/{device}/{seq}/proof from `sharechain serve`,
//     under wrk -c32 with 10 000 000 readings stored (p99 ≤ 10 ms).
//
// README.md has the commands and what each figure means.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"sharechain/internal/localnet"
	"sharechain/test/bench/benchmd"
)

type config struct {
	sizes                        []int
	transports                   []string
	devices, batch, httpConns    int
	deviceRate, deviceBurst      string
	proofReadings, epochReadings int
	duration                     time.Duration
	threads, conns, runs         int
	dir, out, cpuprofile         string
	reuse                        bool
	bin                          string
}

// targets of DESIGN.md §6.6
const (
	targetRate    = 20_000
	targetP99     = 10 * time.Millisecond
	targetAnchor  = 5.0 // seconds to anchor an epoch of 1 000 000 readings
	designProof   = 10_000_000
	designEpoch   = 1_000_000
	section       = "telemetry"
	benchPackage  = "test/bench/telemetry"
	defaultSizes  = "200000,1000000"
	defaultTransp = "http,mqtt"
)

func main() {
	var cfg config
	var sizes, transports string
	flag.StringVar(&sizes, "readings", defaultSizes, "readings ingested per run, comma-separated (each run over each transport); empty skips ingestion")
	flag.StringVar(&transports, "transports", defaultTransp, "transports measured: http, mqtt or both")
	flag.IntVar(&cfg.devices, "devices", 200, "assets, each verified with a device of its own; the readings go round them")
	flag.IntVar(&cfg.batch, "batch", 1000, "readings per batch (the wire format allows 1 000 and 1 MiB)")
	flag.IntVar(&cfg.httpConns, "http-conns", 16, "HTTP connections posting batches at once")
	flag.StringVar(&cfg.deviceRate, "device-rate", "1000000", "DEVICE_RATE of the service: readings a second a device may send")
	flag.StringVar(&cfg.deviceBurst, "device-burst", "1000000", "DEVICE_BURST of the service: readings a device may send at once")
	flag.IntVar(&cfg.proofReadings, "proof-readings", designProof, "readings stored for the proof load (0 skips the anchoring and proof phase)")
	flag.IntVar(&cfg.epochReadings, "epoch-readings", designEpoch, "readings of the epoch whose build and anchor are timed (the first)")
	flag.DurationVar(&cfg.duration, "duration", 20*time.Second, "wrk duration of each proof run")
	flag.IntVar(&cfg.threads, "threads", 2, "wrk threads")
	flag.IntVar(&cfg.conns, "connections", 32, "wrk connections")
	flag.IntVar(&cfg.runs, "runs", 3, "wrk runs of the proof route")
	flag.StringVar(&cfg.dir, "dir", "", "work folder kept after the run (database, logs); a temporary one removed at the end when empty")
	flag.StringVar(&cfg.out, "out", "", "markdown file whose generated section \"telemetry\" gets the report (none when empty)")
	flag.BoolVar(&cfg.reuse, "reuse", false, "with -dir: measure only the proof route on the dataset an earlier -dir run left there (no chain, no ingestion, no loading)")
	flag.StringVar(&cfg.bin, "bin", "", "with -reuse: serve with this sharechain binary, built beforehand, and migrate nothing (to compare two builds on one dataset whose tables both can read)")
	flag.StringVar(&cfg.cpuprofile, "cpuprofile", "", "run the service in this process instead of the binary and write a CPU profile of each ingestion run to FILE.<transport>-<readings>")
	flag.Parse()
	log.SetFlags(log.Ltime)
	for _, s := range strings.Split(sizes, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			log.Fatalf("telemetry bench: -readings: %q is not a positive count", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	for _, s := range strings.Split(transports, ",") {
		switch s = strings.TrimSpace(s); s {
		case "http", "mqtt":
			cfg.transports = append(cfg.transports, s)
		case "":
		default:
			log.Fatalf("telemetry bench: -transports: %q is neither http nor mqtt", s)
		}
	}
	if cfg.devices < 1 || cfg.batch < 1 || cfg.batch > 1000 || cfg.httpConns < 1 || cfg.proofReadings < 0 || cfg.epochReadings < 1 ||
		cfg.epochReadings > 1<<20 {
		log.Fatal("telemetry bench: need -devices ≥ 1, 1 ≤ -batch ≤ 1000, -http-conns ≥ 1, -proof-readings ≥ 0, 1 ≤ -epoch-readings ≤ 1048576")
	}
	if cfg.reuse && cfg.dir == "" {
		log.Fatal("telemetry bench: -reuse needs -dir, the work folder of an earlier run")
	}
	if cfg.bin != "" && !cfg.reuse {
		log.Fatal("telemetry bench: -bin needs -reuse")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := run(ctx, cfg)
	stop()
	if err != nil {
		log.Printf("telemetry bench: FAILED: %v", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) error {
	stamp := benchmd.Stamp(benchmd.Command(benchPackage))
	root, err := localnet.ModuleRoot()
	if err != nil {
		return err
	}
	t, err := findTools(cfg.proofReadings > 0, contains(cfg.transports, "mqtt") && len(cfg.sizes) > 0)
	if err != nil {
		return err
	}
	if cfg.reuse {
		t, err := findTools(true, false)
		if err != nil {
			return err
		}
		pr, version, err := reuseRun(ctx, cfg, root, t)
		if err != nil {
			return err
		}
		return finish(cfg, stamp, report{cfg: cfg, devices: pr.devices, pgVersion: version, proof: pr})
	}
	work := cfg.dir
	if work == "" {
		if work, err = os.MkdirTemp("", "bench-telemetry-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	} else {
		if work, err = filepath.Abs(work); err != nil {
			return err
		}
		if _, err := os.Stat(filepath.Join(work, "pg")); err == nil {
			return fmt.Errorf("%s already holds a database: remove it, name another -dir, or measure its proofs again with -reuse", work)
		}
	}
	// the postgres system user must reach the cluster's folder
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	if err := os.Chmod(work, 0o755); err != nil {
		return err
	}

	bin := filepath.Join(work, "sharechain")
	log.Printf("building sharechain")
	build := exec.Command("go", "build", "-o", bin, "./cmd/sharechain")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %w\n%s", err, out)
	}

	pgDir := filepath.Join(work, "pg")
	pg, err := localnet.NewPostgres(pgDir)
	if err != nil {
		return err
	}
	if err := pg.Init(); err != nil {
		return err
	}
	port, err := localnet.FreePort()
	if err != nil {
		return err
	}
	// PostgreSQL's defaults: durable (fsync, synchronous_commit, full_page_writes on)
	if err := pg.Start(port); err != nil {
		return err
	}
	defer pg.Stop("fast") //nolint:errcheck // at the end
	if err := createDB(ctx, pg.URL("postgres"), "sharechain"); err != nil {
		return err
	}
	dbURL := pg.URL("sharechain")
	if out, err := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up").CombinedOutput(); err != nil {
		return fmt.Errorf("sharechain migrate up: %w\n%s", err, out)
	}

	log.Printf("deploying the suite; registering %d assets with a device each", cfg.devices)
	d, err := deploy(ctx, work, cfg.devices)
	if err != nil {
		return err
	}
	defer d.anvil.Stop()
	head, err := d.index(ctx, bin, dbURL, filepath.Join(work, "index.log"))
	if err != nil {
		return err
	}
	if err := d.checkAssets(ctx, dbURL); err != nil {
		return err
	}
	log.Printf("indexed up to block %d", head)

	rep := report{cfg: cfg, devices: cfg.devices, pgVersion: pgVersion(ctx, dbURL)}
	if len(cfg.sizes) > 0 && len(cfg.transports) > 0 {
		if rep.ingest, rep.signing, err = ingestPhase(ctx, cfg, d, bin, dbURL, pgDir, work, t); err != nil {
			return err
		}
	}
	if cfg.proofReadings > 0 {
		pr, err := proofPhase(ctx, cfg, d, bin, dbURL, pgDir, work, root, t)
		if err != nil {
			return err
		}
		rep.proof = &pr
	}
	return finish(cfg, stamp, rep)
}

// finish prints the report and writes it into cfg.out.
func finish(cfg config, stamp string, rep report) error {
	var md strings.Builder
	rep.write(&md)
	fmt.Print(md.String())
	if cfg.out != "" {
		if err := benchmd.Update(cfg.out, section, stamp+"\n"+md.String()); err != nil {
			return err
		}
		log.Printf("wrote the section %q of %s", section, cfg.out)
	}
	return nil
}
