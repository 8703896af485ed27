// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// The split (a straightforward v2 escrow is ~32 KB of code, over the 24 576-byte limit):
// - PledgeEscrow (this contract, ~21 KB) keeps the tightest gas targets and the views: list,
//   rent, rentWithPermit, endRental, every view, pause/unpause and setArbitration. It checks
//   roles and the pause itself.
// - PledgeEscrowExtension (contracts/escrow/, ~22 KB) holds the rest: checkIn, confirmAsset,
//   releaseDeposit (the target with the most room: delegating costs ~3 000 gas),
//   updateListing, closeListing, delist, cancel, collectNoShow, reportUsage, collectDefault,
//   openDispute, resolveDispute, withdraw, setParams, setPaymentToken, setRewardRate and
//   setPlatform. PledgeEscrow deploys it in its constructor (its creation code is part of
//   PledgeEscrow's initcode, ~48.2 KB of the 49 152 allowed) and reaches it by delegatecall
//   from a one-line stub per function, so every pinned function stays in PledgeEscrow's ABI
//   and every event is emitted from PledgeEscrow's address. The helper runs only as a
//   delegatecall from the escrow that deployed it ({EscrowOnlyDelegated}), and checks no role
//   itself: the stubs here do. The constructor sets the initial values through it too.
// - Both inherit PledgeEscrowStorage, which declares the whole storage layout once and
//   first; neither declares state of its own. The manifest lists PledgeEscrow only.
// - endRental and endRentalByDevice share _return here. A copy of the return in the helper
//   kept endRental ~110 gas cheaper but cost ~1.8 KB of initcode, which with the constructor's
//   arguments (~0.6 KB, part of the creation transaction's data) passed the 49 152-byte limit.
// - Room left: ~1.7 KB of runtime here, ~2.4 KB in the helper, ~0.3 KB of initcode once the
//   constructor's arguments are counted: the next feature of any size needs a second helper.

