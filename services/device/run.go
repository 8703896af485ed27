package device

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	ingest "sharechain/services/telemetry"
)

// ChainTime returns the chain's time: the latest block's timestamp. Readings carry it,
// never the wall clock: the telemetry service refuses readings ahead of the latest block
// (clock_skew), and the devnet warps anvil's clock.
func (d *Device) ChainTime(ctx context.Context) (uint64, error) {
	h, err := d.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the latest block: %w", err)
	}
	return h.Time, nil
}

// ActiveRental returns the asset's active (checked-in, not returned) rental and its
// start and end, or a nil id when it has none.
func (d *Device) ActiveRental(ctx context.Context, tokenID *big.Int) (id *big.Int, start, end uint64, err error) {
	opts := &bind.CallOpts{Context: ctx}
	id, err = bind.Call(d.bound, opts, d.escrow.PackActiveRentalOf(tokenID), d.escrow.UnpackActiveRentalOf)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("reading the active rental of asset %s: %w", tokenID, err)
	}
	if id.Sign() == 0 {
		return nil, 0, 0, nil
	}
	r, err := bind.Call(d.bound, opts, d.escrow.PackGetRental(id), d.escrow.UnpackGetRental)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("reading rental %s: %w", id, err)
	}
	return id, r.Start, r.End, nil
}

// StreamOptions configure [Device.RunStream].
type StreamOptions struct {
	TokenID   *big.Int
	Stream    *Stream
	Transport Transport
	// Every is the time between ticks; each tick reads the chain's time and the asset's
	// active rental, steps the stream and sends what it reports.
	Every time.Duration
	// ReturnAfter, with the lock profile, is how long (chain seconds) after a rental's
	// start the renter locks the asset again, at most its end; the lock then signs the
	// return and relays it (Return). 0: the lock never ends a rental.
	ReturnAfter uint64
	// Return relays a device-confirmed return at returnedAt.
	Return func(ctx context.Context, rentalID *big.Int, returnedAt uint64) error
	// OnResult, when set, sees every reading's result.
	OnResult func(Signed, Result)
	Logger   *slog.Logger
}

// RunStream streams the asset's telemetry until ctx ends: every o.Every it steps the
// stream to the chain's time, in use while the asset has an active rental, and sends the
// readings through o.Transport. Readings the transport could not deliver are dropped
// with a warning (a transport keeps at a batch until it has results, so it gives up
// only on a batch the service refused whole).
func (d *Device) RunStream(ctx context.Context, o StreamOptions) error {
	if o.Every <= 0 {
		return errors.New("the stream needs a tick interval")
	}
	logger := o.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("asset", o.TokenID.String(), "device", d.Address().Hex(), "profile", string(o.Stream.cfg.Profile))
	r := &runner{d: d, o: o, logger: logger, returned: map[string]bool{}}
	ticker := time.NewTicker(o.Every)
	defer ticker.Stop()
	for {
		if err := r.tick(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, ErrTimeWentBack) {
				return err // a chain reset under the simulator: start it again
			}
			logger.WarnContext(ctx, "telemetry tick", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

type runner struct {
	d        *Device
	o        StreamOptions
	logger   *slog.Logger
	returned map[string]bool // rentals the lock has confirmed returned
}

func (r *runner) tick(ctx context.Context) error {
	t, err := r.d.ChainTime(ctx)
	if err != nil {
		return err
	}
	id, start, end, err := r.d.ActiveRental(ctx, r.o.TokenID)
	if err != nil {
		return err
	}
	inUse := id != nil
	returning := false
	if inUse && r.o.Stream.cfg.Profile == ProfileLock && r.o.ReturnAfter > 0 && t >= min(start+r.o.ReturnAfter, end) {
		// the renter has locked the asset: the lock says so, then ends the rental
		inUse, returning = false, !r.returned[id.String()]
	}
	readings, err := r.o.Stream.Next(t, inUse)
	if err != nil {
		return err
	}
	if len(readings) > 0 {
		r.send(ctx, t, readings)
	}
	if returning {
		r.logger.InfoContext(ctx, "the asset is locked again: confirming the return", "rental_id", id.String(), "returned_at", t)
		if err := r.o.Return(ctx, id, t); err != nil {
			return fmt.Errorf("confirming the return of rental %s: %w", id, err)
		}
		r.returned[id.String()] = true
	}
	return nil
}

func (r *runner) send(ctx context.Context, t uint64, readings []Signed) {
	logger := r.logger.With("time", t, "seqs", fmt.Sprintf("%d–%d", readings[0].Seq, readings[len(readings)-1].Seq))
	results, err := r.o.Transport.Send(ctx, readings)
	if err != nil {
		if ctx.Err() == nil {
			logger.WarnContext(ctx, "readings dropped", "readings", len(readings), "err", err)
		}
		return
	}
	counts := map[ingest.Status]int{}
	for i, res := range results {
		x := readings[i]
		counts[res.Status]++
		if r.o.OnResult != nil {
			r.o.OnResult(x, res)
		}
		status, reason := x.Fault.Expected()
		switch got := ReasonOf(res); {
		case x.Fault != "" && (res.Status != status || got != reason):
			logger.WarnContext(ctx, "a fault got an unexpected result", "seq", x.Seq, "fault", string(x.Fault),
				"status", string(res.Status), "reason", string(got), "want_status", string(status), "want_reason", string(reason))
		case x.Fault != "":
			logger.InfoContext(ctx, "fault committed", "seq", x.Seq, "kind", x.Kind.String(), "fault", string(x.Fault),
				"status", string(res.Status), "reason", string(got))
		case res.Status == ingest.Refused:
			logger.WarnContext(ctx, "reading refused", "seq", x.Seq, "kind", x.Kind.String(), "reason", string(got))
		}
	}
	logger.InfoContext(ctx, "readings sent", "accepted", counts[ingest.Accepted], "duplicate", counts[ingest.Duplicate],
		"refused", counts[ingest.Refused])
}
