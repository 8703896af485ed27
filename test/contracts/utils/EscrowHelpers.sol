// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Fixture} from "./Fixture.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Shared helpers of the PledgeEscrow unit and fuzz tests: a RECORDER account that
/// moves credit scores, listing with chosen terms, usage reports, permits, and the money
/// rules of INTERFACE.md §2 written out again here, independently of RentalMath.
abstract contract EscrowHelpers is Fixture {
    // the fixture listing's terms (Fixture._list)
    uint256 internal constant PRICE = 10 * USD;
    uint256 internal constant DEPOSIT = 100 * USD;
    uint64 internal constant MIN_DURATION = 1 hours;
    uint64 internal constant MAX_DURATION = 7 days;
    uint256 internal constant PER_UNIT = USD / 100;

    // the deployed defaults, spelled out rather than read from Defaults.sol
    uint16 internal constant FEE_BPS = 250;
    uint64 internal constant GRACE = 86_400;
    uint16 internal constant LATE_BPS = 20_000;
    uint256 internal constant REWARD = 10 ether;
    uint256 internal constant BASE_PLEDGE = 100 ether;
    uint16 internal constant NEWCOMER = 600;
    uint256 internal constant MAX_TERM = type(uint128).max;

    // outcome codes and their default deltas
    uint8 internal constant COMPLETED_ON_TIME = 0;
    uint8 internal constant RETURNED_LATE = 1;
    uint8 internal constant DEFAULTED = 2;
    uint8 internal constant DAMAGE_CAUSED = 3;
    uint8 internal constant ASSET_CONFIRMED = 6;

    address internal recorder = makeAddr("recorder");
    address internal stranger = makeAddr("stranger");
    address internal provider2 = makeAddr("provider2");

    /// @notice What a settlement should pay, computed from the rules.
    struct Split {
        uint256 rentCharged;
        uint256 usageFee;
        uint256 damage;
        uint256 lateFee;
        uint256 platformFee;
        uint256 refund;
        uint256 toProvider;
    }

    /// @notice A rental's terms and holdings, as the test expects them.
    struct Terms {
        uint256 pricePerHour;
        uint256 pricePerUnit;
        uint256 paidRent;
        uint256 paidDeposit;
        uint256 units;
        uint256 damageBps;
        uint256 start;
        uint256 end;
        uint256 minDuration;
    }

    /// @notice Token balances of the parties at one moment.
    struct Balances {
        uint256 renter;
        uint256 provider;
        uint256 treasury;
        uint256 escrow;
    }

    function setUp() public virtual override {
        super.setUp();
        bytes32 recorderRole = credit.RECORDER_ROLE();
        vm.prank(admin);
        credit.grantRole(recorderRole, recorder);
        // provider2 gets SHR for pledges from provider (nobody may mint any more).
        vm.prank(provider);
        shr.transfer(provider2, 1000 ether);
        vm.prank(provider2);
        shr.approve(address(escrow), type(uint256).max);
        vm.prank(provider);
        shr.approve(address(escrow), type(uint256).max);
    }

    // ---------------------------------------------------------------- credit

    /// @dev Moves `account`'s score to `target` (a multiple of 5) with recorded outcomes.
    function _moveScore(address account, uint16 target) internal {
        require(target % 5 == 0 && target <= 1000, "target");
        vm.startPrank(recorder);
        for (uint256 i = 0; i < 400; ++i) {
            uint16 score = credit.scoreOf(account);
            if (score == target) break;
            if (score > target) {
                uint16 diff = score - target;
                credit.recordOutcome(account, diff >= 200 ? DEFAULTED : diff >= 50 ? DAMAGE_CAUSED : RETURNED_LATE);
            } else {
                credit.recordOutcome(account, target - score >= 10 ? COMPLETED_ON_TIME : ASSET_CONFIRMED);
            }
        }
        vm.stopPrank();
        require(credit.scoreOf(account) == target, "score not reached");
    }

    /// @dev The deployed depositBps / pledgeBps of a tier (INTERFACE.md §3).
    function _tierBps(uint8 tier) internal pure returns (uint256) {
        if (tier == 0) return 20_000;
        if (tier == 1) return 15_000;
        if (tier == 2) return 10_000;
        return 7500;
    }

    /// @dev A score inside each tier.
    function _tierScore(uint8 tier) internal pure returns (uint16) {
        if (tier == 0) return 200;
        if (tier == 1) return 550;
        if (tier == 2) return 600;
        return 800;
    }

    // ---------------------------------------------------------------- actions

    /// @dev Lists with chosen terms in a single call (the owner must have approved SHR), so that
    /// `vm.expectEmit` can watch the listing call.
    function _listWith(
        address owner,
        uint256 tokenId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) internal returns (uint256 listingId) {
        vm.prank(owner);
        listingId = escrow.list(tokenId, address(usd), pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
    }

    /// @dev A verified asset of `owner` without a bound device.
    function _assetNoDevice(address owner, string memory code) internal returns (uint256 tokenId) {
        vm.prank(owner);
        tokenId = registry.register(keccak256(bytes(code)), keccak256(abi.encode(code, "meta")), "ipfs://meta");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 365 days));
    }

    function _report(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce) internal {
        bytes memory sig = _signUsage(deviceKey, rentalId, units, damageBps, nonce);
        vm.prank(stranger);
        escrow.reportUsage(rentalId, units, damageBps, nonce, sig);
    }

    function _end(address who, uint256 rentalId) internal {
        vm.prank(who);
        escrow.endRental(rentalId);
    }

    /// @dev An EIP-2612 permit signature for the payment token, digest built from the pinned domain.
    function _signPermit(uint256 key, address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                spender,
                value,
                nonce,
                deadline
            )
        );
        (v, r, s) = vm.sign(key, _digest(address(usd), "Test USD", structHash));
    }

    function _balances() internal view returns (Balances memory b) {
        b.renter = usd.balanceOf(renter);
        b.provider = usd.balanceOf(provider);
        b.treasury = usd.balanceOf(treasury);
        b.escrow = usd.balanceOf(address(escrow));
    }

    // ---------------------------------------------------------------- the money rules

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    /// @dev rent = ceil(pricePerHour × duration / 3600)
    function _expRent(uint256 pricePerHour, uint256 duration) internal pure returns (uint256) {
        return _ceilDiv(pricePerHour * duration, 3600);
    }

    /// @dev deposit = ceil(deposit × depositBps / 10 000)
    function _expDeposit(uint256 deposit, uint256 depositBps) internal pure returns (uint256) {
        return _ceilDiv(deposit * depositBps, 10_000);
    }

    /// @dev pledge = basePledge × pledgeBps / 10 000 (floor)
    function _expPledge(uint256 base, uint256 pledgeBps) internal pure returns (uint256) {
        return base * pledgeBps / 10_000;
    }

    /// @dev The settlement of a return at `t` (INTERFACE.md §2).
    function _expReturn(Terms memory r, uint256 t, uint256 feeBps, uint256 lateBps)
        internal
        pure
        returns (Split memory s)
    {
        uint256 elapsed = (t < r.end ? t : r.end) - r.start;
        uint256 billed = elapsed < r.minDuration ? r.minDuration : elapsed;
        s.rentCharged = _ceilDiv(r.pricePerHour * billed, 3600);
        uint256 left = r.paidDeposit;
        s.usageFee = _min(r.units * r.pricePerUnit, left);
        left -= s.usageFee;
        s.damage = _min(r.paidDeposit * r.damageBps / 10_000, left);
        left -= s.damage;
        if (t > r.end) {
            s.lateFee = _min(_ceilDiv(r.pricePerHour * (t - r.end) * lateBps, 3600 * 10_000), left);
            left -= s.lateFee;
        }
        s.platformFee = (s.rentCharged + s.usageFee) * feeBps / 10_000;
        s.refund = r.paidRent - s.rentCharged + left;
        s.toProvider = s.rentCharged + s.usageFee - s.platformFee + s.damage + s.lateFee;
    }

    /// @dev The settlement at `t` of a fixture listing's rental by a tier-2 renter (deposit as
    /// listed) that started at `start` for `duration`, under the default params.
    function _expFixture(uint256 start, uint256 duration, uint256 units, uint256 damageBps, uint256 t)
        internal
        pure
        returns (Split memory)
    {
        return _expReturn(
            Terms({
                pricePerHour: PRICE,
                pricePerUnit: PER_UNIT,
                paidRent: _expRent(PRICE, duration),
                paidDeposit: DEPOSIT,
                units: units,
                damageBps: damageBps,
                start: start,
                end: start + duration,
                minDuration: MIN_DURATION
            }),
            t,
            FEE_BPS,
            LATE_BPS
        );
    }

    // ---------------------------------------------------------------- logs

    function _count(Vm.Log[] memory logs, address emitter, bytes32 topic0) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) ++n;
        }
    }
}
