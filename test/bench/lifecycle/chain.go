package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/test/bench/internal/benchrun"
)

// anvilGasLimit is anvil's block gas limit while generating.
const anvilGasLimit = 1_000_000_000

// finalityBlocks are the empty blocks mined after the last event: Ponder backfills only
// up to head - 30 on chains it does not know before it reports ready.
const finalityBlocks = 32

// generatorVersion names the generator's behaviour in the cache key: change it whenever
// steps.go or sim.go make a different chain from the same flags.
// (v4: the chain's event count takes every contract the indexer follows.)
const generatorVersion = "lifecycle-v4 (protocol v2)"

// followed are the contracts of the manifest handed to every tool: the suite without
// PaymentToken, which our indexer never follows (DESIGN.md §3, "compare like with like").
// The Ponder app builds the projections of the first five; TelemetryAnchor and
// SplitFactory only log their deployment on this chain.
var followed = []string{"RewardToken", "AssetRegistry", "CreditRegistry", "PledgeEscrow", "Arbitration", "TelemetryAnchor",
	"SplitFactory"}

// chainMeta is what a generated chain holds; it is saved beside the state.
type chainMeta struct {
	Key      string         `json:"key"`
	Target   int            `json:"target"`
	Seed     uint64         `json:"seed"`
	Events   int            `json:"events"` // logs of the followed contracts, startBlock..head
	Head     uint64         `json:"head"`
	Blocks   int            `json:"blocks"` // blocks the generator mined (with transactions)
	Txs      int            `json:"transactions"`
	GenSecs  float64        `json:"generate_seconds"`
	Steps    map[string]int `json:"steps"`      // transactions per step
	StepLogs map[string]int `json:"step_logs"`  // followed logs per step
	Fates    map[string]int `json:"fates"`      // rentals per fate
	Counts   map[string]int `json:"counts"`     // actors and assets
	Manifest string         `json:"manifest"`   // path
	ABIDir   string         `json:"abi_dir"`    // forge-shaped out/ of the followed contracts
	State    string         `json:"state_file"` // anvil --load-state file
}

// benchChain is a chain served by a running anvil.
type benchChain struct {
	meta  chainMeta
	anvil *node
}

// target is the chain as a run of ours sees it.
func (c *benchChain) target() benchrun.Chain {
	return benchrun.Chain{RPC: c.anvil.RPC, AnvilPID: c.anvil.PID(), Manifest: c.meta.Manifest, Head: c.meta.Head,
		Events: int64(c.meta.Events)}
}

// node is an anvil serving a saved chain.
type node struct {
	RPC   string
	cmd   *exec.Cmd
	done  chan struct{}
	cache string
}

// PID is the anvil process's id.
func (n *node) PID() int { return n.cmd.Process.Pid }

// Stop kills anvil and removes its cache folder.
func (n *node) Stop() {
	_ = n.cmd.Process.Kill()
	<-n.done
	os.RemoveAll(n.cache)
}

// Call makes one JSON-RPC call.
func (n *node) Call(result any, method string, params ...any) error {
	c, err := rpc.Dial(n.RPC)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Call(result, method, params...)
}

