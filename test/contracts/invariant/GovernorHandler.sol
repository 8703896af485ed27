// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BaseHandler, Suite} from "./BaseHandler.sol";

/// @notice The outside authorities' surface: the governor (blacklist), the pauser (pause and
/// unpause the escrow), the verifier (verify for a short or long time, so verifications lapse,
/// and revoke), and the hostile token's issuer (block and unblock accounts, so that pushes to
/// them fail and become credits). At most two actors are blacklisted and at most two accounts
/// blocked at once, so that most listings and rentals stay possible.
contract GovernorHandler is BaseHandler {
    address internal immutable governor;
    address internal immutable pauser;
    address internal immutable verifier;

    constructor(
        Suite memory s,
        address[] memory actors_,
        address treasury_,
        address governor_,
        address pauser_,
        address verifier_
    ) BaseHandler(s, actors_, treasury_) {
        governor = governor_;
        pauser = pauser_;
        verifier = verifier_;
        _actions.push(this.blacklist.selector);
        _actions.push(this.unblacklist.selector);
        _actions.push(this.pause.selector);
        _actions.push(this.unpause.selector);
        _actions.push(this.verify.selector);
        _actions.push(this.revokeVerification.selector);
        _actions.push(this.blockInToken.selector);
        _actions.push(this.unblockInToken.selector);
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

    /// @notice The pauser stops new listings and rentals (one call in four, so that the
    /// escrow is paused a minority of the time).
    function pause(uint256 seed) external counted {
        if (escrow.paused() || seed % 4 != 0) return;
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

    /// @notice The verifier (re-)verifies an asset for 1 hour to 20 days: short ones lapse as
    /// time passes.
    function verify(uint256 assetSeed, uint256 validitySeed) external counted {
        uint256 tokenId = assetSeed % registry.totalAssets() + 1;
        uint64 validUntil = uint64(block.timestamp + _bound(validitySeed, 1 hours, 20 days));
        vm.prank(verifier);
        registry.verify(tokenId, validUntil);
        _done(this.verify.selector);
    }

    /// @notice The verifier revokes the verification of a verified asset (rented or not).
    function revokeVerification(uint256 assetSeed, bytes32 reasonHash) external counted {
        uint256 n = registry.totalAssets();
        for (uint256 i = 0; i < n; ++i) {
            uint256 tokenId = (assetSeed % n + i) % n + 1;
            if (!registry.assetOf(tokenId).verified) continue;
            vm.prank(verifier);
            registry.revokeVerification(tokenId, reasonHash);
            _done(this.revokeVerification.selector);
            return;
        }
    }

    /// @notice The hostile token's issuer blocks an actor or the treasury (while fewer than two
    /// are blocked): the escrow's pushes to it now revert.
    function blockInToken(uint256 accountSeed) external counted {
        address[] memory all = _accounts();
        uint256 blocked;
        for (uint256 i = 0; i < all.length; ++i) {
            if (bad.blocked(all[i])) ++blocked;
        }
        if (blocked >= 2) return;
        address account = all[accountSeed % all.length];
        if (bad.blocked(account)) return;
        bad.setBlocked(account, true);
        _done(this.blockInToken.selector);
    }

    /// @notice The hostile token's issuer unblocks an account.
    function unblockInToken(uint256 accountSeed) external counted {
        address[] memory all = _accounts();
        for (uint256 i = 0; i < all.length; ++i) {
            address account = all[(accountSeed % all.length + i) % all.length];
            if (!bad.blocked(account)) continue;
            bad.setBlocked(account, false);
            _done(this.unblockInToken.selector);
            return;
        }
    }

    // ---------------------------------------------------------------- helpers

    function _blacklistedCount() internal view returns (uint256 count) {
        for (uint256 i = 0; i < actors.length; ++i) {
            if (credit.isBlacklisted(actors[i])) ++count;
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
