// Package keeper collects defaults: it finds rentals past end + grace period in the
// indexer's tables and calls PledgeEscrow.collectDefault for them, so that a provider
// whose renter never returns is paid without anyone watching.
//
// The keeper only ever collects defaults (INTERFACE.md §2: nobody but the renter and
// the provider may end a rental). It is idempotent and safe to run twice: every
// candidate is simulated against the chain before a transaction is sent, so a rental
// that is not overdue yet, already defaulted, disputed or returned is skipped; and
// keepers of one chain take a PostgreSQL advisory lock, so a second one waits as a
// standby instead of racing the first.
package keeper

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/manifest"
	"sharechain/internal/projection"
)

// Backend is what the keeper needs from the chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Config configures a Keeper.
type Config struct {
	Pool     *pgxpool.Pool // the indexer's database
	Backend  Backend
	Manifest *manifest.Manifest
	Key      *ecdsa.PrivateKey // pays for and sends collectDefault
	// Interval between scans; default 5 s.
	Interval time.Duration
	// Batch is the most rentals handled per scan; default 50.
	Batch  int
	Logger *slog.Logger
	// Registry receives the keeper's metrics; none when nil.
	Registry prometheus.Registerer
}

// Keeper collects defaults.
type Keeper struct {
	cfg     Config
	escrow  *pledgeescrow.PledgeEscrow
	bound   *bind.BoundContract
	from    common.Address
	view    *projection.View
	dueAt   map[string]uint64 // rental id → end + its grace period (both fixed at rent)
	metrics metrics
}

type metrics struct {
	collected prometheus.Counter
	failed    prometheus.Counter
	scans     prometheus.Counter
}

// New builds a Keeper.
func New(cfg Config) (*Keeper, error) {
	if cfg.Pool == nil || cfg.Backend == nil || cfg.Manifest == nil || cfg.Key == nil {
		return nil, errors.New("keeper: Pool, Backend, Manifest and Key are required")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 5 * time.Second
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 50
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	escrowAddr, ok := cfg.Manifest.Contracts[manifest.PledgeEscrow]
	if !ok {
		return nil, errors.New("keeper: the manifest has no PledgeEscrow")
	}
	escrow := pledgeescrow.NewPledgeEscrow()
	k := &Keeper{
		cfg: cfg, escrow: escrow, bound: escrow.Instance(cfg.Backend, escrowAddr),
		from: crypto.PubkeyToAddress(cfg.Key.PublicKey), view: projection.NewView(cfg.Pool, cfg.Manifest.ChainID),
		dueAt: map[string]uint64{},
		metrics: metrics{
			collected: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "defaults_collected_total", Help: "collectDefault transactions mined successfully."}),
			failed:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "errors_total", Help: "Scans or transactions that failed (retried at the next scan)."}),
			scans:     prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "scans_total", Help: "Scans of the database for overdue rentals."}),
		},
	}
	if cfg.Registry != nil {
		cfg.Registry.MustRegister(k.metrics.collected, k.metrics.failed, k.metrics.scans)
	}
	return k, nil
}

// Address is the account the keeper sends from.
func (k *Keeper) Address() common.Address { return k.from }

