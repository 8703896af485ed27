package source

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// parseLogs decodes an eth_getLogs result. The answer has one fixed shape — an array of
// objects of hex strings — so a purpose-built scanner reads it several times faster than
// encoding/json with go-ethereum's reflective hex types, which dominated a backfill's CPU.
// Anything unexpected (escapes, other value types, malformed JSON) falls back to
// encoding/json, so the result is always what types.Log's own decoding would give.
func parseLogs(raw []byte) ([]types.Log, error) {
	logs, err := scanLogs(raw)
	if err == nil {
		return logs, nil
	}
	var slow []types.Log
	if err := json.Unmarshal(raw, &slow); err != nil {
		return nil, err
	}
	return slow, nil
}

var errSlowPath = errors.New("not the common eth_getLogs shape")

type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) expect(c byte) error {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != c {
		return errSlowPath
	}
	s.i++
	return nil
}

// peek returns the next non-space byte without consuming it (0 at the end).
func (s *scanner) peek() byte {
	s.ws()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

// str reads a string without escapes and returns its bytes (a view into the input).
func (s *scanner) str() ([]byte, error) {
	if err := s.expect('"'); err != nil {
		return nil, err
	}
	start := s.i
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '"':
			v := s.b[start:s.i]
			s.i++
			return v, nil
		case '\\':
			return nil, errSlowPath
		}
		if s.b[s.i] < 0x20 { // JSON forbids raw control characters in strings
			return nil, errSlowPath
		}
		s.i++
	}
	return nil, errSlowPath
}

// literal reads true, false or null.
func (s *scanner) literal() (string, error) {
	s.ws()
	for _, w := range []string{"true", "false", "null"} {
		if len(s.b)-s.i >= len(w) && string(s.b[s.i:s.i+len(w)]) == w {
			s.i += len(w)
			return w, nil
		}
	}
	return "", errSlowPath
}

func hexBytes(v []byte) ([]byte, error) {
	if len(v) < 2 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return nil, errSlowPath
	}
	v = v[2:]
	if len(v)%2 != 0 {
		return nil, errSlowPath
	}
	out := make([]byte, len(v)/2)
	if _, err := hex.Decode(out, v); err != nil {
		return nil, errSlowPath
	}
	return out, nil
}

func hexFixed(dst []byte, v []byte) error {
	if len(v) != 2+2*len(dst) || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return errSlowPath
	}
	if _, err := hex.Decode(dst, v[2:]); err != nil {
		return errSlowPath
	}
	return nil
}

func hexUint(v []byte) (uint64, error) {
	if len(v) < 3 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return 0, errSlowPath
	}
	// hexutil.Uint64 refuses leading zero digits ("0x0c"): leave them to the slow path,
	// which gives its error.
	if len(v) > 3 && v[2] == '0' {
		return 0, errSlowPath
	}
	n, err := strconv.ParseUint(string(v[2:]), 16, 64)
	if err != nil {
		return 0, errSlowPath
	}
	return n, nil
}

func scanLogs(raw []byte) ([]types.Log, error) {
	s := &scanner{b: raw}
	logs, err := s.logs()
	if err != nil {
		return nil, err
	}
	return logs, s.end()
}

// logs reads a JSON array of logs, or null.
func (s *scanner) logs() ([]types.Log, error) {
	if s.peek() == 'n' {
		if w, err := s.literal(); err != nil || w != "null" {
			return nil, errSlowPath
		}
		return nil, nil
	}
	if err := s.expect('['); err != nil {
		return nil, err
	}
	logs := []types.Log{}
	if s.peek() == ']' {
		s.i++
		return logs, nil
	}
	for {
		l, err := s.log()
		if err != nil {
			return nil, err
		}
		logs = append(logs, l)
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			return logs, nil
		default:
			return nil, errSlowPath
		}
	}
}

