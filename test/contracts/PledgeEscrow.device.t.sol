// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice endRentalByDevice: a return at the time the asset's device signed, relayed by anyone —
/// the rent and the late fee computed at that time, the inspection from the relay.
contract PledgeEscrowDeviceReturnTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike");
    }

    /// @dev Relays the fixture device's Return of `rentalId` at `returnedAt` as `relayer`.
    function _deviceReturn(address relayer, uint256 rentalId, uint64 returnedAt) internal {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, returnedAt, deadline);
        vm.prank(relayer);
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
    }

    // ---------------------------------------------------------------- returns

    function test_EndRentalByDevice_EarlyReturnChargesToReturnedAt() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        uint64 returnedAt = s + 90 minutes;
        // relayed half an hour after the dock saw the asset back, by a stranger.
        vm.warp(s + 2 hours);
        uint64 now_ = uint64(block.timestamp);
        uint256 renterBefore = usd.balanceOf(renter);
        // charged ceil(10 tUSD × 5400 / 3600) = 15 tUSD, fee 2.5 %, 15 tUSD back to the renter.
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, device, returnedAt, 15 * USD, 15 * USD, 0.375e6, now_ + INSPECTION);
        _deviceReturn(stranger, rentalId, returnedAt);

        assertEq(usd.balanceOf(renter) - renterBefore, 15 * USD);
        assertEq(usd.balanceOf(provider), 15 * USD - 0.375e6);
        assertEq(usd.balanceOf(treasury), 0.375e6);
        assertEq(usd.balanceOf(address(escrow)), PAID_DEPOSIT);
        IPledgeEscrow.Rental memory r = _rental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Returned));
        assertEq(r.returnedAt, returnedAt);
        assertEq(r.inspectionEnd, now_ + INSPECTION);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        assertEq(escrow.tierRentalCount(renter), 0);
        // the slot ends at returnedAt
        assertTrue(escrow.isSlotFree(tokenId, returnedAt, s + 3 hours));
        assertFalse(escrow.isSlotFree(tokenId, returnedAt - 1, returnedAt));
    }

    function test_EndRentalByDevice_LateReturnLateFeeAtRelease() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 end = s + 2 hours;
        uint64 returnedAt = end + 1 hours;
        vm.warp(end + 3 hours);
        uint64 now_ = uint64(block.timestamp);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, device, returnedAt, 20 * USD, 0, 0.5e6, now_ + INSPECTION);
        _deviceReturn(renter, rentalId, returnedAt);

        // the late fee runs to returnedAt, not to the relay: ceil(10 tUSD × 3600 × 20 000 / (3600 × 10 000)).
        uint256 lateFee = _expLate(PRICE, 1 hours);
        assertEq(lateFee, 20 * USD);
        vm.warp(now_ + INSPECTION + 1);
        uint256 before = usd.balanceOf(renter);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, 20 * USD, 0, 0, lateFee, 0.5e6, PAID_DEPOSIT - lateFee
        );
        vm.expectEmit(address(credit));
        emit ICreditRegistry.OutcomeRecorded(renter, provider, RETURNED_LATE);
        _release(rentalId);
        assertEq(usd.balanceOf(renter) - before, PAID_DEPOSIT - lateFee);
        assertEq(usd.balanceOf(provider), 20 * USD - 0.5e6 + lateFee);
        assertEq(shr.balanceOf(renter), 0, "a late return earns no reward");
    }

    function test_EndRentalByDevice_RelayedAfterGraceWhenNotDefaulted() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 deadline = s + 2 hours + GRACE;
        // the device saw the asset back at the last moment of the grace period; relayed days later.
        vm.warp(deadline + 5 days);
        uint64 now_ = uint64(block.timestamp);
        _deviceReturn(keeper, rentalId, deadline);
        IPledgeEscrow.Rental memory r = _rental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Returned));
        assertEq(r.returnedAt, deadline);
        // a full inspection from the relay, so the renter can still dispute.
        assertEq(r.inspectionEnd, now_ + INSPECTION);
        vm.prank(keeper);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Returned
            )
        );
        escrow.collectDefault(rentalId);
    }

    function test_EndRentalByDevice_DisputedRentalIsReturnedWithoutPayment() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("not as described"));
        uint64 returnedAt = s + 1 hours;
        vm.warp(s + 2 hours);
        uint256 held = usd.balanceOf(address(escrow));
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(rentalId, device, returnedAt, 0, 0, 0, 0);
        _deviceReturn(stranger, rentalId, returnedAt);

        assertEq(usd.balanceOf(address(escrow)), held, "nothing paid");
        IPledgeEscrow.Rental memory r = _rental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Disputed));
        assertEq(r.returnedAt, returnedAt);
        assertEq(r.inspectionEnd, 0);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, returnedAt));
        _deviceReturn(stranger, rentalId, returnedAt);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, returnedAt));
        escrow.endRental(rentalId);
    }

    function testFuzz_EndRentalByDevice_ChargesAsAReturnAtReturnedAt(uint256 atSeed, uint256 delaySeed) public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        uint64 returnedAt = uint64(bound(atSeed, s, s + 3 hours + GRACE));
        vm.warp(bound(delaySeed, returnedAt, uint256(returnedAt) + 10 days));
        uint256 billed = _min(returnedAt, s + 3 hours) - s;
        if (billed < MIN_RENTAL) billed = MIN_RENTAL;
        uint256 charged = _min(_expRent(PRICE, billed), 30 * USD);
        uint256 fee = _share(charged, FEE_BPS);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Returned(
            rentalId, device, returnedAt, charged, 30 * USD - charged, fee, uint64(block.timestamp) + INSPECTION
        );
        _deviceReturn(stranger, rentalId, returnedAt);
    }

    // ---------------------------------------------------------------- refusals

    function test_RevertWhen_EndRentalByDeviceReturnedAtInTheFuture() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        vm.warp(s + 1 hours);
        uint64 now_ = uint64(block.timestamp);
        uint256 deadline = now_ + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, now_ + 1, deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBadReturnTime.selector, rentalId, now_ + 1, s, now_));
        escrow.endRentalByDevice(rentalId, now_ + 1, deadline, sig);
    }

    function test_RevertWhen_EndRentalByDeviceReturnedAtBeforeStart() public {
        uint64 start = uint64(block.timestamp + 1 days);
        uint256 rentalId = _book(renter, listingId, start, 3 hours);
        vm.warp(start + 10 minutes);
        vm.prank(renter);
        escrow.checkIn(rentalId);
        uint64 now_ = uint64(block.timestamp);
        uint256 deadline = now_ + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, start - 1, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowBadReturnTime.selector, rentalId, start - 1, start, now_)
        );
        escrow.endRentalByDevice(rentalId, start - 1, deadline, sig);
    }

    function test_RevertWhen_EndRentalByDeviceReturnedAtAfterGrace() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 latest = s + 2 hours + GRACE;
        vm.warp(latest + 1 hours);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, latest + 1, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowBadReturnTime.selector, rentalId, latest + 1, s, latest)
        );
        escrow.endRentalByDevice(rentalId, latest + 1, deadline, sig);
    }

    function test_RevertWhen_EndRentalByDeviceDeadlinePassed() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint256 deadline = s + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, s + 30 minutes, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowSignatureExpired.selector, deadline));
        escrow.endRentalByDevice(rentalId, s + 30 minutes, deadline, sig);
        // inclusive: at the deadline itself it is accepted.
        vm.warp(deadline);
        escrow.endRentalByDevice(rentalId, s + 30 minutes, deadline, sig);
        assertEq(_rental(rentalId).returnedAt, s + 30 minutes);
    }

    function test_RevertWhen_EndRentalByDeviceSignedByTheProvider() public {
        (, uint256 providerKey) = makeAddrAndKey("provider");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 returnedAt = uint64(block.timestamp);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(providerKey, rentalId, returnedAt, deadline);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, provider, device));
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
    }

    function test_RevertWhen_EndRentalByDeviceSignedByAStranger() public {
        (address someone, uint256 someoneKey) = makeAddrAndKey("someone");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 returnedAt = uint64(block.timestamp);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(someoneKey, rentalId, returnedAt, deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, someone, device));
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
        // a signature that recovers to no one
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, address(0), device));
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, new bytes(65));
    }

    function test_RevertWhen_EndRentalByDeviceReplayed() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 returnedAt = uint64(block.timestamp + 1 hours);
        vm.warp(returnedAt);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, returnedAt, deadline);
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, returnedAt));
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AlreadyReturned.selector, rentalId, returnedAt));
        escrow.endRental(rentalId);
    }

    function test_RevertWhen_EndRentalByDeviceDefaulted() public {
        uint64 s = uint64(block.timestamp);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 latest = s + 2 hours + GRACE;
        uint256 deadline = latest + 1 days;
        bytes memory sig = _signReturn(deviceKey, rentalId, latest, deadline);
        vm.warp(latest + 1);
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Defaulted
            )
        );
        escrow.endRentalByDevice(rentalId, latest, deadline, sig);
    }

    function test_RevertWhen_EndRentalByDeviceBooked() public {
        uint64 start = uint64(block.timestamp + 1 days);
        uint256 rentalId = _book(renter, listingId, start, 2 hours);
        vm.warp(start + 1 hours);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, start, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Booked
            )
        );
        escrow.endRentalByDevice(rentalId, start, deadline, sig);
    }
}
