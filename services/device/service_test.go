package device_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"sharechain/internal/devnet"
	"sharechain/internal/indexedtest"
	"sharechain/internal/manifest"
	"sharechain/internal/telemetry"
	"sharechain/internal/testenv"
	"sharechain/services/device"
	ingest "sharechain/services/telemetry"
)

// TestTransports_RealService: the rogue streams into the real telemetry service, over
// HTTP and over MQTT, on an indexed devnet where its key is the device the asset's
// verification covers; every fault gets the result it was committed for and every
// honest reading is accepted.
func TestTransports_RealService(t *testing.T) {
	for _, transport := range []string{"http", "mqtt"} {
		t.Run(transport, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			e := indexedtest.Start(t, indexedtest.Options{})
			devKey := devnet.DerivedKey("device")
			b, reg := e.Suite.Bindings.AssetRegistry, e.Suite.AssetRegistry
			alice := devnet.DevKey(1)
			for _, data := range [][]byte{
				b.PackRegister([32]byte{1}, [32]byte{2}, "ipfs://x/car"),
				b.PackBindDevice(big.NewInt(1), devnet.Address(devKey)),
			} {
				if _, err := e.Suite.Transact(ctx, alice, reg, data); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := e.Suite.Transact(ctx, devnet.DevKey(0), reg, b.PackVerify(big.NewInt(1), 1<<40)); err != nil {
				t.Fatal(err)
			}
			// the ingester only needs the anchor's address, for the readings' domain
			anchor := devnet.Address(devnet.DerivedKey("anchor"))
			e.Manifest.Contracts[manifest.TelemetryAnchor] = anchor
			in, err := ingest.NewIngester(ingest.IngestConfig{Pool: e.Pool, Manifest: e.Manifest,
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(in.Close)
			e.Sync(t)
			if err := in.Prepare(ctx); err != nil {
				t.Fatal(err)
			}

			var tr device.Transport
			if transport == "http" {
				srv := httptest.NewServer(in.Handler())
				t.Cleanup(srv.Close)
				if tr, err = device.NewHTTPTransport(srv.URL, nil, nil); err != nil {
					t.Fatal(err)
				}
			} else {
				broker := testenv.StartMosquitto(t).URL()
				runCtx, stop := context.WithCancel(ctx)
				subscribed, done := make(chan struct{}, 1), make(chan error, 1)
				go func() {
					done <- in.RunMQTT(runCtx, ingest.MQTTConfig{URL: broker, OnSubscribed: func() {
						select {
						case subscribed <- struct{}{}:
						default:
						}
					}})
				}()
				t.Cleanup(func() { stop(); <-done })
				select {
				case <-subscribed:
				case err := <-done:
					t.Fatalf("RunMQTT() = %v", err)
				}
				tr = dialMQTT(t, broker)
			}
			t.Cleanup(func() { tr.Close() })

			d := device.New(devKey, e.Suite.ChainID, e.Suite.PledgeEscrow, e.Client)
			now, err := d.ChainTime(ctx)
			if err != nil {
				t.Fatal(err)
			}
			s, err := device.NewStream(device.StreamConfig{Profile: device.ProfileRogue, TokenID: big.NewInt(1), Key: devKey,
				Domain: telemetry.NewDomain(manifest.TelemetryAnchor, e.Manifest.ChainID, anchor), Start: now, Origin: paris})
			if err != nil {
				t.Fatal(err)
			}
			var faults int
			for step := range 6 {
				if step > 0 {
					if err := devnet.IncreaseTime(ctx, e.Client.Client(), 60); err != nil {
						t.Fatal(err)
					}
					e.Sync(t) // the service's "latest block" is the indexer's
				}
				if now, err = d.ChainTime(ctx); err != nil {
					t.Fatal(err)
				}
				rs, err := s.Next(now, false)
				if err != nil {
					t.Fatal(err)
				}
				got, err := tr.Send(ctx, rs)
				if err != nil {
					t.Fatalf("step %d: Send() = %v", step+1, err)
				}
				if diff := cmp.Diff(expected(rs), outcomes(got)); diff != "" {
					t.Errorf("step %d: results mismatch (-want +got):\n%s", step+1, diff)
				}
				for _, r := range rs {
					if r.Fault != "" {
						faults++
					}
				}
			}
			if faults != 7 {
				t.Errorf("%d faulty readings sent, want 7", faults)
			}
		})
	}
}
