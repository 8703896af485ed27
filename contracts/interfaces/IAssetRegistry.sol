// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC4907} from "./IERC4907.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @title Sharechain asset registry
/// @notice Every shared thing is an ERC-721 token with the hash of its standard code (one code,
/// one thing), the hash of its metadata document, a verification by a `VERIFIER_ROLE` account
/// and the key of the IoT device fitted to it; a verification covers the content hash and the
/// device bound when it is made, so a content change or a rebinding clears it. Every
/// verification, revocation, content change and rebinding raises the token's verification
/// nonce, killing every verification signature made before it. The rental escrow locks an
/// asset from its first open rental until it has none left: a locked asset cannot change
/// hands, device or content. A verifier may revoke a registration that was never verified,
/// freeing a squatted asset code.
interface IAssetRegistry is IERC721, IERC4907 {
    /// @notice The state of one asset, as {assetOf} returns it (all zero for a token that does
    /// not exist or whose registration was revoked).
    /// @param assetCode Hash of the asset's standard code (serial number, VIN, land-registry id).
    /// @param contentHash Hash of the metadata document at `uri`.
    /// @param device Key of the IoT device fitted to the asset, zero when none.
    /// @param verificationNonce The current {verificationNonce}.
    /// @param locked True while the escrow holds the asset locked ({isLocked}).
    /// @param verifier The verifier of the latest verification, zero when never verified.
    /// @param validUntil Last second (inclusive) at which the latest verification holds (capped at
    /// 2^40 − 1, the year 36812, which no block time reaches).
    /// @param verified False when never verified, revoked, or cleared by a content change or a rebinding.
    /// @param everVerified True once the asset has been verified: its registration can no longer be revoked.
    /// @param user The ERC-4907 user, zero when none.
    /// @param userExpires The ERC-4907 expiry of `user`.
    struct Asset {
        bytes32 assetCode;
        bytes32 contentHash;
        address device;
        uint64 verificationNonce;
        bool locked;
        address verifier;
        uint64 validUntil;
        bool verified;
        bool everVerified;
        address user;
        uint64 userExpires;
    }

    /// @notice Thrown when `assetCode` was already registered as `tokenId`.
    error AssetCodeTaken(bytes32 assetCode, uint256 tokenId);
    /// @notice Thrown when `tokenId` is locked by the escrow (it has open rentals) and cannot be
    /// transferred, rebound to another device, given new content or revoked.
    error AssetLocked(uint256 tokenId);
    /// @notice Thrown when a verification signature with this EIP-712 `digest` was already used.
    error SignatureUsed(bytes32 digest);
    /// @notice Thrown when a verification signature was not made by a `VERIFIER_ROLE` account.
    error InvalidSigner(address signer);
    /// @notice Thrown when a verification signature names `nonce`, not the token's current `expected` nonce.
    error InvalidNonce(uint256 tokenId, uint256 nonce, uint256 expected);
    /// @notice Thrown when revoking the registration of `tokenId`, which has been verified before.
    error AssetWasVerified(uint256 tokenId);
    /// @notice Thrown when `account` calls an owner-only function of `tokenId` it does not own.
    error RegistryNotAssetOwner(uint256 tokenId, address account);
    /// @notice Thrown when a signature is submitted after its `deadline`.
    error RegistrySignatureExpired(uint256 deadline);
    /// @notice Thrown when a verification would end (`validUntil`) before the current block.
    error RegistryInvalidValidity(uint64 validUntil);
    /// @notice Thrown when registering the zero asset code.
    error RegistryZeroAssetCode();

    /// @notice Emitted when `owner` registers `tokenId` for the thing whose code hashes to `assetCode`.
    /// @param tokenId The new token.
    /// @param owner The account it was minted to (the caller).
    /// @param assetCode Hash of the asset's standard code.
    /// @param contentHash Hash of the metadata document.
    /// @param uri Where the metadata document lives.
    event AssetRegistered(
        uint256 indexed tokenId, address indexed owner, bytes32 indexed assetCode, bytes32 contentHash, string uri
    );
    /// @notice Emitted when `verifier` confirms `tokenId` until `validUntil` (inclusive; as stored,
    /// so a value past 2^40 − 1 — the year 36812 — is reported as 2^40 − 1).
    event AssetVerified(uint256 indexed tokenId, address indexed verifier, uint64 validUntil);
    /// @notice Emitted when `verifier` revokes the verification of `tokenId`.
    /// @param reasonHash Hash of the reason document.
    event VerificationRevoked(uint256 indexed tokenId, address indexed verifier, bytes32 reasonHash);
    /// @notice Emitted when the owner replaces the metadata of `tokenId`; the verification is cleared.
    event ContentUpdated(uint256 indexed tokenId, bytes32 contentHash, string uri);
    /// @notice Emitted when the owner binds `device` (zero: unbinds) to `tokenId`; the verification is cleared.
    event DeviceBound(uint256 indexed tokenId, address indexed device);
    /// @notice Emitted when `verifier` revokes the never-verified registration `tokenId`: the token
    /// is burnt and its asset code is free again.
    /// @param reasonHash Hash of the reason document.
    event RegistrationRevoked(uint256 indexed tokenId, address indexed verifier, bytes32 reasonHash);
    /// @notice Emitted when the escrow locks (`locked`) or unlocks `tokenId`.
    event LockSet(uint256 indexed tokenId, bool locked);

