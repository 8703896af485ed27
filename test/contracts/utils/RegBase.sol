// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AssetRegistry} from "../../../contracts/AssetRegistry.sol";
import {CreditRegistry} from "../../../contracts/CreditRegistry.sol";
import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {RewardToken} from "../../../contracts/RewardToken.sol";
import {Defaults} from "../../../deploy/Defaults.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The fixture of the RewardToken, PaymentToken, AssetRegistry, CreditRegistry and
/// Arbitration unit tests: the token and the registries deployed and wired as
/// deploy/Deploy.s.sol does it, with plain accounts standing in for the escrow and the arbiter
/// panel (these tests never need the escrow's code, only its roles), named actors, and EIP-712
/// digests and signatures computed here from the pinned type strings (never read back from
/// the contracts under test).
abstract contract RegBase is Test {
    uint256 internal constant START_TIME = 1_750_000_000;
    uint256 internal constant USD = 1e6; // one tUSD
    uint16 internal constant NEWCOMER = 500;
    uint64 internal constant COOLDOWN = 30 days;

    /// @dev The order of the secp256k1 group: s and n - s are both valid ECDSA `s` values.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    bytes32 internal constant DOMAIN_TYPEHASH_LITERAL =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant VERIFICATION_TYPEHASH_LITERAL = keccak256(
        "Verification(uint256 tokenId,bytes32 contentHash,address device,uint64 validUntil,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant BASELINE_TYPEHASH_LITERAL =
        keccak256("Baseline(address account,uint16 score,uint256 deadline)");
    bytes32 internal constant PERMIT_TYPEHASH_LITERAL =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    address internal admin = makeAddr("admin");
    address internal governor = makeAddr("governor");
    address internal verifier;
    uint256 internal verifierKey;
    address internal oracle;
    uint256 internal oracleKey;
    address internal device;
    uint256 internal deviceKey;
    address internal provider = makeAddr("provider");
    address internal renter = makeAddr("renter");
    address internal renter2 = makeAddr("renter2");
    /// @dev Stands in for the escrow: MINTER_ROLE, RENTAL_MANAGER_ROLE, RECORDER_ROLE.
    address internal escrow = makeAddr("escrow");
    /// @dev Stands in for the arbiter panel's RECORDER_ROLE in the credit registry tests.
    address internal panel = makeAddr("panel");
    address internal manager = makeAddr("manager");
    address internal stranger;
    uint256 internal strangerKey;
    address internal relayer = makeAddr("relayer");
    address internal recorder = makeAddr("recorder");

    RewardToken internal shr;
    AssetRegistry internal registry;
    CreditRegistry internal credit;
    PaymentToken internal usd;

    /// @dev Counterparties handed out by the two-argument {_record}, one per call.
    uint256 private _counterparties;

    function setUp() public virtual {
        vm.warp(START_TIME);
        (verifier, verifierKey) = makeAddrAndKey("verifier");
        (oracle, oracleKey) = makeAddrAndKey("oracle");
        (device, deviceKey) = makeAddrAndKey("device");
        (stranger, strangerKey) = makeAddrAndKey("stranger");

        usd = new PaymentToken();
        vm.startPrank(admin);
        shr = new RewardToken(admin, Defaults.SHR_CAP);
        registry = new AssetRegistry(admin);
        credit = new CreditRegistry(admin, Defaults.tiers(), Defaults.deltas());
        shr.grantRole(shr.MINTER_ROLE(), escrow);
        registry.grantRole(registry.RENTAL_MANAGER_ROLE(), escrow);
        registry.grantRole(registry.RENTAL_MANAGER_ROLE(), manager);
        registry.grantRole(registry.VERIFIER_ROLE(), verifier);
        credit.grantRole(credit.RECORDER_ROLE(), escrow);
        credit.grantRole(credit.RECORDER_ROLE(), panel);
        credit.grantRole(credit.RECORDER_ROLE(), recorder);
        credit.grantRole(credit.CREDIT_ORACLE_ROLE(), oracle);
        credit.grantRole(credit.GOVERNOR_ROLE(), governor);
        // the initial SHR supply for pledges, as the deploy script mints it on a devnet.
        shr.grantRole(shr.MINTER_ROLE(), admin);
        shr.mint(provider, 10_000 ether);
        shr.renounceRole(shr.MINTER_ROLE(), admin);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- assets

    function _code(string memory name) internal pure returns (bytes32) {
        return keccak256(bytes(name));
    }

    function _content(string memory name) internal pure returns (bytes32) {
        return keccak256(abi.encode(name, "meta"));
    }

    function _uri(string memory name) internal pure returns (string memory) {
        return string.concat("ipfs://", name);
    }

    /// @dev Registers `name` for `owner` (unverified, no device).
    function _register(address owner, string memory name) internal returns (uint256 tokenId) {
        vm.prank(owner);
        tokenId = registry.register(_code(name), _content(name), _uri(name));
    }

    /// @dev Sets the ERC-4907 user of `tokenId` as the rental manager.
    function _setUser(uint256 tokenId, address user, uint64 expires) internal {
        vm.prank(manager);
        registry.setUser(tokenId, user, expires);
    }

    /// @dev Locks or unlocks `tokenId` as the rental manager.
    function _setLock(uint256 tokenId, bool locked) internal {
        vm.prank(manager);
        registry.setLock(tokenId, locked);
    }

    /// @dev Verifies `tokenId` for a year as the fixture verifier.
    function _verify(uint256 tokenId) internal {
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 365 days));
    }

    /// @dev Registers `name` for `owner`, binds the fixture device and verifies it for a year.
    function _asset(address owner, string memory name) internal returns (uint256 tokenId) {
        tokenId = _register(owner, name);
        vm.prank(owner);
        registry.bindDevice(tokenId, device);
        _verify(tokenId);
    }

    // ---------------------------------------------------------------- EIP-712

    function _domainSeparator(string memory name, uint256 chainId, address verifyingContract)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH_LITERAL, keccak256(bytes(name)), keccak256("1"), chainId, verifyingContract)
        );
    }

    function _typedDigest(bytes32 domainSeparator, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }

    /// @dev The Verification digest for `reg` on `chainId`.
    function _verificationDigest(
        address reg,
        uint256 chainId,
        uint256 tokenId,
        bytes32 contentHash,
        address boundDevice,
        uint64 validUntil,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(VERIFICATION_TYPEHASH_LITERAL, tokenId, contentHash, boundDevice, validUntil, nonce, deadline)
        );
        return _typedDigest(_domainSeparator("AssetRegistry", chainId, reg), structHash);
    }

    /// @dev The Verification digest of the fixture registry on the current chain.
    function _verificationDigest(
        uint256 tokenId,
        bytes32 contentHash,
        address boundDevice,
        uint64 validUntil,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        return _verificationDigest(
            address(registry), block.chainid, tokenId, contentHash, boundDevice, validUntil, nonce, deadline
        );
    }

    /// @dev The Verification digest of `tokenId` as it stands now (its content hash, device and nonce).
    function _currentVerificationDigest(uint256 tokenId, uint64 validUntil, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        return _verificationDigest(
            tokenId,
            registry.assetOf(tokenId).contentHash,
            registry.deviceOf(tokenId),
            validUntil,
            registry.verificationNonce(tokenId),
            deadline
        );
    }

    /// @dev A signature by `key` over the Verification of `tokenId` as it stands now.
    function _signVerification(uint256 key, uint256 tokenId, uint64 validUntil, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, _currentVerificationDigest(tokenId, validUntil, deadline));
    }

    /// @dev The Baseline digest for `reg` on `chainId`.
    function _baselineDigest(address reg, uint256 chainId, address account, uint16 score, uint256 deadline)
        internal
        pure
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(BASELINE_TYPEHASH_LITERAL, account, score, deadline));
        return _typedDigest(_domainSeparator("CreditRegistry", chainId, reg), structHash);
    }

    /// @dev The Baseline digest of the fixture credit registry on the current chain.
    function _baselineDigest(address account, uint16 score, uint256 deadline) internal view returns (bytes32) {
        return _baselineDigest(address(credit), block.chainid, account, score, deadline);
    }

    // ---------------------------------------------------------------- credit

    /// @dev The deployed delta of `outcome` (INTERFACE.md §3), written out here.
    function _defaultDelta(uint8 outcome) internal pure returns (int256) {
        if (outcome == 0) return 10;
        if (outcome == 1) return -20;
        if (outcome == 2) return -250;
        if (outcome == 3) return -50;
        if (outcome == 4) return 10;
        if (outcome == 5) return -50;
        if (outcome == 6) return 5;
        if (outcome == 8) return -100;
        if (outcome == 9) return -30;
        revert("RegBase: no such outcome");
    }

    /// @dev The recordable outcome codes: 0..6, 8, 9.
    function _recordable() internal pure returns (uint8[9] memory) {
        return [uint8(0), 1, 2, 3, 4, 5, 6, 8, 9];
    }

    /// @dev `score` clamped to 0..1000.
    function _clamp(int256 score) internal pure returns (uint16) {
        if (score < 0) return 0;
        if (score > 1000) return 1000;
        // casting to 'uint16' is safe because 0 <= score <= 1000 here
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint16(uint256(score));
    }

    /// @dev The deployed tier of `score` (INTERFACE.md §3), written out here.
    function _defaultTier(uint256 score) internal pure returns (uint8) {
        if (score >= 800) return 3;
        if (score >= 600) return 2;
        if (score >= 300) return 1;
        return 0;
    }

    /// @dev Sets the starting score of a newcomer through an oracle baseline.
    function _attest(address account, uint16 score) internal {
        uint256 dl = block.timestamp + 1 hours;
        credit.attestBaseline(account, score, dl, _sign(oracleKey, _baselineDigest(account, score, dl)));
    }

    /// @dev Records `outcome` for `account` against a counterparty never used before, so a
    /// CompletedOnTime or AssetConfirmed always moves the score.
    function _record(address account, uint8 outcome) internal {
        _record(account, address(uint160(0xC0C00000 + ++_counterparties)), outcome);
    }

    function _record(address account, address counterparty, uint8 outcome) internal {
        vm.prank(recorder);
        credit.recordOutcome(account, counterparty, outcome);
    }

    // ---------------------------------------------------------------- signatures

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev An oracle signature over a Baseline of the fixture credit registry.
    function _signBaseline(uint256 key, address account, uint16 score, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, _baselineDigest(account, score, deadline));
    }

    /// @dev What plain ecrecover makes of a 65-byte r|s|v signature over `digest`.
    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return ecrecover(digest, v, r, s);
    }

    function _split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        require(sig.length == 65, "RegBase: signature length");
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }

    /// @dev The malleable twin of `sig`: s -> n - s and v flipped; ecrecover accepts it for the same signer.
    function _highS(bytes memory sig) internal pure returns (bytes memory) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }

    /// @dev The 64-byte EIP-2098 compact form of `sig` (r | yParity·2²⁵⁵ + s).
    function _compact(bytes memory sig) internal pure returns (bytes memory) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return abi.encodePacked(r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
    }
}
