// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {CreditRegistry} from "../../contracts/CreditRegistry.sol";
import {ICreditRegistry} from "../../contracts/interfaces/ICreditRegistry.sol";
import {Defaults} from "../../deploy/Defaults.sol";
import {RegBase} from "./utils/RegBase.sol";

/// @notice CreditRegistry: attestBaseline, the oracle-signed starting score of a newcomer.
contract CreditRegistryBaselineTest is RegBase {
    address internal alice = makeAddr("alice");
    uint256 internal deadline;

    function setUp() public override {
        super.setUp();
        deadline = block.timestamp + 1 hours;
    }

    function _sig(uint256 key, address account, uint16 score, uint256 dl) internal view returns (bytes memory) {
        return _sign(key, _baselineDigest(account, score, dl));
    }

    function test_AttestBaseline() public {
        bytes memory sig = _sig(oracleKey, alice, 850, deadline);
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 500, 850, 7);
        vm.prank(relayer);
        credit.attestBaseline(alice, 850, deadline, sig);
        assertEq(credit.scoreOf(alice), 850);
        assertEq(credit.tierOf(alice), 3);
    }

    function test_AttestBaselineMatchesFixtureSigner() public {
        bytes memory sig = _signBaseline(oracleKey, alice, 450, deadline);
        assertEq(keccak256(sig), keccak256(_sig(oracleKey, alice, 450, deadline)));
        credit.attestBaseline(alice, 450, deadline, sig);
        assertEq(credit.scoreOf(alice), 450);
    }

    function test_AttestBaselineBySubject() public {
        bytes memory sig = _sig(oracleKey, alice, 320, deadline);
        vm.prank(alice);
        credit.attestBaseline(alice, 320, deadline, sig);
        assertEq(credit.scoreOf(alice), 320);
        assertEq(credit.tierOf(alice), 1);
    }

    function test_AttestBaselineZeroAndMax() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 500, 0, 7);
        credit.attestBaseline(alice, 0, deadline, _sig(oracleKey, alice, 0, deadline));
        assertEq(credit.scoreOf(alice), 0);
        assertEq(credit.tierOf(alice), 0);

        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(renter, 500, 1000, 7);
        credit.attestBaseline(renter, 1000, deadline, _sig(oracleKey, renter, 1000, deadline));
        assertEq(credit.scoreOf(renter), 1000);
    }

    function test_AttestBaselineOfNewcomerScoreStillCounts() public {
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 500, 500, 7);
        credit.attestBaseline(alice, 500, deadline, _sig(oracleKey, alice, 500, deadline));
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BaselineNotAllowed.selector, alice));
        credit.attestBaseline(alice, 900, deadline, _sig(oracleKey, alice, 900, deadline));
    }

    function test_AttestBaselineAtDeadline() public {
        bytes memory sig = _sig(oracleKey, alice, 700, deadline);
        vm.warp(deadline);
        credit.attestBaseline(alice, 700, deadline, sig);
        assertEq(credit.scoreOf(alice), 700);
    }

    function test_OutcomesMoveFromBaseline() public {
        credit.attestBaseline(alice, 100, deadline, _sig(oracleKey, alice, 100, deadline));
        vm.expectEmit(true, true, true, true, address(credit));
        emit ICreditRegistry.ScoreChanged(alice, 100, 110, 0);
        _record(alice, 0);
    }

    function test_RevertWhen_BaselineAfterOutcome() public {
        _record(alice, 0);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BaselineNotAllowed.selector, alice));
        credit.attestBaseline(alice, 900, deadline, _sig(oracleKey, alice, 900, deadline));
        assertEq(credit.scoreOf(alice), 510);
    }

    function test_RevertWhen_BaselineAfterZeroDeltaOutcome() public {
        vm.prank(governor);
        credit.setOutcomeDelta(0, 0);
        _record(alice, 0);
        assertEq(credit.scoreOf(alice), 500);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BaselineNotAllowed.selector, alice));
        credit.attestBaseline(alice, 900, deadline, _sig(oracleKey, alice, 900, deadline));
    }

    function test_RevertWhen_SecondBaseline() public {
        credit.attestBaseline(alice, 700, deadline, _sig(oracleKey, alice, 700, deadline));
        bytes memory second = _sig(oracleKey, alice, 950, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.BaselineNotAllowed.selector, alice));
        credit.attestBaseline(alice, 950, deadline, second);
        assertEq(credit.scoreOf(alice), 700);
    }

    function test_RevertWhen_BaselineReplayed() public {
        bytes memory sig = _sig(oracleKey, alice, 700, deadline);
        credit.attestBaseline(alice, 700, deadline, sig);
        bytes32 digest = _baselineDigest(alice, 700, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditSignatureUsed.selector, digest));
        vm.prank(relayer);
        credit.attestBaseline(alice, 700, deadline, sig);
    }

    function test_RevertWhen_BaselineMalleableTwinReplayed() public {
        bytes memory sig = _sig(oracleKey, alice, 700, deadline);
        credit.attestBaseline(alice, 700, deadline, sig);
        bytes32 digest = _baselineDigest(alice, 700, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditSignatureUsed.selector, digest));
        credit.attestBaseline(alice, 700, deadline, _highS(sig));
    }

    function test_RevertWhen_BaselineExpired() public {
        bytes memory sig = _sig(oracleKey, alice, 700, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditSignatureExpired.selector, deadline));
        credit.attestBaseline(alice, 700, deadline, sig);
        assertEq(credit.scoreOf(alice), 500);
    }

    function test_RevertWhen_BaselineSignedByNonOracle() public {
        bytes memory sig = _sig(strangerKey, alice, 900, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, stranger));
        credit.attestBaseline(alice, 900, deadline, sig);
    }

    function test_RevertWhen_BaselineSignedBySubject() public {
        (address self, uint256 selfKey) = makeAddrAndKey("self");
        bytes memory sig = _sig(selfKey, self, 1000, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, self));
        vm.prank(self);
        credit.attestBaseline(self, 1000, deadline, sig);
    }

    function test_RevertWhen_BaselineOracleLostRole() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        bytes32 role = credit.CREDIT_ORACLE_ROLE();
        vm.prank(admin);
        credit.revokeRole(role, oracle);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, oracle));
        credit.attestBaseline(alice, 900, deadline, sig);
    }

    function test_RevertWhen_BaselineScoreAbove1000() public {
        bytes memory sig = _sig(oracleKey, alice, 1001, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditScoreOutOfRange.selector, 1001));
        credit.attestBaseline(alice, 1001, deadline, sig);

        uint16 most = type(uint16).max;
        sig = _sig(oracleKey, alice, most, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditScoreOutOfRange.selector, most));
        credit.attestBaseline(alice, most, deadline, sig);
    }

    function test_RevertWhen_BaselineForAnotherAccount() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        address recovered = _recover(_baselineDigest(stranger, 900, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, recovered));
        vm.prank(stranger);
        credit.attestBaseline(stranger, 900, deadline, sig);
        assertEq(credit.scoreOf(stranger), 500);
        // the signature still works for the account it names.
        credit.attestBaseline(alice, 900, deadline, sig);
        assertEq(credit.scoreOf(alice), 900);
    }

    function test_RevertWhen_BaselineOtherScore() public {
        bytes memory sig = _sig(oracleKey, alice, 400, deadline);
        address recovered = _recover(_baselineDigest(alice, 900, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, recovered));
        credit.attestBaseline(alice, 900, deadline, sig);
    }

    function test_RevertWhen_BaselineOtherDeadline() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        uint256 later = deadline + 30 days;
        address recovered = _recover(_baselineDigest(alice, 900, later), sig);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, recovered));
        credit.attestBaseline(alice, 900, later, sig);
    }

    function test_RevertWhen_BaselineForAnotherChain() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        uint256 home = block.chainid;
        vm.chainId(8453);
        address recovered = _recover(_baselineDigest(alice, 900, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, recovered));
        credit.attestBaseline(alice, 900, deadline, sig);
        vm.chainId(home);
        credit.attestBaseline(alice, 900, deadline, sig);
        assertEq(credit.scoreOf(alice), 900);
    }

    function test_RevertWhen_BaselineForAnotherRegistry() public {
        CreditRegistry other = new CreditRegistry(admin, Defaults.tiers(), Defaults.deltas());
        bytes memory sig = _sign(oracleKey, _baselineDigest(address(other), block.chainid, alice, 900, deadline));
        address recovered = _recover(_baselineDigest(alice, 900, deadline), sig);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, recovered));
        credit.attestBaseline(alice, 900, deadline, sig);
    }

    function test_RevertWhen_BaselineHighS() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        bytes memory twin = _highS(sig);
        assertEq(_recover(_baselineDigest(alice, 900, deadline), twin), oracle);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, address(0)));
        credit.attestBaseline(alice, 900, deadline, twin);
        credit.attestBaseline(alice, 900, deadline, sig);
        assertEq(credit.scoreOf(alice), 900);
    }

    function test_RevertWhen_BaselineBadLength() public {
        bytes memory sig = _sig(oracleKey, alice, 900, deadline);
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, address(0)));
        credit.attestBaseline(alice, 900, deadline, _compact(sig));
        vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditInvalidSigner.selector, address(0)));
        credit.attestBaseline(alice, 900, deadline, "");
    }

    function testFuzz_AttestBaseline(uint16 score, uint256 dl, uint256 submitAt) public {
        uint256 t0 = block.timestamp;
        score = uint16(bound(score, 0, 1100));
        dl = bound(dl, t0, t0 + 30 days);
        submitAt = bound(submitAt, t0, t0 + 40 days);
        bytes memory sig = _sig(oracleKey, alice, score, dl);
        vm.warp(submitAt);
        bool ok = submitAt <= dl && score <= 1000;
        if (submitAt > dl) {
            vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditSignatureExpired.selector, dl));
        } else if (score > 1000) {
            vm.expectRevert(abi.encodeWithSelector(ICreditRegistry.CreditScoreOutOfRange.selector, score));
        } else {
            vm.expectEmit(true, true, true, true, address(credit));
            emit ICreditRegistry.ScoreChanged(alice, 500, score, 7);
        }
        credit.attestBaseline(alice, score, dl, sig);
        assertEq(credit.scoreOf(alice), ok ? score : 500);
        assertEq(credit.tierOf(alice), _defaultTier(ok ? score : 500));
    }
}
