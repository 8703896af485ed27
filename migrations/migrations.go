// Package migrations holds the PostgreSQL schema as golang-migrate SQL files, embedded
// in the binary, and runs them.
//
// Files are NNNNNN_title.up.sql and NNNNNN_title.down.sql, one pair per version, each
// wrapped in BEGIN/COMMIT; a down file undoes its up file exactly.
package migrations

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"

	"github.com/golang-migrate/migrate/v4"
	pgxmigrate "github.com/golang-migrate/migrate/v4/database/pgx/v5"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed *.sql
var files embed.FS

// Files are the embedded migration files.
func Files() embed.FS { return files }

var (
	// ErrDirty means a migration failed halfway; fix the schema by hand, then
	// `migrate force VERSION` (golang-migrate) to mark it clean.
	ErrDirty = errors.New("the schema is dirty: a migration failed halfway; repair it, then force the version with golang-migrate's `migrate force`")
	// ErrBehind means the database schema is older than the binary's migrations.
	ErrBehind = errors.New("the schema is behind: run `sharechain migrate up`")
)

// Runner applies the embedded migrations to one database.
type Runner struct {
	db *sql.DB
	m  *migrate.Migrate
}

// Open connects to the database at url for migrating. Close the runner when done.
func Open(url string) (*Runner, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parsing the database URL: %w", err)
	}
	db := stdlib.OpenDB(*cfg)
	driver, err := pgxmigrate.WithInstance(db, &pgxmigrate.Config{})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("preparing the migration driver: %w", err)
	}
	src, err := iofs.New(files, ".")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("reading the embedded migrations: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "pgx5", driver)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("preparing migrations: %w", err)
	}
	return &Runner{db: db, m: m}, nil
}

// Close releases the runner's connections.
func (r *Runner) Close() error {
	srcErr, dbErr := r.m.Close()
	return errors.Join(srcErr, dbErr)
}

// Up applies every pending migration; none pending is not an error.
func (r *Runner) Up() error {
	if err := r.m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return r.explain(err)
	}
	return nil
}

// Down reverts the last n applied migrations (n ≥ 1).
func (r *Runner) Down(n int) error {
	if n < 1 {
		return fmt.Errorf("down needs a positive number of steps, got %d", n)
	}
	if err := r.m.Steps(-n); err != nil {
		return r.explain(err)
	}
	return nil
}

// DownAll reverts every applied migration, leaving an empty schema; none applied is not
// an error.
func (r *Runner) DownAll() error {
	if err := r.m.Down(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return r.explain(err)
	}
	return nil
}

// Version reports the applied version (0 when none) and whether it is dirty.
func (r *Runner) Version() (version uint, dirty bool, err error) {
	version, dirty, err = r.m.Version()
	if errors.Is(err, migrate.ErrNilVersion) {
		return 0, false, nil
	}
	return version, dirty, err
}

// Latest is the highest version among the embedded migrations.
func Latest() (uint, error) {
	src, err := iofs.New(files, ".")
	if err != nil {
		return 0, err
	}
	defer src.Close()
	v, err := src.First()
	if err != nil {
		return 0, err
	}
	for {
		next, err := src.Next(v)
		if err != nil {
			return v, nil
		}
		v = next
	}
}

// Check returns nil when the database is at the latest version, ErrBehind when it is
// older, and ErrDirty when a migration failed halfway.
func (r *Runner) Check() error {
	v, dirty, err := r.Version()
	if err != nil {
		return err
	}
	if dirty {
		return fmt.Errorf("version %d: %w", v, ErrDirty)
	}
	latest, err := Latest()
	if err != nil {
		return err
	}
	if v < latest {
		return fmt.Errorf("database at version %d, binary at %d: %w", v, latest, ErrBehind)
	}
	return nil
}

func (r *Runner) explain(err error) error {
	var dirty migrate.ErrDirty
	if errors.As(err, &dirty) {
		return fmt.Errorf("version %d: %w", dirty.Version, ErrDirty)
	}
	return err
}
