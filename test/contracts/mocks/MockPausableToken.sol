// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A token its issuer can pause: while paused every transfer reverts (mints too).
/// Anyone may mint and pause (it is a test double).
contract MockPausableToken is ERC20 {
    /// @notice Thrown for any transfer while paused.
    error MockTokenPaused();

    bool public paused;

    constructor() ERC20("Pausable USD", "pUSD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setPaused(bool on) external {
        paused = on;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (paused) revert MockTokenPaused();
        super._update(from, to, value);
    }
}
