// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A USDC-style token with a blocklist: every transfer from or to a blocked account
/// reverts. Anyone may mint and block (it is a test double).
contract MockBlocklistToken is ERC20 {
    /// @notice Thrown when a transfer touches the blocked `account`.
    error MockBlocked(address account);

    mapping(address account => bool) public blocked;

    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool on) external {
        blocked[account] = on;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert MockBlocked(from);
        if (blocked[to]) revert MockBlocked(to);
        super._update(from, to, value);
    }
}
