package source

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/bindings/paymenttoken"
	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// devKey is anvil's first default account.
const devKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// startAnvil starts an anvil whose blocks hold a thousand mint transactions.
func startAnvil(tb testing.TB) *testenv.Anvil {
	tb.Helper()
	return testenv.StartAnvil(tb, "--gas-limit", "200000000")
}

// chain is a test chain of PaymentToken mints.
type chain struct {
	anvil *testenv.Anvil
	token common.Address
	head  uint64
}

// buildChain deploys PaymentToken, then mines one block per entry of plan holding that
// many mint transactions (one Transfer log each); runs of zeros are mined as empty blocks.
func buildChain(tb testing.TB, a *testenv.Anvil, plan []int) *chain {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	rc, err := rpc.DialContext(ctx, a.RPC)
	if err != nil {
		tb.Fatalf("dialing anvil: %v", err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		tb.Fatalf("ChainID() = %v", err)
	}
	key, err := crypto.HexToECDSA(devKey)
	if err != nil {
		tb.Fatal(err)
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	auth.Context = ctx
	addr, tx, err := bind.DeployContract(auth, common.FromHex(paymenttoken.PaymentTokenMetaData.Bin), ec, nil)
	if err != nil {
		tb.Fatalf("deploying PaymentToken: %v", err)
	}
	if _, err := bind.WaitDeployed(ctx, ec, tx.Hash()); err != nil {
		tb.Fatalf("waiting for PaymentToken: %v", err)
	}

	if err := a.Call(nil, "evm_setAutomine", false); err != nil {
		tb.Fatal(err)
	}
	defer func() {
		if err := a.Call(nil, "evm_setAutomine", true); err != nil {
			tb.Errorf("evm_setAutomine true: %v", err)
		}
	}()
	token := paymenttoken.NewPaymentToken()
	instance := token.Instance(ec, addr)
	opts := *auth
	opts.NoSend = true
	opts.GasLimit = 100_000
	opts.GasPrice = big.NewInt(100e9)
	nonce := tx.Nonce() + 1
	recipients := []common.Address{common.HexToAddress("0x1111"), common.HexToAddress("0x2222"), common.HexToAddress("0x3333")}

	for i := 0; i < len(plan); {
		if plan[i] == 0 {
			j := i
			for j < len(plan) && plan[j] == 0 {
				j++
			}
			if err := a.Call(nil, "anvil_mine", hexutil.EncodeUint64(uint64(j-i))); err != nil {
				tb.Fatal(err)
			}
			i = j
			continue
		}
		elems := make([]rpc.BatchElem, plan[i])
		for k := range elems {
			opts.Nonce = new(big.Int).SetUint64(nonce)
			nonce++
			tx, err := bind.Transact(instance, &opts, token.PackMint(recipients[k%len(recipients)], big.NewInt(int64(k+1))))
			if err != nil {
				tb.Fatalf("signing mint: %v", err)
			}
			raw, err := tx.MarshalBinary()
			if err != nil {
				tb.Fatal(err)
			}
			elems[k] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			tb.Fatalf("sending mints: %v", err)
		}
		for _, e := range elems {
			if e.Error != nil {
				tb.Fatalf("sending a mint: %v", e.Error)
			}
		}
		if err := a.Call(nil, "evm_mine"); err != nil {
			tb.Fatal(err)
		}
		i++
	}
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	return &chain{anvil: a, token: addr, head: head}
}

// allLogs is the reference: one eth_getLogs over blocks from through to.
func (c *chain) allLogs(tb testing.TB, from, to uint64) []types.Log {
	tb.Helper()
	var logs []types.Log
	q := map[string]any{"fromBlock": hexutil.EncodeUint64(from), "toBlock": hexutil.EncodeUint64(to), "address": []common.Address{c.token}}
	if err := c.anvil.Call(&logs, "eth_getLogs", q); err != nil {
		tb.Fatalf("reference eth_getLogs: %v", err)
	}
	return logs
}

// quiet is a logger for tests that inject faults on purpose.
func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newSource builds a Source for cfg with a quiet logger, closed when tb ends.
func newSource(tb testing.TB, cfg Config) *Source {
	tb.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quiet()
	}
	s, err := New(context.Background(), cfg)
	if err != nil {
		tb.Fatalf("New() = %v", err)
	}
	tb.Cleanup(s.Close)
	return s
}

// collect runs Logs over [from, to] and returns its batches.
func collect(ctx context.Context, s *Source, from, to uint64) ([]Batch, error) {
	out := make(chan Batch)
	errc := make(chan error, 1)
	go func() {
		errc <- s.Logs(ctx, from, to, out)
		close(out)
	}()
	var batches []Batch
	for b := range out {
		batches = append(batches, b)
	}
	return batches, <-errc
}

// checkBatches verifies that batches cover [from, to] contiguously and that their logs,
// in order, equal want.
func checkBatches(tb testing.TB, batches []Batch, from, to uint64, want []types.Log) {
	tb.Helper()
	next := from
	var got []types.Log
	for i, b := range batches {
		if b.From != next || b.To < b.From || b.To > to {
			tb.Fatalf("batch %d covers [%d, %d], want it to start at %d and end by %d", i, b.From, b.To, next, to)
		}
		for _, l := range b.Logs {
			if l.BlockNumber < b.From || l.BlockNumber > b.To {
				tb.Fatalf("batch %d [%d, %d] holds a log of block %d", i, b.From, b.To, l.BlockNumber)
			}
		}
		got = append(got, b.Logs...)
		next = b.To + 1
	}
	if len(batches) == 0 || next != to+1 {
		tb.Fatalf("batches end before block %d (next %d, %d batches)", to, next, len(batches))
	}
	if len(got) != len(want) {
		tb.Fatalf("Logs delivered %d logs, want %d", len(got), len(want))
	}
	for i := range want {
		if !sameLog(got[i], want[i]) {
			tb.Fatalf("log %d = block %d index %d tx %s, want block %d index %d tx %s",
				i, got[i].BlockNumber, got[i].Index, got[i].TxHash, want[i].BlockNumber, want[i].Index, want[i].TxHash)
		}
	}
}

func sameLog(a, b types.Log) bool {
	if a.Address != b.Address || a.BlockNumber != b.BlockNumber || a.BlockHash != b.BlockHash ||
		a.TxHash != b.TxHash || a.TxIndex != b.TxIndex || a.Index != b.Index || a.Removed != b.Removed ||
		string(a.Data) != string(b.Data) || len(a.Topics) != len(b.Topics) {
		return false
	}
	for i := range a.Topics {
		if a.Topics[i] != b.Topics[i] {
			return false
		}
	}
	return true
}

// logsPerBlock counts logs by block number.
func logsPerBlock(logs []types.Log) map[uint64]int {
	m := make(map[uint64]int)
	for _, l := range logs {
		m[l.BlockNumber]++
	}
	return m
}
