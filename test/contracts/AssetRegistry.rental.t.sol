// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {IERC4907} from "../../contracts/interfaces/IERC4907.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @notice AssetRegistry: ERC-4907 setUser/userOf/userExpires, setLock/isLocked, and the transfer
/// lock the escrow holds while an asset has open rentals (the ERC-4907 trap of DESIGN.md §2).
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

    // ---------------------------------------------------------------- setLock / isLocked

    function test_SetLock() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.LockSet(tokenId, true);
        vm.prank(manager);
        registry.setLock(tokenId, true);
        assertTrue(registry.isLocked(tokenId));
        assertTrue(registry.assetOf(tokenId).locked);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.LockSet(tokenId, false);
        vm.prank(manager);
        registry.setLock(tokenId, false);
        assertFalse(registry.isLocked(tokenId));
    }

    function test_SetLockByEscrow() public {
        vm.prank(escrow);
        registry.setLock(tokenId, true);
        assertTrue(registry.isLocked(tokenId));
    }

    function test_SetLockToItsValueDoesNothing() public {
        vm.recordLogs();
        _setLock(tokenId, false);
        assertEq(vm.getRecordedLogs().length, 0);
        _setLock(tokenId, true);
        vm.recordLogs();
        _setLock(tokenId, true);
        assertEq(vm.getRecordedLogs().length, 0);
        assertTrue(registry.isLocked(tokenId));
    }

    function test_SetLockMovesNoNonceAndNoVerification() public {
        uint256 verified = _asset(provider, "bike-2");
        _setLock(verified, true);
        _setLock(verified, false);
        assertTrue(registry.isVerified(verified));
        assertEq(registry.verificationNonce(verified), 2);
        assertEq(registry.deviceOf(verified), device);
    }

    function test_RevertWhen_SetLockByOwnerOrOthers() public {
        bytes32 role = registry.RENTAL_MANAGER_ROLE();
        address[4] memory callers = [provider, admin, verifier, stranger];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            registry.setLock(tokenId, true);
        }
        // nor can the owner lift a lock the escrow set
        _setLock(tokenId, true);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, provider, role)
        );
        vm.prank(provider);
        registry.setLock(tokenId, false);
        assertTrue(registry.isLocked(tokenId));
    }

    function test_RevertWhen_SetLockOfNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 9));
        vm.prank(manager);
        registry.setLock(9, true);
    }

    // ---------------------------------------------------------------- the transfer lock

    function test_TransferUnlocked() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(provider, stranger, tokenId);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);
    }

    function test_RevertWhen_TransferFromWhileLocked() public {
        _setLock(tokenId, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_SafeTransferFromWhileLocked() public {
        _setLock(tokenId, true);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.safeTransferFrom(provider, stranger, tokenId);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.safeTransferFrom(provider, stranger, tokenId, hex"beef");
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_ApprovedOperatorTransfersWhileLocked() public {
        vm.startPrank(provider);
        registry.approve(stranger, tokenId);
        registry.setApprovalForAll(relayer, true);
        vm.stopPrank();
        _setLock(tokenId, true);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(stranger);
        registry.transferFrom(provider, stranger, tokenId);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(relayer);
        registry.safeTransferFrom(provider, relayer, tokenId);
        assertEq(registry.ownerOf(tokenId), provider);
    }

    function test_RevertWhen_TransferToUserWhileLocked() public {
        _setLock(tokenId, true);
        _setUser(tokenId, renter, expires);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, renter, tokenId);
    }

    function test_RevertWhen_TransferWhileLockedWithoutUser() public {
        // booked ahead, or returned and in inspection: no user record, and still no transfer.
        _setLock(tokenId, true);
        assertEq(registry.assetOf(tokenId).user, address(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
    }

    function test_RevertWhen_TransferWhileLockedLongAfterUserExpired() public {
        _setLock(tokenId, true);
        _setUser(tokenId, renter, expires);
        vm.warp(uint256(expires) + 30 days);
        assertEq(registry.userOf(tokenId), address(0));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
    }

    function test_TransferWithUserSetButUnlocked() public {
        // v2: the lock alone gates transfers, so isLocked tells exactly when they revert; the
        // escrow always holds the lock while a user is set.
        _setUser(tokenId, renter, expires);
        assertFalse(registry.isLocked(tokenId));
        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC4907.UpdateUser(tokenId, address(0), 0);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);
        // as in the EIP-4907 reference implementation, the record does not travel to the new owner
        assertEq(registry.userOf(tokenId), address(0));
        assertEq(registry.userExpires(tokenId), 0);
        assertEq(registry.assetOf(tokenId).user, address(0));
    }

    function test_SelfTransferKeepsTheUser() public {
        _setUser(tokenId, renter, expires);
        vm.recordLogs();
        vm.prank(provider);
        registry.transferFrom(provider, provider, tokenId);
        assertEq(vm.getRecordedLogs().length, 1); // Transfer only
        assertEq(registry.userOf(tokenId), renter);
    }

    function test_TransferWithoutUserEmitsNoUpdateUser() public {
        vm.recordLogs();
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(vm.getRecordedLogs().length, 1); // Transfer only
    }

    function test_TransfersAfterUnlock() public {
        vm.prank(provider);
        registry.approve(stranger, tokenId);
        _setLock(tokenId, true);
        _setUser(tokenId, renter, expires);
        _setUser(tokenId, address(0), 0);
        _setLock(tokenId, false);

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
        _setLock(tokenId, true);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, other);
        assertEq(registry.ownerOf(other), stranger);
        assertEq(registry.ownerOf(tokenId), provider);
        assertFalse(registry.isLocked(other));
    }

    function test_LockSurvivesNothingButTheEscrow() public {
        // verification, revocation and user changes leave the lock alone.
        _setLock(tokenId, true);
        _verify(tokenId);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        _setUser(tokenId, renter, expires);
        _setUser(tokenId, address(0), 0);
        assertTrue(registry.isLocked(tokenId));
    }

    function test_RevertWhen_StrangerTransfers() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, stranger, tokenId));
        vm.prank(stranger);
        registry.transferFrom(provider, stranger, tokenId);
    }

    function testFuzz_LockHoldsUntilLifted(uint64 until, uint256 warpTo, bool withUser) public {
        until = uint64(bound(until, 0, block.timestamp + 3650 days));
        warpTo = bound(warpTo, block.timestamp, block.timestamp + 7300 days);
        _setLock(tokenId, true);
        if (withUser) _setUser(tokenId, renter, until);
        vm.warp(warpTo);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.AssetLocked.selector, tokenId));
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        _setLock(tokenId, false);
        vm.prank(provider);
        registry.transferFrom(provider, stranger, tokenId);
        assertEq(registry.ownerOf(tokenId), stranger);
    }
}
