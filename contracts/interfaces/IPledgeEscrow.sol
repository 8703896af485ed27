// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain pledge escrow
/// @notice Listings with a provider pledge in SHR, rentals paid in an allowlisted payment
/// token (rent and a tier-adjusted deposit held in escrow), device-signed usage reports,
/// and automatic settlement: return with refund and deductions, default collection, and
/// dispute rulings from the Arbitration contract.
///
/// Money rules (all amounts in the payment token's base units, times in unix seconds):
/// - at `rent`: rent = ceil(pricePerHour × duration / 3600); deposit = ceil(deposit × depositBps(tier) / 10 000);
/// - at return at t: rentCharged = ceil(pricePerHour × max(min(t, end) − start, minDuration) / 3600);
///   usage fee = units × pricePerUnit, then damage = floor(deposit × damageBps / 10 000), then
///   late fee = ceil(pricePerHour × (t − end) × lateFeeBps / (3600 × 10 000)), each capped at
///   what is left of the deposit; platform fee = floor((rentCharged + usage fee) × platformFeeBps / 10 000);
/// - at default: the whole rent is charged and the whole deposit goes to the provider;
/// - at a ruling: rent as at a return without late fee, the deposit split by the ruling.
/// Payments are pushed; a push that reverts becomes a {claimable} credit paid by {withdraw}.
interface IPledgeEscrow {
    /// @notice Where a listing's pledge is.
    enum PledgeState {
        None,
        Locked,
        Released,
        Slashed,
        Returned
    }

    /// @notice Where a rental is. Active and Disputed hold funds; the other three are final.
    enum RentalStatus {
        None,
        Active,
        Disputed,
        Settled,
        Defaulted,
        Resolved
    }

    /// @notice The escrow's fee and reward settings; a rental keeps those in force at `rent`.
    /// @param platformFeeBps Share of charged rent and usage fees that goes to the treasury (≤ 1 000).
    /// @param gracePeriod Seconds after `end` during which the renter may still return.
    /// @param lateFeeBps Late fee per second, in bps of the per-second price.
    /// @param rewardPerRental SHR minted to each side of a clean rental.
    /// @param basePledge SHR pledged per listing before the provider's tier multiplier.
    /// @param treasury Receiver of platform fees.
    struct Params {
        address treasury;
        uint16 platformFeeBps;
        uint64 gracePeriod;
        uint16 lateFeeBps;
        uint256 rewardPerRental;
        uint256 basePledge;
    }

    /// @notice One listing. `open` is false once delisted; `confirmed` is true once a renter
    /// has confirmed the asset (the provider's AssetConfirmed outcome is recorded once per listing).
    struct Listing {
        uint256 tokenId;
        address provider;
        uint64 minDuration;
        PledgeState pledgeState;
        bool open;
        bool confirmed;
        address paymentToken;
        uint64 maxDuration;
        uint256 pricePerHour;
        uint256 deposit;
        uint256 pricePerUnit;
        uint256 pledge;
    }

    /// @notice One rental, with the listing terms and escrow parameters as they were at `rent`.
    struct Rental {
        uint256 listingId;
        uint256 tokenId;
        address renter;
        uint64 start;
        RentalStatus status;
        bool confirmed;
        uint16 damageBps;
        address provider;
        uint64 end;
        uint32 paramsId;
        address paymentToken;
        uint64 lastNonce;
        uint64 minDuration;
        uint256 pricePerHour;
        uint256 pricePerUnit;
        uint256 rent;
        uint256 deposit;
        uint256 units;
        uint256 disputeId;
    }

