package telemetry

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"sharechain/bindings/telemetryanchor"
	"sharechain/internal/manifest"
	"sharechain/internal/telemetry"
)

// Defaults of [AnchorConfig].
const (
	DefaultAnchorInterval   = 10 * time.Minute
	DefaultMaxEpochReadings = 1 << 20
	// PageNodes is how many tree nodes a row of telemetry_tree_pages holds: node i is
	// bytes [32·(i mod PageNodes), +32) of page i / PageNodes (telemetry.PageNodes).
	PageNodes = telemetry.PageNodes
)

// ErrAnchorMismatch reports a chain whose anchored epochs are not the database's: another
// database anchored them, or this one was restored without them. Every send fails with it
// (logged and counted at each interval) until an operator sorts it out; ingestion and the
// building of epochs go on.
var ErrAnchorMismatch = errors.New("telemetry: the chain's anchored epochs do not match the database's")

// AnchorBackend is what the anchorer needs from the chain.
type AnchorBackend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// AnchorConfig configures an Anchorer.
type AnchorConfig struct {
	Pool     *pgxpool.Pool
	Manifest *manifest.Manifest // names TelemetryAnchor
	Backend  AnchorBackend
	Key      *ecdsa.PrivateKey // holds ANCHOR_ROLE; pays for the anchors
	// Interval between epochs; default DefaultAnchorInterval. The first epoch is built
	// one interval after Run starts.
	Interval time.Duration
	// MaxEpochReadings bounds an epoch (and the builder's memory, ~100 bytes a reading);
	// an interval with more readings makes several epochs. Default DefaultMaxEpochReadings.
	MaxEpochReadings int
	Logger           *slog.Logger
	Registry         prometheus.Registerer
}

// Epoch is one built epoch as telemetry_epochs stores it.
type Epoch struct {
	Number   uint64
	FirstID  int64
	LastID   int64
	Count    uint32
	FromTime uint64
	ToTime   uint64
	Root     common.Hash
	AnchorTx *common.Hash // the last anchor transaction sent, nil before
}

// Anchorer builds the epochs of one chain and anchors them in TelemetryAnchor.
type Anchorer struct {
	cfg     AnchorConfig
	chainID uint64
	abi     abi.ABI
	bound   *bind.BoundContract
	from    common.Address
	metrics *anchorMetrics
	log     *slog.Logger
}

// NewAnchorer returns an Anchorer.
func NewAnchorer(cfg AnchorConfig) (*Anchorer, error) {
	if cfg.Pool == nil || cfg.Manifest == nil || cfg.Backend == nil || cfg.Key == nil {
		return nil, errors.New("telemetry: Pool, Manifest, Backend and Key are required to anchor")
	}
	addr, err := AnchorAddress(cfg.Manifest)
	if err != nil {
		return nil, err
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultAnchorInterval
	}
	if cfg.MaxEpochReadings <= 0 {
		cfg.MaxEpochReadings = DefaultMaxEpochReadings
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	parsed := telemetryanchor.NewTelemetryAnchor().GetABI()
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	return &Anchorer{
		cfg: cfg, chainID: cfg.Manifest.ChainID, abi: parsed,
		bound:   bind.NewBoundContract(addr, parsed, cfg.Backend, cfg.Backend, cfg.Backend),
		from:    from,
		metrics: newAnchorMetrics(cfg.Registry),
		log:     cfg.Logger.With("component", "telemetry_anchor", "from", from.Hex()),
	}, nil
}

// Address is the account the anchors are sent from.
func (a *Anchorer) Address() common.Address { return a.from }

// Run anchors until ctx ends: at once what an earlier run built and the chain does not
// show, then every Interval a new epoch of the readings stored since the last one. A
// failed round is logged and retried at the next interval.
func (a *Anchorer) Run(ctx context.Context) error {
	a.round(ctx, false)
	t := time.NewTicker(a.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			a.round(ctx, true)
		}
	}
}

func (a *Anchorer) round(ctx context.Context, build bool) {
	if build {
		if _, err := a.Build(ctx); err != nil {
			if ctx.Err() == nil {
				a.metrics.anchorErrors.Inc()
				a.log.ErrorContext(ctx, "building an epoch failed; retrying at the next interval", "err", err)
			}
			return
		}
	}
	if err := a.Send(ctx); err != nil && ctx.Err() == nil {
		a.metrics.anchorErrors.Inc()
		a.log.ErrorContext(ctx, "anchoring failed; retrying at the next interval", "err", err)
	}
}

