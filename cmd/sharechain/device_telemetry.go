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

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/keys"
	"sharechain/internal/manifest"
	"sharechain/internal/telemetry"
	"sharechain/services/device"
)

// profileOrigins are where each profile's asset stands by default: the devnet
// scenario's bicycle, car and charging pile (their metadata documents' locations).
var profileOrigins = map[device.Profile]device.LatLon{
	device.ProfileBicycle: {Lat: 45.764, Lon: 4.8357},
	device.ProfileCar:     {Lat: 45.7597, Lon: 4.8422},
	device.ProfileCharger: {Lat: 45.1878, Lon: 5.7357},
	device.ProfileLock:    {Lat: 45.764, Lon: 4.8357},
	device.ProfileRogue:   {Lat: 45.7597, Lon: 4.8422},
}

const deviceTelemetryUsage = `usage: sharechain device telemetry --profile P --asset N [--transport http|mqtt] [flags]

Streams the asset's signed readings (INTERFACE.md §6) to the telemetry service. Every
--every it reads the latest block's time (never the wall clock: the service refuses
readings ahead of the chain, and the devnet warps anvil's clock) and the asset's active
rental, steps the profile to that time and sends what the device reports. On an anvil
that mines only on transactions time stands still between them, and so does the device:
run anvil with --block-time 1 for a steady stream.

Profiles:
  bicycle  an e-bike's tracker: GPS track at 13–25 km/h while rented, odometer, battery
  car      an electric car's box: a city drive while rented, odometer, battery
  charger  a charging pile: energy_wh rising at 11 kW while rented, until the car is full
  lock     a smart lock: locked 1, open 0 while rented; --return-after the rental's start
           the renter locks it again and the lock ends the rental (endRentalByDevice,
           relayed and paid for by the device key)
  rogue    a parked car's box that misbehaves once each way, then behaves: moves while
           parked, odometer backwards, clock an hour ahead (refused clock_skew), a used
           seq with another value (refused seq_conflict), a resend (duplicate)

Seqs: a device never reuses one. By default a stream numbers its readings from the
latest block's time × 1000 + asset mod --seq-stride, in steps of --seq-stride, so a
restarted stream starts above what it sent (it uses fewer than 1000 seqs per second of
chain time) and the streams of several assets sharing one key (the devnet fits one
device to every asset) never meet.

Flags:`

func runDeviceTelemetry(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("device telemetry", flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), deviceTelemetryUsage)
		fs.PrintDefaults()
	}
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest (names the TelemetryAnchor)")
	profileName := fs.String("profile", "", "bicycle, car, charger, lock or rogue")
	asset := fs.String("asset", "", "token id of the asset the device is fitted to")
	transport := fs.String("transport", "http", "http or mqtt")
	ingestURL := envFlag(fs, "ingest-url", "http://127.0.0.1:8090", "the telemetry service's HTTP address (its INGEST_ADDR)")
	mqttURL := envFlag(fs, "mqtt-url", "mqtt://127.0.0.1:1883", "the MQTT broker the telemetry service listens on")
	every := fs.Duration("every", 10*time.Second, "time between readings")
	seed := fs.Uint64("seed", 0, "seeds the route, speeds and charging sessions")
	firstSeq := fs.Uint64("first-seq", 0, "seq of the first reading (0: the latest block's time × 1000 + asset mod --seq-stride)")
	stride := fs.Uint64("seq-stride", 100, "step between the stream's seqs")
	lat := fs.String("lat", "", "latitude the asset stands at (default: the devnet scenario's asset of the profile)")
	lon := fs.String("lon", "", "longitude the asset stands at")
	returnAfter := fs.Duration("return-after", 45*time.Minute, "lock: chain time after a rental's start at which the renter locks the asset and the lock ends the rental (at most its end; 0: never)")
	metricsAddr := envFlag(fs, "metrics-addr", "", "serve /metrics and /healthz on this address (off when empty)")
	logLevel := envFlag(fs, "log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *returnAfter < 0 {
		return fmt.Errorf("%w: --return-after must not be negative", errUsage)
	}
	profile, err := device.ParseProfile(*profileName)
	if err != nil {
		return fmt.Errorf("%w: --profile: %v", errUsage, err)
	}
	tokenID, ok := new(big.Int).SetString(*asset, 10)
	if !ok || tokenID.Sign() <= 0 {
		return fmt.Errorf("%w: --asset: %q is not a token id", errUsage, *asset)
	}
	if *transport != "http" && *transport != "mqtt" {
		return fmt.Errorf("%w: --transport: %q is neither http nor mqtt", errUsage, *transport)
	}
	if *every <= 0 {
		return fmt.Errorf("%w: --every must be positive", errUsage)
	}
	if *stride == 0 {
		return fmt.Errorf("%w: --seq-stride must be at least 1", errUsage)
	}
	origin := profileOrigins[profile]
	for _, f := range []struct {
		name, s string
		dst     *float64
	}{{"lat", *lat, &origin.Lat}, {"lon", *lon, &origin.Lon}} {
		if f.s == "" {
			continue
		}
		if *f.dst, err = strconv.ParseFloat(f.s, 64); err != nil {
			return fmt.Errorf("%w: --%s: %q is not a number of degrees", errUsage, f.name, f.s)
		}
	}
	key, err := keys.Load(os.Getenv("DEVICE_KEY"), "", "")
	if err != nil {
		return fmt.Errorf("%w: the device key: %v (set DEVICE_KEY)", errUsage, err)
	}
	m, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	anchor, ok := m.Contracts[manifest.TelemetryAnchor]
	if !ok {
		return fmt.Errorf("%s names no %s: deploy release 2's suite", *manifestPath, manifest.TelemetryAnchor)
	}
	logger, err := newLogger(*logLevel)
	if err != nil {
		return err
	}
	results := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "device", Name: "readings_total",
		Help: "Readings sent to the telemetry service, by result."}, []string{"status", "reason"})
	if *metricsAddr != "" {
		reg := prometheus.NewRegistry()
		reg.MustRegister(results)
		stop, err := serveMetrics(ctx, *metricsAddr, reg, logger)
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
	chainID := new(big.Int).SetUint64(m.ChainID)
	d := device.New(key, chainID, m.Contracts[manifest.PledgeEscrow], client)
	now, err := d.ChainTime(ctx)
	if err != nil {
		return err
	}
	if *firstSeq == 0 {
		*firstSeq = now*1000 + new(big.Int).Mod(tokenID, new(big.Int).SetUint64(*stride)).Uint64()
	}
	stream, err := device.NewStream(device.StreamConfig{Profile: profile, TokenID: tokenID, Key: key,
		Domain: telemetry.NewDomain(manifest.TelemetryAnchor, m.ChainID, anchor), Start: now, FirstSeq: *firstSeq, SeqStride: *stride,
		Seed: *seed, Origin: origin})
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}

	var tr device.Transport
	if *transport == "http" {
		tr, err = device.NewHTTPTransport(*ingestURL, nil, logger)
	} else {
		tr, err = device.DialMQTT(ctx, device.MQTTConfig{BrokerURL: *mqttURL, ChainID: m.ChainID, Device: d.Address(), Logger: logger})
	}
	if err != nil {
		return err
	}
	defer tr.Close()

	if profile == device.ProfileRogue {
		if id, _, _, err := d.ActiveRental(ctx, tokenID); err == nil && id != nil {
			logger.WarnContext(ctx, "the asset is rented: its movement will not count as movement while parked", "rental_id", id.String())
		}
	}
	logger.InfoContext(ctx, "device streaming telemetry", "profile", string(profile), "asset", tokenID.String(),
		"device", d.Address().Hex(), "transport", *transport, "first_seq", *firstSeq, "seq_stride", *stride, "every", every.String())
	return d.RunStream(ctx, device.StreamOptions{TokenID: tokenID, Stream: stream, Transport: tr, Every: *every, Logger: logger,
		ReturnAfter: uint64(returnAfter.Seconds()),
		Return: func(ctx context.Context, id *big.Int, at uint64) error {
			rc, _, err := d.Return(ctx, device.Return{RentalID: id, ReturnedAt: at})
			if err == nil {
				logger.InfoContext(ctx, "rental returned by the device", "rental_id", id.String(), "returned_at", at, "tx_hash", rc.TxHash.Hex())
			}
			return err
		},
		OnResult: func(_ device.Signed, r device.Result) {
			results.WithLabelValues(string(r.Status), string(device.ReasonOf(r))).Inc()
		}})
}

