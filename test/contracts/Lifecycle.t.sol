// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice Whole v2 stories across the suite (real registry, credit registry, panel and tokens):
/// every tUSD paid in comes out to someone, the escrow ends empty, scores and rewards follow.
contract LifecycleTest is EscrowHelpers {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public override {
        super.setUp();
        _fund(alice);
        _fund(bob);
    }

    /// @dev every tUSD the renters paid is held by the escrow or was paid to someone.
    function _assertConserved(address[] memory renters, address[] memory receivers, uint256 held) internal view {
        uint256 paidIn;
        for (uint256 i = 0; i < renters.length; ++i) {
            paidIn += 1_000_000 * USD - usd.balanceOf(renters[i]);
        }
        uint256 paidOut;
        for (uint256 i = 0; i < receivers.length; ++i) {
            paidOut += usd.balanceOf(receivers[i]);
        }
        assertEq(usd.balanceOf(address(escrow)), held);
        assertEq(paidIn, paidOut + held);
    }

    /// @dev A room booked a day ahead through a platform, listed through another with a payee:
    /// check-in, confirmation, metered usage, an early return, release by the keeper.
    function test_BookedStayWithPlatformsAndPayee() public {
        _setPlatform(platformA, 4000);
        _setPlatform(platformB, 2000);
        uint256 tokenId = _asset(provider, "room-12");
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        t.platform = platformA;
        uint256 listingId = _listWith(provider, tokenId, t);

        uint64 start = uint64(block.timestamp + 1 days);
        uint256 rentalId = _rentVia(alice, listingId, start, 4 hours, platformB); // rent 40, deposit 150
        vm.warp(start + 5 minutes);
        vm.prank(alice);
        escrow.checkIn(rentalId);
        vm.prank(alice);
        escrow.confirmAsset(rentalId);
        _report(rentalId, 250, 0, 1); // 2.5 tUSD
        vm.warp(start + 3 hours);
        _end(alice, rentalId); // 30 charged, 10 back; F = 0.75: A 0.15, B 0.075
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(rentalId); // usage 2.5, F = 0.0625: A 0.0125, B 0.00625

        assertEq(usd.balanceOf(alice), 1_000_000 * USD - 30 * USD - 2.5e6);
        assertEq(usd.balanceOf(payee), 29.25e6 + 2.4375e6);
        assertEq(usd.balanceOf(platformA), 150_000 + 12_500);
        assertEq(usd.balanceOf(platformB), 75_000 + 6250);
        assertEq(usd.balanceOf(treasury), 525_000 + 43_750);
        assertEq(usd.balanceOf(provider), 0);
        // rewards from the treasury's part only: 0.56875 tUSD × 10^14 each
        assertEq(shr.balanceOf(alice), 56.875 ether);
        assertEq(credit.scoreOf(alice), NEWCOMER + 10);
        assertEq(credit.scoreOf(provider), NEWCOMER + 5);
        assertFalse(registry.isLocked(tokenId));

        address[] memory renters = new address[](1);
        renters[0] = alice;
        address[] memory receivers = new address[](4);
        (receivers[0], receivers[1], receivers[2], receivers[3]) = (payee, platformA, platformB, treasury);
        _assertConserved(renters, receivers, 0);
    }

    /// @dev A late cancellation and a no-show on one car.
    function test_LateCancellationAndNoShow() public {
        (uint256 tokenId, uint256 listingId) = _listed("car-7");
        uint64 start = uint64(block.timestamp + 2 days);
        uint256 a = _book(alice, listingId, start, 2 hours);
        uint256 b = _book(bob, listingId, start + 3 hours, 2 hours);
        vm.warp(start - 12 hours);
        vm.prank(alice);
        escrow.cancel(a); // fee 10 (half the rent), F 0.25
        vm.warp(start + 5 hours);
        vm.prank(keeper);
        escrow.collectNoShow(b); // the whole rent, F 0.5

        assertEq(usd.balanceOf(provider), 9.75e6 + 19.5e6);
        assertEq(usd.balanceOf(treasury), 0.75e6);
        assertEq(credit.scoreOf(bob), NEWCOMER - 100);
        assertEq(credit.scoreOf(alice), NEWCOMER);
        assertFalse(registry.isLocked(tokenId));
        assertEq(escrow.tierRentalCount(alice) + escrow.tierRentalCount(bob), 0);

        address[] memory renters = new address[](2);
        (renters[0], renters[1]) = (alice, bob);
        address[] memory receivers = new address[](2);
        (receivers[0], receivers[1]) = (provider, treasury);
        _assertConserved(renters, receivers, 0);
    }

    /// @dev The v1 attack: the owner's device reports 100 % damage at `end` and the owner ends
    /// the rental at once. In v2 the deposit is held through the inspection, the provider
    /// cannot waive it, the renter disputes, and the panel's ruling of 0 returns the whole
    /// deposit and slashes the pledge.
    function test_DamageReportDisputedDuringInspection() public {
        (, uint256 listingId) = _listed("bike-9");
        uint64 start = uint64(block.timestamp);
        uint256 rentalId = _rent(alice, listingId, 2 hours);
        vm.warp(start + 2 hours);
        _report(rentalId, 0, 10_000, 1);
        _end(provider, rentalId);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.NotReleasable.selector, rentalId, start + 2 hours + INSPECTION)
        );
        escrow.releaseDeposit(rentalId);

        vm.warp(start + 2 hours + 1 hours);
        vm.prank(alice);
        uint256 disputeId = escrow.openDispute(rentalId, keccak256("it was fine"));
        for (uint256 i = 0; i < arbiters.length; ++i) {
            vm.prank(arbiters[i]);
            arbitration.vote(disputeId, 0);
        }
        arbitration.execute(disputeId);

        // the rent stays paid (19.5 + 0.5); the whole deposit comes back; the pledge goes to alice
        assertEq(usd.balanceOf(alice), 1_000_000 * USD - 20 * USD);
        assertEq(shr.balanceOf(alice), 150 ether);
        assertEq(credit.scoreOf(alice), NEWCOMER + 10); // DisputeWon
        assertEq(credit.scoreOf(provider), NEWCOMER - 50); // DisputeLost
        assertEq(usd.balanceOf(address(escrow)), 0);
    }

    /// @dev A late renter holds the asset into the next booking: the next renter cannot check
    /// in, cancels for free after the start; the late return pays a late fee at release.
    function test_LateRenterAndTheNextBooking() public {
        (uint256 tokenId, uint256 listingId) = _listed("pile-3");
        uint64 start = uint64(block.timestamp);
        uint256 a = _rent(alice, listingId, 2 hours);
        uint256 b = _book(bob, listingId, start + 2 hours, 2 hours);
        vm.warp(start + 2 hours + 30 minutes);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetBusy.selector, tokenId, a));
        escrow.checkIn(b);
        vm.prank(bob);
        escrow.cancel(b);
        assertEq(usd.balanceOf(bob), 1_000_000 * USD);

        vm.warp(start + 3 hours);
        _end(alice, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(a);
        // late fee ceil(10 × 3600 × 2 / 3600) = 20 from the deposit
        assertEq(usd.balanceOf(alice), 1_000_000 * USD - 20 * USD - 20 * USD);
        assertEq(usd.balanceOf(provider), 19.5e6 + 20 * USD);
        assertEq(credit.scoreOf(alice), NEWCOMER - 20);
        assertEq(shr.balanceOf(alice), 0);
        assertEq(usd.balanceOf(address(escrow)), 0);
    }
}
