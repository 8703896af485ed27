// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain pledge escrow (protocol v2)
/// @notice Listings with a provider pledge in SHR and one {Terms} tuple (prices, deposit,
/// durations, cancellation policy, payee, platform); rentals booked now or ahead in slots that
/// never overlap, paid up front in an allowlisted payment token (rent and a tier-adjusted
/// deposit held in escrow); check-in, cancellation, no-show; device-signed usage reports;
/// settlement of the rent at return, an inspection period in which the deposit is held and
/// either side may dispute, then release of the deposit; defaults; dispute rulings from the
/// Arbitration contract; platforms that share the platform fee; rewards proportional to the
/// treasury's part of the platform fee, within a budget per 7-day epoch.
///
/// Money rules (INTERFACE.md §2; amounts in the payment token's base units, times in unix seconds):
/// - at `rent`: rent = ceil(pricePerHour × duration / 3600); deposit = ceil(deposit × depositBps(tier) / 10 000);
/// - at a return at t: rentCharged = ceil(pricePerHour × max(min(t, end) − start, minDuration, minRentalSeconds) / 3600),
///   capped at the rent paid; platform fee floor(rentCharged × platformFeeBps / 10 000); the rest of the
///   charged rent to the payee, the rest of the rent back to the renter;
/// - at release: usage fee = units × pricePerUnit, then damage = floor(deposit × damageBps / 10 000), then
///   late fee = ceil(pricePerHour × (t − end) × lateFeeBps / (3600 × 10 000)), each capped at what is left
///   of the deposit, to the payee (platform fee on the usage fee); the rest of the deposit back to the renter;
/// - every platform fee F is split: floor(F × share / 20 000) to the listing's platform and to the
///   renter's platform (shares as at `rent`), the rest to the treasury;
/// - at default: the rent is charged in full and the whole deposit goes to the payee;
/// - at a ruling with share s: the payee gets floor(R × s / 10 000) of the rent and
///   floor((deposit − late fee) × s / 10 000) of the deposit, the renter the rest.
/// Payments are pushed with a 150 000-gas cap; a push that fails becomes a {claimable} credit
/// paid by {withdraw}.
interface IPledgeEscrow {
    /// @notice Where a listing's pledge is.
    enum PledgeState {
        None,
        Locked,
        Released,
        Slashed,
        Returned
    }

    /// @notice Where a listing is. Active takes rentals; Closed takes none but its open rentals
    /// run on; Delisted is final.
    enum ListingStatus {
        None,
        Active,
        Closed,
        Delisted
    }

    /// @notice Where a rental is (INTERFACE.md §2). Booked, Active, Returned and Disputed are
    /// open (they hold funds and a slot of the asset); the other five are final.
    enum RentalStatus {
        None,
        Booked,
        Active,
        Returned,
        Disputed,
        Settled,
        Defaulted,
        Resolved,
        Cancelled,
        NoShow
    }

    /// @notice The terms of a listing; a rental keeps those in force at its `rent`.
    /// @param pricePerHour Rent per hour, charged per second (rounded up); > 0 and < 2^128.
    /// @param deposit Listed deposit, before the renter's tier multiplier; > 0 and < 2^128.
    /// @param minDuration Shortest rental in seconds (the protocol's `minRentalSeconds` applies too).
    /// @param maxDuration Longest rental in seconds; > 0 and ≥ minDuration.
    /// @param pricePerUnit Price of one metered usage unit; < 2^128.
    /// @param cancelFeeBps Share of the rent a late cancellation costs; ≤ 10 000.
    /// @param freeCancelBefore Cancelling at least this many seconds before the start is free.
    /// @param payee Receives the provider's income (rent, usage fees, deductions); 0 = the provider.
    /// @param platform The registered platform that brought the listing; 0 = none.
    struct Terms {
        uint256 pricePerHour;
        uint256 deposit;
        uint64 minDuration;
        uint64 maxDuration;
        uint256 pricePerUnit;
        uint16 cancelFeeBps;
        uint64 freeCancelBefore;
        address payee;
        address platform;
    }

    /// @notice The escrow's governance parameters. A rental keeps platformFeeBps, gracePeriod,
    /// lateFeeBps, inspectionPeriod and minRentalSeconds as in force at its `rent`; basePledge
    /// applies to listings made afterwards; epochRewardCap and treasury apply at once.
    /// @param platformFeeBps Share of charged rent, usage fees and cancellation fees taken as platform fee (≤ 1 000).
    /// @param gracePeriod Seconds after `end` during which the renter may still return (≤ 30 days).
    /// @param lateFeeBps Late fee per late second, in bps of the per-second price (≤ 50 000).
    /// @param inspectionPeriod Seconds the deposit is held after a return (≤ 7 days).
    /// @param minRentalSeconds Least time charged for any rental, and least rental duration (≤ 1 day).
    /// @param maxAdvance How far ahead a booking may start (0 < maxAdvance ≤ 365 days).
    /// @param basePledge SHR pledged per listing before the provider's tier multiplier.
    /// @param epochRewardCap Most SHR minted as rewards per 7-day epoch.
    /// @param treasury Receiver of the treasury's part of platform fees (≠ 0).
    // the field order is pinned (INTERFACE.md §1), not chosen for packing.
    // solhint-disable-next-line gas-struct-packing
    struct Params {
        uint16 platformFeeBps;
        uint64 gracePeriod;
        uint16 lateFeeBps;
        uint64 inspectionPeriod;
        uint64 minRentalSeconds;
        uint64 maxAdvance;
        uint256 basePledge;
        uint256 epochRewardCap;
        address treasury;
    }

