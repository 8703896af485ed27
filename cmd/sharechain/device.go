package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/keys"
	"sharechain/internal/manifest"
	"sharechain/services/device"
)

const deviceUsage = `usage: sharechain device <command> [flags]

  report       sign one usage report and relay it (--rental, --units, --damage-bps, --nonce)
  sign         print the EIP-712 typed data and the signature of a report, without sending it
  simulate     watch an asset and report usage of its active rental every --every
  telemetry    stream an asset's signed readings to the telemetry service (--profile, --asset,
               --transport http|mqtt): bicycle, car, charger, lock or rogue
  return       end a rental as its device (a dock or smart lock): sign Return(rentalId,
               returnedAt, deadline) and relay PledgeEscrow.endRentalByDevice (--rental,
               --returned-at, --deadline)
  sign-return  print the EIP-712 typed data and the signature of such a return, without
               sending it

The device key comes from DEVICE_KEY (hex); it must be the key bound to the asset
(AssetRegistry.bindDevice) and covered by its verification. See services/device for
exactly what firmware signs. Run sharechain device <command> -h for its flags.`

func runDevice(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: a subcommand is required\n%s", errUsage, deviceUsage)
	}
	sub := args[0]
	switch sub {
	case "telemetry":
		return runDeviceTelemetry(ctx, args[1:], stdout)
	case "return", "sign-return":
		return runDeviceReturn(ctx, sub, args[1:], stdout)
	}
	fs := flag.NewFlagSet("device "+sub, flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	rental := fs.String("rental", "", "rental id (report, sign)")
	units := fs.String("units", "1", "units used since the previous report")
	damage := fs.Uint("damage-bps", 0, "damage observed, in bps of the deposit (adds up over reports)")
	nonce := fs.Uint64("nonce", 0, "report nonce; 0 picks the rental's last nonce + 1 (report, simulate)")
	asset := fs.String("asset", "", "token id of the asset the device is fitted to (simulate)")
	every := fs.Duration("every", 10*time.Second, "time between reports (simulate)")
	metricsAddr := envFlag(fs, "metrics-addr", "", "serve /metrics and /healthz on this address (off when empty)")
	switch sub {
	case "report", "sign", "simulate":
	default:
		return fmt.Errorf("%w: unknown subcommand %q\n%s", errUsage, sub, deviceUsage)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	key, err := keys.Load(os.Getenv("DEVICE_KEY"), "", "")
	if err != nil {
		return fmt.Errorf("%w: the device key: %v (set DEVICE_KEY)", errUsage, err)
	}
	if *damage > 10_000 {
		return fmt.Errorf("%w: --damage-bps must be at most 10000", errUsage)
	}
	u, ok := new(big.Int).SetString(*units, 10)
	if !ok || u.Sign() < 0 {
		return fmt.Errorf("%w: --units: %q is not a non-negative integer", errUsage, *units)
	}
	var rentalID *big.Int
	if sub != "simulate" {
		if rentalID, ok = new(big.Int).SetString(*rental, 10); !ok || rentalID.Sign() <= 0 {
			return fmt.Errorf("%w: --rental: %q is not a rental id", errUsage, *rental)
		}
	}
	m, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	escrow := m.Contracts[manifest.PledgeEscrow]
	chainID := new(big.Int).SetUint64(m.ChainID)
	report := device.Report{RentalID: rentalID, Units: u, DamageBps: uint16(*damage), Nonce: *nonce}

	if sub == "sign" {
		if report.Nonce == 0 {
			return fmt.Errorf("%w: sign needs --nonce (the rental's last accepted nonce + 1)", errUsage)
		}
		sig, err := device.Sign(key, chainID, escrow, report)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"typedData": device.TypedData(chainID, escrow, report), "signature": hexutil.Encode(sig),
			"device": device.New(key, chainID, escrow, nil).Address().Hex()})
	}

	logger, err := newLogger("info")
	if err != nil {
		return err
	}
	if *metricsAddr != "" {
		stop, err := serveMetrics(ctx, *metricsAddr, prometheus.NewRegistry(), logger)
		if err != nil {
			return err
		}
		defer stop()
	}
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", *rpcURL, err)
	}
	defer client.Close()
	d := device.New(key, chainID, escrow, client)
	if sub == "report" {
		rc, r, err := d.Send(ctx, report)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "reported %s units, %d bps damage for rental %s with nonce %d in block %d (tx %s)\n",
			r.Units, r.DamageBps, r.RentalID, r.Nonce, rc.BlockNumber.Uint64(), rc.TxHash.Hex())
		return nil
	}

	tokenID, ok := new(big.Int).SetString(*asset, 10)
	if !ok || tokenID.Sign() <= 0 {
		return fmt.Errorf("%w: --asset: %q is not a token id", errUsage, *asset)
	}
	b := pledgeescrow.NewPledgeEscrow()
	bound := b.Instance(client, escrow)
	logger.InfoContext(ctx, "device simulating", "device", d.Address().Hex(), "asset", tokenID.String(), "every", every.String())
	ticker := time.NewTicker(*every)
	defer ticker.Stop()
	for {
		id, err := bind.Call(bound, &bind.CallOpts{Context: ctx}, b.PackActiveRentalOf(tokenID), b.UnpackActiveRentalOf)
		switch {
		case err != nil && ctx.Err() == nil:
			logger.WarnContext(ctx, "reading the asset's active rental", "err", err)
		case err == nil && id.Sign() > 0:
			if rc, r, err := d.Send(ctx, device.Report{RentalID: id, Units: u, DamageBps: uint16(*damage)}); err != nil {
				logger.WarnContext(ctx, "report refused", "rental_id", id.String(), "err", err)
			} else {
				logger.InfoContext(ctx, "usage reported", "rental_id", id.String(), "units", u.String(), "nonce", strconv.FormatUint(r.Nonce, 10),
					"tx_hash", rc.TxHash.Hex())
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}