// cacheKey names a chain by what makes it: the generator, the flags and the bytecode of
// the suite (a contract change makes a new chain).
func cacheKey(target int, seed uint64, forgeOut string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s %d %d\n", generatorVersion, target, seed)
	for _, name := range append(followed, "PaymentToken") {
		raw, err := os.ReadFile(filepath.Join(forgeOut, name+".sol", name+".json"))
		if err != nil {
			return "", fmt.Errorf("reading the artifact of %s: %w", name, err)
		}
		var art struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
		}
		if err := json.Unmarshal(raw, &art); err != nil {
			return "", err
		}
		h.Write([]byte(art.Bytecode.Object))
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// loadOrBuild returns the cached chain of key in dir, or generates it and saves it there,
// and starts an anvil serving it from the saved state.
func loadOrBuild(ctx context.Context, dir string, target int, seed uint64, forgeOut string, rebuild bool) (*benchChain, error) {
	key, err := cacheKey(target, seed, forgeOut)
	if err != nil {
		return nil, err
	}
	chainDir := filepath.Join(dir, fmt.Sprintf("chain-%d-%s", target, key))
	metaPath := filepath.Join(chainDir, "chain.json")
	var meta chainMeta
	raw, err := os.ReadFile(metaPath)
	if err == nil && !rebuild {
		if err := json.Unmarshal(raw, &meta); err != nil {
			return nil, fmt.Errorf("reading %s: %w", metaPath, err)
		}
		log.Printf("using the cached chain %s (%d events, made in %.0fs); -rebuild makes it again", chainDir, meta.Events, meta.GenSecs)
	} else {
		if err := os.RemoveAll(chainDir); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(chainDir, 0o755); err != nil {
			return nil, err
		}
		if meta, err = generate(ctx, chainDir, target, seed, forgeOut); err != nil {
			return nil, err
		}
		meta.Key = key
		raw, _ := json.MarshalIndent(meta, "", "  ")
		if err := os.WriteFile(metaPath, append(raw, '\n'), 0o644); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	node, err := startFromState(meta.State)
	if err != nil {
		return nil, err
	}
	c := &benchChain{meta: meta, anvil: node}
	var head hexutil.Uint64
	if err := node.Call(&head, "eth_blockNumber"); err != nil || uint64(head) != meta.Head {
		node.Stop()
		return nil, fmt.Errorf("the anvil loaded from %s is at block %d, the chain's head is %d (%v)", meta.State, head, meta.Head, err)
	}
	log.Printf("anvil loaded the chain in %.1fs (head %d)", time.Since(start).Seconds(), meta.Head)
	return c, nil
}

// startFromState starts anvil on a saved state (a large one takes a while to load, longer
// than localnet.StartAnvil waits), with a private cache folder.
func startFromState(state string) (*node, error) {
	bin, err := localnet.FoundryBinary("anvil")
	if err != nil {
		return nil, err
	}
	port, err := localnet.FreePort()
	if err != nil {
		return nil, err
	}
	cache, err := os.MkdirTemp("", "sharechain-anvil-")
	if err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--host", "127.0.0.1", "--silent", "--load-state", state,
		"--gas-limit", strconv.Itoa(anvilGasLimit), "--cache-path", cache)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(cache)
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	n := &node{RPC: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, done: make(chan struct{}), cache: cache}
	go func() { _ = cmd.Wait(); close(n.done) }()
	for deadline := time.Now().Add(10 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		select {
		case <-n.done:
			os.RemoveAll(cache)
			return nil, fmt.Errorf("anvil exited while loading %s: %s", state, stderr.String())
		default:
		}
		var id hexutil.Uint64
		if err := n.Call(&id, "eth_chainId"); err == nil {
			return n, nil
		}
		if time.Now().After(deadline) {
			n.Stop()
			return nil, fmt.Errorf("anvil did not load %s within 10 minutes", state)
		}
	}
}

// generate starts anvil, deploys the suite, plays the platform until the chain holds at
// least target logs of the followed contracts, mines the finality blocks, counts the logs
// back with eth_getLogs and saves anvil's state, the manifest and the ABIs in dir.
func generate(ctx context.Context, dir string, target int, seed uint64, forgeOut string) (chainMeta, error) {
	var meta chainMeta
	start := time.Now()
	node, err := localnet.StartAnvil(0, "--gas-limit", strconv.Itoa(anvilGasLimit))
	if err != nil {
		return meta, err
	}
	defer node.Stop()
	rpcClient, err := rpc.DialContext(ctx, node.RPC)
	if err != nil {
		return meta, err
	}
	defer rpcClient.Close()
	client := ethclient.NewClient(rpcClient)

	// the world's actors are known before deployment: the verifiers and arbiters get roles
	probe := &devnet.Suite{Deployer: devnet.DevKey(0)}
	opts := lifecycleOptions(newWorld(nil, probe, seed, target))
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), opts)
	if err != nil {
		return meta, fmt.Errorf("deploying the suite: %w", err)
	}
	w := newWorld(rpcClient, suite, seed, target)
	for _, a := range []*actor{w.deployer, w.keeper[0]} {
		if a.nonce, err = client.PendingNonceAt(ctx, a.addr); err != nil {
			return meta, err
		}
	}
	// ETH for gas: setup, not part of the chain's events
	everyone := w.everyone()
	batch := make([]rpc.BatchElem, len(everyone))
	for i, a := range everyone {
		batch[i] = rpc.BatchElem{Method: "anvil_setBalance", Args: []any{a.addr, hexutil.EncodeBig(shr(1000))}, Result: new(json.RawMessage)}
	}
	if err := rpcClient.BatchCallContext(ctx, batch); err != nil {
		return meta, err
	}
	for _, b := range batch {
		if b.Error != nil {
			return meta, fmt.Errorf("anvil_setBalance: %w", b.Error)
		}
	}
	// every contract the indexer follows (the manifest's Followed: TelemetryAnchor and
	// SplitFactory too, whose deployments log), so that the count is what it must index
	mjson, err := suite.ManifestJSON()
	if err != nil {
		return meta, err
	}
	m, err := manifest.Parse(mjson)
	if err != nil {
		return meta, err
	}
	var addrs []common.Address
	for _, c := range m.Followed() {
		addrs = append(addrs, c.Address)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return meta, err
	}
	if w.events, err = benchrun.CountLogs(ctx, rpcClient, addrs, suite.StartBlock, head); err != nil {
		return meta, err
	}
	hdr, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return meta, err
	}
	w.now = hdr.Time + uint64(blockTime.Seconds())
	if err := rpcClient.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return meta, fmt.Errorf("turning automine off: %w", err)
	}
	log.Printf("generating: suite deployed (%d logs); %d providers, %d assets, %d renters, %d arbiters",
		w.events, len(w.providers), len(w.assets), len(w.renters), len(w.arbiters))
	w.setup()
	if err := w.runBlocks(ctx); err != nil {
		return meta, err
	}
	if err := rpcClient.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(finalityBlocks)); err != nil {
		return meta, fmt.Errorf("mining the empty blocks: %w", err)
	}
	if head, err = client.BlockNumber(ctx); err != nil {
		return meta, err
	}
	got, err := benchrun.CountLogs(ctx, rpcClient, addrs, suite.StartBlock, head)
	if err != nil {
		return meta, err
	}
	if got != w.events {
		return meta, fmt.Errorf("eth_getLogs finds %d logs of the followed contracts, the receipts held %d", got, w.events)
	}
	meta = chainMeta{Target: target, Seed: seed, Events: got, Head: head, Blocks: w.blocks, Txs: w.txs,
		Steps: map[string]int{}, StepLogs: map[string]int{}, Fates: w.fates,
		Counts: map[string]int{"providers": len(w.providers), "renters": len(w.renters), "assets": len(w.assets),
			"assets registered": w.nextAsset, "arbiters": len(w.arbiters), "verifiers": len(w.verifiers), "relayers": len(w.keeper),
			"platforms": len(w.platforms)},
		Manifest: filepath.Join(dir, "deployments", fmt.Sprintf("%d.json", suite.ChainID.Uint64())),
		ABIDir:   filepath.Join(dir, "out"), State: filepath.Join(dir, "anvil-state.json")}
	for s := step(0); s < stepCount; s++ {
		if w.perStep[s] > 0 {
			meta.Steps[stepInfo[s].name] = w.perStep[s]
			meta.StepLogs[stepInfo[s].name] = w.logsOf[s]
		}
	}
	log.Printf("generated %d events in %d blocks, %d transactions, in %.0fs; saving anvil's state", got, w.blocks, w.txs, time.Since(start).Seconds())
	if err := dumpState(ctx, rpcClient, meta.State); err != nil {
		return meta, err
	}
	if err := writeManifest(suite, meta.Manifest); err != nil {
		return meta, err
	}
	if err := copyABIs(forgeOut, meta.ABIDir); err != nil {
		return meta, err
	}
	meta.GenSecs = time.Since(start).Seconds()
	return meta, nil
}

