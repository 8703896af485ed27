// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, IERC20Like, Suite} from "./BaseHandler.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The renters' surface: rent, confirm, return (on time or late, by the renter or
/// the provider), open a dispute, and withdraw credits. Records what each rental paid in
/// (`ghost_pulledIn`) and what its settlement paid out (`ghost_paidOut`, from the change in
/// what the escrow holds), and the SHR minted as rewards (from `RewardPaid` events).
contract RenterHandler is BaseHandler {
    bytes32 internal constant REWARD_PAID = keccak256("RewardPaid(uint256,address,uint256)");

    /// @notice Rentals opened by or from a blacklisted account (must stay 0).
    uint256 public ghost_blacklistedRentals;
    /// @notice Rentals opened while the asset was not verified (must stay 0).
    uint256 public ghost_unverifiedRentals;
    /// @notice Rentals opened on an asset that already had an unfinished rental (must stay 0).
    uint256 public ghost_doubleRentals;
    /// @notice Rents whose rent or deposit differ from INTERFACE.md §2, or whose pull into
    /// escrow differs from rent + deposit (must stay 0).
    uint256 public ghost_amountMismatches;
    /// @notice Withdrawals that paid other than the credit (must stay 0).
    uint256 public ghost_withdrawMismatches;
    /// @notice Settlements during which the escrow's holdings grew (must stay 0).
    uint256 public ghost_holdingsGrew;
    /// @notice Other calls that the spec refuses but succeeded (must stay 0).
    uint256 public ghost_unexpectedSuccesses;
    /// @notice SHR minted as rewards, summed from `RewardPaid` events.
    uint256 public ghost_rewardsMinted;
    /// @notice Whether the asset was verified at the moment each rental was opened.
    mapping(uint256 rentalId => bool) public ghost_verifiedAtRent;
    /// @notice Whether this handler opened the rental (and so recorded `ghost_verifiedAtRent`).
    mapping(uint256 rentalId => bool) public ghost_openedHere;
    /// @notice What each rental's `rent` pulled into the escrow.
    mapping(uint256 rentalId => uint256) public ghost_pulledIn;
    /// @notice What each rental's return paid out of the escrow's holdings (pushed or credited).
    mapping(uint256 rentalId => uint256) public ghost_paidOut;

    constructor(Suite memory s, address[] memory actors_, address treasury_) BaseHandler(s, actors_, treasury_) {
        _actions.push(this.rent.selector);
        _actions.push(this.confirmAsset.selector);
        _actions.push(this.endRental.selector);
        _actions.push(this.openDispute.selector);
        _actions.push(this.withdraw.selector);
        _probes.push("rent refused: blacklisted");
        _probes.push("rent refused: unverified");
        _probes.push("rent refused: asset busy");
        _probes.push("withdraw refused: blocked");
    }

    function handlerName() external pure override returns (string memory) {
        return "RenterHandler";
    }

    /// @notice An actor rents an open listing for a bounded duration. Four calls in five pick a
    /// listing and a renter the spec allows; the fifth picks a listing that should be refused
    /// (busy, unverified or lapsed, blacklisted provider) and, when there is one, a blacklisted
    /// renter, so the refused cases are tried too (along with paused, stale owner, tier limit
    /// and blocked token account, as they arise).
    function rent(uint256 actorSeed, uint256 listingSeed, uint256 duration) external counted {
        bool adversarial = actorSeed % 5 == 0;
        (uint256 listingId, IPledgeEscrow.Listing memory l) =
            adversarial ? _refusedListing(listingSeed) : _rentableListing(listingSeed);
        if (listingId == 0) return;
        address renter = adversarial ? _blacklistedActor(actorSeed) : _eligibleRenter(actorSeed, l);
        if (renter == l.provider) renter = _actor(actorSeed % actors.length + 1);
        uint64 d = uint64(_bound(duration, l.minDuration == 0 ? 1 : l.minDuration, l.maxDuration));

        Expect memory e = _expectRent(renter, l);
        uint256 held = _held(l.paymentToken);
        vm.prank(renter);
        if (e.allowed) {
            uint256 rentalId = escrow.rent(listingId, d);
            _afterRent(rentalId, l, d, e, held);
            _done(this.rent.selector);
        } else {
            try escrow.rent(listingId, d) returns (uint256 rentalId) {
                _afterRent(rentalId, l, d, e, held);
                if (!e.blacklisted && e.verified && !e.busy) ++ghost_unexpectedSuccesses;
            } catch {
                if (e.blacklisted) _probe("rent refused: blacklisted");
                if (!e.verified) _probe("rent refused: unverified");
                if (e.busy) _probe("rent refused: asset busy");
            }
        }
    }

    /// @notice The renter of an active rental confirms the asset.
    function confirmAsset(uint256 rentalSeed) external counted {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 rentalId = (rentalSeed % n + i) % n + 1;
            IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
            if (r.status == IPledgeEscrow.RentalStatus.Active && !r.confirmed) {
                vm.prank(r.renter);
                escrow.confirmAsset(rentalId);
                _done(this.confirmAsset.selector);
                return;
            }
        }
    }

    /// @notice The renter (any time) or the provider (after `end`) returns an active rental at a
    /// time warped forward to somewhere before `end + gracePeriod` (on time or late).
    function endRental(uint256 rentalSeed, uint256 waitSeed, uint256 callerSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) = _liveRental(rentalSeed);
        if (rentalId == 0) return;
        _warpTo(_bound(waitSeed, block.timestamp, _deadline(r)));
        address caller = callerSeed % 2 == 1 && block.timestamp >= r.end ? r.provider : r.renter;

        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(caller);
        escrow.endRental(rentalId);
        _countRewards(vm.getRecordedLogs());
        (uint256 paid, bool grew) = _outflow(r.paymentToken, held);
        if (grew) ++ghost_holdingsGrew;
        ghost_paidOut[rentalId] += paid;
        _done(this.endRental.selector);
    }

    /// @notice The renter or the provider disputes an active rental before its deadline.
    function openDispute(uint256 rentalSeed, uint256 callerSeed, bytes32 evidenceHash) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) = _liveRental(rentalSeed);
        if (rentalId == 0) return;
        vm.prank(callerSeed % 2 == 1 ? r.provider : r.renter);
        escrow.openDispute(rentalId, evidenceHash);
        _done(this.openDispute.selector);
    }

    /// @notice An actor or the treasury withdraws a credit. When the hostile token still blocks
    /// the account, either the withdrawal is tried as it is (it must fail and keep the credit),
    /// or the issuer first lifts the block (the token works again) and the withdrawal pays.
    function withdraw(uint256 accountSeed, uint256 tokenSeed, uint256 unblockSeed) external counted {
        address[] memory all = _accounts();
        address[3] memory tokens = [address(usd), address(bad), address(shr)];
        for (uint256 i = 0; i < all.length * 3; ++i) {
            address account = all[(accountSeed % all.length + i / 3) % all.length];
            address token = tokens[(tokenSeed % 3 + i) % 3];
            uint256 owed = escrow.claimable(token, account);
            if (owed == 0) continue;

            if (token == address(bad) && bad.blocked(account) && unblockSeed % 2 == 0) {
                bad.setBlocked(account, false);
            }
            uint256 before = IERC20Like(token).balanceOf(account);
            bool blocked = _blocked(token, account);
            vm.prank(account);
            if (!blocked) {
                escrow.withdraw(token);
                if (IERC20Like(token).balanceOf(account) - before != owed) ++ghost_withdrawMismatches;
                if (escrow.claimable(token, account) != 0) ++ghost_withdrawMismatches;
                _done(this.withdraw.selector);
            } else {
                try escrow.withdraw(token) {
                    ++ghost_unexpectedSuccesses;
                } catch {
                    if (escrow.claimable(token, account) != owed) ++ghost_withdrawMismatches;
                    _probe("withdraw refused: blocked");
                }
            }
            return;
        }
    }

    // ---------------------------------------------------------------- helpers

    struct Expect {
        bool allowed;
        bool verified;
        bool blacklisted;
        bool busy;
        uint16 depositBps;
    }

    /// @dev The first open listing at or after `seed` whose asset is free, verified and still
    /// owned by a provider who is not blacklisted; else the first open listing.
    function _rentableListing(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Listing memory l) {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            l = escrow.getListing(candidate);
            if (
                l.open && escrow.activeRentalOf(l.tokenId) == 0 && registry.isVerified(l.tokenId)
                    && registry.ownerOf(l.tokenId) == l.provider && !credit.isBlacklisted(l.provider)
            ) return (candidate, l);
        }
        return _openListing(seed);
    }

    /// @dev The first open listing at or after `seed` whose asset is busy or not verified, or
    /// whose provider is blacklisted; else the first open listing.
    function _refusedListing(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Listing memory l) {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            l = escrow.getListing(candidate);
            if (
                l.open
                    && (escrow.activeRentalOf(l.tokenId) != 0
                        || !registry.isVerified(l.tokenId)
                        || credit.isBlacklisted(l.provider))
            ) return (candidate, l);
        }
        return _openListing(seed);
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
    /// blacklisted, under the tier limit, not blocked by the payment token; else `seed`'s actor.
    function _eligibleRenter(uint256 seed, IPledgeEscrow.Listing memory l) internal view returns (address) {
        for (uint256 i = 0; i < actors.length; ++i) {
            address a = actors[(seed % actors.length + i) % actors.length];
            (uint16 maxActive,,) = credit.termsOf(a);
            if (
                a != l.provider && !credit.isBlacklisted(a) && escrow.activeRentalCount(a) < maxActive
                    && !_blocked(l.paymentToken, a)
            ) return a;
        }
        return _actor(seed);
    }

    /// @dev What the spec says of `renter` renting `l` now.
    function _expectRent(address renter, IPledgeEscrow.Listing memory l) internal view returns (Expect memory e) {
        e.verified = registry.isVerified(l.tokenId);
        e.blacklisted = credit.isBlacklisted(renter) || credit.isBlacklisted(l.provider);
        e.busy = escrow.activeRentalOf(l.tokenId) != 0;
        uint16 maxActive;
        (maxActive, e.depositBps,) = credit.termsOf(renter);
        e.allowed = !escrow.paused() && registry.ownerOf(l.tokenId) == l.provider && !e.blacklisted && e.verified
            && !e.busy && escrow.activeRentalCount(renter) < maxActive && !_blocked(l.paymentToken, renter);
    }

    /// @dev Records a rental that was opened, with its amounts checked against INTERFACE.md §2:
    /// rent = ceil(pricePerHour × duration / 3600), deposit = ceil(deposit × depositBps / 10 000).
    function _afterRent(uint256 rentalId, IPledgeEscrow.Listing memory l, uint64 d, Expect memory e, uint256 held)
        internal
    {
        if (!e.verified) ++ghost_unverifiedRentals;
        if (e.blacklisted) ++ghost_blacklistedRentals;
        if (e.busy) ++ghost_doubleRentals;
        ghost_verifiedAtRent[rentalId] = e.verified;
        ghost_openedHere[rentalId] = true;

        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        uint256 expectedRent = (l.pricePerHour * d + 3599) / 3600;
        uint256 expectedDeposit = (l.deposit * e.depositBps + 9999) / 10_000;
        uint256 pulled = _held(l.paymentToken) - held;
        ghost_pulledIn[rentalId] = pulled;
        if (r.rent != expectedRent || r.deposit != expectedDeposit || pulled != expectedRent + expectedDeposit) {
            ++ghost_amountMismatches;
        }
    }

    function _countRewards(Vm.Log[] memory logs) internal {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == address(escrow) && logs[i].topics[0] == REWARD_PAID) {
                ghost_rewardsMinted += abi.decode(logs[i].data, (uint256));
            }
        }
    }
}
