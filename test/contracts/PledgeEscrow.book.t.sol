// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice rent now and ahead, slots, the tier limit, rentWithPermit, checkIn, isSlotFree, the asset lock.
contract PledgeEscrowBookTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike");
    }

    function test_RentNow() public {
        uint256 before = usd.balanceOf(renter);
        uint64 start = uint64(block.timestamp);
        bytes32 hash = escrow.termsHash(listingId);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Rented(
            1, listingId, renter, tokenId, start, start + 2 hours, 20 * USD, PAID_DEPOSIT, device, address(0)
        );
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.CheckedIn(1, renter);
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, 0, 2 hours, hash, address(0));

        assertEq(before - usd.balanceOf(renter), 170 * USD);
        assertEq(usd.balanceOf(address(escrow)), 170 * USD);
        IPledgeEscrow.Rental memory r = _rental(rentalId);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Active));
        assertTrue(r.checkedIn);
        assertEq(r.start, start);
        assertEq(r.end, start + 2 hours);
        assertEq(r.rent, 20 * USD);
        assertEq(r.deposit, PAID_DEPOSIT);
        assertEq(r.payee, provider);
        assertEq(r.provider, provider);
        assertEq(r.paramsId, 1);
        assertEq(registry.userOf(tokenId), renter);
        assertEq(registry.userExpires(tokenId), start + 2 hours);
        assertTrue(registry.isLocked(tokenId));
        assertEq(escrow.tierRentalCount(renter), 1);
        assertEq(escrow.activeRentalOf(tokenId), rentalId);
        assertEq(escrow.openRentalsOf(tokenId).length, 1);
    }

    function test_Book_RentRoundsUp() public {
        uint64 start = uint64(block.timestamp + 1 days);
        uint256 before = usd.balanceOf(renter);
        uint256 rentalId = _book(renter, listingId, start, 5401);
        // ceil(10 000 000 × 5401 / 3600) = 15 002 778
        assertEq(_rental(rentalId).rent, 15_002_778);
        assertEq(before - usd.balanceOf(renter), 15_002_778 + PAID_DEPOSIT);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Booked));
        assertFalse(_rental(rentalId).checkedIn);
        assertEq(registry.userOf(tokenId), address(0));
        assertTrue(registry.isLocked(tokenId));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        // a locked asset cannot change hands
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        registry.transferFrom(provider, stranger, tokenId);
    }

    function test_RevertWhen_BadStart() public {
        bytes32 hash = escrow.termsHash(listingId);
        uint64 latest = uint64(block.timestamp) + MAX_ADVANCE;
        vm.startPrank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadStart.selector, uint64(block.timestamp), latest));
        escrow.rent(listingId, uint64(block.timestamp), 2 hours, hash, address(0));
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadStart.selector, latest + 1, latest));
        escrow.rent(listingId, latest + 1, 2 hours, hash, address(0));
        escrow.rent(listingId, latest, 2 hours, hash, address(0));
        vm.stopPrank();
    }

    function test_RevertWhen_BadDuration() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.startPrank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, 3599, 3600, MAX_DURATION));
        escrow.rent(listingId, 0, 3599, hash, address(0));
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, MAX_DURATION + 1, 3600, MAX_DURATION)
        );
        escrow.rent(listingId, 0, MAX_DURATION + 1, hash, address(0));
        vm.stopPrank();
    }

    function test_RevertWhen_BadDuration_MinRentalSecondsApplies() public {
        IPledgeEscrow.Terms memory t = _terms();
        t.minDuration = 0;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, 60, MIN_RENTAL, MAX_DURATION));
        escrow.rent(listingId, 0, 60, hash, address(0));
    }

    function test_Slots_NeverOverlap() public {
        uint64 s = uint64(block.timestamp + 1 days);
        uint256 a = _book(renter, listingId, s, 2 hours);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.SlotTaken.selector, tokenId, a));
        escrow.rent(listingId, s + 1 hours, 2 hours, hash, address(0));
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.SlotTaken.selector, tokenId, a));
        escrow.rent(listingId, s - 1 hours, 2 hours, hash, address(0));
        // adjacent slots are fine
        _book(renter2, listingId, s + 2 hours, 1 hours);
        _book(renter2, listingId, s - 1 hours, 1 hours);
        assertEq(escrow.openRentalsOf(tokenId).length, 3);
        assertFalse(escrow.isSlotFree(tokenId, s + 1 hours, s + 90 minutes));
        assertTrue(escrow.isSlotFree(tokenId, s + 3 hours, s + 4 hours));
        assertFalse(escrow.isSlotFree(tokenId, s + 5 hours, s + 5 hours));
        assertFalse(escrow.isSlotFree(tokenId, s + 6 hours, s + 5 hours));
    }

    function test_RevertWhen_TooManyBookings() public {
        vm.prank(governor);
        credit.setTier(1, 300, 100, 15_000, 15_000);
        uint64 s = uint64(block.timestamp + 1 days);
        for (uint64 i = 0; i < 16; ++i) {
            _book(renter, listingId, s + i * 1 hours, 1 hours);
        }
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.TooManyBookings.selector, tokenId, 16));
        escrow.rent(listingId, s + 20 hours, 1 hours, hash, address(0));
        // a cancelled one frees an entry
        vm.prank(renter);
        escrow.cancel(3);
        _book(renter, listingId, s + 20 hours, 1 hours);
    }

    function test_RevertWhen_RentNowWhileAnEarlierRentalIsActive() public {
        uint256 first = _rent(renter, listingId, 2 hours);
        // the first renter is late: its slot has ended, the asset is still held
        vm.warp(block.timestamp + 3 hours);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetBusy.selector, tokenId, first));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
        // a booking of a later slot is still possible
        _book(renter2, listingId, uint64(block.timestamp + 1 hours), 2 hours);
    }

    function test_RevertWhen_TierLimit() public {
        uint64 s = uint64(block.timestamp + 1 days);
        _book(renter, listingId, s, 1 hours);
        uint256 now_ = _rent(renter, listingId, 1 hours);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.TierLimit.selector, renter, 2));
        escrow.rent(listingId, s + 2 hours, 1 hours, hash, address(0));
        // a rental in inspection no longer counts
        vm.warp(block.timestamp + 1 hours);
        _end(renter, now_);
        assertEq(escrow.tierRentalCount(renter), 1);
        _book(renter, listingId, s + 2 hours, 1 hours);
        assertEq(escrow.tierRentalCount(renter), 2);
    }

    function test_RevertWhen_SelfRental() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.SelfRental.selector, provider));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
    }

    function test_RevertWhen_RentBlacklisted() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(governor);
        credit.blacklist(renter, bytes32("fraud"));
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, renter));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));

        vm.prank(governor);
        credit.blacklist(provider, bytes32("fraud"));
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, provider));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
    }

    function test_RevertWhen_ProviderNoLongerOwns() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotOwner.selector, tokenId, provider));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
    }

    function test_RevertWhen_RentUnverified() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32("lapsed"));
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
    }

    function test_RevertWhen_TermsChanged() public {
        bytes32 agreed = escrow.termsHash(listingId);
        // the provider raises the price between the renter's signature and its inclusion
        IPledgeEscrow.Terms memory t = _terms();
        t.minDuration = 3 hours;
        vm.prank(provider);
        escrow.updateListing(listingId, t);
        bytes32 current = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.TermsChanged.selector, listingId, current, agreed));
        escrow.rent(listingId, 0, 3 hours, agreed, address(0));

        // ... or rebinds the device (and has it verified again)
        agreed = current;
        (address other,) = makeAddrAndKey("provider-key");
        vm.prank(provider);
        registry.bindDevice(tokenId, other);
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 30 days));
        current = keccak256(abi.encode(address(usd), t, other));
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.TermsChanged.selector, listingId, current, agreed));
        escrow.rent(listingId, 0, 3 hours, agreed, address(0));
    }

    function test_RevertWhen_UnknownRenterPlatform() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.UnknownPlatform.selector, platformA));
        escrow.rent(listingId, 0, 2 hours, hash, platformA);
    }

    function test_RevertWhen_RentPausedOrUnknown() public {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, 99));
        escrow.rent(99, 0, 2 hours, hash, address(0));
        vm.prank(pauser);
        escrow.pause();
        vm.prank(renter);
        vm.expectRevert(IPledgeEscrow.EnforcedPause.selector);
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
        vm.prank(renter);
        vm.expectRevert(IPledgeEscrow.EnforcedPause.selector);
        escrow.rentWithPermit(listingId, 0, 2 hours, hash, address(0), 0, 0, 0, 0, 0);
    }

    // ---------------------------------------------------------------- rentWithPermit

    function _permit(uint256 key, address owner, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                address(escrow),
                value,
                usd.nonces(owner),
                deadline
            )
        );
        (v, r, s) = vm.sign(key, _digest(address(usd), "Test USD", structHash));
    }

    function test_RentWithPermit() public {
        (address signer, uint256 key) = makeAddrAndKey("permit-renter");
        usd.mint(signer, 1000 * USD);
        uint256 amount = 20 * USD + PAID_DEPOSIT;
        (uint8 v, bytes32 r, bytes32 s) = _permit(key, signer, amount, block.timestamp + 1 hours);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(signer);
        uint256 rentalId =
            escrow.rentWithPermit(listingId, 0, 2 hours, hash, address(0), amount, block.timestamp + 1 hours, v, r, s);
        assertEq(_rental(rentalId).renter, signer);
        assertEq(usd.balanceOf(signer), 1000 * USD - amount);
    }

    function test_RentWithPermit_FailedPermitIgnoredWhenAllowanceSuffices() public {
        bytes32 hash = escrow.termsHash(listingId);
        // renter has a standing allowance; a garbage (or front-run) permit is ignored
        vm.prank(renter);
        uint256 rentalId = escrow.rentWithPermit(
            listingId, 0, 2 hours, hash, address(0), 1, block.timestamp, 27, bytes32(0), bytes32(0)
        );
        assertEq(_rental(rentalId).renter, renter);
    }

    function test_RevertWhen_RentWithPermitFailsWithoutAllowance() public {
        (address signer,) = makeAddrAndKey("permit-renter");
        usd.mint(signer, 1000 * USD);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(signer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, 20 * USD + PAID_DEPOSIT
            )
        );
        escrow.rentWithPermit(listingId, 0, 2 hours, hash, address(0), 1, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    // ---------------------------------------------------------------- checkIn

    function test_CheckIn() public {
        uint64 s = uint64(block.timestamp + 1 days);
        uint256 rentalId = _book(renter, listingId, s, 2 hours);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadTime.selector, rentalId, s, s + 2 hours));
        escrow.checkIn(rentalId);

        vm.warp(s);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotRenter.selector, rentalId, stranger));
        escrow.checkIn(rentalId);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.CheckedIn(rentalId, renter);
        vm.prank(renter);
        escrow.checkIn(rentalId);
        assertEq(uint8(_rental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Active));
        assertTrue(_rental(rentalId).checkedIn);
        assertEq(registry.userOf(tokenId), renter);
        assertEq(registry.userExpires(tokenId), s + 2 hours);
        assertEq(escrow.activeRentalOf(tokenId), rentalId);
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowWrongStatus.selector, rentalId, IPledgeEscrow.RentalStatus.Active
            )
        );
        escrow.checkIn(rentalId);
    }

    function test_RevertWhen_CheckInAtEnd() public {
        uint64 s = uint64(block.timestamp + 1 days);
        uint256 rentalId = _book(renter, listingId, s, 2 hours);
        vm.warp(s + 2 hours);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadTime.selector, rentalId, s, s + 2 hours));
        escrow.checkIn(rentalId);
    }

    function test_RevertWhen_CheckInWhileEarlierRenterIsLate() public {
        uint256 first = _rent(renter, listingId, 2 hours);
        uint64 s = uint64(block.timestamp + 2 hours);
        uint256 second = _book(renter2, listingId, s, 2 hours);
        vm.warp(s + 10 minutes);
        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetBusy.selector, tokenId, first));
        escrow.checkIn(second);
        _end(renter, first);
        vm.prank(renter2);
        escrow.checkIn(second);
        assertEq(registry.userOf(tokenId), renter2);
    }

    function test_RevertWhen_CheckInUnverified() public {
        uint64 s = uint64(block.timestamp + 1 days);
        uint256 rentalId = _book(renter, listingId, s, 2 hours);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32("recall"));
        vm.warp(s);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
        escrow.checkIn(rentalId);
    }

    function test_Lock_FromFirstOpenRentalUntilNoneLeft() public {
        uint64 s = uint64(block.timestamp + 1 days);
        uint256 a = _book(renter, listingId, s, 2 hours);
        uint256 b = _book(renter2, listingId, s + 3 hours, 2 hours);
        assertTrue(registry.isLocked(tokenId));
        vm.prank(renter);
        escrow.cancel(a);
        assertTrue(registry.isLocked(tokenId));
        vm.prank(renter2);
        escrow.cancel(b);
        assertFalse(registry.isLocked(tokenId));
        assertEq(escrow.openRentalsOf(tokenId).length, 0);
    }
}
