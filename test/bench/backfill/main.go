// Command backfill compares cold backfills of our indexer with Ponder's and Envio's
// (DESIGN.md §3 "Targets") on the same chain and the same PostgreSQL.
//
//	go run ./test/bench/backfill -events 10000,100000,1000000 -tools ours,ponder,envio
//
// For each size it starts a fresh anvil, deploys the suite (internal/devnet), fills the
// chain with exactly that many logs of the followed contracts (EventPump.sol rounds of
// SHR transfers, SHR approvals and AssetRegistry approvals, many transactions a block,
// automine off) and mines 32 empty blocks (Ponder's finality window). The manifest handed to every tool leaves out PaymentToken, which our indexer
// never follows; the peers get the ABIs from forge's out/. Then each tool runs cold on a
// fresh database of one private PostgreSQL cluster: ours is `sharechain migrate up` and
// `sharechain index` (built once) until indexer_state reaches the head; Ponder and Envio
// are the run.sh of ../shared/bench/{ponder,envio}, copied to a writable folder. Every
// tool must write exactly the chain's events, or the run fails. The table (events/s,
// seconds, peak RSS and ours over each peer) goes to stdout and to -out.
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
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/test/bench/benchmd"
	"sharechain/test/bench/internal/benchrun"
)

// sharedBench is where the peers' harnesses live, beside the repository.
const sharedBench = "/work/shared/bench"

type config struct {
	sizes       []int
	tools       []string
	out         string
	perBlock    int
	roundsPerTx int
	runs        int
	work        string
	peers       string
	timeout     time.Duration
	// envioInterval is the block interval of Envio's RPC source (0: its defaults). Its
	// defaults ask for up to 10 000 blocks a call, which on a dense chain makes answers
	// of hundreds of thousands of logs: 924 events/s on 100 000 events here, and on
	// 1 000 000 anvil took longer than Envio's 20 s query timeout and Envio gave up.
	envioInterval int
}

