// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A token that burns `feeBps` of every transfer (mints excepted), so the receiver
/// gets less than was sent (STA, PAXG style). It also has `mint` and `cap`, so it can stand in
/// for the reward/pledge token of a separately deployed escrow. Anyone may mint and change the
/// fee (like USDT, whose fee can be switched on after the token is in use).
contract MockFeeOnTransferToken is ERC20 {
    uint256 public feeBps;

    constructor(uint256 feeBps_) ERC20("Fee USD", "fUSD") {
        feeBps = feeBps_;
    }

    function setFeeBps(uint256 feeBps_) external {
        feeBps = feeBps_;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function cap() external pure returns (uint256) {
        return type(uint256).max;
    }

    /// @notice What a transfer of `value` delivers.
    function received(uint256 value) public view returns (uint256) {
        return value - value * feeBps / 10_000;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value - received(value);
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
