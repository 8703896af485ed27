// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, IERC20Like, Suite} from "./BaseHandler.sol";

/// @notice The renters' surface: rent now, book ahead, check in, cancel, confirm, return (on
/// time or late, by the renter or the provider), dispute (active or in inspection), and
/// withdraw credits. Records whether each rental was opened (and checked in) while its asset
/// was verified, and what each rental's steps paid out (through the ledger).
contract RenterHandler is BaseHandler {
    /// @notice Rentals opened by or from a blacklisted account (must stay 0).
    uint256 public ghost_blacklistedRentals;
    /// @notice Rentals opened, or check-ins made, while the asset was not verified (must stay 0).
    uint256 public ghost_unverifiedRentals;
    /// @notice Rents whose rent or deposit differ from INTERFACE.md §2, or whose pull differs
    /// from rent + deposit (must stay 0).
    uint256 public ghost_amountMismatches;
    /// @notice Withdrawals that paid other than the credit (must stay 0).
    uint256 public ghost_withdrawMismatches;
    /// @notice Rents that got through while the escrow was paused (must stay 0).
    uint256 public ghost_pausedRentals;

    address internal immutable platformB;
    address internal immutable governor;
    address internal immutable verifier;

    constructor(
        Suite memory s,
        address[] memory actors_,
        address[] memory accounts_,
        address governor_,
        address verifier_
    ) BaseHandler(s, actors_, accounts_) {
        platformB = accounts_[accounts_.length - 2];
        governor = governor_;
        verifier = verifier_;
        _addAction(this.rentNow.selector, "rentNow");
        _addAction(this.book.selector, "book");
        _addAction(this.checkIn.selector, "checkIn");
        _addAction(this.cancel.selector, "cancel");
        _addAction(this.confirmAsset.selector, "confirmAsset");
        _addAction(this.endRental.selector, "endRental");
        _addAction(this.openDispute.selector, "openDispute");
        _addAction(this.withdraw.selector, "withdraw");
        _addAction(this.attackRentBlacklisted.selector, "attackRentBlacklisted");
        _addAction(this.attackRentUnverified.selector, "attackRentUnverified");
        _probes.push("rent refused: blacklisted");
        _probes.push("rent refused: unverified");
        _probes.push("withdraw refused: token");
    }

    function handlerName() external pure override returns (string memory) {
        return "RenterHandler";
    }

    /// @notice An actor rents an active listing now, for a bounded duration, now and then
    /// through platform B. One call in five picks a blacklisted actor or a listing whose
    /// asset is not verified or whose provider is blacklisted, so the refusals are tried.
    function rentNow(uint256 actorSeed, uint256 listingSeed, uint256 durationSeed) external counted {
        _rent(actorSeed, listingSeed, durationSeed, 0);
    }

    /// @notice An actor books an active listing ahead (1 minute to 3 days, within maxAdvance).
    function book(uint256 actorSeed, uint256 listingSeed, uint256 durationSeed, uint256 startSeed) external counted {
        uint256 maxAdvance = escrow.getParams().maxAdvance;
        uint256 ahead = _bound(startSeed, 1 minutes, maxAdvance < 3 days ? maxAdvance : 3 days);
        _rent(actorSeed, listingSeed, durationSeed, uint64(block.timestamp + ahead));
    }

    /// @notice The renter of a booking checks in, time passing to its start first (at most 3 days).
    function checkIn(uint256 rentalSeed, uint256 waitSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) = _checkInable(rentalSeed);
        if (rentalId == 0) return;
        if (block.timestamp < r.start) _warpTo(r.start + _bound(waitSeed, 0, (r.end - r.start) / 2));
        bool verified = registry.isVerified(r.tokenId);
        vm.prank(r.renter);
        try escrow.checkIn(rentalId) {
            if (!verified) ++ghost_unverifiedRentals;
            _done(this.checkIn.selector);
        } catch {
            // refused: unverified, or an earlier rental still holds the asset.
            if (verified && escrow.activeRentalOf(r.tokenId) == 0) ++ghost_modelMisses;
        }
    }

    /// @notice The renter cancels a booking (free, late or from its start on).
    function cancel(uint256 rentalSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, IPledgeEscrow.RentalStatus.Booked, IPledgeEscrow.RentalStatus.Booked);
        if (rentalId == 0 || block.timestamp >= r.end) return;
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(r.renter);
        escrow.cancel(rentalId);
        _settled(rentalId, r.paymentToken, held);
        _done(this.cancel.selector);
    }

    /// @notice The renter of a checked-in rental (active or in inspection) confirms the asset.
    function confirmAsset(uint256 rentalSeed) external counted {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 rentalId = (rentalSeed % n + i) % n + 1;
            IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
            bool open = r.status == IPledgeEscrow.RentalStatus.Active || r.status == IPledgeEscrow.RentalStatus.Returned;
            if (!open || r.confirmed) continue;
            uint256 held = _held(address(shr));
            vm.prank(r.renter);
            escrow.confirmAsset(rentalId);
            // at most the listing's pledge leaves, and only at the listing's first confirmation.
            if (held - _held(address(shr)) > escrow.getListing(r.listingId).pledge) ++ghost_amountMismatches;
            _done(this.confirmAsset.selector);
            return;
        }
    }

    /// @notice The renter (any time) or the provider (from `end`) returns a checked-in rental —
    /// active, or disputed and not yet returned — at a time warped forward to somewhere before
    /// `end + gracePeriod` (early, on time or late).
    function endRental(uint256 rentalSeed, uint256 waitSeed, uint256 callerSeed) external counted {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 rentalId = (rentalSeed % n + i) % n + 1;
            IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
            bool returnable = r.status == IPledgeEscrow.RentalStatus.Active
                || (r.status == IPledgeEscrow.RentalStatus.Disputed && r.checkedIn && r.returnedAt == 0);
            if (!returnable || block.timestamp > _deadline(r)) continue;
            _warpTo(_bound(waitSeed, block.timestamp, _deadline(r)));
            address caller = callerSeed % 2 == 1 && block.timestamp >= r.end ? r.provider : r.renter;
            uint256 held = _held(r.paymentToken);
            vm.recordLogs();
            vm.prank(caller);
            escrow.endRental(rentalId);
            _settled(rentalId, r.paymentToken, held);
            _done(this.endRental.selector);
            return;
        }
    }

    /// @notice The renter (before `end`) or the provider (until `end + gracePeriod`) disputes an
    /// active rental, or either disputes a returned one during its inspection.
    function openDispute(uint256 rentalSeed, uint256 callerSeed, bytes32 evidenceHash) external counted {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 rentalId = (rentalSeed % n + i) % n + 1;
            IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
            address caller;
            if (r.status == IPledgeEscrow.RentalStatus.Active) {
                if (callerSeed % 2 == 0 && block.timestamp < r.end) caller = r.renter;
                else if (block.timestamp <= _deadline(r)) caller = r.provider;
            } else if (r.status == IPledgeEscrow.RentalStatus.Returned && block.timestamp <= r.inspectionEnd) {
                caller = callerSeed % 2 == 0 ? r.renter : r.provider;
            }
            if (caller == address(0)) continue;
            vm.prank(caller);
            escrow.openDispute(rentalId, evidenceHash);
            _done(this.openDispute.selector);
            return;
        }
    }

    /// @notice An account withdraws a credit. When the token still refuses the account (blocked,
    /// paused, frozen, or its gas-burning hook), either the withdrawal is tried as it is (it must
    /// fail and keep the credit), or the token first lets it through again and the withdrawal pays.
    function withdraw(uint256 accountSeed, uint256 tokenSeed, uint256 healSeed) external counted {
        address[6] memory tokens = [usd, address(blt), address(pzd), address(nrt), address(hkt), address(shr)];
        for (uint256 i = 0; i < accounts.length * 6; ++i) {
            address account = accounts[(accountSeed % accounts.length + i / 6) % accounts.length];
            address token = tokens[(tokenSeed % 6 + i) % 6];
            uint256 owed = escrow.claimable(token, account);
            if (owed == 0) continue;
            if (healSeed % 2 == 0) _heal(token, account);
            uint256 before = IERC20Like(token).balanceOf(account);
            vm.prank(account);
            // bounded gas: a gas-burning hook would otherwise eat all the gas of the run.
            (bool ok,) = address(escrow).call{gas: HOOK_CALL_GAS}(abi.encodeCall(escrow.withdraw, (token)));
            if (ok) {
                if (IERC20Like(token).balanceOf(account) - before != owed) ++ghost_withdrawMismatches;
                if (escrow.claimable(token, account) != 0) ++ghost_withdrawMismatches;
                _done(this.withdraw.selector);
            } else {
                if (escrow.claimable(token, account) != owed) ++ghost_withdrawMismatches;
                _probe("withdraw refused: token");
            }
            return;
        }
    }

    // ---------------------------------------------------------------- attacks

    /// @notice Attack: a blacklisted actor rents (or books) an active listing. When no actor is
    /// blacklisted, the governor blacklists one for the attempt and lifts it afterwards.
    function attackRentBlacklisted(uint256 actorSeed, uint256 listingSeed, uint256 startSeed) external counted {
        (uint256 listingId, IPledgeEscrow.Listing memory l) =
            _listingIn(listingSeed, IPledgeEscrow.ListingStatus.Active);
        if (listingId == 0) return;
        address attacker = _blacklistedActor(actorSeed);
        if (attacker == l.provider) attacker = _actor(actorSeed % 7 + 1);
        bool lift;
        if (!credit.isBlacklisted(attacker)) {
            vm.prank(governor);
            credit.blacklist(attacker, keccak256("attack"));
            lift = true;
        }
        _attackRent(attacker, listingId, l, startSeed);
        if (lift) {
            vm.prank(governor);
            credit.unblacklist(attacker);
        }
        _done(this.attackRentBlacklisted.selector);
    }

    /// @notice Attack: an actor rents (or books) a listing whose asset is not verified (the
    /// verifier first revokes one when every listed asset is verified).
    function attackRentUnverified(uint256 actorSeed, uint256 listingSeed, uint256 startSeed) external counted {
        uint256 n = escrow.listingCount();
        uint256 listingId;
        IPledgeEscrow.Listing memory l;
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (listingSeed % n + i) % n + 1;
            IPledgeEscrow.Listing memory c = escrow.getListing(candidate);
            if (c.status != IPledgeEscrow.ListingStatus.Active) continue;
            if (listingId == 0 || !registry.isVerified(c.tokenId)) (listingId, l) = (candidate, c);
            if (!registry.isVerified(c.tokenId)) break;
        }
        if (listingId == 0) return;
        if (registry.isVerified(l.tokenId)) {
            vm.prank(verifier);
            registry.revokeVerification(l.tokenId, keccak256("attack"));
        }
        address attacker = _actor(actorSeed);
        if (attacker == l.provider) attacker = _actor(actorSeed % 7 + 1);
        _attackRent(attacker, listingId, l, startSeed);
        _done(this.attackRentUnverified.selector);
    }

    /// @dev Tries a rent that must be refused; a success is counted as the violation it is.
    function _attackRent(address attacker, uint256 listingId, IPledgeEscrow.Listing memory l, uint256 startSeed)
        internal
    {
        uint64 d = l.terms.maxDuration;
        uint64 start = startSeed % 2 == 0 ? 0 : uint64(block.timestamp + 1 hours);
        bytes32 hash = escrow.termsHash(listingId);
        bool blacklisted = credit.isBlacklisted(attacker) || credit.isBlacklisted(l.provider);
        bool verified = registry.isVerified(l.tokenId);
        vm.prank(attacker);
        try escrow.rent(listingId, start, d, hash, address(0)) {
            if (blacklisted) ++ghost_blacklistedRentals;
            if (!verified) ++ghost_unverifiedRentals;
        } catch {}
    }

    // ---------------------------------------------------------------- helpers

    /// @dev One rent attempt and what the spec says of it.
    struct RentTry {
        uint256 listingId;
        address renter;
        uint64 start;
        uint64 duration;
        address platform;
        bool verified;
        bool blacklisted;
        bool paused;
        uint16 depositBps;
        uint256 held;
        IPledgeEscrow.Listing listing;
    }

    function _rent(uint256 actorSeed, uint256 listingSeed, uint256 durationSeed, uint64 start) internal {
        RentTry memory t;
        bool adversarial = actorSeed % 5 == 0;
        (t.listingId, t.listing) = _pickListing(listingSeed, adversarial);
        if (t.listingId == 0) return;
        address provider = t.listing.provider;
        t.renter = adversarial ? _blacklistedActor(actorSeed) : _eligibleRenter(actorSeed, t.listing);
        if (t.renter == provider) t.renter = _actor(actorSeed % actors.length + 1);
        if (t.renter == provider) return;
        uint64 minDuration = t.listing.terms.minDuration;
        uint64 minRental = escrow.getParams().minRentalSeconds;
        if (minRental > minDuration) minDuration = minRental;
        if (minDuration == 0) minDuration = 1;
        if (minDuration > t.listing.terms.maxDuration) return;
        t.duration = uint64(_bound(durationSeed, minDuration, t.listing.terms.maxDuration));
        if (durationSeed % 3 == 0 && escrow.platformShare(platformB) != 0) t.platform = platformB;
        t.start = start;
        t.verified = registry.isVerified(t.listing.tokenId);
        t.blacklisted = credit.isBlacklisted(t.renter) || credit.isBlacklisted(provider);
        t.paused = escrow.paused();
        (, t.depositBps,) = credit.termsOf(t.renter);
        t.held = _held(t.listing.paymentToken);
        _tryRent(t);
    }

    function _tryRent(RentTry memory t) internal {
        bytes32 hash = escrow.termsHash(t.listingId);
        vm.prank(t.renter);
        try escrow.rent(t.listingId, t.start, t.duration, hash, t.platform) returns (uint256 rentalId) {
            if (!t.verified) ++ghost_unverifiedRentals;
            if (t.blacklisted) ++ghost_blacklistedRentals;
            if (t.paused) ++ghost_pausedRentals;
            _checkAmounts(rentalId, t);
            _done(t.start == 0 ? this.rentNow.selector : this.book.selector);
        } catch {
            if (t.blacklisted) _probe("rent refused: blacklisted");
            if (!t.verified) _probe("rent refused: unverified");
        }
    }

    /// @dev rent = ceil(pricePerHour × duration / 3600), deposit = ceil(deposit × depositBps /
    /// 10 000) (INTERFACE.md §2), and exactly their sum was pulled.
    function _checkAmounts(uint256 rentalId, RentTry memory t) internal {
        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        uint256 expectedRent = (t.listing.terms.pricePerHour * t.duration + 3599) / 3600;
        uint256 expectedDeposit = (t.listing.terms.deposit * t.depositBps + 9999) / 10_000;
        if (
            r.rent != expectedRent || r.deposit != expectedDeposit
                || _held(t.listing.paymentToken) - t.held != expectedRent + expectedDeposit
        ) ++ghost_amountMismatches;
    }

    /// @dev A booking still before its `end`, preferably one whose asset is free and verified
    /// (an earlier renter still holding the asset refuses the check-in, as the spec says).
    function _checkInable(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Rental memory r) {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            IPledgeEscrow.Rental memory c = escrow.getRental(candidate);
            if (c.status != IPledgeEscrow.RentalStatus.Booked || block.timestamp >= c.end) continue;
            bool free = escrow.activeRentalOf(c.tokenId) == 0 && registry.isVerified(c.tokenId);
            if (id == 0 || free) (id, r) = (candidate, c);
            if (free) return (id, r);
        }
    }

    /// @dev An active listing: four calls in five one the spec lets be rented (free now, verified,
    /// provider owns it and is not blacklisted); the fifth one it refuses, when there is one.
    function _pickListing(uint256 seed, bool adversarial)
        internal
        view
        returns (uint256 id, IPledgeEscrow.Listing memory l)
    {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            l = escrow.getListing(candidate);
            if (l.status != IPledgeEscrow.ListingStatus.Active) continue;
            bool good = registry.isVerified(l.tokenId) && registry.ownerOf(l.tokenId) == l.provider
                && !credit.isBlacklisted(l.provider) && escrow.activeRentalOf(l.tokenId) == 0;
            if (good != adversarial) return (candidate, l);
        }
        return _listingIn(seed, IPledgeEscrow.ListingStatus.Active);
    }

    /// @dev The first blacklisted actor at or after `seed`; else `seed`'s actor.
    function _blacklistedActor(uint256 seed) internal view returns (address) {
        for (uint256 i = 0; i < actors.length; ++i) {
            address a = actors[(seed % actors.length + i) % actors.length];
            if (credit.isBlacklisted(a)) return a;
        }
        return _actor(seed);
    }

    /// @dev The first actor at or after `seed` who may rent `l`: not its provider, not
    /// blacklisted, under the tier limit, not refused by the payment token; else `seed`'s actor.
    function _eligibleRenter(uint256 seed, IPledgeEscrow.Listing memory l) internal view returns (address) {
        for (uint256 i = 0; i < actors.length; ++i) {
            address a = actors[(seed % actors.length + i) % actors.length];
            (uint16 maxActive,,) = credit.termsOf(a);
            if (
                a != l.provider && !credit.isBlacklisted(a) && escrow.tierRentalCount(a) < maxActive
                    && !_tokenBlocks(l.paymentToken, a)
            ) return a;
        }
        return _actor(seed);
    }

    /// @dev Lets `account` use `token` again (the issuer lifts its block, pause, freeze; the
    /// account takes its gas-burning hook off).
    function _heal(address token, address account) internal {
        if (token == address(blt)) {
            blt.setBlocked(account, false);
            blt.setBlocked(address(escrow), false);
        } else if (token == address(pzd)) {
            pzd.setPaused(false);
        } else if (token == address(nrt)) {
            nrt.setFrozen(account, false);
            nrt.setFrozen(address(escrow), false);
        } else if (token == address(hkt)) {
            vm.prank(account);
            hkt.setHook(address(0));
        }
    }
}
