package api

import (
	"cmp"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/telemetry"
)

// The anomalies of GET /v1/assets/{tokenId}/stats: what a sharing operator acts on
// (DESIGN §6.3), each a rule over the asset's readings in the window and its rentals.
//
// Which rentals count: those the renter checked in (status active, returned, disputed,
// settled, defaulted or resolved — checked_in). A booking never checked in (booked,
// cancelled, no_show) never put the asset in anyone's hands, so it neither makes
// movement legitimate nor counts towards utilization. A rental's
//
//   - slot is [start, min(returned_at, end)) — INTERFACE.md's, used for utilization and
//     for silence (the device must report while the rental is due to run);
//   - hold is [start, returned_at) once returned, else [start, end) — the time the renter
//     actually had the asset, so a late return's last ride is not "movement while not
//     rented", while a rental never returned (defaulted, or still out past its end) holds
//     the asset only until its end.
//
// The rules (kinds):
//
//   - movement_while_not_rented: between two consecutive readings of one device, the
//     odometer rose by more than [moveOdometerM], or the position (a lat_e7 and a lon_e7
//     of the same device and time) moved more than [movePositionM], and no rental's hold
//     meets the interval between them (a hold [s, e) meets [t1, t2] when s ≤ t2 and e > t1).
//   - odometer_backwards: an odometer_m reading below the device's previous one (by time).
//   - usage_outside_rental: a reading taken when no rental holds the asset that shows it
//     in use: the lock open (locked = 0), or energy_wh risen by more than [useEnergyWh]
//     since the device's previous reading with no hold meeting the interval.
//   - device_silent: within a rental's slot (clipped to the window, the latest indexed
//     block's time and, when the scan was cut, its last reading), no reading of any kind
//     from any device for longer than [silenceLimit]: from the slot's start to the first
//     reading, between two readings, or from the last one to the slot's end. The anomaly's
//     time is the gap's start; its seq the reading that opened it (null at the slot's start).
//
// Anomalies are computed over at most [maxStatsScan] readings of the window, the earliest
// first; stats says anomalies_truncated when the window held more, and then answers at most
// [maxAnomalies] of them.
const (
	moveOdometerM = 50                // metres: odometer noise and a wheel nudged in a rack stay under it
	movePositionM = 250.0             // metres: beyond GPS jitter in a city (~10–50 m) and a multipath jump
	useEnergyWh   = 50                // watt-hours: a parked e-bike's or a pile's standby draw stays under it between readings
	silenceLimit  = 15 * 60           // seconds: a device reporting every minute or so is never silent this long
	maxStatsScan  = 200_000           // readings of a window the anomalies see
	maxAnomalies  = 500               // anomalies one answer lists
	earthRadiusM  = 6_371_008.8       // mean Earth radius (IUGG), metres
	positionGrain = int64(100_000)    // lat_e7 / lon_e7 units of a public position: 0.01°, about 1 km
	e7            = float64(10000000) // lat_e7 / lon_e7 units per degree
)

// Anomaly kinds.
const (
	anomalyMovement = "movement_while_not_rented"
	anomalyBackward = "odometer_backwards"
	anomalyUsage    = "usage_outside_rental"
	anomalySilent   = "device_silent"
)

// sample is one reading as the rules see it.
type sample struct {
	device common.Address
	seq    uint64
	time   uint64
	kind   string
	value  *big.Int
}

// rentalSpan is a checked-in rental as the rules see it.
type rentalSpan struct {
	id         string
	start, end uint64
	returnedAt *uint64
	slotEnd    uint64 // min(returned_at, end)
	holdEnd    uint64 // returned_at, else end
}

func newRentalSpan(id string, start, end uint64, returnedAt *uint64) rentalSpan {
	r := rentalSpan{id: id, start: start, end: end, returnedAt: returnedAt, slotEnd: end, holdEnd: end}
	if returnedAt != nil {
		r.holdEnd = *returnedAt
		if *returnedAt < end {
			r.slotEnd = *returnedAt
		}
	}
	return r
}

// holds reports whether the rental held the asset at some time in [t1, t2].
func (r rentalSpan) holds(t1, t2 uint64) bool { return r.start <= t2 && r.holdEnd > t1 }

func held(rentals []rentalSpan, t1, t2 uint64) bool {
	return slices.ContainsFunc(rentals, func(r rentalSpan) bool { return r.holds(t1, t2) })
}

// utilizationBps is floor(Σ overlap of each rental's slot with [from, to) × 10 000 /
// (to − from)) and the number of rentals whose slot meets the window.
func utilizationBps(rentals []rentalSpan, from, to uint64) (int, int) {
	if to <= from {
		return 0, 0
	}
	var sum uint64
	n := 0
	for _, r := range rentals {
		s, e := max(r.start, from), min(r.slotEnd, to)
		if e > s {
			sum += e - s
			n++
		}
	}
	bps := new(big.Int).Mul(new(big.Int).SetUint64(sum), big.NewInt(10_000))
	bps.Quo(bps, new(big.Int).SetUint64(to-from))
	return int(bps.Int64()), n
}

// distanceM is the haversine distance between two positions in degrees × 10⁷.
func distanceM(lat1, lon1, lat2, lon2 int64) float64 {
	rad := func(v int64) float64 { return float64(v) / e7 * math.Pi / 180 }
	φ1, φ2 := rad(lat1), rad(lat2)
	dφ, dλ := φ2-φ1, rad(lon2)-rad(lon1)
	a := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * earthRadiusM * math.Asin(math.Min(1, math.Sqrt(a)))
}

