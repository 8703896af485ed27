package manifest

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// testdata/manifest-31337.json was written by `forge script deploy/Deploy.s.sol
// --broadcast` against anvil.
const deployedManifest = "testdata/manifest-31337.json"

func TestLoadManifest(t *testing.T) {
	m, err := Load(deployedManifest)
	if err != nil {
		t.Fatalf("Load(%s) error: %v", deployedManifest, err)
	}
	registry := common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	want := &Manifest{
		ChainID:    31337,
		StartBlock: 0,
		Treasury:   common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		Contracts: map[string]common.Address{
			Arbitration:    common.HexToAddress("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"),
			AssetRegistry:  registry,
			CreditRegistry: common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"),
			PaymentToken:   common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
			PledgeEscrow:   common.HexToAddress("0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9"),
			RewardToken:    common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
		},
		EIP712: map[string]Domain{
			AssetRegistry:  {Name: "AssetRegistry", Version: "1", ChainID: 31337, VerifyingContract: registry},
			CreditRegistry: {Name: "CreditRegistry", Version: "1", ChainID: 31337, VerifyingContract: common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")},
			PledgeEscrow:   {Name: "PledgeEscrow", Version: "1", ChainID: 31337, VerifyingContract: common.HexToAddress("0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9")},
		},
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("Load(%s) =\n%+v\nwant\n%+v", deployedManifest, m, want)
	}

	t.Run("missing file", func(t *testing.T) {
		_, err := Load(filepath.Join(t.TempDir(), "nope.json"))
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Load(missing) error = %v, want fs.ErrNotExist", err)
		}
	})
	t.Run("invalid file names the path", func(t *testing.T) {
		_, err := Load("manifest_test.go")
		if err == nil || !strings.Contains(err.Error(), "manifest_test.go") {
			t.Errorf("Load(manifest_test.go) error = %v, want one naming the file", err)
		}
	})
}

