package api

import (
	"errors"
	"math/big"
	"net/url"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// The parsers below turn query and path strings into values. Each returns an error whose
// text is the `reason` of an invalid_params entry, so it says what is wrong in words a
// client developer can act on.

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// parseAddress accepts a 0x-prefixed 20-byte address written all-lowercase or in valid
// EIP-55 mixed case; a mixed-case address with a wrong checksum is refused, since it is
// most likely a typo.
func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return common.Address{}, errors.New("must be a 0x-prefixed 20-byte hex address")
	}
	for _, c := range s[2:] {
		if !isHexDigit(c) {
			return common.Address{}, errors.New("must be a 0x-prefixed 20-byte hex address")
		}
	}
	a := common.HexToAddress(s)
	if s[2:] != strings.ToLower(s[2:]) && a.Hex() != s {
		return common.Address{}, errors.New("has a wrong EIP-55 checksum (write it all-lowercase or correctly checksummed)")
	}
	return a, nil
}

func isHexDigit(c rune) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// parseUint256 accepts a decimal integer in 0..2²⁵⁶−1 (no sign, no spaces).
func parseUint256(s string) (*big.Int, error) {
	if s == "" {
		return nil, errors.New("must be a decimal integer")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return nil, errors.New("must be a decimal integer")
		}
	}
	trimmed := strings.TrimLeft(s, "0")
	if len(trimmed) > 78 {
		return nil, errors.New("does not fit in uint256")
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Cmp(maxUint256) > 0 {
		return nil, errors.New("does not fit in uint256")
	}
	return v, nil
}

// parseBlock accepts a decimal block number in 0..2⁶³−1.
func parseBlock(s string) (int64, error) {
	if s == "" {
		return 0, errors.New("must be a decimal integer")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("must be a non-negative decimal integer")
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, errors.New("must be at most 9223372036854775807")
	}
	return v, nil
}

// parseBool accepts exactly "true" or "false".
func parseBool(s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, errors.New("must be true or false")
}

// parseTxHash accepts a 0x-prefixed 32-byte hex hash in either case.
func parseTxHash(s string) (common.Hash, error) {
	if len(s) != 66 || s[0] != '0' || s[1] != 'x' {
		return common.Hash{}, errors.New("must be a 0x-prefixed 32-byte hex hash")
	}
	for _, c := range s[2:] {
		if !isHexDigit(c) {
			return common.Hash{}, errors.New("must be a 0x-prefixed 32-byte hex hash")
		}
	}
	return common.HexToHash(s), nil
}

// queryParam is what an operation declares a query parameter to be.
type queryParam int

const (
	unknownParam queryParam = iota // not a parameter of the operation
	stringParam
	integerParam // huma parses these with strconv, which would also take "+1"
)

// checkQuery enforces what huma does not: the query string is valid percent-encoding,
// every parameter is one the operation declares, none is repeated or empty (huma would
// read an empty value as an absent one), and integers are plain decimal digits.
// It returns the invalid params, or nil.
func checkQuery(raw string, param func(string) queryParam) []invalidParam {
	values, err := url.ParseQuery(raw)
	if err != nil {
		return []invalidParam{{Name: "query", Reason: "is not valid percent-encoding: " + err.Error()}}
	}
	var bad []invalidParam
	for name, vs := range values {
		kind := param(name)
		switch {
		case kind == unknownParam:
			bad = append(bad, invalidParam{Name: name, Reason: "is not a parameter of this operation"})
		case len(vs) > 1:
			bad = append(bad, invalidParam{Name: name, Reason: "is given more than once"})
		case vs[0] == "":
			bad = append(bad, invalidParam{Name: name, Reason: "is empty (leave it out to mean no value)"})
		case kind == integerParam && strings.Trim(vs[0], "0123456789") != "":
			bad = append(bad, invalidParam{Name: name, Reason: "must be a non-negative decimal integer"})
		}
	}
	return bad
}
