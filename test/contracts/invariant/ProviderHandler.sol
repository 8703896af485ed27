// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The asset owners' surface: list, update, close, delist, cancel a booking, and the
/// owner-only registry calls the lock must refuse while the asset has open rentals (rebind the
/// device, update content, transfer). Calls the spec refuses are tried too, and any that gets
/// through is counted in a `ghost_` violation counter the invariants require to stay 0.
contract ProviderHandler is BaseHandler {
    /// @notice Listings opened by a blacklisted owner (must stay 0).
    uint256 public ghost_blacklistedListings;
    /// @notice Listings opened for an asset that was not verified (must stay 0).
    uint256 public ghost_unverifiedListings;
    /// @notice Transfers, rebinds, content updates or delists that got through while the asset
    /// had open rentals (must stay 0).
    uint256 public ghost_lockBypasses;

    address[] internal devices;
    address internal immutable coop;
    address internal immutable platformA;

    address internal immutable verifier;

    constructor(
        Suite memory s,
        address[] memory actors_,
        address[] memory accounts_,
        address[] memory devices_,
        address verifier_
    ) BaseHandler(s, actors_, accounts_) {
        devices = devices_;
        verifier = verifier_;
        coop = accounts_[accounts_.length - 1];
        platformA = accounts_[accounts_.length - 3];
        _addAction(this.list.selector, "list");
        _addAction(this.updateListing.selector, "updateListing");
        _addAction(this.closeListing.selector, "closeListing");
        _addAction(this.delist.selector, "delist");
        _addAction(this.cancelBooking.selector, "cancelBooking");
        _addAction(this.bindDevice.selector, "bindDevice");
        _addAction(this.updateContent.selector, "updateContent");
        _addAction(this.transferAsset.selector, "transferAsset");
        _addAction(this.attackLockedAsset.selector, "attackLockedAsset");
        _addAction(this.attackDelistBusy.selector, "attackDelistBusy");
        _addAction(this.attackListUnverified.selector, "attackListUnverified");
        _probes.push("list refused: unverified");
        _probes.push("owner refused: asset locked");
        _probes.push("delist refused: busy");
    }

    function handlerName() external pure override returns (string memory) {
        return "ProviderHandler";
    }

    /// @notice The owner of an asset lists it in one of the five tokens with bounded terms (a
    /// payee and a platform now and then). Four calls in five pick an asset its owner may list;
    /// the fifth one that should be refused (not verified, or owned by a blacklisted actor).
    function list(uint256 assetSeed, uint256 tokenSeed, uint256 termsSeed, uint256 priceSeed) external counted {
        uint256 tokenId = assetSeed % 5 == 0 ? _refusedAsset(assetSeed) : _listableAsset(assetSeed);
        address owner = registry.ownerOf(tokenId);
        address token = _tokens()[tokenSeed % 5];
        IPledgeEscrow.Terms memory t = _terms(termsSeed, priceSeed);
        bool blacklisted = credit.isBlacklisted(owner);
        bool verified = registry.isVerified(tokenId);
        bool allowed = !escrow.paused() && !blacklisted && verified && escrow.openListingOf(tokenId) == 0
            && escrow.isPaymentToken(token) && shr.balanceOf(owner) >= _pledgeOf(owner);
        vm.prank(owner);
        try escrow.list(tokenId, token, t) {
            if (blacklisted) ++ghost_blacklistedListings;
            if (!verified) ++ghost_unverifiedListings;
            _done(this.list.selector);
        } catch {
            if (allowed) ++ghost_modelMisses;
            if (!verified) _probe("list refused: unverified");
        }
    }

    /// @notice The provider changes the terms of an active listing (refused while paused).
    function updateListing(uint256 listingSeed, uint256 termsSeed, uint256 priceSeed) external counted {
        (uint256 listingId, IPledgeEscrow.Listing memory l) =
            _listingIn(listingSeed, IPledgeEscrow.ListingStatus.Active);
        if (listingId == 0) return;
        IPledgeEscrow.Terms memory t = _terms(termsSeed, priceSeed);
        vm.prank(l.provider);
        try escrow.updateListing(listingId, t) {
            _done(this.updateListing.selector);
        } catch {
            if (!escrow.paused()) ++ghost_modelMisses;
        }
    }

    /// @notice The provider closes an active listing (one call in three): no new rentals.
    function closeListing(uint256 listingSeed) external counted {
        // counted rather than drawn, so the coverage sweep reaches it within a few tries.
        if (closeCalls++ % 3 != 0) return;
        (uint256 listingId, IPledgeEscrow.Listing memory l) =
            _listingIn(listingSeed, IPledgeEscrow.ListingStatus.Active);
        if (listingId == 0) return;
        vm.prank(l.provider);
        escrow.closeListing(listingId);
        _done(this.closeListing.selector);
    }

    /// @notice The provider delists an active or closed listing; refused while it has open rentals.
    function delist(uint256 listingSeed) external counted {
        (uint256 listingId, IPledgeEscrow.Listing memory l) = _delistable(listingSeed);
        if (listingId == 0) return;
        bool busy = escrow.openRentalsOf(l.tokenId).length != 0;
        uint256 heldShr = _held(address(shr));
        vm.prank(l.provider);
        try escrow.delist(listingId) {
            if (busy) ++ghost_lockBypasses;
            // a still-locked pledge goes back; nothing else moves.
            if (heldShr - _held(address(shr)) != (l.pledgeState == IPledgeEscrow.PledgeState.Locked ? l.pledge : 0)) {
                ++ghost_pledgeMismatches;
            }
            _done(this.delist.selector);
        } catch {
            if (busy) _probe("delist refused: busy");
            else ++ghost_modelMisses;
        }
    }

    uint256 internal closeCalls;

    /// @notice Pledges returned other than the listing's still-locked pledge (must stay 0).
    uint256 public ghost_pledgeMismatches;

    /// @notice The provider cancels a booking not checked in (full refund to the renter).
    function cancelBooking(uint256 rentalSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, IPledgeEscrow.RentalStatus.Booked, IPledgeEscrow.RentalStatus.Booked);
        if (rentalId == 0 || block.timestamp >= r.end) return;
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(r.provider);
        escrow.cancel(rentalId);
        _settled(rentalId, r.paymentToken, held);
        _done(this.cancelBooking.selector);
    }

    /// @notice The owner binds another device key (sometimes none); refused while locked.
    function bindDevice(uint256 assetSeed, uint256 deviceSeed) external counted {
        uint256 tokenId = _ownerMovable(assetSeed);
        address owner = registry.ownerOf(tokenId);
        address d = deviceSeed % 8 == 0 ? address(0) : devices[deviceSeed % devices.length];
        bool locked = _hasOpenRentals(tokenId);
        vm.prank(owner);
        try registry.bindDevice(tokenId, d) {
            if (locked) ++ghost_lockBypasses;
            _done(this.bindDevice.selector);
        } catch {
            if (locked) _probe("owner refused: asset locked");
            else ++ghost_modelMisses;
        }
    }

    /// @notice The owner replaces the metadata (clearing the verification); refused while locked.
    function updateContent(uint256 assetSeed, bytes32 contentHash) external counted {
        uint256 tokenId = _ownerMovable(assetSeed);
        address owner = registry.ownerOf(tokenId);
        bool locked = _hasOpenRentals(tokenId);
        vm.prank(owner);
        try registry.updateContent(tokenId, contentHash, "ipfs://updated") {
            if (locked) ++ghost_lockBypasses;
            _done(this.updateContent.selector);
        } catch {
            if (locked) _probe("owner refused: asset locked");
            else ++ghost_modelMisses;
        }
    }

    /// @notice The owner hands the asset to another actor (its listing goes stale); refused while locked.
    function transferAsset(uint256 assetSeed, uint256 toSeed) external counted {
        uint256 tokenId = _ownerMovable(assetSeed);
        address owner = registry.ownerOf(tokenId);
        address to = _actor(toSeed);
        if (to == owner) to = _actor(toSeed % actors.length + 1);
        bool locked = _hasOpenRentals(tokenId);
        vm.prank(owner);
        try registry.transferFrom(owner, to, tokenId) {
            if (locked) ++ghost_lockBypasses;
            _done(this.transferAsset.selector);
        } catch {
            if (locked) _probe("owner refused: asset locked");
            else ++ghost_modelMisses;
        }
    }

    // ---------------------------------------------------------------- attacks

    /// @notice Attack: the owner of an asset with open rentals (booked, active, in inspection or
    /// disputed) transfers it, rebinds its device or swaps its content. Must be refused.
    function attackLockedAsset(uint256 assetSeed, uint256 mode) external counted {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (assetSeed % n + i) % n + 1;
            if (!_hasOpenRentals(tokenId)) continue;
            address owner = registry.ownerOf(tokenId);
            bytes memory data;
            if (mode % 3 == 0) data = abi.encodeCall(registry.transferFrom, (owner, _actor(mode % 7 + 1), tokenId));
            else if (mode % 3 == 1) data = abi.encodeCall(registry.bindDevice, (tokenId, owner));
            else data = abi.encodeCall(registry.updateContent, (tokenId, keccak256("swapped"), "ipfs://swapped"));
            vm.prank(owner);
            (bool ok,) = address(registry).call(data);
            if (ok) ++ghost_lockBypasses;
            _done(this.attackLockedAsset.selector);
            return;
        }
    }

    /// @notice Attack: the provider delists a listing whose asset has open rentals, to take
    /// back the pledge from under them. Must be refused.
    function attackDelistBusy(uint256 listingSeed) external counted {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 listingId = (listingSeed % n + i) % n + 1;
            IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
            if (l.status == IPledgeEscrow.ListingStatus.Delisted || !_hasOpenRentals(l.tokenId)) continue;
            vm.prank(l.provider);
            try escrow.delist(listingId) {
                ++ghost_lockBypasses;
            } catch {}
            _done(this.attackDelistBusy.selector);
            return;
        }
    }

    /// @notice Attack: the owner lists an asset that is not verified (the verifier first revokes
    /// one when every asset is verified). Must be refused.
    function attackListUnverified(uint256 assetSeed, uint256 tokenSeed) external counted {
        uint256 n = registry.totalAssets();
        uint256 tokenId;
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (assetSeed % n + i) % n + 1;
            if (!registry.isVerified(candidate)) {
                tokenId = candidate;
                break;
            }
        }
        if (tokenId == 0) {
            tokenId = _asset(assetSeed);
            vm.prank(verifier);
            registry.revokeVerification(tokenId, keccak256("attack"));
        }
        address owner = registry.ownerOf(tokenId);
        vm.prank(owner);
        try escrow.list(tokenId, _tokens()[tokenSeed % 5], _terms(assetSeed, tokenSeed)) {
            ++ghost_unverifiedListings;
        } catch {}
        _done(this.attackListUnverified.selector);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev Valid terms: up to 50 tUSD an hour, 500 deposit, 0-2 h minimum, up to 3 days, 1 a
    /// unit, any cancellation policy; the co-op as payee one time in three, platform A one in four.
    function _terms(uint256 seed, uint256 priceSeed) internal view returns (IPledgeEscrow.Terms memory t) {
        t.pricePerHour = _bound(priceSeed, 1, 50 * USD);
        t.deposit = _bound(uint256(keccak256(abi.encode(seed, 1))), 1, 500 * USD);
        t.minDuration = uint64(_bound(uint256(keccak256(abi.encode(seed, 2))), 0, 2 hours));
        t.maxDuration = uint64(_bound(uint256(keccak256(abi.encode(seed, 3))), t.minDuration + 2 hours, 3 days));
        t.pricePerUnit = _bound(uint256(keccak256(abi.encode(seed, 4))), 0, USD);
        t.cancelFeeBps = uint16(_bound(seed, 0, 10_000));
        t.freeCancelBefore = uint64(_bound(uint256(keccak256(abi.encode(seed, 5))), 0, 2 days));
        if (seed % 3 == 0) t.payee = coop;
        if (seed % 4 == 0 && escrow.platformShare(platformA) != 0) t.platform = platformA;
    }

    function _asset(uint256 seed) internal view returns (uint256) {
        return seed % registry.totalAssets() + 1;
    }

    /// @dev An active or closed listing, preferably one whose asset has no open rental (the
    /// busy case is the attack {attackDelistBusy}); closed ones first one time in two.
    function _delistable(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Listing memory l) {
        uint256 n = escrow.listingCount();
        for (uint256 pass = 0; pass < 2; ++pass) {
            for (uint256 i = 0; i < n; ++i) {
                uint256 candidate = (seed % n + i) % n + 1;
                IPledgeEscrow.Listing memory c = escrow.getListing(candidate);
                bool closed = c.status == IPledgeEscrow.ListingStatus.Closed;
                if (!closed && c.status != IPledgeEscrow.ListingStatus.Active) continue;
                // the first pass takes only the preferred kind (closed or active, by the seed).
                if (pass == 0 && closed != (seed % 2 == 1)) continue;
                bool free = !_hasOpenRentals(c.tokenId);
                if (id == 0 || free) (id, l) = (candidate, c);
                if (free) return (id, l);
            }
        }
    }

    /// @dev Three calls in four, the first asset at or after `seed` with no open rental (its
    /// owner may change it); else `seed`'s asset, locked or not (the refusal is tried too).
    function _ownerMovable(uint256 seed) internal view returns (uint256) {
        uint256 n = registry.totalAssets();
        if (seed % 4 != 0) {
            for (uint256 i = 0; i < n; ++i) {
                uint256 tokenId = (seed % n + i) % n + 1;
                if (!_hasOpenRentals(tokenId)) return tokenId;
            }
        }
        return _asset(seed);
    }

    function _hasOpenRentals(uint256 tokenId) internal view returns (bool) {
        return escrow.openRentalsOf(tokenId).length != 0;
    }

    /// @dev The first asset at or after `seed` that is not verified or whose owner is blacklisted.
    function _refusedAsset(uint256 seed) internal view returns (uint256) {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (seed % n + i) % n + 1;
            if (!registry.isVerified(tokenId) || credit.isBlacklisted(registry.ownerOf(tokenId))) return tokenId;
        }
        return _asset(seed);
    }

    /// @dev The first asset at or after `seed` that its owner may list now.
    function _listableAsset(uint256 seed) internal view returns (uint256) {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (seed % n + i) % n + 1;
            address owner = registry.ownerOf(tokenId);
            if (
                registry.isVerified(tokenId) && !credit.isBlacklisted(owner) && escrow.openListingOf(tokenId) == 0
                    && shr.balanceOf(owner) >= _pledgeOf(owner)
            ) return tokenId;
        }
        return _asset(seed);
    }
}