    /// @notice One listing, as {getListing} returns it.
    /// @param tokenId The listed asset.
    /// @param provider Who listed it (and pledged).
    /// @param paymentToken The token rent and deposits are paid in.
    /// @param terms The current terms (what later rentals get).
    /// @param termsVersion 0 at `list`, +1 at each {updateListing}; a rental records the version it got.
    /// @param status Active, Closed or Delisted.
    /// @param pledgeState Locked until the first {confirmAsset}; then Released, or Slashed, or Returned at {delist}.
    /// @param pledge SHR locked at `list`.
    /// @param confirmed True once a renter of the listing has confirmed the asset.
    // a view's return value, in reading order; the escrow stores listings packed otherwise.
    // solhint-disable-next-line gas-struct-packing
    struct Listing {
        uint256 tokenId;
        address provider;
        address paymentToken;
        Terms terms;
        uint32 termsVersion;
        ListingStatus status;
        PledgeState pledgeState;
        uint256 pledge;
        bool confirmed;
    }

    /// @notice One rental, as {getRental} returns it; {rentalTerms} gives the terms it keeps.
    /// @param listingId The listing it was made on.
    /// @param termsVersion The listing's terms version it keeps.
    /// @param tokenId The rented asset.
    /// @param renter Who rents.
    /// @param provider The listing's provider.
    /// @param payee Who receives the provider's income (the provider when the terms leave it 0).
    /// @param paymentToken The token rent and deposit were paid in.
    /// @param platform The renter's platform (0 = none).
    /// @param listingPlatform The listing's platform (0 = none).
    /// @param platformShareBps The renter's platform share at `rent`.
    /// @param listingPlatformShareBps The listing's platform share at `rent`.
    /// @param status Where the rental is.
    /// @param checkedIn True once checked in (at `rent` when it starts at once).
    /// @param confirmed True once the renter confirmed the asset.
    /// @param start First second of the slot.
    /// @param end `start + duration`; the slot is [start, end), [start, min(returnedAt, end)) once returned.
    /// @param returnedAt When the asset was returned, 0 until then.
    /// @param inspectionEnd Last second (inclusive) of the inspection; 0 until a return that paid the rent.
    /// @param rent Rent paid at `rent`.
    /// @param deposit Deposit paid at `rent`.
    /// @param units Usage units reported so far.
    /// @param damageBps Damage reported so far, in bps of the deposit (capped at 10 000).
    /// @param lastNonce The last accepted usage report nonce.
    /// @param disputeId The Arbitration dispute, 0 when none.
    /// @param paramsId The governance parameter set in force at `rent` ({getParamsAt}).
    // a view's return value, in reading order; the escrow stores rentals packed otherwise.
    // solhint-disable-next-line gas-struct-packing
    struct Rental {
        uint256 listingId;
        uint32 termsVersion;
        uint256 tokenId;
        address renter;
        address provider;
        address payee;
        address paymentToken;
        address platform;
        address listingPlatform;
        uint16 platformShareBps;
        uint16 listingPlatformShareBps;
        RentalStatus status;
        bool checkedIn;
        bool confirmed;
        uint64 start;
        uint64 end;
        uint64 returnedAt;
        uint64 inspectionEnd;
        uint256 rent;
        uint256 deposit;
        uint256 units;
        uint16 damageBps;
        uint64 lastNonce;
        uint256 disputeId;
        uint32 paramsId;
    }

    // ------------------------------------------------------------------ errors (pinned names)

