// Package projection owns the projection tables: the current state of assets, listings,
// rentals, accounts and disputes that the REST API serves, rebuilt from events alone.
//
// Each aggregate has one file that owns its row type, its columns, the handlers that move
// it by event, and the scan that reads it back: assets.go, listings.go, rentals.go,
// accounts.go, disputes.go. A handler is registered by contract and event name and reads
// the event's arguments through accessors it declares at registration; [New] checks every
// contract, event and argument name (and its ABI type) against the bindings' ABIs, so a
// typo fails at start-up and in a test, never silently as a zero.
//
// One event may move several aggregates (Rented creates a rental and counts the renter's
// active rentals): each aggregate registers its own handler for it, and a [Batch] runs
// them in registration order (assets, listings, rentals, accounts, disputes) against one
// working set of rows, which it writes typed — COPY for the rows, with their pre-images
// captured in undo_log by the server when the batch can still be reorged away.
//
// Every projection row carries the chain id of its deployment, so several deployments
// share one database (DESIGN §6.5).
package projection

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/decode"
)

// Handler moves the projections by one log.
type Handler func(b *Batch, l *decode.Log) error

type eventKey struct{ contract, name string }

// Projector holds the handlers of every followed event, checked against the ABIs. It is
// immutable once built and safe for concurrent use.
type Projector struct {
	handlers map[eventKey][]Handler
}

// New builds the Projector, checking each handler's contract, event and argument names
// and types against the ABI that abiOf returns for the contract (decode.ABI in
// production).
func New(abiOf func(contract string) (*abi.ABI, error)) (*Projector, error) {
	r := &registry{events: map[eventKey]*eventSpec{}}
	registerAssets(r)
	registerListings(r)
	registerRentals(r)
	registerAccounts(r)
	registerDisputes(r)
	registerSettings(r)
	registerPlatforms(r)
	registerTelemetry(r)
	if err := r.bind(abiOf); err != nil {
		return nil, err
	}
	p := &Projector{handlers: make(map[eventKey][]Handler, len(r.order))}
	for _, e := range r.order {
		p.handlers[e.key] = e.handlers
	}
	return p, nil
}

// Follows reports whether some projection moves on the event name of contract.
func (p *Projector) Follows(contract, name string) bool {
	return len(p.handlers[eventKey{contract, name}]) > 0
}

// registry collects the handlers while the aggregates register them.
type registry struct {
	events map[eventKey]*eventSpec
	order  []*eventSpec
}

// on returns the spec of an event, for its accessors and handlers.
func (r *registry) on(contract, name string) *eventSpec {
	k := eventKey{contract, name}
	if e, ok := r.events[k]; ok {
		return e
	}
	e := &eventSpec{key: k}
	r.events[k] = e
	r.order = append(r.order, e)
	return e
}

