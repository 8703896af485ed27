// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {IERC4907} from "../../contracts/interfaces/IERC4907.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @notice AssetRegistry: ERC-4907 setUser/userOf/userExpires and the transfer lock while a
/// user record is set (the ERC-4907 trap of DESIGN.md §2).
contract AssetRegistryRentalTest is RegBase {
    uint256 internal tokenId;
    uint64 internal expires;

    function setUp() public override {
        super.setUp();
        tokenId = _register(provider, "bike-1");
        expires = uint64(block.timestamp + 2 hours);
    }

    // ---------------------------------------------------------------- setUser / userOf / userExpires

    function test_SetUser() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, renter, expires);
        vm.prank(manager);
        registry.setUser(tokenId, renter, expires);

        assertEq(registry.userOf(tokenId), renter);
        assertEq(registry.userExpires(tokenId), expires);
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertEq(a.user, renter);
        assertEq(a.userExpires, expires);
        // the owner keeps the token: the registry is non-custodial.
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_SetUserByEscrow() public {
        // the fixture wires the escrow as RENTAL_MANAGER_ROLE, as the deploy script does.
        vm.prank(address(escrow));
        registry.setUser(tokenId, renter, expires);
        assertEq(registry.userOf(tokenId), renter);
    }

    function test_UserOfAfterExpiry() public {
        _setUser(tokenId, renter, expires);
        vm.warp(expires);
        assertEq(registry.userOf(tokenId), renter);
        vm.warp(uint256(expires) + 1);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), expires);
        assertEq(registry.assetOf(tokenId).user, renter);
    }

    function test_ClearUser() public {
        _setUser(tokenId, renter, expires);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.prank(manager);
        registry.setUser(tokenId, address(0), 0);
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), 0);
        assertEq(registry.assetOf(tokenId).user, address(0));
    }

    function test_ClearUserZeroesExpires() public {
        _setUser(tokenId, renter, expires);
        // EIP-4907: zero expires means no user, so a cleared record keeps no expiry.
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.prank(manager);
        registry.setUser(tokenId, address(0), expires);
        assertEq(registry.userExpires(tokenId), 0);
    }

    function test_SetUserReplacesUser() public {
        _setUser(tokenId, renter, expires);
        _setUser(tokenId, renter2, expires + 1 hours);
        assertEq(registry.userOf(tokenId), renter2);
        assertEq(registry.userExpires(tokenId), expires + 1 hours);
    }

    function test_RevertWhen_SetUserByOwner() public {
        bytes32 role = registry.RENTAL_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, provider, role)
        );
        vm.prank(provider);
        registry.setUser(tokenId, renter, expires);
    }

    function test_RevertWhen_OwnerClearsUser() public {
        _setUser(tokenId, renter, expires);
        bytes32 role = registry.RENTAL_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, provider, role)
        );
        vm.prank(provider);
        registry.setUser(tokenId, address(0), 0);
        assertEq(registry.userOf(tokenId), renter);
    }

    function test_RevertWhen_SetUserByAdminOrVerifier() public {
        bytes32 role = registry.RENTAL_MANAGER_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        vm.prank(admin);
        registry.setUser(tokenId, renter, expires);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, verifier, role)
        );
        vm.prank(verifier);
        registry.setUser(tokenId, renter, expires);
    }

    function test_RevertWhen_SetUserByApprovedOperator() public {
        vm.prank(provider);
        registry.setApprovalForAll(stranger, true);
        bytes32 role = registry.RENTAL_MANAGER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        registry.setUser(tokenId, stranger, expires);
    }

    function test_RevertWhen_SetUserOfNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 2));
        vm.prank(manager);
        registry.setUser(2, renter, expires);
    }

    function testFuzz_UserOfByTime(uint64 until, uint256 checkAt) public {
        until = uint64(bound(until, block.timestamp, block.timestamp + 3650 days));
        checkAt = bound(checkAt, block.timestamp, uint256(until) + 3650 days);
        _setUser(tokenId, renter, until);
        vm.warp(checkAt);
        assertEq(registry.userOf(tokenId), checkAt <= until ? renter : address(0));
        assertEq(registry.userExpires(tokenId), until);
    }

    // ---------------------------------------------------------------- the transfer lock

    function test_TransferWithoutUser() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(provider, stranger, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);
    }

    function test_RevertWhen_TransferFromWhileUserSet() public {
        _setUser(tokenId, renter, expires);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_SafeTransferFromWhileUserSet() public {
        _setUser(tokenId, renter, expires);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.safeTransferFrom(provider, stranger, tokenId);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.safeTransferFrom(provider, stranger, tokenId, hex"beef");
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_ApprovedOperatorTransfersWhileUserSet() public {
        vm.startPrank(provider);
        registry.approve(stranger, tokenId);
        registry.setApprovalForAll(relayer, true);
        vm.stopPrank();
        _setUser(tokenId, renter, expires);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(stranger);
        registry.transferFrom(provider, stranger, tokenId);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(relayer);
        registry.safeTransferFrom(provider, relayer, tokenId);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_TransferToUserWhileUserSet() public {
        _setUser(tokenId, renter, expires);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, renter, tokenId);
    }

    function test_RevertWhen_TransferAfterUserExpiredButNotCleared() public {
        _setUser(tokenId, renter, expires);
        vm.warp(uint256(expires) + 30 days);
        assertEq(registry.userOf(tokenId), address(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.safeTransferFrom(provider, stranger, tokenId);
    }

    function test_RevertWhen_TransferWithUserSetToZeroExpiry() public {
        // a user with expires 0 is invisible through userOf but still locks the asset.
        _setUser(tokenId, renter, 0);
        assertEq(registry.userOf(tokenId), address(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
    }

    function test_TransfersAfterUserCleared() public {
        vm.prank(provider);
        registry.approve(stranger, tokenId);
        _setUser(tokenId, renter, expires);
        _setUser(tokenId, address(0), 0);

        vm.prank(stranger);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);

        vm.prank(stranger);
        registry.safeTransferFrom(stranger, relayer, tokenId);
        assertEq(registry.ownerOf(tokenId), relayer);

        vm.prank(relayer);
        registry.setApprovalForAll(provider, true);
        vm.prank(provider);
        registry.safeTransferFrom(relayer, provider, tokenId, "");
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_LockIsPerToken() public {
        uint256 other = _register(provider, "bike-2");
        _setUser(tokenId, renter, expires);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, other);
        assertEq(registry.ownerOf(other), stranger);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_StrangerTransfers() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, stranger, tokenId));
        vm.prank(stranger);
        registry.transferFrom(provider, stranger, tokenId);
    }

    function testFuzz_LockHoldsUntilCleared(uint64 until, uint256 warpTo) public {
        until = uint64(bound(until, 0, block.timestamp + 3650 days));
        warpTo = bound(warpTo, block.timestamp, block.timestamp + 7300 days);
        _setUser(tokenId, renter, until);
        vm.warp(warpTo);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        _setUser(tokenId, address(0), 0);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);
    }
}
