// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Fixture} from "./Fixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Shared helpers of the PledgeEscrow unit tests: the fixture's terms and the deployed
/// defaults spelled out (never read from Defaults.sol or the contract), the money rules of
/// INTERFACE.md §2 written out again here, and short-hands for the steps of a rental.
abstract contract EscrowHelpers is Fixture {
    // the fixture listing's terms (Fixture._terms)
    uint256 internal constant PRICE = 10 * USD;
    uint256 internal constant DEPOSIT = 100 * USD;
    uint64 internal constant MIN_DURATION = 1 hours;
    uint64 internal constant MAX_DURATION = 7 days;
    uint256 internal constant PER_UNIT = USD / 100;
    uint16 internal constant CANCEL_BPS = 5000;
    uint64 internal constant FREE_BEFORE = 1 days;

    // the deployed defaults (INTERFACE.md §3)
    uint16 internal constant FEE_BPS = 250;
    uint64 internal constant GRACE = 86_400;
    uint16 internal constant LATE_BPS = 20_000;
    uint64 internal constant INSPECTION = 7200;
    uint64 internal constant MIN_RENTAL = 3600;
    uint64 internal constant MAX_ADVANCE = 90 days;
    uint256 internal constant BASE_PLEDGE = 100 ether;
    uint256 internal constant EPOCH_CAP = 100_000 ether;
    uint256 internal constant RATE = 1e14;
    uint16 internal constant NEWCOMER = 500;
    uint256 internal constant TIER1_BPS = 15_000; // a newcomer's deposit and pledge multiplier

    // outcome codes and their default deltas
    uint8 internal constant COMPLETED_ON_TIME = 0;
    uint8 internal constant RETURNED_LATE = 1;
    uint8 internal constant DEFAULTED = 2;
    uint8 internal constant DAMAGE_CAUSED = 3;
    uint8 internal constant ASSET_CONFIRMED = 6;
    uint8 internal constant NO_SHOW = 8;
    uint8 internal constant PROVIDER_CANCELLED = 9;

    address internal stranger = makeAddr("stranger");
    address internal keeper = makeAddr("keeper");
    address internal payee = makeAddr("payee");
    address internal platformA = makeAddr("platformA");
    address internal platformB = makeAddr("platformB");

    /// @dev the fixture rental's deposit: ceil(100 tUSD × 15 000 / 10 000).
    uint256 internal constant PAID_DEPOSIT = 150 * USD;

    function _report(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce) internal {
        bytes memory sig = _signUsage(deviceKey, rentalId, units, damageBps, nonce);
        escrow.reportUsage(rentalId, units, damageBps, nonce, sig);
    }

    function _end(address who, uint256 rentalId) internal {
        vm.prank(who);
        escrow.endRental(rentalId);
    }

    function _release(uint256 rentalId) internal {
        vm.prank(keeper);
        escrow.releaseDeposit(rentalId);
    }

    /// @dev rents `listingId` with a platform.
    function _rentVia(address who, uint256 listingId, uint64 start, uint64 duration, address platform)
        internal
        returns (uint256 rentalId)
    {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(who);
        rentalId = escrow.rent(listingId, start, duration, hash, platform);
    }

    function _setPlatform(address platform, uint16 shareBps) internal {
        vm.prank(governor);
        escrow.setPlatform(platform, shareBps);
    }

    function _setParams(IPledgeEscrow.Params memory p) internal {
        vm.prank(governor);
        escrow.setParams(p);
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    /// @dev ceil(pricePerHour × seconds / 3600).
    function _expRent(uint256 pricePerHour, uint256 seconds_) internal pure returns (uint256) {
        return _ceilDiv(pricePerHour * seconds_, 3600);
    }

    /// @dev floor(amount × bps / 10 000).
    function _share(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return amount * bps / 10_000;
    }

    /// @dev ceil(pricePerHour × late × lateFeeBps / (3600 × 10 000)).
    function _expLate(uint256 pricePerHour, uint256 late) internal pure returns (uint256) {
        return _ceilDiv(pricePerHour * late * LATE_BPS, 3600 * 10_000);
    }

    /// @dev how many logs of `topic0` `emitter` wrote.
    function _count(Vm.Log[] memory logs, address emitter, bytes32 topic0) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) ++n;
        }
    }
}
