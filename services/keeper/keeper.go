// Package keeper does the escrow's work that anyone may do and nobody would remember to:
// it finds, in the indexer's tables, deposits whose inspection has ended
// (PledgeEscrow.releaseDeposit), bookings past their end that were never checked in
// (collectNoShow) and rentals past end + grace period that were never returned
// (collectDefault), and calls the escrow for them, so renters get their deposits back
// and providers are paid without anyone watching (INTERFACE.md §6).
//
// The keeper never ends a rental (nobody but the renter and the provider may). It is
// idempotent and safe to run twice: every candidate is simulated against the chain
// before a transaction is sent, so a rental that is not due yet or was settled by
// someone else is skipped; and keepers of one chain take a PostgreSQL advisory lock, so
// a second one waits as a standby instead of racing the first.
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
	"sharechain/internal/gas"
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
	Key      *ecdsa.PrivateKey // pays for and sends the calls
	// Interval between scans; default 5 s.
	Interval time.Duration
	// Batch is the most rentals handled per scan; default 50.
	Batch  int
	Logger *slog.Logger
	// Registry receives the keeper's metrics; none when nil.
	Registry prometheus.Registerer
}

// Keeper releases deposits and collects no-shows and defaults.
type Keeper struct {
	cfg     Config
	escrow  *pledgeescrow.PledgeEscrow
	bound   *bind.BoundContract
	from    common.Address
	view    *projection.View
	metrics metrics
}

type metrics struct {
	calls  *prometheus.CounterVec
	failed prometheus.Counter
	scans  prometheus.Counter
}

// duties are the keeper's calls, in the order a scan makes them: money owed to renters
// first.
var duties = []projection.Due{projection.DueRelease, projection.DueNoShow, projection.DueDefault}

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
		metrics: metrics{
			calls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "calls_total",
				Help: "Transactions mined successfully, by escrow function (releaseDeposit, collectNoShow, collectDefault)."}, []string{"call"}),
			failed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "errors_total", Help: "Scans or transactions that failed (retried at the next scan)."}),
			scans:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "keeper", Name: "scans_total", Help: "Scans of the database for due rentals."}),
		},
	}
	for _, d := range duties {
		k.metrics.calls.WithLabelValues(string(d)) // exported at 0 from the start
	}
	if cfg.Registry != nil {
		cfg.Registry.MustRegister(k.metrics.calls, k.metrics.failed, k.metrics.scans)
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
	log.InfoContext(ctx, "keeper lock taken; releasing deposits, collecting no-shows and defaults", "interval", k.cfg.Interval)
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

// Once runs one scan: for each duty it reads the due rentals from the database, as of
// the chain head's time, checks each against the chain and sends the ones that would
// succeed. It returns how many calls it made, at most Batch.
func (k *Keeper) Once(ctx context.Context) (int, error) {
	k.metrics.scans.Inc()
	head, err := k.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the head: %w", err)
	}
	done := 0
	for _, duty := range duties {
		if done >= k.cfg.Batch {
			break
		}
		ids, err := k.view.DueRentals(ctx, duty, head.Time, k.cfg.Batch-done)
		if err != nil {
			return done, fmt.Errorf("reading candidates: %w", err)
		}
		for _, id := range ids {
			if ctx.Err() != nil {
				return done, ctx.Err()
			}
			ok, err := k.call(ctx, duty, id)
			if err != nil {
				return done, err
			}
			if ok {
				done++
			}
		}
	}
	return done, nil
}

// pack is the calldata of duty on rental id.
func (k *Keeper) pack(duty projection.Due, id *big.Int) []byte {
	switch duty {
	case projection.DueRelease:
		return k.escrow.PackReleaseDeposit(id)
	case projection.DueNoShow:
		return k.escrow.PackCollectNoShow(id)
	default:
		return k.escrow.PackCollectDefault(id)
	}
}

// call simulates duty for rental id and, when it would succeed, sends it and waits for
// it to be mined. It reports false (and no error) when the chain says the call cannot
// be made: another keeper, a party or a dispute came first, or the chain's clock has
// not reached the time the database's copy says.
func (k *Keeper) call(ctx context.Context, duty projection.Due, id string) (bool, error) {
	log := k.cfg.Logger.With("component", "keeper", "call", string(duty), "rental_id", id)
	rid, _ := new(big.Int).SetString(id, 10)
	data := k.pack(duty, rid)
	to := k.bound.Address()
	if _, err := k.cfg.Backend.CallContract(ctx, ethereum.CallMsg{From: k.from, To: &to, Data: data}, nil); err != nil {
		log.InfoContext(ctx, "not due on chain; skipping", "reason", k.reason(err))
		return false, nil
	}
	chainID, err := k.cfg.Backend.ChainID(ctx)
	if err != nil {
		return false, fmt.Errorf("reading the chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(k.cfg.Key, chainID)
	opts.Context = ctx
	if opts.GasLimit, err = gas.Limit(ctx, k.cfg.Backend, k.from, to, data); err != nil {
		return false, fmt.Errorf("%s(%s): %w", duty, id, err)
	}
	tx, err := bind.Transact(k.bound, opts, data)
	if err != nil {
		return false, fmt.Errorf("sending %s(%s): %w", duty, id, err)
	}
	rc, err := bind.WaitMined(ctx, k.cfg.Backend, tx.Hash())
	if err != nil {
		return false, fmt.Errorf("waiting for %s(%s) %s: %w", duty, id, tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		k.metrics.failed.Inc()
		log.WarnContext(ctx, "reverted (raced)", "tx_hash", tx.Hash().Hex())
		return false, nil
	}
	k.metrics.calls.WithLabelValues(string(duty)).Inc()
	log.InfoContext(ctx, "done", "tx_hash", tx.Hash().Hex(), "block", rc.BlockNumber.Uint64())
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
