// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain credit registry
/// @notice A score per account in 0..1000 (600 for a newcomer), moved by the outcomes the
/// escrow and the arbiter panel record; four tiers map the score to rental terms (active
/// rental limit, deposit and pledge multipliers); governors blacklist accounts; a signed
/// third-party baseline can set a newcomer's starting score.
///
/// Outcome codes: 0 CompletedOnTime, 1 ReturnedLate, 2 Defaulted, 3 DamageCaused,
/// 4 DisputeWon, 5 DisputeLost, 6 AssetConfirmed (provider), 7 Baseline (attested score).
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
    /// @notice Thrown when `outcome` is not a code that can be recorded (0..6).
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

    /// @notice Moves the score of `account` by the delta of `outcome`, clamped to 0..1000.
    ///
    /// Requirements:
    /// - the caller holds `RECORDER_ROLE` (the escrow and the arbiter panel);
    /// - `outcome` is 0..6.
    ///
    /// Emits a {ScoreChanged} event.
    function recordOutcome(address account, uint8 outcome) external;

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
    /// - the caller holds `GOVERNOR_ROLE`; `outcome` is 0..6; `delta` is in -1000..1000.
    ///
    /// Emits an {OutcomeDeltaSet} event.
    function setOutcomeDelta(uint8 outcome, int16 delta) external;

    /// @notice The score of `account`: 600 until something is recorded.
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

    /// @notice The score delta of `outcome` (0..6).
    function outcomeDelta(uint8 outcome) external view returns (int16);
}
