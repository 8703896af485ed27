package deploy_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
	"sharechain/internal/manifest"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// anvil's public development keys 0–3: funded on every anvil chain, whatever its id.
var devKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// sepoliaChainID makes an anvil node look like Sepolia, so that the public-testnet path
// (keystore only, operator's payment tokens and treasury, roles, admin handover) runs here.
const sepoliaChainID = 11155111

// TestMakeDeploy runs `make deploy` as an operator would, against anvil, with a Foundry
// keystore account whose password comes from a file, and checks the manifest it writes
// and the wiring on chain.
func TestMakeDeploy(t *testing.T) {
	p := newProject(t)
	deployer := address(t, devKeys[0])
	admin, governor, treasury := address(t, devKeys[1]), address(t, devKeys[2]), address(t, devKeys[3])
	// an example payment token (Circle's Sepolia USDC); on anvil it is just an address.
	usdc := common.HexToAddress("0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238")

	devnet := testenv.StartAnvil(t)
	sepolia := testenv.StartAnvil(t, "--chain-id", strconv.Itoa(sepoliaChainID))

	t.Run("refused", func(t *testing.T) {
		cases := []struct {
			name string
			env  []string
			want string
		}{
			{"no rpc url", []string{"ACCOUNT=dev0"}, "RPC_URL is required"},
			{"no account", []string{"RPC_URL=" + sepolia.RPC}, "ACCOUNT is required"},
			{"both account and key", []string{"RPC_URL=" + devnet.RPC, "ACCOUNT=dev0", "PRIVATE_KEY=0x" + devKeys[0]}, "not both"},
			{"private key off devnet", []string{"RPC_URL=" + sepolia.RPC, "PRIVATE_KEY=0x" + devKeys[0]}, "PRIVATE_KEY is for the local devnet (chain 31337) only"},
			{"verify without api key", []string{"RPC_URL=" + sepolia.RPC, "ACCOUNT=dev0", "VERIFY=1"}, "needs ETHERSCAN_API_KEY"},
			{"node down", []string{"RPC_URL=http://127.0.0.1:1", "ACCOUNT=dev0"}, "did not answer eth_chainId"},
			{"unknown keystore", []string{"RPC_URL=" + sepolia.RPC, "ACCOUNT=nosuch"}, "does not exist"},
			// v2: a public deployment never has a silent panel whose disputes end 50/50 blind
			{"no verifiers or arbiters", []string{"RPC_URL=" + sepolia.RPC, "ACCOUNT=dev0", "TREASURY=" + treasury.Hex()}, "VERIFIERS"},
			{"two arbiters for a quorum of three", []string{"RPC_URL=" + sepolia.RPC, "ACCOUNT=dev0", "TREASURY=" + treasury.Hex(),
				"VERIFIERS=" + governor.Hex(), "ARBITERS=" + admin.Hex() + "," + governor.Hex()}, "ARBITERS"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				out, err := p.makeDeploy(t, c.env...)
				var exit *exec.ExitError
				if !errors.As(err, &exit) {
					t.Fatalf("make deploy %q = %v, want a non-zero exit\n%s", c.env, err, out)
				}
				if !strings.Contains(out, c.want) {
					t.Errorf("make deploy %q said\n%s\nwant it to say %q", c.env, out, c.want)
				}
			})
		}
		if _, err := os.Stat(p.manifestPath(sepoliaChainID)); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("a refused deploy left a manifest behind: stat = %v", err)
		}
		if n := nonce(t, sepolia, deployer); n != 0 {
			t.Fatalf("a refused deploy sent transactions: nonce of %s = %d, want 0", deployer, n)
		}
	})

	t.Run("devnet keystore", func(t *testing.T) {
		out := p.mustDeploy(t, "RPC_URL="+devnet.RPC, "ACCOUNT=dev0")
		for _, want := range []string{"manifest: deploy/deployments/31337.json", "bin/sharechain migrate up", "bin/sharechain index", "bin/sharechain serve", "bin/sharechain keeper"} {
			if !strings.Contains(out, want) {
				t.Errorf("make deploy output lacks %q:\n%s", want, out)
			}
		}
		m := p.checkManifest(t, devnet, 31337)
		if _, ok := m.Contracts[manifest.PaymentToken]; !ok {
			t.Errorf("devnet manifest has no %s", manifest.PaymentToken)
		}
		if m.Treasury != deployer {
			t.Errorf("devnet treasury = %s, want the broadcaster %s", m.Treasury, deployer)
		}
		shr := rewardtoken.NewRewardToken()
		bal, err := shr.UnpackBalanceOf(call(t, devnet, m.Contracts[manifest.RewardToken], shr.PackBalanceOf(deployer)))
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18)); bal.Cmp(want) != 0 {
			t.Errorf("SHR balance of the broadcaster = %s, want %s", bal, want)
		}
	})

	t.Run("devnet private key", func(t *testing.T) {
		node := testenv.StartAnvil(t)
		p.mustDeploy(t, "RPC_URL="+node.RPC, "PRIVATE_KEY=0x"+devKeys[0])
		p.checkManifest(t, node, 31337)
	})

	t.Run("testnet keystore with roles", func(t *testing.T) {
		p.mustDeploy(t, "RPC_URL="+sepolia.RPC, "ACCOUNT=dev0", "DEPLOY_FLAGS=--slow",
			"PAYMENT_TOKENS="+usdc.Hex(), "TREASURY="+treasury.Hex(), "ADMIN="+admin.Hex(),
			"GOVERNOR="+governor.Hex(), "VERIFIERS="+governor.Hex()+","+treasury.Hex(),
			"ARBITERS="+admin.Hex()+","+governor.Hex()+","+treasury.Hex())
		m := p.checkManifest(t, sepolia, sepoliaChainID)
		if _, ok := m.Contracts[manifest.PaymentToken]; ok {
			t.Errorf("a non-devnet manifest lists a %s", manifest.PaymentToken)
		}
		if m.Treasury != treasury {
			t.Errorf("treasury = %s, want TREASURY %s", m.Treasury, treasury)
		}
		escrow := pledgeescrow.NewPledgeEscrow()
		ok, err := escrow.UnpackIsPaymentToken(call(t, sepolia, m.Contracts[manifest.PledgeEscrow], escrow.PackIsPaymentToken(usdc)))
		if err != nil || !ok {
			t.Errorf("isPaymentToken(%s) = %v, %v, want true", usdc, ok, err)
		}

		role := func(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
		var adminRole [32]byte
		type grant struct {
			contract string
			role     [32]byte
			roleName string
			account  common.Address
			want     bool
		}
		var grants []grant
		for _, c := range []string{manifest.RewardToken, manifest.AssetRegistry, manifest.CreditRegistry, manifest.PledgeEscrow, manifest.Arbitration} {
			grants = append(grants,
				grant{c, adminRole, "DEFAULT_ADMIN_ROLE", admin, true},
				grant{c, adminRole, "DEFAULT_ADMIN_ROLE", deployer, false})
		}
		for _, c := range []string{manifest.CreditRegistry, manifest.PledgeEscrow, manifest.Arbitration} {
			grants = append(grants, grant{c, role("GOVERNOR_ROLE"), "GOVERNOR_ROLE", governor, true})
		}
		grants = append(grants,
			grant{manifest.PledgeEscrow, role("PAUSER_ROLE"), "PAUSER_ROLE", admin, true},
			grant{manifest.PledgeEscrow, role("PAUSER_ROLE"), "PAUSER_ROLE", deployer, false},
			grant{manifest.AssetRegistry, role("VERIFIER_ROLE"), "VERIFIER_ROLE", governor, true},
			grant{manifest.AssetRegistry, role("VERIFIER_ROLE"), "VERIFIER_ROLE", treasury, true},
			grant{manifest.Arbitration, role("ARBITER_ROLE"), "ARBITER_ROLE", admin, true},
			grant{manifest.Arbitration, role("ARBITER_ROLE"), "ARBITER_ROLE", treasury, true},
			grant{manifest.Arbitration, role("ARBITER_ROLE"), "ARBITER_ROLE", deployer, false},
			grant{manifest.RewardToken, role("MINTER_ROLE"), "MINTER_ROLE", m.Contracts[manifest.PledgeEscrow], true},
			grant{manifest.RewardToken, role("MINTER_ROLE"), "MINTER_ROLE", deployer, false},
		)
		for _, g := range grants {
			// hasRole(bytes32,address) is the same AccessControl function on every contract.
			got, err := escrow.UnpackHasRole(call(t, sepolia, m.Contracts[g.contract], escrow.PackHasRole(g.role, g.account)))
			if err != nil {
				t.Fatal(err)
			}
			if got != g.want {
				t.Errorf("%s.hasRole(%s, %s) = %v, want %v", g.contract, g.roleName, g.account, got, g.want)
			}
		}
	})
}

