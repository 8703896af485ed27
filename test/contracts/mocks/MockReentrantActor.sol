// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ITokenHooks} from "./MockHookToken.sol";

/// @notice An attacker account (a contract) that rents, provides or withdraws through
/// {act}, and is its own ERC-777-style hook: when a {MockHookToken} transfer touches it, the
/// hook makes one armed call back into a target (the escrow or the arbitration panel) in the
/// middle of that transfer. It records what the call returned; when `bubble` is set it
/// re-raises a failed call's error, so the transfer itself fails.
contract MockReentrantActor is ITokenHooks {
    address public target;
    bytes public reentry;
    bool public bubble;
    /// @notice How many re-entries were tried, whether the last one went through, and its revert data.
    uint256 public attempts;
    bool public lastSucceeded;
    bytes public lastError;

    /// @notice Arms one re-entry: at the next hook call, call `target_` with `data`.
    function arm(address target_, bytes calldata data, bool bubble_) external {
        target = target_;
        reentry = data;
        bubble = bubble_;
    }

    /// @notice Acts as this account: calls `to` with `data`, bubbling a revert.
    function act(address to, bytes calldata data) external returns (bytes memory result) {
        bool ok;
        (ok, result) = to.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
    }

    function tokensToSend(address, address, uint256) external {
        _reenter();
    }

    function tokensReceived(address, address, uint256) external {
        _reenter();
    }

    /// @notice ERC-721 receiver, so the actor can hold assets received by safe transfer.
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return this.onERC721Received.selector;
    }

    function _reenter() private {
        address to = target;
        if (to == address(0)) return;
        target = address(0); // once
        (bool ok, bytes memory err) = to.call(reentry);
        ++attempts;
        lastSucceeded = ok;
        lastError = err;
        if (!ok && bubble) {
            assembly ("memory-safe") {
                revert(add(err, 0x20), mload(err))
            }
        }
    }
}
