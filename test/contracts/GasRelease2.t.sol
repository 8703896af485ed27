// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../contracts/PaymentToken.sol";
import {Split} from "../../contracts/Split.sol";
import {SplitFactory} from "../../contracts/SplitFactory.sol";
import {TelemetryAnchor} from "../../contracts/TelemetryAnchor.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Named gas snapshots of the release-2 contracts' steps — `anchor`, `createSplit`,
/// `release` — and their bytecode sizes. Run with
/// `forge test --isolate --match-contract '^GasRelease2Test$'`: each call is then its own
/// transaction, and the values land in snapshots/GasRelease2Test.json.
///
/// `anchor` is measured in the steady state (a later epoch: the last-epoch slot is warm from
/// earlier transactions, the root slot new). `createSplit` for two and sixteen co-owners (the test
/// also checks that a full deployment of one split, the cost clones avoid, is over five times more).
/// `release` the first time an account releases a token (its released slot and the token's total
/// are new) and later (both already set), paid in a token the account already holds.
contract GasRelease2Test is Test {
    uint256 internal constant ANCHOR_TARGET = 60_000;
    uint256 internal constant CREATE_TARGET = 90_000; // two co-owners
    uint256 internal constant RELEASE_TARGET = 100_000; // first release, the costliest

    TelemetryAnchor internal telemetry;
    SplitFactory internal factory;
    PaymentToken internal usd;
    address internal anchorer = makeAddr("anchorer");
    address internal creator = makeAddr("creator");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public {
        telemetry = new TelemetryAnchor(address(this));
        telemetry.grantRole(telemetry.ANCHOR_ROLE(), anchorer);
        factory = new SplitFactory();
        usd = new PaymentToken();
    }

    function test_GasAnchor() public {
        vm.prank(anchorer);
        telemetry.anchor(1, keccak256("epoch-1"), 1000, 1_700_000_000, 1_700_000_060);
        vm.snapshotGasLastCall("anchor_first");
        vm.prank(anchorer);
        telemetry.anchor(2, keccak256("epoch-2"), 1000, 1_700_000_060, 1_700_000_120);
        uint256 used = vm.snapshotGasLastCall("anchor");
        assertLe(used, ANCHOR_TARGET, "anchor over its target");
    }

    function test_GasCreateSplit() public {
        address[] memory two = new address[](2);
        (two[0], two[1]) = (alice, bob);
        uint16[] memory twoShares = new uint16[](2);
        (twoShares[0], twoShares[1]) = (6000, 4000);
        vm.prank(creator);
        factory.createSplit(two, twoShares);
        uint256 created = vm.snapshotGasLastCall("createSplit");
        assertLe(created, CREATE_TARGET, "createSplit over its target");

        address[] memory sixteen = new address[](16);
        uint16[] memory sixteenShares = new uint16[](16);
        for (uint256 i; i < 16; ++i) {
            sixteen[i] = makeAddr(string.concat("co-owner-", vm.toString(i)));
            sixteenShares[i] = 625;
        }
        vm.prank(creator);
        factory.createSplit(sixteen, sixteenShares);
        vm.snapshotGasLastCall("createSplit_16");

        // what clones save: one split deployed in full costs ~689 000 gas before storing any
        // account. Not a snapshot: the figure moves with the metadata hash at every comment edit.
        uint256 before = gasleft();
        new Split();
        assertGt(before - gasleft(), 5 * created, "a full deployment would be cheap enough to skip clones");
    }

    function test_GasRelease() public {
        address[] memory two = new address[](2);
        (two[0], two[1]) = (alice, bob);
        uint16[] memory shares = new uint16[](2);
        (shares[0], shares[1]) = (6000, 4000);
        vm.prank(creator);
        Split split = Split(factory.createSplit(two, shares));
        // the co-owners already hold the token, as they would after any earlier income
        usd.mint(alice, 1);
        usd.mint(bob, 1);
        usd.mint(address(split), 1_000_000);

        split.release(address(usd), alice);
        uint256 used = vm.snapshotGasLastCall("release_first");
        assertLe(used, RELEASE_TARGET, "release over its target");

        usd.mint(address(split), 1_000_000);
        split.release(address(usd), alice);
        vm.snapshotGasLastCall("release");

        // a sixteen-account split, the last account releasing again (the longest scan, like `release`)
        address[] memory sixteen = new address[](16);
        uint16[] memory sixteenShares = new uint16[](16);
        for (uint256 i; i < 16; ++i) {
            sixteen[i] = makeAddr(string.concat("co-owner-", vm.toString(i)));
            sixteenShares[i] = 625;
            usd.mint(sixteen[i], 1);
        }
        vm.prank(creator);
        Split big = Split(factory.createSplit(sixteen, sixteenShares));
        usd.mint(address(big), 1_000_000);
        big.release(address(usd), sixteen[15]);
        usd.mint(address(big), 1_000_000);
        big.release(address(usd), sixteen[15]);
        vm.snapshotGasLastCall("release_16_lastAccount");
    }

    /// @dev runtime sizes, each far under the 24 576-byte EIP-170 limit.
    function test_BytecodeSize() public {
        address impl = factory.implementation();
        vm.snapshotValue("size_TelemetryAnchor", address(telemetry).code.length);
        vm.snapshotValue("size_SplitFactory", address(factory).code.length);
        vm.snapshotValue("size_Split", impl.code.length);
        address[3] memory deployables = [address(telemetry), address(factory), impl];
        for (uint256 i; i < deployables.length; ++i) {
            assertLt(deployables[i].code.length, 24_576 / 2, "runtime code over half the EIP-170 limit");
        }
        assertLt(vm.getCode("SplitFactory.sol:SplitFactory").length, 49_152 / 2, "initcode");
    }
}