// project is a private copy of what `make deploy` reads, so that the test never writes
// the checkout's deploy/deployments or broadcast folders, with a HOME of its own that
// holds the keystore.
type project struct {
	repo, root, home, password string
}

func newProject(t *testing.T) *project {
	t.Helper()
	repo, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	plat := runtime.GOOS + "-" + runtime.GOARCH
	for _, tool := range []string{"forge", "cast", "anvil"} {
		bin := filepath.Join(repo, "node_modules", "@foundry-rs", tool+"-"+plat, "bin", tool)
		if _, err := os.Stat(bin); err != nil {
			t.Fatalf("%s is missing (%v): run `make deps` (npm ci) in %s", tool, err, repo)
		}
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatalf("make is missing: %v", err)
	}

	p := &project{repo: repo, root: t.TempDir(), home: t.TempDir()}
	for _, dir := range []string{"contracts", "tools", "deploy"} {
		copyTree(t, filepath.Join(repo, dir), filepath.Join(p.root, dir))
	}
	for _, f := range []string{"Makefile", "foundry.toml"} {
		copyFile(t, filepath.Join(repo, f), filepath.Join(p.root, f))
	}
	// links, not copies: the Makefile would run `npm ci` when package.json looked newer than
	// node_modules, and npm ci through a linked node_modules would rebuild the checkout's.
	for _, f := range []string{"node_modules", "package.json", "package-lock.json"} {
		if err := os.Symlink(filepath.Join(repo, f), filepath.Join(p.root, f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.RemoveAll(filepath.Join(p.root, "deploy", "deployments")); err != nil {
		t.Fatal(err)
	}

	// the operator's steps: a password file, then `cast wallet import` into ~/.foundry/keystores.
	p.password = filepath.Join(p.home, "password")
	if err := os.WriteFile(p.password, []byte("correct horse battery staple"), 0o600); err != nil {
		t.Fatal(err)
	}
	secret, err := os.ReadFile(p.password)
	if err != nil {
		t.Fatal(err)
	}
	cast := filepath.Join(repo, "node_modules", "@foundry-rs", "cast-"+plat, "bin", "cast")
	cmd := exec.Command(cast, "wallet", "import", "dev0", "--private-key", "0x"+devKeys[0])
	cmd.Env = append(p.env(), "CAST_UNSAFE_PASSWORD="+string(secret))
	if out, err := run(t, cmd, time.Minute); err != nil {
		t.Fatalf("cast wallet import: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(p.home, ".foundry", "keystores", "dev0")); err != nil {
		t.Fatalf("cast wallet import wrote no keystore: %v", err)
	}
	return p
}

// env is the test's environment without anything `make deploy` or forge would read, with
// HOME pointing at the project's own home and ETH_PASSWORD at its password file.
func (p *project) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "FOUNDRY_"), strings.HasPrefix(name, "ETH_"), strings.HasPrefix(name, "MAKE"):
		case name == "HOME", name == "MFLAGS", name == "RPC_URL", name == "ACCOUNT", name == "PRIVATE_KEY", name == "SENDER",
			name == "VERIFY", name == "ETHERSCAN_API_KEY", name == "DEPLOY_FLAGS", name == "PAYMENT_TOKENS", name == "TREASURY",
			name == "ADMIN", name == "VERIFIERS", name == "GOVERNOR", name == "ORACLES", name == "ARBITERS":
		default:
			env = append(env, kv)
		}
	}
	// the build output persists in the checkout's out-deploytest and cache-deploytest
	// (gitignored), so that only the first run pays for compiling the suite.
	return append(env, "HOME="+p.home, "ETH_PASSWORD="+p.password,
		"FOUNDRY_OUT="+filepath.Join(p.repo, "out-deploytest"), "FOUNDRY_CACHE_PATH="+filepath.Join(p.repo, "cache-deploytest"))
}

