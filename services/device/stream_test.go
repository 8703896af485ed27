package device_test

import (
	"bytes"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"sharechain/internal/devnet"
	"sharechain/internal/telemetry"
	"sharechain/services/device"
)

var (
	paris  = device.LatLon{Lat: 48.8566, Lon: 2.3522}
	domain = telemetry.NewDomain("TelemetryAnchor", 31337, devnet.Address(devnet.DerivedKey("anchor")))
)

const t0 = 1_767_225_600 // 2026-01-01T00:00:00Z

func newStream(t *testing.T, p device.Profile, seed uint64) *device.Stream {
	t.Helper()
	s, err := device.NewStream(device.StreamConfig{Profile: p, TokenID: big.NewInt(7), Key: devnet.DerivedKey("device"),
		Domain: domain, Start: t0, Seed: seed, Origin: paris})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// step is what a device reported at one time.
type step struct {
	t     uint64
	kinds map[string]device.Signed
}

func (s step) value(kind string) int64 { return s.kinds[kind].Value.Int64() }

func (s step) pos() device.LatLon {
	return device.LatLon{Lat: float64(s.value(telemetry.Latitude)) / 1e7, Lon: float64(s.value(telemetry.Longitude)) / 1e7}
}

// run steps s through times, in use or not by inUse(t), and checks what every stream
// must do: fresh seqs strictly increasing from the first, each reading at its step's
// time, signed by the device.
func run(t *testing.T, s *device.Stream, times []uint64, inUse func(uint64) bool) (steps []step, all []device.Signed) {
	t.Helper()
	dev := devnet.Address(devnet.DerivedKey("device"))
	next := uint64(1)
	for _, at := range times {
		rs, err := s.Next(at, inUse(at))
		if err != nil {
			t.Fatalf("Next(%d) = %v", at, err)
		}
		if len(rs) == 0 {
			continue
		}
		st := step{t: at, kinds: map[string]device.Signed{}}
		for _, r := range rs {
			signer, err := telemetry.Recover(domain.ReadingDigest(&r.Reading), r.Signature)
			if err != nil || signer != dev || r.Device != dev {
				t.Fatalf("reading %d: signed by %s (%v), device %s; want %s", r.Seq, signer.Hex(), err, r.Device.Hex(), dev.Hex())
			}
			if r.Fault == device.FaultSeqConflict || r.Fault == device.FaultDuplicate {
				continue // a used seq, on purpose
			}
			if r.Seq != next {
				t.Fatalf("reading at %d: seq %d, want %d", at, r.Seq, next)
			}
			next++
			if r.Fault == device.FaultClockSkew {
				continue
			}
			if r.Time != at {
				t.Fatalf("reading %d: time %d, want %d", r.Seq, r.Time, at)
			}
			st.kinds[r.Kind.String()] = r
		}
		all = append(all, rs...)
		steps = append(steps, st)
	}
	return steps, all
}

func seconds(from, to, every uint64) []uint64 {
	var out []uint64
	for t := from; t <= to; t += every {
		out = append(out, t)
	}
	return out
}

func always(uint64) bool { return true }
func never(uint64) bool  { return false }

// TestStream_Vehicles: an hour's ride sampled every second: the odometer follows the
// GPS track, the speed is the vehicle's, it stays around its origin and its battery
// runs down with the distance.
func TestStream_Vehicles(t *testing.T) {
	cases := map[string]struct {
		profile            device.Profile
		minKmh, maxKmh     float64 // average over the hour, stops included
		topSpeed           float64 // m/s
		radius             float64 // m from the origin, at most
		metresPerPm        float64
		minBattery, minOdo int64
	}{
		"bicycle": {device.ProfileBicycle, 10, 22, 7, 6_000, 50, 820, 300_000},
		"car":     {device.ProfileCar, 22, 45, 15, 15_000, 400, 600, 5_000_000},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			steps, _ := run(t, newStream(t, c.profile, 42), seconds(t0, t0+3600, 1), always)
			if len(steps) != 3601 {
				t.Fatalf("%d steps reported, want 3601 (one a second in use)", len(steps))
			}
			first, last := steps[0], steps[len(steps)-1]
			if first.pos() != paris || first.value(telemetry.Battery) < c.minBattery || first.value(telemetry.Odometer) < c.minOdo {
				t.Errorf("first step at %v, battery %d‰, odometer %d m; want at %v, battery ≥ %d, odometer ≥ %d", first.pos(),
					first.value(telemetry.Battery), first.value(telemetry.Odometer), paris, c.minBattery, c.minOdo)
			}
			var track, farthest float64
			for i := 1; i < len(steps); i++ {
				prev, cur := steps[i-1], steps[i]
				odo := float64(cur.value(telemetry.Odometer) - prev.value(telemetry.Odometer))
				gps := device.Distance(prev.pos(), cur.pos())
				// a chord is never longer than the path; whole metres and 1e-7° round
				if odo < 0 || gps > odo+1.1 || odo > c.topSpeed+1 {
					t.Fatalf("second %d: odometer +%.0f m, GPS %.2f m; want 0 ≤ GPS ≤ odometer+1 ≤ %.0f", cur.t-t0, odo, gps, c.topSpeed+1)
				}
				if b := cur.value(telemetry.Battery) - prev.value(telemetry.Battery); b > 0 {
					t.Fatalf("second %d: battery rose by %d‰", cur.t-t0, b)
				}
				track += gps
				farthest = max(farthest, device.Distance(paris, cur.pos()))
			}
			odo := float64(last.value(telemetry.Odometer) - first.value(telemetry.Odometer))
			if diff := odo - track; diff < 0 || diff > odo*0.005+5 {
				t.Errorf("odometer +%.0f m, GPS track %.0f m; want within 0.5%%", odo, track)
			}
			if kmh := odo / 1000; kmh < c.minKmh || kmh > c.maxKmh {
				t.Errorf("average speed %.1f km/h, want %.0f–%.0f", kmh, c.minKmh, c.maxKmh)
			}
			if farthest > c.radius {
				t.Errorf("went %.0f m from the origin, want at most %.0f", farthest, c.radius)
			}
			used := first.value(telemetry.Battery) - last.value(telemetry.Battery)
			if want := int64(odo / c.metresPerPm); used < want-1 || used > want+1 {
				t.Errorf("battery used %d‰ for %.0f m, want %d±1", used, odo, want)
			}
		})
	}
}