// Run scans every Interval until ctx ends, holding the keeper lock of the chain while it
// works; a second keeper waits for the lock as a standby.
func (k *Keeper) Run(ctx context.Context) error {
	log := k.cfg.Logger.With("component", "keeper", "from", k.from.Hex())
	conn, err := k.lock(ctx, log)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while waiting as a standby
		}
		return err
	}
	defer func() {
		// the lock belongs to the session, which goes back to the pool: unlock first
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1)`, k.lockKey()); err != nil {
			conn.Conn().Close(uctx) //nolint:errcheck // closing the session frees the lock
		}
		conn.Release()
	}()
	log.InfoContext(ctx, "keeper lock taken; collecting defaults", "interval", k.cfg.Interval)
	ticker := time.NewTicker(k.cfg.Interval)
	defer ticker.Stop()
	for {
		if _, err := k.Once(ctx); err != nil && ctx.Err() == nil {
			k.metrics.failed.Inc()
			log.WarnContext(ctx, "scan failed; retrying at the next one", "err", err)
		}
		if err := conn.Ping(ctx); err != nil && ctx.Err() == nil {
			return fmt.Errorf("keeper lock connection lost: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// lockKey is the advisory lock of the keepers of a chain; the indexer's writer lock
// uses another key space.
func (k *Keeper) lockKey() int64 {
	return int64(crypto.Keccak256Hash([]byte(fmt.Sprintf("sharechain keeper %d", k.cfg.Manifest.ChainID))).Big().Uint64() >> 1)
}

func (k *Keeper) lock(ctx context.Context, log *slog.Logger) (*pgxpool.Conn, error) {
	waiting := false
	for {
		conn, err := k.cfg.Pool.Acquire(ctx)
		if err == nil {
			var ok bool
			err = conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, k.lockKey()).Scan(&ok)
			if err == nil && ok {
				return conn, nil
			}
			conn.Release()
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil {
			log.WarnContext(ctx, "taking the keeper lock", "err", err)
		} else if !waiting {
			log.InfoContext(ctx, "another keeper works this chain; waiting as a standby")
			waiting = true
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// Once runs one scan: it reads overdue candidates from the database, checks each
// against the chain and collects the ones that are due. It returns how many it
// collected.
func (k *Keeper) Once(ctx context.Context) (int, error) {
	k.metrics.scans.Inc()
	head, err := k.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the head: %w", err)
	}
	now := head.Time
	// active rentals whose end has passed; whether the grace period has too depends on
	// the params in force at rent, read from the chain once per rental
	ids, err := k.view.OverdueRentals(ctx, now, k.cfg.Batch*4)
	if err != nil {
		return 0, fmt.Errorf("reading candidates: %w", err)
	}
	// forget rentals that stopped being candidates (returned, disputed, collected)
	still := make(map[string]bool, len(ids))
	for _, id := range ids {
		still[id] = true
	}
	for id := range k.dueAt {
		if !still[id] {
			delete(k.dueAt, id)
		}
	}
	collected := 0
	for _, id := range ids {
		if collected >= k.cfg.Batch || ctx.Err() != nil {
			break
		}
		due, err := k.due(ctx, id)
		if err != nil {
			return collected, err
		}
		if now <= due {
			continue
		}
		ok, err := k.collect(ctx, id)
		if err != nil {
			return collected, err
		}
		if ok {
			collected++
		}
	}
	return collected, nil
}

func (k *Keeper) due(ctx context.Context, id string) (uint64, error) {
	if d, ok := k.dueAt[id]; ok {
		return d, nil
	}
	rid, _ := new(big.Int).SetString(id, 10)
	opts := &bind.CallOpts{Context: ctx}
	r, err := bind.Call(k.bound, opts, k.escrow.PackGetRental(rid), k.escrow.UnpackGetRental)
	if err != nil {
		return 0, fmt.Errorf("reading rental %s: %w", id, err)
	}
	p, err := bind.Call(k.bound, opts, k.escrow.PackGetParams(r.ParamsId), k.escrow.UnpackGetParams)
	if err != nil {
		return 0, fmt.Errorf("reading the params of rental %s: %w", id, err)
	}
	d := r.End + p.GracePeriod
	k.dueAt[id] = d
	return d, nil
}

// collect simulates collectDefault for rental id and, when it would succeed, sends it
// and waits for it to be mined. It reports false (and no error) when the chain says
// the rental cannot be collected: another keeper, the renter or a dispute came first.
func (k *Keeper) collect(ctx context.Context, id string) (bool, error) {
	log := k.cfg.Logger.With("component", "keeper", "rental_id", id)
	rid, _ := new(big.Int).SetString(id, 10)
	data := k.escrow.PackCollectDefault(rid)
	to := k.bound.Address()
	if _, err := k.cfg.Backend.CallContract(ctx, ethereum.CallMsg{From: k.from, To: &to, Data: data}, nil); err != nil {
		log.InfoContext(ctx, "not collectable; skipping", "reason", k.reason(err))
		delete(k.dueAt, id)
		return false, nil
	}
	chainID, err := k.cfg.Backend.ChainID(ctx)
	if err != nil {
		return false, fmt.Errorf("reading the chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(k.cfg.Key, chainID)
	opts.Context = ctx
	tx, err := bind.Transact(k.bound, opts, data)
	if err != nil {
		return false, fmt.Errorf("sending collectDefault(%s): %w", id, err)
	}
	rc, err := bind.WaitMined(ctx, k.cfg.Backend, tx.Hash())
	if err != nil {
		return false, fmt.Errorf("waiting for collectDefault(%s) %s: %w", id, tx.Hash().Hex(), err)
	}
	delete(k.dueAt, id)
	if rc.Status != types.ReceiptStatusSuccessful {
		k.metrics.failed.Inc()
		log.WarnContext(ctx, "collectDefault reverted (raced)", "tx_hash", tx.Hash().Hex())
		return false, nil
	}
	k.metrics.collected.Inc()
	log.InfoContext(ctx, "default collected", "tx_hash", tx.Hash().Hex(), "block", rc.BlockNumber.Uint64())
	return true, nil
}

// reason names the custom error of a reverted simulation when the ABI knows it.
func (k *Keeper) reason(err error) string {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if raw := common.FromHex(s); len(raw) >= 4 {
				if e, uerr := k.escrow.UnpackError(raw); uerr == nil {
					return fmt.Sprintf("%T%+v", e, e)
				}
			}
		}
	}
	return err.Error()
}
