// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The keeper's surface: time passing, deposit release after the inspection (or the
/// provider waiving an inspection with nothing reported), no-show and default collection, and
/// attempts to make a final rental (settled, defaulted, resolved, cancelled, no-show) pay out
/// again by every entry point.
contract KeeperHandler is BaseHandler {
    /// @notice Calls on a final rental that succeeded or moved the escrow's holdings (must stay 0).
    uint256 public ghost_finalRepayments;
    /// @notice Early releases the spec refuses that got through (must stay 0).
    uint256 public ghost_earlyReleases;

    address internal constant KEEPER = address(uint160(uint256(keccak256("keeper"))));

    constructor(Suite memory s, address[] memory actors_, address[] memory accounts_)
        BaseHandler(s, actors_, accounts_)
    {
        _addAction(this.warp.selector, "warp");
        _addAction(this.releaseDeposit.selector, "releaseDeposit");
        _addAction(this.collectNoShow.selector, "collectNoShow");
        _addAction(this.collectDefault.selector, "collectDefault");
        _addAction(this.retryFinal.selector, "retryFinal");
        _probes.push("release refused: inspection");
    }

    function handlerName() external pure override returns (string memory) {
        return "KeeperHandler";
    }

    /// @notice Time passes: 1 second to 2 days.
    function warp(uint256 secondsSeed) external counted {
        _warpTo(block.timestamp + _bound(secondsSeed, 1, 2 days));
        _done(this.warp.selector);
    }

    /// @notice Releases a returned rental's deposit. One call in three tries first during the
    /// inspection — as the keeper (refused), or as the provider (allowed only when nothing was
    /// reported); otherwise time passes beyond the inspection and the keeper releases.
    function releaseDeposit(uint256 rentalSeed, uint256 modeSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, IPledgeEscrow.RentalStatus.Returned, IPledgeEscrow.RentalStatus.Returned);
        if (rentalId == 0) return;
        if (modeSeed % 3 == 0 && block.timestamp <= r.inspectionEnd) {
            bool waivable = r.units == 0 && r.damageBps == 0;
            address caller = modeSeed % 2 == 0 ? KEEPER : r.provider;
            uint256 heldEarly = _held(r.paymentToken);
            vm.recordLogs();
            vm.prank(caller);
            try escrow.releaseDeposit(rentalId) {
                if (caller == KEEPER || !waivable) ++ghost_earlyReleases;
                _settled(rentalId, r.paymentToken, heldEarly);
                _done(this.releaseDeposit.selector);
                return;
            } catch {
                _probe("release refused: inspection");
            }
        }
        _warpTo(uint256(r.inspectionEnd) + 1);
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(KEEPER);
        escrow.releaseDeposit(rentalId);
        _settled(rentalId, r.paymentToken, held);
        _done(this.releaseDeposit.selector);
    }

    /// @notice The keeper collects a booking never checked in, time passing to its `end` first.
    function collectNoShow(uint256 rentalSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, IPledgeEscrow.RentalStatus.Booked, IPledgeEscrow.RentalStatus.Booked);
        if (rentalId == 0) return;
        _warpTo(r.end);
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(KEEPER);
        escrow.collectNoShow(rentalId);
        _settled(rentalId, r.paymentToken, held);
        _done(this.collectNoShow.selector);
    }

    /// @notice The keeper collects the default of an active rental, time passing just beyond its
    /// `end + gracePeriod` first.
    function collectDefault(uint256 rentalSeed, uint256 extraSeed) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r) =
            _rentalIn(rentalSeed, IPledgeEscrow.RentalStatus.Active, IPledgeEscrow.RentalStatus.Active);
        if (rentalId == 0) return;
        uint256 due = _deadline(r) + 1;
        if (block.timestamp < due) _warpTo(due + _bound(extraSeed, 0, 1 hours));
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(KEEPER);
        escrow.collectDefault(rentalId);
        _settled(rentalId, r.paymentToken, held);
        _done(this.collectDefault.selector);
    }

    /// @notice Tries to make a final rental pay again, in one of nine ways; every one must revert
    /// and leave the escrow's holdings of every token as they were.
    function retryFinal(uint256 rentalSeed, uint256 mode) external counted {
        uint256 n = escrow.rentalCount();
        uint256 rentalId;
        IPledgeEscrow.Rental memory r;
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (rentalSeed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            if (uint8(r.status) >= uint8(IPledgeEscrow.RentalStatus.Settled)) {
                rentalId = candidate;
                break;
            }
        }
        if (rentalId == 0) return;

        uint256[6] memory before = _allHeld();
        bool succeeded;
        mode %= 9;
        address caller = mode % 2 == 0 ? r.renter : r.provider;
        bytes memory data;
        if (mode <= 1) data = abi.encodeCall(escrow.endRental, (rentalId));
        else if (mode == 2) data = abi.encodeCall(escrow.collectDefault, (rentalId));
        else if (mode == 3) data = abi.encodeCall(escrow.releaseDeposit, (rentalId));
        else if (mode == 4) data = abi.encodeCall(escrow.cancel, (rentalId));
        else if (mode == 5) data = abi.encodeCall(escrow.collectNoShow, (rentalId));
        else if (mode == 6) data = abi.encodeCall(escrow.checkIn, (rentalId));
        if (mode <= 6) {
            vm.prank(caller);
            (succeeded,) = address(escrow).call(data);
        } else if (mode == 7) {
            vm.prank(address(arbitration));
            try escrow.resolveDispute(rentalId, uint16(_bound(rentalSeed, 0, 10_000))) {
                succeeded = true;
            } catch {}
        } else {
            uint256 disputeId = arbitration.disputeOf(rentalId);
            vm.prank(KEEPER);
            try arbitration.execute(disputeId) {
                succeeded = true;
            } catch {}
        }
        uint256[6] memory afterwards = _allHeld();
        for (uint256 i = 0; i < 6; ++i) {
            if (afterwards[i] != before[i]) succeeded = true;
        }
        if (succeeded) ++ghost_finalRepayments;
        _done(this.retryFinal.selector);
    }

    /// @notice Not fuzzed: closes every open rental the way the spec lets a keeper — a booking
    /// as a no-show, an active rental as a default, a returned one by releasing its deposit, a
    /// disputed one by executing its dispute — letting time pass as each needs, so that the
    /// coverage sweep of the invariant contract ends with every asset unlocked.
    function drain() external {
        uint256 n = escrow.rentalCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            address target = address(escrow);
            bytes memory data;
            if (r.status == IPledgeEscrow.RentalStatus.Booked) {
                _warpTo(r.end);
                data = abi.encodeCall(escrow.collectNoShow, (id));
            } else if (r.status == IPledgeEscrow.RentalStatus.Active) {
                _warpTo(_deadline(r) + 1);
                data = abi.encodeCall(escrow.collectDefault, (id));
            } else if (r.status == IPledgeEscrow.RentalStatus.Returned) {
                _warpTo(uint256(r.inspectionEnd) + 1);
                data = abi.encodeCall(escrow.releaseDeposit, (id));
            } else if (r.status == IPledgeEscrow.RentalStatus.Disputed) {
                uint256 disputeId = arbitration.disputeOf(id);
                _warpTo(uint256(arbitration.getDispute(disputeId).votingDeadline) + 1);
                target = address(arbitration);
                data = abi.encodeCall(arbitration.execute, (disputeId));
            } else {
                continue;
            }
            uint256 held = _held(r.paymentToken);
            vm.recordLogs();
            vm.prank(KEEPER);
            (bool ok,) = target.call(data);
            if (ok) _settled(id, r.paymentToken, held);
        }
    }

    function _allHeld() internal view returns (uint256[6] memory held) {
        address[5] memory tokens = _tokens();
        for (uint256 i = 0; i < 5; ++i) {
            held[i] = _held(tokens[i]);
        }
        held[5] = _held(address(shr));
    }
}