// TestStream_MovesOnlyWhileRented: parked, rented, parked: the position and odometer
// change only between readings both inside the rental, and an idle device reports a
// heartbeat every HeartbeatEvery.
func TestStream_MovesOnlyWhileRented(t *testing.T) {
	for _, p := range []device.Profile{device.ProfileBicycle, device.ProfileCar} {
		t.Run(string(p), func(t *testing.T) {
			from, to := uint64(t0+1800), uint64(t0+5400)
			rented := func(at uint64) bool { return at >= from && at < to }
			steps, _ := run(t, newStream(t, p, 7), seconds(t0, t0+7200, 10), rented)
			var idle []uint64
			for i := 1; i < len(steps); i++ {
				prev, cur := steps[i-1], steps[i]
				moved := prev.pos() != cur.pos() || prev.value(telemetry.Odometer) != cur.value(telemetry.Odometer)
				inside := rented(prev.t) && rented(cur.t)
				if moved && !inside {
					t.Errorf("moved between %d and %d, outside the rental", prev.t-t0, cur.t-t0)
				}
				if !rented(cur.t) {
					idle = append(idle, cur.t-t0)
				}
			}
			if last := steps[len(steps)-1]; last.pos() == paris {
				t.Errorf("the rental ended where it began: did it move?")
			}
			// heartbeats every 300 s while parked, and one at the return
			want := []uint64{300, 600, 900, 1200, 1500, 5400, 5700, 6000, 6300, 6600, 6900, 7200}
			if diff := cmp.Diff(want, idle); diff != "" {
				t.Errorf("idle reports mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStream_Charger: energy rises at ChargerPowerW while a car charges, until its
// session is full, and the pile never moves.
func TestStream_Charger(t *testing.T) {
	charging := func(at uint64) bool { return at >= t0+600 && at < t0+600+6*3600 }
	steps, _ := run(t, newStream(t, device.ProfileCharger, 3), seconds(t0, t0+8*3600, 60), charging)
	var energy []int64
	var full bool
	for i, st := range steps {
		if _, ok := st.kinds[telemetry.Latitude]; ok && st.pos() != paris {
			t.Errorf("at %d the pile is at %v, want %v", st.t-t0, st.pos(), paris)
		}
		energy = append(energy, st.value(telemetry.Energy))
		if i == 0 || !charging(steps[i-1].t) || !charging(st.t) {
			if i > 0 && energy[i] != energy[i-1] {
				t.Errorf("energy rose by %d Wh at %d, outside the session", energy[i]-energy[i-1], st.t-t0)
			}
			continue
		}
		// 11 kW for a minute is 183.3 Wh
		switch d := energy[i] - energy[i-1]; {
		case d == 183 || d == 184:
			if full {
				t.Fatalf("energy rose again at %d after the car was full", st.t-t0)
			}
		case d < 183:
			full = true
		default:
			t.Fatalf("energy rose by %d Wh in a minute at %d, want 183–184 (11 kW)", d, st.t-t0)
		}
	}
	delivered := energy[len(energy)-1] - energy[0]
	if !full || delivered < 15_000 || delivered > 55_000 {
		t.Errorf("delivered %d Wh (full: %v), want a full session of 15–55 kWh", delivered, full)
	}
}

// TestStream_Lock: locked (1) before and after the rental, open (0) during it, each
// change reported at once.
func TestStream_Lock(t *testing.T) {
	rented := func(at uint64) bool { return at >= t0+100 && at < t0+1000 }
	steps, _ := run(t, newStream(t, device.ProfileLock, 1), seconds(t0, t0+1300, 50), rented)
	type got struct {
		At     uint64
		Locked int64
	}
	var out []got
	for _, st := range steps {
		out = append(out, got{st.t - t0, st.value(telemetry.Locked)})
	}
	want := []got{{0, 1}, {100, 0}, {150, 0}, {200, 0}, {250, 0}, {300, 0}, {350, 0}, {400, 0}, {450, 0}, {500, 0},
		{550, 0}, {600, 0}, {650, 0}, {700, 0}, {750, 0}, {800, 0}, {850, 0}, {900, 0}, {950, 0}, {1000, 1}, {1300, 1}}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("lock states mismatch (-want +got):\n%s", diff)
	}
}

// TestStream_Rogue: the rogue commits each fault once, in order, beside honest
// heartbeats, then only heartbeats.
func TestStream_Rogue(t *testing.T) {
	times := seconds(t0, t0+3600, 60)
	steps, all := run(t, newStream(t, device.ProfileRogue, 9), times, never)
	var faults []device.Fault
	bySeq := map[uint64]device.Signed{}
	var odometer []int64
	for _, r := range all {
		prev, seen := bySeq[r.Seq]
		if r.Fault != "" {
			faults = append(faults, r.Fault)
		}
		switch r.Fault {
		case device.FaultClockSkew:
			// the fourth step's, at 180 s
			if want := uint64(t0 + 180 + device.RogueSkew); r.Time != want {
				t.Errorf("skewed reading at %d, want %d", r.Time, want)
			}
		case device.FaultSeqConflict:
			if !seen || prev.Value.Cmp(r.Value) == 0 || prev.Kind != r.Kind {
				t.Errorf("seq conflict %d: earlier %v, now %v; want the same seq and kind with another value", r.Seq, prev.Reading, r.Reading)
			}
		case device.FaultDuplicate:
			if !seen || !bytes.Equal(prev.Signature, r.Signature) || prev.Value.Cmp(r.Value) != 0 || prev.Time != r.Time {
				t.Errorf("duplicate %d is not the earlier reading unchanged", r.Seq)
			}
		default:
			if seen {
				t.Errorf("reading %d (%s) reuses a seq", r.Seq, r.Fault)
			}
		}
		if !seen {
			bySeq[r.Seq] = r
		}
		if r.Kind.String() == telemetry.Odometer && r.Fault != device.FaultDuplicate {
			odometer = append(odometer, r.Value.Int64())
		}
	}
	want := []device.Fault{device.FaultMovedWhileParked, device.FaultMovedWhileParked, device.FaultMovedWhileParked,
		device.FaultOdometerBackwards, device.FaultClockSkew, device.FaultSeqConflict, device.FaultDuplicate}
	if diff := cmp.Diff(want, faults); diff != "" {
		t.Errorf("faults mismatch (-want +got):\n%s", diff)
	}
	// odometer: heartbeat, +400 m while parked, back 1.5 km, then steady
	if len(odometer) < 4 || odometer[1]-odometer[0] != 400 || odometer[2]-odometer[1] != -1500 || odometer[3] != odometer[2] {
		t.Errorf("odometer %v, want +400 then -1500 then steady", odometer[:min(len(odometer), 5)])
	}
	if moved := device.Distance(steps[0].pos(), steps[1].pos()); moved < 399 || moved > 401 {
		t.Errorf("moved %.1f m while parked, want 400", moved)
	}
	// six steps of faults, then heartbeats every HeartbeatEvery
	var heartbeats []uint64
	for _, st := range steps[6:] {
		heartbeats = append(heartbeats, st.t-t0)
	}
	if want := seconds(600, 3600, 300); !slices.Equal(heartbeats, want) {
		t.Errorf("after the faults, reports at %v, want %v", heartbeats, want)
	}
	for f, w := range map[device.Fault][2]string{
		device.FaultClockSkew: {"refused", "clock_skew"}, device.FaultSeqConflict: {"refused", "seq_conflict"},
		device.FaultDuplicate: {"duplicate", ""}, device.FaultMovedWhileParked: {"accepted", ""}, device.FaultOdometerBackwards: {"accepted", ""},
	} {
		if status, reason := f.Expected(); string(status) != w[0] || string(reason) != w[1] {
			t.Errorf("%s.Expected() = %s, %q; want %s, %q", f, status, reason, w[0], w[1])
		}
	}
}

// TestStream_Deterministic: the same config gives the same readings; another seed
// another route; time never goes back.
func TestStream_Deterministic(t *testing.T) {
	times := seconds(t0, t0+900, 30)
	_, a := run(t, newStream(t, device.ProfileBicycle, 5), times, always)
	_, b := run(t, newStream(t, device.ProfileBicycle, 5), times, always)
	_, c := run(t, newStream(t, device.ProfileBicycle, 6), times, always)
	if len(a) != len(b) {
		t.Fatalf("%d readings, then %d", len(a), len(b))
	}
	for i := range a {
		if !bytes.Equal(a[i].Signature, b[i].Signature) {
			t.Fatalf("reading %d differs between two runs of one config", i)
		}
	}
	if a[len(a)-1].Value.Cmp(c[len(c)-1].Value) == 0 && a[len(a)-2].Value.Cmp(c[len(c)-2].Value) == 0 {
		t.Errorf("seeds 5 and 6 end at the same place")
	}
	s := newStream(t, device.ProfileCar, 1)
	if _, err := s.Next(t0+10, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Next(t0+5, true); !errors.Is(err, device.ErrTimeWentBack) {
		t.Errorf("Next(earlier) = %v, want ErrTimeWentBack", err)
	}
}

func TestParseProfile(t *testing.T) {
	for _, p := range device.Profiles {
		if got, err := device.ParseProfile(string(p)); got != p || err != nil {
			t.Errorf("ParseProfile(%q) = %q, %v", p, got, err)
		}
	}
	if _, err := device.ParseProfile("boat"); err == nil {
		t.Errorf("ParseProfile(boat) = nil error")
	}
}

// TestStream_SeqStride: two assets' streams sharing one key, numbered with one stride
// and their own residues, never use the same seq.
func TestStream_SeqStride(t *testing.T) {
	used := map[uint64]string{}
	for i, p := range []device.Profile{device.ProfileBicycle, device.ProfileCharger} {
		s, err := device.NewStream(device.StreamConfig{Profile: p, TokenID: big.NewInt(int64(2 + i)), Key: devnet.DerivedKey("device"),
			Domain: domain, Start: t0, FirstSeq: t0*1000 + uint64(2+i), SeqStride: 100, Origin: paris})
		if err != nil {
			t.Fatal(err)
		}
		prev := uint64(0)
		for _, at := range seconds(t0, t0+600, 5) {
			rs, err := s.Next(at, true)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rs {
				if other, ok := used[r.Seq]; ok {
					t.Fatalf("%s reading %d: seq used by %s", p, r.Seq, other)
				}
				if prev != 0 && r.Seq != prev+100 {
					t.Fatalf("%s reading %d after %d, want a stride of 100", p, r.Seq, prev)
				}
				used[r.Seq], prev = string(p), r.Seq
			}
		}
	}
}
