package device_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"sharechain/internal/devnet"
	"sharechain/internal/telemetry"
	"sharechain/services/device"
)

// TestSignReturn_MatchesTypedData: the signature SignReturn makes is over the digest
// eth_signTypedData_v4 computes from ReturnTypedData, and recovers to the device.
func TestSignReturn_MatchesTypedData(t *testing.T) {
	key := devnet.DerivedKey("device")
	escrow := common.HexToAddress("0x00000000000000000000000000000000000000e5")
	cases := map[string]device.Return{
		"small":    {RentalID: big.NewInt(1), ReturnedAt: t0, Deadline: big.NewInt(t0 + 3600)},
		"wide ids": {RentalID: new(big.Int).Lsh(big.NewInt(1), 200), ReturnedAt: 1<<64 - 1, Deadline: new(big.Int).Lsh(big.NewInt(1), 255)},
	}
	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			sig, err := device.SignReturn(key, big.NewInt(31337), escrow, r)
			if err != nil {
				t.Fatal(err)
			}
			digest, _, err := apitypes.TypedDataAndHash(device.ReturnTypedData(big.NewInt(31337), escrow, r))
			if err != nil {
				t.Fatal(err)
			}
			if want := telemetry.NewDomain("PledgeEscrow", 31337, escrow).ReturnDigest(r.RentalID, r.ReturnedAt, r.Deadline); common.BytesToHash(digest) != want {
				t.Fatalf("typed data digest %x, want %x", digest, want)
			}
			signer, err := telemetry.Recover(common.BytesToHash(digest), sig)
			if err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) {
				t.Errorf("SignReturn() recovers to %s, %v; want the device %s", signer.Hex(), err, crypto.PubkeyToAddress(key.PublicKey).Hex())
			}
		})
	}
	if _, err := device.SignReturn(key, big.NewInt(31337), escrow, device.Return{RentalID: big.NewInt(1)}); err == nil {
		t.Errorf("SignReturn(no deadline) = nil error")
	}
}
