package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
)

// The events are the bulk of a backfill's rows, so they skip pgx's per-value encoding
// ([][]any, a type lookup and an interface conversion per field): encodeEvents writes
// PostgreSQL's binary COPY format for them directly, and it can do so outside the
// transaction, while the previous batch commits. The layout is PostgreSQL's
// documented one (COPY … FORMAT binary): a signature, flags and extension length,
// then per row a field count and per field a length (-1 for NULL) and the field's
// binary send form, then a trailer of -1.

// PostgreSQL type OIDs of array elements: array_recv checks them against the column.
const (
	oidBytea = 17
	oidText  = 25
)

var copySignature = []byte("PGCOPY\n\xff\r\n\x00")

const eventFields = 14 // len(eventColumns)

// streams recycles the buffers of encoded batches: a backfill encodes megabytes per
// batch, and fresh buffers cost their clearing, their growth and the GC's work. A
// sync.Pool would drop them at every GC cycle, which comes often with a small heap.
var streams = make(chan []byte, 4)

func getStream() []byte {
	select {
	case b := <-streams:
		return b[:0]
	default:
		return nil
	}
}

func putStream(b []byte) {
	if cap(b) > maxPooledStream {
		return
	}
	select {
	case streams <- b:
	default:
	}
}

// maxPooledStream is the largest encoded batch whose buffer is kept for reuse.
const maxPooledStream = 64 << 20

// encodeEvents appends to buf the binary COPY stream of logs as rows of eventColumns.
func encodeEvents(buf []byte, chainID uint64, logs []Log) []byte {
	size := 21
	for i := range logs {
		// ~200 bytes of fixed fields and hashes, the topics, the data and the JSON
		// args, which spell the data's words in decimal or hex
		size += 300 + 36*len(logs[i].Topics) + 3*len(logs[i].Data)
	}
	buf = slices.Grow(buf[:0], size)
	buf = append(buf, copySignature...)
	buf = binary.BigEndian.AppendUint32(buf, 0) // flags
	buf = binary.BigEndian.AppendUint32(buf, 0) // header extension length
	var refs []string
	for i := range logs {
		l := &logs[i]
		buf = binary.BigEndian.AppendUint16(buf, eventFields)
		buf = appendInt8(buf, int64(chainID))
		buf = appendInt8(buf, int64(l.BlockNumber))
		buf = appendBytes(buf, l.BlockHash[:])
		buf = appendInt8(buf, int64(l.BlockTimestamp))
		buf = appendBytes(buf, l.TxHash[:])
		buf = appendInt4(buf, int32(l.TxIndex))
		buf = appendInt4(buf, int32(l.Index))
		buf = appendBytes(buf, l.Address[:])
		buf = appendString(buf, l.Event.Contract)
		refs = refs[:0]
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
		// topics BYTEA[]
		buf = binary.BigEndian.AppendUint32(buf, uint32(arrayHeaderLen(len(l.Topics))+len(l.Topics)*(4+32)))
		buf = appendArrayHeader(buf, len(l.Topics), oidBytea)
		for _, t := range l.Topics {
			buf = appendBytes(buf, t[:])
		}
		buf = appendBytes(buf, l.Data) // never NULL: an empty data is an empty bytea
	}
	return binary.BigEndian.AppendUint16(buf, math.MaxUint16) // trailer: -1
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
func copyEncoded(ctx context.Context, tx pgx.Tx, table string, columns []string, stream []byte) (int64, error) {
	sql := fmt.Sprintf("COPY %s (%s) FROM STDIN WITH (FORMAT binary)", pgx.Identifier{table}.Sanitize(), strings.Join(columns, ", "))
	tag, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(stream), sql)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
