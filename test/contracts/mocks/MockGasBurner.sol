// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ITokenHooks} from "./MockHookToken.sol";

/// @notice A receiver that burns all the gas it is given whenever a {MockHookToken} transfer
/// reaches it (the Low finding "a payee's hook burnt the settler's gas").
contract MockGasBurner is ITokenHooks {
    uint256 public sink;

    function tokensToSend(address, address, uint256) external pure {}

    function tokensReceived(address, address, uint256) external {
        // writes until the gas runs out: the call fails out of gas, having used all it got.
        for (uint256 i = 0;; ++i) {
            sink = i;
        }
    }
}
