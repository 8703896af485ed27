// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice Fuzzed settlements: whatever the duration, return time, usage, damage, platform
/// shares and ruling, every tUSD paid in comes out to the renter, the payee, the platforms
/// or the treasury, the escrow ends empty, and the release matches INTERFACE.md §2.
contract PledgeEscrowFuzzTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        tokenId = _asset(provider, "bike");
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        listingId = _listWith(provider, tokenId, t);
    }

    function _platforms(uint16 shareA, uint16 shareB) internal returns (address renterPlatform) {
        shareA = uint16(bound(shareA, 0, 10_000));
        shareB = uint16(bound(shareB, 0, 10_000));
        if (shareA != 0) {
            _setPlatform(platformA, shareA);
            IPledgeEscrow.Terms memory t = _terms();
            t.payee = payee;
            t.platform = platformA;
            vm.prank(provider);
            escrow.updateListing(listingId, t);
        }
        if (shareB != 0) {
            _setPlatform(platformB, shareB);
            renterPlatform = platformB;
        }
    }

    function _out() internal view returns (uint256) {
        return usd.balanceOf(payee) + usd.balanceOf(treasury) + usd.balanceOf(platformA) + usd.balanceOf(platformB);
    }

    function testFuzz_ReturnAndRelease(
        uint64 duration,
        uint64 returnAfter,
        uint256 units,
        uint16 damageBps,
        uint16 shareA,
        uint16 shareB
    ) public {
        duration = uint64(bound(duration, MIN_RENTAL, MAX_DURATION));
        returnAfter = uint64(bound(returnAfter, 0, duration + GRACE));
        units = bound(units, 0, 1e12);
        damageBps = uint16(bound(damageBps, 0, 10_000));
        address renterPlatform = _platforms(shareA, shareB);

        uint256 start = block.timestamp;
        uint256 rentalId = _rentVia(renter, listingId, 0, duration, renterPlatform);
        if (units != 0 || damageBps != 0) _report(rentalId, units, damageBps, 1);
        vm.warp(start + returnAfter);
        _end(renter, rentalId);
        vm.warp(block.timestamp + INSPECTION + 1);
        uint256 before = usd.balanceOf(renter);
        _release(rentalId);

        (uint256 left, uint256 charges) = _expected(duration, returnAfter, units, damageBps);

        assertEq(usd.balanceOf(renter) - before, left, "deposit refund");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
        assertEq(1_000_000 * USD - usd.balanceOf(renter), _out(), "conservation");
        assertEq(_out(), charges, "charges");
    }

    /// @dev the refund of the deposit and everything charged, from the rules.
    function _expected(uint64 duration, uint64 returnAfter, uint256 units, uint16 damageBps)
        internal
        pure
        returns (uint256 left, uint256 charges)
    {
        uint256 rentPaid = _expRent(PRICE, duration);
        uint256 billed = returnAfter < duration ? returnAfter : duration;
        if (billed < MIN_RENTAL) billed = MIN_RENTAL;
        charges = _min(_expRent(PRICE, billed), rentPaid);
        left = PAID_DEPOSIT;
        uint256 taken = _min(units * PER_UNIT, left);
        left -= taken;
        charges += taken;
        taken = _min(_share(PAID_DEPOSIT, damageBps), left);
        left -= taken;
        charges += taken;
        taken = returnAfter > duration ? _min(_expLate(PRICE, returnAfter - duration), left) : 0;
        left -= taken;
        charges += taken;
    }

    function testFuzz_Ruling(uint64 disputeAfter, uint64 returnAfter, uint64 ruleAfter, uint16 share, bool inInspection)
        public
    {
        uint64 duration = 4 hours;
        share = uint16(bound(share, 0, 10_000));
        uint256 start = block.timestamp;
        uint256 rentalId = _rent(renter, listingId, duration);
        uint256 disputeId;
        if (inInspection) {
            returnAfter = uint64(bound(returnAfter, 0, duration + GRACE));
            vm.warp(start + returnAfter);
            _end(renter, rentalId);
            vm.warp(block.timestamp + bound(disputeAfter, 0, INSPECTION));
            vm.prank(renter);
            disputeId = escrow.openDispute(rentalId, bytes32(0));
        } else {
            // the provider may dispute until end + grace; the renter may return while disputed
            disputeAfter = uint64(bound(disputeAfter, 0, duration + GRACE));
            vm.warp(start + disputeAfter);
            vm.prank(provider);
            disputeId = escrow.openDispute(rentalId, bytes32(0));
            if (returnAfter % 2 == 0) {
                vm.warp(start + bound(returnAfter, disputeAfter, duration + GRACE));
                _end(renter, rentalId);
            }
        }
        for (uint256 i = 0; i < arbiters.length; ++i) {
            vm.prank(arbiters[i]);
            arbitration.vote(disputeId, share);
        }
        vm.warp(block.timestamp + bound(ruleAfter, 0, 10 days));
        arbitration.execute(disputeId);

        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Resolved));
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
        assertEq(1_000_000 * USD - usd.balanceOf(renter), _out(), "conservation");
        assertEq(escrow.tierRentalCount(renter), 0);
        assertFalse(registry.isLocked(tokenId));
        assertEq(registry.userOf(tokenId), address(0));
    }
}
