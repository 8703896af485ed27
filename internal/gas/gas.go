// Package gas sets the gas limit of the transactions our processes send (the device's
// reports and returns, the keeper's calls, an operator's governance calls), and explains
// the ones a contract refuses.
//
// go-ethereum's bind estimates the exact gas of a call against the pending block and sends
// it with that limit. The escrow's paths depend on block.timestamp (a report after a return
// extends the inspection, writing a slot, only when it lands a second later than the
// return; a release pays rewards from the current epoch), so the same call can need a few
// thousand gas more in the block that includes it than in the one it was estimated
// against, and then runs out of gas. A margin over the estimate costs nothing unused:
// unspent gas is refunded.
package gas

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Margin is what Limit adds to an estimate: a quarter, and at least MinMargin.
const (
	MarginDiv = 4
	MinMargin = 25_000
)

// Estimator is the part of a chain client that estimates gas.
type Estimator interface {
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
}

// Limit estimates the gas of from's call of data on to and adds the margin.
func Limit(ctx context.Context, e Estimator, from, to common.Address, data []byte) (uint64, error) {
	est, err := e.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		return 0, fmt.Errorf("estimating gas: %w", err)
	}
	return WithMargin(est), nil
}

// WithMargin returns est plus a quarter of it, at least est + MinMargin.
func WithMargin(est uint64) uint64 {
	return est + max(est/MarginDiv, MinMargin)
}

// Explain adds a contract's custom error, decoded by unpack (a binding's UnpackError), to
// err when err carries revert data — as a refused estimate does — so the operator reads
// AccessControlUnauthorizedAccount{…} rather than "execution reverted".
func Explain(err error, unpack func([]byte) (any, error)) error {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if e, uerr := unpack(common.FromHex(s)); uerr == nil {
				return fmt.Errorf("%w (%T%+v)", err, e, e)
			}
		}
	}
	return err
}
