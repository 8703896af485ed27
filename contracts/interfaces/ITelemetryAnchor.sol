// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

/// @title Sharechain telemetry anchor
/// @notice The IoT data service (DESIGN §6.3) batches the signed readings it received in an
/// interval into an OpenZeppelin StandardMerkleTree and anchors the tree's root here, one
/// epoch at a time: epochs are numbered from 1, anchored in order and each exactly once, and a
/// root never changes. Anyone can then prove that a reading was part of an epoch with one
/// `eth_call` to {verifyReading}.
///
/// A reading is `(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind,
/// int256 value)`; its leaf is StandardMerkleTree's double hash of the ABI encoding
/// ({leafOf}). The device signs each reading as the EIP-712 struct
/// `Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)` in this
/// contract's domain (name "TelemetryAnchor", version "1"; ERC-5267 {eip712Domain}), see
/// {readingDigest}.
///
/// IMPORTANT: {verifyReading} checks a 32-byte leaf against a root; it cannot tell a leaf from
/// an inner node of the tree (sorted-pair trees allow that). A verifier proves a *reading*
/// by computing its leaf from the reading's fields ({leafOf}), never by trusting a leaf
/// handed to it.
interface ITelemetryAnchor is IAccessControl, IERC5267 {
    /// @notice Thrown when anchoring `epoch` while the next epoch to anchor is `expected`
    /// (epochs start at 1, go in order and are anchored once).
    error BadEpoch(uint64 epoch, uint64 expected);
    /// @notice Thrown when anchoring `epoch` with a zero root (no tree has a zero root; it also
    /// means "not anchored" in {rootOf}).
    error AnchorZeroRoot(uint64 epoch);
    /// @notice Thrown when anchoring `epoch` with no readings: an interval without readings is
    /// not anchored at all.
    error AnchorEmptyEpoch(uint64 epoch);
    /// @notice Thrown when anchoring `epoch` whose readings' time range is inverted.
    /// @param fromTime The earliest reading time given.
    /// @param toTime The latest reading time given, earlier than `fromTime`.
    error AnchorBadTimeRange(uint64 epoch, uint64 fromTime, uint64 toTime);

    /// @notice Emitted when the root of `epoch` is anchored.
    /// @param epoch The epoch, one more than the previous {lastEpoch}.
    /// @param root The root of the epoch's StandardMerkleTree.
    /// @param count How many readings (leaves) the tree holds.
    /// @param fromTime The earliest reading `time` in the epoch (unix seconds).
    /// @param toTime The latest reading `time` in the epoch (unix seconds).
    event TelemetryAnchored(uint64 indexed epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime);

    /// @notice Anchors the Merkle root of the readings of `epoch`.
    ///
    /// Requirements:
    /// - the caller holds `ANCHOR_ROLE`;
    /// - `epoch` is {lastEpoch} + 1;
    /// - `root` is not zero, `count > 0` and `fromTime <= toTime`.
    ///
    /// Emits a {TelemetryAnchored} event.
    /// @param epoch The epoch to anchor.
    /// @param root The root of the epoch's StandardMerkleTree.
    /// @param count How many readings the tree holds.
    /// @param fromTime The earliest reading `time` in the epoch.
    /// @param toTime The latest reading `time` in the epoch. Readings can arrive late, so the
    /// ranges of successive epochs may overlap.
    function anchor(uint64 epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime) external;

    /// @notice The anchored root of `epoch`, zero when it is not anchored (yet).
    function rootOf(uint64 epoch) external view returns (bytes32);

    /// @notice The last anchored epoch, 0 before the first anchor.
    function lastEpoch() external view returns (uint64);

    /// @notice Whether `proof` proves `leaf` against the root anchored for `epoch`
    /// (OpenZeppelin `MerkleProof.verify`, sorted-pair keccak256). False for an epoch that is
    /// not anchored. See the IMPORTANT note above: compute `leaf` with {leafOf}.
    /// @param epoch The epoch whose root to check against.
    /// @param proof The sibling hashes from the leaf up to the root.
    /// @param leaf The reading's leaf.
    function verifyReading(uint64 epoch, bytes32[] calldata proof, bytes32 leaf) external view returns (bool);

    /// @notice The StandardMerkleTree leaf of a reading:
    /// `keccak256(bytes.concat(keccak256(abi.encode(tokenId, device, seq, time, kind, value))))`.
    /// @param tokenId The asset the reading is about.
    /// @param device The device that signed it.
    /// @param seq The device's sequence number of the reading (from 1).
    /// @param time When it was measured (unix seconds).
    /// @param kind A short ASCII name right-padded with zeros (`odometer_m`, `energy_wh`, ...).
    /// @param value The measured value.
    function leafOf(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind, int256 value)
        external
        pure
        returns (bytes32);

    /// @notice The EIP-712 digest a device signs for a reading: the typed-data hash of
    /// `Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)` in this
    /// contract's domain.
    function readingDigest(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value)
        external
        view
        returns (bytes32);

    /// @notice The signer of a reading's EIP-712 `signature`, zero when the signature is
    /// malformed or does not recover (compare the result with the asset's bound device).
    function recoverReadingSigner(
        uint256 tokenId,
        uint64 seq,
        uint64 time,
        bytes32 kind,
        int256 value,
        bytes calldata signature
    ) external view returns (address);
}
