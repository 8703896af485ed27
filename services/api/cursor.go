package api

import (
	"encoding/base64"
	"errors"
	"math/big"
	"strings"
)

// A cursor is the keyset position after the last item of a page, wrapped so clients
// treat it as opaque: base64url of "<list>:<key>[,<key>]". The list name stops a cursor
// of one list from being replayed on another; the keys are the sort key of the last row
// (an id, or a block number and log index).
type cursor struct {
	list string
	keys []string
}

var errBadCursor = errors.New("is not a cursor this list returned")

func (c cursor) encode() string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.list + ":" + strings.Join(c.keys, ",")))
}

// decodeCursor decodes s, which must have been made by encode for list with n keys, each
// a decimal integer (uint256 range).
func decodeCursor(s, list string, n int) ([]*big.Int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	// the decoder skips CR and LF and ignores the unused low bits of the last
	// character, so compare with the encoding to keep one position one cursor
	if err != nil || len(raw) > 256 || base64.RawURLEncoding.EncodeToString(raw) != s {
		return nil, errBadCursor
	}
	prefix, rest, ok := strings.Cut(string(raw), ":")
	if !ok || prefix != list {
		return nil, errBadCursor
	}
	parts := strings.Split(rest, ",")
	if len(parts) != n {
		return nil, errBadCursor
	}
	keys := make([]*big.Int, n)
	for i, p := range parts {
		v, err := parseUint256(p)
		if err != nil {
			return nil, errBadCursor
		}
		if p != v.String() { // canonical form only: one position, one cursor
			return nil, errBadCursor
		}
		keys[i] = v
	}
	return keys, nil
}
