// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../../contracts/interfaces/IAssetRegistry.sol";
import {AssetBatcher} from "./AssetBatcher.sol";
import {BenchFixture} from "./BenchFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @notice AssetBatcher, the bulk asset owner and verifier of test/bench/apiload.
contract AssetBatcherTest is BenchFixture {
    /// @dev EIP-7825's per-transaction gas cap (Osaka), which the bench's batches keep under.
    uint256 internal constant TX_GAS_CAP = 1 << 24;
    /// @dev The bench's default batch sizes (test/bench/apiload: -assets-per-tx, -verify-per-tx).
    uint256 internal constant REGISTER_PER_TX = 100;
    uint256 internal constant VERIFY_PER_TX = 250;

    AssetBatcher internal owner;
    AssetBatcher internal checker;
    uint64 internal validUntil;

    function setUp() public override {
        super.setUp();
        owner = new AssetBatcher(registry);
        checker = new AssetBatcher(registry);
        bytes32 role = registry.VERIFIER_ROLE();
        vm.prank(admin);
        registry.grantRole(role, address(checker));
        validUntil = uint64(block.timestamp + 365 days);
    }

    function test_RegisterMintsToTheBatcher() public {
        _register(provider, "first");
        // v2 adds no event to a registration: a Transfer and an AssetRegistered per asset
        for (uint256 i = 5; i < 8; ++i) {
            vm.expectEmit(true, true, true, true, address(registry));
            emit IERC721.Transfer(address(0), address(owner), i - 3);
            vm.expectEmit(true, true, true, true, address(registry));
            emit IAssetRegistry.AssetRegistered(
                i - 3,
                address(owner),
                owner.assetCode(i),
                owner.contentHash(i),
                string.concat("ipfs://apiload/", vm.toString(i))
            );
        }
        assertEq(owner.register(5, 3), 2);

        assertEq(registry.totalAssets(), 4);
        assertEq(registry.balanceOf(address(owner)), 3);
        for (uint256 id = 2; id <= 4; ++id) {
            assertEq(registry.ownerOf(id), address(owner));
            assertEq(registry.tokenOfAssetCode(owner.assetCode(id + 3)), id);
            assertEq(registry.assetOf(id).contentHash, owner.contentHash(id + 3));
            assertFalse(registry.isVerified(id));
        }
        assertEq(registry.tokenURI(4), "ipfs://apiload/7");
    }

    function test_RegisterNothing() public {
        assertEq(owner.register(9, 0), 0);
        assertEq(registry.totalAssets(), 0);
    }

    function test_RevertWhen_RegisterATakenAssetCode() public {
        owner.register(0, 10);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, owner.assetCode(9), 10));
        checker.register(9, 2);
    }

    function test_VerifyRange() public {
        uint256 mine = _register(provider, "provider's");
        owner.register(0, 3);
        for (uint256 id = 1; id <= 4; ++id) {
            vm.expectEmit(true, true, true, true, address(registry));
            emit IAssetRegistry.AssetVerified(id, address(checker), validUntil);
        }
        checker.verifyRange(mine, 4, validUntil);

        for (uint256 id = 1; id <= 4; ++id) {
            assertTrue(registry.isVerified(id));
            IAssetRegistry.Asset memory a = registry.assetOf(id);
            assertEq(a.verifier, address(checker));
            assertEq(a.validUntil, validUntil);
            // v2: a verification attests the bound device (none here) and raises the nonce
            assertEq(a.device, address(0));
            assertEq(registry.verificationNonce(id), 1);
        }
        assertEq(registry.ownerOf(mine), provider);
    }

    function test_RevertWhen_VerifyRangeWithoutTheRole() public {
        owner.register(0, 2);
        bytes32 role = registry.VERIFIER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(owner), role)
        );
        owner.verifyRange(1, 2, validUntil);
    }

    function test_RevertWhen_VerifyRangePassesTheLastToken() public {
        owner.register(0, 2);
        vm.expectRevert(abi.encodeWithSignature("ERC721NonexistentToken(uint256)", 3));
        checker.verifyRange(1, 3, validUntil);
    }

    /// @dev The bench's default batches, with the margin it adds to its gas estimates, stay
    /// under EIP-7825's cap; each batch starts with the registry's storage cold, as in a
    /// transaction of its own.
    function test_DefaultBatchesFitTheTransactionGasCap() public {
        owner.register(0, VERIFY_PER_TX);
        vm.cool(address(registry));
        uint256 gasBefore = gasleft();
        owner.register(VERIFY_PER_TX, REGISTER_PER_TX);
        uint256 registerGas = gasBefore - gasleft();
        vm.cool(address(registry));
        gasBefore = gasleft();
        checker.verifyRange(1, VERIFY_PER_TX, validUntil);
        uint256 verifyGas = gasBefore - gasleft();
        emit log_named_uint("register gas per asset", registerGas / REGISTER_PER_TX);
        emit log_named_uint("verify gas per asset", verifyGas / VERIFY_PER_TX);
        assertLt(registerGas * 5 / 4, TX_GAS_CAP);
        assertLt(verifyGas * 5 / 4, TX_GAS_CAP);
    }

    function _register(address who, string memory code) internal returns (uint256 tokenId) {
        vm.prank(who);
        tokenId = registry.register(keccak256(bytes(code)), keccak256(bytes(code)), "ipfs://x");
    }
}
