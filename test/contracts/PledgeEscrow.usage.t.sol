// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice PledgeEscrow: confirmAsset and reportUsage.
contract PledgeEscrowUsageTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;
    uint256 internal rentalId;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike-1");
        rentalId = _rent(renter, listingId, 2 hours);
    }

    // ---------------------------------------------------------------- confirmAsset

    function test_ConfirmAsset() public {
        uint256 shrBefore = shr.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.AssetConfirmed(rentalId, renter);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReleased(listingId, provider, 100 ether);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.ScoreChanged(provider, NEWCOMER, NEWCOMER + 5, ASSET_CONFIRMED);
        vm.expectEmit(address(shr));
        emit IERC20.Transfer(address(escrow), provider, 100 ether);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);

        assertTrue(escrow.getRental(rentalId).confirmed);
        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertTrue(l.confirmed);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
        assertEq(l.pledge, 100 ether);
        assertEq(shr.balanceOf(provider), shrBefore + 100 ether);
        assertEq(shr.balanceOf(address(escrow)), 0);
        assertEq(credit.scoreOf(provider), 605);
        assertEq(credit.scoreOf(renter), NEWCOMER);
        // the rental itself is untouched
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Active));
    }

    function test_ConfirmAsset_AfterEndBeforeSettlement() public {
        vm.warp(block.timestamp + 3 hours);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        assertTrue(escrow.getRental(rentalId).confirmed);
    }

    function test_ConfirmAsset_LaterRentalOfSameListingReleasesNothing() public {
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        _end(renter, rentalId);
        uint256 second = _rent(renter2, listingId, 2 hours);
        uint256 shrBefore = shr.balanceOf(provider);

        vm.recordLogs();
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.AssetConfirmed(second, renter2);
        vm.prank(renter2);
        escrow.confirmAsset(second);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // AssetConfirmed is recorded once per listing; the pledge went at the first confirmation
        assertEq(_count(logs, address(escrow), IPledgeEscrow.PledgeReleased.selector), 0);
        assertEq(_count(logs, address(credit), ICreditRegistry.ScoreChanged.selector), 0);
        assertEq(credit.scoreOf(provider), 605);
        assertEq(shr.balanceOf(provider), shrBefore);
        assertTrue(escrow.getRental(second).confirmed);
    }

    function test_ConfirmAsset_NewListingRecordsAgain() public {
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        _end(renter, rentalId);
        vm.prank(provider);
        escrow.delist(listingId);
        uint256 relisted = _list(provider, tokenId);
        uint256 second = _rent(renter2, relisted, 2 hours);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReleased(relisted, provider, 100 ether);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.ScoreChanged(provider, 605, 610, ASSET_CONFIRMED);
        vm.prank(renter2);
        escrow.confirmAsset(second);
    }

    function test_RevertWhen_ConfirmAssetUnknownRental() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, 9, IPledgeEscrow.RentalStatus.None)
        );
        vm.prank(renter);
        escrow.confirmAsset(9);
    }

    function test_RevertWhen_ConfirmAssetSettled() public {
        _end(renter, rentalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Settled
            )
        );
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
    }

    function test_RevertWhen_ConfirmAssetDefaulted() public {
        vm.warp(block.timestamp + 2 hours + GRACE + 1);
        escrow.collectDefault(rentalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Defaulted
            )
        );
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
    }

    function test_RevertWhen_ConfirmAssetDisputed() public {
        vm.prank(provider);
        escrow.openDispute(rentalId, keccak256("late"));
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
    }

    function test_RevertWhen_ConfirmAssetNotRenter() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotRenter.selector, rentalId, provider));
        vm.prank(provider);
        escrow.confirmAsset(rentalId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotRenter.selector, rentalId, stranger));
        vm.prank(stranger);
        escrow.confirmAsset(rentalId);
    }

    function test_RevertWhen_ConfirmAssetTwice() public {
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAlreadyConfirmed.selector, rentalId));
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
    }

    // ---------------------------------------------------------------- reportUsage

    function test_ReportUsage() public {
        bytes memory sig = _signUsage(deviceKey, rentalId, 250, 1200, 1);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.UsageReported(rentalId, device, 1, 250, 1200);
        // anyone relays
        vm.prank(stranger);
        escrow.reportUsage(rentalId, 250, 1200, 1, sig);

        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(r.units, 250);
        assertEq(r.damageBps, 1200);
        assertEq(r.lastNonce, 1);
        // no money moves at report time
        assertEq(usd.balanceOf(address(escrow)), 120 * USD);
    }

    function test_ReportUsage_UnitsAndDamageAddUp() public {
        _report(rentalId, 100, 500, 1);
        _report(rentalId, 40, 0, 2);
        _report(rentalId, 0, 1500, 3);
        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(r.units, 140);
        assertEq(r.damageBps, 2000);
        assertEq(r.lastNonce, 3);
    }

    function test_ReportUsage_DamageCapsAt10000() public {
        _report(rentalId, 0, 6000, 1);
        vm.expectEmit(address(escrow));
        // the event carries this report's damage, the rental the capped total
        emit IPledgeEscrow.UsageReported(rentalId, device, 2, 0, 6000);
        _report(rentalId, 0, 6000, 2);
        assertEq(escrow.getRental(rentalId).damageBps, 10_000);
        _report(rentalId, 0, 10_000, 3);
        assertEq(escrow.getRental(rentalId).damageBps, 10_000);
    }

    function test_ReportUsage_NonceGapsAllowed() public {
        _report(rentalId, 1, 0, 5);
        _report(rentalId, 1, 0, 6);
        _report(rentalId, 1, 0, type(uint64).max);
        assertEq(escrow.getRental(rentalId).lastNonce, type(uint64).max);
        assertEq(escrow.getRental(rentalId).units, 3);
    }

    function test_ReportUsage_UntilEndPlusGrace() public {
        vm.warp(escrow.getRental(rentalId).end + GRACE);
        _report(rentalId, 7, 0, 1);
        assertEq(escrow.getRental(rentalId).units, 7);
    }

    function test_ReportUsage_NoncesArePerRental() public {
        _report(rentalId, 1, 0, 4);
        (, uint256 other) = _listed("bike-2");
        uint256 second = _rent(renter2, other, 2 hours);
        _report(second, 1, 0, 1);
        assertEq(escrow.getRental(second).lastNonce, 1);
    }

    function test_RevertWhen_ReportUsageZeroNonce() public {
        _expectReport(rentalId, 1, 0, 0, abi.encodeWithSelector(IPledgeEscrow.StaleNonce.selector, rentalId, 0, 0));
    }

    function test_RevertWhen_ReportUsageEqualNonce() public {
        _report(rentalId, 1, 0, 1);
        // the very same report, replayed
        _expectReport(rentalId, 1, 0, 1, abi.encodeWithSelector(IPledgeEscrow.StaleNonce.selector, rentalId, 1, 1));
        assertEq(escrow.getRental(rentalId).units, 1);
    }

    function test_RevertWhen_ReportUsageLowerNonce() public {
        _report(rentalId, 1, 0, 5);
        _expectReport(rentalId, 1, 0, 3, abi.encodeWithSelector(IPledgeEscrow.StaleNonce.selector, rentalId, 3, 5));
    }

    function test_RevertWhen_ReportUsageWrongKey() public {
        (address other, uint256 otherKey) = makeAddrAndKey("otherDevice");
        bytes memory sig = _signUsage(otherKey, rentalId, 1, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, other, device));
        escrow.reportUsage(rentalId, 1, 0, 1, sig);
    }

    function test_RevertWhen_ReportUsageNoDeviceBound() public {
        uint256 id = _assetNoDevice(provider, "no-device");
        uint256 lid = _list(provider, id);
        uint256 rid = _rent(renter2, lid, 2 hours);
        // even a signature of the fixture device is refused: no device is bound to this asset
        bytes memory sig = _signUsage(deviceKey, rid, 1, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, device, address(0)));
        escrow.reportUsage(rid, 1, 0, 1, sig);
    }

    function test_RevertWhen_ReportUsageTamperedUnits() public {
        bytes memory sig = _signUsage(deviceKey, rentalId, 1, 0, 1);
        address recovered = _recover(rentalId, 1000, 0, 1, sig);
        assertTrue(recovered != device);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, recovered, device));
        escrow.reportUsage(rentalId, 1000, 0, 1, sig);
    }

    function test_RevertWhen_ReportUsageReplayedOnAnotherRental() public {
        (, uint256 other) = _listed("bike-2");
        uint256 second = _rent(renter2, other, 2 hours);
        // the same device is bound to both assets; a report of the first rental is no report of the second
        bytes memory sig = _signUsage(deviceKey, rentalId, 10, 0, 1);
        address recovered = _recover(second, 10, 0, 1, sig);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, recovered, device));
        escrow.reportUsage(second, 10, 0, 1, sig);
    }

    function test_RevertWhen_ReportUsageMalformedSignature() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidDevice.selector, address(0), device));
        escrow.reportUsage(rentalId, 1, 0, 1, hex"1234");
    }

    function test_RevertWhen_ReportUsageInvalidBps() public {
        _expectReport(rentalId, 1, 10_001, 1, abi.encodeWithSelector(IPledgeEscrow.EscrowInvalidBps.selector, 10_001));
    }

    function test_RevertWhen_ReportUsageOverdue() public {
        uint64 deadline = escrow.getRental(rentalId).end + GRACE;
        vm.warp(deadline + 1);
        _expectReport(
            rentalId, 1, 0, 1, abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, deadline)
        );
    }

    function test_RevertWhen_ReportUsageUnknownRental() public {
        _expectReport(
            9,
            1,
            0,
            1,
            abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, 9, IPledgeEscrow.RentalStatus.None)
        );
    }

    function test_RevertWhen_ReportUsageSettled() public {
        _end(renter, rentalId);
        _expectReport(
            rentalId,
            1,
            0,
            1,
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Settled
            )
        );
    }

    function test_RevertWhen_ReportUsageDisputed() public {
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("broken"));
        _expectReport(
            rentalId,
            1,
            0,
            1,
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
            )
        );
    }

    // ---------------------------------------------------------------- helpers

    function _expectReport(uint256 id, uint256 units, uint16 damageBps, uint64 nonce, bytes memory err) internal {
        bytes memory sig = _signUsage(deviceKey, id, units, damageBps, nonce);
        vm.expectRevert(err);
        vm.prank(stranger);
        escrow.reportUsage(id, units, damageBps, nonce, sig);
    }

    /// @dev Who `sig` recovers to over the report (id, units, damageBps, nonce), digest built from the pinned domain.
    function _recover(uint256 id, uint256 units, uint16 damageBps, uint64 nonce, bytes memory sig)
        internal
        view
        returns (address)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)"),
                id,
                units,
                damageBps,
                nonce
            )
        );
        bytes32 digest = _digest(address(escrow), "PledgeEscrow", structHash);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        return ecrecover(digest, v, r, s);
    }
}
