package store_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"sharechain/indexer/store"
	"sharechain/internal/decode"
	"sharechain/internal/pg"
	"sharechain/internal/projection"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

const chainID = 31337

var (
	provider = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	renter   = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	verifier = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
)

func newStore(t *testing.T) (*store.Store, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	pool, err := pg.Open(ctx, testenv.MigratedPostgres(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	s := store.New(pool, chainID)
	if _, err := s.Init(ctx, 1); err != nil {
		t.Fatal(err)
	}
	return s, pool
}

func u(x int64) *big.Int { return big.NewInt(x) }

// logger builds logs of a block with consecutive log indexes.
type logger struct {
	block uint64
	index uint
}

func (g *logger) log(contract, name string, args ...decode.Arg) store.Log {
	l := store.Log{
		Log: types.Log{
			Address:        common.BytesToAddress([]byte(contract)),
			Topics:         []common.Hash{common.BytesToHash([]byte(name))},
			Data:           []byte{},
			BlockNumber:    g.block,
			BlockHash:      common.BigToHash(new(big.Int).SetUint64(g.block)),
			BlockTimestamp: 1_750_000_000 + g.block*12,
			TxHash:         common.BigToHash(big.NewInt(int64(g.block*1000 + uint64(g.index)))),
			Index:          g.index,
		},
		Event: decode.Event{Contract: contract, Name: name, Args: args},
	}
	g.index++
	return l
}

func arg(name string, v any) decode.Arg { return decode.Arg{Name: name, Value: v} }

func batch(from, to, finalized uint64, logs ...store.Log) *store.Batch {
	b := &store.Batch{From: from, To: to, ToHash: common.BigToHash(new(big.Int).SetUint64(to)), Logs: logs, Finalized: finalized}
	if to > finalized {
		for n := from; n <= to; n++ {
			b.Headers = append(b.Headers, store.Header{Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n)),
				ParentHash: common.BigToHash(new(big.Int).SetUint64(n - 1)), Time: 1_750_000_000 + n*12})
		}
	}
	return b
}

// story is a rental lifecycle in three batches: blocks 1–10 (finalized), 11–12 and 13–15.
func story() []*store.Batch {
	g := &logger{block: 5}
	b1 := batch(1, 10, 10,
		g.log("CreditRegistry", "TierSet", arg("tier", u(2)), arg("minScore", u(600)), arg("maxActiveRentals", u(3)), arg("depositBps", u(10000)), arg("pledgeBps", u(10000))),
		g.log("RewardToken", "Transfer", arg("from", common.Address{}), arg("to", provider), arg("value", u(1000))),
		g.log("AssetRegistry", "Transfer", arg("from", common.Address{}), arg("to", provider), arg("tokenId", u(1))),
		g.log("AssetRegistry", "AssetRegistered", arg("tokenId", u(1)), arg("owner", provider), arg("assetCode", [32]byte{1}), arg("contentHash", [32]byte{2}), arg("uri", "ipfs://bike")),
		g.log("AssetRegistry", "AssetVerified", arg("tokenId", u(1)), arg("verifier", verifier), arg("validUntil", u(2_000_000_000))),
	)
	g = &logger{block: 11}
	b2 := batch(11, 12, 10,
		g.log("PledgeEscrow", "Listed", arg("listingId", u(1)), arg("tokenId", u(1)), arg("provider", provider), arg("paymentToken", common.Address{9}),
			arg("pricePerHour", u(10)), arg("deposit", u(100)), arg("minDuration", u(3600)), arg("maxDuration", u(86400)), arg("pricePerUnit", u(1))),
		g.log("PledgeEscrow", "PledgeLocked", arg("listingId", u(1)), arg("provider", provider), arg("amount", u(100))),
		g.log("RewardToken", "Transfer", arg("from", provider), arg("to", common.Address{7}), arg("value", u(100))),
		g.log("PledgeEscrow", "Rented", arg("rentalId", u(1)), arg("listingId", u(1)), arg("renter", renter), arg("tokenId", u(1)),
			arg("start", u(100)), arg("end", u(7300)), arg("rent", u(20)), arg("deposit", u(100))),
		g.log("PledgeEscrow", "CheckedIn", arg("rentalId", u(1)), arg("renter", renter)),
		g.log("AssetRegistry", "LockSet", arg("tokenId", u(1)), arg("locked", true)),
		g.log("AssetRegistry", "UpdateUser", arg("tokenId", u(1)), arg("user", renter), arg("expires", u(7300))),
	)
	g = &logger{block: 13}
	b3 := batch(13, 15, 10,
		g.log("PledgeEscrow", "AssetConfirmed", arg("rentalId", u(1)), arg("renter", renter)),
		g.log("PledgeEscrow", "PledgeReleased", arg("listingId", u(1)), arg("provider", provider), arg("amount", u(100))),
		g.log("CreditRegistry", "ScoreChanged", arg("account", provider), arg("oldScore", u(600)), arg("newScore", u(605)), arg("outcome", u(6))),
		g.log("PledgeEscrow", "UsageReported", arg("rentalId", u(1)), arg("device", common.Address{5}), arg("nonce", u(1)), arg("units", u(7)), arg("damageBps", u(0))),
		g.log("PledgeEscrow", "Returned", arg("rentalId", u(1)), arg("by", renter), arg("returnedAt", u(7000)), arg("rentCharged", u(20)),
			arg("rentRefund", u(0)), arg("platformFee", u(0)), arg("inspectionEnd", u(14200))),
		g.log("PledgeEscrow", "RentalSettled", arg("rentalId", u(1)), arg("renter", renter), arg("provider", provider), arg("rentCharged", u(20)),
			arg("usageFee", u(7)), arg("damage", u(0)), arg("lateFee", u(0)), arg("platformFee", u(0)), arg("refund", u(93))),
		g.log("AssetRegistry", "UpdateUser", arg("tokenId", u(1)), arg("user", common.Address{}), arg("expires", u(0))),
		g.log("AssetRegistry", "LockSet", arg("tokenId", u(1)), arg("locked", false)),
		g.log("PledgeEscrow", "RewardPaid", arg("rentalId", u(1)), arg("account", renter), arg("amount", u(10))),
	)
	return []*store.Batch{b1, b2, b3}
}