// scanResponse reads a JSON-RPC answer whose result is an eth_getLogs array: the
// members jsonrpc, id (a number or a plain string) and result, in any order. An error
// answer, or anything else, is left to the slow path.
func scanResponse(raw []byte) ([]types.Log, error) {
	s := &scanner{b: raw}
	if err := s.expect('{'); err != nil {
		return nil, err
	}
	var logs []types.Log
	found := false
	for {
		key, err := s.str()
		if err != nil {
			return nil, err
		}
		if err := s.expect(':'); err != nil {
			return nil, err
		}
		switch string(key) {
		case "jsonrpc":
			if _, err := s.str(); err != nil {
				return nil, err
			}
		case "id":
			if s.peek() == '"' {
				if _, err := s.str(); err != nil {
					return nil, err
				}
				break
			}
			start := s.i
			for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
				s.i++
			}
			if s.i == start {
				return nil, errSlowPath
			}
		case "result":
			if logs, err = s.logs(); err != nil {
				return nil, err
			}
			found = true
		default:
			return nil, errSlowPath
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			if !found {
				return nil, errSlowPath
			}
			return logs, s.end()
		default:
			return nil, errSlowPath
		}
	}
}

func (s *scanner) end() error {
	s.ws()
	if s.i != len(s.b) {
		return errSlowPath
	}
	return nil
}

// required are the fields types.Log's own decoding insists on.
const (
	hasAddress = 1 << iota
	hasTopics
	hasData
	hasTxHash
)

func (s *scanner) log() (types.Log, error) {
	var l types.Log
	if err := s.expect('{'); err != nil {
		return l, err
	}
	seen := 0
	if s.peek() == '}' {
		return l, errSlowPath
	}
	for {
		key, err := s.str()
		if err != nil {
			return l, err
		}
		if err := s.expect(':'); err != nil {
			return l, err
		}
		switch string(key) {
		case "address":
			v, err := s.str()
			if err != nil {
				return l, err
			}
			if err := hexFixed(l.Address[:], v); err != nil {
				return l, err
			}
			seen |= hasAddress
		case "topics":
			if err := s.expect('['); err != nil {
				return l, err
			}
			l.Topics = []common.Hash{}
			if s.peek() == ']' {
				s.i++
			} else {
				for {
					v, err := s.str()
					if err != nil {
						return l, err
					}
					var h common.Hash
					if err := hexFixed(h[:], v); err != nil {
						return l, err
					}
					l.Topics = append(l.Topics, h)
					c := s.peek()
					s.i++
					if c == ']' {
						break
					}
					if c != ',' {
						return l, errSlowPath
					}
				}
			}
			seen |= hasTopics
		case "data":
			v, err := s.str()
			if err != nil {
				return l, err
			}
			if l.Data, err = hexBytes(v); err != nil {
				return l, err
			}
			seen |= hasData
		case "blockNumber", "transactionIndex", "logIndex", "blockTimestamp":
			v, err := s.str()
			if err != nil {
				return l, err
			}
			n, err := hexUint(v)
			if err != nil {
				return l, err
			}
			switch string(key) {
			case "blockNumber":
				l.BlockNumber = n
			case "transactionIndex":
				l.TxIndex = uint(n)
			case "logIndex":
				l.Index = uint(n)
			case "blockTimestamp":
				l.BlockTimestamp = n
			}
		case "transactionHash", "blockHash":
			v, err := s.str()
			if err != nil {
				return l, err
			}
			dst := l.TxHash[:]
			if string(key) == "blockHash" {
				dst = l.BlockHash[:]
			} else {
				seen |= hasTxHash
			}
			if err := hexFixed(dst, v); err != nil {
				return l, err
			}
		case "removed":
			w, err := s.literal()
			if err != nil || w == "null" {
				return l, errSlowPath
			}
			l.Removed = w == "true"
		default:
			// an unknown field: leave it to the slow path unless it is a plain string
			if s.peek() != '"' {
				return l, errSlowPath
			}
			if _, err := s.str(); err != nil {
				return l, err
			}
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			if seen != hasAddress|hasTopics|hasData|hasTxHash {
				return l, fmt.Errorf("%w: a log misses a required field", errSlowPath)
			}
			return l, nil
		default:
			return l, errSlowPath
		}
	}
}
