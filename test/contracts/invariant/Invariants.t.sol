// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {MockBlocklistToken} from "../mocks/MockBlocklistToken.sol";
import {MockGasBurner} from "../mocks/MockGasBurner.sol";
import {MockHookToken} from "../mocks/MockHookToken.sol";
import {MockNoReturnToken} from "../mocks/MockNoReturnToken.sol";
import {MockPausableToken} from "../mocks/MockPausableToken.sol";
import {Fixture} from "../utils/Fixture.sol";
import {ArbiterHandler} from "./ArbiterHandler.sol";
import {BaseHandler, IERC20Like, InvLedger, Suite} from "./BaseHandler.sol";
import {DeviceHandler} from "./DeviceHandler.sol";
import {GovernorHandler} from "./GovernorHandler.sol";
import {KeeperHandler} from "./KeeperHandler.sol";
import {ProviderHandler} from "./ProviderHandler.sol";
import {RenterHandler} from "./RenterHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice The invariants of DESIGN.md §2 as restated for v2 in §6.1, held under fuzzed
/// sequences of every actor's calls (the handlers): listings and their changes, rentals now and
/// booked, check-in, cancellation, no-show, confirmation, usage reports (also in inspection),
/// returns, releases, defaults, disputes and rulings, withdrawals, time, governance (parameters,
/// tiers, deltas, payment tokens, reward rates, platforms, panel, pair cooldown, blacklist,
/// pause, verification) and four hostile payment tokens (blocklisting, pausable, no-return with
/// freezes, and a hook token whose hooks burn all gas), plus attacks the spec refuses.
///
/// Cast: four actors who both list and rent (`provider`, `renter`, `renter2`, `dave`), two
/// treasuries, two platforms, a co-op payee, the governor, pauser and verifier, three arbiters,
/// a keeper, and four devices. Six assets, five listed at the start (one per token), with a
/// rental active, one booked, one in inspection with credits owed, and one disputed.
///
/// Coverage gate ({afterInvariant}): at the end of every run, however short, a sweep calls
/// every action in life-cycle order from the run's final state (after lifting blocks, pauses
/// and blacklists) until each has reached its state change, then the invariants are checked
/// again; a handler action that never reaches its state change fails the run.
/// forge-config: default.invariant.show-metrics = true
/// forge-config: ci.invariant.show-metrics = true
/// forge-config: deep.invariant.show-metrics = true
/// forge-config: default.invariant.shrink-run-limit = 100
/// forge-config: ci.invariant.shrink-run-limit = 100
/// forge-config: deep.invariant.shrink-run-limit = 1000
contract InvariantsTest is Fixture {
    /// @dev Tries per action and pass of the coverage sweep.
    uint256 internal constant SWEEP_TRIES = 16;
    uint256 internal constant SWEEP_PASSES = 3;
    /// @dev The escrow's reward rate of each token at the start.
    uint256 internal constant RATE = 1e14;

    MockBlocklistToken internal blt;
    MockPausableToken internal pzd;
    MockNoReturnToken internal nrt;
    MockHookToken internal hkt;
    MockGasBurner internal burner;
    InvLedger internal ledger;

    address internal dave = makeAddr("dave");
    address internal treasury2 = makeAddr("treasury2");
    address internal platformA = makeAddr("platformA");
    address internal platformB = makeAddr("platformB");
    address internal coop = makeAddr("coop");
    address[] internal actors;
    address[] internal accounts;
    address[] internal devices;
    uint256[] internal deviceKeys;
    address[5] internal tokens;

    ProviderHandler internal providerHandler;
    RenterHandler internal renterHandler;
    DeviceHandler internal deviceHandler;
    KeeperHandler internal keeperHandler;
    GovernorHandler internal governorHandler;
    ArbiterHandler internal arbiterHandler;
    BaseHandler[] internal handlers;

    /// @dev The coverage sweep: (handler, action) in life-cycle order.
    BaseHandler[] internal sweepHandlers;
    bytes4[] internal sweepActions;

    uint256 internal shrSupply;
    uint256[5] internal supplies;

    function setUp() public override {
        super.setUp();
        blt = new MockBlocklistToken("Blocklist USD", "bUSD");
        pzd = new MockPausableToken();
        nrt = new MockNoReturnToken();
        hkt = new MockHookToken();
        burner = new MockGasBurner();
        tokens = [address(usd), address(blt), address(pzd), address(nrt), address(hkt)];
        vm.startPrank(governor);
        for (uint256 i = 1; i < 5; ++i) {
            escrow.setPaymentToken(tokens[i], true);
            escrow.setRewardRate(tokens[i], RATE);
        }
        escrow.setPlatform(platformA, 1000);
        escrow.setPlatform(platformB, 2000);
        vm.stopPrank();
        ledger = new InvLedger(escrow, START_TIME);

        actors.push(provider);
        actors.push(renter);
        actors.push(renter2);
        actors.push(dave);
        for (uint256 i = 0; i < actors.length; ++i) {
            accounts.push(actors[i]);
        }
        accounts.push(treasury);
        accounts.push(treasury2);
        accounts.push(platformA);
        accounts.push(platformB);
        accounts.push(coop);
        _fundActors();
        _makeFleet();
        _warmStart();
        _makeHandlers();
        _makeSweep();

        shrSupply = shr.totalSupply();
        for (uint256 i = 0; i < 5; ++i) {
            supplies[i] = _supply(tokens[i]);
        }
    }

    // ---------------------------------------------------------------- properties

    /// Every property below, after every call of every run. One invariant function runs one
    /// campaign: forge runs a campaign per `invariant_` function, and nine campaigns of the ci
    /// profile (256 runs of depth 50) would take over a quarter of an hour on two cores. Each
    /// property keeps its own function and its own failure messages.
    function invariant_ProtocolProperties() public view {
        // every rental read once for all properties: the checks run after every call.
        uint256 n = escrow.rentalCount();
        IPledgeEscrow.Rental[] memory rs = new IPledgeEscrow.Rental[](n + 1);
        for (uint256 id = 1; id <= n; ++id) {
            rs[id] = escrow.getRental(id);
        }
        property_SolvencyPerToken(rs);
        property_OpenRentalsNeverOverlap(rs);
        property_LockedExactlyWhileOpenRentals(rs);
        property_RentedOnlyWhileVerified(rs);
        property_FinalRentalsNeverPayAgain(rs);
        property_ScoresInRangeAndBlacklistHolds(rs);
        property_OnlyBoundDeviceReportsCountOnce(rs);
        property_RewardsBoundedByFeesAndEpochCap(rs);
        property_BookKeepingAndRefusals(rs);
    }

    /// Solvency, per token: the escrow's balance of each payment token equals the rent and deposit
    /// of every booked or active rental, the deposit of every returned one, what a disputed one
    /// still holds (rent and deposit, or the deposit when disputed in inspection), plus the
    /// credits it owes in that token; its SHR balance equals the pledges still locked plus the
    /// SHR credits. Every token here moves exact amounts, so these are equalities.
    function property_SolvencyPerToken(IPledgeEscrow.Rental[] memory rs) internal view {
        uint256[5] memory owed;
        for (uint256 i = 0; i < 5; ++i) {
            owed[i] = _claimableSum(tokens[i]);
        }
        for (uint256 id = 1; id < rs.length; ++id) {
            owed[_tokenIndex(rs[id].paymentToken)] += _heldFor(rs[id]);
        }
        for (uint256 i = 0; i < 5; ++i) {
            assertEq(IERC20Like(tokens[i]).balanceOf(address(escrow)), owed[i], "token held != rentals + credits");
        }
        uint256 owedShr = _claimableSum(address(shr));
        for (uint256 id = 1; id <= escrow.listingCount(); ++id) {
            IPledgeEscrow.Listing memory l = escrow.getListing(id);
            if (l.pledgeState == IPledgeEscrow.PledgeState.Locked) owedShr += l.pledge;
        }
        assertEq(shr.balanceOf(address(escrow)), owedShr, "SHR held != locked pledges + credits");
        // no value created or destroyed: supplies unchanged, SHR grown only by rewards.
        for (uint256 i = 0; i < 5; ++i) {
            assertEq(_supply(tokens[i]), supplies[i], "payment token supply changed");
        }
        assertEq(shr.totalSupply(), shrSupply + ledger.rewardsMinted(), "SHR minted beyond RewardPaid");
    }

    /// No two open rentals (booked, active, returned, disputed) of an asset overlap — a returned
    /// one holds [start, min(returnedAt, end)) — and an asset has at most 16 of them; at most
    /// one is checked in and not returned, `activeRentalOf` names it, and the ERC-4907 user
    /// record names its renter until `end` (and is clear when there is none).
    function property_OpenRentalsNeverOverlap(IPledgeEscrow.Rental[] memory rs) internal view {
        uint256 assets = registry.totalAssets();
        for (uint256 tokenId = 1; tokenId <= assets; ++tokenId) {
            uint256[] memory open = escrow.openRentalsOf(tokenId);
            assertLe(open.length, 16, "more than 16 open rentals");
            uint256 holding;
            for (uint256 i = 0; i < open.length; ++i) {
                IPledgeEscrow.Rental memory a = rs[open[i]];
                assertTrue(_isOpen(a), "openRentalsOf lists a closed rental");
                assertEq(a.tokenId, tokenId, "openRentalsOf lists another asset's rental");
                if (a.checkedIn && a.returnedAt == 0) {
                    assertEq(holding, 0, "two rentals hold the asset");
                    holding = open[i];
                }
                (uint256 aStart, uint256 aEnd) = _slot(a);
                for (uint256 j = i + 1; j < open.length; ++j) {
                    (uint256 bStart, uint256 bEnd) = _slot(rs[open[j]]);
                    assertFalse(aStart < bEnd && bStart < aEnd, "two open rentals overlap");
                }
            }
            assertEq(escrow.activeRentalOf(tokenId), holding, "activeRentalOf disagrees");
            address user = registry.assetOf(tokenId).user;
            if (holding == 0) {
                assertEq(user, address(0), "user record without a rental holding the asset");
            } else {
                IPledgeEscrow.Rental memory h = rs[holding];
                assertEq(user, h.renter, "user record is not the renter");
                assertEq(registry.userExpires(tokenId), h.end, "user record expiry is not the end");
            }
        }
        // every open rental is listed by its asset.
        uint256 total;
        for (uint256 id = 1; id < rs.length; ++id) {
            if (_isOpen(rs[id])) ++total;
        }
        uint256 listed;
        for (uint256 tokenId = 1; tokenId <= assets; ++tokenId) {
            listed += escrow.openRentalsOf(tokenId).length;
        }
        assertEq(listed, total, "an open rental is missing from its asset's book");
    }

    /// A locked asset never moves: the registry's lock is set exactly while the asset has open
    /// rentals, and no transfer, rebind, content update or delist got through while it had any.
    function property_LockedExactlyWhileOpenRentals(IPledgeEscrow.Rental[] memory rs) internal view {
        for (uint256 tokenId = 1; tokenId <= registry.totalAssets(); ++tokenId) {
            assertEq(
                registry.isLocked(tokenId),
                escrow.openRentalsOf(tokenId).length != 0,
                "locked other than while open rentals"
            );
        }
        assertEq(providerHandler.ghost_lockBypasses(), 0, "a locked asset moved");
    }

    /// An asset is rented only while verified: no rental was opened, and no booking checked in,
    /// while its asset was not verified; no listing was opened for an unverified asset.
    function property_RentedOnlyWhileVerified(IPledgeEscrow.Rental[] memory rs) internal view {
        assertEq(renterHandler.ghost_unverifiedRentals(), 0, "rented or checked in while not verified");
        assertEq(providerHandler.ghost_unverifiedListings(), 0, "listed while not verified");
    }

    /// A final rental (settled, defaulted, resolved, cancelled, no-show) paid out exactly its rent
    /// and deposit, once; an open one has paid out only what its stage allows (nothing, or the
    /// rent at a return); and no call on a final rental succeeded or moved any holding.
    function property_FinalRentalsNeverPayAgain(IPledgeEscrow.Rental[] memory rs) internal view {
        for (uint256 id = 1; id <= escrow.rentalCount(); ++id) {
            IPledgeEscrow.Rental memory r = escrow.getRental(id);
            assertEq(
                ledger.paidOut(id), r.rent + r.deposit - _heldFor(r), "a rental paid out other than its stage allows"
            );
        }
        assertEq(keeperHandler.ghost_finalRepayments(), 0, "a final rental paid again");
        uint256 grew;
        for (uint256 h = 0; h < handlers.length; ++h) {
            grew += handlers[h].ghost_holdingsGrew();
        }
        assertEq(grew, 0, "a settlement took money in");
    }

    /// Scores stay within 0..1000 for every account; a blacklisted account never opened a
    /// listing or a rental (as renter or as provider).
    function property_ScoresInRangeAndBlacklistHolds(IPledgeEscrow.Rental[] memory rs) internal view {
        for (uint256 i = 0; i < accounts.length; ++i) {
            assertLe(credit.scoreOf(accounts[i]), 1000, "score above 1000");
        }
        assertEq(providerHandler.ghost_blacklistedListings(), 0, "a blacklisted account listed");
        assertEq(renterHandler.ghost_blacklistedRentals(), 0, "a blacklisted account rented");
        assertEq(renterHandler.ghost_pausedRentals(), 0, "rented while paused");
    }

    /// Only the device bound to the asset can report usage, and each report counts once: every
    /// rental's units equal the sum of its accepted reports and its last nonce the last accepted
    /// one; no forged or replayed report was accepted; a report after the return always left a
    /// full inspection period to dispute it. Likewise no forged device return (release 2) was
    /// accepted, and every device return left the rental returned at the signed time.
    function property_OnlyBoundDeviceReportsCountOnce(IPledgeEscrow.Rental[] memory rs) internal view {
        for (uint256 id = 1; id < rs.length; ++id) {
            IPledgeEscrow.Rental memory r = rs[id];
            assertEq(r.units, deviceHandler.ghost_units(id), "units differ from accepted reports");
            assertEq(r.lastNonce, deviceHandler.ghost_lastNonce(id), "nonce differs from the last accepted report");
        }
        assertEq(deviceHandler.ghost_forgedAccepted(), 0, "a forged report was accepted");
        assertEq(deviceHandler.ghost_replaysAccepted(), 0, "a replayed report was accepted");
        assertEq(deviceHandler.ghost_shortInspections(), 0, "a late report cut the dispute window");
        assertEq(deviceHandler.ghost_forgedReturnsAccepted(), 0, "a forged device return was accepted");
        assertEq(deviceHandler.ghost_returnMismatches(), 0, "a device return left another returnedAt");
    }

    /// The economic invariant: SHR minted as rewards ≤ 2 × rewardRate (as read at the release) ×
    /// the treasury's part of the platform fees paid, release by release; each epoch's rewards ≤
    /// the epochRewardCap in force; rewards come only from releases; the escrow's epoch record
    /// agrees with the events.
    function property_RewardsBoundedByFeesAndEpochCap(IPledgeEscrow.Rental[] memory rs) internal view {
        assertLe(ledger.rewardsMinted(), ledger.rewardBound(), "rewards beyond 2 x rate x treasury fees");
        assertEq(ledger.rewardOverpays(), 0, "a release minted beyond 2 x rate x its treasury fee");
        assertEq(ledger.epochCapBreaches(), 0, "an epoch minted beyond its cap");
        assertEq(ledger.strayRewards(), 0, "a reward outside a release");
        (uint256 epoch, uint256 minted,) = escrow.rewardEpoch();
        assertEq(minted, ledger.mintedInEpoch(epoch), "the epoch record disagrees with RewardPaid");
    }

    /// Book-keeping and refusals: each actor's tier count is its booked, active and disputed
    /// rentals; every rent pulled exactly INTERFACE.md §2's rent and deposit; every withdrawal
    /// paid exactly the credit; no out-of-bounds parameter, early release or wrong pledge
    /// return got through.
    function property_BookKeepingAndRefusals(IPledgeEscrow.Rental[] memory rs) internal view {
        uint256[] memory counts = new uint256[](actors.length);
        for (uint256 id = 1; id < rs.length; ++id) {
            IPledgeEscrow.RentalStatus st = rs[id].status;
            if (
                st != IPledgeEscrow.RentalStatus.Booked && st != IPledgeEscrow.RentalStatus.Active
                    && st != IPledgeEscrow.RentalStatus.Disputed
            ) continue;
            for (uint256 i = 0; i < actors.length; ++i) {
                if (rs[id].renter == actors[i]) ++counts[i];
            }
        }
        for (uint256 i = 0; i < actors.length; ++i) {
            assertEq(escrow.tierRentalCount(actors[i]), counts[i], "tierRentalCount disagrees");
        }
        assertEq(renterHandler.ghost_amountMismatches(), 0, "a rent or confirmation moved a wrong amount");
        assertEq(renterHandler.ghost_withdrawMismatches(), 0, "a withdrawal paid other than the credit");
        assertEq(governorHandler.ghost_boundsBypasses(), 0, "a parameter beyond its bound was set");
        assertEq(keeperHandler.ghost_earlyReleases(), 0, "a deposit was released during its inspection");
        assertEq(providerHandler.ghost_pledgeMismatches(), 0, "a delist returned a wrong pledge");
    }

    /// The coverage gate (see the contract's comment): sweep, then require every action to have
    /// reached its state change in this run, and check every invariant again.
    function afterInvariant() public {
        if (vm.envOr("SHARECHAIN_INVARIANT_TABLE", false)) _tallyCoverage();
        governorHandler.heal();
        for (uint256 pass = 0; pass < SWEEP_PASSES; ++pass) {
            bool all = true;
            for (uint256 i = 0; i < sweepActions.length; ++i) {
                BaseHandler h = sweepHandlers[i];
                bytes4 action = sweepActions[i];
                if (_isSetupStep(action)) {
                    (bool ok,) = address(h).call(abi.encodeWithSelector(action));
                    ok;
                    continue;
                }
                uint256 before = h.ghost_successes(action);
                uint256 tries = before == 0 ? SWEEP_TRIES : 1;
                for (uint256 k = 0; k < tries; ++k) {
                    uint256 salt = pass * 10_000 + i * SWEEP_TRIES + k;
                    // a retry first repeats the step before, which sets the action up (book
                    // before check-in, pause before unpause, a dispute before a vote, ...).
                    if (k > 0 && i > 0) _sweepCall(sweepHandlers[i - 1], sweepActions[i - 1], salt + 5000);
                    _sweepCall(h, action, salt);
                    if (h.ghost_successes(action) > before) break;
                }
                if (h.ghost_successes(action) == 0) all = false;
            }
            if (all) break;
        }
        string memory missed;
        for (uint256 h = 0; h < handlers.length; ++h) {
            bytes4[] memory acts = handlers[h].actions();
            for (uint256 a = 0; a < acts.length; ++a) {
                if (handlers[h].ghost_successes(acts[a]) != 0) continue;
                missed = string.concat(missed, " ", handlers[h].handlerName(), ".", handlers[h].actionName(acts[a]));
            }
        }
        assertEq(bytes(missed).length, 0, string.concat("actions that never reached their state change:", missed));
        invariant_ProtocolProperties();
    }

    /// @dev With SHARECHAIN_INVARIANT_TABLE=true: adds this run's successes per action, before
    /// the sweep (what the fuzzer alone reached), to totals kept in process environment
    /// variables (the one thing a run leaves behind), and logs the table so far.
    function _tallyCoverage() internal {
        for (uint256 h = 0; h < handlers.length; ++h) {
            bytes4[] memory acts = handlers[h].actions();
            for (uint256 a = 0; a < acts.length; ++a) {
                string memory key = string.concat(
                    "SHARECHAIN_INVARIANT_", handlers[h].handlerName(), "_", vm.toString(abi.encodePacked(acts[a]))
                );
                uint256 total = vm.envOr(key, uint256(0)) + handlers[h].ghost_successes(acts[a]);
                vm.setEnv(key, vm.toString(total));
                console.log(handlers[h].handlerName(), handlers[h].actionName(acts[a]), total);
            }
        }
    }

    // ---------------------------------------------------------------- setup

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
            vm.startPrank(actors[i]);
            shr.approve(address(escrow), type(uint256).max);
            usd.approve(address(escrow), type(uint256).max);
            blt.approve(address(escrow), type(uint256).max);
            pzd.approve(address(escrow), type(uint256).max);
            nrt.approve(address(escrow), type(uint256).max);
            hkt.approve(address(escrow), type(uint256).max);
            vm.stopPrank();
            blt.mint(actors[i], 1_000_000 * USD);
            pzd.mint(actors[i], 1_000_000 * USD);
            nrt.mint(actors[i], 1_000_000 * USD);
            hkt.mint(actors[i], 1_000_000 * USD);
        }
        usd.mint(dave, 1_000_000 * USD);
        usd.mint(provider, 1_000_000 * USD);
    }

    /// @dev Four devices (the fixture's and three more) and six assets, owned round-robin by the
    /// actors, each bound to a device and then verified (device included) for 20 days.
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
            vm.startPrank(owner);
            uint256 tokenId = registry.register(keccak256(bytes(code)), keccak256(bytes(code)), "ipfs://meta");
            registry.bindDevice(tokenId, devices[i % devices.length]);
            vm.stopPrank();
            vm.prank(verifier);
            registry.verify(tokenId, uint64(block.timestamp + 20 days));
        }
    }

    /// @dev Assets 1-5 listed, one per token; rental 1 active (asset 1, tUSD), rental 2 booked
    /// (asset 2, blocklisting token), rental 3 returned while the pausable token was paused (in
    /// inspection, with credits owed), rental 4 disputed (asset 4, no-return token); the
    /// treasury blocked by the blocklisting token.
    function _warmStart() internal {
        for (uint256 tokenId = 1; tokenId <= 5; ++tokenId) {
            IPledgeEscrow.Terms memory t = _terms();
            if (tokenId == 2) t.platform = platformA;
            if (tokenId == 5) t.payee = coop;
            vm.prank(registry.ownerOf(tokenId));
            escrow.list(tokenId, tokens[tokenId - 1], t);
        }
        _rentNow(renter, 1, 1 days); // asset 1, owned by provider
        _bookAt(renter2, 2, uint64(block.timestamp + 1 hours), 6 hours); // asset 2, owned by renter
        uint256 third = _rentNow(dave, 3, 2 hours); // asset 3, owned by renter2
        uint256 fourth = _rentNow(provider, 4, 1 days); // asset 4, owned by dave
        vm.warp(block.timestamp + 30 minutes);
        pzd.setPaused(true);
        uint256 held = IERC20Like(address(pzd)).balanceOf(address(escrow)) - _claimableSum(address(pzd));
        vm.prank(dave);
        escrow.endRental(third);
        ledger.addPaid(
            third, held - (IERC20Like(address(pzd)).balanceOf(address(escrow)) - _claimableSum(address(pzd)))
        );
        pzd.setPaused(false);
        vm.prank(provider);
        escrow.openDispute(fourth, keccak256("not as described"));
        // the treasury starts blocked by the blocklisting token: its fees there become credits.
        blt.setBlocked(treasury, true);
    }

    function _rentNow(address who, uint256 listingId, uint64 duration) internal returns (uint256) {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(who);
        return escrow.rent(listingId, 0, duration, hash, address(0));
    }

    function _bookAt(address who, uint256 listingId, uint64 start, uint64 duration) internal returns (uint256) {
        bytes32 hash = escrow.termsHash(listingId);
        vm.prank(who);
        return escrow.rent(listingId, start, duration, hash, platformB);
    }

    function _makeHandlers() internal {
        Suite memory s = Suite(
            escrow, registry, credit, arbitration, shr, address(usd), blt, pzd, nrt, hkt, address(burner), ledger
        );
        address[] memory arbiterList = new address[](arbiters.length);
        for (uint256 i = 0; i < arbiters.length; ++i) {
            arbiterList[i] = arbiters[i];
        }
        providerHandler = new ProviderHandler(s, actors, accounts, devices, verifier);
        renterHandler = new RenterHandler(s, actors, accounts, governor, verifier);
        deviceHandler = new DeviceHandler(s, actors, accounts, deviceKeys);
        keeperHandler = new KeeperHandler(s, actors, accounts);
        governorHandler = new GovernorHandler(s, actors, accounts, governor, pauser, verifier);
        arbiterHandler = new ArbiterHandler(s, actors, accounts, arbiterList);
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
    }

    /// @dev The coverage sweep's order: governance (each disruptive action followed by its
    /// undo), a heal, then a rental's life — list, rent and book, check in, confirm, dispute,
    /// vote, rule, report, return, cancel, release, no-show, default — then withdrawals, the
    /// owner's registry changes and the attacks.
    function _makeSweep() internal {
        GovernorHandler g = governorHandler;
        _sweep(g, g.setParams.selector);
        _sweep(g, g.attackParamsOutOfBounds.selector);
        _sweep(g, g.setTier.selector);
        _sweep(g, g.setOutcomeDelta.selector);
        _sweep(g, g.setPairCooldown.selector);
        _sweep(g, g.setPanel.selector);
        _sweep(g, g.setRewardRate.selector);
        _sweep(g, g.setPlatform.selector);
        _sweep(g, g.setPaymentToken.selector);
        _sweep(g, g.pause.selector);
        _sweep(g, g.unpause.selector);
        _sweep(g, g.blacklist.selector);
        _sweep(g, g.unblacklist.selector);
        _sweep(g, g.revokeVerification.selector);
        _sweep(g, g.verify.selector);
        _sweep(g, g.blockInToken.selector);
        _sweep(g, g.unblockInToken.selector);
        _sweep(g, g.pauseToken.selector);
        _sweep(g, g.unpauseToken.selector);
        _sweep(g, g.freezeInToken.selector);
        _sweep(g, g.unfreezeInToken.selector);
        _sweep(g, g.hookOn.selector);
        _sweep(g, g.hookOff.selector);
        _sweep(g, GovernorHandler.heal.selector);
        ProviderHandler p = providerHandler;
        RenterHandler r = renterHandler;
        KeeperHandler k = keeperHandler;
        ArbiterHandler arb = arbiterHandler;
        DeviceHandler d = deviceHandler;
        // a fresh rental (rentNow, book) before each step that needs one: earlier steps move
        // time (check-in, rulings, releases, no-shows, defaults) and may leave none live.
        _sweep(p, p.list.selector);
        _sweep(p, p.updateListing.selector);
        _sweep(r, r.book.selector);
        _sweep(r, r.checkIn.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(r, r.confirmAsset.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(d, d.report.selector);
        _sweep(d, d.forgeReport.selector);
        _sweep(d, d.replayReport.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(r, r.endRental.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(d, d.returnByDevice.selector);
        _sweep(k, k.releaseDeposit.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(r, r.openDispute.selector);
        _sweep(arb, arb.vote.selector);
        _sweep(arb, arb.execute.selector);
        _sweep(r, r.book.selector);
        _sweep(r, r.cancel.selector);
        _sweep(r, r.book.selector);
        _sweep(p, p.cancelBooking.selector);
        _sweep(r, r.book.selector);
        _sweep(k, k.collectNoShow.selector);
        _sweep(r, r.rentNow.selector);
        _sweep(k, k.collectDefault.selector);
        _sweep(k, k.retryFinal.selector);
        _sweep(k, k.warp.selector);
        _sweep(r, r.withdraw.selector);
        _sweep(r, r.book.selector);
        _sweep(p, p.attackLockedAsset.selector);
        _sweep(p, p.attackDelistBusy.selector);
        _sweep(r, r.attackRentBlacklisted.selector);
        _sweep(r, r.attackRentUnverified.selector);
        _sweep(p, p.attackListUnverified.selector);
        // close every open rental and heal again, so the owner's changes below find unlocked,
        // verified assets: delist one, list it again, close it, rebind, update, transfer.
        _sweep(k, KeeperHandler.drain.selector);
        _sweep(g, GovernorHandler.heal.selector);
        _sweep(p, p.delist.selector);
        _sweep(p, p.list.selector);
        _sweep(p, p.closeListing.selector);
        _sweep(p, p.bindDevice.selector);
        _sweep(p, p.updateContent.selector);
        _sweep(p, p.transferAsset.selector);
        // every action of every handler is in the sweep (checked once, here).
        for (uint256 h = 0; h < handlers.length; ++h) {
            bytes4[] memory acts = handlers[h].actions();
            for (uint256 a = 0; a < acts.length; ++a) {
                bool found;
                for (uint256 i = 0; i < sweepActions.length; ++i) {
                    if (sweepHandlers[i] == handlers[h] && sweepActions[i] == acts[a]) found = true;
                }
                require(found, "an action is missing from the coverage sweep");
            }
        }
    }

    /// @dev Steps of the sweep that set the state up rather than act: called once, not counted.
    function _isSetupStep(bytes4 action) internal pure returns (bool) {
        return action == GovernorHandler.heal.selector || action == KeeperHandler.drain.selector;
    }

    function _sweep(BaseHandler h, bytes4 action) internal {
        sweepHandlers.push(h);
        sweepActions.push(action);
    }

    /// @dev Calls `action` on `h` with eight argument words derived from `salt` (every handler
    /// action takes at most eight static arguments; extra words are ignored). A revert is fine:
    /// the sweep only reads whether the action's success counter moved.
    function _sweepCall(BaseHandler h, bytes4 action, uint256 salt) internal {
        bytes memory args = new bytes(0);
        for (uint256 w = 0; w < 8; ++w) {
            args = bytes.concat(args, keccak256(abi.encode(block.timestamp, salt, w)));
        }
        (bool ok,) = address(h).call(bytes.concat(action, args));
        ok;
    }

    // ---------------------------------------------------------------- helpers

    function _isOpen(IPledgeEscrow.Rental memory r) internal pure returns (bool) {
        return r.status == IPledgeEscrow.RentalStatus.Booked || r.status == IPledgeEscrow.RentalStatus.Active
            || r.status == IPledgeEscrow.RentalStatus.Returned || r.status == IPledgeEscrow.RentalStatus.Disputed;
    }

    /// @dev What the escrow still holds for `r`: rent and deposit until the rent is settled at a
    /// return, then the deposit until the release or ruling; nothing once final.
    function _heldFor(IPledgeEscrow.Rental memory r) internal pure returns (uint256) {
        if (r.status == IPledgeEscrow.RentalStatus.Booked || r.status == IPledgeEscrow.RentalStatus.Active) {
            return r.rent + r.deposit;
        }
        if (r.status == IPledgeEscrow.RentalStatus.Returned) return r.deposit;
        if (r.status == IPledgeEscrow.RentalStatus.Disputed) {
            // disputed in inspection: the rent was paid at the return.
            return r.inspectionEnd != 0 ? r.deposit : r.rent + r.deposit;
        }
        return 0;
    }

    /// @dev The slot an open rental holds: [start, min(returnedAt, end)) once returned.
    function _slot(IPledgeEscrow.Rental memory r) internal pure returns (uint256 start, uint256 end) {
        start = r.start;
        end = r.returnedAt != 0 && r.returnedAt < r.end ? r.returnedAt : r.end;
    }

    function _tokenIndex(address token) internal view returns (uint256) {
        for (uint256 i = 0; i < 5; ++i) {
            if (tokens[i] == token) return i;
        }
        revert("rental in an unknown token");
    }

    function _claimableSum(address token) internal view returns (uint256 sum) {
        for (uint256 i = 0; i < accounts.length; ++i) {
            sum += escrow.claimable(token, accounts[i]);
        }
    }

    function _supply(address token) internal view returns (uint256) {
        return MockBlocklistToken(token).totalSupply();
    }
}