// Cut returns the id at or below which every reading of the chain is committed (or
// never will be): it waits, holding the ingest lock exclusively, for the write
// transactions in flight, and reads the last id drawn (see the package doc).
func (a *Anchorer) Cut(ctx context.Context) (int64, error) {
	var cut int64
	err := pgx.BeginFunc(ctx, a.cfg.Pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, IngestLock(a.chainID)); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM telemetry_reading_id`).Scan(&cut)
	})
	if err != nil {
		return 0, fmt.Errorf("cutting the epoch: %w", err)
	}
	return cut, nil
}

// Build makes the epochs of the readings stored since the last epoch, up to the cut: none
// when there are none, several when there are more than MaxEpochReadings. Each epoch's
// row, range and tree pages are committed in one transaction.
func (a *Anchorer) Build(ctx context.Context) ([]Epoch, error) {
	cut, err := a.Cut(ctx)
	if err != nil {
		return nil, err
	}
	var built []Epoch
	for {
		ep, err := a.buildOne(ctx, cut)
		if err != nil {
			return built, err
		}
		if ep == nil {
			return built, nil
		}
		built = append(built, *ep)
	}
}

// buildOne builds the next epoch of readings with ids up to cut, nil when there is none.
func (a *Anchorer) buildOne(ctx context.Context, cut int64) (*Epoch, error) {
	start := time.Now()
	tx, err := a.cfg.Pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx) //nolint:errcheck // after Commit it does nothing
	// an epoch lost after it was anchored would stop anchoring (ErrAnchorMismatch)
	if _, err := tx.Exec(ctx, durableCommit); err != nil {
		return nil, fmt.Errorf("making the epoch durable: %w", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, buildLock(a.chainID)); err != nil {
		return nil, fmt.Errorf("taking the build lock: %w", err)
	}
	var last, lastID int64
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(epoch), 0), coalesce(max(last_id), 0) FROM telemetry_epochs WHERE chain_id = $1`,
		int64(a.chainID)).Scan(&last, &lastID); err != nil {
		return nil, fmt.Errorf("reading the last epoch: %w", err)
	}
	if lastID >= cut {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, time, leaf FROM telemetry_readings WHERE chain_id = $1 AND id > $2 AND id <= $3
		ORDER BY id LIMIT $4`, int64(a.chainID), lastID, cut, a.cfg.MaxEpochReadings)
	if err != nil {
		return nil, fmt.Errorf("reading the epoch's leaves: %w", err)
	}
	var leaves []common.Hash
	var id, tm, maxID int64
	var leaf []byte
	from, to := int64(1<<63-1), int64(0)
	if _, err := pgx.ForEachRow(rows, []any{&id, &tm, &leaf}, func() error {
		leaves = append(leaves, common.BytesToHash(leaf))
		maxID, from, to = id, min(from, tm), max(to, tm)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading the epoch's leaves: %w", err)
	}
	if len(leaves) == 0 {
		return nil, nil // an interval with no readings makes no epoch
	}
	ep := &Epoch{Number: uint64(last) + 1, FirstID: lastID + 1, LastID: cut, Count: uint32(len(leaves)), FromTime: uint64(from), ToTime: uint64(to)}
	if len(leaves) == a.cfg.MaxEpochReadings {
		ep.LastID = maxID // full: the next epoch starts after it
	}
	tree, err := telemetry.BuildTree(leaves)
	if err != nil {
		return nil, err
	}
	ep.Root = tree.Root()
	if _, err := tx.Exec(ctx, `INSERT INTO telemetry_epochs (chain_id, epoch, first_id, last_id, count, from_time, to_time, root)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, int64(a.chainID), int64(ep.Number), ep.FirstID, ep.LastID, int64(ep.Count),
		from, to, ep.Root.Bytes()); err != nil {
		return nil, fmt.Errorf("storing epoch %d: %w", ep.Number, err)
	}
	if err := copyPages(ctx, tx, a.chainID, ep.Number, tree); err != nil {
		return nil, fmt.Errorf("storing the tree of epoch %d: %w", ep.Number, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("committing epoch %d: %w", ep.Number, err)
	}
	a.metrics.epochs.Inc()
	a.metrics.epochReads.Add(float64(ep.Count))
	a.metrics.build.Observe(time.Since(start).Seconds())
	a.log.InfoContext(ctx, "epoch built", "epoch", ep.Number, "readings", ep.Count, "first_id", ep.FirstID, "last_id", ep.LastID,
		"root", ep.Root.Hex(), "took", time.Since(start).Round(time.Millisecond))
	return ep, nil
}

// copyPages writes the tree's pages (telemetry.Tree.Page), each with its smallest leaf
// when it holds leaves.
func copyPages(ctx context.Context, tx pgx.Tx, chainID, epoch uint64, tree telemetry.Tree) error {
	page, pages := 0, tree.Pages()
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if page >= pages {
			return nil, nil
		}
		nodes, minLeaf := tree.Page(page)
		var leaf []byte
		if minLeaf != nil {
			leaf = minLeaf.Bytes()
		}
		row := []any{int64(chainID), int64(epoch), int32(page), nodes, leaf}
		page++
		return row, nil
	})
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"telemetry_tree_pages"}, []string{"chain_id", "epoch", "page", "nodes", "min_leaf"}, src)
	return err
}

