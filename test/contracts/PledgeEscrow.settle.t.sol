// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice endRental, usage reports and the inspection, releaseDeposit, collectDefault, payee —
/// with exact arithmetic.
contract PledgeEscrowSettleTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike");
    }

    // ---------------------------------------------------------------- return

    function test_EndRental_InstantReturnChargesTheMinimum() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        vm.warp(s + 10 minutes);
        uint256 renterBefore = usd.balanceOf(renter);
        uint64 t = uint64(block.timestamp);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, renter, t, 10 * USD, 20 * USD, 0.25e6, t + INSPECTION);
        _end(renter, rentalId);

        assertEq(usd.balanceOf(renter) - renterBefore, 20 * USD);
        assertEq(usd.balanceOf(provider), 9.75e6);
        assertEq(usd.balanceOf(treasury), 0.25e6);
        assertEq(usd.balanceOf(address(escrow)), PAID_DEPOSIT);
        IPledgeEscrow.Rental memory r = _rental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Returned));
        assertEq(r.returnedAt, t);
        assertEq(r.inspectionEnd, t + INSPECTION);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        assertEq(escrow.tierRentalCount(renter), 0);
        // the rest of the slot is free again; the asset stays locked through the inspection
        assertTrue(escrow.isSlotFree(tokenId, t, s + 3 hours));
        assertFalse(escrow.isSlotFree(tokenId, t - 1, t));
        assertTrue(registry.isLocked(tokenId));
        _rent(renter2, listingId, 1 hours);
    }

    function test_EndRental_ChargesPerSecondRoundedUp() public {
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        vm.warp(block.timestamp + 5401);
        uint64 t = uint64(block.timestamp);
        // ceil(10 000 000 × 5401 / 3600) = 15 002 778; fee floor(15 002 778 × 250 / 10 000) = 375 069
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, renter, t, 15_002_778, 30 * USD - 15_002_778, 375_069, t + INSPECTION);
        _end(renter, rentalId);
        assertEq(usd.balanceOf(provider), 15_002_778 - 375_069);
    }

    function test_EndRental_ByProviderAfterEnd() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotEnded.selector, rentalId, uint64(block.timestamp + 2 hours)
            )
        );
        escrow.endRental(rentalId);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, stranger));
        escrow.endRental(rentalId);
        vm.warp(block.timestamp + 3 hours);
        _end(provider, rentalId);
        assertEq(_rental(rentalId).returnedAt, block.timestamp);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, uint64(block.timestamp))
        );
        escrow.endRental(rentalId);
    }

    function test_RevertWhen_EndRentalOverdue() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 deadline = uint64(block.timestamp + 2 hours + GRACE);
        vm.warp(deadline + 1);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, deadline));
        escrow.endRental(rentalId);
    }

    function test_RevertWhen_EndRentalBooked() public {
        uint256 rentalId = _book(renter, listingId, uint64(block.timestamp + 1 days), 2 hours);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Booked
            )
        );
        escrow.endRental(rentalId);
    }

    // ---------------------------------------------------------------- release

    function test_Release_CleanByAnyoneAfterInspection() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        uint64 inspectionEnd = _rental(rentalId).inspectionEnd;
        vm.warp(inspectionEnd);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotReleasable.selector, rentalId, inspectionEnd));
        escrow.releaseDeposit(rentalId);

        vm.warp(inspectionEnd + 1);
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, 0, 0, 0, 0.5e6, PAID_DEPOSIT);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.OutcomeRecorded(renter, provider, COMPLETED_ON_TIME);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, renter, 50 ether);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, provider, 50 ether);
        _release(rentalId);
        assertEq(usd.balanceOf(renter) - before, PAID_DEPOSIT);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Settled));
        assertEq(credit.scoreOf(renter), NEWCOMER + 10);
        assertFalse(registry.isLocked(tokenId));
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Settled
            )
        );
        _release(rentalId);
    }

    function test_Release_EarlyByProviderOrPayeeOnlyWithoutUnitsOrDamage() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        uint256 a = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotReleasable.selector, a, _rental(a).inspectionEnd));
        escrow.releaseDeposit(a);
        vm.prank(payee);
        escrow.releaseDeposit(a);
        assertEq(uint8(_rental(a).status), uint8(IPledgeEscrow.RentalStatus.Settled));

        uint256 b = _rent(renter, listingId, 2 hours);
        _report(b, 1, 0, 1);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, b);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotReleasable.selector, b, _rental(b).inspectionEnd));
        escrow.releaseDeposit(b);
    }

    function test_Release_UsageDamageAndLateFee() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _report(rentalId, 1000, 600, 1); // 10 tUSD of usage
        _report(rentalId, 0, 400, 3); // damage adds up: 1 000 bps
        vm.warp(s + 2 hours + 5400); // 1.5 h late
        _end(renter, rentalId);
        // the late return charges the whole rent
        assertEq(usd.balanceOf(provider), 19.5e6);
        vm.warp(block.timestamp + INSPECTION + 1);
        uint256 before = usd.balanceOf(renter);
        // deposit 150: usage 10 (its fee 0.25), damage floor(150 × 1 000 / 10 000) = 15,
        // late fee ceil(10 × 5400 × 20 000 / (3600 × 10 000)) = 30, refund 95
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, 20 * USD, 10 * USD, 15 * USD, 30 * USD, 0.75e6, 95 * USD
        );
        _release(rentalId);
        assertEq(usd.balanceOf(renter) - before, 95 * USD);
        assertEq(usd.balanceOf(provider), 19.5e6 + 9.75e6 + 15 * USD + 30 * USD);
        assertEq(usd.balanceOf(treasury), 0.75e6);
        assertEq(usd.balanceOf(address(escrow)), 0);
        // ReturnedLate and DamageCaused; no reward
        assertEq(credit.scoreOf(renter), NEWCOMER - 20 - 50);
        assertEq(shr.balanceOf(renter), 0);
    }

    function test_Release_DeductionsCappedAtTheDeposit() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _report(rentalId, type(uint256).max / 2, 10_000, 1);
        _report(rentalId, type(uint256).max, 10_000, 2); // units saturate, damage caps at 10 000
        assertEq(_rental(rentalId).units, type(uint256).max);
        assertEq(_rental(rentalId).damageBps, 10_000);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        vm.warp(block.timestamp + INSPECTION + 1);
        uint256 usageFee = PAID_DEPOSIT;
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, usageFee, 0, 0, 0.5e6 + 3.75e6, 0);
        _release(rentalId);
    }

    // ---------------------------------------------------------------- usage and inspection

    function test_ReportUsage_AfterReturnExtendsTheInspection() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        uint64 returnedAt = uint64(block.timestamp);
        vm.warp(returnedAt + 7000);
        // a report that adds nothing moves nothing
        _report(rentalId, 0, 0, 1);
        assertEq(_rental(rentalId).inspectionEnd, returnedAt + INSPECTION);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.UsageReported(rentalId, device, 2, 5, 100);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.InspectionExtended(rentalId, returnedAt + 7000 + INSPECTION);
        _report(rentalId, 5, 100, 2);
        assertEq(_rental(rentalId).inspectionEnd, returnedAt + 7000 + INSPECTION);
        // the renter may dispute it for a full period
        vm.warp(returnedAt + 7000 + INSPECTION);
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("not me"));
    }

    function test_RevertWhen_ReportAfterInspection() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        uint64 inspectionEnd = _rental(rentalId).inspectionEnd;
        vm.warp(inspectionEnd + 1);
        bytes memory sig = _signUsage(deviceKey, rentalId, 1, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowInspectionOver.selector, rentalId, inspectionEnd));
        escrow.reportUsage(rentalId, 1, 0, 1, sig);
    }

    function test_RevertWhen_ReportOverdue() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 deadline = uint64(block.timestamp + 2 hours + GRACE);
        vm.warp(deadline + 1);
        bytes memory sig = _signUsage(deviceKey, rentalId, 1, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, deadline));
        escrow.reportUsage(rentalId, 1, 0, 1, sig);
    }

    function test_RevertWhen_ReportStaleNonceBadSignerBadBpsOrBooked() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _report(rentalId, 1, 0, 5);
        bytes memory sig = _signUsage(deviceKey, rentalId, 1, 0, 5);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.StaleNonce.selector, rentalId, 5, 5));
        escrow.reportUsage(rentalId, 1, 0, 5, sig);

        (address other, uint256 otherKey) = makeAddrAndKey("not-the-device");
        sig = _signUsage(otherKey, rentalId, 1, 0, 6);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, other, device));
        escrow.reportUsage(rentalId, 1, 0, 6, sig);

        sig = _signUsage(deviceKey, rentalId, 1, 10_001, 6);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowInvalidBps.selector, 10_001));
        escrow.reportUsage(rentalId, 1, 10_001, 6, sig);

        uint256 booked = _book(renter2, listingId, uint64(block.timestamp + 1 days), 2 hours);
        sig = _signUsage(deviceKey, booked, 1, 0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowWrongStatus.selector, booked, IPledgeEscrow.RentalStatus.Booked)
        );
        escrow.reportUsage(booked, 1, 0, 1, sig);
    }

    // ---------------------------------------------------------------- default

    function test_CollectDefault() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 deadline = uint64(block.timestamp + 2 hours + GRACE);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, rentalId, deadline));
        escrow.collectDefault(rentalId);

        vm.warp(deadline + 1);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalDefaulted(rentalId, renter, provider, PAID_DEPOSIT, 0.5e6);
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
        assertEq(usd.balanceOf(payee), 19.5e6 + PAID_DEPOSIT);
        assertEq(usd.balanceOf(provider), 0);
        assertEq(usd.balanceOf(treasury), 0.5e6);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(credit.scoreOf(renter), NEWCOMER - 250);
        assertEq(registry.userOf(tokenId), address(0));
        assertFalse(registry.isLocked(tokenId));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        // the pledge is untouched
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Locked));
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Defaulted
            )
        );
        escrow.collectDefault(rentalId);
    }

    // ---------------------------------------------------------------- payee

    function test_Payee_ReceivesTheProvidersIncome() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        assertEq(_rental(rentalId).payee, payee);
        _report(rentalId, 100, 0, 1);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(rentalId);
        // rent 20 less 0.5, usage 1 less 0.025
        assertEq(usd.balanceOf(payee), 19.5e6 + 0.975e6);
        assertEq(usd.balanceOf(provider), 0);
        // rewards go to the renter and the provider, never the payee
        assertEq(shr.balanceOf(payee), 0);
        assertEq(shr.balanceOf(renter), 52.5 ether);
    }

    // ---------------------------------------------------------------- confirmAsset

    function test_ConfirmAsset_ReleasesThePledgeAndCreditsOncePerAssetAndProvider() public {
        uint256 a = _rent(renter, listingId, 2 hours);
        uint256 before = shr.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.AssetConfirmed(a, renter);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReleased(listingId, provider, 150 ether);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.OutcomeRecorded(provider, renter, ASSET_CONFIRMED);
        vm.prank(renter);
        escrow.confirmAsset(a);
        assertEq(shr.balanceOf(provider) - before, 150 ether);
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
        assertEq(credit.scoreOf(provider), NEWCOMER + 5);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAlreadyConfirmed.selector, a));
        escrow.confirmAsset(a);

        // delist and relist: the new pledge is released again, but AssetConfirmed is not earned again
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(a);
        vm.prank(provider);
        escrow.delist(listingId);
        uint256 relisted = _list(provider, tokenId);
        uint256 b = _rent(renter2, relisted, 2 hours);
        vm.recordLogs();
        vm.prank(renter2);
        escrow.confirmAsset(b);
        assertEq(_count(vm.getRecordedLogs(), address(credit), ICreditRegistry.OutcomeRecorded.selector), 0);
        assertEq(uint8(_listing(relisted).pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
    }

    function test_ConfirmAsset_NoCreditWithoutATreasuryFee() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.pricePerHour = 1; // rent 2 base units: the fee floors to 0
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        uint256 a = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(a);
        // the pledge is released (first confirmation of the listing) but no score is earned
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
        assertEq(credit.scoreOf(provider), NEWCOMER);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(a);
        // nor CompletedOnTime, nor a reward
        assertEq(credit.scoreOf(renter), NEWCOMER);
        assertEq(shr.balanceOf(renter), 0);
    }

    function test_RevertWhen_ConfirmNotRenterOrBooked() public {
        uint256 a = _rent(renter, listingId, 2 hours);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotRenter.selector, a, stranger));
        escrow.confirmAsset(a);
        uint256 b = _book(renter2, listingId, uint64(block.timestamp + 1 days), 2 hours);
        vm.prank(renter2);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowWrongStatus.selector, b, IPledgeEscrow.RentalStatus.Booked)
        );
        escrow.confirmAsset(b);
    }
}
