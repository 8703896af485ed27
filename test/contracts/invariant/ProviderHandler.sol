// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The asset owners' surface: list, update, delist, and the owner-only registry calls
/// that the ERC-4907 lock must refuse during a rental (rebind the device, update content,
/// transfer). Calls the spec allows are made directly, so an unexpected revert shows in forge's
/// call/revert table; calls the spec refuses are tried, and any that gets through is counted
/// in a `ghost_` violation counter that the invariants require to stay 0.
contract ProviderHandler is BaseHandler {
    /// @notice Listings opened by a blacklisted owner (must stay 0).
    uint256 public ghost_blacklistedListings;
    /// @notice Listings opened for an asset that was not verified (must stay 0).
    uint256 public ghost_unverifiedListings;
    /// @notice Transfers, device rebinds, content updates or delists that got through while the
    /// asset was under a rental (must stay 0).
    uint256 public ghost_lockBypasses;
    /// @notice Other calls that the spec refuses but succeeded (must stay 0).
    uint256 public ghost_unexpectedSuccesses;

    address[] internal devices;

    constructor(Suite memory s, address[] memory actors_, address treasury_, address[] memory devices_)
        BaseHandler(s, actors_, treasury_)
    {
        devices = devices_;
        _actions.push(this.list.selector);
        _actions.push(this.updateListing.selector);
        _actions.push(this.delist.selector);
        _actions.push(this.bindDevice.selector);
        _actions.push(this.updateContent.selector);
        _actions.push(this.transferAsset.selector);
        _probes.push("list refused: blacklisted");
        _probes.push("list refused: unverified");
        _probes.push("owner refused: asset locked");
    }

    function handlerName() external pure override returns (string memory) {
        return "ProviderHandler";
    }

    /// @notice The owner of an asset lists it, in tUSD or in the hostile token, with bounded
    /// terms. Four calls in five pick an asset the spec lets its owner list (verified, owner not
    /// blacklisted, not listed by them yet); the fifth picks one the spec refuses (not verified,
    /// or owned by a blacklisted actor), so the refused cases are tried too.
    function list(
        uint256 assetSeed,
        uint256 tokenSeed,
        uint256 pricePerHour,
        uint256 deposit,
        uint256 minDuration,
        uint256 maxDuration,
        uint256 pricePerUnit
    ) external counted {
        uint256 tokenId = assetSeed % 5 == 0 ? _refusedAsset(assetSeed) : _listableAsset(assetSeed);
        Terms memory t = _terms(pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
        t.token = tokenSeed % 2 == 0 ? address(usd) : address(bad);
        _list(tokenId, t);
    }

    /// @notice The provider changes the terms of an open listing (refused while paused).
    function updateListing(
        uint256 listingSeed,
        uint256 pricePerHour,
        uint256 deposit,
        uint256 minDuration,
        uint256 maxDuration,
        uint256 pricePerUnit
    ) external counted {
        (uint256 listingId, IPledgeEscrow.Listing memory l) = _openListing(listingSeed);
        if (listingId == 0) return;
        Terms memory t = _terms(pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
        bool paused = escrow.paused();
        vm.prank(l.provider);
        if (!paused) {
            escrow.updateListing(listingId, t.pricePerHour, t.deposit, t.minDuration, t.maxDuration, t.pricePerUnit);
            _done(this.updateListing.selector);
        } else {
            try escrow.updateListing(
                listingId, t.pricePerHour, t.deposit, t.minDuration, t.maxDuration, t.pricePerUnit
            ) {
                ++ghost_unexpectedSuccesses;
            } catch {}
        }
    }

    /// @notice The provider closes an open listing; refused while its asset is under a rental.
    function delist(uint256 listingSeed) external counted {
        (uint256 listingId, IPledgeEscrow.Listing memory l) = _openListing(listingSeed);
        if (listingId == 0) return;
        bool busy = escrow.activeRentalOf(l.tokenId) != 0;
        vm.prank(l.provider);
        if (!busy) {
            escrow.delist(listingId);
            _done(this.delist.selector);
        } else {
            try escrow.delist(listingId) {
                ++ghost_lockBypasses;
            } catch {
                _probe("owner refused: asset locked");
            }
        }
    }

    /// @notice The owner binds another device key (sometimes none); refused under a rental.
    function bindDevice(uint256 assetSeed, uint256 deviceSeed) external counted {
        uint256 tokenId = _asset(assetSeed);
        address owner = registry.ownerOf(tokenId);
        address device = deviceSeed % 8 == 0 ? address(0) : devices[deviceSeed % devices.length];
        bool locked = registry.assetOf(tokenId).user != address(0);
        vm.prank(owner);
        if (!locked) {
            registry.bindDevice(tokenId, device);
            _done(this.bindDevice.selector);
        } else {
            try registry.bindDevice(tokenId, device) {
                ++ghost_lockBypasses;
            } catch {
                _probe("owner refused: asset locked");
            }
        }
    }

    /// @notice The owner replaces the metadata (which clears the verification); refused under a rental.
    function updateContent(uint256 assetSeed, bytes32 contentHash) external counted {
        uint256 tokenId = _asset(assetSeed);
        address owner = registry.ownerOf(tokenId);
        bool locked = registry.assetOf(tokenId).user != address(0);
        vm.prank(owner);
        if (!locked) {
            registry.updateContent(tokenId, contentHash, "ipfs://updated");
            _done(this.updateContent.selector);
        } else {
            try registry.updateContent(tokenId, contentHash, "ipfs://updated") {
                ++ghost_lockBypasses;
            } catch {
                _probe("owner refused: asset locked");
            }
        }
    }

    /// @notice The owner hands the asset to another actor (its open listing goes stale); refused
    /// under a rental.
    function transferAsset(uint256 assetSeed, uint256 toSeed) external counted {
        uint256 tokenId = _asset(assetSeed);
        address owner = registry.ownerOf(tokenId);
        address to = _actor(toSeed);
        if (to == owner) to = _actor(toSeed % actors.length + 1);
        bool locked = registry.assetOf(tokenId).user != address(0);
        vm.prank(owner);
        if (!locked) {
            registry.transferFrom(owner, to, tokenId);
            _done(this.transferAsset.selector);
        } else {
            try registry.transferFrom(owner, to, tokenId) {
                ++ghost_lockBypasses;
            } catch {
                _probe("owner refused: asset locked");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    struct Terms {
        address token;
        uint256 pricePerHour;
        uint256 deposit;
        uint64 minDuration;
        uint64 maxDuration;
        uint256 pricePerUnit;
    }

    /// @dev Lists `tokenId` as its owner: directly when the spec allows it, else as a try
    /// whose success is counted as a violation.
    function _list(uint256 tokenId, Terms memory t) internal {
        address owner = registry.ownerOf(tokenId);
        (bool allowed, bool blacklisted, bool verified) = _listAllowed(tokenId, owner);
        vm.prank(owner);
        if (allowed) {
            escrow.list(tokenId, t.token, t.pricePerHour, t.deposit, t.minDuration, t.maxDuration, t.pricePerUnit);
            _done(this.list.selector);
        } else {
            try escrow.list(
                tokenId, t.token, t.pricePerHour, t.deposit, t.minDuration, t.maxDuration, t.pricePerUnit
            ) returns (
                uint256
            ) {
                if (blacklisted) ++ghost_blacklistedListings;
                else if (!verified) ++ghost_unverifiedListings;
                else ++ghost_unexpectedSuccesses;
            } catch {
                if (blacklisted) _probe("list refused: blacklisted");
                if (!verified) _probe("list refused: unverified");
            }
        }
    }

    /// @dev Whether the spec lets `owner` list `tokenId` now: not paused, not blacklisted,
    /// verified, not already listed by them, and enough SHR for the pledge.
    function _listAllowed(uint256 tokenId, address owner)
        internal
        view
        returns (bool allowed, bool blacklisted, bool verified)
    {
        uint256 open = escrow.openListingOf(tokenId);
        bool ownListing = open != 0 && escrow.getListing(open).provider == owner;
        blacklisted = credit.isBlacklisted(owner);
        verified = registry.isVerified(tokenId);
        (,, uint16 pledgeBps) = credit.termsOf(owner);
        bool funded = shr.balanceOf(owner) >= escrow.basePledge() * pledgeBps / 10_000;
        allowed = !escrow.paused() && !blacklisted && verified && !ownListing && funded;
    }

    /// @dev Valid terms: up to 50 tUSD an hour, 500 tUSD deposit, 0-2 h minimum, up to 3 days, 1 tUSD a unit.
    function _terms(
        uint256 pricePerHour,
        uint256 deposit,
        uint256 minDuration,
        uint256 maxDuration,
        uint256 pricePerUnit
    ) internal pure returns (Terms memory t) {
        t.pricePerHour = _bound(pricePerHour, 1, 50 * USD);
        t.deposit = _bound(deposit, 1, 500 * USD);
        t.minDuration = uint64(_bound(minDuration, 0, 2 hours));
        t.maxDuration = uint64(_bound(maxDuration, t.minDuration == 0 ? 1 : t.minDuration, 3 days));
        t.pricePerUnit = _bound(pricePerUnit, 0, USD);
    }

    function _asset(uint256 seed) internal view returns (uint256) {
        return seed % registry.totalAssets() + 1;
    }

    /// @dev The first asset at or after `seed` that is not verified or whose owner is
    /// blacklisted, else `seed`'s asset.
    function _refusedAsset(uint256 seed) internal view returns (uint256) {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (seed % n + i) % n + 1;
            if (!registry.isVerified(tokenId) || credit.isBlacklisted(registry.ownerOf(tokenId))) return tokenId;
        }
        return _asset(seed);
    }

    /// @dev The first asset at or after `seed` that its owner may list now, else `seed`'s asset.
    function _listableAsset(uint256 seed) internal view returns (uint256) {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (seed % n + i) % n + 1;
            (bool allowed,,) = _listAllowed(tokenId, registry.ownerOf(tokenId));
            if (allowed) return tokenId;
        }
        return _asset(seed);
    }
}
