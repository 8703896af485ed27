// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../../contracts/interfaces/IArbitration.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The arbiter panel's surface: votes on open disputes (0, 5000, 10 000 bps or any
/// share), and execution once the quorum is reached or, letting time pass beyond the voting
/// deadline, with fewer votes. Books what each ruling paid out (through the ledger).
contract ArbiterHandler is BaseHandler {
    address[] internal arbiters;

    constructor(Suite memory s, address[] memory actors_, address[] memory accounts_, address[] memory arbiters_)
        BaseHandler(s, actors_, accounts_)
    {
        arbiters = arbiters_;
        _addAction(this.vote.selector, "vote");
        _addAction(this.execute.selector, "execute");
    }

    function handlerName() external pure override returns (string memory) {
        return "ArbiterHandler";
    }

    /// @notice An arbiter who has not voted yet votes on an open dispute before its deadline.
    function vote(uint256 disputeSeed, uint256 arbiterSeed, uint256 shareSeed) external counted {
        uint256 n = arbitration.disputeCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 disputeId = (disputeSeed % n + i) % n + 1;
            IArbitration.Dispute memory d = arbitration.getDispute(disputeId);
            if (d.executed || block.timestamp > d.votingDeadline) continue;
            for (uint256 j = 0; j < arbiters.length; ++j) {
                address arbiter = arbiters[(arbiterSeed % arbiters.length + j) % arbiters.length];
                if (arbitration.hasVoted(disputeId, arbiter)) continue;
                vm.prank(arbiter);
                arbitration.vote(disputeId, _share(shareSeed));
                _done(this.vote.selector);
                return;
            }
        }
    }

    /// @notice Anyone executes an open dispute; when it has fewer votes than its quorum, time
    /// first passes beyond its voting deadline.
    function execute(uint256 disputeSeed, uint256 callerSeed) external counted {
        uint256 n = arbitration.disputeCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 disputeId = (disputeSeed % n + i) % n + 1;
            IArbitration.Dispute memory d = arbitration.getDispute(disputeId);
            if (d.executed) continue;
            if (arbitration.votesOf(disputeId).length < d.quorum) _warpTo(uint256(d.votingDeadline) + 1);

            IPledgeEscrow.Rental memory r = escrow.getRental(d.rentalId);
            uint256 held = _held(r.paymentToken);
            vm.recordLogs();
            vm.prank(_actor(callerSeed));
            arbitration.execute(disputeId);
            _settled(d.rentalId, r.paymentToken, held);
            _done(this.execute.selector);
            return;
        }
    }

    function _share(uint256 seed) internal pure returns (uint16) {
        uint256 mode = seed % 4;
        if (mode == 0) return 0;
        if (mode == 1) return 10_000;
        if (mode == 2) return 5000;
        return uint16(_bound(seed, 0, 10_000));
    }
}
