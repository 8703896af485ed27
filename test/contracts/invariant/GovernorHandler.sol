// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ICreditRegistry} from "../../../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";
import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The outside authorities' surface: the governor (blacklist, parameters, tiers and
/// deltas, payment tokens and reward rates, platforms, the panel, the pair cooldown), the pauser,
/// the verifier (verify for a short or long time, so verifications lapse, and revoke), and the
/// issuers of the hostile tokens (block and unblock, pause and unpause, freeze and unfreeze,
/// and an account's gas-burning hook on and off), so that pushes fail and become credits.
/// At most two actors are blacklisted and at most two accounts blocked or frozen at once, so
/// that most listings and rentals stay possible. Out-of-bounds parameters are tried too and
/// must be refused.
contract GovernorHandler is BaseHandler {
    /// @notice Governance calls outside the bounds that got through (must stay 0).
    uint256 public ghost_boundsBypasses;

    address internal immutable governor;
    address internal immutable pauser;
    address internal immutable verifier;

    constructor(
        Suite memory s,
        address[] memory actors_,
        address[] memory accounts_,
        address governor_,
        address pauser_,
        address verifier_
    ) BaseHandler(s, actors_, accounts_) {
        governor = governor_;
        pauser = pauser_;
        verifier = verifier_;
        _addAction(this.blacklist.selector, "blacklist");
        _addAction(this.unblacklist.selector, "unblacklist");
        _addAction(this.pause.selector, "pause");
        _addAction(this.unpause.selector, "unpause");
        _addAction(this.verify.selector, "verify");
        _addAction(this.revokeVerification.selector, "revokeVerification");
        _addAction(this.setParams.selector, "setParams");
        _addAction(this.setTier.selector, "setTier");
        _addAction(this.setOutcomeDelta.selector, "setOutcomeDelta");
        _addAction(this.setPaymentToken.selector, "setPaymentToken");
        _addAction(this.setRewardRate.selector, "setRewardRate");
        _addAction(this.setPlatform.selector, "setPlatform");
        _addAction(this.setPanel.selector, "setPanel");
        _addAction(this.setPairCooldown.selector, "setPairCooldown");
        _addAction(this.blockInToken.selector, "blockInToken");
        _addAction(this.unblockInToken.selector, "unblockInToken");
        _addAction(this.pauseToken.selector, "pauseToken");
        _addAction(this.unpauseToken.selector, "unpauseToken");
        _addAction(this.freezeInToken.selector, "freezeInToken");
        _addAction(this.unfreezeInToken.selector, "unfreezeInToken");
        _addAction(this.hookOn.selector, "hookOn");
        _addAction(this.hookOff.selector, "hookOff");
        _addAction(this.attackParamsOutOfBounds.selector, "attackParamsOutOfBounds");
        _probes.push("setParams refused: bounds");
    }

    function handlerName() external pure override returns (string memory) {
        return "GovernorHandler";
    }

    /// @notice The governor blacklists an actor (while fewer than two are).
    function blacklist(uint256 actorSeed, bytes32 reasonHash) external counted {
        if (_blacklistedCount() >= 2) return;
        address account = _firstWhere(actorSeed, false);
        if (account == address(0)) return;
        vm.prank(governor);
        credit.blacklist(account, reasonHash);
        _done(this.blacklist.selector);
    }

    /// @notice The governor takes an actor off the blacklist.
    function unblacklist(uint256 actorSeed) external counted {
        address account = _firstWhere(actorSeed, true);
        if (account == address(0)) return;
        vm.prank(governor);
        credit.unblacklist(account);
        _done(this.unblacklist.selector);
    }

    /// @dev Calls of {pause} and {pauseToken}: each acts on one call in four (three), counted
    /// rather than drawn, so the coverage sweep reaches it within a few tries.
    uint256 internal pauseCalls;
    uint256 internal pauseTokenCalls;

    /// @notice The pauser stops new listings and rentals (one call in four).
    function pause(uint256) external counted {
        if (escrow.paused() || pauseCalls++ % 4 != 0) return;
        vm.prank(pauser);
        escrow.pause();
        _done(this.pause.selector);
    }

    /// @notice The pauser resumes listings and rentals.
    function unpause() external counted {
        if (!escrow.paused()) return;
        vm.prank(pauser);
        escrow.unpause();
        _done(this.unpause.selector);
    }

    /// @notice The verifier (re-)verifies an asset for 1 hour to 20 days: short ones lapse.
    function verify(uint256 assetSeed, uint256 validitySeed) external counted {
        uint256 tokenId = assetSeed % registry.totalAssets() + 1;
        vm.prank(verifier);
        registry.verify(tokenId, uint64(block.timestamp + _bound(validitySeed, 1 hours, 20 days)));
        _done(this.verify.selector);
    }

    /// @notice The verifier revokes the verification of a verified asset (rented or not).
    function revokeVerification(uint256 assetSeed, bytes32 reasonHash) external counted {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (assetSeed % n + i) % n + 1;
            if (!registry.isVerified(tokenId)) continue;
            vm.prank(verifier);
            registry.revokeVerification(tokenId, reasonHash);
            _done(this.revokeVerification.selector);
            return;
        }
    }

    /// @notice The governor sets new parameters within the bounds (kept short: grace ≤ 2 days,
    /// inspection ≤ 1 day, a small epoch reward cap so that it binds); one call in eight tries a
    /// value beyond the bounds, which must be refused.
    function setParams(uint256 seed, uint256 capSeed) external counted {
        IPledgeEscrow.Params memory p;
        p.platformFeeBps = uint16(_bound(seed, 0, 1000));
        p.gracePeriod = uint64(_bound(_mix(seed, 1), 0, 2 days));
        p.lateFeeBps = uint16(_bound(_mix(seed, 2), 0, 50_000));
        p.inspectionPeriod = uint64(_bound(_mix(seed, 3), 0, 1 days));
        p.minRentalSeconds = uint64(_bound(_mix(seed, 4), 0, 2 hours));
        p.maxAdvance = uint64(_bound(_mix(seed, 5), 1 days, 10 days));
        p.basePledge = _bound(_mix(seed, 6), 0, 200 ether);
        p.epochRewardCap = _bound(capSeed, 0, 500 ether);
        p.treasury = accounts[actors.length + (seed % 2)];
        bool outOfBounds = capSeed % 8 == 0;
        if (outOfBounds) {
            uint256 which = seed % 6;
            if (which == 0) p.platformFeeBps = 1001;
            else if (which == 1) p.gracePeriod = uint64(_bound(_mix(seed, 7), 30 days + 1, type(uint64).max));
            else if (which == 2) p.inspectionPeriod = 7 days + 1;
            else if (which == 3) p.minRentalSeconds = 1 days + 1;
            else if (which == 4) p.maxAdvance = 0;
            else p.treasury = address(0);
        }
        vm.prank(governor);
        try escrow.setParams(p) {
            if (outOfBounds) ++ghost_boundsBypasses;
            _done(this.setParams.selector);
        } catch {
            if (outOfBounds) _probe("setParams refused: bounds");
            else ++ghost_modelMisses;
        }
    }

    /// @notice Attack: the governor sets one parameter beyond its bound (the v1 finding: an
    /// unbounded grace period bricked every rental). Must be refused.
    function attackParamsOutOfBounds(uint256 seed) external counted {
        IPledgeEscrow.Params memory p = escrow.getParams();
        uint256 which = seed % 6;
        if (which == 0) p.platformFeeBps = uint16(_bound(seed, 1001, type(uint16).max));
        else if (which == 1) p.gracePeriod = uint64(_bound(seed, 30 days + 1, type(uint64).max));
        else if (which == 2) p.inspectionPeriod = uint64(_bound(seed, 7 days + 1, type(uint64).max));
        else if (which == 3) p.minRentalSeconds = uint64(_bound(seed, 1 days + 1, type(uint64).max));
        else if (which == 4) p.maxAdvance = seed % 2 == 0 ? 0 : uint64(_bound(seed, 365 days + 1, type(uint64).max));
        else p.lateFeeBps = uint16(_bound(seed, 50_001, type(uint16).max));
        vm.prank(governor);
        try escrow.setParams(p) {
            ++ghost_boundsBypasses;
        } catch {}
        _done(this.attackParamsOutOfBounds.selector);
    }

    /// @notice The governor changes a tier's terms (its minimum score kept, so the tiers stay ordered).
    function setTier(uint256 tierSeed, uint256 maxSeed, uint256 depositSeed, uint256 pledgeSeed) external counted {
        uint8 tier = uint8(tierSeed % 4);
        uint16 minScore = credit.getTier(tier).minScore;
        vm.prank(governor);
        credit.setTier(
            tier,
            minScore,
            uint16(_bound(maxSeed, tier == 0 ? 0 : 1, 5)),
            uint16(_bound(depositSeed, 5000, 20_000)),
            uint16(_bound(pledgeSeed, 5000, 20_000))
        );
        _done(this.setTier.selector);
    }

    /// @notice The governor changes an outcome's score delta (-300..300).
    function setOutcomeDelta(uint256 outcomeSeed, uint256 deltaSeed) external counted {
        uint8 outcome = uint8(outcomeSeed % 9);
        if (outcome >= 7) ++outcome; // 7 (Baseline) is not recordable
        vm.prank(governor);
        credit.setOutcomeDelta(outcome, int16(int256(_bound(deltaSeed, 0, 600)) - 300));
        _done(this.setOutcomeDelta.selector);
    }

    /// @notice The governor takes a payment token off the allowlist (one call in three) or back on.
    function setPaymentToken(uint256 tokenSeed, uint256 allowSeed) external counted {
        address token = _tokens()[tokenSeed % 5];
        vm.prank(governor);
        escrow.setPaymentToken(token, allowSeed % 3 != 0);
        _done(this.setPaymentToken.selector);
    }

    /// @notice The governor sets a token's reward rate (0 to 10^15 SHR wei per fee unit).
    function setRewardRate(uint256 tokenSeed, uint256 rateSeed) external counted {
        address token = _tokens()[tokenSeed % 5];
        vm.prank(governor);
        escrow.setRewardRate(token, _bound(rateSeed, 0, 1e15));
        _done(this.setRewardRate.selector);
    }

    /// @notice The governor registers platform A or B with a share, or unregisters it (0).
    function setPlatform(uint256 platformSeed, uint256 shareSeed) external counted {
        address platform = accounts[accounts.length - 3 + platformSeed % 2];
        uint16 share = shareSeed % 4 == 0 ? 0 : uint16(_bound(shareSeed, 1, 10_000));
        vm.prank(governor);
        escrow.setPlatform(platform, share);
        _done(this.setPlatform.selector);
    }

    /// @notice The governor sets the panel's quorum (1-3 of the three arbiters) and voting period.
    function setPanel(uint256 quorumSeed, uint256 periodSeed) external counted {
        vm.prank(governor);
        arbitration.setPanel(uint16(_bound(quorumSeed, 1, 3)), uint64(_bound(periodSeed, 1 hours, 7 days)));
        _done(this.setPanel.selector);
    }

    /// @notice The governor sets the pair cooldown (0 to 60 days).
    function setPairCooldown(uint256 seed) external counted {
        vm.prank(governor);
        credit.setPairCooldown(uint64(_bound(seed, 0, 60 days)));
        _done(this.setPairCooldown.selector);
    }

    /// @notice The blocklisting token's issuer blocks an account (while fewer than two are).
    function blockInToken(uint256 accountSeed) external counted {
        if (_count(true) >= 2) return;
        address account = accounts[accountSeed % accounts.length];
        if (blt.blocked(account)) return;
        blt.setBlocked(account, true);
        _done(this.blockInToken.selector);
    }

    /// @notice The blocklisting token's issuer unblocks an account.
    function unblockInToken(uint256 accountSeed) external counted {
        for (uint256 i = 0; i < accounts.length; ++i) {
            address account = accounts[(accountSeed % accounts.length + i) % accounts.length];
            if (!blt.blocked(account)) continue;
            blt.setBlocked(account, false);
            _done(this.unblockInToken.selector);
            return;
        }
    }

    /// @notice The pausable token's issuer pauses it (one call in three).
    function pauseToken(uint256) external counted {
        if (pzd.paused() || pauseTokenCalls++ % 3 != 0) return;
        pzd.setPaused(true);
        _done(this.pauseToken.selector);
    }

    /// @notice The pausable token's issuer resumes it.
    function unpauseToken() external counted {
        if (!pzd.paused()) return;
        pzd.setPaused(false);
        _done(this.unpauseToken.selector);
    }

    /// @notice The no-return token's issuer freezes an account (while fewer than two are).
    function freezeInToken(uint256 accountSeed) external counted {
        if (_count(false) >= 2) return;
        address account = accounts[accountSeed % accounts.length];
        if (nrt.frozen(account)) return;
        nrt.setFrozen(account, true);
        _done(this.freezeInToken.selector);
    }

    /// @notice The no-return token's issuer unfreezes an account.
    function unfreezeInToken(uint256 accountSeed) external counted {
        for (uint256 i = 0; i < accounts.length; ++i) {
            address account = accounts[(accountSeed % accounts.length + i) % accounts.length];
            if (!nrt.frozen(account)) continue;
            nrt.setFrozen(account, false);
            _done(this.unfreezeInToken.selector);
            return;
        }
    }

    /// @notice An account points its hook-token hook at a receiver that burns all gas: every
    /// push to it now fails after the 150 000-gas cap.
    function hookOn(uint256 accountSeed) external counted {
        address account = accounts[accountSeed % accounts.length];
        if (hkt.hookOf(account) != address(0)) return;
        vm.prank(account);
        hkt.setHook(gasBurner);
        _done(this.hookOn.selector);
    }

    /// @notice An account takes its gas-burning hook off.
    function hookOff(uint256 accountSeed) external counted {
        for (uint256 i = 0; i < accounts.length; ++i) {
            address account = accounts[(accountSeed % accounts.length + i) % accounts.length];
            if (hkt.hookOf(account) == address(0)) continue;
            vm.prank(account);
            hkt.setHook(address(0));
            _done(this.hookOff.selector);
            return;
        }
    }

    /// @notice Not fuzzed: lifts every block, pause, freeze and hook, unpauses the escrow,
    /// re-allows every token, registers both platforms, unblacklists every actor and verifies
    /// every asset for 20 days, so that the coverage sweep of the invariant contract starts
    /// from a state where every action is possible.
    function heal() external {
        address[5] memory tokens = _tokens();
        vm.startPrank(governor);
        for (uint256 i = 0; i < 5; ++i) {
            escrow.setPaymentToken(tokens[i], true);
        }
        escrow.setPlatform(accounts[accounts.length - 3], 1000);
        escrow.setPlatform(accounts[accounts.length - 2], 2000);
        for (uint256 i = 0; i < actors.length; ++i) {
            if (credit.isBlacklisted(actors[i])) credit.unblacklist(actors[i]);
        }
        // every tier may hold a few rentals, so a campaign that defaulted everyone still rents.
        for (uint8 tier = 0; tier < 4; ++tier) {
            ICreditRegistry.Tier memory t = credit.getTier(tier);
            credit.setTier(tier, t.minScore, 5, t.depositBps, t.pledgeBps);
        }
        vm.stopPrank();
        if (escrow.paused()) {
            vm.prank(pauser);
            escrow.unpause();
        }
        pzd.setPaused(false);
        for (uint256 i = 0; i < accounts.length; ++i) {
            blt.setBlocked(accounts[i], false);
            nrt.setFrozen(accounts[i], false);
            vm.prank(accounts[i]);
            hkt.setHook(address(0));
        }
        for (uint256 tokenId = 1; tokenId <= registry.totalAssets(); ++tokenId) {
            if (!registry.isVerified(tokenId)) {
                vm.prank(verifier);
                registry.verify(tokenId, uint64(block.timestamp + 20 days));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    function _mix(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _blacklistedCount() internal view returns (uint256 count) {
        for (uint256 i = 0; i < actors.length; ++i) {
            if (credit.isBlacklisted(actors[i])) ++count;
        }
    }

    /// @dev Accounts blocked in the blocklisting token (`blocked`) or frozen in the no-return one.
    function _count(bool blocked) internal view returns (uint256 count) {
        for (uint256 i = 0; i < accounts.length; ++i) {
            if (blocked ? blt.blocked(accounts[i]) : nrt.frozen(accounts[i])) ++count;
        }
    }

    /// @dev The first actor at or after `seed` whose blacklisting is `listed`; zero when none.
    function _firstWhere(uint256 seed, bool listed) internal view returns (address) {
        for (uint256 i = 0; i < actors.length; ++i) {
            address account = actors[(seed % actors.length + i) % actors.length];
            if (credit.isBlacklisted(account) == listed) return account;
        }
        return address(0);
    }
}
