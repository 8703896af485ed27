// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Arbitration} from "../../../contracts/Arbitration.sol";
import {AssetRegistry} from "../../../contracts/AssetRegistry.sol";
import {CreditRegistry} from "../../../contracts/CreditRegistry.sol";
import {PledgeEscrow} from "../../../contracts/PledgeEscrow.sol";
import {RewardToken} from "../../../contracts/RewardToken.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {MockBlocklistToken} from "../mocks/MockBlocklistToken.sol";
import {MockHookToken} from "../mocks/MockHookToken.sol";
import {MockNoReturnToken} from "../mocks/MockNoReturnToken.sol";
import {MockPausableToken} from "../mocks/MockPausableToken.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The deployed suite the handlers act on. The escrow takes five payment tokens: the
/// standard tUSD and four hostile ones — `blt` blocks accounts (USDC style), `pzd` can be
/// paused, `nrt` returns nothing and freezes accounts (USDT style), `hkt` calls ERC-777-style
/// hooks, which an account may point at a receiver that burns all gas it gets.
struct Suite {
    PledgeEscrow escrow;
    AssetRegistry registry;
    CreditRegistry credit;
    Arbitration arbitration;
    RewardToken shr;
    address usd;
    MockBlocklistToken blt;
    MockPausableToken pzd;
    MockNoReturnToken nrt;
    MockHookToken hkt;
    address gasBurner;
    InvLedger ledger;
}

/// @notice The ghost ledger all handlers write to: what each rental paid out of the escrow's
/// holdings, and the economics read from the escrow's events (rewards minted, the treasury's
/// part of platform fees, rewards per epoch).
contract InvLedger {
    bytes32 internal constant REWARD_PAID = keccak256("RewardPaid(uint256,address,uint256)");
    bytes32 internal constant PLATFORM_FEE_PAID = keccak256("PlatformFeePaid(uint256,address,address,uint256)");
    bytes32 internal constant RENTAL_SETTLED =
        keccak256("RentalSettled(uint256,address,address,uint256,uint256,uint256,uint256,uint256,uint256)");
    bytes32 internal constant DISPUTE_RESOLVED = keccak256("DisputeResolved(uint256,uint256,uint16)");

    PledgeEscrow internal immutable escrow;
    uint256 internal immutable deployedAt;

    /// @notice What each rental paid out of the escrow's holdings of its token (pushed or credited).
    mapping(uint256 rentalId => uint256) public paidOut;
    /// @notice The platforms' parts of each rental's platform fees (PlatformFeePaid).
    mapping(uint256 rentalId => uint256) public platformPaid;
    /// @notice SHR minted as rewards (RewardPaid), in total and per epoch.
    uint256 public rewardsMinted;
    mapping(uint256 epoch => uint256) public mintedInEpoch;
    /// @notice Σ 2 × rewardRate(token, at the release) × the rental's treasury fee, over releases.
    uint256 public rewardBound;
    /// @notice Releases that minted more than 2 × rate × their treasury fee (must stay 0).
    uint256 public rewardOverpays;
    /// @notice Releases that took an epoch's minted total above the cap in force (must stay 0).
    uint256 public epochCapBreaches;
    /// @notice Rewards paid by something other than a release (must stay 0).
    uint256 public strayRewards;

    constructor(PledgeEscrow escrow_, uint256 deployedAt_) {
        escrow = escrow_;
        deployedAt = deployedAt_;
    }

    /// @notice Adds `amount` to what `rentalId` paid out.
    function addPaid(uint256 rentalId, uint256 amount) external {
        paidOut[rentalId] += amount;
    }

    /// @notice Reads the escrow's events of one call (`token` is the settled rental's token).
    function observe(Vm.Log[] calldata logs, address token) external {
        uint256 minted;
        uint256 settledId;
        uint256 settledFee;
        bool ruling;
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter != address(escrow)) continue;
            bytes32 topic = logs[i].topics[0];
            if (topic == PLATFORM_FEE_PAID) {
                platformPaid[uint256(logs[i].topics[1])] += abi.decode(logs[i].data, (uint256));
            } else if (topic == REWARD_PAID) {
                minted += abi.decode(logs[i].data, (uint256));
            } else if (topic == DISPUTE_RESOLVED) {
                ruling = true;
            } else if (topic == RENTAL_SETTLED) {
                settledId = uint256(logs[i].topics[1]);
                (,,,, settledFee,) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, uint256, uint256));
            }
        }
        if (minted == 0 && (settledId == 0 || ruling)) return;
        if (settledId == 0 || ruling) {
            ++strayRewards;
            return;
        }
        // a release: the treasury's part is the whole fee of the rental less the platforms' parts.
        uint256 treasuryPart = settledFee - platformPaid[settledId];
        uint256 bound = 2 * escrow.rewardRate(token) * treasuryPart;
        rewardBound += bound;
        if (minted > bound) ++rewardOverpays;
        uint256 epoch = (block.timestamp - deployedAt) / 7 days;
        uint256 before = mintedInEpoch[epoch];
        uint256 cap = escrow.getParams().epochRewardCap;
        mintedInEpoch[epoch] = before + minted;
        if (minted != 0 && before + minted > cap) ++epochCapBreaches;
        rewardsMinted += minted;
    }
}

