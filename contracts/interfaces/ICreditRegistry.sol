// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain credit registry
/// @notice A score per account in 0..1000 (500 for a newcomer: tier 1), moved by the outcomes the
/// escrow and the arbiter panel record against a counterparty (a clean return or a
/// confirmation from the same counterparty moves the score at most once per `pairCooldown`); four tiers map the score to rental terms (active
/// rental limit, deposit and pledge multipliers); governors blacklist accounts; a signed
/// third-party baseline can set a newcomer's starting score.
///
/// Outcome codes: 0 CompletedOnTime, 1 ReturnedLate, 2 Defaulted, 3 DamageCaused,
/// 4 DisputeWon, 5 DisputeLost, 6 AssetConfirmed (provider), 7 Baseline (attested score),
/// 8 NoShow (renter), 9 ProviderCancelled (provider).
interface ICreditRegistry {
    /// @notice The terms of one tier.
    /// @param minScore Lowest score in the tier; tier 0 starts at 0 and minScores strictly ascend.
    /// @param maxActiveRentals How many rentals an account of the tier may hold at once.
    /// @param depositBps Deposit multiplier in bps of the listed deposit.
    /// @param pledgeBps Pledge multiplier in bps of the escrow's base pledge.
    struct Tier {
        uint16 minScore;
        uint16 maxActiveRentals;
        uint16 depositBps;
        uint16 pledgeBps;
    }

    /// @notice Thrown when `account` already has a recorded outcome or baseline.
    error BaselineNotAllowed(address account);
    /// @notice Thrown when tier settings break the rules: tier ≤ 3, tier 0 has minScore 0,
    /// minScores ≤ 1000 and strictly ascending.
    error BadTier(uint8 tier, uint16 minScore);
    /// @notice Thrown when `outcome` is not a code that can be recorded (0..6, 8, 9).
    error CreditUnknownOutcome(uint8 outcome);
    /// @notice Thrown when a delta is outside -1000..1000.
    error CreditDeltaOutOfRange(int16 delta);
    /// @notice Thrown when a score is above 1000.
    error CreditScoreOutOfRange(uint16 score);
    /// @notice Thrown when a baseline signature is submitted after its `deadline`.
    error CreditSignatureExpired(uint256 deadline);
    /// @notice Thrown when a baseline signature with this EIP-712 `digest` was already used.
    error CreditSignatureUsed(bytes32 digest);
    /// @notice Thrown when a baseline was not signed by a `CREDIT_ORACLE_ROLE` account.
    error CreditInvalidSigner(address signer);
    /// @notice Thrown when blacklisting an account that is blacklisted already.
    error CreditAlreadyBlacklisted(address account);
    /// @notice Thrown when unblacklisting an account that is not blacklisted.
    error CreditNotBlacklisted(address account);
    /// @notice Thrown when a pair cooldown is above 365 days.
    error CreditInvalidPairCooldown(uint64 cooldown);

    /// @notice Emitted for every recorded outcome, just before its {ScoreChanged}.
    event OutcomeRecorded(address indexed account, address indexed counterparty, uint8 indexed outcome);
    /// @notice Emitted at construction and at each {setPairCooldown}.
    event PairCooldownSet(uint64 cooldown);
    /// @notice Emitted at construction: the score of an account with nothing recorded.
    event NewcomerScoreSet(uint16 score);
    /// @notice Emitted for every recorded outcome and baseline, even when the score does not move.
    event ScoreChanged(address indexed account, uint16 oldScore, uint16 newScore, uint8 indexed outcome);
    /// @notice Emitted when `account` is blacklisted; `reasonHash` is the hash of the reason document.
    event Blacklisted(address indexed account, bytes32 reasonHash);
    /// @notice Emitted when `account` leaves the blacklist.
    event Unblacklisted(address indexed account);
    /// @notice Emitted for every tier setting, the deployed defaults included.
    event TierSet(uint8 indexed tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps);
    /// @notice Emitted for every outcome delta setting, the deployed defaults included.
    event OutcomeDeltaSet(uint8 indexed outcome, int16 delta);

