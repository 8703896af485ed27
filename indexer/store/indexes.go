package store

import (
	"context"
	"errors"
	"fmt"
	"sharechain/internal/projection"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Deferred read indexes.
//
// The events table carries a primary key, the unique key that makes a log land once,
// and read indexes that only the API uses (by transaction, by what an event is about,
// by name, by contract); the projection tables carry read indexes of the API and the
// keeper (rentals by renter, by status, …), while the writer finds their rows by
// primary key alone. Maintaining the read indexes row by row is a large part of what a
// backfill costs PostgreSQL (about a fifth for events; a rental row is rewritten at each
// step of its life, seven index entries each time); building them once over the
// finished tables is far cheaper. So a long backfill drops them ([Store.DeferReadIndexes]) and builds them
// again before the indexer follows the head ([Store.RestoreReadIndexes]). The
// definitions dropped are recorded in indexer_deferred_indexes in the same transaction,
// so a writer killed in between, or the standby that takes over, builds them again.
// The keys that back a constraint are never dropped, nor the few indexes that something
// running beside the backfill reads (keptIndexes).

// deferLockTimeout bounds how long dropping the indexes waits for readers (an API
// streaming an export holds its lock): the backfill then goes on with them.
const deferLockTimeout = "2s"

// EventRowsEstimate returns the planner's estimate of the events table's rows, or an
// exact count when the table has never been analysed.
func (s *Store) EventRowsEstimate(ctx context.Context) (int64, error) {
	var n float64
	if err := s.pool.QueryRow(ctx, `SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass`).Scan(&n); err != nil {
		return 0, fmt.Errorf("estimating the events rows: %w", err)
	}
	if n >= 0 {
		return int64(n), nil
	}
	var c int64
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&c); err != nil {
		return 0, fmt.Errorf("counting the events rows: %w", err)
	}
	return c, nil
}

// OtherDeployments counts the other chains whose indexers have written to this database
// (DESIGN §6.5: several deployments may share it). Their readers need the read indexes,
// so a backfill then keeps them.
func (s *Store) OtherDeployments(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM indexer_state WHERE chain_id <> $1`, int64(s.chainID)).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting the other deployments: %w", err)
	}
	return n, nil
}

// deferredTables are the tables whose read indexes a long backfill drops.
func deferredTables() []string { return append([]string{"events"}, projection.Tables()...) }

// keptIndexes are read indexes a backfill keeps: the metadata worker, which runs beside
// the backfill, pages through the assets changed since its last scan with
// idx_assets_changes, and without it each page would scan the whole table (migration
// 000015). One entry per asset row written is cheap beside that.
var keptIndexes = []string{"idx_assets_changes"}

// DeferReadIndexes drops the read indexes of events and of the projection tables,
// recording their definitions, and returns their names. When readers keep a table
// locked for longer than a moment it drops nothing and returns no error.
func (s *Store) DeferReadIndexes(ctx context.Context) ([]string, error) {
	var names []string
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '"+deferLockTimeout+"'"); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `
			INSERT INTO indexer_deferred_indexes (name, definition, comment)
			SELECT c.relname, pg_get_indexdef(i.indexrelid), obj_description(i.indexrelid, 'pg_class')
			FROM pg_index i
			JOIN pg_class c ON c.oid = i.indexrelid
			WHERE i.indrelid = ANY($1::regclass[])
			  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
			  AND c.relname <> ALL($2::text[])
			ON CONFLICT (name) DO NOTHING
			RETURNING name`, deferredTables(), keptIndexes)
		if err != nil {
			return err
		}
		if names, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
			return err
		}
		for _, name := range names {
			if _, err := tx.Exec(ctx, "DROP INDEX "+pgx.Identifier{name}.Sanitize()); err != nil {
				return err
			}
		}
		return nil
	})
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "55P03" { // lock_not_available
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("deferring the read indexes: %w", err)
	}
	return names, nil
}

// DeferredReadIndexes returns the names of the indexes a backfill dropped and has not
// built again.
func (s *Store) DeferredReadIndexes(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT name FROM indexer_deferred_indexes ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("reading the deferred indexes: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("reading the deferred indexes: %w", err)
	}
	return names, nil
}

// BuiltIndex is a deferred index built again, and how long that took.
type BuiltIndex struct {
	Name string
	Took time.Duration
}

// RestoreReadIndexes builds every deferred index again, with its comment, and returns
// them. Each is built in its own transaction, which also removes it from the deferred
// list, on its own connection, so that PostgreSQL builds them side by side; an
// interrupted build leaves the index deferred, to be built again.
func (s *Store) RestoreReadIndexes(ctx context.Context) ([]BuiltIndex, error) {
	names, err := s.DeferredReadIndexes(ctx)
	if err != nil {
		return nil, err
	}
	built := make([]BuiltIndex, len(names))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(restoreParallelism)
	for i, name := range names {
		g.Go(func() error {
			start := time.Now()
			if err := s.restoreIndex(gctx, name); err != nil {
				return fmt.Errorf("building the deferred index %s: %w", name, err)
			}
			built[i] = BuiltIndex{Name: name, Took: time.Since(start)}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return built, nil
}

// restoreParallelism is how many indexes are built at once.
const restoreParallelism = 4

func (s *Store) restoreIndex(ctx context.Context, name string) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// An index over millions of rows may take longer than a batch is allowed. The
		// sort of a million keys fits in 256 MB instead of spilling to disk, and the
		// indexes are already built side by side, without extra workers each.
		for _, set := range []string{"statement_timeout = 0", "maintenance_work_mem = '256MB'", "max_parallel_maintenance_workers = 0"} {
			if _, err := tx.Exec(ctx, "SET LOCAL "+set); err != nil {
				return err
			}
		}
		var definition string
		var comment *string
		err := tx.QueryRow(ctx, `DELETE FROM indexer_deferred_indexes WHERE name = $1 RETURNING definition, comment`, name).Scan(&definition, &comment)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // another writer built it
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, definition); err != nil {
			return err
		}
		if comment == nil {
			return nil
		}
		// COMMENT takes no parameters: PostgreSQL quotes the statement itself
		var stmt string
		if err := tx.QueryRow(ctx, `SELECT format('COMMENT ON INDEX %I IS %L', $1::text, $2::text)`, name, *comment).Scan(&stmt); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, stmt)
		return err
	})
}
