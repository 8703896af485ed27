// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../contracts/interfaces/IArbitration.sol";
import {MockDisputeEscrow} from "./mocks/MockDisputeEscrow.sol";
import {ArbBase} from "./utils/ArbBase.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Arbitration.execute: when it may run, the median ruling, and the credit outcomes.
contract ArbitrationExecuteTest is ArbBase {
    uint256 internal constant PANEL = 31;

    uint256 internal rentalId;
    uint256 internal disputeId;

    function setUp() public override {
        super.setUp();
        _grantExtraArbiters(PANEL);
        rentalId = _rentedBy(renter);
        disputeId = _openDispute(renter, rentalId);
    }

    // ---------------------------------------------------------------- when

    function test_RevertWhen_ExecuteBeforeQuorumAndDeadline() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotExecutable.selector, disputeId, 0, 3));
        arbitration.execute(disputeId);

        _vote(arbiters[0], disputeId, 6000);
        _vote(arbiters[1], disputeId, 7000);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotExecutable.selector, disputeId, 2, 3));
        arbitration.execute(disputeId);

        // the deadline itself still belongs to the voting period
        vm.warp(START_TIME + VOTING);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotExecutable.selector, disputeId, 2, 3));
        arbitration.execute(disputeId);
        assertFalse(arbitration.getDispute(disputeId).executed);
    }

    function test_ExecuteAtQuorumByAnyone() public {
        _vote3(disputeId, 9000, 6000, 8000);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 8000);
        _execute(stranger, disputeId);

        IArbitration.Dispute memory d = arbitration.getDispute(disputeId);
        assertTrue(d.executed);
        assertEq(d.ruling, 8000);
        // the ruling went to the escrow, once
        assertEq(escrowMock.resolveCount(rentalId), 1);
        assertEq(escrowMock.ruledShare(rentalId), 8000);
    }

    function test_ExecuteAfterDeadlineWithoutQuorum() public {
        _vote(arbiters[0], disputeId, 2500);
        vm.warp(START_TIME + VOTING + 1);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 2500);
        _execute(keeper, disputeId);
        assertEq(arbitration.getDispute(disputeId).ruling, 2500);
    }

    function test_ExecuteWithNoVoteRulesNeutral() public {
        vm.warp(START_TIME + VOTING + 1);
        vm.recordLogs();
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 5000);
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // 5000 is a provider win
        _assertScoreLog(logs, provider, renter, 500, 510, DISPUTE_WON);
        _assertScoreLog(logs, renter, provider, 500, 450, DISPUTE_LOST);
    }

    function test_ExecuteEvenCountTakesLowerMiddle() public {
        _vote(arbiters[0], disputeId, 9000);
        _vote(arbiters[1], disputeId, 1000);
        // votes keep coming after the quorum until execute
        _vote(arbiters[2], disputeId, 6000);
        _vote(_arbiter(3), disputeId, 4000);
        // sorted 1000, 4000, 6000, 9000: the lower middle is 4000
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 4000);
        _execute(stranger, disputeId);
    }

    function test_ExecuteTwoVotesAfterDeadlineTakesLowerOne() public {
        _vote(arbiters[0], disputeId, 7000);
        _vote(arbiters[1], disputeId, 3000);
        vm.warp(START_TIME + VOTING + 1);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 3000);
        _execute(stranger, disputeId);
    }

    function test_ExecuteOddCountTakesMiddle() public {
        _vote3(disputeId, 10_000, 0, 3000);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 3000);
        _execute(stranger, disputeId);
    }

    function test_RevertWhen_ExecuteTwice() public {
        _vote3(disputeId, 5000, 5000, 5000);
        _execute(stranger, disputeId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.AlreadyExecuted.selector, disputeId));
        arbitration.execute(disputeId);
        vm.warp(START_TIME + VOTING + 1);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.AlreadyExecuted.selector, disputeId));
        arbitration.execute(disputeId);
    }

    function test_RevertWhen_ExecuteUnknownDispute() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationUnknownDispute.selector, 2));
        arbitration.execute(2);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationUnknownDispute.selector, 0));
        arbitration.execute(0);
    }

    // ---------------------------------------------------------------- credit outcomes

    function test_ExecuteProviderWinsAtNeutral() public {
        _vote3(disputeId, 5000, 4000, 6000);
        vm.recordLogs();
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, renter, 500, 510, DISPUTE_WON);
        _assertScoreLog(logs, renter, provider, 500, 450, DISPUTE_LOST);
        assertEq(_countLogs(logs, address(credit), SCORE_CHANGED), 2);
        assertEq(credit.scoreOf(provider), 510);
        assertEq(credit.scoreOf(renter), 450);
    }

    function test_ExecuteRenterWinsBelowNeutral() public {
        _vote3(disputeId, 4999, 4000, 6000);
        vm.recordLogs();
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, renter, 500, 450, DISPUTE_LOST);
        _assertScoreLog(logs, renter, provider, 500, 510, DISPUTE_WON);
        assertEq(_countLogs(logs, address(credit), SCORE_CHANGED), 2);
        assertEq(credit.scoreOf(provider), 450);
        assertEq(credit.scoreOf(renter), 510);
    }

    function test_ExecuteProviderWinsOutright() public {
        _vote3(disputeId, 10_000, 10_000, 10_000);
        vm.recordLogs();
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, renter, 500, 510, DISPUTE_WON);
        _assertScoreLog(logs, renter, provider, 500, 450, DISPUTE_LOST);
    }

    function test_ExecuteOpenerDoesNotDecideTheOutcome() public {
        // the provider opens a dispute on a second rental and loses it
        uint256 second = _rentedBy(renter2);
        uint256 secondDispute = _openDispute(provider, second);
        _vote3(secondDispute, 0, 100, 200);
        vm.recordLogs();
        _execute(stranger, secondDispute);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, renter2, 500, 450, DISPUTE_LOST);
        _assertScoreLog(logs, renter2, provider, 500, 510, DISPUTE_WON);
    }

    // ---------------------------------------------------------------- median fuzz

    /// @dev The lower median of `values[0..n)`, by counting rather than sorting: the k-th
    /// smallest (k = (n - 1) / 2) is the value v with #{< v} ≤ k < #{≤ v}.
    function _lowerMedian(uint16[] memory values) internal pure returns (uint16) {
        uint256 n = values.length;
        if (n == 0) return 5000;
        uint256 k = (n - 1) / 2;
        for (uint256 i = 0; i < n; ++i) {
            uint256 less;
            uint256 lessOrEqual;
            for (uint256 j = 0; j < n; ++j) {
                if (values[j] < values[i]) ++less;
                if (values[j] <= values[i]) ++lessOrEqual;
            }
            if (less <= k && k < lessOrEqual) return values[i];
        }
        revert("no median");
    }

    function testFuzz_ExecuteRulesLowerMedian(uint16[31] memory raw, uint256 count, bool waitForDeadline) public {
        count = bound(count, 0, PANEL);
        uint16[] memory shares = new uint16[](count);
        for (uint256 i = 0; i < count; ++i) {
            shares[i] = uint16(bound(raw[i], 0, 10_000));
            _vote(_arbiter(i), disputeId, shares[i]);
        }
        if (count < 3 || waitForDeadline) vm.warp(START_TIME + VOTING + 1);
        uint16 expected = _lowerMedian(shares);

        vm.recordLogs();
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, expected);
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        assertEq(arbitration.getDispute(disputeId).ruling, expected);
        assertEq(escrowMock.ruledShare(rentalId), expected);
        assertEq(escrowMock.resolveCount(rentalId), 1);
        if (expected >= 5000) {
            _assertScoreLog(logs, provider, renter, 500, 510, DISPUTE_WON);
            _assertScoreLog(logs, renter, provider, 500, 450, DISPUTE_LOST);
        } else {
            _assertScoreLog(logs, provider, renter, 500, 450, DISPUTE_LOST);
            _assertScoreLog(logs, renter, provider, 500, 510, DISPUTE_WON);
        }
    }

    function testFuzz_ExecuteRulesLowerMedianOfFewValues(uint256 seed, uint256 count) public {
        // few distinct values, so that ties around the middle are common
        count = bound(count, 1, PANEL);
        uint16[] memory shares = new uint16[](count);
        for (uint256 i = 0; i < count; ++i) {
            shares[i] = uint16((uint256(keccak256(abi.encode(seed, i))) % 4) * 2500);
            _vote(_arbiter(i), disputeId, shares[i]);
        }
        vm.warp(START_TIME + VOTING + 1);
        uint16 expected = _lowerMedian(shares);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, expected);
        _execute(stranger, disputeId);
    }

    // ---------------------------------------------------------------- the escrow call

    function test_ExecuteRecordsProviderThenRenter() public {
        _vote3(disputeId, 7000, 7000, 7000);
        vm.recordLogs();
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // Ruling, then (the escrow's own events), then the provider's outcome and the renter's.
        uint256 providerAt;
        uint256 renterAt;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(credit) || logs[i].topics[0] != OUTCOME_RECORDED) continue;
            if (logs[i].topics[1] == bytes32(uint256(uint160(provider)))) providerAt = i;
            if (logs[i].topics[1] == bytes32(uint256(uint160(renter)))) renterAt = i;
        }
        assertGt(renterAt, providerAt);
        assertEq(_countLogs(logs, address(credit), OUTCOME_RECORDED), 2);
    }

    function test_RevertWhen_ExecuteEscrowReverts() public {
        _vote3(disputeId, 7000, 7000, 7000);
        escrowMock.setRevertOnResolve(true);
        vm.expectRevert(abi.encodeWithSelector(MockDisputeEscrow.MockResolveRefused.selector, rentalId));
        arbitration.execute(disputeId);
        // nothing happened: the dispute can be executed once the escrow takes the ruling.
        assertFalse(arbitration.getDispute(disputeId).executed);
        assertEq(credit.scoreOf(provider), NEWCOMER);
        escrowMock.setRevertOnResolve(false);
        _execute(stranger, disputeId);
        assertEq(escrowMock.resolveCount(rentalId), 1);
        assertEq(credit.scoreOf(provider), 510);
    }

    function test_RevertWhen_ExecuteReenteredFromTheEscrow() public {
        uint256 second = _rentedBy(renter2);
        uint256 secondDispute = _openDispute(renter2, second);
        _vote3(disputeId, 7000, 7000, 7000);
        _vote3(secondDispute, 7000, 7000, 7000);
        escrowMock.setReenter(secondDispute);
        vm.expectRevert(abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        arbitration.execute(disputeId);
        escrowMock.setReenter(0);
        _execute(stranger, disputeId);
        _execute(stranger, secondDispute);
        assertEq(escrowMock.totalResolves(), 2);
    }

    function test_ExecuteRecordsOutcomesInsideThePairCooldown() public {
        // DisputeWon / DisputeLost are not pair-limited: a second dispute between the same
        // parties moves both scores again at once.
        _vote3(disputeId, 10_000, 10_000, 10_000);
        _execute(stranger, disputeId);
        uint256 second = _rentedBy(renter);
        uint256 secondDispute = _openDispute(provider, second);
        _vote3(secondDispute, 10_000, 10_000, 10_000);
        _execute(stranger, secondDispute);
        assertEq(credit.scoreOf(provider), 520);
        assertEq(credit.scoreOf(renter), 400);
    }
}