    /// @notice Records `outcome` for `account` against `counterparty` (the other side of the
    /// rental) and moves the score by its delta, clamped to 0..1000. CompletedOnTime (0) and
    /// AssetConfirmed (6) from the same counterparty apply only when `block.timestamp` is at
    /// least the last applied one for that (account, counterparty) pair plus `pairCooldown`;
    /// inside the cooldown the outcome is still recorded, with the score unchanged (and it
    /// counts as recorded: no baseline can follow). The first one from a counterparty always
    /// applies. Every other outcome always applies.
    ///
    /// Requirements:
    /// - the caller holds `RECORDER_ROLE` (the escrow and the arbiter panel);
    /// - `outcome` is 0..6, 8 or 9.
    ///
    /// Emits an {OutcomeRecorded} then a {ScoreChanged} event.
    function recordOutcome(address account, address counterparty, uint8 outcome) external;

    /// @notice Sets the cooldown between two positive outcomes from one counterparty.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `cooldown <= 365 days`.
    ///
    /// It applies at once, to outcomes applied before it too.
    ///
    /// Emits a {PairCooldownSet} event.
    function setPairCooldown(uint64 cooldown) external;

    /// @notice Blacklists `account`: it can neither list nor rent.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `account` is not blacklisted.
    ///
    /// Emits a {Blacklisted} event.
    function blacklist(address account, bytes32 reasonHash) external;

    /// @notice Takes `account` off the blacklist.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `account` is blacklisted.
    ///
    /// Emits an {Unblacklisted} event.
    function unblacklist(address account) external;

    /// @notice Sets the starting score of a newcomer from a credit oracle's EIP-712
    /// `Baseline(address account,uint16 score,uint256 deadline)` signature; anyone may submit it.
    ///
    /// Requirements:
    /// - `block.timestamp <= deadline`, the signature was never used, and its signer holds
    ///   `CREDIT_ORACLE_ROLE`;
    /// - `score <= 1000`; `account` has no recorded outcome and no earlier baseline.
    ///
    /// Emits a {ScoreChanged} event with outcome 7.
    function attestBaseline(address account, uint16 score, uint256 deadline, bytes calldata signature) external;

    /// @notice Sets the terms of `tier`.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`;
    /// - `tier <= 3`, tier 0 keeps minScore 0, minScores stay ≤ 1000 and strictly ascending.
    ///
    /// Emits a {TierSet} event.
    function setTier(uint8 tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps) external;

    /// @notice Sets the score delta of `outcome`.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; `outcome` is 0..6, 8 or 9; `delta` is in -1000..1000.
    ///
    /// Emits an {OutcomeDeltaSet} event.
    function setOutcomeDelta(uint8 outcome, int16 delta) external;

    /// @notice Seconds between two score-moving CompletedOnTime or AssetConfirmed outcomes of one
    /// account from one counterparty.
    function pairCooldown() external view returns (uint64);

    /// @notice When the last CompletedOnTime or AssetConfirmed of `account` from `counterparty`
    /// that moved the score was recorded (unix seconds), zero when none: the next one moves the
    /// score from `pairAppliedAt + pairCooldown` on.
    function pairAppliedAt(address account, address counterparty) external view returns (uint64);

    /// @notice The score of `account`: the newcomer score (500) until something is recorded.
    function scoreOf(address account) external view returns (uint16);

    /// @notice The highest tier whose minScore is at most the score of `account`.
    function tierOf(address account) external view returns (uint8);

    /// @notice The terms of the tier of `account`.
    function termsOf(address account)
        external
        view
        returns (uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps);

    /// @notice True while `account` is blacklisted.
    function isBlacklisted(address account) external view returns (bool);

    /// @notice The settings of `tier` (0..3).
    function getTier(uint8 tier) external view returns (Tier memory);

    /// @notice The score delta of `outcome` (0..6, 8, 9).
    function outcomeDelta(uint8 outcome) external view returns (int16);
}
