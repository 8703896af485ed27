// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TelemetryAnchor} from "../../contracts/TelemetryAnchor.sol";
import {ITelemetryAnchor} from "../../contracts/interfaces/ITelemetryAnchor.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Test} from "forge-std/Test.sol";

/// @notice One telemetry reading, as INTERFACE.md §1 pins it.
struct Reading {
    uint256 tokenId;
    address device;
    uint64 seq;
    uint64 time;
    bytes32 kind;
    int256 value;
}

/// @notice OpenZeppelin's StandardMerkleTree (`@openzeppelin/merkle-tree`), rebuilt in
/// Solidity for tests: leaves are the double-hashed ABI encodings, sorted ascending, laid out
/// as a complete binary tree in an array (`tree[len - 1 - i]` is the i-th sorted leaf, node i
/// has children 2i+1 and 2i+2), inner nodes hash their children as a sorted pair. The same
/// layout as the npm library's `makeMerkleTree`, so roots and proofs match it byte for byte
/// (TelemetryAnchorTest checks that against a tree the npm library built).
library StandardMerkleTree {
    /// @notice The StandardMerkleTree leaf of `r`.
    function leaf(Reading memory r) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(r.tokenId, r.device, r.seq, r.time, r.kind, r.value))));
    }

    /// @notice The tree of `leaves` (in any order); `tree[0]` is the root.
    function build(bytes32[] memory leaves) internal pure returns (bytes32[] memory tree) {
        uint256 n = leaves.length;
        require(n > 0, "empty tree");
        bytes32[] memory sorted = _sorted(leaves);
        tree = new bytes32[](2 * n - 1);
        for (uint256 i; i < n; ++i) {
            tree[tree.length - 1 - i] = sorted[i];
        }
        // inner nodes are 0 .. n-2; fill them bottom-up.
        for (uint256 k = n - 1; k > 0; --k) {
            uint256 i = k - 1;
            tree[i] = hashPair(tree[2 * i + 1], tree[2 * i + 2]);
        }
    }

    /// @notice The proof of `leafHash` in `tree` (which must hold it).
    function proof(bytes32[] memory tree, bytes32 leafHash) internal pure returns (bytes32[] memory path) {
        uint256 index = type(uint256).max;
        for (uint256 i = tree.length; i > tree.length / 2; --i) {
            if (tree[i - 1] == leafHash) index = i - 1;
        }
        require(index != type(uint256).max, "leaf not in tree");
        uint256 depth;
        for (uint256 j = index; j > 0; j = (j - 1) / 2) {
            ++depth;
        }
        path = new bytes32[](depth);
        for (uint256 d; d < depth; ++d) {
            path[d] = tree[index % 2 == 1 ? index + 1 : index - 1];
            index = (index - 1) / 2;
        }
    }

    /// @notice Sorted-pair keccak256, as OpenZeppelin `Hashes.commutativeKeccak256`.
    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function _sorted(bytes32[] memory xs) private pure returns (bytes32[] memory out) {
        out = new bytes32[](xs.length);
        for (uint256 i; i < xs.length; ++i) {
            bytes32 x = xs[i];
            uint256 j = i;
            while (j > 0 && out[j - 1] > x) {
                out[j] = out[j - 1];
                --j;
            }
            out[j] = x;
        }
    }
}

