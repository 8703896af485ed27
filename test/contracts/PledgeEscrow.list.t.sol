// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {MockFeeOnTransferToken} from "./mocks/MockFeeOnTransferToken.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice list, updateListing, closeListing, delist and termsHash.
contract PledgeEscrowListTest is EscrowHelpers {
    function test_List() public {
        uint256 tokenId = _asset(provider, "bike");
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = payee;
        uint256 pledge = BASE_PLEDGE * TIER1_BPS / 10_000;
        uint256 before = shr.balanceOf(provider);

        vm.startPrank(provider);
        shr.approve(address(escrow), type(uint256).max);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Listed(
            1,
            tokenId,
            provider,
            address(usd),
            t.pricePerHour,
            t.deposit,
            t.minDuration,
            t.maxDuration,
            t.pricePerUnit,
            t.cancelFeeBps,
            t.freeCancelBefore,
            payee,
            address(0)
        );
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeLocked(1, provider, pledge);
        uint256 listingId = escrow.list(tokenId, address(usd), t);
        vm.stopPrank();

        assertEq(listingId, 1);
        assertEq(before - shr.balanceOf(provider), 150 ether);
        assertEq(shr.balanceOf(address(escrow)), 150 ether);
        IPledgeEscrow.Listing memory l = _listing(listingId);
        assertEq(l.tokenId, tokenId);
        assertEq(l.provider, provider);
        assertEq(l.paymentToken, address(usd));
        assertEq(keccak256(abi.encode(l.terms)), keccak256(abi.encode(t)));
        assertEq(l.termsVersion, 0);
        assertEq(uint8(l.status), uint8(IPledgeEscrow.ListingStatus.Active));
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.Locked));
        assertEq(l.pledge, 150 ether);
        assertEq(escrow.openListingOf(tokenId), listingId);
        assertEq(escrow.listingCount(), 1);
    }

    function test_TermsHash_IsThePinnedFormula() public {
        (uint256 tokenId, uint256 listingId) = _listed("bike");
        assertEq(escrow.termsHash(listingId), keccak256(abi.encode(address(usd), _terms(), device)));
        // a rebinding (only possible without open rentals) changes it
        address other = makeAddr("other-device");
        vm.prank(provider);
        registry.bindDevice(tokenId, other);
        assertEq(escrow.termsHash(listingId), keccak256(abi.encode(address(usd), _terms(), other)));
    }

    function test_RevertWhen_ListNotOwner() public {
        uint256 tokenId = _asset(provider, "bike");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.NotOwner.selector, tokenId, stranger));
        escrow.list(tokenId, address(usd), _terms());
    }

    function test_RevertWhen_ListBlacklisted() public {
        uint256 tokenId = _asset(provider, "bike");
        vm.prank(governor);
        credit.blacklist(provider, bytes32("fraud"));
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, provider));
        escrow.list(tokenId, address(usd), _terms());
    }

    function test_RevertWhen_ListUnverified() public {
        uint256 tokenId = _asset(provider, "bike");
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32("reason"));
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId));
        escrow.list(tokenId, address(usd), _terms());
    }

    function test_RevertWhen_ListTokenNotAllowed() public {
        uint256 tokenId = _asset(provider, "bike");
        address token = makeAddr("not-a-token");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowPaymentTokenNotAllowed.selector, token));
        escrow.list(tokenId, token, _terms());
    }

    function test_RevertWhen_ListInvalidTerms() public {
        uint256 tokenId = _asset(provider, "bike");
        IPledgeEscrow.Terms[7] memory bad;
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = _terms();
        }
        bad[0].pricePerHour = 0;
        bad[1].deposit = 0;
        bad[2].maxDuration = 0;
        bad[2].minDuration = 0;
        bad[3].minDuration = bad[3].maxDuration + 1;
        bad[4].cancelFeeBps = 10_001;
        bad[5].pricePerHour = uint256(type(uint128).max) + 1;
        bad[6].pricePerUnit = uint256(type(uint128).max) + 1;
        vm.startPrank(provider);
        shr.approve(address(escrow), type(uint256).max);
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidTerms.selector, bad[i]));
            escrow.list(tokenId, address(usd), bad[i]);
        }
        vm.stopPrank();
    }

    function test_RevertWhen_ListUnknownPlatform() public {
        uint256 tokenId = _asset(provider, "bike");
        IPledgeEscrow.Terms memory t = _terms();
        t.platform = platformA;
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.UnknownPlatform.selector, platformA));
        escrow.list(tokenId, address(usd), t);
    }

    function test_RevertWhen_ListTwice() public {
        (uint256 tokenId, uint256 listingId) = _listed("bike");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowAlreadyListed.selector, tokenId, listingId));
        escrow.list(tokenId, address(usd), _terms());
    }

    function test_RevertWhen_ListWithoutPledgeAllowance() public {
        uint256 tokenId = _asset(provider, "bike");
        vm.prank(provider);
        shr.approve(address(escrow), 0);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, 150 ether)
        );
        escrow.list(tokenId, address(usd), _terms());
    }

    function test_RevertWhen_ListPaused() public {
        uint256 tokenId = _asset(provider, "bike");
        vm.prank(pauser);
        escrow.pause();
        vm.prank(provider);
        vm.expectRevert(IPledgeEscrow.EnforcedPause.selector);
        escrow.list(tokenId, address(usd), _terms());
    }

    // ---------------------------------------------------------------- updateListing

    function test_UpdateListing_ChangesOnlyLaterRentals() public {
        (, uint256 listingId) = _listed("bike");
        uint256 first = _rent(renter, listingId, 2 hours);
        IPledgeEscrow.Terms memory t = _terms();
        t.pricePerHour = 20 * USD;
        t.pricePerUnit = 0;
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.ListingUpdated(
            listingId,
            20 * USD,
            t.deposit,
            t.minDuration,
            t.maxDuration,
            0,
            t.cancelFeeBps,
            t.freeCancelBefore,
            address(0),
            address(0)
        );
        vm.prank(provider);
        escrow.updateListing(listingId, t);

        assertEq(_listing(listingId).termsVersion, 1);
        assertEq(_listing(listingId).terms.pricePerHour, 20 * USD);
        assertEq(escrow.rentalTerms(first).pricePerHour, PRICE);
        assertEq(_rental(first).termsVersion, 0);
        uint256 second = _book(renter2, listingId, uint64(block.timestamp + 1 days), 2 hours);
        assertEq(_rental(second).rent, 40 * USD);
        assertEq(_rental(second).termsVersion, 1);
        assertEq(escrow.rentalTerms(second).pricePerUnit, 0);
    }

    function test_RevertWhen_UpdateListingNotProvider() public {
        (, uint256 listingId) = _listed("bike");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotProvider.selector, listingId, stranger));
        escrow.updateListing(listingId, _terms());
    }

    function test_RevertWhen_UpdateListingInvalid() public {
        (, uint256 listingId) = _listed("bike");
        IPledgeEscrow.Terms memory t = _terms();
        t.deposit = 0;
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidTerms.selector, t));
        escrow.updateListing(listingId, t);
    }

    function test_RevertWhen_UpdateListingPaused() public {
        (, uint256 listingId) = _listed("bike");
        vm.prank(pauser);
        escrow.pause();
        vm.prank(provider);
        vm.expectRevert(IPledgeEscrow.EnforcedPause.selector);
        escrow.updateListing(listingId, _terms());
    }

    // ---------------------------------------------------------------- closeListing and delist

    function test_CloseListing_OpenRentalsRunOnThenDelist() public {
        (uint256 tokenId, uint256 listingId) = _listed("bike");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        bytes32 hash = escrow.termsHash(listingId);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.ListingClosed(listingId);
        vm.prank(provider);
        escrow.closeListing(listingId);
        assertEq(uint8(_listing(listingId).status), uint8(IPledgeEscrow.ListingStatus.Closed));
        assertEq(escrow.openListingOf(tokenId), listingId);

        vm.prank(renter2);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, listingId));
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, listingId));
        escrow.updateListing(listingId, _terms());
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, listingId));
        escrow.closeListing(listingId);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingBusy.selector, listingId, 1));
        escrow.delist(listingId);

        // the open rental runs on
        vm.warp(block.timestamp + 2 hours);
        _end(renter, rentalId);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingBusy.selector, listingId, 1));
        escrow.delist(listingId);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(rentalId);

        uint256 before = shr.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Delisted(listingId);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PledgeReturned(listingId, provider, 150 ether);
        vm.prank(provider);
        escrow.delist(listingId);
        assertEq(shr.balanceOf(provider) - before, 150 ether);
        assertEq(uint8(_listing(listingId).status), uint8(IPledgeEscrow.ListingStatus.Delisted));
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Returned));
        assertEq(escrow.openListingOf(tokenId), 0);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, listingId));
        escrow.delist(listingId);
        // the owner may list again
        assertEq(_list(provider, tokenId), 2);
    }

    function test_RevertWhen_CloseListingNotProvider() public {
        (, uint256 listingId) = _listed("bike");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotProvider.selector, listingId, stranger));
        escrow.closeListing(listingId);
    }

    function test_Delist_ByAnyoneOnceTheProviderNoLongerOwns() public {
        (uint256 tokenId, uint256 listingId) = _listed("bike");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotProvider.selector, listingId, stranger));
        escrow.delist(listingId);

        vm.prank(provider);
        registry.transferFrom(provider, renter2, tokenId);
        vm.prank(stranger);
        escrow.delist(listingId);
        // the pledge goes back to the provider, not to the caller
        assertEq(shr.balanceOf(stranger), 0);
        assertEq(_listing(listingId).pledge, 150 ether);
        assertEq(uint8(_listing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Returned));
        // the new owner can list
        vm.prank(provider);
        shr.transfer(renter2, 150 ether);
        vm.prank(renter2);
        escrow.list(tokenId, address(usd), _terms());
        assertEq(escrow.openListingOf(tokenId), 2);
    }

    function test_RevertWhen_DelistUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.ListingNotOpen.selector, 7));
        escrow.delist(7);
    }

    function test_RevertWhen_RentFeeOnTransferPayment() public {
        MockFeeOnTransferToken fot = new MockFeeOnTransferToken(100);
        vm.prank(governor);
        escrow.setPaymentToken(address(fot), true);
        uint256 tokenId = _asset(provider, "bike");
        vm.startPrank(provider);
        shr.approve(address(escrow), type(uint256).max);
        uint256 listingId = escrow.list(tokenId, address(fot), _terms());
        vm.stopPrank();
        fot.mint(renter, 1000 * USD);
        vm.prank(renter);
        fot.approve(address(escrow), type(uint256).max);
        bytes32 hash = escrow.termsHash(listingId);
        uint256 amount = 20 * USD + PAID_DEPOSIT;
        vm.prank(renter);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.FeeOnTransfer.selector, address(fot), amount, amount - amount / 100)
        );
        escrow.rent(listingId, 0, 2 hours, hash, address(0));
    }
}
