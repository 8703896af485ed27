// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Split} from "./Split.sol";
import {ISplitFactory} from "./interfaces/ISplitFactory.sol";
import {SplitArgs} from "./libraries/SplitArgs.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Sharechain split factory
/// @notice Makes splits as ERC-1167 clones of one {Split} implementation with the accounts
/// and shares appended as immutable arguments (see {Split} for why: a two-owner split costs a
/// CREATE2 and ~18 000 gas of code deposit instead of a full deployment, and there is no
/// initializer to call twice). The factory keeps no state: a split's accounts and shares live
/// only in its own code, so they can never change.
///
/// Clones are made with CREATE2 and the salt is the creator, so a split's address is a
/// function of (factory, creator, accounts, shares) — see {ISplitFactory}. That also means a
/// split can never be one of its own accounts (its address would have to be a keccak fixed
/// point of its arguments), which matters: a release to itself would count as released while
/// the tokens stayed, inflating what the others are owed.
contract SplitFactory is ISplitFactory {
    /// @inheritdoc ISplitFactory
    uint256 public constant MAX_ACCOUNTS = 16;
    uint256 private constant TOTAL_BPS = 10_000;

    address private immutable _implementation;

    constructor() {
        _implementation = address(new Split());
    }

    /// @inheritdoc ISplitFactory
    function createSplit(address[] calldata accounts, uint16[] calldata sharesBps) external returns (address split) {
        bytes memory args = _encode(accounts, sharesBps);
        bytes32 salt = _salt(msg.sender);
        split = Clones.predictDeterministicAddressWithImmutableArgs(_implementation, args, salt);
        // CREATE2 onto an existing split would fail with a bare FailedDeployment; say which split it is.
        if (split.code.length != 0) revert SplitExists(split);
        Clones.cloneDeterministicWithImmutableArgs(_implementation, args, salt);
        emit SplitCreated(split, msg.sender, accounts, sharesBps);
    }

    /// @inheritdoc ISplitFactory
    function predictSplit(address creator, address[] calldata accounts, uint16[] calldata sharesBps)
        external
        view
        returns (address)
    {
        uint256 n = Math.min(accounts.length, sharesBps.length);
        bytes memory args = new bytes(n * SplitArgs.ENTRY);
        for (uint256 i; i < n; ++i) {
            SplitArgs.write(args, i, accounts[i], sharesBps[i]);
        }
        return Clones.predictDeterministicAddressWithImmutableArgs(_implementation, args, _salt(creator));
    }

    /// @inheritdoc ISplitFactory
    function implementation() external view returns (address) {
        return _implementation;
    }

    /// @dev checks the split (every {SplitFault}) and packs it as the clone's arguments, in one pass.
    function _encode(address[] calldata accounts, uint16[] calldata sharesBps)
        private
        pure
        returns (bytes memory args)
    {
        uint256 n = accounts.length;
        if (n == 0) revert InvalidSplit(SplitFault.NoAccounts, 0, 0);
        if (n > MAX_ACCOUNTS) revert InvalidSplit(SplitFault.TooManyAccounts, 0, n);
        if (sharesBps.length != n) revert InvalidSplit(SplitFault.LengthMismatch, n, sharesBps.length);
        args = new bytes(n * SplitArgs.ENTRY);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            address account = accounts[i];
            if (account == address(0)) revert InvalidSplit(SplitFault.ZeroAccount, i, 0);
            // at most 16 accounts: 120 comparisons, cheaper than sorting or a storage set.
            for (uint256 j; j < i; ++j) {
                if (accounts[j] == account) revert InvalidSplit(SplitFault.DuplicateAccount, i, j);
            }
            uint16 share = sharesBps[i];
            if (share == 0) revert InvalidSplit(SplitFault.ZeroShare, i, 0);
            total += share;
            SplitArgs.write(args, i, account, share);
        }
        if (total != TOTAL_BPS) revert InvalidSplit(SplitFault.SharesNotTotal, 0, total);
    }

    /// @dev the creator's address as the CREATE2 salt: nobody else can take its split addresses.
    function _salt(address creator) private pure returns (bytes32) {
        return bytes32(uint256(uint160(creator)));
    }
}