contract TelemetryAnchorTest is Test {
    using StandardMerkleTree for Reading;

    bytes32 internal constant ANCHOR_ROLE = keccak256("ANCHOR_ROLE");
    uint64 internal constant T0 = 1_700_000_000;

    TelemetryAnchor internal anchorContract;
    address internal admin = makeAddr("admin");
    address internal anchorer = makeAddr("anchorer");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        anchorContract = new TelemetryAnchor(admin);
        vm.prank(admin);
        anchorContract.grantRole(ANCHOR_ROLE, anchorer);
    }

    // ---------------------------------------------------------------- helpers

    function _anchor(uint64 epoch, bytes32 root) internal {
        vm.prank(anchorer);
        anchorContract.anchor(epoch, root, 1, T0, T0 + 60);
    }

    /// @dev `n` readings from two devices over two assets, values spread over the sign.
    function _readings(uint256 n, uint256 seed) internal pure returns (Reading[] memory rs) {
        rs = new Reading[](n);
        bytes32[4] memory kinds = [bytes32("odometer_m"), bytes32("energy_wh"), bytes32("lat_e7"), bytes32("locked")];
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            rs[i] = Reading({
                tokenId: 1 + (r % 2),
                device: address(uint160(0xd1 + (r % 2))),
                seq: uint64(i + 1),
                time: T0 + uint64(r % 3600),
                kind: kinds[(r >> 8) % 4],
                value: int256(r >> 128) - int256(uint256(1) << 127)
            });
        }
    }

    function _leaves(Reading[] memory rs) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](rs.length);
        for (uint256 i; i < rs.length; ++i) {
            leaves[i] = rs[i].leaf();
        }
    }

    function _copy(Reading memory r) internal pure returns (Reading memory) {
        return Reading(r.tokenId, r.device, r.seq, r.time, r.kind, r.value);
    }

    function _singleHash(Reading memory r) internal pure returns (bytes32) {
        return keccak256(abi.encode(r.tokenId, r.device, r.seq, r.time, r.kind, r.value));
    }

    // ---------------------------------------------------------------- deployment and domain

    function test_Deploy() public view {
        assertEq(anchorContract.lastEpoch(), 0);
        assertEq(anchorContract.rootOf(1), bytes32(0));
        assertEq(anchorContract.ANCHOR_ROLE(), ANCHOR_ROLE);
        assertTrue(anchorContract.hasRole(anchorContract.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(anchorContract.hasRole(ANCHOR_ROLE, anchorer));
        assertFalse(anchorContract.hasRole(ANCHOR_ROLE, admin));
        assertEq(
            anchorContract.READING_TYPEHASH(),
            keccak256("Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)")
        );
    }

    function test_Eip712Domain() public view {
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = anchorContract.eip712Domain();
        assertEq(fields, hex"0f", "name, version, chainId, verifyingContract");
        assertEq(name, "TelemetryAnchor");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(anchorContract));
        assertEq(salt, bytes32(0));
        assertEq(extensions.length, 0);
    }

    // ---------------------------------------------------------------- anchor

    function test_AnchorInOrder() public {
        for (uint64 e = 1; e <= 3; ++e) {
            bytes32 root = keccak256(abi.encode("root", e));
            vm.expectEmit(address(anchorContract));
            emit ITelemetryAnchor.TelemetryAnchored(e, root, uint32(10 * e), T0 + e, T0 + 60 * e);
            vm.prank(anchorer);
            anchorContract.anchor(e, root, uint32(10 * e), T0 + e, T0 + 60 * e);
            assertEq(anchorContract.lastEpoch(), e);
            assertEq(anchorContract.rootOf(e), root);
        }
        assertEq(anchorContract.rootOf(4), bytes32(0), "next epoch not anchored");
        assertEq(anchorContract.rootOf(0), bytes32(0), "epoch 0 never exists");
    }

    function test_AnchorSingleInstantAndOverlappingRanges() public {
        vm.startPrank(anchorer);
        // one reading: fromTime == toTime
        anchorContract.anchor(1, bytes32(uint256(1)), 1, T0, T0);
        // late readings: the next epoch's range may start before the previous one's end
        anchorContract.anchor(2, bytes32(uint256(2)), 5, T0 - 3600, T0 + 10);
        vm.stopPrank();
        assertEq(anchorContract.lastEpoch(), 2);
    }

    function test_RevertWhen_EpochZero() public {
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.BadEpoch.selector, 0, 1));
        _anchor(0, bytes32(uint256(1)));
    }

    function test_RevertWhen_EpochSkipped() public {
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.BadEpoch.selector, 2, 1));
        _anchor(2, bytes32(uint256(1)));
        _anchor(1, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.BadEpoch.selector, 3, 2));
        _anchor(3, bytes32(uint256(3)));
    }

    function test_RevertWhen_EpochAnchoredTwice() public {
        bytes32 root = keccak256("first");
        _anchor(1, root);
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.BadEpoch.selector, 1, 2));
        _anchor(1, keccak256("second"));
        assertEq(anchorContract.rootOf(1), root, "a root never changes");
        assertEq(anchorContract.lastEpoch(), 1);
    }

    function test_RevertWhen_CallerLacksAnchorRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, ANCHOR_ROLE)
        );
        vm.prank(stranger);
        anchorContract.anchor(1, bytes32(uint256(1)), 1, T0, T0);
        // not even the admin anchors without the role
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, ANCHOR_ROLE)
        );
        vm.prank(admin);
        anchorContract.anchor(1, bytes32(uint256(1)), 1, T0, T0);
    }

    function test_RoleRevokedStopsAnchoring() public {
        _anchor(1, bytes32(uint256(1)));
        vm.prank(admin);
        anchorContract.revokeRole(ANCHOR_ROLE, anchorer);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, anchorer, ANCHOR_ROLE)
        );
        _anchor(2, bytes32(uint256(2)));
    }

    function test_RevertWhen_ZeroRoot() public {
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.AnchorZeroRoot.selector, 1));
        _anchor(1, bytes32(0));
    }

    function test_RevertWhen_EmptyEpoch() public {
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.AnchorEmptyEpoch.selector, 1));
        vm.prank(anchorer);
        anchorContract.anchor(1, bytes32(uint256(1)), 0, T0, T0);
    }

    function test_RevertWhen_TimeRangeInverted() public {
        vm.expectRevert(abi.encodeWithSelector(ITelemetryAnchor.AnchorBadTimeRange.selector, 1, T0 + 1, T0));
        vm.prank(anchorer);
        anchorContract.anchor(1, bytes32(uint256(1)), 3, T0 + 1, T0);
    }

    // ---------------------------------------------------------------- leaves and proofs

    /// @dev a tree of five readings built by the npm `@openzeppelin/merkle-tree` 1.x
    /// (`StandardMerkleTree.of(values, ["uint256","address","uint64","uint64","bytes32","int256"])`):
    /// our Solidity tree, {leafOf} and {verifyReading} agree with it exactly.
    function test_MatchesOpenZeppelinMerkleTree() public {
        address d1 = address(0xd1);
        address d2 = address(0xd2);
        Reading[] memory rs = new Reading[](5);
        rs[0] = Reading(1, d1, 1, 1_700_000_000, bytes32("odometer_m"), 1200);
        rs[1] = Reading(1, d1, 2, 1_700_000_060, bytes32("odometer_m"), 1350);
        rs[2] = Reading(1, d1, 3, 1_700_000_060, bytes32("battery_pm"), -5);
        rs[3] = Reading(2, d2, 1, 1_700_000_030, bytes32("lat_e7"), 523_456_789);
        rs[4] = Reading(2, d2, 2, 1_700_000_030, bytes32("lon_e7"), -1_334_567);
        bytes32 npmRoot = 0x5e8f56077ed3a0b54eedebe99ff3c9a206e53fa23ce1ada9d5a83c0df142ca78;

        assertEq(
            anchorContract.leafOf(rs[0].tokenId, d1, rs[0].seq, rs[0].time, rs[0].kind, rs[0].value),
            0x413dff04f2f3ba99e688762ac2b03493769e6facd8e1da16a5aaef3f7f719672,
            "leafOf = the npm leafHash"
        );
        assertEq(
            anchorContract.leafOf(rs[2].tokenId, d1, rs[2].seq, rs[2].time, rs[2].kind, rs[2].value),
            0x43d198564803b8c5db08d70e70b8847a7e8f63f1da5a10f1868cbdde5956e0d1,
            "negative values encode as int256"
        );
        bytes32[] memory tree = StandardMerkleTree.build(_leaves(rs));
        assertEq(tree[0], npmRoot, "our tree = the npm tree");

        vm.prank(anchorer);
        anchorContract.anchor(1, npmRoot, 5, 1_700_000_000, 1_700_000_060);

        // the npm library's own proof of value 4 (lon_e7)
        bytes32[] memory npmProof = new bytes32[](2);
        npmProof[0] = 0xab3d35168d4ec8d9e52874cb9be0bb44d8b0bcfd44d72b477acef22719b62cc8;
        npmProof[1] = 0x6ca97529c5956b15cf160c8a50328ebe0044b7880ac082bb9648a87483660f32;
        assertTrue(anchorContract.verifyReading(1, npmProof, rs[4].leaf()));
        assertEq(StandardMerkleTree.proof(tree, rs[4].leaf()), npmProof, "our proof = the npm proof");
        for (uint256 i; i < rs.length; ++i) {
            assertTrue(anchorContract.verifyReading(1, StandardMerkleTree.proof(tree, rs[i].leaf()), rs[i].leaf()));
        }
    }

    /// @dev every reading of trees with 1 to 17 leaves (odd and even counts, full and ragged
    /// last levels) proves against its own epoch.
    function test_VerifyReadingEveryLeafOfManySizes() public {
        for (uint64 n = 1; n <= 17; ++n) {
            Reading[] memory rs = _readings(n, n);
            bytes32[] memory tree = StandardMerkleTree.build(_leaves(rs));
            vm.prank(anchorer);
            anchorContract.anchor(n, tree[0], uint32(n), T0, T0 + 3600);
            for (uint256 i; i < n; ++i) {
                bytes32 leaf =
                    anchorContract.leafOf(rs[i].tokenId, rs[i].device, rs[i].seq, rs[i].time, rs[i].kind, rs[i].value);
                assertEq(leaf, rs[i].leaf());
                assertTrue(anchorContract.verifyReading(n, StandardMerkleTree.proof(tree, leaf), leaf), "proof");
            }
        }
    }

    function test_VerifyReadingFalseForWrongLeafProofOrEpoch() public {
        Reading[] memory rs = _readings(7, 42);
        bytes32[] memory tree = StandardMerkleTree.build(_leaves(rs));
        Reading[] memory other = _readings(4, 43);
        bytes32[] memory otherTree = StandardMerkleTree.build(_leaves(other));
        _anchor(1, tree[0]);
        _anchor(2, otherTree[0]);

        bytes32 leaf = rs[3].leaf();
        bytes32[] memory proof = StandardMerkleTree.proof(tree, leaf);
        assertTrue(anchorContract.verifyReading(1, proof, leaf));

        // a changed field makes another leaf (copies: memory structs alias)
        Reading memory forged = _copy(rs[3]);
        forged.value += 1;
        assertFalse(anchorContract.verifyReading(1, proof, forged.leaf()), "changed value");
        forged = _copy(rs[3]);
        forged.device = address(0xbad);
        assertFalse(anchorContract.verifyReading(1, proof, forged.leaf()), "changed device");
        forged = _copy(rs[3]);
        forged.seq += 1;
        assertFalse(anchorContract.verifyReading(1, proof, forged.leaf()), "changed seq");
        // the single hash of the encoding is not the leaf
        assertFalse(anchorContract.verifyReading(1, proof, _singleHash(rs[3])), "single-hashed leaf");
        // a tampered, truncated or padded proof
        bytes32[] memory bad = new bytes32[](proof.length);
        for (uint256 i; i < proof.length; ++i) {
            bad[i] = proof[i];
        }
        bad[0] ^= bytes32(uint256(1));
        assertFalse(anchorContract.verifyReading(1, bad, leaf), "tampered proof");
        bytes32[] memory shortProof = new bytes32[](proof.length - 1);
        for (uint256 i; i < shortProof.length; ++i) {
            shortProof[i] = proof[i];
        }
        assertFalse(anchorContract.verifyReading(1, shortProof, leaf), "truncated proof");
        assertFalse(anchorContract.verifyReading(1, new bytes32[](0), leaf), "empty proof");
        // another epoch, an epoch not anchored yet, and epoch 0
        assertFalse(anchorContract.verifyReading(2, proof, leaf), "other epoch");
        assertFalse(anchorContract.verifyReading(3, proof, leaf), "unknown epoch");
        assertFalse(anchorContract.verifyReading(0, proof, leaf), "epoch 0");
        // an unknown epoch's zero root is never "proved" by a zero leaf
        assertFalse(anchorContract.verifyReading(3, new bytes32[](0), bytes32(0)), "zero root");
    }

    /// @dev fuzzed trees: any reading of a 1..40-leaf tree proves; a bit flipped in it does not.
    function testFuzz_VerifyReading(uint256 seed, uint256 count, uint256 pick, uint8 bit) public {
        count = bound(count, 1, 40);
        pick = bound(pick, 0, count - 1);
        Reading[] memory rs = _readings(count, seed);
        bytes32[] memory tree = StandardMerkleTree.build(_leaves(rs));
        vm.prank(anchorer);
        anchorContract.anchor(1, tree[0], uint32(count), T0, T0 + 3600);

        bytes32 leaf = anchorContract.leafOf(
            rs[pick].tokenId, rs[pick].device, rs[pick].seq, rs[pick].time, rs[pick].kind, rs[pick].value
        );
        bytes32[] memory proof = StandardMerkleTree.proof(tree, leaf);
        assertTrue(anchorContract.verifyReading(1, proof, leaf));
        assertFalse(anchorContract.verifyReading(1, proof, leaf ^ bytes32(uint256(1) << bit)), "flipped leaf");
        assertFalse(anchorContract.verifyReading(2, proof, leaf), "unanchored epoch");
    }

    /// @dev fuzzed leaves: arbitrary 32-byte leaves (not readings) in a 2..33-leaf tree.
    function testFuzz_VerifyArbitraryLeaves(bytes32 salt, uint256 count, uint256 pick) public {
        count = bound(count, 2, 33);
        pick = bound(pick, 0, count - 1);
        bytes32[] memory leaves = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            leaves[i] = keccak256(abi.encode(salt, i));
        }
        bytes32[] memory tree = StandardMerkleTree.build(leaves);
        _anchor(1, tree[0]);
        assertTrue(anchorContract.verifyReading(1, StandardMerkleTree.proof(tree, leaves[pick]), leaves[pick]));
        // another leaf's proof does not prove this one
        uint256 other = (pick + 1) % count;
        assertFalse(anchorContract.verifyReading(1, StandardMerkleTree.proof(tree, leaves[other]), leaves[pick]));
    }

    // ---------------------------------------------------------------- signatures

    function test_ReadingDigestIsEip712() public view {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("TelemetryAnchor"),
                keccak256("1"),
                block.chainid,
                address(anchorContract)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)"),
                uint256(7),
                uint64(3),
                T0,
                bytes32("energy_wh"),
                int256(-42)
            )
        );
        assertEq(
            anchorContract.readingDigest(7, 3, T0, bytes32("energy_wh"), -42),
            keccak256(abi.encodePacked(hex"1901", domain, structHash))
        );
    }

    function test_RecoverReadingSigner() public {
        (address device, uint256 key) = makeAddrAndKey("device");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, anchorContract.readingDigest(7, 3, T0, bytes32("locked"), 1));
        bytes memory sig = abi.encodePacked(r, s, v);
        assertEq(anchorContract.recoverReadingSigner(7, 3, T0, bytes32("locked"), 1, sig), device);
        // the signature covers every field
        assertTrue(anchorContract.recoverReadingSigner(7, 4, T0, bytes32("locked"), 1, sig) != device, "other seq");
        assertTrue(anchorContract.recoverReadingSigner(7, 3, T0, bytes32("locked"), 0, sig) != device, "other value");
        // malformed signatures recover nobody instead of reverting
        assertEq(anchorContract.recoverReadingSigner(7, 3, T0, bytes32("locked"), 1, hex"1234"), address(0));
        assertEq(anchorContract.recoverReadingSigner(7, 3, T0, bytes32("locked"), 1, new bytes(65)), address(0));
    }

    function test_ReadingDigestBoundToDeployment() public {
        TelemetryAnchor other = new TelemetryAnchor(admin);
        assertTrue(
            other.readingDigest(1, 1, T0, bytes32("odometer_m"), 5)
                != anchorContract.readingDigest(1, 1, T0, bytes32("odometer_m"), 5),
            "verifyingContract is in the domain"
        );
    }
}
