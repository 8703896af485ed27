package telemetry_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
	"sharechain/services/telemetry"
)

// These benchmarks give a quick local figure of the ingestion rate, end to end (client,
// service and PostgreSQL on one machine); make bench measures the built binary. The
// readings are signed before the clock starts, perBatch to a batch, round-robin over the
// devices.
const (
	benchDevices  = 8
	benchPerBatch = 500
)

// signedBatches signs n readings per device and returns them as batch bodies, each
// holding one device's readings (MQTT publishes per device).
func (e *env) signedBatches(b *testing.B, n int) (bodies [][]byte, devices []int) {
	b.Helper()
	now := e.latest(b)
	type job struct{ dev, lo int }
	var jobs []job
	for dev := range e.devices {
		for lo := 1; lo <= n; lo += benchPerBatch {
			jobs = append(jobs, job{dev, lo})
		}
	}
	bodies, devices = make([][]byte, len(jobs)), make([]int, len(jobs))
	var wg sync.WaitGroup
	var next atomic.Int64
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(jobs); k = int(next.Add(1)) - 1 {
				j := jobs[k]
				rs := make([]telemetry.WireReading, 0, benchPerBatch)
				for seq := j.lo; seq < j.lo+benchPerBatch && seq <= n; seq++ {
					rs = append(rs, signWith(b, e.domain, e.devices[j.dev], e.tokens[j.dev], uint64(seq), now, "odometer_m", int64(seq)))
				}
				bodies[k], devices[k] = batchJSON(b, rs...), j.dev
			}
		})
	}
	wg.Wait()
	return bodies, devices
}

func benchEnv(b *testing.B) *env {
	b.Helper()
	return newEnv(b, benchDevices)
}

// BenchmarkIngest_HTTP posts pre-signed batches from 8 concurrent clients.
func BenchmarkIngest_HTTP(b *testing.B) {
	e := benchEnv(b)
	in := e.ingester(b, telemetry.IngestConfig{DeviceRate: 1e9, DeviceBurst: 1 << 30, Registry: prometheus.NewRegistry()})
	srv := httptest.NewServer(in.Handler())
	defer srv.Close()
	perDevice := max(b.N/benchDevices, benchPerBatch)
	bodies, _ := e.signedBatches(b, perDevice)
	b.ResetTimer()
	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(bodies); k = int(next.Add(1)) - 1 {
				resp, err := srv.Client().Post(srv.URL+telemetry.ReadingsPath, "application/json", bytesReader(bodies[k]))
				if err != nil || resp.StatusCode != 200 {
					b.Errorf("POST: %v %v", resp, err)
					return
				}
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	n := perDevice * benchDevices
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "readings/s")
}

// BenchmarkIngest_MQTT publishes pre-signed batches, each device from its own client,
// and waits for every acks message.
func BenchmarkIngest_MQTT(b *testing.B) {
	e := benchEnv(b)
	in := e.ingester(b, telemetry.IngestConfig{DeviceRate: 1e9, DeviceBurst: 1 << 30, Registry: prometheus.NewRegistry()})
	broker := testenv.MQTT(b)
	ctx, cancel := context.WithCancel(context.Background())
	subscribed := make(chan struct{}, 4)
	done := make(chan error, 1)
	go func() {
		done <- in.RunMQTT(ctx, telemetry.MQTTConfig{URL: broker, OnSubscribed: func() { subscribed <- struct{}{} }})
	}()
	defer func() { cancel(); <-done }()
	<-subscribed
	perDevice := max(b.N/benchDevices, benchPerBatch)
	bodies, devs := e.signedBatches(b, perDevice)
	acks := make(chan struct{}, len(bodies))
	clients := make([]mqtt.Client, benchDevices)
	for i := range clients {
		opts := mqtt.NewClientOptions().AddBroker("tcp" + broker[len("mqtt"):]).SetClientID(fmt.Sprintf("bench-device-%d", i))
		c := mqtt.NewClient(opts)
		if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
			b.Fatal(tok.Error())
		}
		defer c.Disconnect(100)
		dev := devnet.Address(e.devices[i])
		c.Subscribe(telemetry.AcksTopic(e.Manifest.ChainID, dev), 1, func(mqtt.Client, mqtt.Message) { acks <- struct{}{} }).Wait()
		clients[i] = c
	}
	b.ResetTimer()
	start := time.Now()
	for k, body := range bodies {
		i := devs[k]
		clients[i].Publish(telemetry.ReadingsTopic(e.Manifest.ChainID, devnet.Address(e.devices[i])), 1, false, body)
	}
	for range bodies {
		select {
		case <-acks:
		case <-time.After(time.Minute):
			b.Fatal("acks missing after a minute")
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(perDevice*benchDevices)/time.Since(start).Seconds(), "readings/s")
}
