// Package telemetry holds what every part of the IoT data service agrees on (DESIGN §6.3,
// INTERFACE.md §1 TelemetryAnchor): a reading, the EIP-712 digest a device signs for it,
// its Merkle leaf, and the OpenZeppelin StandardMerkleTree that the telemetry service
// anchors and proves readings against.
//
// A reading is (uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind,
// int256 value). The device signs
//
//	Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)
//
// in the domain {name: "TelemetryAnchor", version: "1", chainId, verifyingContract: the
// anchor}, as eth_signTypedData_v4 does; the device itself is not in the signed struct, it
// is the key that signs. The leaf is StandardMerkleTree's double hash of the ABI encoding
// of all six fields, so OpenZeppelin's MerkleProof.verify (TelemetryAnchor.verifyReading)
// accepts the proofs [Tree] makes.
package telemetry

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind is a reading's kind: a short ASCII name right-padded with zeros to 32 bytes
// (INTERFACE.md §1).
type Kind [32]byte

// The kinds the suite's devices send. Others are accepted as long as they are short
// lower-case ASCII names ([ParseKind]).
const (
	Odometer  = "odometer_m" // metres travelled since the device was fitted
	Energy    = "energy_wh"  // watt-hours delivered (a charging pile) or used
	Latitude  = "lat_e7"     // degrees × 10⁷
	Longitude = "lon_e7"     // degrees × 10⁷
	Battery   = "battery_pm" // charge in per mille
	Locked    = "locked"     // 1 locked, 0 open
)

// Errors of parsing and checking readings.
var (
	// ErrBadKind reports a kind that is not 1 to 32 characters of [a-z0-9_].
	ErrBadKind = errors.New("kind must be 1 to 32 characters of a-z, 0-9 and _")
	// ErrBadValue reports a value outside int256.
	ErrBadValue = errors.New("value must be an integer in the int256 range")
	// ErrBadSignature reports a signature from which no address can be recovered.
	ErrBadSignature = errors.New("no address can be recovered from the signature")
)

// ParseKind checks a kind's name and pads it.
func ParseKind(name string) (Kind, error) {
	var k Kind
	if len(name) == 0 || len(name) > len(k) {
		return k, ErrBadKind
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return k, ErrBadKind
		}
	}
	copy(k[:], name)
	return k, nil
}

// MustKind is [ParseKind] for names known to be good.
func MustKind(name string) Kind {
	k, err := ParseKind(name)
	if err != nil {
		panic(fmt.Sprintf("telemetry.MustKind(%q): %v", name, err))
	}
	return k
}

// String returns the kind's name without its padding.
func (k Kind) String() string {
	n := 0
	for n < len(k) && k[n] != 0 {
		n++
	}
	return string(k[:n])
}

var (
	minInt256 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
	maxInt256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
)

// Reading is one signed measurement of a device fitted to an asset.
type Reading struct {
	TokenID *big.Int
	Device  common.Address
	Seq     uint64
	Time    uint64
	Kind    Kind
	Value   *big.Int
}

// Check reports whether r's numbers fit their Solidity types (TokenID a uint256, Value
// an int256) and Seq is at least 1.
func (r *Reading) Check() error {
	switch {
	case r.TokenID == nil || r.TokenID.Sign() <= 0 || r.TokenID.BitLen() > 256:
		return errors.New("token_id must be a positive uint256")
	case r.Seq == 0:
		return errors.New("seq must be at least 1")
	case r.Value == nil || r.Value.Cmp(minInt256) < 0 || r.Value.Cmp(maxInt256) > 0:
		return ErrBadValue
	}
	return nil
}

// ParseValue parses a decimal int256.
func ParseValue(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || len(s) > 80 || v.Cmp(minInt256) < 0 || v.Cmp(maxInt256) > 0 {
		return nil, ErrBadValue
	}
	return v, nil
}

// word writes v as a 32-byte big-endian two's-complement ABI word.
func word(dst []byte, v *big.Int) {
	if v.Sign() >= 0 {
		v.FillBytes(dst[:32])
		return
	}
	// two's complement: 2^256 + v
	t := new(big.Int).Add(v, new(big.Int).Lsh(big.NewInt(1), 256))
	t.FillBytes(dst[:32])
}

func putUint64(dst []byte, v uint64) {
	clear(dst[:24])
	for i := 0; i < 8; i++ {
		dst[31-i] = byte(v >> (8 * i))
	}
}

