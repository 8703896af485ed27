// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IERC4907} from "../../contracts/interfaces/IERC4907.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {EscBlockableToken} from "./mocks/EscBlockableToken.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice PledgeEscrow: endRental, collectDefault and withdraw.
contract PledgeEscrowSettleTest is EscrowHelpers {
    uint256 internal tokenId;
    uint256 internal listingId;
    uint256 internal rentalId;
    uint64 internal start;
    uint64 internal end;

    function setUp() public override {
        super.setUp();
        (tokenId, listingId) = _listed("bike-1");
        rentalId = _rent(renter, listingId, 2 hours);
        start = uint64(block.timestamp);
        end = start + 2 hours;
    }

    // ---------------------------------------------------------------- endRental: on time

    function test_EndRental_OnTime() public {
        Split memory e = _expFixture(start, 2 hours, 0, 0, end);
        // written out as well: 20 rent charged, 0.5 fee, 19.5 to the provider, the deposit back
        assertEq(e.rentCharged, 20 * USD);
        assertEq(e.platformFee, USD / 2);
        assertEq(e.toProvider, 19 * USD + USD / 2);
        assertEq(e.refund, 100 * USD);
        _endAndCheck(renter, end, e, 0, 0);
    }

    function test_EndRental_ProviderAtEnd() public {
        _endAndCheck(provider, end, _expFixture(start, 2 hours, 0, 0, end), 0, 0);
    }

    function test_EndRental_EarlyChargesElapsedTime() public {
        uint256 t = start + 90 minutes + 1;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        // ceil(10 tUSD × 5401 s / 3600 s), the rest of the 20 tUSD comes back
        assertEq(e.rentCharged, 15_002_778);
        assertEq(e.platformFee, 375_069);
        assertEq(e.refund, 20 * USD - 15_002_778 + 100 * USD);
        _endAndCheck(renter, t, e, 0, 0);
    }

    function test_EndRental_EarlyChargesMinDuration() public {
        uint256 t = start + 10 minutes;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        assertEq(e.rentCharged, 10 * USD);
        assertEq(e.refund, 110 * USD);
        _endAndCheck(renter, t, e, 0, 0);
    }

    function test_EndRental_RightAway() public {
        // returned in the same block: still the minimum duration
        Split memory e = _expFixture(start, 2 hours, 0, 0, start);
        assertEq(e.rentCharged, 10 * USD);
        _endAndCheck(renter, start, e, 0, 0);
    }

    function test_EndRental_UsageAndDamage() public {
        _report(rentalId, 600, 1000, 1);
        _report(rentalId, 400, 500, 2);
        Split memory e = _expFixture(start, 2 hours, 1000, 1500, end);
        // 10 usage, 15 damage, fee on 20 + 10
        assertEq(e.usageFee, 10 * USD);
        assertEq(e.damage, 15 * USD);
        assertEq(e.platformFee, 750_000);
        assertEq(e.toProvider, 20 * USD + 10 * USD - 750_000 + 15 * USD);
        assertEq(e.refund, 75 * USD);
        _endAndCheck(renter, end, e, 1000, 1500);
    }

    function test_EndRental_UsageOnlyIsStillClean() public {
        _report(rentalId, 500, 0, 1);
        Split memory e = _expFixture(start, 2 hours, 500, 0, end);
        assertEq(e.usageFee, 5 * USD);
        _endAndCheck(renter, end, e, 500, 0);
    }

    // ---------------------------------------------------------------- endRental: late

    function test_EndRental_Late() public {
        uint256 t = end + 30 minutes;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        // ceil(10 tUSD × 1800 s × 20 000 / (3600 × 10 000)) = 10 tUSD
        assertEq(e.lateFee, 10 * USD);
        assertEq(e.refund, 90 * USD);
        _endAndCheck(renter, t, e, 0, 0);
    }

    function test_EndRental_LateOneSecondRoundsUp() public {
        uint256 t = end + 1;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        // 10e6 × 1 × 20 000 / 36e6 = 5555.5… → 5556
        assertEq(e.lateFee, 5556);
        _endAndCheck(renter, t, e, 0, 0);
    }

    function test_EndRental_ProviderLateFeeRunsToCall() public {
        uint256 t = end + 1 hours;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        assertEq(e.lateFee, 20 * USD);
        _endAndCheck(provider, t, e, 0, 0);
    }

    function test_EndRental_AtGraceDeadline() public {
        uint256 t = end + GRACE;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        // the late fee (480 tUSD) is capped at the deposit
        assertEq(e.lateFee, 100 * USD);
        assertEq(e.refund, 0);
        _endAndCheck(renter, t, e, 0, 0);
    }

    function test_EndRental_DeductionsTakenInOrderAndCapped() public {
        // usage 90, damage 20 → 10 left, late fee 20 → 0 left
        _report(rentalId, 9000, 2000, 1);
        uint256 t = end + 1 hours;
        Split memory e = _expFixture(start, 2 hours, 9000, 2000, t);
        assertEq(e.usageFee, 90 * USD);
        assertEq(e.damage, 10 * USD);
        assertEq(e.lateFee, 0);
        assertEq(e.refund, 0);
        _endAndCheck(renter, t, e, 9000, 2000);
    }

    function test_EndRental_UsageAboveDepositIsCapped() public {
        _report(rentalId, 1_000_000, 5000, 1);
        Split memory e = _expFixture(start, 2 hours, 1_000_000, 5000, end);
        assertEq(e.usageFee, DEPOSIT);
        assertEq(e.damage, 0);
        _endAndCheck(renter, end, e, 1_000_000, 5000);
    }

    function test_EndRental_OverflowingUsageTakesTheDeposit() public {
        // units × pricePerUnit overflows uint256: the rule still caps the fee at the deposit
        uint256 units = type(uint256).max / PER_UNIT + 1;
        _report(rentalId, units, 0, 1);
        vm.warp(end);
        Balances memory b = _balances();
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, 20 * USD, DEPOSIT, 0, 0, (120 * USD) * FEE_BPS / 10_000, 0
        );
        _end(renter, rentalId);
        assertEq(usd.balanceOf(renter), b.renter);
        assertEq(usd.balanceOf(treasury) - b.treasury, 3 * USD);
        assertEq(usd.balanceOf(provider) - b.provider, 117 * USD);
    }

    // ---------------------------------------------------------------- endRental: params at rent

    function test_EndRental_KeepsParamsAtRent() public {
        address treasury2 = makeAddr("treasury2");
        vm.prank(governor);
        escrow.setParams(1000, 1 hours, 5000, 1 ether, 50 ether, treasury2);

        // the old 24 h grace still applies, and the old late fee, fee, treasury
        uint256 t = end + 2 hours;
        Split memory e = _expFixture(start, 2 hours, 0, 0, t);
        assertEq(e.lateFee, 40 * USD);
        _endAndCheck(renter, t, e, 0, 0);
        assertEq(usd.balanceOf(treasury2), 0);
    }

    function test_EndRental_KeepsRewardAtRent() public {
        vm.prank(governor);
        escrow.setParams(1000, 1 hours, 5000, 1 ether, 50 ether, makeAddr("treasury2"));
        vm.warp(end);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, renter, REWARD);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RewardPaid(rentalId, provider, REWARD);
        _end(renter, rentalId);
    }

    function test_EndRental_LaterRentalUsesNewParams() public {
        address treasury2 = makeAddr("treasury2");
        _end(renter, rentalId);
        vm.prank(governor);
        escrow.setParams(1000, 1 hours, 5000, 1 ether, 50 ether, treasury2);
        uint256 second = _rent(renter2, listingId, 2 hours);
        uint64 end2 = uint64(block.timestamp + 2 hours);

        uint256 t = end2 + 30 minutes;
        vm.warp(t);
        uint256 provBefore = usd.balanceOf(provider);
        Split memory e = _expReturn(
            Terms({
                pricePerHour: PRICE,
                pricePerUnit: PER_UNIT,
                paidRent: 20 * USD,
                paidDeposit: DEPOSIT,
                units: 0,
                damageBps: 0,
                start: end2 - 2 hours,
                end: end2,
                minDuration: MIN_DURATION
            }),
            t,
            1000,
            5000
        );
        assertEq(e.lateFee, 2_500_000);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            second, renter2, provider, e.rentCharged, 0, 0, e.lateFee, e.platformFee, e.refund
        );
        _end(renter2, second);
        assertEq(usd.balanceOf(treasury2), 2 * USD);
        assertEq(usd.balanceOf(provider) - provBefore, e.toProvider);

        // the new grace of one hour: past it, the rental can only default
        uint256 third = _rent(renter2, listingId, 2 hours);
        uint64 deadline = uint64(block.timestamp + 2 hours + 1 hours);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, third, deadline));
        _end(renter2, third);
    }

    // ---------------------------------------------------------------- endRental: reverts

    function test_RevertWhen_EndRentalProviderBeforeEnd() public {
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotEnded.selector, rentalId, end));
        _end(provider, rentalId);
    }

    function test_RevertWhen_EndRentalNotParty() public {
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, stranger));
        _end(stranger, rentalId);
        // the keeper only collects defaults
        vm.warp(end + GRACE);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNotParty.selector, rentalId, stranger));
        _end(stranger, rentalId);
    }

    function test_RevertWhen_EndRentalOverdue() public {
        vm.warp(end + GRACE + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, end + GRACE));
        _end(renter, rentalId);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, end + GRACE));
        _end(provider, rentalId);
    }

    function test_RevertWhen_EndRentalTwice() public {
        _end(renter, rentalId);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Settled, true);
    }

    function test_RevertWhen_EndRentalUnknown() public {
        _expectNotActive(5, IPledgeEscrow.RentalStatus.None, true);
    }

    function test_RevertWhen_EndRentalDefaulted() public {
        vm.warp(end + GRACE + 1);
        escrow.collectDefault(rentalId);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Defaulted, true);
    }

    function test_RevertWhen_EndRentalDisputed() public {
        vm.prank(provider);
        escrow.openDispute(rentalId, keccak256("scratched"));
        vm.warp(end);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Disputed, true);
    }

    function test_RevertWhen_OpenDisputeOverdue() public {
        vm.warp(end + GRACE + 1);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.RentalOverdue.selector, rentalId, end + GRACE));
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("late"));
    }

    function test_OpenDispute_AtGraceDeadline() public {
        vm.warp(end + GRACE);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.DisputeOpened(rentalId, 1, provider, keccak256("late"));
        vm.prank(provider);
        escrow.openDispute(rentalId, keccak256("late"));
    }

    // ---------------------------------------------------------------- collectDefault

    function test_CollectDefault() public {
        _report(rentalId, 100, 300, 1);
        vm.warp(end + GRACE + 1);
        Balances memory b = _balances();
        uint256 escrowShr = shr.balanceOf(address(escrow));
        // floor(20 tUSD × 250 / 10 000)
        uint256 fee = 20 * USD * FEE_BPS / 10_000;
        assertEq(fee, USD / 2);

        vm.recordLogs();
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalDefaulted(rentalId, renter, provider, DEPOSIT, fee);
        vm.expectEmit(address(credit));
        emit ICreditRegistry.ScoreChanged(renter, NEWCOMER, NEWCOMER - 200, DEFAULTED);
        vm.expectEmit(address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.expectEmit(address(usd));
        emit IERC20.Transfer(address(escrow), treasury, fee);
        vm.expectEmit(address(usd));
        emit IERC20.Transfer(address(escrow), provider, 20 * USD - fee + DEPOSIT);
        vm.prank(stranger);
        escrow.collectDefault(rentalId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        assertEq(usd.balanceOf(treasury) - b.treasury, fee);
        assertEq(usd.balanceOf(provider) - b.provider, 20 * USD - fee + DEPOSIT);
        assertEq(usd.balanceOf(renter), b.renter);
        assertEq(usd.balanceOf(address(escrow)), 0);
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Defaulted));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        assertEq(escrow.activeRentalCount(renter), 0);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), 0);
        assertEq(credit.scoreOf(renter), 400);
        assertEq(credit.scoreOf(provider), NEWCOMER);
        // the pledge is untouched, and nobody is rewarded
        assertEq(uint8(escrow.getListing(listingId).pledgeState), uint8(IPledgeEscrow.PledgeState.Locked));
        assertEq(shr.balanceOf(address(escrow)), escrowShr);
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RewardPaid.selector), 0);
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RentalSettled.selector), 0);
        // the asset is free again and the listing open
        assertTrue(escrow.getListing(listingId).open);
        _rent(renter2, listingId, 2 hours);
    }

    function test_CollectDefault_TierAdjustedDeposit() public {
        (, uint256 other) = _listed("bike-2");
        address risky = makeAddr("risky");
        _fund(risky);
        _moveScore(risky, 550);
        uint256 rid = _rent(risky, other, 3 hours);
        uint256 paidDeposit = 150 * USD;
        assertEq(escrow.getRental(rid).deposit, paidDeposit);
        vm.warp(block.timestamp + 3 hours + GRACE + 1);
        uint256 provBefore = usd.balanceOf(provider);
        uint256 fee = 30 * USD * FEE_BPS / 10_000;
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalDefaulted(rid, risky, provider, paidDeposit, fee);
        escrow.collectDefault(rid);
        assertEq(usd.balanceOf(provider) - provBefore, 30 * USD - fee + paidDeposit);
    }

    function test_CollectDefault_KeepsParamsAtRent() public {
        address treasury2 = makeAddr("treasury2");
        vm.prank(governor);
        escrow.setParams(1000, 1 hours, 5000, 1 ether, 50 ether, treasury2);
        // the new grace (1 h) has long passed, the rental's own (24 h) has not
        vm.warp(end + 2 hours);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, rentalId, end + GRACE));
        escrow.collectDefault(rentalId);
        vm.warp(end + GRACE + 1);
        escrow.collectDefault(rentalId);
        assertEq(usd.balanceOf(treasury), USD / 2);
        assertEq(usd.balanceOf(treasury2), 0);
    }

    function test_RevertWhen_CollectDefaultNotDue() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, rentalId, end + GRACE));
        escrow.collectDefault(rentalId);
        vm.warp(end + GRACE);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowDefaultNotDue.selector, rentalId, end + GRACE));
        escrow.collectDefault(rentalId);
    }

    function test_RevertWhen_CollectDefaultTwice() public {
        vm.warp(end + GRACE + 1);
        escrow.collectDefault(rentalId);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Defaulted, false);
    }

    function test_RevertWhen_CollectDefaultSettled() public {
        _end(renter, rentalId);
        vm.warp(end + GRACE + 1);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Settled, false);
    }

    function test_RevertWhen_CollectDefaultDisputed() public {
        vm.prank(renter);
        escrow.openDispute(rentalId, keccak256("broken"));
        vm.warp(end + GRACE + 1);
        _expectNotActive(rentalId, IPledgeEscrow.RentalStatus.Disputed, false);
    }

    function test_RevertWhen_CollectDefaultUnknown() public {
        _expectNotActive(42, IPledgeEscrow.RentalStatus.None, false);
    }

    // ---------------------------------------------------------------- rewards

    function test_EndRental_RewardOverCapIsSkipped() public {
        _end(renter, rentalId);
        uint256 cap = shr.cap();
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, cap, BASE_PLEDGE, treasury);
        uint256 second = _rent(renter, listingId, 2 hours);
        uint256 renterShr = shr.balanceOf(renter);
        uint256 providerShr = shr.balanceOf(provider);
        vm.warp(block.timestamp + 2 hours);
        vm.recordLogs();
        _end(renter, second);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RewardPaid.selector), 0);
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RentalSettled.selector), 1);
        assertEq(shr.balanceOf(renter), renterShr);
        assertEq(shr.balanceOf(provider), providerShr);
        assertEq(uint8(escrow.getRental(second).status), uint8(IPledgeEscrow.RentalStatus.Settled));
    }

    // ---------------------------------------------------------------- withdraw

    function test_Withdraw_CreditOfBlockedProvider() public {
        (EscBlockableToken token, uint256 rid) = _blockableRental();
        token.setBlocked(provider, true);
        vm.warp(block.timestamp + 2 hours);
        uint256 toProvider = 20 * USD - USD / 2;

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentCredited(address(token), provider, toProvider);
        _end(renter, rid);
        assertEq(escrow.claimable(address(token), provider), toProvider);
        assertEq(token.balanceOf(address(escrow)), toProvider);
        // the others were paid
        assertEq(token.balanceOf(treasury), USD / 2);
        assertEq(token.balanceOf(renter), 1000 * USD - 20 * USD);

        // still blocked: the withdrawal reverts and the credit stays
        vm.expectRevert(abi.encodeWithSelector(EscBlockableToken.Blocked.selector, provider));
        vm.prank(provider);
        escrow.withdraw(address(token));
        assertEq(escrow.claimable(address(token), provider), toProvider);

        token.setBlocked(provider, false);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Withdrawn(address(token), provider, toProvider);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(escrow), provider, toProvider);
        vm.prank(provider);
        escrow.withdraw(address(token));
        assertEq(escrow.claimable(address(token), provider), 0);
        assertEq(token.balanceOf(provider), toProvider);
        assertEq(token.balanceOf(address(escrow)), 0);

        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowNothingToWithdraw.selector, address(token), provider)
        );
        vm.prank(provider);
        escrow.withdraw(address(token));
    }

    function test_Withdraw_CreditOfBlockedTreasuryAtDefault() public {
        (EscBlockableToken token, uint256 rid) = _blockableRental();
        token.setBlocked(treasury, true);
        vm.warp(block.timestamp + 2 hours + GRACE + 1);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentCredited(address(token), treasury, USD / 2);
        escrow.collectDefault(rid);
        assertEq(token.balanceOf(provider), 20 * USD - USD / 2 + DEPOSIT);
        token.setBlocked(treasury, false);
        vm.prank(treasury);
        escrow.withdraw(address(token));
        assertEq(token.balanceOf(treasury), USD / 2);
        assertEq(token.balanceOf(address(escrow)), 0);
    }

    function test_RevertWhen_WithdrawNothing() public {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNothingToWithdraw.selector, address(usd), renter));
        vm.prank(renter);
        escrow.withdraw(address(usd));
    }

    // ---------------------------------------------------------------- helpers

    /// @notice What `_endAndCheck` remembers from before the call.
    struct Before {
        Balances usd;
        uint256 renterShr;
        uint256 providerShr;
        uint16 score;
        uint16 afterOutcome;
        bool late;
        bool clean;
    }

    /// @dev Warps to `t`, has `caller` end the fixture rental, and checks every effect against `e`.
    function _endAndCheck(address caller, uint256 t, Split memory e, uint256 units, uint16 damageBps) internal {
        vm.warp(t);
        Before memory pre;
        pre.late = t > end;
        pre.clean = !pre.late && damageBps == 0;
        pre.usd = _balances();
        pre.renterShr = shr.balanceOf(renter);
        pre.providerShr = shr.balanceOf(provider);
        pre.score = credit.scoreOf(renter);
        pre.afterOutcome = pre.late ? pre.score - 20 : pre.score + 10;

        IPledgeEscrow.Rental memory r = escrow.getRental(rentalId);
        assertEq(r.units, units);
        assertEq(r.damageBps, damageBps);
        assertEq(r.rent, _expRent(PRICE, 2 hours));
        assertEq(r.deposit, DEPOSIT);

        vm.recordLogs();
        _expectSettleEvents(e, pre, damageBps > 0);
        _end(caller, rentalId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // money: exact split, and everything held for the rental is paid out
        assertEq(usd.balanceOf(treasury) - pre.usd.treasury, e.platformFee, "treasury");
        assertEq(usd.balanceOf(provider) - pre.usd.provider, e.toProvider, "provider");
        assertEq(usd.balanceOf(renter) - pre.usd.renter, e.refund, "renter");
        assertEq(e.platformFee + e.toProvider + e.refund, r.rent + r.deposit, "conservation");
        assertEq(usd.balanceOf(address(escrow)), pre.usd.escrow - r.rent - r.deposit, "escrow");
        assertEq(_count(logs, address(escrow), IPledgeEscrow.PaymentCredited.selector), 0);

        // state
        assertEq(uint8(escrow.getRental(rentalId).status), uint8(IPledgeEscrow.RentalStatus.Settled));
        assertEq(escrow.activeRentalOf(tokenId), 0);
        assertEq(escrow.activeRentalCount(renter), 0);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), 0);
        assertEq(credit.scoreOf(renter), damageBps > 0 ? pre.afterOutcome - 50 : pre.afterOutcome);
        assertEq(credit.scoreOf(provider), NEWCOMER);

        // rewards only for a clean rental
        assertEq(_count(logs, address(escrow), IPledgeEscrow.RewardPaid.selector), pre.clean ? 2 : 0);
        assertEq(shr.balanceOf(renter) - pre.renterShr, pre.clean ? REWARD : 0);
        assertEq(shr.balanceOf(provider) - pre.providerShr, pre.clean ? REWARD : 0);
    }

    function _expectSettleEvents(Split memory e, Before memory pre, bool damaged) internal {
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RentalSettled(
            rentalId, renter, provider, e.rentCharged, e.usageFee, e.damage, e.lateFee, e.platformFee, e.refund
        );
        vm.expectEmit(address(credit));
        emit ICreditRegistry.ScoreChanged(
            renter, pre.score, pre.afterOutcome, pre.late ? RETURNED_LATE : COMPLETED_ON_TIME
        );
        if (damaged) {
            vm.expectEmit(address(credit));
            emit ICreditRegistry.ScoreChanged(renter, pre.afterOutcome, pre.afterOutcome - 50, DAMAGE_CAUSED);
        }
        vm.expectEmit(address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        if (pre.clean) {
            vm.expectEmit(address(escrow));
            emit IPledgeEscrow.RewardPaid(rentalId, renter, REWARD);
            vm.expectEmit(address(escrow));
            emit IPledgeEscrow.RewardPaid(rentalId, provider, REWARD);
        }
    }

    function _expectNotActive(uint256 id, IPledgeEscrow.RentalStatus status, bool viaEnd) internal {
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, id, status));
        if (viaEnd) {
            _end(renter, id);
        } else {
            escrow.collectDefault(id);
        }
    }

    /// @dev A 2-hour rental by `renter` of a fresh asset listed in a blockable payment token.
    function _blockableRental() internal returns (EscBlockableToken token, uint256 rid) {
        token = new EscBlockableToken();
        vm.prank(governor);
        escrow.setPaymentToken(address(token), true);
        uint256 id = _asset(provider, "blockable");
        vm.prank(provider);
        uint256 lid = escrow.list(id, address(token), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        token.mint(renter, 1000 * USD);
        vm.prank(renter);
        token.approve(address(escrow), type(uint256).max);
        vm.prank(renter);
        rid = escrow.rent(lid, 2 hours);
    }
}
