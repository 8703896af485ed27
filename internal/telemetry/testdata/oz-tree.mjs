// Builds OpenZeppelin's StandardMerkleTree (@openzeppelin/merkle-tree) over the readings
// given on stdin as JSON [[tokenId, device, seq, time, kind, value], …] and prints
// {root, leaves, proofs} with the leaves and proofs in input order. tree_test.go compares
// them with package telemetry's.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { readFileSync } from "node:fs";

const values = JSON.parse(readFileSync(0, "utf8"));
const tree = StandardMerkleTree.of(values, ["uint256", "address", "uint64", "uint64", "bytes32", "int256"]);
const leaves = values.map((v) => tree.leafHash(v));
const proofs = values.map((_, i) => tree.getProof(i));
process.stdout.write(JSON.stringify({ root: tree.root, leaves, proofs }));
