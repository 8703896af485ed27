// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {CreditRegistry} from "../../contracts/CreditRegistry.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice CreditRegistry: setTier, setOutcomeDelta and the constructor's checks.
contract CreditRegistryGovernanceTest is RegBase {
    address internal alice = makeAddr("alice");

    // ---------------------------------------------------------------- setTier

    function test_SetTier() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.TierSet(3, 700, 5, 8000, 9000);
        vm.prank(governor);
        credit.setTier(3, 700, 5, 8000, 9000);

        ICreditRegistry.Tier memory t = credit.getTier(3);
        assertEq(t.minScore, 700);
        assertEq(t.maxActiveRentals, 5);
        assertEq(t.depositBps, 8000);
        assertEq(t.pledgeBps, 9000);

        _attest(alice, 750);
        assertEq(credit.tierOf(alice), 3);
        (uint16 maxActive, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        assertEq(maxActive, 5);
        assertEq(depositBps, 8000);
        assertEq(pledgeBps, 9000);
    }

    function test_SetTierZeroTerms() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.TierSet(0, 0, 1, 30_000, 25_000);
        vm.prank(governor);
        credit.setTier(0, 0, 1, 30_000, 25_000);
        _attest(alice, 10);
        (uint16 maxActive, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        assertEq(maxActive, 1);
        assertEq(depositBps, 30_000);
        assertEq(pledgeBps, 25_000);
    }

    function test_SetTierBetweenNeighbours() public {
        vm.startPrank(governor);
        credit.setTier(2, 301, 3, 10_000, 10_000); // just above tier 1
        credit.setTier(2, 799, 3, 10_000, 10_000); // just below tier 3
        credit.setTier(3, 1000, 10, 7500, 7500); // the top may sit at 1000
        credit.setTier(1, 1, 1, 15_000, 15_000); // just above tier 0
        vm.stopPrank();
        assertEq(credit.getTier(2).minScore, 799);
        assertEq(credit.getTier(3).minScore, 1000);
        assertEq(credit.getTier(1).minScore, 1);

        // the newcomer (600) now falls in tier 1: 1 <= 600 < 799.
        assertEq(credit.tierOf(alice), 1);
        _attest(renter, 999);
        assertEq(credit.tierOf(renter), 2);
    }

    function test_RevertWhen_SetTierAbove3() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 4, 900));
        vm.prank(governor);
        credit.setTier(4, 900, 1, 1, 1);

        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 255, 900));
        vm.prank(governor);
        credit.setTier(255, 900, 1, 1, 1);
    }

    function test_RevertWhen_SetTierZeroWithNonZeroMinScore() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 0, 1));
        vm.prank(governor);
        credit.setTier(0, 1, 0, 20_000, 20_000);
    }

    function test_RevertWhen_SetTierNotAboveLowerNeighbour() public {
        // tier 1 is at 300: tier 2 must start above it.
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 2, 300));
        vm.prank(governor);
        credit.setTier(2, 300, 3, 10_000, 10_000);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 2, 250));
        vm.prank(governor);
        credit.setTier(2, 250, 3, 10_000, 10_000);
        // tier 1 may not sit at tier 0's 0.
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 1, 0));
        vm.prank(governor);
        credit.setTier(1, 0, 1, 15_000, 15_000);
        // tier 3 must stay above tier 2 (600).
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 3, 600));
        vm.prank(governor);
        credit.setTier(3, 600, 10, 7500, 7500);
    }

    function test_RevertWhen_SetTierNotBelowUpperNeighbour() public {
        // tier 3 is at 800: tier 2 must start below it.
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 2, 800));
        vm.prank(governor);
        credit.setTier(2, 800, 3, 10_000, 10_000);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 2, 900));
        vm.prank(governor);
        credit.setTier(2, 900, 3, 10_000, 10_000);
        // tier 1 must stay below tier 2 (600).
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 1, 600));
        vm.prank(governor);
        credit.setTier(1, 600, 1, 15_000, 15_000);
    }

    function test_RevertWhen_SetTierAbove1000() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 3, 1001));
        vm.prank(governor);
        credit.setTier(3, 1001, 10, 7500, 7500);
    }

    function test_RevertWhen_SetTierByNonGovernor() public {
        bytes32 role = credit.GOVERNOR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        vm.prank(admin);
        credit.setTier(3, 700, 10, 7500, 7500);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, recorder, role)
        );
        vm.prank(recorder);
        credit.setTier(3, 700, 10, 7500, 7500);
        assertEq(credit.getTier(3).minScore, 800);
    }

    function testFuzz_SetTier(uint8 tier, uint16 minScore) public {
        tier = uint8(bound(tier, 0, 5));
        minScore = uint16(bound(minScore, 0, 1100));
        // the deployed minScores, written out: 0, 300, 600, 800.
        uint16[4] memory mins = [uint16(0), 300, 600, 800];
        bool ok = tier <= 3 && minScore <= 1000 && (tier == 0 ? minScore == 0 : minScore > mins[tier - 1])
            && (tier >= 3 || minScore < mins[tier + 1]);
        if (!ok) vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, tier, minScore));
        vm.prank(governor);
        credit.setTier(tier, minScore, 2, 11_000, 12_000);
        if (ok) {
            assertEq(credit.getTier(tier).minScore, minScore);
            assertEq(credit.getTier(tier).depositBps, 11_000);
        }
    }

    // ---------------------------------------------------------------- setOutcomeDelta

    function test_SetOutcomeDelta() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeDeltaSet(2, -300);
        vm.prank(governor);
        credit.setOutcomeDelta(2, -300);
        assertEq(credit.outcomeDelta(2), -300);
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 200);
    }

    function test_SetOutcomeDeltaOfV2Outcomes() public {
        vm.startPrank(governor);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeDeltaSet(8, -10);
        credit.setOutcomeDelta(8, -10);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeDeltaSet(9, 0);
        credit.setOutcomeDelta(9, 0);
        vm.stopPrank();
        _record(alice, 8);
        _record(alice, 9);
        assertEq(credit.scoreOf(alice), 490);
    }

    function test_SetOutcomeDeltaRangeEnds() public {
        vm.startPrank(governor);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeDeltaSet(0, 1000);
        credit.setOutcomeDelta(0, 1000);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.OutcomeDeltaSet(6, -1000);
        credit.setOutcomeDelta(6, -1000);
        vm.stopPrank();
        assertEq(credit.outcomeDelta(0), 1000);
        assertEq(credit.outcomeDelta(6), -1000);
    }

    function test_RevertWhen_SetOutcomeDeltaOutOfRange() public {
        vm.startPrank(governor);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, int16(1001)));
        credit.setOutcomeDelta(0, 1001);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, int16(-1001)));
        credit.setOutcomeDelta(0, -1001);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, type(int16).min));
        credit.setOutcomeDelta(0, type(int16).min);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, type(int16).max));
        credit.setOutcomeDelta(0, type(int16).max);
        vm.stopPrank();
        assertEq(credit.outcomeDelta(0), 10);
    }

    function test_RevertWhen_SetOutcomeDeltaUnknownOutcome() public {
        // 7 (Baseline) has no delta: a baseline sets the score.
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 7));
        vm.prank(governor);
        credit.setOutcomeDelta(7, 5);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 10));
        vm.prank(governor);
        credit.setOutcomeDelta(10, 5);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 255));
        vm.prank(governor);
        credit.setOutcomeDelta(255, 5);
    }

    function test_RevertWhen_SetOutcomeDeltaByNonGovernor() public {
        bytes32 role = credit.GOVERNOR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        vm.prank(admin);
        credit.setOutcomeDelta(0, 100);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        credit.setOutcomeDelta(0, 100);
    }

    function testFuzz_SetOutcomeDelta(uint8 outcome, int16 delta) public {
        outcome = uint8(bound(outcome, 0, 11));
        if (outcome == 7 || outcome > 9) {
            vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, outcome));
        } else if (delta < -1000 || delta > 1000) {
            vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, delta));
        } else {
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.OutcomeDeltaSet(outcome, delta);
        }
        vm.prank(governor);
        credit.setOutcomeDelta(outcome, delta);
    }

    // ---------------------------------------------------------------- constructor

    function test_ConstructWithCustomTiers() public {
        ICreditRegistry.Tier[4] memory tiers = Defaults.tiers();
        tiers[1].minScore = 1;
        tiers[3].minScore = 1000;
        CreditRegistry fresh = new CreditRegistry(admin, tiers, Defaults.deltas());
        assertEq(fresh.getTier(1).minScore, 1);
        assertEq(fresh.getTier(3).minScore, 1000);
        assertTrue(fresh.hasRole(bytes32(0), admin));
    }

    function test_RevertWhen_ConstructTierZeroAboveZero() public {
        ICreditRegistry.Tier[4] memory tiers = Defaults.tiers();
        tiers[0].minScore = 1;
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 0, 1));
        new CreditRegistry(admin, tiers, Defaults.deltas());
    }

    function test_RevertWhen_ConstructTiersNotAscending() public {
        ICreditRegistry.Tier[4] memory tiers = Defaults.tiers();
        tiers[2].minScore = 300; // equal to tier 1
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 2, 300));
        new CreditRegistry(admin, tiers, Defaults.deltas());

        tiers = Defaults.tiers();
        tiers[3].minScore = 500; // below tier 2
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 3, 500));
        new CreditRegistry(admin, tiers, Defaults.deltas());

        tiers = Defaults.tiers();
        tiers[1].minScore = 0; // equal to tier 0
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 1, 0));
        new CreditRegistry(admin, tiers, Defaults.deltas());
    }

    function test_RevertWhen_ConstructTierAbove1000() public {
        ICreditRegistry.Tier[4] memory tiers = Defaults.tiers();
        tiers[3].minScore = 1001;
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 3, 1001));
        new CreditRegistry(admin, tiers, Defaults.deltas());
    }

    function test_RevertWhen_ConstructDeltaOutOfRange() public {
        int16[10] memory deltas = Defaults.deltas();
        deltas[4] = -1001;
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, int16(-1001)));
        new CreditRegistry(admin, Defaults.tiers(), deltas);
        deltas = Defaults.deltas();
        deltas[9] = 1001;
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditDeltaOutOfRange.selector, int16(1001)));
        new CreditRegistry(admin, Defaults.tiers(), deltas);
    }

    function test_RevertWhen_ConstructBaselineDelta() public {
        // deltas[7] has no meaning (a baseline sets the score): a non-zero one is a mistake.
        int16[10] memory deltas = Defaults.deltas();
        deltas[7] = 5;
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 7));
        new CreditRegistry(admin, Defaults.tiers(), deltas);
    }

    function test_ConstructWithCustomDeltas() public {
        int16[10] memory deltas = [int16(1), 2, 3, 4, 5, 6, 7, 0, 8, 9];
        CreditRegistry fresh = new CreditRegistry(admin, Defaults.tiers(), deltas);
        assertEq(fresh.outcomeDelta(6), 7);
        assertEq(fresh.outcomeDelta(8), 8);
        assertEq(fresh.outcomeDelta(9), 9);
    }
}
