// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ERC-4907 rental NFT, user extension
/// @notice The interface exactly as EIP-4907 defines it (interface id 0xad092b5c).
interface IERC4907 {
    /// @notice Emitted when the `user` of an NFT or the `expires` of the `user` is changed.
    /// The zero address for `user` indicates that there is no longer any user address.
    /// @param tokenId The NFT.
    /// @param user The new user, or zero when the record is cleared.
    /// @param expires Unix time (seconds) until which `user` may use the NFT.
    event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires);

    /// @notice Sets the user and expires of an NFT.
    /// @dev The zero address indicates there is no user.
    function setUser(uint256 tokenId, address user, uint64 expires) external;

    /// @notice Returns the user address of an NFT.
    /// @dev The zero address indicates that there is no user or the user is expired.
    function userOf(uint256 tokenId) external view returns (address);

    /// @notice Returns the user's expires of an NFT.
    /// @dev The zero value indicates that there is no user.
    function userExpires(uint256 tokenId) external view returns (uint256);
}
