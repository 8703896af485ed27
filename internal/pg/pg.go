// Package pg opens the PostgreSQL pools that every Sharechain process shares: the
// indexer's writer, the API's and the keeper's readers, and the auditor's snapshot.
package pg

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Open connects a pool to the database at url with the timeouts the indexer and the API
// rely on: no statement runs longer than statementTimeout, and no session idles inside a
// transaction for long (a crashed writer releases its locks).
func Open(ctx context.Context, url string, statementTimeout time.Duration) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parsing the database URL: %w", err)
	}
	params := cfg.ConnConfig.RuntimeParams
	params["application_name"] = "sharechain"
	params["idle_in_transaction_session_timeout"] = "60000"
	if statementTimeout > 0 {
		params["statement_timeout"] = fmt.Sprint(statementTimeout.Milliseconds())
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to the database: %w", err)
	}
	return pool, nil
}
