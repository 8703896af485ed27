// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice PledgeEscrow money rules under fuzzed terms, tiers, usage, damage, params and
/// return or default times: the exact split of INTERFACE.md §2, conservation (what came in
/// for a rental is exactly what goes out to provider, treasury and renter), and an escrow
/// that holds nothing for the rental afterwards.
contract PledgeEscrowFuzzTest is EscrowHelpers {
    uint64 internal constant MAX_FUZZ_DURATION = 365 days;

    address internal treasury1 = makeAddr("treasury1");
    address internal treasury2 = makeAddr("treasury2");

    /// @notice One fuzzed rental: listing terms, renter tier, params at rent and afterwards,
    /// usage and damage reports, and when (and by whom) it ends.
    struct Case {
        uint256 price;
        uint256 deposit;
        uint64 minDuration;
        uint64 duration;
        uint256 perUnit;
        uint8 tier;
        uint16 feeBps;
        uint16 lateBps;
        uint64 grace;
        uint16 feeBps2;
        uint16 lateBps2;
        uint64 grace2;
        uint256 units1;
        uint256 units2;
        uint16 damage1;
        uint16 damage2;
        uint256 at;
        bool byProvider;
    }

    /// @notice What the test expects and what it saw before the call.
    struct Seen {
        uint256 rentalId;
        uint256 paidRent;
        uint256 paidDeposit;
        uint64 start;
        uint64 end;
        uint256 renterUsd;
        uint256 providerUsd;
        uint256 treasuryUsd;
        uint256 renterShr;
        uint256 providerShr;
    }

    // ---------------------------------------------------------------- rent

    function testFuzz_RentPaysRentAndTierDeposit(uint256 price, uint256 deposit, uint64 duration, uint8 tier) public {
        price = bound(price, 1, MAX_TERM);
        deposit = bound(deposit, 1, MAX_TERM);
        duration = uint64(bound(duration, 1, MAX_FUZZ_DURATION));
        tier = uint8(bound(tier, 1, 3));
        uint256 lid = _listWith(provider, _asset(provider, "fuzz"), price, deposit, 0, MAX_FUZZ_DURATION, 0);
        _moveScore(renter, _tierScore(tier));

        uint256 expRent = _ceilDiv(price * duration, 3600);
        uint256 expDeposit = _ceilDiv(deposit * _tierBps(tier), 10_000);
        usd.mint(renter, expRent + expDeposit);
        uint256 before = usd.balanceOf(renter);
        uint256 rid = _rent(renter, lid, duration);

        IPledgeEscrow.Rental memory r = escrow.getRental(rid);
        assertEq(r.rent, expRent);
        assertEq(r.deposit, expDeposit);
        assertEq(r.end - r.start, duration);
        assertEq(before - usd.balanceOf(renter), expRent + expDeposit);
        assertEq(usd.balanceOf(address(escrow)), expRent + expDeposit);
    }

    function testFuzz_PledgeFollowsTierAndBase(uint256 base, uint8 tier) public {
        base = bound(base, 0, 4000 ether);
        tier = uint8(bound(tier, 0, 3));
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, base, treasury);
        _moveScore(provider, _tierScore(tier));
        uint256 before = shr.balanceOf(provider);
        uint256 lid = _list(provider, _asset(provider, "fuzz"));
        uint256 expected = base * _tierBps(tier) / 10_000;
        assertEq(escrow.getListing(lid).pledge, expected);
        assertEq(before - shr.balanceOf(provider), expected);
        assertEq(shr.balanceOf(address(escrow)), expected);
    }

    // ---------------------------------------------------------------- usage

    function testFuzz_UsageAddsUpAndDamageCaps(uint256[4] memory units, uint16[4] memory damage) public {
        (, uint256 lid) = _listed("fuzz");
        uint256 rid = _rent(renter, lid, 2 hours);
        uint256 totalUnits;
        uint256 totalDamage;
        for (uint256 i = 0; i < 4; ++i) {
            units[i] = bound(units[i], 0, type(uint128).max);
            damage[i] = uint16(bound(damage[i], 0, 10_000));
            _report(rid, units[i], damage[i], uint64(i + 1));
            totalUnits += units[i];
            totalDamage += damage[i];
        }
        IPledgeEscrow.Rental memory r = escrow.getRental(rid);
        assertEq(r.units, totalUnits);
        assertEq(r.damageBps, totalDamage > 10_000 ? 10_000 : totalDamage);
        assertEq(r.lastNonce, 4);
    }

    // ---------------------------------------------------------------- return

    function testFuzz_ReturnSplit(Case memory c) public {
        _bound(c);
        Seen memory s = _rentCase(c);
        // params changed after rent: the rental keeps those of its rent
        vm.prank(governor);
        escrow.setParams(c.feeBps2, c.grace2, c.lateBps2, 1 ether, BASE_PLEDGE, treasury2);
        _reportCase(c, s.rentalId);

        uint256 t = s.start + c.at;
        bool byProvider = c.byProvider && t >= s.end;
        vm.warp(t);
        Split memory e = _expReturn(
            Terms({
                pricePerHour: c.price,
                pricePerUnit: c.perUnit,
                paidRent: s.paidRent,
                paidDeposit: s.paidDeposit,
                units: c.units1 + c.units2,
                damageBps: _min(uint256(c.damage1) + c.damage2, 10_000),
                start: s.start,
                end: s.end,
                minDuration: c.minDuration
            }),
            t,
            c.feeBps,
            c.lateBps
        );
        _snapshot(s);

        vm.recordLogs();
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            s.rentalId, renter, provider, e.rentCharged, e.usageFee, e.damage, e.lateFee, e.platformFee, e.refund
        );
        _end(byProvider ? provider : renter, s.rentalId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // the exact split
        uint256 toTreasury = usd.balanceOf(treasury1) - s.treasuryUsd;
        uint256 toProvider = usd.balanceOf(provider) - s.providerUsd;
        uint256 toRenter = usd.balanceOf(renter) - s.renterUsd;
        assertEq(toTreasury, e.platformFee, "treasury");
        assertEq(toProvider, e.toProvider, "provider");
        assertEq(toRenter, e.refund, "renter");
        assertEq(usd.balanceOf(treasury2), 0, "treasury2");
        // the rules' own bounds
        assertLe(e.rentCharged, s.paidRent, "charged <= paid");
        assertLe(e.usageFee + e.damage + e.lateFee, s.paidDeposit, "deductions <= deposit");
        // conservation, and nothing left behind
        assertEq(toTreasury + toProvider + toRenter, s.paidRent + s.paidDeposit, "conservation");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow holds nothing");
        assertEq(escrow.claimable(address(usd), provider), 0);
        assertEq(escrow.claimable(address(usd), renter), 0);
        assertEq(escrow.activeRentalOf(escrow.getRental(s.rentalId).tokenId), 0);
        assertEq(escrow.activeRentalCount(renter), 0);

        // rewards of the params at rent, only for a clean rental
        bool clean = t <= s.end && e.damage == 0 && c.damage1 == 0 && c.damage2 == 0;
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RewardPaid.selector), clean ? 2 : 0);
        assertEq(shr.balanceOf(renter) - s.renterShr, clean ? REWARD : 0);
        assertEq(shr.balanceOf(provider) - s.providerShr, clean ? REWARD : 0);

        // a settled rental never pays out again
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, s.rentalId, IPledgeEscrow.RentalStatus.Settled
            )
        );
        _end(renter, s.rentalId);
    }

    // ---------------------------------------------------------------- default

    function testFuzz_DefaultSplit(Case memory c, uint256 delay) public {
        _bound(c);
        delay = bound(delay, 0, 365 days);
        Seen memory s = _rentCase(c);
        vm.prank(governor);
        escrow.setParams(c.feeBps2, c.grace2, c.lateBps2, 1 ether, BASE_PLEDGE, treasury2);
        _reportCase(c, s.rentalId);

        // one second too early, then due
        uint64 deadline = s.end + c.grace;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, s.rentalId, deadline));
        escrow.collectDefault(s.rentalId);
        vm.warp(uint256(deadline) + 1 + delay);

        uint256 fee = s.paidRent * c.feeBps / 10_000;
        uint256 escrowShr = shr.balanceOf(address(escrow));
        _snapshot(s);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalDefaulted(s.rentalId, renter, provider, s.paidDeposit, fee);
        vm.prank(stranger);
        escrow.collectDefault(s.rentalId);

        uint256 toTreasury = usd.balanceOf(treasury1) - s.treasuryUsd;
        uint256 toProvider = usd.balanceOf(provider) - s.providerUsd;
        assertEq(toTreasury, fee, "treasury");
        assertEq(toProvider, s.paidRent - fee + s.paidDeposit, "provider");
        assertEq(usd.balanceOf(renter), s.renterUsd, "renter");
        assertEq(usd.balanceOf(treasury2), 0, "treasury2");
        assertEq(toTreasury + toProvider, s.paidRent + s.paidDeposit, "conservation");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow holds nothing");
        // the pledge is untouched, nobody is rewarded
        assertEq(shr.balanceOf(address(escrow)), escrowShr);
        assertEq(shr.balanceOf(renter), s.renterShr);
        assertEq(uint8(escrow.getRental(s.rentalId).status), uint8(IPledgeEscrow.RentalStatus.Defaulted));

        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, s.rentalId, IPledgeEscrow.RentalStatus.Defaulted
            )
        );
        escrow.collectDefault(s.rentalId);
    }

    // ---------------------------------------------------------------- helpers

    function _bound(Case memory c) internal pure {
        c.price = bound(c.price, 1, MAX_TERM);
        c.deposit = bound(c.deposit, 1, MAX_TERM);
        c.duration = uint64(bound(c.duration, 1, MAX_FUZZ_DURATION));
        c.minDuration = uint64(bound(c.minDuration, 0, c.duration));
        c.perUnit = bound(c.perUnit, 0, MAX_TERM);
        c.tier = uint8(bound(c.tier, 1, 3));
        c.feeBps = uint16(bound(c.feeBps, 0, 1000));
        c.lateBps = uint16(bound(c.lateBps, 0, type(uint16).max));
        c.grace = uint64(bound(c.grace, 0, 60 days));
        c.feeBps2 = uint16(bound(c.feeBps2, 0, 1000));
        c.lateBps2 = uint16(bound(c.lateBps2, 0, type(uint16).max));
        c.grace2 = uint64(bound(c.grace2, 0, 60 days));
        c.units1 = bound(c.units1, 0, 2 ** 100);
        c.units2 = bound(c.units2, 0, 2 ** 100);
        c.damage1 = uint16(bound(c.damage1, 0, 10_000));
        c.damage2 = uint16(bound(c.damage2, 0, 10_000));
        // early, on time, or late within the grace period (inclusive)
        c.at = bound(c.at, 0, uint256(c.duration) + c.grace);
    }

    /// @dev Sets the params at rent, lists, moves the renter to the tier, funds and rents.
    function _rentCase(Case memory c) internal returns (Seen memory s) {
        vm.prank(governor);
        escrow.setParams(c.feeBps, c.grace, c.lateBps, REWARD, BASE_PLEDGE, treasury1);
        uint256 lid =
            _listWith(provider, _asset(provider, "fuzz"), c.price, c.deposit, c.minDuration, c.duration, c.perUnit);
        _moveScore(renter, _tierScore(c.tier));
        s.paidRent = _ceilDiv(c.price * c.duration, 3600);
        s.paidDeposit = _ceilDiv(c.deposit * _tierBps(c.tier), 10_000);
        usd.mint(renter, s.paidRent + s.paidDeposit);
        s.start = uint64(block.timestamp);
        s.end = s.start + c.duration;
        s.rentalId = _rent(renter, lid, c.duration);
        IPledgeEscrow.Rental memory r = escrow.getRental(s.rentalId);
        assertEq(r.rent, s.paidRent);
        assertEq(r.deposit, s.paidDeposit);
        assertEq(usd.balanceOf(address(escrow)), s.paidRent + s.paidDeposit);
    }

    /// @dev Usage and damage in two reports, nonces with a gap.
    function _reportCase(Case memory c, uint256 rentalId) internal {
        _report(rentalId, c.units1, c.damage1, 3);
        _report(rentalId, c.units2, c.damage2, 7);
    }

    function _snapshot(Seen memory s) internal view {
        s.renterUsd = usd.balanceOf(renter);
        s.providerUsd = usd.balanceOf(provider);
        s.treasuryUsd = usd.balanceOf(treasury1);
        s.renterShr = shr.balanceOf(renter);
        s.providerShr = shr.balanceOf(provider);
    }
}
