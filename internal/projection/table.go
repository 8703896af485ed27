package projection

import (
	"context"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"sharechain/internal/decode"
)

// column is a primary key column and its SQL type, for the typed arrays that name keys.
type column struct{ name, sqlType string }

// table describes one projection table to the generic batch code. Every table also has
// chain_id, the first column of its primary key, which the batch adds.
type table[R any] struct {
	name    string
	pk      []column // after chain_id
	columns []string // after chain_id, in the order of values and of selected
	// selected reads the columns back, in order (NUMERIC as text, to stay exact).
	selected string
	key      func(*R) string
	values   func(*R) []any // the COPY values of columns
	scan     func(pgx.Row) (*R, error)
	// pkArrays returns one typed array per pk column for rows.
	pkArrays func(rows []*R) []any
	// loadKeys returns the typed array of the (single) pk column for keys; nil for
	// append-only tables, which are never looked up.
	loadKeys func(keys []string) any
	// touch records the block of a row's change (its updated_block); nil for append-only
	// tables.
	touch func(row *R, block uint64)
}

// allTables lists the projection tables for code that treats them alike (the undo replay).
var allTables = []string{"assets", "listings", "rentals", "usage_reports", "accounts", "tiers", "disputes",
	"dispute_evidence", "dispute_votes", "settings", "payment_tokens", "outcome_deltas", "platforms", "platform_fees",
	"credit_moves", "telemetry_anchors"}

// Tables returns the names of the projection tables.
func Tables() []string { return append([]string(nil), allTables...) }

// rows is the working set of one table during a batch: the rows looked up and which of
// them the batch changed.
type rows[R any] struct {
	t       *table[R]
	cache   *rowCache[R] // rows committed by earlier batches; nil for append-only tables
	byKey   map[string]*R
	existed map[string]bool // every key looked up: whether it had a row before the batch
	dirty   map[string]struct{}
	gone    map[string]bool // dirty keys whose row the batch deleted
	order   []string        // dirty keys in first-change order, for deterministic writes
}

func newRows[R any](t *table[R], cache *rowCache[R]) *rows[R] {
	return &rows[R]{t: t, cache: cache, byKey: map[string]*R{}, existed: map[string]bool{}, dirty: map[string]struct{}{},
		gone: map[string]bool{}}
}

// load fetches, in one query, the rows of keys not looked up yet and not in the cache.
func (r *rows[R]) load(b *Batch, keys []string) error {
	var want []string
	for _, k := range keys {
		if _, seen := r.existed[k]; seen {
			continue
		}
		if row := r.cache.get(k); row != nil {
			r.existed[k] = true
			r.byKey[k] = row
			continue
		}
		r.existed[k] = false
		want = append(want, k)
	}
	if len(want) == 0 {
		return nil
	}
	c := r.t.pk[0]
	q := fmt.Sprintf(`SELECT %s FROM %s t JOIN unnest($2::%s[]) k(c0) ON t.chain_id = $1 AND t.%s = k.c0`,
		r.t.selected, r.t.name, c.sqlType, c.name)
	found, err := b.tx.Query(b.ctx, q, b.chainID, r.t.loadKeys(want))
	if err != nil {
		return fmt.Errorf("loading %s: %w", r.t.name, err)
	}
	defer found.Close()
	for found.Next() {
		row, err := r.t.scan(found)
		if err != nil {
			return fmt.Errorf("loading %s: %w", r.t.name, err)
		}
		k := r.t.key(row)
		if _, asked := r.existed[k]; !asked {
			return fmt.Errorf("projection: loaded %s row %s that was not asked for", r.t.name, k)
		}
		r.existed[k] = true
		r.byKey[k] = row
	}
	return found.Err()
}

// get returns the row of key, loading it alone when the prefetch missed it; nil when it
// does not exist (or the batch removed it).
func (r *rows[R]) get(b *Batch, key string) (*R, error) {
	if _, seen := r.existed[key]; !seen {
		if err := r.load(b, []string{key}); err != nil {
			return nil, err
		}
	}
	if r.gone[key] {
		return nil, nil
	}
	return r.byKey[key], nil
}

// change returns the row of key for a change at block, nil when it does not exist.
func (r *rows[R]) change(b *Batch, key string, block uint64) (*R, error) {
	row, err := r.get(b, key)
	if err != nil || row == nil {
		return nil, err
	}
	r.t.touch(row, block)
	r.put(row)
	return row, nil
}