// dumpState saves anvil's state, blocks and receipts included, as --load-state reads it.
func dumpState(ctx context.Context, c *rpc.Client, path string) error {
	var dumped string // hex of anvil's gzipped JSON
	if err := c.CallContext(ctx, &dumped, "anvil_dumpState"); err != nil {
		return fmt.Errorf("anvil_dumpState: %w", err)
	}
	gz, err := hex.DecodeString(strings.TrimPrefix(dumped, "0x"))
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, zr); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(path+".tmp", path)
}

// writeManifest writes the suite's manifest without PaymentToken.
func writeManifest(suite *devnet.Suite, path string) error {
	raw, err := suite.ManifestJSON()
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	delete(m["contracts"].(map[string]any), "PaymentToken")
	if raw, err = json.MarshalIndent(m, "", "  "); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, append(raw, '\n'), 0o644)
}

// copyABIs copies the followed contracts' forge artifacts into a forge-shaped dir.
func copyABIs(forgeOut, dir string) error {
	for _, name := range followed {
		art, err := os.ReadFile(filepath.Join(forgeOut, name+".sol", name+".json"))
		if err != nil {
			return fmt.Errorf("reading the ABI of %s: %w", name, err)
		}
		if err := os.MkdirAll(filepath.Join(dir, name+".sol"), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+".sol", name+".json"), art, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// forgeArtifacts returns forge's out/ holding the suite's artifacts ($FOUNDRY_OUT, else
// out/), building them into out-lifecycle/ when they are missing.
func forgeArtifacts(ctx context.Context, root string) (string, error) {
	has := func(dir string) bool {
		for _, name := range append(followed, "PaymentToken") {
			if _, err := os.Stat(filepath.Join(dir, name+".sol", name+".json")); err != nil {
				return false
			}
		}
		return true
	}
	dir := os.Getenv("FOUNDRY_OUT")
	if dir == "" {
		dir = "out"
	}
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
	dir = filepath.Join(root, "out-lifecycle")
	log.Printf("building the contracts with forge into %s", dir)
	cmd := exec.CommandContext(ctx, forge, "build", "contracts")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "FOUNDRY_OUT="+dir, "FOUNDRY_CACHE_PATH="+filepath.Join(root, "cache-lifecycle"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("forge build: %w\n%s", err, out)
	}
	if !has(dir) {
		return "", fmt.Errorf("forge build wrote no artifacts of the suite into %s", dir)
	}
	return dir, nil
}
