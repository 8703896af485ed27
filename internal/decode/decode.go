// Package decode turns the logs of the Sharechain contracts into named events with typed
// arguments. It is shared by the indexer, which stores them, and the auditor, which
// compares the stored events with the chain.
//
// A [Decoder] picks the ABI by the log's address and the event by topic0 within that
// ABI, so events that share a signature across contracts (the ERC-20 and ERC-721
// Transfer) decode with the right indexed arguments. It never fails: a log it cannot
// decode comes back with an empty Name. [Event.AppendArgsJSON] writes the `args` object
// of the REST API (INTERFACE.md §5) without reflection.
//
// A Decoder is immutable once built and safe for concurrent use.
package decode

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/bits"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"sharechain/bindings/arbitration"
	"sharechain/bindings/assetregistry"
	"sharechain/bindings/creditregistry"
	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
	"sharechain/bindings/telemetryanchor"
	"sharechain/internal/manifest"
)

// Arg is one decoded event argument. Value is a *big.Int for integers of every width, a
// common.Address, a [32]byte for bytes32 (and for an indexed argument of a dynamic type,
// which the log holds only as its hash), a []byte for bytes and bytesN below 32, a bool
// or a string.
type Arg struct {
	Name  string
	Value any
}

// Event is a decoded log. Contract is the manifest name of the emitting address ("" when
// the address is not followed); Name is "" and Args nil when the log cannot be decoded.
// The accessors return the stored values themselves: callers must not modify a *big.Int
// or []byte they get from an Event that others may read.
type Event struct {
	Contract string
	Name     string
	Args     []Arg
}

// abis are the contract ABIs a Decoder knows, by manifest name.
var abis = map[string]*bind.MetaData{
	manifest.RewardToken:    &rewardtoken.RewardTokenMetaData,
	manifest.AssetRegistry:  &assetregistry.AssetRegistryMetaData,
	manifest.CreditRegistry: &creditregistry.CreditRegistryMetaData,
	manifest.PledgeEscrow:   &pledgeescrow.PledgeEscrowMetaData,
	manifest.Arbitration:    &arbitration.ArbitrationMetaData,
	// release 2, followed when the manifest names it.
	manifest.TelemetryAnchor: &telemetryanchor.TelemetryAnchorMetaData,
}

// kind says how an argument is read.
type kind uint8

const (
	kindUint kind = iota
	kindInt
	kindAddress
	kindBool
	kindFixedBytes // bytes1..bytes32
	kindString
	kindBytes
	kindHashed  // an indexed argument of a dynamic or composite type: its topic is a hash
	kindComplex // a non-indexed array, tuple or function: read by go-ethereum's abi
)

type argPlan struct {
	name    string
	kind    kind
	size    int  // bits of an integer, bytes of a bytesN
	indexed bool // read from topics[slot], else from data word slot
	slot    int
}

type eventPlan struct {
	name    string
	topics  int // 1 + the indexed arguments
	args    []argPlan
	ints    int           // integer arguments, for one shared allocation
	complex abi.Arguments // the non-indexed arguments when one of them is kindComplex
	dynamic bool          // data holds a string or bytes
}

type contractPlan struct {
	name   string
	events map[common.Hash]*eventPlan
}

// Decoder decodes the logs of a fixed set of contracts.
type Decoder struct {
	contracts map[common.Address]*contractPlan
}

// NewDecoder builds a Decoder for contracts, named as in the manifest (RewardToken,
// AssetRegistry, CreditRegistry, PledgeEscrow, Arbitration, TelemetryAnchor), with the
// ABIs of their bindings.
func NewDecoder(contracts []manifest.Contract) (*Decoder, error) {
	parsed := make(map[string]*abi.ABI, len(contracts))
	for _, c := range contracts {
		if _, ok := parsed[c.Name]; ok {
			continue
		}
		a, err := ABI(c.Name)
		if err != nil {
			return nil, fmt.Errorf("building decoder: %w", err)
		}
		parsed[c.Name] = a
	}
	return newDecoder(contracts, parsed)
}

