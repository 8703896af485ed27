// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Settlement arithmetic of the pledge escrow (protocol v2)
/// @notice Pure functions for the money rules of INTERFACE.md §2.
///
/// Listing prices and deposits are bounded below 2^128 at `list`, durations and times below
/// 2^64 and bps below 2^16, so every product here stays below 2^256 without a 512-bit
/// multiplication; the metered usage fee alone saturates (units come from a device).
library RentalMath {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant HOUR = 3600;
    /// @dev a platform's share applies to half of a fee: each side (listing, renter) may bring one.
    uint256 internal constant PLATFORM_DENOMINATOR = 20_000;

    /// @notice ceil(pricePerHour × seconds_ / 3600): the rent of `seconds_` seconds.
    function rentFor(uint256 pricePerHour, uint256 seconds_) internal pure returns (uint256) {
        // pricePerHour < 2^128 and seconds_ < 2^64: the product cannot overflow.
        return ceilDiv(pricePerHour * seconds_, HOUR);
    }

    /// @notice ceil(amount × bps / 10 000): tier-adjusted deposits and cancellation fees.
    function scaleUp(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return ceilDiv(amount * bps, BPS);
    }

    /// @notice floor(amount × bps / 10 000): platform fees, damage, pledges and ruling shares.
    function share(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return amount * bps / BPS;
    }

    /// @notice The rent charged for a return at `t`: ceil(pricePerHour × max(min(t, end) − start,
    /// minBilled) / 3600), capped at the rent paid. `minBilled` is max(minDuration, minRentalSeconds).
    function rentCharged(uint256 pricePerHour, uint256 start, uint256 end, uint256 t, uint256 minBilled, uint256 paid)
        internal
        pure
        returns (uint256)
    {
        uint256 until = t < end ? t : end;
        uint256 billed = until > start ? until - start : 0;
        if (billed < minBilled) billed = minBilled;
        uint256 charged = rentFor(pricePerHour, billed);
        return charged < paid ? charged : paid;
    }

    /// @notice The late fee of a return at `t`: ceil(pricePerHour × (t − end) × lateFeeBps / (3600 × 10 000)), 0 when `t ≤ end`.
    function lateFee(uint256 pricePerHour, uint256 end, uint256 t, uint256 lateFeeBps) internal pure returns (uint256) {
        if (t <= end) return 0;
        // < 2^128 × 2^64 × 2^16: no overflow.
        return ceilDiv(pricePerHour * (t - end) * lateFeeBps, HOUR * BPS);
    }

    /// @notice units × pricePerUnit, saturating at the largest uint256 (it is capped by the deposit anyway).
    function usageFee(uint256 units, uint256 pricePerUnit) internal pure returns (uint256) {
        if (units == 0 || pricePerUnit == 0) return 0;
        unchecked {
            // the division undoes the product exactly unless it wrapped.
            uint256 product = units * pricePerUnit;
            return product / units == pricePerUnit ? product : type(uint256).max;
        }
    }

    /// @notice The parts of a platform fee `fee`: floor(fee × share / 20 000) for the listing's and
    /// the renter's platforms, the rest for the treasury.
    function platformParts(uint256 fee, uint256 listingShareBps, uint256 renterShareBps)
        internal
        pure
        returns (uint256 listingPart, uint256 renterPart, uint256 treasuryPart)
    {
        listingPart = fee * listingShareBps / PLATFORM_DENOMINATOR;
        renterPart = fee * renterShareBps / PLATFORM_DENOMINATOR;
        // each share ≤ 10 000, so the two parts together never pass the fee.
        treasuryPart = fee - listingPart - renterPart;
    }

    /// @notice ceil(a / b) for b > 0.
    function ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