func TestManifest_Followed(t *testing.T) {
	m, err := Load(deployedManifest)
	if err != nil {
		t.Fatalf("Load() error: %v", err)
	}
	want := []Contract{
		{RewardToken, common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")},
		{AssetRegistry, common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")},
		{CreditRegistry, common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")},
		{PledgeEscrow, common.HexToAddress("0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9")},
		{Arbitration, common.HexToAddress("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707")},
	}
	for range 3 { // map order must not leak into the result
		if got := m.Followed(); !reflect.DeepEqual(got, want) {
			t.Fatalf("Followed() = %v, want %v", got, want)
		}
	}
}

// manifestJSON returns the deployed manifest, addresses EIP-55 as the deploy script
// writes them, with edit applied to its generic form.
func manifestJSON(tb testing.TB, edit func(m map[string]any)) []byte {
	tb.Helper()
	data, err := os.ReadFile(deployedManifest)
	if err != nil {
		tb.Fatalf("reading the manifest: %v", err)
	}
	var generic map[string]any
	if err := json.Unmarshal(data, &generic); err != nil {
		tb.Fatalf("json.Unmarshal() error: %v", err)
	}
	edit(generic)
	if data, err = json.Marshal(generic); err != nil {
		tb.Fatalf("json.Marshal() error: %v", err)
	}
	return data
}

// TestManifest_FollowedTelemetryAnchor: a release 2 manifest names the TelemetryAnchor,
// which is then followed after Arbitration; a manifest without it (above) still loads.
func TestManifest_FollowedTelemetryAnchor(t *testing.T) {
	anchor := "0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"
	m, err := Parse(manifestJSON(t, func(m map[string]any) {
		m["contracts"].(map[string]any)[TelemetryAnchor] = anchor
		m["eip712"].(map[string]any)[TelemetryAnchor] = map[string]any{
			"name": "TelemetryAnchor", "version": "1", "chainId": 31337, "verifyingContract": anchor,
		}
	}))
	if err != nil {
		t.Fatalf("Parse() error: %v", err)
	}
	got := m.Followed()
	if len(got) != 6 {
		t.Fatalf("Followed() = %v, want six contracts", got)
	}
	if want := (Contract{TelemetryAnchor, common.HexToAddress(anchor)}); got[5] != want {
		t.Errorf("Followed()[5] = %v, want %v", got[5], want)
	}
	if got[4].Name != Arbitration {
		t.Errorf("Followed()[4] = %v, want Arbitration", got[4])
	}
	if d := m.EIP712[TelemetryAnchor]; d.Name != "TelemetryAnchor" || d.VerifyingContract != common.HexToAddress(anchor) {
		t.Errorf("EIP712[TelemetryAnchor] = %+v", d)
	}
}

func TestParseManifest(t *testing.T) {
	contracts := func(m map[string]any) map[string]any { return m["contracts"].(map[string]any) }
	domain := func(m map[string]any, name string) map[string]any {
		return m["eip712"].(map[string]any)[name].(map[string]any)
	}
	tests := []struct {
		name string
		edit func(m map[string]any)
		data string // instead of edit
		want string // a substring of the error; "" for success
	}{
		{name: "as deployed", edit: func(m map[string]any) {
			if a := contracts(m)[PledgeEscrow].(string); a != "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9" {
				t.Fatalf("the test manifest spells the escrow %s, want EIP-55", a)
			}
		}},
		{name: "lower-case addresses", edit: func(m map[string]any) {
			c := contracts(m)
			for k, v := range c {
				c[k] = strings.ToLower(v.(string))
			}
			m["treasury"] = strings.ToLower(m["treasury"].(string))
		}},
		{name: "without payment token, treasury and eip712", edit: func(m map[string]any) {
			delete(contracts(m), PaymentToken)
			delete(m, "treasury")
			delete(m, "eip712")
		}},
		{name: "unknown keys are ignored", edit: func(m map[string]any) {
			m["note"] = "x"
			contracts(m)["Other"] = "0x0000000000000000000000000000000000000001"
		}},
		{name: "domain without chain and contract", edit: func(m map[string]any) {
			d := domain(m, AssetRegistry)
			delete(d, "chainId")
			delete(d, "verifyingContract")
		}},
		{name: "not JSON", data: `{"chainId":`, want: "parsing manifest"},
		{name: "not an object", data: `[]`, want: "parsing manifest"},
		{name: "negative startBlock", edit: func(m map[string]any) { m["startBlock"] = -1 }, want: "parsing manifest"},
		{name: "chainId missing", edit: func(m map[string]any) { delete(m, "chainId") }, want: "chainId is missing"},
		{name: "chainId zero", edit: func(m map[string]any) { m["chainId"] = 0 }, want: "chainId must be positive"},
		{name: "contract missing", edit: func(m map[string]any) { delete(contracts(m), CreditRegistry) }, want: "contracts.CreditRegistry is missing"},
		{name: "contracts missing", edit: func(m map[string]any) { delete(m, "contracts") }, want: "contracts.RewardToken is missing"},
		{name: "zero address", edit: func(m map[string]any) {
			contracts(m)[Arbitration] = "0x0000000000000000000000000000000000000000"
		}, want: "contracts.Arbitration is the zero address"},
		{name: "shared address", edit: func(m map[string]any) {
			contracts(m)[Arbitration] = contracts(m)[PledgeEscrow]
		}, want: "contracts.PledgeEscrow and contracts.Arbitration share"},
		{name: "wrong checksum", edit: func(m map[string]any) {
			contracts(m)[PledgeEscrow] = "0xdC64a140Aa3E981100a9becA4E685f962f0cF6C9"
		}, want: "contracts.PledgeEscrow: \"0xdC64a140Aa3E981100a9becA4E685f962f0cF6C9\" has a wrong EIP-55 checksum (want 0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9)"},
		{name: "upper-case address", edit: func(m map[string]any) {
			contracts(m)[RewardToken] = "0xE7F1725E7734CE288F8367E1BB143E90BB3F0512"
		}, want: "contracts.RewardToken: \"0xE7F1725E7734CE288F8367E1BB143E90BB3F0512\" has a wrong EIP-55 checksum"},
		{name: "wrong checksum on a payment token", edit: func(m map[string]any) {
			contracts(m)[PaymentToken] = "0x5fbDB2315678afecb367f032d93F642f64180aa3"
		}, want: "contracts.PaymentToken"},
		{name: "wrong checksum on the treasury", edit: func(m map[string]any) {
			m["treasury"] = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
		}, want: "treasury: "},
		{name: "wrong checksum on a domain", edit: func(m map[string]any) {
			domain(m, CreditRegistry)["verifyingContract"] = "0xcF7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"
		}, want: "eip712.CreditRegistry.verifyingContract"},
		{name: "short address", edit: func(m map[string]any) { contracts(m)[RewardToken] = "0xe7f1725e" }, want: "contracts.RewardToken: \"0xe7f1725e\" is not a 0x-prefixed 20-byte hex address"},
		{name: "no 0x prefix", edit: func(m map[string]any) {
			contracts(m)[RewardToken] = "e7f1725e7734ce288f8367e1bb143e90bb3f0512"
		}, want: "is not a 0x-prefixed"},
		{name: "not hex", edit: func(m map[string]any) {
			contracts(m)[RewardToken] = "0xz7f1725e7734ce288f8367e1bb143e90bb3f0512"
		}, want: "is not a 0x-prefixed"},
		{name: "address not a string", edit: func(m map[string]any) { contracts(m)[RewardToken] = 1 }, want: "parsing manifest"},
		{name: "domain on another chain", edit: func(m map[string]any) { domain(m, PledgeEscrow)["chainId"] = 1 }, want: "eip712.PledgeEscrow.chainId 1 differs"},
		{name: "telemetry anchor zero address", edit: func(m map[string]any) {
			contracts(m)[TelemetryAnchor] = "0x0000000000000000000000000000000000000000"
		}, want: "contracts.TelemetryAnchor is the zero address"},
		{name: "telemetry anchor shares an address", edit: func(m map[string]any) {
			contracts(m)[TelemetryAnchor] = contracts(m)[PledgeEscrow]
		}, want: "contracts.PledgeEscrow and contracts.TelemetryAnchor share"},
		{name: "telemetry anchor wrong checksum", edit: func(m map[string]any) {
			contracts(m)[TelemetryAnchor] = "0xA513E6E4b8f2a923D98304ec87F64353C4D5C853"
		}, want: "contracts.TelemetryAnchor"},
		{name: "domain of another contract", edit: func(m map[string]any) {
			domain(m, PledgeEscrow)["verifyingContract"] = contracts(m)[Arbitration]
		}, want: "eip712.PledgeEscrow.verifyingContract 0x5FC8d32690cc91D4c39d9d3abcBD16989F875707 differs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			if tt.edit != nil {
				data = manifestJSON(t, tt.edit)
			}
			m, err := Parse(data)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Parse() error: %v", err)
				}
				if len(m.Followed()) != 5 {
					t.Errorf("Followed() = %v, want five contracts", m.Followed())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse() error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