func main() {
	var cfg config
	events := flag.String("events", "10000,100000,1000000", "chain sizes in events (comma list)")
	tools := flag.String("tools", "ours,ponder,envio", "tools to run, in this order (comma list of ours, ponder, envio)")
	flag.StringVar(&cfg.out, "out", benchmd.File, "markdown file whose generated section \"backfill\" gets the results (relative to the repository root)")
	flag.IntVar(&cfg.perBlock, "per-block", 250, "logs a block (the peers' harnesses were measured on 250)")
	flag.IntVar(&cfg.roundsPerTx, "rounds-per-tx", 5, "pump rounds (3 logs each) a transaction")
	flag.IntVar(&cfg.runs, "runs", 1, "cold runs of each tool on each chain")
	flag.StringVar(&cfg.work, "work", filepath.Join(os.TempDir(), "sharechain-backfill"), "work folder: harness copies with their node_modules (kept), chains, logs")
	flag.StringVar(&cfg.peers, "peers", envOr("SHARECHAIN_PEER_BENCH", sharedBench), "folder holding the ponder/ and envio/ harnesses")
	flag.DurationVar(&cfg.timeout, "timeout", 30*time.Minute, "longest a single run may take")
	flag.IntVar(&cfg.envioInterval, "envio-interval", 50, "Envio's RPC block interval (ENVIO_RPC_INITIAL_BLOCK_INTERVAL and _CEILING), its best setting on dense chains; 0 keeps Envio's defaults")
	flag.Parse()
	for _, s := range strings.Split(*events, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			log.Fatalf("-events: %q is not a positive integer", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	for _, t := range strings.Split(*tools, ",") {
		t = strings.TrimSpace(t)
		if t != "ours" && t != "ponder" && t != "envio" {
			log.Fatalf("-tools: unknown tool %q (ours, ponder, envio)", t)
		}
		cfg.tools = append(cfg.tools, t)
	}
	if cfg.perBlock <= 0 || cfg.roundsPerTx <= 0 || cfg.runs <= 0 {
		log.Fatal("-per-block, -rounds-per-tx and -runs must be positive")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		log.Fatal(err)
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func run(ctx context.Context, cfg config) error {
	root, err := localnet.ModuleRoot()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.work, 0o755); err != nil {
		return err
	}
	// PostgreSQL runs as the postgres user when we are root: it must reach its folder
	if err := os.Chmod(cfg.work, 0o755); err != nil {
		return err
	}
	env := environment{root: root, stamp: benchmd.Stamp(benchmd.Command("test/bench/backfill"))}
	if err := env.describe(ctx); err != nil {
		return err
	}
	forgeOut, err := forgeArtifacts(ctx, root)
	if err != nil {
		return err
	}

	log.Printf("compiling EventPump.sol")
	pump, err := buildPump(ctx, root)
	if err != nil {
		return err
	}
	bin := filepath.Join(cfg.work, "sharechain")
	if slices.Contains(cfg.tools, "ours") {
		log.Printf("building cmd/sharechain (%s)", env.ours)
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/sharechain")
		build.Dir = root
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("go build ./cmd/sharechain: %w\n%s", err, out)
		}
	}
	peers := map[string]peer{}
	for _, t := range cfg.tools {
		if t == "ours" {
			continue
		}
		log.Printf("preparing the %s harness in %s", t, filepath.Join(cfg.work, t))
		p, err := preparePeer(ctx, t, filepath.Join(cfg.peers, t), filepath.Join(cfg.work, t))
		if err != nil {
			return err
		}
		if t == "envio" && cfg.envioInterval > 0 {
			n := strconv.Itoa(cfg.envioInterval)
			p.env = append(p.env, "ENVIO_RPC_INITIAL_BLOCK_INTERVAL="+n, "ENVIO_RPC_INTERVAL_CEILING="+n)
		}
		peers[t] = p
	}

	admin, pgDir, stopPG, err := benchrun.StartPostgres(cfg.work)
	if err != nil {
		return err
	}
	defer stopPG()
	env.postgresVersion(ctx, admin)

	var sizes []sizeResult
	for _, n := range cfg.sizes {
		dir := filepath.Join(cfg.work, fmt.Sprintf("chain-%d", n))
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		log.Printf("generating a chain of %d events (~%d a block, %d a transaction)", n, cfg.perBlock, cfg.roundsPerTx*logsPerRound)
		c, err := generate(ctx, n, cfg.perBlock, cfg.roundsPerTx, pump, dir, forgeOut)
		if err != nil {
			return fmt.Errorf("generating %d events: %w", n, err)
		}
		sr := sizeResult{events: n, head: c.head, blocks: c.blocks, txs: c.txs, genSecs: c.genSecs}
		log.Printf("chain: %d events in %d blocks, %d transactions (head %d), made in %.1fs: %.0f events/s", n, c.blocks, c.txs, c.head, c.genSecs, float64(n)/c.genSecs)
		for i := 0; i < cfg.runs; i++ {
			for _, t := range cfg.tools {
				db := "backfill_" + t
				dbURL, err := benchrun.FreshDatabase(ctx, admin, db)
				if err != nil {
					c.anvil.Stop()
					return err
				}
				logPath := filepath.Join(dir, fmt.Sprintf("%s-%d.log", t, i+1))
				var r result
				if t == "ours" {
					r, err = benchrun.Ours(ctx, bin, c.target(), dbURL, pgDir, logPath, "", cfg.timeout)
				} else {
					r, err = peers[t].run(ctx, c, dbURL, logPath, cfg.timeout)
				}
				if err != nil && t != "ours" && ctx.Err() == nil {
					// a peer that fails is a finding, not the end of the benchmark
					log.Printf("%d events, %s FAILED: %v", n, t, err)
					r = result{Tool: t, Failed: firstLine(err.Error()) + " (log: " + logPath + ")"}
					err = nil
				}
				if err != nil {
					c.anvil.Stop()
					return fmt.Errorf("%d events, %s: %w", n, t, err)
				}
				if err := benchrun.DropDatabase(ctx, admin, db); err != nil {
					c.anvil.Stop()
					return err
				}
				if r.Failed == "" {
					log.Printf("%d events, %s: %.2fs, %.0f events/s, peak RSS %.0f MB", n, t, r.Seconds, r.Rate(), r.PeakRSSMB)
				}
				sr.add(t, r)
			}
		}
		c.anvil.Stop()
		sizes = append(sizes, sr)
	}

	report := env.report(cfg, sizes)
	fmt.Print(report)
	if err := benchmd.Update(cfg.out, "backfill", report); err != nil {
		return err
	}
	log.Printf("wrote the section \"backfill\" of %s", cfg.out)
	return nil
}

// forgeArtifacts returns forge's out/ holding the followed contracts' artifacts
// ($FOUNDRY_OUT, else out/), building them into out-backfill/ when they are missing.
func forgeArtifacts(ctx context.Context, root string) (string, error) {
	has := func(dir string) bool {
		for _, name := range followed {
			if _, err := os.Stat(filepath.Join(dir, name+".sol", name+".json")); err != nil {
				return false
			}
		}
		return true
	}
	dir := envOr("FOUNDRY_OUT", "out")
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if has(dir) {
		return dir, nil
	}
	forge, err := localnet.FoundryBinary("forge")
	if err != nil {
		return "", err
	}
	dir = filepath.Join(root, "out-backfill")
	log.Printf("building the contracts with forge into %s", dir)
	cmd := exec.CommandContext(ctx, forge, "build")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "FOUNDRY_OUT="+dir, "FOUNDRY_CACHE_PATH="+filepath.Join(root, "cache-backfill"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("forge build: %w\n%s", err, out)
	}
	if !has(dir) {
		return "", fmt.Errorf("forge build wrote no artifacts of %v into %s", followed, dir)
	}
	return dir, nil
}

// sizeResult holds the runs of every tool on one chain.
type sizeResult struct {
	events  int
	head    uint64
	blocks  int
	txs     int
	genSecs float64
	order   []string
	runs    map[string][]result
}

func (s *sizeResult) add(tool string, r result) {
	if s.runs == nil {
		s.runs = map[string][]result{}
	}
	if _, ok := s.runs[tool]; !ok {
		s.order = append(s.order, tool)
	}
	s.runs[tool] = append(s.runs[tool], r)
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// median returns the run of median rate (the lower middle one for an even count) among
// those that did not fail; ok is false when all failed.
func median(rs []result) (m result, ok bool) {
	sorted := slices.DeleteFunc(slices.Clone(rs), func(r result) bool { return r.Failed != "" })
	if len(sorted) == 0 {
		return result{}, false
	}
	slices.SortFunc(sorted, func(a, b result) int {
		switch {
		case a.Rate() < b.Rate():
			return -1
		case a.Rate() > b.Rate():
			return 1
		}
		return 0
	})
	return sorted[(len(sorted)-1)/2], true
}

// environment is what the report says about the machine and the tools.
type environment struct {
	root, ours, anvil, postgres string
	stamp                       string // benchmd.Stamp at the start
}

func (e *environment) describe(ctx context.Context) error {
	rev, _ := exec.CommandContext(ctx, "git", "-C", e.root, "rev-parse", "--short", "HEAD").Output()
	e.ours = "commit " + strings.TrimSpace(string(rev))
	dirty, _ := exec.CommandContext(ctx, "git", "-C", e.root, "status", "--porcelain", "--", "indexer", "cmd/sharechain", "migrations").Output()
	if len(strings.TrimSpace(string(dirty))) > 0 {
		e.ours += " + uncommitted changes in indexer/, cmd/sharechain/ or migrations/"
	}
	if a, err := localnet.FoundryBinary("anvil"); err == nil {
		v, _ := exec.CommandContext(ctx, a, "--version").Output()
		e.anvil = strings.SplitN(strings.TrimSpace(string(v)), "\n", 2)[0]
	}
	return nil
}

func (e *environment) postgresVersion(ctx context.Context, admin string) {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return
	}
	defer conn.Close(context.Background())
	_ = conn.QueryRow(ctx, "SHOW server_version").Scan(&e.postgres)
}

func procMeminfoKB(field string) (int64, error) {
	raw, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/meminfo", field)
}

// report renders the markdown of the results.
func (e *environment) report(cfg config, sizes []sizeResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", e.stamp)
	fmt.Fprintf(&b, "- ours: `sharechain index` with its defaults, %s; %s; PostgreSQL %s (one private cluster, default durable settings, a fresh database per run)\n",
		e.ours, e.anvil, e.postgres)
	fmt.Fprintf(&b, "- chains: a fresh anvil per size; the suite deployed, then EventPump rounds (an SHR Transfer, an SHR Approval, an AssetRegistry ApprovalForAll), %d logs a transaction, ~%d a block, then %d empty blocks; the manifest leaves out PaymentToken; every tool must write exactly the chain's events\n",
		cfg.roundsPerTx*logsPerRound, cfg.perBlock, finalityBlocks)
	if cfg.envioInterval > 0 {
		fmt.Fprintf(&b, "- peers: Ponder with its harness's defaults; Envio at its best setting, `ENVIO_RPC_INITIAL_BLOCK_INTERVAL=%d ENVIO_RPC_INTERVAL_CEILING=%d` (its defaults ask for up to 10 000 blocks a call; `-envio-interval 0` keeps them)\n", cfg.envioInterval, cfg.envioInterval)
	} else {
		fmt.Fprintf(&b, "- peers: Ponder and Envio with their harnesses' defaults\n")
	}
	fmt.Fprintf(&b, "- seconds: from starting the tool to the head indexed and committed (ours: `migrate up` + `index` until indexer_state reaches the head, polled every 20 ms; Ponder: `/ready`; Envio: `hyperindex_synced_to_head 1`; both polled every 0.1 s by their run.sh); peak RSS: of the process (tree), sampled and VmHWM\n\n")
	fmt.Fprintf(&b, "| events | blocks | tool | version | seconds | events/s | peak RSS MB | ours/tool events/s | ours/tool peak RSS |\n")
	fmt.Fprintf(&b, "| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |\n")
	for _, s := range sizes {
		var ours *result
		if m, ok := median(s.runs["ours"]); ok {
			ours = &m
		}
		for _, t := range s.order {
			rs := s.runs[t]
			m, ok := median(rs)
			join := func(f func(result) string) string {
				parts := make([]string, len(rs))
				for i, r := range rs {
					if r.Failed != "" {
						parts[i] = "failed"
					} else {
						parts[i] = f(r)
					}
				}
				return strings.Join(parts, " / ")
			}
			ratio, mem := "", ""
			if ours != nil && ok && t != "ours" {
				ratio = fmt.Sprintf("%.2f×", ours.Rate()/m.Rate())
				mem = fmt.Sprintf("%.2f×", ours.PeakRSSMB/m.PeakRSSMB)
			}
			version := m.Version
			if !ok {
				version = t
			}
			fmt.Fprintf(&b, "| %d | %d | %s | %s | %s | %s | %s | %s | %s |\n", s.events, s.blocks, t, version,
				join(func(r result) string { return fmt.Sprintf("%.2f", r.Seconds) }),
				join(func(r result) string { return fmt.Sprintf("%.0f", r.Rate()) }),
				join(func(r result) string { return fmt.Sprintf("%.0f", r.PeakRSSMB) }),
				ratio, mem)
		}
	}
	for _, s := range sizes {
		for _, t := range s.order {
			for _, r := range s.runs[t] {
				if r.Failed != "" {
					fmt.Fprintf(&b, "\n%s on %d events failed: %s\n", t, s.events, r.Failed)
				}
			}
		}
	}
	fmt.Fprintf(&b, "\nRatios are of the median runs (by events/s). Chain generation: ")
	var gens []string
	for _, s := range sizes {
		gens = append(gens, fmt.Sprintf("%d events (%d transactions) in %.0f s (%.0f events/s)", s.events, s.txs, s.genSecs, float64(s.events)/s.genSecs))
	}
	fmt.Fprintf(&b, "%s.\n", strings.Join(gens, "; "))
	for _, s := range sizes {
		for _, r := range s.runs["ours"] {
			if r.Note != "" {
				fmt.Fprintf(&b, "\nOurs on %d events: %s.", s.events, r.Note)
				break
			}
		}
	}
	b.WriteString("\n")
	return b.String()
}
