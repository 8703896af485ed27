// Package device simulates the IoT device fitted to a shared asset: it holds the device
// key bound to the asset (AssetRegistry.bindDevice) and
//   - signs EIP-712 usage reports, which it relays to PledgeEscrow.reportUsage itself
//     (anyone may relay them);
//   - streams signed telemetry readings to the telemetry service ([Stream], over
//     [HTTPTransport] or [MQTTTransport]; INTERFACE.md §6): seeded, physically
//     consistent profiles of a bicycle, a car, a charging pile, a smart lock and a
//     misbehaving device, stepped to the chain's time;
//   - confirms returns as the rental's dock or smart lock ([Device.Return]:
//     PledgeEscrow.endRentalByDevice with Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)).
//
// What firmware must sign for a usage report is exactly [TypedData]: the typed data
//
//	UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)
//
// in the domain {name: "PledgeEscrow", version: "1", chainId, verifyingContract: the
// escrow}, hashed and signed as eth_signTypedData_v4 does, giving a 65-byte signature
// r ‖ s ‖ v with v ∈ {27, 28} and a low s. units is the usage since the previous
// report; damageBps adds up over reports (capped at 10 000); nonce must exceed the last
// accepted one for the rental (the first report may use 1; gaps are allowed). Readings
// are signed as internal/telemetry says, returns as [ReturnTypedData].
package device

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/gas"
)

// Report is one usage report.
type Report struct {
	RentalID  *big.Int
	Units     *big.Int
	DamageBps uint16
	Nonce     uint64
}

// TypedData returns the EIP-712 typed data of r for the escrow at escrow on chainID,
// in the JSON form wallets and eth_signTypedData_v4 take.
func TypedData(chainID *big.Int, escrow common.Address, r Report) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"UsageReport": {
				{Name: "rentalId", Type: "uint256"}, {Name: "units", Type: "uint256"},
				{Name: "damageBps", Type: "uint16"}, {Name: "nonce", Type: "uint64"},
			},
		},
		PrimaryType: "UsageReport",
		Domain: apitypes.TypedDataDomain{Name: "PledgeEscrow", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID),
			VerifyingContract: escrow.Hex()},
		Message: apitypes.TypedDataMessage{
			"rentalId": r.RentalID.String(), "units": r.Units.String(),
			"damageBps": fmt.Sprint(r.DamageBps), "nonce": fmt.Sprint(r.Nonce),
		},
	}
}

// Sign signs r with key as the device does.
func Sign(key *ecdsa.PrivateKey, chainID *big.Int, escrow common.Address, r Report) ([]byte, error) {
	digest, _, err := apitypes.TypedDataAndHash(TypedData(chainID, escrow, r))
	if err != nil {
		return nil, fmt.Errorf("hashing the usage report: %w", err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27 // the Ethereum convention the contract's ECDSA.recover expects
	return sig, nil
}

// Backend is what a Device needs from the chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Device signs and relays usage reports with its key.
type Device struct {
	key     *ecdsa.PrivateKey
	chainID *big.Int
	escrow  *pledgeescrow.PledgeEscrow
	bound   *bind.BoundContract
	backend Backend
}

// New returns a Device with key for the escrow at escrow on chainID.
func New(key *ecdsa.PrivateKey, chainID *big.Int, escrow common.Address, backend Backend) *Device {
	b := pledgeescrow.NewPledgeEscrow()
	return &Device{key: key, chainID: chainID, escrow: b, bound: b.Instance(backend, escrow), backend: backend}
}

// Address is the device's account, the one bindDevice must name.
func (d *Device) Address() common.Address { return crypto.PubkeyToAddress(d.key.PublicKey) }

// NextNonce returns the nonce the next report of rentalID must use: the last accepted
// one plus one.
func (d *Device) NextNonce(ctx context.Context, rentalID *big.Int) (uint64, error) {
	r, err := bind.Call(d.bound, &bind.CallOpts{Context: ctx}, d.escrow.PackGetRental(rentalID), d.escrow.UnpackGetRental)
	if err != nil {
		return 0, fmt.Errorf("reading rental %s: %w", rentalID, err)
	}
	if r.LastNonce == ^uint64(0) {
		return 0, errors.New("the rental's nonces are used up")
	}
	return r.LastNonce + 1, nil
}

// Send signs r (with the next nonce when r.Nonce is 0) and relays it, waiting until it
// is mined. A report the escrow refuses returns an error naming the reason.
func (d *Device) Send(ctx context.Context, r Report) (*types.Receipt, Report, error) {
	if r.Nonce == 0 {
		n, err := d.NextNonce(ctx, r.RentalID)
		if err != nil {
			return nil, r, err
		}
		r.Nonce = n
	}
	sig, err := Sign(d.key, d.chainID, d.bound.Address(), r)
	if err != nil {
		return nil, r, err
	}
	data := d.escrow.PackReportUsage(r.RentalID, r.Units, r.DamageBps, r.Nonce, sig)
	rc, err := d.relay(ctx, data, fmt.Sprintf("reportUsage(rental %s, nonce %d)", r.RentalID, r.Nonce))
	return rc, r, err
}

// relay sends data to the escrow from the device's account, with a margin over the gas
// estimate, and waits until it is mined; what names the call in errors. A call the escrow
// refuses returns an error naming its custom error.
func (d *Device) relay(ctx context.Context, data []byte, what string) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(d.key, d.chainID)
	opts.Context = ctx
	var err error
	if opts.GasLimit, err = gas.Limit(ctx, d.backend, d.Address(), d.bound.Address(), data); err != nil {
		return nil, fmt.Errorf("%s: %w", what, d.explain(err))
	}
	tx, err := bind.Transact(d.bound, opts, data)
	if err != nil {
		return nil, fmt.Errorf("sending %s: %w", what, d.explain(err))
	}
	rc, err := bind.WaitMined(ctx, d.backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("waiting for %s %s: %w", what, tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%s %s reverted", what, tx.Hash().Hex())
	}
	return rc, nil
}

// explain adds the escrow's custom error to a failed gas estimate.
func (d *Device) explain(err error) error { return gas.Explain(err, d.escrow.UnpackError) }
