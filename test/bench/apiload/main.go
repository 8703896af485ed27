// Command apiload measures the REST API under load against the targets of DESIGN.md §4.
//
// It starts anvil and a private PostgreSQL, deploys the suite, fills the chain with real
// assets and rentals (test/contracts/bench/AssetBatcher.sol registers and verifies many
// assets per transaction through the real registry, RentalBatcher.sol rents and returns
// many listings per transaction through the real escrow), indexes it with `sharechain
// index`, serves it with `sharechain serve`, and drives wrk on loopback against
// single-row reads and list pages at every depth. It prints the dataset's size and a
// table of requests/s and p50/p99 latency (the range over the runs), and the server's
// RSS. README.md has the commands.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
	"sharechain/services/api"
	"sharechain/test/bench/benchmd"
	"sharechain/test/bench/internal/sysstat"
)

type config struct {
	rentals, assets, listed, providers, owners, renters int
	perTx, assetsPerTx, verifyPerTx                     int
	dir                                                 string
	reuse                                               bool
	duration                                            time.Duration
	threads, conns, runs                                int
	only                                                string
	cpuprofile, out                                     string
	standby                                             bool
}

func main() {
	var cfg config
	flag.IntVar(&cfg.rentals, "rentals", 100_000, "rentals to create (each rented and returned on chain)")
	flag.IntVar(&cfg.assets, "assets", 100_000, "assets, each verified; the first -listed are listed and rented")
	flag.IntVar(&cfg.listed, "listed", 2000, "assets registered by the providers and listed once each; the rentals go round them")
	flag.IntVar(&cfg.providers, "providers", 4, "provider accounts (anvil keys 1..4)")
	flag.IntVar(&cfg.owners, "owners", 8, "owners of the unlisted assets (AssetBatcher instances)")
	flag.IntVar(&cfg.renters, "renters", 8, "renter contracts (RentalBatcher instances)")
	flag.IntVar(&cfg.perTx, "per-tx", 40, "rentals per batch transaction")
	flag.IntVar(&cfg.assetsPerTx, "assets-per-tx", 100, "unlisted assets registered per batch transaction")
	flag.IntVar(&cfg.verifyPerTx, "verify-per-tx", 250, "assets verified per batch transaction")
	flag.StringVar(&cfg.dir, "dir", "", "work folder kept after the run (database, logs, dataset.json); a temporary one when empty")
	flag.BoolVar(&cfg.reuse, "reuse", false, "measure again on the database that -dir holds, without generating and indexing")
	flag.DurationVar(&cfg.duration, "duration", 20*time.Second, "wrk duration of each run")
	flag.IntVar(&cfg.threads, "threads", 2, "wrk threads")
	flag.IntVar(&cfg.conns, "connections", 32, "wrk connections")
	flag.IntVar(&cfg.runs, "runs", 3, "runs of each endpoint (the table shows their range)")
	flag.StringVar(&cfg.only, "only", "", "measure only the endpoints whose name contains this")
	flag.StringVar(&cfg.out, "out", "", "markdown file whose generated section \"api\" gets the table (none when empty)")
	flag.StringVar(&cfg.cpuprofile, "cpuprofile", "", "serve the API in this process instead of `sharechain serve` and write a CPU profile of the load runs")
	flag.BoolVar(&cfg.standby, "standby", false, "serve from a streaming hot standby of the database (pg_basebackup -R, made afresh), "+
		"measuring its CPU; the report goes to the section \"api-standby\"")
	flag.Parse()
	log.SetFlags(log.Ltime)
	if cfg.providers < 1 || cfg.providers > 4 || cfg.owners < 1 || cfg.renters < 1 || cfg.rentals < 1 ||
		cfg.perTx < 1 || cfg.assetsPerTx < 1 || cfg.verifyPerTx < 1 || cfg.listed < cfg.providers || cfg.assets < cfg.listed {
		log.Fatal("apiload: need 1..4 providers, at least one owner, renter, rental and item per transaction, " +
			"listed >= providers and assets >= listed")
	}
	if cfg.reuse && cfg.dir == "" {
		log.Fatal("apiload: -reuse needs -dir")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := run(ctx, cfg)
	stop()
	if err != nil {
		log.Printf("apiload: FAILED: %v", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) (err error) {
	root, err := testenv.ModuleRoot()
	if err != nil {
		return err
	}
	t, err := findTools()
	if err != nil {
		return err
	}
	dir := cfg.dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "apiload-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if dir, err = filepath.Abs(dir); err != nil {
		return err
	}
	// the postgres system user must reach the cluster's folder
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	datasetPath := filepath.Join(dir, "dataset.json")
	manifestPath := filepath.Join(dir, "manifest.json")
	pgDir := filepath.Join(dir, "pg")
	var ds dataset
	if cfg.reuse {
		raw, err := os.ReadFile(datasetPath)
		if err != nil {
			return fmt.Errorf("-reuse: %w (run once without -reuse first)", err)
		}
		if err := json.Unmarshal(raw, &ds); err != nil {
			return err
		}
	} else if _, err := os.Stat(pgDir); err == nil {
		return fmt.Errorf("%s already holds a database: pass -reuse to measure it again, or remove it", pgDir)
	}

	bin := filepath.Join(dir, "sharechain")
	log.Printf("building sharechain")
	if out, err := command(root, "go", "build", "-o", bin, "./cmd/sharechain").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %w\n%s", err, out)
	}

	pg := &postgres{bin: t.pgBin, dir: pgDir}
	if err := pg.start(!cfg.reuse); err != nil {
		return err
	}
	defer pg.stop()
	dbURL := pg.url("sharechain")
	if cfg.reuse {
		// a database kept from an older build: bring its schema up to this one's
		if out, err := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up").CombinedOutput(); err != nil {
			return fmt.Errorf("sharechain migrate up: %w\n%s", err, out)
		}
	}

	if !cfg.reuse {
		if ds, err = build(ctx, cfg, t, root, dir, bin, pg, manifestPath); err != nil {
			return err
		}
		raw, _ := json.MarshalIndent(ds, "", "  ")
		if err := os.WriteFile(datasetPath, raw, 0o644); err != nil {
			return err
		}
	}

	// the database the server reads: the primary, or a standby of it made now
	servedURL, servedDir := dbURL, pgDir
	if cfg.standby {
		sbDir := filepath.Join(dir, "standby")
		if err := os.RemoveAll(sbDir); err != nil {
			return err
		}
		port, err := localnet.FreePort()
		if err != nil {
			return err
		}
		log.Printf("making a streaming standby with pg_basebackup -R")
		sb, err := localnet.StandbyOf(pg.port, sbDir, port, "-c max_connections=100", "-c shared_buffers=256MB")
		if err != nil {
			return err
		}
		defer sb.Stop("fast") //nolint:errcheck // a benchmark's cluster
		servedURL, servedDir = sb.URL("sharechain"), sb.Dir
	}

	// the server under load
	port, err := localnet.FreePort()
	if err != nil {
		return err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	base := "http://" + addr
	var serverPID int
	var profile *os.File
	if cfg.cpuprofile != "" {
		stopServer, err := serveInProcess(ctx, addr, servedURL, manifestPath)
		if err != nil {
			return err
		}
		defer stopServer()
		serverPID = os.Getpid()
		if profile, err = os.Create(cfg.cpuprofile); err != nil {
			return err
		}
		defer profile.Close()
	} else {
		srv, err := startProc("sharechain serve", filepath.Join(dir, "serve.log"), bin, "serve", "--http-addr", addr,
			"--database-url", servedURL, "--manifest", manifestPath, "--log-level", "warn")
		if err != nil {
			return err
		}
		defer srv.stop()
		serverPID = srv.cmd.Process.Pid
		if err := waitFor(ctx, "sharechain serve", 30*time.Second, srv, func() bool {
			var st struct {
				IndexedBlock int64 `json:"indexed_block"`
			}
			return getJSON(ctx, base+"/v1/status", &st) == nil
		}); err != nil {
			return err
		}
		defer func() {
			if e := srv.exited(); e != nil && err == nil {
				err = e
			}
		}()
	}

	log.Printf("walking the lists for cursors")
	eps, err := endpoints(ctx, base, ds)
	if err != nil {
		return err
	}
	if cfg.only != "" {
		eps = slices.DeleteFunc(eps, func(e endpoint) bool { return !strings.Contains(e.name, cfg.only) })
	}
	script := filepath.Join(root, "test", "bench", "apiload", "paths.lua")
	files := make([]string, len(eps))
	for i, e := range eps {
		if files[i], err = writePaths(dir, i, e); err != nil {
			return err
		}
	}
	log.Printf("warming up")
	for i := range eps {
		if _, _, err := runWrk(ctx, t.wrk, script, files[i], base, cfg, 3*time.Second); err != nil {
			return err
		}
	}
	if profile != nil {
		if err := pprof.StartCPUProfile(profile); err != nil {
			return err
		}
	}
	results := make([][]result, len(eps))
	stamp := benchmd.Stamp(benchmd.Command("test/bench/apiload"))
	var loads []string
	for run := 0; run < cfg.runs; run++ {
		loads = append(loads, loadAvg())
		for i, e := range eps {
			_, srv0 := sysstat.CPU(serverPID, false)
			pg0 := sysstat.ClusterCPU(servedDir)
			r, _, err := runWrk(ctx, t.wrk, script, files[i], base, cfg, cfg.duration)
			if err != nil {
				return err
			}
			_, srv1 := sysstat.CPU(serverPID, false)
			if r.requests > 0 {
				r.srvCPU = (srv1 - srv0) / time.Duration(r.requests)
				r.pgCPU = (sysstat.ClusterCPU(servedDir) - pg0) / time.Duration(r.requests)
			}
			log.Printf("run %d %-62s %8.0f req/s  p50 %-8s p99 %-8s cpu/req serve %s postgres %s %s", run+1, e.name, r.rps,
				r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.srvCPU, r.pgCPU, r.errors)
			results[i] = append(results[i], r)
		}
	}
	if profile != nil {
		pprof.StopCPUProfile()
	}
	cur, peak := rss(serverPID)
	loads = append(loads, loadAvg())
	var md strings.Builder
	report(&md, cfg, ds, eps, results, cur, peak, loads)
	fmt.Print(md.String())
	if cfg.out != "" {
		section := "api"
		if cfg.standby {
			section = "api-standby"
		}
		if err := benchmd.Update(cfg.out, section, stamp+"\n"+md.String()); err != nil {
			return err
		}
		log.Printf("wrote the section \"api\" of %s", cfg.out)
	}
	for i := range eps {
		for _, r := range results[i] {
			if r.errors != "" {
				return fmt.Errorf("%s: %s: %w", eps[i].name, r.errors, errFailed)
			}
		}
	}
	return nil
}

// build generates the chain and indexes it into a fresh database.
func build(ctx context.Context, cfg config, t tools, root, dir, bin string, pg *postgres, manifestPath string) (dataset, error) {
	var ds dataset
	log.Printf("compiling the contracts (forge build)")
	if out, err := command(root, t.forge, "build").CombinedOutput(); err != nil {
		return ds, fmt.Errorf("forge build: %w\n%s", err, out)
	}
	bat, err := loadBatchers(root)
	if err != nil {
		return ds, err
	}
	if err := pg.createDB(ctx, "sharechain"); err != nil {
		return ds, err
	}
	dbURL := pg.url("sharechain")
	if out, err := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up").CombinedOutput(); err != nil {
		return ds, fmt.Errorf("sharechain migrate up: %w\n%s", err, out)
	}

	anvilPort, err := localnet.FreePort()
	if err != nil {
		return ds, err
	}
	anvil, err := startProc("anvil", filepath.Join(dir, "anvil.log"), t.anvil, "--port", fmt.Sprint(anvilPort), "--host", "127.0.0.1",
		"--silent", "--gas-limit", fmt.Sprint(blockGasLimit),
		// Old states go here rather than to ~/.foundry/anvil/tmp, which a killed node
		// never cleans.
		"--cache-path", filepath.Join(dir, "anvil-states"))
	if err != nil {
		return ds, err
	}
	defer os.RemoveAll(filepath.Join(dir, "anvil-states"))
	defer anvil.stop()
	rpcURL := fmt.Sprintf("http://127.0.0.1:%d", anvilPort)
	if err := waitFor(ctx, "anvil", 30*time.Second, anvil, func() bool {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", anvilPort))
		if err == nil {
			c.Close()
		}
		return err == nil
	}); err != nil {
		return ds, err
	}

	start := time.Now()
	log.Printf("generating %d assets, %d of them listed, and %d rentals", cfg.assets, cfg.listed, cfg.rentals)
	if ds, err = generate(ctx, cfg, rpcURL, manifestPath, bat); err != nil {
		if e := anvil.exited(); e != nil {
			return ds, errors.Join(err, e)
		}
		return ds, err
	}
	ds.GenSecs = time.Since(start).Seconds()

	log.Printf("indexing blocks up to %d with sharechain index", ds.Head)
	start = time.Now()
	idx, err := startProc("sharechain index", filepath.Join(dir, "index.log"), bin, "index", "--rpc-url", rpcURL,
		"--database-url", dbURL, "--manifest", manifestPath, "--confirmations", "0", "--log-level", "warn")
	if err != nil {
		return ds, err
	}
	defer idx.stop()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return ds, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := waitFor(ctx, "sharechain index", 60*time.Minute, idx, func() bool {
		var indexed int64
		err := conn.QueryRow(ctx, `SELECT indexed_block FROM indexer_state WHERE chain_id = $1`, int64(ds.ChainID)).Scan(&indexed)
		return err == nil && indexed >= int64(ds.Head)
	}); err != nil {
		return ds, err
	}
	ds.IdxSecs = time.Since(start).Seconds()
	idx.stop()

	// the database must hold exactly what the chain did: a reverted batch shows here
	var assets, verified, listings, rentals, settled int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM assets), (SELECT count(*) FROM assets WHERE verified),
		(SELECT count(*) FROM listings), (SELECT count(*) FROM rentals), (SELECT count(*) FROM rentals WHERE status = 'settled'),
		(SELECT count(*) FROM events)`).
		Scan(&assets, &verified, &listings, &rentals, &settled, &ds.Events); err != nil {
		return ds, err
	}
	if assets != ds.Assets || verified != ds.Assets || listings != ds.Listings || rentals != ds.Rentals || settled != ds.Rentals {
		return ds, fmt.Errorf("indexed %d assets (%d verified), %d listings, %d rentals (%d settled); the chain has %d, %d, %d",
			assets, verified, listings, rentals, settled, ds.Assets, ds.Listings, ds.Rentals)
	}
	if _, err := conn.Exec(ctx, "VACUUM ANALYZE"); err != nil {
		return ds, err
	}
	log.Printf("indexed %d assets and %d events in %.1fs", ds.Assets, ds.Events, ds.IdxSecs)
	return ds, nil
}

// serveInProcess serves the API as `sharechain serve` does, in this process, so that a
// CPU profile covers it.
func serveInProcess(ctx context.Context, addr, dbURL, manifestPath string) (func(), error) {
	manifest, err := manifest.Load(manifestPath)
	if err != nil {
		return nil, err
	}
	pool, err := pg.Open(ctx, dbURL, 10*time.Second)
	if err != nil {
		return nil, err
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := api.New(api.Config{Pool: pool, Manifest: manifest, Logger: logger})
	if err != nil {
		pool.Close()
		return nil, err
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Run(sctx, addr) }()
	if err := waitFor(ctx, "the API", 30*time.Second, nil, func() bool {
		resp, err := http.Get("http://" + addr + "/v1/status")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusOK
	}); err != nil {
		cancel()
		pool.Close()
		return nil, err
	}
	return func() {
		cancel()
		<-done
		pool.Close()
	}, nil
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd
}

func ethCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

func report(w io.Writer, cfg config, ds dataset, eps []endpoint, results [][]result, cur, peak int64, loads []string) {
	fmt.Fprintf(w, "\nAPI load: %d assets, %d events, %d listings, %d rentals, head block %d (generated in %.0fs, indexed in %.0fs)\n",
		ds.Assets, ds.Events, ds.Listings, ds.Rentals, ds.Head, ds.GenSecs, ds.IdxSecs)
	if ds.Assets < designAssets || ds.Events < designEvents {
		fmt.Fprintf(w, "(smaller than the dataset of DESIGN.md §4: %d assets and %d events)\n", designAssets, designEvents)
	}
	fmt.Fprintf(w, "wrk -t%d -c%d -d%s, %d runs each; load average before each run and at the end: %s\n\n",
		cfg.threads, cfg.conns, cfg.duration, cfg.runs, strings.Join(loads, " | "))
	fmt.Fprintln(w, "| endpoint | req/s | p50 | p99 | CPU/req serve | CPU/req postgres | target | met |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---|---|")
	for i, e := range eps {
		rs := results[i]
		rps := func(r result) float64 { return r.rps }
		p50 := func(r result) float64 { return float64(r.p50) }
		p99 := func(r result) float64 { return float64(r.p99) }
		target, met := "", true
		bestRPS, bestP99 := maxOf(rs, rps), minOf(rs, p99)
		if e.kind == "row" {
			target = fmt.Sprintf(">= %d req/s, p99 <= %s", rowRPS, rowP99)
			met = bestRPS >= rowRPS && time.Duration(bestP99) <= rowP99
		} else {
			target = fmt.Sprintf("p99 <= %s", pageP99)
			met = time.Duration(bestP99) <= pageP99
		}
		srv := func(r result) float64 { return float64(r.srvCPU) }
		pgc := func(r result) float64 { return float64(r.pgCPU) }
		fmt.Fprintf(w, "| `%s` | %.0f–%.0f | %s–%s | %s–%s | %s–%s | %s–%s | %s | %s |\n", e.name, minOf(rs, rps), bestRPS,
			ms(minOf(rs, p50)), ms(maxOf(rs, p50)), ms(bestP99), ms(maxOf(rs, p99)), us(minOf(rs, srv)), us(maxOf(rs, srv)),
			us(minOf(rs, pgc)), us(maxOf(rs, pgc)), target, yes(met))
	}
	fmt.Fprintln(w, "\nCPU/req: CPU time of the server process and of the PostgreSQL cluster per request answered; on a busy"+
		" machine it moves less than latency does.")
	fmt.Fprintf(w, "server RSS after the runs: %.0f MB (peak %.0f MB)\n", float64(cur)/(1<<20), float64(peak)/(1<<20))
}

func minOf(rs []result, f func(result) float64) float64 {
	m := f(rs[0])
	for _, r := range rs[1:] {
		m = min(m, f(r))
	}
	return m
}

func maxOf(rs []result, f func(result) float64) float64 {
	m := f(rs[0])
	for _, r := range rs[1:] {
		m = max(m, f(r))
	}
	return m
}

func ms(ns float64) string { return fmt.Sprintf("%.2fms", ns/1e6) }

func us(ns float64) string { return fmt.Sprintf("%.0fµs", ns/1e3) }

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "NO"
}