// newDecoder builds a Decoder from parsed ABIs by contract name.
func newDecoder(contracts []manifest.Contract, parsed map[string]*abi.ABI) (*Decoder, error) {
	d := &Decoder{contracts: make(map[common.Address]*contractPlan, len(contracts))}
	plans := make(map[string]*contractPlan, len(parsed))
	for _, c := range contracts {
		if other, dup := d.contracts[c.Address]; dup {
			return nil, fmt.Errorf("building decoder: %s and %s share the address %s", other.name, c.Name, c.Address)
		}
		p, ok := plans[c.Name]
		if !ok {
			a, ok := parsed[c.Name]
			if !ok {
				return nil, fmt.Errorf("building decoder: no ABI for contract %q", c.Name)
			}
			p = planContract(c.Name, a)
			plans[c.Name] = p
		}
		d.contracts[c.Address] = p
	}
	return d, nil
}

func planContract(name string, a *abi.ABI) *contractPlan {
	p := &contractPlan{name: name, events: make(map[common.Hash]*eventPlan, len(a.Events))}
	for _, ev := range a.Events {
		if ev.Anonymous {
			continue // no topic0 to recognise it by
		}
		p.events[ev.ID] = planEvent(ev)
	}
	return p
}

func planEvent(ev abi.Event) *eventPlan {
	p := &eventPlan{name: ev.RawName, topics: 1, args: make([]argPlan, len(ev.Inputs))}
	if p.name == "" {
		p.name = ev.Name
	}
	word := 0
	for i, in := range ev.Inputs {
		a := argPlan{name: in.Name, indexed: in.Indexed}
		if a.name == "" {
			a.name = fmt.Sprintf("arg%d", i)
		}
		if in.Indexed {
			a.slot = p.topics
			p.topics++
		} else {
			a.slot = word
			word++
		}
		switch in.Type.T {
		case abi.UintTy:
			a.kind, a.size = kindUint, in.Type.Size
			p.ints++
		case abi.IntTy:
			a.kind, a.size = kindInt, in.Type.Size
			p.ints++
		case abi.AddressTy:
			a.kind = kindAddress
		case abi.BoolTy:
			a.kind = kindBool
		case abi.FixedBytesTy:
			a.kind, a.size = kindFixedBytes, in.Type.Size
		case abi.StringTy:
			a.kind = kindString
			p.dynamic = true
		case abi.BytesTy:
			a.kind = kindBytes
			p.dynamic = true
		default:
			a.kind = kindComplex
		}
		if in.Indexed && (a.kind == kindString || a.kind == kindBytes || a.kind == kindComplex) {
			a.kind = kindHashed
		}
		if a.kind == kindComplex {
			p.complex = ev.Inputs.NonIndexed()
		}
		p.args[i] = a
	}
	if p.complex != nil {
		// go-ethereum reads all the data: static arrays and tuples shift the head words.
		p.ints = 0
		for i := range p.args {
			if !p.args[i].indexed {
				p.args[i].kind = kindComplex
			} else if k := p.args[i].kind; k == kindUint || k == kindInt {
				p.ints++
			}
		}
	}
	return p
}

// Decode decodes l. It never fails: a log from an address the Decoder does not follow
// has an empty Contract, and a log it cannot decode (unknown topic0, wrong topic count,
// malformed data) has an empty Name and nil Args.
func (d *Decoder) Decode(l *types.Log) Event {
	if l == nil {
		return Event{}
	}
	c := d.contracts[l.Address]
	if c == nil {
		return Event{}
	}
	ev := Event{Contract: c.name}
	if len(l.Topics) == 0 {
		return ev
	}
	p := c.events[l.Topics[0]]
	if p == nil || len(l.Topics) != p.topics {
		return ev
	}
	args, ok := p.decode(l.Topics, l.Data)
	if !ok {
		return ev
	}
	ev.Name, ev.Args = p.name, args
	return ev
}

