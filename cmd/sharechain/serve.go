package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/services/api"
)

// The API's live heap is small (tens of MB: a page of rows per request in flight), so
// its garbage collector may let the heap grow further between cycles: at the default
// GOGC of 100 the collector took a fifth of the server's CPU on list pages; at 400 a
// page costs ~25 % less CPU (BENCHMARKS.md). The soft limit caps that growth. GOGC and
// GOMEMLIMIT in the environment take precedence.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 256 << 20
)

func runServe(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stdout)
	httpAddr := envFlag(fs, "http-addr", "127.0.0.1:8080", "listen address of the API, explorer, docs and metrics")
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL (a read-only role suffices)")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest; several, comma-separated, "+
		"serve several deployments indexed into one database, each under /v1/chains/{chainId}/")
	origins := envFlag(fs, "cors-origins", "", "comma-separated browser origins allowed to call the API (* for any; none when empty)")
	maxLag := envFlag(fs, "max-lag", "64", "indexer lag in blocks above which /readyz answers 503")
	maxReplLag := envFlag(fs, "max-replication-lag", "30s", "on a hot standby, the replication lag above which /readyz answers 503 (a Go duration)")
	maxStreams := envFlag(fs, "max-streams", "256", "most concurrent /v1/events/stream clients; more are answered 503")
	authSecret := envFlag(fs, "auth-secret", "", "secret keying Sign-In with Ethereum nonces, at least 32 characters, shared by every "+
		"serve process of the deployment (prefer the environment to the flag: a flag shows in ps); random per process when empty")
	authDomains := envFlag(fs, "auth-domains", "", "comma-separated domains (host[:port]) whose SIWE messages are accepted: "+
		"the dApps' hosts; the Host each request was sent to when empty")
	dappPlatform := envFlag(fs, "dapp-platform", "", "address of the registered platform the booking page at /book/ names in rent "+
		"(its share of the platform fee); none when empty")
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
	lag, err := strconv.ParseInt(*maxLag, 10, 64)
	if err != nil || lag <= 0 {
		return fmt.Errorf("%w: --max-lag: %q is not a positive integer", errUsage, *maxLag)
	}
	replLag, err := time.ParseDuration(*maxReplLag)
	if err != nil || replLag <= 0 {
		return fmt.Errorf("%w: --max-replication-lag: %q is not a positive duration such as 30s", errUsage, *maxReplLag)
	}
	streams, err := strconv.Atoi(*maxStreams)
	if err != nil || streams <= 0 {
		return fmt.Errorf("%w: --max-streams: %q is not a positive integer", errUsage, *maxStreams)
	}
	if *authSecret != "" && len(*authSecret) < 32 {
		return fmt.Errorf("%w: --auth-secret (or AUTH_SECRET) must be at least 32 characters", errUsage)
	}
	var domains []string
	for _, d := range strings.Split(*authDomains, ",") {
		if d = strings.TrimSpace(d); d != "" {
			domains = append(domains, d)
		}
	}
	var platform *common.Address
	if *dappPlatform != "" {
		if !common.IsHexAddress(*dappPlatform) {
			return fmt.Errorf("%w: --dapp-platform (or DAPP_PLATFORM): %q is not an address", errUsage, *dappPlatform)
		}
		a := common.HexToAddress(*dappPlatform)
		platform = &a
	}
	logger, err := newLogger(*logLevel)
	if err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	var manifests []*manifest.Manifest
	for _, path := range strings.Split(*manifestPath, ",") {
		if path = strings.TrimSpace(path); path == "" {
			continue
		}
		m, err := manifest.Load(path)
		if err != nil {
			return err
		}
		manifests = append(manifests, m)
	}
	if len(manifests) == 0 {
		return fmt.Errorf("%w: --manifest (or MANIFEST) names no manifest", errUsage)
	}
	var allowed []string
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			allowed = append(allowed, o)
		}
	}
	// the pool connects lazily, so the API starts (and answers 503) while the database
	// is down, and recovers on its own when it is back
	pool, err := pg.Open(ctx, *dbURL, 10*time.Second)
	if err != nil {
		return err
	}
	defer pool.Close()
	srv, err := api.NewChains(api.Config{Pool: pool, Logger: logger, CORSOrigins: allowed, MaxLag: lag,
		MaxReplicationLag: replLag, MaxStreams: streams, AuthSecret: []byte(*authSecret), AuthDomains: domains,
		DappPlatform: platform}, manifests)
	if err != nil {
		return err
	}
	return srv.Run(ctx, *httpAddr)
}
