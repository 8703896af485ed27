// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../contracts/interfaces/IArbitration.sol";
import {ArbBase} from "./utils/ArbBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Arbitration: createDispute, submitEvidence, vote, setPanel and the views.
/// execute and the median are in Arbitration.execute.t.sol, the escrow side of a dispute in
/// Arbitration.escrow.t.sol.
contract ArbitrationTest is ArbBase {
    uint256 internal rentalId;

    function setUp() public override {
        super.setUp();
        rentalId = _rentedBy(renter);
    }

    // ---------------------------------------------------------------- createDispute

    function test_RevertWhen_CreateDisputeCallerNotEscrow() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.OnlyEscrow.selector, stranger));
        vm.prank(stranger);
        arbitration.createDispute(rentalId, renter, renter, provider);

        // not even the admin or a party
        vm.expectRevert(abi.encodeWithSelector(IArbitration.OnlyEscrow.selector, admin));
        vm.prank(admin);
        arbitration.createDispute(rentalId, renter, renter, provider);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.OnlyEscrow.selector, renter));
        vm.prank(renter);
        arbitration.createDispute(rentalId, renter, renter, provider);
        assertEq(arbitration.disputeCount(), 0);
    }

    function testFuzz_RevertWhen_CreateDisputeCallerNotEscrow(address caller) public {
        if (caller == address(escrowMock)) caller = stranger;
        vm.expectRevert(abi.encodeWithSelector(IArbitration.OnlyEscrow.selector, caller));
        vm.prank(caller);
        arbitration.createDispute(rentalId, renter, renter, provider);
    }

    function test_CreateDisputeNumbersFromOne() public {
        vm.startPrank(address(escrowMock));
        assertEq(arbitration.createDispute(70, renter, renter, provider), 1);
        assertEq(arbitration.createDispute(71, provider, renter2, provider), 2);
        vm.stopPrank();
        assertEq(arbitration.disputeCount(), 2);
        assertEq(arbitration.disputeOf(70), 1);
        assertEq(arbitration.disputeOf(71), 2);
        assertEq(arbitration.disputeOf(72), 0);
    }

    function test_CreateDisputeEmitsDisputeCreated() public {
        vm.warp(block.timestamp + 1234);
        uint64 deadline = uint64(block.timestamp) + VOTING;
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.DisputeCreated(1, 70, provider, renter, provider, deadline);
        vm.prank(address(escrowMock));
        arbitration.createDispute(70, provider, renter, provider);

        IArbitration.Dispute memory d = arbitration.getDispute(1);
        assertEq(d.rentalId, 70);
        assertEq(d.opener, provider);
        assertEq(d.renter, renter);
        assertEq(d.provider, provider);
        assertEq(d.votingDeadline, deadline);
        assertEq(d.quorum, 3);
        assertFalse(d.executed);
        assertEq(d.ruling, 0);
    }

    function test_CreateDisputeThroughEscrow() public {
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.DisputeCreated(1, rentalId, renter, renter, provider, uint64(block.timestamp) + VOTING);
        uint256 disputeId = _openDispute(renter, rentalId);
        assertEq(disputeId, 1);
        assertEq(arbitration.disputeOf(rentalId), 1);
    }

    function test_RevertWhen_CreateDisputeRentalAlreadyDisputed() public {
        vm.startPrank(address(escrowMock));
        arbitration.createDispute(70, renter, renter, provider);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationRentalDisputed.selector, 70, 1));
        arbitration.createDispute(70, provider, renter, provider);
        vm.stopPrank();
        assertEq(arbitration.disputeCount(), 1);
    }

    // ---------------------------------------------------------------- submitEvidence

    function test_SubmitEvidenceByRenter() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, renter, "ipfs://renter-photos");
        vm.prank(renter);
        arbitration.submitEvidence(disputeId, "ipfs://renter-photos");
    }

    function test_SubmitEvidenceByProvider() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, provider, "ipfs://provider-log");
        vm.prank(provider);
        arbitration.submitEvidence(disputeId, "ipfs://provider-log");
    }

    function test_SubmitEvidenceAfterVotingDeadline() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.warp(block.timestamp + VOTING + 1);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, renter, "ipfs://late");
        vm.prank(renter);
        arbitration.submitEvidence(disputeId, "ipfs://late");
    }

    function test_RevertWhen_SubmitEvidenceNotParty() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotParty.selector, disputeId, stranger));
        vm.prank(stranger);
        arbitration.submitEvidence(disputeId, "ipfs://x");

        // an arbiter is not a party either
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotParty.selector, disputeId, arbiters[0]));
        vm.prank(arbiters[0]);
        arbitration.submitEvidence(disputeId, "ipfs://x");
    }

    function test_RevertWhen_SubmitEvidenceAfterExecution() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 5000, 5000, 5000);
        _execute(stranger, disputeId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.AlreadyExecuted.selector, disputeId));
        vm.prank(renter);
        arbitration.submitEvidence(disputeId, "ipfs://x");
    }

    function test_RevertWhen_SubmitEvidenceUnknownDispute() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationUnknownDispute.selector, 1));
        vm.prank(renter);
        arbitration.submitEvidence(1, "ipfs://x");
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationUnknownDispute.selector, 0));
        vm.prank(renter);
        arbitration.submitEvidence(0, "ipfs://x");
    }

    // ---------------------------------------------------------------- vote

    function test_Vote() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Voted(disputeId, arbiters[1], 7000);
        _vote(arbiters[1], disputeId, 7000);
        _vote(arbiters[0], disputeId, 0);
        _vote(arbiters[2], disputeId, 10_000);

        uint16[] memory votes = arbitration.votesOf(disputeId);
        assertEq(votes.length, 3);
        assertEq(votes[0], 7000);
        assertEq(votes[1], 0);
        assertEq(votes[2], 10_000);
        assertTrue(arbitration.hasVoted(disputeId, arbiters[0]));
        assertTrue(arbitration.hasVoted(disputeId, arbiters[2]));
        assertFalse(arbitration.hasVoted(disputeId, stranger));
        assertFalse(arbitration.getDispute(disputeId).executed);
    }

    function test_RevertWhen_VoteNotArbiter() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.NotArbiter.selector, stranger));
        vm.prank(stranger);
        arbitration.vote(disputeId, 5000);
        // the governor and the admin are not arbiters either
        vm.expectRevert(abi.encodeWithSelector(IArbitration.NotArbiter.selector, governor));
        vm.prank(governor);
        arbitration.vote(disputeId, 5000);
    }

    function test_RevertWhen_VoteAfterRoleRevoked() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        bytes32 role = arbitration.ARBITER_ROLE();
        vm.prank(admin);
        arbitration.revokeRole(role, arbiters[0]);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.NotArbiter.selector, arbiters[0]));
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, 5000);
        assertFalse(arbitration.hasVoted(disputeId, arbiters[0]));
    }

    function test_VoteByArbiterGrantedAfterOpening() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        address late = makeAddr("late-arbiter");
        _grantArbiterRole(late);
        _vote(late, disputeId, 4200);
        assertTrue(arbitration.hasVoted(disputeId, late));
    }

    function test_RevertWhen_VoteByParty() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _grantArbiterRole(renter);
        _grantArbiterRole(provider);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationPartyCannotVote.selector, disputeId, renter));
        vm.prank(renter);
        arbitration.vote(disputeId, 0);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationPartyCannotVote.selector, disputeId, provider));
        vm.prank(provider);
        arbitration.vote(disputeId, 10_000);
        assertEq(arbitration.votesOf(disputeId).length, 0);
    }

    function test_RevertWhen_VoteTwice() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote(arbiters[0], disputeId, 3000);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationAlreadyVoted.selector, disputeId, arbiters[0]));
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, 9000);
        assertEq(arbitration.votesOf(disputeId).length, 1);
    }

    function test_VoteAtDeadline() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        uint64 deadline = arbitration.getDispute(disputeId).votingDeadline;
        assertEq(deadline, START_TIME + VOTING);
        vm.warp(deadline);
        _vote(arbiters[0], disputeId, 3000);
        assertTrue(arbitration.hasVoted(disputeId, arbiters[0]));
    }

    function test_RevertWhen_VoteAfterDeadline() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        uint64 deadline = uint64(START_TIME + VOTING);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationVotingClosed.selector, disputeId, deadline));
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, 3000);
    }

    function testFuzz_RevertWhen_VoteShareAboveAllBps(uint16 share) public {
        share = uint16(bound(share, 10_001, type(uint16).max));
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationInvalidShare.selector, share));
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, share);
    }

    function test_RevertWhen_VoteShareAboveAllBps() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationInvalidShare.selector, 10_001));
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, 10_001);
        _vote(arbiters[0], disputeId, 10_000);
    }

    function test_RevertWhen_VoteOnExecutedDispute() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 1000, 2000, 3000);
        _execute(stranger, disputeId);
        _grantExtraArbiters(4);
        address fourth = _arbiter(3);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.AlreadyExecuted.selector, disputeId));
        vm.prank(fourth);
        arbitration.vote(disputeId, 9000);
    }

    function test_RevertWhen_VoteUnknownDispute() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationUnknownDispute.selector, 9));
        vm.prank(arbiters[0]);
        arbitration.vote(9, 5000);
    }

    function test_RevertWhen_VoteBeyondMaxVotes() public {
        assertEq(arbitration.MAX_VOTES(), 31);
        // a quorum of 31, so that the dispute stays open for votes until the deadline
        _setPanel(31, VOTING);
        uint256 disputeId = _openDispute(renter, rentalId);
        _grantExtraArbiters(32);
        for (uint256 i = 0; i < 31; ++i) {
            _vote(_arbiter(i), disputeId, uint16(i * 300));
        }
        assertEq(arbitration.votesOf(disputeId).length, 31);

        address last = _arbiter(31);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationTooManyVotes.selector, disputeId, 31));
        vm.prank(last);
        arbitration.vote(disputeId, 5000);
        assertFalse(arbitration.hasVoted(disputeId, last));

        // 31 votes meet the quorum of 31: sorted 0, 300, .., 9000, the median is the 16th, 4500
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 4500);
        _execute(stranger, disputeId);
    }

    // ---------------------------------------------------------------- setPanel

    function test_SetPanel() public {
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.PanelSet(5, 2 days);
        _setPanel(5, 2 days);
        assertEq(arbitration.quorum(), 5);
        assertEq(arbitration.votingPeriod(), 2 days);

        // the bounds are allowed
        _setPanel(1, 1);
        assertEq(arbitration.quorum(), 1);
        assertEq(arbitration.votingPeriod(), 1);
        _setPanel(31, type(uint64).max / 2);
        assertEq(arbitration.quorum(), 31);
        assertEq(arbitration.votingPeriod(), type(uint64).max / 2);
    }

    function test_RevertWhen_SetPanelNotGovernor() public {
        bytes32 role = arbitration.GOVERNOR_ROLE();
        address[3] memory callers = [stranger, admin, arbiters[0]];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            arbitration.setPanel(5, 2 days);
        }
        assertEq(arbitration.quorum(), 3);
    }

    function test_RevertWhen_SetPanelQuorumZero() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationInvalidPanel.selector, 0, 2 days));
        vm.prank(governor);
        arbitration.setPanel(0, 2 days);
    }

    function test_RevertWhen_SetPanelQuorumAboveMaxVotes() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationInvalidPanel.selector, 32, 2 days));
        vm.prank(governor);
        arbitration.setPanel(32, 2 days);
    }

    function test_RevertWhen_SetPanelVotingPeriodZero() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationInvalidPanel.selector, 3, 0));
        vm.prank(governor);
        arbitration.setPanel(3, 0);
        assertEq(arbitration.votingPeriod(), VOTING);
    }

    function test_SetPanelAppliesToLaterDisputesOnly() public {
        uint256 first = _openDispute(renter, rentalId);
        vm.warp(block.timestamp + 10);
        _setPanel(1, 1 days);
        uint256 second = _rentedBy(renter2);
        uint256 secondDispute = _openDispute(renter2, second);

        IArbitration.Dispute memory a = arbitration.getDispute(first);
        IArbitration.Dispute memory b = arbitration.getDispute(secondDispute);
        assertEq(a.quorum, 3);
        assertEq(a.votingDeadline, START_TIME + VOTING);
        assertEq(b.quorum, 1);
        assertEq(b.votingDeadline, START_TIME + 10 + 1 days);

        // one vote executes the second dispute, not the first
        _vote(arbiters[0], first, 6000);
        _vote(arbiters[0], secondDispute, 6000);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotExecutable.selector, first, 1, 3));
        arbitration.execute(first);
        arbitration.execute(secondDispute);
        assertTrue(arbitration.getDispute(secondDispute).executed);

        // after one day the second is past its deadline, the first still takes votes
        vm.warp(START_TIME + 10 + 1 days + 1);
        _vote(arbiters[1], first, 6000);
    }

    // ---------------------------------------------------------------- views

    function test_InitialViews() public {
        assertEq(arbitration.quorum(), 3);
        assertEq(arbitration.votingPeriod(), VOTING);
        assertEq(arbitration.escrow(), address(escrowMock));
        assertEq(address(escrowMock.arbitration()), address(arbitration));
        assertEq(arbitration.disputeCount(), 0);
        assertEq(arbitration.disputeOf(rentalId), 0);
        assertEq(arbitration.votesOf(1).length, 0);
        assertFalse(arbitration.hasVoted(1, arbiters[0]));
        assertEq(arbitration.NEUTRAL_SHARE_BPS(), 5000);
        assertEq(arbitration.ARBITER_ROLE(), keccak256("ARBITER_ROLE"));
        assertEq(arbitration.GOVERNOR_ROLE(), keccak256("GOVERNOR_ROLE"));

        IArbitration.Dispute memory d = arbitration.getDispute(1);
        assertEq(d.rentalId, 0);
        assertEq(d.opener, address(0));
        assertEq(d.renter, address(0));
        assertEq(d.provider, address(0));
        assertEq(d.votingDeadline, 0);
        assertEq(d.quorum, 0);
        assertFalse(d.executed);
        assertEq(d.ruling, 0);
    }

    function test_ViewsAfterExecution() public {
        uint256 disputeId = _openDispute(provider, rentalId);
        _vote3(disputeId, 2500, 7500, 6000);
        _execute(stranger, disputeId);

        IArbitration.Dispute memory d = arbitration.getDispute(disputeId);
        assertEq(d.rentalId, rentalId);
        assertEq(d.opener, provider);
        assertEq(d.renter, renter);
        assertEq(d.provider, provider);
        assertEq(d.votingDeadline, START_TIME + VOTING);
        assertEq(d.quorum, 3);
        assertTrue(d.executed);
        assertEq(d.ruling, 6000);
        assertEq(arbitration.disputeCount(), 1);
        assertEq(arbitration.disputeOf(rentalId), disputeId);
        // the votes keep their voting order after the sort at execute
        uint16[] memory votes = arbitration.votesOf(disputeId);
        assertEq(votes[0], 2500);
        assertEq(votes[1], 7500);
        assertEq(votes[2], 6000);
    }
}