// dump returns every projection table and the event count as comparable JSON.
func dump(t *testing.T, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, q := range []struct{ name, sql string }{
		{"assets", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY token_id), '[]') FROM assets t`},
		{"listings", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY id), '[]') FROM listings t`},
		{"rentals", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY id), '[]') FROM rentals t`},
		{"usage_reports", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY rental_id, nonce), '[]') FROM usage_reports t`},
		{"accounts", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY address), '[]') FROM accounts t`},
		{"tiers", `SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY tier), '[]') FROM tiers t`},
		{"events", `SELECT count(*)::text FROM events`},
		{"cursor", `SELECT indexed_block::text FROM indexer_state`},
	} {
		var s string
		if err := pool.QueryRow(context.Background(), q.sql).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q.name, err)
		}
		out[q.name] = s
	}
	return out
}

func TestApply_Story(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	for _, b := range story() {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatalf("Apply(%d..%d) = %v", b.From, b.To, err)
		}
	}
	var status string
	var confirmed bool
	var refund string
	if err := pool.QueryRow(ctx, `SELECT status, confirmed, refund::text FROM rentals WHERE id = 1`).Scan(&status, &confirmed, &refund); err != nil {
		t.Fatal(err)
	}
	if status != "settled" || !confirmed || refund != "93" {
		t.Errorf("rental 1 = (%s, %v, %s), want (settled, true, 93)", status, confirmed, refund)
	}
	var score, active int
	var shr, rewards, pledged string
	if err := pool.QueryRow(ctx, `SELECT score, active_rentals, shr_balance::text, rewards_earned::text, pledged::text FROM accounts WHERE address = $1`, provider.Bytes()).
		Scan(&score, &active, &shr, &rewards, &pledged); err != nil {
		t.Fatal(err)
	}
	if score != 605 || shr != "900" || pledged != "0" {
		t.Errorf("provider account = (score %d, shr %s, pledged %s), want (605, 900, 0)", score, shr, pledged)
	}
	if err := pool.QueryRow(ctx, `SELECT active_rentals, rewards_earned::text FROM accounts WHERE address = $1`, renter.Bytes()).Scan(&active, &rewards); err != nil {
		t.Fatal(err)
	}
	if active != 0 || rewards != "10" {
		t.Errorf("renter account = (active %d, rewards %s), want (0, 10)", active, rewards)
	}
	var user []byte
	var listingID *string
	if err := pool.QueryRow(ctx, `SELECT user_address, listing_id::text FROM assets WHERE token_id = 1`).Scan(&user, &listingID); err != nil {
		t.Fatal(err)
	}
	if user != nil || listingID == nil || *listingID != "1" {
		t.Errorf("asset 1 user = %x, listing = %v; want no user and listing 1", user, listingID)
	}
	var pledgeState string
	if err := pool.QueryRow(ctx, `SELECT pledge_state FROM listings WHERE id = 1`).Scan(&pledgeState); err != nil {
		t.Fatal(err)
	}
	if pledgeState != "released" {
		t.Errorf("pledge state = %s, want released", pledgeState)
	}
	var events int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE name IS NOT NULL AND args IS NOT NULL`).Scan(&events); err != nil {
		t.Fatal(err)
	}
	if events != 21 {
		t.Errorf("%d decoded events stored, want 21", events)
	}
	var checkedIn, locked bool
	var returnedAt, inspectionEnd int64
	if err := pool.QueryRow(ctx, `SELECT r.checked_in, r.returned_at, r.inspection_end, a.locked FROM rentals r JOIN assets a ON a.token_id = r.token_id
		WHERE r.id = 1`).Scan(&checkedIn, &returnedAt, &inspectionEnd, &locked); err != nil {
		t.Fatal(err)
	}
	if !checkedIn || returnedAt != 7000 || inspectionEnd != 14200 || locked {
		t.Errorf("rental 1 checked in %v, returned at %d, inspection end %d, asset locked %v; want true, 7000, 14200, false",
			checkedIn, returnedAt, inspectionEnd, locked)
	}
}

