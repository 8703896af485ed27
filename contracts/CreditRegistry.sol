// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "./interfaces/ICreditRegistry.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title Sharechain credit registry
/// @notice Scores, tiers, blacklist and signed third-party baselines. Every setting and
/// every score move is an event, the deployed defaults included, so an indexer rebuilds
/// terms and scores from logs alone.
contract CreditRegistry is ICreditRegistry, AccessControl, EIP712 {
    /// @notice Role that records outcomes (the escrow and the arbiter panel).
    bytes32 public constant RECORDER_ROLE = keccak256("RECORDER_ROLE");
    /// @notice Role that sets tiers and deltas and keeps the blacklist.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice Role whose signatures set baselines.
    bytes32 public constant CREDIT_ORACLE_ROLE = keccak256("CREDIT_ORACLE_ROLE");
    /// @notice EIP-712 type hash of an oracle's signed baseline.
    bytes32 public constant BASELINE_TYPEHASH = keccak256("Baseline(address account,uint16 score,uint256 deadline)");

    /// @notice The score of an account with nothing recorded (tier 1 under the deployed tiers).
    uint16 public constant NEWCOMER_SCORE = 500;
    /// @notice The pair cooldown set at construction.
    uint64 public constant DEFAULT_PAIR_COOLDOWN = 30 days;
    /// @notice The longest pair cooldown {setPairCooldown} accepts.
    uint64 public constant MAX_PAIR_COOLDOWN = 365 days;
    /// @notice The highest score.
    uint16 public constant MAX_SCORE = 1000;
    /// @notice The largest move one outcome may make, either way.
    int16 public constant MAX_DELTA = 1000;
    /// @notice The number of tiers (0..3).
    uint8 public constant TIER_COUNT = 4;
    /// @notice One past the highest outcome code (0..9); 7 (Baseline) is not recordable.
    uint8 public constant OUTCOME_COUNT = 10;
    /// @notice The outcome code that {attestBaseline} reports in {ScoreChanged}.
    uint8 public constant OUTCOME_BASELINE = 7;
    /// @notice A renter's clean return: moves the score once per pair cooldown per counterparty.
    uint8 public constant OUTCOME_COMPLETED_ON_TIME = 0;
    /// @notice A provider's asset confirmed by a renter: moves the score once per pair cooldown
    /// per counterparty.
    uint8 public constant OUTCOME_ASSET_CONFIRMED = 6;

    /// @dev One slot: score (bits 0-15) | touched (16-23) | blacklisted (24-31).
    /// `touched` is set by the first recorded outcome or baseline; until then the score is
    /// NEWCOMER_SCORE and a baseline is still allowed.
    struct Account {
        uint16 score;
        bool touched;
        bool blacklisted;
    }

    mapping(address account => Account) private _accounts;
    /// @dev When the last score-moving CompletedOnTime or AssetConfirmed of an account from a
    /// counterparty was recorded; 0 for none (no block has timestamp 0).
    mapping(address account => mapping(address counterparty => uint64 appliedAt)) private _pairAppliedAt;
    /// @dev Four tiers of four uint16 each: one slot.
    Tier[TIER_COUNT] private _tiers;
    /// @dev Ten int16 deltas (index 7 unused, always 0): one slot.
    int16[OUTCOME_COUNT] private _deltas;
    uint64 private _pairCooldown;
    mapping(bytes32 digest => bool) private _usedDigests;

    /// @notice Announces the newcomer score, the default pair cooldown, the tiers and the deltas
    /// ({NewcomerScoreSet}, {PairCooldownSet}, {TierSet}, {OutcomeDeltaSet}), so an indexer
    /// rebuilds every term from events.
    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    /// @param tiers The four tiers, tier 0 first (see {setTier} for the rules).
    /// @param deltas The score delta of each outcome 0..9; `deltas[7]` (Baseline, not recordable) must be 0.
    constructor(address admin, Tier[TIER_COUNT] memory tiers, int16[OUTCOME_COUNT] memory deltas)
        EIP712("CreditRegistry", "1")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit NewcomerScoreSet(NEWCOMER_SCORE);
        _setPairCooldown(DEFAULT_PAIR_COOLDOWN);
        for (uint8 i = 0; i < TIER_COUNT; ++i) {
            Tier memory t = tiers[i];
            // checked against the tiers below only: the ones above are not set yet.
            if ((i == 0 && t.minScore != 0) || (i > 0 && t.minScore <= tiers[i - 1].minScore) || t.minScore > MAX_SCORE)
            {
                revert BadTier(i, t.minScore);
            }
            _setTier(i, t);
        }
        if (deltas[OUTCOME_BASELINE] != 0) revert CreditUnknownOutcome(OUTCOME_BASELINE);
        for (uint8 o = 0; o < OUTCOME_COUNT; ++o) {
            if (o != OUTCOME_BASELINE) _setOutcomeDelta(o, deltas[o]);
        }
    }

    /// @inheritdoc ICreditRegistry
    function recordOutcome(address account, address counterparty, uint8 outcome) external onlyRole(RECORDER_ROLE) {
        if (!_recordable(outcome)) revert CreditUnknownOutcome(outcome);
        uint16 oldScore = scoreOf(account);
        uint16 newScore = oldScore;
        if (outcome == OUTCOME_COMPLETED_ON_TIME || outcome == OUTCOME_ASSET_CONFIRMED) {
            uint64 appliedAt = _pairAppliedAt[account][counterparty];
            // uint256: appliedAt + cooldown cannot overflow; the first one always applies.
            if (appliedAt == 0 || block.timestamp >= uint256(appliedAt) + _pairCooldown) {
                _pairAppliedAt[account][counterparty] = uint64(block.timestamp);
                newScore = _moved(oldScore, _deltas[outcome]);
            }
        } else {
            newScore = _moved(oldScore, _deltas[outcome]);
        }
        Account storage a = _accounts[account];
        a.score = newScore;
        a.touched = true;
        emit OutcomeRecorded(account, counterparty, outcome);
        emit ScoreChanged(account, oldScore, newScore, outcome);
    }

    /// @inheritdoc ICreditRegistry
    function setPairCooldown(uint64 cooldown) external onlyRole(GOVERNOR_ROLE) {
        _setPairCooldown(cooldown);
    }

    /// @inheritdoc ICreditRegistry
    function blacklist(address account, bytes32 reasonHash) external onlyRole(GOVERNOR_ROLE) {
        Account storage a = _accounts[account];
        if (a.blacklisted) revert CreditAlreadyBlacklisted(account);
        a.blacklisted = true;
        emit Blacklisted(account, reasonHash);
    }

    /// @inheritdoc ICreditRegistry
    function unblacklist(address account) external onlyRole(GOVERNOR_ROLE) {
        Account storage a = _accounts[account];
        if (!a.blacklisted) revert CreditNotBlacklisted(account);
        a.blacklisted = false;
        emit Unblacklisted(account);
    }

    /// @inheritdoc ICreditRegistry
    function attestBaseline(address account, uint16 score, uint256 deadline, bytes calldata signature) external {
        if (block.timestamp > deadline) revert CreditSignatureExpired(deadline);
        if (score > MAX_SCORE) revert CreditScoreOutOfRange(score);
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(BASELINE_TYPEHASH, account, score, deadline)));
        if (_usedDigests[digest]) revert CreditSignatureUsed(digest);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || !hasRole(CREDIT_ORACLE_ROLE, signer)) {
            revert CreditInvalidSigner(signer);
        }
        Account storage a = _accounts[account];
        if (a.touched) revert BaselineNotAllowed(account);
        _usedDigests[digest] = true;
        a.score = score;
        a.touched = true;
        emit ScoreChanged(account, NEWCOMER_SCORE, score, OUTCOME_BASELINE);
    }

    /// @inheritdoc ICreditRegistry
    function setTier(uint8 tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        if (
            tier >= TIER_COUNT || minScore > MAX_SCORE || (tier == 0 && minScore != 0)
                || (tier > 0 && minScore <= _tiers[tier - 1].minScore)
                || (tier + 1 < TIER_COUNT && minScore >= _tiers[tier + 1].minScore)
        ) revert BadTier(tier, minScore);
        _setTier(tier, Tier(minScore, maxActiveRentals, depositBps, pledgeBps));
    }

    /// @inheritdoc ICreditRegistry
    function setOutcomeDelta(uint8 outcome, int16 delta) external onlyRole(GOVERNOR_ROLE) {
        _setOutcomeDelta(outcome, delta);
    }

    /// @inheritdoc ICreditRegistry
    function pairCooldown() external view returns (uint64) {
        return _pairCooldown;
    }

    /// @inheritdoc ICreditRegistry
    function pairAppliedAt(address account, address counterparty) external view returns (uint64) {
        return _pairAppliedAt[account][counterparty];
    }

    /// @inheritdoc ICreditRegistry
    function scoreOf(address account) public view returns (uint16) {
        Account storage a = _accounts[account];
        return a.touched ? a.score : NEWCOMER_SCORE;
    }

    /// @inheritdoc ICreditRegistry
    function tierOf(address account) public view returns (uint8) {
        uint16 score = scoreOf(account);
        // four fixed tiers: this loop is bounded.
        for (uint8 i = TIER_COUNT - 1; i > 0; --i) {
            if (_tiers[i].minScore <= score) return i;
        }
        return 0;
    }

    /// @inheritdoc ICreditRegistry
    function termsOf(address account)
        external
        view
        returns (uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
    {
        Tier storage t = _tiers[tierOf(account)];
        return (t.maxActiveRentals, t.depositBps, t.pledgeBps);
    }

    /// @inheritdoc ICreditRegistry
    function isBlacklisted(address account) external view returns (bool) {
        return _accounts[account].blacklisted;
    }

    /// @inheritdoc ICreditRegistry
    function getTier(uint8 tier) external view returns (Tier memory) {
        if (tier >= TIER_COUNT) revert BadTier(tier, 0);
        return _tiers[tier];
    }

    /// @inheritdoc ICreditRegistry
    function outcomeDelta(uint8 outcome) external view returns (int16) {
        if (!_recordable(outcome)) revert CreditUnknownOutcome(outcome);
        return _deltas[outcome];
    }

    function _setTier(uint8 tier, Tier memory t) private {
        _tiers[tier] = t;
        emit TierSet(tier, t.minScore, t.maxActiveRentals, t.depositBps, t.pledgeBps);
    }

    function _setPairCooldown(uint64 cooldown) private {
        if (cooldown > MAX_PAIR_COOLDOWN) revert CreditInvalidPairCooldown(cooldown);
        _pairCooldown = cooldown;
        emit PairCooldownSet(cooldown);
    }

    function _setOutcomeDelta(uint8 outcome, int16 delta) private {
        if (!_recordable(outcome)) revert CreditUnknownOutcome(outcome);
        if (delta < -MAX_DELTA || delta > MAX_DELTA) {
            revert CreditDeltaOutOfRange(delta);
        }
        _deltas[outcome] = delta;
        emit OutcomeDeltaSet(outcome, delta);
    }

    /// @dev `score` moved by `delta`, clamped to 0..MAX_SCORE.
    function _moved(uint16 score, int16 delta) private pure returns (uint16) {
        int256 moved = int256(uint256(score)) + delta;
        if (moved >= int256(uint256(MAX_SCORE))) return MAX_SCORE;
        if (moved <= 0) return 0;
        // casting to 'uint16' is safe because 0 < moved < MAX_SCORE here
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint16(uint256(moved));
    }

    /// @dev Outcomes 0..6, 8 and 9; 7 (Baseline) comes only from {attestBaseline}.
    function _recordable(uint8 outcome) private pure returns (bool) {
        return outcome < OUTCOME_COUNT && outcome != OUTCOME_BASELINE;
    }
}
