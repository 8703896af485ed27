package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	itelemetry "sharechain/internal/telemetry"
	"sharechain/services/telemetry"
	"sharechain/test/bench/internal/sysstat"
)

// The kinds the ingest load sends, in turn: every kind the suite's devices send.
var ingestKinds = []string{itelemetry.Odometer, itelemetry.Energy, itelemetry.Latitude, itelemetry.Longitude, itelemetry.Battery,
	itelemetry.Locked}

// batch is one device's batch as sent, the same bytes over HTTP and MQTT.
type batch struct {
	device int
	body   []byte
	n      int
}

// signBatches signs, before any clock starts, rounds × devices batches of per readings:
// in round r device d sends its seqs r·per+1 … (r+1)·per. The batches come round by
// round, so the first k·devices of them are k batches of every device. Reading times
// run forward from 20 hours before the latest block's time, one second a seq, inside
// the window ingestion accepts (24 h behind to 5 min ahead).
func signBatches(d *deployment, rounds, per int) ([]batch, error) {
	domain := itelemetry.NewDomain(telemetry.TelemetryAnchor, d.chainID, d.anchor)
	devices := len(d.devices)
	out := make([]batch, rounds*devices)
	base := d.latest - 20*3600
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, runtime.GOMAXPROCS(0))
	for w := range errs {
		wg.Go(func() {
			rs := make([]telemetry.WireReading, 0, per)
			for k := int(next.Add(1)) - 1; k < len(out); k = int(next.Add(1)) - 1 {
				r, dev := k/devices, k%devices
				rs = rs[:0]
				for s := r*per + 1; s <= (r+1)*per; s++ {
					seq := uint64(s)
					rd := itelemetry.Reading{TokenID: d.tokens[dev], Seq: seq, Time: base + seq,
						Kind: itelemetry.MustKind(ingestKinds[s%len(ingestKinds)]), Value: big.NewInt(int64(s)*7 + int64(dev))}
					wr, err := telemetry.SignReading(domain, d.devices[dev], &rd)
					if err != nil {
						errs[w] = err
						return
					}
					rs = append(rs, wr)
				}
				body, err := json.Marshal(telemetry.Batch{Readings: rs})
				if err != nil {
					errs[w] = err
					return
				}
				if len(body) > telemetry.MaxBatchBytes {
					errs[w] = fmt.Errorf("a batch of %d readings is %d bytes, over the wire format's %d", per, len(body), telemetry.MaxBatchBytes)
					return
				}
				out[k] = batch{device: dev, body: body, n: per}
			}
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// ingestRun is one timed ingestion of n readings over one transport.
type ingestRun struct {
	transport string
	readings  int
	batches   int
	seconds   float64
	stored    int64
	peakRSS   int64 // bytes, the service's VmHWM
	endRSS    int64
	cpu       cpuShare
	load      string // load average when the run started
	machine   machineWindow
}

func (r ingestRun) rate() float64 { return float64(r.stored) / r.seconds }

// cpuShare is the CPU time of each party during a timed window.
type cpuShare struct {
	service, postgres, broker, client time.Duration
}

// service is `sharechain telemetry` as the run starts it: the binary, or (with
// -cpuprofile) telemetry.Run in this process.
type service struct {
	p       *proc
	pid     int
	stop    func() error
	logPath string
}

// startService starts the ingestion service on one transport with the bench's rate
// limit and waits until it takes batches.
func startService(ctx context.Context, cfg config, d *deployment, bin, dbURL, work, transport, brokerURL, tag string) (*service, string, error) {
	port, err := localnet.FreePort()
	if err != nil {
		return nil, "", err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	ingestAddr, mqttURL := "", ""
	if transport == "http" {
		ingestAddr = addr
	} else {
		mqttURL = brokerURL
	}
	logPath := filepath.Join(work, "telemetry-"+tag+".log")
	s := &service{logPath: logPath}
	if cfg.cpuprofile != "" {
		stop, err := runInProcess(ctx, cfg, d, dbURL, ingestAddr, mqttURL, logPath)
		if err != nil {
			return nil, "", err
		}
		s.pid, s.stop = os.Getpid(), stop
	} else {
		env := []string{
			"DATABASE_URL=" + dbURL, "MANIFEST=" + d.manifestPath, "RPC_URL=" + d.anvil.RPC,
			"ANCHOR_KEY=" + fmt.Sprintf("%x", devnetKeyBytes(d)),
			"INGEST_ADDR=" + ingestAddr, "MQTT_URL=" + mqttURL,
			"DEVICE_RATE=" + cfg.deviceRate, "DEVICE_BURST=" + cfg.deviceBurst,
			"LOG_LEVEL=info",
		}
		p, err := startProc("sharechain telemetry", logPath, env, bin, "telemetry")
		if err != nil {
			return nil, "", err
		}
		s.p, s.pid, s.stop = p, p.pid(), p.stop
	}
	ready := func() bool {
		if transport == "http" {
			return listening(addr)
		}
		raw, _ := os.ReadFile(logPath)
		return bytes.Contains(raw, []byte("msg=subscribed"))
	}
	if err := waitFor(ctx, "sharechain telemetry", time.Minute, s.p, ready); err != nil {
		_ = s.stop()
		return nil, "", err
	}
	return s, "http://" + addr, nil
}

func devnetKeyBytes(d *deployment) []byte { return d.anchorKey.D.FillBytes(make([]byte, 32)) }

// runInProcess runs telemetry.Run here, as `sharechain telemetry` would, so that a CPU
// profile covers it.
func runInProcess(ctx context.Context, cfg config, d *deployment, dbURL, ingestAddr, mqttURL, logPath string) (func() error, error) {
	m, err := manifest.Load(d.manifestPath)
	if err != nil {
		return nil, err
	}
	pool, err := pg.Open(ctx, dbURL, time.Minute)
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, d.anvil.RPC)
	if err != nil {
		pool.Close()
		return nil, err
	}
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	var rate float64
	var burst int
	fmt.Sscan(cfg.deviceRate, &rate)
	fmt.Sscan(cfg.deviceBurst, &burst)
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan error, 1)
	go func() {
		done <- telemetry.Run(rctx, telemetry.Config{Pool: pool, Manifest: m, Backend: client, Key: d.anchorKey,
			IngestAddr: ingestAddr, MQTT: telemetry.MQTTConfig{URL: mqttURL}, DeviceRate: rate, DeviceBurst: burst,
			Logger: slog.New(slog.NewTextHandler(f, nil))})
	}()
	return func() error {
		cancel()
		err := <-done
		pool.Close()
		client.Close()
		f.Close()
		return err
	}, nil
}

// resetTelemetry empties the telemetry tables (the monthly partitions stay), so that each
// run starts from none stored.
func resetTelemetry(ctx context.Context, dbURL string) error {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, `TRUNCATE telemetry_readings, telemetry_seqs, telemetry_epochs, telemetry_tree_pages`)
	return err
}

// countStored counts the readings stored: telemetry_readings and telemetry_seqs must agree.
func countStored(ctx context.Context, dbURL string) (int64, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	var readings, seqs, stray int64
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM telemetry_readings), (SELECT count(*) FROM telemetry_seqs),
		(SELECT count(*) FROM telemetry_readings_default)`).Scan(&readings, &seqs, &stray); err != nil {
		return 0, err
	}
	if readings != seqs {
		return 0, fmt.Errorf("%d rows in telemetry_readings, %d in telemetry_seqs", readings, seqs)
	}
	if stray != 0 {
		return 0, fmt.Errorf("%d readings in the default partition", stray)
	}
	return readings, nil
}

// measureIngest runs one timed ingestion of bs over transport against a fresh service
// process and checks that every reading was acknowledged accepted and is stored.
func measureIngest(ctx context.Context, cfg config, d *deployment, bin, dbURL, pgDir, work string, br *broker,
	transport string, bs []batch) (ingestRun, error) {
	n := 0
	for _, b := range bs {
		n += b.n
	}
	run := ingestRun{transport: transport, readings: n, batches: len(bs)}
	if err := resetTelemetry(ctx, dbURL); err != nil {
		return run, err
	}
	brokerURL := ""
	if br != nil {
		brokerURL = br.url()
	}
	tag := fmt.Sprintf("%s-%d", transport, n)
	svc, base, err := startService(ctx, cfg, d, bin, dbURL, work, transport, brokerURL, tag)
	if err != nil {
		return run, err
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = svc.stop()
		}
	}()
	var profile *os.File
	if cfg.cpuprofile != "" {
		if profile, err = os.Create(cfg.cpuprofile + "." + tag); err != nil {
			return run, err
		}
		defer profile.Close()
		if err := pprof.StartCPUProfile(profile); err != nil {
			return run, err
		}
	}

	run.load = loadAvg()
	_, svc0 := sysstat.CPU(svc.pid, false)
	pg0 := sysstat.ClusterCPU(pgDir)
	var br0 time.Duration
	if br != nil {
		_, br0 = sysstat.CPU(br.p.pid(), false)
	}
	me0 := selfCPU()
	m0 := readMachine()
	start := time.Now()
	var accepted int64
	if transport == "http" {
		accepted, err = driveHTTP(ctx, base+telemetry.ReadingsPath, bs, cfg.httpConns)
	} else {
		accepted, err = driveMQTT(ctx, d, br, bs)
	}
	run.seconds = time.Since(start).Seconds()
	run.machine = readMachine().since(m0)
	_, svc1 := sysstat.CPU(svc.pid, false)
	run.cpu.service = svc1 - svc0
	run.cpu.postgres = sysstat.ClusterCPU(pgDir) - pg0
	if br != nil {
		_, br1 := sysstat.CPU(br.p.pid(), false)
		run.cpu.broker = br1 - br0
	}
	run.cpu.client = selfCPU() - me0
	if profile != nil {
		pprof.StopCPUProfile()
		run.cpu.client = 0 // the service ran in this process
	}
	run.endRSS, run.peakRSS = rss(svc.pid)
	if err != nil {
		return run, fmt.Errorf("%s: %w (service log %s)", tag, err, svc.logPath)
	}
	stopped = true
	if err := svc.stop(); err != nil {
		return run, fmt.Errorf("stopping the service: %w; log %s:\n%s", err, svc.logPath, tail(svc.logPath))
	}
	if accepted != int64(n) {
		return run, fmt.Errorf("%s: %d of %d readings acknowledged accepted", tag, accepted, n)
	}
	if run.stored, err = countStored(ctx, dbURL); err != nil {
		return run, err
	}
	if run.stored != int64(n) {
		return run, fmt.Errorf("%s: %d readings stored, %d sent and acknowledged", tag, run.stored, n)
	}
	return run, nil
}

// driveHTTP posts the batches from conns connections at once, each waiting for its
// answer before the next batch, and returns how many readings were acknowledged accepted.
func driveHTTP(ctx context.Context, url string, bs []batch, conns int) (int64, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}, Timeout: 2 * time.Minute}
	var next, accepted atomic.Int64
	var firstErr error
	var mu sync.Mutex
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for range conns {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(bs); k = int(next.Add(1)) - 1 {
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(bs[k].body))
				if err != nil {
					fail(err)
					return
				}
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					fail(err)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					fail(fmt.Errorf("POST batch %d: %s %v: %.300s", k, resp.Status, err, body))
					return
				}
				a, err := countAccepted(body)
				if err != nil {
					fail(fmt.Errorf("batch %d: %w", k, err))
					return
				}
				accepted.Add(a)
			}
		})
	}
	wg.Wait()
	return accepted.Load(), firstErr
}

// countAccepted counts the accepted results of an answer, and fails on any other.
func countAccepted(body []byte) (int64, error) {
	acks, err := telemetry.ParseAcks(body)
	if err != nil {
		return 0, err
	}
	if acks.Problem != nil {
		return 0, fmt.Errorf("refused whole: %d %s: %s", acks.Problem.Status, acks.Problem.Title, acks.Problem.Detail)
	}
	var n int64
	for _, r := range acks.Results {
		if r.Status != telemetry.Accepted {
			reason := ""
			if r.Reason != nil {
				reason = string(*r.Reason)
			}
			return n, fmt.Errorf("a reading was %s %s, not accepted", r.Status, reason)
		}
		n++
	}
	return n, nil
}

// driveMQTT connects one MQTT client per device, as devices do, each publishing its
// batches at QoS 1 one at a time: the next once the acks message of the previous one
// has come (a device keeps what is not acknowledged). It returns how many readings
// were acknowledged accepted.
func driveMQTT(ctx context.Context, d *deployment, br *broker, bs []batch) (int64, error) {
	per := make([][]batch, len(d.devices))
	for _, b := range bs {
		per[b.device] = append(per[b.device], b)
	}
	addr := fmt.Sprintf("tcp://127.0.0.1:%d", br.port)
	clients := make([]mqtt.Client, len(d.devices))
	acks := make([]chan []byte, len(d.devices))
	defer func() {
		for _, c := range clients {
			if c != nil {
				c.Disconnect(100)
			}
		}
	}()
	for i := range d.devices {
		if len(per[i]) == 0 {
			continue
		}
		acks[i] = make(chan []byte, 1)
		c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(addr).SetClientID(fmt.Sprintf("bench-telemetry-device-%d", i)).
			SetCleanSession(true).SetKeepAlive(60 * time.Second))
		if tok := c.Connect(); !tok.WaitTimeout(20*time.Second) || tok.Error() != nil {
			return 0, fmt.Errorf("device %d connecting: %v", i, tok.Error())
		}
		clients[i] = c
		ch := acks[i]
		tok := c.Subscribe(telemetry.AcksTopic(d.chainID, devnet.Address(d.devices[i])), 1, func(_ mqtt.Client, m mqtt.Message) {
			ch <- m.Payload()
		})
		if !tok.WaitTimeout(20*time.Second) || tok.Error() != nil {
			return 0, fmt.Errorf("device %d subscribing: %v", i, tok.Error())
		}
	}
	var accepted atomic.Int64
	errs := make([]error, len(d.devices))
	var wg sync.WaitGroup
	for i := range d.devices {
		if clients[i] == nil {
			continue
		}
		topic := telemetry.ReadingsTopic(d.chainID, devnet.Address(d.devices[i]))
		wg.Go(func() {
			for k, b := range per[i] {
				tok := clients[i].Publish(topic, 1, false, b.body)
				if !tok.WaitTimeout(2*time.Minute) || tok.Error() != nil {
					errs[i] = fmt.Errorf("device %d publishing batch %d: %v", i, k, tok.Error())
					return
				}
				select {
				case body := <-acks[i]:
					a, err := countAccepted(body)
					accepted.Add(a)
					if err != nil {
						errs[i] = fmt.Errorf("device %d batch %d: %w", i, k, err)
						return
					}
				case <-time.After(2 * time.Minute):
					errs[i] = fmt.Errorf("device %d: no acks for batch %d within 2 minutes", i, k)
					return
				case <-ctx.Done():
					errs[i] = ctx.Err()
					return
				}
			}
		})
	}
	wg.Wait()
	return accepted.Load(), errors.Join(errs...)
}

// rss reads the resident set size and its peak (VmHWM) of a process, in bytes.
func rss(pid int) (cur, peak int64) {
	c, _ := sysstat.StatusKB(pid, "VmRSS")
	p, _ := sysstat.StatusKB(pid, "VmHWM")
	return c << 10, p << 10
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// machineWindow is what /proc/stat says of the whole machine over a window: the share
// of its CPU time that was busy and that the hypervisor stole, and the busy CPU time.
type machineWindow struct {
	busyPct, stealPct float64
	busy              time.Duration
	elapsed           time.Duration
}

type machineSample struct {
	busy, steal, total int64 // USER_HZ ticks over every CPU
	at                 time.Time
}

func readMachine() machineSample {
	s := machineSample{at: time.Now()}
	raw, err := os.ReadFile("/proc/stat")
	if err != nil {
		return s
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return s
	}
	v := make([]int64, len(f)-1)
	for i := range v {
		fmt.Sscan(f[i+1], &v[i])
	}
	// user nice system idle iowait irq softirq steal [guest guest_nice, counted in user]
	s.busy = v[0] + v[1] + v[2] + v[5] + v[6]
	s.steal = v[7]
	s.total = s.busy + v[3] + v[4] + v[7]
	return s
}

func (s machineSample) since(a machineSample) machineWindow {
	w := machineWindow{elapsed: s.at.Sub(a.at), busy: time.Duration(s.busy-a.busy) * (time.Second / 100)}
	if t := s.total - a.total; t > 0 {
		w.busyPct = 100 * float64(s.busy-a.busy) / float64(t)
		w.stealPct = 100 * float64(s.steal-a.steal) / float64(t)
	}
	return w
}

// ingestPhase signs the readings, then measures each size over each transport, the
// service started afresh for each run.
func ingestPhase(ctx context.Context, cfg config, d *deployment, bin, dbURL, pgDir, work string, t tools) ([]ingestRun, signing, error) {
	maxN := 0
	for _, n := range cfg.sizes {
		maxN = max(maxN, n)
	}
	per := cfg.batch
	unit := per * len(d.devices) // one round: a batch of every device
	for _, n := range cfg.sizes {
		if n%unit != 0 {
			return nil, signing{}, fmt.Errorf("-readings %d: each size must be a multiple of -devices × -batch = %d", n, unit)
		}
	}
	log.Printf("signing %d readings of %d devices (%d batches of %d) before any clock starts", maxN, len(d.devices), maxN/per, per)
	start := time.Now()
	bs, err := signBatches(d, maxN/unit, per)
	if err != nil {
		return nil, signing{}, err
	}
	sg := signing{readings: maxN, seconds: time.Since(start).Seconds()}
	for _, b := range bs {
		sg.bytes += int64(len(b.body))
	}
	log.Printf("signed in %.1fs (%.1f MB of batches)", sg.seconds, float64(sg.bytes)/1e6)

	var br *broker
	if contains(cfg.transports, "mqtt") {
		if br, err = startBroker(t.mosquitto, filepath.Join(work, "mosquitto")); err != nil {
			return nil, sg, err
		}
		defer br.p.stop() //nolint:errcheck // at the end
	}
	var runs []ingestRun
	for _, n := range cfg.sizes {
		for _, tr := range cfg.transports {
			log.Printf("ingesting %d readings over %s", n, tr)
			r, err := measureIngest(ctx, cfg, d, bin, dbURL, pgDir, work, br, tr, bs[:n/per])
			if err != nil {
				return runs, sg, err
			}
			log.Printf("%s %d: %.0f readings/s (%.1fs), peak RSS %.0f MB; CPU µs/reading: service %.1f, postgres %.1f, broker %.1f, client %.1f; machine busy %.0f%%, steal %.1f%%",
				tr, n, r.rate(), r.seconds, mb(r.peakRSS), perReading(r.cpu.service, n), perReading(r.cpu.postgres, n),
				perReading(r.cpu.broker, n), perReading(r.cpu.client, n), r.machine.busyPct, r.machine.stealPct)
			runs = append(runs, r)
		}
	}
	return runs, sg, nil
}

type signing struct {
	readings int
	seconds  float64
	bytes    int64
}

func perReading(d time.Duration, n int) float64 { return float64(d.Microseconds()) / float64(n) }

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
