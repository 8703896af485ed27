// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "../interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../interfaces/IPledgeEscrow.sol";
import {IRewardToken} from "../interfaces/IRewardToken.sol";
import {RentalMath} from "../libraries/RentalMath.sol";
import {PledgeEscrowStorage} from "./PledgeEscrowStorage.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @title The pledge escrow's helper code
/// @notice Runs only by delegatecall from the {PledgeEscrow} that deployed it, on that escrow's
/// storage and address: every event it emits is the escrow's, every `msg.sender` the escrow's
/// caller. It holds the escrow's less frequent paths — listing changes, cancellations,
/// no-shows, usage reports, defaults, disputes, withdrawals and governance — so that the
/// escrow itself stays under the 24 576-byte code size limit. Each function here has the
/// selector of the {IPledgeEscrow} function it implements; its documentation is there.
///
/// Called directly (not through the escrow) every function reverts {EscrowOnlyDelegated}. It
/// checks no role and no pause itself: PledgeEscrow does, in the stub that delegates here,
/// and only those stubs reach it.
contract PledgeEscrowExtension is PledgeEscrowStorage {
    using SafeERC20 for IERC20;

    bytes32 private constant _EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant _HASHED_NAME = keccak256("PledgeEscrow");
    bytes32 private constant _HASHED_VERSION = keccak256("1");

    /// @dev the escrow that deployed this helper: the only address it runs as.
    address private immutable _escrow;

    modifier onlyDelegated() {
        if (address(this) != _escrow) revert IPledgeEscrow.EscrowOnlyDelegated();
        _;
    }

    /// @param registry, credit, shr, deployedAt The escrow's own immutables, repeated here
    /// because immutables live in code, not in the shared storage.
    constructor(IAssetRegistry registry, ICreditRegistry credit, IRewardToken shr, uint256 deployedAt)
        PledgeEscrowStorage(registry, credit, shr, deployedAt)
    {
        _escrow = msg.sender;
    }

    // ---------------------------------------------------------------- listings

    /// @notice See {IPledgeEscrow-updateListing}.
    function updateListing(uint256 listingId, IPledgeEscrow.Terms calldata terms) external onlyDelegated {
        ListingRecord storage listing = _listings[listingId];
        if (listing.status != IPledgeEscrow.ListingStatus.Active) revert IPledgeEscrow.ListingNotOpen(listingId);
        if (listing.provider != msg.sender) revert IPledgeEscrow.EscrowNotProvider(listingId, msg.sender);
        _checkTerms(terms);
        uint32 version = listing.version + 1;
        listing.version = version;
        _storeTerms(listingId, version, terms);
        emit IPledgeEscrow.ListingUpdated(
            listingId,
            terms.pricePerHour,
            terms.deposit,
            terms.minDuration,
            terms.maxDuration,
            terms.pricePerUnit,
            terms.cancelFeeBps,
            terms.freeCancelBefore,
            terms.payee,
            terms.platform
        );
    }

    /// @notice See {IPledgeEscrow-closeListing}.
    function closeListing(uint256 listingId) external onlyDelegated {
        ListingRecord storage listing = _listings[listingId];
        if (listing.status != IPledgeEscrow.ListingStatus.Active) revert IPledgeEscrow.ListingNotOpen(listingId);
        if (listing.provider != msg.sender) revert IPledgeEscrow.EscrowNotProvider(listingId, msg.sender);
        listing.status = IPledgeEscrow.ListingStatus.Closed;
        emit IPledgeEscrow.ListingClosed(listingId);
    }

    /// @notice See {IPledgeEscrow-delist}.
    function delist(uint256 listingId) external onlyDelegated nonReentrant {
        ListingRecord storage listing = _listings[listingId];
        IPledgeEscrow.ListingStatus status = listing.status;
        if (status != IPledgeEscrow.ListingStatus.Active && status != IPledgeEscrow.ListingStatus.Closed) {
            revert IPledgeEscrow.ListingNotOpen(listingId);
        }
        address provider = listing.provider;
        uint256 tokenId = listing.tokenId;
        // anyone may clear the listing of a provider who no longer owns the asset, so that its
        // new owner can list it.
        if (msg.sender != provider && _registry.ownerOf(tokenId) == provider) {
            revert IPledgeEscrow.EscrowNotProvider(listingId, msg.sender);
        }
        TokenBook storage book = _books[tokenId];
        // every open rental of the token belongs to its one listing that is not delisted.
        uint16 occupied = book.occupied;
        if (occupied != 0) revert IPledgeEscrow.ListingBusy(listingId, _popcount(occupied));

        listing.status = IPledgeEscrow.ListingStatus.Delisted;
        book.listingId = 0;
        emit IPledgeEscrow.Delisted(listingId);
        uint256 pledge;
        if (listing.pledgeState == IPledgeEscrow.PledgeState.Locked) {
            listing.pledgeState = IPledgeEscrow.PledgeState.Returned;
            pledge = listing.pledge;
            emit IPledgeEscrow.PledgeReturned(listingId, provider, pledge);
        }
        _pay(address(_shr), provider, pledge);
    }

    // ---------------------------------------------------------------- bookings

    /// @notice See {IPledgeEscrow-cancel}.
    function cancel(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Booked) revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        if (block.timestamp >= r.end) revert IPledgeEscrow.BadTime(rentalId, 0, r.end);
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        address renter = r.renter;
        address provider = listing.provider;
        uint256 rentPaid = _rentPaid(r, t);
        uint256 fee;
        if (msg.sender == renter) {
            fee = _cancelFee(r, t, listing.tokenId, rentPaid);
        } else if (msg.sender != provider) {
            revert IPledgeEscrow.EscrowNotParty(rentalId, msg.sender);
        }
        uint256 platformFee = RentalMath.share(fee, _params[r.paramsId].platformFeeBps);
        uint256 refund = rentPaid - fee + _depositPaid(r, t);

        r.status = IPledgeEscrow.RentalStatus.Cancelled;
        _leaveTier(renter);
        emit IPledgeEscrow.Cancelled(rentalId, msg.sender, fee, platformFee, refund);
        _closeSlot(listing.tokenId, r);
        if (msg.sender == provider) _credit.recordOutcome(provider, renter, OUTCOME_PROVIDER_CANCELLED);

        _payPlatformFee(rentalId, listing.paymentToken, platformFee, r, t);
        _pay(listing.paymentToken, _payee(listing, t), fee - platformFee);
        _pay(listing.paymentToken, renter, refund);
    }

    /// @dev What a renter's cancellation costs now: nothing when early enough, when the asset is
    /// no longer verified, or when from `start` on an earlier rental still holds the asset;
    /// else the cancellation fee before `start` and the whole rent from `start` on.
    function _cancelFee(RentalCore storage r, StoredTerms storage t, uint256 tokenId, uint256 rentPaid)
        private
        view
        returns (uint256)
    {
        uint256 start = r.start;
        if (block.timestamp + t.freeCancelBefore <= start || !_registry.isVerified(tokenId)) return 0;
        if (block.timestamp < start) return RentalMath.scaleUp(rentPaid, t.cancelFeeBps);
        return _books[tokenId].activeRentalId != 0 ? 0 : rentPaid;
    }

    /// @notice See {IPledgeEscrow-collectNoShow}.
    function collectNoShow(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Booked) revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        if (block.timestamp < r.end) revert IPledgeEscrow.BadTime(rentalId, r.end, type(uint64).max);
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        address renter = r.renter;
        uint256 rentPaid = _rentPaid(r, t);
        uint256 platformFee = RentalMath.share(rentPaid, _params[r.paramsId].platformFeeBps);
        uint256 deposit = _depositPaid(r, t);

        r.status = IPledgeEscrow.RentalStatus.NoShow;
        _leaveTier(renter);
        emit IPledgeEscrow.NoShow(rentalId, renter, rentPaid, platformFee, deposit);
        _closeSlot(listing.tokenId, r);
        _credit.recordOutcome(renter, listing.provider, OUTCOME_NO_SHOW);

        address token = listing.paymentToken;
        _payPlatformFee(rentalId, token, platformFee, r, t);
        _pay(token, _payee(listing, t), rentPaid - platformFee);
        _pay(token, renter, deposit);
    }

    // ---------------------------------------------------------------- check-in and confirmation

    /// @notice See {IPledgeEscrow-checkIn}.
    function checkIn(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Booked) revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        if (r.renter != msg.sender) revert IPledgeEscrow.EscrowNotRenter(rentalId, msg.sender);
        uint64 start = r.start;
        uint64 end = r.end;
        if (block.timestamp < start || block.timestamp >= end) revert IPledgeEscrow.BadTime(rentalId, start, end);
        uint256 tokenId = _listings[r.listingId].tokenId;
        if (!_registry.isVerified(tokenId)) revert IPledgeEscrow.AssetNotVerified(tokenId);
        TokenBook storage book = _books[tokenId];
        uint256 busy = book.activeRentalId;
        if (busy != 0) revert IPledgeEscrow.AssetBusy(tokenId, busy);

        r.status = IPledgeEscrow.RentalStatus.Active;
        r.flags |= FLAG_CHECKED_IN;
        // casting is safe: rental ids come from the uint64 counter.
        // forge-lint: disable-next-line(unsafe-typecast)
        book.activeRentalId = uint64(rentalId);
        emit IPledgeEscrow.CheckedIn(rentalId, msg.sender);
        _registry.setUser(tokenId, msg.sender, end);
    }

    /// @notice See {IPledgeEscrow-confirmAsset}.
    function confirmAsset(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        IPledgeEscrow.RentalStatus status = r.status;
        // checked in (INTERFACE.md): active, returned or disputed — a dispute is only ever opened
        // on a checked-in rental, so the renter may still vouch for the asset during one.
        if (
            status != IPledgeEscrow.RentalStatus.Active && status != IPledgeEscrow.RentalStatus.Returned
                && status != IPledgeEscrow.RentalStatus.Disputed
        ) {
            revert IPledgeEscrow.EscrowWrongStatus(rentalId, status);
        }
        if (r.renter != msg.sender) revert IPledgeEscrow.EscrowNotRenter(rentalId, msg.sender);
        uint8 flags = r.flags;
        if (flags & FLAG_CONFIRMED != 0) revert IPledgeEscrow.EscrowAlreadyConfirmed(rentalId);
        r.flags = flags | FLAG_CONFIRMED;
        emit IPledgeEscrow.AssetConfirmed(rentalId, msg.sender);

        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        address provider = listing.provider;
        uint256 released;
        if (!listing.confirmed) {
            listing.confirmed = true;
            if (listing.pledgeState == IPledgeEscrow.PledgeState.Locked) {
                listing.pledgeState = IPledgeEscrow.PledgeState.Released;
                released = listing.pledge;
                emit IPledgeEscrow.PledgeReleased(r.listingId, provider, released);
            }
        }
        // positive credit only when the rent paid bears a treasury fee, once per (asset, provider) ever.
        uint256 tokenId = listing.tokenId;
        if (!_assetConfirmed[tokenId][provider]) {
            uint256 fee = RentalMath.share(_rentPaid(r, t), _params[r.paramsId].platformFeeBps);
            if (_treasuryPart(r, fee) != 0) {
                _assetConfirmed[tokenId][provider] = true;
                _credit.recordOutcome(provider, msg.sender, OUTCOME_ASSET_CONFIRMED);
            }
        }
        _pay(address(_shr), provider, released);
    }

    // ---------------------------------------------------------------- usage

    /// @notice See {IPledgeEscrow-reportUsage}.
    function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes calldata signature)
        external
        onlyDelegated
    {
        RentalCore storage r = _rentals[rentalId];
        IPledgeEscrow.RentalStatus status = r.status;
        if (status == IPledgeEscrow.RentalStatus.Active) {
            uint64 deadline = _deadline(r);
            if (block.timestamp > deadline) revert IPledgeEscrow.RentalOverdue(rentalId, deadline);
        } else if (status == IPledgeEscrow.RentalStatus.Returned) {
            if (block.timestamp > r.inspectionEnd) {
                revert IPledgeEscrow.EscrowInspectionOver(rentalId, r.inspectionEnd);
            }
        } else {
            revert IPledgeEscrow.EscrowWrongStatus(rentalId, status);
        }
        RentalExtra storage x = _extras[rentalId];
        uint64 lastNonce = x.lastNonce;
        if (nonce <= lastNonce) revert IPledgeEscrow.StaleNonce(rentalId, nonce, lastNonce);
        if (damageBps > RentalMath.BPS) revert IPledgeEscrow.EscrowInvalidBps(damageBps);

        address device = _checkReport(r, rentalId, units, damageBps, nonce, signature);

        x.lastNonce = nonce;
        if (units != 0) {
            uint256 total = x.units;
            // a device that reports past 2^256 units has used up any deposit long before.
            x.units = total > type(uint256).max - units ? type(uint256).max : total + units;
        }
        if (damageBps != 0) {
            uint256 damage = uint256(x.damageBps) + damageBps;
            x.damageBps = uint16(damage > RentalMath.BPS ? RentalMath.BPS : damage);
        }
        emit IPledgeEscrow.UsageReported(rentalId, device, nonce, units, damageBps);

        if (status == IPledgeEscrow.RentalStatus.Returned && (units != 0 || damageBps != 0)) {
            // the renter always has a full inspection period to dispute a late report.
            uint256 extended = block.timestamp + _params[r.paramsId].inspectionPeriod;
            uint40 inspectionEnd = r.inspectionEnd;
            if (extended > inspectionEnd) {
                // casting is safe: block times fit 40 bits until the year 36812.
                // forge-lint: disable-next-line(unsafe-typecast)
                inspectionEnd = uint40(extended);
                r.inspectionEnd = inspectionEnd;
            }
            emit IPledgeEscrow.InspectionExtended(rentalId, inspectionEnd);
        }
    }

    /// @dev The device of the rental's asset, which must have signed the report.
    function _checkReport(
        RentalCore storage r,
        uint256 rentalId,
        uint256 units,
        uint16 damageBps,
        uint64 nonce,
        bytes calldata signature
    ) private view returns (address device) {
        // the device cannot change while the rental is open: the asset is locked in the registry.
        device = _registry.deviceOf(_listings[r.listingId].tokenId);
        // the escrow's EIP-712 domain: this code runs at the escrow's address.
        bytes32 domainSeparator =
            keccak256(abi.encode(_EIP712_DOMAIN_TYPEHASH, _HASHED_NAME, _HASHED_VERSION, block.chainid, address(this)));
        bytes32 digest = MessageHashUtils.toTypedDataHash(
            domainSeparator, keccak256(abi.encode(USAGE_REPORT_TYPEHASH, rentalId, units, damageBps, nonce))
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || device == address(0) || signer != device) {
            revert IPledgeEscrow.InvalidDevice(signer, device);
        }
    }

    // ---------------------------------------------------------------- defaults

    /// @dev the amounts of a release.
    struct Release {
        uint256 units;
        uint256 rentPaid;
        uint256 rentCharged;
        uint256 rentFee;
        uint256 deposit;
        uint256 usageFee;
        uint256 usagePlatformFee;
        uint256 damage;
        uint256 lateFee;
        uint256 left;
        address renter;
        uint16 damageBps;
        bool late;
        address provider;
        address payee;
        address token;
    }

    /// @notice See {IPledgeEscrow-releaseDeposit}.
    function releaseDeposit(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Returned) {
            revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        }
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        Release memory s = _release(r, listing, t, _extras[rentalId]);
        if (block.timestamp <= r.inspectionEnd) {
            // waiving the inspection is allowed only when it could only refund the renter in full.
            if ((msg.sender != s.provider && msg.sender != s.payee) || s.units != 0 || s.damageBps != 0) {
                revert IPledgeEscrow.NotReleasable(rentalId, r.inspectionEnd);
            }
        }

        r.status = IPledgeEscrow.RentalStatus.Settled;
        emit IPledgeEscrow.RentalSettled(
            rentalId,
            s.renter,
            s.provider,
            s.rentCharged,
            s.usageFee,
            s.damage,
            s.lateFee,
            s.rentFee + s.usagePlatformFee,
            s.rentPaid - s.rentCharged + s.left
        );
        _closeSlot(listing.tokenId, r);
        uint256 treasuryFee = _treasuryPart(r, s.rentFee);
        if (s.late) {
            _credit.recordOutcome(s.renter, s.provider, OUTCOME_RETURNED_LATE);
        } else if (treasuryFee != 0) {
            _credit.recordOutcome(s.renter, s.provider, OUTCOME_COMPLETED_ON_TIME);
        }
        if (s.damageBps != 0) _credit.recordOutcome(s.renter, s.provider, OUTCOME_DAMAGE_CAUSED);

        treasuryFee += _payPlatformFee(rentalId, s.token, s.usagePlatformFee, r, t);
        _pay(s.token, s.payee, s.usageFee - s.usagePlatformFee + s.damage + s.lateFee);
        _pay(s.token, s.renter, s.left);
        // a clean rental: returned by `end`, undamaged, never disputed (a disputed one never settles here).
        if (!s.late && s.damageBps == 0) _reward(rentalId, s.token, s.renter, s.provider, treasuryFee);
    }

    /// @dev The release arithmetic of INTERFACE.md §2: usage fee, then damage, then late fee
    /// out of the deposit, each capped at what is left.
    function _release(RentalCore storage r, ListingRecord storage listing, StoredTerms storage t, RentalExtra storage x)
        private
        view
        returns (Release memory s)
    {
        IPledgeEscrow.Params storage p = _params[r.paramsId];
        uint256 returnedAt = r.returnedAt;
        s.units = x.units;
        s.damageBps = x.damageBps;
        s.renter = r.renter;
        s.provider = listing.provider;
        s.payee = _payee(listing, t);
        s.token = listing.paymentToken;
        s.rentPaid = _rentPaid(r, t);
        s.rentCharged = _rentCharged(r, t, returnedAt);
        s.rentFee = RentalMath.share(s.rentCharged, p.platformFeeBps);
        s.deposit = _depositPaid(r, t);
        s.left = s.deposit;
        s.usageFee = RentalMath.usageFee(s.units, t.pricePerUnit);
        if (s.usageFee > s.left) s.usageFee = s.left;
        s.left -= s.usageFee;
        s.damage = RentalMath.share(s.deposit, s.damageBps);
        if (s.damage > s.left) s.damage = s.left;
        s.left -= s.damage;
        s.late = returnedAt > r.end;
        s.lateFee = RentalMath.lateFee(t.pricePerHour, r.end, returnedAt, p.lateFeeBps);
        if (s.lateFee > s.left) s.lateFee = s.left;
        s.left -= s.lateFee;
        s.usagePlatformFee = RentalMath.share(s.usageFee, p.platformFeeBps);
    }

    /// @dev Mints `rate × treasuryFee` SHR to the renter, then the provider, each capped at what
    /// is left of the epoch's budget. A mint that fails (the SHR cap, a lost role) is skipped
    /// and uses no budget: it is never a reason for a settlement to revert.
    function _reward(uint256 rentalId, address token, address renter, address provider, uint256 treasuryFee) private {
        uint256 rate = _paymentTokens[token].rewardRate;
        if (rate == 0 || treasuryFee == 0) return;
        uint256 each = RentalMath.usageFee(treasuryFee, rate); // saturating product
        // casting is safe: weeks since deployment fit 64 bits.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 epoch = uint64((block.timestamp - _deployedAt) / EPOCH);
        RewardEpoch memory e = _rewardEpoch;
        uint256 minted = e.epoch == epoch ? e.minted : 0;
        uint256 cap = _params[_counters.paramsId].epochRewardCap;
        // minted is kept in 192 bits; no cap near that is meaningful.
        if (cap > type(uint192).max) cap = type(uint192).max;
        minted += _mint(rentalId, renter, each, cap > minted ? cap - minted : 0);
        minted += _mint(rentalId, provider, each, cap > minted ? cap - minted : 0);
        // casting is safe: minted never passes the cap, held below 2^192 above.
        // forge-lint: disable-next-line(unsafe-typecast)
        _rewardEpoch = RewardEpoch({epoch: epoch, minted: uint192(minted)});
    }

    /// @dev Mints min(amount, left) SHR to `account`; returns what was minted.
    function _mint(uint256 rentalId, address account, uint256 amount, uint256 left) private returns (uint256) {
        if (amount > left) amount = left;
        if (amount == 0) return 0;
        if (gasleft() < PUSH_GAS_RESERVE) revert IPledgeEscrow.InsufficientGas(gasleft(), PUSH_GAS_RESERVE);
        try _shr.mint{gas: PUSH_GAS}(account, amount) {
            // announced after the mint: only a mint that happened is a reward paid.
            emit IPledgeEscrow.RewardPaid(rentalId, account, amount);
            return amount;
        } catch {
            return 0;
        }
    }

    /// @notice See {IPledgeEscrow-collectDefault}.
    function collectDefault(uint256 rentalId) external onlyDelegated nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Active) revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        uint64 deadline = _deadline(r);
        if (block.timestamp <= deadline) revert IPledgeEscrow.EscrowDefaultNotDue(rentalId, deadline);
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        address renter = r.renter;
        address provider = listing.provider;
        uint256 tokenId = listing.tokenId;
        uint256 rentPaid = _rentPaid(r, t);
        uint256 deposit = _depositPaid(r, t);
        uint256 platformFee = RentalMath.share(rentPaid, _params[r.paramsId].platformFeeBps);

        r.status = IPledgeEscrow.RentalStatus.Defaulted;
        _books[tokenId].activeRentalId = 0;
        _leaveTier(renter);
        emit IPledgeEscrow.RentalDefaulted(rentalId, renter, provider, deposit, platformFee);
        _credit.recordOutcome(renter, provider, OUTCOME_DEFAULTED);
        _registry.setUser(tokenId, address(0), 0);
        _closeSlot(tokenId, r);

        address token = listing.paymentToken;
        _payPlatformFee(rentalId, token, platformFee, r, t);
        _pay(token, _payee(listing, t), rentPaid - platformFee + deposit);
    }

    // ---------------------------------------------------------------- disputes

    /// @notice See {IPledgeEscrow-openDispute}.
    function openDispute(uint256 rentalId, bytes32 evidenceHash)
        external
        onlyDelegated
        nonReentrant
        returns (uint256 disputeId)
    {
        RentalCore storage r = _rentals[rentalId];
        IPledgeEscrow.RentalStatus status = r.status;
        address renter = r.renter;
        address provider = _listings[r.listingId].provider;
        if (msg.sender != renter && msg.sender != provider) revert IPledgeEscrow.EscrowNotParty(rentalId, msg.sender);
        if (status == IPledgeEscrow.RentalStatus.Active) {
            // a renter who keeps the asset past `end` can no longer dispute: a default cannot be dodged.
            if (msg.sender == renter) {
                if (block.timestamp >= r.end) revert IPledgeEscrow.EscrowDisputeClosed(rentalId, msg.sender, r.end);
            } else {
                uint64 deadline = _deadline(r);
                if (block.timestamp > deadline) {
                    revert IPledgeEscrow.EscrowDisputeClosed(rentalId, msg.sender, deadline);
                }
            }
        } else if (status == IPledgeEscrow.RentalStatus.Returned) {
            if (block.timestamp > r.inspectionEnd) {
                revert IPledgeEscrow.EscrowDisputeClosed(rentalId, msg.sender, r.inspectionEnd);
            }
            // a disputed rental counts toward the tier limit again until it is resolved.
            ++_tierRentals[renter];
        } else {
            revert IPledgeEscrow.EscrowWrongStatus(rentalId, status);
        }
        address arbitration_ = _arbitration;
        if (arbitration_ == address(0)) revert IPledgeEscrow.EscrowArbitrationNotSet();

        r.status = IPledgeEscrow.RentalStatus.Disputed;
        // the panel numbers disputes, so the id comes back from the call.
        disputeId = _arbitrationContract().createDispute(rentalId, msg.sender, renter, provider);
        _extras[rentalId].disputeId = disputeId;
        emit IPledgeEscrow.DisputeOpened(rentalId, disputeId, msg.sender, evidenceHash);
    }

    /// @dev the amounts of a ruling.
    struct Ruling {
        uint256 rentPaid;
        uint256 deposit;
        uint256 rentCharged;
        uint256 payeeRent;
        uint256 platformFee;
        uint256 lateFee;
        uint256 payeeDeposit;
        uint256 refund;
        uint256 refundNow;
        uint256 payeeNow;
        bool overdue;
        bool rentSettled;
    }

    /// @notice See {IPledgeEscrow-resolveDispute}.
    function resolveDispute(uint256 rentalId, uint16 providerShareBps) external onlyDelegated nonReentrant {
        if (msg.sender != _arbitration) revert IPledgeEscrow.OnlyArbitration(msg.sender);
        RentalCore storage r = _rentals[rentalId];
        if (r.status != IPledgeEscrow.RentalStatus.Disputed) {
            revert IPledgeEscrow.EscrowWrongStatus(rentalId, r.status);
        }
        if (providerShareBps > RentalMath.BPS) revert IPledgeEscrow.EscrowInvalidBps(providerShareBps);
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        Ruling memory s = _ruling(r, t, providerShareBps);

        address renter = r.renter;
        uint256 tokenId = listing.tokenId;
        bool returned = r.returnedAt != 0;
        r.status = IPledgeEscrow.RentalStatus.Resolved;
        if (!returned) _books[tokenId].activeRentalId = 0;
        _leaveTier(renter);
        emit IPledgeEscrow.DisputeResolved(rentalId, _extras[rentalId].disputeId, providerShareBps);
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, listing.provider, s.payeeRent, 0, s.payeeDeposit, s.lateFee, s.platformFee, s.refund
        );

        uint256 slashed;
        if (providerShareBps == 0 && listing.pledgeState == IPledgeEscrow.PledgeState.Locked) {
            listing.pledgeState = IPledgeEscrow.PledgeState.Slashed;
            slashed = listing.pledge;
            emit IPledgeEscrow.PledgeSlashed(r.listingId, renter, slashed);
        }
        if (s.overdue) _credit.recordOutcome(renter, listing.provider, OUTCOME_DEFAULTED);
        if (!returned) _registry.setUser(tokenId, address(0), 0);
        _closeSlot(tokenId, r);

        address token = listing.paymentToken;
        _payPlatformFee(rentalId, token, s.platformFee, r, t);
        _pay(token, _payee(listing, t), s.payeeNow);
        _pay(token, renter, s.refundNow);
        _pay(address(_shr), renter, slashed);
    }

    /// @dev The ruling arithmetic of INTERFACE.md §2 with share `bps`, at `returnedAt` when the
    /// asset was returned before the ruling, else now.
    function _ruling(RentalCore storage r, StoredTerms storage t, uint256 bps) private view returns (Ruling memory s) {
        s.rentPaid = _rentPaid(r, t);
        s.deposit = _depositPaid(r, t);
        uint256 time = r.returnedAt != 0 ? r.returnedAt : block.timestamp;
        // the rent was settled at a return made before the dispute (inspectionEnd is set only then).
        s.rentSettled = r.inspectionEnd != 0;
        s.overdue = r.returnedAt == 0 && block.timestamp > _deadline(r);
        s.rentCharged = _rentCharged(r, t, time);
        s.lateFee = RentalMath.lateFee(t.pricePerHour, r.end, time, _params[r.paramsId].lateFeeBps);
        if (s.lateFee > s.deposit) s.lateFee = s.deposit;
        s.payeeDeposit = RentalMath.share(s.deposit - s.lateFee, bps);
        if (s.rentSettled) {
            // the rent paid out at the return stays paid; report the whole rental's rent and refunds.
            s.payeeRent = s.rentCharged;
            s.refundNow = s.deposit - s.lateFee - s.payeeDeposit;
            s.refund = (s.rentPaid - s.rentCharged) + s.refundNow;
            s.payeeNow = s.lateFee + s.payeeDeposit;
        } else {
            s.payeeRent = s.overdue ? s.rentCharged : RentalMath.share(s.rentCharged, bps);
            s.platformFee = RentalMath.share(s.payeeRent, _params[r.paramsId].platformFeeBps);
            s.refundNow = (s.rentPaid - s.payeeRent) + (s.deposit - s.lateFee - s.payeeDeposit);
            s.refund = s.refundNow;
            s.payeeNow = s.payeeRent - s.platformFee + s.lateFee + s.payeeDeposit;
        }
    }

    // ---------------------------------------------------------------- credits

    /// @notice See {IPledgeEscrow-withdraw}.
    function withdraw(address token) external onlyDelegated nonReentrant {
        _withdraw(token, msg.sender);
    }

    /// @notice See {IPledgeEscrow-withdrawFor}.
    function withdrawFor(address token, address account) external onlyDelegated nonReentrant {
        _withdraw(token, account);
    }

    /// @dev pays `account`'s whole credit of `token` to `account` (checks, effects, then the transfer).
    function _withdraw(address token, address account) private {
        uint256 amount = _claimable[token][account];
        if (amount == 0) revert IPledgeEscrow.EscrowNothingToWithdraw(token, account);
        _claimable[token][account] = 0;
        emit IPledgeEscrow.Withdrawn(token, account, amount);
        IERC20(token).safeTransfer(account, amount);
    }

    // ---------------------------------------------------------------- administration

    /// @notice See {IPledgeEscrow-setParams}.
    function setParams(IPledgeEscrow.Params calldata params) external onlyDelegated {
        _setParams(params);
    }

    /// @notice See {IPledgeEscrow-setPaymentToken}.
    function setPaymentToken(address token, bool allowed) external onlyDelegated {
        _setPaymentToken(token, allowed);
    }

    /// @notice See {IPledgeEscrow-setRewardRate}.
    function setRewardRate(address token, uint256 shrPerFeeUnit) external onlyDelegated {
        _setRewardRate(token, shrPerFeeUnit);
    }

    /// @notice See {IPledgeEscrow-setPlatform}.
    function setPlatform(address platform, uint16 shareBps) external onlyDelegated {
        if (platform == address(0)) revert IPledgeEscrow.EscrowZeroAddress();
        if (shareBps > RentalMath.BPS) revert IPledgeEscrow.EscrowInvalidBps(shareBps);
        _platformShares[platform] = shareBps;
        emit IPledgeEscrow.PlatformSet(platform, shareBps);
    }

    function _popcount(uint16 bits) private pure returns (uint256 count) {
        while (bits != 0) {
            bits &= bits - 1;
            ++count;
        }
    }
}
