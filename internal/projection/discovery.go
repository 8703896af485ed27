package projection

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Discovery (DESIGN §6.4): a listing's kind, title and location come from its asset's
// metadata document, which the indexer's metadata worker fetched and matched against the
// asset's content hash (asset_metadata, migrations/000011). A row counts only while the
// asset still has the content hash it was checked against: a ContentUpdated hides the
// old document at once, and the new one shows once fetched.

// Meta is what discovery adds to a listing: nil fields until the asset's current
// metadata document is fetched and matched.
type Meta struct {
	Kind     *string
	Title    *string
	Lat, Lon *float64 // nil when the document has no location
	Distance *float64 // great-circle metres from the point of a near search, else nil
	Key      float64  // a near search's sort key (the chord distance), for its cursor

	near nearInfo
}

// nearInfo is what a near search's bounded attempt says of its candidates.
type nearInfo struct {
	lastChord, lastDistance *float64
	candidates              *int64
}

// Near is a search around a point: listings within Radius metres, by distance.
type Near struct {
	Lat, Lon float64
	Radius   float64 // metres
}

// ListingCursor is the keyset position of a page of a near search: the sort key and
// id of its last listing.
type ListingCursor struct {
	Key float64
	ID  string
}

// listingsFrom joins each listing t to its asset a and that asset's current, matched
// metadata m. With inner, listings without it drop out (a search by kind or place).
func listingsFrom(inner bool) string {
	join := "LEFT JOIN"
	if inner {
		join = "JOIN"
	}
	return ` FROM listings t ` + join + ` (assets a JOIN asset_metadata m ON m.chain_id = a.chain_id AND m.token_id = a.token_id
			AND m.content_hash = a.content_hash AND m.status = 'fetched')
		ON a.chain_id = t.chain_id AND a.token_id = t.token_id`
}

// qualified is t's select list with every column read from alias.
func qualified[R any](t *table[R], alias string) string {
	items := strings.Split(t.selected, ",")
	for i, it := range items {
		items[i] = alias + "." + strings.TrimSpace(it)
	}
	return strings.Join(items, ", ")
}

// extraRow scans a table's columns and then extra ones, so that a table's scan function
// reads a row that has more.
type extraRow struct {
	pgx.Row
	extra []any
}

func (r extraRow) Scan(dest ...any) error { return r.Row.Scan(append(dest, r.extra...)...) }

// earthPoint is the earthdistance point of a search.
const earthPoint = `ll_to_earth(%s, %s)`

// listingsWithMeta runs a listings query: t's columns and the metadata, then extra: a
// near search's distance, sort key, and its bounded attempt's last_chord, candidates and
// last_distance ("" for none of them).
func (v *View) listingsWithMeta(ctx context.Context, c *conds, from, extra, order string, limit int) ([]*Listing, error) {
	if extra == "" {
		extra = "NULL::float8, NULL::float8, NULL::float8, NULL::bigint, NULL::float8"
	}
	q := `SELECT ` + qualified(&listingTable, "t") + `, m.kind, m.title, m.lat, m.lon, ` + extra + from + `
		WHERE ` + c.where() + ` ORDER BY ` + order
	if limit > 0 {
		q += ` LIMIT ` + c.arg(limit)
	}
	rows, err := v.q.Query(ctx, q, c.args...)
	if err != nil {
		return nil, fmt.Errorf("reading listings: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*Listing, error) {
		var (
			m   Meta
			key *float64
		)
		l, err := scanListing(extraRow{r, []any{&m.Kind, &m.Title, &m.Lat, &m.Lon, &m.Distance, &key,
			&m.near.lastChord, &m.near.candidates, &m.near.lastDistance}})
		if l != nil {
			if key != nil {
				m.Key = *key
			}
			l.Meta = m
		}
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading listings: %w", err)
	}
	return out, nil
}
