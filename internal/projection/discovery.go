package projection

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Discovery (DESIGN §6.4): a listing's kind, title and location come from its asset's
// metadata document, which the indexer's metadata worker fetched and matched against the
// asset's content hash (asset_metadata, migrations/000010). A row counts only while the
// asset still has the content hash it was checked against: a ContentUpdated hides the
// old document at once, and the new one shows once fetched.

// Meta is what discovery adds to a listing: nil fields until the asset's current
// metadata document is fetched and matched.
type Meta struct {
	Kind     *string
	Title    *string
	Lat, Lon *float64 // nil when the document has no location
	Distance *float64 // metres from the point of a near search, else nil
}

// Near is a search around a point: listings within Radius metres, by distance.
type Near struct {
	Lat, Lon float64
	Radius   float64 // metres
}

// ListingCursor is the keyset position of a page of a near search: the distance and id
// of its last listing.
type ListingCursor struct {
	Distance float64
	ID       string
}

// metaJoin joins each listing t to its asset a and that asset's current, matched
// metadata m. With inner, listings without it drop out (a search by kind or place).
func metaJoin(inner bool) string {
	join := "LEFT JOIN"
	if inner {
		join = "JOIN"
	}
	return ` ` + join + ` (assets a JOIN asset_metadata m ON m.chain_id = a.chain_id AND m.token_id = a.token_id
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

// listingsWithMeta runs a listings query: t's columns, then the metadata and the
// distance (SQL distance, "NULL" without a near search).
func (v *View) listingsWithMeta(ctx context.Context, c *conds, inner bool, distance, order string, limit int) ([]*Listing, error) {
	q := `SELECT ` + qualified(&listingTable, "t") + `, m.kind, m.title, m.lat, m.lon, ` + distance + `
		FROM listings t` + metaJoin(inner) + `
		WHERE ` + c.where() + ` ORDER BY ` + order
	if limit > 0 {
		q += ` LIMIT ` + c.arg(limit)
	}
	rows, err := v.q.Query(ctx, q, c.args...)
	if err != nil {
		return nil, fmt.Errorf("reading listings: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*Listing, error) {
		var m Meta
		l, err := scanListing(extraRow{r, []any{&m.Kind, &m.Title, &m.Lat, &m.Lon, &m.Distance}})
		if l != nil {
			l.Meta = m
		}
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading listings: %w", err)
	}
	return out, nil
}
