// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PledgeEscrow} from "../../contracts/PledgeEscrow.sol";
import {IAssetRegistry} from "../../contracts/interfaces/IAssetRegistry.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {IRewardToken} from "../../contracts/interfaces/IRewardToken.sol";
import {EscBlockableToken} from "./mocks/EscBlockableToken.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @notice PledgeEscrow: construction, setParams, setPaymentToken, setArbitration, pause and
/// unpause (what they stop and what they do not), and the views.
contract PledgeEscrowAdminTest is EscrowHelpers {
    bytes32 internal constant GOVERNOR = keccak256("GOVERNOR_ROLE");
    bytes32 internal constant PAUSER = keccak256("PAUSER_ROLE");
    bytes32 internal constant ADMIN = 0x00;

    // ---------------------------------------------------------------- constructor

    function test_Constructor() public {
        address token2 = makeAddr("token2");
        address[] memory tokens = new address[](2);
        tokens[0] = address(usd);
        tokens[1] = token2;
        address expected = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));

        vm.expectEmit(expected);
        emit IPledgeEscrow.ParamsSet(FEE_BPS, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, treasury);
        vm.expectEmit(expected);
        emit IPledgeEscrow.PaymentTokenSet(address(usd), true);
        vm.expectEmit(expected);
        emit IPledgeEscrow.PaymentTokenSet(token2, true);
        PledgeEscrow fresh = _deploy(address(registry), address(credit), address(shr), _defaults(), tokens);

        assertEq(address(fresh), expected);
        assertTrue(fresh.hasRole(ADMIN, admin));
        assertFalse(fresh.hasRole(GOVERNOR, admin));
        assertTrue(fresh.isPaymentToken(address(usd)));
        assertTrue(fresh.isPaymentToken(token2));
        assertEq(fresh.arbitration(), address(0));
        assertEq(fresh.platformFeeBps(), FEE_BPS);
        assertEq(fresh.gracePeriod(), GRACE);
        assertEq(fresh.lateFeeBps(), LATE_BPS);
        assertEq(fresh.rewardPerRental(), REWARD);
        assertEq(fresh.basePledge(), BASE_PLEDGE);
        assertEq(fresh.treasury(), treasury);
        assertEq(fresh.listingCount(), 0);
        assertEq(fresh.rentalCount(), 0);
        assertFalse(fresh.paused());
    }

    function test_RevertWhen_ConstructorZeroAddress() public {
        address[] memory tokens = new address[](0);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        _deploy(address(0), address(credit), address(shr), _defaults(), tokens);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        _deploy(address(registry), address(0), address(shr), _defaults(), tokens);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        _deploy(address(registry), address(credit), address(0), _defaults(), tokens);

        tokens = new address[](1);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        _deploy(address(registry), address(credit), address(shr), _defaults(), tokens);
    }

    function test_RevertWhen_ConstructorInvalidParams() public {
        address[] memory tokens = new address[](0);
        IPledgeEscrow.Params memory p = _defaults();
        p.platformFeeBps = 1001;
        vm.expectRevert(IPledgeEscrow.EscrowInvalidParams.selector);
        _deploy(address(registry), address(credit), address(shr), p, tokens);

        p = _defaults();
        p.treasury = address(0);
        vm.expectRevert(IPledgeEscrow.EscrowInvalidParams.selector);
        _deploy(address(registry), address(credit), address(shr), p, tokens);
    }

    // ---------------------------------------------------------------- setParams

    function test_SetParams() public {
        address treasury2 = makeAddr("treasury2");
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.ParamsSet(1000, 2 days, 5000, 3 ether, 7 ether, treasury2);
        vm.prank(governor);
        escrow.setParams(1000, 2 days, 5000, 3 ether, 7 ether, treasury2);

        assertEq(escrow.platformFeeBps(), 1000);
        assertEq(escrow.gracePeriod(), 2 days);
        assertEq(escrow.lateFeeBps(), 5000);
        assertEq(escrow.rewardPerRental(), 3 ether);
        assertEq(escrow.basePledge(), 7 ether);
        assertEq(escrow.treasury(), treasury2);
        IPledgeEscrow.Params memory p = escrow.getParams(2);
        assertEq(p.platformFeeBps, 1000);
        assertEq(p.gracePeriod, 2 days);
        assertEq(p.lateFeeBps, 5000);
        assertEq(p.rewardPerRental, 3 ether);
        assertEq(p.basePledge, 7 ether);
        assertEq(p.treasury, treasury2);
        // the first set is kept for the rentals made under it
        assertEq(escrow.getParams(1).platformFeeBps, FEE_BPS);
        assertEq(escrow.getParams(1).treasury, treasury);
    }

    function test_SetParams_ZeroesAllowed() public {
        vm.prank(governor);
        escrow.setParams(0, 0, 0, 0, 0, treasury);
        assertEq(escrow.platformFeeBps(), 0);
        assertEq(escrow.gracePeriod(), 0);
    }

    function test_RevertWhen_SetParamsFeeTooHigh() public {
        vm.expectRevert(IPledgeEscrow.EscrowInvalidParams.selector);
        vm.prank(governor);
        escrow.setParams(1001, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, treasury);
    }

    function test_RevertWhen_SetParamsZeroTreasury() public {
        vm.expectRevert(IPledgeEscrow.EscrowInvalidParams.selector);
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, address(0));
    }

    function test_RevertWhen_SetParamsNotGovernor() public {
        _expectUnauthorized(stranger, GOVERNOR);
        vm.prank(stranger);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, treasury);
        // the admin is no governor either
        _expectUnauthorized(admin, GOVERNOR);
        vm.prank(admin);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, treasury);
    }

    // ---------------------------------------------------------------- setPaymentToken

    function test_SetPaymentToken() public {
        address token = makeAddr("token");
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentTokenSet(token, true);
        vm.prank(governor);
        escrow.setPaymentToken(token, true);
        assertTrue(escrow.isPaymentToken(token));

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentTokenSet(token, false);
        vm.prank(governor);
        escrow.setPaymentToken(token, false);
        assertFalse(escrow.isPaymentToken(token));
    }

    function test_RevertWhen_SetPaymentTokenZero() public {
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        vm.prank(governor);
        escrow.setPaymentToken(address(0), true);
    }

    function test_RevertWhen_SetPaymentTokenNotGovernor() public {
        _expectUnauthorized(stranger, GOVERNOR);
        vm.prank(stranger);
        escrow.setPaymentToken(stranger, true);
    }

    // ---------------------------------------------------------------- setArbitration

    function test_SetArbitration() public {
        PledgeEscrow fresh = _freshEscrow();
        address arb = makeAddr("arb");
        vm.expectEmit(address(fresh));
        emit IPledgeEscrow.ArbitrationSet(arb);
        vm.prank(admin);
        fresh.setArbitration(arb);
        assertEq(fresh.arbitration(), arb);

        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowArbitrationAlreadySet.selector, arb));
        vm.prank(admin);
        fresh.setArbitration(makeAddr("arb2"));
    }

    function test_RevertWhen_SetArbitrationAgain() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowArbitrationAlreadySet.selector, address(arbitration))
        );
        vm.prank(admin);
        escrow.setArbitration(stranger);
    }

    function test_RevertWhen_SetArbitrationZero() public {
        PledgeEscrow fresh = _freshEscrow();
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowArbitrationAlreadySet.selector, address(0)));
        vm.prank(admin);
        fresh.setArbitration(address(0));
    }

    function test_RevertWhen_SetArbitrationNotAdmin() public {
        PledgeEscrow fresh = _freshEscrow();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, governor, ADMIN)
        );
        vm.prank(governor);
        fresh.setArbitration(stranger);
    }

    function test_RevertWhen_OpenDisputeArbitrationNotSet() public {
        PledgeEscrow fresh = _freshEscrow();
        bytes32 manager = registry.RENTAL_MANAGER_ROLE();
        vm.prank(admin);
        registry.grantRole(manager, address(fresh));
        uint256 id = _asset(provider, "fresh");
        vm.prank(provider);
        shr.approve(address(fresh), type(uint256).max);
        vm.prank(provider);
        uint256 lid = fresh.list(id, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        vm.prank(renter);
        usd.approve(address(fresh), type(uint256).max);
        vm.prank(renter);
        uint256 rid = fresh.rent(lid, 2 hours);

        vm.expectRevert(IPledgeEscrow.EscrowArbitrationNotSet.selector);
        vm.prank(renter);
        fresh.openDispute(rid, keccak256("broken"));
    }

    function test_RevertWhen_ResolveDisputeNotArbitration() public {
        (, uint256 lid) = _listed("bike-1");
        uint256 rid = _rent(renter, lid, 2 hours);
        vm.prank(renter);
        escrow.openDispute(rid, keccak256("broken"));

        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, stranger));
        vm.prank(stranger);
        escrow.resolveDispute(rid, 5000);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, admin));
        vm.prank(admin);
        escrow.resolveDispute(rid, 5000);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.OnlyArbitration.selector, provider));
        vm.prank(provider);
        escrow.resolveDispute(rid, 0);
    }

    function test_RevertWhen_ResolveDisputeInvalidBps() public {
        (, uint256 lid) = _listed("bike-1");
        uint256 rid = _rent(renter, lid, 2 hours);
        vm.prank(renter);
        escrow.openDispute(rid, keccak256("broken"));
        // the panel never sends more than 10 000; the escrow refuses it all the same
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowInvalidBps.selector, 10_001));
        vm.prank(address(arbitration));
        escrow.resolveDispute(rid, 10_001);
    }

    function test_RevertWhen_ResolveDisputeNotDisputed() public {
        (, uint256 lid) = _listed("bike-1");
        uint256 rid = _rent(renter, lid, 2 hours);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowRentalNotActive.selector, rid, IPledgeEscrow.RentalStatus.Active)
        );
        vm.prank(address(arbitration));
        escrow.resolveDispute(rid, 5000);
    }

    // ---------------------------------------------------------------- pause

    function test_PauseAndUnpause() public {
        vm.expectEmit(address(escrow));
        emit Pausable.Paused(pauser);
        vm.prank(pauser);
        escrow.pause();
        assertTrue(escrow.paused());

        vm.expectEmit(address(escrow));
        emit Pausable.Unpaused(pauser);
        vm.prank(pauser);
        escrow.unpause();
        assertFalse(escrow.paused());
    }

    function test_RevertWhen_PauseNotPauser() public {
        _expectUnauthorized(stranger, PAUSER);
        vm.prank(stranger);
        escrow.pause();
        _expectUnauthorized(governor, PAUSER);
        vm.prank(governor);
        escrow.pause();

        vm.prank(pauser);
        escrow.pause();
        _expectUnauthorized(stranger, PAUSER);
        vm.prank(stranger);
        escrow.unpause();
    }

    function test_RevertWhen_PauseTwiceOrUnpauseRunning() public {
        vm.expectRevert(Pausable.ExpectedPause.selector);
        vm.prank(pauser);
        escrow.unpause();
        vm.prank(pauser);
        escrow.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(pauser);
        escrow.pause();
    }

    function test_RevertWhen_PausedListAndRent() public {
        (uint256 tokenId, uint256 lid) = _listed("bike-1");
        uint256 other = _asset(provider, "bike-2");
        vm.prank(pauser);
        escrow.pause();

        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(provider);
        escrow.list(other, address(usd), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(provider);
        escrow.updateListing(lid, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);

        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(renter);
        escrow.rent(lid, 2 hours);

        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(renter);
        escrow.rentWithPermit(lid, 2 hours, 0, 0, 0, bytes32(0), bytes32(0));

        // unpaused, all four work again
        vm.prank(pauser);
        escrow.unpause();
        _list(provider, other);
        vm.prank(provider);
        escrow.updateListing(lid, PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        uint256 rid = _rent(renter, lid, 2 hours);
        assertEq(escrow.activeRentalOf(tokenId), rid);
    }

    function test_Paused_SettlementKeepsWorking() public {
        (uint256 tokenId, uint256 lid) = _listed("bike-1");
        (, uint256 lid2) = _listed("bike-2");
        (, uint256 lid3) = _listed("bike-3");
        (, uint256 lid4) = _listed("bike-4");
        uint256 returned = _rent(renter, lid, 2 hours);
        uint256 defaulted = _rent(renter, lid2, 2 hours);
        uint256 disputed = _rent(renter2, lid3, 2 hours);
        vm.prank(pauser);
        escrow.pause();

        // confirmation, usage, return
        vm.prank(renter);
        escrow.confirmAsset(returned);
        _report(returned, 10, 0, 1);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, returned);
        assertEq(uint8(escrow.getRental(returned).status), uint8(IPledgeEscrow.RentalStatus.Settled));

        // delisting
        vm.prank(provider);
        escrow.delist(lid4);
        assertFalse(escrow.getListing(lid4).open);
        vm.prank(provider);
        escrow.delist(lid);
        assertEq(escrow.openListingOf(tokenId), 0);

        // dispute and ruling
        vm.prank(renter2);
        uint256 disputeId = escrow.openDispute(disputed, keccak256("broken"));
        for (uint256 i = 0; i < 3; ++i) {
            vm.prank(arbiters[i]);
            arbitration.vote(disputeId, 5000);
        }
        arbitration.execute(disputeId);
        assertEq(uint8(escrow.getRental(disputed).status), uint8(IPledgeEscrow.RentalStatus.Resolved));

        // default collection
        vm.warp(block.timestamp + GRACE + 1);
        escrow.collectDefault(defaulted);
        assertEq(uint8(escrow.getRental(defaulted).status), uint8(IPledgeEscrow.RentalStatus.Defaulted));

        // governance still works while paused
        vm.prank(governor);
        escrow.setParams(FEE_BPS, GRACE, LATE_BPS, REWARD, BASE_PLEDGE, treasury);
        assertTrue(escrow.paused());
    }

    function test_Paused_WithdrawWorks() public {
        EscBlockableToken token = new EscBlockableToken();
        vm.prank(governor);
        escrow.setPaymentToken(address(token), true);
        uint256 id = _asset(provider, "blockable");
        vm.prank(provider);
        uint256 lid = escrow.list(id, address(token), PRICE, DEPOSIT, MIN_DURATION, MAX_DURATION, PER_UNIT);
        token.mint(renter, 1000 * USD);
        vm.prank(renter);
        token.approve(address(escrow), type(uint256).max);
        uint256 rid = _rent(renter, lid, 2 hours);
        token.setBlocked(renter, true);
        _end(renter, rid);
        assertEq(escrow.claimable(address(token), renter), 110 * USD);

        vm.prank(pauser);
        escrow.pause();
        token.setBlocked(renter, false);
        vm.prank(renter);
        escrow.withdraw(address(token));
        assertEq(token.balanceOf(renter), 1000 * USD - 10 * USD);
    }

    // ---------------------------------------------------------------- views

    function test_Views_Defaults() public view {
        assertEq(escrow.platformFeeBps(), 250);
        assertEq(escrow.gracePeriod(), 86_400);
        assertEq(escrow.lateFeeBps(), 20_000);
        assertEq(escrow.rewardPerRental(), 10 ether);
        assertEq(escrow.basePledge(), 100 ether);
        assertEq(escrow.treasury(), treasury);
        assertTrue(escrow.isPaymentToken(address(usd)));
        assertFalse(escrow.isPaymentToken(address(shr)));
        assertEq(escrow.arbitration(), address(arbitration));
        assertEq(escrow.MAX_PLATFORM_FEE_BPS(), 1000);
        assertEq(escrow.GOVERNOR_ROLE(), GOVERNOR);
        assertEq(escrow.PAUSER_ROLE(), PAUSER);
        assertEq(
            escrow.USAGE_REPORT_TYPEHASH(),
            keccak256("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)")
        );
        assertTrue(escrow.supportsInterface(type(IAccessControl).interfaceId));
        IPledgeEscrow.Params memory p = escrow.getParams(1);
        assertEq(p.platformFeeBps, 250);
        assertEq(p.gracePeriod, 86_400);
        assertEq(p.lateFeeBps, 20_000);
        assertEq(p.rewardPerRental, 10 ether);
        assertEq(p.basePledge, 100 ether);
        assertEq(p.treasury, treasury);
    }

    function test_Views_Eip712Domain() public view {
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = escrow.eip712Domain();
        assertEq(fields, hex"0f");
        assertEq(name, "PledgeEscrow");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(escrow));
        assertEq(salt, bytes32(0));
        assertEq(extensions.length, 0);
    }

    function test_Views_UnknownIdsAreZero() public view {
        IPledgeEscrow.Listing memory l = escrow.getListing(1);
        assertEq(l.provider, address(0));
        assertEq(l.tokenId, 0);
        assertFalse(l.open);
        assertEq(uint8(l.pledgeState), uint8(IPledgeEscrow.PledgeState.None));
        IPledgeEscrow.Rental memory r = escrow.getRental(1);
        assertEq(r.renter, address(0));
        assertEq(uint8(r.status), uint8(IPledgeEscrow.RentalStatus.None));
        assertEq(escrow.getParams(0).treasury, address(0));
        assertEq(escrow.getParams(2).treasury, address(0));
        assertEq(escrow.openListingOf(1), 0);
        assertEq(escrow.activeRentalOf(1), 0);
        assertEq(escrow.activeRentalCount(renter), 0);
        assertEq(escrow.listingCount(), 0);
        assertEq(escrow.rentalCount(), 0);
        assertEq(escrow.claimable(address(usd), renter), 0);
    }

    function test_Views_Counters() public {
        (uint256 tokenId, uint256 lid) = _listed("bike-1");
        (, uint256 lid2) = _listed("bike-2");
        uint256 rid = _rent(renter, lid, 2 hours);
        _rent(renter, lid2, 2 hours);
        assertEq(escrow.listingCount(), 2);
        assertEq(escrow.rentalCount(), 2);
        assertEq(escrow.activeRentalCount(renter), 2);
        assertEq(escrow.activeRentalOf(tokenId), rid);
        assertEq(escrow.openListingOf(tokenId), lid);
        _end(renter, rid);
        assertEq(escrow.activeRentalCount(renter), 1);
        assertEq(escrow.rentalCount(), 2);
    }

    // ---------------------------------------------------------------- helpers

    function _defaults() internal view returns (IPledgeEscrow.Params memory) {
        return IPledgeEscrow.Params({
            platformFeeBps: FEE_BPS,
            gracePeriod: GRACE,
            lateFeeBps: LATE_BPS,
            rewardPerRental: REWARD,
            basePledge: BASE_PLEDGE,
            treasury: treasury
        });
    }

    function _deploy(
        address registry_,
        address credit_,
        address shr_,
        IPledgeEscrow.Params memory params,
        address[] memory tokens
    ) internal returns (PledgeEscrow) {
        return new PledgeEscrow(
            admin, IAssetRegistry(registry_), ICreditRegistry(credit_), IRewardToken(shr_), params, tokens
        );
    }

    function _freshEscrow() internal returns (PledgeEscrow) {
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        return _deploy(address(registry), address(credit), address(shr), _defaults(), tokens);
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }
}