// decode reads the arguments of p from a log's topics and data, with the checks
// go-ethereum's abi package makes: integers must fit their width, bools be 0 or 1, and
// dynamic values lie inside data.
func (p *eventPlan) decode(topics []common.Hash, data []byte) ([]Arg, bool) {
	if len(p.args) == 0 {
		return nil, true
	}
	var (
		args  = make([]Arg, len(p.args))
		ints  []big.Int
		words []big.Word
	)
	if p.ints > 0 {
		ints = make([]big.Int, p.ints)
		if bits.UintSize == 64 {
			words = make([]big.Word, 4*p.ints)
		}
	}
	var complexVals []any
	if p.complex != nil {
		vals, err := p.complex.UnpackValues(data)
		if err != nil {
			return nil, false
		}
		complexVals = vals
	} else if len(data) == 0 && len(p.args) >= p.topics {
		return nil, false // arguments expected in data
	}
	for i := range p.args {
		a := &p.args[i]
		args[i].Name = a.name
		var w []byte
		if a.indexed {
			w = topics[a.slot][:]
		} else if a.kind == kindComplex {
			args[i].Value = fromABI(complexVals[0])
			complexVals = complexVals[1:]
			continue
		} else {
			off := a.slot * 32
			if off+32 > len(data) {
				return nil, false
			}
			w = data[off : off+32]
		}
		switch a.kind {
		case kindUint, kindInt:
			x := &ints[0]
			ints = ints[1:]
			var ws []big.Word
			if words != nil {
				ws, words = words[:4:4], words[4:]
			}
			if !readInt(x, ws, w, a.size, a.kind == kindInt) {
				return nil, false
			}
			args[i].Value = x
		case kindAddress:
			args[i].Value = common.Address(w[12:32])
		case kindBool:
			for _, b := range w[:31] {
				if b != 0 {
					return nil, false
				}
			}
			switch w[31] {
			case 0:
				args[i].Value = false
			case 1:
				args[i].Value = true
			default:
				return nil, false
			}
		case kindFixedBytes:
			if a.size == 32 {
				args[i].Value = [32]byte(w)
			} else {
				args[i].Value = append([]byte(nil), w[:a.size]...)
			}
		case kindHashed:
			args[i].Value = [32]byte(w)
		case kindString, kindBytes:
			b, ok := dynamicAt(data, a.slot*32)
			if !ok {
				return nil, false
			}
			if a.kind == kindString {
				args[i].Value = string(b)
			} else {
				args[i].Value = append([]byte{}, b...)
			}
		}
	}
	return args, true
}

// dynamicAt returns the string or bytes whose offset is the data word at index.
func dynamicAt(data []byte, index int) ([]byte, bool) {
	start, ok := wordInt(data[index : index+32])
	if !ok || start > len(data)-32 {
		return nil, false
	}
	start += 32
	n, ok := wordInt(data[start-32 : start])
	if !ok || n > len(data)-start {
		return nil, false
	}
	return data[start : start+n], true
}

// wordInt reads a 32-byte word as a non-negative int below 2^62.
func wordInt(w []byte) (int, bool) {
	for _, b := range w[:24] {
		if b != 0 {
			return 0, false
		}
	}
	v := binary.BigEndian.Uint64(w[24:])
	if v >= 1<<62 {
		return 0, false
	}
	return int(v), true
}

// readInt sets x to the size-bit integer in the 32-byte word w, using ws (4 words, or nil)
// as its storage. It reports false when w does not hold a value of that width.
func readInt(x *big.Int, ws []big.Word, w []byte, size int, signed bool) bool {
	pad := 32 - size/8
	var fill byte
	neg := signed && w[pad]&0x80 != 0
	if neg {
		fill = 0xff
	}
	for _, b := range w[:pad] {
		if b != fill {
			return false
		}
	}
	u := [4]uint64{
		binary.BigEndian.Uint64(w[24:32]),
		binary.BigEndian.Uint64(w[16:24]),
		binary.BigEndian.Uint64(w[8:16]),
		binary.BigEndian.Uint64(w[0:8]),
	}
	if neg { // the magnitude of a two's complement value
		var carry uint64 = 1
		for i := range u {
			u[i], carry = bits.Add64(^u[i], 0, carry)
		}
	}
	if ws != nil {
		for i := range u {
			ws[i] = big.Word(u[i])
		}
		x.SetBits(ws)
	} else {
		var be [32]byte
		for i := range u {
			binary.BigEndian.PutUint64(be[24-8*i:], u[i])
		}
		x.SetBytes(be[:])
	}
	if neg {
		x.Neg(x)
	}
	return true
}