// put records row as the new state of its key.
func (r *rows[R]) put(row *R) {
	key := r.t.key(row)
	if _, seen := r.existed[key]; !seen {
		r.existed[key] = false // created without a lookup: only append-only tables do this
	}
	r.byKey[key] = row
	delete(r.gone, key)
	r.mark(key)
}

// remove deletes the row of key, if any.
func (r *rows[R]) remove(b *Batch, key string) error {
	row, err := r.get(b, key)
	if err != nil || row == nil {
		return err
	}
	r.gone[key] = true
	r.mark(key)
	return nil
}

func (r *rows[R]) mark(key string) {
	if _, ok := r.dirty[key]; !ok {
		r.dirty[key] = struct{}{}
		r.order = append(r.order, key)
	}
}

// keep hands the rows of the batch, as committed, to the cache.
func (r *rows[R]) keep() {
	if r.cache == nil {
		return
	}
	for k, row := range r.byKey {
		if r.gone[k] {
			r.cache.forget(k)
		} else if row != nil {
			r.cache.put(k, row)
		}
	}
}

// rowCache keeps the rows of one table as earlier batches committed them, so that a
// batch looks up in PostgreSQL only the rows it has not seen lately: an asset, a
// listing, an account or a rental is rewritten at every step of a rental's life. It is
// bounded by count, in two generations: a row found in the old one moves to the new one,
// and when the new one holds half the bound the old one is dropped.
type rowCache[R any] struct {
	cur, old map[string]*R
}

// cacheGeneration is the most rows a generation of one table's cache holds.
const cacheGeneration = 8192

func newRowCache[R any]() *rowCache[R] { return &rowCache[R]{cur: map[string]*R{}} }

// get returns the cached row of key, nil when there is none.
func (c *rowCache[R]) get(key string) *R {
	if c == nil {
		return nil
	}
	if row, ok := c.cur[key]; ok {
		return row
	}
	row, ok := c.old[key]
	if !ok {
		return nil
	}
	delete(c.old, key)
	c.put(key, row)
	return row
}

func (c *rowCache[R]) put(key string, row *R) {
	if _, ok := c.cur[key]; !ok && len(c.cur) >= cacheGeneration {
		c.old, c.cur = c.cur, make(map[string]*R, cacheGeneration)
	}
	c.cur[key] = row
	delete(c.old, key)
}

// forget drops the row of key: the batch deleted it.
func (c *rowCache[R]) forget(key string) {
	delete(c.cur, key)
	delete(c.old, key)
}

func (c *rowCache[R]) reset() {
	clear(c.cur)
	c.old = nil
}

// Cache holds projection rows across batches for one writer (see rowCache). It is
// valid only while its owner is the database's only writer and every batch it saw
// committed: the owner calls [Batch.Keep] after a batch commits, and [Cache.Reset]
// whenever a batch fails or the tables change otherwise (a rollback, another writer).
// The rows it holds belong to the batch that uses them, so batches that share a Cache
// must run one after the other.
type Cache struct {
	assets   *rowCache[Asset]
	listings *rowCache[Listing]
	rentals  *rowCache[Rental]
	accounts *rowCache[Account]
	tiers    *rowCache[Tier]
	disputes *rowCache[Dispute]
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{assets: newRowCache[Asset](), listings: newRowCache[Listing](), rentals: newRowCache[Rental](),
		accounts: newRowCache[Account](), tiers: newRowCache[Tier](), disputes: newRowCache[Dispute]()}
}

// Reset empties c.
func (c *Cache) Reset() {
	c.assets.reset()
	c.listings.reset()
	c.rentals.reset()
	c.accounts.reset()
	c.tiers.reset()
	c.disputes.reset()
}

