package telemetry

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"sharechain/internal/telemetry"
)

// The wire format of INTERFACE.md §6, the same JSON over HTTP and MQTT. The API, the
// device simulator and the tests use these types; nobody re-declares them.

// Limits of one batch: more readings or more bytes are refused whole (HTTP 413, an MQTT
// refusal on the acks topic).
const (
	MaxBatchReadings = 1000
	MaxBatchBytes    = 1 << 20
)

// ReadingsPath is the HTTP route devices POST batches to.
const ReadingsPath = "/v1/telemetry/readings"

// Batch is what a device sends: {"readings": [...]}.
type Batch struct {
	Readings []WireReading `json:"readings"`
}

// WireReading is one signed reading as sent: token_id and value are decimal strings,
// kind the ASCII name, signature the device's 65-byte EIP-712 signature in 0x-hex.
type WireReading struct {
	TokenID   string `json:"token_id"`
	Seq       uint64 `json:"seq"`
	Time      uint64 `json:"time"`
	Kind      string `json:"kind"`
	Value     string `json:"value"`
	Signature string `json:"signature"`
}

// Status is the outcome of one reading.
type Status string

// The statuses of a [Result].
const (
	Accepted  Status = "accepted"  // stored now
	Duplicate Status = "duplicate" // identical to a stored reading; stored once
	Refused   Status = "refused"   // not stored; Reason says why
)

// Reason says why a reading was refused (INTERFACE.md §6).
type Reason string

// The reasons of a refusal.
const (
	BadSignature  Reason = "bad_signature"  // no address can be recovered from the signature
	UnknownDevice Reason = "unknown_device" // the signer is not the device of the asset's current verification
	SeqConflict   Reason = "seq_conflict"   // a different reading was stored with this seq
	ClockSkew     Reason = "clock_skew"     // more than MaxAhead after the latest block's time
	TooOld        Reason = "too_old"        // more than MaxBehind before the latest block's time
	Malformed     Reason = "malformed"      // not a reading: a field is missing or out of range
	Oversize      Reason = "oversize"       // the batch is over MaxBatchReadings or MaxBatchBytes
	RateLimited   Reason = "rate_limited"   // the device sent more than its rate; send again later
)

// Reasons lists every reason, in the order INTERFACE.md gives them.
var Reasons = []Reason{BadSignature, UnknownDevice, SeqConflict, ClockSkew, TooOld, Malformed, Oversize, RateLimited}

// Result is the outcome of one reading, in the order of the batch.
type Result struct {
	// Seq is the reading's seq; nil only for a malformed reading whose seq could not be read.
	Seq    *uint64 `json:"seq"`
	Status Status  `json:"status"`
	// Reason is nil unless Status is Refused.
	Reason *Reason `json:"reason"`
}

// Results is the answer to a batch: HTTP's 200 body and the MQTT acks message.
type Results struct {
	Results []Result `json:"results"`
}

// Problem is an RFC 9457 problem+json body: HTTP's answer to a batch that is unusable as
// a whole (400 malformed, 413 oversize), and, over MQTT, the acks message for such a
// batch (the same body HTTP answers with).
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
}

// ProblemContentType is the media type of a [Problem].
const ProblemContentType = "application/problem+json"

// Acks is what the acks topic carries for one batch: Results, or Problem when the batch
// was refused whole. [ParseAcks] tells them apart.
type Acks struct {
	Results []Result
	Problem *Problem
}

// ParseAcks decodes an acks message.
func ParseAcks(payload []byte) (Acks, error) {
	var probe struct {
		Results json.RawMessage `json:"results"`
		Status  int             `json:"status"`
	}
	if err := json.Unmarshal(payload, &probe); err != nil {
		return Acks{}, fmt.Errorf("parsing acks: %w", err)
	}
	if probe.Results == nil {
		var p Problem
		if err := json.Unmarshal(payload, &p); err != nil || p.Status == 0 {
			return Acks{}, errors.New("parsing acks: neither results nor a problem")
		}
		return Acks{Problem: &p}, nil
	}
	var r Results
	if err := json.Unmarshal(payload, &r); err != nil {
		return Acks{}, fmt.Errorf("parsing acks: %w", err)
	}
	return Acks{Results: r.Results}, nil
}