func runDeviceReturn(ctx context.Context, sub string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("device "+sub, flag.ContinueOnError)
	fs.SetOutput(stdout)
	rpcURL := envFlag(fs, "rpc-url", "http://127.0.0.1:8545", "JSON-RPC URL (return; sign-return when --returned-at is 0)")
	manifestPath := envFlag(fs, "manifest", "deploy/deployments/31337.json", "deployment manifest")
	rental := fs.String("rental", "", "rental id")
	returnedAt := fs.Uint64("returned-at", 0, "unix time the asset came back (0: the latest block's time)")
	deadline := fs.String("deadline", "", fmt.Sprintf("unix time the signature expires (default: returned-at + %d)", device.ReturnValidity))
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	rentalID, ok := new(big.Int).SetString(*rental, 10)
	if !ok || rentalID.Sign() <= 0 {
		return fmt.Errorf("%w: --rental: %q is not a rental id", errUsage, *rental)
	}
	var dl *big.Int
	if *deadline != "" {
		if dl, ok = new(big.Int).SetString(*deadline, 10); !ok || dl.Sign() < 0 || dl.BitLen() > 256 {
			return fmt.Errorf("%w: --deadline: %q is not a unix time", errUsage, *deadline)
		}
	}
	key, err := keys.Load(os.Getenv("DEVICE_KEY"), "", "")
	if err != nil {
		return fmt.Errorf("%w: the device key: %v (set DEVICE_KEY)", errUsage, err)
	}
	m, err := manifest.Load(*manifestPath)
	if err != nil {
		return err
	}
	chainID := new(big.Int).SetUint64(m.ChainID)
	escrow := m.Contracts[manifest.PledgeEscrow]
	r := device.Return{RentalID: rentalID, ReturnedAt: *returnedAt, Deadline: dl}
	var d *device.Device
	if sub == "return" || r.ReturnedAt == 0 {
		client, err := ethclient.DialContext(ctx, *rpcURL)
		if err != nil {
			return fmt.Errorf("dialing %s: %w", *rpcURL, err)
		}
		defer client.Close()
		d = device.New(key, chainID, escrow, client)
	}
	if sub == "return" {
		rc, r, err := d.Return(ctx, r)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "rental %s returned at %d by device %s in block %d (tx %s)\n", r.RentalID, r.ReturnedAt,
			d.Address().Hex(), rc.BlockNumber.Uint64(), rc.TxHash.Hex())
		return nil
	}
	if r.ReturnedAt == 0 {
		if r.ReturnedAt, err = d.ChainTime(ctx); err != nil {
			return err
		}
	}
	if r.Deadline == nil {
		r.Deadline = new(big.Int).SetUint64(r.ReturnedAt + device.ReturnValidity)
	}
	sig, err := device.SignReturn(key, chainID, escrow, r)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"typedData": device.ReturnTypedData(chainID, escrow, r), "signature": hexutil.Encode(sig),
		"device": crypto.PubkeyToAddress(key.PublicKey).Hex()})
}
