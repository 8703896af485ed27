// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @notice AssetRegistry.revokeRegistration: a verifier burns a never-verified registration and
/// frees its asset code. The squatting attack itself: exploits/AssetCodeSquatting.t.sol.
contract AssetRegistryRevokeTest is RegBase {
    bytes32 internal constant REASON = keccak256("not the owner of this VIN");

    uint256 internal tokenId;

    function setUp() public override {
        super.setUp();
        tokenId = _register(stranger, "vin-1");
    }

    function test_RevokeRegistration() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(stranger, address(0), tokenId);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.RegistrationRevoked(tokenId, verifier, REASON);
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);

        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        registry.ownerOf(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        registry.tokenURI(tokenId);
        assertEq(registry.balanceOf(stranger), 0);
        assertEq(registry.tokenOfAssetCode(_code("vin-1")), 0);
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertEq(a.assetCode, bytes32(0));
        assertEq(a.contentHash, bytes32(0));
        assertEq(a.verificationNonce, 0);
        // ids are never reused: the count of registrations ever made stays.
        assertEq(registry.totalAssets(), 1);
    }

    function test_RevokeRegistrationFreesTheCode() public {
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetRegistered(2, provider, _code("vin-1"), _content("vin-1"), "ipfs://vin-1");
        uint256 again = _register(provider, "vin-1");
        assertEq(again, 2);
        assertEq(registry.tokenOfAssetCode(_code("vin-1")), 2);
        assertEq(registry.ownerOf(2), provider);
    }

    function test_RevokeRegistrationWithDeviceAndContentChanges() public {
        // a squatter's own changes raise the nonce but are no verification.
        vm.startPrank(stranger);
        registry.bindDevice(tokenId, stranger);
        registry.updateContent(tokenId, keccak256("fake"), "ipfs://fake");
        vm.stopPrank();
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        assertEq(registry.deviceOf(tokenId), address(0));
        assertEq(registry.verificationNonce(tokenId), 0);
    }

    function test_RevokeRegistrationClearsApprovals() public {
        vm.startPrank(stranger);
        registry.approve(relayer, tokenId);
        registry.setApprovalForAll(renter, true);
        vm.stopPrank();
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        registry.getApproved(tokenId);
    }

    function test_RevokeRegistrationOfTransferredToken() public {
        vm.prank(stranger);
        registry.transferFrom(stranger, renter, tokenId);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(renter, address(0), tokenId);
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        assertEq(registry.balanceOf(renter), 0);
    }

    function test_RevertWhen_RevokeRegistrationOfVerifiedAsset() public {
        _verify(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        assertEq(registry.ownerOf(tokenId), stranger);
    }

    function test_RevertWhen_RevokeRegistrationOnceVerified() public {
        // once verified, always: a revoked, lapsed or cleared verification still counts.
        _verify(tokenId);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);

        uint256 lapsed = _register(provider, "vin-2");
        vm.prank(verifier);
        registry.verify(lapsed, uint64(block.timestamp));
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, lapsed));
        vm.prank(verifier);
        registry.revokeRegistration(lapsed, REASON);

        uint256 cleared = _register(provider, "vin-3");
        _verify(cleared);
        vm.prank(provider);
        registry.updateContent(cleared, keccak256("v2"), "");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, cleared));
        vm.prank(verifier);
        registry.revokeRegistration(cleared, REASON);
    }

    function test_RevertWhen_RevokeRegistrationVerifiedBySig() public {
        uint256 deadline = block.timestamp + 1 hours;
        uint64 until = uint64(block.timestamp + 30 days);
        registry.verifyBySig(tokenId, until, 0, deadline, _signVerification(verifierKey, tokenId, until, deadline));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
    }

    function test_RevertWhen_RevokeRegistrationLocked() public {
        _setLock(tokenId, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        _setLock(tokenId, false);
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        assertEq(registry.tokenOfAssetCode(_code("vin-1")), 0);
    }

    function test_RevertWhen_RevokeRegistrationByNonVerifier() public {
        bytes32 role = registry.VERIFIER_ROLE();
        address[4] memory callers = [stranger, admin, manager, provider];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            registry.revokeRegistration(tokenId, REASON);
        }
        assertEq(registry.ownerOf(tokenId), stranger);
    }

    function test_RevertWhen_RevokeRegistrationTwiceOrNonexistent() public {
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 7));
        vm.prank(verifier);
        registry.revokeRegistration(7, REASON);
    }

    function test_RevertWhen_UsingARevokedToken() public {
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        bytes memory gone = abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId);
        vm.expectRevert(gone);
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        vm.expectRevert(gone);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        vm.expectRevert(gone);
        vm.prank(stranger);
        registry.bindDevice(tokenId, stranger);
        vm.expectRevert(gone);
        vm.prank(stranger);
        registry.updateContent(tokenId, bytes32(0), "");
        vm.expectRevert(gone);
        _setLock(tokenId, true);
        vm.expectRevert(gone);
        _setUser(tokenId, renter, uint64(block.timestamp + 1));
        vm.expectRevert(gone);
        vm.prank(stranger);
        registry.transferFrom(stranger, renter, tokenId);
    }

    function testFuzz_RevokeRegistrationOnlyIfNeverVerified(uint8[8] memory ops) public {
        bool everVerified;
        for (uint256 i = 0; i < ops.length; ++i) {
            uint256 op = ops[i] % 4;
            if (op == 0) {
                _verify(tokenId);
                everVerified = true;
            } else if (op == 1) {
                vm.prank(verifier);
                registry.revokeVerification(tokenId, bytes32(i));
            } else if (op == 2) {
                vm.prank(stranger);
                registry.bindDevice(tokenId, address(uint160(i + 1)));
            } else {
                vm.prank(stranger);
                registry.updateContent(tokenId, bytes32(i), "");
            }
        }
        assertEq(registry.assetOf(tokenId).everVerified, everVerified);
        if (everVerified) vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetWasVerified.selector, tokenId));
        vm.prank(verifier);
        registry.revokeRegistration(tokenId, REASON);
        assertEq(registry.tokenOfAssetCode(_code("vin-1")), everVerified ? tokenId : 0);
    }
}
