// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain split factory
/// @notice Makes {ISplit} contracts: a split holds income (any ERC-20) for 1 to 16 co-owners
/// with fixed shares in bps summing to 10 000, and each co-owner pulls its share. A listing's
/// `payee` set to a split pays the co-owners (DESIGN §6.4). The indexer discovers every split
/// from {SplitCreated} and follows it from the block of its creation.
///
/// A split's address depends only on the factory, its creator and its accounts and shares
/// (CREATE2, see {predictSplit}), never on other transactions: a reorg that reorders
/// `createSplit` calls cannot swap two splits' addresses under a payee set to one of them.
/// Hence one creator can make a given (accounts, shares) split only once ({SplitExists});
/// reusing that split is equivalent, since its payouts depend only on those shares.
interface ISplitFactory {
    /// @notice Why a {createSplit} was refused; the `index` and `value` of {InvalidSplit} are
    /// documented per fault.
    enum SplitFault {
        /// no account given (index 0, value 0)
        NoAccounts,
        /// more than {MAX_ACCOUNTS} accounts (index 0, value = the number given)
        TooManyAccounts,
        /// `sharesBps` is not as long as `accounts` (index = accounts' length, value = shares' length)
        LengthMismatch,
        /// the account at `index` is zero (value 0)
        ZeroAccount,
        /// the account at `index` already appears at position `value`
        DuplicateAccount,
        /// the share at `index` is zero (value 0)
        ZeroShare,
        /// the shares sum to `value`, not 10 000 (index 0)
        SharesNotTotal
    }

    /// @notice Thrown when the accounts and shares given to {createSplit} do not make a valid
    /// split.
    /// @param fault What is wrong.
    /// @param index The offending position (see {SplitFault}).
    /// @param value The offending value (see {SplitFault}).
    error InvalidSplit(SplitFault fault, uint256 index, uint256 value);
    /// @notice Thrown when the caller already created the split with these accounts and shares,
    /// at `split` (use it: it pays the same).
    error SplitExists(address split);

    /// @notice Emitted when `creator` creates `split`.
    /// @param split The new split.
    /// @param creator The caller of {createSplit}.
    /// @param accounts The co-owners, in the order given.
    /// @param sharesBps Each co-owner's share in bps, in the same order; they sum to 10 000.
    event SplitCreated(address indexed split, address indexed creator, address[] accounts, uint16[] sharesBps);

    /// @notice Creates a split paying `accounts[i]` the share `sharesBps[i]` / 10 000 of every
    /// ERC-20 it receives. The accounts and shares never change.
    ///
    /// Requirements:
    /// - 1 to {MAX_ACCOUNTS} accounts, none zero, no two equal;
    /// - as many shares as accounts, none zero, summing to 10 000;
    /// - the caller has not created this same split before.
    ///
    /// Emits a {SplitCreated} event.
    /// @param accounts The co-owners.
    /// @param sharesBps Their shares in bps.
    /// @return split The new split's address, equal to {predictSplit} of the caller and the same arguments.
    function createSplit(address[] calldata accounts, uint16[] calldata sharesBps) external returns (address split);

    /// @notice The address {createSplit} gives (or gave) `creator` for these accounts and shares
    /// (whether or not they are valid or the split exists yet).
    function predictSplit(address creator, address[] calldata accounts, uint16[] calldata sharesBps)
        external
        view
        returns (address);

    /// @notice The split implementation every split delegates to.
    function implementation() external view returns (address);

    /// @notice The most accounts a split can have (16).
    function MAX_ACCOUNTS() external view returns (uint256);
}
