package indexer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer"
	"sharechain/indexer/source"
	"sharechain/indexer/store"
	"sharechain/internal/devnet"
	"sharechain/internal/manifest"
	"sharechain/internal/pg"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// chain is a devnet with the suite deployed and its manifest on disk.
type chain struct {
	node     *testenv.Anvil
	client   *ethclient.Client
	suite    *devnet.Suite
	manifest *manifest.Manifest
}

func newChain(t testing.TB) *chain {
	t.Helper()
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	suite, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		t.Fatalf("devnet.Deploy: %v", err)
	}
	raw, err := suite.ManifestJSON()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "31337.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return &chain{node: node, client: client, suite: suite, manifest: m}
}

func (c *chain) head(t testing.TB) uint64 {
	t.Helper()
	n, err := c.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func newDatabase(t testing.TB) *pgxpool.Pool {
	t.Helper()
	_, pool := newDatabaseURL(t)
	return pool
}

// newDatabaseURL is a migrated fresh database: its URL and a pool on it.
func newDatabaseURL(t testing.TB) (string, *pgxpool.Pool) {
	t.Helper()
	url := testenv.MigratedPostgres(t)
	pool, err := pg.Open(context.Background(), url, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return url, pool
}

// startIndexer runs an indexer against c into pool until the test ends.
func startIndexer(t testing.TB, c *chain, pool *pgxpool.Pool, cfg source.Config, confirmations uint64, opts ...func(*indexer.Config)) {
	t.Helper()
	ix, src := newIndexerFor(t, c, c.manifest, pool, cfg, confirmations, opts...)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("Run() = %v", err)
		}
		src.Close()
	})
}

