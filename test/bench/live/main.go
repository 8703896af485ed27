// Command live measures the live latency of DESIGN.md §3: from anvil mining a block
// (its newHeads notification) to the API answering min_block for that block, over many
// transactions, with the indexer following the head and the API serving over loopback.
//
//	go run ./test/bench/live -n 1000
//
// It starts its own anvil and a private PostgreSQL (internal/localnet), deploys the
// suite, and runs the real indexer and API in this process. Each round sends one
// transaction (an asset registration), waits for the newHeads notification of its
// block, and then times GET /v1/status?min_block=<block>&wait=5000 from that moment.
//
// With -standby it also makes a streaming hot standby of the cluster (pg_basebackup -R)
// and serves a second API from it (DESIGN §6.5): each round then times both answers
// from the same moment, the standby's including the replication lag and its replay
// watcher's wake-up.
//
//	go run ./test/bench/live -n 1000 -standby
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/migrations"
	"sharechain/services/api"
	"sharechain/test/bench/benchmd"
)

func main() {
	n := flag.Int("n", 1000, "transactions to time")
	confirmations := flag.Uint64("confirmations", 12, "the indexer's confirmations")
	out := flag.String("out", "", "markdown file whose generated section \"live\" gets the result (none when empty)")
	standby := flag.Bool("standby", false, "also serve from a streaming standby of the database and time it beside the primary")
	flag.Parse()
	if err := run(*n, *confirmations, *standby, *out); err != nil {
		log.Fatal(err)
	}
}

func run(n int, confirmations uint64, withStandby bool, out string) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))

	node, err := localnet.StartAnvil(0)
	if err != nil {
		return err
	}
	defer node.Stop()
	dir, err := os.MkdirTemp("", "sharechain-live-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	cluster, err := localnet.NewPostgres(dir + "/pg")
	if err != nil {
		return err
	}
	if err := cluster.Init(); err != nil {
		return err
	}
	pgPort, err := localnet.FreePort()
	if err != nil {
		return err
	}
	if err := cluster.Start(pgPort); err != nil { // durable settings: what production runs
		return err
	}
	defer cluster.Stop("immediate") //nolint:errcheck // a benchmark's cluster
	url := cluster.URL("postgres")
	mr, err := migrations.Open(url)
	if err != nil {
		return err
	}
	if err := mr.Up(); err != nil {
		return err
	}
	mr.Close()
	var standbyURL string
	if withStandby {
		port, err := localnet.FreePort()
		if err != nil {
			return err
		}
		sb, err := cluster.Standby(dir+"/standby", port)
		if err != nil {
			return err
		}
		defer sb.Stop("immediate") //nolint:errcheck // a benchmark's cluster
		standbyURL = sb.URL("postgres")
	}

	client, err := ethclient.Dial(node.WS)
	if err != nil {
		return err
	}
	defer client.Close()
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		return err
	}
	raw, err := suite.ManifestJSON()
	if err != nil {
		return err
	}
	m, err := manifest.Parse(raw)
	if err != nil {
		return err
	}
	pool, err := pg.Open(ctx, url, time.Minute)
	if err != nil {
		return err
	}
	defer pool.Close()

	cfg := source.Config{RPCURL: node.RPC, WSURL: node.WS, Logger: quiet}
	for _, f := range m.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	src, err := source.New(ctx, cfg)
	if err != nil {
		return err
	}
	defer src.Close()
	ix, err := indexer.New(indexer.Config{Confirmations: confirmations, Logger: quiet}, m, src, store.New(pool, m.ChainID))
	if err != nil {
		return err
	}
	go func() {
		if err := ix.Run(ctx); err != nil && ctx.Err() == nil {
			log.Printf("indexer: %v", err)
		}
	}()
	// one API per database, each on its own loopback port
	serveFrom := func(url string) (string, error) {
		p, err := pg.Open(ctx, url, time.Minute)
		if err != nil {
			return "", err
		}
		srv, err := api.New(api.Config{Pool: p, Manifest: m, Logger: quiet})
		if err != nil {
			return "", err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", err
		}
		go func() { srv.Serve(ctx, ln); p.Close() }() //nolint:errcheck // stops with ctx
		return "http://" + ln.Addr().String(), nil
	}
	bases := []string{""}
	names := []string{"primary"}
	if bases[0], err = serveFrom(url); err != nil {
		return err
	}
	if withStandby {
		b, err := serveFrom(standbyURL)
		if err != nil {
			return err
		}
		bases, names = append(bases, b), append(names, "standby")
	}
	httpc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}

	heads := make(chan *types.Header, 16)
	sub, err := client.SubscribeNewHead(ctx, heads)
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()

	get := func(base string, block uint64) error {
		resp, err := httpc.Get(fmt.Sprintf("%s/v1/status?min_block=%d&wait=5000", base, block))
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body) //nolint:errcheck // draining for keep-alive
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("min_block=%d answered %d", block, resp.StatusCode)
		}
		return nil
	}
	// warm up: the indexer reaches the head, connections open
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	for _, b := range bases {
		if err := get(b, head); err != nil {
			return err
		}
	}

	provider := devnet.DevKey(1)
	reg := suite.Bindings.AssetRegistry
	lat := make([][]time.Duration, len(bases))
	stamp := benchmd.Stamp(benchmd.Command("test/bench/live"))
	for i := 0; i < n; i++ {
		code := crypto.Keccak256Hash([]byte(fmt.Sprintf("live-%d-%d", time.Now().UnixNano(), i)))
		data := reg.PackRegister(code, code, "ipfs://live")
		errc := make(chan error, 1)
		go func() { _, err := suite.Transact(ctx, provider, suite.AssetRegistry, data); errc <- err }()
		var h *types.Header
		select {
		case h = <-heads:
		case err := <-sub.Err():
			return err
		case <-time.After(10 * time.Second):
			return fmt.Errorf("round %d: no newHeads", i)
		}
		t0 := time.Now()
		took := make([]time.Duration, len(bases))
		errs := make(chan error, len(bases))
		for j, b := range bases {
			go func() {
				err := get(b, h.Number.Uint64())
				took[j] = time.Since(t0)
				errs <- err
			}()
		}
		for range bases {
			if err := <-errs; err != nil {
				return err
			}
		}
		for j := range bases {
			lat[j] = append(lat[j], took[j])
		}
		if err := <-errc; err != nil {
			return err
		}
	}
	fmt.Printf("live latency, newHeads → API answers min_block (n=%d, confirmations=%d):\n", n, confirmations)
	table := fmt.Sprintf("%s\n\n| API reads from | transactions | p50 | p90 | p99 | max | load average at the end |\n|---|---:|---:|---:|---:|---:|---:|\n", stamp)
	load := benchmd.Load()
	for j, l := range lat {
		slices.Sort(l)
		q := func(p float64) time.Duration { return l[int(p*float64(len(l)-1))] }
		fmt.Printf("  %-8s p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms\n",
			names[j], ms(q(0.50)), ms(q(0.90)), ms(q(0.99)), ms(l[len(l)-1]))
		table += fmt.Sprintf("| %s | %d | %.2f ms | %.2f ms | **%.2f ms** | %.2f ms | %s |\n",
			names[j], n, ms(q(0.50)), ms(q(0.90)), ms(q(0.99)), ms(l[len(l)-1]), load)
	}
	if out == "" {
		return nil
	}
	return benchmd.Update(out, "live", table)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