// encode returns abi.encode(tokenId, device, seq, time, kind, value).
func (r *Reading) encode(buf *[192]byte) {
	word(buf[0:32], r.TokenID)
	clear(buf[32:44])
	copy(buf[44:64], r.Device[:])
	putUint64(buf[64:96], r.Seq)
	putUint64(buf[96:128], r.Time)
	copy(buf[128:160], r.Kind[:])
	word(buf[160:192], r.Value)
}

// Leaf returns the reading's StandardMerkleTree leaf,
// keccak256(bytes.concat(keccak256(abi.encode(tokenId, device, seq, time, kind, value)))).
func (r *Reading) Leaf() common.Hash {
	var buf [192]byte
	r.encode(&buf)
	inner := crypto.Keccak256(buf[:])
	return crypto.Keccak256Hash(inner)
}

// readingTypeHash is keccak256 of the Reading type string.
var readingTypeHash = crypto.Keccak256Hash([]byte("Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)"))

// returnTypeHash is keccak256 of the Return type string (PledgeEscrow.endRentalByDevice).
var returnTypeHash = crypto.Keccak256Hash([]byte("Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)"))

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// Domain is an EIP-712 domain with version "1", its separator computed once.
type Domain struct {
	separator common.Hash
}

// NewDomain returns the domain {name, version "1", chainID, contract}: "TelemetryAnchor"
// and the anchor's address for readings, "PledgeEscrow" and the escrow's for returns.
func NewDomain(name string, chainID uint64, contract common.Address) Domain {
	var buf [160]byte
	copy(buf[0:32], domainTypeHash[:])
	copy(buf[32:64], crypto.Keccak256([]byte(name)))
	copy(buf[64:96], crypto.Keccak256([]byte("1")))
	putUint64(buf[96:128], chainID)
	copy(buf[140:160], contract[:])
	return Domain{separator: crypto.Keccak256Hash(buf[:])}
}

// Separator returns the domain separator.
func (d Domain) Separator() common.Hash { return d.separator }

func (d Domain) typed(structHash []byte) common.Hash {
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:34], d.separator[:])
	copy(buf[34:66], structHash)
	return crypto.Keccak256Hash(buf[:])
}

// ReadingDigest returns the EIP-712 digest the device signs for r (r.Device is not part
// of it). It equals TelemetryAnchor.readingDigest.
func (d Domain) ReadingDigest(r *Reading) common.Hash {
	var buf [192]byte
	copy(buf[0:32], readingTypeHash[:])
	word(buf[32:64], r.TokenID)
	putUint64(buf[64:96], r.Seq)
	putUint64(buf[96:128], r.Time)
	copy(buf[128:160], r.Kind[:])
	word(buf[160:192], r.Value)
	return d.typed(crypto.Keccak256(buf[:]))
}

// ReturnDigest returns the EIP-712 digest of Return(rentalId, returnedAt, deadline) that a
// rental's device signs for PledgeEscrow.endRentalByDevice (d is the escrow's domain).
func (d Domain) ReturnDigest(rentalID *big.Int, returnedAt uint64, deadline *big.Int) common.Hash {
	var buf [128]byte
	copy(buf[0:32], returnTypeHash[:])
	word(buf[32:64], rentalID)
	putUint64(buf[64:96], returnedAt)
	word(buf[96:128], deadline)
	return d.typed(crypto.Keccak256(buf[:]))
}

// Sign signs digest with key, giving the 65-byte r ‖ s ‖ v signature (v 27 or 28, low s)
// that Solidity's ECDSA.recover accepts.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// secp256k1halfN is half the curve order, big-endian: OpenZeppelin's ECDSA refuses a
// larger s.
var secp256k1halfN = [32]byte(new(big.Int).Rsh(crypto.S256().Params().N, 1).FillBytes(make([]byte, 32)))

// Recover returns the address that signed digest, as OpenZeppelin's ECDSA.tryRecover
// would: 65 bytes, v 27 or 28, s in the lower half of the order. Any other signature is
// [ErrBadSignature], as it recovers to no address on chain.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, ErrBadSignature
	}
	if bytes.Compare(sig[32:64], secp256k1halfN[:]) > 0 {
		return common.Address{}, ErrBadSignature
	}
	var s [65]byte
	copy(s[:], sig)
	switch s[64] {
	case 27, 28:
		s[64] -= 27
	default:
		return common.Address{}, ErrBadSignature
	}
	// the uncompressed public key 0x04 ‖ x ‖ y; the address is the last 20 bytes of
	// keccak256(x ‖ y), as crypto.PubkeyToAddress computes it without the round trip
	// through an ecdsa.PublicKey
	pub, err := crypto.Ecrecover(digest[:], s[:])
	if err != nil || len(pub) != 65 || pub[0] != 4 {
		return common.Address{}, ErrBadSignature
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}
