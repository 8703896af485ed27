// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {CreditRegistry} from "../../contracts/CreditRegistry.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice CreditRegistry: deployed defaults, recordOutcome, tierOf/termsOf, blacklist.
/// Baselines: CreditRegistry.baseline.t.sol; setTier/setOutcomeDelta/constructor: CreditRegistry.governance.t.sol.
contract CreditRegistryTest is RegBase {
    address internal alice = makeAddr("alice");

    // ---------------------------------------------------------------- defaults

    function test_Constants() public view {
        assertEq(credit.RECORDER_ROLE(), keccak256("RECORDER_ROLE"));
        assertEq(credit.GOVERNOR_ROLE(), keccak256("GOVERNOR_ROLE"));
        assertEq(credit.CREDIT_ORACLE_ROLE(), keccak256("CREDIT_ORACLE_ROLE"));
        assertEq(credit.BASELINE_TYPEHASH(), BASELINE_TYPEHASH_LITERAL);
        assertEq(credit.NEWCOMER_SCORE(), 500);
        assertEq(credit.DEFAULT_PAIR_COOLDOWN(), 30 days);
        assertEq(credit.MAX_PAIR_COOLDOWN(), 365 days);
        assertEq(credit.MAX_SCORE(), 1000);
        assertTrue(credit.hasRole(bytes32(0), admin));
        assertTrue(credit.supportsInterface(0x7965db0b));
        assertTrue(credit.supportsInterface(0x01ffc9a7));
        assertFalse(credit.supportsInterface(0xffffffff));
    }

    function test_Eip712Domain() public view {
        (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            credit.eip712Domain();
        assertEq(uint8(fields), 0x0f);
        assertEq(name, "CreditRegistry");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(credit));
    }

    function test_NewcomerDefaults() public view {
        // v2: a newcomer is in tier 1, which allows two rentals: a fresh wallet is never
        // better than a clean record.
        assertEq(credit.scoreOf(alice), 500);
        assertEq(credit.tierOf(alice), 1);
        (uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        assertEq(maxActiveRentals, 2);
        assertEq(depositBps, 15_000);
        assertEq(pledgeBps, 15_000);
        assertFalse(credit.isBlacklisted(alice));
        assertEq(credit.pairCooldown(), 30 days);
        assertEq(credit.pairAppliedAt(alice, renter), 0);
    }

    function test_DefaultTiers() public view {
        _assertTier(0, 0, 0, 20_000, 20_000);
        _assertTier(1, 300, 2, 15_000, 15_000);
        _assertTier(2, 600, 3, 10_000, 10_000);
        _assertTier(3, 800, 10, 7500, 7500);
    }

    function test_DefaultDeltas() public view {
        uint8[9] memory outcomes = _recordable();
        for (uint256 i = 0; i < outcomes.length; ++i) {
            assertEq(int256(credit.outcomeDelta(outcomes[i])), _defaultDelta(outcomes[i]));
        }
        // written out once more: +10, -20, -250, -50, +10, -50, +5, -100, -30
        assertEq(credit.outcomeDelta(2), -250);
        assertEq(credit.outcomeDelta(8), -100);
        assertEq(credit.outcomeDelta(9), -30);
    }

    function test_RevertWhen_OutcomeDeltaOfUnknownOutcome() public {
        uint8[3] memory unknown = [uint8(7), 10, 255];
        for (uint256 i = 0; i < unknown.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, unknown[i]));
            credit.outcomeDelta(unknown[i]);
        }
    }

    function test_RevertWhen_GetTierAbove3() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BadTier.selector, 4, 0));
        credit.getTier(4);
    }

    function test_ConstructionAnnouncesDefaults() public {
        vm.recordLogs();
        CreditRegistry fresh = new CreditRegistry(admin, Defaults.tiers(), Defaults.deltas());
        Vm.Log[] memory logs = vm.getRecordedLogs();

        uint16[4] memory minScores = [uint16(0), 300, 600, 800];
        uint16[4] memory maxActive = [uint16(0), 2, 3, 10];
        uint16[4] memory bps = [uint16(20_000), 15_000, 10_000, 7500];
        uint8[9] memory outcomes = _recordable();
        // RoleGranted, NewcomerScoreSet(500), PairCooldownSet(30 days), TierSet 0..3, OutcomeDeltaSet 0..6, 8, 9.
        assertEq(logs.length, 16);
        assertEq(logs[0].topics[0], IAccessControl.RoleGranted.selector);
        assertEq(logs[1].topics[0], ICreditRegistry.NewcomerScoreSet.selector);
        assertEq(logs[1].data, abi.encode(uint16(500)));
        assertEq(logs[2].topics[0], ICreditRegistry.PairCooldownSet.selector);
        assertEq(logs[2].data, abi.encode(uint64(30 days)));
        for (uint256 t = 0; t < 4; ++t) {
            Vm.Log memory l = logs[3 + t];
            assertEq(l.topics[0], ICreditRegistry.TierSet.selector);
            assertEq(l.topics.length, 2);
            assertEq(uint256(l.topics[1]), t);
            assertEq(l.data, abi.encode(minScores[t], maxActive[t], bps[t], bps[t]));
        }
        for (uint256 i = 0; i < outcomes.length; ++i) {
            Vm.Log memory l = logs[7 + i];
            assertEq(l.topics[0], ICreditRegistry.OutcomeDeltaSet.selector);
            assertEq(l.topics.length, 2);
            assertEq(uint256(l.topics[1]), outcomes[i]);
            assertEq(l.data, abi.encode(_defaultDelta(outcomes[i])));
        }
        for (uint256 i = 0; i < logs.length; ++i) {
            assertEq(logs[i].emitter, address(fresh));
        }
        assertEq(fresh.scoreOf(alice), 500);
        assertEq(fresh.pairCooldown(), 30 days);
    }

    function _assertTier(uint8 tier, uint16 minScore, uint16 maxActive, uint16 depositBps, uint16 pledgeBps)
        internal
        view
    {
        ICreditRegistry.Tier memory t = credit.getTier(tier);
        assertEq(t.minScore, minScore);
        assertEq(t.maxActiveRentals, maxActive);
        assertEq(t.depositBps, depositBps);
        assertEq(t.pledgeBps, pledgeBps);
    }

    // ---------------------------------------------------------------- recordOutcome

    function test_RecordEachOutcome() public {
        uint8[9] memory outcomes = _recordable();
        for (uint256 i = 0; i < outcomes.length; ++i) {
            uint8 o = outcomes[i];
            address account = makeAddr(string.concat("account", vm.toString(uint256(o))));
            uint16 expected = _clamp(500 + _defaultDelta(o));
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.OutcomeRecorded(account, renter, o);
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.ScoreChanged(account, 500, expected, o);
            _record(account, renter, o);
            assertEq(credit.scoreOf(account), expected);
        }
    }

    function test_RecordOutcomeEmitsRecordedThenScoreChanged() public {
        vm.recordLogs();
        _record(alice, renter, 8);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 2);
        assertEq(logs[0].topics[0], ICreditRegistry.OutcomeRecorded.selector);
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(alice))));
        assertEq(logs[0].topics[2], bytes32(uint256(uint160(renter))));
        assertEq(uint256(logs[0].topics[3]), 8);
        assertEq(logs[0].data.length, 0);
        assertEq(logs[1].topics[0], ICreditRegistry.ScoreChanged.selector);
        assertEq(logs[1].data, abi.encode(uint16(500), uint16(400)));
    }

    function test_RecordOutcomeValues() public {
        // written out once more, without the helpers.
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 510);
        _record(alice, 1);
        assertEq(credit.scoreOf(alice), 490);
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 240);
        _record(alice, 3);
        assertEq(credit.scoreOf(alice), 190);
        _record(alice, 4);
        assertEq(credit.scoreOf(alice), 200);
        _record(alice, 5);
        assertEq(credit.scoreOf(alice), 150);
        _record(alice, 6);
        assertEq(credit.scoreOf(alice), 155);
        _record(alice, 8);
        assertEq(credit.scoreOf(alice), 55);
        _record(alice, 9);
        assertEq(credit.scoreOf(alice), 25);
    }

    function test_NewcomerDropsToTier0OnADefault() public {
        _record(alice, provider, 2);
        assertEq(credit.scoreOf(alice), 250);
        assertEq(credit.tierOf(alice), 0);
        (uint16 maxActive,,) = credit.termsOf(alice);
        assertEq(maxActive, 0);
    }

    function test_RecordByEscrowAndPanel() public {
        vm.prank(escrow);
        credit.recordOutcome(alice, provider, 0);
        vm.prank(panel);
        credit.recordOutcome(alice, provider, 4);
        assertEq(credit.scoreOf(alice), 520);
    }

    function test_RecordAnyCounterparty() public {
        // the registry takes the recorder's word on who the other side was, zero and self included.
        _record(alice, address(0), 0);
        _record(alice, alice, 0);
        assertEq(credit.scoreOf(alice), 520);
        assertEq(credit.pairAppliedAt(alice, address(0)), block.timestamp);
        assertEq(credit.pairAppliedAt(alice, alice), block.timestamp);
    }

    function test_RecordClampsAtZero() public {
        _record(alice, 2); // 250
        _record(alice, 2); // 0
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 0, 0, 2);
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 0);
        // still emitted when the score cannot move.
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 0, 0, 5);
        _record(alice, 5);
        assertEq(credit.scoreOf(alice), 0);
        assertEq(credit.tierOf(alice), 0);
        // and it climbs back from 0, not from the newcomer score.
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 10);
    }

    function test_RecordClampsAtMax() public {
        _attest(alice, 995);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 995, 1000, 0);
        _record(alice, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 1000, 1000, 6);
        _record(alice, 6);
        assertEq(credit.scoreOf(alice), 1000);
        _record(alice, 1);
        assertEq(credit.scoreOf(alice), 980);
    }

    function test_RecordClimbsToMaxWithDefaults() public {
        for (uint256 i = 0; i < 50; ++i) {
            _record(alice, 4);
        }
        assertEq(credit.scoreOf(alice), 1000);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 1000, 1000, 0);
        _record(alice, 0);
    }

    function test_RecordZeroDeltaStillEmits() public {
        vm.prank(governor);
        credit.setOutcomeDelta(6, 0);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 500, 500, 6);
        _record(alice, 6);
        assertEq(credit.scoreOf(alice), 500);
    }

    function test_RecordWithMaximalDeltas() public {
        vm.startPrank(governor);
        credit.setOutcomeDelta(0, 1000);
        credit.setOutcomeDelta(2, -1000);
        vm.stopPrank();
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 1000);
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 0);
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 1000);
    }

    function test_RecordForBlacklistedAccount() public {
        vm.prank(governor);
        credit.blacklist(alice, bytes32(0));
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 250);
        assertTrue(credit.isBlacklisted(alice));
    }

    function test_RevertWhen_RecordBaselineOutcome() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 7));
        vm.prank(recorder);
        credit.recordOutcome(alice, renter, 7);
        assertEq(credit.scoreOf(alice), 500);
    }

    function testFuzz_RevertWhen_RecordUnknownOutcome(uint8 outcome) public {
        outcome = uint8(bound(outcome, 10, type(uint8).max));
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, outcome));
        vm.prank(recorder);
        credit.recordOutcome(alice, renter, outcome);
    }

    function test_RevertWhen_RecordByNonRecorder() public {
        bytes32 role = credit.RECORDER_ROLE();
        address[3] memory callers = [stranger, governor, admin];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            credit.recordOutcome(alice, renter, 0);
        }
        assertEq(credit.scoreOf(alice), 500);
    }

    function testFuzz_OutcomeSequenceStaysClamped(uint256 seed, uint16 start, uint256 length) public {
        start = uint16(bound(start, 0, 1000));
        length = bound(length, 1, 60);
        _attest(alice, start);
        uint8[9] memory outcomes = _recordable();
        uint16 expected = start;
        for (uint256 i = 0; i < length; ++i) {
            uint8 outcome = outcomes[uint256(keccak256(abi.encode(seed, i))) % 9];
            uint16 next = _clamp(int256(uint256(expected)) + _defaultDelta(outcome));
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.ScoreChanged(alice, expected, next, outcome);
            _record(alice, outcome);
            expected = next;
            assertEq(credit.scoreOf(alice), next);
            assertLe(credit.scoreOf(alice), 1000);
        }
        assertEq(credit.tierOf(alice), _defaultTier(expected));
    }

    function testFuzz_OutcomeSequenceWithFuzzedDeltas(int16[9] memory deltas, uint8[] memory picks) public {
        uint8[9] memory outcomes = _recordable();
        vm.startPrank(governor);
        for (uint256 i = 0; i < 9; ++i) {
            deltas[i] = int16(bound(deltas[i], -1000, 1000));
            credit.setOutcomeDelta(outcomes[i], deltas[i]);
        }
        vm.stopPrank();
        uint256 n = picks.length > 64 ? 64 : picks.length;
        int256 expected = 500;
        for (uint256 i = 0; i < n; ++i) {
            uint256 k = bound(picks[i], 0, 8);
            _record(alice, outcomes[k]);
            expected += deltas[k];
            if (expected < 0) expected = 0;
            if (expected > 1000) expected = 1000;
            assertEq(int256(uint256(credit.scoreOf(alice))), expected);
        }
    }

    // ---------------------------------------------------------------- tierOf / termsOf

    function test_TierBoundaries() public {
        uint16[10] memory scores = [uint16(0), 1, 299, 300, 599, 600, 799, 800, 999, 1000];
        uint8[10] memory tiers = [uint8(0), 0, 0, 1, 1, 2, 2, 3, 3, 3];
        for (uint256 i = 0; i < scores.length; ++i) {
            address account = makeAddr(string.concat("score", vm.toString(uint256(scores[i]))));
            _attest(account, scores[i]);
            assertEq(credit.scoreOf(account), scores[i]);
            assertEq(credit.tierOf(account), tiers[i], "tierOf");
        }
    }

    function test_TermsAtBoundaries() public {
        _assertTermsAt(299, 0, 20_000, 20_000);
        _assertTermsAt(300, 2, 15_000, 15_000);
        _assertTermsAt(599, 2, 15_000, 15_000);
        _assertTermsAt(600, 3, 10_000, 10_000);
        _assertTermsAt(799, 3, 10_000, 10_000);
        _assertTermsAt(800, 10, 7500, 7500);
    }

    function test_TierFollowsOutcomes() public {
        _attest(alice, 605);
        assertEq(credit.tierOf(alice), 2);
        _record(alice, 1); // 585
        assertEq(credit.tierOf(alice), 1);
        (uint16 maxActive,,) = credit.termsOf(alice);
        assertEq(maxActive, 2);
    }

    function testFuzz_TierOf(uint16 score) public {
        score = uint16(bound(score, 0, 1000));
        _attest(alice, score);
        uint8 tier = _defaultTier(score);
        assertEq(credit.tierOf(alice), tier);
        (uint16 maxActive, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        uint16[4] memory maxes = [uint16(0), 2, 3, 10];
        uint16[4] memory bps = [uint16(20_000), 15_000, 10_000, 7500];
        assertEq(maxActive, maxes[tier]);
        assertEq(depositBps, bps[tier]);
        assertEq(pledgeBps, bps[tier]);
    }

    function _assertTermsAt(uint16 score, uint16 maxActive, uint16 depositBps, uint16 pledgeBps) internal {
        address account = makeAddr(string.concat("terms", vm.toString(uint256(score))));
        _attest(account, score);
        (uint16 m, uint16 d, uint16 p) = credit.termsOf(account);
        assertEq(m, maxActive);
        assertEq(d, depositBps);
        assertEq(p, pledgeBps);
    }

    // ---------------------------------------------------------------- blacklist

    function test_Blacklist() public {
        bytes32 reason = keccak256("fraud report");
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.Blacklisted(alice, reason);
        vm.prank(governor);
        credit.blacklist(alice, reason);
        assertTrue(credit.isBlacklisted(alice));
        // the score and tier are untouched, and a baseline is still allowed.
        assertEq(credit.scoreOf(alice), 500);
        _attest(alice, 700);
        assertEq(credit.scoreOf(alice), 700);
    }

    function test_Unblacklist() public {
        vm.prank(governor);
        credit.blacklist(alice, bytes32(0));
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.Unblacklisted(alice);
        vm.prank(governor);
        credit.unblacklist(alice);
        assertFalse(credit.isBlacklisted(alice));
    }

    function test_BlacklistAgainAfterUnblacklist() public {
        vm.startPrank(governor);
        credit.blacklist(alice, keccak256("a"));
        credit.unblacklist(alice);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.Blacklisted(alice, keccak256("b"));
        credit.blacklist(alice, keccak256("b"));
        vm.stopPrank();
        assertTrue(credit.isBlacklisted(alice));
    }

    function test_RevertWhen_BlacklistTwice() public {
        vm.startPrank(governor);
        credit.blacklist(alice, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditAlreadyBlacklisted.selector, alice));
        credit.blacklist(alice, keccak256("again"));
        vm.stopPrank();
    }

    function test_RevertWhen_UnblacklistNotBlacklisted() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditNotBlacklisted.selector, alice));
        vm.prank(governor);
        credit.unblacklist(alice);
    }

    function test_RevertWhen_UnblacklistTwice() public {
        vm.startPrank(governor);
        credit.blacklist(alice, bytes32(0));
        credit.unblacklist(alice);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditNotBlacklisted.selector, alice));
        credit.unblacklist(alice);
        vm.stopPrank();
    }

    function test_RevertWhen_BlacklistByNonGovernor() public {
        bytes32 role = credit.GOVERNOR_ROLE();
        address[3] memory callers = [stranger, admin, recorder];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            credit.blacklist(alice, bytes32(0));
        }
        assertFalse(credit.isBlacklisted(alice));
    }

    function test_RevertWhen_UnblacklistByNonGovernor() public {
        vm.prank(governor);
        credit.blacklist(alice, bytes32(0));
        bytes32 role = credit.GOVERNOR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        vm.prank(alice);
        credit.unblacklist(alice);
        assertTrue(credit.isBlacklisted(alice));
    }
}
