// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The calls of the suite's tokens the pump makes.
interface IPumpedToken {
    function transfer(address to, uint256 value) external returns (bool);
    function approve(address spender, uint256 value) external returns (bool);
}

/// @notice The call of the suite's asset registry the pump makes.
interface IPumpedRegistry {
    function setApprovalForAll(address operator, bool approved) external;
}

/// @notice Makes many logs of the suite's contracts in one transaction for the backfill
/// benchmark (test/bench/backfill): each round is an SHR Transfer, an SHR Approval and an
/// AssetRegistry ApprovalForAll, to one of eight fixed accounts. The rounds rewrite the
/// same few storage slots, so the chain's state stays small however many logs it holds
/// (anvil recomputes the whole state trie on every block it mines). Devnet only: anyone
/// may call it and spend its SHR.
contract EventPump {
    IPumpedToken private immutable _shr;
    IPumpedRegistry private immutable _registry;

    /// @param shr RewardToken; the pump needs 1 wei of it per round.
    /// @param registry AssetRegistry.
    constructor(IPumpedToken shr, IPumpedRegistry registry) {
        _shr = shr;
        _registry = registry;
    }

    /// @notice Runs `rounds` rounds (3 logs each); `seed` varies the values from call to call.
    function pump(uint256 rounds, uint256 seed) external {
        for (uint256 i = 0; i < rounds; ++i) {
            address to = address(uint160(0x5ee0 + (seed + i) % 8));
            _shr.transfer(to, 1);
            _shr.approve(to, seed + i);
            _registry.setApprovalForAll(to, (seed + i) % 2 == 0);
        }
    }
}
