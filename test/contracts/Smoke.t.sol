// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";

contract SmokeTest is Fixture {
    function test_CleanRental() public {
        (, uint256 listingId) = _listed("bike-1");
        uint256 before = usd.balanceOf(renter);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        bytes memory sig = _signUsage(deviceKey, rentalId, 100, 0, 1);
        escrow.reportUsage(rentalId, 100, 0, 1, sig);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        vm.warp(block.timestamp + 2 hours + 1);
        escrow.releaseDeposit(rentalId);
        // 20 rent + 150 deposit (tier 1) paid; 20 rent + 1 usage charged
        assertEq(before - usd.balanceOf(renter), 21 * USD);
        // the treasury's part of the fees, 0.5 + 0.025 tUSD, at 10^14 SHR wei per base unit
        assertEq(shr.balanceOf(renter), 52.5 ether);
        assertEq(credit.scoreOf(renter), 510);
    }
}
