// Package demo is `make demo`: the whole system on an embedded devnet. It starts anvil
// and a private PostgreSQL under .data/, deploys the suite with the deploy script,
// migrates, runs the indexer, the API and the keeper, plays the sharing-economy story
// through the Go bindings (the keeper process collects the default, the device
// simulator signs the usage reports), prints a summary and the URLs, and stays up until
// interrupted — or, with Exit set, checks through the REST API that every step is
// visible and returns.
package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/migrations"
	"sharechain/services/api"
	"sharechain/services/device"
	"sharechain/services/keeper"
)

// Config configures a demo run.
type Config struct {
	Root     string    // repository root (deploy script, node_modules)
	DataDir  string    // where PostgreSQL keeps its data and the logs go; default Root/.data
	HTTPAddr string    // the API's address; default 127.0.0.1:8080, or a free port when taken
	RPCPort  int       // anvil's port; default 8545, or a free port when taken
	Exit     bool      // check through the API and return instead of staying up
	Out      io.Writer // the console
}

// Run runs the demo until ctx ends (or, with Exit, until the checks are done).
func Run(ctx context.Context, cfg Config) error {
	if cfg.DataDir == "" {
		cfg.DataDir = filepath.Join(cfg.Root, ".data")
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = "127.0.0.1:8080"
	}
	if cfg.RPCPort == 0 {
		cfg.RPCPort = 8545
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return err
	}
	logPath := filepath.Join(cfg.DataDir, "demo.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return err
	}
	defer logFile.Close()
	d := &demo{cfg: cfg, out: cfg.Out, logger: slog.New(slog.NewTextHandler(logFile, &slog.HandlerOptions{Level: slog.LevelInfo})),
		logPath: logPath}
	defer d.stop()
	return d.run(ctx)
}

type demo struct {
	cfg     Config
	out     io.Writer
	logger  *slog.Logger
	logPath string
	step    int
	stops   []func()

	anvil    *localnet.Anvil
	pg       *localnet.Postgres
	dbURL    string
	manifest *manifest.Manifest
	client   *ethclient.Client
	pool     *pgxpool.Pool
	apiURL   string
	keeper   *keeper.Keeper
	suite    *devnet.Suite
	scenario *devnet.Scenario
	mallory  *ecdsa.PrivateKey
	iot      *iot
	gateway  string // the local IPFS gateway serving the metadata documents
	coOwned  *coOwned
}

const steps = 12

// do runs one numbered step and prints how long it took.
func (d *demo) do(what string, f func() error) error {
	d.step++
	fmt.Fprintf(d.out, "[%d/%d] %s ... ", d.step, steps, what)
	start := time.Now()
	if err := f(); err != nil {
		fmt.Fprintln(d.out, "failed")
		return fmt.Errorf("%s: %w (logs: %s)", what, err, d.logPath)
	}
	fmt.Fprintf(d.out, "ok (%.1fs)\n", time.Since(start).Seconds())
	return nil
}

func (d *demo) stop() {
	for i := len(d.stops) - 1; i >= 0; i-- {
		d.stops[i]()
	}
}

func (d *demo) run(ctx context.Context) error {
	for _, s := range []struct {
		what string
		f    func(context.Context) error
	}{
		{"starting anvil", d.startAnvil},
		{"starting PostgreSQL in " + filepath.Join(d.cfg.DataDir, "postgres"), d.startPostgres},
		{"deploying the suite with deploy/Deploy.s.sol", d.deploy},
		{"migrating the database", d.migrate},
		{"starting the indexer, the API and the keeper", d.startServices},
		{"starting Mosquitto and the IoT data service (sharechain telemetry)", d.startIoT},
		{"serving the assets' metadata documents (a local IPFS gateway) to the metadata worker", d.startDiscovery},
		{"playing the sharing-economy scenario", d.play},
		{"blacklisting Mallory, who forged an asset's documents", d.blacklist},
		{"a co-owned car: its income split 60/40 and pulled by its co-owners", d.playCoOwnedCar},
		{"the IoT chapter: an e-bike's ride over MQTT, its lock's return, a tampered tracker", d.playIoT},
		{"waiting for the indexer to reach the head", d.waitIndexed},
	} {
		if err := d.do(s.what, func() error { return s.f(ctx) }); err != nil {
			return err
		}
	}
	if err := d.summary(ctx); err != nil {
		return err
	}
	if d.cfg.Exit {
		return d.check(ctx)
	}
	fmt.Fprintln(d.out, "\nThe demo stays up; press Ctrl-C to stop it.")
	<-ctx.Done()
	fmt.Fprintln(d.out, "stopping")
	return nil
}

