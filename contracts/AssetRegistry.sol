// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "./interfaces/IAssetRegistry.sol";
import {IERC4907} from "./interfaces/IERC4907.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title Sharechain asset registry
/// @notice ERC-721 + ERC-4907 registry of shared assets: one asset code, one token; a
/// verifier's confirmation of the content hash and the bound device, with an expiry; a
/// verification nonce that kills stale signatures; the escrow's lock.
///
/// IMPORTANT: the registry is non-custodial. The owner keeps the token during a rental; the
/// escrow (`RENTAL_MANAGER_ROLE`) locks it from its first open rental until it has none left,
/// and sets the ERC-4907 user while a rental is checked in. The lock alone gates the owner:
/// while it is set {_update} refuses every transfer (and the burn of {revokeRegistration}),
/// and {bindDevice} and {updateContent} revert, so the owner cannot pull the asset or its
/// device out from under a booking, a renter or an inspection. The user record is only what
/// ERC-4907 says it is — who may use the asset until when — so {isLocked} and the
/// {LockSet} events tell exactly when those calls revert; as in the EIP's reference
/// implementation a transfer to another owner clears it. Burning happens only in
/// {revokeRegistration}, for a token that was never verified. An override of {_update} must
/// keep the lock check first.
///
/// A device is trusted only as part of a verification: {bindDevice} and {updateContent}
/// clear it, and every verification, revocation, rebinding and content change raises the
/// token's verification nonce, which every `Verification` signature names.
///
/// Storage of one asset ({Record}, five slots; {assetOf} widens it to {IAssetRegistry.Asset}):
/// - slot 0: `assetCode`;
/// - slot 1: `contentHash`;
/// - slot 2: `device` (bits 0-159) | `locked` (160-167) — what the escrow's rent and
///   termsHash read, and the lock every owner call and transfer checks;
/// - slot 3: `verifier` (0-159) | `validUntil` (160-199) | `verified` (200-207) |
///   `everVerified` (208-215) | `verificationNonce` (216-255) — a verification, a revocation
///   and the nonce they raise are one slot write, which keeps a batch of verifications within a
///   transaction's gas cap;
/// - slot 4: `user` (0-159) | `userExpires` (160-223) — ERC-4907.
/// `validUntil` is stored in 40 bits: a later value (after the year 36812, such as
/// `type(uint64).max` for "no expiry") is stored, reported and emitted as 2^40 − 1, which no
/// block time reaches. The nonce has 40 bits too: 10^12 changes.
contract AssetRegistry is IAssetRegistry, ERC721, AccessControl, EIP712 {
    /// @notice Role that confirms assets and revokes squatted registrations (inspectors, regulators).
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");
    /// @notice Role that sets the ERC-4907 user and the lock (the escrow).
    bytes32 public constant RENTAL_MANAGER_ROLE = keccak256("RENTAL_MANAGER_ROLE");
    /// @notice EIP-712 type hash of a verifier's signed confirmation.
    bytes32 public constant VERIFICATION_TYPEHASH = keccak256(
        "Verification(uint256 tokenId,bytes32 contentHash,address device,uint64 validUntil,uint256 nonce,uint256 deadline)"
    );

    /// @dev The storage form of {IAssetRegistry.Asset}; see the layout above.
    struct Record {
        bytes32 assetCode;
        bytes32 contentHash;
        address device;
        bool locked;
        address verifier;
        uint40 validUntil;
        bool verified;
        bool everVerified;
        uint40 verificationNonce;
        address user;
        uint64 userExpires;
    }

    /// @dev The latest `validUntil` storage holds (year 36812); later ones are stored as this. Not
    /// public: every extra selector lengthens the dispatch of the calls the escrow makes.
    uint64 private constant _MAX_VALID_UNTIL = type(uint40).max;

    uint256 private _lastTokenId;
    mapping(uint256 tokenId => Record) private _assets;
    mapping(uint256 tokenId => string) private _uris;
    mapping(bytes32 assetCode => uint256 tokenId) private _tokenOfAssetCode;
    mapping(bytes32 digest => bool) private _usedDigests;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    constructor(address admin) ERC721("Sharechain Asset", "SHA") EIP712("AssetRegistry", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IAssetRegistry
    function register(bytes32 assetCode, bytes32 contentHash, string calldata uri) external returns (uint256 tokenId) {
        if (assetCode == bytes32(0)) revert RegistryZeroAssetCode();
        uint256 existing = _tokenOfAssetCode[assetCode];
        if (existing != 0) revert AssetCodeTaken(assetCode, existing);

        tokenId = ++_lastTokenId;
        _tokenOfAssetCode[assetCode] = tokenId;
        Record storage asset = _assets[tokenId];
        asset.assetCode = assetCode;
        asset.contentHash = contentHash;
        _uris[tokenId] = uri;
        // _mint, not _safeMint: the caller is the receiver, so the receiver check would only
        // add a reentrancy window.
        _mint(msg.sender, tokenId);
        emit AssetRegistered(tokenId, msg.sender, assetCode, contentHash, uri);
    }

    /// @inheritdoc IAssetRegistry
    function verify(uint256 tokenId, uint64 validUntil) external onlyRole(VERIFIER_ROLE) {
        _requireOwned(tokenId);
        _verify(tokenId, msg.sender, validUntil);
    }

    /// @inheritdoc IAssetRegistry
    function verifyBySig(uint256 tokenId, uint64 validUntil, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
    {
        _requireOwned(tokenId);
        if (block.timestamp > deadline) revert RegistrySignatureExpired(deadline);
        Record storage asset = _assets[tokenId];
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(VERIFICATION_TYPEHASH, tokenId, asset.contentHash, asset.device, validUntil, nonce, deadline)
            )
        );
        // the nonce alone already refuses a replay; the digest record tells a relayer that this
        // very signature was applied, rather than killed by a later change.
        if (_usedDigests[digest]) revert SignatureUsed(digest);
        // before recovery: a signature killed by a revocation, rebinding or content change
        // says so, instead of looking like a bad signer.
        uint256 expected = asset.verificationNonce;
        if (nonce != expected) revert InvalidNonce(tokenId, nonce, expected);
        // ECDSA.tryRecover rejects malleable (high-s) signatures.
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || !hasRole(VERIFIER_ROLE, signer)) revert InvalidSigner(signer);
        _usedDigests[digest] = true;
        _verify(tokenId, signer, validUntil);
    }

    /// @inheritdoc IAssetRegistry
    function revokeVerification(uint256 tokenId, bytes32 reasonHash) external onlyRole(VERIFIER_ROLE) {
        _requireOwned(tokenId);
        Record storage asset = _assets[tokenId];
        asset.verified = false;
        ++asset.verificationNonce;
        emit VerificationRevoked(tokenId, msg.sender, reasonHash);
    }

    /// @inheritdoc IAssetRegistry
    function revokeRegistration(uint256 tokenId, bytes32 reasonHash) external onlyRole(VERIFIER_ROLE) {
        _requireOwned(tokenId);
        Record storage asset = _assets[tokenId];
        if (asset.everVerified) revert AssetWasVerified(tokenId);
        if (asset.locked) revert AssetLocked(tokenId);
        delete _tokenOfAssetCode[asset.assetCode];
        delete _assets[tokenId];
        delete _uris[tokenId];
        // token ids are never reused: the counter only grows, so nothing can refer to the old
        // registration again.
        _burn(tokenId);
        emit RegistrationRevoked(tokenId, msg.sender, reasonHash);
    }

    /// @inheritdoc IAssetRegistry
    function updateContent(uint256 tokenId, bytes32 contentHash, string calldata uri) external {
        Record storage asset = _ownedUnlocked(tokenId);
        asset.contentHash = contentHash;
        asset.verified = false;
        ++asset.verificationNonce;
        _uris[tokenId] = uri;
        emit ContentUpdated(tokenId, contentHash, uri);
    }

    /// @inheritdoc IAssetRegistry
    function bindDevice(uint256 tokenId, address device) external {
        Record storage asset = _ownedUnlocked(tokenId);
        asset.device = device;
        ++asset.verificationNonce;
        asset.verified = false;
        emit DeviceBound(tokenId, device);
    }

    /// @inheritdoc IAssetRegistry
    function setLock(uint256 tokenId, bool locked) external onlyRole(RENTAL_MANAGER_ROLE) {
        _requireOwned(tokenId);
        Record storage asset = _assets[tokenId];
        if (asset.locked == locked) return;
        asset.locked = locked;
        emit LockSet(tokenId, locked);
    }

    /// @inheritdoc IERC4907
    function setUser(uint256 tokenId, address user, uint64 expires) external onlyRole(RENTAL_MANAGER_ROLE) {
        _requireOwned(tokenId);
        Record storage asset = _assets[tokenId];
        asset.user = user;
        asset.userExpires = user == address(0) ? 0 : expires;
        emit UpdateUser(tokenId, user, asset.userExpires);
    }

    /// @inheritdoc IERC4907
    function userOf(uint256 tokenId) external view returns (address) {
        Record storage asset = _assets[tokenId];
        return block.timestamp <= asset.userExpires ? asset.user : address(0);
    }

    /// @inheritdoc IERC4907
    function userExpires(uint256 tokenId) external view returns (uint256) {
        return _assets[tokenId].userExpires;
    }

    /// @inheritdoc IAssetRegistry
    function isLocked(uint256 tokenId) external view returns (bool) {
        return _assets[tokenId].locked;
    }

    /// @inheritdoc IAssetRegistry
    function verificationNonce(uint256 tokenId) external view returns (uint256) {
        return _assets[tokenId].verificationNonce;
    }

    /// @inheritdoc IAssetRegistry
    function isVerified(uint256 tokenId) external view returns (bool) {
        Record storage asset = _assets[tokenId];
        return asset.verified && block.timestamp <= asset.validUntil;
    }

    /// @inheritdoc IAssetRegistry
    function deviceOf(uint256 tokenId) external view returns (address) {
        return _assets[tokenId].device;
    }

    /// @inheritdoc IAssetRegistry
    function assetOf(uint256 tokenId) external view returns (Asset memory) {
        Record storage r = _assets[tokenId];
        return Asset({
            assetCode: r.assetCode,
            contentHash: r.contentHash,
            device: r.device,
            verificationNonce: r.verificationNonce,
            locked: r.locked,
            verifier: r.verifier,
            validUntil: r.validUntil,
            verified: r.verified,
            everVerified: r.everVerified,
            user: r.user,
            userExpires: r.userExpires
        });
    }

    /// @inheritdoc IAssetRegistry
    function tokenOfAssetCode(bytes32 assetCode) external view returns (uint256) {
        return _tokenOfAssetCode[assetCode];
    }

    /// @inheritdoc IAssetRegistry
    function totalAssets() external view returns (uint256) {
        return _lastTokenId;
    }

    /// @notice The metadata document's location, as given at {register} or {updateContent}.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireOwned(tokenId);
        return _uris[tokenId];
    }

    /// @notice True for ERC-165, ERC-721, ERC-721 Metadata, ERC-4907 and AccessControl.
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl, IERC165) returns (bool) {
        return interfaceId == type(IERC4907).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev The single mint/transfer/burn path of OZ ERC-721: every move of a locked token
    /// reverts. A token is never locked at its mint, and {revokeRegistration} checks the lock
    /// before it clears it and burns. As in the EIP-4907 reference implementation, a transfer to
    /// another owner clears a user record (the escrow holds the lock whenever it has set one, so
    /// this only drops a record the escrow left behind).
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        Record storage asset = _assets[tokenId];
        if (asset.locked) revert AssetLocked(tokenId);
        from = super._update(to, tokenId, auth);
        if (from != address(0) && from != to && asset.user != address(0)) {
            asset.user = address(0);
            asset.userExpires = 0;
            emit UpdateUser(tokenId, address(0), 0);
        }
    }

    function _verify(uint256 tokenId, address verifier, uint64 validUntil) private {
        if (validUntil < block.timestamp) revert RegistryInvalidValidity(validUntil);
        // casting to 'uint40' is safe: the value is capped at type(uint40).max first
        // forge-lint: disable-next-line(unsafe-typecast)
        uint40 until = validUntil > _MAX_VALID_UNTIL ? type(uint40).max : uint40(validUntil);
        Record storage asset = _assets[tokenId];
        asset.verifier = verifier;
        asset.validUntil = until;
        asset.verified = true;
        asset.everVerified = true;
        ++asset.verificationNonce;
        emit AssetVerified(tokenId, verifier, until);
    }

    function _ownedUnlocked(uint256 tokenId) private view returns (Record storage asset) {
        address owner = _requireOwned(tokenId);
        if (owner != msg.sender) revert RegistryNotAssetOwner(tokenId, msg.sender);
        asset = _assets[tokenId];
        if (asset.locked) revert AssetLocked(tokenId);
    }
}
