// Command lifecycle measures indexing speed on a realistic chain (DESIGN.md §6.6): our
// indexer against a Ponder app that builds the same projections, on the same chain and
// the same PostgreSQL.
//
//	go run ./test/bench/lifecycle                      # 200 000 events, ours and Ponder
//	go run ./test/bench/lifecycle -tools ours -profile # ours only, with a perf profile
//
// The chain is a busy sharing platform played through the real contracts (steps.go lists
// the steps and their weights; sim.go plays them), protocol v2: registrations (squatted
// codes revoked), device binds, verifications (some by signature), listings with pledges,
// payees and platforms, rentals now and bookings ahead with check-in, cancellations and
// no-shows, confirmations, device-signed usage reports, returns on time and late,
// inspections and deposit releases, defaults, disputes with evidence, votes and rulings,
// SHR rewards and transfers. It is made once per size and seed and cached (anvil
// state, manifest, ABIs) under -work; each run serves it from a fresh anvil loaded from
// that state. Ours is `sharechain migrate up` + `sharechain index` until indexer_state
// reaches the head; Ponder is test/bench/lifecycle/ponder's run.sh until /ready. Then the
// projections of both are compared column by column, and any difference fails the run.
// The table goes to stdout and to the section "lifecycle" of -out.
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
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
	"sharechain/test/bench/benchmd"
	"sharechain/test/bench/internal/benchrun"
)

type config struct {
	events  int
	seed    uint64
	tools   []string
	out     string
	work    string
	runs    int
	timeout time.Duration
	rebuild bool
	profile bool
	keep    bool
}

