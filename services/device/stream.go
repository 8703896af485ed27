package device

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/telemetry"
	ingest "sharechain/services/telemetry"
)

// Profile names what a simulated device is fitted to and how it behaves.
type Profile string

// The simulated devices.
const (
	// ProfileBicycle is an e-bike's tracker: a GPS track at cycling speed around its
	// origin while rented, the odometer following the track, the battery running down.
	ProfileBicycle Profile = "bicycle"
	// ProfileCar is an electric car's telematics box: a city drive, odometer and battery.
	ProfileCar Profile = "car"
	// ProfileCharger is a charging pile's meter: energy delivered at a steady power while
	// a car charges (rented), never moving.
	ProfileCharger Profile = "charger"
	// ProfileLock is a smart lock: locked (1) unless rented (0); locking it back ends the
	// rental ([Device.Return]).
	ProfileLock Profile = "lock"
	// ProfileRogue is a misbehaving parked car's box: it reports one of each [Fault], in
	// order, one per tick, then behaves.
	ProfileRogue Profile = "rogue"
)

// Profiles lists every profile, in the order the command's usage gives them.
var Profiles = []Profile{ProfileBicycle, ProfileCar, ProfileCharger, ProfileLock, ProfileRogue}

// ParseProfile returns the profile named name.
func ParseProfile(name string) (Profile, error) {
	for _, p := range Profiles {
		if string(p) == name {
			return p, nil
		}
	}
	return "", fmt.Errorf("unknown profile %q (want bicycle, car, charger, lock or rogue)", name)
}

// Fault is what a rogue device did wrong with a reading.
type Fault string

// The faults of [ProfileRogue], in the order it commits them.
const (
	// FaultMovedWhileParked: odometer and position change while the asset is not
	// rented. The service accepts the readings; the asset's stats flag the movement.
	FaultMovedWhileParked Fault = "moved_while_parked"
	// FaultOdometerBackwards: the odometer reads less than before. Accepted, flagged.
	FaultOdometerBackwards Fault = "odometer_backwards"
	// FaultClockSkew: the reading's time is an hour ahead of the latest block's. Refused
	// (clock_skew).
	FaultClockSkew Fault = "clock_skew"
	// FaultSeqConflict: a used seq with another value. Refused (seq_conflict).
	FaultSeqConflict Fault = "seq_conflict"
	// FaultDuplicate: an earlier reading sent again, unchanged. Answered duplicate.
	FaultDuplicate Fault = "duplicate"
)

// Faults lists the faults of [ProfileRogue] in the order it commits them.
var Faults = []Fault{FaultMovedWhileParked, FaultOdometerBackwards, FaultClockSkew, FaultSeqConflict, FaultDuplicate}

// Expected returns the result the telemetry service gives a reading with fault f
// (INTERFACE.md §6): its status, and the reason when refused ("" otherwise).
func (f Fault) Expected() (ingest.Status, ingest.Reason) {
	switch f {
	case FaultClockSkew:
		return ingest.Refused, ingest.ClockSkew
	case FaultSeqConflict:
		return ingest.Refused, ingest.SeqConflict
	case FaultDuplicate:
		return ingest.Duplicate, ""
	default:
		return ingest.Accepted, ""
	}
}

// Signed is a reading with the device's signature over its EIP-712 digest in the
// TelemetryAnchor domain.
type Signed struct {
	telemetry.Reading
	Signature []byte
	// Fault is what a rogue device did wrong with it; empty for an honest reading.
	Fault Fault
}

// LatLon is a position in degrees.
type LatLon struct{ Lat, Lon float64 }

// E7 returns the position in the units of the lat_e7 and lon_e7 kinds.
func (p LatLon) E7() (lat, lon int64) {
	return int64(math.Round(p.Lat * 1e7)), int64(math.Round(p.Lon * 1e7))
}

// EarthRadius is the mean Earth radius in metres (IUGG), the sphere the generators move on.
const EarthRadius = 6_371_008.8

func rad(deg float64) float64 { return deg * math.Pi / 180 }
func deg(rad float64) float64 { return rad * 180 / math.Pi }

