package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
)

// TestRun_Platform registers, shows and unregisters a platform on a deployed suite with
// the governor's key, refuses a key without GOVERNOR_ROLE with the escrow's own error,
// prints the call for a multisig without any key, and refuses bad flags.
func TestRun_Platform(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := suite.ManifestJSON()
	if err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(t.TempDir(), "31337.json")
	if err := os.WriteFile(manifest, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	platform := common.HexToAddress("0x00000000000000000000000000000000000C17ee")
	escrow := pledgeescrow.NewPledgeEscrow()
	shareOnChain := func() uint16 {
		t.Helper()
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &suite.PledgeEscrow, Data: escrow.PackPlatformShare(platform)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		s, err := escrow.UnpackPlatformShare(out)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	sharechain := func(key string, args ...string) (int, string, string) {
		t.Helper()
		t.Setenv("GOVERNOR_KEY", key)
		var stdout, stderr bytes.Buffer
		args = append(args, "--rpc-url", node.RPC, "--manifest", manifest)
		code := run(ctx, args, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	hexKey := func(i int) string { return hexutil.Encode(crypto.FromECDSA(devnet.DevKey(i))) }
	governor := hexKey(0) // the deployer governs on the devnet

	code, out, errs := sharechain(governor, "platform", "register", "--platform", platform.Hex(), "--share-bps", "2500")
	if code != 0 || !strings.Contains(out, "share 0 → 2500 bps") || shareOnChain() != 2500 {
		t.Fatalf("platform register = %d %q %q; share on chain %d, want 2500", code, out, errs, shareOnChain())
	}
	if code, out, _ := sharechain("", "platform", "show", "--platform", platform.Hex()); code != 0 || !strings.Contains(out, "share 2500 bps") {
		t.Errorf("platform show = %d %q, want share 2500", code, out)
	}

	code, _, errs = sharechain(hexKey(9), "platform", "register", "--platform", platform.Hex(), "--share-bps", "9000")
	if code != 1 || !strings.Contains(errs, "AccessControlUnauthorizedAccount") || shareOnChain() != 2500 {
		t.Errorf("platform register by a key without GOVERNOR_ROLE = %d %q; share %d, want exit 1 naming AccessControlUnauthorizedAccount, 2500 kept",
			code, errs, shareOnChain())
	}

	code, out, _ = sharechain("", "platform", "register", "--platform", platform.Hex(), "--share-bps", "3000", "--print")
	want := hexutil.Encode(escrow.PackSetPlatform(platform, 3000))
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, suite.PledgeEscrow.Hex()) || shareOnChain() != 2500 {
		t.Errorf("platform register --print = %d %q, want the escrow and calldata %s, nothing sent", code, out, want)
	}

	if code, out, errs := sharechain(governor, "platform", "unregister", "--platform", platform.Hex()); code != 0 || shareOnChain() != 0 {
		t.Errorf("platform unregister = %d %q %q; share %d, want 0", code, out, errs, shareOnChain())
	}

	for name, args := range map[string][]string{
		"no subcommand":   {"platform"},
		"bad subcommand":  {"platform", "dance"},
		"zero share":      {"platform", "register", "--platform", platform.Hex(), "--share-bps", "0"},
		"share too large": {"platform", "register", "--platform", platform.Hex(), "--share-bps", "10001"},
		"bad address":     {"platform", "register", "--platform", "0x1234", "--share-bps", "10"},
		"zero address":    {"platform", "show", "--platform", common.Address{}.Hex()},
		"no key":          {"platform", "register", "--platform", platform.Hex(), "--share-bps", "10"},
		"share on show":   {"platform", "show", "--platform", platform.Hex(), "--share-bps", "10"},
	} {
		t.Run(name, func(t *testing.T) {
			if code, _, errs := sharechain("", args...); code != 2 {
				t.Errorf("run(%q) = %d (%q), want 2", args, code, errs)
			}
		})
	}
}
