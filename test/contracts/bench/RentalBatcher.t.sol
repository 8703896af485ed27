// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Fixture} from "../utils/Fixture.sol";
import {RentalBatcher} from "./RentalBatcher.sol";

/// @notice RentalBatcher, the bulk renter of test/bench/apiload.
contract RentalBatcherTest is Fixture {
    RentalBatcher internal batcher;

    function setUp() public override {
        super.setUp();
        batcher = new RentalBatcher(escrow, usd, 1_000_000 * USD);
    }

    function test_ConstructorFundsAndApproves() public view {
        assertEq(usd.balanceOf(address(batcher)), 1_000_000 * USD);
        assertEq(usd.allowance(address(batcher), address(escrow)), type(uint256).max);
    }

    /// @dev Each listing is rented and returned in turn: every rental settles, the asset is
    /// free again and the batcher holds no active rental, so a tier limit never binds.
    function test_RentAndEndSettlesEveryRental() public {
        uint256[] memory listingIds = new uint256[](3);
        (, listingIds[0]) = _listed("bike");
        (, listingIds[1]) = _listed("car");
        listingIds[2] = listingIds[0]; // the same listing again, once the first rental ended
        uint256 before = usd.balanceOf(address(batcher));

        batcher.rentAndEnd(listingIds, 1 hours);

        for (uint256 id = 1; id <= 3; ++id) {
            IPledgeEscrow.Rental memory r = _rental(id);
            assertEq(r.renter, address(batcher));
            assertEq(r.listingId, listingIds[id - 1]);
            assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Settled));
        }
        // rent is charged for the minimum duration (1 h at 10 tUSD); the deposit comes back
        assertEq(before - usd.balanceOf(address(batcher)), 3 * 10 * USD);
        assertEq(registry.userOf(_rental(1).tokenId), address(0));
    }

    function test_RentAndEndRevertsOnAnUnknownListing() public {
        uint256[] memory listingIds = new uint256[](1);
        listingIds[0] = 42;
        vm.expectRevert();
        batcher.rentAndEnd(listingIds, 1 hours);
    }
}
