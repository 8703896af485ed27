package devnet

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// blocklistTokenJSON is the forge artifact (ABI and creation bytecode) of
// test/contracts/mocks/MockBlocklistToken.sol: a USDC-style 6-decimal ERC-20 whose
// transfers from or to a blocked account revert, where anyone may mint and block. It is
// the one contract here that is not part of the suite: the scenario allowlists it to show
// a payout that cannot be pushed becoming a claimable credit (PaymentCredited) and its
// withdrawal (Withdrawn). Refresh it after `forge build` with
//
//	jq '{contractName: "MockBlocklistToken", source: "test/contracts/mocks/MockBlocklistToken.sol",
//	  compiler: .metadata.compiler.version, abi: .abi, bytecode: .bytecode.object}' \
//	  out/MockBlocklistToken.sol/MockBlocklistToken.json > internal/devnet/blocklist_token.json
//
//go:embed blocklist_token.json
var blocklistTokenJSON []byte

type blocklistArtifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode string          `json:"bytecode"`
}

func parseBlocklistArtifact() (blocklistArtifact, error) {
	var a blocklistArtifact
	if err := json.Unmarshal(blocklistTokenJSON, &a); err != nil {
		return a, fmt.Errorf("decoding blocklist_token.json: %w", err)
	}
	return a, nil
}

// blocklistTokenABI parses the blocklist token's ABI.
func blocklistTokenABI() (*abi.ABI, error) {
	a, err := parseBlocklistArtifact()
	if err != nil {
		return nil, err
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		return nil, fmt.Errorf("parsing the blocklist token ABI: %w", err)
	}
	return &parsed, nil
}

// blocklistToken packs calls to the blocklist token.
type blocklistToken struct{ abi *abi.ABI }

func newBlocklistToken() (*blocklistToken, []byte, error) {
	a, err := parseBlocklistArtifact()
	if err != nil {
		return nil, nil, err
	}
	parsed, err := blocklistTokenABI()
	if err != nil {
		return nil, nil, err
	}
	return &blocklistToken{abi: parsed}, common.FromHex(a.Bytecode), nil
}

func (t *blocklistToken) pack(method string, args ...any) ([]byte, error) {
	data, err := t.abi.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("packing %s: %w", method, err)
	}
	return data, nil
}
