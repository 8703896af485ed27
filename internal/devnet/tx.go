package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/bindings/arbitration"
	"sharechain/bindings/assetregistry"
	"sharechain/bindings/creditregistry"
	"sharechain/bindings/paymenttoken"
	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
)

// ErrReverted is wrapped by every error of a transaction or call that reverted, or would
// have: errors.Is(err, ErrReverted) tells a revert from a transport failure, and
// errors.As(err, **RevertError) gives the decoded custom error.
var ErrReverted = errors.New("execution reverted")

// RevertError is a decoded revert.
type RevertError struct {
	// Name is the custom error's name (for example "SelfRental"), "Error" for a
	// require message, "Panic" for a panic code, or "" when the data matches no error
	// of the suite's ABIs.
	Name string
	Args []any // the error's arguments, in declaration order
	Data []byte
}

// Error returns the revert as Name(args…), or the raw data when it is unknown.
func (e *RevertError) Error() string {
	if e.Name == "" {
		if len(e.Data) == 0 {
			return "execution reverted without data"
		}
		return "execution reverted: unknown error " + hexutil.Encode(e.Data)
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case common.Address:
			args[i] = v.Hex()
		case [32]byte:
			args[i] = hexutil.Encode(v[:])
		default:
			args[i] = fmt.Sprint(v)
		}
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

// Unwrap makes every RevertError match [ErrReverted].
func (e *RevertError) Unwrap() error { return ErrReverted }

// knownErrors maps the selectors of every custom error of the suite's ABIs (and of the
// blocklist test token) to their ABI description.
var knownErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	metas := []*abi.ABI{}
	for _, parse := range []func() (*abi.ABI, error){
		rewardtoken.RewardTokenMetaData.ParseABI,
		assetregistry.AssetRegistryMetaData.ParseABI,
		creditregistry.CreditRegistryMetaData.ParseABI,
		pledgeescrow.PledgeEscrowMetaData.ParseABI,
		arbitration.ArbitrationMetaData.ParseABI,
		paymenttoken.PaymentTokenMetaData.ParseABI,
		blocklistTokenABI,
	} {
		a, err := parse()
		if err != nil {
			panic(fmt.Sprintf("devnet: parsing an embedded ABI: %v", err))
		}
		metas = append(metas, a)
	}
	out := make(map[[4]byte]abi.Error)
	for _, a := range metas {
		for _, e := range a.Errors {
			out[[4]byte(e.ID[:4])] = e
		}
	}
	return out
})

// DecodeRevert decodes revert data into a [RevertError].
func DecodeRevert(data []byte) *RevertError {
	rev := &RevertError{Data: data}
	if len(data) < 4 {
		return rev
	}
	if msg, err := abi.UnpackRevert(data); err == nil {
		if strings.HasPrefix(msg, "panic: ") {
			rev.Name, rev.Args = "Panic", []any{strings.TrimPrefix(msg, "panic: ")}
		} else {
			rev.Name, rev.Args = "Error", []any{msg}
		}
		return rev
	}
	e, ok := knownErrors()[[4]byte(data[:4])]
	if !ok {
		return rev
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return rev
	}
	rev.Name, rev.Args = e.Name, args
	return rev
}

// revertOf finds revert data in an RPC error (anvil sends it as the error's data).
func revertOf(err error) (*RevertError, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return DecodeRevert(data), true
}

// Transact sends calldata from key to contract, waits for the receipt and returns it. A
// transaction that would revert is not sent: its error wraps the decoded
// [*RevertError] (so the custom error's name shows); one that reverted on chain returns
// its receipt with such an error.
func (s *Suite) Transact(ctx context.Context, key *ecdsa.PrivateKey, contract common.Address, calldata []byte) (*types.Receipt, error) {
	return s.send(ctx, key, &contract, calldata)
}

