// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../contracts/PaymentToken.sol";
import {Split} from "../../contracts/Split.sol";
import {SplitFactory} from "../../contracts/SplitFactory.sol";
import {ISplit} from "../../contracts/interfaces/ISplit.sol";
import {ISplitFactory} from "../../contracts/interfaces/ISplitFactory.sol";
import {Test} from "forge-std/Test.sol";

/// @notice What the split tests share: a factory, a plain token anyone mints, and helpers that
/// build account and share lists and create splits.
abstract contract SplitTestBase is Test {
    uint256 internal constant BPS = 10_000;

    SplitFactory internal factory;
    PaymentToken internal usd;
    address internal creator = makeAddr("creator");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal payer = makeAddr("payer");

    function setUp() public virtual {
        factory = new SplitFactory();
        usd = new PaymentToken();
    }

    function _list(address a, address b) internal pure returns (address[] memory xs) {
        xs = new address[](2);
        (xs[0], xs[1]) = (a, b);
    }

    function _list(address a, address b, address c) internal pure returns (address[] memory xs) {
        xs = new address[](3);
        (xs[0], xs[1], xs[2]) = (a, b, c);
    }

    function _shares(uint16 a, uint16 b) internal pure returns (uint16[] memory xs) {
        xs = new uint16[](2);
        (xs[0], xs[1]) = (a, b);
    }

    function _shares(uint16 a, uint16 b, uint16 c) internal pure returns (uint16[] memory xs) {
        xs = new uint16[](3);
        (xs[0], xs[1], xs[2]) = (a, b, c);
    }

    /// @dev `n` distinct accounts named co-owner-0 … co-owner-(n-1).
    function _accounts(uint256 n) internal returns (address[] memory xs) {
        xs = new address[](n);
        for (uint256 i; i < n; ++i) {
            xs[i] = makeAddr(string.concat("co-owner-", vm.toString(i)));
        }
    }

    /// @dev `n` equal shares, the remainder on the first.
    function _equalShares(uint256 n) internal pure returns (uint16[] memory xs) {
        xs = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            xs[i] = uint16(BPS / n);
        }
        xs[0] += uint16(BPS % n);
    }

    function _create(address[] memory accounts, uint16[] memory shares) internal returns (Split) {
        vm.prank(creator);
        return Split(factory.createSplit(accounts, shares));
    }

    /// @dev pays `amount` of `usd` into `split` (as an escrow paying a payee would).
    function _pay(address split, uint256 amount) internal {
        usd.mint(payer, amount);
        vm.prank(payer);
        usd.transfer(split, amount);
    }
}

