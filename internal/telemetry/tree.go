package telemetry

import (
	"bytes"
	"errors"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Tree is an OpenZeppelin StandardMerkleTree over leaf hashes, laid out as
// @openzeppelin/merkle-tree lays it out, so that its roots and proofs are the library's
// and OpenZeppelin's MerkleProof.verify accepts them:
//
//   - the leaves are sorted ascending by their bytes;
//   - Nodes has 2n−1 entries; the i-th sorted leaf is Nodes[2n−2−i] (the leaves fill the
//     end of the array in reverse order), Nodes[0] is the root;
//   - the children of node i are 2i+1 and 2i+2, and a parent is keccak256 of its two
//     children sorted (commutative hashing).
//
// A proof lists the siblings from the leaf up to the root ([ProofIndexes]), so a store that
// keeps Nodes can serve a proof by fetching ⌈log₂ n⌉ nodes.
type Tree struct {
	Nodes []common.Hash
}

// ErrEmptyTree reports a tree asked for with no leaves.
var ErrEmptyTree = errors.New("a Merkle tree needs at least one leaf")

// BuildTree sorts leaves in place and builds their tree.
func BuildTree(leaves []common.Hash) (Tree, error) {
	n := len(leaves)
	if n == 0 {
		return Tree{}, ErrEmptyTree
	}
	slices.SortFunc(leaves, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	nodes := make([]common.Hash, 2*n-1)
	for i, leaf := range leaves {
		nodes[2*n-2-i] = leaf
	}
	h := crypto.NewKeccakState()
	var pair [64]byte
	for i := n - 2; i >= 0; i-- {
		a, b := nodes[2*i+1], nodes[2*i+2]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		copy(pair[:32], a[:])
		copy(pair[32:], b[:])
		h.Reset()
		h.Write(pair[:])
		h.Read(nodes[i][:])
	}
	return Tree{Nodes: nodes}, nil
}

// PageNodes is how many nodes a stored page of a tree holds (telemetry_tree_pages):
// node i is bytes [32·(i mod PageNodes), +32) of page i / PageNodes. 224 nodes (7 KiB)
// is about as many as one row of an 8 KiB PostgreSQL heap page holds, so a page is
// stored inline, and reading a node costs one index probe and one heap page: no TOAST
// chunk, whose own index a larger page would make every read descend too.
const PageNodes = 224

// Pages returns how many stored pages the tree fills.
func (t Tree) Pages() int { return (len(t.Nodes) + PageNodes - 1) / PageNodes }

// Page returns stored page p: its nodes' bytes and, when it holds leaves, its smallest
// leaf. The sorted leaves fill the end of Nodes in descending order, so a page's
// smallest leaf is its last node, and the page of a leaf is the page with the greatest
// smallest leaf that is ≤ it: one index probe, where a binary search over the leaves
// reads log₂ n nodes.
func (t Tree) Page(p int) (nodes []byte, minLeaf *common.Hash) {
	lo, hi := p*PageNodes, min((p+1)*PageNodes, len(t.Nodes))
	nodes = make([]byte, 0, 32*(hi-lo))
	for _, n := range t.Nodes[lo:hi] {
		nodes = append(nodes, n[:]...)
	}
	if hi-1 >= t.Leaves()-1 { // node n−1 is the greatest leaf
		last := t.Nodes[hi-1]
		minLeaf = &last
	}
	return nodes, minLeaf
}

// Root returns the tree's root.
func (t Tree) Root() common.Hash { return t.Nodes[0] }

// Leaves returns how many leaves the tree holds.
func (t Tree) Leaves() int { return (len(t.Nodes) + 1) / 2 }

// Find returns the node index of leaf, by binary search over the sorted leaves.
func (t Tree) Find(leaf common.Hash) (int, bool) {
	n := t.Leaves()
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if bytes.Compare(t.Nodes[2*n-2-mid][:], leaf[:]) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < n && t.Nodes[2*n-2-lo] == leaf {
		return 2*n - 2 - lo, true
	}
	return 0, false
}

// Proof returns the proof of the leaf at node index i.
func (t Tree) Proof(i int) []common.Hash {
	idx := ProofIndexes(i)
	proof := make([]common.Hash, len(idx))
	for k, j := range idx {
		proof[k] = t.Nodes[j]
	}
	return proof
}

// ProofIndexes returns the node indexes of the proof of node i: its sibling, then its
// parent's sibling, up to (not including) the root.
func ProofIndexes(i int) []int {
	var idx []int
	for i > 0 {
		if i%2 == 1 {
			idx = append(idx, i+1)
		} else {
			idx = append(idx, i-1)
		}
		i = (i - 1) / 2
	}
	return idx
}

// Verify reports whether proof proves leaf against root, as OpenZeppelin's
// MerkleProof.verify computes it.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		if bytes.Compare(h[:], p[:]) < 0 {
			h = crypto.Keccak256Hash(h[:], p[:])
		} else {
			h = crypto.Keccak256Hash(p[:], h[:])
		}
	}
	return h == root
}
