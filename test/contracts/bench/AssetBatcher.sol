// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../../contracts/interfaces/IAssetRegistry.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @notice An asset owner, and a verifier, for load tests (test/bench/apiload): in one
/// transaction it registers many assets through the real registry, which mints them to
/// this contract, or — once granted `VERIFIER_ROLE` — verifies a range of token ids, so a
/// chain gets a hundred thousand verified assets from a few thousand transactions.
/// Asset `i` of a load set has the code {assetCode}(i), the content hash
/// {contentHash}(i) and the uri `ipfs://apiload/<i>`.
/// Devnet only: anyone may call it.
contract AssetBatcher {
    IAssetRegistry private immutable _registry;

    /// @notice Registers and verifies through `registry`.
    constructor(IAssetRegistry registry) {
        _registry = registry;
    }

    /// @notice Registers assets `first` .. `first + count - 1` of the load set; the registry
    /// mints each to this contract, with consecutive token ids.
    ///
    /// Requirements: none of their asset codes is registered yet.
    ///
    /// The registry emits a {Transfer} and an {AssetRegistered} event per asset.
    /// @return firstTokenId The token id of asset `first` (0 when `count` is 0).
    function register(uint256 first, uint256 count) external returns (uint256 firstTokenId) {
        for (uint256 i = first; i < first + count; ++i) {
            uint256 tokenId =
                _registry.register(assetCode(i), contentHash(i), string.concat("ipfs://apiload/", Strings.toString(i)));
            if (i == first) firstTokenId = tokenId;
        }
    }

    /// @notice Verifies tokens `firstTokenId` .. `firstTokenId + count - 1` until `validUntil`.
    /// Protocol v2: each verification attests the token's current content hash and bound
    /// device (the load set binds none) and raises its verification nonce.
    ///
    /// Requirements: this contract holds the registry's `VERIFIER_ROLE`; every token exists;
    /// `validUntil` is not in the past.
    ///
    /// The registry emits an {AssetVerified} event per token, with this contract as the verifier.
    function verifyRange(uint256 firstTokenId, uint256 count, uint64 validUntil) external {
        for (uint256 id = firstTokenId; id < firstTokenId + count; ++id) {
            _registry.verify(id, validUntil);
        }
    }

    /// @notice The asset code of asset `i` of the load set.
    function assetCode(uint256 i) public pure returns (bytes32) {
        return keccak256(abi.encode("apiload asset", i));
    }

    /// @notice The content hash of asset `i` of the load set.
    function contentHash(uint256 i) public pure returns (bytes32) {
        return keccak256(abi.encode("apiload content", i));
    }
}
