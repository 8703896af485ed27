// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../contracts/interfaces/IArbitration.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {Fixture} from "./utils/Fixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The panel against the real v2 escrow: a dispute opened in the escrow reaches the
/// panel with the right parties, `execute` applies the ruling through `resolveDispute` (and
/// only the panel can), and the credit registry hears the escrow's own outcome (Defaulted for
/// an overdue renter) before the panel's DisputeWon / DisputeLost, each naming the other party.
/// The money of a ruling (INTERFACE.md §2) is the escrow's and is tested with the escrow; here
/// it is checked for conservation and for the payee's deposit share.
contract ArbitrationEscrowTest is Fixture {
    uint64 internal constant DURATION = 2 hours;
    uint64 internal constant GRACE = 86_400;
    uint64 internal constant VOTING = 7 days;
    bytes32 internal constant EVIDENCE_HASH = keccak256("evidence: photos of the asset");
    bytes32 internal constant OUTCOME_RECORDED = keccak256("OutcomeRecorded(address,address,uint8)");
    uint256 internal constant RENT = 20e6; // 2 h at 10 tUSD
    uint256 internal constant DEPOSIT = 150e6; // 100 tUSD listed, x 1.5 for a tier-1 newcomer
    uint256 internal constant PLEDGE = 150 ether; // 100 SHR base, x 1.5 for a tier-1 provider

    address internal stranger = makeAddr("stranger");
    uint256 internal tokenId;
    uint256 internal listingId;
    uint256 internal rentalId;
    uint256 internal end;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike-1");
        rentalId = _rent(renter, listingId, DURATION);
        end = START_TIME + DURATION;
    }

    // ---------------------------------------------------------------- opening

    function test_OpenDisputeReachesThePanel() public {
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.DisputeCreated(1, rentalId, renter, renter, provider, uint64(block.timestamp) + VOTING);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, renter, EVIDENCE_HASH);
        uint256 disputeId = _openDispute(renter);
        assertEq(disputeId, 1);
        assertEq(arbitration.disputeOf(rentalId), 1);
        assertEq(escrow.getRental(rentalId).disputeId, 1);
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Disputed));
        IArbitration.Dispute memory d = arbitration.getDispute(1);
        assertEq(d.rentalId, rentalId);
        assertEq(d.opener, renter);
        assertEq(d.renter, renter);
        assertEq(d.provider, provider);
        // the asset stays locked while the dispute runs
        assertTrue(registry.isLocked(tokenId));
    }

    function test_OpenDisputeByProviderAtTheGraceDeadline() public {
        vm.warp(end + GRACE);
        uint256 disputeId = _openDispute(provider);
        assertEq(arbitration.getDispute(disputeId).opener, provider);
        assertEq(arbitration.getDispute(disputeId).renter, renter);
    }

    function test_PartiesSubmitEvidenceOnTheEscrowsDispute() public {
        uint256 disputeId = _openDispute(renter);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, provider, "ipfs://provider-photos");
        vm.prank(provider);
        arbitration.submitEvidence(disputeId, "ipfs://provider-photos");
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotParty.selector, disputeId, stranger));
        vm.prank(stranger);
        arbitration.submitEvidence(disputeId, "ipfs://noise");
    }

    function test_RevertWhen_ResolveDisputeNotArbitration() public {
        _openDispute(renter);
        address[4] memory callers = [stranger, admin, governor, arbiters[0]];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, callers[i]));
            vm.prank(callers[i]);
            escrow.resolveDispute(rentalId, 10_000);
        }
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Disputed));
    }

    function test_RevertWhen_CreateDisputeOutsideTheEscrow() public {
        vm.expectRevert(abi.encodeWithSelector(IArbitration.OnlyEscrow.selector, renter));
        vm.prank(renter);
        arbitration.createDispute(rentalId, renter, renter, provider);
    }

    // ---------------------------------------------------------------- execute through the escrow

    function test_ExecuteResolvesTheRental() public {
        vm.warp(START_TIME + 90 minutes);
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, 7000, 7000, 7000);

        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, 7000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeResolved(rentalId, disputeId, 7000);
        vm.recordLogs();
        _execute(disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Resolved));
        // the panel's outcomes, each naming the other party
        _assertOutcomes(logs, _pair(provider, renter, 4), _pair(renter, provider, 5));
        assertEq(credit.scoreOf(provider), 510);
        assertEq(credit.scoreOf(renter), 450);
        // the asset is free and unlocked again
        assertEq(registry.userOf(tokenId), address(0));
        assertFalse(registry.isLocked(tokenId));
        _assertConserved();
    }

    function test_ExecuteRulingZeroSlashesTheLockedPledge() public {
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, 0, 0, 2000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.PledgeSlashed(listingId, renter, PLEDGE);
        _execute(disputeId);
        assertEq(shr.balanceOf(renter), PLEDGE);
        assertEq(credit.scoreOf(renter), 510);
        assertEq(credit.scoreOf(provider), 450);
        _assertConserved();
    }

    function test_ExecuteOverdueRentalRecordsDefaultedFirst() public {
        // the provider disputes at the last moment; the renter never returns
        vm.warp(end + GRACE);
        uint256 disputeId = _openDispute(provider);
        vm.warp(end + GRACE + VOTING + 1);
        vm.recordLogs();
        _execute(disputeId); // no vote: 5000, the provider wins
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertOutcomes(logs, _pair(renter, provider, 2), _pair(provider, renter, 4), _pair(renter, provider, 5));
        assertEq(credit.scoreOf(renter), 200); // 500 - 250 - 50
        assertEq(credit.scoreOf(provider), 510);
        assertFalse(registry.isLocked(tokenId));
        _assertConserved();
    }

    function test_ExecuteADisputeOpenedInInspection() public {
        vm.warp(START_TIME + 1 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        // returned: user cleared, asset still locked for the inspection
        assertEq(registry.userOf(tokenId), address(0));
        assertTrue(registry.isLocked(tokenId));
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, 2500, 2500, 2500);
        _execute(disputeId);
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Resolved));
        assertEq(credit.scoreOf(renter), 510);
        assertEq(credit.scoreOf(provider), 450);
        assertFalse(registry.isLocked(tokenId));
        _assertConserved();
    }

    function test_RevertWhen_ExecuteTwiceThroughTheEscrow() public {
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, 5000, 5000, 5000);
        _execute(disputeId);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.AlreadyExecuted.selector, disputeId));
        arbitration.execute(disputeId);
    }

    function test_ListingRentableAfterTheRuling() public {
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, 5000, 5000, 5000);
        _execute(disputeId);
        uint256 next = _rent(renter2, listingId, DURATION);
        assertEq(next, rentalId + 1);
        assertEq(registry.userOf(tokenId), renter2);
    }

    function testFuzz_RulingSharesTheDeposit(uint16 share, uint256 elapsed) public {
        share = uint16(bound(share, 0, 10_000));
        elapsed = bound(elapsed, 0, DURATION - 1); // the renter may dispute only before the end
        vm.warp(START_TIME + elapsed);
        uint256 disputeId = _openDispute(renter);
        _vote3(disputeId, share, share, share);
        vm.recordLogs();
        _execute(disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // RentalSettled.damage is the payee's share of the deposit: no late fee before the end
        (,,, uint256 damage,,,) = _settled(logs);
        assertEq(damage, DEPOSIT * share / 10_000);
        bool providerWon = share >= 5000;
        _assertOutcomes(
            logs, _pair(provider, renter, providerWon ? 4 : 5), _pair(renter, provider, providerWon ? 5 : 4)
        );
        assertEq(shr.balanceOf(renter), share == 0 ? PLEDGE : 0);
        _assertConserved();
    }

    // ---------------------------------------------------------------- helpers

    struct Outcome {
        address account;
        address counterparty;
        uint8 outcome;
    }

    function _pair(address account, address counterparty, uint8 outcome) internal pure returns (Outcome memory) {
        return Outcome(account, counterparty, outcome);
    }

    function _openDispute(address opener) internal returns (uint256 disputeId) {
        vm.prank(opener);
        disputeId = escrow.openDispute(rentalId, EVIDENCE_HASH);
    }

    function _vote3(uint256 disputeId, uint16 a, uint16 b, uint16 c) internal {
        vm.prank(arbiters[0]);
        arbitration.vote(disputeId, a);
        vm.prank(arbiters[1]);
        arbitration.vote(disputeId, b);
        vm.prank(arbiters[2]);
        arbitration.vote(disputeId, c);
    }

    function _execute(uint256 disputeId) internal {
        vm.prank(stranger);
        arbitration.execute(disputeId);
    }

    function _assertOutcomes(Vm.Log[] memory logs, Outcome memory a, Outcome memory b) internal pure {
        Outcome[] memory want = new Outcome[](2);
        want[0] = a;
        want[1] = b;
        _assertOutcomeList(logs, want);
    }

    function _assertOutcomes(Vm.Log[] memory logs, Outcome memory a, Outcome memory b, Outcome memory c) internal pure {
        Outcome[] memory want = new Outcome[](3);
        want[0] = a;
        want[1] = b;
        want[2] = c;
        _assertOutcomeList(logs, want);
    }

    /// @dev `logs` hold exactly `want` as OutcomeRecorded events, in that order.
    function _assertOutcomeList(Vm.Log[] memory logs, Outcome[] memory want) internal pure {
        uint256 k;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].topics.length == 0 || logs[i].topics[0] != OUTCOME_RECORDED) continue;
            require(k < want.length, "more outcomes than expected");
            assertEq(logs[i].topics[1], bytes32(uint256(uint160(want[k].account))), "account");
            assertEq(logs[i].topics[2], bytes32(uint256(uint160(want[k].counterparty))), "counterparty");
            assertEq(uint256(logs[i].topics[3]), want[k].outcome, "outcome");
            ++k;
        }
        assertEq(k, want.length, "outcomes recorded");
    }

    /// @dev The index of the RentalSettled in `logs` and its data: rentCharged, usageFee, damage,
    /// lateFee, platformFee, refund.
    function _settled(Vm.Log[] memory logs)
        internal
        view
        returns (uint256, uint256, uint256, uint256, uint256, uint256, uint256)
    {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(escrow) || logs[i].topics[0] != IPledgeEscrow.RentalSettled.selector) {
                continue;
            }
            (
                uint256 rentCharged,
                uint256 usageFee,
                uint256 damage,
                uint256 lateFee,
                uint256 platformFee,
                uint256 refund
            ) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, uint256, uint256));
            return (i, rentCharged, usageFee, damage, lateFee, platformFee, refund);
        }
        revert("no RentalSettled");
    }

    /// @dev Every tUSD the renter paid is with the renter, the provider or the treasury again.
    function _assertConserved() internal view {
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow keeps nothing");
        assertEq(escrow.claimable(address(usd), renter), 0);
        assertEq(escrow.claimable(address(usd), provider), 0);
        uint256 paidOut = usd.balanceOf(provider) + usd.balanceOf(treasury);
        assertEq(usd.balanceOf(renter) + paidOut, 1_000_000 * USD, "nothing created or lost");
        assertLe(paidOut, RENT + DEPOSIT);
    }
}
