// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The IoT devices' surface: usage reports signed by the device bound to the asset and
/// relayed by anyone, on active rentals and during the inspection after a return; forged
/// reports (signed by another device or a random key); and replays of accepted reports, on
/// their own rental and on others; and returns signed by the bound device (release 2), each
/// tried first with a forged signature. Keeps the units and the last nonce accepted per rental.
contract DeviceHandler is BaseHandler {
    bytes32 internal constant USAGE_REPORT_TYPEHASH =
        keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)");
    bytes32 internal constant RETURN_TYPEHASH =
        keccak256("Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)");

    /// @notice An accepted report, kept for replays.
    struct Report {
        uint256 rentalId;
        uint256 units;
        uint16 damageBps;
        uint64 nonce;
        bytes signature;
    }

    /// @notice Units accepted per rental (sum of the `units` of its accepted reports).
    mapping(uint256 rentalId => uint256) public ghost_units;
    /// @notice The nonce of the last accepted report per rental.
    mapping(uint256 rentalId => uint64) public ghost_lastNonce;
    /// @notice Reports accepted although not signed by the bound device (must stay 0).
    uint256 public ghost_forgedAccepted;
    /// @notice Replayed reports that were accepted (must stay 0).
    uint256 public ghost_replaysAccepted;
    /// @notice Reports after a return that added something but left less than a full inspection
    /// period to dispute them (must stay 0).
    uint256 public ghost_shortInspections;
    /// @notice Device returns accepted although not signed by the bound device (must stay 0).
    uint256 public ghost_forgedReturnsAccepted;
    /// @notice Device returns whose rental was not left returned at the signed time (must stay 0).
    uint256 public ghost_returnMismatches;

    uint256[] internal deviceKeys;
    mapping(address device => uint256 key) internal keyOf;
    Report[] internal accepted;

    constructor(Suite memory s, address[] memory actors_, address[] memory accounts_, uint256[] memory deviceKeys_)
        BaseHandler(s, actors_, accounts_)
    {
        deviceKeys = deviceKeys_;
        for (uint256 i = 0; i < deviceKeys_.length; ++i) {
            keyOf[vm.addr(deviceKeys_[i])] = deviceKeys_[i];
        }
        _addAction(this.report.selector, "report");
        _addAction(this.forgeReport.selector, "forgeReport");
        _addAction(this.replayReport.selector, "replayReport");
        _addAction(this.returnByDevice.selector, "returnByDevice");
    }

    function handlerName() external pure override returns (string memory) {
        return "DeviceHandler";
    }

    /// @notice The bound device reports usage (and one time in four damage) on an active
    /// rental or one in inspection, with a fresh nonce (gaps allowed); an actor relays it.
    function report(uint256 rentalSeed, uint256 units, uint256 damageSeed, uint256 nonceGap, uint256 relayerSeed)
        external
        counted
    {
        (uint256 rentalId, IPledgeEscrow.Rental memory r, uint256 key) = _reportable(rentalSeed);
        if (rentalId == 0) return;
        units = _bound(units, 0, 1000);
        uint16 damageBps = damageSeed % 4 == 0 ? uint16(_bound(damageSeed, 1, 3000)) : 0;
        uint64 nonce = r.lastNonce + uint64(_bound(nonceGap, 1, 3));
        bytes memory signature = _sign(key, rentalId, units, damageBps, nonce);

        vm.prank(_actor(relayerSeed));
        escrow.reportUsage(rentalId, units, damageBps, nonce, signature);
        ghost_units[rentalId] += units;
        ghost_lastNonce[rentalId] = nonce;
        if (r.status == IPledgeEscrow.RentalStatus.Returned && (units != 0 || damageBps != 0)) {
            uint256 inspectionPeriod = escrow.getParamsAt(r.paramsId).inspectionPeriod;
            if (escrow.getRental(rentalId).inspectionEnd < block.timestamp + inspectionPeriod) {
                ++ghost_shortInspections;
            }
        }
        accepted.push(Report(rentalId, units, damageBps, nonce, signature));
        _done(this.report.selector);
    }

    /// @notice A report with a fresh nonce for a reportable rental, signed by a key that is not
    /// the bound device: another fleet device, or a random key. Must be refused.
    function forgeReport(uint256 rentalSeed, uint256 keySeed, uint256 units) external counted {
        (uint256 rentalId, IPledgeEscrow.Rental memory r,) = _reportable(rentalSeed);
        if (rentalId == 0) return;
        address bound = registry.deviceOf(r.tokenId);
        uint256 key =
            keySeed % 2 == 0 ? deviceKeys[keySeed % deviceKeys.length] : _bound(keySeed, 1, SECP256K1_ORDER - 1);
        if (vm.addr(key) == bound) key = key == SECP256K1_ORDER - 1 ? 1 : key + 1;
        units = _bound(units, 0, 1000);
        bytes memory signature = _sign(key, rentalId, units, 0, r.lastNonce + 1);

        try escrow.reportUsage(rentalId, units, 0, r.lastNonce + 1, signature) {
            ++ghost_forgedAccepted;
        } catch {}
        _done(this.forgeReport.selector);
    }

    /// @notice Resubmits an accepted report as it was, on its own rental or on another one.
    /// Must be refused (stale nonce, or a signature that does not match that rental).
    function replayReport(uint256 reportSeed, uint256 targetSeed) external counted {
        if (accepted.length == 0) return;
        Report memory rep = accepted[reportSeed % accepted.length];
        uint256 target = rep.rentalId;
        uint256 n = escrow.rentalCount();
        if (targetSeed % 2 == 1 && n > 1) {
            target = targetSeed % n + 1;
            if (target == rep.rentalId) target = target % n + 1;
        }
        try escrow.reportUsage(target, rep.units, rep.damageBps, rep.nonce, rep.signature) {
            ++ghost_replaysAccepted;
        } catch {}
        _done(this.replayReport.selector);
    }

    /// @notice The bound device signs a return of an active (or disputed, not yet returned)
    /// rental at a time between its start and the earlier of now and end + gracePeriod; it is
    /// relayed up to two hours later (past the grace period too, when nobody has defaulted it)
    /// by an actor. A forged signature (another key) is tried first and must be refused.
    function returnByDevice(uint256 rentalSeed, uint256 atSeed, uint256 delaySeed, uint256 relayerSeed, uint256 keySeed)
        external
        counted
    {
        (uint256 rentalId, IPledgeEscrow.Rental memory r, uint256 key) = _returnable(rentalSeed);
        if (rentalId == 0) return;
        uint256 latest = _deadline(r);
        if (latest > block.timestamp) latest = block.timestamp;
        uint64 returnedAt = uint64(_bound(atSeed, r.start, latest));
        _warpTo(block.timestamp + _bound(delaySeed, 0, 2 hours));
        uint256 deadline = block.timestamp + 1 hours;

        uint256 forged = _bound(keySeed, 1, SECP256K1_ORDER - 1);
        if (forged == key) forged = key == 1 ? 2 : key - 1;
        try escrow.endRentalByDevice(
            rentalId, returnedAt, deadline, _signReturn(forged, rentalId, returnedAt, deadline)
        ) {
            ++ghost_forgedReturnsAccepted;
            return;
        } catch {}

        bytes memory signature = _signReturn(key, rentalId, returnedAt, deadline);
        uint256 held = _held(r.paymentToken);
        vm.recordLogs();
        vm.prank(_actor(relayerSeed));
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, signature);
        _settled(rentalId, r.paymentToken, held);
        IPledgeEscrow.Rental memory after_ = escrow.getRental(rentalId);
        if (after_.returnedAt != returnedAt || escrow.activeRentalOf(r.tokenId) == rentalId) ++ghost_returnMismatches;
        _done(this.returnByDevice.selector);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev A rental a device may return now (active, or disputed and not yet returned) whose
    /// asset is bound to a device of the fleet, with that device's key.
    function _returnable(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Rental memory r, uint256 key) {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            bool returnable = r.status == IPledgeEscrow.RentalStatus.Active
                || (r.status == IPledgeEscrow.RentalStatus.Disputed && r.checkedIn && r.returnedAt == 0);
            if (!returnable) continue;
            key = keyOf[registry.deviceOf(r.tokenId)];
            if (key != 0) return (candidate, r, key);
        }
        return (0, r, 0);
    }

    /// @dev An EIP-712 Return signature over the escrow's pinned domain, computed here.
    function _signReturn(uint256 key, uint256 rentalId, uint64 returnedAt, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(abi.encode(RETURN_TYPEHASH, rentalId, returnedAt, deadline));
        (uint8 v, bytes32 rr, bytes32 ss) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash)));
        return abi.encodePacked(rr, ss, v);
    }

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("PledgeEscrow"),
                keccak256("1"),
                block.chainid,
                address(escrow)
            )
        );
    }

    /// @dev A rental that takes reports now (active until its deadline, or returned until its
    /// inspection ends) whose asset is bound to a device of the fleet, with that device's key.
    function _reportable(uint256 seed) internal view returns (uint256 id, IPledgeEscrow.Rental memory r, uint256 key) {
        uint256 n = escrow.rentalCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 candidate = (seed % n + i) % n + 1;
            r = escrow.getRental(candidate);
            bool open = (r.status == IPledgeEscrow.RentalStatus.Active && block.timestamp <= _deadline(r))
                || (r.status == IPledgeEscrow.RentalStatus.Returned && block.timestamp <= r.inspectionEnd);
            if (!open) continue;
            key = keyOf[registry.deviceOf(r.tokenId)];
            if (key != 0) return (candidate, r, key);
        }
        return (0, r, 0);
    }

    /// @dev An EIP-712 UsageReport signature over the escrow's pinned domain, computed here.
    function _sign(uint256 key, uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(abi.encode(USAGE_REPORT_TYPEHASH, rentalId, units, damageBps, nonce));
        (uint8 v, bytes32 rr, bytes32 ss) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash)));
        return abi.encodePacked(rr, ss, v);
    }
}
