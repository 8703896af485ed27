// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PledgeEscrow} from "../../contracts/PledgeEscrow.sol";
import {RewardToken} from "../../contracts/RewardToken.sol";
import {PledgeEscrowExtension} from "../../contracts/escrow/PledgeEscrowExtension.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {MockBlocklistToken} from "./mocks/MockBlocklistToken.sol";
import {ITokenHooks, MockHookToken} from "./mocks/MockHookToken.sol";
import {EscrowHelpers} from "./utils/EscrowHelpers.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice A payee whose token hook burns every bit of gas it is given.
contract GasBurner is ITokenHooks {
    function tokensToSend(address, address, uint256) external pure {}

    function tokensReceived(address, address, uint256) external pure {
        while (true) {}
    }
}

/// @notice Construction, governance (params and their bounds, tokens, reward rates, platforms,
/// arbitration), the pause, gas-capped pushes and credits, and the helper split.
contract PledgeEscrowAdminTest is EscrowHelpers {
    function _params() internal view returns (IPledgeEscrow.Params memory) {
        return Defaults.params(treasury);
    }

    function test_Constructor_AnnouncesInitialValues() public {
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        uint256[] memory rates = new uint256[](1);
        rates[0] = RATE;
        vm.recordLogs();
        PledgeEscrow fresh = new PledgeEscrow(admin, registry, credit, shr, _params(), tokens, rates);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_count(logs, address(fresh), IPledgeEscrow.ParamsSet.selector), 1);
        assertEq(_count(logs, address(fresh), IPledgeEscrow.PaymentTokenSet.selector), 1);
        assertEq(_count(logs, address(fresh), IPledgeEscrow.RewardRateSet.selector), 1);
        for (uint256 i = 0; i < logs.length; ++i) {
            if (logs[i].topics[0] == IPledgeEscrow.PaymentTokenSet.selector) {
                (bool allowed, string memory symbol, uint8 decimals) = abi.decode(logs[i].data, (bool, string, uint8));
                assertTrue(allowed);
                assertEq(symbol, "tUSD");
                assertEq(decimals, 6);
            }
        }
        IPledgeEscrow.Params memory p = fresh.getParams();
        assertEq(keccak256(abi.encode(p)), keccak256(abi.encode(_params())));
        assertEq(p.platformFeeBps, FEE_BPS);
        assertEq(p.gracePeriod, GRACE);
        assertEq(p.lateFeeBps, LATE_BPS);
        assertEq(p.inspectionPeriod, INSPECTION);
        assertEq(p.minRentalSeconds, MIN_RENTAL);
        assertEq(p.maxAdvance, MAX_ADVANCE);
        assertEq(p.basePledge, BASE_PLEDGE);
        assertEq(p.epochRewardCap, EPOCH_CAP);
        assertEq(fresh.rewardRate(address(usd)), RATE);
        assertTrue(fresh.isPaymentToken(address(usd)));
        assertTrue(fresh.hasRole(fresh.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(fresh.extension() != address(0));
    }

    function test_RevertWhen_ConstructorArraysDiffer() public {
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowLengthMismatch.selector, 1, 0));
        new PledgeEscrow(admin, registry, credit, shr, _params(), tokens, new uint256[](0));
    }

    function test_RevertWhen_ConstructorZeroAddress() public {
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        new PledgeEscrow(
            admin, registry, credit, RewardToken(address(0)), _params(), new address[](0), new uint256[](0)
        );
    }

    function test_RevertWhen_DisputeBeforeArbitrationIsSet() public {
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        PledgeEscrow fresh = new PledgeEscrow(admin, registry, credit, shr, _params(), tokens, new uint256[](1));
        vm.startPrank(admin);
        registry.grantRole(registry.RENTAL_MANAGER_ROLE(), address(fresh));
        vm.stopPrank();
        uint256 tokenId = _asset(provider, "bike");
        vm.startPrank(provider);
        shr.approve(address(fresh), type(uint256).max);
        uint256 listingId = fresh.list(tokenId, address(usd), _terms());
        vm.stopPrank();
        bytes32 hash = fresh.termsHash(listingId);
        vm.startPrank(renter);
        usd.approve(address(fresh), type(uint256).max);
        uint256 rentalId = fresh.rent(listingId, 0, 2 hours, hash, address(0));
        vm.expectRevert(IPledgeEscrow.EscrowArbitrationNotSet.selector);
        fresh.openDispute(rentalId, bytes32(0));
        vm.stopPrank();
    }

    function test_SetParams_Bounds() public {
        IPledgeEscrow.Params[8] memory bad;
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = _params();
        }
        bad[0].platformFeeBps = 1001;
        bad[1].gracePeriod = 30 days + 1;
        bad[2].lateFeeBps = 50_001;
        bad[3].inspectionPeriod = 7 days + 1;
        bad[4].minRentalSeconds = 1 days + 1;
        bad[5].maxAdvance = 0;
        bad[6].maxAdvance = 365 days + 1;
        bad[7].treasury = address(0);
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(governor);
            vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.InvalidParams.selector, bad[i]));
            escrow.setParams(bad[i]);
        }
        // the bounds themselves are accepted
        IPledgeEscrow.Params memory edge = IPledgeEscrow.Params({
            platformFeeBps: 1000,
            gracePeriod: 30 days,
            lateFeeBps: 50_000,
            inspectionPeriod: 7 days,
            minRentalSeconds: 1 days,
            maxAdvance: 365 days,
            basePledge: 0,
            epochRewardCap: 0,
            treasury: stranger
        });
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.ParamsSet(1000, 30 days, 50_000, 7 days, 1 days, 365 days, 0, 0, stranger);
        _setParams(edge);
        assertEq(escrow.getParamsAt(2).treasury, stranger);
        bytes32 role = escrow.GOVERNOR_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        escrow.setParams(edge);
    }

    function test_SetParams_RentalsKeepTheirsTreasuryAtOnce() public {
        (, uint256 listingId) = _listed("bike");
        uint256 a = _rent(renter, listingId, 2 hours);
        IPledgeEscrow.Params memory p = _params();
        p.platformFeeBps = 1000;
        p.treasury = payee; // a new treasury takes fees from now on
        _setParams(p);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        // 250 bps as at rent, paid to the treasury in force now
        assertEq(usd.balanceOf(payee), 0.5e6);
        assertEq(usd.balanceOf(treasury), 0);
        assertEq(_rental(a).paramsId, 1);
        uint256 b = _rent(renter2, listingId, 2 hours);
        assertEq(_rental(b).paramsId, 2);
        vm.warp(block.timestamp + 2 hours);
        _end(renter2, b);
        assertEq(usd.balanceOf(payee), 0.5e6 + 2 * USD);
    }

    function test_SetParams_BasePledgeForLaterListings() public {
        IPledgeEscrow.Params memory p = _params();
        p.basePledge = 10 ether;
        _setParams(p);
        (, uint256 listingId) = _listed("bike");
        assertEq(_listing(listingId).pledge, 15 ether);
    }

    function test_SetPaymentToken_ReadsSymbolAndDecimals() public {
        MockBlocklistToken token = new MockBlocklistToken("Blocklist USD", "bUSD");
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentTokenSet(address(token), true, "bUSD", 6);
        vm.prank(governor);
        escrow.setPaymentToken(address(token), true);
        assertTrue(escrow.isPaymentToken(address(token)));

        // something without symbol() and decimals(): empty and 0, never a revert
        address bare = makeAddr("bare");
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentTokenSet(bare, false, "", 0);
        vm.prank(governor);
        escrow.setPaymentToken(bare, false);

        vm.prank(governor);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        escrow.setPaymentToken(address(0), true);
    }

    function test_SetRewardRateAndPlatform() public {
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.RewardRateSet(address(usd), 7);
        vm.prank(governor);
        escrow.setRewardRate(address(usd), 7);
        assertEq(escrow.rewardRate(address(usd)), 7);

        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PlatformSet(platformA, 2500);
        _setPlatform(platformA, 2500);
        assertEq(escrow.platformShare(platformA), 2500);
        _setPlatform(platformA, 0);
        assertEq(escrow.platformShare(platformA), 0);

        vm.prank(governor);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowInvalidBps.selector, 10_001));
        escrow.setPlatform(platformA, 10_001);
        vm.prank(governor);
        vm.expectRevert(IPledgeEscrow.EscrowZeroAddress.selector);
        escrow.setPlatform(address(0), 1);
        bytes32 role = escrow.GOVERNOR_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        escrow.setPlatform(platformA, 1);
    }

    function test_SetArbitration_Once() public {
        vm.prank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(IPledgeEscrow.EscrowArbitrationAlreadySet.selector, address(arbitration))
        );
        escrow.setArbitration(stranger);
        assertEq(escrow.arbitration(), address(arbitration));
    }

    function test_Pause_StopsOnlyListingAndRenting() public {
        (, uint256 listingId) = _listed("bike");
        uint256 a = _rent(renter, listingId, 2 hours);
        uint256 b = _book(renter2, listingId, uint64(block.timestamp + 1 days), 2 hours);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Paused(pauser);
        vm.prank(pauser);
        escrow.pause();
        assertTrue(escrow.paused());
        vm.prank(pauser);
        vm.expectRevert(IPledgeEscrow.EnforcedPause.selector);
        escrow.pause();

        // everything that settles keeps working
        vm.prank(renter2);
        escrow.cancel(b);
        vm.prank(renter);
        escrow.confirmAsset(a);
        vm.warp(block.timestamp + 2 hours);
        _end(renter, a);
        vm.warp(block.timestamp + INSPECTION + 1);
        _release(a);
        vm.prank(provider);
        escrow.closeListing(listingId);
        vm.prank(provider);
        escrow.delist(listingId);

        vm.prank(pauser);
        escrow.unpause();
        assertFalse(escrow.paused());
        vm.prank(pauser);
        vm.expectRevert(IPledgeEscrow.ExpectedPause.selector);
        escrow.unpause();
    }

    // ---------------------------------------------------------------- pushes and credits

    function _blocklistListing() internal returns (MockBlocklistToken token, uint256 listingId) {
        token = new MockBlocklistToken("Blocklist USD", "bUSD");
        vm.prank(governor);
        escrow.setPaymentToken(address(token), true);
        uint256 tokenId = _asset(provider, "bike");
        vm.startPrank(provider);
        shr.approve(address(escrow), type(uint256).max);
        listingId = escrow.list(tokenId, address(token), _terms());
        vm.stopPrank();
        token.mint(renter, 1000 * USD);
        vm.prank(renter);
        token.approve(address(escrow), type(uint256).max);
    }

    function test_FailedPushBecomesACredit() public {
        (MockBlocklistToken token, uint256 listingId) = _blocklistListing();
        uint256 rentalId = _rent(renter, listingId, 3 hours);
        vm.warp(block.timestamp + 1 hours);
        token.setBlocked(renter, true);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.PaymentCredited(address(token), renter, 20 * USD);
        _end(renter, rentalId); // settles; the refund waits
        assertEq(escrow.claimable(address(token), renter), 20 * USD);
        assertEq(token.balanceOf(provider), 9.75e6);

        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(MockBlocklistToken.MockBlocked.selector, renter)); // still blocked
        escrow.withdraw(address(token));
        token.setBlocked(renter, false);
        vm.expectEmit(address(escrow));
        emit IPledgeEscrow.Withdrawn(address(token), renter, 20 * USD);
        vm.prank(renter);
        escrow.withdraw(address(token));
        assertEq(escrow.claimable(address(token), renter), 0);
        vm.prank(renter);
        vm.expectRevert(abi.encodeWithSelector(IPledgeEscrow.EscrowNothingToWithdraw.selector, address(token), renter));
        escrow.withdraw(address(token));
    }

    function test_PushToAGasBurningPayeeIsCappedAndCredited() public {
        MockHookToken token = new MockHookToken();
        vm.prank(governor);
        escrow.setPaymentToken(address(token), true);
        uint256 tokenId = _asset(provider, "bike");
        GasBurner burner = new GasBurner();
        IPledgeEscrow.Terms memory t = _terms();
        t.payee = address(burner);
        vm.startPrank(provider);
        shr.approve(address(escrow), type(uint256).max);
        uint256 listingId = escrow.list(tokenId, address(token), t);
        vm.stopPrank();
        vm.prank(address(burner));
        token.setHook(address(burner));
        token.mint(renter, 1000 * USD);
        vm.prank(renter);
        token.approve(address(escrow), type(uint256).max);

        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        uint256 gasBefore = gasleft();
        _end(renter, rentalId);
        uint256 used = gasBefore - gasleft();
        // one capped push (150 000) on top of a return: far from the millions a burner could take
        assertLt(used, 400_000);
        assertEq(escrow.claimable(address(token), address(burner)), 19.5e6);
    }

    function test_RevertWhen_TooLittleGasForAPush() public {
        (, uint256 listingId) = _listed("bike");
        uint256 rentalId = _rent(renter, listingId, 2 hours);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(renter);
        vm.expectPartialRevert(IPledgeEscrow.InsufficientGas.selector);
        escrow.endRental{gas: 120_000}(rentalId);
        // with enough gas it goes through, and nothing was credited
        _end(renter, rentalId);
        assertEq(escrow.claimable(address(usd), provider), 0);
    }

    // ---------------------------------------------------------------- the split

    function test_Helper_OnlyRunsByDelegatecall() public {
        PledgeEscrowExtension helper = PledgeEscrowExtension(escrow.extension());
        vm.expectRevert(IPledgeEscrow.EscrowOnlyDelegated.selector);
        helper.cancel(1);
        vm.expectRevert(IPledgeEscrow.EscrowOnlyDelegated.selector);
        helper.setParams(_params());
        vm.expectRevert(IPledgeEscrow.EscrowOnlyDelegated.selector);
        helper.withdraw(address(usd));
    }

    function test_StorageLayout_SharedBaseComesFirst() public {
        _listed("bike");
        _listed("car");
        // slot 0 is the counters: lastRentalId (64 bits) | lastListingId (48) | paramsId (32) | paused (8)
        uint256 word = uint256(vm.load(address(escrow), bytes32(0)));
        assertEq(uint64(word), 0);
        assertEq(uint48(word >> 64), 2);
        assertEq(uint32(word >> 112), 1);
        assertEq(uint8(word >> 144), 0);
        // and the helper (which writes it on setParams) agrees
        _setParams(_params());
        word = uint256(vm.load(address(escrow), bytes32(0)));
        assertEq(uint32(word >> 112), 2);
        assertEq(escrow.listingCount(), 2);
    }
}