func TestApply_NotContiguous(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	b := story()[1] // starts at 11, the cursor is at 0
	if err := s.Apply(ctx, b); !errors.Is(err, store.ErrNotContiguous) {
		t.Fatalf("Apply(11..12) on a fresh cursor = %v, want ErrNotContiguous", err)
	}
}

// TestRollback_RestoresEarlierState applies the story, rolls back to the end of each
// batch, and checks that the database equals the state it had right after that batch.
func TestRollback_RestoresEarlierState(t *testing.T) {
	ctx := context.Background()
	batches := story()
	s, pool := newStore(t)
	var after []map[string]string
	for _, b := range batches {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
		after = append(after, dump(t, pool))
	}
	for i := len(batches) - 2; i >= 0; i-- {
		landed, err := s.Rollback(ctx, batches[i].To)
		if err != nil {
			t.Fatalf("Rollback(%d) = %v", batches[i].To, err)
		}
		if landed != batches[i].To {
			t.Fatalf("Rollback(%d) landed at %d", batches[i].To, landed)
		}
		got := dump(t, pool)
		for table, want := range after[i] {
			if got[table] != want {
				t.Errorf("after Rollback(%d), %s = %s\nwant %s", batches[i].To, table, got[table], want)
			}
		}
		if i == 0 {
			break
		}
	}
	// and forward again to the same end state
	for _, b := range batches[1:] {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatalf("re-Apply(%d..%d) = %v", b.From, b.To, err)
		}
	}
	got := dump(t, pool)
	for table, want := range after[len(after)-1] {
		if got[table] != want {
			t.Errorf("after re-applying, %s = %s\nwant %s", table, got[table], want)
		}
	}
}