// Epochs returns the built epochs after epoch, in order.
func (a *Anchorer) Epochs(ctx context.Context, after uint64) ([]Epoch, error) {
	rows, err := a.cfg.Pool.Query(ctx, `SELECT epoch, first_id, last_id, count, from_time, to_time, root, anchor_tx
		FROM telemetry_epochs WHERE chain_id = $1 AND epoch > $2 ORDER BY epoch`, int64(a.chainID), int64(after))
	if err != nil {
		return nil, fmt.Errorf("reading epochs: %w", err)
	}
	var out []Epoch
	var ep Epoch
	var number, count, from, to int64
	var root, tx []byte
	_, err = pgx.ForEachRow(rows, []any{&number, &ep.FirstID, &ep.LastID, &count, &from, &to, &root, &tx}, func() error {
		ep.Number, ep.Count, ep.FromTime, ep.ToTime, ep.Root, ep.AnchorTx = uint64(number), uint32(count), uint64(from), uint64(to), common.BytesToHash(root), nil
		if tx != nil {
			h := common.BytesToHash(tx)
			ep.AnchorTx = &h
		}
		out = append(out, ep)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading epochs: %w", err)
	}
	return out, nil
}

// LastEpoch returns TelemetryAnchor.lastEpoch().
func (a *Anchorer) LastEpoch(ctx context.Context) (uint64, error) {
	out, err := a.call(ctx, "lastEpoch")
	if err != nil {
		return 0, err
	}
	return out[0].(uint64), nil
}

// RootOf returns TelemetryAnchor.rootOf(epoch).
func (a *Anchorer) RootOf(ctx context.Context, epoch uint64) (common.Hash, error) {
	out, err := a.call(ctx, "rootOf", epoch)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(out[0].([32]byte)), nil
}

func (a *Anchorer) call(ctx context.Context, method string, args ...any) ([]any, error) {
	var out []any
	if err := a.bound.Call(&bind.CallOpts{Context: ctx}, &out, method, args...); err != nil {
		return nil, fmt.Errorf("calling TelemetryAnchor.%s: %w", method, err)
	}
	return out, nil
}

// Send anchors, in order, the built epochs the chain does not show yet. It checks the
// chain first: the last anchored epoch must have the database's root, and an epoch
// whose transaction is still pending is waited for rather than sent again.
//
// Several services may share a database (to ingest more), and each builds and sends:
// without more, two would read the same lastEpoch and both send its successor — the
// second transaction reverting with BadEpoch, or failing on a shared key's nonce. So a
// round sends only while it holds the chain's [AnchorLock], taken without waiting on a
// connection of its own; a round that finds another service holding it sends nothing
// (and returns nil): that service sends every built epoch, this one's included, in
// order, at its own rounds.
func (a *Anchorer) Send(ctx context.Context) error {
	conn, err := a.cfg.Pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("acquiring a connection for the anchor lock: %w", err)
	}
	defer conn.Release()
	key := AnchorLock(a.chainID)
	var mine bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&mine); err != nil {
		return fmt.Errorf("taking the anchor lock: %w", err)
	}
	if !mine {
		a.metrics.sender.Set(0)
		a.log.InfoContext(ctx, "another service is sending this chain's anchors; leaving them to it")
		// the anchored epoch is the chain's, whoever sends: keep the gauge current
		last, err := a.LastEpoch(ctx)
		if err != nil {
			return err
		}
		a.metrics.anchored.Set(float64(last))
		return nil
	}
	a.metrics.sender.Set(1)
	defer func() {
		// a session lock outlives the round on a pooled connection: a failed unlock
		// closes the connection, which ends the session and its locks
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key); err != nil {
			_ = conn.Hijack().Close(context.WithoutCancel(ctx))
		}
	}()
	return a.send(ctx)
}

// send is Send once the anchor lock is held.
func (a *Anchorer) send(ctx context.Context) error {
	last, err := a.LastEpoch(ctx)
	if err != nil {
		return err
	}
	a.metrics.anchored.Set(float64(last))
	if last > 0 {
		if err := a.checkAnchored(ctx, last); err != nil {
			return err
		}
	}
	epochs, err := a.Epochs(ctx, last)
	if err != nil {
		return err
	}
	for _, ep := range epochs {
		if ep.Number != last+1 {
			return fmt.Errorf("%w: epoch %d is next in the database, the chain's next is %d", ErrAnchorMismatch, ep.Number, last+1)
		}
		if err := a.anchor(ctx, ep); err != nil {
			return err
		}
		last = ep.Number
		a.metrics.anchored.Set(float64(last))
	}
	return nil
}

