// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Test USD (tUSD), the devnet stablecoin
/// @notice A 6-decimal ERC-20 with EIP-2612 permit that anyone may mint, for devnets only
/// (chain 31337). It has no roles and no value: never deploy it to a public network.
contract PaymentToken is ERC20, ERC20Permit {
    constructor() ERC20("Test USD", "tUSD") ERC20Permit("Test USD") {}

    /// @notice Mints `amount` tUSD to `to`; anyone may call, for any amount.
    ///
    /// Emits a {Transfer} event from the zero address.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice tUSD has 6 decimals, like the stablecoins it stands in for.
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
