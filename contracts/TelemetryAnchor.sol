// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ITelemetryAnchor} from "./interfaces/ITelemetryAnchor.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Sharechain telemetry anchor
/// @notice Holds one Merkle root per telemetry epoch, anchored in order by `ANCHOR_ROLE`
/// (the telemetry service), and proves readings against them. See {ITelemetryAnchor}.
///
/// Invariants: `rootOf(e) != 0` exactly for `1 <= e <= lastEpoch()`; an anchored root never
/// changes. Only the roots are stored (one new slot per epoch); the count and time range
/// live in the {TelemetryAnchored} event, which the indexer mirrors.
contract TelemetryAnchor is ITelemetryAnchor, AccessControl, EIP712 {
    /// @notice Role allowed to {anchor}.
    bytes32 public constant ANCHOR_ROLE = keccak256("ANCHOR_ROLE");
    /// @notice EIP-712 type hash of the reading a device signs.
    bytes32 public constant READING_TYPEHASH =
        keccak256("Reading(uint256 tokenId,uint64 seq,uint64 time,bytes32 kind,int256 value)");

    uint64 private _lastEpoch;
    mapping(uint64 epoch => bytes32 root) private _roots;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (it grants `ANCHOR_ROLE`).
    constructor(address admin) EIP712("TelemetryAnchor", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc ITelemetryAnchor
    function anchor(uint64 epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime)
        external
        onlyRole(ANCHOR_ROLE)
    {
        uint64 expected = _lastEpoch + 1;
        if (epoch != expected) revert BadEpoch(epoch, expected);
        if (root == bytes32(0)) revert AnchorZeroRoot(epoch);
        if (count == 0) revert AnchorEmptyEpoch(epoch);
        if (fromTime > toTime) revert AnchorBadTimeRange(epoch, fromTime, toTime);
        _lastEpoch = epoch;
        _roots[epoch] = root;
        emit TelemetryAnchored(epoch, root, count, fromTime, toTime);
    }

    /// @inheritdoc ITelemetryAnchor
    function rootOf(uint64 epoch) external view returns (bytes32) {
        return _roots[epoch];
    }

    /// @inheritdoc ITelemetryAnchor
    function lastEpoch() external view returns (uint64) {
        return _lastEpoch;
    }

    /// @inheritdoc ITelemetryAnchor
    function verifyReading(uint64 epoch, bytes32[] calldata proof, bytes32 leaf) external view returns (bool) {
        bytes32 root = _roots[epoch];
        // an unknown epoch has no root; a zero root must not be "proved" by a zero leaf and empty proof.
        if (root == bytes32(0)) return false;
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @inheritdoc ITelemetryAnchor
    function leafOf(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind, int256 value)
        external
        pure
        returns (bytes32)
    {
        return keccak256(bytes.concat(keccak256(abi.encode(tokenId, device, seq, time, kind, value))));
    }

    /// @inheritdoc ITelemetryAnchor
    function readingDigest(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(READING_TYPEHASH, tokenId, seq, time, kind, value)));
    }

    /// @inheritdoc ITelemetryAnchor
    function recoverReadingSigner(
        uint256 tokenId,
        uint64 seq,
        uint64 time,
        bytes32 kind,
        int256 value,
        bytes calldata signature
    ) external view returns (address) {
        (address signer, ECDSA.RecoverError err,) =
            ECDSA.tryRecoverCalldata(readingDigest(tokenId, seq, time, kind, value), signature);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }
}
