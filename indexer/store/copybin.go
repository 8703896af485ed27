package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/jackc/pgx/v5"
)

// The events are the bulk of a backfill's rows, so they skip pgx's per-value encoding
// ([][]any, a type lookup and an interface conversion per field): an eventStream
// writes PostgreSQL's binary COPY format for them directly, a few rows at a time as
// the COPY reads it, so a batch's rows never sit encoded in memory whole (megabytes
// per batch, which the collector would have to make room for). The layout is
// PostgreSQL's documented one (COPY … FORMAT binary): a signature, flags and extension
// length, then per row a field count and per field a length (-1 for NULL) and the
// field's binary send form, then a trailer of -1.

// PostgreSQL type OIDs of array elements: array_recv checks them against the column.
const (
	oidBytea = 17
	oidText  = 25
)

var copySignature = []byte("PGCOPY\n\xff\r\n\x00")

const eventFields = 14 // len(eventColumns)

// eventChunk is about how many bytes an eventStream encodes at a time: pgconn reads
// the COPY source in 64 KiB pieces.
const eventChunk = 64 << 10

// eventStream is an io.Reader of the binary COPY stream of logs as rows of
// eventColumns; it encodes the rows as they are read.
type eventStream struct {
	chainID uint64
	logs    []Log
	next    int  // the first log not encoded yet
	started bool // the header is written
	ended   bool // the trailer is written
	buf     []byte
	off     int // read position in buf
	refs    []string
}

func newEventStream(chainID uint64, logs []Log) *eventStream {
	return &eventStream{chainID: chainID, logs: logs}
}

// Read implements io.Reader.
func (s *eventStream) Read(p []byte) (int, error) {
	for s.off == len(s.buf) {
		if s.ended {
			return 0, io.EOF
		}
		s.fill()
	}
	n := copy(p, s.buf[s.off:])
	s.off += n
	return n, nil
}

// fill encodes the next rows into buf, which the reader has drained: the header first,
// then rows until about eventChunk bytes, then the trailer after the last row.
func (s *eventStream) fill() {
	buf := s.buf[:0]
	s.off = 0
	if !s.started {
		s.started = true
		buf = append(buf, copySignature...)
		buf = binary.BigEndian.AppendUint32(buf, 0) // flags
		buf = binary.BigEndian.AppendUint32(buf, 0) // header extension length
	}
	for len(buf) < eventChunk && s.next < len(s.logs) {
		buf = s.appendRow(buf, &s.logs[s.next])
		s.next++
	}
	if s.next == len(s.logs) && len(buf) < eventChunk {
		buf = binary.BigEndian.AppendUint16(buf, math.MaxUint16) // trailer: -1
		s.ended = true
	}
	s.buf = buf
}

// appendRow appends the row of l.
func (s *eventStream) appendRow(buf []byte, l *Log) []byte {
	buf = binary.BigEndian.AppendUint16(buf, eventFields)
	buf = appendInt8(buf, int64(s.chainID))
	buf = appendInt8(buf, int64(l.BlockNumber))
	buf = appendBytes(buf, l.BlockHash[:])
	buf = appendInt8(buf, int64(l.BlockTimestamp))
	buf = appendBytes(buf, l.TxHash[:])
	buf = appendInt4(buf, int32(l.TxIndex))
	buf = appendInt4(buf, int32(l.Index))
	buf = appendBytes(buf, l.Address[:])
	buf = appendString(buf, l.Event.Contract)
	refs := s.refs[:0]
	if l.Event.Name == "" {
		buf = appendNull(buf)
		buf = appendNull(buf)
	} else {
		buf = appendString(buf, l.Event.Name)
		// args: json's binary form is its text
		at := len(buf)
		buf = append(buf, 0, 0, 0, 0)
		buf = l.Event.AppendArgsJSON(buf)
		binary.BigEndian.PutUint32(buf[at:], uint32(len(buf)-at-4))
		refs = l.Event.AppendRefs(refs)
	}
	// refs TEXT[]
	at := len(buf)
	buf = append(buf, 0, 0, 0, 0)
	buf = appendArrayHeader(buf, len(refs), oidText)
	for _, r := range refs {
		buf = appendString(buf, r)
	}
	binary.BigEndian.PutUint32(buf[at:], uint32(len(buf)-at-4))
	clear(refs) // the strings are the log's; do not keep them alive
	s.refs = refs[:0]
	// topics BYTEA[]
	buf = binary.BigEndian.AppendUint32(buf, uint32(arrayHeaderLen(len(l.Topics))+len(l.Topics)*(4+32)))
	buf = appendArrayHeader(buf, len(l.Topics), oidBytea)
	for _, t := range l.Topics {
		buf = appendBytes(buf, t[:])
	}
	return appendBytes(buf, l.Data) // never NULL: an empty data is an empty bytea
}

func appendInt8(buf []byte, v int64) []byte {
	buf = binary.BigEndian.AppendUint32(buf, 8)
	return binary.BigEndian.AppendUint64(buf, uint64(v))
}

func appendInt4(buf []byte, v int32) []byte {
	buf = binary.BigEndian.AppendUint32(buf, 4)
	return binary.BigEndian.AppendUint32(buf, uint32(v))
}

func appendBytes(buf, b []byte) []byte {
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(b)))
	return append(buf, b...)
}

func appendString(buf []byte, s string) []byte {
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(s)))
	return append(buf, s...)
}

func appendNull(buf []byte) []byte { return binary.BigEndian.AppendUint32(buf, math.MaxUint32) }

// appendArrayHeader writes a one-dimensional array header (none for an empty array).
func appendArrayHeader(buf []byte, n int, elemOID uint32) []byte {
	if n == 0 {
		buf = binary.BigEndian.AppendUint32(buf, 0) // dimensions
		buf = binary.BigEndian.AppendUint32(buf, 0) // no NULLs
		return binary.BigEndian.AppendUint32(buf, elemOID)
	}
	buf = binary.BigEndian.AppendUint32(buf, 1)
	buf = binary.BigEndian.AppendUint32(buf, 0)
	buf = binary.BigEndian.AppendUint32(buf, elemOID)
	buf = binary.BigEndian.AppendUint32(buf, uint32(n))
	return binary.BigEndian.AppendUint32(buf, 1) // lower bound
}

func arrayHeaderLen(n int) int {
	if n == 0 {
		return 12
	}
	return 20
}

// copyEncoded sends a binary COPY stream of rows of columns into table.
func copyEncoded(ctx context.Context, tx pgx.Tx, table string, columns []string, stream io.Reader) (int64, error) {
	sql := fmt.Sprintf("COPY %s (%s) FROM STDIN WITH (FORMAT binary)", pgx.Identifier{table}.Sanitize(), strings.Join(columns, ", "))
	tag, err := tx.Conn().PgConn().CopyFrom(ctx, stream, sql)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