// TestRollback_StraddlingBatch rolls back into the middle of a batch: the whole batch is
// unwound and Rollback reports the block it landed on.
func TestRollback_StraddlingBatch(t *testing.T) {
	ctx := context.Background()
	batches := story()
	s, pool := newStore(t)
	var afterFirst map[string]string
	for i, b := range batches {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
		if i == 1 {
			afterFirst = dump(t, pool)
		}
	}
	landed, err := s.Rollback(ctx, 14) // inside 13..15
	if err != nil {
		t.Fatal(err)
	}
	if landed != 12 {
		t.Fatalf("Rollback(14) landed at %d, want 12", landed)
	}
	got := dump(t, pool)
	for table, want := range afterFirst {
		if got[table] != want {
			t.Errorf("%s = %s\nwant %s", table, got[table], want)
		}
	}
	var undo int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM undo_log WHERE batch_from > 12`).Scan(&undo); err != nil {
		t.Fatal(err)
	}
	if undo != 0 {
		t.Errorf("%d undo records left past the landing block, want 0", undo)
	}
}

func TestApply_FinalizedBatchesKeepNoUndo(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	for _, b := range story() {
		b.Finalized = 100
		b.Headers = nil
		if err := s.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	var undo, blocks int
	if err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM undo_log), (SELECT count(*) FROM blocks)`).Scan(&undo, &blocks); err != nil {
		t.Fatal(err)
	}
	if undo != 0 || blocks != 0 {
		t.Errorf("finalized batches left %d undo records and %d headers, want 0 and 0", undo, blocks)
	}
	st, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.IndexedBlock != 15 || st.IndexedHash == nil {
		t.Errorf("State() = %+v, want indexed block 15 with a hash", st)
	}
}

