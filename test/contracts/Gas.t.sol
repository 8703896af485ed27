// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";

/// @notice Named gas snapshots of every lifecycle step, plus two registry baselines and the
/// runtime bytecode size of each deployable. Run with
/// `forge test --isolate --match-contract '^GasTest$'`: each call is then its own
/// transaction, and the values land in snapshots/GasTest.json (`make gas` prints them).
contract GasTest is Fixture {
    bytes32 internal constant CODE = keccak256("gas-bike");

    /// @dev register, verify and list a fresh asset (bindDevice is not a lifecycle step).
    function test_GasListing() public {
        vm.prank(provider);
        uint256 tokenId = registry.register(CODE, keccak256("meta"), "ipfs://meta");
        vm.snapshotGasLastCall("register");

        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 365 days));
        vm.snapshotGasLastCall("verify");

        vm.prank(provider);
        shr.approve(address(escrow), type(uint256).max);
        vm.prank(provider);
        escrow.list(tokenId, address(usd), 10 * USD, 100 * USD, 1 hours, 7 days, USD / 100);
        vm.snapshotGasLastCall("list");
    }

    /// @dev rent, confirmAsset, reportUsage and a clean endRental (rewards minted).
    function test_GasCleanRental() public {
        (, uint256 listingId) = _listed("gas-bike");
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, 2 hours);
        vm.snapshotGasLastCall("rent");

        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        vm.snapshotGasLastCall("confirmAsset");

        bytes memory sig = _signUsage(deviceKey, rentalId, 100, 0, 1);
        escrow.reportUsage(rentalId, 100, 0, 1, sig);
        vm.snapshotGasLastCall("reportUsage");

        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        vm.snapshotGasLastCall("endRental");
        assertEq(shr.balanceOf(renter), 10 ether);
    }

    function test_GasCollectDefault() public {
        (, uint256 listingId) = _listed("gas-bike");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours + 1 days + 1);
        escrow.collectDefault(rentalId);
        vm.snapshotGasLastCall("collectDefault");
    }

    /// @dev openDispute, three votes and the execute that applies the ruling.
    function test_GasDispute() public {
        (, uint256 listingId) = _listed("gas-bike");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.prank(renter);
        uint256 disputeId = escrow.openDispute(rentalId, keccak256("evidence"));
        vm.snapshotGasLastCall("openDispute");

        for (uint256 i = 0; i < arbiters.length; ++i) {
            vm.prank(arbiters[i]);
            arbitration.vote(disputeId, uint16(4000 + 1000 * i));
        }
        arbitration.execute(disputeId);
        vm.snapshotGasLastCall("execute");
        assertTrue(arbitration.getDispute(disputeId).executed);
    }

    /// @dev For comparison: the ERC-4907 user record alone, and a plain ERC-721 transfer of an unlocked asset.
    function test_GasRegistryBaselines() public {
        uint256 tokenId = _asset(provider, "gas-bike");
        vm.prank(address(escrow));
        registry.setUser(tokenId, renter, uint64(block.timestamp + 2 hours));
        vm.snapshotGasLastCall("setUser");

        uint256 other = _asset(provider, "gas-bike-2");
        vm.prank(provider);
        registry.transferFrom(provider, renter, other);
        vm.snapshotGasLastCall("transferFrom");
        assertEq(registry.ownerOf(other), renter);
    }

    function test_BytecodeSizes() public {
        vm.snapshotValue("size_RewardToken", address(shr).code.length);
        vm.snapshotValue("size_AssetRegistry", address(registry).code.length);
        vm.snapshotValue("size_CreditRegistry", address(credit).code.length);
        vm.snapshotValue("size_PledgeEscrow", address(escrow).code.length);
        vm.snapshotValue("size_Arbitration", address(arbitration).code.length);
        vm.snapshotValue("size_PaymentToken", address(usd).code.length);
    }
}