/// @notice SplitFactory: creation, validation (every {ISplitFactory.SplitFault}), addresses.
contract SplitFactoryTest is SplitTestBase {
    function _expectInvalid(ISplitFactory.SplitFault fault, uint256 index, uint256 value) internal {
        vm.expectRevert(abi.encodeWithSelector(ISplitFactory.InvalidSplit.selector, fault, index, value));
    }

    // ---------------------------------------------------------------- creation

    function test_CreateSplit() public {
        address[] memory accounts = _list(alice, bob);
        uint16[] memory shares = _shares(6000, 4000);
        address predicted = factory.predictSplit(creator, accounts, shares);
        assertEq(predicted.code.length, 0);

        vm.expectEmit(address(factory));
        emit ISplitFactory.SplitCreated(predicted, creator, accounts, shares);
        vm.prank(creator);
        address split = factory.createSplit(accounts, shares);

        assertEq(split, predicted, "address as predicted");
        // an ERC-1167 clone (45 bytes) with 22 bytes of arguments per account
        assertEq(split.code.length, 45 + 2 * 22);
        (address[] memory gotAccounts, uint16[] memory gotShares) = Split(split).accounts();
        assertEq(gotAccounts, accounts);
        assertEq(gotShares.length, 2);
        assertEq(gotShares[0], 6000);
        assertEq(gotShares[1], 4000);
        assertEq(Split(split).shareOf(alice), 6000);
        assertEq(Split(split).shareOf(bob), 4000);
        assertEq(Split(split).shareOf(carol), 0);
        assertEq(Split(split).shareOf(address(0)), 0);
        assertEq(Split(split).factory(), address(factory));
        assertEq(Split(factory.implementation()).factory(), address(factory));
        assertEq(factory.MAX_ACCOUNTS(), 16);
    }

    function test_CreateSplitOneAccount() public {
        address[] memory accounts = new address[](1);
        accounts[0] = alice;
        uint16[] memory shares = new uint16[](1);
        shares[0] = 10_000;
        Split split = _create(accounts, shares);
        assertEq(split.shareOf(alice), 10_000);
    }

    function test_CreateSplitSixteenAccounts() public {
        address[] memory accounts = _accounts(16);
        uint16[] memory shares = _equalShares(16);
        Split split = _create(accounts, shares);
        assertEq(address(split).code.length, 45 + 16 * 22);
        (address[] memory gotAccounts, uint16[] memory gotShares) = split.accounts();
        assertEq(gotAccounts, accounts);
        for (uint256 i; i < 16; ++i) {
            assertEq(gotShares[i], 625);
            assertEq(split.shareOf(accounts[i]), 625);
        }
    }

    function test_CreateSplitExtremeShares() public {
        // one bps for one co-owner, the rest for the other
        Split split = _create(_list(alice, bob), _shares(1, 9999));
        assertEq(split.shareOf(alice), 1);
        assertEq(split.shareOf(bob), 9999);
    }

    // ---------------------------------------------------------------- every InvalidSplit case

    function test_RevertWhen_NoAccounts() public {
        _expectInvalid(ISplitFactory.SplitFault.NoAccounts, 0, 0);
        factory.createSplit(new address[](0), new uint16[](0));
    }

    function test_RevertWhen_TooManyAccounts() public {
        address[] memory accounts = _accounts(17);
        uint16[] memory shares = new uint16[](17);
        for (uint256 i; i < 17; ++i) {
            shares[i] = i == 0 ? 10_000 - 16 * 588 : 588;
        }
        _expectInvalid(ISplitFactory.SplitFault.TooManyAccounts, 0, 17);
        factory.createSplit(accounts, shares);
    }

    function test_RevertWhen_LengthMismatch() public {
        _expectInvalid(ISplitFactory.SplitFault.LengthMismatch, 2, 3);
        factory.createSplit(_list(alice, bob), _shares(5000, 4000, 1000));
        _expectInvalid(ISplitFactory.SplitFault.LengthMismatch, 3, 2);
        factory.createSplit(_list(alice, bob, carol), _shares(5000, 5000));
        // no shares at all
        _expectInvalid(ISplitFactory.SplitFault.LengthMismatch, 2, 0);
        factory.createSplit(_list(alice, bob), new uint16[](0));
    }

    function test_RevertWhen_ZeroAccount() public {
        _expectInvalid(ISplitFactory.SplitFault.ZeroAccount, 1, 0);
        factory.createSplit(_list(alice, address(0), bob), _shares(5000, 3000, 2000));
        _expectInvalid(ISplitFactory.SplitFault.ZeroAccount, 0, 0);
        factory.createSplit(_list(address(0), bob), _shares(5000, 5000));
    }

    function test_RevertWhen_DuplicateAccount() public {
        // the account at 2 repeats the one at 0
        _expectInvalid(ISplitFactory.SplitFault.DuplicateAccount, 2, 0);
        factory.createSplit(_list(alice, bob, alice), _shares(5000, 3000, 2000));
        _expectInvalid(ISplitFactory.SplitFault.DuplicateAccount, 1, 0);
        factory.createSplit(_list(alice, alice), _shares(5000, 5000));
    }

    function test_RevertWhen_DuplicateAmongSixteen() public {
        address[] memory accounts = _accounts(16);
        accounts[15] = accounts[9];
        _expectInvalid(ISplitFactory.SplitFault.DuplicateAccount, 15, 9);
        factory.createSplit(accounts, _equalShares(16));
    }

    function test_RevertWhen_ZeroShare() public {
        _expectInvalid(ISplitFactory.SplitFault.ZeroShare, 2, 0);
        factory.createSplit(_list(alice, bob, carol), _shares(6000, 4000, 0));
        _expectInvalid(ISplitFactory.SplitFault.ZeroShare, 0, 0);
        factory.createSplit(_list(alice, bob), _shares(0, 10_000));
    }

    function test_RevertWhen_SharesNotTotal() public {
        _expectInvalid(ISplitFactory.SplitFault.SharesNotTotal, 0, 9999);
        factory.createSplit(_list(alice, bob), _shares(6000, 3999));
        _expectInvalid(ISplitFactory.SplitFault.SharesNotTotal, 0, 10_001);
        factory.createSplit(_list(alice, bob), _shares(6000, 4001));
        // the total is not a uint16: 65 535 + 65 535 does not wrap around to anything
        _expectInvalid(ISplitFactory.SplitFault.SharesNotTotal, 0, 131_070);
        factory.createSplit(_list(alice, bob), _shares(type(uint16).max, type(uint16).max));
        // nor do shares that would wrap a uint16 to exactly 10 000 (65 536 + 10 000)
        _expectInvalid(ISplitFactory.SplitFault.SharesNotTotal, 0, 75_536);
        factory.createSplit(_list(alice, bob, carol), _shares(type(uint16).max, 1, 10_000));
    }

    /// @dev the checks run in the documented order: count, lengths, then entry by entry, then the total.
    function test_RevertWhen_SeveralFaultsReportsTheFirst() public {
        // a zero account (index 0) and a bad total: the account is reported
        _expectInvalid(ISplitFactory.SplitFault.ZeroAccount, 0, 0);
        factory.createSplit(_list(address(0), bob), _shares(1, 1));
        // a zero share at 1 before a duplicate at 2
        _expectInvalid(ISplitFactory.SplitFault.ZeroShare, 1, 0);
        factory.createSplit(_list(alice, bob, alice), _shares(5000, 0, 5000));
    }

    // ---------------------------------------------------------------- addresses

    function test_RevertWhen_SameCreatorSameSplit() public {
        Split first = _create(_list(alice, bob), _shares(6000, 4000));
        vm.expectRevert(abi.encodeWithSelector(ISplitFactory.SplitExists.selector, address(first)));
        vm.prank(creator);
        factory.createSplit(_list(alice, bob), _shares(6000, 4000));
    }

    function test_OtherCreatorOrOtherOrderMakesAnotherSplit() public {
        Split first = _create(_list(alice, bob), _shares(6000, 4000));
        // another creator, same accounts and shares
        vm.prank(carol);
        address second = factory.createSplit(_list(alice, bob), _shares(6000, 4000));
        // the same creator with the accounts in another order
        Split third = _create(_list(bob, alice), _shares(4000, 6000));
        // the same creator, other shares
        Split fourth = _create(_list(alice, bob), _shares(5000, 5000));
        assertTrue(second != address(first) && address(third) != address(first) && address(fourth) != address(first));
        assertTrue(address(third) != second && address(fourth) != second && address(third) != address(fourth));
    }

    /// @dev a split's address does not depend on other splits created before it (a reorg that
    /// reorders creations cannot move it), nor on the creator's nonce.
    function test_AddressIndependentOfOtherCreations() public {
        address predicted = factory.predictSplit(creator, _list(alice, bob), _shares(6000, 4000));
        vm.prank(carol);
        factory.createSplit(_list(alice, carol), _shares(5000, 5000));
        vm.prank(bob);
        factory.createSplit(_list(bob, carol), _shares(5000, 5000));
        vm.setNonce(creator, 77);
        Split split = _create(_list(alice, bob), _shares(6000, 4000));
        assertEq(address(split), predicted);
    }

    function testFuzz_CreateValidSplit(uint256 n, uint256 seed, address who) public {
        n = bound(n, 1, 16);
        address[] memory accounts = _accounts(n);
        // random shares ≥ 1 summing to 10 000: give each 1, spread the rest at random
        uint16[] memory shares = new uint16[](n);
        uint256 left = BPS - n;
        for (uint256 i; i < n; ++i) {
            uint256 extra = i == n - 1 ? left : uint256(keccak256(abi.encode(seed, i))) % (left + 1);
            shares[i] = uint16(1 + extra);
            left -= extra;
        }
        address predicted = factory.predictSplit(who, accounts, shares);
        vm.prank(who);
        address split = factory.createSplit(accounts, shares);
        assertEq(split, predicted);
        (address[] memory gotAccounts, uint16[] memory gotShares) = Split(split).accounts();
        assertEq(gotAccounts, accounts);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            assertEq(gotShares[i], shares[i]);
            assertEq(Split(split).shareOf(accounts[i]), shares[i]);
            total += gotShares[i];
        }
        assertEq(total, BPS);
    }

    function testFuzz_RevertWhen_SharesDoNotTotal(uint16 a, uint16 b) public {
        a = uint16(bound(a, 1, type(uint16).max));
        b = uint16(bound(b, 1, type(uint16).max));
        // a total of exactly 10 000 means b ≤ 9 999: step off it
        if (uint256(a) + b == BPS) ++b;
        _expectInvalid(ISplitFactory.SplitFault.SharesNotTotal, 0, uint256(a) + b);
        factory.createSplit(_list(alice, bob), _shares(a, b));
    }

    // ---------------------------------------------------------------- the implementation

    function test_ImplementationIsNotASplit() public {
        Split impl = Split(factory.implementation());
        _pay(address(impl), 100);
        vm.expectRevert(ISplit.SplitNotAClone.selector);
        impl.release(address(usd), alice);
        vm.expectRevert(ISplit.SplitNotAClone.selector);
        impl.releasable(address(usd), alice);
        vm.expectRevert(ISplit.SplitNotAClone.selector);
        impl.accounts();
        vm.expectRevert(ISplit.SplitNotAClone.selector);
        impl.shareOf(alice);
    }

    function test_SplitRefusesEther() public {
        Split split = _create(_list(alice, bob), _shares(6000, 4000));
        vm.deal(payer, 1 ether);
        vm.prank(payer);
        (bool ok,) = address(split).call{value: 1 ether}("");
        assertFalse(ok, "no receive function");
    }
}
