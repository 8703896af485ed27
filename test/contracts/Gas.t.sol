// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PledgeEscrowExtension} from "../../contracts/escrow/PledgeEscrowExtension.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Named gas snapshots of every lifecycle step, plus two registry baselines and the
/// runtime bytecode size of each deployable. Run with
/// `forge test --isolate --match-contract '^GasTest$'`: each call is then its own
/// transaction, and the values land in snapshots/GasTest.json (`make gas` prints them).
///
/// The rental steps are measured in the steady state of DESIGN §6.6: the renter's second
/// rental while one other is open, the token with one other booking (and a history of
/// rentals), paid in a token the escrow already holds, no permit, no platform. Targets:
/// `rent` (now or booked) ≤ 200 000, `endRental` ≤ 150 000 with no platform (+12 000 per
/// platform paid), `releaseDeposit` ≤ 200 000 with rewards, `list` ≤ 250 000.
contract GasTest is Fixture {
    uint256 internal constant RENT_TARGET = 200_000;
    uint256 internal constant END_TARGET = 150_000;
    uint256 internal constant PLATFORM_EXTRA = 12_000;
    uint256 internal constant RELEASE_TARGET = 200_000;
    uint256 internal constant LIST_TARGET = 250_000;

    address internal keeper = makeAddr("keeper");
    address internal listingPlatform = makeAddr("listingPlatform");
    address internal renterPlatform = makeAddr("renterPlatform");

    uint256 internal tokenId;
    uint256 internal listingId;
    /// @dev the renter's other open rental (on a second asset).
    uint256 internal otherRental;

    /// @dev The steady state: two assets with a history of rentals (settled), the renter holding
    /// a booking on the second asset, renter2 holding a booking on the first a week ahead.
    function _steadyState() internal {
        (tokenId, listingId) = _listed("gas-bike");
        (, uint256 otherListing) = _listed("gas-bike-2");
        // history: two rentals at once on the token, both settled, so its book and balances are warm.
        uint256 a = _rent(renter, listingId, 2 hours);
        uint256 b = _book(renter2, listingId, uint64(block.timestamp + 3 hours), 2 hours);
        vm.prank(renter);
        escrow.confirmAsset(a);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(a);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(renter2);
        escrow.checkIn(b);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter2);
        escrow.endRental(b);
        vm.warp(block.timestamp + 3 hours);
        escrow.releaseDeposit(a);
        escrow.releaseDeposit(b);

        // now: the renter's other open rental, and the token's other booking.
        otherRental = _book(renter, otherListing, uint64(block.timestamp + 10 days), 2 hours);
        _book(renter2, listingId, uint64(block.timestamp + 7 days), 2 hours);
    }

    /// @dev register, verify and list a fresh asset (bindDevice is not a lifecycle step).
    function test_GasListing() public {
        _listed("warm-bike"); // the escrow already holds SHR, the provider has listed before
        vm.prank(provider);
        uint256 fresh = registry.register(keccak256("gas-fresh"), keccak256("meta"), "ipfs://meta");
        vm.snapshotGasLastCall("register");

        vm.prank(verifier);
        registry.verify(fresh, uint64(block.timestamp + 365 days));
        vm.snapshotGasLastCall("verify");

        vm.prank(provider);
        escrow.list(fresh, address(usd), _terms());
        uint256 used = vm.snapshotGasLastCall("list");
        assertLe(used, LIST_TARGET, "list over its target");
    }

    /// @dev rent now, confirmAsset, reportUsage, an on-time endRental and a releaseDeposit with rewards.
    function test_GasRentNow() public {
        _steadyState();
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, 0, 2 hours, hash, address(0));
        uint256 used = vm.snapshotGasLastCall("rent");
        assertLe(used, RENT_TARGET, "rent (now) over its target");

        vm.prank(renter);
        escrow.confirmAsset(rentalId);
        vm.snapshotGasLastCall("confirmAsset");

        bytes memory sig = _signUsage(deviceKey, rentalId, 100, 0, 1);
        escrow.reportUsage(rentalId, 100, 0, 1, sig);
        vm.snapshotGasLastCall("reportUsage");

        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        used = vm.snapshotGasLastCall("endRental");
        assertLe(used, END_TARGET, "endRental over its target");

        vm.warp(block.timestamp + 2 hours + 1);
        vm.prank(keeper);
        escrow.releaseDeposit(rentalId);
        used = vm.snapshotGasLastCall("releaseDeposit");
        assertLe(used, RELEASE_TARGET, "releaseDeposit over its target");
        assertGt(shr.balanceOf(renter), 0);
    }

    /// @dev an on-time return signed by the device and relayed by a keeper (release 2, IoT).
    function test_GasEndRentalByDevice() public {
        _steadyState();
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        uint64 returnedAt = uint64(block.timestamp);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signReturn(deviceKey, rentalId, returnedAt, deadline);
        vm.prank(keeper);
        escrow.endRentalByDevice(rentalId, returnedAt, deadline, sig);
        uint256 used = vm.snapshotGasLastCall("endRentalByDevice");
        assertLe(used, END_TARGET, "endRentalByDevice over endRental's target");
        assertEq(escrow.getRental(rentalId).returnedAt, returnedAt);
    }

    /// @dev rent booked ahead, checkIn, an early endRental (part of the rent refunded).
    function test_GasRentBooked() public {
        _steadyState();
        bytes32 hash = escrow.termsHash(listingId);
        uint64 start = uint64(block.timestamp + 1 days);
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, start, 3 hours, hash, address(0));
        uint256 used = vm.snapshotGasLastCall("rent_booked");
        assertLe(used, RENT_TARGET, "rent (booked) over its target");

        vm.warp(start);
        vm.prank(renter);
        escrow.checkIn(rentalId);
        vm.snapshotGasLastCall("checkIn");

        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        used = vm.snapshotGasLastCall("endRental_early");
        assertLe(used, END_TARGET, "endRental (early) over its target");
    }

    /// @dev endRental paying a listing's platform and a renter's platform (both already hold the token).
    function test_GasEndRentalPlatforms() public {
        vm.startPrank(governor);
        escrow.setPlatform(listingPlatform, 5000);
        escrow.setPlatform(renterPlatform, 5000);
        vm.stopPrank();
        usd.mint(listingPlatform, USD);
        usd.mint(renterPlatform, USD);
        _steadyState();
        IPledgeEscrow.Terms memory terms = _terms();
        terms.platform = listingPlatform;
        vm.prank(provider);
        escrow.updateListing(listingId, terms);
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(renter);
        uint256 rentalId = escrow.rent(listingId, 0, 2 hours, hash, renterPlatform);
        vm.snapshotGasLastCall("rent_platforms");

        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        escrow.endRental(rentalId);
        uint256 used = vm.snapshotGasLastCall("endRental_platforms");
        assertLe(used, END_TARGET + 2 * PLATFORM_EXTRA, "endRental with two platforms over its target");
    }

    function test_GasCancelAndNoShow() public {
        _steadyState();
        uint256 a = _book(renter, listingId, uint64(block.timestamp + 2 days), 2 hours);
        vm.prank(renter);
        escrow.cancel(a);
        vm.snapshotGasLastCall("cancel");

        uint256 b = _book(renter, listingId, uint64(block.timestamp + 2 days), 2 hours);
        vm.warp(block.timestamp + 2 days + 2 hours);
        vm.prank(keeper);
        escrow.collectNoShow(b);
        vm.snapshotGasLastCall("collectNoShow");
    }

    function test_GasCollectDefault() public {
        _steadyState();
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours + 1 days + 1);
        vm.prank(keeper);
        escrow.collectDefault(rentalId);
        vm.snapshotGasLastCall("collectDefault");
    }

    /// @dev openDispute, three votes and the execute that applies the ruling.
    function test_GasDispute() public {
        _steadyState();
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
        uint256 asset = _asset(provider, "gas-bike");
        vm.prank(address(escrow));
        registry.setUser(asset, renter, uint64(block.timestamp + 2 hours));
        vm.snapshotGasLastCall("setUser");

        uint256 other = _asset(provider, "gas-bike-2");
        vm.prank(provider);
        registry.transferFrom(provider, renter, other);
        vm.snapshotGasLastCall("transferFrom");
        assertEq(registry.ownerOf(other), renter);
    }

    /// @dev Every deployable (and the escrow's helper) under the 24 576-byte runtime limit, and the
    /// escrow's initcode, which carries the helper's creation code, with its constructor's arguments
    /// under the 49 152-byte limit.
    function test_BytecodeSizes() public {
        address extension = escrow.extension();
        vm.snapshotValue("size_RewardToken", address(shr).code.length);
        vm.snapshotValue("size_AssetRegistry", address(registry).code.length);
        vm.snapshotValue("size_CreditRegistry", address(credit).code.length);
        vm.snapshotValue("size_PledgeEscrow", address(escrow).code.length);
        vm.snapshotValue("size_PledgeEscrowExtension", extension.code.length);
        vm.snapshotValue("size_Arbitration", address(arbitration).code.length);
        vm.snapshotValue("size_PaymentToken", address(usd).code.length);
        address[7] memory deployables = [
            address(shr),
            address(registry),
            address(credit),
            address(escrow),
            extension,
            address(arbitration),
            address(usd)
        ];
        for (uint256 i = 0; i < deployables.length; ++i) {
            assertLt(deployables[i].code.length, 24_576, "runtime code over the EIP-170 limit");
        }
        uint256 initcode = vm.getCode("PledgeEscrow.sol:PledgeEscrow").length;
        vm.snapshotValue("initcode_PledgeEscrow", initcode);
        // the limit is on the creation transaction's data: the code and the constructor's arguments.
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        bytes memory args =
            abi.encode(admin, registry, credit, shr, Defaults.params(treasury), tokens, Defaults.rewardRates(1, true));
        assertLt(initcode + args.length, 49_152, "escrow initcode and arguments over the EIP-3860 limit");
        assertGt(type(PledgeEscrowExtension).creationCode.length, 0);
    }
}