    /// @notice Registers a new asset and mints its token to the caller.
    ///
    /// Requirements:
    /// - `assetCode` is not zero and was never registered.
    ///
    /// Emits a {Transfer} and an {AssetRegistered} event.
    /// @param assetCode Hash of the asset's standard code (serial number, VIN, land-registry id).
    /// @param contentHash Hash of the metadata document (IPFS CID digest or sha256).
    /// @param uri Where the metadata document lives.
    /// @return tokenId The new token id, counting from 1.
    function register(bytes32 assetCode, bytes32 contentHash, string calldata uri) external returns (uint256 tokenId);

    /// @notice Confirms `tokenId` as real and as described — its current content hash and its
    /// currently bound device — until `validUntil` (inclusive).
    ///
    /// Requirements:
    /// - the caller holds `VERIFIER_ROLE`;
    /// - `tokenId` exists and `validUntil` is not in the past.
    ///
    /// Emits an {AssetVerified} event; raises the verification nonce.
    function verify(uint256 tokenId, uint64 validUntil) external;

    /// @notice Applies a verifier's EIP-712 `Verification` signature; anyone may submit it.
    /// The signature covers the asset's current content hash, bound device and verification
    /// nonce, so a content update, a rebinding or a revocation made after it kills it.
    ///
    /// Requirements:
    /// - `nonce` is the token's current {verificationNonce};
    /// - `block.timestamp <= deadline` and the signature was never used;
    /// - the signer holds `VERIFIER_ROLE`; `validUntil` is not in the past.
    ///
    /// Checked in this order: the token, the deadline ({RegistrySignatureExpired}), an exact
    /// replay of an applied signature ({SignatureUsed}), the nonce ({InvalidNonce}: a signature
    /// killed by a later change says so before any signer is recovered), the signer
    /// ({InvalidSigner}), the validity ({RegistryInvalidValidity}).
    ///
    /// Emits an {AssetVerified} event naming the signer as verifier; raises the verification nonce.
    /// @param signature 65-byte ECDSA signature over
    /// `Verification(uint256 tokenId,bytes32 contentHash,address device,uint64 validUntil,uint256 nonce,uint256 deadline)`.
    function verifyBySig(uint256 tokenId, uint64 validUntil, uint256 nonce, uint256 deadline, bytes calldata signature)
        external;

    /// @notice Revokes the verification of `tokenId`, verified or not: it raises the verification
    /// nonce either way, so unused verification signatures die with it.
    ///
    /// Requirements:
    /// - the caller holds `VERIFIER_ROLE`; `tokenId` exists.
    ///
    /// Emits a {VerificationRevoked} event.
    function revokeVerification(uint256 tokenId, bytes32 reasonHash) external;

    /// @notice Revokes a registration that was never verified: burns `tokenId` and frees its
    /// asset code, so a squatted serial number or VIN can be registered by its real owner.
    ///
    /// Requirements:
    /// - the caller holds `VERIFIER_ROLE`; `tokenId` exists, was never verified and is not locked.
    ///
    /// Emits a {Transfer} to the zero address and a {RegistrationRevoked} event.
    function revokeRegistration(uint256 tokenId, bytes32 reasonHash) external;

    /// @notice Replaces the metadata of `tokenId` and clears its verification.
    ///
    /// Requirements:
    /// - the caller owns `tokenId`; it is not locked.
    ///
    /// Emits a {ContentUpdated} event; raises the verification nonce.
    function updateContent(uint256 tokenId, bytes32 contentHash, string calldata uri) external;

    /// @notice Binds the key of the IoT device fitted to `tokenId` (zero unbinds) and clears its
    /// verification: a device is trusted only as part of a verification.
    ///
    /// Requirements:
    /// - the caller owns `tokenId`; it is not locked.
    ///
    /// Emits a {DeviceBound} event; raises the verification nonce.
    function bindDevice(uint256 tokenId, address device) external;

    /// @notice Locks or unlocks `tokenId`. The escrow locks an asset from its first open rental
    /// (booked, active, returned or disputed) until it has none left; while locked, transfers,
    /// {updateContent}, {bindDevice} and {revokeRegistration} revert {AssetLocked}.
    ///
    /// The lock, not the ERC-4907 user record, is what blocks those calls, so {isLocked} tells
    /// exactly whether they revert. Setting the value the token already has changes nothing
    /// and emits nothing, so the escrow may call it at every rental.
    ///
    /// Requirements:
    /// - the caller holds `RENTAL_MANAGER_ROLE`; `tokenId` exists.
    ///
    /// Emits a {LockSet} event when the lock changes.
    function setLock(uint256 tokenId, bool locked) external;

    /// @notice True while the escrow holds `tokenId` locked.
    function isLocked(uint256 tokenId) external view returns (bool);

    /// @notice The verification nonce of `tokenId`: 0 at registration, +1 at every {verify},
    /// {verifyBySig}, {revokeVerification}, {updateContent} and {bindDevice}.
    function verificationNonce(uint256 tokenId) external view returns (uint256);

    /// @notice True when `tokenId` is verified, not revoked, and `block.timestamp <= validUntil`.
    function isVerified(uint256 tokenId) external view returns (bool);

    /// @notice The device key bound to `tokenId`, zero when none.
    function deviceOf(uint256 tokenId) external view returns (address);

    /// @notice The whole state of `tokenId`.
    function assetOf(uint256 tokenId) external view returns (Asset memory);

    /// @notice The token registered for `assetCode`, zero when none.
    function tokenOfAssetCode(bytes32 assetCode) external view returns (uint256);

    /// @notice The number of assets registered so far (the highest token id).
    function totalAssets() external view returns (uint256);
}
