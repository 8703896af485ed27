// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice openDispute windows and the ruling arithmetic of INTERFACE.md §2 — on an active
/// rental, a rental returned while disputed, a rental disputed in inspection, an overdue one.
contract PledgeEscrowDisputeTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;
    uint64 internal start;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike");
        start = uint64(block.timestamp);
    }

    function _dispute(address who, uint256 rentalId) internal returns (uint256 disputeId) {
        vm.prank(who);
        disputeId = escrow.openDispute(rentalId, keccak256("evidence"));
    }

    function _vote(uint256 disputeId, uint16 share) internal {
        for (uint256 i = 0; i < arbiters.length; ++i) {
            vm.prank(arbiters[i]);
            arbitration.vote(disputeId, share);
        }
    }

    function test_Ruling_OnAnActiveRental() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(start + 30 minutes);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, renter, keccak256("evidence"));
        uint256 disputeId = _dispute(renter, rentalId);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Disputed));
        assertEq(_rental(rentalId).disputeId, disputeId);
        assertEq(escrow.tierRentalCount(renter), 1);
        // a disputed rental can neither release nor default; reports stop
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
        escrow.releaseDeposit(rentalId);
        bytes memory sig = _signUsage(deviceKey, rentalId, 1, 0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
        escrow.reportUsage(rentalId, 1, 0, 1, sig);

        vm.warp(start + 1 hours);
        _vote(disputeId, 7000);
        uint256 before = usd.balanceOf(renter);
        // R = rent to now = 10; payee floor(10 × 0.7) = 7 (fee 0.175) and floor(150 × 0.7) = 105; renter 13 + 45
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.DisputeResolved(rentalId, disputeId, 7000);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 7 * USD, 0, 105 * USD, 0, 175_000, 58 * USD);
        arbitration.execute(disputeId);
        assertEq(usd.balanceOf(renter) - before, 58 * USD);
        assertEq(usd.balanceOf(provider), 7 * USD - 175_000 + 105 * USD);
        assertEq(usd.balanceOf(treasury), 175_000);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Resolved));
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        assertEq(escrow.tierRentalCount(renter), 0);
        assertFalse(registry.isLocked(tokenId));
        // no reward on a ruling
        assertEq(shr.balanceOf(renter), 0);
    }

    function test_Ruling_AfterAReturnWhileDisputed() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        // the renter is late; the provider disputes before end + grace
        vm.warp(start + 2 hours + 30 minutes);
        uint256 disputeId = _dispute(provider, rentalId);
        vm.warp(start + 3 hours);
        uint64 t = uint64(block.timestamp);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, renter, t, 0, 0, 0, 0);
        _end(renter, rentalId);
        assertEq(_rental(rentalId).returnedAt, t);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(usd.balanceOf(provider), 0); // nothing paid at a disputed return
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, t));
        escrow.endRental(rentalId);
        // the slot after the return is free again
        _rent(renter2, listingId, 1 hours);

        vm.warp(start + 5 days); // the ruling comes later; rent and late fee run to the return only
        _vote(disputeId, 5000);
        uint256 before = usd.balanceOf(renter);
        // R = 20, L = ceil(10 × 3600 × 20 000 / (3600 × 10 000)) = 20; payee 10 (fee 0.25) + 20 + floor(130 × 0.5) = 65
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 10 * USD, 0, 65 * USD, 20 * USD, 0.25e6, 75 * USD);
        arbitration.execute(disputeId);
        assertEq(usd.balanceOf(renter) - before, 75 * USD);
        assertEq(usd.balanceOf(provider), 10 * USD - 0.25e6 + 20 * USD + 65 * USD);
    }

    function test_Ruling_InInspectionDividesOnlyTheDeposit() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _report(rentalId, 0, 5000, 1);
        vm.warp(start + 2 hours);
        _end(renter, rentalId);
        assertEq(usd.balanceOf(provider), 19.5e6);
        assertEq(escrow.tierRentalCount(renter), 0);
        vm.warp(start + 3 hours);
        uint256 disputeId = _dispute(renter, rentalId);
        // a dispute in inspection counts toward the tier limit again
        assertEq(escrow.tierRentalCount(renter), 1);
        _vote(disputeId, 2000);
        uint256 before = usd.balanceOf(renter);
        // the rent stays paid; the deposit (no late fee) splits 30 / 120; damage is not charged
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, 0, 30 * USD, 0, 0, 120 * USD);
        arbitration.execute(disputeId);
        assertEq(usd.balanceOf(renter) - before, 120 * USD);
        assertEq(usd.balanceOf(provider), 19.5e6 + 30 * USD);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(escrow.tierRentalCount(renter), 0);
        assertFalse(registry.isLocked(tokenId));
    }

    function test_Ruling_OverdueUnreturnedIsChargedInFullAndDefaults() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 deadline = start + 2 hours + GRACE;
        vm.warp(deadline);
        uint256 disputeId = _dispute(provider, rentalId);
        vm.warp(deadline + 1);
        _vote(disputeId, 0);
        uint256 renterShr = shr.balanceOf(renter);
        // s = 0, yet the rent is charged in full; the late fee (capped) takes the whole deposit;
        // the still-locked pledge is slashed to the renter
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, 0, 0, PAID_DEPOSIT, 0.5e6, 0);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeSlashed(listingId, renter, 150 ether);
        arbitration.execute(disputeId);
        assertEq(usd.balanceOf(provider), 19.5e6 + PAID_DEPOSIT);
        assertEq(shr.balanceOf(renter) - renterShr, 150 ether);
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Slashed));
        // Defaulted (−250) and, from the panel, DisputeWon (+10)
        assertEq(credit.scoreOf(renter), NEWCOMER - 250 + 10);
    }

    function test_RevertWhen_DisputeWindowsClosed() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(start + 2 hours);
        // the renter may not dispute once `end` has come (a default cannot be dodged)
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowDisputeClosed.selector, rentalId, renter, start + 2 hours)
        );
        escrow.openDispute(rentalId, bytes32(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, stranger));
        escrow.openDispute(rentalId, bytes32(0));
        // the provider until end + grace
        vm.warp(start + 2 hours + GRACE + 1);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowDisputeClosed.selector, rentalId, provider, start + 2 hours + GRACE
            )
        );
        escrow.openDispute(rentalId, bytes32(0));

        // either party through the inspection
        (, uint256 otherListing) = _listed("car");
        uint256 b = _rent(renter2, otherListing, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        _end(renter2, b);
        uint64 inspectionEnd = _rental(b).inspectionEnd;
        vm.warp(inspectionEnd + 1);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDisputeClosed.selector, b, provider, inspectionEnd));
        escrow.openDispute(b, bytes32(0));

        uint256 c = _book(renter2, otherListing, uint64(block.timestamp + 1 days), 2 hours);
        vm.prank(renter2);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowWrongStatus.selector, c, IPledgeEscrow.RentalStatus.Booked)
        );
        escrow.openDispute(c, bytes32(0));
    }

    function test_RevertWhen_ResolveNotArbitration() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _dispute(renter, rentalId);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, stranger));
        escrow.resolveDispute(rentalId, 5000);
        vm.prank(address(arbitration));
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowInvalidBps.selector, 10_001));
        escrow.resolveDispute(rentalId, 10_001);
    }

    function test_RevertWhen_DefaultOfADisputedRental() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _dispute(renter, rentalId);
        vm.warp(start + 2 hours + GRACE + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
        escrow.collectDefault(rentalId);
    }
}
