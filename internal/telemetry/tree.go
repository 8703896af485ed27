package telemetry

import (
	"bytes"
	"errors"
	"math/bits"
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

// A stored tree (telemetry_tree_pages and telemetry_tree_blocks) keeps each node once:
//
//   - the leaves in pages of PageNodes nodes by node index, each with its smallest leaf,
//     so that one index probe finds the page of a leaf and so its node index;
//   - the inner nodes in blocks of BlockLevels levels: block r holds the descendants of
//     node r one to BlockLevels levels below it, level by level, for node 0 and the nodes
//     r at depths c, c + BlockLevels, …, where c is the depth of the deepest inner node
//     mod BlockLevels (so the bottom blocks are full; [BlockOf]).
//
// A proof's siblings within a block's levels are all in the block of its path's ancestor at
// the block's root (a sibling pair shares its parent), so a proof of a tree of 2²⁰ leaves
// reads its leaf page and four blocks (depths 14–19, 8–13, 2–7, 1), where pages of
// consecutive nodes put each sibling below the top eight levels in a page of its own.

// PageNodes is how many nodes a stored page holds: node i is bytes [32·(i mod
// PageNodes), +32) of page i / PageNodes. 224 nodes (7 KiB) is about as many as one row
// of an 8 KiB PostgreSQL heap page holds, so a page is stored inline, and reading a node
// costs one index probe and one heap page: no TOAST chunk, whose own index a larger page
// would make every read descend too. Only the pages that hold leaves are stored
// ([Tree.FirstLeafPage]); the inner nodes are in blocks.
const PageNodes = 224

// BlockLevels is how many levels below its root a stored block holds, and BlockNodes how
// many nodes that is: 126 (4 KiB), inline like a page. Seven levels (254 nodes) would be
// just over what one heap page holds.
const (
	BlockLevels = 6
	BlockNodes  = 1<<(BlockLevels+1) - 2
)

// Pages returns how many pages the tree's nodes fill; pages FirstLeafPage() … Pages()−1
// are stored.
func (t Tree) Pages() int { return (len(t.Nodes) + PageNodes - 1) / PageNodes }

// FirstLeafPage returns the first page that holds a leaf (node n−1).
func (t Tree) FirstLeafPage() int { return (t.Leaves() - 1) / PageNodes }

// Page returns page p: its nodes' bytes and, when it holds leaves, its smallest leaf.
// The sorted leaves fill the end of Nodes in descending order, so a page's smallest leaf
// is its last node, and the page of a leaf is the page with the greatest smallest leaf
// that is ≤ it: one index probe, where a binary search over the leaves reads log₂ n nodes.
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

// depth returns the depth of node i (the root's is 0).
func depth(i int) int { return bits.Len(uint(i+1)) - 1 }

// blockBase returns c, the depth mod BlockLevels of the deepest inner node of a tree of
// n ≥ 3 leaves (node n−2): the blocks are rooted at node 0 and at the nodes of depths c,
// c + BlockLevels, …, so that the bottom blocks end at the deepest inner level and are
// full, and only the top block (rooted at 0, depths 1 … c) may hold fewer levels.
func blockBase(n int) int { return depth(n-2) % BlockLevels }

// blockLevels returns how many levels the block rooted at a node of depth rd holds.
func blockLevels(rd, c int) int {
	if rd == 0 && c > 0 {
		return c
	}
	return BlockLevels
}

// BlockOf returns the stored block of inner node i ≥ 1 of a tree of n leaves, and its
// slot there: the block is its nearest ancestor at a block root's depth, and the slot
// counts that root's descendants level by level down to it.
func BlockOf(i, n int) (block, slot int) {
	d, c := depth(i), blockBase(n)
	t := d // levels below the root: the top block holds depths 1 … c
	if d > c {
		t = (d-1-c)%BlockLevels + 1
	}
	return (i+1)>>t - 1, 1<<t - 2 + (i+1)&(1<<t-1)
}

// Blocks returns the stored blocks of the tree, by root: those holding an inner node.
func (t Tree) Blocks() []int {
	n := t.Leaves()
	if n < 3 {
		return nil // no inner node but the root
	}
	c := blockBase(n)
	var roots []int
	for rd := 0; ; {
		first := 1<<rd - 1
		if 2*first+1 >= n-1 {
			return roots
		}
		for r := first; r < 2*first+1 && 2*r+1 < n-1; r++ {
			roots = append(roots, r)
		}
		rd += blockLevels(rd, c)
	}
}

// Block returns the bytes of block r: its inner descendants one to BlockLevels levels
// below it, level by level. A level with a leaf is the tree's last with inner nodes (a
// leaf of depth d has index ≥ n−1, and every node of depth d+1 a greater one), so the
// inner nodes are a prefix of the block's slots and the block stops at its first leaf.
func (t Tree) Block(r int) []byte {
	n := t.Leaves()
	out := make([]byte, 0, 32*BlockNodes)
	for lv := 1; lv <= blockLevels(depth(r), blockBase(n)); lv++ {
		first := (r+1)<<lv - 1
		for i := first; i < first+1<<lv; i++ {
			if i >= n-1 {
				return out
			}
			out = append(out, t.Nodes[i][:]...)
		}
	}
	return out
}

// StoredProof returns the proof of the leaf at node i of a tree of n leaves from its
// stored rows (leaf pages by number, blocks by root), reading each sibling where the
// proof route's statement reads it; false when a row or node is missing.
func StoredProof(i, n int, pages, blocks map[int][]byte) ([]common.Hash, bool) {
	idx := ProofIndexes(i)
	proof := make([]common.Hash, len(idx))
	for k, j := range idx {
		row, slot := pages[j/PageNodes], j%PageNodes
		if j < n-1 {
			var b int
			b, slot = BlockOf(j, n)
			row = blocks[b]
		}
		if len(row) < 32*(slot+1) {
			return nil, false
		}
		proof[k] = common.Hash(row[32*slot : 32*slot+32])
	}
	return proof, true
}

// RestoreTree rebuilds the tree of n leaves and this root from its stored rows; false
// when one is missing or short. The root of a tree of several leaves is in no row (no
// proof reads it): the epoch holds it.
func RestoreTree(n int, root common.Hash, pages, blocks map[int][]byte) (Tree, bool) {
	t := Tree{Nodes: make([]common.Hash, 2*n-1)}
	t.Nodes[0] = root
	for i := range t.Nodes {
		row, slot := pages[i/PageNodes], i%PageNodes
		switch {
		case i == 0 && n > 1:
			continue
		case i < n-1:
			var b int
			b, slot = BlockOf(i, n)
			row = blocks[b]
		}
		if len(row) < 32*(slot+1) {
			return Tree{}, false
		}
		t.Nodes[i] = common.Hash(row[32*slot : 32*slot+32])
	}
	return t, true
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