func main() {
	var cfg config
	flag.IntVar(&cfg.events, "events", 200_000, "at least this many logs of the followed contracts on the chain")
	flag.Uint64Var(&cfg.seed, "seed", 1, "seed of the platform's random choices (a new seed makes a new chain)")
	tools := flag.String("tools", "ours,ponder", "tools to run, in this order (comma list of ours, ponder)")
	flag.StringVar(&cfg.out, "out", "", "markdown file whose generated section \"lifecycle\" gets the results (BENCHMARKS.md; empty: stdout only)")
	flag.StringVar(&cfg.work, "work", filepath.Join(os.TempDir(), "sharechain-lifecycle"), "work folder: cached chains, the Ponder app with its node_modules, PostgreSQL, logs")
	flag.IntVar(&cfg.runs, "runs", 1, "cold runs of each tool")
	flag.DurationVar(&cfg.timeout, "timeout", 30*time.Minute, "longest a single run may take")
	flag.BoolVar(&cfg.rebuild, "rebuild", false, "make the chain again even when it is cached")
	flag.BoolVar(&cfg.profile, "profile", false, "after the timed runs, one more run of ours under `perf record`, summarised (top functions by self time)")
	flag.BoolVar(&cfg.keep, "keep", false, "keep the databases of the last runs (their URLs are printed)")
	flag.Parse()
	for _, t := range strings.Split(*tools, ",") {
		t = strings.TrimSpace(t)
		if t != "ours" && t != "ponder" {
			log.Fatalf("-tools: unknown tool %q (ours, ponder)", t)
		}
		cfg.tools = append(cfg.tools, t)
	}
	if cfg.events <= 0 || cfg.runs <= 0 {
		log.Fatal("-events and -runs must be positive")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		log.Fatal(err)
	}
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
	stamp := benchmd.Stamp(benchmd.Command("test/bench/lifecycle"))
	if cfg.profile {
		if _, err := exec.LookPath("perf"); err != nil {
			return fmt.Errorf("-profile needs perf: apt-get install -y linux-perf")
		}
	}
	forgeOut, err := forgeArtifacts(ctx, root)
	if err != nil {
		return err
	}
	bin := filepath.Join(cfg.work, "sharechain")
	if slices.Contains(cfg.tools, "ours") {
		log.Printf("building cmd/sharechain")
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/sharechain")
		build.Dir = root
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("go build ./cmd/sharechain: %w\n%s", err, out)
		}
	}
	var app ponderApp
	if slices.Contains(cfg.tools, "ponder") {
		dir := filepath.Join(cfg.work, "ponder")
		log.Printf("preparing the Ponder app in %s", dir)
		if app, err = preparePonder(ctx, filepath.Join(root, "test/bench/lifecycle/ponder"), dir); err != nil {
			return err
		}
	}

	c, err := loadOrBuild(ctx, cfg.work, cfg.events, cfg.seed, forgeOut, cfg.rebuild)
	if err != nil {
		return err
	}
	defer c.anvil.Stop()

	admin, pgDir, stopPG, err := benchrun.StartPostgres(cfg.work)
	if err != nil {
		return err
	}
	defer stopPG()
	var pgVersion string
	if conn, err := pgx.Connect(ctx, admin); err == nil {
		_ = conn.QueryRow(ctx, "SHOW server_version").Scan(&pgVersion)
		conn.Close(ctx)
	}

	rep := report{cfg: cfg, stamp: stamp, chain: c.meta, pg: pgVersion, runs: map[string][]result{}}
	rep.ours = oursVersion(ctx, root)
	logDir := filepath.Join(cfg.work, "logs")
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return err
	}
	dbs := map[string]string{}
	for i := 0; i < cfg.runs; i++ {
		for _, t := range cfg.tools {
			db := "lifecycle_" + t
			dbURL, err := benchrun.FreshDatabase(ctx, admin, db)
			if err != nil {
				return err
			}
			dbs[t] = dbURL
			logPath := filepath.Join(logDir, fmt.Sprintf("%s-%d.log", t, i+1))
			log.Printf("run %d of %s on %d events (load %s)", i+1, t, c.meta.Events, benchrun.LoadNow())
			var r result
			if t == "ours" {
				r, err = benchrun.Ours(ctx, bin, c.target(), dbURL, pgDir, logPath, "", cfg.timeout)
			} else {
				r, err = app.run(ctx, c, dbURL, logPath, cfg.timeout)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
			log.Printf("%s: %.2fs, %.0f events/s, peak RSS %.0f MB", t, r.Seconds, r.Rate(), r.PeakRSSMB)
			rep.runs[t] = append(rep.runs[t], r)
		}
	}
	if dbs["ours"] != "" && dbs["ponder"] != "" {
		log.Printf("comparing the projections")
		summary, mismatches, checked, err := compareProjections(ctx, dbs["ours"], dbs["ponder"])
		if err != nil {
			return err
		}
		rep.summary, rep.checked, rep.mismatches = summary, checked, mismatches
		log.Printf("projections compared (%s): %d differences", checked, len(mismatches))
	}
	if cfg.profile {
		dbURL, err := benchrun.FreshDatabase(ctx, admin, "lifecycle_profile")
		if err != nil {
			return err
		}
		perfData := filepath.Join(cfg.work, "perf.data")
		log.Printf("profiling ours with perf record into %s", perfData)
		r, err := benchrun.Ours(ctx, bin, c.target(), dbURL, pgDir, filepath.Join(logDir, "ours-profile.log"), perfData, cfg.timeout)
		if err != nil {
			return fmt.Errorf("the profiled run: %w", err)
		}
		if rep.profile, err = perfTop(ctx, perfData, 1.0); err != nil {
			return err
		}
		rep.profileRun = &r
		rep.perfData = perfData
		if err := benchrun.DropDatabase(ctx, admin, "lifecycle_profile"); err != nil {
			return err
		}
	}
	text := rep.render()
	fmt.Print(text)
	if cfg.out != "" {
		if err := benchmd.Update(cfg.out, "lifecycle", text); err != nil {
			return err
		}
		log.Printf("wrote the section \"lifecycle\" of %s", cfg.out)
	}
	if cfg.keep {
		for t, u := range dbs {
			log.Printf("kept the database of %s: %s", t, u)
		}
	} else {
		for t := range dbs {
			if err := benchrun.DropDatabase(ctx, admin, "lifecycle_"+t); err != nil {
				return err
			}
		}
	}
	if len(rep.mismatches) > 0 {
		return fmt.Errorf("the projections differ between ours and Ponder's:\n  %s", strings.Join(rep.mismatches, "\n  "))
	}
	return nil
}

