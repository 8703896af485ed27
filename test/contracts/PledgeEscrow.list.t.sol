// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice PledgeEscrow: list, updateListing, delist, and the stale listing of a previous owner.
contract PledgeEscrowListTest is EscrowHelpers {
    uint256 internal tokenId;

    function setUp() public override {
        super.setUp();
        tokenId = _asset(provider, "bike-1");
    }

    // ---------------------------------------------------------------- list

    function test_List() public {
        uint256 shrBefore = shr.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Listed(1, tokenId, provider, address(usd), 7, 333, 10 minutes, 2 days, 3);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeLocked(1, provider, 100 ether);
        vm.expectEmit(address(shr));
        emit IERC20.Transfer(provider, address(escrow), 100 ether);
        uint256 listingId = _listWith(provider, tokenId, 7, 333, 10 minutes, 2 days, 3);

        assertEq(listingId, 1);
        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertEq(l.tokenId, tokenId);
        assertEq(l.provider, provider);
        assertEq(l.paymentToken, address(usd));
        assertEq(l.pricePerHour, 7);
        assertEq(l.deposit, 333);
        assertEq(l.minDuration, 10 minutes);
        assertEq(l.maxDuration, 2 days);
        assertEq(l.pricePerUnit, 3);
        assertEq(l.pledge, 100 ether);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Locked));
        assertTrue(l.open);
        assertFalse(l.confirmed);
        assertEq(escrow.openListingOf(tokenId), 1);
        assertEq(escrow.listingCount(), 1);
        assertEq(shr.balanceOf(provider), shrBefore - 100 ether);
        assertEq(shr.balanceOf(address(escrow)), 100 ether);
    }

    function test_List_CountsListingIds() public {
        uint256 second = _asset(provider, "bike-2");
        assertEq(_list(provider, tokenId), 1);
        assertEq(_list(provider, second), 2);
        assertEq(escrow.listingCount(), 2);
        assertEq(escrow.openListingOf(second), 2);
    }

    function test_List_PledgeFollowsTier() public {
        for (uint8 tier = 0; tier < 4; ++tier) {
            address p = makeAddr(string.concat("tierProvider", vm.toString(tier)));
            vm.prank(provider);
            shr.transfer(p, 500 ether);
            vm.prank(p);
            shr.approve(address(escrow), type(uint256).max);
            _moveScore(p, _tierScore(tier));
            assertEq(credit.tierOf(p), tier);
            uint256 id = _asset(p, string.concat("tier-asset-", vm.toString(tier)));
            uint256 expected = _expPledge(BASE_PLEDGE, _tierBps(tier));
            uint256 nextId = tier + 1;

            vm.expectEmit(address(escrow));
            emit IPledgeEscrow.PledgeLocked(nextId, p, expected);
            uint256 listingId = _listWith(p, id, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
            assertEq(escrow.getListing(listingId).pledge, expected);
            assertEq(shr.balanceOf(p), 500 ether - expected);
        }
        // 200, 150, 100, 75 SHR
        assertEq(shr.balanceOf(address(escrow)), 525 ether);
    }

    function test_List_UsesBasePledgeInForceAtList() public {
        uint256 first = _list(provider, tokenId);
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, 33 ether, treasury);
        uint256 other = _asset(provider, "bike-2");
        uint256 second = _list(provider, other);

        assertEq(escrow.getListing(first).pledge, 100 ether);
        assertEq(escrow.getListing(second).pledge, 33 ether);

        // the first listing still returns the pledge it locked
        uint256 before = shr.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReturned(first, provider, 100 ether);
        vm.prank(provider);
        escrow.delist(first);
        assertEq(shr.balanceOf(provider), before + 100 ether);
    }

    function test_List_ZeroPledgeMovesNothing() public {
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, 0, treasury);
        uint256 before = shr.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeLocked(1, provider, 0);
        _listWith(provider, tokenId, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        assertEq(shr.balanceOf(provider), before);
    }

    function test_List_AcceptsTermsAtTheirBounds() public {
        // every term just below 2^128, and minDuration = maxDuration
        uint256 listingId = _listWith(provider, tokenId, MAX_TERM, MAX_TERM, 5 hours, 5 hours, MAX_TERM);
        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertEq(l.pricePerHour, MAX_TERM);
        assertEq(l.deposit, MAX_TERM);
        assertEq(l.pricePerUnit, MAX_TERM);

        // the smallest terms: price 1, deposit 1, no minimum, maxDuration 1 s, free usage
        uint256 other = _asset(provider, "bike-2");
        listingId = _listWith(provider, other, 1, 1, 0, 1, 0);
        l = escrow.getListing(listingId);
        assertEq(l.minDuration, 0);
        assertEq(l.maxDuration, 1);
        assertEq(l.pricePerUnit, 0);
    }

    function test_List_AgainAfterDelist() public {
        uint256 first = _list(provider, tokenId);
        vm.prank(provider);
        escrow.delist(first);
        uint256 second = _list(provider, tokenId);
        assertEq(second, 2);
        assertEq(escrow.openListingOf(tokenId), 2);
        assertFalse(escrow.getListing(first).open);
    }

    function test_RevertWhen_ListNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotOwner.selector, tokenId, renter));
        vm.prank(renter);
        escrow.list(tokenId, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListBlacklisted() public {
        vm.prank(governor);
        credit.blacklist(provider, keccak256("fraud"));
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, provider));
        vm.prank(provider);
        escrow.list(tokenId, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        // checked at call time: once lifted, listing works
        vm.prank(governor);
        credit.unblacklist(provider);
        _list(provider, tokenId);
    }

    function test_RevertWhen_ListNeverVerified() public {
        vm.prank(provider);
        uint256 raw = registry.register(keccak256("raw"), keccak256("raw-meta"), "ipfs://raw");
        _expectListRevert(raw, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, raw));
    }

    function test_RevertWhen_ListVerificationRevoked() public {
        vm.prank(verifier);
        registry.revokeVerification(tokenId, keccak256("fake"));
        _expectListRevert(tokenId, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
    }

    function test_RevertWhen_ListVerificationLapsed() public {
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        vm.warp(block.timestamp + 1 days + 1);
        _expectListRevert(tokenId, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
    }

    function test_List_AtValidUntil() public {
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        vm.warp(block.timestamp + 1 days); // validUntil is inclusive
        assertEq(_list(provider, tokenId), 1);
    }

    function test_RevertWhen_ListContentUpdated() public {
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("new"), "ipfs://new");
        _expectListRevert(tokenId, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
    }

    function test_RevertWhen_ListPaymentTokenNotAllowed() public {
        address token = makeAddr("token");
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowPaymentTokenNotAllowed.selector, token));
        vm.prank(provider);
        escrow.list(tokenId, token, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        // a token taken off the allowlist
        vm.prank(governor);
        escrow.setPaymentToken(address(usd), false);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowPaymentTokenNotAllowed.selector, address(usd)));
        vm.prank(provider);
        escrow.list(tokenId, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListAlreadyListed() public {
        uint256 listingId = _list(provider, tokenId);
        _expectListRevert(
            tokenId, abi.encodeWithSelector(IPledgeEscrow.EscrowAlreadyListed.selector, tokenId, listingId)
        );
    }

    function test_RevertWhen_ListZeroPricePerHour() public {
        _expectInvalidList(0, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListZeroDeposit() public {
        _expectInvalidList(PRICE, 0, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListZeroMaxDuration() public {
        _expectInvalidList(PRICE, DEPOSIT, 0, 0, PER_UNIT);
    }

    function test_RevertWhen_ListMinAboveMaxDuration() public {
        _expectInvalidList(PRICE, DEPOSIT, 2 hours, 2 hours - 1, PER_UNIT);
    }

    function test_RevertWhen_ListPricePerHourTooLarge() public {
        _expectInvalidList(MAX_TERM + 1, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListDepositTooLarge() public {
        _expectInvalidList(PRICE, MAX_TERM + 1, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_ListPricePerUnitTooLarge() public {
        _expectInvalidList(PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, MAX_TERM + 1);
    }

    function test_RevertWhen_ListPledgeNotApproved() public {
        vm.prank(provider);
        shr.approve(address(escrow), 100 ether - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 100 ether - 1, 100 ether
            )
        );
        vm.prank(provider);
        escrow.list(tokenId, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    // ---------------------------------------------------------------- updateListing

    function test_UpdateListing() public {
        uint256 listingId = _list(provider, tokenId);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.ListingUpdated(listingId, 11, 222, 0, 3 hours, 0);
        vm.prank(provider);
        escrow.updateListing(listingId, 11, 222, 0, 3 hours, 0);

        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertEq(l.pricePerHour, 11);
        assertEq(l.deposit, 222);
        assertEq(l.minDuration, 0);
        assertEq(l.maxDuration, 3 hours);
        assertEq(l.pricePerUnit, 0);
        // what the update does not touch
        assertEq(l.tokenId, tokenId);
        assertEq(l.provider, provider);
        assertEq(l.paymentToken, address(usd));
        assertEq(l.pledge, 100 ether);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Locked));
        assertTrue(l.open);
    }

    function test_UpdateListing_AcceptsTermsAtTheirBounds() public {
        uint256 listingId = _list(provider, tokenId);
        vm.prank(provider);
        escrow.updateListing(listingId, MAX_TERM, MAX_TERM, 9, 9, MAX_TERM);
        assertEq(escrow.getListing(listingId).pricePerUnit, MAX_TERM);
    }

    function test_UpdateListing_AffectsOnlyLaterRentals() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 first = _rent(renter, listingId, 2 hours);
        vm.prank(provider);
        escrow.updateListing(listingId, 36 * USD, 50 * USD, 2 hours, 3 hours, USD);

        IPledgeEscrow.Rental memory r = escrow.getRental(first);
        assertEq(r.pricePerHour, PRICE);
        assertEq(r.pricePerUnit, PER_UNIT);
        assertEq(r.minDuration, MIN_DURATION);
        assertEq(r.rent, 20 * USD);
        assertEq(r.deposit, DEPOSIT);

        // the first rental settles on its own terms: returned after 30 min, 1 h minimum
        _report(first, 100, 0, 1);
        vm.warp(block.timestamp + 30 minutes);
        Balances memory b = _balances();
        _end(renter, first);
        // charged ceil(10 × 3600 / 3600) = 10 tUSD, usage 100 × 0.01 = 1 tUSD
        assertEq(usd.balanceOf(renter) - b.renter, 10 * USD + 99 * USD);

        // a later rental pays the new terms
        uint256 second = _rent(renter, listingId, 2 hours);
        r = escrow.getRental(second);
        assertEq(r.pricePerHour, 36 * USD);
        assertEq(r.pricePerUnit, USD);
        assertEq(r.minDuration, 2 hours);
        assertEq(r.rent, 72 * USD);
        assertEq(r.deposit, 50 * USD);
    }

    function test_RevertWhen_UpdateListingNotOpen() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, 7));
        vm.prank(provider);
        escrow.updateListing(7, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        uint256 listingId = _list(provider, tokenId);
        vm.prank(provider);
        escrow.delist(listingId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, listingId));
        vm.prank(provider);
        escrow.updateListing(listingId, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_UpdateListingNotProvider() public {
        uint256 listingId = _list(provider, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotProvider.selector, listingId, renter));
        vm.prank(renter);
        escrow.updateListing(listingId, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function test_RevertWhen_UpdateListingInvalidTerms() public {
        uint256 listingId = _list(provider, tokenId);
        _expectInvalidUpdate(listingId, 0, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        _expectInvalidUpdate(listingId, PRICE, 0, MIN_DURATION, MAX_DURATION, PER_UNIT);
        _expectInvalidUpdate(listingId, PRICE, DEPOSIT, 0, 0, PER_UNIT);
        _expectInvalidUpdate(listingId, PRICE, DEPOSIT, 2, 1, PER_UNIT);
        _expectInvalidUpdate(listingId, MAX_TERM + 1, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        _expectInvalidUpdate(listingId, PRICE, MAX_TERM + 1, MIN_DURATION, MAX_DURATION, PER_UNIT);
        _expectInvalidUpdate(listingId, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, MAX_TERM + 1);
        // nothing changed
        assertEq(escrow.getListing(listingId).pricePerHour, PRICE);
    }

    // ---------------------------------------------------------------- delist

    function test_Delist() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 before = shr.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Delisted(listingId);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReturned(listingId, provider, 100 ether);
        vm.expectEmit(address(shr));
        emit IERC20.Transfer(address(escrow), provider, 100 ether);
        vm.prank(provider);
        escrow.delist(listingId);

        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertFalse(l.open);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Returned));
        assertEq(l.pledge, 100 ether);
        assertEq(escrow.openListingOf(tokenId), 0);
        assertEq(shr.balanceOf(provider), before + 100 ether);
        assertEq(shr.balanceOf(address(escrow)), 0);
    }

    function test_Delist_AfterReleaseReturnsNoPledge() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        _end(renter, rentalId);
        uint256 before = shr.balanceOf(provider);

        vm.recordLogs();
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Delisted(listingId);
        vm.prank(provider);
        escrow.delist(listingId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_count(logs, address(escrow), IPledgeEscrow.PledgeReturned.selector), 0);

        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertFalse(l.open);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
        assertEq(shr.balanceOf(provider), before);
    }

    function test_Delist_AfterSettledRental() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _end(renter, rentalId);
        vm.prank(provider);
        escrow.delist(listingId);
        assertEq(uint8(escrow.getListing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Returned));
    }

    function test_RevertWhen_DelistNotOpen() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, 0));
        vm.prank(provider);
        escrow.delist(0);

        uint256 listingId = _list(provider, tokenId);
        vm.prank(provider);
        escrow.delist(listingId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, listingId));
        vm.prank(provider);
        escrow.delist(listingId);
    }

    function test_RevertWhen_DelistNotProvider() public {
        uint256 listingId = _list(provider, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotProvider.selector, listingId, stranger));
        vm.prank(stranger);
        escrow.delist(listingId);
    }

    function test_RevertWhen_DelistDuringRental() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId));
        vm.prank(provider);
        escrow.delist(listingId);

        // still busy after the end, until settled
        vm.warp(block.timestamp + 3 hours);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId));
        vm.prank(provider);
        escrow.delist(listingId);
    }

    function test_RevertWhen_DelistDuringDispute() public {
        uint256 listingId = _list(provider, tokenId);
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("broken"));
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId));
        vm.prank(provider);
        escrow.delist(listingId);
    }

    // ---------------------------------------------------------------- a previous owner's stale listing

    function test_List_ClosesStaleListingOfPreviousOwner() public {
        uint256 stale = _list(provider, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, provider2, tokenId);
        uint256 oldOwnerShr = shr.balanceOf(provider);
        uint256 newOwnerShr = shr.balanceOf(provider2);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Delisted(stale);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReturned(stale, provider, 100 ether);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Listed(
            2, tokenId, provider2, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT
        );
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeLocked(2, provider2, 100 ether);
        uint256 fresh = _listWith(provider2, tokenId, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        assertEq(fresh, 2);
        IPledgeEscrow.Listing memory l = escrow.getListing(stale);
        assertFalse(l.open);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Returned));
        assertEq(escrow.openListingOf(tokenId), fresh);
        assertEq(shr.balanceOf(provider), oldOwnerShr + 100 ether);
        assertEq(shr.balanceOf(provider2), newOwnerShr - 100 ether);
        assertEq(shr.balanceOf(address(escrow)), 100 ether);

        // the new listing rents normally
        uint256 rentalId = _rent(renter, fresh, 2 hours);
        assertEq(escrow.getRental(rentalId).provider, provider2);
    }

    function test_List_ClosesStaleReleasedListingWithoutPledge() public {
        uint256 stale = _list(provider, tokenId);
        uint256 rentalId = _rent(renter, stale, 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        _end(renter, rentalId);
        vm.prank(provider);
        registry.transferFrom(provider, provider2, tokenId);
        uint256 oldOwnerShr = shr.balanceOf(provider);

        vm.recordLogs();
        _list(provider2, tokenId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_count(logs, address(escrow), IPledgeEscrow.Delisted.selector), 1);
        assertEq(_count(logs, address(escrow), IPledgeEscrow.PledgeReturned.selector), 0);
        assertEq(shr.balanceOf(provider), oldOwnerShr);
        assertEq(uint8(escrow.getListing(stale).pledgeState), uint8(IPledgeEscrow.PledgeState.Released));
        assertFalse(escrow.getListing(stale).open);
    }

    function test_RevertWhen_RentStaleListing() public {
        uint256 stale = _list(provider, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, provider2, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotOwner.selector, tokenId, provider));
        vm.prank(renter);
        escrow.rent(stale, 2 hours);
    }

    function test_Delist_StaleListingByPreviousOwner() public {
        uint256 stale = _list(provider, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, provider2, tokenId);
        uint256 before = shr.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReturned(stale, provider, 100 ether);
        vm.prank(provider);
        escrow.delist(stale);
        assertEq(shr.balanceOf(provider), before + 100 ether);
        assertEq(escrow.openListingOf(tokenId), 0);
    }

    function test_RevertWhen_ListStaleListingReturnsToItsOwner() public {
        // the token comes back to the owner whose listing is still open: that is no stale listing
        uint256 listingId = _list(provider, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, provider2, tokenId);
        vm.prank(provider2);
        registry.transferFrom(provider2, provider, tokenId);
        _expectListRevert(
            tokenId, abi.encodeWithSelector(IPledgeEscrow.EscrowAlreadyListed.selector, tokenId, listingId)
        );
    }

    // ---------------------------------------------------------------- helpers

    function _expectListRevert(uint256 id, bytes memory err) internal {
        vm.expectRevert(err);
        vm.prank(provider);
        escrow.list(id, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
    }

    function _expectInvalidUpdate(
        uint256 listingId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) internal {
        vm.expectRevert(IPledgeEscrow.InvalidTerms.selector);
        vm.prank(provider);
        escrow.updateListing(listingId, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
    }

    function _expectInvalidList(
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) internal {
        vm.expectRevert(IPledgeEscrow.InvalidTerms.selector);
        vm.prank(provider);
        escrow.list(tokenId, address(usd), pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
    }
}
