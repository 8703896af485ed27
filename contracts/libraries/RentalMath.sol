// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Settlement arithmetic of the pledge escrow
/// @notice Pure functions for the money rules of INTERFACE.md §2. Every split they return
/// adds up exactly to the rent and deposit held for the rental.
///
/// Listing terms are bounded below 2^128 at `list`, which keeps every product here far
/// from overflow; the metered usage fee alone saturates (units come from a device).
library RentalMath {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant HOUR = 3600;

    /// @notice The amounts of one settlement. The provider receives
    /// `rentCharged + usageFee − platformFee + damage + lateFee`; the renter `refund`.
    struct Settlement {
        uint256 rentCharged;
        uint256 usageFee;
        uint256 damage;
        uint256 lateFee;
        uint256 platformFee;
        uint256 refund;
        uint256 toProvider;
    }

    /// @notice The rental terms and holdings a settlement needs.
    struct Terms {
        uint256 pricePerHour;
        uint256 pricePerUnit;
        uint256 rent;
        uint256 deposit;
        uint256 units;
        uint64 start;
        uint64 end;
        uint64 minDuration;
        uint16 damageBps;
    }

    /// @notice ceil(pricePerHour × duration / 3600): the rent paid up front for `duration` seconds.
    function rentFor(uint256 pricePerHour, uint256 duration) internal pure returns (uint256) {
        return Math.mulDiv(pricePerHour, duration, HOUR, Math.Rounding.Ceil);
    }

    /// @notice ceil(amount × bps / 10 000): a tier-adjusted deposit.
    function scaleUp(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return Math.mulDiv(amount, bps, BPS, Math.Rounding.Ceil);
    }

    /// @notice floor(amount × bps / 10 000): fees, damage, pledges and deposit shares.
    function share(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return Math.mulDiv(amount, bps, BPS);
    }

    /// @notice ceil(pricePerHour × max(min(t, end) − start, minDuration) / 3600): the rent
    /// earned by time `t`, never less than the minimum duration, never more than was paid.
    function rentCharged(Terms memory r, uint256 t) internal pure returns (uint256) {
        uint256 until = t < r.end ? t : r.end;
        uint256 billed = Math.max(until - r.start, r.minDuration);
        return Math.min(rentFor(r.pricePerHour, billed), r.rent);
    }

    /// @notice The settlement of a return at time `t` (start ≤ t): usage fee, then damage,
    /// then late fee come out of the deposit, each capped at what is left.
    function settleReturn(Terms memory r, uint256 t, uint16 platformFeeBps, uint16 lateFeeBps)
        internal
        pure
        returns (Settlement memory s)
    {
        s.rentCharged = rentCharged(r, t);
        uint256 left = r.deposit;

        (bool ok, uint256 usage) = Math.tryMul(r.units, r.pricePerUnit);
        s.usageFee = ok ? Math.min(usage, left) : left;
        left -= s.usageFee;

        s.damage = Math.min(share(r.deposit, r.damageBps), left);
        left -= s.damage;

        if (t > r.end) {
            uint256 late =
                Math.mulDiv(r.pricePerHour, (t - r.end) * uint256(lateFeeBps), HOUR * BPS, Math.Rounding.Ceil);
            s.lateFee = Math.min(late, left);
            left -= s.lateFee;
        }

        s.platformFee = share(s.rentCharged + s.usageFee, platformFeeBps);
        s.toProvider = s.rentCharged + s.usageFee - s.platformFee + s.damage + s.lateFee;
        s.refund = (r.rent - s.rentCharged) + left;
    }

    /// @notice The settlement of a ruling at time `t`: rent as at a return without late fee,
    /// no usage fee, the provider's share of the deposit reported as `damage`.
    function settleRuling(Terms memory r, uint256 t, uint16 platformFeeBps, uint16 providerShareBps)
        internal
        pure
        returns (Settlement memory s)
    {
        s.rentCharged = rentCharged(r, t);
        s.damage = share(r.deposit, providerShareBps);
        s.platformFee = share(s.rentCharged, platformFeeBps);
        s.toProvider = s.rentCharged - s.platformFee + s.damage;
        s.refund = (r.rent - s.rentCharged) + (r.deposit - s.damage);
    }
}
