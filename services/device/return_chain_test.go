package device_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/devnet"
	"sharechain/internal/telemetry"
	"sharechain/services/device"
	ingest "sharechain/services/telemetry"
)

func getRental(t *testing.T, s *devnet.Suite, id int64) pledgeescrow.IPledgeEscrowRental {
	t.Helper()
	out, err := s.Call(context.Background(), s.PledgeEscrow, s.Bindings.PledgeEscrow.PackGetRental(big.NewInt(id)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Bindings.PledgeEscrow.UnpackGetRental(out)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func returnedEvent(t *testing.T, s *devnet.Suite, rc *types.Receipt) *pledgeescrow.PledgeEscrowReturned {
	t.Helper()
	for _, l := range rc.Logs {
		if ev, err := s.Bindings.PledgeEscrow.UnpackReturnedEvent(l); err == nil && l.Address == s.PledgeEscrow {
			return ev
		}
	}
	t.Fatalf("no Returned event in %s", rc.TxHash.Hex())
	return nil
}

// TestDevice_Return: the rental's device ends the rental at the time it signs; the
// escrow refuses another key, a time outside the rental, an expired signature and a
// second return, each with its error.
func TestDevice_Return(t *testing.T) {
	ctx := context.Background()
	client, s, devKey := rentedSuite(t)
	d := device.New(devKey, s.ChainID, s.PledgeEscrow, client)
	start := getRental(t, s, 1).Start
	if err := devnet.IncreaseTime(ctx, client.Client(), 1800); err != nil {
		t.Fatal(err)
	}
	now, err := d.ChainTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	one := big.NewInt(1)
	refused := map[string]struct {
		d    *device.Device
		r    device.Return
		want string
	}{
		"another key":      {device.New(devnet.DevKey(5), s.ChainID, s.PledgeEscrow, client), device.Return{RentalID: one}, "InvalidDevice"},
		"before the start": {d, device.Return{RentalID: one, ReturnedAt: start - 1}, "EscrowBadReturnTime"},
		"in the future":    {d, device.Return{RentalID: one, ReturnedAt: now + 600}, "EscrowBadReturnTime"},
		"expired":          {d, device.Return{RentalID: one, ReturnedAt: start, Deadline: big.NewInt(int64(now) - 1)}, "EscrowSignatureExpired"},
	}
	for name, c := range refused {
		t.Run(name, func(t *testing.T) {
			if _, _, err := c.d.Return(ctx, c.r); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Return(%+v) = %v, want a %s error", c.r, err, c.want)
			}
		})
	}
	if t.Failed() {
		return
	}

	rc, r, err := d.Return(ctx, device.Return{RentalID: one, ReturnedAt: start + 1200})
	if err != nil {
		t.Fatalf("Return() = %v", err)
	}
	if want := new(big.Int).SetUint64(start + 1200 + device.ReturnValidity); r.Deadline.Cmp(want) != 0 {
		t.Errorf("Return() used deadline %s, want returnedAt + ReturnValidity = %s", r.Deadline, want)
	}
	ev := returnedEvent(t, s, rc)
	if ev.By != d.Address() || ev.ReturnedAt != start+1200 {
		t.Errorf("Returned by %s at %d, want by the device %s at %d", ev.By.Hex(), ev.ReturnedAt, d.Address().Hex(), start+1200)
	}
	if got := getRental(t, s, 1).ReturnedAt; got != start+1200 {
		t.Errorf("rental 1 returned at %d, want %d", got, start+1200)
	}
	if _, _, err := d.Return(ctx, device.Return{RentalID: one}); err == nil || !strings.Contains(err.Error(), "AlreadyReturned") {
		t.Errorf("a second Return() = %v, want an AlreadyReturned error", err)
	}
}

// TestDevice_RunStream_LockReturns: a smart lock streams "open" while the asset is
// rented; when the renter locks it again (ReturnAfter after the start) it reports
// "locked" and ends the rental at that time.
func TestDevice_RunStream_LockReturns(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, s, devKey := rentedSuite(t)
	d := device.New(devKey, s.ChainID, s.PledgeEscrow, client)
	now, err := d.ChainTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f := newFakeIngest(now + 3600)
	srv := httptest.NewServer(f.handler(t, 0, 0))
	defer srv.Close()
	tr, err := device.NewHTTPTransport(srv.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	stream, err := device.NewStream(device.StreamConfig{Profile: device.ProfileLock, TokenID: big.NewInt(1), Key: devKey,
		Domain: domain, Start: now, Origin: paris})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var locks []int64
	var lockedAt uint64
	done := make(chan error, 1)
	go func() {
		done <- d.RunStream(ctx, device.StreamOptions{TokenID: big.NewInt(1), Stream: stream, Transport: tr, Every: 50 * time.Millisecond,
			ReturnAfter: 1800,
			Return: func(ctx context.Context, id *big.Int, at uint64) error {
				_, _, err := d.Return(ctx, device.Return{RentalID: id, ReturnedAt: at})
				return err
			},
			OnResult: func(r device.Signed, res device.Result) {
				if res.Status != ingest.Accepted || r.Kind != telemetry.MustKind(telemetry.Locked) {
					t.Errorf("reading %d (%s): %s %s, want an accepted lock state", r.Seq, r.Kind, res.Status, device.ReasonOf(res))
				}
				mu.Lock()
				defer mu.Unlock()
				locks = append(locks, r.Value.Int64())
				if r.Value.Int64() == 1 {
					lockedAt = r.Time
				}
			}})
	}()
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for !ok() {
			select {
			case <-ctx.Done():
				t.Fatalf("waiting for %s: %v", what, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	waitFor("the lock to report open", func() bool { mu.Lock(); defer mu.Unlock(); return len(locks) > 0 })
	if err := devnet.IncreaseTime(ctx, client.Client(), 1800); err != nil {
		t.Fatal(err)
	}
	waitFor("the device-confirmed return", func() bool { return getRental(t, s, 1).ReturnedAt != 0 })
	cancel()
	if err := <-done; err != nil {
		t.Errorf("RunStream() = %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if locks[0] != 0 || locks[len(locks)-1] != 1 {
		t.Errorf("lock states %v, want open first and locked last", locks)
	}
	if got := getRental(t, s, 1).ReturnedAt; got != lockedAt {
		t.Errorf("rental returned at %d, want %d, when the lock reported locked", got, lockedAt)
	}
}