// ReadingsTopic is the MQTT topic a device publishes its batches to:
// sharechain/{chainId}/devices/{device, lower-case hex}/readings.
func ReadingsTopic(chainID uint64, device common.Address) string {
	return deviceTopic(chainID, device) + "/readings"
}

// AcksTopic is the MQTT topic the results of a device's batches come on.
func AcksTopic(chainID uint64, device common.Address) string {
	return deviceTopic(chainID, device) + "/acks"
}

func deviceTopic(chainID uint64, device common.Address) string {
	return "sharechain/" + strconv.FormatUint(chainID, 10) + "/devices/" + strings.ToLower(device.Hex())
}

// readingsFilter is the subscription that receives every device's batches of a chain.
func readingsFilter(chainID uint64) string {
	return "sharechain/" + strconv.FormatUint(chainID, 10) + "/devices/+/readings"
}

// deviceOfTopic returns the device named by a readings topic of chainID.
func deviceOfTopic(chainID uint64, topic string) (common.Address, bool) {
	prefix := "sharechain/" + strconv.FormatUint(chainID, 10) + "/devices/"
	rest, ok := strings.CutPrefix(topic, prefix)
	if !ok {
		return common.Address{}, false
	}
	hex, ok := strings.CutSuffix(rest, "/readings")
	if !ok || len(hex) != 42 || hex != strings.ToLower(hex) || !common.IsHexAddress(hex) {
		return common.Address{}, false
	}
	return common.HexToAddress(hex), true
}

// NewWireReading returns r with its signature as sent.
func NewWireReading(r *telemetry.Reading, signature []byte) WireReading {
	return WireReading{
		TokenID:   r.TokenID.String(),
		Seq:       r.Seq,
		Time:      r.Time,
		Kind:      r.Kind.String(),
		Value:     r.Value.String(),
		Signature: hexutil.Encode(signature),
	}
}

// SignReading signs r with the device key in domain (the TelemetryAnchor domain) and
// returns it as sent; r.Device is set to the key's address.
func SignReading(domain telemetry.Domain, key *ecdsa.PrivateKey, r *telemetry.Reading) (WireReading, error) {
	r.Device = crypto.PubkeyToAddress(key.PublicKey)
	sig, err := telemetry.Sign(domain.ReadingDigest(r), key)
	if err != nil {
		return WireReading{}, err
	}
	return NewWireReading(r, sig), nil
}

// Parse checks w's fields and returns the reading (without its device, which the
// signature names) and the signature bytes. A signature that is not 0x-hex is an error
// (malformed); one of the wrong length is returned as is: no address can be recovered
// from it (bad_signature).
func (w *WireReading) Parse() (telemetry.Reading, []byte, error) {
	var r telemetry.Reading
	id, ok := parseUint256(w.TokenID)
	if !ok {
		return r, nil, errors.New("token_id must be a positive decimal uint256")
	}
	kind, err := telemetry.ParseKind(w.Kind)
	if err != nil {
		return r, nil, err
	}
	value, err := telemetry.ParseValue(w.Value)
	if err != nil {
		return r, nil, err
	}
	r = telemetry.Reading{TokenID: id, Seq: w.Seq, Time: w.Time, Kind: kind, Value: value}
	if err := r.Check(); err != nil {
		return r, nil, err
	}
	if r.Seq > 1<<63-1 || r.Time > 1<<63-1 {
		return r, nil, errors.New("seq and time must fit a signed 64-bit integer")
	}
	sig, err := hexutil.Decode(w.Signature)
	if err != nil {
		return r, nil, errors.New("signature must be 0x-hex")
	}
	return r, sig, nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// parseUint256 parses a positive decimal uint256 written without sign or leading zeros.
func parseUint256(s string) (*big.Int, bool) {
	if len(s) == 0 || len(s) > 78 || s[0] == '0' {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, false
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Cmp(maxUint256) > 0 {
		return nil, false
	}
	return v, true
}
