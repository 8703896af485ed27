// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetRegistry} from "../../contracts/AssetRegistry.sol";
import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice AssetRegistry: verify, verifyBySig, revokeVerification, isVerified.
contract AssetRegistryVerifyTest is RegBase {
    uint256 internal tokenId;
    uint64 internal validUntil;
    uint256 internal deadline;

    function setUp() public override {
        super.setUp();
        tokenId = _register(provider, "bike-1");
        validUntil = uint64(block.timestamp + 30 days);
        deadline = block.timestamp + 1 hours;
    }

    /// @dev A Verification of `id` as it stands now (content hash, device, nonce), signed with
    /// `key` for the fixture registry.
    function _sig(uint256 key, uint256 id, uint64 until, uint256 dl) internal view returns (bytes memory) {
        return _signVerification(key, id, until, dl);
    }

    /// @dev The digest of a Verification of the fixture token as registered: content "bike-1",
    /// no device, nonce 0.
    function _fresh(uint64 until, uint256 dl) internal view returns (bytes32) {
        return _verificationDigest(tokenId, _content("bike-1"), address(0), until, 0, dl);
    }

    // ---------------------------------------------------------------- verify

    function test_Verify() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetVerified(tokenId, verifier, validUntil);
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);

        assertTrue(registry.isVerified(tokenId));
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertTrue(a.verified);
        assertTrue(a.everVerified);
        assertEq(a.verifier, verifier);
        assertEq(a.validUntil, validUntil);
        assertEq(registry.verificationNonce(tokenId), 1);
    }

    function test_VerifyCoversTheBoundDevice() public {
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        _verify(tokenId);
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.deviceOf(tokenId), device);
        // the device cannot change without clearing the verification.
        vm.prank(provider);
        registry.bindDevice(tokenId, stranger);
        assertFalse(registry.isVerified(tokenId));
    }

    function test_VerifyLockedAsset() public {
        // a verifier may re-verify during a rental: the lock stops the owner, not the verifier.
        _setLock(tokenId, true);
        _verify(tokenId);
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.verificationNonce(tokenId), 1);
    }

    function test_VerifyWithoutExpiryIsStoredAtTheYear36812() public {
        // validUntil is kept in 40 bits: a later value is stored, reported and emitted as 2^40 - 1
        uint64 cap = uint64(type(uint40).max);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetVerified(tokenId, verifier, cap);
        vm.prank(verifier);
        registry.verify(tokenId, type(uint64).max);
        assertEq(registry.assetOf(tokenId).validUntil, cap);
        vm.warp(cap);
        assertTrue(registry.isVerified(tokenId));
        vm.warp(uint256(cap) + 1);
        assertFalse(registry.isVerified(tokenId));
    }

    function testFuzz_VerifyStoresValidUntil(uint64 until) public {
        until = uint64(bound(until, block.timestamp, type(uint64).max));
        uint64 stored = until > type(uint40).max ? uint64(type(uint40).max) : until;
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetVerified(tokenId, verifier, stored);
        vm.prank(verifier);
        registry.verify(tokenId, until);
        assertEq(registry.assetOf(tokenId).validUntil, stored);
        assertEq(registry.verificationNonce(tokenId), 1);
        assertTrue(registry.assetOf(tokenId).everVerified);
    }

    function test_VerifyUntilNow() public {
        uint64 now_ = uint64(block.timestamp);
        vm.prank(verifier);
        registry.verify(tokenId, now_);
        assertTrue(registry.isVerified(tokenId));
        vm.warp(now_ + 1);
        assertFalse(registry.isVerified(tokenId));
    }

    function test_IsVerifiedUntilValidUntilInclusive() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.warp(validUntil - 1);
        assertTrue(registry.isVerified(tokenId));
        vm.warp(validUntil);
        assertTrue(registry.isVerified(tokenId));
        vm.warp(uint256(validUntil) + 1);
        assertFalse(registry.isVerified(tokenId));
        // lapsed, not revoked: the record is still there.
        assertTrue(registry.assetOf(tokenId).verified);
    }

    function test_VerifyAgainOverwrites() public {
        (address verifier2,) = makeAddrAndKey("verifier2");
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.prank(admin);
        registry.grantRole(verifierRole, verifier2);

        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.prank(verifier2);
        registry.verify(tokenId, uint64(block.timestamp + 1 days));
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertEq(a.verifier, verifier2);
        assertEq(a.validUntil, uint64(block.timestamp + 1 days));
        // a shorter validity replaces the longer one.
        vm.warp(block.timestamp + 1 days + 1);
        assertFalse(registry.isVerified(tokenId));
    }

    function test_ReverifyAfterLapse() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.warp(uint256(validUntil) + 10);
        assertFalse(registry.isVerified(tokenId));
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 1));
        assertTrue(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyByNonVerifier() public {
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, provider, verifierRole)
        );
        vm.prank(provider);
        registry.verify(tokenId, validUntil);

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, verifierRole)
        );
        vm.prank(admin);
        registry.verify(tokenId, validUntil);
    }

    function test_RevertWhen_VerifyValidityInPast() public {
        uint64 past = uint64(block.timestamp - 1);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryInvalidValidity.selector, past));
        vm.prank(verifier);
        registry.verify(tokenId, past);

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryInvalidValidity.selector, uint64(0)));
        vm.prank(verifier);
        registry.verify(tokenId, 0);
    }

    function test_RevertWhen_VerifyNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 2));
        vm.prank(verifier);
        registry.verify(2, validUntil);

        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 0));
        vm.prank(verifier);
        registry.verify(0, validUntil);
    }

    function testFuzz_VerifyAndTime(uint64 until, uint256 verifyAt, uint256 checkAt) public {
        verifyAt = bound(verifyAt, block.timestamp, block.timestamp + 3650 days);
        until = uint64(bound(until, verifyAt - 365 days, verifyAt + 365 days));
        vm.warp(verifyAt);
        if (until < verifyAt) {
            vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryInvalidValidity.selector, until));
            vm.prank(verifier);
            registry.verify(tokenId, until);
            assertFalse(registry.isVerified(tokenId));
            return;
        }
        vm.prank(verifier);
        registry.verify(tokenId, until);
        checkAt = bound(checkAt, verifyAt, uint256(until) + 3650 days);
        vm.warp(checkAt);
        assertEq(registry.isVerified(tokenId), checkAt <= until);
    }

    // ---------------------------------------------------------------- revokeVerification

    function test_RevokeVerification() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        bytes32 reason = keccak256("fake papers");

        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.VerificationRevoked(tokenId, verifier, reason);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, reason);

        assertFalse(registry.isVerified(tokenId));
        assertFalse(registry.assetOf(tokenId).verified);
    }

    function test_RevokeByAnotherVerifier() public {
        (address verifier2,) = makeAddrAndKey("verifier2");
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.prank(admin);
        registry.grantRole(verifierRole, verifier2);
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.VerificationRevoked(tokenId, verifier2, bytes32(0));
        vm.prank(verifier2);
        registry.revokeVerification(tokenId, bytes32(0));
        assertFalse(registry.isVerified(tokenId));
    }

    function test_RevokeLapsedVerification() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.warp(uint256(validUntil) + 1);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, keccak256("r"));
        assertFalse(registry.assetOf(tokenId).verified);
    }

    function test_RevertWhen_RevokeByNonVerifier() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, provider, verifierRole)
        );
        vm.prank(provider);
        registry.revokeVerification(tokenId, bytes32(0));
    }

    function test_RevokeNeverVerifiedRaisesNonce() public {
        // v2: revoking an unverified token still kills every signature made before it.
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.VerificationRevoked(tokenId, verifier, bytes32(0));
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        assertEq(registry.verificationNonce(tokenId), 1);
        assertFalse(registry.isVerified(tokenId));
        // it is not a verification: the registration can still be revoked.
        assertFalse(registry.assetOf(tokenId).everVerified);
    }

    function test_RevokeTwice() public {
        vm.startPrank(verifier);
        registry.verify(tokenId, validUntil);
        registry.revokeVerification(tokenId, bytes32(0));
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.VerificationRevoked(tokenId, verifier, keccak256("again"));
        registry.revokeVerification(tokenId, keccak256("again"));
        vm.stopPrank();
        assertEq(registry.verificationNonce(tokenId), 3);
        assertFalse(registry.isVerified(tokenId));
    }

    function test_RevokeAfterContentUpdate() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.prank(provider);
        registry.updateContent(tokenId, keccak256("v2"), "");
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        assertEq(registry.verificationNonce(tokenId), 3);
    }

    function test_RevokeLockedAsset() public {
        _verify(tokenId);
        _setLock(tokenId, true);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        assertFalse(registry.isVerified(tokenId));
        assertTrue(registry.isLocked(tokenId));
    }

    function test_RevokeKeepsTheLastVerificationOnRecord() public {
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, bytes32(0));
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertFalse(a.verified);
        assertTrue(a.everVerified);
        assertEq(a.verifier, verifier);
        assertEq(a.validUntil, validUntil);
    }

    function test_RevertWhen_RevokeNonexistentToken() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 5));
        vm.prank(verifier);
        registry.revokeVerification(5, bytes32(0));
    }

    // ---------------------------------------------------------------- verifyBySig

    function test_VerifyBySigFromAnyRelayer() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAssetRegistry.AssetVerified(tokenId, verifier, validUntil);
        vm.prank(relayer);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);

        assertTrue(registry.isVerified(tokenId));
        IAssetRegistry.Asset memory a = registry.assetOf(tokenId);
        assertEq(a.verifier, verifier);
        assertEq(a.validUntil, validUntil);
    }

    function test_VerifyBySigMatchesFixtureSigner() public {
        // the shared fixture's helper signs the same digest.
        bytes memory sig = _signVerification(verifierKey, tokenId, validUntil, deadline);
        assertEq(keccak256(sig), keccak256(_sig(verifierKey, tokenId, validUntil, deadline)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        assertTrue(registry.isVerified(tokenId));
    }

    function test_VerifyBySigAtDeadline() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        vm.warp(deadline);
        vm.prank(relayer);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        assertTrue(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigExpired() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistrySignatureExpired.selector, deadline));
        vm.prank(relayer);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigReused() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        bytes32 digest = _fresh(validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.SignatureUsed.selector, digest));
        vm.prank(relayer);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigReusedAfterRevoke() public {
        // the very signature that was applied says so; one never applied says InvalidNonce
        // (test/contracts/exploits/StaleVerification.t.sol).
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        vm.prank(verifier);
        registry.revokeVerification(tokenId, keccak256("revoked"));
        bytes32 digest = _fresh(validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.SignatureUsed.selector, digest));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        assertFalse(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigMalleableTwinOfUsedSignature() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        // the digest is spent whatever the encoding of the signature.
        bytes32 digest = _fresh(validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.SignatureUsed.selector, digest));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, _highS(sig));
    }

    function test_RevertWhen_VerifyBySigNonVerifierSigner() public {
        bytes memory sig = _sig(strangerKey, tokenId, validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, stranger));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigOwnerSigns() public {
        (address owner, uint256 ownerKey) = makeAddrAndKey("owner");
        uint256 id = _register(owner, "car-1");
        bytes memory sig = _sig(ownerKey, id, validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, owner));
        vm.prank(owner);
        registry.verifyBySig(id, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigSignerLostRole() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        bytes32 verifierRole = registry.VERIFIER_ROLE();
        vm.prank(admin);
        registry.revokeRole(verifierRole, verifier);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, verifier));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigForAnotherChain() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        uint256 home = block.chainid;
        vm.chainId(10);
        bytes32 digestHere = _fresh(validUntil, deadline);
        address recovered = _recover(digestHere, sig);
        assertTrue(recovered != verifier);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);

        // the signature was good on the chain it was made for.
        vm.chainId(home);
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        assertTrue(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigSignedWithAnotherChainId() public {
        bytes memory sig = _sign(
            verifierKey,
            _verificationDigest(
                address(registry), block.chainid + 1, tokenId, _content("bike-1"), address(0), validUntil, 0, deadline
            )
        );
        address recovered = _recover(_fresh(validUntil, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigForAnotherRegistry() public {
        AssetRegistry other = new AssetRegistry(admin);
        bytes32 verifierRole = other.VERIFIER_ROLE();
        vm.prank(admin);
        other.grantRole(verifierRole, verifier);
        vm.prank(provider);
        uint256 otherId = other.register(_code("bike-1"), _content("bike-1"), "ipfs://bike-1");
        assertEq(otherId, tokenId);

        bytes memory sig = _sign(
            verifierKey,
            _verificationDigest(
                address(other), block.chainid, otherId, _content("bike-1"), address(0), validUntil, 0, deadline
            )
        );
        address recovered = _recover(_fresh(validUntil, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);

        other.verifyBySig(otherId, validUntil, 0, deadline, sig);
        assertTrue(other.isVerified(otherId));
        assertFalse(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigForAnotherToken() public {
        // same content hash on both tokens: only the token id tells the signatures apart.
        vm.prank(provider);
        uint256 twin = registry.register(_code("bike-2"), _content("bike-1"), "ipfs://bike-1");
        bytes memory sig = _sig(verifierKey, twin, validUntil, deadline);
        address recovered = _recover(_fresh(validUntil, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);

        registry.verifyBySig(twin, validUntil, 0, deadline, sig);
        assertTrue(registry.isVerified(twin));
        assertFalse(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigAfterContentUpdate() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        bytes32 newContent = keccak256("swapped bike");
        vm.prank(provider);
        registry.updateContent(tokenId, newContent, "ipfs://swapped");
        // the content change raised the nonce: the signature names a dead one.
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, 0, 1));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        // even named with the current nonce it does not cover the new content.
        address recovered = _recover(_verificationDigest(tokenId, newContent, address(0), validUntil, 1, deadline), sig);
        assertTrue(recovered != verifier);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 1, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigOtherValidUntil() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        uint64 longer = validUntil + 365 days;
        address recovered = _recover(_fresh(longer, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, longer, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigOtherDeadline() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        uint256 later = deadline + 1 days;
        address recovered = _recover(_fresh(validUntil, later), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 0, later, sig);
    }

    function test_RevertWhen_VerifyBySigHighS() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        bytes memory twin = _highS(sig);
        bytes32 digest = _fresh(validUntil, deadline);
        // plain ecrecover accepts the twin for the same key: only the low-s rule stops it.
        assertEq(_recover(digest, twin), verifier);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, address(0)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, twin);
        // the rejected twin did not spend the digest.
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
        assertTrue(registry.isVerified(tokenId));
    }

    function test_RevertWhen_VerifyBySigBadLength() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, address(0)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, _compact(sig));

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, address(0)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, abi.encodePacked(sig, uint8(0)));

        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, address(0)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, "");
    }

    function test_RevertWhen_VerifyBySigBadV() public {
        (bytes32 r, bytes32 s,) = _split(_sig(verifierKey, tokenId, validUntil, deadline));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, address(0)));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, abi.encodePacked(r, s, uint8(0)));
    }

    function test_RevertWhen_VerifyBySigValidityInPast() public {
        uint64 past = uint64(block.timestamp - 1);
        bytes memory sig = _sig(verifierKey, tokenId, past, deadline);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryInvalidValidity.selector, past));
        registry.verifyBySig(tokenId, past, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigNonexistentToken() public {
        bytes memory sig = _sign(verifierKey, _verificationDigest(2, bytes32(0), address(0), validUntil, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 2));
        registry.verifyBySig(2, validUntil, 0, deadline, sig);
    }

    function testFuzz_VerifyBySig(uint64 until, uint256 dl, uint256 submitAt, uint256 checkAt) public {
        uint256 t0 = block.timestamp;
        dl = bound(dl, t0, t0 + 365 days);
        submitAt = bound(submitAt, t0, t0 + 400 days);
        until = uint64(bound(until, t0, t0 + 800 days));
        bytes memory sig = _sig(verifierKey, tokenId, until, dl);
        vm.warp(submitAt);
        if (submitAt > dl) {
            vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistrySignatureExpired.selector, dl));
        } else if (until < submitAt) {
            vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistryInvalidValidity.selector, until));
        }
        vm.prank(relayer);
        registry.verifyBySig(tokenId, until, 0, dl, sig);
        bool accepted = submitAt <= dl && until >= submitAt;
        checkAt = bound(checkAt, submitAt, submitAt + 900 days);
        vm.warp(checkAt);
        assertEq(registry.isVerified(tokenId), accepted && checkAt <= until);
        assertEq(registry.assetOf(tokenId).verifier, accepted ? verifier : address(0));
    }

    // ---------------------------------------------------------------- verifyBySig: the nonce

    function test_VerifyBySigRaisesNonce() public {
        registry.verifyBySig(tokenId, validUntil, 0, deadline, _sig(verifierKey, tokenId, validUntil, deadline));
        assertEq(registry.verificationNonce(tokenId), 1);
        assertTrue(registry.assetOf(tokenId).everVerified);
        // the next signature names nonce 1
        bytes memory next = _sig(verifierKey, tokenId, validUntil + 1, deadline);
        registry.verifyBySig(tokenId, validUntil + 1, 1, deadline, next);
        assertEq(registry.verificationNonce(tokenId), 2);
        assertEq(registry.assetOf(tokenId).validUntil, validUntil + 1);
    }

    function test_VerifyBySigCoversTheBoundDevice() public {
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        registry.verifyBySig(tokenId, validUntil, 1, deadline, sig);
        assertTrue(registry.isVerified(tokenId));
        assertEq(registry.assetOf(tokenId).verifier, verifier);
    }

    function test_RevertWhen_VerifyBySigForAnotherDevice() public {
        vm.prank(provider);
        registry.bindDevice(tokenId, device);
        // signed for the right nonce and content, but another device than the bound one.
        bytes32 other = _verificationDigest(tokenId, _content("bike-1"), stranger, validUntil, 1, deadline);
        bytes memory sig = _sign(verifierKey, other);
        address recovered =
            _recover(_verificationDigest(tokenId, _content("bike-1"), device, validUntil, 1, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidSigner.selector, recovered));
        registry.verifyBySig(tokenId, validUntil, 1, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigStaleNonce() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        _verify(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, 0, 1));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigFutureNonce() public {
        bytes32 digest = _verificationDigest(tokenId, _content("bike-1"), address(0), validUntil, 5, deadline);
        bytes memory sig = _sign(verifierKey, digest);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, 5, 0));
        registry.verifyBySig(tokenId, validUntil, 5, deadline, sig);
    }

    function test_RevertWhen_VerifyBySigStaleNonceBeforeSignerCheck() public {
        // a stale signature by anyone — a non-verifier, garbage — reverts InvalidNonce, not InvalidSigner.
        _verify(tokenId);
        bytes memory bySomeone = _sign(strangerKey, _fresh(validUntil, deadline));
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, 0, 1));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, bySomeone);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, 0, 1));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, "");
    }

    function test_RevertWhen_VerifyBySigExpiredBeforeNonceCheck() public {
        bytes memory sig = _sig(verifierKey, tokenId, validUntil, deadline);
        _verify(tokenId);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.RegistrySignatureExpired.selector, deadline));
        registry.verifyBySig(tokenId, validUntil, 0, deadline, sig);
    }

    function testFuzz_RevertWhen_VerifyBySigWrongNonce(uint256 nonce, uint8 changes) public {
        changes = uint8(bound(changes, 0, 6));
        for (uint256 i = 0; i < changes; ++i) {
            vm.prank(verifier);
            registry.revokeVerification(tokenId, bytes32(i));
        }
        if (nonce == changes) nonce = uint256(changes) + 1;
        bytes32 digest = _verificationDigest(tokenId, _content("bike-1"), address(0), validUntil, nonce, deadline);
        bytes memory sig = _sign(verifierKey, digest);
        vm.expectRevert(abi.encodeWithSelector(IAssetRegistry.InvalidNonce.selector, tokenId, nonce, changes));
        registry.verifyBySig(tokenId, validUntil, nonce, deadline, sig);
        // the current nonce works
        registry.verifyBySig(tokenId, validUntil, changes, deadline, _sig(verifierKey, tokenId, validUntil, deadline));
        assertTrue(registry.isVerified(tokenId));
    }
}
