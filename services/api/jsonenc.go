package api

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"sharechain/internal/jsonstr"
	"strconv"
	"sync"

	"github.com/danielgtaylor/huma/v2"
)

// The hot answers (assets, listings, rentals, events and their pages) are written by hand
// rather than by encoding/json: on a page of 50 rentals, reflection and the re-validation
// of every MarshalJSON result took a quarter of the server's CPU. The output is byte for
// byte what huma's default JSON format writes (encoding/json without HTML escaping), which
// TestAppendJSONMatchesEncodingJSON and FuzzAppendJSON check; any other body still goes
// through encoding/json.

// jsonAppender is a body that writes its own JSON.
type jsonAppender interface {
	appendJSON(b []byte) ([]byte, error)
}

// jsonFormat is huma's JSON format with the fast path for jsonAppender bodies.
var jsonFormat = huma.Format{
	Marshal: func(w io.Writer, v any) error {
		a, ok := v.(jsonAppender)
		if !ok {
			return huma.DefaultJSONFormat.Marshal(w, v)
		}
		bp := jsonBuffers.Get().(*[]byte)
		defer jsonBuffers.Put(bp)
		b, err := a.appendJSON((*bp)[:0])
		if err != nil {
			return err
		}
		b = append(b, '\n') // as json.Encoder ends every value
		*bp = b
		_, err = w.Write(b)
		return err
	},
	Unmarshal: json.Unmarshal,
}

// marshal is json.Marshal without HTML escaping, as huma.DefaultJSONFormat writes bodies.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), nil
}

var jsonBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// appendString appends s as a JSON string, as encoding/json writes it with HTML
// escaping off.
func appendString(b []byte, s string) []byte { return jsonstr.Append(b, s) }

// object writes the fields of one JSON object in order.
type object struct {
	b     []byte
	first bool
}

func newObject(b []byte) object { return object{b: append(b, '{'), first: true} }

func (o *object) key(name string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = append(o.b, '"')
	o.b = append(o.b, name...) // keys are ours: plain ASCII, nothing to escape
	o.b = append(o.b, '"', ':')
}

func (o *object) str(name, v string) { o.key(name); o.b = appendString(o.b, v) }

func (o *object) optStr(name string, v *string) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendString(o.b, *v)
}

func (o *object) uint(name string, v uint64) { o.key(name); o.b = strconv.AppendUint(o.b, v, 10) }

func (o *object) int(name string, v int64) { o.key(name); o.b = strconv.AppendInt(o.b, v, 10) }

// float writes a finite v as encoding/json does: the shortest decimal that reads back
// as v, in exponent form (with at least one exponent digit) below 1e-6 and from 1e21.
func (o *object) float(name string, v float64) {
	o.key(name)
	format := byte('f')
	if a := math.Abs(v); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	o.b = strconv.AppendFloat(o.b, v, format, -1, 64)
	if format == 'e' {
		// e-07 → e-7
		if n := len(o.b); n >= 4 && o.b[n-4] == 'e' && o.b[n-3] == '-' && o.b[n-2] == '0' {
			o.b[n-2] = o.b[n-1]
			o.b = o.b[:n-1]
		}
	}
}

func (o *object) optUint(name string, v *uint64) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = strconv.AppendUint(o.b, *v, 10)
}

func (o *object) bool(name string, v bool) { o.key(name); o.b = strconv.AppendBool(o.b, v) }

func (o *object) end() []byte { return append(o.b, '}') }

func (a Asset) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b)
	o.str("token_id", a.TokenID)
	o.str("owner", a.Owner)
	o.str("asset_code", a.AssetCode)
	o.str("content_hash", a.ContentHash)
	o.str("uri", a.URI)
	o.bool("verified", a.Verified)
	o.optStr("verified_by", a.VerifiedBy)
	o.optUint("valid_until", a.ValidUntil)
	o.optStr("device", a.Device)
	o.optStr("user", a.User)
	o.optUint("user_expires", a.UserExpires)
	o.bool("listed", a.Listed)
	o.optStr("listing_id", a.ListingID)
	o.bool("locked", a.Locked)
	o.int("block_number", a.BlockNumber)
	return o.end(), nil
}

func (l Listing) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b)
	o.str("id", l.ID)
	o.str("token_id", l.TokenID)
	o.str("provider", l.Provider)
	o.str("payment_token", l.PaymentToken)
	o.str("price_per_hour", l.PricePerHour)
	o.str("deposit", l.Deposit)
	o.uint("min_duration", l.MinDuration)
	o.uint("max_duration", l.MaxDuration)
	o.str("price_per_unit", l.PricePerUnit)
	o.int("cancel_fee_bps", int64(l.CancelFeeBps))
	o.uint("free_cancel_before", l.FreeCancelBefore)
	o.str("payee", l.Payee)
	o.optStr("platform", l.Platform)
	o.optStr("terms_hash", l.TermsHash)
	o.str("status", l.Status)
	o.key("pledge")
	p := newObject(o.b)
	p.str("amount", l.Pledge.Amount)
	p.str("state", l.Pledge.State)
	o.b = p.end()
	o.int("block_number", l.BlockNumber)
	o.optStr("kind", l.Kind)
	o.optStr("title", l.Title)
	o.key("location")
	if loc := l.Location.V; loc == nil {
		o.b = append(o.b, "null"...)
	} else {
		x := newObject(o.b)
		x.float("lat", loc.Lat)
		x.float("lon", loc.Lon)
		o.b = x.end()
	}
	o.key("distance_m")
	if l.DistanceM == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.b = strconv.AppendInt(o.b, *l.DistanceM, 10)
	}
	return o.end(), nil
}

