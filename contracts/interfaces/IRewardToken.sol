// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Sharechain Reward (SHR)
/// @notice The reward and pledge token: providers lock it to vouch for a listing, and the
/// escrow mints it to both sides of a clean rental.
interface IRewardToken is IERC20 {
    /// @notice Mints `amount` SHR to `to`.
    ///
    /// Requirements:
    /// - the caller holds `MINTER_ROLE` (the escrow, and the deployer for the initial supply);
    /// - the total supply stays within {cap}.
    ///
    /// Emits a {Transfer} event from the zero address.
    function mint(address to, uint256 amount) external;

    /// @notice The most SHR that can ever exist, in base units.
    function cap() external view returns (uint256);
}
