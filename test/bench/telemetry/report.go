package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	itelemetry "sharechain/internal/telemetry"
)

type report struct {
	cfg       config
	devices   int
	pgVersion string
	signing   signing
	ingest    []ingestRun
	proof     *proofResult
}

func pgVersion(ctx context.Context, dbURL string) string {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return "?"
	}
	defer conn.Close(ctx)
	var v string
	if err := conn.QueryRow(ctx, "SHOW server_version").Scan(&v); err != nil {
		return "?"
	}
	return v
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**NO**"
}

func (rep report) write(w io.Writer) {
	cfg := rep.cfg
	if p := rep.proof; p != nil && p.reused {
		fmt.Fprintf(w, "\n**Proofs only** (-reuse; target: p99 ≤ %s under `wrk -t%d -c%d` at %d readings)\n\n", targetP99, cfg.threads,
			cfg.conns, designProof)
		how := "`migrate up` by the binary built now"
		if cfg.bin != "" {
			how = "served by " + cfg.bin + " (-bin: built beforehand, no migration)"
		}
		fmt.Fprintf(w, "- dataset: the %d readings of %d devices an earlier run with the same -dir loaded, built and anchored; its "+
			"PostgreSQL %s cluster restarted, %s. No chain: %d random proofs checked against "+
			"their root and telemetry_anchors' root, none by verifyReading.\n", p.readings, p.devices, rep.pgVersion, how, p.checked)
		rep.writeProofRuns(w)
		return
	}
	service := "`sharechain telemetry`, the binary `go build -o … ./cmd/sharechain` makes, as its own process"
	if cfg.cpuprofile != "" {
		service = "telemetry.Run in the bench's process (-cpuprofile: RSS and CPU figures include the load generator)"
	}
	fmt.Fprintf(w, "\nSetup: %s, configured by environment as INTERFACE.md §6 says; a private PostgreSQL %s cluster (its default, durable "+
		"settings) and Mosquitto (its defaults: 20 QoS 1 messages in flight per client); anvil with the suite, a TelemetryAnchor "+
		"and %d assets, each verified with a device key of its own bound, mirrored by `sharechain index`.\n",
		service, rep.pgVersion, rep.devices)
	if len(rep.ingest) > 0 {
		r0 := rep.ingest[0]
		fmt.Fprintf(w, "\n**Ingestion** (target: ≥ %d signed readings/s over each transport; memory flat in the number of readings)\n\n", targetRate)
		fmt.Fprintf(w, "- load: %d devices, batches of %d readings (%.0f KB), %d signed by the devices' keys in %.0f s before any clock "+
			"started; the six kinds in turn, times within the window the service accepts. HTTP: %d connections, each posting its next "+
			"batch once the last is answered. MQTT: one client per device, QoS 1, each publishing its next batch once the acks of the "+
			"last have come. `DEVICE_RATE=%s DEVICE_BURST=%s`: the per-device limiter runs but never refuses (at the defaults, 50/s "+
			"and 1 000, a device's second batch within 20 s is refused). `ANCHOR_INTERVAL` is its default, 10m: no epoch is built "+
			"during a run.\n",
			rep.devices, cfg.batch, float64(rep.signing.bytes)/float64(rep.signing.readings/cfg.batch)/1e3, rep.signing.readings,
			rep.signing.seconds, cfg.httpConns, cfg.deviceRate, cfg.deviceBurst)
		_ = r0
		fmt.Fprintln(w, "- readings/s: readings stored ÷ seconds from the first batch sent to the last answer (HTTP 200 or the acks "+
			"message); every reading was answered `accepted`, and after each run telemetry_readings and telemetry_seqs each hold "+
			"exactly the readings sent (the tables are emptied and the service started afresh before each run).")
		fmt.Fprintln(w, "- peak RSS: the service's VmHWM at the end of the run. CPU µs/reading: CPU time of the service, the PostgreSQL "+
			"cluster, the broker and the load generator during the run; machine: the share of both cores busy over the run (all "+
			"processes), the share stolen by the hypervisor, and the CPU the machine's other processes (other engineers' work) used.")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| transport | readings | seconds | readings/s | met | peak RSS MB | CPU µs/reading: service | PostgreSQL | broker | load generator | machine busy | steal | others' CPU | load at start |")
		fmt.Fprintln(w, "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
		for _, r := range rep.ingest {
			ours := r.cpu.service + r.cpu.postgres + r.cpu.broker + r.cpu.client
			others := max(0, r.machine.busy-ours).Seconds() / r.machine.elapsed.Seconds()
			broker := "—"
			if r.transport == "mqtt" {
				broker = fmt.Sprintf("%.1f", perReading(r.cpu.broker, r.readings))
			}
			fmt.Fprintf(w, "| %s | %d | %.1f | %.0f | %s | %.0f | %.1f | %.1f | %s | %.1f | %.0f%% | %.1f%% | %.2f cores | %s |\n",
				strings.ToUpper(r.transport), r.readings, r.seconds, r.rate(), yes(r.rate() >= targetRate), mb(r.peakRSS),
				perReading(r.cpu.service, r.readings), perReading(r.cpu.postgres, r.readings), broker, perReading(r.cpu.client, r.readings),
				r.machine.busyPct, r.machine.stealPct, others, r.load)
		}
	}
	if len(rep.ingest) > 0 {
		var lines []string
		for _, tr := range cfg.transports {
			var steps []string
			for _, r := range rep.ingest {
				if r.transport == tr {
					steps = append(steps, fmt.Sprintf("%.0f MB at %d", mb(r.peakRSS), r.readings))
				}
			}
			lines = append(lines, strings.ToUpper(tr)+" "+strings.Join(steps, " → "))
		}
		fmt.Fprintf(w, "\nThe service's peak RSS by readings ingested: %s.\n", strings.Join(lines, "; "))
	}
	if p := rep.proof; p != nil {
		fmt.Fprintf(w, "\n**Anchoring** (target: an epoch of %d readings anchored in ≤ %.0f s)\n\n", designEpoch, targetAnchor)
		fmt.Fprintf(w, "The first %d readings of the proof dataset below stored, then timed in the bench's process: `Anchorer.Build` "+
			"(the cut under the ingest lock, the leaves read by id, the tree, the epoch row and its %d pages committed) and "+
			"`Anchorer.Send` (simulate, send `anchor` to anvil, wait for the receipt, read `rootOf` back).\n\n", p.firstCount,
			(2*int(p.firstCount)-1+itelemetry.PageNodes-1)/itelemetry.PageNodes)
		fmt.Fprintln(w, "| epoch readings | build s | send s | total s | met |")
		fmt.Fprintln(w, "| ---: | ---: | ---: | ---: | --- |")
		fmt.Fprintf(w, "| %d | %.2f | %.2f | %.2f | %s |\n", p.firstCount, p.buildSecs, p.sendSecs, p.buildSecs+p.sendSecs,
			judged(int(p.firstCount) >= designEpoch, p.buildSecs+p.sendSecs <= targetAnchor))

		fmt.Fprintf(w, "\n**Proofs** (target: p99 ≤ %s under `wrk -t%d -c%d` at %d readings)\n\n", targetP99, cfg.threads, cfg.conns, designProof)
		var maxCount uint32
		for _, ep := range p.epochs {
			maxCount = max(maxCount, ep.Count)
		}
		fmt.Fprintf(w, "- dataset: %d readings of %d devices (%d each, seqs in order, spread over 90 days: %d monthly partitions), "+
			"written straight into telemetry_readings and telemetry_seqs by COPY as the service's writers store them (ids drawn "+
			"under the ingest lock), each signed for real by its device's key; loaded, built and anchored in %.0f s (signing waited "+
			"on %.0f s, the load transactions %.0f s). %d epochs of at most %d readings built by `Anchorer.Build` and anchored on "+
			"chain by `Anchorer.Send`, then mirrored into telemetry_anchors by `sharechain index`. The kinds are odometer, energy, battery and lock (positions' proofs "+
			"need a sign-in). The proof route reads the stored signature but does not check it.\n",
			p.readings, p.devices, p.readings/p.devices, partitions(p), p.loadSecs, p.signSecs, p.copySecs, len(p.epochs), maxCount)
		fmt.Fprintf(w, "- database: %.2f GB (readings with their indexes %.2f GB, telemetry_seqs %.2f GB, tree pages %.2f GB), after "+
			"VACUUM ANALYZE of the telemetry tables.\n", gb(p.dbBytes), gb(p.readingsBytes), gb(p.seqBytes), gb(p.treeBytes))
		fmt.Fprintf(w, "- load: `sharechain serve`; wrk with test/bench/telemetry/proofs.lua, each request the proof of a random "+
			"(device, seq) among the stored ones; %d random proofs checked against their root first, 3 of them by "+
			"`TelemetryAnchor.verifyReading` on chain. A 3 s warm-up, then %d runs of %s; load average before each run and at "+
			"the end: %s.\n\n", p.checked, len(p.wrk), cfg.duration, strings.Join(p.loads, " | "))
		rep.writeProofRuns(w)
	}
}

// writeProofRuns writes the table of the wrk runs of the proof route.
func (rep report) writeProofRuns(w io.Writer) {
	p := rep.proof
	if p.reused {
		fmt.Fprintf(w, "- load: `sharechain serve`, wrk with test/bench/telemetry/proofs.lua (a random stored (device, seq) a request); "+
			"a 3 s warm-up, then %d runs of %s; load average before each run and at the end: %s.\n\n", len(p.wrk), rep.cfg.duration,
			strings.Join(p.loads, " | "))
	}
	fmt.Fprintln(w, "| run | req/s | p50 | p99 | met | CPU/req serve | CPU/req PostgreSQL | machine busy | steal |")
	fmt.Fprintln(w, "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
	for i, r := range p.wrk {
		fmt.Fprintf(w, "| %d | %.0f | %s | %s | %s | %s | %s | %.0f%% | %.1f%% |\n", i+1, r.rps, ms(r.p50), ms(r.p99),
			judged(p.readings >= designProof, r.p99 <= targetP99), us(r.srvCPU), us(r.pgCPU), r.machine.busyPct, r.machine.stealPct)
	}
	fmt.Fprintf(w, "\nserve's RSS after the runs: %.0f MB (peak %.0f MB).\n", mb(p.serveRSS), mb(p.servePeak))
	if f := p.floor; f != nil {
		fmt.Fprintf(w, "\nThe floor of this load on this machine: `GET /healthz` (no database) under the same wrk for 10 s, "+
			"%.0f req/s, p50 %s, p99 %s. A proof's p99 cannot go below it: the rest of the tail is the scheduler's, "+
			"wrk, serve and PostgreSQL sharing the cores.\n", f.rps, ms(f.p50), ms(f.p99))
	}
	if p.readings < designProof {
		fmt.Fprintf(w, "(%d readings: fewer than the %d of the target, which is therefore not judged.)\n", p.readings, designProof)
	}

}

// judged is yes or NO when the run was of the target's size, else "not judged".
func judged(full, ok bool) string {
	if !full {
		return "not judged (smaller)"
	}
	return yes(ok)
}

func partitions(p *proofResult) int {
	months := map[string]bool{}
	for _, ep := range p.epochs {
		for _, t := range []uint64{ep.FromTime, ep.ToTime} {
			months[time.Unix(int64(t), 0).UTC().Format("200601")] = true
		}
	}
	return len(months)
}

func gb(b int64) float64 { return float64(b) / 1e9 }

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

func us(d time.Duration) string { return fmt.Sprintf("%.0f µs", float64(d)/1e3) }
