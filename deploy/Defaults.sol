// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ICreditRegistry} from "../contracts/interfaces/ICreditRegistry.sol";
import {IPledgeEscrow} from "../contracts/interfaces/IPledgeEscrow.sol";

/// @title The deployed defaults of INTERFACE.md §3
/// @notice One place for the values the deploy script and the test fixtures share.
library Defaults {
    uint256 internal constant SHR_CAP = 1_000_000_000 ether;
    uint256 internal constant DEVNET_SHR_SUPPLY = 1_000_000 ether;
    uint256 internal constant DEVNET_CHAIN_ID = 31_337;

    uint16 internal constant PLATFORM_FEE_BPS = 250;
    uint64 internal constant GRACE_PERIOD = 86_400;
    uint16 internal constant LATE_FEE_BPS = 20_000;
    uint64 internal constant INSPECTION_PERIOD = 7200;
    uint64 internal constant MIN_RENTAL_SECONDS = 3600;
    uint64 internal constant MAX_ADVANCE = 90 days;
    uint256 internal constant BASE_PLEDGE = 100 ether;
    uint256 internal constant EPOCH_REWARD_CAP = 100_000 ether;
    /// @notice tUSD's reward rate on a devnet: 10^14 SHR wei per base unit of fee (100 SHR per tUSD).
    uint256 internal constant DEVNET_REWARD_RATE = 1e14;

    uint16 internal constant QUORUM = 3;
    uint64 internal constant VOTING_PERIOD = 7 days;

    /// @notice Tiers 0–3: score from, rental limit, deposit and pledge multipliers.
    function tiers() internal pure returns (ICreditRegistry.Tier[4] memory t) {
        t[0] = ICreditRegistry.Tier({minScore: 0, maxActiveRentals: 0, depositBps: 20_000, pledgeBps: 20_000});
        t[1] = ICreditRegistry.Tier({minScore: 300, maxActiveRentals: 2, depositBps: 15_000, pledgeBps: 15_000});
        t[2] = ICreditRegistry.Tier({minScore: 600, maxActiveRentals: 3, depositBps: 10_000, pledgeBps: 10_000});
        t[3] = ICreditRegistry.Tier({minScore: 800, maxActiveRentals: 10, depositBps: 7500, pledgeBps: 7500});
    }

    /// @notice Score deltas of outcomes 0–9; 7 (Baseline) is not recordable and stays 0.
    function deltas() internal pure returns (int16[10] memory d) {
        d = [int16(10), -20, -250, -50, 10, -50, 5, 0, -100, -30];
    }

    /// @notice The escrow parameters, with `treasury` receiving platform fees.
    function params(address treasury) internal pure returns (IPledgeEscrow.Params memory) {
        return IPledgeEscrow.Params({
            platformFeeBps: PLATFORM_FEE_BPS,
            gracePeriod: GRACE_PERIOD,
            lateFeeBps: LATE_FEE_BPS,
            inspectionPeriod: INSPECTION_PERIOD,
            minRentalSeconds: MIN_RENTAL_SECONDS,
            maxAdvance: MAX_ADVANCE,
            basePledge: BASE_PLEDGE,
            epochRewardCap: EPOCH_REWARD_CAP,
            treasury: treasury
        });
    }

    /// @notice The reward rate of each of `count` initial payment tokens: DEVNET_REWARD_RATE on a
    /// devnet (its one token is tUSD), else 0 (governors set rates per token afterwards).
    function rewardRates(uint256 count, bool devnet) internal pure returns (uint256[] memory rates) {
        rates = new uint256[](count);
        if (!devnet) return rates;
        for (uint256 i = 0; i < count; ++i) {
            rates[i] = DEVNET_REWARD_RATE;
        }
    }
}
