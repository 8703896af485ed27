// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Sharechain arbiter panel
/// @notice Disputes opened in the escrow come here. The parties submit evidence (ERC-1497),
/// `ARBITER_ROLE` accounts vote the provider's share of the deposit, and once the quorum is
/// reached or the voting deadline has passed anyone executes the median vote, which the
/// escrow applies and the credit registry records (DisputeWon / DisputeLost).
interface IArbitration {
    /// @notice One dispute.
    /// @param rentalId The escrow rental under dispute.
    /// @param opener Who opened it (the renter or the provider).
    /// @param renter The rental's renter.
    /// @param provider The rental's provider.
    /// @param votingDeadline Last second (inclusive) at which votes are accepted.
    /// @param quorum Votes needed to execute before the deadline (the panel setting at creation).
    /// @param executed True once the ruling has been applied.
    /// @param ruling The provider's share of the deposit in bps, set at execution.
    struct Dispute {
        uint256 rentalId;
        address opener;
        address renter;
        address provider;
        uint64 votingDeadline;
        uint16 quorum;
        bool executed;
        uint16 ruling;
    }

    /// @notice Thrown when `account`, not the escrow, calls {createDispute}.
    error OnlyEscrow(address account);
    /// @notice Thrown when `account` votes without `ARBITER_ROLE`.
    error NotArbiter(address account);
    /// @notice Thrown when dispute `disputeId` has been executed already.
    error AlreadyExecuted(uint256 disputeId);
    /// @notice Thrown when `disputeId` does not exist.
    error ArbitrationUnknownDispute(uint256 disputeId);
    /// @notice Thrown when `account` is neither the renter nor the provider of `disputeId`.
    error ArbitrationNotParty(uint256 disputeId, address account);
    /// @notice Thrown when a party of `disputeId` tries to vote on it.
    error ArbitrationPartyCannotVote(uint256 disputeId, address account);
    /// @notice Thrown when `arbiter` votes twice on `disputeId`.
    error ArbitrationAlreadyVoted(uint256 disputeId, address arbiter);
    /// @notice Thrown when voting on `disputeId` after its `votingDeadline`.
    error ArbitrationVotingClosed(uint256 disputeId, uint64 votingDeadline);
    /// @notice Thrown when `disputeId` has `votes` of `quorum` votes and its deadline has not passed.
    error ArbitrationNotExecutable(uint256 disputeId, uint256 votes, uint16 quorum);
    /// @notice Thrown when a dispute already has the most votes one dispute may hold.
    error ArbitrationTooManyVotes(uint256 disputeId, uint256 maxVotes);
    /// @notice Thrown when a share is above 10 000 bps.
    error ArbitrationInvalidShare(uint16 providerShareBps);
    /// @notice Thrown when panel settings break the rules: 1 ≤ quorum ≤ MAX_VOTES, votingPeriod > 0.
    error ArbitrationInvalidPanel(uint16 quorum, uint64 votingPeriod);
    /// @notice Thrown when `rentalId` already has the dispute `disputeId`.
    error ArbitrationRentalDisputed(uint256 rentalId, uint256 disputeId);
    /// @notice Thrown when the zero address is passed where a contract is needed.
    error ArbitrationZeroAddress();

    /// @notice Emitted when the escrow opens `disputeId` for `rentalId`.
    event DisputeCreated(
        uint256 indexed disputeId,
        uint256 indexed rentalId,
        address indexed opener,
        address renter,
        address provider,
        uint64 votingDeadline
    );
    /// @notice ERC-1497 evidence: `party` submits the document at `evidence` for dispute
    /// `evidenceGroupID` (the dispute id) before `arbitrator` (this contract).
    event Evidence(address indexed arbitrator, uint256 indexed evidenceGroupID, address indexed party, string evidence);
    /// @notice Emitted when `arbiter` votes `providerShareBps` on `disputeId`.
    event Voted(uint256 indexed disputeId, address indexed arbiter, uint16 providerShareBps);
    /// @notice Emitted when `disputeId` is executed with the median vote.
    event Ruling(uint256 indexed disputeId, uint16 providerShareBps);
    /// @notice Emitted at construction and at each {setPanel}.
    event PanelSet(uint16 quorum, uint64 votingPeriod);

    /// @notice Opens a dispute; called by the escrow from `openDispute`.
    ///
    /// Requirements:
    /// - the caller is the escrow; `rentalId` has no dispute yet.
    ///
    /// Emits a {DisputeCreated} event.
    /// @return disputeId The new dispute id, counting from 1.
    function createDispute(uint256 rentalId, address opener, address renter, address provider)
        external
        returns (uint256 disputeId);

    /// @notice Submits the evidence document at `uri` for `disputeId`.
    ///
    /// Requirements:
    /// - the caller is the renter or the provider; the dispute is not executed.
    ///
    /// Emits an {Evidence} event.
    function submitEvidence(uint256 disputeId, string calldata uri) external;

    /// @notice Votes the provider's share of the deposit for `disputeId`.
    ///
    /// Requirements:
    /// - the caller holds `ARBITER_ROLE`, is not a party, and has not voted on it;
    /// - the dispute is not executed and `block.timestamp <= votingDeadline`;
    /// - `providerShareBps <= 10 000`.
    ///
    /// Emits a {Voted} event.
    function vote(uint256 disputeId, uint16 providerShareBps) external;

    /// @notice Applies the median vote (the lower middle one for an even count, 5 000 with no
    /// vote) to the escrow, and records DisputeWon / DisputeLost (provider wins at ≥ 5 000) for
    /// the provider then the renter, each with the other party as counterparty. Anyone may call.
    ///
    /// Requirements:
    /// - the dispute exists and is not executed;
    /// - it has at least `quorum` votes, or `block.timestamp > votingDeadline`.
    ///
    /// Emits a {Ruling} event.
    function execute(uint256 disputeId) external;

    /// @notice Sets the quorum and voting period for disputes opened afterwards.
    ///
    /// Requirements:
    /// - the caller holds `GOVERNOR_ROLE`; 1 ≤ `quorum` ≤ MAX_VOTES; `votingPeriod > 0`.
    ///
    /// Emits a {PanelSet} event.
    function setPanel(uint16 quorum, uint64 votingPeriod) external;

    /// @notice The dispute of `rentalId`, zero when none.
    function disputeOf(uint256 rentalId) external view returns (uint256);
    /// @notice Votes needed to execute a dispute opened now before its deadline.
    function quorum() external view returns (uint16);
    /// @notice Seconds a dispute opened now stays open for votes.
    function votingPeriod() external view returns (uint64);
    /// @notice The escrow this panel rules for.
    function escrow() external view returns (address);
    /// @notice The dispute `disputeId` (all zero when unknown).
    function getDispute(uint256 disputeId) external view returns (Dispute memory);
    /// @notice The votes cast on `disputeId`, in voting order.
    function votesOf(uint256 disputeId) external view returns (uint16[] memory);
    /// @notice True when `arbiter` has voted on `disputeId`.
    function hasVoted(uint256 disputeId, address arbiter) external view returns (bool);
    /// @notice How many disputes were ever opened (the highest dispute id).
    function disputeCount() external view returns (uint256);
}
