// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Split} from "../../contracts/Split.sol";
import {ISplit} from "../../contracts/interfaces/ISplit.sol";
import {SplitTestBase} from "./Split.t.sol";
import {MockFalseReturnToken} from "./mocks/MockFalseReturnToken.sol";
import {MockFeeOnTransferToken} from "./mocks/MockFeeOnTransferToken.sol";
import {ITokenHooks, MockHookToken} from "./mocks/MockHookToken.sol";
import {MockNoReturnToken} from "./mocks/MockNoReturnToken.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice A hostile token: while armed, a transfer out of the split first calls back into the
/// split — before any balance moves, the moment at which the split's balance and its released
/// totals disagree — trying a second {ISplit.release} and a {ISplit.releasable} read, and
/// records how each attempt ended; then it completes the transfer.
contract ReenteringToken is ERC20 {
    Split public target;
    address public victim;
    bytes public releaseError;
    bytes public readError;
    bool public releaseSucceeded;
    bool public readSucceeded;

    constructor() ERC20("Reentering USD", "rUSD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(Split target_, address victim_) external {
        (target, victim) = (target_, victim_);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (address(target) != address(0) && from == address(target)) {
            Split split = target;
            target = Split(address(0)); // one attempt
            try split.release(address(this), victim) {
                releaseSucceeded = true;
            } catch (bytes memory err) {
                releaseError = err;
            }
            try split.releasable(address(this), victim) {
                readSucceeded = true;
            } catch (bytes memory err) {
                readError = err;
            }
        }
        super._update(from, to, value);
    }
}

/// @notice An ERC-777-style receive hook (for {MockHookToken}) that, when its account is paid,
/// calls `release` again — for itself or another account — either letting a failure revert the
/// whole payment (`swallow` false) or catching it (`swallow` true).
contract ReleaseAgainHook is ITokenHooks {
    Split public split;
    address public token;
    address public again;
    bool public swallow;
    uint256 public attempts;
    bytes public lastError;

    function set(Split split_, address token_, address again_, bool swallow_) external {
        (split, token, again, swallow) = (split_, token_, again_, swallow_);
    }

    function tokensToSend(address, address, uint256) external {}

    function tokensReceived(address from, address, uint256) external {
        if (from != address(split)) return;
        ++attempts;
        if (!swallow) {
            split.release(token, again);
            return;
        }
        try split.release(token, again) {}
        catch (bytes memory err) {
            lastError = err;
        }
    }
}

