// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The keeper's surface: time passing, default collection once `end + gracePeriod` has
/// passed, and attempts to make a settled, defaulted or resolved rental pay out again
/// (return it, default it, resolve it as the Arbitration contract, execute its dispute again).
contract KeeperHandler is BaseHandler {
    /// @notice Calls on a final rental that succeeded or moved the escrow's holdings (must stay 0).
    uint256 public ghost_finalRepayments;
    /// @notice Default collections during which the escrow's holdings grew (must stay 0).
    uint256 public ghost_holdingsGrew;
    /// @notice What each rental's default collection paid out of the escrow's holdings.
    mapping(uint256 rentalId => uint256) public ghost_paidOut;

    address internal constant KEEPER = address(uint160(uint256(keccak256("keeper"))));

    constructor(Suite memory s, address[] memory actors_, address treasury_) BaseHandler(s, actors_, treasury_) {
        _actions.push(this.warp.selector);
        _actions.push(this.collectDefault.selector);
        _actions.push(this.retryFinal.selector);
    }

    function handlerName() external pure override returns (string memory) {
        return "KeeperHandler";
    }

    /// @notice Time passes: 1 second to 2 days.
    function warp(uint256 secondsSeed) external counted {
        _warpTo(block.timestamp + _bound(secondsSeed, 1, 2 days));
        _done(this.warp.selector);
    }

    /// @notice The keeper collects the default of an active rental, first letting time pass
    /// just beyond its `end + gracePeriod` when it is not due yet (at most maxDuration + grace).
    function collectDefault(uint256 rentalSeed, uint256 extraSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, uint8(IPledgeEscrow.RentalStatus.Active), uint8(IPledgeEscrow.RentalStatus.Active));
        if (rentalId == 0) return;
        uint256 due = _deadline(r) + 1;
        if (block.timestamp < due) _warpTo(due + _bound(extraSeed, 0, 1 hours));

        uint256 held = _held(r.paymentToken);
        vm.prank(KEEPER);
        escrow.collectDefault(rentalId);
        (uint256 paid, bool grew) = _outflow(r.paymentToken, held);
        if (grew) ++ghost_holdingsGrew;
        ghost_paidOut[rentalId] += paid;
        _done(this.collectDefault.selector);
    }

    /// @notice Tries to make a final rental pay again, in one of five ways; every one must revert
    /// and leave the escrow's holdings of every token as they were.
    function retryFinal(uint256 rentalSeed, uint256 mode) external counted {
        uint256 n = escrow.rentalCount();
        uint256 rentalId;
        IPledgeEscrow.Rental memory r;
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (rentalSeed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            if (uint8(r.status) > DISPUTED) {
                rentalId = candidate;
                break;
            }
        }
        if (rentalId == 0) return;

        uint256 heldUsd = _held(address(usd));
        uint256 heldBad = _held(address(bad));
        uint256 heldShr = _held(address(shr));
        bool succeeded;
        mode %= 5;
        if (mode == 0) {
            vm.prank(r.renter);
            try escrow.endRental(rentalId) {
                succeeded = true;
            } catch {}
        } else if (mode == 1) {
            vm.prank(r.provider);
            try escrow.endRental(rentalId) {
                succeeded = true;
            } catch {}
        } else if (mode == 2) {
            vm.prank(KEEPER);
            try escrow.collectDefault(rentalId) {
                succeeded = true;
            } catch {}
        } else if (mode == 3) {
            vm.prank(address(arbitration));
            try escrow.resolveDispute(rentalId, uint16(_bound(rentalSeed, 0, 10_000))) {
                succeeded = true;
            } catch {}
        } else {
            uint256 disputeId = r.disputeId == 0 ? arbitration.disputeOf(rentalId) : r.disputeId;
            vm.prank(KEEPER);
            try arbitration.execute(disputeId) {
                succeeded = true;
            } catch {}
        }
        if (
            succeeded || _held(address(usd)) != heldUsd || _held(address(bad)) != heldBad
                || _held(address(shr)) != heldShr
        ) ++ghost_finalRepayments;
        _done(this.retryFinal.selector);
    }
}