// save writes the changed rows: when undo is set, the server first copies their
// pre-images into undo_log; rows that existed are deleted; then every changed row is
// copied in.
func (r *rows[R]) save(b *Batch, undo bool, from, to uint64) error {
	if len(r.order) == 0 {
		return nil
	}
	changed := make([]*R, len(r.order))
	var existing []*R
	for i, k := range r.order {
		changed[i] = r.byKey[k]
		if r.existed[k] {
			existing = append(existing, changed[i])
		}
	}
	if undo {
		args := append([]any{b.chainID, from, to, r.t.name}, r.t.pkArrays(changed)...)
		if _, err := b.tx.Exec(b.ctx, r.t.undoSQL(), args...); err != nil {
			return fmt.Errorf("writing %s undo records: %w", r.t.name, err)
		}
	}
	if len(existing) > 0 {
		args := append([]any{b.chainID}, r.t.pkArrays(existing)...)
		if _, err := b.tx.Exec(b.ctx, r.t.deleteSQL(), args...); err != nil {
			return fmt.Errorf("replacing %s rows: %w", r.t.name, err)
		}
	}
	vals := make([][]any, 0, len(changed))
	for i, row := range changed {
		if !r.gone[r.order[i]] {
			vals = append(vals, append([]any{b.chainID}, r.t.values(row)...))
		}
	}
	cols := append([]string{"chain_id"}, r.t.columns...)
	if _, err := b.tx.CopyFrom(b.ctx, pgx.Identifier{r.t.name}, cols, pgx.CopyFromRows(vals)); err != nil {
		return fmt.Errorf("copying %s rows: %w", r.t.name, err)
	}
	return nil
}

// unnestKeys is "unnest($n::t0[], …) WITH ORDINALITY AS k(c0, …, n)" from placeholder first.
func (t *table[R]) unnestKeys(first int, ordinality bool) string {
	var arrays, names []string
	for i, c := range t.pk {
		arrays = append(arrays, fmt.Sprintf("$%d::%s[]", first+i, c.sqlType))
		names = append(names, fmt.Sprintf("c%d", i))
	}
	if ordinality {
		return fmt.Sprintf("unnest(%s) WITH ORDINALITY AS k(%s, n)", strings.Join(arrays, ", "), strings.Join(names, ", "))
	}
	return fmt.Sprintf("unnest(%s) AS k(%s)", strings.Join(arrays, ", "), strings.Join(names, ", "))
}

func (t *table[R]) matchKeys() string {
	conds := []string{"t.chain_id = $1"}
	for i, c := range t.pk {
		conds = append(conds, fmt.Sprintf("t.%s = k.c%d", c.name, i))
	}
	return strings.Join(conds, " AND ")
}

// undoSQL copies the pre-images of the keys ($5…) into undo_log, NULL for a key without
// a row, in key order. The key object holds the primary key columns as to_jsonb writes
// them, which is what the undo replay's jsonb_populate_record reads.
func (t *table[R]) undoSQL() string {
	obj := []string{"'chain_id', $1::bigint"}
	for i, c := range t.pk {
		obj = append(obj, fmt.Sprintf("'%s', k.c%d", c.name, i))
	}
	return fmt.Sprintf(`INSERT INTO undo_log (chain_id, batch_from, batch_to, table_name, key, old_row)
		SELECT $1, $2, $3, $4, jsonb_build_object(%s), to_jsonb(t)
		FROM %s LEFT JOIN %s t ON %s ORDER BY k.n`,
		strings.Join(obj, ", "), t.unnestKeys(5, true), t.name, t.matchKeys())
}

func (t *table[R]) deleteSQL() string {
	return fmt.Sprintf(`DELETE FROM %s t USING %s WHERE %s`, t.name, t.unnestKeys(2, false), t.matchKeys())
}

// Batch is the working set of the projections while one batch of logs is applied, inside
// the writer's transaction.
type Batch struct {
	p       *Projector
	ctx     context.Context
	tx      pgx.Tx
	chainID int64

	assets   *rows[Asset]
	listings *rows[Listing]
	rentals  *rows[Rental]
	usage    *rows[UsageReport]
	accounts *rows[Account]
	tiers    *rows[Tier]
	disputes *rows[Dispute]
	evidence *rows[Evidence]
	votes    *rows[Vote]

	settings      *rows[Setting]
	paymentTokens *rows[PaymentToken]
	outcomeDeltas *rows[OutcomeDelta]
	platforms     *rows[Platform]
	platformFees  *rows[PlatformFee]
	creditMoves   *rows[CreditMove]
	anchors       *rows[Anchor]
}