/// @notice Split.release: exact floor arithmetic with rounding dust, receipts interleaved with
/// releases, sixteen co-owners, weird and hostile tokens.
contract SplitReleaseTest is SplitTestBase {
    Split internal split;

    function setUp() public override {
        super.setUp();
        split = _create(_list(alice, bob), _shares(6000, 4000));
    }

    function _release(Split s, address token, address account) internal returns (uint256 paid) {
        vm.prank(carol); // anyone may release for anyone
        paid = s.release(token, account);
    }

    // ---------------------------------------------------------------- arithmetic

    function test_ReleasePaysFloorShareAndLeavesDust() public {
        _pay(address(split), 1001);
        assertEq(split.totalReceived(address(usd)), 1001);
        assertEq(split.releasable(address(usd), alice), 600, "floor(1001 * 0.6)");
        assertEq(split.releasable(address(usd), bob), 400, "floor(1001 * 0.4)");

        vm.expectEmit(address(split));
        emit ISplit.Released(address(usd), alice, 600);
        assertEq(_release(split, address(usd), alice), 600);
        assertEq(_release(split, address(usd), bob), 400);

        assertEq(usd.balanceOf(alice), 600);
        assertEq(usd.balanceOf(bob), 400);
        assertEq(usd.balanceOf(address(split)), 1, "one unit of dust stays");
        assertEq(split.released(address(usd), alice), 600);
        assertEq(split.released(address(usd), bob), 400);
        assertEq(split.totalReleased(address(usd)), 1000);
        assertEq(split.totalReceived(address(usd)), 1001, "balance + released");
        assertEq(split.releasable(address(usd), alice), 0);
        assertEq(split.releasable(address(usd), bob), 0);
    }

    function test_DustIsPaidAsMoreIncomeArrives() public {
        _pay(address(split), 1001);
        _release(split, address(usd), alice);
        _release(split, address(usd), bob);
        _pay(address(split), 1); // received 1002: alice floor(601.2) = 601, bob floor(400.8) = 400
        assertEq(split.releasable(address(usd), alice), 1);
        assertEq(split.releasable(address(usd), bob), 0);
        _pay(address(split), 3); // received 1005: alice 603, bob 402
        assertEq(_release(split, address(usd), alice), 3);
        assertEq(_release(split, address(usd), bob), 2);
        assertEq(usd.balanceOf(address(split)), 0, "1005 splits exactly");
        assertEq(usd.balanceOf(alice) + usd.balanceOf(bob), 1005);
    }

    function test_ThreeWayRounding() public {
        Split three = _create(_list(alice, bob, carol), _shares(3333, 3333, 3334));
        _pay(address(three), 10);
        // floor(3.333) = 3, 3, floor(3.334) = 3; one unit of dust
        assertEq(_release(three, address(usd), alice), 3);
        assertEq(_release(three, address(usd), bob), 3);
        assertEq(_release(three, address(usd), carol), 3);
        assertEq(usd.balanceOf(address(three)), 1);
        _pay(address(three), 290); // 300: 99.99 → 99, 99, 100.02 → 100
        assertEq(_release(three, address(usd), alice), 96);
        assertEq(_release(three, address(usd), bob), 96);
        assertEq(_release(three, address(usd), carol), 97);
        assertEq(usd.balanceOf(address(three)), 2);
    }

    function test_OneBpsShare() public {
        Split tiny = _create(_list(alice, bob), _shares(1, 9999));
        _pay(address(tiny), 9999);
        assertEq(tiny.releasable(address(usd), alice), 0, "floor(0.9999)");
        assertEq(_release(tiny, address(usd), bob), 9998, "floor(9998.0001)");
        _pay(address(tiny), 1);
        assertEq(_release(tiny, address(usd), alice), 1);
        assertEq(_release(tiny, address(usd), bob), 1);
        assertEq(usd.balanceOf(address(tiny)), 0);
    }

    function test_LargeAmountsDoNotOverflow() public {
        // a balance whose product with a share overflows 256 bits (the split uses mulDiv)
        uint256 huge = type(uint256).max / 2;
        (uint256 q, uint256 r) = (huge / BPS, huge % BPS);
        deal(address(usd), address(split), huge);
        // floor((q × 10 000 + r) × s / 10 000) = q × s + floor(r × s / 10 000)
        assertEq(split.releasable(address(usd), alice), q * 6000 + r * 6000 / BPS);
        assertEq(_release(split, address(usd), alice), q * 6000 + r * 6000 / BPS);
        assertEq(_release(split, address(usd), bob), q * 4000 + r * 4000 / BPS);
        assertLt(usd.balanceOf(address(split)), 2);
    }

    function test_ReleaseZeroIsANoOp() public {
        // nothing received yet
        vm.recordLogs();
        assertEq(_release(split, address(usd), alice), 0);
        assertEq(vm.getRecordedLogs().length, 0, "no event");
        // everything already released
        _pay(address(split), 100);
        _release(split, address(usd), alice);
        vm.recordLogs();
        assertEq(_release(split, address(usd), alice), 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 0, "no event, no transfer");
        assertEq(split.released(address(usd), alice), 60);
        assertEq(usd.balanceOf(alice), 60);
    }

    function test_AnyoneMayReleaseButTheAccountIsPaid() public {
        _pay(address(split), 500);
        vm.expectEmit(address(split));
        emit ISplit.Released(address(usd), bob, 200);
        vm.prank(makeAddr("keeper"));
        split.release(address(usd), bob);
        assertEq(usd.balanceOf(bob), 200);
        assertEq(usd.balanceOf(makeAddr("keeper")), 0);
    }

    function test_RevertWhen_AccountNotInSplit() public {
        _pay(address(split), 100);
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitNotAccount.selector, carol));
        split.release(address(usd), carol);
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitNotAccount.selector, address(0)));
        split.release(address(usd), address(0));
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitNotAccount.selector, carol));
        split.releasable(address(usd), carol);
        assertEq(split.released(address(usd), carol), 0, "released is a plain read");
    }

    function test_RevertWhen_TokenHasNoCode() public {
        address notAToken = makeAddr("not-a-token");
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitTokenHasNoCode.selector, notAToken));
        split.release(notAToken, alice);
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitTokenHasNoCode.selector, notAToken));
        split.releasable(notAToken, alice);
        vm.expectRevert(abi.encodeWithSelector(ISplit.SplitTokenHasNoCode.selector, notAToken));
        split.totalReceived(notAToken);
    }

    // ---------------------------------------------------------------- many receipts, many accounts

    /// @dev 80 steps of receipts of all sizes interleaved with releases of random accounts:
    /// after every step each account's released ≤ its floor share, and at the end everyone
    /// holds exactly floor(received × share / 10 000).
    function test_ManyReceiptsInterleavedWithReleases() public {
        Split three = _create(_list(alice, bob, carol), _shares(5001, 3333, 1666));
        address[] memory accounts = _list(alice, bob, carol);
        uint16[] memory shares = _shares(5001, 3333, 1666);
        uint256 received;
        for (uint256 step; step < 80; ++step) {
            uint256 r = uint256(keccak256(abi.encode("step", step)));
            if (r % 3 == 0) {
                uint256 amount = (r >> 8) % (r % 2 == 0 ? 7 : 1e12);
                _pay(address(three), amount);
                received += amount;
            } else {
                _release(three, address(usd), accounts[(r >> 16) % 3]);
            }
            uint256 sum;
            for (uint256 i; i < 3; ++i) {
                uint256 rel = three.released(address(usd), accounts[i]);
                assertLe(rel, received * shares[i] / BPS, "within the floor share");
                sum += rel;
            }
            assertEq(sum, three.totalReleased(address(usd)));
            assertEq(three.totalReceived(address(usd)), received);
        }
        uint256 paidOut;
        for (uint256 i; i < 3; ++i) {
            _release(three, address(usd), accounts[i]);
            assertEq(usd.balanceOf(accounts[i]), received * shares[i] / BPS, "exact floor share");
            paidOut += usd.balanceOf(accounts[i]);
        }
        assertLt(received - paidOut, 3, "dust below one unit per account");
    }

    function test_SixteenAccounts() public {
        address[] memory accounts = _accounts(16);
        uint16[] memory shares = new uint16[](16);
        uint256 total;
        for (uint256 i; i < 15; ++i) {
            shares[i] = uint16(1 + i * 83); // 1, 84, 167, …
            total += shares[i];
        }
        shares[15] = uint16(BPS - total);
        Split big = _create(accounts, shares);
        uint256 received;
        for (uint256 round; round < 5; ++round) {
            uint256 amount = 1_000_003 * (round + 1) + round;
            _pay(address(big), amount);
            received += amount;
            // release every other account each round, all of them in the last
            for (uint256 i = round % 2; i < 16; i += round == 4 ? 1 : 2) {
                _release(big, address(usd), accounts[i]);
            }
        }
        uint256 paidOut;
        for (uint256 i; i < 16; ++i) {
            assertEq(usd.balanceOf(accounts[i]), received * shares[i] / BPS, "each its floor share");
            assertEq(big.releasable(address(usd), accounts[i]), 0);
            paidOut += usd.balanceOf(accounts[i]);
        }
        assertEq(big.totalReleased(address(usd)), paidOut);
        assertLt(received - paidOut, 16);
    }

    function test_TokensAreAccountedSeparately() public {
        MockNoReturnToken usdt = new MockNoReturnToken();
        _pay(address(split), 1000);
        usdt.mint(address(split), 50);
        assertEq(_release(split, address(usdt), alice), 30, "a token without return values works");
        assertEq(split.released(address(usd), alice), 0);
        assertEq(split.releasable(address(usd), alice), 600);
        assertEq(split.totalReleased(address(usdt)), 30);
        assertEq(split.totalReceived(address(usdt)), 50);
        assertEq(usdt.balanceOf(alice), 30);
    }

    // ---------------------------------------------------------------- weird tokens

    /// @dev a token that returns false for a frozen account: that account's release reverts
    /// (SafeERC20) and changes nothing; the other co-owner is not held up.
    function test_BlockedAccountOnlyBlocksItself() public {
        MockFalseReturnToken token = new MockFalseReturnToken();
        token.mint(address(split), 1000);
        token.setFrozen(alice, true);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(token)));
        split.release(address(token), alice);
        assertEq(split.released(address(token), alice), 0);
        assertEq(split.totalReleased(address(token)), 0);
        assertEq(_release(split, address(token), bob), 400);
        token.setFrozen(alice, false);
        assertEq(_release(split, address(token), alice), 600);
    }

    /// @dev a 1% fee on every transfer: the split counts only what reached it, and the
    /// account pays the fee of its own payout (`released` counts what left the split).
    function test_FeeOnTransferToken() public {
        MockFeeOnTransferToken token = new MockFeeOnTransferToken(100);
        token.mint(payer, 10_000);
        vm.prank(payer);
        token.transfer(address(split), 10_000); // 9 900 arrive
        assertEq(split.totalReceived(address(token)), 9900);
        assertEq(_release(split, address(token), alice), 5940);
        assertEq(token.balanceOf(alice), 5940 - 59, "the 1% fee of the payout");
        assertEq(split.released(address(token), alice), 5940);
        assertEq(_release(split, address(token), bob), 3960);
        assertEq(token.balanceOf(address(split)), 0);
    }

    /// @dev a negative rebase after one co-owner released: the others' payouts shrink and are
    /// capped at the balance, never reverting.
    function test_ShrinkingBalanceCapsPayouts() public {
        _pay(address(split), 1000);
        _release(split, address(usd), alice); // 600 out, 400 left
        deal(address(usd), address(split), 100); // the balance shrinks by 300
        // received now counts as 700: bob's floor share is 280, capped at the 100 held
        assertEq(split.releasable(address(usd), bob), 100);
        assertEq(_release(split, address(usd), bob), 100);
        // alice already has more than 60% of 600: nothing, no underflow
        assertEq(split.releasable(address(usd), alice), 0);
        assertEq(_release(split, address(usd), alice), 0);
    }

    // ---------------------------------------------------------------- hostile tokens

    /// @dev the token calls back into the split in the middle of the payout, before balances
    /// move (when balance + released overstates what came in): the second release and the
    /// releasable read are refused by the guard, and exactly the share is paid once.
    function test_HostileTokenCannotReenterMidTransfer() public {
        ReenteringToken token = new ReenteringToken();
        token.mint(address(split), 1000);
        token.arm(split, bob);
        assertEq(_release(split, address(token), alice), 600);

        bytes memory guard = abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        assertFalse(token.releaseSucceeded(), "no second release inside the first");
        assertEq(token.releaseError(), guard);
        assertFalse(token.readSucceeded(), "no mid-transfer read");
        assertEq(token.readError(), guard);

        assertEq(token.balanceOf(alice), 600);
        assertEq(token.balanceOf(bob), 0);
        assertEq(split.totalReleased(address(token)), 600);
        // bob is paid his own share afterwards, no more
        assertEq(_release(split, address(token), bob), 400);
        assertEq(token.balanceOf(address(split)), 0);
    }

    /// @dev an ERC-777-style receive hook of the paid account calls release again for itself:
    /// the guard reverts the whole payout; then, catching that revert, the account is paid once.
    function test_ReentrantHookCannotDoublePay() public {
        MockHookToken token = new MockHookToken();
        ReleaseAgainHook hook = new ReleaseAgainHook();
        Split hooked = _create(_list(address(hook), bob), _shares(6000, 4000));
        token.mint(address(hooked), 1000);
        vm.prank(address(hook));
        token.setHook(address(hook));

        hook.set(hooked, address(token), address(hook), false);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        hooked.release(address(token), address(hook));
        assertEq(hooked.released(address(token), address(hook)), 0, "reverted as a whole");

        hook.set(hooked, address(token), address(hook), true);
        assertEq(_release(hooked, address(token), address(hook)), 600);
        assertEq(hook.attempts(), 1);
        assertEq(
            hook.lastError(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        assertEq(token.balanceOf(address(hook)), 600, "paid once");
        assertEq(hooked.released(address(token), address(hook)), 600);
        assertEq(hooked.releasable(address(token), address(hook)), 0);
    }

    /// @dev the hook releases the *other* account from inside its own payout: refused too, and
    /// the other account is paid exactly its share later.
    function test_ReentrantHookCannotReleaseAnotherAccountInside() public {
        MockHookToken token = new MockHookToken();
        ReleaseAgainHook hook = new ReleaseAgainHook();
        Split hooked = _create(_list(address(hook), bob), _shares(6000, 4000));
        token.mint(address(hooked), 1000);
        vm.prank(address(hook));
        token.setHook(address(hook));
        hook.set(hooked, address(token), bob, true);

        assertEq(_release(hooked, address(token), address(hook)), 600);
        assertEq(token.balanceOf(bob), 0, "not released from inside");
        assertEq(_release(hooked, address(token), bob), 400);
        assertEq(token.balanceOf(address(hooked)), 0);
        assertEq(hooked.totalReleased(address(token)), 1000);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev random receipts and releases over three accounts: at every step Σ released ≤
    /// received and each account's released ≤ floor(received × share / 10 000), and a release
    /// pays exactly what releasable said.
    function testFuzz_ReleaseSequence(uint256 seed, uint16 s0, uint16 s1, uint8 steps) public {
        s0 = uint16(bound(s0, 1, BPS - 2));
        s1 = uint16(bound(s1, 1, BPS - 1 - s0));
        uint16[] memory shares = _shares(s0, s1, uint16(BPS - s0 - s1));
        address[] memory accounts = _list(alice, bob, carol);
        Split s = _create(accounts, shares);
        uint256 received;
        uint256 n = bound(steps, 1, 60);
        for (uint256 step; step < n; ++step) {
            uint256 r = uint256(keccak256(abi.encode(seed, step)));
            if (r % 2 == 0) {
                uint256 amount = bound(r >> 8, 0, 1e30);
                _pay(address(s), amount);
                received += amount;
            } else {
                address account = accounts[(r >> 8) % 3];
                uint256 expected = s.releasable(address(usd), account);
                assertEq(_release(s, address(usd), account), expected);
                assertEq(s.releasable(address(usd), account), 0);
            }
            uint256 sum;
            for (uint256 i; i < 3; ++i) {
                uint256 rel = s.released(address(usd), accounts[i]);
                assertLe(rel, received * shares[i] / BPS);
                assertEq(usd.balanceOf(accounts[i]), rel);
                sum += rel;
            }
            assertLe(sum, received);
            assertEq(sum + usd.balanceOf(address(s)), received);
        }
    }
}
