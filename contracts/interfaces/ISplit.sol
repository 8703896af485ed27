// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain split
/// @notice Income shared by fixed co-owners (made by the {ISplitFactory}). Anyone may pay any
/// ERC-20 to the split; each account pulls (or anyone pulls for it) its share with {release}:
/// floor(totalReceived(token) × share / 10 000) less what it already released, where
/// totalReceived = the split's balance + everything released so far (PaymentSplitter
/// accounting). Σ floor(T × sᵢ / 10 000) ≤ T, so the payouts never exceed what came in; the
/// rounding dust (under one base unit per account) stays in the split and is paid out as more
/// income arrives.
///
/// Token behaviour this accounting assumes (documented, not enforced):
/// - Fee-on-transfer tokens: the split counts what it actually holds, so an inbound fee simply
///   is not income; an outbound fee is paid by the receiving account (`released` counts what
///   left the split, the account gets less).
/// - Rebasing tokens: a positive rebase is income like any other; a negative rebase lowers
///   totalReceived, so accounts that released before it keep what they took and the loss
///   falls on what is still unreleased; a payout is capped at the split's balance.
/// - Tokens that block an account (USDC-style) only stop that account's releases.
/// - Ether sent to a split is refused (no receive function).
///
/// Reads during a token callback are unsafe: mid-transfer the balance and the released
/// totals disagree, so {releasable} and {totalReceived} revert (`ReentrancyGuardReentrantCall`)
/// while a {release} is running, and {release} cannot be re-entered.
interface ISplit {
    /// @notice Thrown when `account` is not one of the split's accounts.
    error SplitNotAccount(address account);
    /// @notice Thrown when `token` has no code, so it cannot be an ERC-20.
    error SplitTokenHasNoCode(address token);
    /// @notice Thrown when the split implementation itself is used: only its clones (made by the
    /// factory) carry accounts and shares.
    error SplitNotAClone();

    /// @notice Emitted when `amount` of `token` is paid to `account`.
    /// @param token The ERC-20 released.
    /// @param account The co-owner paid.
    /// @param amount What left the split (a fee-on-transfer token delivers less).
    event Released(address indexed token, address indexed account, uint256 amount);

    /// @notice Pays `account` what it is owed of `token`: {releasable}. Anyone may call it; the
    /// tokens always go to `account`. Releasing when nothing is owed is a no-op that returns 0
    /// and emits nothing, so a keeper can sweep every account without failing on settled ones.
    ///
    /// Requirements:
    /// - `account` is one of the split's accounts;
    /// - `token` has code, and its transfer to `account` succeeds (SafeERC20);
    /// - not called from within another {release} (reentrancy guard).
    ///
    /// Emits a {Released} event when it pays.
    /// @return amount What was paid (0 when nothing was owed).
    function release(address token, address account) external returns (uint256 amount);

    /// @notice What {release} would pay `account` of `token` now:
    /// min(floor(totalReceived × share / 10 000) − released, balance), 0 when negative.
    ///
    /// Requirements: `account` is one of the split's accounts; no {release} is running.
    function releasable(address token, address account) external view returns (uint256);

    /// @notice What `account` has released of `token` so far (0 for any other address).
    function released(address token, address account) external view returns (uint256);

    /// @notice What all accounts together have released of `token` so far.
    function totalReleased(address token) external view returns (uint256);

    /// @notice Everything the split has received of `token`: its balance + {totalReleased}.
    ///
    /// Requirements: `token` has code; no {release} is running.
    function totalReceived(address token) external view returns (uint256);

    /// @notice The split's accounts and their shares in bps, in creation order.
    /// @return accounts The co-owners.
    /// @return sharesBps Their shares (summing to 10 000).
    function accounts() external view returns (address[] memory accounts, uint16[] memory sharesBps);

    /// @notice The share of `account` in bps, 0 when it is not one of the split's accounts.
    function shareOf(address account) external view returns (uint16);

    /// @notice The factory that made the split implementation.
    function factory() external view returns (address);
}