    /// @notice Thrown when `tokenId` is not verified (never, revoked, lapsed or content changed).
    error AssetNotVerified(uint256 tokenId);
    /// @notice Thrown when `account` does not own `tokenId`, or the listing's provider no longer does.
    error NotOwner(uint256 tokenId, address account);
    /// @notice Thrown when the provider tries to rent their own listing.
    error SelfRental(address account);
    /// @notice Thrown for listing terms that break the rules: pricePerHour, deposit and
    /// maxDuration > 0, minDuration ≤ maxDuration, and pricePerHour, deposit and pricePerUnit
    /// below 2^128 (so that no settlement arithmetic can overflow and strand a rental).
    error InvalidTerms();
    /// @notice Thrown when `duration` is 0 or outside minDuration..maxDuration.
    error BadDuration(uint64 duration, uint64 minDuration, uint64 maxDuration);
    /// @notice Thrown when fewer tokens arrived than were sent: fee-on-transfer tokens are refused.
    error FeeOnTransfer(address token, uint256 expected, uint256 received);
    /// @notice Thrown when the rental is past `end + gracePeriod`: it can only default now.
    error RentalOverdue(uint256 rentalId, uint64 deadline);
    /// @notice Thrown when `account`, not the Arbitration contract, calls {resolveDispute}.
    error OnlyArbitration(address account);
    /// @notice Thrown when a usage report's `nonce` does not exceed the last accepted one.
    error StaleNonce(uint256 rentalId, uint64 nonce, uint64 lastNonce);
    /// @notice Thrown when a usage report was signed by `signer`, not by the bound `device`.
    error InvalidDevice(address signer, address device);
    /// @notice Thrown when `account` is blacklisted.
    error EscrowBlacklisted(address account);
    /// @notice Thrown when `token` is not an allowlisted payment token.
    error EscrowPaymentTokenNotAllowed(address token);
    /// @notice Thrown when `tokenId` already has the open listing `listingId`.
    error EscrowAlreadyListed(uint256 tokenId, uint256 listingId);
    /// @notice Thrown when `listingId` does not exist or was delisted.
    error EscrowListingNotOpen(uint256 listingId);
    /// @notice Thrown when `account` is not the provider of `listingId`.
    error EscrowNotProvider(uint256 listingId, address account);
    /// @notice Thrown when `tokenId` is under the unfinished rental `rentalId`.
    error EscrowAssetBusy(uint256 tokenId, uint256 rentalId);
    /// @notice Thrown when `account` already holds `maxActiveRentals` rentals (its tier's limit).
    error EscrowTooManyRentals(address account, uint16 maxActiveRentals);
    /// @notice Thrown when rental `rentalId` is in `status`, which does not allow the call.
    error EscrowRentalNotActive(uint256 rentalId, RentalStatus status);
    /// @notice Thrown when `account` is not the renter of `rentalId`.
    error EscrowNotRenter(uint256 rentalId, address account);
    /// @notice Thrown when `account` is neither the renter nor the provider of `rentalId`.
    error EscrowNotParty(uint256 rentalId, address account);
    /// @notice Thrown when the provider ends rental `rentalId` before its `end`.
    error EscrowRentalNotEnded(uint256 rentalId, uint64 end);
    /// @notice Thrown when the renter confirms rental `rentalId` a second time.
    error EscrowAlreadyConfirmed(uint256 rentalId);
    /// @notice Thrown when a default is collected before `deadline` (end + grace period) has passed.
    error EscrowDefaultNotDue(uint256 rentalId, uint64 deadline);
    /// @notice Thrown when a bps value is above 10 000.
    error EscrowInvalidBps(uint256 bps);
    /// @notice Thrown when the escrow parameters break the rules (platformFeeBps ≤ 1 000, treasury set).
    error EscrowInvalidParams();
    /// @notice Thrown when {setArbitration} is called again, or with the zero address.
    error EscrowArbitrationAlreadySet(address arbitration);
    /// @notice Thrown when a dispute is opened before {setArbitration}.
    error EscrowArbitrationNotSet();
    /// @notice Thrown when the zero address is passed where an account or token is needed.
    error EscrowZeroAddress();
    /// @notice Thrown when {withdraw} finds nothing claimable.
    error EscrowNothingToWithdraw(address token, address account);