// TestApply_Uint64Extremes: type(uint64).max is a natural "forever" for a verification
// or a listing's longest duration; it must not stall the indexer on a BIGINT overflow,
// neither through COPY (new rows) nor through the update and undo path.
func TestApply_Uint64Extremes(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	maxU64 := new(big.Int).SetUint64(^uint64(0))
	g := &logger{block: 1}
	first := batch(1, 1, 0,
		g.log("AssetRegistry", "AssetRegistered", arg("tokenId", u(1)), arg("owner", provider), arg("assetCode", [32]byte{1}), arg("contentHash", [32]byte{2}), arg("uri", "x")),
		g.log("AssetRegistry", "AssetVerified", arg("tokenId", u(1)), arg("verifier", verifier), arg("validUntil", maxU64)),
		g.log("PledgeEscrow", "Listed", arg("listingId", u(1)), arg("tokenId", u(1)), arg("provider", provider), arg("paymentToken", common.Address{9}),
			arg("pricePerHour", u(10)), arg("deposit", u(100)), arg("minDuration", u(0)), arg("maxDuration", maxU64), arg("pricePerUnit", u(1))),
		g.log("PledgeEscrow", "UsageReported", arg("rentalId", u(1)), arg("device", common.Address{5}), arg("nonce", maxU64), arg("units", u(7)), arg("damageBps", u(0))),
	)
	g = &logger{block: 2}
	second := batch(2, 2, 0,
		g.log("AssetRegistry", "AssetVerified", arg("tokenId", u(1)), arg("verifier", verifier), arg("validUntil", new(big.Int).Sub(maxU64, u(1)))),
		g.log("PledgeEscrow", "ListingUpdated", arg("listingId", u(1)), arg("pricePerHour", u(11)), arg("deposit", u(100)), arg("minDuration", maxU64), arg("maxDuration", maxU64), arg("pricePerUnit", u(1))),
	)
	for _, b := range []*store.Batch{first, second} {
		if err := s.Apply(ctx, b); err != nil {
			t.Fatalf("Apply(%d) = %v", b.From, err)
		}
	}
	var validUntil, minD, maxD, nonce string
	if err := pool.QueryRow(ctx, `SELECT a.valid_until::text, l.min_duration::text, l.max_duration::text, (SELECT nonce::text FROM usage_reports)
		FROM assets a, listings l`).Scan(&validUntil, &minD, &maxD, &nonce); err != nil {
		t.Fatal(err)
	}
	if validUntil != "18446744073709551614" || minD != "18446744073709551615" || maxD != "18446744073709551615" || nonce != "18446744073709551615" {
		t.Errorf("stored (%s, %s, %s, %s), want the uint64 extremes exactly", validUntil, minD, maxD, nonce)
	}
	if _, err := s.Rollback(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := pool.QueryRow(ctx, `SELECT a.valid_until::text, l.min_duration::text FROM assets a, listings l`).Scan(&validUntil, &minD); err != nil {
		t.Fatal(err)
	}
	if validUntil != "18446744073709551615" || minD != "0" {
		t.Errorf("after Rollback(1): valid_until %s, min_duration %s; want 18446744073709551615 and 0", validUntil, minD)
	}
}

// TestApply_HostileStrings: a uri with NUL or invalid UTF-8 — PostgreSQL text refuses
// both — is stored with U+FFFD in their place instead of failing the batch forever.
func TestApply_HostileStrings(t *testing.T) {
	ctx := context.Background()
	s, pool := newStore(t)
	g := &logger{block: 1}
	b := batch(1, 1, 1,
		g.log("AssetRegistry", "AssetRegistered", arg("tokenId", u(1)), arg("owner", provider), arg("assetCode", [32]byte{1}), arg("contentHash", [32]byte{2}), arg("uri", "ipfs://a\x00b\xffc")),
		g.log("Arbitration", "Evidence", arg("arbitrator", verifier), arg("evidenceGroupID", u(1)), arg("party", renter), arg("evidence", "\xc3")),
	)
	if err := s.Apply(ctx, b); err != nil {
		t.Fatalf("Apply() = %v", err)
	}
	var uri, evidence string
	if err := pool.QueryRow(ctx, `SELECT (SELECT uri FROM assets), (SELECT uri FROM dispute_evidence)`).Scan(&uri, &evidence); err != nil {
		t.Fatal(err)
	}
	if uri != "ipfs://a\uFFFDb\uFFFDc" || evidence != "\uFFFD" {
		t.Errorf("stored %q and %q, want U+FFFD for each bad byte", uri, evidence)
	}
}

// TestApply_EventColumns reads back every column of the events that Apply writes with
// its hand-made binary COPY stream: a decoded event (JSON args with non-ASCII text, refs,
// several topics, data) and an undecodable log (no topics, nil data, NULL name and args),
// prepared ahead and not.
func TestApply_EventColumns(t *testing.T) {
	for name, prepare := range map[string]bool{"prepared": true, "unprepared": false} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s, pool := newStore(t)
			g := &logger{block: 3}
			decoded := g.log("AssetRegistry", "AssetRegistered", arg("tokenId", u(42)), arg("owner", provider),
				arg("assetCode", [32]byte{1}), arg("contentHash", [32]byte{2}), arg("uri", "ipfs://vélo \"7\""))
			decoded.Topics = append(decoded.Topics, common.Hash{0xaa}, common.Hash{0xbb})
			decoded.Data = []byte{1, 2, 3}
			decoded.TxIndex = 7
			raw := g.log("", "")
			raw.Topics, raw.Data = nil, nil
			b := batch(1, 3, 3, decoded, raw)
			if prepare {
				s.Prepare(b)
			}
			if err := s.Apply(ctx, b); err != nil {
				t.Fatalf("Apply() = %v", err)
			}
			type row struct {
				ChainID, Block, Time       int64
				BlockHash, TxHash, Address []byte
				TxIndex, LogIndex          int32
				Contract                   string
				Name, Args                 *string
				Refs                       []string
				Topics                     [][]byte
				Data                       []byte
			}
			rows, err := pool.Query(ctx, `SELECT chain_id, block_number, block_time, block_hash, tx_hash, address, tx_index, log_index,
				contract, name, args::text, refs, topics, data FROM events ORDER BY log_index`)
			if err != nil {
				t.Fatal(err)
			}
			var got []row
			for rows.Next() {
				var r row
				if err := rows.Scan(&r.ChainID, &r.Block, &r.Time, &r.BlockHash, &r.TxHash, &r.Address, &r.TxIndex, &r.LogIndex,
					&r.Contract, &r.Name, &r.Args, &r.Refs, &r.Topics, &r.Data); err != nil {
					t.Fatal(err)
				}
				got = append(got, r)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 {
				t.Fatalf("%d events stored, want 2", len(got))
			}
			for i, l := range []store.Log{decoded, raw} {
				r := got[i]
				var topics [][]byte
				for _, tp := range l.Topics {
					topics = append(topics, tp.Bytes())
				}
				if r.ChainID != chainID || r.Block != int64(l.BlockNumber) || r.Time != int64(l.BlockTimestamp) ||
					!bytes.Equal(r.BlockHash, l.BlockHash.Bytes()) || !bytes.Equal(r.TxHash, l.TxHash.Bytes()) ||
					!bytes.Equal(r.Address, l.Address.Bytes()) || r.TxIndex != int32(l.TxIndex) || r.LogIndex != int32(l.Index) ||
					r.Contract != l.Event.Contract || !bytes.Equal(r.Data, append([]byte{}, l.Data...)) || len(r.Topics) != len(topics) {
					t.Errorf("event %d = %+v, want the fields of %+v", i, r, l.Log)
				}
				for j := range topics {
					if !bytes.Equal(r.Topics[j], topics[j]) {
						t.Errorf("event %d topic %d = %x, want %x", i, j, r.Topics[j], topics[j])
					}
				}
			}
			wantArgs := string(decoded.Event.AppendArgsJSON(nil))
			if a := got[0].Args; a == nil || *a != wantArgs || got[0].Name == nil || *got[0].Name != "AssetRegistered" {
				t.Errorf("decoded event name, args = %v, %v, want AssetRegistered, %s", got[0].Name, got[0].Args, wantArgs)
			}
			if want := decoded.Event.AppendRefs(nil); !slices.Equal(got[0].Refs, want) {
				t.Errorf("decoded event refs = %q, want %q", got[0].Refs, want)
			}
			if got[1].Name != nil || got[1].Args != nil || len(got[1].Refs) != 0 {
				t.Errorf("undecoded log name, args, refs = %v, %v, %q, want NULL, NULL, {}", got[1].Name, got[1].Args, got[1].Refs)
			}
		})
	}
}

