// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Arbitration} from "../contracts/Arbitration.sol";
import {AssetRegistry} from "../contracts/AssetRegistry.sol";
import {CreditRegistry} from "../contracts/CreditRegistry.sol";
import {PaymentToken} from "../contracts/PaymentToken.sol";
import {PledgeEscrow} from "../contracts/PledgeEscrow.sol";
import {RewardToken} from "../contracts/RewardToken.sol";
import {TelemetryAnchor} from "../contracts/TelemetryAnchor.sol";
import {Defaults} from "./Defaults.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Script} from "forge-std/Script.sol";
import {VmSafe} from "forge-std/Vm.sol";

/// @title Deploys and wires the Sharechain suite
/// @notice `forge script deploy/Deploy.s.sol --rpc-url $RPC_URL --broadcast` with the
/// CLI's key (`--private-key` on a devnet, `--account <keystore>` elsewhere).
///
/// On chain 31337 it needs no environment: it also deploys the tUSD PaymentToken, mints
/// 1 000 000 SHR to the broadcaster for pledges, and makes the broadcaster the treasury.
/// Elsewhere it reads `PAYMENT_TOKENS` (comma-separated, optional) and `TREASURY` (required),
/// and it refuses to deploy — reverting, before any transaction, with a message that names
/// each missing variable — unless `VERIFIERS` names at least one account and `ARBITERS` at
/// least the panel's quorum (3) of distinct accounts: a public deployment must never have a
/// silent panel whose disputes all end in a blind 50/50. Everywhere: `VERIFIERS`, `GOVERNOR`,
/// `ORACLES`, `ARBITERS` receive their roles when set; `ADMIN` receives `DEFAULT_ADMIN_ROLE`
/// and `PAUSER_ROLE`, which the broadcaster then renounces.
///
/// Release 2 (IoT): it also deploys the TelemetryAnchor and grants its `ANCHOR_ROLE` to the
/// accounts in `ANCHORS` (comma-separated; on chain 31337 the broadcaster when unset, elsewhere
/// no one when unset).
///
/// It writes `deploy/deployments/<chainId>.json` only when broadcasting.
contract Deploy is Script {
    /// @notice What {run} deployed.
    struct Suite {
        address broadcaster;
        address treasury;
        uint256 startBlock;
        RewardToken shr;
        AssetRegistry registry;
        CreditRegistry credit;
        PledgeEscrow escrow;
        Arbitration arbitration;
        PaymentToken paymentToken;
        TelemetryAnchor anchor;
    }

    /// @notice Deploys, wires and (when broadcasting) writes the manifest.
    function run() external returns (Suite memory s) {
        // the first deployment lands in a later block than the one this simulation sees.
        s.startBlock = block.number;
        bool devnet = block.chainid == Defaults.DEVNET_CHAIN_ID;
        address[] memory verifiers = _accounts("VERIFIERS");
        address[] memory arbiters = _accounts("ARBITERS");
        address treasury = devnet ? address(0) : vm.envOr("TREASURY", address(0));
        if (!devnet) _refuseWithoutPanel(treasury, verifiers, arbiters);

        vm.startBroadcast();
        (, s.broadcaster,) = vm.readCallers();
        s.treasury = devnet ? s.broadcaster : treasury;

        address[] memory paymentTokens;
        if (devnet) {
            s.paymentToken = new PaymentToken();
            paymentTokens = new address[](1);
            paymentTokens[0] = address(s.paymentToken);
        } else {
            paymentTokens = vm.envOr("PAYMENT_TOKENS", ",", new address[](0));
        }

        s.shr = new RewardToken(s.broadcaster, Defaults.SHR_CAP);
        s.registry = new AssetRegistry(s.broadcaster);
        s.credit = new CreditRegistry(s.broadcaster, Defaults.tiers(), Defaults.deltas());
        s.escrow = new PledgeEscrow(
            s.broadcaster,
            s.registry,
            s.credit,
            s.shr,
            Defaults.params(s.treasury),
            paymentTokens,
            Defaults.rewardRates(paymentTokens.length, devnet)
        );
        s.arbitration = new Arbitration(s.broadcaster, s.escrow, s.credit, Defaults.QUORUM, Defaults.VOTING_PERIOD);
        s.anchor = new TelemetryAnchor(s.broadcaster);

        s.escrow.setArbitration(address(s.arbitration));
        s.shr.grantRole(s.shr.MINTER_ROLE(), address(s.escrow));
        s.registry.grantRole(s.registry.RENTAL_MANAGER_ROLE(), address(s.escrow));
        s.credit.grantRole(s.credit.RECORDER_ROLE(), address(s.escrow));
        s.credit.grantRole(s.credit.RECORDER_ROLE(), address(s.arbitration));
        s.escrow.grantRole(s.escrow.PAUSER_ROLE(), s.broadcaster);

        if (devnet) {
            s.shr.grantRole(s.shr.MINTER_ROLE(), s.broadcaster);
            s.shr.mint(s.broadcaster, Defaults.DEVNET_SHR_SUPPLY);
            s.shr.renounceRole(s.shr.MINTER_ROLE(), s.broadcaster);
        }

        _grantEach(s.registry, s.registry.VERIFIER_ROLE(), verifiers);
        _grantEach(s.credit, s.credit.CREDIT_ORACLE_ROLE(), _accounts("ORACLES"));
        _grantEach(s.arbitration, s.arbitration.ARBITER_ROLE(), arbiters);
        address[] memory governors = _accounts("GOVERNOR");
        _grantEach(s.credit, s.credit.GOVERNOR_ROLE(), governors);
        _grantEach(s.escrow, s.escrow.GOVERNOR_ROLE(), governors);
        _grantEach(s.arbitration, s.arbitration.GOVERNOR_ROLE(), governors);
        _grantEach(s.anchor, s.anchor.ANCHOR_ROLE(), _anchors(devnet, s.broadcaster));

        address admin = vm.envOr("ADMIN", address(0));
        if (admin != address(0) && admin != s.broadcaster) {
            s.escrow.grantRole(s.escrow.PAUSER_ROLE(), admin);
            s.escrow.renounceRole(s.escrow.PAUSER_ROLE(), s.broadcaster);
            AccessControl[6] memory all = [
                AccessControl(address(s.shr)),
                AccessControl(address(s.registry)),
                AccessControl(address(s.credit)),
                AccessControl(address(s.escrow)),
                AccessControl(address(s.arbitration)),
                AccessControl(address(s.anchor))
            ];
            for (uint256 i = 0; i < all.length; ++i) {
                all[i].grantRole(bytes32(0), admin);
                all[i].renounceRole(bytes32(0), s.broadcaster);
            }
        }
        vm.stopBroadcast();

        if (vm.isContext(VmSafe.ForgeContext.ScriptBroadcast) || vm.isContext(VmSafe.ForgeContext.ScriptResume)) {
            _writeManifest(s);
        }
    }

    function _grantEach(AccessControl target, bytes32 role, address[] memory accounts) private {
        for (uint256 i = 0; i < accounts.length; ++i) {
            target.grantRole(role, accounts[i]);
        }
    }

    /// @dev The comma-separated accounts in `envName`; none when it is unset or empty.
    function _accounts(string memory envName) private view returns (address[] memory) {
        return vm.envOr(envName, ",", new address[](0));
    }

    /// @dev The accounts in `ANCHORS`; on a devnet the broadcaster when it is unset or empty.
    function _anchors(bool devnet, address broadcaster) private view returns (address[] memory anchors) {
        anchors = _accounts("ANCHORS");
        if (anchors.length == 0 && devnet) {
            anchors = new address[](1);
            anchors[0] = broadcaster;
        }
    }

    /// @dev Reverts, naming every missing variable, unless `treasury` is set, `verifiers` holds a
    /// non-zero account and `arbiters` at least {Defaults.QUORUM} distinct non-zero ones.
    function _refuseWithoutPanel(address treasury, address[] memory verifiers, address[] memory arbiters) private view {
        string memory missing;
        if (treasury == address(0)) missing = "TREASURY (the fee recipient)";
        if (_distinct(verifiers) == 0) missing = _and(missing, "VERIFIERS (at least 1 account)");
        if (_distinct(arbiters) < Defaults.QUORUM) {
            missing = _and(
                missing,
                string.concat("ARBITERS (at least ", vm.toString(uint256(Defaults.QUORUM)), " accounts, the quorum)")
            );
        }
        if (bytes(missing).length != 0) {
            revert(
                string.concat("Deploy: chain ", vm.toString(block.chainid), " is not a devnet (31337); set ", missing)
            );
        }
    }

    /// @dev How many distinct non-zero accounts `list` holds (lists are short: quadratic is fine).
    function _distinct(address[] memory list) private pure returns (uint256 n) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == address(0)) continue;
            bool seen;
            for (uint256 j = 0; j < i; ++j) {
                if (list[j] == list[i]) seen = true;
            }
            if (!seen) ++n;
        }
    }

    function _and(string memory list, string memory item) private pure returns (string memory) {
        return bytes(list).length == 0 ? item : string.concat(list, " and ", item);
    }

    function _writeManifest(Suite memory s) private {
        string memory c = "contracts";
        vm.serializeAddress(c, "RewardToken", address(s.shr));
        vm.serializeAddress(c, "AssetRegistry", address(s.registry));
        vm.serializeAddress(c, "CreditRegistry", address(s.credit));
        vm.serializeAddress(c, "PledgeEscrow", address(s.escrow));
        vm.serializeAddress(c, "Arbitration", address(s.arbitration));
        string memory contracts = vm.serializeAddress(c, "TelemetryAnchor", address(s.anchor));
        if (address(s.paymentToken) != address(0)) {
            contracts = vm.serializeAddress(c, "PaymentToken", address(s.paymentToken));
        }

        string memory e = "eip712";
        vm.serializeString(e, "AssetRegistry", _domain("AssetRegistry", address(s.registry)));
        vm.serializeString(e, "CreditRegistry", _domain("CreditRegistry", address(s.credit)));
        vm.serializeString(e, "PledgeEscrow", _domain("PledgeEscrow", address(s.escrow)));
        string memory eip712 = vm.serializeString(e, "TelemetryAnchor", _domain("TelemetryAnchor", address(s.anchor)));

        string memory m = "manifest";
        vm.serializeUint(m, "chainId", block.chainid);
        vm.serializeUint(m, "startBlock", s.startBlock);
        vm.serializeAddress(m, "treasury", s.treasury);
        vm.serializeString(m, "contracts", contracts);
        string memory json = vm.serializeString(m, "eip712", eip712);

        // a fresh clone has no deployments folder: its devnet manifests are not committed
        string memory dir = string.concat(vm.projectRoot(), "/deploy/deployments");
        vm.createDir(dir, true);
        vm.writeJson(json, string.concat(dir, "/", vm.toString(block.chainid), ".json"));
    }

    function _domain(string memory name, address verifyingContract) private returns (string memory) {
        string memory k = string.concat("domain.", name);
        vm.serializeString(k, "name", name);
        vm.serializeString(k, "version", "1");
        vm.serializeUint(k, "chainId", block.chainid);
        return vm.serializeAddress(k, "verifyingContract", verifyingContract);
    }
}
