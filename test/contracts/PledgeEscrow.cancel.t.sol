// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice cancel (free, late, after the start, provider) and collectNoShow, with exact arithmetic.
contract PledgeEscrowCancelTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;
    uint64 internal start;

    function setUp() public override {
        super.setUp();
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        tokenId = _asset(provider, "room");
        listingId = _listWith(provider, tokenId, t);
        start = uint64(block.timestamp + 2 days);
    }

    function test_Cancel_FreeWhenEarlyEnough() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        uint256 before = usd.balanceOf(renter);
        vm.warp(start - FREE_BEFORE); // exactly freeCancelBefore ahead: still free
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Cancelled(rentalId, renter, 0, 0, 20 * USD + PAID_DEPOSIT);
        vm.prank(renter);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(renter) - before, 170 * USD);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Cancelled));
        assertEq(escrow.tierRentalCount(renter), 0);
        assertFalse(registry.isLocked(tokenId));
        assertTrue(escrow.isSlotFree(tokenId, start, start + 2 hours));
        assertEq(credit.scoreOf(renter), NEWCOMER);
    }

    function test_Cancel_LateBeforeStart_FeeRoundsUp() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        t.cancelFeeBps = 3333;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        uint256 rentalId = _book(renter, listingId, start, 5401); // rent 15 002 778
        uint256 before = usd.balanceOf(renter);
        vm.warp(start - FREE_BEFORE + 1);
        // fee = ceil(15 002 778 × 3333 / 10 000) = 5 000 426; platform fee floor(5 000 426 × 250 / 10 000) = 125 010
        uint256 fee = 5_000_426;
        uint256 platformFee = 125_010;
        uint256 refund = 15_002_778 - fee + PAID_DEPOSIT;
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Cancelled(rentalId, renter, fee, platformFee, refund);
        vm.prank(renter);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(renter) - before, refund);
        assertEq(usd.balanceOf(payee), fee - platformFee);
        assertEq(usd.balanceOf(provider), 0);
        assertEq(usd.balanceOf(treasury), platformFee);
        assertEq(usd.balanceOf(address(escrow)), 0);
    }

    function test_Cancel_AfterStartCostsTheRent() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.warp(start + 10 minutes);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Cancelled(rentalId, renter, 20 * USD, 0.5e6, PAID_DEPOSIT);
        vm.prank(renter);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(payee), 19.5e6);
        assertEq(usd.balanceOf(treasury), 0.5e6);
    }

    function test_Cancel_FreeWhenNoLongerVerified() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32("recall"));
        vm.warp(start - 1 hours);
        vm.prank(renter);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(payee), 0);
        assertEq(usd.balanceOf(address(escrow)), 0);
    }

    function test_Cancel_FreeWhenAnEarlierRenterStillHoldsTheAssetAfterStart() public {
        vm.warp(start - 3 hours);
        uint256 late = _rent(renter2, listingId, 3 hours);
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        // before the start the policy applies as usual: checked separately; after the start, with
        // the late renter still holding the asset, the cancellation is free
        vm.warp(start + 30 minutes);
        assertEq(escrow.activeRentalOf(tokenId), late);
        uint256 before = usd.balanceOf(renter);
        vm.prank(renter);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(renter) - before, 170 * USD);
    }

    function test_Cancel_ByProvider_FullRefundAndOutcome() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.warp(start + 1 minutes);
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.OutcomeRecorded(provider, renter, PROVIDER_CANCELLED);
        vm.prank(provider);
        escrow.cancel(rentalId);
        assertEq(usd.balanceOf(renter) - before, 170 * USD);
        assertEq(credit.scoreOf(provider), NEWCOMER - 30);
        assertEq(credit.scoreOf(renter), NEWCOMER);
    }

    function test_RevertWhen_CancelAfterEnd() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.warp(start + 2 hours);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadTime.selector, rentalId, 0, start + 2 hours));
        escrow.cancel(rentalId);
    }

    function test_RevertWhen_CancelNotParty() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.prank(payee);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, payee));
        escrow.cancel(rentalId);
    }

    function test_RevertWhen_CancelCheckedIn() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Active
            )
        );
        escrow.cancel(rentalId);
    }

    function test_CollectNoShow() public {
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.warp(start + 2 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.BadTime.selector, rentalId, start + 2 hours, type(uint64).max)
        );
        escrow.collectNoShow(rentalId);

        vm.warp(start + 2 hours);
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.NoShow(rentalId, renter, 20 * USD, 0.5e6, PAID_DEPOSIT);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.OutcomeRecorded(renter, provider, NO_SHOW);
        vm.prank(keeper);
        escrow.collectNoShow(rentalId);
        assertEq(usd.balanceOf(renter) - before, PAID_DEPOSIT);
        assertEq(usd.balanceOf(payee), 19.5e6);
        assertEq(usd.balanceOf(treasury), 0.5e6);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(credit.scoreOf(renter), NEWCOMER - 100);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.NoShow));
        assertFalse(registry.isLocked(tokenId));
        assertEq(escrow.tierRentalCount(renter), 0);

        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.NoShow
            )
        );
        escrow.collectNoShow(rentalId);
    }

    function test_RevertWhen_NoShowOfACheckedInRental() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 3 hours);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Active
            )
        );
        escrow.collectNoShow(rentalId);
    }
}
