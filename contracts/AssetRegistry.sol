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
/// verifier's confirmation with an expiry; the key of the device fitted to the asset.
///
/// IMPORTANT: the registry is non-custodial. The owner keeps the token during a rental, and
/// the escrow (`RENTAL_MANAGER_ROLE`) marks it with an ERC-4907 user record. While that
/// record is set — even after `userExpires` has passed, until the escrow settles and clears
/// it — {_update} refuses every transfer, and {bindDevice} and {updateContent} revert, so
/// the owner cannot pull the asset out from under a renter. There is no burn.
contract AssetRegistry is IAssetRegistry, ERC721, AccessControl, EIP712 {
    /// @notice Role that confirms assets (inspectors, regulators).
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");
    /// @notice Role that sets the ERC-4907 user (the escrow).
    bytes32 public constant RENTAL_MANAGER_ROLE = keccak256("RENTAL_MANAGER_ROLE");
    /// @notice EIP-712 type hash of a verifier's signed confirmation.
    bytes32 public constant VERIFICATION_TYPEHASH =
        keccak256("Verification(uint256 tokenId,bytes32 contentHash,uint64 validUntil,uint256 deadline)");

    uint256 private _lastTokenId;
    mapping(uint256 tokenId => Asset) private _assets;
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
        Asset storage asset = _assets[tokenId];
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
    function verifyBySig(uint256 tokenId, uint64 validUntil, uint256 deadline, bytes calldata signature) external {
        _requireOwned(tokenId);
        if (block.timestamp > deadline) revert RegistrySignatureExpired(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(VERIFICATION_TYPEHASH, tokenId, _assets[tokenId].contentHash, validUntil, deadline))
        );
        if (_usedDigests[digest]) revert SignatureUsed(digest);
        // ECDSA.recover rejects malleable (high-s) signatures.
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || !hasRole(VERIFIER_ROLE, signer)) revert InvalidSigner(signer);
        _usedDigests[digest] = true;
        _verify(tokenId, signer, validUntil);
    }

    /// @inheritdoc IAssetRegistry
    function revokeVerification(uint256 tokenId, bytes32 reasonHash) external onlyRole(VERIFIER_ROLE) {
        _requireOwned(tokenId);
        Asset storage asset = _assets[tokenId];
        if (!asset.verified) revert RegistryNotVerified(tokenId);
        asset.verified = false;
        emit VerificationRevoked(tokenId, msg.sender, reasonHash);
    }

    /// @inheritdoc IAssetRegistry
    function updateContent(uint256 tokenId, bytes32 contentHash, string calldata uri) external {
        Asset storage asset = _ownedUnlocked(tokenId);
        asset.contentHash = contentHash;
        asset.verified = false;
        _uris[tokenId] = uri;
        emit ContentUpdated(tokenId, contentHash, uri);
    }

    /// @inheritdoc IAssetRegistry
    function bindDevice(uint256 tokenId, address device) external {
        Asset storage asset = _ownedUnlocked(tokenId);
        asset.device = device;
        emit DeviceBound(tokenId, device);
    }

    /// @inheritdoc IERC4907
    function setUser(uint256 tokenId, address user, uint64 expires) external onlyRole(RENTAL_MANAGER_ROLE) {
        _requireOwned(tokenId);
        Asset storage asset = _assets[tokenId];
        asset.user = user;
        asset.userExpires = user == address(0) ? 0 : expires;
        emit UpdateUser(tokenId, user, asset.userExpires);
    }

    /// @inheritdoc IERC4907
    function userOf(uint256 tokenId) external view returns (address) {
        Asset storage asset = _assets[tokenId];
        return block.timestamp <= asset.userExpires ? asset.user : address(0);
    }

    /// @inheritdoc IERC4907
    function userExpires(uint256 tokenId) external view returns (uint256) {
        return _assets[tokenId].userExpires;
    }

    /// @inheritdoc IAssetRegistry
    function isVerified(uint256 tokenId) external view returns (bool) {
        Asset storage asset = _assets[tokenId];
        return asset.verified && block.timestamp <= asset.validUntil;
    }

    /// @inheritdoc IAssetRegistry
    function deviceOf(uint256 tokenId) external view returns (address) {
        return _assets[tokenId].device;
    }

    /// @inheritdoc IAssetRegistry
    function assetOf(uint256 tokenId) external view returns (Asset memory) {
        return _assets[tokenId];
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

    /// @dev The single transfer path of OZ ERC-721: minting is free, every other move of a
    /// token with a user record reverts (there is no burn).
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (_assets[tokenId].user != address(0)) revert AssetLocked(tokenId);
        return super._update(to, tokenId, auth);
    }

    function _verify(uint256 tokenId, address verifier, uint64 validUntil) private {
        if (validUntil < block.timestamp) revert RegistryInvalidValidity(validUntil);
        Asset storage asset = _assets[tokenId];
        asset.verified = true;
        asset.verifier = verifier;
        asset.validUntil = validUntil;
        emit AssetVerified(tokenId, verifier, validUntil);
    }

    function _ownedUnlocked(uint256 tokenId) private view returns (Asset storage asset) {
        address owner = _requireOwned(tokenId);
        if (owner != msg.sender) revert RegistryNotAssetOwner(tokenId, msg.sender);
        asset = _assets[tokenId];
        if (asset.user != address(0)) revert AssetLocked(tokenId);
    }
}
