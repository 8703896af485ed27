package device_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/devnet"
	"sharechain/internal/testenv"
	"sharechain/services/device"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// TestSign_MatchesTheContractsHash: the typed-data signature (go-ethereum's
// eth_signTypedData_v4 hashing) equals an independent hand-rolled EIP-712 hash.
func TestSign_MatchesIndependentHashing(t *testing.T) {
	key := devnet.DerivedKey("device")
	escrow := common.HexToAddress("0x00000000000000000000000000000000000000e5")
	r := device.Report{RentalID: big.NewInt(7), Units: big.NewInt(123), DamageBps: 250, Nonce: 3}
	got, err := device.Sign(key, big.NewInt(31337), escrow, r)
	if err != nil {
		t.Fatal(err)
	}
	want := devnet.SignUsageReport(key, escrow, big.NewInt(31337), r.RentalID, r.Units, r.DamageBps, r.Nonce)
	if common.Bytes2Hex(got) != common.Bytes2Hex(want) {
		t.Errorf("Sign() = %x, want %x", got, want)
	}
}

// rentedSuite deploys the suite on a private anvil, registers, binds the device
// DerivedKey("device") to, verifies and lists asset 1, has DevKey(3) rent it now for
// two hours (rental 1), and gives the device gas money to relay its own transactions.
func rentedSuite(t *testing.T) (*ethclient.Client, *devnet.Suite, *ecdsa.PrivateKey) {
	t.Helper()
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	client, err := ethclient.Dial(node.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	s, err := devnet.Deploy(ctx, client, devnet.DevKey(0), devnet.DevActors().Options())
	if err != nil {
		t.Fatal(err)
	}
	b := s.Bindings
	deployer, provider, renter := devnet.DevKey(0), devnet.DevKey(1), devnet.DevKey(3)
	devKey := devnet.DerivedKey("device")
	shr := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	usd := big.NewInt(1_000_000_000)
	steps := []struct {
		key  *ecdsa.PrivateKey
		to   common.Address
		data []byte
	}{
		{deployer, s.RewardToken, b.RewardToken.PackTransfer(devnet.Address(provider), shr)},
		{provider, s.RewardToken, b.RewardToken.PackApprove(s.PledgeEscrow, shr)},
		{provider, s.AssetRegistry, b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte("SERIAL-1")), crypto.Keccak256Hash([]byte("doc")), "ipfs://doc")},
		// v2: the device first, then the verification that covers it
		{provider, s.AssetRegistry, b.AssetRegistry.PackBindDevice(big.NewInt(1), devnet.Address(devKey))},
		{deployer, s.AssetRegistry, b.AssetRegistry.PackVerify(big.NewInt(1), 1<<40)},
		{provider, s.PledgeEscrow, b.PledgeEscrow.PackList(big.NewInt(1), s.PaymentToken, pledgeescrow.IPledgeEscrowTerms{
			PricePerHour: big.NewInt(1_000_000), Deposit: big.NewInt(5_000_000), MinDuration: 3600, MaxDuration: 86400,
			PricePerUnit: big.NewInt(10_000)})},
		{renter, s.PaymentToken, b.PaymentToken.PackMint(devnet.Address(renter), usd)},
		{renter, s.PaymentToken, b.PaymentToken.PackApprove(s.PledgeEscrow, usd)},
		{renter, s.PledgeEscrow, nil}, // rent, with the terms hash read just before

		// fund the device so it can relay its own reports
		{deployer, common.Address{}, nil},
	}
	for i, st := range steps {
		if st.data == nil && st.to == s.PledgeEscrow {
			out, err := s.Call(ctx, s.PledgeEscrow, b.PledgeEscrow.PackTermsHash(big.NewInt(1)))
			if err != nil {
				t.Fatal(err)
			}
			h, err := b.PledgeEscrow.UnpackTermsHash(out)
			if err != nil {
				t.Fatal(err)
			}
			st.data = b.PledgeEscrow.PackRent(big.NewInt(1), 0, 7200, h, common.Address{})
		}
		if st.data == nil {
			if err := node.Call(nil, "anvil_setBalance", devnet.Address(devKey), "0xde0b6b3a7640000"); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := s.Transact(ctx, st.key, st.to, st.data); err != nil {
			t.Fatalf("setup step %d: %v", i, err)
		}
	}
	return client, s, devKey
}

// TestDevice_Send: on a live suite, the device reports usage of an active rental; the
// escrow accepts it with the next nonce, refuses a replay, and refuses another key.
func TestDevice_Send(t *testing.T) {
	ctx := context.Background()
	client, s, devKey := rentedSuite(t)
	d := device.New(devKey, s.ChainID, s.PledgeEscrow, client)
	rc, r, err := d.Send(ctx, device.Report{RentalID: big.NewInt(1), Units: big.NewInt(4)})
	if err != nil {
		t.Fatalf("Send() = %v", err)
	}
	if r.Nonce != 1 || len(rc.Logs) == 0 {
		t.Errorf("Send() used nonce %d with %d logs, want nonce 1 and a UsageReported log", r.Nonce, len(rc.Logs))
	}
	if _, r, err = d.Send(ctx, device.Report{RentalID: big.NewInt(1), Units: big.NewInt(2), DamageBps: 100}); err != nil || r.Nonce != 2 {
		t.Fatalf("second Send() = nonce %d, %v; want nonce 2", r.Nonce, err)
	}
	// a replayed nonce is refused with the escrow's error
	if _, _, err := d.Send(ctx, device.Report{RentalID: big.NewInt(1), Units: big.NewInt(1), Nonce: 2}); err == nil ||
		!strings.Contains(err.Error(), "StaleNonce") {
		t.Errorf("replayed nonce: Send() = %v, want a StaleNonce error", err)
	}
	// a key that is not the bound device is refused
	other := device.New(devnet.DevKey(5), s.ChainID, s.PledgeEscrow, client)
	if _, _, err := other.Send(ctx, device.Report{RentalID: big.NewInt(1), Units: big.NewInt(1)}); err == nil ||
		!strings.Contains(err.Error(), "InvalidDevice") {
		t.Errorf("another key: Send() = %v, want an InvalidDevice error", err)
	}
}
