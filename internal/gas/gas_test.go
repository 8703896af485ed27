package gas

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

type fixed struct {
	gas uint64
	err error
	got ethereum.CallMsg
}

func (f *fixed) EstimateGas(_ context.Context, call ethereum.CallMsg) (uint64, error) {
	f.got = call
	return f.gas, f.err
}

func TestLimit(t *testing.T) {
	cases := map[string]struct{ est, want uint64 }{
		"small call: the minimum margin": {est: 50_000, want: 75_000},
		"large call: a quarter":          {est: 400_000, want: 500_000},
	}
	from, to := common.Address{1}, common.Address{2}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			e := &fixed{gas: c.est}
			got, err := Limit(context.Background(), e, from, to, []byte{9})
			if err != nil || got != c.want {
				t.Fatalf("Limit() = %d, %v, want %d", got, err, c.want)
			}
			if e.got.From != from || *e.got.To != to || len(e.got.Data) != 1 {
				t.Errorf("estimated %+v, want the call from %s to %s", e.got, from, to)
			}
		})
	}
	boom := errors.New("execution reverted")
	if _, err := Limit(context.Background(), &fixed{err: boom}, from, to, nil); !errors.Is(err, boom) {
		t.Errorf("Limit() error = %v, want the estimate's", err)
	}
}
