// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Arbitration} from "../../../contracts/Arbitration.sol";
import {IArbitration} from "../../../contracts/interfaces/IArbitration.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../../deploy/Defaults.sol";
import {MockDisputeEscrow} from "../mocks/MockDisputeEscrow.sol";
import {RegBase} from "./RegBase.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The Arbitration unit tests' fixture: the panel wired to the real credit registry
/// (RECORDER_ROLE) and to a {MockDisputeEscrow} in the escrow's place, with the deployed panel
/// (quorum 3, 7 days) and three arbiters. The escrow side of a dispute — openDispute, the freeze
/// and the ruling's money — is tested against the real escrow in Arbitration.escrow.t.sol.
abstract contract ArbBase is RegBase {
    uint64 internal constant VOTING = 7 days;
    uint8 internal constant DISPUTE_WON = 4;
    uint8 internal constant DISPUTE_LOST = 5;
    bytes32 internal constant SCORE_CHANGED = keccak256("ScoreChanged(address,uint16,uint16,uint8)");
    bytes32 internal constant OUTCOME_RECORDED = keccak256("OutcomeRecorded(address,address,uint8)");

    address internal keeper = makeAddr("keeper");
    address[3] internal arbiters;
    MockDisputeEscrow internal escrowMock;
    Arbitration internal arbitration;
    uint256 private _lastRentalId;

    function setUp() public virtual override {
        super.setUp();
        arbiters = [makeAddr("arbiter0"), makeAddr("arbiter1"), makeAddr("arbiter2")];
        escrowMock = new MockDisputeEscrow();
        vm.startPrank(admin);
        arbitration =
            new Arbitration(admin, IPledgeEscrow(address(escrowMock)), credit, Defaults.QUORUM, Defaults.VOTING_PERIOD);
        credit.grantRole(credit.RECORDER_ROLE(), address(arbitration));
        arbitration.grantRole(arbitration.GOVERNOR_ROLE(), governor);
        for (uint256 i = 0; i < arbiters.length; ++i) {
            arbitration.grantRole(arbitration.ARBITER_ROLE(), arbiters[i]);
        }
        vm.stopPrank();
        escrowMock.setArbitration(IArbitration(address(arbitration)));
    }

    /// @dev A rental of `provider`'s asset by `who` as the mock escrow knows it.
    function _rentedBy(address who) internal returns (uint256 rentalId) {
        rentalId = ++_lastRentalId;
        escrowMock.setRental(rentalId, who, provider);
    }

    function _openDispute(address opener, uint256 rentalId) internal returns (uint256 disputeId) {
        disputeId = escrowMock.openDispute(rentalId, opener);
    }

    function _vote(address arbiter, uint256 disputeId, uint16 share) internal {
        vm.prank(arbiter);
        arbitration.vote(disputeId, share);
    }

    /// @dev The three fixture arbiters vote `a`, `b`, `c`.
    function _vote3(uint256 disputeId, uint16 a, uint16 b, uint16 c) internal {
        _vote(arbiters[0], disputeId, a);
        _vote(arbiters[1], disputeId, b);
        _vote(arbiters[2], disputeId, c);
    }

    /// @dev The `i`-th arbiter: the three fixture arbiters first, then extra ones (granted by {_grantExtraArbiters}).
    function _arbiter(uint256 i) internal returns (address) {
        if (i < arbiters.length) return arbiters[i];
        return makeAddr(string.concat("extra-arbiter-", vm.toString(i)));
    }

    /// @dev Grants ARBITER_ROLE to arbiters 3..total-1.
    function _grantExtraArbiters(uint256 total) internal {
        bytes32 role = arbitration.ARBITER_ROLE();
        for (uint256 i = arbiters.length; i < total; ++i) {
            address a = _arbiter(i);
            vm.prank(admin);
            arbitration.grantRole(role, a);
        }
    }

    function _grantArbiterRole(address account) internal {
        bytes32 role = arbitration.ARBITER_ROLE();
        vm.prank(admin);
        arbitration.grantRole(role, account);
    }

    function _setPanel(uint16 quorum_, uint64 votingPeriod_) internal {
        vm.prank(governor);
        arbitration.setPanel(quorum_, votingPeriod_);
    }

    function _execute(address caller, uint256 disputeId) internal {
        vm.prank(caller);
        arbitration.execute(disputeId);
    }

    /// @dev Asserts that `logs` hold exactly one OutcomeRecorded(account, counterparty, outcome)
    /// followed directly by its ScoreChanged(account, oldScore, newScore, outcome), from the credit registry.
    function _assertScoreLog(
        Vm.Log[] memory logs,
        address account,
        address counterparty,
        uint16 oldScore,
        uint16 newScore,
        uint8 outcome
    ) internal view {
        uint256 found;
        for (uint256 i = 0; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            if (l.emitter != address(credit) || l.topics[0] != OUTCOME_RECORDED) continue;
            if (l.topics[1] != bytes32(uint256(uint160(account)))) continue;
            assertEq(l.topics[2], bytes32(uint256(uint160(counterparty))), "OutcomeRecorded counterparty");
            assertEq(uint256(l.topics[3]), outcome, "OutcomeRecorded outcome");
            Vm.Log memory next = logs[i + 1];
            assertEq(next.emitter, address(credit), "ScoreChanged emitter");
            assertEq(next.topics[0], SCORE_CHANGED, "ScoreChanged follows OutcomeRecorded");
            assertEq(next.topics[1], l.topics[1], "ScoreChanged account");
            assertEq(uint256(next.topics[2]), outcome, "ScoreChanged outcome");
            (uint16 o, uint16 n) = abi.decode(next.data, (uint16, uint16));
            assertEq(o, oldScore, "ScoreChanged oldScore");
            assertEq(n, newScore, "ScoreChanged newScore");
            ++found;
        }
        assertEq(found, 1, "one OutcomeRecorded for the account");
    }

    /// @dev How many logs with `topic0` `emitter` left in `logs`.
    function _countLogs(Vm.Log[] memory logs, address emitter, bytes32 topic0) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) ++n;
        }
    }
}