// detectAnomalies applies the rules to readings (sorted by time, device, seq), the
// asset's checked-in rentals, over [from, until).
func detectAnomalies(readings []sample, rentals []rentalSpan, from, until uint64) []Anomaly {
	var out []Anomaly
	add := func(kind string, s *sample, rental string, detail string) {
		a := Anomaly{Kind: kind, Detail: detail}
		if s != nil {
			a.Time = s.time
			seq, dev := s.seq, s.device.Hex()
			a.Seq, a.Device = &seq, &dev
		}
		if rental != "" {
			a.RentalID = &rental
		}
		out = append(out, a)
	}
	type fix struct {
		time     uint64
		lat, lon *sample
	}
	prev := map[common.Address]map[string]*sample{} // the device's previous reading of each kind
	fixes := map[common.Address][]*fix{}
	for i := range readings {
		s := &readings[i]
		byKind := prev[s.device]
		if byKind == nil {
			byKind = map[string]*sample{}
			prev[s.device] = byKind
		}
		p := byKind[s.kind]
		byKind[s.kind] = s
		switch s.kind {
		case telemetry.Odometer:
			if p == nil {
				continue
			}
			d := new(big.Int).Sub(s.value, p.value)
			switch {
			case d.Sign() < 0:
				add(anomalyBackward, s, "", fmt.Sprintf("odometer_m fell from %s to %s (by %s m) since seq %d at %d",
					p.value, s.value, new(big.Int).Neg(d), p.seq, p.time))
			case d.Cmp(big.NewInt(moveOdometerM)) > 0 && !held(rentals, p.time, s.time):
				add(anomalyMovement, s, "", fmt.Sprintf("odometer_m rose by %s m between %d and %d (seq %d to %d) with no rental holding the asset",
					d, p.time, s.time, p.seq, s.seq))
			}
		case telemetry.Energy:
			if p == nil {
				continue
			}
			d := new(big.Int).Sub(s.value, p.value)
			if d.Cmp(big.NewInt(useEnergyWh)) > 0 && !held(rentals, p.time, s.time) {
				add(anomalyUsage, s, "", fmt.Sprintf("energy_wh rose by %s Wh between %d and %d (seq %d to %d) with no rental holding the asset",
					d, p.time, s.time, p.seq, s.seq))
			}
		case telemetry.Locked:
			if s.value.Sign() == 0 && !held(rentals, s.time, s.time) {
				add(anomalyUsage, s, "", fmt.Sprintf("the lock was open at %d with no rental holding the asset", s.time))
			}
		case telemetry.Latitude, telemetry.Longitude:
			if !s.value.IsInt64() {
				continue
			}
			fs := fixes[s.device]
			var f *fix
			if n := len(fs); n > 0 && fs[n-1].time == s.time {
				f = fs[n-1]
			} else {
				f = &fix{time: s.time}
				fixes[s.device] = append(fs, f)
			}
			if s.kind == telemetry.Latitude {
				f.lat = s
			} else {
				f.lon = s
			}
		}
	}
	for _, fs := range fixes {
		var last *fix
		for _, f := range fs {
			if f.lat == nil || f.lon == nil {
				continue
			}
			if last != nil {
				d := distanceM(last.lat.value.Int64(), last.lon.value.Int64(), f.lat.value.Int64(), f.lon.value.Int64())
				if d > movePositionM && !held(rentals, last.time, f.time) {
					s := f.lat
					if f.lon.seq > s.seq {
						s = f.lon
					}
					add(anomalyMovement, s, "", fmt.Sprintf("the position moved %.0f m between %d and %d with no rental holding the asset",
						d, last.time, f.time))
				}
			}
			last = f
		}
	}
	// silence: readings is in time order, so each slot's readings are a run of it
	for _, r := range rentals {
		s, e := max(r.start, from), min(r.slotEnd, until)
		if e <= s {
			continue
		}
		i, _ := slices.BinarySearchFunc(readings, s, func(x sample, t uint64) int { return cmp.Compare(x.time, t) })
		at, by := s, (*sample)(nil)
		gap := func(to uint64) {
			if to-at > silenceLimit {
				add(anomalySilent, by, r.id, fmt.Sprintf("no reading for %s during rental %s (%d to %d)", span(to-at), r.id, at, to))
				if by == nil {
					out[len(out)-1].Time = at
				}
			}
		}
		for ; i < len(readings) && readings[i].time < e; i++ {
			gap(readings[i].time)
			at, by = readings[i].time, &readings[i]
		}
		gap(e)
	}
	slices.SortStableFunc(out, func(a, b Anomaly) int {
		if c := cmp.Compare(a.Time, b.Time); c != 0 {
			return c
		}
		return cmp.Compare(a.Kind, b.Kind)
	})
	return out
}

// span writes seconds as hours and minutes.
func span(s uint64) string {
	if s >= 3600 {
		return fmt.Sprintf("%d h %02d min", s/3600, s%3600/60)
	}
	return fmt.Sprintf("%d min", s/60)
}

// coarse floors a position value to a multiple of positionGrain, toward −∞.
func coarse(v *big.Int) *big.Int {
	g := big.NewInt(positionGrain)
	q := new(big.Int).Div(v, g) // Euclidean division: floor for a positive divisor
	return q.Mul(q, g)
}

// isPosition reports whether a kind is personal data (INTERFACE.md §5).
func isPosition(kind string) bool { return kind == telemetry.Latitude || kind == telemetry.Longitude }
