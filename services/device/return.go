package device

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"sharechain/internal/telemetry"
)

// Return is a device-confirmed return (PledgeEscrow.endRentalByDevice): the rental's
// device — a dock or smart lock — says the asset came back at ReturnedAt. The escrow
// takes it while block.timestamp ≤ Deadline, with start ≤ ReturnedAt ≤ block.timestamp
// and ReturnedAt ≤ end + gracePeriod.
type Return struct {
	RentalID   *big.Int
	ReturnedAt uint64
	Deadline   *big.Int
}

// ReturnValidity is how long a return signed by default stays valid: one hour after
// the time it names.
const ReturnValidity = 3600

// ReturnTypedData returns the EIP-712 typed data of r for the escrow at escrow on
// chainID, in the JSON form wallets and eth_signTypedData_v4 take:
//
//	Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)
//
// in the domain {name: "PledgeEscrow", version: "1", chainId, verifyingContract: the
// escrow}.
func ReturnTypedData(chainID *big.Int, escrow common.Address, r Return) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Return": {
				{Name: "rentalId", Type: "uint256"}, {Name: "returnedAt", Type: "uint64"}, {Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "Return",
		Domain: apitypes.TypedDataDomain{Name: "PledgeEscrow", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID),
			VerifyingContract: escrow.Hex()},
		Message: apitypes.TypedDataMessage{
			"rentalId": r.RentalID.String(), "returnedAt": fmt.Sprint(r.ReturnedAt), "deadline": r.Deadline.String(),
		},
	}
}

// SignReturn signs r with key as the rental's device does: a 65-byte r ‖ s ‖ v
// signature (v 27 or 28, low s) over telemetry's ReturnDigest in the escrow's domain.
func SignReturn(key *ecdsa.PrivateKey, chainID *big.Int, escrow common.Address, r Return) ([]byte, error) {
	if r.RentalID == nil || r.RentalID.Sign() <= 0 || r.Deadline == nil || r.Deadline.Sign() < 0 {
		return nil, fmt.Errorf("a return needs a rental id and a deadline")
	}
	if !chainID.IsUint64() {
		return nil, fmt.Errorf("chain id %s is out of range", chainID)
	}
	d := telemetry.NewDomain("PledgeEscrow", chainID.Uint64(), escrow)
	return telemetry.Sign(d.ReturnDigest(r.RentalID, r.ReturnedAt, r.Deadline), key)
}

// Return signs r and relays it to PledgeEscrow.endRentalByDevice, waiting until it is
// mined: the rental ends at r.ReturnedAt. A zero ReturnedAt is the latest block's time
// and a nil Deadline ReturnedAt + ReturnValidity. A return the escrow refuses returns
// an error naming the reason (InvalidDevice for a key that is not the rental's device,
// EscrowBadReturnTime, EscrowSignatureExpired, AlreadyReturned, …).
func (d *Device) Return(ctx context.Context, r Return) (*types.Receipt, Return, error) {
	if r.ReturnedAt == 0 {
		t, err := d.ChainTime(ctx)
		if err != nil {
			return nil, r, err
		}
		r.ReturnedAt = t
	}
	if r.Deadline == nil {
		r.Deadline = new(big.Int).SetUint64(r.ReturnedAt + ReturnValidity)
	}
	sig, err := SignReturn(d.key, d.chainID, d.bound.Address(), r)
	if err != nil {
		return nil, r, err
	}
	data := d.escrow.PackEndRentalByDevice(r.RentalID, r.ReturnedAt, r.Deadline, sig)
	rc, err := d.relay(ctx, data, fmt.Sprintf("endRentalByDevice(rental %s, returned at %d)", r.RentalID, r.ReturnedAt))
	return rc, r, err
}