    /// @notice Emitted when `provider` lists `tokenId` under the given terms.
    event Listed(
        uint256 indexed listingId,
        uint256 indexed tokenId,
        address indexed provider,
        address paymentToken,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    );
    /// @notice Emitted when the provider changes the terms of `listingId` for later rentals.
    event ListingUpdated(
        uint256 indexed listingId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    );
    /// @notice Emitted when `listingId` closes.
    event Delisted(uint256 indexed listingId);
    /// @notice Emitted when `provider` locks `amount` SHR behind `listingId`.
    event PledgeLocked(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when a renter's confirmation releases the pledge of `listingId` to `provider`.
    event PledgeReleased(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when a ruling of 0 bps slashes the still-locked pledge of `listingId` to `to` (the renter).
    event PledgeSlashed(uint256 indexed listingId, address indexed to, uint256 amount);
    /// @notice Emitted when delisting returns the still-locked pledge of `listingId` to `provider`.
    event PledgeReturned(uint256 indexed listingId, address indexed provider, uint256 amount);
    /// @notice Emitted when `renter` rents `listingId`, paying `rent` and `deposit` into escrow.
    event Rented(
        uint256 indexed rentalId,
        uint256 indexed listingId,
        address indexed renter,
        uint256 tokenId,
        uint64 start,
        uint64 end,
        uint256 rent,
        uint256 deposit
    );
    /// @notice Emitted when `renter` confirms the asset is real, valid and safe.
    event AssetConfirmed(uint256 indexed rentalId, address indexed renter);
    /// @notice Emitted for each accepted usage report; `units` is the increment, `damageBps` this report's damage.
    event UsageReported(
        uint256 indexed rentalId, address indexed device, uint64 indexed nonce, uint256 units, uint16 damageBps
    );
    /// @notice Emitted when a rental settles by return or ruling; amounts are what was taken.
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
    /// @notice Emitted when a default is collected: the whole `deposit` goes to `provider`.
    event RentalDefaulted(
        uint256 indexed rentalId, address indexed renter, address indexed provider, uint256 deposit, uint256 platformFee
    );
    /// @notice Emitted at construction and at each {setParams}.
    event ParamsSet(
        uint16 platformFeeBps,
        uint64 gracePeriod,
        uint16 lateFeeBps,
        uint256 rewardPerRental,
        uint256 basePledge,
        address treasury
    );
    /// @notice Emitted when `token` is added to (`allowed`) or removed from the payment allowlist.
    event PaymentTokenSet(address indexed token, bool allowed);
    /// @notice Emitted when `opener` disputes `rentalId`; funds freeze until the ruling.
    event DisputeOpened(
        uint256 indexed rentalId, uint256 indexed disputeId, address indexed opener, bytes32 evidenceHash
    );
    /// @notice Emitted when the panel's ruling for `rentalId` is applied, before its {RentalSettled}.
    event DisputeResolved(uint256 indexed rentalId, uint256 indexed disputeId, uint16 providerShareBps);
    /// @notice Emitted when `amount` SHR is minted to `account` for the clean rental `rentalId`.
    event RewardPaid(uint256 indexed rentalId, address indexed account, uint256 amount);
    /// @notice Emitted when a push of `amount` `token` to `account` reverted and became a credit.
    event PaymentCredited(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted when `account` withdraws its credit of `token`.
    event Withdrawn(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted once, when the Arbitration contract is wired in.
    event ArbitrationSet(address indexed arbitration);

    /// @notice Lists the caller's verified asset `tokenId` and locks the pledge
    /// `basePledge × pledgeBps(tier) / 10 000` SHR from the caller.
    /// An open listing of the token by a previous owner is closed first (its pledge returned).
    ///
    /// Requirements:
    /// - not paused; the caller owns `tokenId`, is not blacklisted, and has approved the pledge;
    /// - `tokenId` is verified and has no open listing by its owner; `paymentToken` is allowlisted;
    /// - pricePerHour, deposit and maxDuration > 0, minDuration ≤ maxDuration.
    ///
    /// Emits {Listed} and {PledgeLocked} events.
    /// @return listingId The new listing id, counting from 1.
    function list(
        uint256 tokenId,
        address paymentToken,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) external returns (uint256 listingId);

    /// @notice Changes the terms of `listingId` for rentals made afterwards.
    ///
    /// Requirements:
    /// - not paused; the caller is the provider; the listing is open; terms as in {list}.
    ///
    /// Emits a {ListingUpdated} event.
    function updateListing(
        uint256 listingId,
        uint256 pricePerHour,
        uint256 deposit,
        uint64 minDuration,
        uint64 maxDuration,
        uint256 pricePerUnit
    ) external;

    /// @notice Closes `listingId` and returns a still-locked pledge.
    ///
    /// Requirements:
    /// - the caller is the provider; the listing is open and has no unfinished rental.
    ///
    /// Emits a {Delisted} event, and {PledgeReturned} when the pledge was still locked.
    function delist(uint256 listingId) external;

    /// @notice Rents `listingId` for `duration` seconds from now, pulling rent and the
    /// tier-adjusted deposit from the caller, and makes the caller the asset's ERC-4907 user.
    ///
    /// Requirements:
    /// - not paused; the listing is open, its provider still owns the asset and is not
    ///   blacklisted, its payment token is still allowlisted, the asset is verified and free;
    /// - the caller is not the provider, not blacklisted, and under its tier's rental limit;
    /// - minDuration ≤ duration ≤ maxDuration, duration > 0; the full amount arrives.
    ///
    /// Emits a {Rented} event.
    /// @return rentalId The new rental id, counting from 1.
    function rent(uint256 listingId, uint64 duration) external returns (uint256 rentalId);

    /// @notice {rent} with an EIP-2612 permit for the payment token in the same transaction.
    /// A permit that fails (for example, front-run) is ignored when the allowance suffices.
    function rentWithPermit(
        uint256 listingId,
        uint64 duration,
        uint256 permitValue,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 rentalId);

    /// @notice The renter confirms the asset is real, valid and safe. The first confirmation
    /// of a listing releases its still-locked pledge to the provider and records
    /// AssetConfirmed for the provider.
    ///
    /// Requirements:
    /// - the caller is the renter; the rental is active and not yet confirmed.
    ///
    /// Emits an {AssetConfirmed} event, and {PledgeReleased} when a pledge is released.
    function confirmAsset(uint256 rentalId) external;

    /// @notice Applies a usage report signed by the device bound to the asset; anyone may relay.
    ///
    /// Requirements:
    /// - the rental is active (not disputed) and `block.timestamp <= end + gracePeriod`;
    /// - `nonce` exceeds the last accepted one; `damageBps <= 10 000`;
    /// - the EIP-712 `UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)`
    ///   signature recovers to `deviceOf(tokenId)`.
    ///
    /// Emits a {UsageReported} event.
    /// @param units Units used since the previous report.
    /// @param damageBps Damage found by this report, in bps of the deposit; the total is capped at 10 000.
    function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes calldata signature)
        external;

    /// @notice Ends a rental at return and settles it: charged rent, usage fee, damage and
    /// late fee to the provider (less the platform fee), the rest back to the renter, credit
    /// outcomes recorded, and rewards minted to both sides of a clean rental.
    ///
    /// Requirements:
    /// - the rental is active (not disputed) and `block.timestamp <= end + gracePeriod`;
    /// - the caller is the renter, or the provider once `block.timestamp >= end`.
    ///
    /// Emits a {RentalSettled} event, and {RewardPaid} events for a clean rental.
    function endRental(uint256 rentalId) external;

    /// @notice Collects a default once `end + gracePeriod` has passed without a return: the
    /// rent is charged in full and the whole deposit goes to the provider. Anyone may call.
    ///
    /// Requirements:
    /// - the rental is active (not disputed); `block.timestamp > end + gracePeriod`.
    ///
    /// Emits a {RentalDefaulted} event.
    function collectDefault(uint256 rentalId) external;

    /// @notice Disputes a rental; its funds freeze until the Arbitration contract rules.
    ///
    /// Requirements:
    /// - the caller is the renter or the provider; the rental is active;
    ///   `block.timestamp <= end + gracePeriod`; Arbitration is set.
    ///
    /// Emits a {DisputeOpened} event.
    /// @param evidenceHash Hash of the opener's evidence document.
    /// @return disputeId The Arbitration contract's dispute id.
    function openDispute(uint256 rentalId, bytes32 evidenceHash) external returns (uint256 disputeId);

    /// @notice Applies a ruling: the provider gets `providerShareBps` of the deposit; a ruling
    /// of 0 slashes a still-locked pledge to the renter.
    ///
    /// Requirements:
    /// - the caller is the Arbitration contract; the rental is disputed; `providerShareBps <= 10 000`.
    ///
    /// Emits {DisputeResolved} then {RentalSettled}, and {PledgeSlashed} when a pledge is slashed.
    function resolveDispute(uint256 rentalId, uint16 providerShareBps) external;

    /// @notice Pays the caller's credit of `token` (pushes that reverted earlier).
    ///
    /// Requirements:
    /// - the caller has a credit of `token`.
    ///
    /// Emits a {Withdrawn} event.
    function withdraw(address token) external;

    /// @notice Wires the Arbitration contract, once.
    ///
    /// Requirements:
    /// - the caller holds `DEFAULT_ADMIN_ROLE`; no Arbitration is set; `arbitration` is not zero.
    ///
    /// Emits an {ArbitrationSet} event.
    function setArbitration(address arbitration) external;

    /// @notice Sets the fee and reward parameters; rentals keep those in force at their `rent`,
    /// listings keep the `basePledge` in force at their `list`.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `platformFeeBps <= 1 000`; `treasury` is not zero.
    ///
    /// Emits a {ParamsSet} event.
    function setParams(
        uint16 platformFeeBps,
        uint64 gracePeriod,
        uint16 lateFeeBps,
        uint256 rewardPerRental,
        uint256 basePledge,
        address treasury
    ) external;

    /// @notice Adds `token` to or removes it from the payment allowlist.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `token` is not zero.
    ///
    /// Emits a {PaymentTokenSet} event.
    function setPaymentToken(address token, bool allowed) external;

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

    /// @notice What `account` may {withdraw} of `token`.
    function claimable(address token, address account) external view returns (uint256);
    /// @notice Seconds after `end` during which the renter may still return (current setting).
    function gracePeriod() external view returns (uint64);
    /// @notice Platform fee in bps of charged rent and usage fees (current setting).
    function platformFeeBps() external view returns (uint16);
    /// @notice Late fee in bps of the per-second price, per late second (current setting).
    function lateFeeBps() external view returns (uint16);
    /// @notice SHR minted to each side of a clean rental (current setting).
    function rewardPerRental() external view returns (uint256);
    /// @notice Receiver of platform fees (current setting).
    function treasury() external view returns (address);
    /// @notice SHR pledged per listing before the tier multiplier (current setting).
    function basePledge() external view returns (uint256);
    /// @notice True when `token` is allowlisted for payments.
    function isPaymentToken(address token) external view returns (bool);
    /// @notice The Arbitration contract, zero until wired.
    function arbitration() external view returns (address);
    /// @notice The listing `listingId` (all zero when unknown).
    function getListing(uint256 listingId) external view returns (Listing memory);
    /// @notice The rental `rentalId` (all zero when unknown).
    function getRental(uint256 rentalId) external view returns (Rental memory);
    /// @notice The parameter set `paramsId` that a rental recorded at `rent`.
    function getParams(uint32 paramsId) external view returns (Params memory);
    /// @notice The open listing of `tokenId`, zero when none.
    function openListingOf(uint256 tokenId) external view returns (uint256);
    /// @notice The unfinished (active or disputed) rental of `tokenId`, zero when none.
    function activeRentalOf(uint256 tokenId) external view returns (uint256);
    /// @notice How many unfinished rentals `account` holds as renter.
    function activeRentalCount(address account) external view returns (uint256);
    /// @notice How many listings were ever made (the highest listing id).
    function listingCount() external view returns (uint256);
    /// @notice How many rentals were ever made (the highest rental id).
    function rentalCount() external view returns (uint256);
}
