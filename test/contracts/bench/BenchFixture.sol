// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Arbitration} from "../../../contracts/Arbitration.sol";
import {AssetRegistry} from "../../../contracts/AssetRegistry.sol";
import {CreditRegistry} from "../../../contracts/CreditRegistry.sol";
import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {PledgeEscrow} from "../../../contracts/PledgeEscrow.sol";
import {RewardToken} from "../../../contracts/RewardToken.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../../deploy/Defaults.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The v2 suite wired as deploy/Deploy.s.sol wires it on a devnet, for the tests of
/// the benchmarks' batchers. Self-contained (it does not share test/contracts/utils), so
/// the batchers' tests follow the pinned interface alone.
abstract contract BenchFixture is Test {
    uint256 internal constant START_TIME = 1_750_000_000;
    uint256 internal constant USD = 1e6; // one tUSD

    address internal admin = makeAddr("admin");
    address internal treasury = makeAddr("treasury");
    address internal verifier = makeAddr("verifier");
    address internal provider = makeAddr("provider");

    RewardToken internal shr;
    AssetRegistry internal registry;
    CreditRegistry internal credit;
    PledgeEscrow internal escrow;
    Arbitration internal arbitration;
    PaymentToken internal usd;

    function setUp() public virtual {
        vm.warp(START_TIME);
        usd = new PaymentToken();
        address[] memory paymentTokens = new address[](1);
        paymentTokens[0] = address(usd);

        vm.startPrank(admin);
        shr = new RewardToken(admin, Defaults.SHR_CAP);
        registry = new AssetRegistry(admin);
        credit = new CreditRegistry(admin, Defaults.tiers(), Defaults.deltas());
        escrow = new PledgeEscrow(
            admin, registry, credit, shr, Defaults.params(treasury), paymentTokens, Defaults.rewardRates(1, true)
        );
        arbitration = new Arbitration(admin, escrow, credit, Defaults.QUORUM, Defaults.VOTING_PERIOD);
        escrow.setArbitration(address(arbitration));
        shr.grantRole(shr.MINTER_ROLE(), address(escrow));
        registry.grantRole(registry.RENTAL_MANAGER_ROLE(), address(escrow));
        credit.grantRole(credit.RECORDER_ROLE(), address(escrow));
        credit.grantRole(credit.RECORDER_ROLE(), address(arbitration));
        registry.grantRole(registry.VERIFIER_ROLE(), verifier);
        shr.grantRole(shr.MINTER_ROLE(), admin);
        shr.mint(provider, 10_000 ether);
        shr.renounceRole(shr.MINTER_ROLE(), admin);
        vm.stopPrank();
        vm.prank(provider);
        shr.approve(address(escrow), type(uint256).max);
    }

    /// @dev Registers an asset of `provider` (no device) and verifies it for a year.
    function _asset(string memory code) internal returns (uint256 tokenId) {
        vm.prank(provider);
        tokenId = registry.register(keccak256(bytes(code)), keccak256(abi.encode(code, "meta")), "ipfs://meta");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 365 days));
    }

    /// @dev A verified asset of `provider` listed at 10 tUSD an hour, 100 tUSD deposit, 1 h..7 days.
    function _listed(string memory code) internal returns (uint256 tokenId, uint256 listingId) {
        tokenId = _asset(code);
        IPledgeEscrow.Terms memory terms = IPledgeEscrow.Terms({
            pricePerHour: 10 * USD,
            deposit: 100 * USD,
            minDuration: 1 hours,
            maxDuration: 7 days,
            pricePerUnit: 0,
            cancelFeeBps: 0,
            freeCancelBefore: 0,
            payee: address(0),
            platform: address(0)
        });
        vm.prank(provider);
        listingId = escrow.list(tokenId, address(usd), terms);
    }
}