// isFree reports whether port is free on 127.0.0.1.
func isFree(port int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// port returns want when it is free, else a free port.
func port(want int) (int, error) {
	if isFree(want) {
		return want, nil
	}
	return localnet.FreePort()
}

func (d *demo) startAnvil(context.Context) error {
	// the configured port when it is free, else one anvil binds itself
	p := 0
	if isFree(d.cfg.RPCPort) {
		p = d.cfg.RPCPort
	}
	var err error
	if d.anvil, err = localnet.StartAnvil(p); err != nil {
		return err
	}
	d.stops = append(d.stops, d.anvil.Stop)
	d.client, err = ethclient.Dial(d.anvil.RPC)
	if err != nil {
		return err
	}
	d.stops = append(d.stops, d.client.Close)
	return nil
}

func (d *demo) startPostgres(ctx context.Context) error {
	pg, err := localnet.NewPostgres(filepath.Join(d.cfg.DataDir, "postgres"))
	if err != nil {
		return err
	}
	if !pg.Initialized() {
		if err := pg.Init(); err != nil {
			return err
		}
	}
	p, err := port(5433)
	if err != nil {
		return err
	}
	// a demo database is rebuilt on every run: durability is not the point here
	if err := pg.Start(p, "-c fsync=off", "-c synchronous_commit=off"); err != nil {
		return err
	}
	d.pg = pg
	d.stops = append(d.stops, func() { _ = pg.Stop("fast") })
	conn, err := pgx.Connect(ctx, pg.URL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	// the chain is new on every run, so is the database
	if _, err := conn.Exec(ctx, `DROP DATABASE IF EXISTS sharechain WITH (FORCE)`); err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, `CREATE DATABASE sharechain`); err != nil {
		return err
	}
	d.dbURL = pg.URL("sharechain")
	return nil
}

// deploy runs the deploy script as an operator would, with anvil's first dev key (a
// public test key: fine on a devnet, never elsewhere) and the scenario's roles.
func (d *demo) deploy(ctx context.Context) error {
	forge, err := localnet.FoundryBinary("forge")
	if err != nil {
		return err
	}
	a := devnet.DevActors()
	addrs := func(keys ...*ecdsa.PrivateKey) string {
		s := make([]string, len(keys))
		for i, k := range keys {
			s[i] = devnet.Address(k).Hex()
		}
		return strings.Join(s, ",")
	}
	cmd := exec.CommandContext(ctx, forge, "script", "deploy/Deploy.s.sol", "--rpc-url", d.anvil.RPC, "--broadcast",
		"--private-key", "0x"+hex.EncodeToString(crypto.FromECDSA(devnet.DevKey(0))))
	cmd.Dir = d.cfg.Root
	cmd.Env = append(os.Environ(),
		"VERIFIERS="+addrs(a.Deployer), "GOVERNOR="+addrs(a.Deployer), "ORACLES="+addrs(a.Oracle),
		"ARBITERS="+addrs(a.Arbiters[0], a.Arbiters[1], a.Arbiters[2]))
	logOut, err := os.Create(filepath.Join(d.cfg.DataDir, "deploy.log"))
	if err != nil {
		return err
	}
	defer logOut.Close()
	cmd.Stdout, cmd.Stderr = logOut, logOut
	if err := cmd.Run(); err != nil {
		out, _ := os.ReadFile(logOut.Name())
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		return fmt.Errorf("forge script: %w; its last lines (all in %s):\n%s", err, logOut.Name(),
			strings.Join(lines[max(0, len(lines)-15):], "\n"))
	}
	path := filepath.Join(d.cfg.Root, "deploy", "deployments", "31337.json")
	if d.manifest, err = manifest.Load(path); err != nil {
		return err
	}
	d.suite, err = devnet.Attach(ctx, d.client, devnet.DevKey(0), d.manifest.StartBlock, d.manifest.Contracts)
	return err
}

func (d *demo) migrate(context.Context) error {
	r, err := migrations.Open(d.dbURL)
	if err != nil {
		return err
	}
	defer r.Close()
	return r.Up()
}

func (d *demo) startServices(ctx context.Context) error {
	var err error
	if d.pool, err = pg.Open(ctx, d.dbURL, time.Minute); err != nil {
		return err
	}
	d.stops = append(d.stops, d.pool.Close)
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.stops = append(d.stops, cancel)

	var addrs = make([]string, 0, 5)
	cfg := source.Config{RPCURL: d.anvil.RPC, WSURL: d.anvil.WS, Logger: d.logger}
	for _, f := range d.manifest.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
		addrs = append(addrs, f.Name)
	}
	src, err := source.New(ctx, cfg)
	if err != nil {
		return err
	}
	d.stops = append(d.stops, src.Close)
	ix, err := indexer.New(indexer.Config{Confirmations: 2, Logger: d.logger}, d.manifest, src, store.New(d.pool, d.manifest.ChainID))
	if err != nil {
		return err
	}
	go func() {
		if err := ix.Run(ctx); err != nil && ctx.Err() == nil {
			d.logger.Error("indexer stopped", "err", err)
		}
	}()

	platform := dappPlatform()
	srv, err := api.New(api.Config{Pool: d.pool, Manifest: d.manifest, Logger: d.logger, CORSOrigins: []string{"*"},
		DappPlatform: &platform})
	if err != nil {
		return err
	}
	httpAddr := d.cfg.HTTPAddr
	ln, err := net.Listen("tcp", httpAddr)
	if err != nil {
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			return err
		}
	}
	d.apiURL = "http://" + ln.Addr().String()
	go func() {
		if err := srv.Serve(ctx, ln); err != nil && ctx.Err() == nil {
			d.logger.Error("API stopped", "err", err)
		}
	}()

	d.keeper, err = keeper.New(keeper.Config{Pool: d.pool, Backend: d.client, Manifest: d.manifest, Key: devnet.DevActors().Keeper,
		Interval: 500 * time.Millisecond, Logger: d.logger})
	if err != nil {
		return err
	}
	go func() {
		if err := d.keeper.Run(ctx); err != nil && ctx.Err() == nil {
			d.logger.Error("keeper stopped", "err", err)
		}
	}()
	return nil
}