// TestApply_TwoChains writes two deployments into one database: the same ids live side by
// side under their chain ids, and a rollback of one chain leaves the other's rows and
// undo records alone.
func TestApply_TwoChains(t *testing.T) {
	ctx := context.Background()
	a, pool := newStore(t)
	b := store.New(pool, 10)
	if _, err := b.Init(ctx, 1); err != nil {
		t.Fatal(err)
	}
	for _, batch := range story() {
		if err := a.Apply(ctx, batch); err != nil {
			t.Fatalf("chain %d: Apply(%d..%d) = %v", chainID, batch.From, batch.To, err)
		}
	}
	for _, batch := range story()[:2] {
		if err := b.Apply(ctx, batch); err != nil {
			t.Fatalf("chain 10: Apply(%d..%d) = %v", batch.From, batch.To, err)
		}
	}
	status := func(chain int64) string {
		var s string
		if err := pool.QueryRow(ctx, `SELECT coalesce((SELECT status FROM rentals WHERE chain_id = $1 AND id = 1), 'none')`, chain).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := status(chainID) + "/" + status(10); got != "settled/active" {
		t.Fatalf("rental 1 of chains %d/10 = %s, want settled/active", chainID, got)
	}
	var undoA int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM undo_log WHERE chain_id = $1`, chainID).Scan(&undoA); err != nil {
		t.Fatal(err)
	}
	if undoA == 0 {
		t.Fatalf("chain %d kept no undo records for its unfinalized batches", chainID)
	}
	if _, err := b.Rollback(ctx, 10); err != nil {
		t.Fatalf("chain 10: Rollback(10) = %v", err)
	}
	if got := status(chainID) + "/" + status(10); got != "settled/none" {
		t.Errorf("after chain 10's rollback, rental 1 of chains %d/10 = %s, want settled/none", chainID, got)
	}
	var left, other int
	if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE chain_id = $1), count(*) FILTER (WHERE chain_id = 10) FROM undo_log`, chainID).
		Scan(&left, &other); err != nil {
		t.Fatal(err)
	}
	if left != undoA || other != 0 {
		t.Errorf("undo records after chain 10's rollback: chain %d %d (want %d), chain 10 %d (want 0)", chainID, left, undoA, other)
	}
	// the readers' view sees its own chain only
	at := projection.At{MaxBlock: projection.Latest}
	if r, err := projection.NewView(pool, chainID).Rental(ctx, at, "1"); err != nil || r.Status != "settled" {
		t.Errorf("View(chain %d).Rental(1) = %+v, %v; want the settled rental", chainID, r, err)
	}
	if _, err := projection.NewView(pool, 10).Rental(ctx, at, "1"); !errors.Is(err, projection.ErrNotFound) {
		t.Errorf("View(chain 10).Rental(1) error = %v, want ErrNotFound", err)
	}
	var assets int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM assets WHERE token_id = 1`).Scan(&assets); err != nil {
		t.Fatal(err)
	}
	if assets != 2 {
		t.Errorf("%d rows of asset 1, want 2: one per chain (its batch 1..10 is final on both)", assets)
	}
}

// TestStatus: the indexer's state moves between backfilling, following and stopped,
// a running state clears a stop's error, and diverged stays until the row is rebuilt.
func TestStatus(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	block := uint64(41)
	steps := []struct {
		name  string
		write func() error
		want  store.Status
	}{
		{"a new cursor", func() error { return nil }, store.Status{State: store.Stopped}},
		{"backfilling", func() error { return s.SetHead(ctx, 100, 88, store.Backfilling) }, store.Status{State: store.Backfilling}},
		{"stopped by a fatal error", func() error { return s.SetStatus(ctx, store.Status{State: store.Stopped, Error: "wrong chain"}) },
			store.Status{State: store.Stopped, Error: "wrong chain"}},
		{"following clears the error", func() error { return s.SetHead(ctx, 100, 88, store.Following) }, store.Status{State: store.Following}},
		{"diverged", func() error {
			return s.SetStatus(ctx, store.Status{State: store.Diverged, DivergedBlock: &block, Error: "reorg deeper than the finality depth"})
		}, store.Status{State: store.Diverged, DivergedBlock: &block, Error: "reorg deeper than the finality depth"}},
		{"a stop leaves diverged", func() error { return s.SetStatus(ctx, store.Status{State: store.Stopped}) },
			store.Status{State: store.Diverged, DivergedBlock: &block, Error: "reorg deeper than the finality depth"}},
		{"a head leaves diverged", func() error { return s.SetHead(ctx, 120, 108, store.Following) },
			store.Status{State: store.Diverged, DivergedBlock: &block, Error: "reorg deeper than the finality depth"}},
	}
	for _, step := range steps {
		if err := step.write(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		st, err := s.State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := st.Status
		if got.State != step.want.State || got.Error != step.want.Error ||
			(got.DivergedBlock == nil) != (step.want.DivergedBlock == nil) ||
			(got.DivergedBlock != nil && *got.DivergedBlock != *step.want.DivergedBlock) {
			t.Errorf("%s: Status = %+v (diverged block %s), want %+v (%s)", step.name, got, blockOf(got.DivergedBlock), step.want, blockOf(step.want.DivergedBlock))
		}
	}
}

func blockOf(p *uint64) string {
	if p == nil {
		return "null"
	}
	return strconv.FormatUint(*p, 10)
}

// TestKnownHash finds the nearest block whose hash the store knows, from event rows
// below the unfinalized window and from kept headers (and their parent hashes) in it.
func TestKnownHash(t *testing.T) {
	ctx := context.Background()
	s, _ := newStore(t)
	// final blocks 1..7 with events at 3 and 5 (no headers kept); blocks 8..10 unfinalized
	g3, g5, g9 := &logger{block: 3}, &logger{block: 5}, &logger{block: 9}
	if err := s.Apply(ctx, batch(1, 7, 7, g3.log("RewardToken", "Transfer"), g5.log("RewardToken", "Transfer"))); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(ctx, batch(8, 10, 7, g9.log("RewardToken", "Transfer"))); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		from, to uint64
		highest  bool
		want     uint64 // 0: none
	}{
		{1, 10, true, 10},
		{1, 10, false, 3},
		{1, 6, true, 5},
		{4, 6, false, 5},
		{6, 6, true, 0},
		{6, 7, true, 7}, // the parent hash of kept header 8
		{1, 2, false, 0},
		{11, 20, true, 0},
	}
	for _, tt := range tests {
		n, hash, ok, err := s.KnownHash(ctx, tt.from, tt.to, tt.highest)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == 0 {
			if ok {
				t.Errorf("KnownHash(%d, %d, %v) = %d, want none", tt.from, tt.to, tt.highest, n)
			}
			continue
		}
		if !ok || n != tt.want || hash != common.BigToHash(new(big.Int).SetUint64(tt.want)) {
			t.Errorf("KnownHash(%d, %d, %v) = %d %s %v, want %d and its hash", tt.from, tt.to, tt.highest, n, hash, ok, tt.want)
		}
	}
}