// newIndexerFor builds (without starting) an indexer of manifest m on c's node; opts
// adjust its configuration.
func newIndexerFor(t testing.TB, c *chain, m *manifest.Manifest, pool *pgxpool.Pool, cfg source.Config, confirmations uint64,
	opts ...func(*indexer.Config)) (*indexer.Indexer, *source.Source) {
	t.Helper()
	cfg.RPCURL = c.node.RPC
	for _, f := range m.Followed() {
		cfg.Addresses = append(cfg.Addresses, f.Address)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	src, err := source.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	icfg := indexer.Config{Confirmations: confirmations}
	for _, o := range opts {
		o(&icfg)
	}
	ix, err := indexer.New(icfg, m, src, store.New(pool, m.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	return ix, src
}

// waitIndexed waits until the cursor reaches block n.
func waitIndexed(t testing.TB, pool *pgxpool.Pool, n uint64) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var indexed int64
		err := pool.QueryRow(context.Background(), `SELECT indexed_block FROM indexer_state`).Scan(&indexed)
		if err == nil && indexed >= int64(n) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("indexed block %d after 3 minutes, want %d (last error: %v)", indexed, n, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestIndexer_Lifecycle indexes the devnet scenario — every event type of the suite —
// and checks the events table against the chain's logs and every projection against
// what the contracts report through their view functions.
func TestIndexer_Lifecycle(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	if _, err := devnet.Play(ctx, c.suite, t.Logf); err != nil {
		t.Fatalf("devnet.Play: %v", err)
	}
	pool := newDatabase(t)
	// a small initial span and target force many backfill ranges; 3 confirmations leave
	// the last blocks to the follow path with headers and undo records.
	startIndexer(t, c, pool, source.Config{InitialRange: 4, TargetLogs: 20}, 3)
	head := c.head(t)
	waitIndexed(t, pool, head)

	checkEvents(t, c, pool, head)
	checkProjections(t, c, pool)
}

// checkEvents compares the events table with eth_getLogs over the suite's addresses.
func checkEvents(t *testing.T, c *chain, pool *pgxpool.Pool, head uint64) {
	t.Helper()
	ctx := context.Background()
	var addrs []common.Address
	for _, f := range c.manifest.Followed() {
		addrs = append(addrs, f.Address)
	}
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.manifest.StartBlock), ToBlock: new(big.Int).SetUint64(head), Addresses: addrs})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := pool.Query(ctx, `SELECT block_number, block_hash, tx_hash, log_index, address, topics, data, name FROM events ORDER BY block_number, log_index`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	i, unnamed := 0, 0
	for rows.Next() {
		var number uint64
		var blockHash, txHash, address, data []byte
		var logIndex uint
		var topics [][]byte
		var name *string
		if err := rows.Scan(&number, &blockHash, &txHash, &logIndex, &address, &topics, &data, &name); err != nil {
			t.Fatal(err)
		}
		if i >= len(logs) {
			t.Fatalf("more events stored than the chain has logs (%d)", len(logs))
		}
		l := logs[i]
		if number != l.BlockNumber || !bytes.Equal(blockHash, l.BlockHash.Bytes()) || !bytes.Equal(txHash, l.TxHash.Bytes()) ||
			logIndex != l.Index || !bytes.Equal(address, l.Address.Bytes()) || !bytes.Equal(data, l.Data) || len(topics) != len(l.Topics) {
			t.Fatalf("event %d = block %d log %d, want block %d log %d (or a field differs)", i, number, logIndex, l.BlockNumber, l.Index)
		}
		if name == nil {
			unnamed++
		}
		i++
	}
	if i != len(logs) {
		t.Fatalf("%d events stored, want %d", i, len(logs))
	}
	if unnamed != 0 {
		t.Errorf("%d suite logs stored undecoded, want 0", unnamed)
	}
	t.Logf("%d events match the chain", i)
}

func call[T any](t *testing.T, c *chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := c.suite.Call(context.Background(), to, data)
	if err != nil {
		t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func addrOf(b []byte) common.Address { return common.BytesToAddress(b) }

func optAddr(b []byte) common.Address {
	if b == nil {
		return common.Address{}
	}
	return common.BytesToAddress(b)
}

// checkProjections compares every projection row with the contracts' views.
func checkProjections(t *testing.T, c *chain, pool *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	b := c.suite.Bindings
	s := c.suite

	total := call(t, c, s.AssetRegistry, b.AssetRegistry.PackTotalAssets(), b.AssetRegistry.UnpackTotalAssets)
	// a revoked registration is burnt: the registry keeps no asset code for it, and the
	// projection no row.
	var live []int64
	for id := int64(1); id <= total.Int64(); id++ {
		if a := call(t, c, s.AssetRegistry, b.AssetRegistry.PackAssetOf(big.NewInt(id)), b.AssetRegistry.UnpackAssetOf); a.AssetCode != [32]byte{} {
			live = append(live, id)
		}
	}
	var assets int64
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM assets`).Scan(&assets); err != nil {
		t.Fatal(err)
	}
	if assets != int64(len(live)) || assets == 0 {
		t.Fatalf("%d assets projected, the registry has %d (of %s registered)", assets, len(live), total)
	}
	for _, id := range live {
		tok := big.NewInt(id)
		var owner, code, content []byte
		var verifiedBy, device, user []byte
		var verified bool
		var validUntil, userExpires *int64
		var listingID *string
		err := pool.QueryRow(ctx, `SELECT owner, asset_code, content_hash, verified, verified_by, valid_until, device, user_address, user_expires, listing_id::text
			FROM assets WHERE token_id = $1`, id).Scan(&owner, &code, &content, &verified, &verifiedBy, &validUntil, &device, &user, &userExpires, &listingID)
		if err != nil {
			t.Fatalf("asset %d: %v", id, err)
		}
		want := call(t, c, s.AssetRegistry, b.AssetRegistry.PackAssetOf(tok), b.AssetRegistry.UnpackAssetOf)
		wantOwner := call(t, c, s.AssetRegistry, b.AssetRegistry.PackOwnerOf(tok), b.AssetRegistry.UnpackOwnerOf)
		wantListing := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackOpenListingOf(tok), b.PledgeEscrow.UnpackOpenListingOf)
		got := fmt.Sprintf("owner %s code %x content %x verified %v by %s until %v device %s user %s expires %v listing %v",
			addrOf(owner), code, content, verified, optAddr(verifiedBy), deref(validUntil), optAddr(device), optAddr(user), zeroIfNil(userExpires), derefS(listingID))
		wantS := fmt.Sprintf("owner %s code %x content %x verified %v by %s until %v device %s user %s expires %v listing %v",
			wantOwner, want.AssetCode, want.ContentHash, want.Verified, want.Verifier, int64(want.ValidUntil), want.Device, want.User, int64(want.UserExpires), zeroAsEmpty(wantListing))
		if got != wantS {
			t.Errorf("asset %d:\n got %s\nwant %s", id, got, wantS)
		}
	}

	listings := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackListingCount(), b.PledgeEscrow.UnpackListingCount)
	states := []string{"", "locked", "released", "slashed", "returned"}
	pledged := map[common.Address]*big.Int{}
	for id := int64(1); id <= listings.Int64(); id++ {
		want := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackGetListing(big.NewInt(id)), b.PledgeEscrow.UnpackGetListing)
		var provider []byte
		var status, pledgeState, price, deposit, amount string
		var minD, maxD int64
		err := pool.QueryRow(ctx, `SELECT provider, status, pledge_state, price_per_hour::text, deposit::text, pledge_amount::text, min_duration, max_duration FROM listings WHERE id = $1`, id).
			Scan(&provider, &status, &pledgeState, &price, &deposit, &amount, &minD, &maxD)
		if err != nil {
			t.Fatalf("listing %d: %v", id, err)
		}
		wantStatus := []string{"", "active", "closed", "delisted"}[want.Status]
		got := fmt.Sprintf("%s %s %s %s %s %s %d %d", addrOf(provider), status, pledgeState, price, deposit, amount, minD, maxD)
		wantS := fmt.Sprintf("%s %s %s %s %s %s %d %d", want.Provider, wantStatus, states[want.PledgeState], want.Terms.PricePerHour,
			want.Terms.Deposit, want.Pledge, want.Terms.MinDuration, want.Terms.MaxDuration)
		if got != wantS {
			t.Errorf("listing %d:\n got %s\nwant %s", id, got, wantS)
		}
		if want.PledgeState == 1 {
			if pledged[want.Provider] == nil {
				pledged[want.Provider] = new(big.Int)
			}
			pledged[want.Provider].Add(pledged[want.Provider], want.Pledge)
		}
	}

	rentals := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackRentalCount(), b.PledgeEscrow.UnpackRentalCount)
	statuses := []string{"", "booked", "active", "returned", "disputed", "settled", "defaulted", "resolved", "cancelled", "no_show"}
	active := map[common.Address]int64{}
	for id := int64(1); id <= rentals.Int64(); id++ {
		want := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackGetRental(big.NewInt(id)), b.PledgeEscrow.UnpackGetRental)
		var renter, provider, payee []byte
		var status, rent, deposit string
		var confirmed, checkedIn bool
		var start, end int64
		var returned, inspection *int64
		var dispute *string
		err := pool.QueryRow(ctx, `SELECT renter, provider, payee, status, confirmed, checked_in, start_time, end_time, returned_at, inspection_end,
			rent::text, deposit::text, dispute_id::text FROM rentals WHERE id = $1`, id).
			Scan(&renter, &provider, &payee, &status, &confirmed, &checkedIn, &start, &end, &returned, &inspection, &rent, &deposit, &dispute)
		if err != nil {
			t.Fatalf("rental %d: %v", id, err)
		}
		got := fmt.Sprintf("%s %s %s %s %v %v %d %d %v %v %s %s %s", addrOf(renter), addrOf(provider), addrOf(payee), status, confirmed,
			checkedIn, start, end, zeroIfNil(returned), zeroIfNil(inspection), rent, deposit, derefS(dispute))
		wantS := fmt.Sprintf("%s %s %s %s %v %v %d %d %v %v %s %s %s", want.Renter, want.Provider, want.Payee, statuses[want.Status],
			want.Confirmed, want.CheckedIn, want.Start, want.End, int64(want.ReturnedAt), int64(want.InspectionEnd), want.Rent, want.Deposit,
			zeroAsEmpty(want.DisputeId))
		if got != wantS {
			t.Errorf("rental %d:\n got %s\nwant %s", id, got, wantS)
		}
		var reports int64
		var hasReports bool
		if err := pool.QueryRow(ctx, `SELECT count(*), (SELECT has_reports FROM rentals WHERE id = $1) FROM usage_reports WHERE rental_id = $1`, id).
			Scan(&reports, &hasReports); err != nil {
			t.Fatal(err)
		}
		if reports == 0 && want.LastNonce != 0 {
			t.Errorf("rental %d has reports up to nonce %d on chain, none projected", id, want.LastNonce)
		}
		if hasReports != (want.LastNonce != 0) {
			t.Errorf("rental %d: has_reports %v, but its last nonce on chain is %d", id, hasReports, want.LastNonce)
		}
		if want.Status == 1 || want.Status == 2 || want.Status == 4 { // booked, active, disputed: what the tier limit counts
			active[want.Renter]++
		}
	}

	accounts, err := pool.Query(ctx, `SELECT address, score, blacklisted, shr_balance::text, pledged::text, tier_rentals FROM accounts`)
	if err != nil {
		t.Fatal(err)
	}
	defer accounts.Close()
	n := 0
	for accounts.Next() {
		var raw []byte
		var score int
		var black bool
		var shr, pl string
		var act int64
		if err := accounts.Scan(&raw, &score, &black, &shr, &pl, &act); err != nil {
			t.Fatal(err)
		}
		a := addrOf(raw)
		wantScore := call(t, c, s.CreditRegistry, b.CreditRegistry.PackScoreOf(a), b.CreditRegistry.UnpackScoreOf)
		wantBlack := call(t, c, s.CreditRegistry, b.CreditRegistry.PackIsBlacklisted(a), b.CreditRegistry.UnpackIsBlacklisted)
		wantSHR := call(t, c, s.RewardToken, b.RewardToken.PackBalanceOf(a), b.RewardToken.UnpackBalanceOf)
		wantActive := call(t, c, s.PledgeEscrow, b.PledgeEscrow.PackTierRentalCount(a), b.PledgeEscrow.UnpackTierRentalCount)
		wantPledged := pledged[a]
		if wantPledged == nil {
			wantPledged = new(big.Int)
		}
		got := fmt.Sprintf("score %d blacklisted %v shr %s pledged %s tier rentals %d", score, black, shr, pl, act)
		wantS := fmt.Sprintf("score %d blacklisted %v shr %s pledged %s tier rentals %d", wantScore, wantBlack, wantSHR, wantPledged, wantActive.Int64())
		if got != wantS {
			t.Errorf("account %s:\n got %s\nwant %s", a, got, wantS)
		}
		n++
	}
	// providers, renters, the newcomer with a baseline and the deployer holding SHR
	if n < 7 {
		t.Errorf("%d accounts projected, want at least the scenario's 7 scored or SHR-holding actors", n)
	}

	disputes := call(t, c, s.Arbitration, b.Arbitration.PackDisputeCount(), b.Arbitration.UnpackDisputeCount)
	for id := int64(1); id <= disputes.Int64(); id++ {
		want := call(t, c, s.Arbitration, b.Arbitration.PackGetDispute(big.NewInt(id)), b.Arbitration.UnpackGetDispute)
		votes := call(t, c, s.Arbitration, b.Arbitration.PackVotesOf(big.NewInt(id)), b.Arbitration.UnpackVotesOf)
		var status string
		var ruling *int64
		var nVotes int
		err := pool.QueryRow(ctx, `SELECT status, ruling_bps, (SELECT count(*) FROM dispute_votes v WHERE v.dispute_id = d.id) FROM disputes d WHERE id = $1`, id).Scan(&status, &ruling, &nVotes)
		if err != nil {
			t.Fatalf("dispute %d: %v", id, err)
		}
		wantStatus := map[bool]string{true: "resolved", false: "open"}[want.Executed]
		got := fmt.Sprintf("%s %v %d", status, deref(ruling), nVotes)
		wantRuling := any(nil)
		if want.Executed {
			wantRuling = int64(want.Ruling)
		}
		wantS := fmt.Sprintf("%s %v %d", wantStatus, wantRuling, len(votes))
		if got != wantS {
			t.Errorf("dispute %d:\n got %s\nwant %s", id, got, wantS)
		}
	}
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func zeroIfNil(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func derefS(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func zeroAsEmpty(x *big.Int) string {
	if x == nil || x.Sign() == 0 {
		return ""
	}
	return x.String()
}

// TestIndexer_DefersBeforeTheBatchThatDecides: the read indexes are dropped before the
// batch whose logs decide it is written, not after it — so with a threshold of one log
// the backfill's very first events go into a table without them — and every index is
// back once the backfill ends.
func TestIndexer_DefersBeforeTheBatchThatDecides(t *testing.T) {
	c := newChain(t)
	manyEvents(t, c, 200)
	head := c.head(t)
	pool := newDatabase(t)
	drops := &dropLog{}
	startIndexer(t, c, pool, source.Config{}, 0, func(cfg *indexer.Config) {
		cfg.DeferIndexesMin = 1
		cfg.Logger = slog.New(drops)
	})
	waitIndexed(t, pool, head)
	for deadline := time.Now().Add(time.Minute); deferredIndexes(t, pool) > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the read indexes were not built again after the backfill")
		}
	}
	rows := drops.rows()
	if len(rows) != 1 || rows[0] != 0 {
		t.Fatalf("dropped the read indexes with %v events stored; want once, with none", rows)
	}
	var events int64
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM events`).Scan(&events); err != nil || events < 400 {
		t.Fatalf("%d events indexed (%v); want the 400 logs of 200 registrations at least", events, err)
	}
}

// dropLog is a slog.Handler keeping the rows attribute of each "dropped the read
// indexes" record.
type dropLog struct {
	mu   sync.Mutex
	seen []int64
}

func (d *dropLog) Enabled(context.Context, slog.Level) bool { return true }
func (d *dropLog) WithAttrs([]slog.Attr) slog.Handler       { return d }
func (d *dropLog) WithGroup(string) slog.Handler            { return d }
func (d *dropLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message != "dropped the read indexes until the backfill ends" {
		return nil
	}
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "rows" {
			d.mu.Lock()
			d.seen = append(d.seen, a.Value.Int64())
			d.mu.Unlock()
		}
		return true
	})
	return nil
}

func (d *dropLog) rows() []int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.seen)
}