// checkAnchored compares the chain's root of epoch with the database's.
func (a *Anchorer) checkAnchored(ctx context.Context, epoch uint64) error {
	var root []byte
	err := a.cfg.Pool.QueryRow(ctx, `SELECT root FROM telemetry_epochs WHERE chain_id = $1 AND epoch = $2`, int64(a.chainID), int64(epoch)).Scan(&root)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("%w: the chain has anchored epoch %d, which the database never built", ErrAnchorMismatch, epoch)
	}
	if err != nil {
		return fmt.Errorf("reading epoch %d: %w", epoch, err)
	}
	onChain, err := a.RootOf(ctx, epoch)
	if err != nil {
		return err
	}
	if onChain != common.BytesToHash(root) {
		return fmt.Errorf("%w: epoch %d has root %s on chain, %x in the database", ErrAnchorMismatch, epoch, onChain.Hex(), root)
	}
	return nil
}

// anchor gets ep anchored: it waits for the transaction sent for it before when that
// one is still known to the node, else simulates and sends a new one, and waits until
// the chain shows ep's root.
func (a *Anchorer) anchor(ctx context.Context, ep Epoch) error {
	log := a.log.With("epoch", ep.Number, "root", ep.Root.Hex())
	if ep.AnchorTx != nil {
		if _, _, err := a.cfg.Backend.TransactionByHash(ctx, *ep.AnchorTx); err == nil {
			log.InfoContext(ctx, "waiting for the anchor sent before", "tx_hash", ep.AnchorTx.Hex())
			if ok, err := a.wait(ctx, *ep.AnchorTx, ep); ok || err != nil {
				return err
			}
		} else if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("looking up anchor %s: %w", ep.AnchorTx.Hex(), err)
		}
	}
	data, err := a.abi.Pack("anchor", ep.Number, ep.Root, ep.Count, ep.FromTime, ep.ToTime)
	if err != nil {
		return err
	}
	chainID, err := a.cfg.Backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(a.cfg.Key, chainID)
	opts.Context = ctx
	// bind.Transact estimates the gas, which simulates the call: a reverting anchor is
	// never sent
	tx, err := bind.Transact(a.bound, opts, data)
	if err != nil {
		return fmt.Errorf("sending anchor(%d): %w", ep.Number, a.decode(err))
	}
	if _, err := a.cfg.Pool.Exec(ctx, `UPDATE telemetry_epochs SET anchor_tx = $3 WHERE chain_id = $1 AND epoch = $2`,
		int64(a.chainID), int64(ep.Number), tx.Hash().Bytes()); err != nil {
		return fmt.Errorf("recording anchor %s: %w", tx.Hash().Hex(), err)
	}
	log.InfoContext(ctx, "anchor sent", "tx_hash", tx.Hash().Hex(), "readings", ep.Count)
	ok, err := a.wait(ctx, tx.Hash(), ep)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("anchor(%d) %s was mined but the chain does not show the epoch", ep.Number, tx.Hash().Hex())
	}
	return nil
}

// wait waits for hash to be mined and reports whether the chain then shows ep's root.
func (a *Anchorer) wait(ctx context.Context, hash common.Hash, ep Epoch) (bool, error) {
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	rc, err := bind.WaitMined(wctx, a.cfg.Backend, hash)
	if err != nil {
		return false, fmt.Errorf("waiting for anchor %s: %w", hash.Hex(), err)
	}
	root, err := a.RootOf(ctx, ep.Number)
	if err != nil {
		return false, err
	}
	switch {
	case root == ep.Root:
		if rc.Status == types.ReceiptStatusSuccessful {
			a.metrics.anchors.Inc()
		}
		a.log.InfoContext(ctx, "epoch anchored", "epoch", ep.Number, "tx_hash", hash.Hex(), "block", rc.BlockNumber.Uint64())
		return true, nil
	case root != (common.Hash{}):
		return false, fmt.Errorf("%w: epoch %d has root %s on chain, %s in the database", ErrAnchorMismatch, ep.Number, root.Hex(), ep.Root.Hex())
	}
	return false, nil
}

// decode names the custom error of a reverted simulation when the ABI knows it.
func (a *Anchorer) decode(err error) error {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if raw := common.FromHex(s); len(raw) >= 4 {
				for name, e := range a.abi.Errors {
					if [4]byte(e.ID[:4]) == [4]byte(raw[:4]) {
						args, _ := e.Inputs.Unpack(raw[4:])
						return fmt.Errorf("%s%v: %w", name, args, err)
					}
				}
			}
		}
	}
	return err
}