// send signs and sends one EIP-1559 transaction (to == nil deploys) and waits for it.
func (s *Suite) send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte) (*types.Receipt, error) {
	from := Address(key)
	msg := ethereum.CallMsg{From: from, To: to, Data: data}
	gas, err := s.Client.EstimateGas(ctx, msg)
	if err != nil {
		if rev, ok := revertOf(err); ok {
			return nil, rev
		}
		return nil, fmt.Errorf("estimating gas: %w", err)
	}
	nonce, err := s.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("getting the nonce of %s: %w", from.Hex(), err)
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("getting the head: %w", err)
	}
	tip, err := s.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("getting the gas tip: %w", err)
	}
	feeCap := new(big.Int).Add(tip, big.NewInt(1e9))
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(s.ChainID), &types.DynamicFeeTx{
		ChainID:   s.ChainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas + gas/4, // estimates of try/catch paths can fall short
		To:        to,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	if err := s.Client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("sending %s: %w", tx.Hash().Hex(), err)
	}
	receipt, err := s.waitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	s.record(receipt)
	if receipt.Status == types.ReceiptStatusSuccessful {
		return receipt, nil
	}
	// replay it where it ran to learn why.
	msg.Gas = tx.Gas()
	_, cerr := s.Client.CallContract(ctx, msg, receipt.BlockNumber)
	if rev, ok := revertOf(cerr); ok {
		return receipt, fmt.Errorf("transaction %s: %w", tx.Hash().Hex(), rev)
	}
	return receipt, fmt.Errorf("transaction %s: %w", tx.Hash().Hex(), ErrReverted)
}

// waitReceipt polls for the receipt; with anvil's automine it is there at once.
func (s *Suite) waitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ticker := time.NewTicker(25 * time.Millisecond)
	defer ticker.Stop()
	for {
		r, err := s.Client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("getting the receipt of %s: %w", hash.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", hash.Hex(), ctx.Err())
		case <-ticker.C:
		}
	}
}

// Call runs a read-only call of calldata on contract at the latest block and returns
// its output; a revert comes back as a [*RevertError].
func (s *Suite) Call(ctx context.Context, contract common.Address, calldata []byte) ([]byte, error) {
	out, err := s.Client.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: calldata}, nil)
	if err != nil {
		if rev, ok := revertOf(err); ok {
			return nil, rev
		}
		return nil, fmt.Errorf("calling %s: %w", contract.Hex(), err)
	}
	return out, nil
}

// view calls contract and unpacks the output.
func view[T any](ctx context.Context, s *Suite, contract common.Address, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := s.Call(ctx, contract, calldata)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("unpacking the answer of %s: %w", contract.Hex(), err)
	}
	return v, nil
}

// LatestTime returns the timestamp of the latest block.
func (s *Suite) LatestTime(ctx context.Context) (uint64, error) {
	h, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("getting the head: %w", err)
	}
	return h.Time, nil
}

// IncreaseTime moves anvil's clock forward by seconds (evm_increaseTime) and mines a
// block (evm_mine) so that the next view already sees the new time.
func IncreaseTime(ctx context.Context, rpcClient *rpc.Client, seconds uint64) error {
	if err := rpcClient.CallContext(ctx, nil, "evm_increaseTime", seconds); err != nil {
		return fmt.Errorf("increasing the time by %d s: %w", seconds, err)
	}
	if err := rpcClient.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mining a block: %w", err)
	}
	return nil
}

// SetNextBlockTime makes anvil mine the next block at time (evm_setNextBlockTimestamp):
// a step whose amounts depend on elapsed seconds then does not depend on the wall clock.
func SetNextBlockTime(ctx context.Context, rpcClient *rpc.Client, time uint64) error {
	if err := rpcClient.CallContext(ctx, nil, "evm_setNextBlockTimestamp", time); err != nil {
		return fmt.Errorf("setting the next block's time to %d: %w", time, err)
	}
	return nil
}

// SetBalance sets the ETH balance of account on anvil (anvil_setBalance): a devnet
// account that must send transactions without being one of anvil's funded keys.
func SetBalance(ctx context.Context, rpcClient *rpc.Client, account common.Address, wei *big.Int) error {
	if err := rpcClient.CallContext(ctx, nil, "anvil_setBalance", account, (*hexutil.Big)(wei)); err != nil {
		return fmt.Errorf("setting the balance of %s: %w", account.Hex(), err)
	}
	return nil
}
