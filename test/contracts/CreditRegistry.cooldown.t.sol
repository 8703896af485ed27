// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice CreditRegistry: the pair cooldown on CompletedOnTime (0) and AssetConfirmed (6), and
/// setPairCooldown. The farming attack itself: exploits/PairCooldownFarming.t.sol.
contract CreditRegistryCooldownTest is RegBase {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function test_FirstPositiveOutcomeFromACounterpartyApplies() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeRecorded(alice, bob, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 500, 510, 0);
        _record(alice, bob, 0);
        assertEq(credit.pairAppliedAt(alice, bob), block.timestamp);
    }

    function test_SecondInsideCooldownIsRecordedWithoutMoving() public {
        _record(alice, bob, 0);
        vm.warp(block.timestamp + COOLDOWN - 1);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeRecorded(alice, bob, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 510, 510, 0);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 510);
        // the skipped one does not restart the window.
        assertEq(credit.pairAppliedAt(alice, bob), START_TIME);
    }

    function test_AppliesAgainAtExactlyTheCooldown() public {
        _record(alice, bob, 0);
        vm.warp(START_TIME + COOLDOWN);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 510, 520, 0);
        _record(alice, bob, 0);
        assertEq(credit.pairAppliedAt(alice, bob), START_TIME + COOLDOWN);
        // and the window starts again from there
        vm.warp(START_TIME + 2 * COOLDOWN - 1);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 520);
    }

    function test_SameBlockRepeatsMoveOnce() public {
        for (uint256 i = 0; i < 5; ++i) {
            _record(alice, bob, 0);
        }
        assertEq(credit.scoreOf(alice), 510);
    }

    function test_OtherCounterpartiesApply() public {
        _record(alice, bob, 0);
        _record(alice, carol, 0);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 520);
        assertEq(credit.pairAppliedAt(alice, carol), block.timestamp);
    }

    function test_PairsAreDirected() public {
        // bob's clean return from alice does not use up alice's confirmation by bob.
        _record(alice, bob, 6);
        _record(bob, alice, 0);
        assertEq(credit.scoreOf(alice), 505);
        assertEq(credit.scoreOf(bob), 510);
        assertEq(credit.pairAppliedAt(bob, alice), block.timestamp);
    }

    function test_CompletedAndConfirmedShareTheWindow() public {
        _record(alice, bob, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 510, 510, 6);
        _record(alice, bob, 6);
        vm.warp(START_TIME + COOLDOWN);
        _record(alice, bob, 6);
        assertEq(credit.scoreOf(alice), 515);
    }

    function test_OtherOutcomesAlwaysApply() public {
        _record(alice, bob, 0);
        uint8[7] memory others = [uint8(1), 2, 3, 4, 5, 8, 9];
        uint16 score = 510;
        for (uint256 i = 0; i < others.length; ++i) {
            uint16 next = _clamp(int256(uint256(score)) + _defaultDelta(others[i]));
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.ScoreChanged(alice, score, next, others[i]);
            _record(alice, bob, others[i]);
            score = next;
        }
        // none of them touched the pair window
        assertEq(credit.pairAppliedAt(alice, bob), START_TIME);
    }

    function test_NegativeOutcomesDoNotOpenTheWindow() public {
        _record(alice, bob, 1);
        assertEq(credit.pairAppliedAt(alice, bob), 0);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 490);
    }

    function test_SkippedOutcomeFromABaseline() public {
        _attest(carol, 700);
        _record(carol, bob, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(carol, 710, 710, 0);
        _record(carol, bob, 0);
    }

    // ---------------------------------------------------------------- setPairCooldown

    function test_SetPairCooldown() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.PairCooldownSet(7 days);
        vm.prank(governor);
        credit.setPairCooldown(7 days);
        assertEq(credit.pairCooldown(), 7 days);
    }

    function test_SetPairCooldownAppliesAtOnce() public {
        _record(alice, bob, 0);
        vm.warp(START_TIME + 7 days);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 510);
        vm.prank(governor);
        credit.setPairCooldown(7 days);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 520);
    }

    function test_SetPairCooldownZeroLetsEveryOneApply() public {
        vm.prank(governor);
        credit.setPairCooldown(0);
        _record(alice, bob, 0);
        _record(alice, bob, 0);
        _record(alice, bob, 6);
        assertEq(credit.scoreOf(alice), 525);
    }

    function test_SetPairCooldownToTheMaximum() public {
        vm.prank(governor);
        credit.setPairCooldown(365 days);
        assertEq(credit.pairCooldown(), 365 days);
        _record(alice, bob, 0);
        vm.warp(START_TIME + 365 days - 1);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 510);
        vm.warp(START_TIME + 365 days);
        _record(alice, bob, 0);
        assertEq(credit.scoreOf(alice), 520);
    }

    function test_RevertWhen_SetPairCooldownAboveAYear() public {
        vm.startPrank(governor);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidPairCooldown.selector, 365 days + 1));
        credit.setPairCooldown(365 days + 1);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidPairCooldown.selector, type(uint64).max));
        credit.setPairCooldown(type(uint64).max);
        vm.stopPrank();
        assertEq(credit.pairCooldown(), 30 days);
    }

    function test_RevertWhen_SetPairCooldownByNonGovernor() public {
        bytes32 role = credit.GOVERNOR_ROLE();
        address[3] memory callers = [admin, recorder, stranger];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            credit.setPairCooldown(1 days);
        }
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev A model of the rule: per (account, counterparty), a positive outcome applies when
    /// none applied before or `now >= last + cooldown`.
    function testFuzz_PairCooldownMatchesModel(uint256 seed, uint64 cooldown, uint256 steps) public {
        cooldown = uint64(bound(cooldown, 0, 365 days));
        steps = bound(steps, 1, 48);
        vm.prank(governor);
        credit.setPairCooldown(cooldown);
        address[3] memory others = [bob, carol, renter];
        uint256[3] memory last;
        int256 expected = 500;
        uint8[9] memory outcomes = _recordable();
        for (uint256 i = 0; i < steps; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            vm.warp(block.timestamp + (r % 4 == 0 ? 0 : (r >> 8) % (2 * uint256(cooldown) + 2)));
            uint256 who = (r >> 80) % 3;
            // positive outcomes two times out of three
            uint8 outcome = (r >> 96) % 3 == 0 ? outcomes[(r >> 104) % 9] : ((r >> 112) % 2 == 0 ? 0 : 6);
            bool positive = outcome == 0 || outcome == 6;
            bool applies = !positive || last[who] == 0 || block.timestamp >= last[who] + cooldown;
            if (positive && applies) last[who] = block.timestamp;
            if (applies) {
                expected += _defaultDelta(outcome);
                if (expected < 0) expected = 0;
                if (expected > 1000) expected = 1000;
            }
            _record(alice, others[who], outcome);
            assertEq(int256(uint256(credit.scoreOf(alice))), expected);
            assertEq(credit.pairAppliedAt(alice, others[who]), last[who]);
        }
    }
}
