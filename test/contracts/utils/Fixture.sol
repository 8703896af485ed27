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

/// @notice The suite deployed and wired as deploy/Deploy.s.sol does it on a devnet, with named
/// actors holding every role, and helpers for the steps of a v2 rental.
abstract contract Fixture is Test {
    uint256 internal constant START_TIME = 1_750_000_000;
    uint256 internal constant USD = 1e6; // one tUSD

    address internal admin = makeAddr("admin");
    address internal governor = makeAddr("governor");
    address internal treasury = makeAddr("treasury");
    address internal pauser = makeAddr("pauser");
    address internal verifier;
    uint256 internal verifierKey;
    address internal oracle;
    uint256 internal oracleKey;
    address internal device;
    uint256 internal deviceKey;
    address internal provider = makeAddr("provider");
    address internal renter = makeAddr("renter");
    address internal renter2 = makeAddr("renter2");
    address[3] internal arbiters;

    RewardToken internal shr;
    AssetRegistry internal registry;
    CreditRegistry internal credit;
    PledgeEscrow internal escrow;
    Arbitration internal arbitration;
    PaymentToken internal usd;

    function setUp() public virtual {
        vm.warp(START_TIME);
        (verifier, verifierKey) = makeAddrAndKey("verifier");
        (oracle, oracleKey) = makeAddrAndKey("oracle");
        (device, deviceKey) = makeAddrAndKey("device");
        arbiters = [makeAddr("arbiter0"), makeAddr("arbiter1"), makeAddr("arbiter2")];

        usd = new PaymentToken();
        address[] memory paymentTokens = new address[](1);
        paymentTokens[0] = address(usd);

        vm.startPrank(admin);
        shr = new RewardToken(admin, Defaults.SHR_CAP);
        registry = new AssetRegistry(admin);
        credit = new CreditRegistry(admin, Defaults.tiers(), Defaults.deltas());
        escrow = new PledgeEscrow(
            admin,
            registry,
            credit,
            shr,
            Defaults.params(treasury),
            paymentTokens,
            Defaults.rewardRates(paymentTokens.length, true)
        );
        arbitration = new Arbitration(admin, escrow, credit, Defaults.QUORUM, Defaults.VOTING_PERIOD);
        escrow.setArbitration(address(arbitration));
        shr.grantRole(shr.MINTER_ROLE(), address(escrow));
        registry.grantRole(registry.RENTAL_MANAGER_ROLE(), address(escrow));
        credit.grantRole(credit.RECORDER_ROLE(), address(escrow));
        credit.grantRole(credit.RECORDER_ROLE(), address(arbitration));
        escrow.grantRole(escrow.PAUSER_ROLE(), pauser);
        registry.grantRole(registry.VERIFIER_ROLE(), verifier);
        credit.grantRole(credit.CREDIT_ORACLE_ROLE(), oracle);
        credit.grantRole(credit.GOVERNOR_ROLE(), governor);
        escrow.grantRole(escrow.GOVERNOR_ROLE(), governor);
        arbitration.grantRole(arbitration.GOVERNOR_ROLE(), governor);
        for (uint256 i = 0; i < arbiters.length; ++i) {
            arbitration.grantRole(arbitration.ARBITER_ROLE(), arbiters[i]);
        }
        // the initial SHR supply for pledges, as the deploy script mints it on a devnet.
        shr.grantRole(shr.MINTER_ROLE(), admin);
        shr.mint(provider, 10_000 ether);
        shr.renounceRole(shr.MINTER_ROLE(), admin);
        vm.stopPrank();

        _fund(renter);
        _fund(renter2);
    }

    /// @dev Gives `account` tUSD and approves the escrow for it and for SHR.
    function _fund(address account) internal {
        usd.mint(account, 1_000_000 * USD);
        vm.startPrank(account);
        usd.approve(address(escrow), type(uint256).max);
        shr.approve(address(escrow), type(uint256).max);
        vm.stopPrank();
    }

    /// @dev Registers an asset for `owner`, binds the fixture device and verifies it (asset and
    /// device) for a year.
    function _asset(address owner, string memory code) internal returns (uint256 tokenId) {
        vm.startPrank(owner);
        tokenId = registry.register(keccak256(bytes(code)), keccak256(abi.encode(code, "meta")), "ipfs://meta");
        registry.bindDevice(tokenId, device);
        vm.stopPrank();
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + 365 days));
    }

    /// @dev The fixture terms: 10 tUSD/hour, 100 tUSD deposit, 1 h..7 days, 0.01 tUSD/unit,
    /// a late cancellation costs half the rent, free until a day before the start.
    function _terms() internal pure returns (IPledgeEscrow.Terms memory) {
        return IPledgeEscrow.Terms({
            pricePerHour: 10 * USD,
            deposit: 100 * USD,
            minDuration: 1 hours,
            maxDuration: 7 days,
            pricePerUnit: USD / 100,
            cancelFeeBps: 5000,
            freeCancelBefore: 1 days,
            payee: address(0),
            platform: address(0)
        });
    }

    /// @dev Lists `tokenId` for `owner` under the fixture terms.
    function _list(address owner, uint256 tokenId) internal returns (uint256 listingId) {
        return _listWith(owner, tokenId, _terms());
    }

    function _listWith(address owner, uint256 tokenId, IPledgeEscrow.Terms memory terms)
        internal
        returns (uint256 listingId)
    {
        vm.startPrank(owner);
        shr.approve(address(escrow), type(uint256).max);
        listingId = escrow.list(tokenId, address(usd), terms);
        vm.stopPrank();
    }

    /// @dev A verified, listed asset of `provider`: (tokenId, listingId).
    function _listed(string memory code) internal returns (uint256 tokenId, uint256 listingId) {
        tokenId = _asset(provider, code);
        listingId = _list(provider, tokenId);
    }

    /// @dev Rents `listingId` now for `duration`, agreeing to its current terms, no platform.
    function _rent(address who, uint256 listingId, uint64 duration) internal returns (uint256 rentalId) {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(who);
        rentalId = escrow.rent(listingId, 0, duration, hash, address(0));
    }

    /// @dev Books `listingId` for [start, start + duration), agreeing to its current terms, no platform.
    function _book(address who, uint256 listingId, uint64 start, uint64 duration) internal returns (uint256 rentalId) {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(who);
        rentalId = escrow.rent(listingId, start, duration, hash, address(0));
    }

    /// @dev A device signature over a usage report for `rentalId`.
    function _signUsage(uint256 key, uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)"),
                rentalId,
                units,
                damageBps,
                nonce
            )
        );
        return _sign(key, _digest(address(escrow), "PledgeEscrow", structHash));
    }

    /// @dev A device signature over a Return of `rentalId` at `returnedAt`, valid until `deadline`.
    function _signReturn(uint256 key, uint256 rentalId, uint64 returnedAt, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Return(uint256 rentalId,uint64 returnedAt,uint256 deadline)"), rentalId, returnedAt, deadline
            )
        );
        return _sign(key, _digest(address(escrow), "PledgeEscrow", structHash));
    }

    /// @dev An oracle signature over a Baseline.
    function _signBaseline(uint256 key, address account, uint16 score, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(
            abi.encode(keccak256("Baseline(address account,uint16 score,uint256 deadline)"), account, score, deadline)
        );
        return _sign(key, _digest(address(credit), "CreditRegistry", structHash));
    }

    /// @dev The EIP-712 digest, computed here from the pinned domain rather than read from the contract.
    function _digest(address verifyingContract, string memory name, bytes32 structHash)
        internal
        view
        returns (bytes32)
    {
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256("1"),
                block.chainid,
                verifyingContract
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _rental(uint256 rentalId) internal view returns (IPledgeEscrow.Rental memory) {
        return escrow.getRental(rentalId);
    }

    function _listing(uint256 listingId) internal view returns (IPledgeEscrow.Listing memory) {
        return escrow.getListing(listingId);
    }
}
