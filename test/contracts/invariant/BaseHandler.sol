// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Arbitration} from "../../../contracts/Arbitration.sol";
import {AssetRegistry} from "../../../contracts/AssetRegistry.sol";
import {CreditRegistry} from "../../../contracts/CreditRegistry.sol";
import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {PledgeEscrow} from "../../../contracts/PledgeEscrow.sol";
import {RewardToken} from "../../../contracts/RewardToken.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {MockBlocklistToken} from "../mocks/MockBlocklistToken.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice The deployed suite the handlers act on: the escrow's two payment tokens are the
/// standard tUSD and `bad`, a token whose issuer can block accounts (so pushes fail and credits appear).
struct Suite {
    PledgeEscrow escrow;
    AssetRegistry registry;
    CreditRegistry credit;
    Arbitration arbitration;
    RewardToken shr;
    PaymentToken usd;
    MockBlocklistToken bad;
}

/// @notice What every handler shares: the suite, the actor set (each actor both lists and
/// rents), the ghost counter of successful calls per action, and helpers that find the
/// listings, rentals and credits that the campaign created.
/// Handlers only move time forward (`_warpTo` refuses to go back) and only by bounded amounts.
abstract contract BaseHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant USD = 1e6;
    uint8 internal constant ACTIVE = uint8(IPledgeEscrow.RentalStatus.Active);
    uint8 internal constant DISPUTED = uint8(IPledgeEscrow.RentalStatus.Disputed);

    PledgeEscrow internal immutable escrow;
    AssetRegistry internal immutable registry;
    CreditRegistry internal immutable credit;
    Arbitration internal immutable arbitration;
    RewardToken internal immutable shr;
    PaymentToken internal immutable usd;
    MockBlocklistToken internal immutable bad;
    address internal immutable treasury;

    /// @dev Providers and renters alike.
    address[] internal actors;
    /// @dev The handler functions the campaign calls (the invariant contract's targetSelector).
    bytes4[] internal _actions;
    /// @notice Successful calls per action: the call reached its state change (for an attack
    /// action: the attack was actually tried against a live target).
    mapping(bytes4 selector => uint256) public ghost_successes;
    /// @dev Named refusal paths ("probes") that the campaign must reach too, e.g. a rent tried
    /// by a blacklisted account and refused.
    bytes32[] internal _probes;
    /// @notice How often each probe was reached.
    mapping(bytes32 probe => uint256) public ghost_probes;

    constructor(Suite memory s, address[] memory actors_, address treasury_) {
        escrow = s.escrow;
        registry = s.registry;
        credit = s.credit;
        arbitration = s.arbitration;
        shr = s.shr;
        usd = s.usd;
        bad = s.bad;
        treasury = treasury_;
        actors = actors_;
    }

    /// @notice Calls made to this handler's actions (whatever came of them).
    uint256 public ghost_calls;

    modifier counted() {
        ++ghost_calls;
        _;
    }

    /// @notice The handler functions to fuzz.
    function actions() external view returns (bytes4[] memory) {
        return _actions;
    }

    /// @notice The refusal paths the campaign must reach.
    function probes() external view returns (bytes32[] memory) {
        return _probes;
    }

    /// @notice A name for messages.
    function handlerName() external pure virtual returns (string memory);

    // ---------------------------------------------------------------- helpers

    function _done(bytes4 action) internal {
        ++ghost_successes[action];
    }

    function _probe(bytes32 probe) internal {
        ++ghost_probes[probe];
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev Every account that can be owed money by the escrow: the actors and the treasury.
    function _accounts() internal view returns (address[] memory all) {
        all = new address[](actors.length + 1);
        for (uint256 i = 0; i < actors.length; ++i) {
            all[i] = actors[i];
        }
        all[actors.length] = treasury;
    }

    function _claimableSum(address token) internal view returns (uint256 sum) {
        address[] memory all = _accounts();
        for (uint256 i = 0; i < all.length; ++i) {
            sum += escrow.claimable(token, all[i]);
        }
    }

    /// @dev What the escrow holds of `token` for rentals and pledges: its balance less the credits it owes.
    function _held(address token) internal view returns (uint256) {
        return IERC20Like(token).balanceOf(address(escrow)) - _claimableSum(token);
    }

    /// @dev True when a transfer of `token` from or to `account` (through the escrow) would revert.
    function _blocked(address token, address account) internal view returns (bool) {
        return token == address(bad) && (bad.blocked(account) || bad.blocked(address(escrow)));
    }

    function _deadline(IPledgeEscrow.Rental memory r) internal view returns (uint256) {
        return uint256(r.end) + escrow.getParams(r.paramsId).gracePeriod;
    }

    function _warpTo(uint256 t) internal {
        if (t > block.timestamp) vm.warp(t);
    }

    /// @dev The first open listing at or after `seed` (cyclic); 0 when none.
    function _openListing(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Listing memory l) {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            l = escrow.getListing(candidate);
            if (l.open) return (candidate, l);
        }
    }

    /// @dev The first rental at or after `seed` (cyclic) whose status is `a` or `b`; 0 when none.
    function _rentalIn(uint256 seed, uint8 a, uint8 b)
        internal
        view
        returns (uint256 id, IPledgeEscrow.Rental memory r)
    {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            uint8 status = uint8(r.status);
            if (status == a || status == b) return (candidate, r);
        }
    }

    /// @dev The first active rental at or after `seed` that can still be returned, reported or
    /// disputed (`block.timestamp <= end + gracePeriod`); 0 when none.
    function _liveRental(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Rental memory r) {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            if (r.status == IPledgeEscrow.RentalStatus.Active && block.timestamp <= _deadline(r)) {
                return (candidate, r);
            }
        }
    }

    /// @dev How much `token` left the escrow's holdings since `heldBefore` (paid out or turned
    /// into credits); `grew` when the holdings went up instead, which no payout may do.
    function _outflow(address token, uint256 heldBefore) internal view returns (uint256 paid, bool grew) {
        uint256 heldAfter = _held(token);
        if (heldAfter > heldBefore) return (0, true);
        return (heldBefore - heldAfter, false);
    }
}

/// @dev The one ERC-20 call the helpers need, for any token.
interface IERC20Like {
    function balanceOf(address account) external view returns (uint256);
}
