// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";

/// @notice Platform fee splits and rewards: rate × the treasury's part of the fees, the epoch
/// budget (renter first), the SHR cap.
contract PledgeEscrowRewardsTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike");
    }

    /// @dev a clean 2-hour rental rented now via `platform`, returned at its end and released.
    function _cleanRental(address who, address platform) internal returns (uint256 rentalId) {
        rentalId = _rentVia(who, listingId, 0, 2 hours, platform);
        vm.warp(block.timestamp + 2 hours);
        _end(who, rentalId);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(rentalId);
    }

    function _listingPlatform(address platform) internal {
        IPledgeEscrow.Terms memory t = _terms();
        t.platform = platform;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
    }

    function test_PlatformFee_TwoPlatforms() public {
        _setPlatform(platformA, 5000);
        _setPlatform(platformB, 2000);
        _listingPlatform(platformA);
        uint256 rentalId = _rentVia(renter, listingId, 0, 2 hours, platformB);
        assertEq(_rental(rentalId).listingPlatform, platformA);
        assertEq(_rental(rentalId).platform, platformB);
        _report(rentalId, 1000, 0, 1); // 10 tUSD usage
        vm.warp(block.timestamp + 2 hours);
        // F = 0.5 tUSD: A floor(F × 5 000 / 20 000) = 0.125, B floor(F × 2 000 / 20 000) = 0.05, treasury 0.325
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformFeePaid(rentalId, platformA, address(usd), 125_000);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformFeePaid(rentalId, platformB, address(usd), 50_000);
        _end(renter, rentalId);
        assertEq(usd.balanceOf(platformA), 125_000);
        assertEq(usd.balanceOf(platformB), 50_000);
        assertEq(usd.balanceOf(treasury), 325_000);

        // the platforms' shares are kept as at `rent`
        _setPlatform(platformA, 10_000);
        vm.warp(block.timestamp + INSPECTION + 1);
        // usage fee 10, F = 0.25: A 0.0625, B 0.025, treasury 0.1625
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformFeePaid(rentalId, platformA, address(usd), 62_500);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformFeePaid(rentalId, platformB, address(usd), 25_000);
        _release(rentalId);
        assertEq(usd.balanceOf(treasury), 325_000 + 162_500);
        // rewards from the treasury's part only: 0.4875 tUSD × 10^14 each
        assertEq(shr.balanceOf(renter), 48.75 ether);
        assertEq(shr.balanceOf(provider), 10_000 ether - 150 ether + 48.75 ether);
    }

    function test_PlatformFee_SamePlatformOnBothSidesIsPaidOnce() public {
        _setPlatform(platformA, 5000);
        _listingPlatform(platformA);
        uint256 rentalId = _rentVia(renter, listingId, 0, 2 hours, platformA);
        vm.warp(block.timestamp + 2 hours);
        vm.recordLogs();
        _end(renter, rentalId);
        assertEq(_count(vm.getRecordedLogs(), address(escrow), IPledgeEscrow.PlatformFeePaid.selector), 1);
        assertEq(usd.balanceOf(platformA), 250_000);
        assertEq(usd.balanceOf(treasury), 250_000);
    }

    function test_PlatformFee_OnACancellation() public {
        _setPlatform(platformB, 10_000);
        uint64 s = uint64(block.timestamp + 2 days);
        uint256 booked = _rentVia(renter, listingId, s, 2 hours, platformB);
        vm.warp(s + 1);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformFeePaid(booked, platformB, address(usd), 250_000);
        vm.prank(renter);
        escrow.cancel(booked); // the whole rent: F = 0.5, half to the renter's platform
        assertEq(usd.balanceOf(treasury), 250_000);
    }

    function test_Rewards_TreasuryPartTimesRate() public {
        _cleanRental(renter, address(0));
        // F = 0.5 tUSD = 500 000 base units, × 10^14
        assertEq(shr.balanceOf(renter), 50 ether);
        (, uint256 minted, uint256 remaining) = escrow.rewardEpoch();
        assertEq(minted, 100 ether);
        assertEq(remaining, EPOCH_CAP - 100 ether);
    }

    function test_Rewards_EpochBudget_RenterFirst_ThenReset() public {
        IPledgeEscrow.Params memory p = Defaults.params(treasury);
        p.epochRewardCap = 80 ether;
        _setParams(p);
        uint256 a = _rentVia(renter, listingId, 0, 2 hours, address(0));
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        vm.recordLogs();
        _release(a);
        // 50 to the renter, what is left (30) to the provider
        assertEq(_count(vm.getRecordedLogs(), address(escrow), IPledgeEscrow.RewardPaid.selector), 2);
        assertEq(shr.balanceOf(renter), 50 ether);
        assertEq(shr.balanceOf(provider), 10_000 ether - 150 ether + 30 ether);

        // the budget is spent: a clean rental in the same epoch earns nothing and emits no RewardPaid
        uint256 b = _rentVia(renter2, listingId, 0, 2 hours, address(0));
        vm.warp(block.timestamp + 2 hours);
        _end(renter2, b);
        vm.warp(block.timestamp + INSPECTION + 1);
        vm.recordLogs();
        _release(b);
        assertEq(_count(vm.getRecordedLogs(), address(escrow), IPledgeEscrow.RewardPaid.selector), 0);
        assertEq(shr.balanceOf(renter2), 0);

        // the next epoch (7 days from deployment) has a fresh budget
        vm.warp(START_TIME + 7 days);
        (uint256 epoch, uint256 minted,) = escrow.rewardEpoch();
        assertEq(epoch, 1);
        assertEq(minted, 0);
        _cleanRental(renter2, address(0));
        assertEq(shr.balanceOf(renter2), 50 ether);
    }

    function test_Rewards_NoneWhenLateOrDamagedOrRateZero() public {
        uint256 a = _rentVia(renter, listingId, 0, 2 hours, address(0));
        vm.warp(block.timestamp + 2 hours + 1);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(a);
        assertEq(shr.balanceOf(renter), 0);

        uint256 b = _rentVia(renter, listingId, 0, 2 hours, address(0));
        _report(b, 0, 1, 1);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, b);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(b);
        assertEq(shr.balanceOf(renter), 0);

        vm.prank(governor);
        escrow.setRewardRate(address(usd), 0);
        _cleanRental(renter2, address(0));
        assertEq(shr.balanceOf(renter2), 0);
    }

    function test_Rewards_AMintPastTheShrCapIsSkipped() public {
        // fill SHR to 10 short of its cap
        vm.startPrank(admin);
        shr.grantRole(shr.MINTER_ROLE(), admin);
        shr.mint(admin, shr.cap() - shr.totalSupply() - 10 ether);
        vm.stopPrank();
        uint256 a = _rentVia(renter, listingId, 0, 2 hours, address(0));
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        vm.recordLogs();
        _release(a); // settles all the same
        assertEq(_count(vm.getRecordedLogs(), address(escrow), IPledgeEscrow.RewardPaid.selector), 0);
        assertEq(uint8(_rental(a).status), uint8(IPledgeEscrow.RentalStatus.Settled));
        assertEq(shr.balanceOf(renter), 0);
        (, uint256 minted,) = escrow.rewardEpoch();
        assertEq(minted, 0);
    }
}
