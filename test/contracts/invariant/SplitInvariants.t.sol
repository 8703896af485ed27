// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {Split} from "../../../contracts/Split.sol";
import {SplitFactory} from "../../../contracts/SplitFactory.sol";
import {MockNoReturnToken} from "../mocks/MockNoReturnToken.sol";
import {IMintable, SplitHandler} from "./SplitHandler.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Invariants of a split under random income and releases: five co-owners with
/// uneven shares (one of 1 bps, so rounding is everywhere), two standard tokens (tUSD and a
/// USDT-style token without return values), incomes from 1 unit to 10^30, releases by anyone.
///
/// The handler makes the calls the spec allows and tries the ones it refuses, so no handler
/// call should revert: a revert fails the campaign.
/// forge-config: default.invariant.fail-on-revert = true
/// forge-config: ci.invariant.fail-on-revert = true
/// forge-config: deep.invariant.fail-on-revert = true
contract SplitInvariantsTest is Test {
    uint256 internal constant BPS = 10_000;
    /// @dev The coverage check of {afterInvariant} applies once this many handler calls are
    /// tallied (about 30 runs of the default profile's depth of 32).
    uint256 internal constant COVERAGE_CALLS = 1000;
    string internal constant ENV_PREFIX = "SHARECHAIN_SPLIT_INVARIANT_";

    SplitHandler internal handler;
    Split internal split;

    function setUp() public {
        SplitFactory factory = new SplitFactory();
        address[] memory accounts = new address[](5);
        uint16[] memory shares = new uint16[](5);
        uint16[5] memory bps = [4000, 2500, 2000, 1499, 1];
        for (uint256 i; i < 5; ++i) {
            accounts[i] = makeAddr(string.concat("co-owner-", vm.toString(i)));
            shares[i] = bps[i];
        }
        split = Split(factory.createSplit(accounts, shares));
        address[] memory tokens = new address[](2);
        tokens[0] = address(new PaymentToken());
        tokens[1] = address(new MockNoReturnToken());
        handler = new SplitHandler(split, tokens);
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: handler.actions()}));
    }

    // ---------------------------------------------------------------- properties

    /// Nothing is paid out that did not come in: per token, the released amounts of all
    /// accounts add up to totalReleased, which never exceeds what was paid into the split.
    function invariant_ReleasedNeverExceedsReceived() public view {
        (address[] memory accounts,) = handler.accounts();
        address[] memory tokens = handler.tokens();
        for (uint256 t; t < tokens.length; ++t) {
            uint256 sum;
            for (uint256 i; i < accounts.length; ++i) {
                sum += split.released(tokens[t], accounts[i]);
            }
            assertEq(sum, split.totalReleased(tokens[t]), "sum of released != totalReleased");
            assertLe(sum, handler.ghost_received(tokens[t]), "released more than received");
        }
    }

    /// No account ever gets more than its share: at all times each account's released amount is
    /// at most floor(received × share / 10 000), and it is exactly what its releases returned.
    function invariant_EachAccountWithinItsFloorShare() public view {
        (address[] memory accounts, uint16[] memory shares) = handler.accounts();
        address[] memory tokens = handler.tokens();
        for (uint256 t; t < tokens.length; ++t) {
            uint256 received = handler.ghost_received(tokens[t]);
            for (uint256 i; i < accounts.length; ++i) {
                uint256 rel = split.released(tokens[t], accounts[i]);
                assertLe(rel, received * shares[i] / BPS, "released beyond the floor share");
                assertEq(rel, handler.ghost_released(tokens[t], accounts[i]), "released != what releases returned");
            }
        }
    }

    /// The PaymentSplitter accounting holds with standard tokens: balance + totalReleased is
    /// exactly everything received, and what an account can release is the rest of its floor share.
    function invariant_AccountingIsExact() public view {
        (address[] memory accounts, uint16[] memory shares) = handler.accounts();
        address[] memory tokens = handler.tokens();
        for (uint256 t; t < tokens.length; ++t) {
            uint256 received = handler.ghost_received(tokens[t]);
            assertEq(split.totalReceived(tokens[t]), received, "totalReceived != received");
            assertEq(
                IMintable(tokens[t]).balanceOf(address(split)) + split.totalReleased(tokens[t]),
                received,
                "balance + released != received"
            );
            for (uint256 i; i < accounts.length; ++i) {
                assertEq(
                    split.releasable(tokens[t], accounts[i]),
                    received * shares[i] / BPS - split.released(tokens[t], accounts[i]),
                    "releasable != floor share - released"
                );
            }
        }
    }

    /// The co-owners hold exactly what was released to them (they only ever receive the token
    /// from the split), and the accounts and shares never change.
    function invariant_AccountsHoldWhatWasReleasedAndSharesStay() public view {
        (address[] memory accounts, uint16[] memory shares) = handler.accounts();
        (address[] memory now_, uint16[] memory nowShares) = split.accounts();
        assertEq(now_, accounts, "accounts changed");
        address[] memory tokens = handler.tokens();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(nowShares[i], shares[i], "share changed");
            for (uint256 t; t < tokens.length; ++t) {
                assertEq(IMintable(tokens[t]).balanceOf(accounts[i]), split.released(tokens[t], accounts[i]));
            }
        }
    }

    /// Every handler action reached its state change, and every refusal path was tried, at
    /// least once across the campaign. forge restores the state after each run, so each run's
    /// ghost counters are tallied in process environment variables (as InvariantsTest does),
    /// and the check applies once {COVERAGE_CALLS} handler calls are tallied.
    function afterInvariant() public {
        bytes4[] memory acts = handler.actions();
        for (uint256 a; a < acts.length; ++a) {
            if (handler.ghost_successes(acts[a]) > 0) vm.setEnv(_key(bytes32(acts[a])), "true");
        }
        bytes32[] memory probes = handler.probes();
        for (uint256 p; p < probes.length; ++p) {
            if (handler.ghost_probes(probes[p]) > 0) vm.setEnv(_key(probes[p]), "true");
        }
        string memory callsKey = string.concat(ENV_PREFIX, "CALLS");
        uint256 calls = handler.ghost_calls() + vm.envOr(callsKey, uint256(0));
        vm.setEnv(callsKey, vm.toString(calls));
        if (calls < COVERAGE_CALLS) return;
        for (uint256 a; a < acts.length; ++a) {
            assertTrue(
                vm.envOr(_key(bytes32(acts[a])), false),
                string.concat("action ", vm.toString(abi.encodePacked(acts[a])), " never reached its state change")
            );
        }
        for (uint256 p; p < probes.length; ++p) {
            assertTrue(vm.envOr(_key(probes[p]), false), "a refusal path was never tried");
        }
    }

    function _key(bytes32 what) internal pure returns (string memory) {
        return string.concat(ENV_PREFIX, vm.toString(what));
    }
}
