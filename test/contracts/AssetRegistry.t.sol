// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @notice AssetRegistry: register, views, interfaces, EIP-712 domain, updateContent, bindDevice and
/// the verification nonce they raise. Verification: AssetRegistry.verify.t.sol; ERC-4907, the lock
/// and revokeRegistration: AssetRegistry.rental.t.sol and AssetRegistry.revoke.t.sol.
contract AssetRegistryTest is RegBase {
    // ---------------------------------------------------------------- constants and metadata

    function test_Constants() public view {
        assertEq(registry.VERIFIER_ROLE(), keccak256("VERIFIER_ROLE"));
        assertEq(registry.RENTAL_MANAGER_ROLE(), keccak256("RENTAL_MANAGER_ROLE"));
        assertEq(registry.VERIFICATION_TYPEHASH(), VERIFICATION_TYPEHASH_LITERAL);
        assertTrue(registry.hasRole(bytes32(0), admin));
        assertEq(registry.name(), "Sharechain Asset");
        assertEq(registry.symbol(), "SHA");
        assertEq(registry.totalAssets(), 0);
    }

    function test_SupportsInterface() public view {
        assertTrue(registry.supportsInterface(0x01ffc9a7)); // ERC-165
        assertTrue(registry.supportsInterface(0x80ac58cd)); // ERC-721
        assertTrue(registry.supportsInterface(0x5b5e139f)); // ERC-721 Metadata
        assertTrue(registry.supportsInterface(0xad092b5c)); // ERC-4907
        assertTrue(registry.supportsInterface(0x7965db0b)); // AccessControl
        assertFalse(registry.supportsInterface(0xffffffff));
        assertFalse(registry.supportsInterface(0x780e9d63)); // ERC-721 Enumerable: not implemented
    }

    function test_Eip712Domain() public view {
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = registry.eip712Domain();
        assertEq(uint8(fields), 0x0f);
        assertEq(name, "AssetRegistry");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(registry));
        assertEq(salt, bytes32(0));
        assertEq(extensions.length, 0);
    }

    // ---------------------------------------------------------------- register

    function test_Register() public {
        bytes32 code = _code("bike-1");
        bytes32 content = _content("bike-1");

        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(address(0), provider, 1);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetRegistered(1, provider, code, content, "ipfs://bike-1");
        vm.prank(provider);
        uint256 tokenId = registry.register(code, content, "ipfs://bike-1");

        assertEq(tokenId, 1);
        assertEq(registry.ownerOf(1), provider);
        assertEq(registry.balanceOf(provider), 1);
        assertEq(registry.tokenOfAssetCode(code), 1);
        assertEq(registry.totalAssets(), 1);
        assertEq(registry.tokenURI(1), "ipfs://bike-1");
        IAssetRegistry.Asset memory a = registry.assetOf(1);
        assertEq(a.assetCode, code);
        assertEq(a.contentHash, content);
        assertEq(a.device, address(0));
        assertEq(a.verifier, address(0));
        assertEq(a.validUntil, 0);
        assertFalse(a.verified);
        assertFalse(a.everVerified);
        assertFalse(a.locked);
        assertEq(a.verificationNonce, 0);
        assertEq(a.user, address(0));
        assertEq(a.userExpires, 0);
        assertFalse(registry.isVerified(1));
        assertFalse(registry.isLocked(1));
        assertEq(registry.verificationNonce(1), 0);
        assertEq(registry.deviceOf(1), address(0));
        assertEq(registry.userOf(1), address(0));
        assertEq(registry.userExpires(1), 0);
    }

    function test_RegisterCountsFromOne() public {
        assertEq(_register(provider, "a"), 1);
        assertEq(_register(renter, "b"), 2);
        assertEq(_register(provider, "c"), 3);
        assertEq(registry.totalAssets(), 3);
        assertEq(registry.ownerOf(2), renter);
        assertEq(registry.balanceOf(provider), 2);
        assertEq(registry.tokenOfAssetCode(_code("b")), 2);
        assertEq(registry.tokenURI(3), "ipfs://c");
    }

    function test_RegisterEmptyUriAndZeroContent() public {
        vm.prank(provider);
        uint256 tokenId = registry.register(_code("x"), bytes32(0), "");
        assertEq(registry.tokenURI(tokenId), "");
        assertEq(registry.assetOf(tokenId).contentHash, bytes32(0));
    }

    function test_RevertWhen_RegisterTakenCode() public {
        _register(provider, "bike-1");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, _code("bike-1"), 1));
        vm.prank(provider);
        registry.register(_code("bike-1"), _content("other"), "ipfs://other");
    }

    function test_RevertWhen_RegisterTakenCodeByAnotherAccount() public {
        _register(provider, "a");
        _register(provider, "bike-1");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, _code("bike-1"), 2));
        vm.prank(renter);
        registry.register(_code("bike-1"), _content("bike-1"), "ipfs://bike-1");
    }

    function test_RevertWhen_RegisterTakenCodeAfterTransfer() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(provider);
        registry.transferFrom(provider, renter, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, _code("bike-1"), tokenId));
        vm.prank(provider);
        registry.register(_code("bike-1"), _content("bike-1"), "");
    }

    function test_RevertWhen_RegisterZeroAssetCode() public {
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryZeroAssetCode.selector));
        vm.prank(provider);
        registry.register(bytes32(0), _content("x"), "ipfs://x");
    }

    function test_RevertWhen_TokenURIOfNonexistentToken() public {
        _register(provider, "a");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 2));
        registry.tokenURI(2);
    }

    function test_ViewsOfNonexistentToken() public view {
        assertFalse(registry.isVerified(9));
        assertEq(registry.deviceOf(9), address(0));
        assertEq(registry.userOf(9), address(0));
        assertEq(registry.userExpires(9), 0);
        assertEq(registry.assetOf(9).assetCode, bytes32(0));
        assertFalse(registry.isLocked(9));
        assertEq(registry.verificationNonce(9), 0);
        assertEq(registry.tokenOfAssetCode(_code("nothing")), 0);
    }

    function testFuzz_RegisterManyCodes(uint256 seed, uint256 count) public {
        count = bound(count, 1, 24);
        for (uint256 i = 0; i < count; ++i) {
            bytes32 code = keccak256(abi.encode(seed, i));
            address owner = i % 2 == 0 ? provider : renter;
            vm.expectEmit(true, true, true, true, address(registry));
            emit IAssetRegistry.AssetRegistered(i + 1, owner, code, bytes32(i), "u");
            vm.prank(owner);
            assertEq(registry.register(code, bytes32(i), "u"), i + 1);
        }
        assertEq(registry.totalAssets(), count);
        assertEq(registry.balanceOf(provider), (count + 1) / 2);
        assertEq(registry.balanceOf(renter), count / 2);
        for (uint256 i = 0; i < count; ++i) {
            bytes32 code = keccak256(abi.encode(seed, i));
            assertEq(registry.tokenOfAssetCode(code), i + 1);
            assertEq(registry.assetOf(i + 1).assetCode, code);
            assertEq(registry.assetOf(i + 1).contentHash, bytes32(i));
        }
        // every code registered stays taken.
        uint256 again = bound(seed, 0, count - 1);
        bytes32 taken = keccak256(abi.encode(seed, again));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, taken, again + 1));
        vm.prank(stranger);
        registry.register(taken, bytes32(0), "");
    }

    function testFuzz_RegisterAnyNonZeroCode(bytes32 code, bytes32 content, string calldata uri) public {
        code = bytes32(bound(uint256(code), 1, type(uint256).max));
        vm.prank(stranger);
        uint256 tokenId = registry.register(code, content, uri);
        assertEq(tokenId, 1);
        assertEq(registry.tokenOfAssetCode(code), 1);
        assertEq(registry.tokenURI(1), uri);
        assertEq(registry.assetOf(1).contentHash, content);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetCodeTaken.selector, code, 1));
        registry.register(code, content, uri);
    }

    // ---------------------------------------------------------------- updateContent

    function test_UpdateContent() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 30 days));
        assertTrue(registry.isVerified(tokenId));

        bytes32 newContent = keccak256("new meta");
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.ContentUpdated(tokenId, newContent, "ipfs://new");
        vm.prank(provider);
        registry.updateContent(tokenId, newContent, "ipfs://new");

        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertEq(a.contentHash, newContent);
        assertFalse(a.verified);
        assertFalse(registry.isVerified(tokenId));
        // the verification is cleared, not forgotten: it was made, and by whom, until when.
        assertTrue(a.everVerified);
        assertEq(a.verifier, verifier);
        assertEq(a.validUntil, uint64(block.timestamp + 30 days));
        // verify raised the nonce to 1, the content change to 2.
        assertEq(registry.verificationNonce(tokenId), 2);
        assertEq(a.assetCode, _code("bike-1"));
        assertEq(registry.tokenURI(tokenId), "ipfs://new");
        assertEq(registry.tokenOfAssetCode(_code("bike-1")), tokenId);
    }

    function test_UpdateContentRaisesNonceOfUnverifiedToken() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.startPrank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        assertEq(registry.verificationNonce(tokenId), 1);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        vm.stopPrank();
        assertEq(registry.verificationNonce(tokenId), 2);
        assertFalse(registry.assetOf(tokenId).everVerified);
    }

    function test_UpdateContentThenReverify() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 30 days));
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.assetOf(tokenId).validUntil, uint64(block.timestamp + 1 days));
    }

    function test_UpdateContentByNewOwner() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(provider);
        registry.transferFrom(provider, renter, tokenId);
        vm.prank(renter);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        assertEq(registry.assetOf(tokenId).contentHash, keccak256("v2"));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, provider));
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v3"), "ipfs://v3");
    }

    function test_RevertWhen_UpdateContentByStranger() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, stranger));
        vm.prank(stranger);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
    }

    function test_RevertWhen_UpdateContentByApprovedOperator() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.startPrank(provider);
        registry.approve(stranger, tokenId);
        registry.setApprovalForAll(relayer, true);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, stranger));
        vm.prank(stranger);
        registry.updateContent(tokenId, keccak256("v2"), "");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, relayer));
        vm.prank(relayer);
        registry.updateContent(tokenId, keccak256("v2"), "");
    }

    function test_RevertWhen_UpdateContentByVerifierOrAdmin() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, verifier));
        vm.prank(verifier);
        registry.updateContent(tokenId, keccak256("v2"), "");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, admin));
        vm.prank(admin);
        registry.updateContent(tokenId, keccak256("v2"), "");
    }

    function test_RevertWhen_UpdateContentOfNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 1));
        vm.prank(provider);
        registry.updateContent(1, keccak256("v2"), "");
    }

    function test_RevertWhen_UpdateContentWhileLocked() public {
        uint256 tokenId = _asset(provider, "bike-1");
        _setLock(tokenId, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "");
        // nothing moved: content, verification and nonce stay.
        assertEq(registry.assetOf(tokenId).contentHash, _content("bike-1"));
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.verificationNonce(tokenId), 2);
    }

    function test_RevertWhen_UpdateContentWhileLockedWithoutUser() public {
        // a booking ahead locks the asset before any user is set.
        uint256 tokenId = _asset(provider, "bike-1");
        _setLock(tokenId, true);
        assertEq(registry.userOf(tokenId), address(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "");
    }

    function test_UpdateContentWithUserSetButUnlocked() public {
        // v2: the lock, not the user record, blocks the owner.
        uint256 tokenId = _register(provider, "bike-1");
        _setUser(tokenId, renter, uint64(block.timestamp + 1 hours));
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        assertEq(registry.assetOf(tokenId).contentHash, keccak256("v2"));
    }

    function test_UpdateContentAfterUnlock() public {
        uint256 tokenId = _register(provider, "bike-1");
        _setLock(tokenId, true);
        _setLock(tokenId, false);
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "ipfs://v2");
        assertEq(registry.assetOf(tokenId).contentHash, keccak256("v2"));
    }

    // ---------------------------------------------------------------- bindDevice

    function test_BindDevice() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.DeviceBound(tokenId, device);
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        assertEq(registry.deviceOf(tokenId), device);
        assertEq(registry.assetOf(tokenId).device, device);
        assertEq(registry.verificationNonce(tokenId), 1);
    }

    function test_BindDeviceReplacesAndUnbinds() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.startPrank(provider);
        registry.bindDevice(tokenId, device);
        registry.bindDevice(tokenId, stranger);
        assertEq(registry.deviceOf(tokenId), stranger);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.DeviceBound(tokenId, address(0));
        registry.bindDevice(tokenId, address(0));
        vm.stopPrank();
        assertEq(registry.deviceOf(tokenId), address(0));
    }

    function test_BindDeviceClearsVerification() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        assertTrue(registry.isVerified(tokenId));
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        assertFalse(registry.isVerified(tokenId));
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertFalse(a.verified);
        assertTrue(a.everVerified);
        assertEq(a.verifier, verifier);
        assertEq(a.verificationNonce, 2);
        // a verification made now covers the new device.
        _verify(tokenId);
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.verificationNonce(tokenId), 3);
    }

    function test_BindSameDeviceStillClearsVerification() public {
        uint256 tokenId = _asset(provider, "bike-1");
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        assertFalse(registry.isVerified(tokenId));
        assertEq(registry.verificationNonce(tokenId), 3);
    }

    function test_RevertWhen_BindDeviceByStranger() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, stranger));
        vm.prank(stranger);
        registry.bindDevice(tokenId, stranger);
    }

    function test_RevertWhen_BindDeviceByApprovedOperator() public {
        uint256 tokenId = _register(provider, "bike-1");
        vm.prank(provider);
        registry.setApprovalForAll(stranger, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryNotAssetOwner.selector, tokenId, stranger));
        vm.prank(stranger);
        registry.bindDevice(tokenId, stranger);
    }

    function test_RevertWhen_BindDeviceOfNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 3));
        vm.prank(provider);
        registry.bindDevice(3, device);
    }

    function test_RevertWhen_BindDeviceWhileLocked() public {
        uint256 tokenId = _asset(provider, "bike-1");
        _setLock(tokenId, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.bindDevice(tokenId, stranger);
        assertEq(registry.deviceOf(tokenId), device);
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.verificationNonce(tokenId), 2);
    }

    function test_RevertWhen_BindDeviceWhileLockedAfterUserCleared() public {
        // returned and in inspection: the user is cleared, the lock stays.
        uint256 tokenId = _asset(provider, "bike-1");
        _setLock(tokenId, true);
        _setUser(tokenId, renter, uint64(block.timestamp + 1 hours));
        _setUser(tokenId, address(0), 0);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.bindDevice(tokenId, stranger);
    }

    function test_BindDeviceWithUserSetButUnlocked() public {
        uint256 tokenId = _register(provider, "bike-1");
        _setUser(tokenId, renter, uint64(block.timestamp + 1 hours));
        vm.prank(provider);
        registry.bindDevice(tokenId, stranger);
        assertEq(registry.deviceOf(tokenId), stranger);
    }

    function test_BindDeviceAfterUnlock() public {
        uint256 tokenId = _register(provider, "bike-1");
        _setLock(tokenId, true);
        _setLock(tokenId, false);
        vm.prank(provider);
        registry.bindDevice(tokenId, stranger);
        assertEq(registry.deviceOf(tokenId), stranger);
    }

    function testFuzz_NonceCountsEveryChange(uint8[16] memory ops) public {
        uint256 tokenId = _register(provider, "bike-1");
        uint256 expected;
        for (uint256 i = 0; i < ops.length; ++i) {
            uint256 op = ops[i] % 5;
            if (op == 0) {
                _verify(tokenId);
            } else if (op == 1) {
                vm.prank(verifier);
                registry.revokeVerification(tokenId, bytes32(i));
            } else if (op == 2) {
                vm.prank(provider);
                registry.updateContent(tokenId, bytes32(i), "");
            } else if (op == 3) {
                vm.prank(provider);
                registry.bindDevice(tokenId, address(uint160(i)));
            } else {
                // neither a lock, a user nor a transfer moves the nonce.
                _setLock(tokenId, true);
                _setUser(tokenId, renter, uint64(block.timestamp + 1));
                _setUser(tokenId, address(0), 0);
                _setLock(tokenId, false);
                vm.prank(provider);
                registry.transferFrom(provider, provider, tokenId);
                continue;
            }
            ++expected;
            assertEq(registry.verificationNonce(tokenId), expected);
            // only a verification leaves the asset verified.
            assertEq(registry.isVerified(tokenId), op == 0);
        }
    }
}