// bind resolves every accessor against the ABIs and reports every name or type that
// does not match, all at once.
func (r *registry) bind(abiOf func(string) (*abi.ABI, error)) error {
	var errs []error
	parsed := map[string]*abi.ABI{}
	for _, e := range r.order {
		a, ok := parsed[e.key.contract]
		if !ok {
			var err error
			if a, err = abiOf(e.key.contract); err != nil {
				errs = append(errs, fmt.Errorf("projection: %s.%s: %w", e.key.contract, e.key.name, err))
				parsed[e.key.contract] = nil
				continue
			}
			parsed[e.key.contract] = a
		}
		if a == nil {
			continue
		}
		if err := e.bind(a); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// eventSpec is one event the projections follow: the arguments its handlers read and
// the handlers themselves.
type eventSpec struct {
	key      eventKey
	args     []*argSpec
	handlers []Handler
}

func (e *eventSpec) bind(a *abi.ABI) error {
	var ev *abi.Event
	for _, candidate := range a.Events {
		if candidate.RawName == e.key.name {
			if ev != nil {
				return fmt.Errorf("projection: %s.%s is overloaded in the ABI", e.key.contract, e.key.name)
			}
			c := candidate
			ev = &c
		}
	}
	if ev == nil {
		return fmt.Errorf("projection: the %s ABI has no event %s", e.key.contract, e.key.name)
	}
	var errs []error
	for _, s := range e.args {
		s.index = -1
		for i, in := range ev.Inputs {
			if in.Name == s.name {
				s.index = i
				if !s.want.accepts(in.Type) || (s.want == typeString && in.Indexed) {
					errs = append(errs, fmt.Errorf("projection: %s.%s argument %s is %s, not %s",
						e.key.contract, e.key.name, s.name, in.Type, s.want))
				}
				break
			}
		}
		if s.index < 0 {
			errs = append(errs, fmt.Errorf("projection: %s.%s has no argument %q", e.key.contract, e.key.name, s.name))
		}
	}
	return errors.Join(errs...)
}

// handle registers h for the event.
func (e *eventSpec) handle(h Handler) { e.handlers = append(e.handlers, h) }

func (e *eventSpec) arg(name string, want argType) *argSpec {
	s := &argSpec{name: name, want: want, index: -1}
	e.args = append(e.args, s)
	return s
}

// uint declares an integer argument (of any width, signed or not).
func (e *eventSpec) uint(name string) uintArg { return uintArg{e.arg(name, typeInt)} }

// address declares an address argument.
func (e *eventSpec) address(name string) addressArg { return addressArg{e.arg(name, typeAddress)} }

// bytes32 declares a bytes32 argument.
func (e *eventSpec) bytes32(name string) bytes32Arg { return bytes32Arg{e.arg(name, typeBytes32)} }

// string declares a non-indexed string argument.
func (e *eventSpec) string(name string) stringArg { return stringArg{e.arg(name, typeString)} }

// bool declares a bool argument.
func (e *eventSpec) bool(name string) boolArg { return boolArg{e.arg(name, typeBool)} }

type argType uint8

const (
	typeInt argType = iota
	typeAddress
	typeBytes32
	typeString
	typeBool
)

func (t argType) String() string {
	return [...]string{"an integer", "an address", "a bytes32", "a non-indexed string", "a bool"}[t]
}

func (t argType) accepts(at abi.Type) bool {
	switch t {
	case typeInt:
		return at.T == abi.UintTy || at.T == abi.IntTy
	case typeAddress:
		return at.T == abi.AddressTy
	case typeBytes32:
		return at.T == abi.FixedBytesTy && at.Size == 32
	case typeString:
		return at.T == abi.StringTy
	case typeBool:
		return at.T == abi.BoolTy
	}
	return false
}

// argSpec is one argument a handler reads: its ABI name, and its position, which [New]
// resolves.
type argSpec struct {
	name  string
	want  argType
	index int
}

// value returns the decoded argument. The decoder lays arguments out in ABI order, so the
// position is checked and a name search is the fallback for an event built by hand.
func (s *argSpec) value(l *decode.Log) any {
	args := l.Event.Args
	if s.index >= 0 && s.index < len(args) && args[s.index].Name == s.name {
		return args[s.index].Value
	}
	for i := range args {
		if args[i].Name == s.name {
			return args[i].Value
		}
	}
	return nil
}

type uintArg struct{ *argSpec }

// of returns the argument; a new zero when the log lacks it. Callers must not modify it.
func (a uintArg) of(l *decode.Log) *big.Int {
	if x, ok := a.value(l).(*big.Int); ok && x != nil {
		return x
	}
	return new(big.Int)
}

// u64 returns the argument as a uint64, saturated: uint64 columns hold type(uint64).max.
func (a uintArg) u64(l *decode.Log) uint64 {
	x := a.of(l)
	if !x.IsUint64() {
		return ^uint64(0)
	}
	return x.Uint64()
}

type addressArg struct{ *argSpec }

func (a addressArg) of(l *decode.Log) common.Address {
	v, _ := a.value(l).(common.Address)
	return v
}

type bytes32Arg struct{ *argSpec }

func (a bytes32Arg) of(l *decode.Log) [32]byte {
	v, _ := a.value(l).([32]byte)
	return v
}

type boolArg struct{ *argSpec }

func (a boolArg) of(l *decode.Log) bool {
	v, _ := a.value(l).(bool)
	return v
}

type stringArg struct{ *argSpec }

func (a stringArg) of(l *decode.Log) string {
	v, _ := a.value(l).(string)
	return v
}

// Default returns the Projector of the bindings' ABIs, built once. Processes call it at
// start-up, so that a handler naming an event or argument the ABIs lack stops them there.
var Default = sync.OnceValues(func() (*Projector, error) { return New(decode.ABI) })