// Begin starts the working set of a batch written through tx for chainID. With a
// cache, rows come from it when it has them, and [Batch.Keep] hands the batch's rows to
// it once the batch has committed; nil looks every row up.
func (p *Projector) Begin(ctx context.Context, tx pgx.Tx, chainID uint64, cache *Cache) *Batch {
	if cache == nil {
		cache = &Cache{}
	}
	return &Batch{
		p: p, ctx: ctx, tx: tx, chainID: int64(chainID),
		assets: newRows(&assetTable, cache.assets), listings: newRows(&listingTable, cache.listings),
		rentals: newRows(&rentalTable, cache.rentals), usage: newRows(&usageTable, nil),
		accounts: newRows(&accountTable, cache.accounts), tiers: newRows(&tierTable, cache.tiers),
		disputes: newRows(&disputeTable, cache.disputes), evidence: newRows(&evidenceTable, nil),
		votes: newRows(&voteTable, nil), settings: newRows(&settingTable, nil), paymentTokens: newRows(&paymentTokenTable, nil),
		outcomeDeltas: newRows(&outcomeDeltaTable, nil), platforms: newRows(&platformTable, nil),
		platformFees: newRows(&platformFeeTable, nil), creditMoves: newRows(&creditMoveTable, nil),
		anchors: newRows(&anchorTable, nil),
	}
}

// Keep hands the rows of b to the cache b began with, as b left them. Call it only once
// b's transaction has committed.
func (b *Batch) Keep() {
	b.assets.keep()
	b.listings.keep()
	b.rentals.keep()
	b.accounts.keep()
	b.tiers.keep()
	b.disputes.keep()
}

