package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// writerLockID is the PostgreSQL advisory lock key held by the one indexer that writes
// a chain's rows ("sharechain" in ASCII, folded into 64 bits, plus the chain id).
const writerLockID = 0x7368617265636861

// WriterLock is the advisory lock that makes one indexer the writer of a chain. It lives
// on a dedicated connection: if the process dies, PostgreSQL ends the session and
// releases the lock, and a standby takes over.
type WriterLock struct {
	conn *pgxpool.Conn
}

// AcquireWriter blocks until this process holds the writer lock of chainID, polling
// every interval, or until ctx ends. waiting is called once if the lock is held by
// another process (a hot standby then waits here).
func AcquireWriter(ctx context.Context, pool *pgxpool.Pool, chainID uint64, interval time.Duration, waiting func()) (*WriterLock, error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("acquiring a connection for the writer lock: %w", err)
	}
	key := int64(writerLockID ^ chainID)
	told := false
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
			conn.Release()
			return nil, fmt.Errorf("taking the writer lock: %w", err)
		}
		if ok {
			return &WriterLock{conn: conn}, nil
		}
		if !told && waiting != nil {
			waiting()
			told = true
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, ctx.Err()
		case <-time.After(interval):
		}
	}
}

// Alive checks that the lock's session is still up; when it is not, the lock is lost
// and the writer must stop.
func (l *WriterLock) Alive(ctx context.Context) error {
	return l.conn.Ping(ctx)
}

// Release gives the lock up.
func (l *WriterLock) Release(ctx context.Context) {
	_, _ = l.conn.Exec(ctx, `SELECT pg_advisory_unlock_all()`)
	l.conn.Release()
}
