// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../../contracts/interfaces/IArbitration.sol";

/// @notice Stands in for PledgeEscrow in the Arbitration unit tests: it knows the parties of
/// each rental, opens disputes through `createDispute` as the escrow does from `openDispute`,
/// and records every `resolveDispute` the panel makes (optionally reverting, or re-entering
/// `execute`, to test the panel's atomicity and its reentrancy guard).
contract MockDisputeEscrow {
    struct Parties {
        address renter;
        address provider;
    }

    IArbitration public arbitration;
    mapping(uint256 rentalId => Parties) public parties;
    mapping(uint256 rentalId => uint256) public resolveCount;
    mapping(uint256 rentalId => uint16) public ruledShare;
    uint256 public totalResolves;
    bool public revertOnResolve;
    uint256 public reenterDisputeId;

    error MockResolveRefused(uint256 rentalId);

    function setArbitration(IArbitration arbitration_) external {
        arbitration = arbitration_;
    }

    function setRental(uint256 rentalId, address renter, address provider) external {
        parties[rentalId] = Parties(renter, provider);
    }

    function setRevertOnResolve(bool on) external {
        revertOnResolve = on;
    }

    function setReenter(uint256 disputeId) external {
        reenterDisputeId = disputeId;
    }

    /// @notice What `PledgeEscrow.openDispute` does on the panel's side.
    function openDispute(uint256 rentalId, address opener) external returns (uint256) {
        Parties memory p = parties[rentalId];
        return arbitration.createDispute(rentalId, opener, p.renter, p.provider);
    }

    /// @notice `IPledgeEscrow.resolveDispute(uint256,uint16)`.
    function resolveDispute(uint256 rentalId, uint16 providerShareBps) external {
        require(msg.sender == address(arbitration), "MockDisputeEscrow: only arbitration");
        if (revertOnResolve) revert MockResolveRefused(rentalId);
        if (reenterDisputeId != 0) arbitration.execute(reenterDisputeId);
        ++resolveCount[rentalId];
        ++totalResolves;
        ruledShare[rentalId] = providerShareBps;
    }
}