// makeDeploy runs `make deploy` in the project with the extra environment given and
// returns its combined output.
func (p *project) makeDeploy(t *testing.T, extra ...string) (string, error) {
	t.Helper()
	cmd := exec.Command("make", "--no-print-directory", "deploy")
	cmd.Dir = p.root
	cmd.Env = append(p.env(), extra...)
	// the first deploy compiles the suite through solcjs: about 15 s alone, a few times
	// that beside the other test binaries; three minutes leaves the package's own
	// timeout room to report the first command that hangs.
	return run(t, cmd, 3*time.Minute)
}

func (p *project) mustDeploy(t *testing.T, extra ...string) string {
	t.Helper()
	out, err := p.makeDeploy(t, extra...)
	if err != nil {
		t.Fatalf("make deploy %q: %v\n%s", extra, err, out)
	}
	return out
}

func (p *project) manifestPath(chainID uint64) string {
	return filepath.Join(p.root, "deploy", "deployments", strconv.FormatUint(chainID, 10)+".json")
}

// checkManifest parses the manifest of chainID as the indexer does and checks it against
// the chain: every followed contract has code, the EIP-712 domains name them, and the
// start block is at or before the first deployment transaction.
func (p *project) checkManifest(t *testing.T, node *testenv.Anvil, chainID uint64) *manifest.Manifest {
	t.Helper()
	data, err := os.ReadFile(p.manifestPath(chainID))
	if err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Parse(data)
	if err != nil {
		t.Fatalf("ParseManifest: %v\n%s", err, data)
	}
	if m.ChainID != chainID {
		t.Errorf("manifest chainId = %d, want %d", m.ChainID, chainID)
	}
	for _, c := range m.Followed() {
		var code hexutil.Bytes
		if err := node.Call(&code, "eth_getCode", c.Address, "latest"); err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 {
			t.Errorf("%s at %s has no code", c.Name, c.Address)
		}
	}
	for _, name := range []string{manifest.AssetRegistry, manifest.CreditRegistry, manifest.PledgeEscrow} {
		want := manifest.Domain{Name: name, Version: "1", ChainID: chainID, VerifyingContract: m.Contracts[name]}
		if got := m.EIP712[name]; got != want {
			t.Errorf("eip712.%s = %+v, want %+v", name, got, want)
		}
	}
	// release 2: every chain gets a SplitFactory, which signs nothing (no EIP-712 domain)
	if _, ok := m.Contracts[manifest.SplitFactory]; !ok {
		t.Errorf("manifest has no %s", manifest.SplitFactory)
	}
	if d, ok := m.EIP712[manifest.SplitFactory]; ok {
		t.Errorf("eip712.%s = %+v, want no domain", manifest.SplitFactory, d)
	}

	var run struct {
		Receipts []struct {
			BlockNumber hexutil.Uint64 `json:"blockNumber"`
		} `json:"receipts"`
	}
	data, err = os.ReadFile(filepath.Join(p.root, "broadcast", "Deploy.s.sol", strconv.FormatUint(chainID, 10), "run-latest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &run); err != nil {
		t.Fatal(err)
	}
	if len(run.Receipts) == 0 {
		t.Fatal("the broadcast log has no receipts")
	}
	first := uint64(run.Receipts[0].BlockNumber)
	for _, r := range run.Receipts {
		first = min(first, uint64(r.BlockNumber))
	}
	if m.StartBlock > first {
		t.Errorf("startBlock = %d, after the first deployment transaction in block %d", m.StartBlock, first)
	}
	return m
}

// run runs cmd as an operator's shell would run it unattended, and returns its combined
// output. The command gets a session of its own: with no controlling terminal a prompt
// (a keystore password, a confirmation) fails at once instead of waiting on a terminal
// that CI may have, and the whole process tree can be ended. Output goes to a file, not a
// pipe, so a grandchild that outlives the command cannot hold Run open. A command still
// running after timeout is killed, tree and all, and the error says so; so is one still
// running half a minute before the test binary's own deadline, so that the failure is
// reported rather than lost in the timeout's goroutine dump.
func run(t *testing.T, cmd *exec.Cmd, timeout time.Duration) (string, error) {
	t.Helper()
	if deadline, ok := t.Deadline(); ok {
		timeout = max(min(timeout, time.Until(deadline)-30*time.Second), time.Second)
	}
	log, err := os.CreateTemp(t.TempDir(), "output-")
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	cmd.Stdin = nil // /dev/null
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(timeout):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		err = fmt.Errorf("%s did not finish within %s and was killed with its children", strings.Join(cmd.Args, " "), timeout)
	}
	out, readErr := os.ReadFile(log.Name())
	if readErr != nil {
		t.Fatal(readErr)
	}
	return string(out), err
}

func address(t *testing.T, hexKey string) common.Address {
	t.Helper()
	key, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(*key.Public().(*ecdsa.PublicKey))
}

func call(t *testing.T, node *testenv.Anvil, to common.Address, data []byte) []byte {
	t.Helper()
	var out hexutil.Bytes
	if err := node.Call(&out, "eth_call", map[string]any{"to": to, "data": hexutil.Bytes(data)}, "latest"); err != nil {
		t.Fatalf("eth_call to %s: %v", to, err)
	}
	return out
}

func nonce(t *testing.T, node *testenv.Anvil, account common.Address) uint64 {
	t.Helper()
	var n hexutil.Uint64
	if err := node.Call(&n, "eth_getTransactionCount", account, "latest"); err != nil {
		t.Fatal(err)
	}
	return uint64(n)
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		copyFile(t, path, filepath.Join(to, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	info, err := os.Stat(from)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, info.Mode().Perm()); err != nil {
		t.Fatal(err)
	}
}
