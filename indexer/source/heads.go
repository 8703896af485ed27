package source

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// SubscribeHeads sends new chain heads to out until ctx ends, then returns ctx's error.
// With a WSURL it follows a newHeads subscription, reconnecting with backoff when it
// drops and polling meanwhile; without one it polls the latest block every PollInterval.
// Each head is sent at most once and numbers strictly increase; when the head moves by
// several blocks between polls only the latest is sent.
func (s *Source) SubscribeHeads(ctx context.Context, out chan<- Header) error {
	e := &emitter{out: out}
	if s.cfg.WSURL == "" {
		s.poll(ctx, e)
		return ctx.Err()
	}
	for n := 0; ; n++ {
		delivered, err := s.followWS(ctx, e)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if delivered {
			n = 0
		}
		wait := s.backoff(n)
		s.log.WarnContext(ctx, "newHeads subscription ended; polling until it is back", "ws_url", s.cfg.WSURL, "wait", wait, "err", err)
		pctx, cancel := context.WithTimeout(ctx, wait)
		s.poll(pctx, e)
		cancel()
	}
}

// emitter sends heads of increasing number.
type emitter struct {
	out  chan<- Header
	last uint64
	any  bool
}

func (e *emitter) emit(ctx context.Context, h Header) error {
	if e.any && h.Number <= e.last {
		return nil
	}
	select {
	case e.out <- h:
		e.last, e.any = h.Number, true
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// followWS subscribes to newHeads on WSURL and forwards heads until the subscription or
// ctx ends. delivered tells whether the subscription was established.
func (s *Source) followWS(ctx context.Context, e *emitter) (delivered bool, err error) {
	dctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	client, err := rpc.DialOptions(dctx, s.cfg.WSURL)
	cancel()
	if err != nil {
		return false, fmt.Errorf("dialing %s: %w", s.cfg.WSURL, err)
	}
	defer client.Close()

	ch := make(chan rpcHeader, 64)
	sctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	sub, err := client.EthSubscribe(sctx, ch, "newHeads")
	cancel()
	if err != nil {
		return false, fmt.Errorf("subscribing to newHeads: %w", err)
	}
	defer sub.Unsubscribe()
	s.stats.subscriptions.Add(1)
	s.log.DebugContext(ctx, "subscribed to newHeads", "ws_url", s.cfg.WSURL)
	// Blocks mined before the subscription took hold are never notified: read the head
	// once so that the latest of them is not missed.
	if err := s.pollOnce(ctx, e); err != nil {
		return true, err
	}

	for {
		select {
		case <-ctx.Done():
			return true, ctx.Err()
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return true, err
		case raw := <-ch:
			h, err := raw.header()
			if err != nil {
				s.stats.addError(KindBadResponse)
				continue
			}
			if err := e.emit(ctx, h); err != nil {
				return true, err
			}
		}
	}
}

// poll sends the latest head now and every PollInterval until ctx ends.
func (s *Source) poll(ctx context.Context, e *emitter) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		if s.pollOnce(ctx, e) != nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// pollOnce sends the latest head if it is new. A failed request is counted and logged,
// not returned: the next poll tries again. It returns ctx's error when ctx ends.
func (s *Source) pollOnce(ctx context.Context, e *emitter) error {
	var h *rpcHeader
	f, _, err := s.attempt(ctx, func(ctx context.Context) error {
		return s.rpc.CallContext(ctx, &h, "eth_getBlockByNumber", "latest", false)
	})
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		s.log.WarnContext(ctx, "polling the head", "kind", f.kind, "err", err)
	case h != nil:
		head, err := h.header()
		if err != nil {
			s.stats.addError(KindBadResponse)
			return nil
		}
		return e.emit(ctx, head)
	}
	return nil
}
