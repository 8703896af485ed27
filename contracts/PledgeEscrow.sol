// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "./interfaces/IArbitration.sol";
import {IAssetRegistry} from "./interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "./interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "./interfaces/IPledgeEscrow.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";
import {RentalMath} from "./libraries/RentalMath.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title Sharechain pledge escrow
/// @notice Holds provider pledges (SHR) and renters' rent and deposits (allowlisted payment
/// tokens), and settles every rental automatically: by return, by default collection, or by
/// the arbiter panel's ruling.
///
/// Solvency: for every token, the balance held equals the locked pledges, plus the rent and
/// deposit of every active or disputed rental, plus the claimable credits. Every function
/// that moves tokens is `nonReentrant`, changes state and emits its events before it calls
/// out, and pushes payouts through {_pay}, which turns a reverting push into a credit so
/// that one hostile token or blocklisted account never blocks a settlement.
///
/// Trust: the registry, credit registry, reward token and arbitration are the suite's own
/// contracts. Payment tokens are allowlisted by governors; fee-on-transfer tokens are
/// refused at the door (the amount that arrives is measured), rebasing tokens are not
/// supported.
contract PledgeEscrow is IPledgeEscrow, AccessControl, Pausable, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Role that sets parameters and the payment allowlist.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice Role that pauses new listings and rentals.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice EIP-712 type hash of a device's signed usage report.
    bytes32 public constant USAGE_REPORT_TYPEHASH =
        keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)");
    /// @notice The most a platform fee may be, in bps.
    uint16 public constant MAX_PLATFORM_FEE_BPS = 1000;

    uint8 private constant OUTCOME_COMPLETED_ON_TIME = 0;
    uint8 private constant OUTCOME_RETURNED_LATE = 1;
    uint8 private constant OUTCOME_DEFAULTED = 2;
    uint8 private constant OUTCOME_DAMAGE_CAUSED = 3;
    uint8 private constant OUTCOME_ASSET_CONFIRMED = 6;
    uint256 private constant MAX_TERM = type(uint128).max;

    IAssetRegistry private immutable _registry;
    ICreditRegistry private immutable _credit;
    IRewardToken private immutable _shr;
    address private _arbitration;

    uint256 private _lastListingId;
    uint256 private _lastRentalId;
    uint32 private _lastParamsId;

    mapping(uint32 paramsId => Params) private _params;
    mapping(uint256 listingId => Listing) private _listings;
    mapping(uint256 rentalId => Rental) private _rentals;
    mapping(uint256 tokenId => uint256 listingId) private _openListingOf;
    mapping(uint256 tokenId => uint256 rentalId) private _activeRentalOf;
    mapping(address account => uint256) private _activeRentalCount;
    mapping(address token => bool) private _paymentTokens;
    mapping(address token => mapping(address account => uint256)) private _claimable;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    /// @param registry The asset registry (this escrow needs its `RENTAL_MANAGER_ROLE`).
    /// @param credit The credit registry (this escrow needs its `RECORDER_ROLE`).
    /// @param shr The reward and pledge token (this escrow needs its `MINTER_ROLE` for rewards).
    /// @param params The initial fee and reward parameters.
    /// @param paymentTokens The initial payment allowlist.
    constructor(
        address admin,
        IAssetRegistry registry,
        ICreditRegistry credit,
        IRewardToken shr,
        Params memory params,
        address[] memory paymentTokens
    ) EIP712("PledgeEscrow", "1") {
        if (address(registry) == address(0) || address(credit) == address(0) || address(shr) == address(0)) {
            revert EscrowZeroAddress();
        }
        _registry = registry;
        _credit = credit;
        _shr = shr;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setParams(params);
        for (uint256 i = 0; i < paymentTokens.length; ++i) {
            _setPaymentToken(paymentTokens[i], true);
        }
    }

    // ---------------------------------------------------------------- listings

    /// @inheritdoc IPledgeEscrow
    function list(
        uint256 tokenId,
        address paymentToken,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) external whenNotPaused nonReentrant returns (uint256) {
        return _list(
            Listing({
                tokenId: tokenId,
                provider: msg.sender,
                paymentToken: paymentToken,
                pricePerHour: pricePerHour,
                deposit: deposit,
                minDuration: minDuration,
                maxDuration: maxDuration,
                pricePerUnit: pricePerUnit,
                pledge: 0,
                pledgeState: PledgeState.Locked,
                open: true,
                confirmed: false
            })
        );
    }

    /// @inheritdoc IPledgeEscrow
    function updateListing(
        uint256 listingId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) external whenNotPaused {
        Listing storage listing = _providerListing(listingId);
        _checkTerms(pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
        listing.pricePerHour = pricePerHour;
        listing.deposit = deposit;
        listing.minDuration = minDuration;
        listing.maxDuration = maxDuration;
        listing.pricePerUnit = pricePerUnit;
        emit ListingUpdated(listingId, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit);
    }

    /// @inheritdoc IPledgeEscrow
    function delist(uint256 listingId) external nonReentrant {
        Listing storage listing = _providerListing(listingId);
        uint256 busy = _activeRentalOf[listing.tokenId];
        if (busy != 0) revert EscrowAssetBusy(listing.tokenId, busy);
        (address pledger, uint256 pledge) = _close(listingId);
        _pay(address(_shr), pledger, pledge);
    }

    // ---------------------------------------------------------------- rentals

    /// @inheritdoc IPledgeEscrow
    function rent(uint256 listingId, uint64 duration) external whenNotPaused nonReentrant returns (uint256) {
        return _rent(listingId, duration);
    }

    /// @inheritdoc IPledgeEscrow
    function rentWithPermit(
        uint256 listingId,
        uint64 duration,
        uint256 permitValue,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external whenNotPaused nonReentrant returns (uint256) {
        // checked first: a try on an address without code reverts uncaught.
        if (!_listings[listingId].open) revert EscrowListingNotOpen(listingId);
        // a permit can be front-run (its signature is public once in the mempool); when it
        // fails, the allowance it set may already be there, and the pull below decides.
        try IERC20Permit(_listings[listingId].paymentToken)
            .permit(msg.sender, address(this), permitValue, permitDeadline, v, r, s) {}
            catch {}
        return _rent(listingId, duration);
    }

    /// @inheritdoc IPledgeEscrow
    function confirmAsset(uint256 rentalId) external nonReentrant {
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Active) revert EscrowRentalNotActive(rentalId, r.status);
        if (r.renter != msg.sender) revert EscrowNotRenter(rentalId, msg.sender);
        if (r.confirmed) revert EscrowAlreadyConfirmed(rentalId);
        r.confirmed = true;
        emit AssetConfirmed(rentalId, msg.sender);

        Listing storage listing = _listings[r.listingId];
        if (listing.confirmed) return;
        listing.confirmed = true;
        uint256 released;
        if (listing.pledgeState == PledgeState.Locked) {
            listing.pledgeState = PledgeState.Released;
            released = listing.pledge;
            emit PledgeReleased(r.listingId, listing.provider, released);
        }
        _credit.recordOutcome(listing.provider, OUTCOME_ASSET_CONFIRMED);
        _pay(address(_shr), listing.provider, released);
    }

    /// @inheritdoc IPledgeEscrow
    function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes calldata signature)
        external
    {
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Active) revert EscrowRentalNotActive(rentalId, r.status);
        uint64 deadline = _deadline(r);
        if (block.timestamp > deadline) revert RentalOverdue(rentalId, deadline);
        if (nonce <= r.lastNonce) revert StaleNonce(rentalId, nonce, r.lastNonce);
        if (damageBps > RentalMath.BPS) revert EscrowInvalidBps(damageBps);

        bytes32 digest =
            _hashTypedDataV4(keccak256(abi.encode(USAGE_REPORT_TYPEHASH, rentalId, units, damageBps, nonce)));
        address device = _registry.deviceOf(r.tokenId);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || device == address(0) || signer != device) {
            revert InvalidDevice(signer, device);
        }

        r.lastNonce = nonce;
        r.units += units;
        uint256 damage = uint256(r.damageBps) + damageBps;
        r.damageBps = uint16(damage > RentalMath.BPS ? RentalMath.BPS : damage);
        emit UsageReported(rentalId, device, nonce, units, damageBps);
    }

    /// @inheritdoc IPledgeEscrow
    function endRental(uint256 rentalId) external nonReentrant {
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Active) revert EscrowRentalNotActive(rentalId, r.status);
        if (msg.sender == r.provider) {
            if (block.timestamp < r.end) revert EscrowRentalNotEnded(rentalId, r.end);
        } else if (msg.sender != r.renter) {
            revert EscrowNotParty(rentalId, msg.sender);
        }
        uint64 deadline = _deadline(r);
        if (block.timestamp > deadline) revert RentalOverdue(rentalId, deadline);

        Params storage p = _params[r.paramsId];
        RentalMath.Settlement memory s =
            RentalMath.settleReturn(_terms(r), block.timestamp, p.platformFeeBps, p.lateFeeBps);
        _finish(r, RentalStatus.Settled);
        _emitSettled(rentalId, r, s);

        bool late = block.timestamp > r.end;
        _credit.recordOutcome(r.renter, late ? OUTCOME_RETURNED_LATE : OUTCOME_COMPLETED_ON_TIME);
        if (r.damageBps > 0) _credit.recordOutcome(r.renter, OUTCOME_DAMAGE_CAUSED);
        _registry.setUser(r.tokenId, address(0), 0);
        _payOut(r, p.treasury, s);

        if (!late && r.damageBps == 0) {
            _reward(rentalId, r.renter, p.rewardPerRental);
            _reward(rentalId, r.provider, p.rewardPerRental);
        }
    }

    /// @inheritdoc IPledgeEscrow
    function collectDefault(uint256 rentalId) external nonReentrant {
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Active) revert EscrowRentalNotActive(rentalId, r.status);
        uint64 deadline = _deadline(r);
        if (block.timestamp <= deadline) revert EscrowDefaultNotDue(rentalId, deadline);

        Params storage p = _params[r.paramsId];
        uint256 platformFee = RentalMath.share(r.rent, p.platformFeeBps);
        _finish(r, RentalStatus.Defaulted);
        emit RentalDefaulted(rentalId, r.renter, r.provider, r.deposit, platformFee);

        _credit.recordOutcome(r.renter, OUTCOME_DEFAULTED);
        _registry.setUser(r.tokenId, address(0), 0);
        _pay(r.paymentToken, p.treasury, platformFee);
        _pay(r.paymentToken, r.provider, r.rent - platformFee + r.deposit);
    }

    // ---------------------------------------------------------------- disputes

    /// @inheritdoc IPledgeEscrow
    function openDispute(uint256 rentalId, bytes32 evidenceHash) external nonReentrant returns (uint256 disputeId) {
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Active) revert EscrowRentalNotActive(rentalId, r.status);
        if (msg.sender != r.renter && msg.sender != r.provider) revert EscrowNotParty(rentalId, msg.sender);
        uint64 deadline = _deadline(r);
        if (block.timestamp > deadline) revert RentalOverdue(rentalId, deadline);
        address arbitration_ = _arbitration;
        if (arbitration_ == address(0)) revert EscrowArbitrationNotSet();

        r.status = RentalStatus.Disputed;
        // the panel numbers disputes, so the id comes back from the call.
        disputeId = IArbitration(arbitration_).createDispute(rentalId, msg.sender, r.renter, r.provider);
        r.disputeId = disputeId;
        emit DisputeOpened(rentalId, disputeId, msg.sender, evidenceHash);
    }

    /// @inheritdoc IPledgeEscrow
    function resolveDispute(uint256 rentalId, uint16 providerShareBps) external nonReentrant {
        if (msg.sender != _arbitration) revert OnlyArbitration(msg.sender);
        Rental storage r = _rentals[rentalId];
        if (r.status != RentalStatus.Disputed) revert EscrowRentalNotActive(rentalId, r.status);
        if (providerShareBps > RentalMath.BPS) revert EscrowInvalidBps(providerShareBps);

        Params storage p = _params[r.paramsId];
        RentalMath.Settlement memory s =
            RentalMath.settleRuling(_terms(r), block.timestamp, p.platformFeeBps, providerShareBps);
        _finish(r, RentalStatus.Resolved);
        emit DisputeResolved(rentalId, r.disputeId, providerShareBps);
        _emitSettled(rentalId, r, s);

        uint256 slashed;
        Listing storage listing = _listings[r.listingId];
        if (providerShareBps == 0 && listing.pledgeState == PledgeState.Locked) {
            listing.pledgeState = PledgeState.Slashed;
            slashed = listing.pledge;
            emit PledgeSlashed(r.listingId, r.renter, slashed);
        }

        _registry.setUser(r.tokenId, address(0), 0);
        _payOut(r, p.treasury, s);
        _pay(address(_shr), r.renter, slashed);
    }

    // ---------------------------------------------------------------- credits

    /// @inheritdoc IPledgeEscrow
    function withdraw(address token) external nonReentrant {
        uint256 amount = _claimable[token][msg.sender];
        if (amount == 0) revert EscrowNothingToWithdraw(token, msg.sender);
        _claimable[token][msg.sender] = 0;
        emit Withdrawn(token, msg.sender, amount);
        IERC20(token).safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- administration

    /// @inheritdoc IPledgeEscrow
    function setArbitration(address arbitration_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (_arbitration != address(0) || arbitration_ == address(0)) {
            revert EscrowArbitrationAlreadySet(_arbitration);
        }
        _arbitration = arbitration_;
        emit ArbitrationSet(arbitration_);
    }

    /// @inheritdoc IPledgeEscrow
    function setParams(
        uint16 platformFeeBps_,
        uint64 gracePeriod_,
        uint16 lateFeeBps_,
        uint256 rewardPerRental_,
        uint256 basePledge_,
        address treasury_
    ) external onlyRole(GOVERNOR_ROLE) {
        _setParams(
            Params({
                treasury: treasury_,
                platformFeeBps: platformFeeBps_,
                gracePeriod: gracePeriod_,
                lateFeeBps: lateFeeBps_,
                rewardPerRental: rewardPerRental_,
                basePledge: basePledge_
            })
        );
    }

    /// @inheritdoc IPledgeEscrow
    function setPaymentToken(address token, bool allowed) external onlyRole(GOVERNOR_ROLE) {
        _setPaymentToken(token, allowed);
    }

    /// @inheritdoc IPledgeEscrow
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @inheritdoc IPledgeEscrow
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IPledgeEscrow
    function claimable(address token, address account) external view returns (uint256) {
        return _claimable[token][account];
    }

    /// @inheritdoc IPledgeEscrow
    function gracePeriod() external view returns (uint64) {
        return _params[_lastParamsId].gracePeriod;
    }

    /// @inheritdoc IPledgeEscrow
    function platformFeeBps() external view returns (uint16) {
        return _params[_lastParamsId].platformFeeBps;
    }

    /// @inheritdoc IPledgeEscrow
    function lateFeeBps() external view returns (uint16) {
        return _params[_lastParamsId].lateFeeBps;
    }

    /// @inheritdoc IPledgeEscrow
    function rewardPerRental() external view returns (uint256) {
        return _params[_lastParamsId].rewardPerRental;
    }

    /// @inheritdoc IPledgeEscrow
    function treasury() external view returns (address) {
        return _params[_lastParamsId].treasury;
    }

    /// @inheritdoc IPledgeEscrow
    function basePledge() external view returns (uint256) {
        return _params[_lastParamsId].basePledge;
    }

    /// @inheritdoc IPledgeEscrow
    function isPaymentToken(address token) external view returns (bool) {
        return _paymentTokens[token];
    }

    /// @inheritdoc IPledgeEscrow
    function arbitration() external view returns (address) {
        return _arbitration;
    }

    /// @inheritdoc IPledgeEscrow
    function getListing(uint256 listingId) external view returns (Listing memory) {
        return _listings[listingId];
    }

    /// @inheritdoc IPledgeEscrow
    function getRental(uint256 rentalId) external view returns (Rental memory) {
        return _rentals[rentalId];
    }

    /// @inheritdoc IPledgeEscrow
    function getParams(uint32 paramsId) external view returns (Params memory) {
        return _params[paramsId];
    }

    /// @inheritdoc IPledgeEscrow
    function openListingOf(uint256 tokenId) external view returns (uint256) {
        return _openListingOf[tokenId];
    }

    /// @inheritdoc IPledgeEscrow
    function activeRentalOf(uint256 tokenId) external view returns (uint256) {
        return _activeRentalOf[tokenId];
    }

    /// @inheritdoc IPledgeEscrow
    function activeRentalCount(address account) external view returns (uint256) {
        return _activeRentalCount[account];
    }

    /// @inheritdoc IPledgeEscrow
    function listingCount() external view returns (uint256) {
        return _lastListingId;
    }

    /// @inheritdoc IPledgeEscrow
    function rentalCount() external view returns (uint256) {
        return _lastRentalId;
    }

    // ---------------------------------------------------------------- internals

    function _list(Listing memory listing) private returns (uint256 listingId) {
        uint256 tokenId = listing.tokenId;
        if (_registry.ownerOf(tokenId) != msg.sender) revert NotOwner(tokenId, msg.sender);
        if (_credit.isBlacklisted(msg.sender)) revert EscrowBlacklisted(msg.sender);
        if (!_registry.isVerified(tokenId)) revert AssetNotVerified(tokenId);
        if (!_paymentTokens[listing.paymentToken]) revert EscrowPaymentTokenNotAllowed(listing.paymentToken);
        _checkTerms(
            listing.pricePerHour, listing.deposit, listing.minDuration, listing.maxDuration, listing.pricePerUnit
        );

        // a listing left open by a previous owner (the token changed hands while no rental
        // was running) would block the new owner forever: close it and return its pledge.
        address stalePledger;
        uint256 stalePledge;
        uint256 previous = _openListingOf[tokenId];
        if (previous != 0) {
            if (_listings[previous].provider == msg.sender) revert EscrowAlreadyListed(tokenId, previous);
            (stalePledger, stalePledge) = _close(previous);
        }

        (,, uint16 pledgeBps) = _credit.termsOf(msg.sender);
        listing.pledge = RentalMath.share(_params[_lastParamsId].basePledge, pledgeBps);
        listingId = ++_lastListingId;
        _listings[listingId] = listing;
        _openListingOf[tokenId] = listingId;
        emit Listed(
            listingId,
            tokenId,
            msg.sender,
            listing.paymentToken,
            listing.pricePerHour,
            listing.deposit,
            listing.minDuration,
            listing.maxDuration,
            listing.pricePerUnit
        );
        emit PledgeLocked(listingId, msg.sender, listing.pledge);

        _pay(address(_shr), stalePledger, stalePledge);
        _pull(address(_shr), msg.sender, listing.pledge);
    }

    function _rent(uint256 listingId, uint64 duration) private returns (uint256 rentalId) {
        Listing storage listing = _listings[listingId];
        if (!listing.open) revert EscrowListingNotOpen(listingId);
        uint256 tokenId = listing.tokenId;
        address provider = listing.provider;
        if (_registry.ownerOf(tokenId) != provider) revert NotOwner(tokenId, provider);
        // a token taken off the allowlist (say, it turned hostile) takes no new rentals.
        if (!_paymentTokens[listing.paymentToken]) revert EscrowPaymentTokenNotAllowed(listing.paymentToken);
        if (msg.sender == provider) revert SelfRental(msg.sender);
        if (_credit.isBlacklisted(msg.sender)) revert EscrowBlacklisted(msg.sender);
        if (_credit.isBlacklisted(provider)) revert EscrowBlacklisted(provider);
        if (!_registry.isVerified(tokenId)) revert AssetNotVerified(tokenId);
        uint256 busy = _activeRentalOf[tokenId];
        if (busy != 0) revert EscrowAssetBusy(tokenId, busy);
        if (duration == 0 || duration < listing.minDuration || duration > listing.maxDuration) {
            revert BadDuration(duration, listing.minDuration, listing.maxDuration);
        }
        (uint16 maxActive, uint16 depositBps,) = _credit.termsOf(msg.sender);
        if (_activeRentalCount[msg.sender] >= maxActive) revert EscrowTooManyRentals(msg.sender, maxActive);

        uint256 rentAmount = RentalMath.rentFor(listing.pricePerHour, duration);
        uint256 deposit = RentalMath.scaleUp(listing.deposit, depositBps);
        uint64 start = uint64(block.timestamp);
        uint64 end = start + duration;

        rentalId = ++_lastRentalId;
        Rental storage r = _rentals[rentalId];
        r.listingId = listingId;
        r.tokenId = tokenId;
        r.renter = msg.sender;
        r.provider = provider;
        r.paymentToken = listing.paymentToken;
        r.start = start;
        r.end = end;
        r.minDuration = listing.minDuration;
        r.status = RentalStatus.Active;
        r.pricePerHour = listing.pricePerHour;
        r.pricePerUnit = listing.pricePerUnit;
        r.rent = rentAmount;
        r.deposit = deposit;
        r.paramsId = _lastParamsId;
        _activeRentalOf[tokenId] = rentalId;
        ++_activeRentalCount[msg.sender];
        emit Rented(rentalId, listingId, msg.sender, tokenId, start, end, rentAmount, deposit);

        _registry.setUser(tokenId, msg.sender, end);
        _pull(listing.paymentToken, msg.sender, rentAmount + deposit);
    }

    /// @dev Closes an open listing; returns who gets which still-locked pledge back, for the
    /// caller to pay once its own effects are done.
    function _close(uint256 listingId) private returns (address pledger, uint256 pledge) {
        Listing storage listing = _listings[listingId];
        listing.open = false;
        delete _openListingOf[listing.tokenId];
        emit Delisted(listingId);
        if (listing.pledgeState == PledgeState.Locked) {
            listing.pledgeState = PledgeState.Returned;
            (pledger, pledge) = (listing.provider, listing.pledge);
            emit PledgeReturned(listingId, pledger, pledge);
        }
    }

    /// @dev Moves a rental to a final status and frees the asset and the renter's slot.
    function _finish(Rental storage r, RentalStatus status) private {
        r.status = status;
        delete _activeRentalOf[r.tokenId];
        --_activeRentalCount[r.renter];
    }

    function _payOut(Rental storage r, address treasury_, RentalMath.Settlement memory s) private {
        _pay(r.paymentToken, treasury_, s.platformFee);
        _pay(r.paymentToken, r.provider, s.toProvider);
        _pay(r.paymentToken, r.renter, s.refund);
    }

    function _emitSettled(uint256 rentalId, Rental storage r, RentalMath.Settlement memory s) private {
        emit RentalSettled(
            rentalId, r.renter, r.provider, s.rentCharged, s.usageFee, s.damage, s.lateFee, s.platformFee, s.refund
        );
    }

    /// @dev Pushes `amount` of `token` to `to`; a push that reverts or returns false (paused
    /// token, blocklisted receiver, hook that reverts) becomes a credit for {withdraw}.
    function _pay(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        if (!IERC20(token).trySafeTransfer(to, amount)) {
            _claimable[token][to] += amount;
            emit PaymentCredited(token, to, amount);
        }
    }

    /// @dev Pulls `amount` of `token` from `from` and refuses tokens that deliver less.
    function _pull(address token, address from, uint256 amount) private {
        if (amount == 0) return;
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received != amount) revert FeeOnTransfer(token, amount, received);
    }

    /// @dev Mints a reward; a reward the cap (or a lost minter role) refuses is skipped, never
    /// a reason for settlement to revert.
    function _reward(uint256 rentalId, address account, uint256 amount) private {
        if (amount == 0) return;
        try _shr.mint(account, amount) {
            emit RewardPaid(rentalId, account, amount);
        } catch {}
    }

    function _setParams(Params memory p) private {
        if (p.platformFeeBps > MAX_PLATFORM_FEE_BPS || p.treasury == address(0)) revert EscrowInvalidParams();
        uint32 id = ++_lastParamsId;
        _params[id] = p;
        emit ParamsSet(p.platformFeeBps, p.gracePeriod, p.lateFeeBps, p.rewardPerRental, p.basePledge, p.treasury);
    }

    function _setPaymentToken(address token, bool allowed) private {
        if (token == address(0)) revert EscrowZeroAddress();
        _paymentTokens[token] = allowed;
        emit PaymentTokenSet(token, allowed);
    }

    function _providerListing(uint256 listingId) private view returns (Listing storage listing) {
        listing = _listings[listingId];
        if (!listing.open) revert EscrowListingNotOpen(listingId);
        if (listing.provider != msg.sender) revert EscrowNotProvider(listingId, msg.sender);
    }

    function _deadline(Rental storage r) private view returns (uint64) {
        return r.end + _params[r.paramsId].gracePeriod;
    }

    function _terms(Rental storage r) private view returns (RentalMath.Terms memory) {
        return RentalMath.Terms({
            pricePerHour: r.pricePerHour,
            pricePerUnit: r.pricePerUnit,
            rent: r.rent,
            deposit: r.deposit,
            units: r.units,
            start: r.start,
            end: r.end,
            minDuration: r.minDuration,
            damageBps: r.damageBps
        });
    }

    function _checkTerms(
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) private pure {
        if (
            pricePerHour == 0 || deposit == 0 || maxDuration == 0 || minDuration > maxDuration
                || pricePerHour > MAX_TERM || deposit > MAX_TERM || pricePerUnit > MAX_TERM
        ) revert InvalidTerms();
    }
}
