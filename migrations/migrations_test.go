package migrations_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"regexp"
	"testing"

	"github.com/jackc/pgx/v5"

	"sharechain/internal/testenv"
	"sharechain/migrations"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// TestFiles checks that every version has exactly one up and one down file, which a
// merge of two branches can break.
func TestFiles(t *testing.T) {
	entries, err := fs.ReadDir(migrations.Files(), ".")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`^(\d{6})_[a-z0-9_]+\.(up|down)\.sql$`)
	count := map[string]map[string]int{}
	for _, e := range entries {
		m := name.FindStringSubmatch(e.Name())
		if m == nil {
			t.Errorf("%s: want NNNNNN_snake_title.up.sql or .down.sql", e.Name())
			continue
		}
		if count[m[1]] == nil {
			count[m[1]] = map[string]int{}
		}
		count[m[1]][m[2]]++
	}
	for version, dirs := range count {
		if dirs["up"] != 1 || dirs["down"] != 1 {
			t.Errorf("version %s has %d up and %d down files, want 1 and 1", version, dirs["up"], dirs["down"])
		}
	}
}

// TestUpDownUp runs every migration up, all the way down, and up again on a fresh
// database: a down file that does not undo its up file breaks the second up.
func TestUpDownUp(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	if err := r.Check(); !errors.Is(err, migrations.ErrBehind) {
		t.Fatalf("Check() on an empty database = %v, want ErrBehind", err)
	}
	latest, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() = %v", err)
	}
	if v, dirty, err := r.Version(); err != nil || dirty || v != latest {
		t.Fatalf("Version() = %d, %v, %v; want %d, false, nil", v, dirty, err, latest)
	}
	if err := r.Check(); err != nil {
		t.Fatalf("Check() after Up() = %v", err)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("a second Up() = %v, want nil (no change)", err)
	}
	if err := r.Down(int(latest)); err != nil {
		t.Fatalf("Down(%d) = %v", latest, err)
	}

	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var left int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 0 {
		t.Errorf("%d tables left after migrating all the way down, want 0", left)
	}
	if err := r.Up(); err != nil {
		t.Fatalf("Up() after Down() = %v", err)
	}
}

func TestDown_RejectsNonPositiveSteps(t *testing.T) {
	r, err := migrations.Open(testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Down(0); err == nil {
		t.Error("Down(0) = nil, want an error")
	}
}

func TestCheck_Dirty(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// what golang-migrate leaves behind when a migration fails halfway.
	if _, err := conn.Exec(ctx, `UPDATE schema_migrations SET dirty = true`); err != nil {
		t.Fatal(err)
	}
	if err := r.Check(); !errors.Is(err, migrations.ErrDirty) {
		t.Errorf("Check() on a dirty schema = %v, want ErrDirty", err)
	}
	if err := r.Up(); !errors.Is(err, migrations.ErrDirty) {
		t.Errorf("Up() on a dirty schema = %v, want ErrDirty", err)
	}
}

// TestDown_RestoresDeferredIndexes: going down past 000003 while an indexer has the
// events read indexes deferred (dropped, with their definitions recorded) builds them
// again, so the older schema is whole.
func TestDown_RestoresDeferredIndexes(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	r, err := migrations.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Up(); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// what the indexer's store does when it defers one index
	if _, err := conn.Exec(ctx, `
		INSERT INTO indexer_deferred_indexes (name, definition, comment)
		SELECT 'idx_events_name', pg_get_indexdef('idx_events_name'::regclass), obj_description('idx_events_name'::regclass, 'pg_class');
		DROP INDEX idx_events_name;`); err != nil {
		t.Fatal(err)
	}
	latest, err := migrations.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Down(int(latest) - 2); err != nil {
		t.Fatalf("Down to version 2 = %v", err)
	}
	var comment string
	if err := conn.QueryRow(ctx, `SELECT obj_description('idx_events_name'::regclass, 'pg_class')`).Scan(&comment); err != nil {
		t.Fatalf("idx_events_name after going down: %v", err)
	}
	if comment == "" {
		t.Error("idx_events_name came back without its comment")
	}
}
