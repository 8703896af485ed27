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
        assertEq(credit.NEWCOMER_SCORE(), 600);
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
        assertEq(credit.scoreOf(alice), 600);
        assertEq(credit.tierOf(alice), 2);
        (uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        assertEq(maxActiveRentals, 3);
        assertEq(depositBps, 10_000);
        assertEq(pledgeBps, 10_000);
        assertFalse(credit.isBlacklisted(alice));
    }

    function test_DefaultTiers() public view {
        _assertTier(0, 0, 0, 20_000, 20_000);
        _assertTier(1, 300, 1, 15_000, 15_000);
        _assertTier(2, 600, 3, 10_000, 10_000);
        _assertTier(3, 800, 10, 7500, 7500);
    }

    function test_DefaultDeltas() public view {
        for (uint8 o = 0; o < 7; ++o) {
            assertEq(int256(credit.outcomeDelta(o)), _defaultDelta(o));
        }
    }

    function test_RevertWhen_OutcomeDeltaOfUnknownOutcome() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 7));
        credit.outcomeDelta(7);
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
        uint16[4] memory maxActive = [uint16(0), 1, 3, 10];
        uint16[4] memory bps = [uint16(20_000), 15_000, 10_000, 7500];
        uint256 tiersSeen;
        uint8 deltasSeen;
        for (uint256 i = 0; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            assertEq(l.emitter, address(fresh));
            if (l.topics[0] == ICreditRegistry.TierSet.selector) {
                // tiers come in order 0..3, before the deltas.
                assertEq(deltasSeen, 0);
                assertEq(l.topics.length, 2);
                assertEq(uint256(l.topics[1]), tiersSeen);
                assertEq(l.data, abi.encode(minScores[tiersSeen], maxActive[tiersSeen], bps[tiersSeen], bps[tiersSeen]));
                ++tiersSeen;
            } else if (l.topics[0] == ICreditRegistry.OutcomeDeltaSet.selector) {
                assertEq(l.topics.length, 2);
                assertEq(uint256(l.topics[1]), deltasSeen);
                assertEq(l.data, abi.encode(_defaultDelta(deltasSeen)));
                ++deltasSeen;
            } else {
                assertEq(l.topics[0], IAccessControl.RoleGranted.selector);
            }
        }
        assertEq(tiersSeen, 4);
        assertEq(deltasSeen, 7);
        assertEq(fresh.scoreOf(alice), 600);
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
        for (uint8 o = 0; o < 7; ++o) {
            address account = makeAddr(string.concat("account", vm.toString(uint256(o))));
            uint16 expected = _clamp(600 + _defaultDelta(o));
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.ScoreChanged(account, 600, expected, o);
            _record(account, o);
            assertEq(credit.scoreOf(account), expected);
        }
    }

    function test_RecordOutcomeValues() public {
        // written out once more, without the helpers.
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 610);
        _record(alice, 1);
        assertEq(credit.scoreOf(alice), 590);
        _record(alice, 2);
        assertEq(credit.scoreOf(alice), 390);
        _record(alice, 3);
        assertEq(credit.scoreOf(alice), 340);
        _record(alice, 4);
        assertEq(credit.scoreOf(alice), 350);
        _record(alice, 5);
        assertEq(credit.scoreOf(alice), 300);
        _record(alice, 6);
        assertEq(credit.scoreOf(alice), 305);
    }

    function test_RecordByEscrowAndArbitration() public {
        vm.prank(address(escrow));
        credit.recordOutcome(alice, 0);
        vm.prank(address(arbitration));
        credit.recordOutcome(alice, 4);
        assertEq(credit.scoreOf(alice), 620);
    }

    function test_RecordClampsAtZero() public {
        _record(alice, 2); // 400
        _record(alice, 2); // 200
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 200, 0, 2);
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
        for (uint256 i = 0; i < 40; ++i) {
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
        emit ICreditRegistry.ScoreChanged(alice, 600, 600, 6);
        _record(alice, 6);
        assertEq(credit.scoreOf(alice), 600);
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
        assertEq(credit.scoreOf(alice), 400);
        assertTrue(credit.isBlacklisted(alice));
    }

    function test_RevertWhen_RecordUnknownOutcome() public {
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, 7));
        vm.prank(recorder);
        credit.recordOutcome(alice, 7);
        assertEq(credit.scoreOf(alice), 600);
    }

    function testFuzz_RevertWhen_RecordOutcomeAbove6(uint8 outcome) public {
        outcome = uint8(bound(outcome, 7, type(uint8).max));
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditUnknownOutcome.selector, outcome));
        vm.prank(recorder);
        credit.recordOutcome(alice, outcome);
    }

    function test_RevertWhen_RecordByNonRecorder() public {
        bytes32 role = credit.RECORDER_ROLE();
        address[3] memory callers = [stranger, governor, admin];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            credit.recordOutcome(alice, 0);
        }
        assertEq(credit.scoreOf(alice), 600);
    }

    function testFuzz_OutcomeSequenceStaysClamped(uint256 seed, uint16 start, uint256 length) public {
        start = uint16(bound(start, 0, 1000));
        length = bound(length, 1, 60);
        _attest(alice, start);
        uint16 expected = start;
        for (uint256 i = 0; i < length; ++i) {
            uint8 outcome = uint8(uint256(keccak256(abi.encode(seed, i))) % 7);
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

    function testFuzz_OutcomeSequenceWithFuzzedDeltas(int16[7] memory deltas, uint8[] memory outcomes) public {
        vm.startPrank(governor);
        for (uint8 o = 0; o < 7; ++o) {
            deltas[o] = int16(bound(deltas[o], -1000, 1000));
            credit.setOutcomeDelta(o, deltas[o]);
        }
        vm.stopPrank();
        uint256 n = outcomes.length > 64 ? 64 : outcomes.length;
        int256 expected = 600;
        for (uint256 i = 0; i < n; ++i) {
            uint8 outcome = uint8(bound(outcomes[i], 0, 6));
            _record(alice, outcome);
            expected += deltas[outcome];
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
        _assertTermsAt(300, 1, 15_000, 15_000);
        _assertTermsAt(599, 1, 15_000, 15_000);
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
        assertEq(maxActive, 1);
    }

    function testFuzz_TierOf(uint16 score) public {
        score = uint16(bound(score, 0, 1000));
        _attest(alice, score);
        uint8 tier = _defaultTier(score);
        assertEq(credit.tierOf(alice), tier);
        (uint16 maxActive, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(alice);
        uint16[4] memory maxes = [uint16(0), 1, 3, 10];
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
        assertEq(credit.scoreOf(alice), 600);
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