    /// @notice Thrown when `tokenId` is not verified (never, revoked, lapsed, content or device changed).
    error AssetNotVerified(uint256 tokenId);
    /// @notice Thrown when `account` does not own `tokenId` (at `list`), or the listing's provider no longer does (at `rent`).
    error NotOwner(uint256 tokenId, address account);
    /// @notice Thrown when the provider tries to rent their own listing.
    error SelfRental(address account);
    /// @notice Thrown for terms that break the rules: pricePerHour, deposit and maxDuration > 0,
    /// minDuration ≤ maxDuration, cancelFeeBps ≤ 10 000, pricePerHour, deposit and pricePerUnit < 2^128.
    error InvalidTerms(Terms terms);
    /// @notice Thrown when `duration` is outside `minDuration..maxDuration` (minDuration here is
    /// max(terms.minDuration, minRentalSeconds, 1)), or would end a rental past the year 36812.
    error BadDuration(uint64 duration, uint64 minDuration, uint64 maxDuration);
    /// @notice Thrown when a booking's `start` is not in (block.timestamp, `latest`] (`latest` = now + maxAdvance).
    error BadStart(uint64 start, uint64 latest);
    /// @notice Thrown when rental `rentalId` is called outside its window: the call is accepted
    /// only when `opensAt ≤ block.timestamp < closesAt`.
    error BadTime(uint256 rentalId, uint64 opensAt, uint64 closesAt);
    /// @notice Thrown when the slot asked for overlaps the open rental `rentalId` of `tokenId`.
    error SlotTaken(uint256 tokenId, uint256 rentalId);
    /// @notice Thrown when `tokenId` already has `maxOpen` (16) open rentals.
    error TooManyBookings(uint256 tokenId, uint256 maxOpen);
    /// @notice Thrown when `tokenId` is still held by the active rental `rentalId` (rent now, check-in).
    error AssetBusy(uint256 tokenId, uint256 rentalId);
    /// @notice Thrown when the listing's {termsHash} is `current`, not the `given` one the renter agreed to.
    error TermsChanged(uint256 listingId, bytes32 current, bytes32 given);
    /// @notice Thrown when `platform` is not a registered platform (share 0).
    error UnknownPlatform(address platform);
    /// @notice Thrown when {delist} finds `openRentals` open rentals of `listingId`.
    error ListingBusy(uint256 listingId, uint256 openRentals);
    /// @notice Thrown when `listingId` does not exist, or is closed or delisted (rent, updateListing,
    /// closeListing), or is already delisted (delist).
    error ListingNotOpen(uint256 listingId);
    /// @notice Thrown when rental `rentalId` was already returned at `returnedAt`.
    error AlreadyReturned(uint256 rentalId, uint64 returnedAt);
    /// @notice Thrown when `account` already holds `maxActiveRentals` booked, active or disputed rentals (its tier's limit).
    error TierLimit(address account, uint16 maxActiveRentals);
    /// @notice Thrown when {setParams} (or the constructor) is given parameters outside the bounds.
    error InvalidParams(Params params);
    /// @notice Thrown when fewer tokens arrived than were sent: fee-on-transfer tokens are refused.
    error FeeOnTransfer(address token, uint256 expected, uint256 received);
    /// @notice Thrown when rental `rentalId` is past `deadline` (end + gracePeriod): it can only default now.
    error RentalOverdue(uint256 rentalId, uint64 deadline);
    /// @notice Thrown when `account`, not the Arbitration contract, calls {resolveDispute}.
    error OnlyArbitration(address account);
    /// @notice Thrown when a usage report's `nonce` does not exceed the rental's `lastNonce`.
    error StaleNonce(uint256 rentalId, uint64 nonce, uint64 lastNonce);
    /// @notice Thrown when a usage report was signed by `signer`, not by the bound `device`
    /// (zero `signer`: the signature does not recover).
    error InvalidDevice(address signer, address device);
    /// @notice Thrown when {releaseDeposit} is called before `inspectionEnd` by someone other than
    /// the provider or payee, or by them while the rental has usage units or damage.
    error NotReleasable(uint256 rentalId, uint64 inspectionEnd);
    /// @notice Thrown when a payment push cannot be given its full gas: `gasLeft` is below `needed`.
    error InsufficientGas(uint256 gasLeft, uint256 needed);

    // ------------------------------------------------------------------ errors (ours)

    /// @notice Thrown when `account` is blacklisted.
    error EscrowBlacklisted(address account);
    /// @notice Thrown when `token` is not an allowlisted payment token.
    error EscrowPaymentTokenNotAllowed(address token);
    /// @notice Thrown when `tokenId` already has the listing `listingId` (active or closed, not delisted).
    error EscrowAlreadyListed(uint256 tokenId, uint256 listingId);
    /// @notice Thrown when `account` is not the provider of `listingId` (and may not act for it).
    error EscrowNotProvider(uint256 listingId, address account);
    /// @notice Thrown when rental `rentalId` is in `status`, which does not allow the call.
    error EscrowWrongStatus(uint256 rentalId, RentalStatus status);
    /// @notice Thrown when `account` is not the renter of `rentalId`.
    error EscrowNotRenter(uint256 rentalId, address account);
    /// @notice Thrown when `account` is neither the renter nor (where allowed) the provider of `rentalId`.
    error EscrowNotParty(uint256 rentalId, address account);
    /// @notice Thrown when the provider ends rental `rentalId` before its `end`.
    error EscrowRentalNotEnded(uint256 rentalId, uint64 end);
    /// @notice Thrown when the renter confirms rental `rentalId` a second time.
    error EscrowAlreadyConfirmed(uint256 rentalId);
    /// @notice Thrown when a default is collected while `block.timestamp ≤ deadline` (end + gracePeriod).
    error EscrowDefaultNotDue(uint256 rentalId, uint64 deadline);
    /// @notice Thrown when `account` may no longer dispute rental `rentalId`: its window closed at `deadline`.
    error EscrowDisputeClosed(uint256 rentalId, address account, uint64 deadline);
    /// @notice Thrown when a usage report comes after the inspection of returned rental `rentalId` ended at `inspectionEnd`.
    error EscrowInspectionOver(uint256 rentalId, uint64 inspectionEnd);
    /// @notice Thrown when a bps value is above 10 000.
    error EscrowInvalidBps(uint256 bps);
    /// @notice Thrown when {setArbitration} is called again (`arbitration` is the one set), or with the zero address.
    error EscrowArbitrationAlreadySet(address arbitration);
    /// @notice Thrown when a dispute is opened before {setArbitration}.
    error EscrowArbitrationNotSet();
    /// @notice Thrown when the zero address is passed where an account or token is needed.
    error EscrowZeroAddress();
    /// @notice Thrown when {withdraw} or {withdrawFor} finds nothing claimable of `token` for `account`.
    error EscrowNothingToWithdraw(address token, address account);
    /// @notice Thrown when the constructor gets `tokens` payment tokens but `rates` reward rates.
    error EscrowLengthMismatch(uint256 tokens, uint256 rates);
    /// @notice Thrown when `tokenId` is too large for the escrow's packed records (≥ 2^96; no registry numbers that far).
    error EscrowTokenIdTooLarge(uint256 tokenId);
    /// @notice Thrown when {list}, {updateListing}, {rent}, {rentWithPermit} or {pause} is called while paused
    /// (the same error as OpenZeppelin's Pausable).
    error EnforcedPause();
    /// @notice Thrown when {unpause} is called while not paused (the same error as OpenZeppelin's Pausable).
    error ExpectedPause();
    /// @notice Thrown when the escrow's helper code is called other than by the escrow's delegatecall.
    error EscrowOnlyDelegated();
    /// @notice Thrown when a device's signed return is relayed after its `deadline`.
    error EscrowSignatureExpired(uint256 deadline);
    /// @notice Thrown when a device's signed return of `rentalId` names a `returnedAt` outside
    /// [`earliest`, `latest`]: the rental's start, and the earlier of now and end + gracePeriod.
    error EscrowBadReturnTime(uint256 rentalId, uint64 returnedAt, uint64 earliest, uint64 latest);

