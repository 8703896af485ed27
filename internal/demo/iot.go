package demo

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/telemetry"
	"sharechain/services/api"
	"sharechain/services/device"
	ingest "sharechain/services/telemetry"
)

// The IoT chapter's timing: the demo's anchor interval, so that the readings are anchored
// while the demo runs, and the chain time between two ticks of the devices.
const (
	demoAnchorInterval = 2 * time.Second
	demoTick           = 60 // chain seconds
	rideTicks          = 40 // the e-bike's ride, in ticks
)

// iot is what the IoT chapter left for the checks and the summary.
type iot struct {
	broker    *localnet.Mosquitto
	ingestURL string
	bike      *devnet.EBike
	ride      []device.Signed // what the e-bike's device sent over MQTT, all accepted
	rogue     map[device.Fault]device.Result
	returned  uint64 // the time the lock signed
}

// startIoT starts Mosquitto (a private broker under .data/) and `sharechain telemetry`,
// which ingests over MQTT and HTTP and anchors every demoAnchorInterval with the
// deployer's key (ANCHOR_ROLE on a devnet).
func (d *demo) startIoT(ctx context.Context) error {
	port, err := localnet.FreePort()
	if err != nil {
		return err
	}
	broker, err := localnet.NewMosquitto(filepath.Join(d.cfg.DataDir, "mosquitto"), port)
	if err != nil {
		return err
	}
	if err := broker.Start(); err != nil {
		return err
	}
	d.stops = append(d.stops, broker.Stop)
	d.iot = &iot{broker: broker}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	ln.Close()
	d.iot.ingestURL = "http://" + addr
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	subscribed := make(chan struct{}, 1)
	cfg := ingest.Config{Pool: d.pool, Manifest: d.manifest, Backend: d.client, Key: devnet.DevKey(0), IngestAddr: addr,
		MQTT: ingest.MQTTConfig{URL: broker.URL(), OnSubscribed: func() {
			select {
			case subscribed <- struct{}{}:
			default:
			}
		}},
		AnchorInterval: demoAnchorInterval, Logger: d.logger, Registry: prometheus.NewRegistry()}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := ingest.Run(ctx, cfg); err != nil && ctx.Err() == nil {
			d.logger.Error("telemetry service stopped", "err", err)
		}
	}()
	d.stops = append(d.stops, func() { cancel(); <-done })
	select {
	case <-subscribed:
		return nil
	case <-done:
		return errors.New("the telemetry service stopped at start (see the log)")
	case <-time.After(30 * time.Second):
		return errors.New("the telemetry service did not subscribe to the broker within 30 s")
	}
}