/// @notice What every handler shares: the suite, the actor set (each actor both lists and
/// rents), the ghost counter of successful calls per action, named refusal paths ("probes"),
/// and helpers that find the listings and rentals the campaign created.
/// Handlers only move time forward (`_warpTo` refuses to go back) and only by bounded amounts.
abstract contract BaseHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant USD = 1e6;
    /// @dev gas given to a call that may reach a gas-burning hook outside the escrow's capped pushes.
    uint256 internal constant HOOK_CALL_GAS = 2_000_000;

    PledgeEscrow internal immutable escrow;
    AssetRegistry internal immutable registry;
    CreditRegistry internal immutable credit;
    Arbitration internal immutable arbitration;
    RewardToken internal immutable shr;
    address internal immutable usd;
    MockBlocklistToken internal immutable blt;
    MockPausableToken internal immutable pzd;
    MockNoReturnToken internal immutable nrt;
    MockHookToken internal immutable hkt;
    address internal immutable gasBurner;
    InvLedger internal immutable ledger;

    /// @dev Providers and renters alike.
    address[] internal actors;
    /// @dev Every account the escrow may owe: the actors, both treasuries, both platforms, the co-op payee.
    address[] internal accounts;
    /// @dev The handler functions the campaign calls (the invariant contract's targetSelector).
    bytes4[] internal _actions;
    /// @notice Successful calls per action: the call reached its state change (for an attack
    /// action: the attack was actually tried against a live target and refused).
    mapping(bytes4 selector => uint256) public ghost_successes;
    bytes32[] internal _probes;
    /// @notice How often each refusal path was reached.
    mapping(bytes32 probe => uint256) public ghost_probes;
    /// @notice Calls the handler expected to succeed that reverted (a model miss, not a
    /// property: read it with forge's call/revert table).
    uint256 public ghost_modelMisses;
    /// @notice Calls made to this handler's actions (whatever came of them).
    uint256 public ghost_calls;

    constructor(Suite memory s, address[] memory actors_, address[] memory accounts_) {
        escrow = s.escrow;
        registry = s.registry;
        credit = s.credit;
        arbitration = s.arbitration;
        shr = s.shr;
        usd = s.usd;
        blt = s.blt;
        pzd = s.pzd;
        nrt = s.nrt;
        hkt = s.hkt;
        gasBurner = s.gasBurner;
        ledger = s.ledger;
        actors = actors_;
        accounts = accounts_;
    }

    modifier counted() {
        ++ghost_calls;
        _;
    }

    /// @notice The name of each action, for messages.
    mapping(bytes4 selector => string) public actionName;

    function _addAction(bytes4 selector, string memory name) internal {
        _actions.push(selector);
        actionName[selector] = name;
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

    function _tokens() internal view returns (address[5] memory) {
        return [usd, address(blt), address(pzd), address(nrt), address(hkt)];
    }

    function _claimableSum(address token) internal view returns (uint256 sum) {
        for (uint256 i = 0; i < accounts.length; ++i) {
            sum += escrow.claimable(token, accounts[i]);
        }
    }

    /// @dev What the escrow holds of `token` for rentals and pledges: its balance less the credits it owes.
    function _held(address token) internal view returns (uint256) {
        return IERC20Like(token).balanceOf(address(escrow)) - _claimableSum(token);
    }

    function _deadline(IPledgeEscrow.Rental memory r) internal view returns (uint256) {
        return uint256(r.end) + escrow.getParamsAt(r.paramsId).gracePeriod;
    }

    function _warpTo(uint256 t) internal {
        if (t > block.timestamp) vm.warp(t);
    }

    /// @dev The first listing at or after `seed` (cyclic) with status `status`; 0 when none.
    function _listingIn(uint256 seed, IPledgeEscrow.ListingStatus status)
        internal
        view
        returns (uint256 id, IPledgeEscrow.Listing memory l)
    {
        uint256 n = escrow.listingCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            l = escrow.getListing(candidate);
            if (l.status == status) return (candidate, l);
        }
        return (0, l);
    }

    /// @dev The first rental at or after `seed` (cyclic) whose status is `a` or `b`; 0 when none.
    function _rentalIn(uint256 seed, IPledgeEscrow.RentalStatus a, IPledgeEscrow.RentalStatus b)
        internal
        view
        returns (uint256 id, IPledgeEscrow.Rental memory r)
    {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            if (r.status == a || r.status == b) return (candidate, r);
        }
        return (0, r);
    }

    /// @dev Runs after a call that may have paid out for `rentalId`: books the outflow of the
    /// rental's token from the escrow's holdings and reads the call's events.
    function _settled(uint256 rentalId, address token, uint256 heldBefore) internal {
        uint256 heldAfter = _held(token);
        // holdings never grow at a settlement: that would be a payout taken back.
        if (heldAfter > heldBefore) ++ghost_holdingsGrew;
        else ledger.addPaid(rentalId, heldBefore - heldAfter);
        ledger.observe(vm.getRecordedLogs(), token);
    }

    /// @notice Settlements during which the escrow's holdings grew (must stay 0).
    uint256 public ghost_holdingsGrew;

    /// @dev The SHR pledge a listing by `owner` costs now.
    function _pledgeOf(address owner) internal view returns (uint256) {
        (,, uint16 pledgeBps) = credit.termsOf(owner);
        return escrow.getParams().basePledge * pledgeBps / 10_000;
    }

    /// @dev True when a push of `token` to or a pull from `account` would fail now.
    function _tokenBlocks(address token, address account) internal view returns (bool) {
        if (token == address(blt)) return blt.blocked(account) || blt.blocked(address(escrow));
        if (token == address(pzd)) return pzd.paused();
        if (token == address(nrt)) return nrt.frozen(account) || nrt.frozen(address(escrow));
        return false;
    }
}

/// @dev The one ERC-20 call the helpers need, for any token.
interface IERC20Like {
    function balanceOf(address account) external view returns (uint256);
}