// Distance returns the great-circle (haversine) distance between a and b in metres.
func Distance(a, b LatLon) float64 {
	φ1, φ2 := rad(a.Lat), rad(b.Lat)
	dφ, dλ := φ2-φ1, rad(b.Lon-a.Lon)
	h := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * EarthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}

// bearing is the initial great-circle bearing from a to b, radians clockwise from north.
func bearing(a, b LatLon) float64 {
	φ1, φ2, dλ := rad(a.Lat), rad(b.Lat), rad(b.Lon-a.Lon)
	return math.Atan2(math.Sin(dλ)*math.Cos(φ2), math.Cos(φ1)*math.Sin(φ2)-math.Sin(φ1)*math.Cos(φ2)*math.Cos(dλ))
}

// destination is the point d metres from p along the great circle of bearing θ.
func destination(p LatLon, θ, d float64) LatLon {
	φ1, λ1, δ := rad(p.Lat), rad(p.Lon), d/EarthRadius
	φ2 := math.Asin(math.Sin(φ1)*math.Cos(δ) + math.Cos(φ1)*math.Sin(δ)*math.Cos(θ))
	λ2 := λ1 + math.Atan2(math.Sin(θ)*math.Sin(δ)*math.Cos(φ1), math.Cos(δ)-math.Sin(φ1)*math.Sin(φ2))
	return LatLon{Lat: deg(φ2), Lon: deg(λ2)}
}

// StreamConfig says which device a [Stream] simulates, for which asset, from when.
type StreamConfig struct {
	Profile Profile
	TokenID *big.Int
	Key     *ecdsa.PrivateKey
	// Domain is the TelemetryAnchor's EIP-712 domain (the manifest's chain id and anchor).
	Domain telemetry.Domain
	// Start is the chain time (the latest block's) the simulation starts from.
	Start uint64
	// FirstSeq is the seq of the first reading (1 when 0), and SeqStride the step
	// between seqs (1 when 0). A device never reuses a seq, so a simulator started again
	// must start above the readings it sent before, and streams of several assets that
	// share one device key (the devnet fits one device to every asset) must not meet:
	// each takes its own residue modulo the stride.
	FirstSeq  uint64
	SeqStride uint64
	// Seed makes the route, the speeds and the charging sessions; the same config gives
	// the same readings.
	Seed uint64
	// Origin is where the asset stands at Start.
	Origin LatLon
}

// The cadence and physics of the profiles.
const (
	// HeartbeatEvery is how often (chain seconds) an idle device reports its state.
	HeartbeatEvery = 300
	// ChargerPowerW is the charging pile's power while a car charges: 11 kW, three-phase
	// 16 A, what most cars draw from a 22 kW Type 2 pile.
	ChargerPowerW = 11_000
	// RogueSkew is how far ahead of the chain the rogue's skewed clock runs.
	RogueSkew = 3600
)

// Stream simulates one device: it advances its profile's physics to the chain time it
// is given and signs what the device measures, numbering readings from FirstSeq.
type Stream struct {
	cfg    StreamConfig
	device common.Address
	seq    uint64 // the next fresh seq
	last   uint64 // the time of the previous step
	inUse  bool   // whether the asset was in use at the previous step
	model  model
}

// model is a profile's physics and reporting habits.
type model interface {
	// step advances the model from the previous step (at last, in use or not) to t,
	// the asset being in use now or not, and signs what the device reports at t.
	step(s *Stream, last, t uint64, wasInUse, inUse bool) ([]Signed, error)
}

// ErrTimeWentBack reports a step to a time before the previous step.
var ErrTimeWentBack = errors.New("chain time went back")

