// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../contracts/interfaces/IPledgeEscrow.sol";
import {ITelemetryAnchor} from "../../contracts/interfaces/ITelemetryAnchor.sol";
import {Deploy} from "../../deploy/Deploy.s.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice deploy/Deploy.s.sol against INTERFACE.md §3: the wiring, the roles, the defaults,
/// the environment variables, the chain-specific parts, and (v2) the refusal to deploy a
/// non-devnet chain without TREASURY, verifiers and a full arbiter panel.
///
/// Every `Deploy.run()` of this file happens in {setUp}, one scenario after the other. forge
/// runs setUp once per test contract and the test functions (and other contracts) in
/// parallel threads, while `vm.setEnv` changes the environment of the whole process: runs in
/// separate tests would read each other's variables. setUp sets every variable the script
/// reads before each run and clears them all at the end. The roles each run left are rebuilt
/// from its RoleGranted / RoleRevoked logs, so a test can say who holds a role and that
/// nobody else does.
contract DeployTest is Test {
    uint256 internal constant DEVNET = 0; // chain 31337, no environment
    uint256 internal constant ROLES = 1; // chain 31337, VERIFIERS, GOVERNOR, ORACLES, ARBITERS, ANCHORS (and other-chain variables)
    uint256 internal constant HANDOVER = 2; // chain 31337, ADMIN
    uint256 internal constant OTHER = 3; // chain 99999, PAYMENT_TOKENS, TREASURY, VERIFIERS, ARBITERS
    uint256 internal constant OTHER_MIN = 4; // chain 99999, only what it requires: TREASURY, VERIFIERS (1), ARBITERS (3)
    uint256 internal constant SCENARIOS = 5;
    // chain 99999 runs the script refuses; {refusals} keeps each revert message
    uint256 internal constant REFUSE_BARE = 0; // no environment
    uint256 internal constant REFUSE_NO_VERIFIERS = 1; // TREASURY, ARBITERS (3)
    uint256 internal constant REFUSE_SHORT_PANEL = 2; // TREASURY, VERIFIERS, ARBITERS (2)
    uint256 internal constant REFUSE_REPEATED_ARBITERS = 3; // TREASURY, VERIFIERS, ARBITERS (a, a, b, 0x0)
    uint256 internal constant REFUSE_NO_TREASURY = 4; // VERIFIERS, ARBITERS (3)
    uint256 internal constant REFUSE_ZERO_VERIFIER = 5; // TREASURY, VERIFIERS (0x0), ARBITERS (3)
    uint256 internal constant REFUSALS = 6;
    uint256 internal constant OTHER_CHAIN = 99_999; // nobody writes deploy/deployments/99999.json

    bytes32 internal constant ROLE_GRANTED = keccak256("RoleGranted(bytes32,address,address)");
    bytes32 internal constant ROLE_REVOKED = keccak256("RoleRevoked(bytes32,address,address)");
    bytes32 internal constant ADMIN_ROLE = 0x00;
    bytes32 internal constant MINTER = keccak256("MINTER_ROLE");
    bytes32 internal constant RENTAL_MANAGER = keccak256("RENTAL_MANAGER_ROLE");
    bytes32 internal constant VERIFIER = keccak256("VERIFIER_ROLE");
    bytes32 internal constant RECORDER = keccak256("RECORDER_ROLE");
    bytes32 internal constant GOVERNOR = keccak256("GOVERNOR_ROLE");
    bytes32 internal constant ORACLE = keccak256("CREDIT_ORACLE_ROLE");
    bytes32 internal constant PAUSER = keccak256("PAUSER_ROLE");
    bytes32 internal constant ARBITER = keccak256("ARBITER_ROLE");
    bytes32 internal constant ANCHOR = keccak256("ANCHOR_ROLE");

    string[8] internal envNames =
        ["VERIFIERS", "GOVERNOR", "ORACLES", "ARBITERS", "ANCHORS", "ADMIN", "PAYMENT_TOKENS", "TREASURY"];

    /// @dev One RoleGranted log; `held` turns false at a matching RoleRevoked.
    struct Grant {
        address target;
        bytes32 role;
        address account;
        bool held;
    }

    mapping(uint256 scenario => Deploy.Suite) internal suites;
    mapping(uint256 scenario => Grant[]) internal grants;
    mapping(uint256 scenario => mapping(bytes32 topic0 => uint256)) internal eventCount;
    mapping(uint256 refusal => string) internal refusals;
    mapping(uint256 refusal => bool) internal refused;

    address internal verifier1 = makeAddr("verifier1");
    address internal verifier2 = makeAddr("verifier2");
    address internal governor = makeAddr("governor");
    address internal oracle1 = makeAddr("oracle1");
    address internal oracle2 = makeAddr("oracle2");
    address internal arbiter1 = makeAddr("arbiter1");
    address internal arbiter2 = makeAddr("arbiter2");
    address internal arbiter3 = makeAddr("arbiter3");
    address internal anchor1 = makeAddr("anchor1");
    address internal anchor2 = makeAddr("anchor2");
    address internal newAdmin = makeAddr("admin");
    address internal usdc = makeAddr("usdc");
    address internal usdt = makeAddr("usdt");
    address internal safeTreasury = makeAddr("treasury");

    string internal manifest31337;
    bool internal manifest31337Before;
    bytes32 internal manifest31337HashBefore;

    function setUp() public {
        manifest31337 = string.concat(vm.projectRoot(), "/deploy/deployments/31337.json");
        manifest31337Before = vm.exists(manifest31337);
        if (manifest31337Before) manifest31337HashBefore = keccak256(bytes(vm.readFile(manifest31337)));

        _clearEnv();
        _run(DEVNET, 31_337);

        vm.setEnv("VERIFIERS", string.concat(vm.toString(verifier1), ",", vm.toString(verifier2)));
        vm.setEnv("GOVERNOR", vm.toString(governor));
        vm.setEnv("ORACLES", string.concat(vm.toString(oracle1), ",", vm.toString(oracle2)));
        vm.setEnv(
            "ARBITERS", string.concat(vm.toString(arbiter1), ",", vm.toString(arbiter2), ",", vm.toString(arbiter3))
        );
        vm.setEnv("ANCHORS", string.concat(vm.toString(anchor1), ",", vm.toString(anchor2)));
        // read on other chains only
        vm.setEnv("PAYMENT_TOKENS", vm.toString(usdc));
        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        _run(ROLES, 31_337);
        _clearEnv();

        vm.setEnv("ADMIN", vm.toString(newAdmin));
        _run(HANDOVER, 31_337);
        _clearEnv();

        string memory panel =
            string.concat(vm.toString(arbiter1), ",", vm.toString(arbiter2), ",", vm.toString(arbiter3));
        vm.setEnv("PAYMENT_TOKENS", string.concat(vm.toString(usdc), ",", vm.toString(usdt)));
        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("VERIFIERS", string.concat(vm.toString(verifier1), ",", vm.toString(verifier2)));
        vm.setEnv("ARBITERS", panel);
        _run(OTHER, OTHER_CHAIN);
        _clearEnv();

        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("VERIFIERS", vm.toString(verifier1));
        vm.setEnv("ARBITERS", panel);
        _run(OTHER_MIN, OTHER_CHAIN);
        _clearEnv();

        _refuse(REFUSE_BARE);

        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("ARBITERS", panel);
        _refuse(REFUSE_NO_VERIFIERS);
        _clearEnv();

        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("VERIFIERS", vm.toString(verifier1));
        vm.setEnv("ARBITERS", string.concat(vm.toString(arbiter1), ",", vm.toString(arbiter2)));
        _refuse(REFUSE_SHORT_PANEL);
        _clearEnv();

        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("VERIFIERS", vm.toString(verifier1));
        vm.setEnv(
            "ARBITERS",
            string.concat(
                vm.toString(arbiter1),
                ",",
                vm.toString(arbiter1),
                ",",
                vm.toString(arbiter2),
                ",",
                vm.toString(address(0))
            )
        );
        _refuse(REFUSE_REPEATED_ARBITERS);
        _clearEnv();

        vm.setEnv("VERIFIERS", vm.toString(verifier1));
        vm.setEnv("ARBITERS", panel);
        _refuse(REFUSE_NO_TREASURY);
        _clearEnv();

        vm.setEnv("TREASURY", vm.toString(safeTreasury));
        vm.setEnv("VERIFIERS", vm.toString(address(0)));
        vm.setEnv("ARBITERS", panel);
        _refuse(REFUSE_ZERO_VERIFIER);
        _clearEnv();
        vm.chainId(31_337);
    }

    // ---------------------------------------------------------------- chain 31337, no environment

    function test_WiresTheSuite() public view {
        Deploy.Suite memory s = suites[DEVNET];
        address b = s.broadcaster;
        assertTrue(b != address(0));
        assertEq(s.escrow.arbitration(), address(s.arbitration));
        assertEq(s.arbitration.escrow(), address(s.escrow));

        _assertHolders(DEVNET, address(s.shr), MINTER, _list(address(s.escrow)));
        _assertHolders(DEVNET, address(s.registry), RENTAL_MANAGER, _list(address(s.escrow)));
        _assertHolders(DEVNET, address(s.credit), RECORDER, _list(address(s.escrow), address(s.arbitration)));
        _assertHolders(DEVNET, address(s.escrow), PAUSER, _list(b));
        _assertAdmin(DEVNET, b);
        // roles that go to the environment's accounts go to no one
        _assertHolders(DEVNET, address(s.registry), VERIFIER, _list());
        _assertHolders(DEVNET, address(s.credit), GOVERNOR, _list());
        _assertHolders(DEVNET, address(s.credit), ORACLE, _list());
        _assertHolders(DEVNET, address(s.escrow), GOVERNOR, _list());
        _assertHolders(DEVNET, address(s.arbitration), GOVERNOR, _list());
        _assertHolders(DEVNET, address(s.arbitration), ARBITER, _list());
        // release 2: the telemetry anchor, anchored by the broadcaster on a devnet
        _assertHolders(DEVNET, address(s.anchor), ANCHOR, _list(b));
        // and nothing else was granted
        assertEq(_heldCount(DEVNET), 12);
    }

    function test_DeploysTheTelemetryAnchor() public view {
        for (uint256 i = 0; i < SCENARIOS; ++i) {
            ITelemetryAnchor anchor = ITelemetryAnchor(address(suites[i].anchor));
            assertGt(address(anchor).code.length, 0);
            assertLe(address(anchor).code.length, 24_576, "TelemetryAnchor");
            assertEq(anchor.lastEpoch(), 0);
            (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
                suites[i].anchor.eip712Domain();
            assertEq(name, "TelemetryAnchor");
            assertEq(version, "1");
            assertEq(chainId, block.chainid);
            assertEq(verifyingContract, address(anchor));
        }
    }

    function test_MintsDevnetSupplyWithoutKeepingMinterRole() public view {
        Deploy.Suite memory s = suites[DEVNET];
        assertEq(s.shr.balanceOf(s.broadcaster), 1_000_000 ether);
        assertEq(s.shr.totalSupply(), 1_000_000 ether);
        assertFalse(s.shr.hasRole(MINTER, s.broadcaster));
        // it held the role only to mint
        assertTrue(_everGranted(DEVNET, address(s.shr), MINTER, s.broadcaster));
    }

    function test_DeploysAllowlistedPaymentToken() public view {
        Deploy.Suite memory s = suites[DEVNET];
        assertTrue(address(s.paymentToken) != address(0));
        assertEq(s.paymentToken.name(), "Test USD");
        assertEq(s.paymentToken.symbol(), "tUSD");
        assertEq(s.paymentToken.decimals(), 6);
        assertTrue(s.escrow.isPaymentToken(address(s.paymentToken)));
        assertEq(eventCount[DEVNET][IPledgeEscrow.PaymentTokenSet.selector], 1);
    }

    function test_DeployedDefaults() public view {
        Deploy.Suite memory s = suites[DEVNET];
        assertEq(s.shr.name(), "Sharechain Reward");
        assertEq(s.shr.symbol(), "SHR");
        assertEq(s.shr.decimals(), 18);
        assertGe(s.shr.cap(), 1e9 ether);

        uint16[4] memory minScore = [uint16(0), 300, 600, 800];
        uint16[4] memory maxActive = [uint16(0), 2, 3, 10];
        uint16[4] memory bps = [uint16(20_000), 15_000, 10_000, 7500];
        for (uint8 i = 0; i < 4; ++i) {
            ICreditRegistry.Tier memory t = s.credit.getTier(i);
            assertEq(t.minScore, minScore[i]);
            assertEq(t.maxActiveRentals, maxActive[i]);
            assertEq(t.depositBps, bps[i]);
            assertEq(t.pledgeBps, bps[i]);
        }
        // outcome codes 0-6, 8, 9 (7, Baseline, has no delta)
        uint8[9] memory outcomes = [uint8(0), 1, 2, 3, 4, 5, 6, 8, 9];
        int16[9] memory deltas = [int16(10), -20, -250, -50, 10, -50, 5, -100, -30];
        for (uint256 i = 0; i < outcomes.length; ++i) {
            assertEq(s.credit.outcomeDelta(outcomes[i]), deltas[i]);
        }
        // v2: a newcomer starts at 500, tier 1; positive credit from one counterparty once per 30 days
        assertEq(s.credit.scoreOf(address(0xBEEF)), 500);
        assertEq(s.credit.tierOf(address(0xBEEF)), 1);
        assertEq(s.credit.pairCooldown(), 30 days);

        IPledgeEscrow.Params memory p = s.escrow.getParams();
        assertEq(p.platformFeeBps, 250);
        assertEq(p.gracePeriod, 86_400);
        assertEq(p.lateFeeBps, 20_000);
        assertEq(p.inspectionPeriod, 7200);
        assertEq(p.minRentalSeconds, 3600);
        assertEq(p.maxAdvance, 90 days);
        assertEq(p.basePledge, 100 ether);
        assertEq(p.epochRewardCap, 100_000 ether);
        assertEq(p.treasury, s.broadcaster);
        // 100 SHR per tUSD of platform fee: 10^14 SHR wei per base unit
        assertEq(s.escrow.rewardRate(address(s.paymentToken)), 1e14);
        assertEq(s.treasury, s.broadcaster);
        assertEq(s.arbitration.quorum(), 3);
        assertEq(s.arbitration.votingPeriod(), 7 days);
        assertLe(s.startBlock, block.number);

        // every default is announced, so an indexer rebuilds the terms from logs
        assertEq(eventCount[DEVNET][ICreditRegistry.TierSet.selector], 4);
        assertEq(eventCount[DEVNET][ICreditRegistry.OutcomeDeltaSet.selector], 9);
        assertEq(eventCount[DEVNET][ICreditRegistry.NewcomerScoreSet.selector], 1);
        assertEq(eventCount[DEVNET][ICreditRegistry.PairCooldownSet.selector], 1);
        assertEq(eventCount[DEVNET][IPledgeEscrow.ParamsSet.selector], 1);
        assertEq(eventCount[DEVNET][IPledgeEscrow.RewardRateSet.selector], 1);
        assertEq(eventCount[DEVNET][keccak256("PanelSet(uint16,uint64)")], 1);
    }

    function test_DeployablesFitTheCodeSizeLimit() public view {
        for (uint256 i = 0; i < SCENARIOS; ++i) {
            Deploy.Suite memory s = suites[i];
            assertLe(address(s.shr).code.length, 24_576, "RewardToken");
            assertLe(address(s.registry).code.length, 24_576, "AssetRegistry");
            assertLe(address(s.credit).code.length, 24_576, "CreditRegistry");
            assertLe(address(s.escrow).code.length, 24_576, "PledgeEscrow");
            assertLe(address(s.arbitration).code.length, 24_576, "Arbitration");
            assertGt(address(s.escrow).code.length, 0);
        }
        assertLe(address(suites[DEVNET].paymentToken).code.length, 24_576, "PaymentToken");
        assertGt(address(suites[DEVNET].paymentToken).code.length, 0);
    }

    function test_WritesNoManifestOutsideABroadcast() public view {
        assertFalse(vm.exists(string.concat(vm.projectRoot(), "/deploy/deployments/99999.json")));
        // a local devnet manifest, if any, is left as it was
        assertEq(vm.exists(manifest31337), manifest31337Before);
        if (manifest31337Before) assertEq(keccak256(bytes(vm.readFile(manifest31337))), manifest31337HashBefore);
    }

    // ---------------------------------------------------------------- VERIFIERS, GOVERNOR, ORACLES, ARBITERS

    function test_GrantsRolesToEnvironmentAccounts() public view {
        Deploy.Suite memory s = suites[ROLES];
        _assertHolders(ROLES, address(s.registry), VERIFIER, _list(verifier1, verifier2));
        _assertHolders(ROLES, address(s.credit), ORACLE, _list(oracle1, oracle2));
        _assertHolders(ROLES, address(s.arbitration), ARBITER, _list(arbiter1, arbiter2, arbiter3));
        _assertHolders(ROLES, address(s.credit), GOVERNOR, _list(governor));
        _assertHolders(ROLES, address(s.escrow), GOVERNOR, _list(governor));
        _assertHolders(ROLES, address(s.arbitration), GOVERNOR, _list(governor));
        // ANCHORS replaces the devnet's default anchor (the broadcaster)
        _assertHolders(ROLES, address(s.anchor), ANCHOR, _list(anchor1, anchor2));
        // the rest as without the environment
        _assertHolders(ROLES, address(s.shr), MINTER, _list(address(s.escrow)));
        _assertHolders(ROLES, address(s.registry), RENTAL_MANAGER, _list(address(s.escrow)));
        _assertHolders(ROLES, address(s.credit), RECORDER, _list(address(s.escrow), address(s.arbitration)));
        _assertHolders(ROLES, address(s.escrow), PAUSER, _list(s.broadcaster));
        _assertAdmin(ROLES, s.broadcaster);
        assertEq(_heldCount(ROLES), 23);
    }

    function test_IgnoresOtherChainVariablesOnDevnet() public view {
        Deploy.Suite memory s = suites[ROLES];
        assertEq(s.escrow.getParams().treasury, s.broadcaster);
        assertFalse(s.escrow.isPaymentToken(usdc));
        assertTrue(s.escrow.isPaymentToken(address(s.paymentToken)));
        assertEq(s.shr.balanceOf(s.broadcaster), 1_000_000 ether);
    }

    // ---------------------------------------------------------------- ADMIN

    function test_HandsAdminAndPauserOver() public view {
        Deploy.Suite memory s = suites[HANDOVER];
        _assertAdmin(HANDOVER, newAdmin);
        _assertHolders(HANDOVER, address(s.escrow), PAUSER, _list(newAdmin));
        address[6] memory all = [
            address(s.shr),
            address(s.registry),
            address(s.credit),
            address(s.escrow),
            address(s.arbitration),
            address(s.anchor)
        ];
        for (uint256 i = 0; i < all.length; ++i) {
            assertFalse(AccessControl(all[i]).hasRole(ADMIN_ROLE, s.broadcaster));
            // the broadcaster held it and renounced it
            assertTrue(_everGranted(HANDOVER, all[i], ADMIN_ROLE, s.broadcaster));
        }
        assertFalse(s.escrow.hasRole(PAUSER, s.broadcaster));
        _assertHolders(HANDOVER, address(s.shr), MINTER, _list(address(s.escrow)));
        _assertHolders(HANDOVER, address(s.credit), RECORDER, _list(address(s.escrow), address(s.arbitration)));
        // the devnet's default anchor stays the broadcaster: ADMIN may change it
        _assertHolders(HANDOVER, address(s.anchor), ANCHOR, _list(s.broadcaster));
        assertEq(_heldCount(HANDOVER), 12);
        // the wiring and the devnet supply do not change
        assertEq(s.escrow.arbitration(), address(s.arbitration));
        assertEq(s.shr.balanceOf(s.broadcaster), 1_000_000 ether);
        assertEq(s.escrow.getParams().treasury, s.broadcaster);
    }

    // ---------------------------------------------------------------- another chain

    function test_OtherChainHonoursPaymentTokensAndTreasury() public view {
        Deploy.Suite memory s = suites[OTHER];
        assertEq(address(s.paymentToken), address(0));
        assertTrue(s.escrow.isPaymentToken(usdc));
        assertTrue(s.escrow.isPaymentToken(usdt));
        assertEq(eventCount[OTHER][IPledgeEscrow.PaymentTokenSet.selector], 2);
        assertEq(s.escrow.getParams().treasury, safeTreasury);
        assertEq(s.treasury, safeTreasury);
    }

    function test_OtherChainMintsNoSupply() public view {
        for (uint256 i = OTHER; i <= OTHER_MIN; ++i) {
            Deploy.Suite memory s = suites[i];
            assertEq(s.shr.totalSupply(), 0);
            assertFalse(_everGranted(i, address(s.shr), MINTER, s.broadcaster));
            _assertHolders(i, address(s.shr), MINTER, _list(address(s.escrow)));
        }
    }

    function test_OtherChainWiresTheSuite() public view {
        for (uint256 i = OTHER; i <= OTHER_MIN; ++i) {
            Deploy.Suite memory s = suites[i];
            assertEq(s.escrow.arbitration(), address(s.arbitration));
            assertEq(s.arbitration.escrow(), address(s.escrow));
            _assertHolders(i, address(s.registry), RENTAL_MANAGER, _list(address(s.escrow)));
            _assertHolders(i, address(s.credit), RECORDER, _list(address(s.escrow), address(s.arbitration)));
            _assertHolders(i, address(s.escrow), PAUSER, _list(s.broadcaster));
            _assertHolders(i, address(s.arbitration), ARBITER, _list(arbiter1, arbiter2, arbiter3));
            // no default anchor off a devnet: ANCHORS unset grants ANCHOR_ROLE to no one
            _assertHolders(i, address(s.anchor), ANCHOR, _list());
            _assertAdmin(i, s.broadcaster);
        }
        _assertHolders(OTHER, address(suites[OTHER].registry), VERIFIER, _list(verifier1, verifier2));
        _assertHolders(OTHER_MIN, address(suites[OTHER_MIN].registry), VERIFIER, _list(verifier1));
        assertEq(_heldCount(OTHER), 16);
        assertEq(_heldCount(OTHER_MIN), 15);
    }

    function test_OtherChainWithOnlyWhatItRequires() public view {
        Deploy.Suite memory s = suites[OTHER_MIN];
        assertEq(address(s.paymentToken), address(0));
        assertEq(eventCount[OTHER_MIN][IPledgeEscrow.PaymentTokenSet.selector], 0);
        assertFalse(s.escrow.isPaymentToken(usdc));
        assertEq(s.escrow.getParams().treasury, safeTreasury);
        assertEq(s.treasury, safeTreasury);
        // nobody governs or attests until the admin says so
        _assertHolders(OTHER_MIN, address(s.credit), GOVERNOR, _list());
        _assertHolders(OTHER_MIN, address(s.credit), ORACLE, _list());
    }

    // ---------------------------------------------------------------- v2: the refusal on other chains

    function test_RefusesABareOtherChain() public view {
        assertTrue(refused[REFUSE_BARE]);
        assertEq(
            refusals[REFUSE_BARE],
            "Deploy: chain 99999 is not a devnet (31337); set TREASURY (the fee recipient) and VERIFIERS (at least 1 account) and ARBITERS (at least 3 accounts, the quorum)"
        );
    }

    function test_RefusesWithoutVerifiers() public view {
        assertTrue(refused[REFUSE_NO_VERIFIERS]);
        assertEq(
            refusals[REFUSE_NO_VERIFIERS],
            "Deploy: chain 99999 is not a devnet (31337); set VERIFIERS (at least 1 account)"
        );
        // a zero address is no verifier
        assertTrue(refused[REFUSE_ZERO_VERIFIER]);
        assertEq(refusals[REFUSE_ZERO_VERIFIER], refusals[REFUSE_NO_VERIFIERS]);
    }

    function test_RefusesAPanelShortOfTheQuorum() public view {
        string memory want =
            "Deploy: chain 99999 is not a devnet (31337); set ARBITERS (at least 3 accounts, the quorum)";
        assertTrue(refused[REFUSE_SHORT_PANEL]);
        assertEq(refusals[REFUSE_SHORT_PANEL], want);
        // repeated and zero accounts do not make up the numbers
        assertTrue(refused[REFUSE_REPEATED_ARBITERS]);
        assertEq(refusals[REFUSE_REPEATED_ARBITERS], want);
    }

    function test_RefusesWithoutTreasury() public view {
        assertTrue(refused[REFUSE_NO_TREASURY]);
        assertEq(
            refusals[REFUSE_NO_TREASURY],
            "Deploy: chain 99999 is not a devnet (31337); set TREASURY (the fee recipient)"
        );
    }

    function test_DevnetNeedsNoPanel() public view {
        // chain 31337 deploys without VERIFIERS and ARBITERS
        assertTrue(address(suites[DEVNET].arbitration) != address(0));
        _assertHolders(DEVNET, address(suites[DEVNET].arbitration), ARBITER, _list());
    }

    // ---------------------------------------------------------------- helpers

    function _clearEnv() internal {
        // forge has no unsetEnv; the script reads an empty variable as unset (vm.envOr falls back)
        for (uint256 i = 0; i < envNames.length; ++i) {
            vm.setEnv(envNames[i], "");
        }
    }

    function _run(uint256 scenario, uint256 chainId) internal {
        vm.chainId(chainId);
        Deploy script = new Deploy();
        vm.recordLogs();
        Deploy.Suite memory s = script.run();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        suites[scenario] = s;
        for (uint256 i = 0; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            if (l.topics.length == 0) continue;
            ++eventCount[scenario][l.topics[0]];
            if (l.topics[0] == ROLE_GRANTED) {
                grants[scenario].push(Grant(l.emitter, l.topics[1], address(uint160(uint256(l.topics[2]))), true));
            } else if (l.topics[0] == ROLE_REVOKED) {
                Grant[] storage g = grants[scenario];
                for (uint256 j = 0; j < g.length; ++j) {
                    if (
                        g[j].target == l.emitter && g[j].role == l.topics[1]
                            && g[j].account == address(uint160(uint256(l.topics[2])))
                    ) g[j].held = false;
                }
            }
        }
        assertEq(s.broadcaster, DEFAULT_SENDER, "forge's default sender broadcasts in tests");
    }

    /// @dev Runs the script on chain 99999 expecting a refusal; keeps its message. A refusal sends
    /// no transaction: the script checks before it starts broadcasting.
    function _refuse(uint256 refusal) internal {
        vm.chainId(OTHER_CHAIN);
        Deploy script = new Deploy();
        vm.recordLogs();
        try script.run() returns (Deploy.Suite memory) {
            refused[refusal] = false;
        } catch Error(string memory reason) {
            refused[refusal] = true;
            refusals[refusal] = reason;
        }
        assertEq(vm.getRecordedLogs().length, 0, "a refused run deploys nothing");
    }

    /// @dev Asserts that exactly `expected` hold `role` on `target`, by the logs and by hasRole.
    function _assertHolders(uint256 scenario, address target, bytes32 role, address[] memory expected) internal view {
        Grant[] storage g = grants[scenario];
        uint256 held;
        for (uint256 j = 0; j < g.length; ++j) {
            if (g[j].target != target || g[j].role != role || !g[j].held) continue;
            ++held;
            bool listed;
            for (uint256 k = 0; k < expected.length; ++k) {
                if (expected[k] == g[j].account) listed = true;
            }
            assertTrue(listed, string.concat("unexpected holder ", vm.toString(g[j].account)));
        }
        assertEq(held, expected.length, "holder count");
        for (uint256 k = 0; k < expected.length; ++k) {
            assertTrue(AccessControl(target).hasRole(role, expected[k]), "hasRole");
        }
    }

    /// @dev `admin` alone holds DEFAULT_ADMIN_ROLE on the six contracts with roles.
    function _assertAdmin(uint256 scenario, address admin) internal view {
        Deploy.Suite memory s = suites[scenario];
        _assertHolders(scenario, address(s.shr), ADMIN_ROLE, _list(admin));
        _assertHolders(scenario, address(s.registry), ADMIN_ROLE, _list(admin));
        _assertHolders(scenario, address(s.credit), ADMIN_ROLE, _list(admin));
        _assertHolders(scenario, address(s.escrow), ADMIN_ROLE, _list(admin));
        _assertHolders(scenario, address(s.arbitration), ADMIN_ROLE, _list(admin));
        _assertHolders(scenario, address(s.anchor), ADMIN_ROLE, _list(admin));
    }

    function _heldCount(uint256 scenario) internal view returns (uint256 n) {
        Grant[] storage g = grants[scenario];
        for (uint256 j = 0; j < g.length; ++j) {
            if (g[j].held) ++n;
        }
    }

    function _everGranted(uint256 scenario, address target, bytes32 role, address account)
        internal
        view
        returns (bool)
    {
        Grant[] storage g = grants[scenario];
        for (uint256 j = 0; j < g.length; ++j) {
            if (g[j].target == target && g[j].role == role && g[j].account == account) return true;
        }
        return false;
    }

    function _list() internal pure returns (address[] memory a) {
        a = new address[](0);
    }

    function _list(address x) internal pure returns (address[] memory a) {
        a = new address[](1);
        a[0] = x;
    }

    function _list(address x, address y) internal pure returns (address[] memory a) {
        a = new address[](2);
        (a[0], a[1]) = (x, y);
    }

    function _list(address x, address y, address z) internal pure returns (address[] memory a) {
        a = new address[](3);
        (a[0], a[1], a[2]) = (x, y, z);
    }
}
