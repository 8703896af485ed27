package indexer

import (
	"context"
	"log/slog"
	"time"
)

// progress logs backfill speed and an ETA every few seconds.
type progress struct {
	log         *slog.Logger
	from, to    uint64
	start, last time.Time
	events      int
	done        uint64
}

func newProgress(log *slog.Logger, from, to uint64) *progress {
	now := time.Now()
	return &progress{log: log, from: from, to: to, start: now, last: now}
}

func (p *progress) add(ctx context.Context, block uint64, events int) {
	p.events += events
	p.done = block - p.from + 1
	now := time.Now()
	if now.Sub(p.last) < 5*time.Second && block < p.to {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	blocksPerSec := float64(p.done) / elapsed
	var eta time.Duration
	if blocksPerSec > 0 {
		eta = time.Duration(float64(p.to-block) / blocksPerSec * float64(time.Second)).Round(time.Second)
	}
	p.log.InfoContext(ctx, "backfill", "block", block, "to", p.to,
		"blocks_per_s", int(blocksPerSec), "events_per_s", int(float64(p.events)/elapsed), "eta", eta.String())
}
