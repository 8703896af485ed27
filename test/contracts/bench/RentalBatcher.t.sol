// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../../deploy/Defaults.sol";
import {BenchFixture} from "./BenchFixture.sol";
import {RentalBatcher} from "./RentalBatcher.sol";

/// @notice RentalBatcher, the bulk renter of test/bench/apiload (protocol v2).
contract RentalBatcherTest is BenchFixture {
    /// @dev EIP-7825's per-transaction gas cap (Osaka), which the bench's batches keep under.
    uint256 internal constant TX_GAS_CAP = 1 << 24;
    /// @dev The bench's default batch (test/bench/apiload: -per-tx).
    uint256 internal constant RENT_PER_TX = 40;

    RentalBatcher internal batcher;

    function setUp() public override {
        super.setUp();
        batcher = new RentalBatcher(escrow, usd, 1_000_000 * USD);
    }

    function test_ConstructorFundsAndApproves() public view {
        assertEq(usd.balanceOf(address(batcher)), 1_000_000 * USD);
        assertEq(usd.allowance(address(batcher), address(escrow)), type(uint256).max);
    }

    /// @dev Each listing is rented and returned in turn: every rental is in inspection, the
    /// asset is free again (its user cleared, a new rental may start) and the batcher holds
    /// no rental that the tier limit counts.
    function test_RentAndReturnLeavesEveryRentalInInspection() public {
        uint256[] memory listingIds = new uint256[](3);
        (, listingIds[0]) = _listed("bike");
        (, listingIds[1]) = _listed("car");
        listingIds[2] = listingIds[0]; // the same listing again, once the first rental is returned
        uint256 before = usd.balanceOf(address(batcher));

        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.CheckedIn(1, address(batcher));
        vm.expectEmit(true, true, true, true, address(escrow));
        // charged the protocol's minimum (1 h at 10 tUSD); 2.5 % platform fee; inspection 2 h
        emit IPledgeEscrow.Returned(
            1, address(batcher), uint64(block.timestamp), 10 * USD, 0, 25 * USD / 100, uint64(block.timestamp + 7200)
        );
        batcher.rentAndReturn(listingIds, 1 hours);

        for (uint256 id = 1; id <= 3; ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            assertEq(r.renter, address(batcher));
            assertEq(r.listingId, listingIds[id - 1]);
            assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Returned));
            assertTrue(r.checkedIn);
            assertEq(r.returnedAt, block.timestamp);
            assertEq(r.inspectionEnd, block.timestamp + Defaults.INSPECTION_PERIOD);
        }
        assertEq(escrow.tierRentalCount(address(batcher)), 0);
        assertEq(registry.userOf(escrow.getRental(1).tokenId), address(0));
        // the rent is paid; the deposits (150 % of 100 tUSD at tier 1) are held until release
        assertEq(before - usd.balanceOf(address(batcher)), 3 * (10 + 150) * USD);
        assertTrue(registry.isLocked(escrow.getRental(1).tokenId));
    }

    /// @dev After the inspection anyone releases: every rental settles, the deposits come
    /// back, each side earns its reward and the asset unlocks.
    function test_ReleaseRangeSettlesAfterTheInspection() public {
        uint256[] memory listingIds = new uint256[](2);
        (, listingIds[0]) = _listed("bike");
        (, listingIds[1]) = _listed("car");
        uint256 before = usd.balanceOf(address(batcher));
        batcher.rentAndReturn(listingIds, 2 hours);

        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotReleasable.selector, 1, block.timestamp + 7200));
        batcher.releaseRange(1, 2);

        vm.warp(block.timestamp + Defaults.INSPECTION_PERIOD + 1);
        vm.expectEmit(true, true, true, true, address(escrow));
        // 2 h booked, returned at once: 1 h charged, 10 tUSD back; the deposit back whole
        emit IPledgeEscrow.RentalSettled(1, address(batcher), provider, 10 * USD, 0, 0, 0, 25 * USD / 100, 160 * USD);
        batcher.releaseRange(1, 2);

        for (uint256 id = 1; id <= 2; ++id) {
            assertEq(uint8(escrow.getRental(id).status), uint8(IPledgeEscrow.RentalStatus.Settled));
            assertFalse(registry.isLocked(escrow.getRental(id).tokenId));
        }
        assertEq(before - usd.balanceOf(address(batcher)), 2 * 10 * USD);
        // 100 SHR per tUSD of the treasury's fee (0.25 tUSD a rental), to each side
        assertEq(shr.balanceOf(address(batcher)), 2 * 25 ether);
    }

    /// @dev A returned rental holds one of the token's 16 booking slots until it is released.
    function test_RentAndReturnStopsAtSixteenOpenRentalsOfAToken() public {
        uint256[] memory listingIds = new uint256[](17);
        (, uint256 listingId) = _listed("bike");
        for (uint256 i = 0; i < listingIds.length; ++i) {
            listingIds[i] = listingId;
        }
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.TooManyBookings.selector, 1, 16));
        batcher.rentAndReturn(listingIds, 1 hours);
    }

    function test_RevertWhen_RentAndReturnOnAnUnknownListing() public {
        uint256[] memory listingIds = new uint256[](1);
        listingIds[0] = 42;
        vm.expectRevert();
        batcher.rentAndReturn(listingIds, 1 hours);
    }

    /// @dev The bench's default batch of rentals and a batch of releases as big, with the
    /// margin the bench adds to its gas estimates, stay under EIP-7825's cap.
    function test_DefaultBatchesFitTheTransactionGasCap() public {
        uint256[] memory listingIds = new uint256[](RENT_PER_TX);
        for (uint256 i = 0; i < RENT_PER_TX; ++i) {
            (, listingIds[i]) = _listed(vm.toString(i));
        }
        vm.cool(address(escrow));
        vm.cool(address(registry));
        uint256 gasBefore = gasleft();
        batcher.rentAndReturn(listingIds, 1 hours);
        uint256 rentGas = gasBefore - gasleft();
        vm.warp(block.timestamp + Defaults.INSPECTION_PERIOD + 1);
        vm.cool(address(escrow));
        vm.cool(address(registry));
        gasBefore = gasleft();
        batcher.releaseRange(1, RENT_PER_TX);
        uint256 releaseGas = gasBefore - gasleft();
        emit log_named_uint("rent and return gas per rental", rentGas / RENT_PER_TX);
        emit log_named_uint("release gas per rental", releaseGas / RENT_PER_TX);
        assertLt(rentGas * 3 / 2, TX_GAS_CAP);
        assertLt(releaseGas * 3 / 2, TX_GAS_CAP);
    }
}
