package telemetry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func randomReadings(rng *rand.Rand, n int) []Reading {
	kinds := []string{Odometer, Energy, Latitude, Longitude, Battery, Locked}
	out := make([]Reading, n)
	for i := range out {
		var dev common.Address
		for j := range dev {
			dev[j] = byte(rng.UintN(256))
		}
		v := big.NewInt(rng.Int64N(1 << 40))
		if rng.IntN(3) == 0 {
			v.Neg(v) // negative values exercise the two's complement encoding
		}
		if i == 0 {
			v = new(big.Int).Set(minInt256)
		}
		out[i] = Reading{
			TokenID: new(big.Int).Add(big.NewInt(int64(rng.IntN(1000))+1), new(big.Int).Lsh(big.NewInt(int64(i%2)), 200)),
			Device:  dev,
			Seq:     rng.Uint64() | 1,
			Time:    1_767_225_600 + rng.Uint64N(1<<20),
			Kind:    MustKind(kinds[rng.IntN(len(kinds))]),
			Value:   v,
		}
	}
	return out
}

// ozTree runs OpenZeppelin's own @openzeppelin/merkle-tree over readings.
func ozTree(t *testing.T, readings []Reading) (root common.Hash, leaves []common.Hash, proofs [][]common.Hash) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not on PATH: this test runs @openzeppelin/merkle-tree; install Node.js 20 (Debian: apt-get install -y nodejs)")
	}
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "@openzeppelin", "merkle-tree")); err != nil {
		t.Fatal("@openzeppelin/merkle-tree is not installed: run `make deps` (npm ci) at the repository root")
	}
	values := make([][]string, len(readings))
	for i, r := range readings {
		values[i] = []string{r.TokenID.String(), r.Device.Hex(), fmt.Sprint(r.Seq), fmt.Sprint(r.Time),
			hexutil.Encode(r.Kind[:]), r.Value.String()}
	}
	in, _ := json.Marshal(values)
	cmd := exec.Command(node, filepath.Join("testdata", "oz-tree.mjs"))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node testdata/oz-tree.mjs: %v\n%s", err, stderr.String())
	}
	var res struct {
		Root   common.Hash     `json:"root"`
		Leaves []common.Hash   `json:"leaves"`
		Proofs [][]common.Hash `json:"proofs"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("decoding oz-tree.mjs output: %v", err)
	}
	return res.Root, res.Leaves, res.Proofs
}

// TestTreeMatchesOpenZeppelin builds trees of several sizes over the same readings with
// this package and with OpenZeppelin's @openzeppelin/merkle-tree: leaves, roots and every
// proof must be identical, and every proof must verify.
func TestTreeMatchesOpenZeppelin(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 17, 256, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			readings := randomReadings(rng, n)
			wantRoot, wantLeaves, wantProofs := ozTree(t, readings)
			leaves := make([]common.Hash, n)
			for i := range readings {
				leaves[i] = readings[i].Leaf()
				if leaves[i] != wantLeaves[i] {
					t.Fatalf("reading %d: Leaf() = %s, want %s (OpenZeppelin)", i, leaves[i], wantLeaves[i])
				}
			}
			tree, err := BuildTree(append([]common.Hash(nil), leaves...))
			if err != nil {
				t.Fatal(err)
			}
			if tree.Root() != wantRoot {
				t.Fatalf("Root() = %s, want %s (OpenZeppelin)", tree.Root(), wantRoot)
			}
			for i, leaf := range leaves {
				idx, ok := tree.Find(leaf)
				if !ok {
					t.Fatalf("Find(leaf %d) found nothing", i)
				}
				got := tree.Proof(idx)
				if len(got) != len(wantProofs[i]) {
					t.Fatalf("reading %d: proof has %d nodes, want %d", i, len(got), len(wantProofs[i]))
				}
				for k := range got {
					if got[k] != wantProofs[i][k] {
						t.Fatalf("reading %d: proof[%d] = %s, want %s", i, k, got[k], wantProofs[i][k])
					}
				}
				if !Verify(tree.Root(), leaf, got) {
					t.Fatalf("Verify(reading %d) = false", i)
				}
			}
			if _, ok := tree.Find(crypto.Keccak256Hash([]byte("not a leaf"))); ok {
				t.Fatal("Find(unknown leaf) = true")
			}
			if n > 1 && Verify(tree.Root(), leaves[0], tree.Proof(0)) {
				t.Fatal("Verify accepted the root's empty proof for a leaf")
			}
		})
	}
	if _, err := BuildTree(nil); err != ErrEmptyTree {
		t.Fatalf("BuildTree(nil) error = %v, want ErrEmptyTree", err)
	}
}

// TestTreePages checks the stored layout: the pages hold the nodes in order, exactly the
// pages holding leaves have a smallest leaf, and the page whose smallest leaf is the
// greatest one ≤ a leaf holds that leaf (the proof route's one index probe).
func TestTreePages(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, PageNodes / 2, PageNodes/2 + 1, PageNodes, 3*PageNodes + 7, 5000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := make([]common.Hash, n)
			for i := range leaves {
				leaves[i] = crypto.Keccak256Hash([]byte(fmt.Sprint(rng.Uint64())))
			}
			tree, err := BuildTree(leaves)
			if err != nil {
				t.Fatal(err)
			}
			type page struct {
				no  int
				min common.Hash
			}
			var all []byte
			var index []page // pages holding leaves, by smallest leaf
			for p := range tree.Pages() {
				nodes, minLeaf := tree.Page(p)
				all = append(all, nodes...)
				holdsLeaf := (p+1)*PageNodes-1 >= n-1
				if (minLeaf != nil) != holdsLeaf {
					t.Fatalf("page %d: smallest leaf %v, want one iff it holds leaves (%v)", p, minLeaf, holdsLeaf)
				}
				if minLeaf != nil {
					index = append(index, page{p, *minLeaf})
				}
			}
			if len(all) != 32*len(tree.Nodes) {
				t.Fatalf("pages hold %d bytes, want %d", len(all), 32*len(tree.Nodes))
			}
			for i, node := range tree.Nodes {
				if !bytes.Equal(all[32*i:32*i+32], node[:]) {
					t.Fatalf("node %d is not at bytes %d of the pages", i, 32*i)
				}
			}
			for _, leaf := range leaves {
				best := -1
				for k, ix := range index {
					if bytes.Compare(ix.min[:], leaf[:]) <= 0 && (best < 0 || bytes.Compare(ix.min[:], index[best].min[:]) > 0) {
						best = k
					}
				}
				i, _ := tree.Find(leaf)
				if best < 0 || index[best].no != i/PageNodes {
					t.Fatalf("leaf at node %d: the index finds page %v, want %d", i, best, i/PageNodes)
				}
			}
		})
	}
}

// TestDigestsMatchTypedData checks ReadingDigest and ReturnDigest against go-ethereum's
// independent EIP-712 implementation (what eth_signTypedData_v4 signs).
func TestDigestsMatchTypedData(t *testing.T) {
	anchor := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	escrow := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	domain := func(name string, addr common.Address) apitypes.TypedDataDomain {
		return apitypes.TypedDataDomain{Name: name, Version: "1", ChainId: math.NewHexOrDecimal256(31337), VerifyingContract: addr.Hex()}
	}
	domainType := []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}
	for i, r := range randomReadings(rand.New(rand.NewPCG(3, 4)), 20) {
		td := apitypes.TypedData{
			Types: apitypes.Types{"EIP712Domain": domainType, "Reading": {
				{Name: "tokenId", Type: "uint256"}, {Name: "seq", Type: "uint64"}, {Name: "time", Type: "uint64"},
				{Name: "kind", Type: "bytes32"}, {Name: "value", Type: "int256"}}},
			PrimaryType: "Reading",
			Domain:      domain("TelemetryAnchor", anchor),
			Message: apitypes.TypedDataMessage{"tokenId": r.TokenID.String(), "seq": fmt.Sprint(r.Seq),
				"time": fmt.Sprint(r.Time), "kind": hexutil.Encode(r.Kind[:]), "value": r.Value.String()},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := NewDomain("TelemetryAnchor", 31337, anchor).ReadingDigest(&r); !bytes.Equal(got[:], want) {
			t.Fatalf("reading %d: ReadingDigest = %s, want %x", i, got, want)
		}
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{"EIP712Domain": domainType, "Return": {
			{Name: "rentalId", Type: "uint256"}, {Name: "returnedAt", Type: "uint64"}, {Name: "deadline", Type: "uint256"}}},
		PrimaryType: "Return",
		Domain:      domain("PledgeEscrow", escrow),
		Message:     apitypes.TypedDataMessage{"rentalId": "42", "returnedAt": "1767229200", "deadline": "1767232800"},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	got := NewDomain("PledgeEscrow", 31337, escrow).ReturnDigest(big.NewInt(42), 1767229200, big.NewInt(1767232800))
	if !bytes.Equal(got[:], want) {
		t.Fatalf("ReturnDigest = %s, want %x", got, want)
	}
}

func TestSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	d := NewDomain("TelemetryAnchor", 31337, common.Address{1})
	r := randomReadings(rand.New(rand.NewPCG(5, 6)), 1)[0]
	digest := d.ReadingDigest(&r)
	sig, err := Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Recover(digest, sig); err != nil || got != addr {
		t.Fatalf("Recover = %s, %v, want %s", got, err, addr)
	}
	// the same signature over another reading recovers to someone else
	r.Seq++
	if got, err := Recover(d.ReadingDigest(&r), sig); err == nil && got == addr {
		t.Fatal("a signature recovered to its signer for another reading")
	}
	highS := append([]byte(nil), sig...)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(highS[32:64])
	highS[64] ^= 1 // the other parity: (r, n−s, v') is the malleated twin
	bad := map[string][]byte{
		"short":  sig[:64],
		"v=0":    append(append([]byte(nil), sig[:64]...), 0),
		"v=29":   append(append([]byte(nil), sig[:64]...), 29),
		"high s": highS,
		"zero r": append(make([]byte, 32), sig[32:]...),
	}
	for name, sig := range bad {
		if got, err := Recover(digest, sig); err != ErrBadSignature {
			t.Errorf("Recover(%s) = %s, %v, want ErrBadSignature", name, got, err)
		}
	}
}

func TestParseKindAndValue(t *testing.T) {
	for _, name := range []string{"odometer_m", "a", "x_1", "abcdefghijklmnopqrstuvwxyz012345"} {
		k, err := ParseKind(name)
		if err != nil || k.String() != name {
			t.Errorf("ParseKind(%q) = %q, %v", name, k.String(), err)
		}
	}
	for _, name := range []string{"", "Odometer", "lat-e7", "é", "abcdefghijklmnopqrstuvwxyz0123456", "a\x00b"} {
		if _, err := ParseKind(name); err != ErrBadKind {
			t.Errorf("ParseKind(%q) error = %v, want ErrBadKind", name, err)
		}
	}
	for s, ok := range map[string]bool{"0": true, "-5": true, maxInt256.String(): true, minInt256.String(): true,
		new(big.Int).Add(maxInt256, big.NewInt(1)).String(): false, "1.5": false, "0x10": false, "": false} {
		if _, err := ParseValue(s); (err == nil) != ok {
			t.Errorf("ParseValue(%q) error = %v, want ok %v", s, err, ok)
		}
	}
}

func BenchmarkBuildTree(b *testing.B) {
	readings := randomReadings(rand.New(rand.NewPCG(7, 8)), 100_000)
	leaves := make([]common.Hash, len(readings))
	for i := range readings {
		leaves[i] = readings[i].Leaf()
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := BuildTree(append([]common.Hash(nil), leaves...)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecover(b *testing.B) {
	key, _ := crypto.GenerateKey()
	d := NewDomain("TelemetryAnchor", 31337, common.Address{1})
	r := randomReadings(rand.New(rand.NewPCG(5, 6)), 1)[0]
	digest := d.ReadingDigest(&r)
	sig, err := Sign(digest, key)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Recover(digest, sig); err != nil {
			b.Fatal(err)
		}
	}
}
