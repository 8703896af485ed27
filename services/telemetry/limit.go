package telemetry

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// limiter is a token bucket per device: a device may send rate readings a second on
// average and burst readings at once (a full batch after a time offline). Readings
// beyond it are refused rate_limited, which costs the other devices nothing: each
// device draws on its own bucket. Buckets that are full again are dropped, so the map
// holds only the devices that sent recently.
type limiter struct {
	rate, burst float64

	mu      sync.Mutex
	buckets map[common.Address]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: make(map[common.Address]*bucket)}
}

// take takes up to n tokens of device's bucket at now and returns how many it took.
func (l *limiter) take(device common.Address, n int, now time.Time) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		l.sweep(now)
	}
	b := l.buckets[device]
	if b == nil {
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[device] = b
	}
	b.refill(l, now)
	took := min(n, int(b.tokens))
	b.tokens -= float64(took)
	return took
}

// empty reports whether device's bucket holds less than one token: a batch from it would
// be refused whole, so it need not be verified first.
func (l *limiter) empty(device common.Address, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[device]
	if b == nil {
		return false
	}
	b.refill(l, now)
	return b.tokens < 1
}

func (b *bucket) refill(l *limiter, now time.Time) {
	if dt := now.Sub(b.at).Seconds(); dt > 0 {
		b.tokens = min(l.burst, b.tokens+dt*l.rate)
		b.at = now
	}
}

func (l *limiter) sweep(now time.Time) {
	l.swept = now
	for dev, b := range l.buckets {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate >= l.burst {
			delete(l.buckets, dev)
		}
	}
}
