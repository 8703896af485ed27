// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Split} from "../../../contracts/Split.sol";
import {ISplit} from "../../../contracts/interfaces/ISplit.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdAssertions} from "forge-std/StdAssertions.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice A token the handler can mint (tUSD, or the USDT-style token without return values).
interface IMintable {
    function mint(address to, uint256 amount) external;
    function balanceOf(address account) external view returns (uint256);
    function transfer(address to, uint256 amount) external;
}

/// @notice The actors around one split: payers (an escrow paying a payee, a tenant) send it
/// income in two tokens, keepers and co-owners release, strangers try to. Every input is
/// bounded, every call made as `msg.sender` through `vm.prank`; the handler keeps ghost totals
/// of what was paid in and out, and counts each action that reached its state change
/// (`ghost_successes`) and each refusal path it tried (`ghost_probes`).
/// No action reverts: a revert is a disagreement with the spec (fail-on-revert).
contract SplitHandler is CommonBase, StdCheats, StdUtils, StdAssertions {
    uint256 internal constant BPS = 10_000;

    Split public immutable split;
    address[] internal _accounts;
    uint16[] internal _shares;
    address[] internal _tokens;
    address[] internal _callers;
    bytes4[] internal _actions;
    bytes32[] internal _probes;

    /// @notice Everything paid into the split, per token.
    mapping(address token => uint256) public ghost_received;
    /// @notice Everything a release returned, per token and account.
    mapping(address token => mapping(address account => uint256)) public ghost_released;
    /// @notice Successful calls per action.
    mapping(bytes4 selector => uint256) public ghost_successes;
    /// @notice How often each refusal path was tried and refused as specified.
    mapping(bytes32 probe => uint256) public ghost_probes;
    /// @notice Handler calls made, successful or not.
    uint256 public ghost_calls;

    constructor(Split split_, address[] memory tokens_) {
        split = split_;
        (_accounts, _shares) = split_.accounts();
        _tokens = tokens_;
        for (uint256 i; i < _accounts.length; ++i) {
            _callers.push(_accounts[i]);
        }
        _callers.push(makeAddr("keeper"));
        _callers.push(makeAddr("payer"));
        _actions.push(this.pay.selector);
        _actions.push(this.payDust.selector);
        _actions.push(this.release.selector);
        _actions.push(this.releaseAll.selector);
        _actions.push(this.releaseByStranger.selector);
        _probes.push("release with nothing owed");
        _probes.push("release for a stranger");
    }

    // ---------------------------------------------------------------- actions

    /// @notice A payer sends up to 10^30 base units of a token to the split.
    function pay(uint256 tokenSeed, uint256 payerSeed, uint256 amount) external {
        ++ghost_calls;
        amount = bound(amount, 1, 1e30);
        _payIn(_token(tokenSeed), _caller(payerSeed), amount);
        ghost_successes[this.pay.selector]++;
    }

    /// @notice A payer sends 1 to 3 units: incomes smaller than the accounts' number, all rounding.
    function payDust(uint256 tokenSeed, uint256 units) external {
        ++ghost_calls;
        _payIn(_token(tokenSeed), makeAddr("payer"), bound(units, 1, 3));
        ghost_successes[this.payDust.selector]++;
    }

    /// @notice Anyone releases one account's share: it pays exactly what {Split.releasable} said,
    /// to the account, and nothing stays releasable for it.
    function release(uint256 tokenSeed, uint256 accountSeed, uint256 callerSeed) external {
        ++ghost_calls;
        address token = _token(tokenSeed);
        address account = _accounts[bound(accountSeed, 0, _accounts.length - 1)];
        uint256 expected = split.releasable(token, account);
        uint256 before = IMintable(token).balanceOf(account);
        vm.prank(_caller(callerSeed));
        uint256 paid = split.release(token, account);
        assertEq(paid, expected, "release paid other than releasable");
        assertEq(IMintable(token).balanceOf(account) - before, paid, "the account got other than paid");
        assertEq(split.releasable(token, account), 0, "still releasable after release");
        ghost_released[token][account] += paid;
        if (paid > 0) ghost_successes[this.release.selector]++;
        else ghost_probes["release with nothing owed"]++;
    }

    /// @notice A keeper releases every account: afterwards less than one unit per account stays.
    function releaseAll(uint256 tokenSeed) external {
        ++ghost_calls;
        address token = _token(tokenSeed);
        vm.startPrank(makeAddr("keeper"));
        for (uint256 i; i < _accounts.length; ++i) {
            ghost_released[token][_accounts[i]] += split.release(token, _accounts[i]);
        }
        vm.stopPrank();
        assertLt(IMintable(token).balanceOf(address(split)), _accounts.length, "more than dust left");
        ghost_successes[this.releaseAll.selector]++;
    }

    /// @notice Someone releases for an address that is not an account: refused with SplitNotAccount.
    function releaseByStranger(uint256 tokenSeed, address stranger) external {
        ++ghost_calls;
        for (uint256 i; i < _accounts.length; ++i) {
            if (stranger == _accounts[i]) stranger = makeAddr("stranger");
        }
        address token = _token(tokenSeed);
        try split.release(token, stranger) {
            revert("a stranger was paid");
        } catch (bytes memory err) {
            assertEq(err, abi.encodeWithSelector(ISplit.SplitNotAccount.selector, stranger), "wrong refusal");
        }
        ghost_probes["release for a stranger"]++;
        ghost_successes[this.releaseByStranger.selector]++;
    }

    // ---------------------------------------------------------------- views for the invariants

    function actions() external view returns (bytes4[] memory) {
        return _actions;
    }

    function probes() external view returns (bytes32[] memory) {
        return _probes;
    }

    function accounts() external view returns (address[] memory, uint16[] memory) {
        return (_accounts, _shares);
    }

    function tokens() external view returns (address[] memory) {
        return _tokens;
    }

    // ---------------------------------------------------------------- helpers

    function _payIn(address token, address from, uint256 amount) internal {
        IMintable(token).mint(from, amount);
        vm.prank(from);
        IMintable(token).transfer(address(split), amount);
        ghost_received[token] += amount;
    }

    function _token(uint256 seed) internal view returns (address) {
        return _tokens[bound(seed, 0, _tokens.length - 1)];
    }

    function _caller(uint256 seed) internal view returns (address) {
        return _callers[bound(seed, 0, _callers.length - 1)];
    }
}