func (r Rental) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b)
	o.str("id", r.ID)
	o.str("listing_id", r.ListingID)
	o.str("token_id", r.TokenID)
	o.str("renter", r.Renter)
	o.str("provider", r.Provider)
	o.str("payee", r.Payee)
	o.optStr("device", r.Device)
	o.optStr("platform", r.Platform)
	o.str("status", r.Status)
	o.uint("start", r.Start)
	o.uint("end", r.End)
	o.str("rent", r.Rent)
	o.str("deposit", r.Deposit)
	o.int("cancel_fee_bps", int64(r.CancelFeeBps))
	o.uint("free_cancel_before", r.FreeCancelBefore)
	o.bool("checked_in", r.CheckedIn)
	o.bool("confirmed", r.Confirmed)
	o.optUint("returned_at", r.ReturnedAt)
	o.optUint("inspection_end", r.InspectionEnd)
	o.optStr("dispute_id", r.DisputeID)
	o.key("usage_reports")
	if r.UsageReports == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.b = append(o.b, '[')
		for i, u := range r.UsageReports {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			x := newObject(o.b)
			x.uint("nonce", u.Nonce)
			x.str("units", u.Units)
			x.int("damage_bps", int64(u.DamageBps))
			x.str("device", u.Device)
			x.str("tx_hash", u.TxHash)
			x.int("block_number", u.BlockNumber)
			o.b = x.end()
		}
		o.b = append(o.b, ']')
	}
	o.key("settlement")
	if s := r.Settlement.V; s == nil {
		o.b = append(o.b, "null"...)
	} else {
		x := newObject(o.b)
		x.str("rent_charged", s.RentCharged)
		x.str("usage_fee", s.UsageFee)
		x.str("damage", s.Damage)
		x.str("late_fee", s.LateFee)
		x.str("platform_fee", s.PlatformFee)
		x.str("refund", s.Refund)
		o.b = x.end()
	}
	o.int("block_number", r.BlockNumber)
	return o.end(), nil
}

func (e Event) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b)
	o.int("block_number", e.BlockNumber)
	o.str("block_hash", e.BlockHash)
	o.str("tx_hash", e.TxHash)
	o.int("log_index", int64(e.LogIndex))
	o.str("contract", e.Contract)
	o.str("address", e.Address)
	o.optStr("name", e.Name)
	o.key("args")
	var err error
	if o.b, err = appendRaw(o.b, e.Args); err != nil {
		return nil, err
	}
	o.key("topics")
	if e.Topics == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.b = append(o.b, '[')
		for i, t := range e.Topics {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = appendString(o.b, t)
		}
		o.b = append(o.b, ']')
	}
	o.str("data", e.Data)
	o.bool("finalized", e.Finalized)
	o.uint("timestamp", e.Timestamp)
	return o.end(), nil
}

// appendRaw appends stored JSON as encoding/json writes a MarshalJSON result: compacted,
// and checked where it is not already compact. The args column is PostgreSQL json, which
// takes only valid JSON, and the indexer writes it compact: the common case is a copy.
func appendRaw(b []byte, raw Args) ([]byte, error) {
	if raw == nil {
		return append(b, "null"...), nil
	}
	if len(raw) > 0 && !hasSpaceOutsideStrings(raw) {
		return append(b, raw...), nil
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return nil, &json.MarshalerError{Type: reflect.TypeFor[Args](), Err: err}
	}
	return append(b, buf.Bytes()...), nil
}

// hasSpaceOutsideStrings reports whether valid JSON text holds whitespace between tokens.
func hasSpaceOutsideStrings(raw []byte) bool {
	inString, escaped := false, false
	for _, c := range raw {
		switch {
		case escaped:
			escaped = false
		case inString:
			switch c {
			case '\\':
				escaped = true
			case '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			return true
		}
	}
	return false
}

func (p Page[T]) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"items":`...)
	if p.Items == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, item := range p.Items {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if a, ok := any(item).(jsonAppender); ok {
				if b, err = a.appendJSON(b); err != nil {
					return nil, err
				}
				continue
			}
			raw, err := marshal(item)
			if err != nil {
				return nil, err
			}
			b = append(b, raw...)
		}
		b = append(b, ']')
	}
	o := object{b: b}
	o.optStr("next_cursor", p.NextCursor)
	return o.end(), nil
}
