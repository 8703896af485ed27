// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Fixture} from "./Fixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Fixture plus the dispute helpers and expected-value arithmetic shared by the
/// Arbitration, escrow dispute and lifecycle tests. Expected amounts are computed here from
/// the rules of INTERFACE.md §2, never by calling the contracts' own math.
abstract contract LifeBase is Fixture {
    // the fixture listing (Fixture._list): 10 tUSD/hour, 100 tUSD deposit, 1 h..7 days, 0.01 tUSD/unit.
    uint256 internal constant PRICE_PER_HOUR = 10 * USD;
    uint256 internal constant LISTED_DEPOSIT = 100 * USD;
    uint64 internal constant MIN_DURATION = 1 hours;
    uint256 internal constant PRICE_PER_UNIT = USD / 100;
    // the deployed defaults of INTERFACE.md §3, written out rather than read from deploy/Defaults.sol.
    uint256 internal constant PLATFORM_FEE_BPS = 250;
    uint64 internal constant GRACE = 86_400;
    uint256 internal constant LATE_FEE_BPS = 20_000;
    uint256 internal constant REWARD = 10 ether;
    uint256 internal constant PLEDGE = 100 ether; // basePledge × 10 000 bps (tier 2)
    uint64 internal constant VOTING = 7 days;
    uint256 internal constant RENTER_USD = 1_000_000 * USD; // what Fixture._fund mints
    uint256 internal constant PROVIDER_SHR = 10_000 ether; // what Fixture mints to the provider

    // credit outcome codes
    uint8 internal constant COMPLETED_ON_TIME = 0;
    uint8 internal constant RETURNED_LATE = 1;
    uint8 internal constant DEFAULTED = 2;
    uint8 internal constant DAMAGE_CAUSED = 3;
    uint8 internal constant DISPUTE_WON = 4;
    uint8 internal constant DISPUTE_LOST = 5;
    uint8 internal constant ASSET_CONFIRMED = 6;

    bytes32 internal constant EVIDENCE_HASH = keccak256("evidence: photos of the asset");
    bytes32 internal constant SCORE_CHANGED = keccak256("ScoreChanged(address,uint16,uint16,uint8)");
    bytes32 internal constant PLEDGE_SLASHED = keccak256("PledgeSlashed(uint256,address,uint256)");
    bytes32 internal constant REWARD_PAID = keccak256("RewardPaid(uint256,address,uint256)");

    address internal stranger = makeAddr("stranger");
    address internal keeper = makeAddr("keeper");

    // ---------------------------------------------------------------- steps

    /// @dev A fresh asset of the provider, listed and rented by `who` for `duration`: (tokenId, listingId, rentalId).
    function _rentedBy(address who, string memory code, uint64 duration)
        internal
        returns (uint256 tokenId, uint256 listingId, uint256 rentalId)
    {
        (tokenId, listingId) = _listed(code);
        rentalId = _rent(who, listingId, duration);
    }

    function _openDispute(address opener, uint256 rentalId) internal returns (uint256 disputeId) {
        vm.prank(opener);
        disputeId = escrow.openDispute(rentalId, EVIDENCE_HASH);
    }

    function _vote(address arbiter, uint256 disputeId, uint16 share) internal {
        vm.prank(arbiter);
        arbitration.vote(disputeId, share);
    }

    /// @dev The three fixture arbiters vote `a`, `b`, `c`.
    function _vote3(uint256 disputeId, uint16 a, uint16 b, uint16 c) internal {
        _vote(arbiters[0], disputeId, a);
        _vote(arbiters[1], disputeId, b);
        _vote(arbiters[2], disputeId, c);
    }

    /// @dev The `i`-th arbiter: the three fixture arbiters first, then extra ones (granted by {_grantExtraArbiters}).
    function _arbiter(uint256 i) internal returns (address) {
        if (i < arbiters.length) return arbiters[i];
        return makeAddr(string.concat("extra-arbiter-", vm.toString(i)));
    }

    /// @dev Grants ARBITER_ROLE to arbiters 3..total-1.
    function _grantExtraArbiters(uint256 total) internal {
        bytes32 role = arbitration.ARBITER_ROLE();
        for (uint256 i = arbiters.length; i < total; ++i) {
            address a = _arbiter(i);
            vm.prank(admin);
            arbitration.grantRole(role, a);
        }
    }

    function _grantArbiterRole(address account) internal {
        bytes32 role = arbitration.ARBITER_ROLE();
        vm.prank(admin);
        arbitration.grantRole(role, account);
    }

    function _setPanel(uint16 quorum_, uint64 votingPeriod_) internal {
        vm.prank(governor);
        arbitration.setPanel(quorum_, votingPeriod_);
    }

    function _execute(address caller, uint256 disputeId) internal {
        vm.prank(caller);
        arbitration.execute(disputeId);
    }

    // ---------------------------------------------------------------- arithmetic (INTERFACE.md §2)

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    /// @dev ceil(pricePerHour × seconds / 3600) at the fixture price.
    function _rentFor(uint256 seconds_) internal pure returns (uint256) {
        return _ceilDiv(PRICE_PER_HOUR * seconds_, 3600);
    }

    /// @dev Rent charged at a return or ruling at `t` of a rental [start, end].
    function _charged(uint256 start, uint256 end, uint256 t) internal pure returns (uint256) {
        uint256 until = t < end ? t : end;
        uint256 billed = until - start;
        if (billed < MIN_DURATION) billed = MIN_DURATION;
        return _rentFor(billed);
    }

    function _fee(uint256 amount) internal pure returns (uint256) {
        return amount * PLATFORM_FEE_BPS / 10_000;
    }

    // ---------------------------------------------------------------- logs

    /// @dev Asserts that `logs` hold exactly one ScoreChanged(account, oldScore, newScore, outcome) from the credit registry.
    function _assertScoreLog(Vm.Log[] memory logs, address account, uint16 oldScore, uint16 newScore, uint8 outcome)
        internal
        view
    {
        uint256 found;
        for (uint256 i = 0; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            if (l.emitter != address(credit) || l.topics[0] != SCORE_CHANGED) continue;
            if (l.topics[1] != bytes32(uint256(uint160(account)))) continue;
            assertEq(l.topics.length, 3, "ScoreChanged topics");
            assertEq(uint256(l.topics[2]), outcome, "ScoreChanged outcome");
            (uint16 o, uint16 n) = abi.decode(l.data, (uint16, uint16));
            assertEq(o, oldScore, "ScoreChanged oldScore");
            assertEq(n, newScore, "ScoreChanged newScore");
            ++found;
        }
        assertEq(found, 1, "one ScoreChanged for the account");
    }

    /// @dev How many logs with `topic0` `emitter` left in `logs`.
    function _countLogs(Vm.Log[] memory logs, address emitter, bytes32 topic0) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) ++n;
        }
    }

    // ---------------------------------------------------------------- views

    /// @dev Asserts the asset `tokenId` is free: no user record, no unfinished rental.
    function _assertAssetFree(uint256 tokenId) internal view {
        assertEq(registry.userOf(tokenId), address(0), "userOf cleared");
        assertEq(registry.userExpires(tokenId), 0, "userExpires cleared");
        assertEq(registry.assetOf(tokenId).user, address(0), "user record cleared");
        assertEq(escrow.activeRentalOf(tokenId), 0, "activeRentalOf cleared");
    }

    function _assertStatus(uint256 rentalId, IPledgeEscrow.RentalStatus status) internal view {
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(status), "rental status");
    }

    function _assertPledge(uint256 listingId, IPledgeEscrow.PledgeState state) internal view {
        assertEq(uint8(escrow.getListing(listingId).pledgeState), uint8(state), "pledge state");
    }
}
