package main

import (
	"bufio"
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/localnet"
)

// reuseRun measures only the proof route, on the dataset an earlier run with -dir left
// in cfg.dir: it restarts that run's PostgreSQL cluster, applies the migrations the
// current tree adds (`migrate up` by a binary built now), and serves the stored, anchored
// readings with the new binary. There is no chain (the earlier run's anvil is gone), so
// proofs are checked against their root and telemetry_anchors' copy of the anchored
// root, not by verifyReading. Loading 10⁷ readings takes minutes; this takes seconds,
// so a change to the proof route can be measured before and after on the same data.
func reuseRun(ctx context.Context, cfg config, root string, t tools) (*proofResult, string, error) {
	work, err := filepath.Abs(cfg.dir)
	if err != nil {
		return nil, "", err
	}
	pgDir := filepath.Join(work, "pg")
	devFile := filepath.Join(work, "devices.txt")
	manifestPath := filepath.Join(work, "manifest.json")
	for _, f := range []string{pgDir, devFile, manifestPath} {
		if _, err := os.Stat(f); err != nil {
			return nil, "", fmt.Errorf("-reuse: %s holds no proof dataset of an earlier -dir run: %w", work, err)
		}
	}
	bin := filepath.Join(work, "sharechain")
	if cfg.bin != "" {
		if bin, err = filepath.Abs(cfg.bin); err != nil {
			return nil, "", err
		}
	} else {
		log.Printf("building sharechain")
		build := exec.Command("go", "build", "-o", bin, "./cmd/sharechain")
		build.Dir = root
		if out, err := build.CombinedOutput(); err != nil {
			return nil, "", fmt.Errorf("go build: %w\n%s", err, out)
		}
	}
	pg, err := localnet.NewPostgres(pgDir)
	if err != nil {
		return nil, "", err
	}
	port, err := localnet.FreePort()
	if err != nil {
		return nil, "", err
	}
	if err := pg.Start(port); err != nil {
		return nil, "", err
	}
	defer pg.Stop("fast") //nolint:errcheck // at the end
	dbURL := pg.URL("sharechain")
	if cfg.bin == "" {
		if out, err := exec.CommandContext(ctx, bin, "migrate", "--database-url", dbURL, "up").CombinedOutput(); err != nil {
			return nil, "", fmt.Errorf("sharechain migrate up: %w\n%s", err, out)
		}
	}
	s := proofServe{bin: bin, dbURL: dbURL, pgDir: pgDir, work: work, root: root, wrk: t.wrk, manifest: manifestPath}
	if s.devices, s.seqs, err = readDevices(devFile); err != nil {
		return nil, "", err
	}
	res := proofResult{devices: len(s.devices), reused: true}
	for _, n := range s.seqs {
		res.readings += n
	}
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return nil, "", err
	}
	var epochs int
	err = conn.QueryRow(ctx, `SELECT count(*) FROM telemetry_anchors`).Scan(&epochs)
	conn.Close(ctx)
	if err != nil {
		return nil, "", err
	}
	log.Printf("reusing %d readings of %d devices, %d anchored epochs", res.readings, res.devices, epochs)
	if err := serveProofs(ctx, cfg, &res, s); err != nil {
		return nil, "", err
	}
	return &res, pgVersion(ctx, dbURL), nil
}

// readDevices reads the devices file the proof phase writes for wrk: "0xaddress maxseq"
// a line.
func readDevices(path string) ([]common.Address, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var devs []common.Address
	var seqs []int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 2 || !common.IsHexAddress(fields[0]) {
			return nil, nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil || n < 1 {
			return nil, nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		devs = append(devs, common.HexToAddress(fields[0]))
		seqs = append(seqs, n)
	}
	if len(devs) == 0 {
		return nil, nil, fmt.Errorf("%s: no devices", path)
	}
	return devs, seqs, sc.Err()
}
