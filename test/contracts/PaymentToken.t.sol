// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../contracts/PaymentToken.sol";
import {RegBase} from "./utils/RegBase.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {stdError} from "forge-std/StdError.sol";

contract PaymentTokenTest is RegBase {
    address internal holder;
    uint256 internal holderKey;

    function setUp() public override {
        super.setUp();
        (holder, holderKey) = makeAddrAndKey("holder");
    }

    function test_Metadata() public {
        PaymentToken fresh = new PaymentToken();
        assertEq(fresh.name(), "Test USD");
        assertEq(fresh.symbol(), "tUSD");
        assertEq(fresh.decimals(), 6);
        assertEq(fresh.totalSupply(), 0);
    }

    // ---------------------------------------------------------------- mint

    function test_AnyoneMints() public {
        vm.expectEmit(true, true, true, true, address(usd));
        emit IERC20.Transfer(address(0), holder, 42 * USD);
        vm.prank(stranger);
        usd.mint(holder, 42 * USD);
        assertEq(usd.balanceOf(holder), 42 * USD);
    }

    function test_MintToSelf() public {
        uint256 supply = usd.totalSupply();
        vm.prank(holder);
        usd.mint(holder, 1);
        assertEq(usd.balanceOf(holder), 1);
        assertEq(usd.totalSupply(), supply + 1);
    }

    function testFuzz_AnyoneMintsAnyAmount(address caller, uint160 toSeed, uint256 amount) public {
        address to = address(uint160(bound(toSeed, 1, type(uint160).max)));
        uint256 supply = usd.totalSupply();
        uint256 before = usd.balanceOf(to);
        amount = bound(amount, 0, type(uint256).max - supply);

        vm.expectEmit(true, true, true, true, address(usd));
        emit IERC20.Transfer(address(0), to, amount);
        vm.prank(caller);
        usd.mint(to, amount);

        assertEq(usd.balanceOf(to), before + amount);
        assertEq(usd.totalSupply(), supply + amount);
    }

    function test_RevertWhen_MintToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        usd.mint(address(0), 1);
    }

    function test_RevertWhen_MintOverflowsSupply() public {
        usd.mint(holder, type(uint256).max - usd.totalSupply());
        vm.expectRevert(stdError.arithmeticError);
        usd.mint(holder, 1);
    }

    // ---------------------------------------------------------------- permit (EIP-2612)

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH_LITERAL, owner, spender, value, nonce, deadline));
        return _typedDigest(_domainSeparator("Test USD", block.chainid, address(usd)), structHash);
    }

    function test_DomainSeparator() public view {
        assertEq(usd.DOMAIN_SEPARATOR(), _domainSeparator("Test USD", block.chainid, address(usd)));
    }

    function test_Permit() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(holderKey, _permitDigest(holder, address(escrow), 500 * USD, 0, deadline));

        vm.expectEmit(true, true, true, true, address(usd));
        emit IERC20.Approval(holder, address(escrow), 500 * USD);
        vm.prank(relayer);
        usd.permit(holder, address(escrow), 500 * USD, deadline, v, r, s);

        assertEq(usd.allowance(holder, address(escrow)), 500 * USD);
        assertEq(usd.nonces(holder), 1);
    }

    function test_PermitThenTransferFrom() public {
        usd.mint(holder, 10 * USD);
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, relayer, 10 * USD, 0, deadline));
        usd.permit(holder, relayer, 10 * USD, deadline, v, r, s);
        vm.prank(relayer);
        assertTrue(usd.transferFrom(holder, stranger, 10 * USD));
        assertEq(usd.balanceOf(stranger), 10 * USD);
        assertEq(usd.balanceOf(holder), 0);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, relayer, 1, 0, deadline));
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        usd.permit(holder, relayer, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, _permitDigest(holder, relayer, 1, 0, deadline));
        usd.permit(holder, relayer, 1, deadline, v, r, s);
        address recovered = ecrecover(_permitDigest(holder, relayer, 1, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, holder));
        usd.permit(holder, relayer, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnotherKey() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(strangerKey, _permitDigest(holder, stranger, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, stranger, holder));
        usd.permit(holder, stranger, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitForAnotherToken() public {
        // a permit signed for the reward token's domain does not work on tUSD.
        uint256 deadline = block.timestamp + 1 days;
        bytes32 shrStruct = keccak256(abi.encode(PERMIT_TYPEHASH_LITERAL, holder, relayer, 1, 0, deadline));
        bytes32 shrDigest = _typedDigest(_domainSeparator("Sharechain Reward", block.chainid, address(shr)), shrStruct);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(holderKey, shrDigest);
        address recovered = ecrecover(_permitDigest(holder, relayer, 1, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, holder));
        usd.permit(holder, relayer, 1, deadline, v, r, s);
    }
}
