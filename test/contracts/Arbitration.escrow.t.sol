// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {LifeBase} from "./utils/LifeBase.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The escrow side of a dispute: openDispute, the freeze, and resolveDispute as the
/// panel's execute applies it (INTERFACE.md §2 "Ruling at time t").
contract ArbitrationEscrowTest is LifeBase {
    uint64 internal constant DURATION = 3 hours;

    uint256 internal tokenId;
    uint256 internal listingId;
    uint256 internal rentalId;
    uint256 internal end;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId, rentalId) = _rentedBy(renter, "bike-1", DURATION);
        end = START_TIME + DURATION;
    }

    // ---------------------------------------------------------------- openDispute

    function test_OpenDisputeByRenter() public {
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, renter, EVIDENCE_HASH);
        uint256 disputeId = _openDispute(renter, rentalId);
        assertEq(disputeId, 1);
        _assertFrozen(disputeId);
        assertEq(arbitration.getDispute(disputeId).opener, renter);
    }

    function test_OpenDisputeByProvider() public {
        vm.warp(START_TIME + 1 hours);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, provider, bytes32(uint256(7)));
        vm.prank(provider);
        uint256 disputeId = escrow.openDispute(rentalId, bytes32(uint256(7)));
        _assertFrozen(disputeId);
        assertEq(arbitration.getDispute(disputeId).opener, provider);
    }

    function test_OpenDisputeAtGraceDeadline() public {
        vm.warp(end + GRACE);
        uint256 disputeId = _openDispute(renter, rentalId);
        _assertFrozen(disputeId);
    }

    function test_RevertWhen_OpenDisputeNotParty() public {
        address[3] memory callers = [stranger, arbiters[0], admin];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, callers[i]));
            vm.prank(callers[i]);
            escrow.openDispute(rentalId, EVIDENCE_HASH);
        }
        _assertStatus(rentalId, IPledgeEscrow.RentalStatus.Active);
    }

    function test_RevertWhen_OpenDisputeAfterGrace() public {
        vm.warp(end + GRACE + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, uint64(end + GRACE)));
        vm.prank(renter);
        escrow.openDispute(rentalId, EVIDENCE_HASH);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, uint64(end + GRACE)));
        vm.prank(provider);
        escrow.openDispute(rentalId, EVIDENCE_HASH);
    }

    function test_RevertWhen_OpenDisputeTwice() public {
        _openDispute(renter, rentalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
        vm.prank(provider);
        escrow.openDispute(rentalId, EVIDENCE_HASH);
        assertEq(arbitration.disputeCount(), 1);
    }

    function test_RevertWhen_OpenDisputeOnSettledRental() public {
        vm.prank(renter);
        escrow.endRental(rentalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Settled
            )
        );
        vm.prank(renter);
        escrow.openDispute(rentalId, EVIDENCE_HASH);
    }

    function test_RevertWhen_OpenDisputeUnknownRental() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, 99, IPledgeEscrow.RentalStatus.None)
        );
        vm.prank(renter);
        escrow.openDispute(99, EVIDENCE_HASH);
    }

    // ---------------------------------------------------------------- the freeze

    function test_RevertWhen_DisputedRentalEnds() public {
        _openDispute(renter, rentalId);
        bytes memory err = _notActive(IPledgeEscrow.RentalStatus.Disputed);
        vm.expectRevert(err);
        vm.prank(renter);
        escrow.endRental(rentalId);
        vm.warp(end + 1);
        vm.expectRevert(err);
        vm.prank(provider);
        escrow.endRental(rentalId);
    }

    function test_RevertWhen_DisputedRentalDefaults() public {
        _openDispute(renter, rentalId);
        vm.warp(end + GRACE + 1);
        vm.expectRevert(_notActive(IPledgeEscrow.RentalStatus.Disputed));
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
    }

    function test_RevertWhen_DisputedRentalReportsUsage() public {
        _openDispute(provider, rentalId);
        bytes memory sig = _signUsage(deviceKey, rentalId, 100, 500, 1);
        vm.expectRevert(_notActive(IPledgeEscrow.RentalStatus.Disputed));
        escrow.reportUsage(rentalId, 100, 500, 1, sig);
    }

    function test_RevertWhen_DisputedRentalConfirmed() public {
        _openDispute(provider, rentalId);
        vm.expectRevert(_notActive(IPledgeEscrow.RentalStatus.Disputed));
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Locked);
    }

    // ---------------------------------------------------------------- resolveDispute

    function test_RevertWhen_ResolveDisputeNotArbitration() public {
        _openDispute(renter, rentalId);
        address[4] memory callers = [stranger, admin, governor, arbiters[0]];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, callers[i]));
            vm.prank(callers[i]);
            escrow.resolveDispute(rentalId, 10_000);
        }
        _assertStatus(rentalId, IPledgeEscrow.RentalStatus.Disputed);
    }

    function test_RulingSplitsRentAndDeposit() public {
        vm.warp(START_TIME + 90 minutes);
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 7000, 7000, 7000);

        // rent 30 tUSD, 15 earned by 90 minutes; 70 of the 100 deposit to the provider
        uint256 fee = 375_000; // floor(15 tUSD × 2.5 %)
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeResolved(rentalId, disputeId, 7000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 15 * USD, 0, 70 * USD, 0, fee, 45 * USD);
        _execute(stranger, disputeId);

        assertEq(usd.balanceOf(provider), 15 * USD - fee + 70 * USD);
        assertEq(usd.balanceOf(renter), RENTER_USD - 130 * USD + 45 * USD);
        assertEq(usd.balanceOf(treasury), fee);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(usd.balanceOf(stranger), 0);
        _assertResolved();
        // no reward after a dispute
        assertEq(shr.balanceOf(renter), 0);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
    }

    function test_RulingChargesMinimumDuration() public {
        vm.warp(START_TIME + 10 minutes);
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 2000, 2000, 2000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 10 * USD, 0, 20 * USD, 0, 250_000, 100 * USD);
        _execute(stranger, disputeId);
        assertEq(usd.balanceOf(provider), 10 * USD - 250_000 + 20 * USD);
        assertEq(usd.balanceOf(renter), RENTER_USD - 30 * USD);
    }

    function test_RulingAfterEndChargesFullRentWithoutLateFee() public {
        vm.warp(end + GRACE);
        uint256 disputeId = _openDispute(provider, rentalId);
        vm.warp(end + GRACE + VOTING + 1);
        // no vote: neutral ruling, half the deposit each
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 30 * USD, 0, 50 * USD, 0, 750_000, 50 * USD);
        _execute(stranger, disputeId);
        assertEq(usd.balanceOf(provider), 30 * USD - 750_000 + 50 * USD);
        assertEq(usd.balanceOf(renter), RENTER_USD - 80 * USD);
        assertEq(usd.balanceOf(treasury), 750_000);
    }

    function test_RulingIgnoresUsageAndDamage() public {
        escrow.reportUsage(rentalId, 3000, 4000, 1, _signUsage(deviceKey, rentalId, 3000, 4000, 1));
        vm.warp(end);
        uint256 disputeId = _openDispute(provider, rentalId);
        _vote3(disputeId, 1000, 1000, 1000);
        // usage 30 tUSD and damage 40 % would be charged at a return; a ruling charges neither
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 30 * USD, 0, 10 * USD, 0, 750_000, 90 * USD);
        _execute(stranger, disputeId);
        assertEq(usd.balanceOf(provider), 30 * USD - 750_000 + 10 * USD);
        assertEq(usd.balanceOf(renter), RENTER_USD - 40 * USD);
    }

    function test_RulingZeroSlashesLockedPledge() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 0, 0, 2000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeResolved(rentalId, disputeId, 0);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 10 * USD, 0, 0, 0, 250_000, 120 * USD);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.PledgeSlashed(listingId, renter, PLEDGE);
        _execute(stranger, disputeId);

        _assertPledge(listingId, IPledgeEscrow.PledgeState.Slashed);
        assertEq(shr.balanceOf(renter), PLEDGE);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
        assertEq(shr.balanceOf(address(escrow)), 0);
        assertEq(usd.balanceOf(renter), RENTER_USD - 10 * USD);
        assertEq(usd.balanceOf(provider), 10 * USD - 250_000);
        _assertResolved();
    }

    function test_RulingZeroAfterConfirmationSlashesNothing() public {
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 0, 0, 0);
        vm.recordLogs();
        _execute(stranger, disputeId);
        assertEq(_countLogs(vm.getRecordedLogs(), address(escrow), PLEDGE_SLASHED), 0);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Released);
        assertEq(shr.balanceOf(renter), 0);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR);
    }

    function test_RulingAboveZeroKeepsPledgeLocked() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 1, 1, 1);
        vm.recordLogs();
        _execute(stranger, disputeId);
        assertEq(_countLogs(vm.getRecordedLogs(), address(escrow), PLEDGE_SLASHED), 0);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Locked);
        assertEq(shr.balanceOf(address(escrow)), PLEDGE);
        assertEq(shr.balanceOf(renter), 0);
        // the provider's share of 1 bps of 100 tUSD
        assertEq(usd.balanceOf(provider), 10 * USD - 250_000 + 10_000);
    }

    function test_ListingRentableAfterRuling() public {
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, 5000, 5000, 5000);
        _execute(stranger, disputeId);
        uint256 next = _rent(renter2, listingId, 2 hours);
        assertEq(next, rentalId + 1);
        assertEq(escrow.activeRentalOf(tokenId), next);
        assertEq(registry.userOf(tokenId), renter2);
    }

    function testFuzz_RulingSplit(uint16 share, uint256 elapsed) public {
        share = uint16(bound(share, 0, 10_000));
        elapsed = bound(elapsed, 0, DURATION + GRACE);
        vm.warp(START_TIME + elapsed);
        uint256 disputeId = _openDispute(renter, rentalId);
        _vote3(disputeId, share, share, share);

        uint256 paidRent = 30 * USD;
        uint256 charged = _charged(START_TIME, end, block.timestamp);
        uint256 fee = _fee(charged);
        uint256 toProvider = LISTED_DEPOSIT * share / 10_000;
        uint256 refund = paidRent - charged + LISTED_DEPOSIT - toProvider;
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, charged, 0, toProvider, 0, fee, refund);
        _execute(stranger, disputeId);

        assertEq(usd.balanceOf(provider), charged - fee + toProvider);
        assertEq(usd.balanceOf(renter), RENTER_USD - paidRent - LISTED_DEPOSIT + refund);
        assertEq(usd.balanceOf(treasury), fee);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(shr.balanceOf(renter), share == 0 ? PLEDGE : 0);
        _assertResolved();
    }

    // ---------------------------------------------------------------- helpers

    function _notActive(IPledgeEscrow.RentalStatus status) internal view returns (bytes memory) {
        return abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, status);
    }

    /// @dev The rental is disputed under `disputeId`; funds and the asset stay where they were.
    function _assertFrozen(uint256 disputeId) internal view {
        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Disputed));
        assertEq(r.disputeId, disputeId);
        assertEq(arbitration.disputeOf(rentalId), disputeId);
        assertEq(arbitration.getDispute(disputeId).rentalId, rentalId);
        assertEq(arbitration.getDispute(disputeId).renter, renter);
        assertEq(arbitration.getDispute(disputeId).provider, provider);
        assertEq(escrow.activeRentalOf(tokenId), rentalId);
        assertEq(escrow.activeRentalCount(renter), 1);
        assertEq(registry.assetOf(tokenId).user, renter);
        assertEq(usd.balanceOf(address(escrow)), 130 * USD);
    }

    function _assertResolved() internal view {
        _assertStatus(rentalId, IPledgeEscrow.RentalStatus.Resolved);
        _assertAssetFree(tokenId);
        assertEq(escrow.activeRentalCount(renter), 0);
        assertEq(escrow.claimable(address(usd), renter), 0);
        assertEq(escrow.claimable(address(usd), provider), 0);
        assertTrue(escrow.getListing(listingId).open);
    }
}