// playIoT plays the IoT chapter: the e-bike is fitted, verified, listed and rented; its
// device streams the ride over MQTT while the chain's clock moves, its smart lock signs
// the return, which it relays (endRentalByDevice); then a misbehaving device — the same
// tracker, tampered with — sends over HTTP readings the service refuses or the stats flag.
func (d *demo) playIoT(ctx context.Context) error {
	fmt.Fprintln(d.out)
	say := func(format string, args ...any) { fmt.Fprintf(d.out, "      %s\n", fmt.Sprintf(format, args...)) }
	bike, err := devnet.PlayEBike(ctx, d.suite, d.scenario, say)
	if err != nil {
		return err
	}
	d.iot.bike = bike
	chainID := d.suite.ChainID.Uint64()
	domain := telemetry.NewDomain("TelemetryAnchor", chainID, d.suite.TelemetryAnchor)
	origin := device.LatLon{Lat: 45.764, Lon: 4.8357}
	ride, err := device.NewStream(device.StreamConfig{Profile: device.ProfileBicycle, TokenID: bike.TokenID, Key: bike.Device,
		Domain: domain, Start: bike.Start, FirstSeq: 1, Seed: 7, Origin: origin})
	if err != nil {
		return err
	}
	mqttT, err := device.DialMQTT(ctx, device.MQTTConfig{BrokerURL: d.iot.broker.URL(), ChainID: chainID, Device: ride.Device(),
		Logger: d.logger})
	if err != nil {
		return err
	}
	defer mqttT.Close()
	for range rideTicks {
		readings, results, err := d.tick(ctx, ride, true, mqttT)
		if err != nil {
			return fmt.Errorf("the e-bike's readings over MQTT: %w", err)
		}
		for i, r := range results {
			if r.Status != ingest.Accepted {
				return fmt.Errorf("the e-bike's reading seq %d: %s %s, want accepted", readings[i].Seq, r.Status, device.ReasonOf(r))
			}
		}
		d.iot.ride = append(d.iot.ride, readings...)
	}
	say("the e-bike's tracker sent %d signed readings over MQTT during Carol's ride (GPS, odometer, battery): all accepted",
		len(d.iot.ride))

	dev := device.New(bike.Device, d.suite.ChainID, d.suite.PledgeEscrow, d.client)
	rc, ret, err := dev.Return(ctx, device.Return{RentalID: bike.Rental})
	if err != nil {
		return fmt.Errorf("the e-bike's lock returning rental %s: %w", bike.Rental, err)
	}
	d.iot.returned = ret.ReturnedAt
	say("block %d: the e-bike's smart lock signs \"returned at %d\" and relays it: rental %s ends (endRentalByDevice)",
		rc.BlockNumber, ret.ReturnedAt, bike.Rental)

	rogue, err := device.NewStream(device.StreamConfig{Profile: device.ProfileRogue, TokenID: bike.TokenID, Key: bike.Device,
		Domain: domain, Start: ret.ReturnedAt, FirstSeq: ride.NextSeq() + 1000, Seed: 9, Origin: origin})
	if err != nil {
		return err
	}
	httpT, err := device.NewHTTPTransport(d.iot.ingestURL, nil, d.logger)
	if err != nil {
		return err
	}
	d.iot.rogue = map[device.Fault]device.Result{}
	for range 8 {
		readings, results, err := d.tick(ctx, rogue, false, httpT)
		if err != nil {
			return fmt.Errorf("the tampered tracker's readings over HTTP: %w", err)
		}
		for i, r := range results {
			if f := readings[i].Fault; f != "" {
				d.iot.rogue[f] = r
				status, reason := f.Expected()
				if r.Status != status || device.ReasonOf(r) != reason {
					return fmt.Errorf("the tampered tracker's %s reading: %s %s, want %s %s", f, r.Status, device.ReasonOf(r), status, reason)
				}
				outcome := string(r.Status)
				if reason := device.ReasonOf(r); reason != "" {
					outcome += " (" + string(reason) + ")"
				} else if r.Status == ingest.Accepted {
					outcome += ": stored, for the stats to flag"
				}
				say("the tampered tracker sends a %s reading (seq %d): %s", strings.ReplaceAll(string(f), "_", " "), readings[i].Seq, outcome)
			}
		}
	}
	// the last readings are anchored at the next interval; wait for the anchor to be indexed
	last := d.iot.ride[len(d.iot.ride)-1]
	return d.waitAnchored(ctx, last)
}

// tick moves the chain's clock by demoTick and has stream report what it measured by then
// (the asset in use or not) through t, once the indexer has the new head: the service
// judges times against the latest indexed block. Nothing is sent when the stream has
// nothing to say.
func (d *demo) tick(ctx context.Context, stream *device.Stream, inUse bool, t device.Transport) ([]device.Signed, []device.Result, error) {
	if err := devnet.IncreaseTime(ctx, d.suite.Client.Client(), demoTick); err != nil {
		return nil, nil, err
	}
	now, err := d.suite.LatestTime(ctx)
	if err != nil {
		return nil, nil, err
	}
	readings, err := stream.Next(now, inUse)
	if err != nil || len(readings) == 0 {
		return nil, nil, err
	}
	if err := d.waitIndexedHead(ctx); err != nil {
		return nil, nil, err
	}
	results, err := t.Send(ctx, readings)
	return readings, results, err
}

// waitIndexedHead waits until the indexer has indexed the chain's head: the service
// judges a reading's time against the latest indexed block's, not the wall clock.
func (d *demo) waitIndexedHead(ctx context.Context) error {
	head, err := d.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	var st api.Status
	return d.get(ctx, fmt.Sprintf("/v1/status?min_block=%d&wait=10000", head), &st)
}