func oursVersion(ctx context.Context, root string) string {
	rev, _ := exec.CommandContext(ctx, "git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	v := "commit " + strings.TrimSpace(string(rev))
	dirty, _ := exec.CommandContext(ctx, "git", "-C", root, "status", "--porcelain", "--", "indexer", "internal", "cmd/sharechain", "migrations").Output()
	if len(strings.TrimSpace(string(dirty))) > 0 {
		v += " + uncommitted changes"
	}
	return v
}

// report is what the run found, rendered as the markdown section.
type report struct {
	cfg        config
	stamp      string
	chain      chainMeta
	ours, pg   string
	runs       map[string][]result
	summary    [][3]string
	checked    string
	mismatches []string
	profile    string
	profileRun *result
	perfData   string
}

// median returns the run of median rate (the lower middle one for an even count).
func median(rs []result) result {
	s := slices.Clone(rs)
	sort.Slice(s, func(i, j int) bool { return s[i].Rate() < s[j].Rate() })
	return s[(len(s)-1)/2]
}

func (r report) render() string {
	var b strings.Builder
	m := r.chain
	fmt.Fprintf(&b, "%s\n\n", r.stamp)
	fmt.Fprintf(&b, "- chain: %d events of the followed contracts (target %d, seed %d) in %d blocks with transactions (head %d), %d transactions; made in %.0f s and cached (test/bench/lifecycle/README.md lists the steps and their weights)\n",
		m.Events, m.Target, m.Seed, m.Blocks, m.Head, m.Txs, m.GenSecs)
	fmt.Fprintf(&b, "- ours: `sharechain migrate up` + `sharechain index` with its defaults, %s, until indexer_state reaches the head (polled every 20 ms); it also writes every log to `events`. Ponder: the app in test/bench/lifecycle/ponder (its own tables only), until `/ready`. PostgreSQL %s, one private cluster, a fresh database per run\n\n",
		r.ours, r.pg)
	fmt.Fprintf(&b, "| tool | version | load at start | seconds | events/s | peak RSS MB | ours/tool events/s |\n")
	fmt.Fprintf(&b, "| --- | --- | --- | ---: | ---: | ---: | ---: |\n")
	var ours *result
	if rs := r.runs["ours"]; len(rs) > 0 {
		o := median(rs)
		ours = &o
	}
	for _, t := range r.cfg.tools {
		rs := r.runs[t]
		if len(rs) == 0 {
			continue
		}
		md := median(rs)
		join := func(f func(result) string) string {
			var parts []string
			for _, x := range rs {
				parts = append(parts, f(x))
			}
			return strings.Join(parts, " / ")
		}
		ratio := ""
		if ours != nil && t != "ours" {
			ratio = fmt.Sprintf("%.1f×", ours.Rate()/md.Rate())
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", t, md.Version,
			join(func(x result) string { return x.Load }),
			join(func(x result) string { return fmt.Sprintf("%.2f", x.Seconds) }),
			join(func(x result) string { return fmt.Sprintf("%.0f", x.Rate()) }),
			join(func(x result) string { return fmt.Sprintf("%.0f", x.PeakRSSMB) }), ratio)
	}
	if ours != nil {
		fmt.Fprintf(&b, "\nOurs: %s. Targets (DESIGN.md §6.6): ≥ 50 000 events/s, peak RSS ≤ 130 MB, ≥ 10× Ponder.\n", ours.Note)
	}
	if r.checked != "" {
		verdict := "identical"
		if len(r.mismatches) > 0 {
			verdict = fmt.Sprintf("**%d differences**: %s", len(r.mismatches), strings.Join(r.mismatches, "; "))
		}
		fmt.Fprintf(&b, "\nProjections compared column by column (%s): %s.\n\n", r.checked, verdict)
		fmt.Fprintf(&b, "| figure | ours | Ponder |\n| --- | --- | --- |\n")
		for _, s := range r.summary {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", s[0], s[1], s[2])
		}
	}
	b.WriteString("\nThe chain (transactions and followed logs per step; rentals per fate):\n\n| step | transactions | logs |\n| --- | ---: | ---: |\n")
	for s := step(0); s < stepCount; s++ {
		name := stepInfo[s].name
		if m.Steps[name] > 0 {
			fmt.Fprintf(&b, "| %s | %d | %d |\n", name, m.Steps[name], m.StepLogs[name])
		}
	}
	var fateNames []string
	total := 0
	for _, f := range fates {
		fateNames = append(fateNames, f.name)
		total += m.Fates[f.name]
	}
	b.WriteString("\n| rentals by fate | count | share |\n| --- | ---: | ---: |\n")
	for _, n := range fateNames {
		fmt.Fprintf(&b, "| %s | %d | %.1f %% |\n", n, m.Fates[n], 100*float64(m.Fates[n])/float64(max(1, total)))
	}
	if r.profileRun != nil {
		fmt.Fprintf(&b, "\nProfile of ours (a separate run under `perf record -F 499 -g`, %.2f s, %.0f events/s; `perf report --no-children --sort symbol`, self time ≥ 1 %%):\n\n```\n%s\n```\n",
			r.profileRun.Seconds, r.profileRun.Rate(), r.profile)
	}
	return b.String()
}