// NewStream returns the device cfg describes, at rest at cfg.Start.
func NewStream(cfg StreamConfig) (*Stream, error) {
	switch {
	case cfg.TokenID == nil || cfg.TokenID.Sign() <= 0:
		return nil, errors.New("the stream needs the asset's token id")
	case cfg.Key == nil:
		return nil, errors.New("the stream needs the device key")
	case cfg.Origin.Lat < -85 || cfg.Origin.Lat > 85 || cfg.Origin.Lon < -180 || cfg.Origin.Lon > 180:
		return nil, fmt.Errorf("origin %v is not a position a vehicle drives around", cfg.Origin)
	}
	if cfg.FirstSeq == 0 {
		cfg.FirstSeq = 1
	}
	if cfg.SeqStride == 0 {
		cfg.SeqStride = 1
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.TokenID.Uint64()^0x5eed))
	s := &Stream{cfg: cfg, device: crypto.PubkeyToAddress(cfg.Key.PublicKey), seq: cfg.FirstSeq, last: cfg.Start}
	switch cfg.Profile {
	case ProfileBicycle:
		s.model = newVehicle(rng, cfg.Origin, bicycle)
	case ProfileCar:
		s.model = newVehicle(rng, cfg.Origin, car)
	case ProfileCharger:
		s.model = &charger{rng: rng, at: cfg.Origin, meter: float64(rng.IntN(5_000_000))}
	case ProfileLock:
		s.model = &lock{}
	case ProfileRogue:
		s.model = &rogue{v: newVehicle(rng, cfg.Origin, car)}
	default:
		return nil, fmt.Errorf("unknown profile %q", cfg.Profile)
	}
	return s, nil
}

// Device returns the address of the stream's key.
func (s *Stream) Device() common.Address { return s.device }

// NextSeq returns the seq the next fresh reading gets.
func (s *Stream) NextSeq() uint64 { return s.seq }

// Next advances the device to chain time t, the asset being in use (an active rental)
// or not, and returns what it reports at t: nothing when t has not moved on. Movement
// and charging happen only over an interval in use at both ends, so an asset never moves
// before its rental began or after it ended.
func (s *Stream) Next(t uint64, inUse bool) ([]Signed, error) {
	if t < s.last {
		return nil, fmt.Errorf("%w: %d after %d", ErrTimeWentBack, t, s.last)
	}
	out, err := s.model.step(s, s.last, t, s.inUse, inUse)
	if err != nil {
		return nil, err
	}
	s.last, s.inUse = t, inUse
	return out, nil
}

// fresh signs a new reading with the next seq.
func (s *Stream) fresh(t uint64, kind string, value int64) (Signed, error) {
	r := telemetry.Reading{TokenID: s.cfg.TokenID, Device: s.device, Seq: s.seq, Time: t,
		Kind: telemetry.MustKind(kind), Value: big.NewInt(value)}
	s.seq += s.cfg.SeqStride
	return s.sign(r)
}

// sign signs r as it is.
func (s *Stream) sign(r telemetry.Reading) (Signed, error) {
	sig, err := telemetry.Sign(s.cfg.Domain.ReadingDigest(&r), s.cfg.Key)
	if err != nil {
		return Signed{}, fmt.Errorf("signing reading %d: %w", r.Seq, err)
	}
	return Signed{Reading: r, Signature: sig}, nil
}

// sample is one measurement.
type sample struct {
	kind  string
	value int64
}

