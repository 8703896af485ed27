// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RewardToken} from "../../contracts/RewardToken.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @dev How the escrow may pay a reward so that the cap never makes settlement revert: check the
/// room left ({cap} − {totalSupply}) first, or try the mint and catch `ERC20ExceededCap`.
contract CapAwareMinter {
    RewardToken internal immutable _shr;

    constructor(RewardToken shr) {
        _shr = shr;
    }

    function rewardIfRoom(address to, uint256 amount) external returns (bool paid) {
        if (amount > _shr.cap() - _shr.totalSupply()) return false;
        _shr.mint(to, amount);
        return true;
    }

    function tryReward(address to, uint256 amount) external returns (bool paid) {
        try _shr.mint(to, amount) {
            return true;
        } catch {
            return false;
        }
    }
}

contract RewardTokenTest is RegBase {
    uint256 internal constant CAP = 1_000_000_000 ether; // INTERFACE.md §1: a cap, if any, >= 10^9 SHR
    uint256 internal constant FIXTURE_SUPPLY = 10_000 ether; // minted to `provider` by the fixture

    address internal minter = makeAddr("minter");
    address internal holder;
    uint256 internal holderKey;

    function setUp() public override {
        super.setUp();
        (holder, holderKey) = makeAddrAndKey("holder");
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.prank(admin);
        shr.grantRole(minterRole, minter);
    }

    // ---------------------------------------------------------------- metadata

    function test_Metadata() public view {
        assertEq(shr.name(), "Sharechain Reward");
        assertEq(shr.symbol(), "SHR");
        assertEq(shr.decimals(), 18);
        assertEq(shr.cap(), CAP);
        assertEq(shr.totalSupply(), FIXTURE_SUPPLY);
        assertEq(shr.MINTER_ROLE(), keccak256("MINTER_ROLE"));
    }

    function test_Roles() public view {
        bytes32 minterRole = keccak256("MINTER_ROLE");
        assertTrue(shr.hasRole(bytes32(0), admin));
        assertEq(shr.getRoleAdmin(minterRole), bytes32(0));
        // wired as the deploy script does: the escrow mints, the admin kept no MINTER_ROLE.
        assertTrue(shr.hasRole(minterRole, address(escrow)));
        assertFalse(shr.hasRole(minterRole, admin));
    }

    function test_SupportsInterface() public view {
        assertTrue(shr.supportsInterface(0x01ffc9a7)); // ERC-165
        assertTrue(shr.supportsInterface(0x7965db0b)); // AccessControl
        assertEq(type(IAccessControl).interfaceId, bytes4(0x7965db0b));
        assertFalse(shr.supportsInterface(0xffffffff));
        assertFalse(shr.supportsInterface(0x80ac58cd));
    }

    // ---------------------------------------------------------------- mint

    function test_Mint() public {
        vm.expectEmit(true, true, true, true, address(shr));
        emit IERC20.Transfer(address(0), holder, 25 ether);
        vm.prank(minter);
        shr.mint(holder, 25 ether);
        assertEq(shr.balanceOf(holder), 25 ether);
        assertEq(shr.totalSupply(), FIXTURE_SUPPLY + 25 ether);
    }

    function test_MintUpToCap() public {
        uint256 room = CAP - FIXTURE_SUPPLY;
        vm.prank(minter);
        shr.mint(holder, room);
        assertEq(shr.totalSupply(), CAP);
        assertEq(shr.balanceOf(holder), room);
    }

    function test_RevertWhen_MintPassesCap() public {
        uint256 room = CAP - FIXTURE_SUPPLY;
        vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, CAP + 1, CAP));
        vm.prank(minter);
        shr.mint(holder, room + 1);
    }

    function test_RevertWhen_MintAtCapByOneWei() public {
        vm.startPrank(minter);
        shr.mint(holder, CAP - FIXTURE_SUPPLY);
        vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, CAP + 1, CAP));
        shr.mint(holder, 1);
        vm.stopPrank();
        assertEq(shr.totalSupply(), CAP);
    }

    function test_DeployedCapIsAtLeastABillion() public view {
        // INTERFACE.md §1: a cap, if any, >= 10^9 SHR.
        assertGe(shr.cap(), 1e9 * 1e18);
    }

    function testFuzz_RewardPastTheCapIsSkippedNotReverted(uint256 used, uint256 amount) public {
        // the escrow's two ways of skipping a reward the cap has no room for
        CapAwareMinter checker = new CapAwareMinter(shr);
        CapAwareMinter trier = new CapAwareMinter(shr);
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.startPrank(admin);
        shr.grantRole(minterRole, address(checker));
        shr.grantRole(minterRole, address(trier));
        vm.stopPrank();
        used = bound(used, 0, CAP - FIXTURE_SUPPLY);
        amount = bound(amount, 0, CAP);
        vm.prank(minter);
        shr.mint(holder, used);
        uint256 room = CAP - FIXTURE_SUPPLY - used;
        uint256 supply = shr.totalSupply();

        bool paid = checker.rewardIfRoom(renter, amount);
        assertEq(paid, amount <= room);
        assertEq(shr.totalSupply(), supply + (paid ? amount : 0));
        supply = shr.totalSupply();
        room = CAP - supply;
        paid = trier.tryReward(provider, amount);
        assertEq(paid, amount <= room);
        assertEq(shr.totalSupply(), supply + (paid ? amount : 0));
        assertLe(shr.totalSupply(), CAP);
    }

    function test_RevertWhen_MintByStranger() public {
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, minterRole)
        );
        vm.prank(stranger);
        shr.mint(stranger, 1 ether);
    }

    function test_RevertWhen_MintByAdminWithoutMinterRole() public {
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, minterRole)
        );
        vm.prank(admin);
        shr.mint(admin, 1 ether);
    }

    function test_RevertWhen_MintAfterRoleRevoked() public {
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.prank(admin);
        shr.revokeRole(minterRole, minter);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, minter, minterRole)
        );
        vm.prank(minter);
        shr.mint(holder, 1);
    }

    function test_RevertWhen_GrantMinterByNonAdmin() public {
        bytes32 minterRole = shr.MINTER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, minter, bytes32(0))
        );
        vm.prank(minter);
        shr.grantRole(minterRole, stranger);
    }

    function test_RevertWhen_MintToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSignature("ERC20InvalidReceiver(address)", address(0)));
        vm.prank(minter);
        shr.mint(address(0), 1);
    }

    function testFuzz_MintWithinCap(uint256 first, uint256 second) public {
        uint256 room = CAP - FIXTURE_SUPPLY;
        first = bound(first, 0, room);
        second = bound(second, 0, room);
        vm.startPrank(minter);
        shr.mint(holder, first);
        if (first + second > room) {
            vm.expectRevert(
                abi.encodeWithSelector(ERC20Capped.ERC20ExceededCap.selector, FIXTURE_SUPPLY + first + second, CAP)
            );
            shr.mint(stranger, second);
            assertEq(shr.balanceOf(stranger), 0);
        } else {
            shr.mint(stranger, second);
            assertEq(shr.balanceOf(stranger), second);
        }
        vm.stopPrank();
        assertEq(shr.balanceOf(holder), first);
        assertLe(shr.totalSupply(), CAP);
    }

    function test_RevertWhen_ConstructedWithZeroCap() public {
        vm.expectRevert(abi.encodeWithSelector(ERC20Capped.ERC20InvalidCap.selector, 0));
        new RewardToken(admin, 0);
    }

    // ---------------------------------------------------------------- transfers

    function test_Transfer() public {
        vm.expectEmit(true, true, true, true, address(shr));
        emit IERC20.Transfer(provider, holder, 3 ether);
        vm.prank(provider);
        assertTrue(shr.transfer(holder, 3 ether));
        assertEq(shr.balanceOf(holder), 3 ether);
        assertEq(shr.balanceOf(provider), FIXTURE_SUPPLY - 3 ether);
    }

    // ---------------------------------------------------------------- permit (EIP-2612)

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH_LITERAL, owner, spender, value, nonce, deadline));
        return _typedDigest(_domainSeparator("Sharechain Reward", block.chainid, address(shr)), structHash);
    }

    function test_DomainSeparator() public view {
        assertEq(shr.DOMAIN_SEPARATOR(), _domainSeparator("Sharechain Reward", block.chainid, address(shr)));
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) = shr.eip712Domain();
        assertEq(name, "Sharechain Reward");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(shr));
    }

    function test_Permit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(holderKey, _permitDigest(holder, address(escrow), 7 ether, 0, deadline));

        vm.expectEmit(true, true, true, true, address(shr));
        emit IERC20.Approval(holder, address(escrow), 7 ether);
        vm.prank(relayer);
        shr.permit(holder, address(escrow), 7 ether, deadline, v, r, s);

        assertEq(shr.allowance(holder, address(escrow)), 7 ether);
        assertEq(shr.nonces(holder), 1);
    }

    function test_PermitAtDeadline() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, minter, 1, 0, deadline));
        vm.warp(deadline);
        shr.permit(holder, minter, 1, deadline, v, r, s);
        assertEq(shr.allowance(holder, minter), 1);
    }

    function test_PermitThenTransferFrom() public {
        vm.prank(minter);
        shr.mint(holder, 5 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, relayer, 5 ether, 0, deadline));
        shr.permit(holder, relayer, 5 ether, deadline, v, r, s);
        vm.prank(relayer);
        assertTrue(shr.transferFrom(holder, relayer, 5 ether));
        assertEq(shr.balanceOf(relayer), 5 ether);
        assertEq(shr.allowance(holder, relayer), 0);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, minter, 1, 0, deadline));
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        shr.permit(holder, minter, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, minter, 1, 0, deadline));
        shr.permit(holder, minter, 1, deadline, v, r, s);
        // the nonce moved on: the same signature now recovers to some other address.
        address recovered = ecrecover(_permitDigest(holder, minter, 1, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, holder));
        shr.permit(holder, minter, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnotherKey() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(strangerKey, _permitDigest(holder, stranger, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, stranger, holder));
        shr.permit(holder, stranger, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitValueDiffersFromSigned() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, minter, 1, 0, deadline));
        address recovered = ecrecover(_permitDigest(holder, minter, 2, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, holder));
        shr.permit(holder, minter, 2, deadline, v, r, s);
    }
}
