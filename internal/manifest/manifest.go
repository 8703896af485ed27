// Package manifest reads a deployment manifest, deploy/deployments/<chainId>.json
// (INTERFACE.md §3): the chain, the block to start from, and where each contract of the
// suite lives with its EIP-712 domain. Every Sharechain process starts from one.
package manifest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
)

// The manifest names of the contracts of the suite (INTERFACE.md §3).
const (
	RewardToken    = "RewardToken"
	AssetRegistry  = "AssetRegistry"
	CreditRegistry = "CreditRegistry"
	PledgeEscrow   = "PledgeEscrow"
	Arbitration    = "Arbitration"
	PaymentToken   = "PaymentToken"
	// TelemetryAnchor is release 2's (the IoT data service): optional, since manifests
	// written before it still load.
	TelemetryAnchor = "TelemetryAnchor"
)

// followed lists the contracts the indexer follows, in the order [Manifest.Followed]
// returns them: the required ones, then the optional ones a manifest names. Payment
// tokens are never followed.
var (
	followed         = [...]string{RewardToken, AssetRegistry, CreditRegistry, PledgeEscrow, Arbitration}
	followedOptional = [...]string{TelemetryAnchor}
)

// Domain is the EIP-712 domain of one contract as the manifest publishes it.
type Domain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           uint64         `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
}

// Manifest is a deployment manifest, deploy/deployments/<chainId>.json (INTERFACE.md §3).
type Manifest struct {
	ChainID    uint64                    `json:"chainId"`
	StartBlock uint64                    `json:"startBlock"`
	Treasury   common.Address            `json:"treasury"`
	Contracts  map[string]common.Address `json:"contracts"`
	EIP712     map[string]Domain         `json:"eip712"`
}

// Contract is a deployed contract by its manifest name.
type Contract struct {
	Name    string
	Address common.Address
}

// Load reads the manifest file at path and validates it as [Parse] does.
func Load(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading manifest: %w", err)
	}
	m, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// rawManifest mirrors Manifest with addresses as strings, so that Parse can check
// their spelling (common.Address accepts any case).
type rawManifest struct {
	ChainID    *uint64              `json:"chainId"`
	StartBlock uint64               `json:"startBlock"`
	Treasury   *string              `json:"treasury"`
	Contracts  map[string]string    `json:"contracts"`
	EIP712     map[string]rawDomain `json:"eip712"`
}

type rawDomain struct {
	Name              string  `json:"name"`
	Version           string  `json:"version"`
	ChainID           uint64  `json:"chainId"`
	VerifyingContract *string `json:"verifyingContract"`
}

var hexAddress = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// Parse decodes and validates a deployment manifest: chainId is positive; the
// five required followed contracts are present, non-zero and distinct, and so is
// TelemetryAnchor when the manifest names it; and every address is either
// all-lowercase or valid EIP-55 mixed case. Unknown keys are ignored.
func Parse(data []byte) (*Manifest, error) {
	var raw rawManifest
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("parsing manifest: %w", err)
	}
	if raw.ChainID == nil {
		return nil, errors.New("invalid manifest: chainId is missing")
	}
	if *raw.ChainID == 0 {
		return nil, errors.New("invalid manifest: chainId must be positive")
	}
	m := &Manifest{
		ChainID:    *raw.ChainID,
		StartBlock: raw.StartBlock,
		Contracts:  make(map[string]common.Address, len(raw.Contracts)),
		EIP712:     make(map[string]Domain, len(raw.EIP712)),
	}
	if raw.Treasury != nil {
		a, err := parseAddress("treasury", *raw.Treasury)
		if err != nil {
			return nil, err
		}
		m.Treasury = a
	}
	for name, s := range raw.Contracts {
		a, err := parseAddress("contracts."+name, s)
		if err != nil {
			return nil, err
		}
		m.Contracts[name] = a
	}
	seen := make(map[common.Address]string, len(followed)+len(followedOptional))
	for _, name := range append(followed[:], followedOptional[:]...) {
		a, ok := m.Contracts[name]
		if !ok {
			if isOptional(name) {
				continue
			}
			return nil, fmt.Errorf("invalid manifest: contracts.%s is missing", name)
		}
		if a == (common.Address{}) {
			return nil, fmt.Errorf("invalid manifest: contracts.%s is the zero address", name)
		}
		if other, dup := seen[a]; dup {
			return nil, fmt.Errorf("invalid manifest: contracts.%s and contracts.%s share the address %s", other, name, a)
		}
		seen[a] = name
	}
	for key, d := range raw.EIP712 {
		dom := Domain{Name: d.Name, Version: d.Version, ChainID: d.ChainID}
		if d.VerifyingContract != nil {
			a, err := parseAddress("eip712."+key+".verifyingContract", *d.VerifyingContract)
			if err != nil {
				return nil, err
			}
			dom.VerifyingContract = a
		}
		if dom.ChainID != 0 && dom.ChainID != m.ChainID {
			return nil, fmt.Errorf("invalid manifest: eip712.%s.chainId %d differs from chainId %d", key, dom.ChainID, m.ChainID)
		}
		if c, ok := m.Contracts[key]; ok && dom.VerifyingContract != (common.Address{}) && dom.VerifyingContract != c {
			return nil, fmt.Errorf("invalid manifest: eip712.%s.verifyingContract %s differs from contracts.%s %s",
				key, dom.VerifyingContract, key, c)
		}
		m.EIP712[key] = dom
	}
	return m, nil
}

// parseAddress accepts a 0x-prefixed address that is all-lowercase or valid EIP-55; key
// names the manifest field in the error.
func parseAddress(key, s string) (common.Address, error) {
	if !hexAddress.MatchString(s) {
		return common.Address{}, fmt.Errorf("invalid manifest: %s: %q is not a 0x-prefixed 20-byte hex address", key, s)
	}
	a := common.HexToAddress(s)
	if lower := s[2:]; !isLower(lower) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("invalid manifest: %s: %q has a wrong EIP-55 checksum (want %s)", key, s, a.Hex())
	}
	return a, nil
}

func isOptional(name string) bool {
	for _, o := range followedOptional {
		if o == name {
			return true
		}
	}
	return false
}

func isLower(hex string) bool {
	for i := 0; i < len(hex); i++ {
		if c := hex[i]; c >= 'A' && c <= 'F' {
			return false
		}
	}
	return true
}

// Followed returns the contracts the indexer follows, in a fixed order: RewardToken,
// AssetRegistry, CreditRegistry, PledgeEscrow, Arbitration, then TelemetryAnchor when
// the manifest names it. It never includes PaymentToken.
func (m *Manifest) Followed() []Contract {
	out := make([]Contract, 0, len(followed)+len(followedOptional))
	for _, name := range followed {
		out = append(out, Contract{Name: name, Address: m.Contracts[name]})
	}
	for _, name := range followedOptional {
		if a, ok := m.Contracts[name]; ok {
			out = append(out, Contract{Name: name, Address: a})
		}
	}
	return out
}
