package devnet

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/bindings/creditregistry"
	"sharechain/bindings/pledgeescrow"
)

// The deployed defaults, copied from deploy/Defaults.sol (INTERFACE.md §3). Keep the two
// files in step: TestDeploy_Defaults reads the deployed values back and compares them
// with Defaults.sol's numbers.
const (
	// DevnetChainID is the chain id on which Deploy.s.sol also deploys tUSD (DEVNET_CHAIN_ID).
	DevnetChainID = 31_337

	// PlatformFeeBps is the escrow's platform fee (PLATFORM_FEE_BPS).
	PlatformFeeBps uint16 = 250
	// GracePeriod is the time after a rental's end during which it may still be returned,
	// in seconds (GRACE_PERIOD).
	GracePeriod uint64 = 86_400
	// LateFeeBps is the late fee rate applied to the hourly price (LATE_FEE_BPS).
	LateFeeBps uint16 = 20_000
	// InspectionPeriod is how long a returned rental's deposit is held, in seconds.
	InspectionPeriod uint64 = 7200
	// MinRentalSeconds is the least time any rental is charged for, in seconds.
	MinRentalSeconds uint64 = 3600
	// MaxAdvance is how far ahead a booking may start, in seconds.
	MaxAdvance uint64 = 90 * 24 * 3600
	// NewcomerScore is the score of an account with nothing recorded.
	NewcomerScore uint16 = 500
	// PairCooldown is the time between two score-moving positive outcomes of one pair.
	PairCooldown uint64 = 30 * 24 * 3600

	// Quorum is the number of arbiter votes that makes a dispute executable (QUORUM).
	Quorum uint16 = 3
	// VotingPeriod is how long a dispute stays open for votes, in seconds (VOTING_PERIOD).
	VotingPeriod uint64 = 7 * 24 * 3600
)

// shr is one SHR (18 decimals) in base units times n.
func shr(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

// SHRCap is the RewardToken supply cap, 10⁹ SHR (SHR_CAP).
func SHRCap() *big.Int { return shr(1_000_000_000) }

// DevnetSHRSupply is the SHR minted to the deployer for pledges, 10⁶ SHR (DEVNET_SHR_SUPPLY).
func DevnetSHRSupply() *big.Int { return shr(1_000_000) }

// EpochRewardCap is the most SHR minted as rewards per 7-day epoch, 100 000 SHR.
func EpochRewardCap() *big.Int { return shr(100_000) }

// TUSDRewardRate is tUSD's reward rate on the devnet: SHR wei minted to each side per
// base unit of the treasury's fee, 10¹⁴ (100 SHR per tUSD of fee).
func TUSDRewardRate() *big.Int { return big.NewInt(100_000_000_000_000) }

// BasePledge is the pledge of a listing before the tier multiplier, 100 SHR (BASE_PLEDGE).
func BasePledge() *big.Int { return shr(100) }

// DefaultTiers returns the four credit tiers of Defaults.tiers(), tier 0 first.
func DefaultTiers() [4]creditregistry.ICreditRegistryTier {
	return [4]creditregistry.ICreditRegistryTier{
		{MinScore: 0, MaxActiveRentals: 0, DepositBps: 20_000, PledgeBps: 20_000},
		{MinScore: 300, MaxActiveRentals: 2, DepositBps: 15_000, PledgeBps: 15_000},
		{MinScore: 600, MaxActiveRentals: 3, DepositBps: 10_000, PledgeBps: 10_000},
		{MinScore: 800, MaxActiveRentals: 10, DepositBps: 7500, PledgeBps: 7500},
	}
}

// DefaultDeltas returns the score deltas of outcomes 0–9 of Defaults.deltas(); 7
// (Baseline) is not recordable and stays 0.
func DefaultDeltas() [10]int16 {
	return [10]int16{10, -20, -250, -50, 10, -50, 5, 0, -100, -30}
}

// DefaultParams returns the escrow parameters of Defaults.params(treasury).
func DefaultParams(treasury common.Address) pledgeescrow.IPledgeEscrowParams {
	return pledgeescrow.IPledgeEscrowParams{
		PlatformFeeBps:   PlatformFeeBps,
		GracePeriod:      GracePeriod,
		LateFeeBps:       LateFeeBps,
		InspectionPeriod: InspectionPeriod,
		MinRentalSeconds: MinRentalSeconds,
		MaxAdvance:       MaxAdvance,
		BasePledge:       BasePledge(),
		EpochRewardCap:   EpochRewardCap(),
		Treasury:         treasury,
	}
}
