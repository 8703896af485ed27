package api

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestDetectAnomalies(t *testing.T) {
	dev := common.HexToAddress("0x00000000000000000000000000000000000000d1")
	other := common.HexToAddress("0x00000000000000000000000000000000000000d2")
	r := func(at uint64, kind string, v int64) sample {
		return sample{device: dev, seq: at, time: at, kind: kind, value: big.NewInt(v)}
	}
	ret := func(t uint64) *uint64 { return &t }
	// a rental held from 1 000 to 5 000 (returned at 5 000, due until 8 000)
	returned := []rentalSpan{newRentalSpan("7", 1000, 8000, ret(5000))}
	tests := []struct {
		name     string
		readings []sample
		rentals  []rentalSpan
		from, to uint64
		want     []string // kind@time
	}{
		{"nothing", nil, nil, 0, 10_000, nil},
		{"odometer within noise while parked", []sample{r(100, "odometer_m", 10), r(200, "odometer_m", 60)}, nil, 0, 1000, nil},
		{"odometer rose while parked", []sample{r(100, "odometer_m", 10), r(200, "odometer_m", 61)}, nil, 0, 1000,
			[]string{"movement_while_not_rented@200"}},
		{"odometer rose across a rental's start", []sample{r(900, "odometer_m", 10), r(1100, "odometer_m", 5000)}, returned, 0, 900, nil},
		{"odometer rose after the return", []sample{r(5000, "odometer_m", 10), r(6000, "odometer_m", 5000)}, returned, 5000, 9000,
			[]string{"movement_while_not_rented@6000"}},
		{"late ride before a late return is held", []sample{r(8100, "odometer_m", 10), r(8200, "odometer_m", 5000)},
			[]rentalSpan{newRentalSpan("8", 1000, 8000, ret(9000))}, 8000, 9000, nil},
		{"odometer backwards, rented or not", []sample{r(2000, "odometer_m", 100), r(2100, "odometer_m", 99), r(2200, "odometer_m", 99)},
			[]rentalSpan{newRentalSpan("9", 1000, 3000, nil)}, 2000, 2300, []string{"odometer_backwards@2100"}},
		{"odometers of two devices are not compared", []sample{r(100, "odometer_m", 500),
			{device: other, seq: 1, time: 150, kind: "odometer_m", value: big.NewInt(10)}}, nil, 0, 1000, nil},
		{"position jitter", []sample{r(100, "lat_e7", 488_566_000), r(100, "lon_e7", 23_522_000), r(200, "lat_e7", 488_576_000),
			r(200, "lon_e7", 23_522_000)}, nil, 0, 1000, nil}, // 111 m
		{"position moved 1.1 km while parked", []sample{r(100, "lat_e7", 488_566_000), r(100, "lon_e7", 23_522_000),
			r(200, "lat_e7", 488_666_000), r(200, "lon_e7", 23_522_000)}, nil, 0, 1000, []string{"movement_while_not_rented@200"}},
		{"position moved during the rental", []sample{r(1100, "lat_e7", 488_566_000), r(1100, "lon_e7", 23_522_000),
			r(4000, "lat_e7", 489_566_000), r(4000, "lon_e7", 23_522_000)}, returned, 1000, 5000,
			[]string{"device_silent@1100", "device_silent@4000"}}, // only silences: 48 min, then 16 min to the return
		{"half a position is no fix", []sample{r(100, "lat_e7", 488_566_000), r(200, "lat_e7", 498_566_000)}, nil, 0, 1000, nil},
		{"lock open while not rented", []sample{r(100, "locked", 1), r(200, "locked", 0)}, nil, 0, 1000, []string{"usage_outside_rental@200"}},
		{"lock open during the rental", []sample{r(1000, "locked", 0), r(4999, "locked", 0)}, returned, 1000, 5000,
			[]string{"device_silent@1000"}},
		{"lock open at the return", []sample{r(5000, "locked", 0)}, returned, 5000, 6000, []string{"usage_outside_rental@5000"}},
		{"energy drawn while not rented", []sample{r(100, "energy_wh", 0), r(200, "energy_wh", 51), r(300, "energy_wh", 60)}, nil, 0, 1000,
			[]string{"usage_outside_rental@200"}},
		{"silent from the rental's start", []sample{r(2000, "battery_pm", 900)}, []rentalSpan{newRentalSpan("9", 1000, 2500, nil)},
			0, 3000, []string{"device_silent@1000"}},
		{"a reading every 15 minutes is not silent", []sample{r(1000, "battery_pm", 1), r(1900, "battery_pm", 1), r(2800, "battery_pm", 1)},
			[]rentalSpan{newRentalSpan("9", 1000, 3700, nil)}, 0, 4000, nil},
		{"silent to the slot's end", []sample{r(1000, "battery_pm", 1)}, returned, 0, 9000, []string{"device_silent@1000"}},
		{"silence clipped to the window", []sample{r(1000, "battery_pm", 1)}, returned, 0, 1500, nil},
		{"a rental with no reading at all", nil, []rentalSpan{newRentalSpan("9", 1000, 3000, nil)}, 0, 5000, []string{"device_silent@1000"}},
		{"a cancelled slot is not a rental", []sample{r(100, "odometer_m", 0), r(200, "odometer_m", 1000)}, nil, 0, 1000,
			[]string{"movement_while_not_rented@200"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range detectAnomalies(tt.readings, tt.rentals, tt.from, tt.to) {
				got = append(got, a.Kind+"@"+big.NewInt(int64(a.Time)).String())
				if a.Detail == "" {
					t.Errorf("anomaly %s has no detail", a.Kind)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("detectAnomalies() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUtilizationBps(t *testing.T) {
	ret := func(t uint64) *uint64 { return &t }
	tests := []struct {
		name     string
		rentals  []rentalSpan
		from, to uint64
		bps, n   int
	}{
		{"none", nil, 0, 100, 0, 0},
		{"all of it", []rentalSpan{newRentalSpan("1", 0, 100, nil)}, 0, 100, 10_000, 1},
		{"returned early", []rentalSpan{newRentalSpan("1", 0, 100, ret(25))}, 0, 100, 2500, 1},
		{"returned late counts to end", []rentalSpan{newRentalSpan("1", 0, 50, ret(90))}, 0, 100, 5000, 1},
		{"clipped at both ends", []rentalSpan{newRentalSpan("1", 0, 30, nil), newRentalSpan("2", 80, 200, nil)}, 10, 110, 5000, 2},
		{"outside", []rentalSpan{newRentalSpan("1", 200, 300, nil)}, 0, 100, 0, 0},
		{"floored", []rentalSpan{newRentalSpan("1", 0, 1, nil)}, 0, 3, 3333, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if bps, n := utilizationBps(tt.rentals, tt.from, tt.to); bps != tt.bps || n != tt.n {
				t.Errorf("utilizationBps() = %d, %d, want %d, %d", bps, n, tt.bps, tt.n)
			}
		})
	}
}

func TestCoarse(t *testing.T) {
	for in, want := range map[int64]int64{0: 0, 1: 0, 99_999: 0, 100_000: 100_000, 488_566_123: 488_500_000, -1: -100_000,
		-100_000: -100_000, -1_234_567: -1_300_000, -900_000_000: -900_000_000} {
		if got := coarse(big.NewInt(in)); got.Int64() != want {
			t.Errorf("coarse(%d) = %s, want %d", in, got, want)
		}
	}
}
