// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ISplit} from "./interfaces/ISplit.sol";
import {SplitArgs} from "./libraries/SplitArgs.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Sharechain split
/// @notice Income shared by fixed co-owners; see {ISplit}. Deployed once by the
/// {SplitFactory} as the implementation; every split is an ERC-1167 clone of it carrying its
/// accounts and shares as immutable arguments ({SplitArgs}) appended to the clone's code.
///
/// Why clones with immutable arguments (figures from snapshots/GasRelease2Test.json, whole
/// transactions):
/// - createSplit: a clone is 45 bytes of code + 22 per account, so a two-owner split costs
///   ~84 000 gas (~214 000 for sixteen): the CREATE2 and ~18 000 of code deposit. Deploying
///   this contract in full costs ~689 000 before storing any account, and an initialize-once
///   clone would add a 22 100-gas storage write per account (and an initializer that must
///   never run twice: with immutable arguments there is no initializer at all).
/// - release: reading the arguments is one EXTCODECOPY of the split's own (warm) code and a
///   scan of at most 16 entries in memory (~3 000 gas for the sixteenth, ~56 000 a release in
///   all), cheaper than one cold SLOAD of a stored share per lookup.
///
/// Invariants (tested by test/contracts/invariant/SplitInvariants.t.sol), per token:
/// - Σ released(token, ·) == totalReleased(token) ≤ everything ever received;
/// - released(token, a) ≤ floor(received × share(a) / 10 000) while the token does not shrink
///   the split's balance (no fee charged on the sender, no negative rebase).
///
/// If you are overriding: {release} moves state before the transfer (checks, effects,
/// interactions) and holds the reentrancy guard; the views read nothing another contract can
/// change except the token's balance.
contract Split is ISplit, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;

    /// @dev the factory that deployed the implementation.
    address private immutable _factory;
    /// @dev the implementation's own address: a clone sees it through delegatecall and knows it
    /// is not the implementation.
    address private immutable _self;

    mapping(address token => uint256) private _totalReleased;
    mapping(address token => mapping(address account => uint256)) private _released;

    constructor() {
        _factory = msg.sender;
        _self = address(this);
    }

    /// @inheritdoc ISplit
    function release(address token, address account) external nonReentrant returns (uint256 amount) {
        uint256 share = _shareOrRevert(account);
        uint256 balance = _balanceOf(token);
        uint256 alreadyReleased = _released[token][account];
        uint256 totalReleased_ = _totalReleased[token];
        amount = _owed(balance, totalReleased_, share, alreadyReleased);
        if (amount == 0) return 0;
        // cannot overflow: alreadyReleased ≤ totalReleased_, amount ≤ balance, and _owed computed
        // balance + totalReleased_ with checked arithmetic.
        unchecked {
            _released[token][account] = alreadyReleased + amount;
            _totalReleased[token] = totalReleased_ + amount;
        }
        emit Released(token, account, amount);
        IERC20(token).safeTransfer(account, amount);
    }

    /// @inheritdoc ISplit
    function releasable(address token, address account) external view nonReentrantView returns (uint256) {
        uint256 share = _shareOrRevert(account);
        return _owed(_balanceOf(token), _totalReleased[token], share, _released[token][account]);
    }

    /// @inheritdoc ISplit
    function released(address token, address account) external view returns (uint256) {
        return _released[token][account];
    }

    /// @inheritdoc ISplit
    function totalReleased(address token) external view returns (uint256) {
        return _totalReleased[token];
    }

    /// @inheritdoc ISplit
    function totalReceived(address token) external view nonReentrantView returns (uint256) {
        return _balanceOf(token) + _totalReleased[token];
    }

    /// @inheritdoc ISplit
    function accounts() external view returns (address[] memory accounts_, uint16[] memory sharesBps) {
        bytes memory args = _args();
        uint256 n = args.length / SplitArgs.ENTRY;
        accounts_ = new address[](n);
        sharesBps = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            (accounts_[i], sharesBps[i]) = SplitArgs.read(args, i);
        }
    }

    /// @inheritdoc ISplit
    function shareOf(address account) external view returns (uint16) {
        return _shareOf(account);
    }

    /// @inheritdoc ISplit
    function factory() external view returns (address) {
        return _factory;
    }

    /// @dev what `account` is owed: its floor share of everything received, less what it
    /// released, capped at the balance; 0 when the balance shrank below its share (negative
    /// rebase, sender-side fee) instead of underflowing.
    function _owed(uint256 balance, uint256 totalReleased_, uint256 share, uint256 alreadyReleased)
        private
        pure
        returns (uint256)
    {
        // mulDiv: a token reporting a huge balance must not make the product overflow.
        uint256 entitled = Math.mulDiv(balance + totalReleased_, share, BPS);
        if (entitled <= alreadyReleased) return 0;
        return Math.min(entitled - alreadyReleased, balance);
    }

    function _balanceOf(address token) private view returns (uint256) {
        // a call to an address without code would "succeed" with no data; name the mistake.
        if (token.code.length == 0) revert SplitTokenHasNoCode(token);
        return IERC20(token).balanceOf(address(this));
    }

    function _shareOrRevert(address account) private view returns (uint256 share) {
        share = _shareOf(account);
        if (share == 0) revert SplitNotAccount(account);
    }

    function _shareOf(address account) private view returns (uint16) {
        bytes memory args = _args();
        uint256 n = args.length / SplitArgs.ENTRY;
        for (uint256 i; i < n; ++i) {
            (address a, uint16 s) = SplitArgs.read(args, i);
            if (a == account) return s;
        }
        return 0;
    }

    function _args() private view returns (bytes memory) {
        if (address(this) == _self) revert SplitNotAClone();
        return Clones.fetchCloneArgs(address(this));
    }
}