    // ------------------------------------------------------------------ events

    /// @notice Emitted when `provider` lists `tokenId`; the terms fields are flattened in {Terms} order.
    /// @param listingId The new listing.
    /// @param tokenId The listed asset.
    /// @param provider Who listed it.
    /// @param paymentToken The token rent and deposits are paid in.
    /// @param payee The terms' payee as given (0 = the provider).
    /// @param platform The listing's platform (0 = none).
    event Listed(
        uint256 indexed listingId,
        uint256 indexed tokenId,
        address indexed provider,
        address paymentToken,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit,
        uint16 cancelFeeBps,
        uint64 freeCancelBefore,
        address payee,
        address platform
    );
    /// @notice Emitted when the provider changes the terms of `listingId` for later rentals.
    event ListingUpdated(
        uint256 indexed listingId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit,
        uint16 cancelFeeBps,
        uint64 freeCancelBefore,
        address payee,
        address platform
    );
    /// @notice Emitted when `listingId` is delisted (final).
    event Delisted(uint256 indexed listingId);
    /// @notice Emitted when the provider closes `listingId`: no new rentals, its open ones run on.
    event ListingClosed(uint256 indexed listingId);
    /// @notice Emitted when `provider` locks `amount` SHR behind `listingId`.
    event PledgeLocked(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when the listing's first {confirmAsset} releases its pledge to `provider`.
    event PledgeReleased(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when a ruling of 0 bps slashes the still-locked pledge of `listingId` to `to` (the renter).
    event PledgeSlashed(uint256 indexed listingId, address indexed to, uint256 amount);
    /// @notice Emitted when {delist} returns the still-locked pledge of `listingId` to `provider`.
    event PledgeReturned(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when `renter` rents `listingId` for the slot [start, end), paying `rent` and `deposit`.
    /// @param tokenId The rented asset.
    /// @param start First second of the slot (the block time for a rental that starts now).
    /// @param end `start + duration`.
    /// @param rent Rent paid.
    /// @param deposit Deposit paid.
    /// @param device The device bound to the asset now: the only key whose usage reports count.
    /// @param platform The renter's platform (0 = none).
    event Rented(
        uint256 indexed rentalId,
        uint256 indexed listingId,
        address indexed renter,
        uint256 tokenId,
        uint64 start,
        uint64 end,
        uint256 rent,
        uint256 deposit,
        address device,
        address platform
    );
    /// @notice Emitted when `renter` checks in (also at a `rent` that starts now, after {Rented}).
    event CheckedIn(uint256 indexed rentalId, address indexed renter);
    /// @notice Emitted when booking `rentalId` is cancelled by `by` (the renter or the provider).
    /// @param fee The cancellation fee charged (the rent from `start` on; 0 when free).
    /// @param platformFee The whole platform fee taken from `fee`.
    /// @param refund Everything refunded to the renter, deposit included.
    event Cancelled(uint256 indexed rentalId, address indexed by, uint256 fee, uint256 platformFee, uint256 refund);
    /// @notice Emitted when booking `rentalId` is collected as a no-show: the rent is charged in full.
    /// @param refund The deposit refunded.
    event NoShow(
        uint256 indexed rentalId, address indexed renter, uint256 rentCharged, uint256 platformFee, uint256 refund
    );
    /// @notice Emitted when `renter` confirms the asset is real, valid and safe.
    event AssetConfirmed(uint256 indexed rentalId, address indexed renter);
    /// @notice Emitted for each accepted usage report; `units` is the increment, `damageBps` this report's damage.
    event UsageReported(
        uint256 indexed rentalId, address indexed device, uint64 indexed nonce, uint256 units, uint16 damageBps
    );
    /// @notice Emitted when rental `rentalId` is returned (by `by`: the renter, the provider or the
    /// device) at `returnedAt`; the rent is settled and the inspection runs until `inspectionEnd`.
    /// A return of a disputed rental pays nothing: every amount and `inspectionEnd` are 0.
    /// @param rentCharged The rent charged (payee's part plus platform fee).
    /// @param rentRefund The rest of the rent, refunded to the renter now.
    /// @param platformFee The whole platform fee on `rentCharged`.
    event Returned(
        uint256 indexed rentalId,
        address indexed by,
        uint64 returnedAt,
        uint256 rentCharged,
        uint256 rentRefund,
        uint256 platformFee,
        uint64 inspectionEnd
    );
    /// @notice Emitted when a usage report accepted during the inspection moves its end to `inspectionEnd`.
    event InspectionExtended(uint256 indexed rentalId, uint64 inspectionEnd);
    /// @notice Emitted when a rental settles, at {releaseDeposit} (the whole rental's figures:
    /// `platformFee` and `refund` include what {Returned} already paid) or at a ruling
    /// (`rentCharged` = the payee's part of the rent, `damage` = the payee's part of the deposit).
    event RentalSettled(
        uint256 indexed rentalId,
        address indexed renter,
        address indexed provider,
        uint256 rentCharged,
        uint256 usageFee,
        uint256 damage,
        uint256 lateFee,
        uint256 platformFee,
        uint256 refund
    );
    /// @notice Emitted when a default is collected: the rent is charged in full (whole
    /// platform fee `platformFee`) and the whole `deposit` goes to the payee.
    event RentalDefaulted(
        uint256 indexed rentalId, address indexed renter, address indexed provider, uint256 deposit, uint256 platformFee
    );
    /// @notice Emitted at construction and at each {setParams}, with every field of {Params}.
    event ParamsSet(
        uint16 platformFeeBps,
        uint64 gracePeriod,
        uint16 lateFeeBps,
        uint64 inspectionPeriod,
        uint64 minRentalSeconds,
        uint64 maxAdvance,
        uint256 basePledge,
        uint256 epochRewardCap,
        address treasury
    );
    /// @notice Emitted when `token` is allowed or disallowed for payments, with its `symbol()` and
    /// `decimals()` (empty and 0 when it has none).
    event PaymentTokenSet(address indexed token, bool allowed, string symbol, uint8 decimals);
    /// @notice Emitted when the reward rate of `token` is set: SHR wei minted to each side per base
    /// unit of the treasury's part of the platform fee.
    event RewardRateSet(address indexed token, uint256 shrPerFeeUnit);
    /// @notice Emitted when `platform` is registered with `shareBps` (0: unregistered).
    event PlatformSet(address indexed platform, uint16 shareBps);
    /// @notice Emitted once, when the Arbitration contract is wired in.
    event ArbitrationSet(address arbitration);
    /// @notice Emitted for each non-zero platform part of a platform fee of `rentalId` paid to `platform`
    /// (the listing's platform first; one event with the sum when both are the same address).
    event PlatformFeePaid(uint256 indexed rentalId, address indexed platform, address indexed token, uint256 amount);
    /// @notice Emitted when `opener` disputes `rentalId`; its funds freeze until the ruling.
    event DisputeOpened(
        uint256 indexed rentalId, uint256 indexed disputeId, address indexed opener, bytes32 evidenceHash
    );
    /// @notice Emitted when the panel's ruling for `rentalId` is applied, before its {RentalSettled}.
    event DisputeResolved(uint256 indexed rentalId, uint256 indexed disputeId, uint16 providerShareBps);
    /// @notice Emitted when `amount` SHR is minted to `account` for the clean rental `rentalId`.
    event RewardPaid(uint256 indexed rentalId, address indexed account, uint256 amount);
    /// @notice Emitted when a push of `amount` `token` to `account` failed and became a credit.
    event PaymentCredited(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted when `account` withdraws its credit of `token`.
    event Withdrawn(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted when `account` pauses {list}, {updateListing}, {rent} and {rentWithPermit}
    /// (the same event as OpenZeppelin's Pausable).
    event Paused(address account);
    /// @notice Emitted when `account` lifts the pause (the same event as OpenZeppelin's Pausable).
    event Unpaused(address account);

    // ------------------------------------------------------------------ listings

    /// @notice Lists the caller's verified asset `tokenId` under `terms` and locks the pledge
    /// `basePledge × pledgeBps(tier) / 10 000` SHR from the caller.
    ///
    /// Requirements:
    /// - not paused; the caller owns `tokenId`, is not blacklisted, and has approved the pledge;
    /// - `tokenId` is verified and has no listing that is not delisted; `paymentToken` is allowlisted;
    /// - `terms` valid ({InvalidTerms}); `terms.platform` is 0 or registered ({UnknownPlatform});
    /// - the whole pledge arrives ({FeeOnTransfer}).
    ///
    /// Emits {Listed} and {PledgeLocked} events.
    /// @return listingId The new listing id, counting from 1.
    function list(uint256 tokenId, address paymentToken, Terms calldata terms) external returns (uint256 listingId);

    /// @notice Changes the terms of `listingId` for rentals made afterwards (a new terms version).
    ///
    /// Requirements:
    /// - not paused; the caller is the provider; the listing is active (not closed or delisted);
    /// - `terms` valid; `terms.platform` is 0 or registered.
    ///
    /// Emits a {ListingUpdated} event.
    function updateListing(uint256 listingId, Terms calldata terms) external;

    /// @notice Closes `listingId` irreversibly: it takes no new rentals and no updates; its open
    /// rentals run on, and it can be delisted once they are closed.
    ///
    /// Requirements:
    /// - the caller is the provider; the listing is active.
    ///
    /// Emits a {ListingClosed} event.
    function closeListing(uint256 listingId) external;

    /// @notice Delists `listingId` and returns a still-locked pledge to the provider.
    ///
    /// Requirements:
    /// - the caller is the provider, or anyone once the provider no longer owns the token;
    /// - the listing is active or closed and has no open rental ({ListingBusy}).
    ///
    /// Emits a {Delisted} event, and {PledgeReturned} when the pledge was still locked.
    function delist(uint256 listingId) external;

    // ------------------------------------------------------------------ rentals

    /// @notice Rents `listingId` for the slot [start, start + duration), paying rent and the
    /// tier-adjusted deposit now. `start = 0` rents now: the rental starts at the block time and
    /// is checked in at once (the caller becomes the ERC-4907 user until `end`).
    ///
    /// Requirements:
    /// - not paused; the listing is active, its provider still owns the asset and is not
    ///   blacklisted, its payment token is still allowlisted, the asset is verified;
    /// - `termsHash` is the listing's {termsHash} now ({TermsChanged});
    /// - `platform` is 0 or registered ({UnknownPlatform});
    /// - the caller is not the provider, not blacklisted, and holds fewer booked, active or
    ///   disputed rentals than its tier allows ({TierLimit});
    /// - max(minDuration, minRentalSeconds) ≤ duration ≤ maxDuration ({BadDuration});
    /// - `start = 0`, or `block.timestamp < start ≤ block.timestamp + maxAdvance` ({BadStart});
    /// - the slot overlaps no open rental of the token ({SlotTaken}), which has fewer than 16
    ///   ({TooManyBookings}); with `start = 0`, no rental of the token is active ({AssetBusy});
    /// - the whole amount arrives ({FeeOnTransfer}).
    ///
    /// Emits a {Rented} event, then {CheckedIn} when it starts now.
    /// @param termsHash The {termsHash} the renter agreed to.
    /// @param platform The registered platform that brought the renter (0 = none).
    /// @return rentalId The new rental id, counting from 1.
    function rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash, address platform)
        external
        returns (uint256 rentalId);

    /// @notice {rent} with an EIP-2612 permit for the payment token in the same transaction.
    /// A permit that fails (for example, front-run) is ignored when the allowance already suffices.
    function rentWithPermit(
        uint256 listingId,
        uint64 start,
        uint64 duration,
        bytes32 termsHash,
        address platform,
        uint256 permitValue,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 rentalId);

    /// @notice Checks in a booking: the renter takes the asset and becomes its ERC-4907 user until `end`.
    ///
    /// Requirements:
    /// - the caller is the renter; the rental is booked; `start ≤ block.timestamp < end` ({BadTime});
    /// - the asset is verified; no other rental of the token is active ({AssetBusy}).
    ///
    /// Emits a {CheckedIn} event.
    function checkIn(uint256 rentalId) external;

    /// @notice Cancels a booking that was not checked in.
    /// By the renter: a full refund when `block.timestamp + freeCancelBefore ≤ start`, when the
    /// asset is no longer verified, or when from `start` on an earlier rental still holds the
    /// asset; otherwise, before `start`, a fee ceil(rent × cancelFeeBps / 10 000), and from
    /// `start` on the whole rent, goes to the payee (less the platform fee); the deposit is
    /// always refunded. By the provider: a full refund, and outcome ProviderCancelled for the provider.
    ///
    /// Requirements:
    /// - the caller is the renter or the provider; the rental is booked; `block.timestamp < end` ({BadTime}).
    ///
    /// Emits a {Cancelled} event, and {PlatformFeePaid} for each platform part of the fee.
    function cancel(uint256 rentalId) external;

    /// @notice Collects a booking never checked in once its slot has passed: the rent is charged
    /// in full (less the platform fee, to the payee), the deposit refunded, outcome NoShow for
    /// the renter. Anyone may call.
    ///
    /// Requirements:
    /// - the rental is booked; `block.timestamp ≥ end` ({BadTime}).
    ///
    /// Emits a {NoShow} event.
    function collectNoShow(uint256 rentalId) external;

    /// @notice The renter confirms the asset is real, valid and safe. The listing's first
    /// confirmation releases its still-locked pledge to the provider; the first confirmation
    /// whose rent bears a treasury fee records AssetConfirmed for the provider, at most once per
    /// (tokenId, provider) ever.
    ///
    /// Requirements:
    /// - the caller is the renter; the rental is checked in (active, returned or disputed) and not yet confirmed.
    ///
    /// Emits an {AssetConfirmed} event, and {PledgeReleased} when a pledge is released.
    function confirmAsset(uint256 rentalId) external;

    /// @notice Applies a usage report signed by the device bound to the asset (which cannot
    /// change while the rental is open); anyone may relay. A report after the return that adds
    /// units or damage extends the inspection to at least `block.timestamp + inspectionPeriod`.
    ///
    /// Requirements:
    /// - the rental is active and `block.timestamp ≤ end + gracePeriod` ({RentalOverdue}), or
    ///   returned and `block.timestamp ≤ inspectionEnd` ({EscrowInspectionOver}); not disputed;
    /// - `nonce` exceeds the last accepted one ({StaleNonce}); `damageBps ≤ 10 000`;
    /// - the EIP-712 `UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)`
    ///   signature recovers to `deviceOf(tokenId)` ({InvalidDevice}).
    ///
    /// Emits a {UsageReported} event, and {InspectionExtended} when the inspection moves.
    /// @param units Units used since the previous report.
    /// @param damageBps Damage found by this report, in bps of the deposit; the total is capped at 10 000.
    function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes calldata signature)
        external;

    /// @notice Returns the asset: settles the rent now (charged rent less the platform fee to the
    /// payee, the rest of the rent back to the renter), clears the ERC-4907 user, frees the rest
    /// of the slot and starts the inspection (deposit held until `block.timestamp + inspectionPeriod`).
    /// A disputed rental may be returned too: that records `returnedAt`, clears the user and pays nothing.
    ///
    /// Requirements:
    /// - the rental is active or disputed (checked in, not yet returned: else {AlreadyReturned});
    /// - the caller is the renter, or the provider once `block.timestamp ≥ end`;
    /// - `block.timestamp ≤ end + gracePeriod` ({RentalOverdue}).
    ///
    /// Emits a {Returned} event, and {PlatformFeePaid} for each platform part of the fee.
    function endRental(uint256 rentalId) external;

    /// @notice Returns the asset at the time its device (a dock or smart lock) signed, as an
    /// EIP-712 `Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)` in this escrow's
    /// domain; anyone may relay it. It is a return at `returnedAt`, as {endRental} would have been
    /// then: rent (and, at the release, the late fee) computed at `returnedAt`, the slot freed
    /// from min(returnedAt, end); the inspection runs to `block.timestamp + inspectionPeriod`.
    /// A rental not yet defaulted may be returned so even when relayed after `end + gracePeriod`.
    /// A disputed rental is returned as by {endRental}: `returnedAt` recorded, nothing paid.
    ///
    /// Requirements:
    /// - the rental is active or disputed (checked in, not yet returned: else {AlreadyReturned});
    /// - `block.timestamp ≤ deadline` ({EscrowSignatureExpired});
    /// - `start ≤ returnedAt ≤ block.timestamp` and `returnedAt ≤ end + gracePeriod` ({EscrowBadReturnTime});
    /// - the signature recovers to `deviceOf(tokenId)` ({InvalidDevice}), which cannot change
    ///   while the rental is open (the asset is locked).
    ///
    /// Emits a {Returned} event with `by` = the device, and {PlatformFeePaid} for each platform part of the fee.
    /// @param returnedAt When the device saw the asset back.
    /// @param deadline The last block time at which the signature may be relayed.
    function endRentalByDevice(uint256 rentalId, uint64 returnedAt, uint256 deadline, bytes calldata signature) external;

    /// @notice Settles the deposit of a returned rental: usage fee, damage and late fee to the
    /// payee, the rest back to the renter; records the renter's outcomes (CompletedOnTime when
    /// the charged rent bore a treasury fee, or ReturnedLate; DamageCaused when damaged); mints
    /// rewards to both sides of a clean rental within the epoch budget.
    ///
    /// Requirements:
    /// - the rental is returned (not disputed);
    /// - `block.timestamp > inspectionEnd`, or the caller is the provider or the payee and the
    ///   rental has no usage units and no damage ({NotReleasable}).
    ///
    /// Emits a {RentalSettled} event, {PlatformFeePaid} for platform parts, and {RewardPaid} for rewards.
    function releaseDeposit(uint256 rentalId) external;

    /// @notice Collects a default: the rent is charged in full and the whole deposit goes to the
    /// payee; outcome Defaulted for the renter; the pledge is untouched. Anyone may call.
    ///
    /// Requirements:
    /// - the rental is active (checked in, not returned, not disputed); `block.timestamp > end + gracePeriod`.
    ///
    /// Emits a {RentalDefaulted} event.
    function collectDefault(uint256 rentalId) external;

    // ------------------------------------------------------------------ disputes

    /// @notice Disputes a rental; its funds freeze until the Arbitration contract rules.
    ///
    /// Requirements:
    /// - active: the renter while `block.timestamp < end`, the provider while `block.timestamp ≤ end + gracePeriod`;
    /// - returned: either party while `block.timestamp ≤ inspectionEnd`;
    /// - Arbitration is set.
    ///
    /// Emits a {DisputeOpened} event.
    /// @param evidenceHash Hash of the opener's evidence document.
    /// @return disputeId The Arbitration contract's dispute id.
    function openDispute(uint256 rentalId, bytes32 evidenceHash) external returns (uint256 disputeId);

    /// @notice Applies a ruling with the provider's share `providerShareBps` (INTERFACE.md §2,
    /// ruling); a ruling of 0 slashes a still-locked pledge to the renter; clears the ERC-4907 user.
    ///
    /// Requirements:
    /// - the caller is the Arbitration contract; the rental is disputed; `providerShareBps ≤ 10 000`.
    ///
    /// Emits {DisputeResolved} then {RentalSettled}, and {PledgeSlashed} when a pledge is slashed.
    function resolveDispute(uint256 rentalId, uint16 providerShareBps) external;

    // ------------------------------------------------------------------ credits

    /// @notice Pays the caller's credit of `token` (pushes that failed earlier).
    ///
    /// Requirements:
    /// - the caller has a credit of `token`.
    ///
    /// Emits a {Withdrawn} event.
    function withdraw(address token) external;

    /// @notice Pays `account`'s credit of `token` to `account`; anyone may call it (like
    /// OpenZeppelin's PullPayment.withdrawPayments). A contract paid by the escrow that cannot
    /// call {withdraw} itself — a co-owners' Split, say, credited while its token was paused or
    /// blocklisted it — gets its credit this way; the funds only ever go to `account`.
    ///
    /// Requirements:
    /// - `account` has a credit of `token`.
    ///
    /// Emits a {Withdrawn} event.
    function withdrawFor(address token, address account) external;

    // ------------------------------------------------------------------ administration

    /// @notice Wires the Arbitration contract, once.
    ///
    /// Requirements:
    /// - the caller holds `DEFAULT_ADMIN_ROLE`; no Arbitration is set; `arbitration` is not zero.
    ///
    /// Emits an {ArbitrationSet} event.
    function setArbitration(address arbitration) external;

    /// @notice Sets the governance parameters (see {Params} for when each applies).
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; platformFeeBps ≤ 1 000, gracePeriod ≤ 30 days,
    ///   lateFeeBps ≤ 50 000, inspectionPeriod ≤ 7 days, minRentalSeconds ≤ 1 day,
    ///   0 < maxAdvance ≤ 365 days, treasury ≠ 0 ({InvalidParams}).
    ///
    /// Emits a {ParamsSet} event.
    function setParams(Params calldata params) external;

    /// @notice Adds `token` to or removes it from the payment allowlist.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `token` is not zero.
    ///
    /// Emits a {PaymentTokenSet} event with the token's symbol and decimals.
    function setPaymentToken(address token, bool allowed) external;

    /// @notice Sets the SHR wei minted to each side of a clean rental per base unit of the
    /// treasury's part of the platform fee paid in `token` (0: no reward).
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `token` is not zero.
    ///
    /// Emits a {RewardRateSet} event.
    function setRewardRate(address token, uint256 shrPerFeeUnit) external;

    /// @notice Registers `platform` with a share of each platform fee it brings (0 unregisters);
    /// rentals keep the shares in force at their `rent`.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `platform` is not zero; `shareBps ≤ 10 000`.
    ///
    /// Emits a {PlatformSet} event.
    function setPlatform(address platform, uint16 shareBps) external;

    /// @notice Stops {list}, {updateListing}, {rent} and {rentWithPermit}; everything else keeps working.
    ///
    /// Requirements:
    /// - the caller holds `PAUSER_ROLE`; not paused.
    ///
    /// Emits a {Paused} event.
    function pause() external;

    /// @notice Resumes {list}, {updateListing}, {rent} and {rentWithPermit}.
    ///
    /// Requirements:
    /// - the caller holds `PAUSER_ROLE`; paused.
    ///
    /// Emits an {Unpaused} event.
    function unpause() external;

    // ------------------------------------------------------------------ views

    /// @notice `keccak256(abi.encode(paymentToken, terms, registry.deviceOf(tokenId)))` of the
    /// listing now: what {rent} must be given.
    function termsHash(uint256 listingId) external view returns (bytes32);
    /// @notice True when [start, end) overlaps no open rental of `tokenId`; false when `start ≥ end`.
    function isSlotFree(uint256 tokenId, uint64 start, uint64 end) external view returns (bool);
    /// @notice The rentals of `account` that count toward its tier limit: booked, active or disputed.
    function tierRentalCount(address account) external view returns (uint256);
    /// @notice What `account` may {withdraw} of `token`.
    function claimable(address token, address account) external view returns (uint256);
    /// @notice True while {list}, {updateListing}, {rent} and {rentWithPermit} are paused.
    function paused() external view returns (bool);
    /// @notice The current governance parameters.
    function getParams() external view returns (Params memory);
    /// @notice The governance parameter set `paramsId` (a rental's `paramsId` names the one in force at its `rent`).
    function getParamsAt(uint32 paramsId) external view returns (Params memory);
    /// @notice True when `token` is allowlisted for payments.
    function isPaymentToken(address token) external view returns (bool);
    /// @notice SHR wei minted to each side per base unit of the treasury's part of the platform fee in `token`.
    function rewardRate(address token) external view returns (uint256);
    /// @notice The share of `platform` in bps (0: not registered).
    function platformShare(address platform) external view returns (uint16);
    /// @notice The current reward epoch, the SHR minted in it so far, and what is left of its budget.
    function rewardEpoch() external view returns (uint256 epoch, uint256 minted, uint256 remaining);
    /// @notice The Arbitration contract, zero until wired.
    function arbitration() external view returns (address);
    /// @notice The listing `listingId` (all zero when unknown).
    function getListing(uint256 listingId) external view returns (Listing memory);
    /// @notice The rental `rentalId` (all zero when unknown).
    function getRental(uint256 rentalId) external view returns (Rental memory);
    /// @notice The terms rental `rentalId` keeps (its listing's terms version at `rent`).
    function rentalTerms(uint256 rentalId) external view returns (Terms memory);
    /// @notice The listing of `tokenId` that is not delisted (active or closed), zero when none.
    function openListingOf(uint256 tokenId) external view returns (uint256);
    /// @notice The active (checked-in, not yet returned) rental of `tokenId`, zero when none.
    function activeRentalOf(uint256 tokenId) external view returns (uint256);
    /// @notice The open rentals (booked, active, returned, disputed) of `tokenId`, at most 16, in no particular order.
    function openRentalsOf(uint256 tokenId) external view returns (uint256[] memory);
    /// @notice How many listings were ever made (the highest listing id).
    function listingCount() external view returns (uint256);
    /// @notice How many rentals were ever made (the highest rental id).
    function rentalCount() external view returns (uint256);
}
