// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {MockBlocklistToken} from "../mocks/MockBlocklistToken.sol";
import {Fixture} from "../utils/Fixture.sol";
import {ArbiterHandler} from "./ArbiterHandler.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";
import {DeviceHandler} from "./DeviceHandler.sol";
import {GovernorHandler} from "./GovernorHandler.sol";
import {KeeperHandler} from "./KeeperHandler.sol";
import {ProviderHandler} from "./ProviderHandler.sol";
import {RenterHandler} from "./RenterHandler.sol";

/// @notice The invariants of DESIGN.md §2, held under fuzzed sequences of every actor's calls
/// (the handlers), including the calls the spec refuses and a hostile payment token whose issuer
/// blocks accounts, so that failed pushes become credits.
///
/// Cast: four actors who both list and rent (`provider`, `renter`, `renter2`, `dave`), the
/// treasury, the governor, pauser and verifier, three arbiters, a keeper, and four devices.
/// Six assets, four of them listed (two in tUSD, two in the hostile token) and two rented at
/// the start, and the treasury blocked by the hostile token.
///
/// Handlers make the calls the spec allows directly and try the ones it refuses, so no handler
/// call should revert at all: a revert means the handler's model of the spec and the contracts
/// disagree, and fails the campaign (fail-on-revert, in every profile).
/// forge-config: default.invariant.fail-on-revert = true
/// forge-config: ci.invariant.fail-on-revert = true
/// forge-config: deep.invariant.fail-on-revert = true
contract InvariantsTest is Fixture {
    /// @dev The coverage check of {afterInvariant} applies once this many handler calls are
    /// tallied (about 47 runs of the default profile's depth of 32).
    uint256 internal constant COVERAGE_CALLS = 1500;
    string internal constant ENV_PREFIX = "SHARECHAIN_INVARIANT_";

    MockBlocklistToken internal bad;
    address internal dave = makeAddr("dave");
    address[] internal actors;
    address[] internal devices;
    uint256[] internal deviceKeys;

    ProviderHandler internal providerHandler;
    RenterHandler internal renterHandler;
    DeviceHandler internal deviceHandler;
    KeeperHandler internal keeperHandler;
    GovernorHandler internal governorHandler;
    ArbiterHandler internal arbiterHandler;
    BaseHandler[] internal handlers;

    uint256 internal usdSupply;
    uint256 internal badSupply;
    uint256 internal shrSupply;

    function setUp() public override {
        super.setUp();
        bad = new MockBlocklistToken("Hostile USD", "xUSD");
        vm.prank(governor);
        escrow.setPaymentToken(address(bad), true);

        actors.push(provider);
        actors.push(renter);
        actors.push(renter2);
        actors.push(dave);
        _fundActors();
        _makeFleet();
        _warmStart();

        Suite memory s = Suite(escrow, registry, credit, arbitration, shr, usd, bad);
        address[] memory arbiterList = new address[](arbiters.length);
        for (uint256 i = 0; i < arbiters.length; ++i) {
            arbiterList[i] = arbiters[i];
        }
        providerHandler = new ProviderHandler(s, actors, treasury, devices);
        renterHandler = new RenterHandler(s, actors, treasury);
        deviceHandler = new DeviceHandler(s, actors, treasury, deviceKeys);
        keeperHandler = new KeeperHandler(s, actors, treasury);
        governorHandler = new GovernorHandler(s, actors, treasury, governor, pauser, verifier);
        arbiterHandler = new ArbiterHandler(s, actors, treasury, arbiterList);
        handlers.push(providerHandler);
        handlers.push(renterHandler);
        handlers.push(deviceHandler);
        handlers.push(keeperHandler);
        handlers.push(governorHandler);
        handlers.push(arbiterHandler);
        for (uint256 i = 0; i < handlers.length; ++i) {
            targetContract(address(handlers[i]));
            targetSelector(FuzzSelector({addr: address(handlers[i]), selectors: handlers[i].actions()}));
        }

        usdSupply = usd.totalSupply();
        badSupply = bad.totalSupply();
        shrSupply = shr.totalSupply();
    }

    // ---------------------------------------------------------------- properties

    /// Solvency, per token: the escrow's balance of each payment token equals the rent and
    /// deposit of every active or disputed rental in that token plus the credits it owes in it;
    /// its SHR balance equals the pledges still locked plus the SHR credits. All three tokens are
    /// standard, so this is an equality. Every rent pulled exactly the rent and deposit of
    /// INTERFACE.md §2, and every withdrawal paid exactly the credit.
    function invariant_EscrowHoldsExactlyWhatItOwes() public view {
        uint256 owedUsd = _claimableSum(address(usd));
        uint256 owedBad = _claimableSum(address(bad));
        uint256 owedShr = _claimableSum(address(shr));
        for (uint256 id = 1; id <= escrow.rentalCount(); ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            if (!_unfinished(r)) continue;
            if (r.paymentToken == address(usd)) owedUsd += r.rent + r.deposit;
            else if (r.paymentToken == address(bad)) owedBad += r.rent + r.deposit;
            else revert("rental in an unknown token");
        }
        for (uint256 id = 1; id <= escrow.listingCount(); ++id) {
            IPledgeEscrow.Listing memory l = escrow.getListing(id);
            if (l.pledgeState == IPledgeEscrow.PledgeState.Locked) owedShr += l.pledge;
        }
        assertEq(usd.balanceOf(address(escrow)), owedUsd, "tUSD held != rentals + credits");
        assertEq(bad.balanceOf(address(escrow)), owedBad, "hostile token held != rentals + credits");
        assertEq(shr.balanceOf(address(escrow)), owedShr, "SHR held != locked pledges + credits");
        assertEq(renterHandler.ghost_amountMismatches(), 0, "a rent pulled other than rent + deposit");
        assertEq(renterHandler.ghost_withdrawMismatches(), 0, "a withdrawal paid other than the credit");
    }

    /// No value is created or destroyed: escrow actions leave the supply of each payment token
    /// unchanged and all of it with the actors, the treasury and the escrow; SHR grows only by
    /// the rewards the escrow reported in `RewardPaid` events, and also stays with those accounts.
    function invariant_NoValueCreatedOrDestroyed() public view {
        assertEq(usd.totalSupply(), usdSupply, "tUSD supply changed");
        assertEq(bad.totalSupply(), badSupply, "hostile token supply changed");
        assertEq(shr.totalSupply(), shrSupply + renterHandler.ghost_rewardsMinted(), "SHR minted beyond RewardPaid");
        assertEq(_heldByCast(address(usd)), usdSupply, "tUSD left the cast");
        assertEq(_heldByCast(address(bad)), badSupply, "hostile token left the cast");
        assertEq(_heldByCast(address(shr)), shr.totalSupply(), "SHR left the cast");
    }

    /// An asset has at most one unfinished (active or disputed) rental; `activeRentalOf` names
    /// it, and the ERC-4907 user record names its renter until its `end` — and is clear when
    /// there is none. Each renter's `activeRentalCount` equals their unfinished rentals. Every
    /// rental was opened while its asset was verified, none on a busy asset, and no transfer,
    /// device rebind, content update or delist got through while an asset was rented.
    function invariant_OneUnfinishedRentalPerAssetOnlyWhenVerified() public view {
        uint256 assets = registry.totalAssets();
        uint256 rentals = escrow.rentalCount();
        for (uint256 tokenId = 1; tokenId <= assets; ++tokenId) {
            uint256 unfinished;
            uint256 last;
            for (uint256 id = 1; id <= rentals; ++id) {
                IPledgeEscrow.Rental memory r = escrow.getRental(id);
                if (r.tokenId == tokenId && _unfinished(r)) {
                    ++unfinished;
                    last = id;
                }
            }
            assertLe(unfinished, 1, "two unfinished rentals of one asset");
            assertEq(escrow.activeRentalOf(tokenId), last, "activeRentalOf disagrees");
            address user = registry.assetOf(tokenId).user;
            if (last == 0) {
                assertEq(user, address(0), "user record without a rental");
            } else {
                IPledgeEscrow.Rental memory r = escrow.getRental(last);
                assertEq(user, r.renter, "user record is not the renter");
                assertEq(registry.userExpires(tokenId), r.end, "user record expiry is not the end");
            }
        }
        for (uint256 i = 0; i < actors.length; ++i) {
            uint256 count;
            for (uint256 id = 1; id <= rentals; ++id) {
                IPledgeEscrow.Rental memory r = escrow.getRental(id);
                if (r.renter == actors[i] && _unfinished(r)) ++count;
            }
            assertEq(escrow.activeRentalCount(actors[i]), count, "activeRentalCount disagrees");
        }
        for (uint256 id = 1; id <= rentals; ++id) {
            if (renterHandler.ghost_openedHere(id)) {
                assertTrue(renterHandler.ghost_verifiedAtRent(id), "rented while not verified");
            }
        }
        assertEq(renterHandler.ghost_unverifiedRentals(), 0, "rented while not verified");
        assertEq(renterHandler.ghost_doubleRentals(), 0, "rented while busy");
        assertEq(providerHandler.ghost_unverifiedListings(), 0, "listed while not verified");
        assertEq(providerHandler.ghost_lockBypasses(), 0, "the ERC-4907 lock was bypassed");
    }

    /// A settled, defaulted or resolved rental paid out (pushed or credited) exactly its rent
    /// and deposit, once; an unfinished one has paid nothing; and every attempt to return,
    /// default, resolve or execute a final rental again reverted without moving funds.
    function invariant_FinalRentalsNeverPayAgain() public view {
        for (uint256 id = 1; id <= escrow.rentalCount(); ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            uint256 paid =
                renterHandler.ghost_paidOut(id) + keeperHandler.ghost_paidOut(id) + arbiterHandler.ghost_paidOut(id);
            assertLe(paid, r.rent + r.deposit, "paid out more than rent + deposit");
            if (_unfinished(r)) assertEq(paid, 0, "an unfinished rental paid out");
            else assertEq(paid, r.rent + r.deposit, "a final rental did not pay out rent + deposit");
        }
        assertEq(keeperHandler.ghost_finalRepayments(), 0, "a final rental paid again");
        assertEq(
            renterHandler.ghost_holdingsGrew() + keeperHandler.ghost_holdingsGrew()
                + arbiterHandler.ghost_holdingsGrew(),
            0,
            "a settlement took money in"
        );
    }

    /// Scores stay within 0..1000 for every account; a blacklisted account never opened a
    /// listing or a rental (as renter or as provider).
    function invariant_ScoresInRangeAndBlacklistHolds() public view {
        for (uint256 i = 0; i < actors.length; ++i) {
            assertLe(credit.scoreOf(actors[i]), 1000, "score above 1000");
        }
        assertLe(credit.scoreOf(treasury), 1000, "score above 1000");
        assertEq(providerHandler.ghost_blacklistedListings(), 0, "a blacklisted account listed");
        assertEq(renterHandler.ghost_blacklistedRentals(), 0, "a blacklisted account rented");
    }

    /// Only the device bound to the asset can report usage, and each report counts once: every
    /// rental's units equal the sum of its accepted reports and its last nonce the last accepted
    /// one; no report signed by another key and no replayed report was accepted.
    function invariant_OnlyBoundDeviceReportsCountOnce() public view {
        for (uint256 id = 1; id <= escrow.rentalCount(); ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            assertEq(r.units, deviceHandler.ghost_units(id), "units differ from accepted reports");
            assertEq(r.lastNonce, deviceHandler.ghost_lastNonce(id), "nonce differs from last accepted report");
        }
        assertEq(deviceHandler.ghost_forgedAccepted(), 0, "a forged report was accepted");
        assertEq(deviceHandler.ghost_replaysAccepted(), 0, "a replayed report was accepted");
    }

    /// Calls the spec refuses (paused, stale owner, tier limit, blocked token account, paused
    /// updates) stay refused.
    function invariant_RefusedCallsStayRefused() public view {
        assertEq(providerHandler.ghost_unexpectedSuccesses(), 0, "a refused provider call succeeded");
        assertEq(renterHandler.ghost_unexpectedSuccesses(), 0, "a refused renter call succeeded");
    }

    /// Every handler action reached its state change, and every refusal path (probe) was
    /// tried, at least once across the campaign: a handler whose calls all revert tests nothing.
    /// forge restores the state after each run, so each run's ghost counters are tallied in
    /// process environment variables (`vm.setEnv`, the one thing a run leaves behind; one flag
    /// per action, only ever set), and the check applies once {COVERAGE_CALLS} handler calls of
    /// this contract's campaigns are tallied (counted in calls, not runs, so that the short
    /// sequences forge replays while shrinking a failure do not trigger it early).
    function afterInvariant() public {
        for (uint256 h = 0; h < handlers.length; ++h) {
            BaseHandler handler = handlers[h];
            bytes4[] memory acts = handler.actions();
            for (uint256 a = 0; a < acts.length; ++a) {
                if (handler.ghost_successes(acts[a]) > 0) vm.setEnv(_coverageKey(handler, bytes32(acts[a])), "true");
            }
            bytes32[] memory probes = handler.probes();
            for (uint256 p = 0; p < probes.length; ++p) {
                if (handler.ghost_probes(probes[p]) > 0) vm.setEnv(_coverageKey(handler, probes[p]), "true");
            }
        }
        uint256 calls;
        for (uint256 h = 0; h < handlers.length; ++h) {
            calls += handlers[h].ghost_calls();
        }
        string memory callsKey = string.concat(ENV_PREFIX, "CALLS");
        calls += vm.envOr(callsKey, uint256(0));
        vm.setEnv(callsKey, vm.toString(calls));
        if (calls < COVERAGE_CALLS) return;
        for (uint256 h = 0; h < handlers.length; ++h) {
            BaseHandler handler = handlers[h];
            bytes4[] memory acts = handler.actions();
            for (uint256 a = 0; a < acts.length; ++a) {
                assertTrue(
                    vm.envOr(_coverageKey(handler, bytes32(acts[a])), false),
                    string.concat(
                        handler.handlerName(),
                        " action ",
                        vm.toString(abi.encodePacked(acts[a])),
                        " never reached its state change"
                    )
                );
            }
            bytes32[] memory probes = handler.probes();
            for (uint256 p = 0; p < probes.length; ++p) {
                assertTrue(
                    vm.envOr(_coverageKey(handler, probes[p]), false),
                    string.concat(handler.handlerName(), " never tried: ", _text(probes[p]))
                );
            }
        }
    }

    // ---------------------------------------------------------------- setup and helpers

    function _fundActors() internal {
        bytes32 minter = shr.MINTER_ROLE();
        vm.startPrank(admin);
        shr.grantRole(minter, admin);
        for (uint256 i = 0; i < actors.length; ++i) {
            shr.mint(actors[i], 10_000 ether);
        }
        shr.renounceRole(minter, admin);
        vm.stopPrank();
        for (uint256 i = 0; i < actors.length; ++i) {
            usd.mint(actors[i], 1_000_000 * USD);
            bad.mint(actors[i], 1_000_000 * USD);
            vm.startPrank(actors[i]);
            usd.approve(address(escrow), type(uint256).max);
            bad.approve(address(escrow), type(uint256).max);
            shr.approve(address(escrow), type(uint256).max);
            vm.stopPrank();
        }
    }

    /// @dev Four devices (the fixture's and three more) and six assets, owned round-robin by
    /// the actors, verified for 20 days, each bound to a device.
    function _makeFleet() internal {
        devices.push(device);
        deviceKeys.push(deviceKey);
        for (uint256 i = 1; i < 4; ++i) {
            (address d, uint256 k) = makeAddrAndKey(string.concat("fleet-device-", vm.toString(i)));
            devices.push(d);
            deviceKeys.push(k);
        }
        for (uint256 i = 0; i < 6; ++i) {
            address owner = actors[i % actors.length];
            string memory code = string.concat("asset-", vm.toString(i));
            vm.prank(owner);
            uint256 tokenId = registry.register(keccak256(bytes(code)), keccak256(bytes(code)), "ipfs://meta");
            vm.prank(verifier);
            registry.verify(tokenId, uint64(block.timestamp + 20 days));
            vm.prank(owner);
            registry.bindDevice(tokenId, devices[i % devices.length]);
        }
    }

    /// @dev Assets 1-4 listed (tUSD, hostile, tUSD, hostile); assets 1 and 2 rented; the treasury
    /// blocked by the hostile token.
    function _warmStart() internal {
        for (uint256 tokenId = 1; tokenId <= 4; ++tokenId) {
            address token = tokenId % 2 == 1 ? address(usd) : address(bad);
            vm.prank(registry.ownerOf(tokenId));
            escrow.list(tokenId, token, 10 * USD, 100 * USD, 1 hours, 2 days, USD / 100);
        }
        vm.prank(renter);
        escrow.rent(1, 1 days);
        vm.prank(renter2);
        escrow.rent(2, 6 hours);
        // the treasury starts blocked by the hostile token: its platform fees there become credits.
        bad.setBlocked(treasury, true);
    }

    function _unfinished(IPledgeEscrow.Rental memory r) internal pure returns (bool) {
        return r.status == IPledgeEscrow.RentalStatus.Active || r.status == IPledgeEscrow.RentalStatus.Disputed;
    }

    function _claimableSum(address token) internal view returns (uint256 sum) {
        for (uint256 i = 0; i < actors.length; ++i) {
            sum += escrow.claimable(token, actors[i]);
        }
        sum += escrow.claimable(token, treasury);
    }

    function _heldByCast(address token) internal view returns (uint256 sum) {
        for (uint256 i = 0; i < actors.length; ++i) {
            sum += MockBlocklistToken(token).balanceOf(actors[i]);
        }
        sum += MockBlocklistToken(token).balanceOf(treasury) + MockBlocklistToken(token).balanceOf(address(escrow));
    }

    /// @dev The environment variable that flags `what` (an action selector or a probe) as reached.
    function _coverageKey(BaseHandler handler, bytes32 what) internal view returns (string memory) {
        return string.concat(ENV_PREFIX, handler.handlerName(), "_", vm.toString(what));
    }

    /// @dev A short string stored left-aligned in a bytes32, without its trailing zeros.
    function _text(bytes32 b) internal pure returns (string memory) {
        uint256 n;
        while (n < 32 && b[n] != 0) ++n;
        bytes memory out = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            out[i] = b[i];
        }
        return string(out);
    }
}
