// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC4907} from "../../contracts/interfaces/IERC4907.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice PledgeEscrow: rent and rentWithPermit.
contract PledgeEscrowRentTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;

    address internal permitRenter;
    uint256 internal permitKey;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike-1");
        (permitRenter, permitKey) = makeAddrAndKey("permitRenter");
        usd.mint(permitRenter, 1_000_000 * USD);
    }

    // ---------------------------------------------------------------- rent

    function test_Rent() public {
        uint64 start = uint64(block.timestamp);
        uint64 end = start + 2 hours;
        Balances memory b = _balances();

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Rented(1, listingId, renter, tokenId, start, end, 20 * USD, DEPOSIT);
        vm.expectEmit(address(registry));
        emit IERC4907.UpdateUser(tokenId, renter, end);
        vm.expectEmit(address(usd));
        emit IERC20.Transfer(renter, address(escrow), 120 * USD);
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, 2 hours);

        assertEq(rentalId, 1);
        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(r.listingId, listingId);
        assertEq(r.tokenId, tokenId);
        assertEq(r.renter, renter);
        assertEq(r.provider, provider);
        assertEq(r.paymentToken, address(usd));
        assertEq(r.start, start);
        assertEq(r.end, end);
        assertEq(r.minDuration, MIN_DURATION);
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.Active));
        assertFalse(r.confirmed);
        assertEq(r.damageBps, 0);
        assertEq(r.lastNonce, 0);
        assertEq(r.pricePerHour, PRICE);
        assertEq(r.pricePerUnit, PER_UNIT);
        assertEq(r.rent, 20 * USD);
        assertEq(r.deposit, DEPOSIT);
        assertEq(r.units, 0);
        assertEq(r.disputeId, 0);
        assertEq(r.paramsId, 1);

        assertEq(escrow.activeRentalOf(tokenId), rentalId);
        assertEq(escrow.activeRentalCount(renter), 1);
        assertEq(escrow.rentalCount(), 1);
        assertEq(registry.userOf(tokenId), renter);
        assertEq(registry.userExpires(tokenId), end);
        assertEq(usd.balanceOf(renter), b.renter - 120 * USD);
        assertEq(usd.balanceOf(address(escrow)), b.escrow + 120 * USD);
        // the listing stays open
        assertTrue(escrow.getListing(listingId).open);
    }

    function test_Rent_UserRecordOutlivesEndUntilSettled() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        uint64 end = escrow.getRental(rentalId).end;
        vm.warp(end);
        assertEq(registry.userOf(tokenId), renter);
        vm.warp(end + 1);
        // ERC-4907: expired for readers, but the record is still there
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), end);
    }

    function test_Rent_RoundsRentUp() public {
        uint256 id = _asset(provider, "odd");
        uint256 odd = _listWith(provider, id, 7, 333, 0, 10 days, 0);
        uint64[5] memory durations = [uint64(1), 514, 3600, 3601, 10 days];
        // ceil(7 × d / 3600)
        uint256[5] memory rents = [uint256(1), 1, 7, 8, 1680];
        for (uint256 i = 0; i < durations.length; ++i) {
            uint256 before = usd.balanceOf(renter);
            uint256 rentalId = _rent(renter, odd, durations[i]);
            assertEq(escrow.getRental(rentalId).rent, rents[i]);
            assertEq(escrow.getRental(rentalId).rent, _expRent(7, durations[i]));
            assertEq(before - usd.balanceOf(renter), rents[i] + 333);
            _end(renter, rentalId);
        }
    }

    function test_Rent_DepositFollowsTier() public {
        uint256 id = _asset(provider, "odd");
        uint256 odd = _listWith(provider, id, 7, 333, 0, 10 days, 0);
        // ceil(333 × bps / 10 000) for tiers 1, 2, 3: 499.5 → 500, 333, 249.75 → 250
        uint256[4] memory deposits = [uint256(0), 500, 333, 250];
        for (uint8 tier = 1; tier < 4; ++tier) {
            address who = makeAddr(string.concat("tierRenter", vm.toString(tier)));
            _fund(who);
            _moveScore(who, _tierScore(tier));
            assertEq(credit.tierOf(who), tier);
            uint256 before = usd.balanceOf(who);

            vm.expectEmit(address(escrow));
            emit IPledgeEscrow.Rented(
                escrow.rentalCount() + 1,
                odd,
                who,
                id,
                uint64(block.timestamp),
                uint64(block.timestamp + 1 hours),
                7,
                deposits[tier]
            );
            vm.prank(who);
            uint256 rentalId = escrow.rent(odd, 1 hours);

            assertEq(escrow.getRental(rentalId).deposit, deposits[tier]);
            assertEq(deposits[tier], _expDeposit(333, _tierBps(tier)));
            assertEq(before - usd.balanceOf(who), 7 + deposits[tier]);
            _end(who, rentalId);
        }
    }

    function test_Rent_RecordsParamsInForce() public {
        uint256 first = _rent(renter, listingId, 2 hours);
        vm.prank(governor);
        escrow.setParams(500, 1 hours, 100, 1 ether, 1 ether, stranger);
        _end(renter, first);
        uint256 second = _rent(renter, listingId, 2 hours);
        assertEq(escrow.getRental(first).paramsId, 1);
        assertEq(escrow.getRental(second).paramsId, 2);
        IPledgeEscrow.Params memory p = escrow.getParams(2);
        assertEq(p.platformFeeBps, 500);
        assertEq(p.treasury, stranger);
    }

    function test_Rent_AtMinAndMaxDuration() public {
        uint256 rentalId = _rent(renter, listingId, MIN_DURATION);
        assertEq(escrow.getRental(rentalId).end, block.timestamp + MIN_DURATION);
        _end(renter, rentalId);
        rentalId = _rent(renter, listingId, MAX_DURATION);
        assertEq(escrow.getRental(rentalId).rent, 7 * 24 * PRICE);
    }

    function test_Rent_AgainAfterSettlement() public {
        uint256 first = _rent(renter, listingId, 2 hours);
        _end(renter, first);
        assertEq(escrow.activeRentalOf(tokenId), 0);
        uint256 second = _rent(renter2, listingId, 2 hours);
        assertEq(second, 2);
        assertEq(escrow.activeRentalOf(tokenId), 2);
        assertEq(escrow.rentalCount(), 2);
    }

    function test_RevertWhen_RentListingNotOpen() public {
        _expectRentRevert(renter, 0, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, 0));
        _expectRentRevert(renter, 99, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, 99));
        vm.prank(provider);
        escrow.delist(listingId);
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, listingId)
        );
    }

    function test_RevertWhen_RentPaymentTokenRemoved() public {
        uint256 first = _rent(renter, listingId, 2 hours);
        vm.prank(governor);
        escrow.setPaymentToken(address(usd), false);
        // a rental already running still settles
        _end(renter, first);
        assertEq(uint8(escrow.getRental(first).status), uint8(IPledgeEscrow.RentalStatus.Settled));
        // but the listing takes no new rental in a token off the allowlist
        _expectRentRevert(
            renter2,
            listingId,
            2 hours,
            abi.encodeWithSelector(IPledgeEscrow.EscrowPaymentTokenNotAllowed.selector, address(usd))
        );
        assertTrue(escrow.getListing(listingId).open);
        vm.prank(governor);
        escrow.setPaymentToken(address(usd), true);
        _rent(renter2, listingId, 2 hours);
    }

    function test_RevertWhen_RentSelfRental() public {
        usd.mint(provider, 1000 * USD);
        vm.prank(provider);
        usd.approve(address(escrow), type(uint256).max);
        _expectRentRevert(
            provider, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.SelfRental.selector, provider)
        );
    }

    function test_RevertWhen_RentRenterBlacklisted() public {
        vm.prank(governor);
        credit.blacklist(renter, keccak256("fraud"));
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, renter)
        );
        vm.prank(governor);
        credit.unblacklist(renter);
        _rent(renter, listingId, 2 hours);
    }

    function test_RevertWhen_RentProviderBlacklisted() public {
        // blacklisted after listing: the listing cannot be rented
        vm.prank(governor);
        credit.blacklist(provider, keccak256("fraud"));
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, provider)
        );
    }

    function test_RevertWhen_RentVerificationRevoked() public {
        vm.prank(verifier);
        registry.revokeVerification(tokenId, keccak256("fake"));
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId)
        );
    }

    function test_RevertWhen_RentVerificationLapsed() public {
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        vm.warp(block.timestamp + 1 days + 1);
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId)
        );
        // the listing stays open and rents again once re-verified
        assertTrue(escrow.getListing(listingId).open);
        assertEq(escrow.openListingOf(tokenId), listingId);
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        _rent(renter, listingId, 2 hours);
    }

    function test_Rent_AtValidUntil() public {
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        vm.warp(block.timestamp + 1 days);
        _rent(renter, listingId, 2 hours);
    }

    function test_RevertWhen_RentContentUpdated() public {
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("other"), "ipfs://other");
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.AssetNotVerified.selector, tokenId)
        );
        assertTrue(escrow.getListing(listingId).open);
    }

    function test_RevertWhen_RentAssetBusy() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        _expectRentRevert(
            renter2,
            listingId,
            2 hours,
            abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId)
        );
        // busy after its end as well, until settled
        vm.warp(block.timestamp + 3 hours);
        _expectRentRevert(
            renter2,
            listingId,
            2 hours,
            abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId)
        );
    }

    function test_RevertWhen_RentAssetDisputed() public {
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("broken"));
        _expectRentRevert(
            renter2,
            listingId,
            2 hours,
            abi.encodeWithSelector(IPledgeEscrow.EscrowAssetBusy.selector, tokenId, rentalId)
        );
    }

    function test_RevertWhen_RentZeroDuration() public {
        uint256 id = _asset(provider, "nomin");
        uint256 noMin = _listWith(provider, id, PRICE, DEPOSIT, 0, MAX_DURATION, PER_UNIT);
        _expectRentRevert(
            renter, noMin, 0, abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, 0, 0, MAX_DURATION)
        );
        _expectRentRevert(
            renter,
            listingId,
            0,
            abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, 0, MIN_DURATION, MAX_DURATION)
        );
    }

    function test_RevertWhen_RentBelowMinDuration() public {
        _expectRentRevert(
            renter,
            listingId,
            MIN_DURATION - 1,
            abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, MIN_DURATION - 1, MIN_DURATION, MAX_DURATION)
        );
    }

    function test_RevertWhen_RentAboveMaxDuration() public {
        _expectRentRevert(
            renter,
            listingId,
            MAX_DURATION + 1,
            abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, MAX_DURATION + 1, MIN_DURATION, MAX_DURATION)
        );
    }

    function test_RevertWhen_RentTierOneSecondRental() public {
        _moveScore(renter, 550);
        assertEq(credit.tierOf(renter), 1);
        _rent(renter, listingId, 2 hours);
        (, uint256 other) = _listed("bike-2");
        _expectRentRevert(
            renter, other, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowTooManyRentals.selector, renter, 1)
        );
        // the slot frees at settlement
        _end(renter, 1);
        assertEq(escrow.activeRentalCount(renter), 0);
        _rent(renter, other, 2 hours);
        assertEq(escrow.activeRentalCount(renter), 1);
    }

    function test_RevertWhen_RentTierZero() public {
        _moveScore(renter, 200);
        assertEq(credit.tierOf(renter), 0);
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowTooManyRentals.selector, renter, 0)
        );
    }

    function test_RevertWhen_RentTierTwoFourthRental() public {
        for (uint256 i = 0; i < 3; ++i) {
            (, uint256 id) = _listed(string.concat("many-", vm.toString(i)));
            _rent(renter, id, 2 hours);
        }
        assertEq(escrow.activeRentalCount(renter), 3);
        _expectRentRevert(
            renter, listingId, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowTooManyRentals.selector, renter, 3)
        );
    }

    function test_RevertWhen_RentLimitCheckedAtCallTime() public {
        // a rental made in tier 2 counts against the tier-1 limit after the score falls
        _rent(renter, listingId, 2 hours);
        _moveScore(renter, 550);
        (, uint256 other) = _listed("bike-2");
        _expectRentRevert(
            renter, other, 2 hours, abi.encodeWithSelector(IPledgeEscrow.EscrowTooManyRentals.selector, renter, 1)
        );
    }

    function test_RevertWhen_RentAllowanceShort() public {
        vm.prank(renter);
        usd.approve(address(escrow), 120 * USD - 1);
        _expectRentRevert(
            renter,
            listingId,
            2 hours,
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 120 * USD - 1, 120 * USD
            )
        );
    }

    // ---------------------------------------------------------------- rentWithPermit

    function test_RentWithPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        uint64 start = uint64(block.timestamp);

        vm.expectEmit(address(usd));
        emit IERC20.Approval(permitRenter, address(escrow), 120 * USD);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Rented(1, listingId, permitRenter, tokenId, start, start + 2 hours, 20 * USD, DEPOSIT);
        vm.prank(permitRenter);
        uint256 rentalId = escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);

        assertEq(rentalId, 1);
        assertEq(escrow.getRental(rentalId).renter, permitRenter);
        assertEq(usd.nonces(permitRenter), 1);
        assertEq(usd.allowance(permitRenter, address(escrow)), 0);
        assertEq(usd.balanceOf(permitRenter), 1_000_000 * USD - 120 * USD);
        assertEq(usd.balanceOf(address(escrow)), 120 * USD);
        assertEq(registry.userOf(tokenId), permitRenter);
    }

    function test_RentWithPermit_FrontRunPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        // someone copies the permit from the mempool and submits it first
        vm.prank(stranger);
        usd.permit(permitRenter, address(escrow), 120 * USD, deadline, v, r, s);

        vm.prank(permitRenter);
        uint256 rentalId = escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);
        assertEq(escrow.getRental(rentalId).renter, permitRenter);
        assertEq(usd.allowance(permitRenter, address(escrow)), 0);
        assertEq(usd.balanceOf(address(escrow)), 120 * USD);
    }

    function test_RentWithPermit_ExpiredPermitWithAllowance() public {
        vm.prank(permitRenter);
        usd.approve(address(escrow), 120 * USD);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);
        assertEq(usd.nonces(permitRenter), 0);
        assertEq(usd.balanceOf(address(escrow)), 120 * USD);
    }

    function test_RevertWhen_RentWithPermitFailsAndNoAllowance() public {
        // a permit signed by the wrong key fails, and nothing was approved
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(deviceKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, 120 * USD)
        );
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);
    }

    function test_RevertWhen_RentWithPermitFrontRunAllowanceShort() public {
        // the front-run permit set a smaller allowance than the rental needs
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 50 * USD, 0, deadline);
        vm.prank(stranger);
        usd.permit(permitRenter, address(escrow), 50 * USD, deadline, v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 50 * USD, 120 * USD
            )
        );
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 2 hours, 50 * USD, deadline, v, r, s);
    }

    function test_RevertWhen_RentWithPermitChecksLikeRent() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.BadDuration.selector, 0, MIN_DURATION, MAX_DURATION));
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 0, 120 * USD, deadline, v, r, s);

        vm.prank(governor);
        credit.blacklist(permitRenter, keccak256("fraud"));
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowBlacklisted.selector, permitRenter));
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);
    }

    function test_RevertWhen_RentWithPermitDelisted() public {
        vm.prank(provider);
        escrow.delist(listingId);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, listingId));
        vm.prank(permitRenter);
        escrow.rentWithPermit(listingId, 2 hours, 120 * USD, deadline, v, r, s);
    }

    /// @dev An unknown listing must revert with its named error, as `rent` does.
    function test_RevertWhen_RentWithPermitUnknownListing() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(permitKey, permitRenter, address(escrow), 120 * USD, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowListingNotOpen.selector, 99));
        vm.prank(permitRenter);
        escrow.rentWithPermit(99, 2 hours, 120 * USD, deadline, v, r, s);
    }

    // ---------------------------------------------------------------- helpers

    function _expectRentRevert(address who, uint256 id, uint64 duration, bytes memory err) internal {
        vm.expectRevert(err);
        vm.prank(who);
        escrow.rent(id, duration);
    }
}
