// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";

contract SmokeTest is Fixture {
    function test_CleanRental() public {
        (, uint256 listingId) = _listed("bike-1");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        bytes memory sig = _signUsage(deviceKey, rentalId, 100, 0, 1);
        escrow.reportUsage(rentalId, 100, 0, 1, sig);
        vm.warp(block.timestamp + 2 hours);
        uint256 before = usd.balanceOf(renter);
        vm.prank(renter);
        escrow.endRental(rentalId);
        // 20 rent + 100 deposit paid; 20 rent + 1 usage charged
        assertEq(usd.balanceOf(renter) - before, 99 * USD);
        assertEq(shr.balanceOf(renter), 10 ether);
    }
}