// fromABI converts a value go-ethereum's abi package decoded to the types of [Arg].
func fromABI(v any) any {
	switch x := v.(type) {
	case uint8:
		return new(big.Int).SetUint64(uint64(x))
	case uint16:
		return new(big.Int).SetUint64(uint64(x))
	case uint32:
		return new(big.Int).SetUint64(uint64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	case int8:
		return big.NewInt(int64(x))
	case int16:
		return big.NewInt(int64(x))
	case int32:
		return big.NewInt(int64(x))
	case int64:
		return big.NewInt(x)
	case common.Hash:
		return [32]byte(x)
	}
	return v
}

// arg returns the value of the argument called name, or nil.
func (e Event) arg(name string) any {
	for i := range e.Args {
		if e.Args[i].Name == name {
			return e.Args[i].Value
		}
	}
	return nil
}

// Uint returns the integer argument called name, or a new zero when there is none.
func (e Event) Uint(name string) *big.Int {
	if x, ok := e.arg(name).(*big.Int); ok && x != nil {
		return x
	}
	return new(big.Int)
}

// Int returns the signed integer argument called name (an int16 delta, for example), or
// a new zero when there is none. It is [Event.Uint] under a name that reads better.
func (e Event) Int(name string) *big.Int {
	return e.Uint(name)
}

// Address returns the address argument called name, or the zero address.
func (e Event) Address(name string) common.Address {
	a, _ := e.arg(name).(common.Address)
	return a
}

// Bytes32 returns the bytes32 argument called name, or 32 zero bytes.
func (e Event) Bytes32(name string) [32]byte {
	b, _ := e.arg(name).([32]byte)
	return b
}

// Bytes returns the bytes argument called name, or nil.
func (e Event) Bytes(name string) []byte {
	b, _ := e.arg(name).([]byte)
	return b
}

// String returns the string argument called name, or "".
func (e Event) String(name string) string {
	s, _ := e.arg(name).(string)
	return s
}

// Bool returns the bool argument called name, or false.
func (e Event) Bool(name string) bool {
	b, _ := e.arg(name).(bool)
	return b
}

// Entity is a kind of thing an event can be about: an account, or one of the suite's
// numbered records.
type Entity uint8

// The entities an event refers to. [Refs] says which argument names point at which.
const (
	EntityNone Entity = iota
	EntityAccount
	EntityAsset
	EntityListing
	EntityRental
	EntityDispute
)

// prefix is the entity's tag in the events' refs column ("token:7", "account:0x…").
func (k Entity) prefix() string {
	switch k {
	case EntityAccount:
		return "account:"
	case EntityAsset:
		return "token:"
	case EntityListing:
		return "listing:"
	case EntityRental:
		return "rental:"
	case EntityDispute:
		return "dispute:"
	}
	return ""
}

// Refs is the one table of which integer arguments name which record, by ABI parameter
// name: the events' refs (the API's history of an asset, a rental, an account) and the
// projections' prefetch both read it. Every address argument refers to an account.
var Refs = map[string]Entity{
	"tokenId":         EntityAsset,
	"listingId":       EntityListing,
	"rentalId":        EntityRental,
	"disputeId":       EntityDispute,
	"evidenceGroupID": EntityDispute, // ERC-1497 Evidence: the group is the dispute
}

// RefOf returns the entity argument a refers to and its key: the lower-case hex of an
// address, the decimal id of a record; EntityNone when it names none.
func RefOf(a *Arg) (Entity, string) {
	switch v := a.Value.(type) {
	case common.Address:
		return EntityAccount, "0x" + hex.EncodeToString(v[:]) // lower case: no EIP-55 keccak
	case *big.Int:
		if k := Refs[a.Name]; k != EntityNone && v != nil {
			return k, v.String()
		}
	}
	return EntityNone, ""
}

// AppendRefs appends what the event is about and returns the extended slice:
// "account:<lower-case hex>" for each distinct address argument, indexed or not, and
// "token:<id>", "listing:<id>", "rental:<id>" or "dispute:<id>" for its id arguments,
// in argument order. The API finds an account's events and an asset's history by them.
func (e Event) AppendRefs(out []string) []string {
	start := len(out)
	for _, a := range e.Args {
		var ref string
		switch v := a.Value.(type) {
		case common.Address:
			ref = "account:0x" + hex.EncodeToString(v[:]) // as RefOf, in one allocation
		case *big.Int:
			k := Refs[a.Name]
			if k == EntityNone || v == nil {
				continue
			}
			ref = k.prefix() + v.String()
		default:
			continue
		}
		if !slices.Contains(out[start:], ref) {
			out = append(out, ref)
		}
	}
	return out
}

// ABI returns the parsed ABI of the contract with the manifest name contract, from its
// bindings: what a Decoder decodes with, and what the projections check their argument
// names against.
func ABI(contract string) (*abi.ABI, error) {
	md, ok := abis[contract]
	if !ok {
		return nil, fmt.Errorf("no ABI for contract %q", contract)
	}
	a, err := md.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parsing the %s ABI: %w", contract, err)
	}
	return a, nil
}

// Log is a log with its decoding.
type Log struct {
	types.Log
	Event Event
}