func (d *demo) play(ctx context.Context) error {
	fmt.Fprintln(d.out)
	a := devnet.DevActors()
	// the device simulator relays its own reports: give it gas money
	if err := d.anvil.Call(nil, "anvil_setBalance", devnet.Address(a.Device).Hex(), "0xde0b6b3a7640000"); err != nil {
		return err
	}
	dev := device.New(a.Device, d.suite.ChainID, d.suite.PledgeEscrow, d.client)
	var err error
	d.scenario, err = devnet.PlayWith(ctx, d.suite, devnet.PlayOptions{
		Logf: func(format string, args ...any) { fmt.Fprintf(d.out, "      %s\n", fmt.Sprintf(format, args...)) },
		Await: func(ctx context.Context, duty devnet.Duty, id *big.Int) error {
			// the keeper process scans the indexer's tables; wait until the API shows
			// the rental in the state the call leaves it in
			want := map[devnet.Duty]string{devnet.DutyRelease: "settled", devnet.DutyNoShow: "no_show", devnet.DutyDefault: "defaulted"}[duty]
			deadline := time.Now().Add(time.Minute)
			for time.Now().Before(deadline) {
				var r api.Rental
				if err := d.get(ctx, "/v1/rentals/"+id.String(), &r); err == nil && r.Status == want {
					fmt.Fprintf(d.out, "      the keeper process called %s on rental %s\n", duty, id)
					return nil
				}
				time.Sleep(200 * time.Millisecond)
			}
			return fmt.Errorf("the keeper did not call %s on rental %s within a minute", duty, id)
		},
		ReportUsage: func(ctx context.Context, id, units *big.Int, damageBps uint16) error {
			_, _, err := dev.Send(ctx, device.Report{RentalID: id, Units: units, DamageBps: damageBps})
			return err
		},
		TelemetryService: true,
	})
	fmt.Fprint(d.out, "      ")
	return err
}

func (d *demo) blacklist(ctx context.Context) error {
	d.mallory = devnet.DerivedKey("mallory")
	b := d.suite.Bindings.CreditRegistry
	_, err := d.suite.Transact(ctx, d.suite.Deployer, d.suite.CreditRegistry,
		b.PackBlacklist(devnet.Address(d.mallory), crypto.Keccak256Hash([]byte("forged the land-registry extract of a room"))))
	return err
}

func (d *demo) waitIndexed(ctx context.Context) error {
	head, err := d.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	var st api.Status
	return d.get(ctx, fmt.Sprintf("/v1/status?min_block=%d&wait=10000", head), &st)
}

// get reads path from the API into out; a non-200 answer is an error.
func (d *demo) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.apiURL+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s = %d %s", path, resp.StatusCode, body)
	}
	return decodeJSON(body, out)
}
