package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/devnet"
	"sharechain/internal/localnet"
)

// deployment is the chain the service runs against: the suite with its TelemetryAnchor
// on anvil, and assets verified with a bound device each, mirrored by `sharechain index`.
type deployment struct {
	anvil        *localnet.Anvil
	client       *ethclient.Client
	suite        *devnet.Suite
	anchor       common.Address
	anchorKey    *ecdsa.PrivateKey
	manifestPath string
	chainID      uint64
	devices      []*ecdsa.PrivateKey
	tokens       []*big.Int
	latest       uint64 // the time of the latest indexed block
}

// deploy starts anvil, deploys the suite as deploy/Deploy.s.sol does on 31337
// (internal/devnet: TelemetryAnchor included, ANCHOR_ROLE with the deployer), the
// deployer also verifying, writes its manifest, and registers n assets, each bound to a
// device key of its own and verified for a year.
func deploy(ctx context.Context, work string, n int) (*deployment, error) {
	anvil, err := localnet.StartAnvil(0, "--cache-path", filepath.Join(work, "anvil-states"))
	if err != nil {
		return nil, err
	}
	d := &deployment{anvil: anvil, manifestPath: filepath.Join(work, "manifest.json")}
	ok := false
	defer func() {
		if !ok {
			anvil.Stop()
		}
	}()
	if d.client, err = ethclient.DialContext(ctx, anvil.RPC); err != nil {
		return nil, err
	}
	deployer := devnet.DevKey(0)
	d.anchorKey = deployer
	if d.suite, err = devnet.Deploy(ctx, d.client, deployer, devnet.Options{Verifiers: []common.Address{devnet.Address(deployer)}}); err != nil {
		return nil, fmt.Errorf("deploying the suite: %w", err)
	}
	d.chainID = d.suite.ChainID.Uint64()
	d.anchor = d.suite.TelemetryAnchor
	if d.anchor == (common.Address{}) {
		return nil, errors.New("the suite has no TelemetryAnchor")
	}
	raw, err := d.suite.ManifestJSON()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(d.manifestPath, raw, 0o644); err != nil {
		return nil, err
	}

	start := time.Now()
	if err := d.registerAssets(ctx, n); err != nil {
		return nil, err
	}
	log.Printf("registered, bound and verified %d assets with a device each in %.1fs", n, time.Since(start).Seconds())
	ok = true
	return d, nil
}

// registerAssets registers n assets from anvil keys 1–4 (four at a time, one per key),
// binds a device of its own to each, and verifies each for a year from the deployer.
func (d *deployment) registerAssets(ctx context.Context, n int) error {
	b := d.suite.Bindings.AssetRegistry
	reg := d.suite.AssetRegistry
	d.devices = make([]*ecdsa.PrivateKey, n)
	d.tokens = make([]*big.Int, n)
	for i := range d.devices {
		d.devices[i] = devnet.DerivedKey(fmt.Sprintf("bench-telemetry device %d", i))
	}
	const owners = 4
	var wg sync.WaitGroup
	errs := make([]error, owners)
	for o := range owners {
		wg.Go(func() {
			key := devnet.DevKey(1 + o)
			for i := o; i < n; i += owners {
				code := crypto.Keccak256Hash(fmt.Appendf(nil, "bench-telemetry asset %d", i))
				r, err := d.suite.Transact(ctx, key, reg, b.PackRegister(code, crypto.Keccak256Hash(code[:]), fmt.Sprintf("ipfs://bench-telemetry/%d", i)))
				if err != nil {
					errs[o] = fmt.Errorf("registering asset %d: %w", i, err)
					return
				}
				for _, l := range r.Logs {
					if ev, err := b.UnpackAssetRegisteredEvent(l); err == nil {
						d.tokens[i] = ev.TokenId
					}
				}
				if d.tokens[i] == nil {
					errs[o] = fmt.Errorf("registering asset %d: no AssetRegistered", i)
					return
				}
				if _, err := d.suite.Transact(ctx, key, reg, b.PackBindDevice(d.tokens[i], devnet.Address(d.devices[i]))); err != nil {
					errs[o] = fmt.Errorf("binding the device of asset %d: %w", i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	now, err := d.suite.LatestTime(ctx)
	if err != nil {
		return err
	}
	for i, id := range d.tokens {
		if _, err := d.suite.Transact(ctx, d.suite.Deployer, reg, b.PackVerify(id, now+365*24*3600)); err != nil {
			return fmt.Errorf("verifying asset %d: %w", i, err)
		}
	}
	return nil
}

// index runs `sharechain index` until the head is indexed, then stops it, and returns
// the head.
func (d *deployment) index(ctx context.Context, bin, dbURL, logPath string) (uint64, error) {
	head, err := d.client.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	idx, err := startProc("sharechain index", logPath, nil, bin, "index", "--rpc-url", d.anvil.RPC, "--database-url", dbURL,
		"--manifest", d.manifestPath, "--confirmations", "0", "--log-level", "warn")
	if err != nil {
		return 0, err
	}
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		_ = idx.stop()
		return 0, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	err = waitFor(ctx, "sharechain index", 10*time.Minute, idx, func() bool {
		var indexed int64
		err := conn.QueryRow(ctx, `SELECT indexed_block FROM indexer_state WHERE chain_id = $1`, int64(d.chainID)).Scan(&indexed)
		return err == nil && indexed >= int64(head)
	})
	if stopErr := idx.stop(); err == nil && stopErr != nil {
		err = fmt.Errorf("stopping sharechain index: %w (log %s)", stopErr, logPath)
	}
	return head, err
}

// checkAssets checks that the indexer's assets table holds every asset verified with its
// device, as ingestion reads it, and records the latest indexed block's time.
func (d *deployment) checkAssets(ctx context.Context, dbURL string) error {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var good int
	ids := make([]string, len(d.tokens))
	devs := make([][]byte, len(d.tokens))
	for i := range d.tokens {
		ids[i], devs[i] = d.tokens[i].String(), devnet.Address(d.devices[i]).Bytes()
	}
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM assets a JOIN unnest($2::text[], $3::bytea[]) AS u(id, device)
		ON a.token_id = u.id::numeric AND a.device = u.device WHERE a.chain_id = $1 AND a.verified`,
		int64(d.chainID), ids, devs).Scan(&good); err != nil {
		return fmt.Errorf("checking the indexed assets: %w", err)
	}
	if good != len(d.tokens) {
		return fmt.Errorf("the indexer shows %d of the %d assets verified with their device", good, len(d.tokens))
	}
	latest, err := d.suite.LatestTime(ctx)
	if err != nil {
		return err
	}
	d.latest = latest
	return nil
}