func (s *Stream) signAll(t uint64, samples []sample) ([]Signed, error) {
	out := make([]Signed, 0, len(samples))
	for _, x := range samples {
		r, err := s.fresh(t, x.kind, x.value)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// reporter decides when an idle device reports: on a change of use, at the first step,
// and every HeartbeatEvery; a device in use reports at every step where time moved.
type reporter struct {
	reported bool
	lastAt   uint64
}

func (r *reporter) due(last, t uint64, wasInUse, inUse bool) bool {
	switch {
	case !r.reported, wasInUse != inUse:
	case t == last:
		return false
	case !inUse && t-r.lastAt < HeartbeatEvery:
		return false
	}
	r.reported, r.lastAt = true, t
	return true
}

// ride is a vehicle's driving habits.
type ride struct {
	minSpeed, maxSpeed float64 // m/s while moving
	stopChance         float64 // chance that a segment is a stop (lights, crossings)
	minStop, maxStop   float64 // s
	minSeg, maxSeg     float64 // s of steady speed and heading
	radius             float64 // m: it turns back toward its origin beyond this
	metresPerPm        float64 // metres per per mille of battery
	odometer           [2]int  // range of the odometer at start, m
	battery            [2]int  // range of the battery at start, ‰
}

var (
	// bicycle: 13–25 km/h in town, an e-bike's 500 Wh battery good for about 50 km.
	bicycle = ride{minSpeed: 3.6, maxSpeed: 7, stopChance: 0.12, minStop: 10, maxStop: 40, minSeg: 15, maxSeg: 60,
		radius: 4_000, metresPerPm: 50, odometer: [2]int{300_000, 4_000_000}, battery: [2]int{820, 1000}}
	// car: 25–55 km/h in town, an EV's 60 kWh battery good for about 400 km.
	car = ride{minSpeed: 7, maxSpeed: 15, stopChance: 0.15, minStop: 15, maxStop: 60, minSeg: 20, maxSeg: 90,
		radius: 10_000, metresPerPm: 400, odometer: [2]int{5_000_000, 90_000_000}, battery: [2]int{600, 950}}
)

// vehicle moves along a random path: segments of steady speed and heading, turns at
// crossings, stops at lights, drawn in order from its seeded source.
type vehicle struct {
	rng      *rand.Rand
	ride     ride
	origin   LatLon
	pos      LatLon
	heading  float64 // radians clockwise from north
	odometer float64 // m
	battery  float64 // ‰
	speed    float64 // of the current segment, m/s
	segLeft  float64 // s left in the current segment
	reporter reporter
}

func newVehicle(rng *rand.Rand, origin LatLon, r ride) *vehicle {
	return &vehicle{rng: rng, ride: r, origin: origin, pos: origin, heading: rng.Float64() * 2 * math.Pi,
		odometer: float64(r.odometer[0] + rng.IntN(r.odometer[1]-r.odometer[0])),
		battery:  float64(r.battery[0] + rng.IntN(r.battery[1]-r.battery[0]))}
}

func (v *vehicle) between(lo, hi float64) float64 { return lo + v.rng.Float64()*(hi-lo) }

// segment draws the next segment: a stop, or a stretch with a new speed and heading.
func (v *vehicle) segment() {
	r := v.ride
	if v.rng.Float64() < r.stopChance {
		v.speed, v.segLeft = 0, v.between(r.minStop, r.maxStop)
		return
	}
	v.speed, v.segLeft = v.between(r.minSpeed, r.maxSpeed), v.between(r.minSeg, r.maxSeg)
	switch away := Distance(v.origin, v.pos); {
	case away > r.radius:
		// head back toward the origin, as a rider heading home does
		home := bearing(v.pos, v.origin)
		v.heading = home + v.between(-math.Pi/6, math.Pi/6)
	case v.rng.Float64() < 0.25:
		// a turn at a crossing
		if v.rng.IntN(2) == 0 {
			v.heading += math.Pi / 2
		} else {
			v.heading -= math.Pi / 2
		}
	default:
		// the street bends
		v.heading += v.rng.NormFloat64() * math.Pi / 18
	}
	v.heading = math.Mod(v.heading+2*math.Pi, 2*math.Pi)
}

// drive moves the vehicle for dt seconds.
func (v *vehicle) drive(dt float64) {
	for dt > 0 {
		if v.segLeft <= 0 {
			v.segment()
		}
		step := math.Min(dt, v.segLeft)
		if d := v.speed * step; d > 0 {
			v.pos = destination(v.pos, v.heading, d)
			v.odometer += d
			v.battery = math.Max(0, v.battery-d/v.ride.metresPerPm)
		}
		v.segLeft -= step
		dt -= step
	}
}

func (v *vehicle) samples() []sample {
	lat, lon := v.pos.E7()
	return []sample{
		{telemetry.Odometer, int64(v.odometer)},
		{telemetry.Latitude, lat},
		{telemetry.Longitude, lon},
		{telemetry.Battery, int64(math.Floor(v.battery))},
	}
}

func (v *vehicle) step(s *Stream, last, t uint64, wasInUse, inUse bool) ([]Signed, error) {
	if wasInUse && inUse {
		v.drive(float64(t - last))
	}
	if !v.reporter.due(last, t, wasInUse, inUse) {
		return nil, nil
	}
	return s.signAll(t, v.samples())
}

// charger is a charging pile's energy meter: while a car charges it delivers
// ChargerPowerW until the car's session is full.
type charger struct {
	rng      *rand.Rand
	at       LatLon
	meter    float64 // Wh delivered since the pile was installed
	session  float64 // Wh the car plugged in still takes
	reporter reporter
}

func (c *charger) step(s *Stream, last, t uint64, wasInUse, inUse bool) ([]Signed, error) {
	if !wasInUse && inUse {
		// a car plugs in wanting 15–55 kWh
		c.session = 15_000 + c.rng.Float64()*40_000
	}
	if wasInUse && inUse {
		e := math.Min(c.session, ChargerPowerW*float64(t-last)/3600)
		c.meter += e
		c.session -= e
	}
	if !c.reporter.due(last, t, wasInUse, inUse) {
		return nil, nil
	}
	samples := []sample{{telemetry.Energy, int64(c.meter)}}
	if !inUse {
		// an idle pile tells where it stands with its heartbeat; it never moves
		lat, lon := c.at.E7()
		samples = append(samples, sample{telemetry.Latitude, lat}, sample{telemetry.Longitude, lon})
	}
	return s.signAll(t, samples)
}

// lock is a smart lock: open while the asset is in use, locked otherwise.
type lock struct{ reporter reporter }

func (l *lock) step(s *Stream, last, t uint64, wasInUse, inUse bool) ([]Signed, error) {
	if !l.reporter.due(last, t, wasInUse, inUse) {
		return nil, nil
	}
	locked := int64(1)
	if inUse {
		locked = 0
	}
	return s.signAll(t, []sample{{telemetry.Locked, locked}})
}

// rogue is a parked car whose box misbehaves: at each step it commits the next of
// [Faults] beside an honest heartbeat (so every batch carries a fresh seq), then only
// heartbeats. Whether the asset is in use is ignored: it is parked.
type rogue struct {
	v     *vehicle
	steps int
	first []Signed // the readings of the first step, which the faults reuse
}

func (r *rogue) step(s *Stream, last, t uint64, _, _ bool) ([]Signed, error) {
	if r.steps > 0 && t == last {
		return nil, nil
	}
	if r.steps < len(Faults)+1 {
		r.steps++
	} else {
		r.steps = len(Faults) + 2 // past the faults: heartbeats only
	}
	var out []Signed
	add := func(f Fault, rs ...Signed) {
		for _, x := range rs {
			x.Fault = f
			out = append(out, x)
		}
	}
	fresh := func(f Fault, at uint64, kind string, value int64) error {
		x, err := s.fresh(at, kind, value)
		add(f, x)
		return err
	}
	heartbeat := func() error {
		r.v.reporter.reported, r.v.reporter.lastAt = true, t
		rs, err := s.signAll(t, r.v.samples())
		add("", rs...)
		return err
	}
	var err error
	switch r.steps {
	case 1:
		if err = heartbeat(); err == nil {
			r.first = append([]Signed(nil), out...)
		}
	case 2:
		// pushed 400 m down the street while parked: odometer and position move
		r.v.pos = destination(r.v.pos, r.v.heading, 400)
		r.v.odometer += 400
		rs, serr := s.signAll(t, r.v.samples()[:3])
		add(FaultMovedWhileParked, rs...)
		err = serr
	case 3:
		// the odometer loses 1.5 km
		r.v.odometer -= 1500
		if err = fresh(FaultOdometerBackwards, t, telemetry.Odometer, int64(r.v.odometer)); err == nil {
			err = heartbeat()
		}
	case 4:
		if err = fresh(FaultClockSkew, t+RogueSkew, telemetry.Battery, int64(r.v.battery)); err == nil {
			err = heartbeat()
		}
	case 5:
		// the first step's battery reading's seq again, with another value
		old := r.first[3].Reading
		old.Value = new(big.Int).Sub(old.Value, big.NewInt(7))
		x, serr := s.sign(old)
		add(FaultSeqConflict, x)
		if err = serr; err == nil {
			err = heartbeat()
		}
	case 6:
		// the first step's odometer reading again, unchanged
		add(FaultDuplicate, r.first[0])
		err = heartbeat()
	default:
		if !r.v.reporter.due(last, t, false, false) {
			return nil, nil
		}
		err = heartbeat()
	}
	return out, err
}