// waitAnchored waits until the API serves r with its proof: its epoch anchored on chain
// and the anchor indexed.
func (d *demo) waitAnchored(ctx context.Context, r device.Signed) error {
	deadline := time.Now().Add(time.Minute)
	path := fmt.Sprintf("/v1/telemetry/%s/%d/proof", r.Device.Hex(), r.Seq)
	for {
		var p api.ReadingProof
		err := d.get(ctx, path, &p)
		if err == nil {
			fmt.Fprintf(d.out, "      the telemetry service anchored the ride's readings: epoch %d, root %s (tx %s)\n      ",
				p.Epoch, p.Root, p.AnchorTx)
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("reading %d of the e-bike not anchored within a minute: %w", r.Seq, err)
		}
		// anvil mines only on transactions: a block lets the indexer see the anchor's
		if err := devnet.IncreaseTime(ctx, d.suite.Client.Client(), 1); err != nil {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// lastOdometer returns the last odometer reading of the ride.
func (i *iot) lastOdometer() (device.Signed, error) {
	for k := len(i.ride) - 1; k >= 0; k-- {
		if i.ride[k].Kind.String() == telemetry.Odometer {
			return i.ride[k], nil
		}
	}
	return device.Signed{}, errors.New("the ride sent no odometer reading")
}

// iotChecks are the IoT chapter's facts, checked through the REST API (and one eth_call):
// a reading's proof verifies on chain, the lock's return ended the rental, and the
// tampered tracker's readings were refused or flagged.
func (d *demo) iotChecks(ctx context.Context) []demoCheck {
	x := d.iot
	bike := x.bike
	token := bike.TokenID.String()
	return []demoCheck{
		{"a reading's proof verifies on chain (TelemetryAnchor.verifyReading through eth_call)", func() error {
			r, err := x.lastOdometer()
			if err != nil {
				return err
			}
			var p api.ReadingProof
			if err := d.get(ctx, fmt.Sprintf("/v1/telemetry/%s/%d/proof", r.Device.Hex(), r.Seq), &p); err != nil {
				return err
			}
			leaf := r.Leaf() // computed here from the reading the device sent, never taken from the API
			if p.Leaf != leaf.Hex() {
				return fmt.Errorf("the API's leaf %s, the reading's %s", p.Leaf, leaf.Hex())
			}
			proof := make([][32]byte, len(p.Proof))
			for i, h := range p.Proof {
				proof[i] = common.HexToHash(h)
			}
			b := d.suite.Bindings.TelemetryAnchor
			verify := func(leaf [32]byte) (bool, error) {
				return bind.Call(d.suite.Contracts.TelemetryAnchor, &bind.CallOpts{Context: ctx},
					b.PackVerifyReading(uint64(p.Epoch), proof, leaf), b.UnpackVerifyReading)
			}
			ok, err := verify(leaf)
			if err != nil || !ok {
				return fmt.Errorf("verifyReading(epoch %d) = %v, %v", p.Epoch, ok, err)
			}
			forged := r.Reading
			forged.Value = new(big.Int).Add(r.Value, big.NewInt(1))
			if ok, err := verify(forged.Leaf()); err != nil || ok {
				return fmt.Errorf("verifyReading of a forged odometer value = %v, %v, want false", ok, err)
			}
			return nil
		}},
		{"the e-bike's smart lock ended its rental (endRentalByDevice, Returned by the device)", func() error {
			var r api.Rental
			if err := d.get(ctx, "/v1/rentals/"+bike.Rental.String(), &r); err != nil {
				return err
			}
			if r.Status != "returned" || r.ReturnedAt == nil || *r.ReturnedAt != x.returned {
				return fmt.Errorf("status %s, returned at %v, want returned at %d", r.Status, r.ReturnedAt, x.returned)
			}
			var p api.Page[api.Event]
			dev := devnet.Address(bike.Device).Hex()
			if err := d.get(ctx, "/v1/events?name=Returned&account="+dev, &p); err != nil {
				return err
			}
			if len(p.Items) != 1 {
				return fmt.Errorf("%d Returned events naming the device, want 1", len(p.Items))
			}
			return nil
		}},
		{"the service refused the tampered tracker's skewed clock and reused seq, and stored its resend once", func() error {
			for _, f := range []device.Fault{device.FaultClockSkew, device.FaultSeqConflict, device.FaultDuplicate} {
				if _, ok := x.rogue[f]; !ok {
					return fmt.Errorf("no %s reading was sent", f)
				}
			}
			var st api.AssetStats
			if err := d.get(ctx, "/v1/assets/"+token+"/stats", &st); err != nil {
				return err
			}
			// every ride reading and every rogue reading the service accepted, once
			want := len(x.ride)
			for f, r := range x.rogue {
				if r.Status == ingest.Accepted && f != device.FaultDuplicate {
					want++
				}
			}
			if st.Readings < int64(want) {
				return fmt.Errorf("%d readings stored for the e-bike, want at least %d", st.Readings, want)
			}
			return nil
		}},
		{"the stats flag the tampered tracker: movement while not rented, an odometer running backwards", func() error {
			var st api.AssetStats
			if err := d.get(ctx, "/v1/assets/"+token+"/stats", &st); err != nil {
				return err
			}
			seen := map[string]int{}
			for _, a := range st.Anomalies {
				seen[a.Kind]++
			}
			if seen["movement_while_not_rented"] == 0 || seen["odometer_backwards"] == 0 {
				return fmt.Errorf("anomalies %v, want movement_while_not_rented and odometer_backwards", seen)
			}
			if st.UtilizationBps <= 0 {
				return fmt.Errorf("utilization %d bps, want the ride's share of the window", st.UtilizationBps)
			}
			return nil
		}},
	}
}
