// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitration} from "../../contracts/interfaces/IArbitration.sol";
import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IERC4907} from "../../contracts/interfaces/IERC4907.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {LifeBase} from "./utils/LifeBase.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice One whole story per test, from registration to the last payout, with every
/// balance, score, event and view asserted at the end. Amounts follow INTERFACE.md §2 at the
/// fixture listing (10 tUSD/hour, 100 tUSD deposit, 1 h minimum, 0.01 tUSD/unit) and the
/// deployed defaults (2.5 % platform fee, 1 day grace, 200 % late fee, 10 SHR reward,
/// 100 SHR pledge at tier 2); both parties start at score 600 (tier 2).
contract LifecycleTest is LifeBase {
    uint256 internal tokenId;
    uint256 internal listingId;

    /// @dev Register, verify, bind the device and list, with the events of each step.
    function _onboard(string memory code) internal {
        bytes32 assetCode = keccak256(bytes(code));
        bytes32 contentHash = keccak256(abi.encode(code, "meta"));
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetRegistered(1, provider, assetCode, contentHash, "ipfs://meta");
        vm.prank(provider);
        tokenId = registry.register(assetCode, contentHash, "ipfs://meta");

        uint64 validUntil = uint64(block.timestamp + 365 days);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetVerified(tokenId, verifier, validUntil);
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.DeviceBound(tokenId, device);
        vm.prank(provider);
        registry.bindDevice(tokenId, device);

        vm.prank(provider);
        shr.approve(address(escrow), PLEDGE);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.Listed(1, tokenId, provider, address(usd), 10 * USD, 100 * USD, 1 hours, 7 days, USD / 100);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.PledgeLocked(1, provider, PLEDGE);
        vm.prank(provider);
        listingId = escrow.list(tokenId, address(usd), 10 * USD, 100 * USD, 1 hours, 7 days, USD / 100);

        assertEq(tokenId, 1);
        assertEq(listingId, 1);
        assertTrue(registry.isVerified(tokenId));
        assertEq(shr.balanceOf(address(escrow)), PLEDGE);
    }

    /// @dev The renter rents for `duration` at now: rent ceil(10 tUSD × h) and the 100 tUSD deposit.
    function _rentNow(uint64 duration) internal returns (uint256 rentalId) {
        uint64 start = uint64(block.timestamp);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.Rented(1, listingId, renter, tokenId, start, start + duration, _rentFor(duration), 100 * USD);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, renter, start + duration);
        rentalId = _rent(renter, listingId, duration);
        assertEq(rentalId, 1);
        assertEq(registry.userOf(tokenId), renter);
        assertEq(escrow.activeRentalOf(tokenId), rentalId);
    }

    function _confirm(uint256 rentalId) internal {
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.AssetConfirmed(rentalId, renter);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.PledgeReleased(listingId, provider, PLEDGE);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(provider, 600, 605, ASSET_CONFIRMED);
        vm.prank(renter);
        escrow.confirmAsset(rentalId);
    }

    /// @dev Balances and views common to every story's end.
    function _assertEnd(
        uint256 rentalId,
        IPledgeEscrow.RentalStatus status,
        uint256 providerUsd,
        uint256 renterUsd,
        uint256 treasuryUsd
    ) internal view {
        assertEq(usd.balanceOf(provider), providerUsd, "provider tUSD");
        assertEq(usd.balanceOf(renter), renterUsd, "renter tUSD");
        assertEq(usd.balanceOf(treasury), treasuryUsd, "treasury tUSD");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow tUSD");
        assertEq(providerUsd + renterUsd + treasuryUsd, RENTER_USD, "no tUSD created or lost");
        assertEq(escrow.claimable(address(usd), provider), 0);
        assertEq(escrow.claimable(address(usd), renter), 0);
        assertEq(escrow.claimable(address(usd), treasury), 0);
        _assertStatus(rentalId, status);
        _assertAssetFree(tokenId);
        assertEq(escrow.activeRentalCount(renter), 0);
        assertEq(escrow.rentalCount(), 1);
        assertEq(escrow.listingCount(), 1);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function _assertScores(uint16 providerScore, uint16 renterScore) internal view {
        assertEq(credit.scoreOf(provider), providerScore, "provider score");
        assertEq(credit.scoreOf(renter), renterScore, "renter score");
    }

    // ---------------------------------------------------------------- stories

    /// Rented for 3 h, confirmed, returned after 2 h: 20 tUSD charged, 10 refunded, rewards to both.
    function test_CleanRentalWithRewards() public {
        _onboard("bike-clean");
        uint256 rentalId = _rentNow(3 hours);
        vm.warp(START_TIME + 5 minutes);
        _confirm(rentalId);

        vm.warp(START_TIME + 2 hours);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, 0, 0, 0, 500_000, 110 * USD);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 600, 610, COMPLETED_ON_TIME);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, renter, REWARD);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, provider, REWARD);
        vm.prank(renter);
        escrow.endRental(rentalId);

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Settled, 19_500_000, RENTER_USD - 20 * USD, 500_000);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR + REWARD);
        assertEq(shr.balanceOf(renter), REWARD);
        assertEq(shr.balanceOf(address(escrow)), 0);
        assertEq(shr.totalSupply(), PROVIDER_SHR + 2 * REWARD);
        _assertScores(605, 610);
        assertEq(credit.tierOf(renter), 2);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Released);
        IPledgeEscrow.Listing memory l = escrow.getListing(listingId);
        assertTrue(l.open);
        assertTrue(l.confirmed);
        assertTrue(escrow.getRental(rentalId).confirmed);
        assertEq(escrow.openListingOf(tokenId), listingId);
    }

    /// Rented for 4 h; the device reports 300 then 200 units and 10 % damage, relayed by
    /// others; returned at the end: usage 5 tUSD and damage 10 tUSD come out of the deposit.
    function test_UsageMeteredRental() public {
        _onboard("bike-metered");
        uint256 rentalId = _rentNow(4 hours);

        vm.warp(START_TIME + 1 hours);
        bytes memory first = _signUsage(deviceKey, rentalId, 300, 0, 1);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.UsageReported(rentalId, device, 1, 300, 0);
        vm.prank(keeper);
        escrow.reportUsage(rentalId, 300, 0, 1, first);

        vm.warp(START_TIME + 3 hours);
        bytes memory second = _signUsage(deviceKey, rentalId, 200, 1000, 3);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.UsageReported(rentalId, device, 3, 200, 1000);
        vm.prank(stranger);
        escrow.reportUsage(rentalId, 200, 1000, 3, second);
        // a replay is stale
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.StaleNonce.selector, rentalId, 3, 3));
        escrow.reportUsage(rentalId, 200, 1000, 3, second);

        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(r.units, 500);
        assertEq(r.damageBps, 1000);
        assertEq(r.lastNonce, 3);

        // at the end (on time): rent 40, usage 5, damage 10, fee 2.5 % of 45
        vm.warp(START_TIME + 4 hours);
        vm.recordLogs();
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, 40 * USD, 5 * USD, 10 * USD, 0, 1_125_000, 85 * USD
        );
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 600, 610, COMPLETED_ON_TIME);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 610, 560, DAMAGE_CAUSED);
        vm.prank(renter);
        escrow.endRental(rentalId);
        assertEq(_countLogs(vm.getRecordedLogs(), address(escrow), REWARD_PAID), 0, "no reward with damage");

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Settled, 53_875_000, RENTER_USD - 55 * USD, 1_125_000);
        assertEq(shr.balanceOf(renter), 0);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
        assertEq(shr.balanceOf(address(escrow)), PLEDGE);
        _assertScores(600, 560);
        // 560 is tier 1: one rental at a time, 150 % deposit
        assertEq(credit.tierOf(renter), 1);
        (uint16 maxActive, uint16 depositBps, uint16 pledgeBps) = credit.termsOf(renter);
        assertEq(maxActive, 1);
        assertEq(depositBps, 15_000);
        assertEq(pledgeBps, 15_000);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Locked);
        assertFalse(escrow.getRental(rentalId).confirmed);
    }

    /// Rented for 2 h and confirmed; returned 1001 s late: a late fee of
    /// ceil(10 tUSD × 1001 × 20 000 / (3600 × 10 000)) from the deposit, no reward.
    function test_LateReturn() public {
        _onboard("bike-late");
        uint256 rentalId = _rentNow(2 hours);
        _confirm(rentalId);

        vm.warp(START_TIME + 2 hours + 1001);
        uint256 lateFee = 5_561_112;
        vm.recordLogs();
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, 20 * USD, 0, 0, lateFee, 500_000, 100 * USD - lateFee
        );
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 600, 580, RETURNED_LATE);
        vm.prank(renter);
        escrow.endRental(rentalId);
        assertEq(_countLogs(vm.getRecordedLogs(), address(escrow), REWARD_PAID), 0, "no reward when late");

        _assertEnd(
            rentalId,
            IPledgeEscrow.RentalStatus.Settled,
            20 * USD - 500_000 + lateFee,
            RENTER_USD - 20 * USD - lateFee,
            500_000
        );
        assertEq(shr.balanceOf(renter), 0);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR);
        assertEq(shr.balanceOf(address(escrow)), 0);
        _assertScores(605, 580);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Released);
    }

    /// Rented for 2 h and never returned; a keeper collects the default after the grace
    /// period: the rent and the whole deposit go to the provider, the pledge stays locked.
    function test_DefaultCollectedByKeeper() public {
        _onboard("bike-default");
        uint256 rentalId = _rentNow(2 hours);
        uint64 deadline = uint64(START_TIME + 2 hours + GRACE);

        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, rentalId, deadline));
        vm.prank(keeper);
        escrow.collectDefault(rentalId);

        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, deadline));
        vm.prank(renter);
        escrow.endRental(rentalId);

        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalDefaulted(rentalId, renter, provider, 100 * USD, 500_000);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 600, 400, DEFAULTED);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.prank(keeper);
        escrow.collectDefault(rentalId);

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Defaulted, 119_500_000, RENTER_USD - 120 * USD, 500_000);
        assertEq(usd.balanceOf(keeper), 0);
        assertEq(shr.balanceOf(renter), 0);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
        assertEq(shr.balanceOf(address(escrow)), PLEDGE);
        _assertScores(600, 400);
        assertEq(credit.tierOf(renter), 1);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Locked);
        // a defaulted rental is final
        vm.expectRevert(
            abi.encodeWithSelector(
                IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Defaulted
            )
        );
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
    }

    /// Rented for 3 h and confirmed; after 1 h the provider disputes, both submit evidence, the
    /// panel votes 8000, 7000, 9000 and a keeper executes: 80 % of the deposit to the provider.
    function test_DisputeRuledForProvider() public {
        _onboard("bike-dispute-provider");
        uint256 rentalId = _rentNow(3 hours);
        _confirm(rentalId);

        vm.warp(START_TIME + 1 hours);
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.DisputeCreated(1, rentalId, provider, renter, provider, uint64(START_TIME + 1 hours + VOTING));
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, provider, EVIDENCE_HASH);
        uint256 disputeId = _openDispute(provider, rentalId);
        _evidence(disputeId);
        _votes(disputeId, 8000, 7000, 9000);

        vm.recordLogs();
        _expectRuling(rentalId, disputeId, 8000);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 10 * USD, 0, 80 * USD, 0, 250_000, 40 * USD);
        _execute(keeper, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, 605, 615, DISPUTE_WON);
        _assertScoreLog(logs, renter, 600, 550, DISPUTE_LOST);
        assertEq(_countLogs(logs, address(escrow), PLEDGE_SLASHED), 0);
        assertEq(_countLogs(logs, address(escrow), REWARD_PAID), 0);

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Resolved, 89_750_000, RENTER_USD - 90 * USD, 250_000);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR);
        assertEq(shr.balanceOf(renter), 0);
        _assertScores(615, 550);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Released);
        _assertDispute(disputeId, rentalId, provider, 8000);
    }

    /// Rented for 2 h; after 30 min the renter disputes; only two arbiters vote (1000, 2000),
    /// so the ruling waits for the deadline, long after end + grace, and takes the lower
    /// middle (1000). The rental can neither end nor default meanwhile.
    function test_DisputeRuledForRenter() public {
        _onboard("bike-dispute-renter");
        uint256 rentalId = _rentNow(2 hours);

        vm.warp(START_TIME + 30 minutes);
        uint256 disputeId = _openDispute(renter, rentalId);
        _evidence(disputeId);
        _vote(arbiters[0], disputeId, 1000);
        _vote(arbiters[1], disputeId, 2000);

        vm.warp(START_TIME + 2 hours + GRACE + 1);
        bytes memory frozen = abi.encodeWithSelector(
            IPledgeEscrow.EscrowRentalNotActive.selector, rentalId, IPledgeEscrow.RentalStatus.Disputed
        );
        vm.expectRevert(frozen);
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
        vm.expectRevert(frozen);
        vm.prank(provider);
        escrow.endRental(rentalId);

        uint64 votingDeadline = uint64(START_TIME + 30 minutes + VOTING);
        vm.warp(votingDeadline);
        vm.expectRevert(abi.encodeWithSelector(IArbitration.ArbitrationNotExecutable.selector, disputeId, 2, 3));
        _execute(renter, disputeId);

        vm.warp(votingDeadline + 1);
        vm.recordLogs();
        _expectRuling(rentalId, disputeId, 1000);
        // past the end: the whole rent is charged, with no late fee
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 20 * USD, 0, 10 * USD, 0, 500_000, 90 * USD);
        _execute(renter, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, 600, 550, DISPUTE_LOST);
        _assertScoreLog(logs, renter, 600, 610, DISPUTE_WON);
        assertEq(_countLogs(logs, address(escrow), PLEDGE_SLASHED), 0);

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Resolved, 29_500_000, RENTER_USD - 30 * USD, 500_000);
        // a ruling above zero leaves the pledge locked
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Locked);
        assertEq(shr.balanceOf(address(escrow)), PLEDGE);
        assertEq(shr.balanceOf(renter), 0);
        _assertScores(550, 610);
        _assertDispute(disputeId, rentalId, renter, 1000);
    }

    /// The asset is not as described: the renter disputes 10 min in without confirming, the
    /// panel rules 0, the renter gets the deposit, the unearned rent and the provider's pledge.
    function test_MisdescribedAssetSlashesPledge() public {
        _onboard("bike-misdescribed");
        uint256 rentalId = _rentNow(2 hours);

        vm.warp(START_TIME + 10 minutes);
        uint256 disputeId = _openDispute(renter, rentalId);
        _evidence(disputeId);
        _votes(disputeId, 0, 0, 0);

        vm.recordLogs();
        _expectRuling(rentalId, disputeId, 0);
        // the minimum duration (1 h) is charged
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.RentalSettled(rentalId, renter, provider, 10 * USD, 0, 0, 0, 250_000, 110 * USD);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.PledgeSlashed(listingId, renter, PLEDGE);
        _execute(stranger, disputeId);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _assertScoreLog(logs, provider, 600, 550, DISPUTE_LOST);
        _assertScoreLog(logs, renter, 600, 610, DISPUTE_WON);

        _assertEnd(rentalId, IPledgeEscrow.RentalStatus.Resolved, 9_750_000, RENTER_USD - 10 * USD, 250_000);
        assertEq(shr.balanceOf(renter), PLEDGE);
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
        assertEq(shr.balanceOf(address(escrow)), 0);
        _assertScores(550, 610);
        _assertPledge(listingId, IPledgeEscrow.PledgeState.Slashed);
        _assertDispute(disputeId, rentalId, renter, 0);

        // delisting returns no pledge: it is gone
        vm.recordLogs();
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.Delisted(listingId);
        vm.prank(provider);
        escrow.delist(listingId);
        assertEq(
            _countLogs(vm.getRecordedLogs(), address(escrow), keccak256("PledgeReturned(uint256,address,uint256)")), 0
        );
        assertEq(shr.balanceOf(provider), PROVIDER_SHR - PLEDGE);
        assertEq(escrow.openListingOf(tokenId), 0);
    }

    // ---------------------------------------------------------------- dispute steps

    function _evidence(uint256 disputeId) internal {
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, renter, "ipfs://renter-evidence");
        vm.prank(renter);
        arbitration.submitEvidence(disputeId, "ipfs://renter-evidence");
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Evidence(address(arbitration), disputeId, provider, "ipfs://provider-evidence");
        vm.prank(provider);
        arbitration.submitEvidence(disputeId, "ipfs://provider-evidence");
    }

    function _votes(uint256 disputeId, uint16 a, uint16 b, uint16 c) internal {
        uint16[3] memory shares = [a, b, c];
        for (uint256 i = 0; i < 3; ++i) {
            vm.expectEmit(true, true, true, true, address(arbitration));
            emit IArbitration.Voted(disputeId, arbiters[i], shares[i]);
            _vote(arbiters[i], disputeId, shares[i]);
        }
    }

    function _expectRuling(uint256 rentalId, uint256 disputeId, uint16 share) internal {
        vm.expectEmit(true, true, true, true, address(arbitration));
        emit IArbitration.Ruling(disputeId, share);
        vm.expectEmit(true, true, true, true, address(escrow));
        emit IPledgeEscrow.DisputeResolved(rentalId, disputeId, share);
    }

    function _assertDispute(uint256 disputeId, uint256 rentalId, address opener, uint16 ruling) internal view {
        IArbitration.Dispute memory d = arbitration.getDispute(disputeId);
        assertEq(d.rentalId, rentalId);
        assertEq(d.opener, opener);
        assertEq(d.renter, renter);
        assertEq(d.provider, provider);
        assertTrue(d.executed);
        assertEq(d.ruling, ruling);
        assertEq(arbitration.disputeOf(rentalId), disputeId);
        assertEq(escrow.getRental(rentalId).disputeId, disputeId);
        assertEq(arbitration.disputeCount(), 1);
    }
}
