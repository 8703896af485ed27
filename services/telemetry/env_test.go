package telemetry_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/localnet"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/internal/testenv"
	"sharechain/services/telemetry"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// anchorArtifact is TelemetryAnchor compiled by forge into out-telemetry/ (the
// repository's out/ belongs to whoever builds last), once per test binary.
var anchorArtifact = sync.OnceValues(func() (artifact, error) {
	var a artifact
	root, err := testenv.ModuleRoot()
	if err != nil {
		return a, err
	}
	forge, err := localnet.FoundryBinary("forge")
	if err != nil {
		return a, err
	}
	out := filepath.Join(root, "out-telemetry")
	cmd := exec.Command(forge, "build", "contracts/TelemetryAnchor.sol")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "FOUNDRY_OUT="+out, "FOUNDRY_CACHE_PATH="+filepath.Join(root, "cache-telemetry"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		return a, fmt.Errorf("forge build contracts/TelemetryAnchor.sol: %w\n%s", err, msg)
	}
	raw, err := os.ReadFile(filepath.Join(out, "TelemetryAnchor.sol", "TelemetryAnchor.json"))
	if err != nil {
		return a, err
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return a, err
	}
	if a.abi, err = abi.JSON(bytes.NewReader(art.ABI)); err != nil {
		return a, err
	}
	a.code, err = hexutil.Decode(art.Bytecode.Object)
	return a, err
})

type artifact struct {
	abi  abi.ABI
	code []byte
}

// env is an indexed devnet with a TelemetryAnchor in its manifest and assets whose
// verification covers a device each.
type env struct {
	*indexedtest.Env
	anchor    common.Address
	anchorABI abi.ABI
	devices   []*ecdsa.PrivateKey
	tokens    []*big.Int
	domain    itelemetry.Domain
	anchorKey *ecdsa.PrivateKey
}

func newEnv(t testing.TB, assets int) *env {
	t.Helper()
	art, err := anchorArtifact()
	if err != nil {
		t.Fatal(err)
	}
	ie := indexedtest.Start(t, indexedtest.Options{})
	ctx := context.Background()
	e := &env{Env: ie, anchorABI: art.abi, anchorKey: devnet.DevKey(0)}
	// deploy TelemetryAnchor (admin: the deployer) and let the deployer anchor
	args, err := art.abi.Pack("", devnet.Address(e.anchorKey))
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(e.anchorKey, e.Suite.ChainID)
	addr, tx, err := bind.DeployContract(opts, art.code, e.Client, args)
	if err != nil {
		t.Fatalf("deploying TelemetryAnchor: %v", err)
	}
	if _, err := bind.WaitDeployed(ctx, e.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	e.anchor = addr
	role := crypto.Keccak256Hash([]byte("ANCHOR_ROLE"))
	e.transact(t, e.anchorKey, addr, e.pack(t, "grantRole", role, devnet.Address(e.anchorKey)))
	e.Manifest.Contracts[telemetry.TelemetryAnchor] = addr
	e.domain = itelemetry.NewDomain("TelemetryAnchor", e.Manifest.ChainID, addr)

	for i := range assets {
		dev := devnet.DerivedKey(fmt.Sprintf("telemetry device %d", i))
		e.devices = append(e.devices, dev)
		e.tokens = append(e.tokens, e.register(t, devnet.DevKey(1), devnet.Address(dev), fmt.Sprintf("SN:TELEMETRY-%d", i)))
	}
	e.Sync(t)
	return e
}

func (e *env) pack(t testing.TB, method string, args ...any) []byte {
	t.Helper()
	data, err := e.anchorABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func (e *env) transact(t testing.TB, key *ecdsa.PrivateKey, to common.Address, data []byte) {
	t.Helper()
	if _, err := e.Suite.Transact(context.Background(), key, to, data); err != nil {
		t.Fatalf("transaction to %s: %v", to.Hex(), err)
	}
}

// register registers an asset of owner, binds device to it and verifies it for a year.
func (e *env) register(t testing.TB, owner *ecdsa.PrivateKey, device common.Address, code string) *big.Int {
	t.Helper()
	ctx := context.Background()
	b := e.Suite.Bindings.AssetRegistry
	reg := e.Suite.AssetRegistry
	r, err := e.Suite.Transact(ctx, owner, reg, b.PackRegister(crypto.Keccak256Hash([]byte(code)), crypto.Keccak256Hash([]byte(code+" doc")), "ipfs://x/"+code))
	if err != nil {
		t.Fatalf("registering %s: %v", code, err)
	}
	var id *big.Int
	for _, l := range r.Logs {
		if ev, err := b.UnpackAssetRegisteredEvent(l); err == nil {
			id = ev.TokenId
		}
	}
	if id == nil {
		t.Fatalf("registering %s: no AssetRegistered", code)
	}
	e.transact(t, owner, reg, b.PackBindDevice(id, device))
	now := e.latest(t)
	e.transact(t, devnet.DevKey(0), reg, b.PackVerify(id, now+365*24*3600))
	return id
}

// latest is the time of the chain's latest block (the indexer is synced in the tests
// that use it).
func (e *env) latest(t testing.TB) uint64 {
	t.Helper()
	tm, err := e.Suite.LatestTime(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// reading signs a reading of asset i by its device.
func (e *env) reading(t testing.TB, i int, seq, tm uint64, kind string, value int64) telemetry.WireReading {
	t.Helper()
	return signWith(t, e.domain, e.devices[i], e.tokens[i], seq, tm, kind, value)
}

func signWith(t testing.TB, d itelemetry.Domain, key *ecdsa.PrivateKey, token *big.Int, seq, tm uint64, kind string, value int64) telemetry.WireReading {
	t.Helper()
	r := itelemetry.Reading{TokenID: token, Seq: seq, Time: tm, Kind: itelemetry.MustKind(kind), Value: big.NewInt(value)}
	w, err := telemetry.SignReading(d, key, &r)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (e *env) ingester(t testing.TB, cfg telemetry.IngestConfig) *telemetry.Ingester {
	t.Helper()
	cfg.Pool, cfg.Manifest, cfg.Logger = e.Pool, e.Manifest, quiet
	in, err := telemetry.NewIngester(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(in.Close)
	return in
}

// post sends body to the ingester's HTTP handler and returns the status and the body.
func post(t *testing.T, srv *httptest.Server, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(srv.URL+telemetry.ReadingsPath, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, got
}

func batchJSON(t testing.TB, rs ...telemetry.WireReading) []byte {
	t.Helper()
	b, err := json.Marshal(telemetry.Batch{Readings: rs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// brief is a result as "status" or "refused:reason", for comparing lists.
func brief(rs []telemetry.Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r.Status)
		if r.Reason != nil {
			out[i] += ":" + string(*r.Reason)
		}
	}
	return out
}

// stored counts the stored readings of device: in telemetry_readings and in
// telemetry_seqs, which must agree.
func (e *env) stored(t testing.TB, device common.Address) int {
	t.Helper()
	var readings, seqs int
	ctx := context.Background()
	if err := e.Pool.QueryRow(ctx, `SELECT count(*) FROM telemetry_readings WHERE device = $1`, device.Bytes()).Scan(&readings); err != nil {
		t.Fatal(err)
	}
	if err := e.Pool.QueryRow(ctx, `SELECT count(*) FROM telemetry_seqs WHERE device = $1`, device.Bytes()).Scan(&seqs); err != nil {
		t.Fatal(err)
	}
	if readings != seqs {
		t.Fatalf("device %s: %d rows in telemetry_readings, %d in telemetry_seqs", device.Hex(), readings, seqs)
	}
	return readings
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
