// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "./interfaces/IArbitration.sol";
import {ICreditRegistry} from "./interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "./interfaces/IPledgeEscrow.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Sharechain arbiter panel
/// @notice Evidence, votes and median rulings for the escrow's disputes. The panel is the
/// set of `ARBITER_ROLE` accounts at voting time; a dispute keeps the quorum and voting
/// period in force when it was opened. A dispute holds at most {MAX_VOTES} votes, which
/// bounds the sort at {execute}.
contract Arbitration is IArbitration, AccessControl, ReentrancyGuardTransient {
    /// @notice Role whose holders vote.
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice Role that sets the quorum and voting period.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice The most votes one dispute takes (and the highest quorum).
    uint16 public constant MAX_VOTES = 31;
    /// @notice The ruling with no vote, and the line between the provider winning (≥) and losing.
    uint16 public constant NEUTRAL_SHARE_BPS = 5000;

    uint8 private constant OUTCOME_DISPUTE_WON = 4;
    uint8 private constant OUTCOME_DISPUTE_LOST = 5;

    IPledgeEscrow private immutable _escrow;
    ICreditRegistry private immutable _credit;
    uint16 private _quorum;
    uint64 private _votingPeriod;
    uint256 private _lastDisputeId;

    mapping(uint256 disputeId => Dispute) private _disputes;
    mapping(uint256 disputeId => uint16[]) private _votes;
    mapping(uint256 disputeId => mapping(address arbiter => bool)) private _voted;
    mapping(uint256 rentalId => uint256 disputeId) private _disputeOf;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    /// @param escrow_ The escrow whose disputes this panel rules.
    /// @param credit The credit registry (this panel needs its `RECORDER_ROLE`).
    /// @param quorum_ Votes needed to execute before the deadline.
    /// @param votingPeriod_ Seconds a dispute stays open for votes.
    constructor(address admin, IPledgeEscrow escrow_, ICreditRegistry credit, uint16 quorum_, uint64 votingPeriod_) {
        if (address(escrow_) == address(0) || address(credit) == address(0)) revert ArbitrationZeroAddress();
        _escrow = escrow_;
        _credit = credit;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setPanel(quorum_, votingPeriod_);
    }

    /// @inheritdoc IArbitration
    function createDispute(uint256 rentalId, address opener, address renter, address provider)
        external
        returns (uint256 disputeId)
    {
        if (msg.sender != address(_escrow)) revert OnlyEscrow(msg.sender);
        uint256 existing = _disputeOf[rentalId];
        if (existing != 0) revert ArbitrationRentalDisputed(rentalId, existing);

        disputeId = ++_lastDisputeId;
        uint64 deadline = uint64(block.timestamp) + _votingPeriod;
        _disputes[disputeId] = Dispute({
            rentalId: rentalId,
            opener: opener,
            renter: renter,
            provider: provider,
            votingDeadline: deadline,
            quorum: _quorum,
            executed: false,
            ruling: 0
        });
        _disputeOf[rentalId] = disputeId;
        emit DisputeCreated(disputeId, rentalId, opener, renter, provider, deadline);
    }

    /// @inheritdoc IArbitration
    function submitEvidence(uint256 disputeId, string calldata uri) external {
        Dispute storage d = _open(disputeId);
        if (msg.sender != d.renter && msg.sender != d.provider) revert ArbitrationNotParty(disputeId, msg.sender);
        emit Evidence(address(this), disputeId, msg.sender, uri);
    }

    /// @inheritdoc IArbitration
    function vote(uint256 disputeId, uint16 providerShareBps) external {
        if (!hasRole(ARBITER_ROLE, msg.sender)) revert NotArbiter(msg.sender);
        Dispute storage d = _open(disputeId);
        if (msg.sender == d.renter || msg.sender == d.provider) {
            revert ArbitrationPartyCannotVote(disputeId, msg.sender);
        }
        if (block.timestamp > d.votingDeadline) revert ArbitrationVotingClosed(disputeId, d.votingDeadline);
        if (_voted[disputeId][msg.sender]) revert ArbitrationAlreadyVoted(disputeId, msg.sender);
        if (providerShareBps > 10_000) revert ArbitrationInvalidShare(providerShareBps);
        uint16[] storage votes = _votes[disputeId];
        if (votes.length >= MAX_VOTES) revert ArbitrationTooManyVotes(disputeId, MAX_VOTES);

        _voted[disputeId][msg.sender] = true;
        votes.push(providerShareBps);
        emit Voted(disputeId, msg.sender, providerShareBps);
    }

    /// @inheritdoc IArbitration
    function execute(uint256 disputeId) external nonReentrant {
        Dispute storage d = _open(disputeId);
        uint16[] memory votes = _votes[disputeId];
        if (votes.length < d.quorum && block.timestamp <= d.votingDeadline) {
            revert ArbitrationNotExecutable(disputeId, votes.length, d.quorum);
        }

        uint16 ruling = _median(votes);
        d.executed = true;
        d.ruling = ruling;
        emit Ruling(disputeId, ruling);

        _escrow.resolveDispute(d.rentalId, ruling);
        bool providerWon = ruling >= NEUTRAL_SHARE_BPS;
        // each side's outcome names the other side as its counterparty.
        _credit.recordOutcome(d.provider, d.renter, providerWon ? OUTCOME_DISPUTE_WON : OUTCOME_DISPUTE_LOST);
        _credit.recordOutcome(d.renter, d.provider, providerWon ? OUTCOME_DISPUTE_LOST : OUTCOME_DISPUTE_WON);
    }

    /// @inheritdoc IArbitration
    function setPanel(uint16 quorum_, uint64 votingPeriod_) external onlyRole(GOVERNOR_ROLE) {
        _setPanel(quorum_, votingPeriod_);
    }

    /// @inheritdoc IArbitration
    function disputeOf(uint256 rentalId) external view returns (uint256) {
        return _disputeOf[rentalId];
    }

    /// @inheritdoc IArbitration
    function quorum() external view returns (uint16) {
        return _quorum;
    }

    /// @inheritdoc IArbitration
    function votingPeriod() external view returns (uint64) {
        return _votingPeriod;
    }

    /// @inheritdoc IArbitration
    function escrow() external view returns (address) {
        return address(_escrow);
    }

    /// @inheritdoc IArbitration
    function getDispute(uint256 disputeId) external view returns (Dispute memory) {
        return _disputes[disputeId];
    }

    /// @inheritdoc IArbitration
    function votesOf(uint256 disputeId) external view returns (uint16[] memory) {
        return _votes[disputeId];
    }

    /// @inheritdoc IArbitration
    function hasVoted(uint256 disputeId, address arbiter) external view returns (bool) {
        return _voted[disputeId][arbiter];
    }

    /// @inheritdoc IArbitration
    function disputeCount() external view returns (uint256) {
        return _lastDisputeId;
    }

    function _setPanel(uint16 quorum_, uint64 votingPeriod_) private {
        if (quorum_ == 0 || quorum_ > MAX_VOTES || votingPeriod_ == 0) {
            revert ArbitrationInvalidPanel(quorum_, votingPeriod_);
        }
        _quorum = quorum_;
        _votingPeriod = votingPeriod_;
        emit PanelSet(quorum_, votingPeriod_);
    }

    /// @dev The dispute, which must exist and not be executed.
    function _open(uint256 disputeId) private view returns (Dispute storage d) {
        d = _disputes[disputeId];
        if (d.votingDeadline == 0) revert ArbitrationUnknownDispute(disputeId);
        if (d.executed) revert AlreadyExecuted(disputeId);
    }

    /// @dev The lower middle of the sorted votes, NEUTRAL_SHARE_BPS for none. Insertion sort
    /// over at most MAX_VOTES entries.
    function _median(uint16[] memory votes) private pure returns (uint16) {
        uint256 n = votes.length;
        if (n == 0) return NEUTRAL_SHARE_BPS;
        for (uint256 i = 1; i < n; ++i) {
            uint16 key = votes[i];
            uint256 j = i;
            while (j > 0 && votes[j - 1] > key) {
                votes[j] = votes[j - 1];
                --j;
            }
            votes[j] = key;
        }
        return votes[(n - 1) / 2];
    }
}
