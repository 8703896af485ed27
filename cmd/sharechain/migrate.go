package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"

	"sharechain/migrations"
)

func runMigrate(_ context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stdout)
	dbURL := envFlag(fs, "database-url", "", "PostgreSQL URL")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: sharechain migrate [flags] up | down [N | all] | version")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: missing up, down or version", errUsage)
	}
	if *dbURL == "" {
		return fmt.Errorf("%w: --database-url (or DATABASE_URL) is required", errUsage)
	}
	action, rest := fs.Arg(0), fs.Args()[1:]

	steps := 1 // for down; 0 means all
	switch {
	case action == "down" && len(rest) == 1 && rest[0] == "all":
		steps = 0
	case action == "down" && len(rest) == 1:
		n, err := strconv.Atoi(rest[0])
		if err != nil || n < 1 {
			return fmt.Errorf("%w: down takes a positive number of steps or all, got %q", errUsage, rest[0])
		}
		steps = n
	case len(rest) > 0:
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}

	r, err := migrations.Open(*dbURL)
	if err != nil {
		return err
	}
	defer r.Close()

	switch action {
	case "up":
		if err := r.Up(); err != nil {
			return err
		}
	case "down":
		if steps == 0 {
			err = r.DownAll()
		} else {
			err = r.Down(steps)
		}
		if err != nil {
			return err
		}
	case "version":
	default:
		return fmt.Errorf("%w: unknown action %q (want up, down or version)", errUsage, action)
	}
	v, dirty, err := r.Version()
	if err != nil {
		return err
	}
	latest, err := migrations.Latest()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema version %d of %d", v, latest)
	if dirty {
		fmt.Fprint(stdout, " (dirty)")
	}
	fmt.Fprintln(stdout)
	return nil
}