import {PledgeEscrowExtension} from "./escrow/PledgeEscrowExtension.sol";
import {PledgeEscrowStorage} from "./escrow/PledgeEscrowStorage.sol";
import {IAssetRegistry} from "./interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "./interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "./interfaces/IPledgeEscrow.sol";
import {IRewardToken} from "./interfaces/IRewardToken.sol";
import {RentalMath} from "./libraries/RentalMath.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title Sharechain pledge escrow (protocol v2)
/// @notice Holds provider pledges (SHR) and renters' rent and deposits (allowlisted payment
/// tokens), books non-overlapping slots of each asset, and settles every rental: rent at the
/// return, the deposit after an inspection period, defaults, cancellations, no-shows and
/// rulings of the arbiter panel.
///
/// Solvency: for every token, the balance held equals the locked pledges, plus the rent and
/// deposit of every booked or active rental, the deposit of every returned one, the rent and
/// deposit of every disputed one not yet paid out, plus the claimable credits. Every function
/// that moves tokens is `nonReentrant`, changes state and emits its events before it calls
/// out, and pushes payouts through `_pay`, which gives each push at most 150 000 gas and turns
/// a failed push into a credit, so one hostile token or payee never blocks a settlement.
///
/// Trust: the registry, credit registry, reward token and arbitration are the suite's own
/// contracts. Payment tokens are allowlisted by governors; fee-on-transfer tokens are
/// refused at the door (the amount that arrives is measured), rebasing tokens are not
/// supported.
contract PledgeEscrow is PledgeEscrowStorage, AccessControl, EIP712, IPledgeEscrow {
    /// @dev EIP-712 type hash of a device's signed return ({endRentalByDevice}).
    bytes32 private constant _RETURN_TYPEHASH =
        keccak256("Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)");

    /// @dev the helper this escrow deployed and delegatecalls (see the comment at the top).
    address private immutable _extension;

    /// @dev OpenZeppelin's Pausable keeps its flag in a slot of its own, one more cold read in
    /// every `rent`; the flag lives in the counters slot instead, which `rent` reads anyway.
    /// Same events, errors and view as Pausable.
    modifier whenNotPaused() {
        if (_counters.paused) revert EnforcedPause();
        _;
    }

    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    /// @param registry The asset registry (this escrow needs its `RENTAL_MANAGER_ROLE`).
    /// @param credit The credit registry (this escrow needs its `RECORDER_ROLE`).
    /// @param shr The reward and pledge token (this escrow needs its `MINTER_ROLE` for rewards).
    /// @param params The initial governance parameters.
    /// @param paymentTokens The initial payment allowlist.
    /// @param rewardRates The reward rate of each of `paymentTokens` (same length).
    constructor(
        address admin,
        IAssetRegistry registry,
        ICreditRegistry credit,
        IRewardToken shr,
        Params memory params,
        address[] memory paymentTokens,
        uint256[] memory rewardRates
    ) PledgeEscrowStorage(registry, credit, shr, block.timestamp) EIP712("PledgeEscrow", "1") {
        if (paymentTokens.length != rewardRates.length) {
            revert EscrowLengthMismatch(paymentTokens.length, rewardRates.length);
        }
        address extension_ = address(new PledgeEscrowExtension(registry, credit, shr, block.timestamp));
        _extension = extension_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        // the initial values go through the helper's governance code, so they are checked and
        // announced exactly as later changes are (and that code is not here twice).
        _delegateTo(extension_, abi.encodeCall(PledgeEscrowExtension.setParams, (params)));
        for (uint256 i = 0; i < paymentTokens.length; ++i) {
            _delegateTo(extension_, abi.encodeCall(PledgeEscrowExtension.setPaymentToken, (paymentTokens[i], true)));
            _delegateTo(
                extension_, abi.encodeCall(PledgeEscrowExtension.setRewardRate, (paymentTokens[i], rewardRates[i]))
            );
        }
    }

    // ---------------------------------------------------------------- listings

    /// @inheritdoc IPledgeEscrow
    function list(uint256 tokenId, address paymentToken, Terms calldata terms)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 listingId)
    {
        if (_registry.ownerOf(tokenId) != msg.sender) revert NotOwner(tokenId, msg.sender);
        if (_credit.isBlacklisted(msg.sender)) revert EscrowBlacklisted(msg.sender);
        if (!_registry.isVerified(tokenId)) revert AssetNotVerified(tokenId);
        if (!_paymentTokens[paymentToken].allowed) revert EscrowPaymentTokenNotAllowed(paymentToken);
        _checkTerms(terms);
        if (tokenId > type(uint96).max) revert EscrowTokenIdTooLarge(tokenId);
        TokenBook storage book = _books[tokenId];
        uint256 previous = book.listingId;
        if (previous != 0) revert EscrowAlreadyListed(tokenId, previous);

        (,, uint16 pledgeBps) = _credit.termsOf(msg.sender);
        Counters memory counters = _counters;
        uint256 pledge = RentalMath.share(_params[counters.paramsId].basePledge, pledgeBps);
        listingId = ++counters.lastListingId;
        _counters.lastListingId = counters.lastListingId;

        ListingRecord storage listing = _listings[listingId];
        listing.provider = msg.sender;
        listing.pledge = pledge;
        listing.paymentToken = paymentToken;
        listing.status = ListingStatus.Active;
        listing.pledgeState = PledgeState.Locked;
        // casting is safe: tokenId was checked against 2^96 above.
        // forge-lint: disable-next-line(unsafe-typecast)
        listing.tokenId = uint96(tokenId); // checked above
        _storeTerms(listingId, 0, terms);
        // casting is safe: listing ids come from the uint48 counter.
        // forge-lint: disable-next-line(unsafe-typecast)
        book.listingId = uint48(listingId);
        book.touched = true;
        _emitListed(listingId, tokenId, paymentToken, terms);
        emit PledgeLocked(listingId, msg.sender, pledge);
        _pull(address(_shr), msg.sender, pledge);
    }

    /// @inheritdoc IPledgeEscrow
    function updateListing(uint256, Terms calldata) external whenNotPaused {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function closeListing(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function delist(uint256) external {
        _delegate();
    }

    // ---------------------------------------------------------------- rentals

    /// @inheritdoc IPledgeEscrow
    function rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform)
        external
        whenNotPaused
        nonReentrant
        returns (uint256)
    {
        return _rent(listingId, start, duration, termsHash_, platform);
    }

    /// @inheritdoc IPledgeEscrow
    function rentWithPermit(
        uint256 listingId,
        uint64 start,
        uint64 duration,
        bytes32 termsHash_,
        address platform,
        uint256 permitValue,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external whenNotPaused nonReentrant returns (uint256) {
        // checked first: a try on an address without code reverts uncaught.
        if (_listings[listingId].status != ListingStatus.Active) revert ListingNotOpen(listingId);
        // a permit can be front-run (its signature is public once in the mempool); when it
        // fails, the allowance it set may already be there, and the pull decides.
        try IERC20Permit(_listings[listingId].paymentToken)
            .permit(msg.sender, address(this), permitValue, permitDeadline, v, r, s) {}
            catch {}
        return _rent(listingId, start, duration, termsHash_, platform);
    }

    /// @inheritdoc IPledgeEscrow
    function checkIn(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function cancel(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function collectNoShow(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function confirmAsset(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function reportUsage(uint256, uint256, uint16, uint64, bytes calldata) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function endRental(uint256 rentalId) external nonReentrant {
        RentalCore storage r = _rentals[rentalId];
        RentalStatus status = _returnable(rentalId, r);
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        address renter = r.renter;
        uint64 end = r.end;
        if (msg.sender == listing.provider) {
            if (block.timestamp < end) revert EscrowRentalNotEnded(rentalId, end);
        } else if (msg.sender != renter) {
            revert EscrowNotParty(rentalId, msg.sender);
        }
        uint64 deadline = _deadline(r);
        if (block.timestamp > deadline) revert RentalOverdue(rentalId, deadline);
        _return(rentalId, r, listing, t, status, renter, end, msg.sender, uint64(block.timestamp));
    }

    /// @inheritdoc IPledgeEscrow
    function endRentalByDevice(uint256 rentalId, uint64 returnedAt, uint256 deadline, bytes calldata signature)
        external
        nonReentrant
    {
        RentalCore storage r = _rentals[rentalId];
        RentalStatus status = _returnable(rentalId, r);
        if (block.timestamp > deadline) revert EscrowSignatureExpired(deadline);
        {
            // no RentalOverdue here: a rental not yet defaulted may be returned at a time its
            // device saw, as long as that time was within end + gracePeriod.
            uint64 latest = _deadline(r);
            if (latest > block.timestamp) latest = uint64(block.timestamp);
            if (returnedAt < r.start || returnedAt > latest) {
                revert EscrowBadReturnTime(rentalId, returnedAt, r.start, latest);
            }
        }
        address device = _returnSigner(_listings[r.listingId].tokenId, rentalId, returnedAt, deadline, signature);
        _returnBy(rentalId, r, status, device, returnedAt);
    }

    /// @dev {_return} with the rental's listing, terms, renter and end read here (stack depth).
    function _returnBy(uint256 rentalId, RentalCore storage r, RentalStatus status, address by, uint64 returnedAt)
        private
    {
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        _return(rentalId, r, listing, t, status, r.renter, r.end, by, returnedAt);
    }

    /// @dev The device bound to `tokenId`, which must have signed the Return; it cannot change
    /// while the rental is open: the asset is locked in the registry.
    function _returnSigner(
        uint256 tokenId,
        uint256 rentalId,
        uint64 returnedAt,
        uint256 deadline,
        bytes calldata signature
    ) private view returns (address device) {
        device = _registry.deviceOf(tokenId);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(
            _hashTypedDataV4(keccak256(abi.encode(_RETURN_TYPEHASH, rentalId, returnedAt, deadline))), signature
        );
        if (err != ECDSA.RecoverError.NoError || device == address(0) || signer != device) {
            revert InvalidDevice(signer, device);
        }
    }

    /// @dev The status of a rental that may be returned (active, or disputed and not yet returned).
    function _returnable(uint256 rentalId, RentalCore storage r) private view returns (RentalStatus status) {
        status = r.status;
        if (status == RentalStatus.Returned || (status == RentalStatus.Disputed && r.returnedAt != 0)) {
            revert AlreadyReturned(rentalId, r.returnedAt);
        }
        if (status != RentalStatus.Active && status != RentalStatus.Disputed) {
            revert EscrowWrongStatus(rentalId, status);
        }
    }

    /// @dev A return at `returnedAt` by `by` (the renter, the provider or the device): frees the
    /// rest of the slot and the asset, then settles the rent, or, for a disputed rental, only
    /// records the time (the ruling charges rent and late fee to it).
    function _return(
        uint256 rentalId,
        RentalCore storage r,
        ListingRecord storage listing,
        StoredTerms storage t,
        RentalStatus status,
        address renter,
        uint64 end,
        address by,
        uint64 returnedAt
    ) private {
        uint256 tokenId = listing.tokenId;
        // the rest of the slot is free for new bookings.
        BookEntry storage entry = _entries[tokenId][r.bookIndex];
        // casting is safe: block times fit 40 bits until the year 36812.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (returnedAt < end) entry.end = uint40(returnedAt);
        _books[tokenId].activeRentalId = 0;
        // casting is safe: block times fit 40 bits until the year 36812.
        // forge-lint: disable-next-line(unsafe-typecast)
        r.returnedAt = uint40(returnedAt);

        if (status == RentalStatus.Disputed) {
            // the ruling charges rent and late fee to returnedAt; nothing is paid now.
            emit Returned(rentalId, by, returnedAt, 0, 0, 0, 0);
            _registry.setUser(tokenId, address(0), 0);
            return;
        }

        r.status = RentalStatus.Returned;
        _leaveTier(renter);
        _settleRent(rentalId, r, listing, t, by, returnedAt);
    }

    /// @dev The paying part of a return at `returnedAt` by `by`: charges the rent, starts the inspection,
    /// clears the user and pays the platforms, the treasury, the payee and the renter's refund.
    function _settleRent(
        uint256 rentalId,
        RentalCore storage r,
        ListingRecord storage listing,
        StoredTerms storage t,
        address by,
        uint64 returnedAt
    ) private {
        Params storage p = _params[r.paramsId];
        uint256 rentPaid = _rentPaid(r, t);
        uint256 rentCharged = _rentCharged(r, t, returnedAt);
        uint256 platformFee = RentalMath.share(rentCharged, p.platformFeeBps);
        // from now, not from returnedAt: a device's return relayed late still gets a full inspection.
        uint64 inspectionEnd = uint64(block.timestamp) + p.inspectionPeriod;
        // casting is safe: block times fit 40 bits until the year 36812.
        // forge-lint: disable-next-line(unsafe-typecast)
        r.inspectionEnd = uint40(inspectionEnd);
        emit Returned(rentalId, by, returnedAt, rentCharged, rentPaid - rentCharged, platformFee, inspectionEnd);
        _registry.setUser(listing.tokenId, address(0), 0);

        address token = listing.paymentToken;
        _payPlatformFee(rentalId, token, platformFee, r, t);
        _pay(token, _payee(listing, t), rentCharged - platformFee);
        _pay(token, r.renter, rentPaid - rentCharged);
    }

    /// @inheritdoc IPledgeEscrow
    function releaseDeposit(uint256) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function collectDefault(uint256) external {
        _delegate();
    }

    // ---------------------------------------------------------------- disputes

    /// @inheritdoc IPledgeEscrow
    function openDispute(uint256, bytes32) external returns (uint256) {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function resolveDispute(uint256, uint16) external {
        _delegate();
    }

    // ---------------------------------------------------------------- credits and administration

    /// @inheritdoc IPledgeEscrow
    function withdraw(address) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function withdrawFor(address, address) external {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function setArbitration(address arbitration_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (_arbitration != address(0) || arbitration_ == address(0)) {
            revert EscrowArbitrationAlreadySet(_arbitration);
        }
        _arbitration = arbitration_;
        emit ArbitrationSet(arbitration_);
    }

    /// @inheritdoc IPledgeEscrow
    function setParams(Params calldata) external onlyRole(GOVERNOR_ROLE) {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function setPaymentToken(address, bool) external onlyRole(GOVERNOR_ROLE) {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function setRewardRate(address, uint256) external onlyRole(GOVERNOR_ROLE) {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function setPlatform(address, uint16) external onlyRole(GOVERNOR_ROLE) {
        _delegate();
    }

    /// @inheritdoc IPledgeEscrow
    function pause() external onlyRole(PAUSER_ROLE) {
        if (_counters.paused) revert EnforcedPause();
        _counters.paused = true;
        emit Paused(msg.sender);
    }

    /// @inheritdoc IPledgeEscrow
    function unpause() external onlyRole(PAUSER_ROLE) {
        if (!_counters.paused) revert ExpectedPause();
        _counters.paused = false;
        emit Unpaused(msg.sender);
    }

    /// @inheritdoc IPledgeEscrow
    function paused() external view returns (bool) {
        return _counters.paused;
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IPledgeEscrow
    function termsHash(uint256 listingId) external view returns (bytes32) {
        ListingRecord storage listing = _listings[listingId];
        return _termsHash(listing, _terms[listingId][listing.version]);
    }

    /// @inheritdoc IPledgeEscrow
    function isSlotFree(uint256 tokenId, uint64 start, uint64 end) external view returns (bool) {
        if (start >= end) return false;
        (uint256 taken,,) = _findSlot(tokenId, start, end);
        return taken == 0;
    }

    /// @inheritdoc IPledgeEscrow
    function rewardEpoch() external view returns (uint256 epoch, uint256 minted, uint256 remaining) {
        epoch = (block.timestamp - _deployedAt) / EPOCH;
        RewardEpoch memory current = _rewardEpoch;
        if (current.epoch == epoch) minted = current.minted;
        uint256 cap = _params[_counters.paramsId].epochRewardCap;
        remaining = cap > minted ? cap - minted : 0;
    }

    /// @inheritdoc IPledgeEscrow
    function getListing(uint256 listingId) external view returns (Listing memory out) {
        ListingRecord storage listing = _listings[listingId];
        out.tokenId = listing.tokenId;
        out.provider = listing.provider;
        out.paymentToken = listing.paymentToken;
        out.terms = _loadTerms(_terms[listingId][listing.version]);
        out.termsVersion = listing.version;
        out.status = listing.status;
        out.pledgeState = listing.pledgeState;
        out.pledge = listing.pledge;
        out.confirmed = listing.confirmed;
    }

    /// @inheritdoc IPledgeEscrow
    function getRental(uint256 rentalId) external view returns (Rental memory out) {
        RentalCore storage r = _rentals[rentalId];
        if (r.status == RentalStatus.None) return out;
        (ListingRecord storage listing, StoredTerms storage t) = _listingOf(r);
        RentalExtra storage x = _extras[rentalId];
        out.listingId = r.listingId;
        out.termsVersion = r.version;
        out.tokenId = listing.tokenId;
        out.renter = r.renter;
        out.provider = listing.provider;
        out.payee = _payee(listing, t);
        out.paymentToken = listing.paymentToken;
        out.platform = x.platform;
        out.listingPlatform = t.platform;
        out.platformShareBps = r.renterShareBps;
        out.listingPlatformShareBps = r.listingShareBps;
        out.status = r.status;
        out.checkedIn = r.flags & FLAG_CHECKED_IN != 0;
        out.confirmed = r.flags & FLAG_CONFIRMED != 0;
        out.start = r.start;
        out.end = r.end;
        out.returnedAt = r.returnedAt;
        out.inspectionEnd = r.inspectionEnd;
        out.rent = _rentPaid(r, t);
        out.deposit = _depositPaid(r, t);
        out.units = x.units;
        out.damageBps = x.damageBps;
        out.lastNonce = x.lastNonce;
        out.disputeId = x.disputeId;
        out.paramsId = r.paramsId;
    }

    /// @inheritdoc IPledgeEscrow
    function rentalTerms(uint256 rentalId) external view returns (Terms memory) {
        RentalCore storage r = _rentals[rentalId];
        return _loadTerms(_terms[r.listingId][r.version]);
    }

    /// @inheritdoc IPledgeEscrow
    function openRentalsOf(uint256 tokenId) external view returns (uint256[] memory ids) {
        uint16 occupied = _books[tokenId].occupied;
        uint256 n;
        for (uint256 bits = occupied; bits != 0; bits &= bits - 1) {
            ++n;
        }
        ids = new uint256[](n);
        n = 0;
        for (uint256 i = 0; i < MAX_OPEN_RENTALS; ++i) {
            // casting is safe: i is below 16; the shift is a one-bit mask, as meant.
            // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
            if (occupied & (1 << i) != 0) {
                ids[n] = _entries[tokenId][i].rentalId;
                ++n;
            }
        }
    }

    /// @inheritdoc IPledgeEscrow
    function tierRentalCount(address account) external view returns (uint256) {
        return _tierRentals[account];
    }

    /// @inheritdoc IPledgeEscrow
    function claimable(address token, address account) external view returns (uint256) {
        return _claimable[token][account];
    }

    /// @inheritdoc IPledgeEscrow
    function getParams() external view returns (Params memory) {
        return _params[_counters.paramsId];
    }

    /// @inheritdoc IPledgeEscrow
    function getParamsAt(uint32 paramsId) external view returns (Params memory) {
        return _params[paramsId];
    }

    /// @inheritdoc IPledgeEscrow
    function isPaymentToken(address token) external view returns (bool) {
        return _paymentTokens[token].allowed;
    }

    /// @inheritdoc IPledgeEscrow
    function rewardRate(address token) external view returns (uint256) {
        return _paymentTokens[token].rewardRate;
    }

    /// @inheritdoc IPledgeEscrow
    function platformShare(address platform) external view returns (uint16) {
        return _platformShares[platform];
    }

    /// @inheritdoc IPledgeEscrow
    function arbitration() external view returns (address) {
        return _arbitration;
    }

    /// @inheritdoc IPledgeEscrow
    function openListingOf(uint256 tokenId) external view returns (uint256) {
        return _books[tokenId].listingId;
    }

    /// @inheritdoc IPledgeEscrow
    function activeRentalOf(uint256 tokenId) external view returns (uint256) {
        return _books[tokenId].activeRentalId;
    }

    /// @inheritdoc IPledgeEscrow
    function listingCount() external view returns (uint256) {
        return _counters.lastListingId;
    }

    /// @inheritdoc IPledgeEscrow
    function rentalCount() external view returns (uint256) {
        return _counters.lastRentalId;
    }

    /// @notice The helper contract this escrow delegatecalls (deployed by its constructor).
    function extension() external view returns (address) {
        return _extension;
    }

    // ---------------------------------------------------------------- internals

    /// @dev the inputs and intermediate values of a rental, in memory (stack depth).
    struct RentCtx {
        uint256 listingId;
        uint256 tokenId;
        address provider;
        address token;
        uint32 version;
        uint32 paramsId;
        uint64 start;
        uint64 end;
        uint16 listingShare;
        uint16 renterShare;
        uint16 depositBps;
        bool now_;
        address device;
        uint256 rent;
        uint256 deposit;
        uint64 minDuration;
        uint64 maxDuration;
        uint256 listedDeposit;
        uint256 tierRentals;
    }

    function _rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform)
        private
        returns (uint256 rentalId)
    {
        RentCtx memory c = _checkListing(listingId);
        _checkTerms(c, termsHash_, platform, duration);
        Counters memory counters = _counters;
        c.paramsId = counters.paramsId;
        _checkSlot(c, start, duration);
        {
            (uint16 maxActive, uint16 depositBps,) = _credit.termsOf(msg.sender);
            c.tierRentals = _tierRentals[msg.sender];
            if (c.tierRentals >= maxActive) revert TierLimit(msg.sender, maxActive);
            c.depositBps = depositBps;
            c.deposit = RentalMath.scaleUp(c.listedDeposit, depositBps);
        }

        rentalId = ++counters.lastRentalId;
        _counters.lastRentalId = counters.lastRentalId;
        (uint8 index, bool lock) = _book(c, rentalId);
        _storeRental(c, rentalId, index);
        if (platform != address(0)) _extras[rentalId].platform = platform;
        _tierRentals[msg.sender] = c.tierRentals + 1;

        _emitRented(c, rentalId, platform);
        if (lock) _registry.setLock(c.tokenId, true);
        if (c.now_) _registry.setUser(c.tokenId, msg.sender, c.end);
        _pull(c.token, msg.sender, c.rent + c.deposit);
    }

    /// @dev The checks of `rent` on the listing, its asset and the two parties.
    function _checkListing(uint256 listingId) private view returns (RentCtx memory c) {
        c.listingId = listingId;
        ListingRecord storage listing = _listings[listingId];
        if (listing.status != ListingStatus.Active) revert ListingNotOpen(listingId);
        c.provider = listing.provider;
        c.token = listing.paymentToken;
        c.version = listing.version;
        c.tokenId = listing.tokenId;
        if (msg.sender == c.provider) revert SelfRental(msg.sender);
        // while the token has an open rental it is locked in the registry (no transfer, no burn)
        // and it was the provider's when that rental was made: the owner can only have changed
        // when the book is empty, and only then is the registry asked.
        if (_books[c.tokenId].occupied == 0 && _registry.ownerOf(c.tokenId) != c.provider) {
            revert NotOwner(c.tokenId, c.provider);
        }
        if (!_registry.isVerified(c.tokenId)) revert AssetNotVerified(c.tokenId);
        // a token taken off the allowlist (say, it turned hostile) takes no new rentals.
        if (!_paymentTokens[c.token].allowed) revert EscrowPaymentTokenNotAllowed(c.token);
        if (_credit.isBlacklisted(msg.sender)) revert EscrowBlacklisted(msg.sender);
        if (_credit.isBlacklisted(c.provider)) revert EscrowBlacklisted(c.provider);
    }

    /// @dev The terms the renter agreed to (the terms hash, device included) and the platforms.
    function _checkTerms(RentCtx memory c, bytes32 termsHash_, address platform, uint64 duration) private view {
        Terms memory terms = _loadTerms(_terms[c.listingId][c.version]);
        c.device = _registry.deviceOf(c.tokenId);
        bytes32 current = keccak256(abi.encode(c.token, terms, c.device));
        if (current != termsHash_) revert TermsChanged(c.listingId, current, termsHash_);
        if (platform != address(0)) {
            c.renterShare = _platformShares[platform];
            if (c.renterShare == 0) revert UnknownPlatform(platform);
        }
        // a listing platform unregistered since `list` gets nothing (share 0).
        if (terms.platform != address(0)) c.listingShare = _platformShares[terms.platform];
        c.rent = RentalMath.rentFor(terms.pricePerHour, duration);
        c.minDuration = terms.minDuration;
        c.maxDuration = terms.maxDuration;
        c.listedDeposit = terms.deposit;
    }

    /// @dev The duration and the start of the slot (now, or a booking within maxAdvance).
    function _checkSlot(RentCtx memory c, uint64 start, uint64 duration) private view {
        Params storage p = _params[c.paramsId];
        uint64 minDuration = c.minDuration;
        uint64 minRental = p.minRentalSeconds;
        if (minRental > minDuration) minDuration = minRental;
        if (minDuration == 0) minDuration = 1;
        uint64 maxDuration = c.maxDuration;
        if (duration < minDuration || duration > maxDuration) revert BadDuration(duration, minDuration, maxDuration);
        c.now_ = start == 0;
        if (c.now_) {
            start = uint64(block.timestamp);
        } else {
            uint64 latest = uint64(block.timestamp) + p.maxAdvance;
            if (start <= block.timestamp || start > latest) revert BadStart(start, latest);
        }
        // times are stored in 40 bits.
        if (uint256(start) + duration > type(uint40).max) revert BadDuration(duration, minDuration, maxDuration);
        c.start = start;
        c.end = start + duration;
    }

    function _emitRented(RentCtx memory c, uint256 rentalId, address platform) private {
        emit Rented(rentalId, c.listingId, msg.sender, c.tokenId, c.start, c.end, c.rent, c.deposit, c.device, platform);
        if (c.now_) emit CheckedIn(rentalId, msg.sender);
    }

    /// @dev Takes the slot [c.start, c.end) in the token's book. Returns the entry index and
    /// whether it is the token's first open rental (the asset must then be locked).
    function _book(RentCtx memory c, uint256 rentalId) private returns (uint8 index, bool lock) {
        TokenBook storage book = _books[c.tokenId];
        uint256 busy = book.activeRentalId;
        if (c.now_ && busy != 0) revert AssetBusy(c.tokenId, busy);
        (uint256 taken, uint256 free, uint16 occupied) = _findSlot(c.tokenId, c.start, c.end);
        if (taken != 0) revert SlotTaken(c.tokenId, taken);
        if (free == MAX_OPEN_RENTALS) revert TooManyBookings(c.tokenId, MAX_OPEN_RENTALS);
        // casting is safe: free is below MAX_OPEN_RENTALS (16) here.
        // forge-lint: disable-next-line(unsafe-typecast)
        index = uint8(free);
        // casting is safe: the uint64 counter made the id; _checkSlot bounds the times to 40 bits.
        // forge-lint: disable-next-line(unsafe-typecast)
        _entries[c.tokenId][index] = BookEntry({rentalId: uint64(rentalId), start: uint40(c.start), end: uint40(c.end)});
        // casting is safe: a book index is below 16; the shift is a one-bit mask, as meant.
        // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
        book.occupied = occupied | uint16(1 << index);
        // casting is safe: rental ids come from the uint64 counter.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (c.now_) book.activeRentalId = uint64(rentalId);
        lock = occupied == 0;
    }

    /// @dev A helper of its own for stack depth: the event has thirteen fields.
    function _emitListed(uint256 listingId, uint256 tokenId, address paymentToken, Terms calldata terms) private {
        emit Listed(
            listingId,
            tokenId,
            msg.sender,
            paymentToken,
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

    /// @dev Writes the two slots of a new rental.
    function _storeRental(RentCtx memory c, uint256 rentalId, uint8 index) private {
        RentalCore storage r = _rentals[rentalId];
        // field by field, skipping zeros: the two slots are new, each zero write would cost a read and a write.
        r.renter = msg.sender;
        r.start = uint40(c.start);
        r.end = uint40(c.end);
        if (c.now_) {
            r.status = RentalStatus.Active;
            r.flags = FLAG_CHECKED_IN;
        } else {
            r.status = RentalStatus.Booked;
        }
        r.listingId = uint48(c.listingId);
        if (c.version != 0) r.version = c.version;
        r.paramsId = c.paramsId;
        r.depositBps = c.depositBps;
        if (c.listingShare != 0) r.listingShareBps = c.listingShare;
        if (c.renterShare != 0) r.renterShareBps = c.renterShare;
        if (index != 0) r.bookIndex = index;
    }

    /// @dev keccak256(abi.encode(paymentToken, terms, deviceOf(tokenId))) of a listing version.
    function _termsHash(ListingRecord storage listing, StoredTerms storage t) private view returns (bytes32) {
        return keccak256(abi.encode(listing.paymentToken, _loadTerms(t), _registry.deviceOf(listing.tokenId)));
    }

    /// @dev Runs `data` on `target` by delegatecall (constructor only), bubbling up a revert.
    function _delegateTo(address target, bytes memory data) private {
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory result) = target.delegatecall(data);
        if (!ok) {
            // solhint-disable-next-line no-inline-assembly
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
    }

    /// @dev Runs the calldata on the helper by delegatecall and returns or reverts with its result.
    function _delegate() private {
        address target = _extension;
        // the helper's return data (or revert) is this function's, byte for byte.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }
}
