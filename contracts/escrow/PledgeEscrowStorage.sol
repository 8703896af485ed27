// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../interfaces/IArbitration.sol";
import {IAssetRegistry} from "../interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "../interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../interfaces/IPledgeEscrow.sol";
import {IRewardToken} from "../interfaces/IRewardToken.sol";
import {RentalMath} from "../libraries/RentalMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title The pledge escrow's storage layout and shared internals
/// @notice {PledgeEscrow} and its helper {PledgeEscrowExtension} both inherit this contract, and
/// the escrow delegatecalls the helper: the two share one storage layout because it is declared
/// here, once.
///
/// IMPORTANT: this contract must stay the first base with storage in both derived contracts
/// (PledgeEscrow lists it before AccessControl and EIP712, whose variables then follow it),
/// and neither derived contract may declare a state variable of its own (immutables and
/// constants are fine): the two would read each other's slots. Add new state here, at the end.
/// The helper inherits no OpenZeppelin contract with storage: roles and the pause are checked
/// by PledgeEscrow before it delegates.
///
/// Packed records (bit layouts, low bits first, as Solidity packs declaration order):
/// - {ListingRecord}: [provider 160 | tokenId 96] [paymentToken 160 | version 32 | status 8 | pledgeState 8 | confirmed 8] [pledge 256]
/// - {StoredTerms}, one per listing version: [pricePerHour 128 | deposit 128] [pricePerUnit 128 | minDuration 64 | maxDuration 64]
///   [payee 160 | freeCancelBefore 64 | cancelFeeBps 16] [platform 160]
/// - {RentalCore}, the two slots written at `rent`: [renter 160 | start 40 | end 40 | status 8 | flags 8]
///   [listingId 48 | version 32 | paramsId 32 | depositBps 16 | listingShareBps 16 | renterShareBps 16 | returnedAt 40 | inspectionEnd 40 | bookIndex 8]
/// - {RentalExtra}, written only when there is something to say: [platform 160 | lastNonce 64 | damageBps 16] [units 256] [disputeId 256]
/// - {TokenBook}: [listingId 48 | activeRentalId 64 | occupied 16 | touched 8], plus 16 {BookEntry}
///   [rentalId 64 | start 40 | end 40], one per open rental of the token (bit i of `occupied`).
/// The rent and deposit of a rental are not stored: they are recomputed exactly from the terms
/// version it keeps (pricePerHour × duration, deposit × depositBps). Times are stored in 40
/// bits (good until the year 36812; `rent` refuses a slot ending later).
abstract contract PledgeEscrowStorage is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Role that sets parameters, the payment allowlist, reward rates and platforms.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice Role that pauses new listings and rentals.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice EIP-712 type hash of a device's signed usage report.
    bytes32 public constant USAGE_REPORT_TYPEHASH =
        keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)");
    /// @notice The most open rentals (booked, active, returned, disputed) one asset may have.
    uint256 public constant MAX_OPEN_RENTALS = 16;
    /// @notice The gas each payment push (and reward mint) is given, at most.
    uint256 public constant PUSH_GAS = 150_000;
    /// @notice The length of a reward epoch.
    uint256 public constant EPOCH = 7 days;

    /// @dev what must be left before a push so that the call can still forward PUSH_GAS after
    /// the 1/64 that EIP-150 withholds and the cold account access.
    uint256 internal constant PUSH_GAS_RESERVE = PUSH_GAS + PUSH_GAS / 63 + 5000;

    uint8 internal constant OUTCOME_COMPLETED_ON_TIME = 0;
    uint8 internal constant OUTCOME_RETURNED_LATE = 1;
    uint8 internal constant OUTCOME_DEFAULTED = 2;
    uint8 internal constant OUTCOME_DAMAGE_CAUSED = 3;
    uint8 internal constant OUTCOME_ASSET_CONFIRMED = 6;
    uint8 internal constant OUTCOME_NO_SHOW = 8;
    uint8 internal constant OUTCOME_PROVIDER_CANCELLED = 9;

    uint8 internal constant FLAG_CHECKED_IN = 1;
    uint8 internal constant FLAG_CONFIRMED = 2;

    uint256 internal constant MAX_AMOUNT = type(uint128).max;

    /// @dev one listing; its terms live in {_terms}, one record per version.
    struct ListingRecord {
        address provider;
        uint96 tokenId;
        address paymentToken;
        uint32 version;
        IPledgeEscrow.ListingStatus status;
        IPledgeEscrow.PledgeState pledgeState;
        bool confirmed;
        uint256 pledge;
    }

    /// @dev one version of a listing's terms (amounts < 2^128 by {InvalidTerms}).
    struct StoredTerms {
        uint128 pricePerHour;
        uint128 deposit;
        uint128 pricePerUnit;
        uint64 minDuration;
        uint64 maxDuration;
        address payee;
        uint64 freeCancelBefore;
        uint16 cancelFeeBps;
        address platform;
    }

    /// @dev the two slots every rental writes at `rent`.
    struct RentalCore {
        address renter;
        uint40 start;
        uint40 end;
        IPledgeEscrow.RentalStatus status;
        uint8 flags;
        uint48 listingId;
        uint32 version;
        uint32 paramsId;
        uint16 depositBps;
        uint16 listingShareBps;
        uint16 renterShareBps;
        uint40 returnedAt;
        uint40 inspectionEnd;
        uint8 bookIndex;
    }

    /// @dev what only some rentals need: a renter's platform, usage reports, a dispute.
    struct RentalExtra {
        address platform;
        uint64 lastNonce;
        uint16 damageBps;
        uint256 units;
        uint256 disputeId;
    }

    /// @dev per asset: its listing that is not delisted, its active rental and its open rentals.
    /// `touched` keeps the slot non-zero once used, so later rentals rewrite it cheaply.
    struct TokenBook {
        uint48 listingId;
        uint64 activeRentalId;
        uint16 occupied;
        bool touched;
    }

    /// @dev the slot of one open rental; a returned rental's `end` is min(returnedAt, end).
    struct BookEntry {
        uint64 rentalId;
        uint40 start;
        uint40 end;
    }

    /// @dev the counters and the pause flag, one slot: read and written once per rental.
    struct Counters {
        uint64 lastRentalId;
        uint48 lastListingId;
        uint32 paramsId;
        bool paused;
    }

    /// @dev a payment token's settings: on the allowlist, and its reward rate.
    struct PaymentToken {
        bool allowed;
        uint256 rewardRate;
    }

    /// @dev the SHR minted in the current reward epoch.
    struct RewardEpoch {
        uint64 epoch;
        uint192 minted;
    }

    IAssetRegistry internal immutable _registry;
    ICreditRegistry internal immutable _credit;
    IRewardToken internal immutable _shr;
    /// @dev the deployment time of the escrow: reward epochs count from it.
    uint256 internal immutable _deployedAt;

    Counters internal _counters;
    address internal _arbitration;
    RewardEpoch internal _rewardEpoch;
    mapping(uint32 paramsId => IPledgeEscrow.Params) internal _params;
    mapping(uint256 listingId => ListingRecord) internal _listings;
    mapping(uint256 listingId => mapping(uint32 version => StoredTerms)) internal _terms;
    mapping(uint256 rentalId => RentalCore) internal _rentals;
    mapping(uint256 rentalId => RentalExtra) internal _extras;
    mapping(uint256 tokenId => TokenBook) internal _books;
    mapping(uint256 tokenId => BookEntry[16]) internal _entries;
    mapping(address account => uint256) internal _tierRentals;
    mapping(address token => PaymentToken) internal _paymentTokens;
    mapping(address platform => uint16) internal _platformShares;
    mapping(address token => mapping(address account => uint256)) internal _claimable;
    mapping(uint256 tokenId => mapping(address provider => bool)) internal _assetConfirmed;

    constructor(IAssetRegistry registry, ICreditRegistry credit, IRewardToken shr, uint256 deployedAt) {
        if (address(registry) == address(0) || address(credit) == address(0) || address(shr) == address(0)) {
            revert IPledgeEscrow.EscrowZeroAddress();
        }
        _registry = registry;
        _credit = credit;
        _shr = shr;
        _deployedAt = deployedAt;
    }

    // ---------------------------------------------------------------- rental reads

    /// @dev the rental's listing and the terms version it keeps.
    function _listingOf(RentalCore storage r)
        internal
        view
        returns (ListingRecord storage listing, StoredTerms storage terms)
    {
        listing = _listings[r.listingId];
        terms = _terms[r.listingId][r.version];
    }

    /// @dev the rent paid at `rent`, recomputed from the terms it keeps.
    function _rentPaid(RentalCore storage r, StoredTerms storage t) internal view returns (uint256) {
        return RentalMath.rentFor(t.pricePerHour, uint256(r.end) - r.start);
    }

    /// @dev the deposit paid at `rent`, recomputed from the terms and the tier multiplier it kept.
    function _depositPaid(RentalCore storage r, StoredTerms storage t) internal view returns (uint256) {
        return RentalMath.scaleUp(t.deposit, r.depositBps);
    }

    /// @dev the payee of a listing version: the provider when the terms leave it 0.
    function _payee(ListingRecord storage listing, StoredTerms storage t) internal view returns (address payee) {
        payee = t.payee;
        if (payee == address(0)) payee = listing.provider;
    }

    /// @dev the rent charged for a return at `t`, under the params in force at `rent`.
    function _rentCharged(RentalCore storage r, StoredTerms storage t, uint256 time) internal view returns (uint256) {
        uint256 minBilled = _params[r.paramsId].minRentalSeconds;
        if (t.minDuration > minBilled) minBilled = t.minDuration;
        return RentalMath.rentCharged(t.pricePerHour, r.start, r.end, time, minBilled, _rentPaid(r, t));
    }

    /// @dev end + gracePeriod, under the params in force at `rent`.
    function _deadline(RentalCore storage r) internal view returns (uint64) {
        return uint64(r.end) + _params[r.paramsId].gracePeriod;
    }

    // ---------------------------------------------------------------- book keeping

    /// @dev Frees the slot of a rental that is no longer open, and unlocks the asset in the
    /// registry when it was the last open one (the caller makes no other registry call after).
    function _closeSlot(uint256 tokenId, RentalCore storage r) internal {
        TokenBook storage book = _books[tokenId];
        // casting is safe: a book index is below 16; the shift is a one-bit mask, as meant.
        // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
        uint16 occupied = book.occupied & ~uint16(1 << r.bookIndex);
        book.occupied = occupied;
        if (occupied == 0) _registry.setLock(tokenId, false);
    }

    /// @dev Counts a rental out of the renter's tier limit.
    function _leaveTier(address renter) internal {
        unchecked {
            // every rental counted out was counted in at `rent` or at a dispute in inspection.
            --_tierRentals[renter];
        }
    }

    /// @dev The open rental of `tokenId` whose slot overlaps [start, end) (0 when none), the
    /// lowest free entry index (MAX_OPEN_RENTALS when none), and the occupied bits.
    function _findSlot(uint256 tokenId, uint64 start, uint64 end)
        internal
        view
        returns (uint256 taken, uint256 free, uint16 occupied)
    {
        occupied = _books[tokenId].occupied;
        // only the occupied entries are read: bit i of `occupied` is entry i.
        BookEntry[16] storage entries = _entries[tokenId];
        uint256 rest = occupied;
        while (rest != 0) {
            uint256 i = Math.log2(rest & (~rest + 1));
            rest &= rest - 1;
            BookEntry storage e = entries[i];
            if (e.start < end && start < e.end) return (e.rentalId, 0, occupied);
        }
        // the lowest clear bit, if any of the 16 is clear.
        uint256 lowestFree = ~uint256(occupied) & (uint256(occupied) + 1);
        // casting is safe: the lowest clear bit of 16 is below 2^16; the shift is a one-bit mask, as meant.
        // forge-lint: disable-next-line(unsafe-typecast,incorrect-shift)
        free = lowestFree >= 1 << MAX_OPEN_RENTALS ? MAX_OPEN_RENTALS : Math.log2(lowestFree);
    }

    // ---------------------------------------------------------------- payments

    /// @dev Splits the platform fee `fee` of `rentalId`: the platforms' parts are announced
    /// ({PlatformFeePaid}, the listing's first, one event when both are the same address) and
    /// pushed, the rest goes to the treasury in force now. Returns the treasury's part.
    function _payPlatformFee(uint256 rentalId, address token, uint256 fee, RentalCore storage r, StoredTerms storage t)
        internal
        returns (uint256 treasuryPart)
    {
        if (fee == 0) return 0;
        uint16 listingShare = r.listingShareBps;
        uint16 renterShare = r.renterShareBps;
        if (listingShare == 0 && renterShare == 0) {
            _pay(token, _params[_counters.paramsId].treasury, fee);
            return fee;
        }
        uint256 listingPart;
        uint256 renterPart;
        (listingPart, renterPart, treasuryPart) = RentalMath.platformParts(fee, listingShare, renterShare);
        address listingPlatform = listingShare == 0 ? address(0) : t.platform;
        address renterPlatform = renterShare == 0 ? address(0) : _extras[rentalId].platform;
        if (listingPlatform == renterPlatform) {
            listingPart += renterPart;
            renterPart = 0;
        }
        if (listingPart != 0) emit IPledgeEscrow.PlatformFeePaid(rentalId, listingPlatform, token, listingPart);
        if (renterPart != 0) emit IPledgeEscrow.PlatformFeePaid(rentalId, renterPlatform, token, renterPart);
        _pay(token, listingPlatform, listingPart);
        _pay(token, renterPlatform, renterPart);
        _pay(token, _params[_counters.paramsId].treasury, treasuryPart);
    }

    /// @dev The treasury's part of a platform fee `fee` of rental `r` (shares as at `rent`).
    function _treasuryPart(RentalCore storage r, uint256 fee) internal view returns (uint256 treasuryPart) {
        (,, treasuryPart) = RentalMath.platformParts(fee, r.listingShareBps, r.renterShareBps);
    }

    /// @dev Pushes `amount` of `token` to `to` with at most PUSH_GAS gas; a push that reverts,
    /// returns false or runs out of gas becomes a credit for {withdraw}. Reverts
    /// {InsufficientGas} when PUSH_GAS cannot be forwarded, so a caller cannot starve pushes
    /// into credits with a tight gas limit. Only 32 bytes of return data are ever copied.
    function _pay(address token, address to, uint256 amount) internal {
        if (amount == 0) return;
        if (gasleft() < PUSH_GAS_RESERVE) revert IPledgeEscrow.InsufficientGas(gasleft(), PUSH_GAS_RESERVE);
        bool ok;
        bytes4 selector = IERC20.transfer.selector;
        // a high-level call would copy all the return data a hostile token sends back; this one
        // copies 32 bytes and gives the call PUSH_GAS at most.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x04), to)
            mstore(add(ptr, 0x24), amount)
            mstore(0x00, 0)
            ok := call(PUSH_GAS, token, 0, ptr, 0x44, 0x00, 0x20)
            // as SafeERC20: success is no return data from a contract, or a returned true.
            ok := and(
                ok,
                or(
                    and(iszero(returndatasize()), gt(extcodesize(token), 0)),
                    and(gt(returndatasize(), 0x1f), eq(mload(0x00), 1))
                )
            )
        }
        if (!ok) {
            // the push failed: nothing moved, so the credit is the only effect (callers are nonReentrant).
            // solhint-disable-next-line reentrancy
            _claimable[token][to] += amount;
            emit IPledgeEscrow.PaymentCredited(token, to, amount);
        }
    }

    /// @dev Pulls `amount` of `token` from `from` and refuses tokens that deliver less.
    function _pull(address token, address from, uint256 amount) internal {
        if (amount == 0) return;
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received != amount) revert IPledgeEscrow.FeeOnTransfer(token, amount, received);
    }

    // ---------------------------------------------------------------- governance values

    /// @dev Checks and stores a new parameter set; rentals made from now on keep it.
    function _setParams(IPledgeEscrow.Params memory p) internal {
        if (
            p.platformFeeBps > 1000 || p.gracePeriod > 30 days || p.lateFeeBps > 50_000 || p.inspectionPeriod > 7 days
                || p.minRentalSeconds > 1 days || p.maxAdvance == 0 || p.maxAdvance > 365 days
                || p.treasury == address(0)
        ) revert IPledgeEscrow.InvalidParams(p);
        uint32 id = _counters.paramsId + 1;
        _counters.paramsId = id;
        _params[id] = p;
        emit IPledgeEscrow.ParamsSet(
            p.platformFeeBps,
            p.gracePeriod,
            p.lateFeeBps,
            p.inspectionPeriod,
            p.minRentalSeconds,
            p.maxAdvance,
            p.basePledge,
            p.epochRewardCap,
            p.treasury
        );
    }

    /// @dev Allows or disallows `token`, announcing its symbol and decimals as far as it has them.
    function _setPaymentToken(address token, bool allowed) internal {
        if (token == address(0)) revert IPledgeEscrow.EscrowZeroAddress();
        _paymentTokens[token].allowed = allowed;
        emit IPledgeEscrow.PaymentTokenSet(token, allowed, _symbolOf(token), _decimalsOf(token));
    }

    function _setRewardRate(address token, uint256 shrPerFeeUnit) internal {
        if (token == address(0)) revert IPledgeEscrow.EscrowZeroAddress();
        _paymentTokens[token].rewardRate = shrPerFeeUnit;
        emit IPledgeEscrow.RewardRateSet(token, shrPerFeeUnit);
    }

    /// @dev `symbol()` as a well-formed ABI string, else empty (a token without one, or one that
    /// returns something else, must not stop the allowlist).
    function _symbolOf(address token) internal view returns (string memory symbol) {
        (bool ok, bytes memory data) = token.staticcall{gas: 100_000}(abi.encodeWithSignature("symbol()"));
        if (!ok || data.length < 64) return "";
        (uint256 offset, uint256 length) = abi.decode(data, (uint256, uint256));
        if (offset != 0x20 || length > data.length - 64) return "";
        symbol = abi.decode(data, (string));
    }

    /// @dev `decimals()` when it returns a value that fits a uint8, else 0.
    function _decimalsOf(address token) internal view returns (uint8) {
        (bool ok, bytes memory data) = token.staticcall{gas: 100_000}(abi.encodeWithSignature("decimals()"));
        if (!ok || data.length < 32) return 0;
        uint256 value = abi.decode(data, (uint256));
        // casting is safe: checked against the uint8 range just before.
        // forge-lint: disable-next-line(unsafe-typecast)
        return value > type(uint8).max ? 0 : uint8(value);
    }

    // ---------------------------------------------------------------- listing checks

    /// @dev Checks terms against the rules of {InvalidTerms} and their platform against the registry of platforms.
    function _checkTerms(IPledgeEscrow.Terms calldata terms) internal view {
        if (
            terms.pricePerHour == 0 || terms.deposit == 0 || terms.maxDuration == 0
                || terms.minDuration > terms.maxDuration || terms.cancelFeeBps > RentalMath.BPS
                || terms.pricePerHour > MAX_AMOUNT || terms.deposit > MAX_AMOUNT || terms.pricePerUnit > MAX_AMOUNT
        ) revert IPledgeEscrow.InvalidTerms(terms);
        if (terms.platform != address(0) && _platformShares[terms.platform] == 0) {
            revert IPledgeEscrow.UnknownPlatform(terms.platform);
        }
    }

    /// @dev Stores `terms` as version `version` of `listingId`.
    function _storeTerms(uint256 listingId, uint32 version, IPledgeEscrow.Terms calldata terms) internal {
        StoredTerms storage t = _terms[listingId][version];
        // bounded by _checkTerms.
        t.pricePerHour = uint128(terms.pricePerHour);
        t.deposit = uint128(terms.deposit);
        t.pricePerUnit = uint128(terms.pricePerUnit);
        t.minDuration = terms.minDuration;
        t.maxDuration = terms.maxDuration;
        if (terms.payee != address(0) || terms.freeCancelBefore != 0 || terms.cancelFeeBps != 0) {
            t.payee = terms.payee;
            t.freeCancelBefore = terms.freeCancelBefore;
            t.cancelFeeBps = terms.cancelFeeBps;
        }
        if (terms.platform != address(0)) t.platform = terms.platform;
    }

    /// @dev The stored terms as the pinned {IPledgeEscrow.Terms} tuple.
    function _loadTerms(StoredTerms storage t) internal view returns (IPledgeEscrow.Terms memory terms) {
        terms.pricePerHour = t.pricePerHour;
        terms.deposit = t.deposit;
        terms.minDuration = t.minDuration;
        terms.maxDuration = t.maxDuration;
        terms.pricePerUnit = t.pricePerUnit;
        terms.cancelFeeBps = t.cancelFeeBps;
        terms.freeCancelBefore = t.freeCancelBefore;
        terms.payee = t.payee;
        terms.platform = t.platform;
    }

    /// @dev Reaches the Arbitration interface for the helper's dispute code.
    function _arbitrationContract() internal view returns (IArbitration) {
        return IArbitration(_arbitration);
    }
}
