package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/gas"
	"sharechain/internal/keys"
	"sharechain/internal/manifest"
)

const platformUsage = `usage: sharechain platform <command> [flags]

  register     register a platform, or change its share: PledgeEscrow.setPlatform(--platform, --share-bps)
  unregister   unregister it (a share of 0): listings and rentals that already name it keep
               the share they were made with; new ones naming it revert UnknownPlatform
  show         print a platform's share as the escrow holds it now

A platform is a frontend or operator that brings listings (Terms.platform) and renters (the
platform argument of rent); each gets floor(F × its share / 20 000) of every platform fee F
of the rentals it brought, the treasury the rest (INTERFACE.md §2). Registering needs
GOVERNOR_ROLE on PledgeEscrow. With GOVERNOR_KEY (hex) or --keystore (password in
KEYSTORE_PASSWORD) the call is simulated, sent and awaited; without a key (a multisig or
timelock governs), --print shows the call to propose: the escrow's address, the calldata and
the equivalent cast command. GET /v1/platforms/{address} then reports what the platform
brought and earned.`

func runPlatform(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: a subcommand is required\n%s", errUsage, platformUsage)
	}
	sub := args[0]
	switch sub {
	case "register", "unregister", "show":
	default:
		return fmt.Errorf("%w: unknown subcommand %q\n%s", errUsage, sub, platformUsage)
	}
	fs := flag.NewFlagSet("platform "+sub, flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	keystorePath := envFlag(fs, "keystore", "", "encrypted JSON keystore of a GOVERNOR_ROLE account (password in KEYSTORE_PASSWORD)")
	platformFlag := fs.String("platform", "", "the platform's address (the one its frontend passes as platform)")
	shareFlag := fs.String("share-bps", "", "its share of each platform fee it brings, 1..10000 bps of half the fee (register)")
	print := fs.Bool("print", false, "print the call for a multisig or timelock instead of sending it")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if !common.IsHexAddress(*platformFlag) || common.HexToAddress(*platformFlag) == (common.Address{}) {
		return fmt.Errorf("%w: --platform: %q is not a non-zero address", errUsage, *platformFlag)
	}
	platform := common.HexToAddress(*platformFlag)
	var share uint16
	switch sub {
	case "register":
		n, err := strconv.ParseUint(*shareFlag, 10, 16)
		if err != nil || n == 0 || n > 10_000 {
			return fmt.Errorf("%w: --share-bps: %q is not an integer in 1..10000 (unregister sets 0)", errUsage, *shareFlag)
		}
		share = uint16(n)
	default:
		if *shareFlag != "" {
			return fmt.Errorf("%w: --share-bps is for register only", errUsage)
		}
	}
	m, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	escrowAddr, ok := m.Contracts["PledgeEscrow"]
	if !ok {
		return fmt.Errorf("the manifest %s names no PledgeEscrow", *manifestPath)
	}
	escrow := pledgeescrow.NewPledgeEscrow()
	data := escrow.PackSetPlatform(platform, share)
	if sub != "show" && *print {
		fmt.Fprintf(stdout, "to:       %s (PledgeEscrow, chain %d)\ncalldata: %s\n\nsetPlatform(%s, %d), sent by a GOVERNOR_ROLE account, for example:\n"+
			"  cast send %s 'setPlatform(address,uint16)' %s %d --rpc-url $RPC_URL --account <governor>\n",
			escrowAddr.Hex(), m.ChainID, hexutil.Encode(data), platform.Hex(), share, escrowAddr.Hex(), platform.Hex(), share)
		return nil
	}

	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", *rpcURL, err)
	}
	defer client.Close()
	shareOf := func() (uint16, error) {
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &escrowAddr, Data: escrow.PackPlatformShare(platform)}, nil)
		if err != nil {
			return 0, fmt.Errorf("reading platformShare(%s): %w", platform.Hex(), err)
		}
		return escrow.UnpackPlatformShare(out)
	}
	before, err := shareOf()
	if err != nil {
		return err
	}
	if sub == "show" {
		fmt.Fprintf(stdout, "platform %s: share %d bps (0: not registered)\n", platform.Hex(), before)
		return nil
	}
	// the key never comes from a flag: command lines end up in shell histories and ps
	key, err := keys.Load(os.Getenv("GOVERNOR_KEY"), *keystorePath, os.Getenv("KEYSTORE_PASSWORD"))
	if errors.Is(err, keys.ErrNoKey) {
		return fmt.Errorf("%w: no governor key: set GOVERNOR_KEY, or --keystore with KEYSTORE_PASSWORD, or pass --print to get the call for a multisig", errUsage)
	}
	if err != nil {
		return fmt.Errorf("%w: the governor's key: %v", errUsage, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	if chainID.Uint64() != m.ChainID {
		return fmt.Errorf("the RPC serves chain %d, the manifest chain %d", chainID, m.ChainID)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	// the estimate simulates the call: a missing role or a bad share is refused here,
	// with the escrow's error, before anything is sent
	if opts.GasLimit, err = gas.Limit(ctx, client, from, escrowAddr, data); err != nil {
		return fmt.Errorf("setPlatform(%s, %d) from %s: %w", platform.Hex(), share, from.Hex(), gas.Explain(err, escrow.UnpackError))
	}
	tx, err := bind.Transact(escrow.Instance(client, escrowAddr), opts, data)
	if err != nil {
		return fmt.Errorf("sending setPlatform: %w", err)
	}
	rc, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil {
		return fmt.Errorf("waiting for %s: %w", tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("setPlatform %s reverted", tx.Hash().Hex())
	}
	fmt.Fprintf(stdout, "platform %s: share %d → %d bps (tx %s, block %d)\n", platform.Hex(), before, share, tx.Hash().Hex(), rc.BlockNumber)
	return nil
}