// Prefetch loads, one query per table, every row the logs name directly (decode.Refs), so
// that handlers rarely need a lookup of their own.
func (b *Batch) Prefetch(logs []decode.Log) error {
	var keys [decode.EntityDispute + 1][]string
	for i := range logs {
		l := &logs[i]
		if !b.p.Follows(l.Event.Contract, l.Event.Name) {
			continue
		}
		for j := range l.Event.Args {
			k, key := decode.RefOf(&l.Event.Args[j])
			if k == decode.EntityAccount && key == zeroAddressKey {
				continue
			}
			keys[k] = append(keys[k], key)
		}
	}
	for _, step := range []func() error{
		func() error { return b.assets.load(b, keys[decode.EntityAsset]) },
		func() error { return b.listings.load(b, keys[decode.EntityListing]) },
		func() error { return b.rentals.load(b, keys[decode.EntityRental]) },
		func() error { return b.accounts.load(b, keys[decode.EntityAccount]) },
		func() error { return b.disputes.load(b, keys[decode.EntityDispute]) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

const zeroAddressKey = "0x0000000000000000000000000000000000000000"

// Apply runs the handlers of l's event, in registration order. Logs no projection
// follows (roles, pauses, parameters, undecodable logs) change nothing: they live in
// events.
func (b *Batch) Apply(l *decode.Log) error {
	for _, h := range b.p.handlers[eventKey{l.Event.Contract, l.Event.Name}] {
		if err := h(b, l); err != nil {
			return err
		}
	}
	return nil
}

// Save writes every changed row; with undo, their pre-images go to undo_log for a
// rollback of the blocks from..to.
func (b *Batch) Save(undo bool, from, to uint64) error {
	for _, s := range []func() error{
		func() error { return b.assets.save(b, undo, from, to) },
		func() error { return b.listings.save(b, undo, from, to) },
		func() error { return b.rentals.save(b, undo, from, to) },
		func() error { return b.usage.save(b, undo, from, to) },
		func() error { return b.accounts.save(b, undo, from, to) },
		func() error { return b.tiers.save(b, undo, from, to) },
		func() error { return b.disputes.save(b, undo, from, to) },
		func() error { return b.evidence.save(b, undo, from, to) },
		func() error { return b.votes.save(b, undo, from, to) },
		func() error { return b.settings.save(b, undo, from, to) },
		func() error { return b.paymentTokens.save(b, undo, from, to) },
		func() error { return b.outcomeDeltas.save(b, undo, from, to) },
		func() error { return b.platforms.save(b, undo, from, to) },
		func() error { return b.platformFees.save(b, undo, from, to) },
		func() error { return b.creditMoves.save(b, undo, from, to) },
		func() error { return b.anchors.save(b, undo, from, to) },
	} {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}

// ---- value helpers shared by the aggregates ----

// text makes an on-chain string storable as PostgreSQL text, which refuses NUL and
// invalid UTF-8: anyone may register a uri, and one bad byte must not stall the indexer.
// Each offending byte becomes U+FFFD, as in the events' args JSON; the raw bytes stay
// in the event's data.
func text(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

func ptrU64(v uint64) *uint64 { return &v }

// optAddr is a nullable address: nil for the zero address.
func optAddr(a common.Address) *common.Address {
	if a == (common.Address{}) {
		return nil
	}
	return &a
}

// Uint is a uint256 (NUMERIC) column: its decimal text as PostgreSQL printed it, or the
// integer a handler set. Reading rows never parses a number, and writing one parses only
// the values a handler did not set: a page of rentals has a dozen amounts a row, and a
// round trip through big.Int would cost the API more than the query. The zero Uint is
// NULL.
type Uint struct {
	text string
	n    *big.Int
}

// NewUint returns the Uint of x, which it shares: callers must not modify x afterwards.
func NewUint(x *big.Int) Uint { return Uint{n: x} }

// UintText returns the Uint of a decimal string; "" is NULL.
func UintText(s string) Uint { return Uint{text: s} }

// Null reports whether u is NULL.
func (u Uint) Null() bool { return u.n == nil && u.text == "" }

// String returns u in decimal; "" for NULL.
func (u Uint) String() string {
	if u.n != nil {
		return u.n.String()
	}
	return u.text
}

// Int returns u as an integer, nil for NULL (and for text that is not a decimal integer,
// which PostgreSQL never prints for a uint256). Callers must not modify it.
func (u Uint) Int() *big.Int {
	if u.n != nil || u.text == "" {
		return u.n
	}
	x, _ := new(big.Int).SetString(u.text, 10)
	return x
}

// add returns u + delta (u NULL counts as 0), as a new integer.
func (u Uint) add(delta *big.Int) Uint {
	sum := new(big.Int).Set(delta)
	if x := u.Int(); x != nil {
		sum.Add(sum, x)
	}
	return Uint{n: sum}
}

// sub returns u - delta (u NULL counts as 0), as a new integer.
func (u Uint) sub(delta *big.Int) Uint {
	diff := new(big.Int).Neg(delta)
	if x := u.Int(); x != nil {
		diff.Add(diff, x)
	}
	return Uint{n: diff}
}

// COPY values.

func numeric(u Uint) any {
	x := u.Int()
	if x == nil {
		return nil
	}
	return pgtype.Numeric{Int: x, Valid: true}
}

// u64 keeps a uint64 exact: BIGINT never holds one above MaxInt64, NUMERIC takes both.
func u64(v uint64) any {
	if v > math.MaxInt64 {
		return pgtype.Numeric{Int: new(big.Int).SetUint64(v), Valid: true}
	}
	return int64(v)
}

func optU64(v *uint64) any {
	if v == nil {
		return nil
	}
	return u64(*v)
}

func addrBytes(a common.Address) []byte { return a.Bytes() }

func optAddrBytes(a *common.Address) any {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func optBytes32(h *[32]byte) any {
	if h == nil {
		return nil
	}
	return h[:]
}

// Scans.

// optText is a nullable NUMERIC column selected as text.
func optText(s *string) Uint {
	if s == nil {
		return Uint{}
	}
	return Uint{text: *s}
}

// u64Of parses a uint64 (NUMERIC(20)) column selected as text.
func u64Of(s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("projection: reading a uint64 column: %w", err)
	}
	return v, nil
}

func optU64Of(s *string) (*uint64, error) {
	if s == nil {
		return nil, nil
	}
	v, err := u64Of(*s)
	return &v, err
}

func optAddrOf(b []byte) *common.Address {
	if b == nil {
		return nil
	}
	a := common.BytesToAddress(b)
	return &a
}

func optHashOf(b []byte) *[32]byte {
	if b == nil {
		return nil
	}
	h := [32]byte(b)
	return &h
}

// Key arrays.

func numericKeys(keys []string) any { return keys }

// intKeys is the key array of an integer column; keys come from the table's key function.
func intKeys(keys []string) any {
	out := make([]int64, len(keys))
	for i, k := range keys {
		out[i], _ = strconv.ParseInt(k, 10, 64)
	}
	return out
}

func addressKeys(keys []string) any {
	out := make([][]byte, len(keys))
	for i, k := range keys {
		out[i] = common.HexToAddress(k).Bytes()
	}
	return out
}

// addressKey is the map key of an account: lower-case hex, as decode.RefOf writes it.
func addressKey(a common.Address) string { return "0x" + hex.EncodeToString(a[:]) }
