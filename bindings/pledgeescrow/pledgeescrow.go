// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package pledgeescrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IPledgeEscrowListing is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowListing struct {
	TokenId      *big.Int
	Provider     common.Address
	PaymentToken common.Address
	PricePerHour *big.Int
	Deposit      *big.Int
	MinDuration  uint64
	MaxDuration  uint64
	PricePerUnit *big.Int
	Pledge       *big.Int
	PledgeState  uint8
	Open         bool
	Confirmed    bool
}

// IPledgeEscrowParams is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowParams struct {
	PlatformFeeBps  uint16
	GracePeriod     uint64
	LateFeeBps      uint16
	RewardPerRental *big.Int
	BasePledge      *big.Int
	Treasury        common.Address
}

// IPledgeEscrowRental is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowRental struct {
	ListingId    *big.Int
	TokenId      *big.Int
	Renter       common.Address
	Provider     common.Address
	PaymentToken common.Address
	Start        uint64
	End          uint64
	MinDuration  uint64
	Status       uint8
	Confirmed    bool
	DamageBps    uint16
	LastNonce    uint64
	PricePerHour *big.Int
	PricePerUnit *big.Int
	Rent         *big.Int
	Deposit      *big.Int
	Units        *big.Int
	DisputeId    *big.Int
	ParamsId     *big.Int
}

// PledgeEscrowMetaData contains all meta data concerning the PledgeEscrow contract.
var PledgeEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"contractIAssetRegistry\"},{\"name\":\"credit\",\"type\":\"address\",\"internalType\":\"contractICreditRegistry\"},{\"name\":\"shr\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"paymentTokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PLATFORM_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeRentalCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeRentalOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"arbitration\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"basePledge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collectDefault\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"confirmAsset\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delist\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getListing\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Listing\",\"components\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pledgeState\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.PledgeState\"},{\"name\":\"open\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getParams\",\"inputs\":[{\"name\":\"paramsId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Rental\",\"components\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paramsId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gracePeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPaymentToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lateFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"list\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"listingCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"evidenceHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openListingOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"platformFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rent\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentWithPermit\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"permitValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"permitDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentalCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportUsage\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"resolveDispute\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardPerRental\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setArbitration\",\"inputs\":[{\"name\":\"arbitration_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"platformFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPaymentToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateListing\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ArbitrationSet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Delisted\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidenceHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Listed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ListingUpdated\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentCredited\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentTokenSet\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeLocked\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReleased\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReturned\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeSlashed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalDefaulted\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalSettled\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rentCharged\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"usageFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damage\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"lateFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Rented\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rent\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageReported\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"units\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowAlreadyConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowAlreadyListed\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationAlreadySet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowAssetBusy\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowDefaultNotDue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowInvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowInvalidParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowListingNotOpen\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowNotParty\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotProvider\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotRenter\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNothingToWithdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowPaymentTokenNotAllowed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowRentalNotActive\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"}]},{\"type\":\"error\",\"name\":\"EscrowRentalNotEnded\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowTooManyRentals\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"EscrowZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeOnTransfer\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDevice\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidTerms\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyArbitration\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RentalOverdue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SelfRental\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StaleNonce\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "PledgeEscrow",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516158ac3803806158ac83398101604081905261002f916105c6565b6040518060400160405280600c81526020016b506c65646765457363726f7760a01b815250604051806040016040528060018152602001603160f81b81525061007d826101e560201b60201c565b6101205261008a816101e5565b61014052815160208084019190912060e052815190820120610100524660a05261011660e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038516158061013c57506001600160a01b038416155b8061014e57506001600160a01b038316155b1561016c5760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b03808616610160528481166101805283166101a0526101925f8761022b565b5061019c826102d4565b5f5b81518110156101d9576101d18282815181106101bc576101bc6106d2565b6020026020010151600161042060201b60201c565b60010161019e565b50505050505050610765565b5f5f829050601f81511115610218578260405163305a27a960e01b815260040161020f91906106e6565b60405180910390fd5b80516102238261071b565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102cb575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ce565b505f5b92915050565b80516103e861ffff90911611806102f6575060a08101516001600160a01b0316155b156103145760405163fbadcaad60e01b815260040160405180910390fd5b5f60075f815461032390610741565b91829055505f8181526008602090815260409182902085518154878401518886015161ffff9384166001600160501b03199093168317620100006001600160401b039093169283021761ffff60501b19166a0100000000000000000000949091169384021784556060808a0151600186018190556080808c01516002880181905560a0808e0151600390990180546001600160a01b0319166001600160a01b03909a16998a1790558a51968752988601949094529784019490945282019290925293840152908201529091507fae4ff7cf0b5cfbe64204b2b37c83f01bd48bd7019e63b31c64edea0c88d7368d9060c00160405180910390a15050565b6001600160a01b0382166104475760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600e6020908152604091829020805460ff191685151590811790915591519182527fffdce9f9df20da8850cebaa94fe36deeda0706dc51aff3d633615f70cbc3a9d0910160405180910390a25050565b6001600160a01b03811681146104b9575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156104f2576104f26104bc565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610520576105206104bc565b604052919050565b805161ffff81168114610539575f5ffd5b919050565b5f82601f83011261054d575f5ffd5b81516001600160401b03811115610566576105666104bc565b8060051b610576602082016104f8565b91825260208185018101929081019086841115610591575f5ffd5b6020860192505b838310156105bc5782516105ab816104a5565b825260209283019290910190610598565b9695505050505050565b5f5f5f5f5f5f8688036101608112156105dd575f5ffd5b87516105e8816104a5565b60208901519097506105f9816104a5565b604089015190965061060a816104a5565b606089015190955061061b816104a5565b935060c0607f198201121561062e575f5ffd5b506106376104d0565b61064360808901610528565b815260a08801516001600160401b038116811461065e575f5ffd5b602082015261066f60c08901610528565b604082015260e088015160608201526101008801516080820152610120880151610698816104a5565b60a08201526101408801519092506001600160401b038111156106b9575f5ffd5b6106c589828a0161053e565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561073b575f198160200360031b1b821691505b50919050565b5f6001820161075e57634e487b7160e01b5f52601160045260245ffd5b5060010190565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516150456108675f395f8181610fbf01528181611522015281816116630152818161350c015281816135370152613e1e01525f8181610f5b0152818161184d01528181611920015281816120d30152818161271e015281816127ce015281816129ee01528181613015015261323a01525f81816114980152818161199601528181611c34015281816121450152818161263a0152818161287601528181612d3501528181612f6701526130bc01525f613a7201525f613a4201525f61444c01525f61442401525f61437f01525f6143a901525f6143d301526150455ff3fe608060405234801561000f575f5ffd5b506004361061028c575f3560e01c80637f3d7e0011610161578063a06db7dc116100ca578063d4570c1c11610084578063d4570c1c14610785578063d547741f146107bd578063e274ae64146107d0578063e63ab1e9146107e9578063edd0f93614610810578063f3eca9f514610823575f5ffd5b8063a06db7dc146106df578063a21650ff14610717578063a217fddf14610736578063a9b07c261461073d578063bc41a83614610745578063ccc574901461075e575f5ffd5b806395e7ca4c1161011b57806395e7ca4c1461065b578063964bc33f1461068257806397491d6f146106955780639b732350146106a85780639def8223146106b95780639f08a277146106cc575f5ffd5b80637f3d7e00146105de5780638456cb59146105f157806384b0196e146105f95780638d01513c1461061457806391d148541461061d578063930eaddc14610630575f5ffd5b806336568abe1161020357806351cff8d9116101bd57806351cff8d9146105445780635c975abb146105575780635e87fc8a146105625780635f57c16e1461057557806361d027b314610588578063652bd29e146105be575f5ffd5b806336568abe146104ba5780633dbc4ca3146104cd5780633f4ba83a146104f55780633ff6c9a1146104fd578063430884cf146105105780634b749d6e14610523575f5ffd5b806322dcd13e1161025457806322dcd13e14610421578063248a9ca31461044a57806329388f8d1461046c5780632d75dbf1146104815780632ed2d429146104945780632f2ff15d146104a7575f5ffd5b806301ffc9a71461029057806306b532db146102b857806308a4f072146102e55780630a294ab6146103f9578063107a274a14610401575b5f5ffd5b6102a361029e366004614746565b610836565b60405190151581526020015b60405180910390f35b6102d76102c636600461476d565b5f908152600b602052604090205490565b6040519081526020016102af565b61039a6102f336600461476d565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260086020908152604091829020825160c081018452815461ffff80821683526001600160401b036201000083041694830194909452600160501b90049092169282019290925260018201546060820152600282015460808201526003909101546001600160a01b031660a082015290565b60408051825161ffff90811682526020808501516001600160401b031690830152838301511691810191909152606080830151908201526080808301519082015260a0918201516001600160a01b03169181019190915260c0016102af565b6006546102d7565b61041461040f36600461476d565b61086c565b6040516102af91906147ac565b6007545f9081526008602052604090205461ffff165b60405161ffff90911681526020016102af565b6102d761045836600461476d565b5f9081526020819052604090206001015490565b61047f61047a3660046148a7565b6109c0565b005b61047f61048f3660046148e7565b610a69565b6102d76104a2366004614951565b610aeb565b61047f6104b536600461497b565b610b10565b61047f6104c836600461497b565b610b3a565b6102d76104db3660046148a7565b6001600160a01b03165f908152600d602052604090205490565b61047f610b72565b6102d761050b3660046149a9565b610ba7565b61047f61051e366004614a20565b610c5e565b6007545f90815260086020526040902054600160501b900461ffff16610437565b61047f6105523660046148a7565b610c92565b60015460ff166102a3565b61047f61057036600461476d565b610d66565b6102d7610583366004614a4c565b610ffa565b6007545f908152600860205260409020600301546001600160a01b03165b6040516001600160a01b0390911681526020016102af565b6105d16105cc36600461476d565b6110a3565b6040516102af9190614ac2565b61047f6105ec366004614c34565b61128e565b61047f611562565b610601611594565b6040516102af9796959493929190614c85565b6104376103e881565b6102a361062b36600461497b565b6115d6565b6102a361063e3660046148a7565b6001600160a01b03165f908152600e602052604090205460ff1690565b6102d77fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd81565b61047f61069036600461476d565b6115fe565b61047f6106a336600461476d565b611695565b6004546001600160a01b03166105a6565b61047f6106c7366004614d1b565b611a84565b61047f6106da366004614dbc565b611e7f565b6007545f908152600860205260409020546201000090046001600160401b03166040516001600160401b0390911681526020016102af565b6102d761072536600461476d565b5f908152600c602052604090205490565b6102d75f81565b6005546102d7565b6007545f908152600860205260409020600201546102d7565b6102d77f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6102d7610793366004614e12565b6001600160a01b039182165f908152600f6020908152604080832093909416825291909152205490565b61047f6107cb36600461497b565b611f3f565b6007545f908152600860205260409020600101546102d7565b6102d77f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61047f61081e36600461476d565b611f63565b6102d7610831366004614e3e565b61220c565b5f6001600160e01b03198216637965db0b60e01b148061086657506301ffc9a760e01b6001600160e01b03198316145b92915050565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f828152600960209081526040918290208251610180810184528154815260018201546001600160a01b039081169382019390935260028201549092169282019290925260038201546060820152600480830154608083015260058301546001600160401b0380821660a0850152600160401b9091041660c0830152600683015460e08301526007830154610100830152600883015491929161012084019160ff9091169081111561098057610980614784565b600481111561099157610991614784565b81526008919091015460ff61010082048116151560208401526201000090910416151560409091015292915050565b5f6109ca81612428565b6004546001600160a01b03161515806109ea57506001600160a01b038216155b15610a1f576004805460405163069825c760e31b81526001600160a01b03909116918101919091526024015b60405180910390fd5b600480546001600160a01b0319166001600160a01b0384169081179091556040517f35977ac42f38a0aa30672eb98b36002deb289fdc24df6ab2b66c25cb0a086851905f90a25050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610a9381612428565b610ae26040518060c001604052808961ffff168152602001886001600160401b031681526020018761ffff168152602001868152602001858152602001846001600160a01b0316815250612432565b50505050505050565b5f610af461257a565b610afc6125a0565b610b0683836125d5565b9050610866612dce565b5f82815260208190526040902060010154610b2a81612428565b610b348383612df8565b50505050565b6001600160a01b0381163314610b635760405163334bd91960e11b815260040160405180910390fd5b610b6d8282612e87565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610b9c81612428565b610ba4612ef0565b50565b5f610bb061257a565b610bb86125a0565b610c496040518061018001604052808a8152602001336001600160a01b03168152602001896001600160a01b03168152602001888152602001878152602001866001600160401b03168152602001856001600160401b031681526020018481526020015f815260200160016004811115610c3457610c34614784565b8152600160208201525f604090910152612f42565b9050610c53612dce565b979650505050505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610c8881612428565b610b6d838361356c565b610c9a6125a0565b6001600160a01b0381165f908152600f6020908152604080832033845290915281205490819003610cef57604051633f26c87760e21b81526001600160a01b0383166004820152336024820152604401610a16565b6001600160a01b0382165f818152600f602090815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a3610d5d6001600160a01b03831633836135f1565b50610ba4612dce565b610d6e6125a0565b5f818152600a602052604090206001600582810154600160801b900460ff1690811115610d9d57610d9d614784565b14610dd057818160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b60028101546001600160a01b03163314610e065760405163874d0bb560e01b815260048101839052336024820152604401610a16565b6005810154600160881b900460ff1615610e36576040516374efe03760e01b815260048101839052602401610a16565b60058101805460ff60881b1916600160881b179055604051339083907f752ce00c97d7c8607a743e996ce92f67e8e378417ac92304d0e2cf911ced2713905f90a380545f908152600960205260409020600881015462010000900460ff1615610ea0575050610ff2565b60088101805462ff00001916620100001790555f6001600883015460ff166004811115610ecf57610ecf614784565b03610f30575060088101805460ff191660021790556007810154600182015483546040518381526001600160a01b03909216917f66840667f92dfe2b4e9d9fa01aee2be6313aa3efd436179d64b2277aa004579f9060200160405180910390a35b60018201546040516301e023cd60e51b81526001600160a01b039182166004820152600660248201527f000000000000000000000000000000000000000000000000000000000000000090911690633c0479a0906044015f604051808303815f87803b158015610f9e575f5ffd5b505af1158015610fb0573d5f5f3e3d5ffd5b5050506001830154610fee91507f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b031683613626565b5050505b610ba4612dce565b5f61100361257a565b61100b6125a0565b5f888152600960205260409081902060020154905163d505accf60e01b8152336004820152306024820152604481018890526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b039091169063d505accf9060e4015f604051808303815f87803b158015611087575f5ffd5b505af1925050508015611098575060015b50610c4988886125d5565b61113d60408051610260810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290529061010082019081526020015f151581526020015f61ffff1681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f828152600a60209081526040918290208251610260810184528154815260018201549281019290925260028101546001600160a01b039081169383019390935260038101548316606083015260048101549283166080830152600160a01b9092046001600160401b0390811660a083015260058084015480831660c0850152600160401b810490921660e0840152919291610100840191600160801b900460ff16908111156111ef576111ef614784565b600581111561120057611200614784565b81526005820154600160881b810460ff1615156020830152600160901b810461ffff166040830152600160a01b90046001600160401b0316606082015260068201546080820152600782015460a0820152600882015460c0820152600982015460e0820152600a820154610100820152600b820154610120820152600c909101546101409091015292915050565b6112966125a0565b6004546001600160a01b0316331415806112ae575033155b156112ce5760405163423c97bf60e11b8152336004820152602401610a16565b5f828152600a602052604090206002600582810154600160801b900460ff16908111156112fd576112fd614784565b1461133057828160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b6127108261ffff16111561135d57604051634c16292160e11b815261ffff83166004820152602401610a16565b600c8101545f9081526008602052604081209061138a61137c846136d9565b8354429061ffff16876137c9565b905061139783600561389a565b600b83015460405161ffff8616815286907f7c24fce88e89c6c1a5caa753f3c18bc1bba0f3a142a9b9129c5a70ffc7bbe4129060200160405180910390a36113e085848361390a565b82545f90815260096020526040812061ffff861615801561141957506001600882015460ff16600481111561141757611417614784565b145b1561147c5760088101805460ff191660031790556007810154600286015486546040518381529294506001600160a01b03909116917f414a9771b88fe585dca655b6ebb75f14072489e977b53644927ae64bf1bc4a6c9060200160405180910390a35b60018501546040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e030565e916114d091905f908190600401614e72565b5f604051808303815f87803b1580156114e7575f5ffd5b505af11580156114f9573d5f5f3e3d5ffd5b5050506003850154611517915086906001600160a01b031685613995565b6002850154611551907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b031684613626565b505050505061155e612dce565b5050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61158c81612428565b610ba4613a00565b5f6060805f5f5f60606115a5613a3b565b6115ad613a6b565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6116066125a0565b5f61161082613a96565b80545f908152600c6020526040902054909150801561164f57815460405163428e0bb760e11b8152600481019190915260248101829052604401610a16565b5f5f61165a85613b0b565b915091506116897f00000000000000000000000000000000000000000000000000000000000000008383613626565b50505050610ba4612dce565b61169d6125a0565b5f818152600a602052604090206001600582810154600160801b900460ff16908111156116cc576116cc614784565b146116ff57818160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b60038101546001600160a01b0316330361175e5760058101546001600160401b0316421015611759576005810154604051632eb73e0960e21b8152600481018490526001600160401b039091166024820152604401610a16565b611794565b60028101546001600160a01b03163314611794576040516375c8b29160e01b815260048101839052336024820152604401610a16565b5f61179e82613be8565b9050806001600160401b03164211156117dc576040516339335a3560e11b8152600481018490526001600160401b0382166024820152604401610a16565b600c8201545f908152600860205260408120906118136117fb856136d9565b8354429061ffff80821691600160501b900416613c1c565b905061182084600361389a565b61182b85858361390a565b600584015460028501546001600160401b039091164211906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691633c0479a0911683611881575f611884565b60015b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260ff1660248201526044015f604051808303815f87803b1580156118ca575f5ffd5b505af11580156118dc573d5f5f3e3d5ffd5b505050506005850154600160901b900461ffff161561197a5760028501546040516301e023cd60e51b81526001600160a01b039182166004820152600360248201527f000000000000000000000000000000000000000000000000000000000000000090911690633c0479a0906044015f604051808303815f87803b158015611963575f5ffd5b505af1158015611975573d5f5f3e3d5ffd5b505050505b60018501546040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e030565e916119ce91905f908190600401614e72565b5f604051808303815f87803b1580156119e5575f5ffd5b505af11580156119f7573d5f5f3e3d5ffd5b5050506003840154611a15915086906001600160a01b031684613995565b80158015611a3057506005850154600160901b900461ffff16155b15611a775760028501546001840154611a569188916001600160a01b0390911690613dec565b60038501546001840154611a779188916001600160a01b0390911690613dec565b5050505050610ba4612dce565b5f868152600a602052604090206001600582810154600160801b900460ff1690811115611ab357611ab3614784565b14611ae657868160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b5f611af082613be8565b9050806001600160401b0316421115611b2e576040516339335a3560e11b8152600481018990526001600160401b0382166024820152604401610a16565b60058201546001600160401b03600160a01b909104811690861611611b8e576005820154604051638b890aa960e01b8152600481018a90526001600160401b038088166024830152600160a01b9092049091166044820152606401610a16565b6127108661ffff161115611bbb57604051634c16292160e11b815261ffff87166004820152602401610a16565b604080517fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd60208201529081018990526060810188905261ffff871660808201526001600160401b03861660a08201525f90611c2f9060c00160405160208183030381529060405280519060200120613eb1565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636df1819b85600101546040518263ffffffff1660e01b8152600401611c8491815260200190565b602060405180830381865afa158015611c9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cc39190614e9a565b90505f5f611d068489898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250613edd92505050565b5090925090505f816003811115611d1f57611d1f614784565b141580611d3357506001600160a01b038316155b80611d505750826001600160a01b0316826001600160a01b031614155b15611d81576040516303bfb2eb60e21b81526001600160a01b03808416600483015284166024820152604401610a16565b60058601805467ffffffffffffffff60a01b1916600160a01b6001600160401b038c1602179055600a860180548c91905f90611dbe908490614ec9565b909155505060058601545f90611de29061ffff808e1691600160901b900416614ec9565b90506127108111611df35780611df7565b6127105b8760050160126101000a81548161ffff021916908361ffff160217905550896001600160401b0316846001600160a01b03168e7f23df76ef4932ccfe3d430d2f5352f0a21a4eecfa3a03c88fb2126a7f57ec0f318f8f604051611e6892919091825261ffff16602082015260400190565b60405180910390a450505050505050505050505050565b611e8761257a565b5f611e9187613a96565b9050611ea08686868686613f26565b60038101869055600481018590556005810180546001600160401b038681166001600160801b03199092168217600160401b918716918202179092556006830184905560408051898152602081018990529081019190915260608101919091526080810183905287907fdf31d6deed3a6f13dcdf76f341ee092d14475714572df7a8266edf1ea060c0919060a00160405180910390a250505050505050565b5f82815260208190526040902060010154611f5981612428565b610b348383612e87565b611f6b6125a0565b5f818152600a602052604090206001600582810154600160801b900460ff1690811115611f9a57611f9a614784565b14611fcd57818160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b5f611fd782613be8565b9050806001600160401b031642116120145760405163ef5cb56560e01b8152600481018490526001600160401b0382166024820152604401610a16565b600c8201545f908152600860208190526040822090840154815491929161203f919061ffff16613fb7565b905061204c84600461389a565b60038401546002850154600986015460408051918252602082018590526001600160a01b03938416939092169188917fd0e1d273af0afcba797af65f884c19ec15668906e1a5e63d0ba5e36ec0fd2baa910160405180910390a46002848101546040516301e023cd60e51b81526001600160a01b03918216600482015260248101929092527f00000000000000000000000000000000000000000000000000000000000000001690633c0479a0906044015f604051808303815f87803b158015612114575f5ffd5b505af1158015612126573d5f5f3e3d5ffd5b50505060018501546040516370182b2f60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016925063e030565e9161217d915f908190600401614e72565b5f604051808303815f87803b158015612194575f5ffd5b505af11580156121a6573d5f5f3e3d5ffd5b505050600485015460038401546121cb92506001600160a01b03918216911683613626565b6004840154600385015460098601546008870154611689936001600160a01b03908116931691906121fd908690614edc565b6122079190614ec9565b613626565b5f6122156125a0565b5f838152600a602052604090206001600582810154600160801b900460ff169081111561224457612244614784565b1461227757838160050160109054906101000a900460ff16604051631a39da9960e11b8152600401610a16929190614e5e565b60028101546001600160a01b031633148015906122a1575060038101546001600160a01b03163314155b156122c8576040516375c8b29160e01b815260048101859052336024820152604401610a16565b5f6122d282613be8565b9050806001600160401b0316421115612310576040516339335a3560e11b8152600481018690526001600160401b0382166024820152604401610a16565b6004546001600160a01b03168061233a5760405163d755cfd160e01b815260040160405180910390fd5b600583018054600160811b60ff60801b19909116179055600283015460038401546040516365f269db60e11b8152600481018990523360248201526001600160a01b03928316604482015290821660648201529082169063cbe4d3b6906084016020604051808303815f875af11580156123b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123da9190614eef565b600b84018190556040518681529094503390859088907fedf31fd013a38f6b736218393bfd40eb05c37155c1fe05b8e02cc7eed46810309060200160405180910390a4505050610866612dce565b610ba48133613fcc565b80516103e861ffff9091161180612454575060a08101516001600160a01b0316155b156124725760405163fbadcaad60e01b815260040160405180910390fd5b5f60075f815461248190614f06565b91829055505f8181526008602090815260409182902085518154878401518886015161ffff93841669ffffffffffffffffffff199093168317620100006001600160401b039093169283021761ffff60501b1916600160501b949091169384021784556060808a0151600186018190556080808c01516002880181905560a0808e0151600390990180546001600160a01b0319166001600160a01b03909a16998a1790558a51968752988601949094529784019490945282019290925293840152908201529091507fae4ff7cf0b5cfbe64204b2b37c83f01bd48bd7019e63b31c64edea0c88d7368d9060c00160405180910390a15050565b60015460ff161561259e5760405163d93c066560e01b815260040160405180910390fd5b565b6125a8614005565b61259e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614045565b5f8281526009602052604081206008810154610100900460ff1661260f576040516386e797c360e01b815260048101859052602401610a16565b805460018201546040516331a9108f60e11b8152600481018390526001600160a01b039182169182917f000000000000000000000000000000000000000000000000000000000000000090911690636352211e90602401602060405180830381865afa158015612681573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126a59190614e9a565b6001600160a01b0316146126de5760405163b9c0876160e01b8152600481018390526001600160a01b0382166024820152604401610a16565b6001600160a01b03811633036127095760405163d6bec7af60e01b8152336004820152602401610a16565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa15801561276b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061278f9190614f1e565b156127af5760405163ba3049d360e01b8152336004820152602401610a16565b60405163fe575a8760e01b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063fe575a8790602401602060405180830381865afa158015612813573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128379190614f1e565b156128605760405163ba3049d360e01b81526001600160a01b0382166004820152602401610a16565b6040516337b6d96b60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa1580156128c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128e79190614f1e565b612907576040516391b86ad360e01b815260048101839052602401610a16565b5f828152600c6020526040902054801561293e5760405163428e0bb760e11b81526004810184905260248101829052604401610a16565b6001600160401b0386161580612964575060058401546001600160401b03908116908716105b80612986575060058401546001600160401b03600160401b9091048116908716115b156129cd57600584015460405163b7ebf30360e01b81526001600160401b0380891660048301528083166024830152600160401b9092049091166044820152606401610a16565b604051630369ac9160e01b81523360048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630369ac9190602401606060405180830381865afa158015612a33573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a579190614f39565b50335f908152600d6020526040902054919350915061ffff831611612a9b5760405163f48147f560e01b815233600482015261ffff83166024820152604401610a16565b5f612ab387600301548a6001600160401b031661404c565b90505f612ac888600401548461ffff1661405c565b9050425f612ad68c83614f83565b905060065f8154612ae690614f06565b9190508190559a505f600a5f8d81526020019081526020015f2090508d815f018190555089816001018190555033816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555088816003015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508a6002015f9054906101000a90046001600160a01b0316816004015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550828160040160146101000a8154816001600160401b0302191690836001600160401b0316021790555081816005015f6101000a8154816001600160401b0302191690836001600160401b031602179055508a6005015f9054906101000a90046001600160401b03168160050160086101000a8154816001600160401b0302191690836001600160401b0316021790555060018160050160106101000a81548160ff02191690836005811115612c5857612c58614784565b021790555060038b01546006808301919091558b0154600780830191909155600882018690556009820185905554600c808301919091555f8b8152602091825260408082208f9055338252600d9092529081208054909190612cb990614f06565b90915550604080518b81526001600160401b038086166020830152841691810191909152606081018690526080810185905233908f908e907fa6e34833e858e5de7aa4c3eacbde0a784166788d5a4e9ac3d9291f3a02fcdd0f9060a00160405180910390a46040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e030565e90612d6e908d9033908790600401614e72565b5f604051808303815f87803b158015612d85575f5ffd5b505af1158015612d97573d5f5f3e3d5ffd5b50505060028c0154612dbd91506001600160a01b031633612db88789614ec9565b61406c565b505050505050505050505092915050565b61259e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006125cf565b5f612e0383836115d6565b612e80575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612e383390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610866565b505f610866565b5f612e9283836115d6565b15612e80575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610866565b612ef86141a6565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b80516040516331a9108f60e11b8152600481018290525f919033906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015612fac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fd09190614e9a565b6001600160a01b0316146130005760405163b9c0876160e01b815260048101829052336024820152604401610a16565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa158015613062573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130869190614f1e565b156130a65760405163ba3049d360e01b8152336004820152602401610a16565b6040516337b6d96b60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015613109573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061312d9190614f1e565b61314d576040516391b86ad360e01b815260048101829052602401610a16565b6040808401516001600160a01b03165f908152600e602052205460ff1661319857604080840151905163d69534c360e01b81526001600160a01b039091166004820152602401610a16565b6131b9836060015184608001518560a001518660c001518760e00151613f26565b5f818152600b602052604081205481908015613223575f81815260096020526040902060010154336001600160a01b03909116036132145760405163c842d30360e01b81526004810185905260248101829052604401610a16565b61321d81613b0b565b90935091505b604051630369ac9160e01b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630369ac9190602401606060405180830381865afa158015613287573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132ab9190614f39565b925050506132d360085f60075481526020019081526020015f20600201548261ffff16613fb7565b610100880152600580545f906132e890614f06565b91829055505f818152600960209081526040918290208a518155908a0151600180830180546001600160a01b039384166001600160a01b031991821617909155938c015160028401805491909316941693909317905560608a0151600382015560808a015160048083019190915560a08b015160058301805460c08e01516001600160401b03908116600160401b026001600160801b031990921693169290921791909117905560e08b015160068301556101008b015160078301556101208b0151600883018054959b508c9593949193909260ff19909116919084908111156133d4576133d4614784565b021790555061014082015160089091018054610160909301511515620100000262ff000019921515610100029290921662ffff0019909316929092171790555f858152600b60205260409081902087905587810151606089015160808a015160a08b015160c08c015160e08d0151955133968c968e967f256f157db54a9243efeb65b9cd3053cafdf43797d0b1d1ba18ed03d73c41a882966134b696929591949093906001600160a01b03969096168652602086019490945260408501929092526001600160401b03908116606085015216608083015260a082015260c00190565b60405180910390a4336001600160a01b0316867f652fe293c0628666dabc26a298485ee115b5f9c1c751c87cb4c339547415fcf48961010001516040516134ff91815260200190565b60405180910390a36135327f00000000000000000000000000000000000000000000000000000000000000008585613626565b6135627f00000000000000000000000000000000000000000000000000000000000000003389610100015161406c565b5050505050919050565b6001600160a01b0382166135935760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600e6020908152604091829020805460ff191685151590811790915591519182527fffdce9f9df20da8850cebaa94fe36deeda0706dc51aff3d633615f70cbc3a9d0910160405180910390a25050565b6135fe83838360016141c9565b610b6d57604051635274afe760e01b81526001600160a01b0384166004820152602401610a16565b805f0361363257505050565b6136466001600160a01b038416838361422b565b610b6d576001600160a01b038084165f908152600f6020908152604080832093861683529290529081208054839290613680908490614ec9565b92505081905550816001600160a01b0316836001600160a01b03167f0ec92dccaaec52237ad5b362fd28fdd30264d3dbe224275a5f260e34078d9de2836040516136cc91815260200190565b60405180910390a3505050565b61373e6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f61ffff1681525090565b506040805161012081018252600683015481526007830154602082015260088301549181019190915260098201546060820152600a82015460808201526004820154600160a01b90046001600160401b0390811660a083015260059092015480831660c0830152600160401b810490921660e0820152600160901b90910461ffff1661010082015290565b6138026040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61380c8585614240565b815260608501516138219061ffff8416613fb7565b604082015280516138369061ffff8516613fb7565b6080820181905260408201518251909161384f91614edc565b6138599190614ec9565b60c0820152604081015160608601516138729190614edc565b815160408701516138839190614edc565b61388d9190614ec9565b60a0820152949350505050565b808260050160106101000a81548160ff021916908360058111156138c0576138c0614784565b021790555060018201545f908152600c6020908152604080832083905560028501546001600160a01b03168352600d9091528120805490919061390290614fa2565b909155505050565b6003820154600283015482516020808501516040808701516060808901516080808b015160a0808d015187519a8b52988a019790975294880193909352908601528401528201526001600160a01b03928316929091169085907fd84fd654ae279811d1fe7621736bb207b58eddc28a15d6905cb7ff3f2e2fd4369060c00160405180910390a4505050565b600483015460808201516139b4916001600160a01b0316908490613626565b6004830154600384015460c08301516139da926001600160a01b03908116921690613626565b6004830154600284015460a0830151610b6d926001600160a01b03908116921690613626565b613a0861257a565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833612f25565b6060613a667f00000000000000000000000000000000000000000000000000000000000000006142c2565b905090565b6060613a667f00000000000000000000000000000000000000000000000000000000000000006142c2565b5f8181526009602052604090206008810154610100900460ff16613ad0576040516386e797c360e01b815260048101839052602401610a16565b60018101546001600160a01b03163314613b0657604051631a17dacd60e21b815260048101839052336024820152604401610a16565b919050565b5f81815260096020908152604080832060088101805461ff001916905580548452600b9092528083208390555182919084907fc40fdc946efe80191c467f60727c4abc08254a056035d467a4516a86005ab763908490a26001600882015460ff166004811115613b7d57613b7d614784565b03613be25760088101805460ff19166004179055600181015460078201546040518181526001600160a01b0390921694509250839085907f444a8a3433948659dcbfd4fe3ea61bea4e3fd0752dfbbf1fea585e91b7d5bc839060200160405180910390a35b50915091565b600c8101545f908152600860205260408120546005830154610866916001600160401b036201000090910481169116614f83565b613c556040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b613c5f8585614240565b81526060850151608086015160208701515f918291613c7e91906142ff565b9150915081613c8d5782613c97565b613c978184614322565b60208501819052613ca89084614edc565b9250613cca613cc489606001518a610100015161ffff16613fb7565b84614322565b60408501819052613cdb9084614edc565b92508760c001516001600160401b0316871115613d58575f613d37895f01518761ffff168b60c001516001600160401b03168b613d189190614edc565b613d229190614fb7565b613d30612710610e10614fb7565b6001614331565b9050613d438185614322565b60608601819052613d549085614edc565b9350505b60208401518451613d7691613d6c91614ec9565b8761ffff16613fb7565b60808501819052606085015160408601516020870151875192939192613d9c9190614ec9565b613da69190614edc565b613db09190614ec9565b613dba9190614ec9565b60c0850152835160408901518491613dd191614edc565b613ddb9190614ec9565b60a085015250919695505050505050565b805f03613df857505050565b6040516340c10f1960e01b81526001600160a01b038381166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015613e5f575f5ffd5b505af1925050508015613e70575060015b15610b6d57816001600160a01b0316837f04492fab062412e7e4e5f46c9e919f1640652946a5e163ad6e6c1c03d87954d2836040516136cc91815260200190565b5f610866613ebd614373565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103613f14576020840151604085015160608601515f1a613f068882858561449c565b955095509550505050613f1f565b505081515f91506002905b9250925092565b841580613f31575083155b80613f4357506001600160401b038216155b80613f5f5750816001600160401b0316836001600160401b0316115b80613f7057506001600160801b0385115b80613f8157506001600160801b0384115b80613f9257506001600160801b0381115b15613fb057604051630256965f60e01b815260040160405180910390fd5b5050505050565b5f613fc58383612710614564565b9392505050565b613fd682826115d6565b61155e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a16565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561259e57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f613fc58383610e106001614331565b5f613fc583836127106001614331565b805f0361407857505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156140bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140e09190614eef565b90506140f76001600160a01b038516843085614614565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa15801561413d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906141619190614eef565b61416b9190614edc565b9050828114613fb057604051633f5929db60e21b81526001600160a01b03861660048201526024810184905260448101829052606401610a16565b60015460ff1661259e57604051638dfc202b60e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661421f578383151615614213573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6142388484845f6141c9565b949350505050565b5f5f8360c001516001600160401b03168310614269578360c001516001600160401b031661426b565b825b90505f61429d8560a001516001600160401b03168361428a9190614edc565b8660e001516001600160401b031661464a565b90506142b96142af865f01518361404c565b8660400151614322565b95945050505050565b60605f6142ce83614659565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b8181028281048214831517905f9061431683151590565b81029150509250929050565b5f828218828410028218613fc5565b5f61435e61433e83614680565b801561435957505f848061435457614354614fce565b868809115b151590565b614369868686614564565b6142b99190614ec9565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156143cb57507f000000000000000000000000000000000000000000000000000000000000000046145b156143f557507f000000000000000000000000000000000000000000000000000000000000000090565b613a66604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156144d557505f9150600390508261455a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614526573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661455157505f92506001915082905061455a565b92505f91508190505b9450945094915050565b5f5f5f61457186866146ac565b91509150815f036145955783818161458b5761458b614fce565b0492505050613fc5565b8184116145ac576145ac60038515026011186146c8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6146228484848460016146d9565b610b3457604051635274afe760e01b81526001600160a01b0385166004820152602401610a16565b5f828218828411028218613fc5565b5f60ff8216601f81111561086657604051632cd44ac360e21b815260040160405180910390fd5b5f600282600381111561469557614695614784565b61469f9190614fe2565b60ff166001149050919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614735578383151615614729573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215614756575f5ffd5b81356001600160e01b031981168114613fc5575f5ffd5b5f6020828403121561477d575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600581106147a8576147a8614784565b9052565b815181526020808301516101808301916147d0908401826001600160a01b03169052565b5060408301516147eb60408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015161481a60a08401826001600160401b03169052565b5060c083015161483560c08401826001600160401b03169052565b5060e083015160e0830152610100830151610100830152610120830151614860610120840182614798565b5061014083015161487661014084018215159052565b5061016083015161488c61016084018215159052565b5092915050565b6001600160a01b0381168114610ba4575f5ffd5b5f602082840312156148b7575f5ffd5b8135613fc581614893565b61ffff81168114610ba4575f5ffd5b80356001600160401b0381168114613b06575f5ffd5b5f5f5f5f5f5f60c087890312156148fc575f5ffd5b8635614907816148c2565b9550614915602088016148d1565b94506040870135614925816148c2565b9350606087013592506080870135915060a087013561494381614893565b809150509295509295509295565b5f5f60408385031215614962575f5ffd5b82359150614972602084016148d1565b90509250929050565b5f5f6040838503121561498c575f5ffd5b82359150602083013561499e81614893565b809150509250929050565b5f5f5f5f5f5f5f60e0888a0312156149bf575f5ffd5b8735965060208801356149d181614893565b955060408801359450606088013593506149ed608089016148d1565b92506149fb60a089016148d1565b96999598509396929591949193505060c09091013590565b8015158114610ba4575f5ffd5b5f5f60408385031215614a31575f5ffd5b8235614a3c81614893565b9150602083013561499e81614a13565b5f5f5f5f5f5f5f60e0888a031215614a62575f5ffd5b87359650614a72602089016148d1565b95506040880135945060608801359350608088013560ff81168114614a95575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b600681106147a8576147a8614784565b5f6102608201905082518252602083015160208301526040830151614af260408401826001600160a01b03169052565b506060830151614b0d60608401826001600160a01b03169052565b506080830151614b2860808401826001600160a01b03169052565b5060a0830151614b4360a08401826001600160401b03169052565b5060c0830151614b5e60c08401826001600160401b03169052565b5060e0830151614b7960e08401826001600160401b03169052565b50610100830151614b8e610100840182614ab2565b50610120830151614ba461012084018215159052565b50610140830151614bbc61014084018261ffff169052565b50610160830151614bd96101608401826001600160401b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516101c08301526101e08301516101e083015261020083015161020083015261022083015161022083015261024083015161024083015292915050565b5f5f60408385031215614c45575f5ffd5b82359150602083013561499e816148c2565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f614ca360e0830189614c57565b8281036040840152614cb58189614c57565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614d0a578351835260209384019390920191600101614cec565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a08789031215614d30575f5ffd5b86359550602087013594506040870135614d49816148c2565b9350614d57606088016148d1565b925060808701356001600160401b03811115614d71575f5ffd5b8701601f81018913614d81575f5ffd5b80356001600160401b03811115614d96575f5ffd5b896020828401011115614da7575f5ffd5b60208201935080925050509295509295509295565b5f5f5f5f5f5f60c08789031215614dd1575f5ffd5b863595506020870135945060408701359350614def606088016148d1565b9250614dfd608088016148d1565b9598949750929591949360a090920135925050565b5f5f60408385031215614e23575f5ffd5b8235614e2e81614893565b9150602083013561499e81614893565b5f5f60408385031215614e4f575f5ffd5b50508035926020909101359150565b82815260408101613fc56020830184614ab2565b9283526001600160a01b039190911660208301526001600160401b0316604082015260600190565b5f60208284031215614eaa575f5ffd5b8151613fc581614893565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561086657610866614eb5565b8181038181111561086657610866614eb5565b5f60208284031215614eff575f5ffd5b5051919050565b5f60018201614f1757614f17614eb5565b5060010190565b5f60208284031215614f2e575f5ffd5b8151613fc581614a13565b5f5f5f60608486031215614f4b575f5ffd5b8351614f56816148c2565b6020850151909350614f67816148c2565b6040850151909250614f78816148c2565b809150509250925092565b6001600160401b03818116838216019081111561086657610866614eb5565b5f81614fb057614fb0614eb5565b505f190190565b808202811582820484141761086657610866614eb5565b634e487b7160e01b5f52601260045260245ffd5b5f60ff83168061500057634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220a36f49239950f363d821b8e7d706d8711a8127ed1f8e6e4f24c24acd002099ea64736f6c63430008250033",
}

// PledgeEscrow is an auto generated Go binding around an Ethereum contract.
type PledgeEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PledgeEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewPledgeEscrow creates a new instance of PledgeEscrow.
func NewPledgeEscrow() *PledgeEscrow {
	parsed, err := PledgeEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PledgeEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PledgeEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address registry, address credit, address shr, (uint16,uint64,uint16,uint256,uint256,address) params, address[] paymentTokens) returns()
func (pledgeEscrow *PledgeEscrow) PackConstructor(admin common.Address, registry common.Address, credit common.Address, shr common.Address, params IPledgeEscrowParams, paymentTokens []common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("", admin, registry, credit, shr, params, paymentTokens)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackDEFAULTADMINROLE() []byte {
	enc, err := pledgeEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return pledgeEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackGOVERNORROLE() []byte {
	enc, err := pledgeEscrow.abi.Pack("GOVERNOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackGOVERNORROLE() ([]byte, error) {
	return pledgeEscrow.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPLATFORMFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d01513c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) PackMAXPLATFORMFEEBPS() []byte {
	enc, err := pledgeEscrow.abi.Pack("MAX_PLATFORM_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPLATFORMFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d01513c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) TryPackMAXPLATFORMFEEBPS() ([]byte, error) {
	return pledgeEscrow.abi.Pack("MAX_PLATFORM_FEE_BPS")
}

// UnpackMAXPLATFORMFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d01513c.
//
// Solidity: function MAX_PLATFORM_FEE_BPS() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) UnpackMAXPLATFORMFEEBPS(data []byte) (uint16, error) {
	out, err := pledgeEscrow.abi.Unpack("MAX_PLATFORM_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackPAUSERROLE() []byte {
	enc, err := pledgeEscrow.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackPAUSERROLE() ([]byte, error) {
	return pledgeEscrow.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackUSAGEREPORTTYPEHASH() []byte {
	enc, err := pledgeEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackUSAGEREPORTTYPEHASH() ([]byte, error) {
	return pledgeEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
}

// UnpackUSAGEREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95e7ca4c.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackUSAGEREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("USAGE_REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActiveRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbc4ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackActiveRentalCount(account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("activeRentalCount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbc4ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackActiveRentalCount(account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("activeRentalCount", account)
}

// UnpackActiveRentalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dbc4ca3.
//
// Solidity: function activeRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackActiveRentalCount(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("activeRentalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActiveRentalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa21650ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeRentalOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackActiveRentalOf(tokenId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("activeRentalOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveRentalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa21650ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeRentalOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackActiveRentalOf(tokenId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("activeRentalOf", tokenId)
}

// UnpackActiveRentalOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa21650ff.
//
// Solidity: function activeRentalOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackActiveRentalOf(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("activeRentalOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackArbitration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b732350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arbitration() view returns(address)
func (pledgeEscrow *PledgeEscrow) PackArbitration() []byte {
	enc, err := pledgeEscrow.abi.Pack("arbitration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArbitration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b732350.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arbitration() view returns(address)
func (pledgeEscrow *PledgeEscrow) TryPackArbitration() ([]byte, error) {
	return pledgeEscrow.abi.Pack("arbitration")
}

// UnpackArbitration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b732350.
//
// Solidity: function arbitration() view returns(address)
func (pledgeEscrow *PledgeEscrow) UnpackArbitration(data []byte) (common.Address, error) {
	out, err := pledgeEscrow.abi.Unpack("arbitration", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBasePledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc41a836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basePledge() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackBasePledge() []byte {
	enc, err := pledgeEscrow.abi.Pack("basePledge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasePledge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc41a836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basePledge() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackBasePledge() ([]byte, error) {
	return pledgeEscrow.abi.Pack("basePledge")
}

// UnpackBasePledge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc41a836.
//
// Solidity: function basePledge() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackBasePledge(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("basePledge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address token, address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackClaimable(token common.Address, account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("claimable", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4570c1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address token, address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackClaimable(token common.Address, account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("claimable", token, account)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4570c1c.
//
// Solidity: function claimable(address token, address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollectDefault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd0f936.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectDefault(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) PackCollectDefault(rentalId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("collectDefault", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectDefault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd0f936.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectDefault(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCollectDefault(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("collectDefault", rentalId)
}

// PackConfirmAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e87fc8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmAsset(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) PackConfirmAsset(rentalId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("confirmAsset", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e87fc8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmAsset(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) TryPackConfirmAsset(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("confirmAsset", rentalId)
}

// PackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delist(uint256 listingId) returns()
func (pledgeEscrow *PledgeEscrow) PackDelist(listingId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("delist", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delist(uint256 listingId) returns()
func (pledgeEscrow *PledgeEscrow) TryPackDelist(listingId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("delist", listingId)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pledgeEscrow *PledgeEscrow) PackEip712Domain() []byte {
	enc, err := pledgeEscrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pledgeEscrow *PledgeEscrow) TryPackEip712Domain() ([]byte, error) {
	return pledgeEscrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (pledgeEscrow *PledgeEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := pledgeEscrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEndRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97491d6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endRental(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) PackEndRental(rentalId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("endRental", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97491d6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endRental(uint256 rentalId) returns()
func (pledgeEscrow *PledgeEscrow) TryPackEndRental(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("endRental", rentalId)
}

// PackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x107a274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,uint256,uint256,uint64,uint64,uint256,uint256,uint8,bool,bool))
func (pledgeEscrow *PledgeEscrow) PackGetListing(listingId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("getListing", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x107a274a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,uint256,uint256,uint64,uint64,uint256,uint256,uint8,bool,bool))
func (pledgeEscrow *PledgeEscrow) TryPackGetListing(listingId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getListing", listingId)
}

// UnpackGetListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x107a274a.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,uint256,uint256,uint64,uint64,uint256,uint256,uint8,bool,bool))
func (pledgeEscrow *PledgeEscrow) UnpackGetListing(data []byte) (IPledgeEscrowListing, error) {
	out, err := pledgeEscrow.abi.Unpack("getListing", data)
	if err != nil {
		return *new(IPledgeEscrowListing), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowListing)).(*IPledgeEscrowListing)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a4f072.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams(uint256 paramsId) view returns((uint16,uint64,uint16,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) PackGetParams(paramsId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("getParams", paramsId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a4f072.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams(uint256 paramsId) view returns((uint16,uint64,uint16,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) TryPackGetParams(paramsId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getParams", paramsId)
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08a4f072.
//
// Solidity: function getParams(uint256 paramsId) view returns((uint16,uint64,uint16,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) UnpackGetParams(data []byte) (IPledgeEscrowParams, error) {
	out, err := pledgeEscrow.abi.Unpack("getParams", data)
	if err != nil {
		return *new(IPledgeEscrowParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowParams)).(*IPledgeEscrowParams)
	return out0, nil
}

// PackGetRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x652bd29e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,address,address,uint64,uint64,uint64,uint8,bool,uint16,uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) PackGetRental(rentalId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("getRental", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x652bd29e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,address,address,uint64,uint64,uint64,uint8,bool,uint16,uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) TryPackGetRental(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getRental", rentalId)
}

// UnpackGetRental is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x652bd29e.
//
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,address,address,uint64,uint64,uint64,uint8,bool,uint16,uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) UnpackGetRental(data []byte) (IPledgeEscrowRental, error) {
	out, err := pledgeEscrow.abi.Unpack("getRental", data)
	if err != nil {
		return *new(IPledgeEscrowRental), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowRental)).(*IPledgeEscrowRental)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gracePeriod() view returns(uint64)
func (pledgeEscrow *PledgeEscrow) PackGracePeriod() []byte {
	enc, err := pledgeEscrow.abi.Pack("gracePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gracePeriod() view returns(uint64)
func (pledgeEscrow *PledgeEscrow) TryPackGracePeriod() ([]byte, error) {
	return pledgeEscrow.abi.Pack("gracePeriod")
}

// UnpackGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa06db7dc.
//
// Solidity: function gracePeriod() view returns(uint64)
func (pledgeEscrow *PledgeEscrow) UnpackGracePeriod(data []byte) (uint64, error) {
	out, err := pledgeEscrow.abi.Unpack("gracePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (pledgeEscrow *PledgeEscrow) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (pledgeEscrow *PledgeEscrow) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (pledgeEscrow *PledgeEscrow) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (pledgeEscrow *PledgeEscrow) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (pledgeEscrow *PledgeEscrow) UnpackHasRole(data []byte) (bool, error) {
	out, err := pledgeEscrow.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPaymentToken(address token) view returns(bool)
func (pledgeEscrow *PledgeEscrow) PackIsPaymentToken(token common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("isPaymentToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x930eaddc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPaymentToken(address token) view returns(bool)
func (pledgeEscrow *PledgeEscrow) TryPackIsPaymentToken(token common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("isPaymentToken", token)
}

// UnpackIsPaymentToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x930eaddc.
//
// Solidity: function isPaymentToken(address token) view returns(bool)
func (pledgeEscrow *PledgeEscrow) UnpackIsPaymentToken(data []byte) (bool, error) {
	out, err := pledgeEscrow.abi.Unpack("isPaymentToken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLateFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b749d6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lateFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) PackLateFeeBps() []byte {
	enc, err := pledgeEscrow.abi.Pack("lateFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLateFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b749d6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lateFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) TryPackLateFeeBps() ([]byte, error) {
	return pledgeEscrow.abi.Pack("lateFeeBps")
}

// UnpackLateFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b749d6e.
//
// Solidity: function lateFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) UnpackLateFeeBps(data []byte) (uint16, error) {
	out, err := pledgeEscrow.abi.Unpack("lateFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff6c9a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 tokenId, address paymentToken, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackList(tokenId *big.Int, paymentToken common.Address, pricePerHour *big.Int, deposit *big.Int, minDuration uint64, maxDuration uint64, pricePerUnit *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("list", tokenId, paymentToken, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff6c9a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 tokenId, address paymentToken, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackList(tokenId *big.Int, paymentToken common.Address, pricePerHour *big.Int, deposit *big.Int, minDuration uint64, maxDuration uint64, pricePerUnit *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("list", tokenId, paymentToken, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit)
}

// UnpackList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ff6c9a1.
//
// Solidity: function list(uint256 tokenId, address paymentToken, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit) returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackList(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("list", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackListingCount() []byte {
	enc, err := pledgeEscrow.abi.Pack("listingCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackListingCount() ([]byte, error) {
	return pledgeEscrow.abi.Pack("listingCount")
}

// UnpackListingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9b07c26.
//
// Solidity: function listingCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackListingCount(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("listingCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3eca9f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(uint256 rentalId, bytes32 evidenceHash) returns(uint256 disputeId)
func (pledgeEscrow *PledgeEscrow) PackOpenDispute(rentalId *big.Int, evidenceHash [32]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("openDispute", rentalId, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3eca9f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint256 rentalId, bytes32 evidenceHash) returns(uint256 disputeId)
func (pledgeEscrow *PledgeEscrow) TryPackOpenDispute(rentalId *big.Int, evidenceHash [32]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("openDispute", rentalId, evidenceHash)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3eca9f5.
//
// Solidity: function openDispute(uint256 rentalId, bytes32 evidenceHash) returns(uint256 disputeId)
func (pledgeEscrow *PledgeEscrow) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06b532db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openListingOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackOpenListingOf(tokenId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("openListingOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenListingOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06b532db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openListingOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackOpenListingOf(tokenId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("openListingOf", tokenId)
}

// UnpackOpenListingOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06b532db.
//
// Solidity: function openListingOf(uint256 tokenId) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackOpenListingOf(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("openListingOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (pledgeEscrow *PledgeEscrow) PackPause() []byte {
	enc, err := pledgeEscrow.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (pledgeEscrow *PledgeEscrow) TryPackPause() ([]byte, error) {
	return pledgeEscrow.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (pledgeEscrow *PledgeEscrow) PackPaused() []byte {
	enc, err := pledgeEscrow.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (pledgeEscrow *PledgeEscrow) TryPackPaused() ([]byte, error) {
	return pledgeEscrow.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (pledgeEscrow *PledgeEscrow) UnpackPaused(data []byte) (bool, error) {
	out, err := pledgeEscrow.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPlatformFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22dcd13e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) PackPlatformFeeBps() []byte {
	enc, err := pledgeEscrow.abi.Pack("platformFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22dcd13e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) TryPackPlatformFeeBps() ([]byte, error) {
	return pledgeEscrow.abi.Pack("platformFeeBps")
}

// UnpackPlatformFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22dcd13e.
//
// Solidity: function platformFeeBps() view returns(uint16)
func (pledgeEscrow *PledgeEscrow) UnpackPlatformFeeBps(data []byte) (uint16, error) {
	out, err := pledgeEscrow.abi.Unpack("platformFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (pledgeEscrow *PledgeEscrow) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (pledgeEscrow *PledgeEscrow) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ed2d429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rent(uint256 listingId, uint64 duration) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRent(listingId *big.Int, duration uint64) []byte {
	enc, err := pledgeEscrow.abi.Pack("rent", listingId, duration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ed2d429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rent(uint256 listingId, uint64 duration) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRent(listingId *big.Int, duration uint64) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rent", listingId, duration)
}

// UnpackRent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ed2d429.
//
// Solidity: function rent(uint256 listingId, uint64 duration) returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRent(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRentWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f57c16e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 duration, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRentWithPermit(listingId *big.Int, duration uint64, permitValue *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("rentWithPermit", listingId, duration, permitValue, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRentWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f57c16e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 duration, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRentWithPermit(listingId *big.Int, duration uint64, permitValue *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rentWithPermit", listingId, duration, permitValue, permitDeadline, v, r, s)
}

// UnpackRentWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f57c16e.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 duration, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRentWithPermit(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rentWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a294ab6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rentalCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRentalCount() []byte {
	enc, err := pledgeEscrow.abi.Pack("rentalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a294ab6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rentalCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRentalCount() ([]byte, error) {
	return pledgeEscrow.abi.Pack("rentalCount")
}

// UnpackRentalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a294ab6.
//
// Solidity: function rentalCount() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRentalCount(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rentalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReportUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9def8223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes signature) returns()
func (pledgeEscrow *PledgeEscrow) PackReportUsage(rentalId *big.Int, units *big.Int, damageBps uint16, nonce uint64, signature []byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("reportUsage", rentalId, units, damageBps, nonce, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9def8223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportUsage(uint256 rentalId, uint256 units, uint16 damageBps, uint64 nonce, bytes signature) returns()
func (pledgeEscrow *PledgeEscrow) TryPackReportUsage(rentalId *big.Int, units *big.Int, damageBps uint16, nonce uint64, signature []byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("reportUsage", rentalId, units, damageBps, nonce, signature)
}

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3d7e00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint256 rentalId, uint16 providerShareBps) returns()
func (pledgeEscrow *PledgeEscrow) PackResolveDispute(rentalId *big.Int, providerShareBps uint16) []byte {
	enc, err := pledgeEscrow.abi.Pack("resolveDispute", rentalId, providerShareBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3d7e00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint256 rentalId, uint16 providerShareBps) returns()
func (pledgeEscrow *PledgeEscrow) TryPackResolveDispute(rentalId *big.Int, providerShareBps uint16) ([]byte, error) {
	return pledgeEscrow.abi.Pack("resolveDispute", rentalId, providerShareBps)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (pledgeEscrow *PledgeEscrow) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (pledgeEscrow *PledgeEscrow) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("revokeRole", role, account)
}

// PackRewardPerRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe274ae64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerRental() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRewardPerRental() []byte {
	enc, err := pledgeEscrow.abi.Pack("rewardPerRental")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerRental is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe274ae64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerRental() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRewardPerRental() ([]byte, error) {
	return pledgeEscrow.abi.Pack("rewardPerRental")
}

// UnpackRewardPerRental is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe274ae64.
//
// Solidity: function rewardPerRental() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRewardPerRental(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rewardPerRental", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetArbitration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29388f8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setArbitration(address arbitration_) returns()
func (pledgeEscrow *PledgeEscrow) PackSetArbitration(arbitration common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("setArbitration", arbitration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetArbitration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29388f8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setArbitration(address arbitration_) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetArbitration(arbitration common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setArbitration", arbitration)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d75dbf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams(uint16 platformFeeBps_, uint64 gracePeriod_, uint16 lateFeeBps_, uint256 rewardPerRental_, uint256 basePledge_, address treasury_) returns()
func (pledgeEscrow *PledgeEscrow) PackSetParams(platformFeeBps uint16, gracePeriod uint64, lateFeeBps uint16, rewardPerRental *big.Int, basePledge *big.Int, treasury common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("setParams", platformFeeBps, gracePeriod, lateFeeBps, rewardPerRental, basePledge, treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d75dbf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams(uint16 platformFeeBps_, uint64 gracePeriod_, uint16 lateFeeBps_, uint256 rewardPerRental_, uint256 basePledge_, address treasury_) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetParams(platformFeeBps uint16, gracePeriod uint64, lateFeeBps uint16, rewardPerRental *big.Int, basePledge *big.Int, treasury common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setParams", platformFeeBps, gracePeriod, lateFeeBps, rewardPerRental, basePledge, treasury)
}

// PackSetPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x430884cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaymentToken(address token, bool allowed) returns()
func (pledgeEscrow *PledgeEscrow) PackSetPaymentToken(token common.Address, allowed bool) []byte {
	enc, err := pledgeEscrow.abi.Pack("setPaymentToken", token, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x430884cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaymentToken(address token, bool allowed) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetPaymentToken(token common.Address, allowed bool) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setPaymentToken", token, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pledgeEscrow *PledgeEscrow) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pledgeEscrow *PledgeEscrow) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pledgeEscrow *PledgeEscrow) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := pledgeEscrow.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (pledgeEscrow *PledgeEscrow) PackTreasury() []byte {
	enc, err := pledgeEscrow.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (pledgeEscrow *PledgeEscrow) TryPackTreasury() ([]byte, error) {
	return pledgeEscrow.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (pledgeEscrow *PledgeEscrow) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := pledgeEscrow.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (pledgeEscrow *PledgeEscrow) PackUnpause() []byte {
	enc, err := pledgeEscrow.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (pledgeEscrow *PledgeEscrow) TryPackUnpause() ([]byte, error) {
	return pledgeEscrow.abi.Pack("unpause")
}

// PackUpdateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f08a277.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateListing(uint256 listingId, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit) returns()
func (pledgeEscrow *PledgeEscrow) PackUpdateListing(listingId *big.Int, pricePerHour *big.Int, deposit *big.Int, minDuration uint64, maxDuration uint64, pricePerUnit *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("updateListing", listingId, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f08a277.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateListing(uint256 listingId, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit) returns()
func (pledgeEscrow *PledgeEscrow) TryPackUpdateListing(listingId *big.Int, pricePerHour *big.Int, deposit *big.Int, minDuration uint64, maxDuration uint64, pricePerUnit *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("updateListing", listingId, pricePerHour, deposit, minDuration, maxDuration, pricePerUnit)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (pledgeEscrow *PledgeEscrow) PackWithdraw(token common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (pledgeEscrow *PledgeEscrow) TryPackWithdraw(token common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("withdraw", token)
}

// PledgeEscrowArbitrationSet represents a ArbitrationSet event raised by the PledgeEscrow contract.
type PledgeEscrowArbitrationSet struct {
	Arbitration common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowArbitrationSetEventName = "ArbitrationSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowArbitrationSet) ContractEventName() string {
	return PledgeEscrowArbitrationSetEventName
}

// UnpackArbitrationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ArbitrationSet(address indexed arbitration)
func (pledgeEscrow *PledgeEscrow) UnpackArbitrationSetEvent(log *types.Log) (*PledgeEscrowArbitrationSet, error) {
	event := "ArbitrationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowArbitrationSet)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowAssetConfirmed represents a AssetConfirmed event raised by the PledgeEscrow contract.
type PledgeEscrowAssetConfirmed struct {
	RentalId *big.Int
	Renter   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowAssetConfirmedEventName = "AssetConfirmed"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowAssetConfirmed) ContractEventName() string {
	return PledgeEscrowAssetConfirmedEventName
}

// UnpackAssetConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetConfirmed(uint256 indexed rentalId, address indexed renter)
func (pledgeEscrow *PledgeEscrow) UnpackAssetConfirmedEvent(log *types.Log) (*PledgeEscrowAssetConfirmed, error) {
	event := "AssetConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowAssetConfirmed)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowDelisted represents a Delisted event raised by the PledgeEscrow contract.
type PledgeEscrowDelisted struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowDelistedEventName = "Delisted"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowDelisted) ContractEventName() string {
	return PledgeEscrowDelistedEventName
}

// UnpackDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delisted(uint256 indexed listingId)
func (pledgeEscrow *PledgeEscrow) UnpackDelistedEvent(log *types.Log) (*PledgeEscrowDelisted, error) {
	event := "Delisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowDelisted)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowDisputeOpened represents a DisputeOpened event raised by the PledgeEscrow contract.
type PledgeEscrowDisputeOpened struct {
	RentalId     *big.Int
	DisputeId    *big.Int
	Opener       common.Address
	EvidenceHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowDisputeOpened) ContractEventName() string {
	return PledgeEscrowDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed rentalId, uint256 indexed disputeId, address indexed opener, bytes32 evidenceHash)
func (pledgeEscrow *PledgeEscrow) UnpackDisputeOpenedEvent(log *types.Log) (*PledgeEscrowDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowDisputeOpened)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowDisputeResolved represents a DisputeResolved event raised by the PledgeEscrow contract.
type PledgeEscrowDisputeResolved struct {
	RentalId         *big.Int
	DisputeId        *big.Int
	ProviderShareBps uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowDisputeResolved) ContractEventName() string {
	return PledgeEscrowDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed rentalId, uint256 indexed disputeId, uint16 providerShareBps)
func (pledgeEscrow *PledgeEscrow) UnpackDisputeResolvedEvent(log *types.Log) (*PledgeEscrowDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowDisputeResolved)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the PledgeEscrow contract.
type PledgeEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowEIP712DomainChanged) ContractEventName() string {
	return PledgeEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (pledgeEscrow *PledgeEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*PledgeEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowListed represents a Listed event raised by the PledgeEscrow contract.
type PledgeEscrowListed struct {
	ListingId    *big.Int
	TokenId      *big.Int
	Provider     common.Address
	PaymentToken common.Address
	PricePerHour *big.Int
	Deposit      *big.Int
	MinDuration  uint64
	MaxDuration  uint64
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowListed) ContractEventName() string {
	return PledgeEscrowListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed listingId, uint256 indexed tokenId, address indexed provider, address paymentToken, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit)
func (pledgeEscrow *PledgeEscrow) UnpackListedEvent(log *types.Log) (*PledgeEscrowListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowListed)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowListingUpdated represents a ListingUpdated event raised by the PledgeEscrow contract.
type PledgeEscrowListingUpdated struct {
	ListingId    *big.Int
	PricePerHour *big.Int
	Deposit      *big.Int
	MinDuration  uint64
	MaxDuration  uint64
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowListingUpdatedEventName = "ListingUpdated"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowListingUpdated) ContractEventName() string {
	return PledgeEscrowListingUpdatedEventName
}

// UnpackListingUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingUpdated(uint256 indexed listingId, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit)
func (pledgeEscrow *PledgeEscrow) UnpackListingUpdatedEvent(log *types.Log) (*PledgeEscrowListingUpdated, error) {
	event := "ListingUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowListingUpdated)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowParamsSet represents a ParamsSet event raised by the PledgeEscrow contract.
type PledgeEscrowParamsSet struct {
	PlatformFeeBps  uint16
	GracePeriod     uint64
	LateFeeBps      uint16
	RewardPerRental *big.Int
	BasePledge      *big.Int
	Treasury        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowParamsSet) ContractEventName() string {
	return PledgeEscrowParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint16 platformFeeBps, uint64 gracePeriod, uint16 lateFeeBps, uint256 rewardPerRental, uint256 basePledge, address treasury)
func (pledgeEscrow *PledgeEscrow) UnpackParamsSetEvent(log *types.Log) (*PledgeEscrowParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowParamsSet)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPaused represents a Paused event raised by the PledgeEscrow contract.
type PledgeEscrowPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPaused) ContractEventName() string {
	return PledgeEscrowPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (pledgeEscrow *PledgeEscrow) UnpackPausedEvent(log *types.Log) (*PledgeEscrowPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPaused)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPaymentCredited represents a PaymentCredited event raised by the PledgeEscrow contract.
type PledgeEscrowPaymentCredited struct {
	Token   common.Address
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPaymentCreditedEventName = "PaymentCredited"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPaymentCredited) ContractEventName() string {
	return PledgeEscrowPaymentCreditedEventName
}

// UnpackPaymentCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentCredited(address indexed token, address indexed account, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPaymentCreditedEvent(log *types.Log) (*PledgeEscrowPaymentCredited, error) {
	event := "PaymentCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPaymentCredited)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPaymentTokenSet represents a PaymentTokenSet event raised by the PledgeEscrow contract.
type PledgeEscrowPaymentTokenSet struct {
	Token   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPaymentTokenSetEventName = "PaymentTokenSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPaymentTokenSet) ContractEventName() string {
	return PledgeEscrowPaymentTokenSetEventName
}

// UnpackPaymentTokenSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentTokenSet(address indexed token, bool allowed)
func (pledgeEscrow *PledgeEscrow) UnpackPaymentTokenSetEvent(log *types.Log) (*PledgeEscrowPaymentTokenSet, error) {
	event := "PaymentTokenSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPaymentTokenSet)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPledgeLocked represents a PledgeLocked event raised by the PledgeEscrow contract.
type PledgeEscrowPledgeLocked struct {
	ListingId *big.Int
	Provider  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPledgeLockedEventName = "PledgeLocked"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPledgeLocked) ContractEventName() string {
	return PledgeEscrowPledgeLockedEventName
}

// UnpackPledgeLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PledgeLocked(uint256 indexed listingId, address indexed provider, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPledgeLockedEvent(log *types.Log) (*PledgeEscrowPledgeLocked, error) {
	event := "PledgeLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPledgeLocked)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPledgeReleased represents a PledgeReleased event raised by the PledgeEscrow contract.
type PledgeEscrowPledgeReleased struct {
	ListingId *big.Int
	Provider  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPledgeReleasedEventName = "PledgeReleased"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPledgeReleased) ContractEventName() string {
	return PledgeEscrowPledgeReleasedEventName
}

// UnpackPledgeReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PledgeReleased(uint256 indexed listingId, address indexed provider, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPledgeReleasedEvent(log *types.Log) (*PledgeEscrowPledgeReleased, error) {
	event := "PledgeReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPledgeReleased)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPledgeReturned represents a PledgeReturned event raised by the PledgeEscrow contract.
type PledgeEscrowPledgeReturned struct {
	ListingId *big.Int
	Provider  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPledgeReturnedEventName = "PledgeReturned"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPledgeReturned) ContractEventName() string {
	return PledgeEscrowPledgeReturnedEventName
}

// UnpackPledgeReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PledgeReturned(uint256 indexed listingId, address indexed provider, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPledgeReturnedEvent(log *types.Log) (*PledgeEscrowPledgeReturned, error) {
	event := "PledgeReturned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPledgeReturned)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowPledgeSlashed represents a PledgeSlashed event raised by the PledgeEscrow contract.
type PledgeEscrowPledgeSlashed struct {
	ListingId *big.Int
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPledgeSlashedEventName = "PledgeSlashed"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPledgeSlashed) ContractEventName() string {
	return PledgeEscrowPledgeSlashedEventName
}

// UnpackPledgeSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PledgeSlashed(uint256 indexed listingId, address indexed to, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPledgeSlashedEvent(log *types.Log) (*PledgeEscrowPledgeSlashed, error) {
	event := "PledgeSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPledgeSlashed)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRentalDefaulted represents a RentalDefaulted event raised by the PledgeEscrow contract.
type PledgeEscrowRentalDefaulted struct {
	RentalId    *big.Int
	Renter      common.Address
	Provider    common.Address
	Deposit     *big.Int
	PlatformFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRentalDefaultedEventName = "RentalDefaulted"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRentalDefaulted) ContractEventName() string {
	return PledgeEscrowRentalDefaultedEventName
}

// UnpackRentalDefaultedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RentalDefaulted(uint256 indexed rentalId, address indexed renter, address indexed provider, uint256 deposit, uint256 platformFee)
func (pledgeEscrow *PledgeEscrow) UnpackRentalDefaultedEvent(log *types.Log) (*PledgeEscrowRentalDefaulted, error) {
	event := "RentalDefaulted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRentalDefaulted)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRentalSettled represents a RentalSettled event raised by the PledgeEscrow contract.
type PledgeEscrowRentalSettled struct {
	RentalId    *big.Int
	Renter      common.Address
	Provider    common.Address
	RentCharged *big.Int
	UsageFee    *big.Int
	Damage      *big.Int
	LateFee     *big.Int
	PlatformFee *big.Int
	Refund      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRentalSettledEventName = "RentalSettled"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRentalSettled) ContractEventName() string {
	return PledgeEscrowRentalSettledEventName
}

// UnpackRentalSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RentalSettled(uint256 indexed rentalId, address indexed renter, address indexed provider, uint256 rentCharged, uint256 usageFee, uint256 damage, uint256 lateFee, uint256 platformFee, uint256 refund)
func (pledgeEscrow *PledgeEscrow) UnpackRentalSettledEvent(log *types.Log) (*PledgeEscrowRentalSettled, error) {
	event := "RentalSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRentalSettled)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRented represents a Rented event raised by the PledgeEscrow contract.
type PledgeEscrowRented struct {
	RentalId  *big.Int
	ListingId *big.Int
	Renter    common.Address
	TokenId   *big.Int
	Start     uint64
	End       uint64
	Rent      *big.Int
	Deposit   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRentedEventName = "Rented"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRented) ContractEventName() string {
	return PledgeEscrowRentedEventName
}

// UnpackRentedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rented(uint256 indexed rentalId, uint256 indexed listingId, address indexed renter, uint256 tokenId, uint64 start, uint64 end, uint256 rent, uint256 deposit)
func (pledgeEscrow *PledgeEscrow) UnpackRentedEvent(log *types.Log) (*PledgeEscrowRented, error) {
	event := "Rented"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRented)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRewardPaid represents a RewardPaid event raised by the PledgeEscrow contract.
type PledgeEscrowRewardPaid struct {
	RentalId *big.Int
	Account  common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRewardPaidEventName = "RewardPaid"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRewardPaid) ContractEventName() string {
	return PledgeEscrowRewardPaidEventName
}

// UnpackRewardPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardPaid(uint256 indexed rentalId, address indexed account, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackRewardPaidEvent(log *types.Log) (*PledgeEscrowRewardPaid, error) {
	event := "RewardPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRewardPaid)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the PledgeEscrow contract.
type PledgeEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRoleAdminChanged) ContractEventName() string {
	return PledgeEscrowRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (pledgeEscrow *PledgeEscrow) UnpackRoleAdminChangedEvent(log *types.Log) (*PledgeEscrowRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRoleGranted represents a RoleGranted event raised by the PledgeEscrow contract.
type PledgeEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRoleGranted) ContractEventName() string {
	return PledgeEscrowRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (pledgeEscrow *PledgeEscrow) UnpackRoleGrantedEvent(log *types.Log) (*PledgeEscrowRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRoleGranted)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowRoleRevoked represents a RoleRevoked event raised by the PledgeEscrow contract.
type PledgeEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRoleRevoked) ContractEventName() string {
	return PledgeEscrowRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (pledgeEscrow *PledgeEscrow) UnpackRoleRevokedEvent(log *types.Log) (*PledgeEscrowRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRoleRevoked)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowUnpaused represents a Unpaused event raised by the PledgeEscrow contract.
type PledgeEscrowUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowUnpaused) ContractEventName() string {
	return PledgeEscrowUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (pledgeEscrow *PledgeEscrow) UnpackUnpausedEvent(log *types.Log) (*PledgeEscrowUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowUnpaused)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowUsageReported represents a UsageReported event raised by the PledgeEscrow contract.
type PledgeEscrowUsageReported struct {
	RentalId  *big.Int
	Device    common.Address
	Nonce     uint64
	Units     *big.Int
	DamageBps uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowUsageReportedEventName = "UsageReported"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowUsageReported) ContractEventName() string {
	return PledgeEscrowUsageReportedEventName
}

// UnpackUsageReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageReported(uint256 indexed rentalId, address indexed device, uint64 indexed nonce, uint256 units, uint16 damageBps)
func (pledgeEscrow *PledgeEscrow) UnpackUsageReportedEvent(log *types.Log) (*PledgeEscrowUsageReported, error) {
	event := "UsageReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowUsageReported)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PledgeEscrowWithdrawn represents a Withdrawn event raised by the PledgeEscrow contract.
type PledgeEscrowWithdrawn struct {
	Token   common.Address
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowWithdrawn) ContractEventName() string {
	return PledgeEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed token, address indexed account, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackWithdrawnEvent(log *types.Log) (*PledgeEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := pledgeEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pledgeEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pledgeEscrow *PledgeEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AssetNotVerified"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAssetNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["BadDuration"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackBadDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowAlreadyConfirmed"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowAlreadyListed"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowArbitrationAlreadySet"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowArbitrationAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowArbitrationNotSet"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowArbitrationNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowAssetBusy"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowAssetBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowBlacklisted"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowDefaultNotDue"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowDefaultNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowInvalidBps"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowInvalidBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowInvalidParams"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowListingNotOpen"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowListingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowNotParty"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowNotPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowNotProvider"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowNotRenter"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowNotRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowNothingToWithdraw"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowPaymentTokenNotAllowed"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowPaymentTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowRentalNotActive"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowRentalNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowRentalNotEnded"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowRentalNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowTooManyRentals"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowTooManyRentalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowZeroAddress"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["FeeOnTransfer"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackFeeOnTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidDevice"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidDeviceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["OnlyArbitration"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackOnlyArbitrationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["RentalOverdue"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackRentalOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["SelfRental"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackSelfRentalError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["StaleNonce"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackStaleNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PledgeEscrowAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the PledgeEscrow contract.
type PledgeEscrowAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func PledgeEscrowAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (pledgeEscrow *PledgeEscrow) UnpackAccessControlBadConfirmationError(raw []byte) (*PledgeEscrowAccessControlBadConfirmation, error) {
	out := new(PledgeEscrowAccessControlBadConfirmation)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the PledgeEscrow contract.
type PledgeEscrowAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func PledgeEscrowAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (pledgeEscrow *PledgeEscrow) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*PledgeEscrowAccessControlUnauthorizedAccount, error) {
	out := new(PledgeEscrowAccessControlUnauthorizedAccount)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowAssetNotVerified represents a AssetNotVerified error raised by the PledgeEscrow contract.
type PledgeEscrowAssetNotVerified struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotVerified(uint256 tokenId)
func PledgeEscrowAssetNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x91b86ad395e594b076937e5117e5e3894c723b8dd86c07a15e0df6441722e9d8")
}

// UnpackAssetNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotVerified(uint256 tokenId)
func (pledgeEscrow *PledgeEscrow) UnpackAssetNotVerifiedError(raw []byte) (*PledgeEscrowAssetNotVerified, error) {
	out := new(PledgeEscrowAssetNotVerified)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "AssetNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowBadDuration represents a BadDuration error raised by the PledgeEscrow contract.
type PledgeEscrowBadDuration struct {
	Duration    uint64
	MinDuration uint64
	MaxDuration uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDuration(uint64 duration, uint64 minDuration, uint64 maxDuration)
func PledgeEscrowBadDurationErrorID() common.Hash {
	return common.HexToHash("0xb7ebf303edec213ddb12fae5b250871a9d99d7dee8d028a93b75866b4ba5e62f")
}

// UnpackBadDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDuration(uint64 duration, uint64 minDuration, uint64 maxDuration)
func (pledgeEscrow *PledgeEscrow) UnpackBadDurationError(raw []byte) (*PledgeEscrowBadDuration, error) {
	out := new(PledgeEscrowBadDuration)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "BadDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEnforcedPause represents a EnforcedPause error raised by the PledgeEscrow contract.
type PledgeEscrowEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func PledgeEscrowEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (pledgeEscrow *PledgeEscrow) UnpackEnforcedPauseError(raw []byte) (*PledgeEscrowEnforcedPause, error) {
	out := new(PledgeEscrowEnforcedPause)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowAlreadyConfirmed represents a EscrowAlreadyConfirmed error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowAlreadyConfirmed struct {
	RentalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAlreadyConfirmed(uint256 rentalId)
func PledgeEscrowEscrowAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0x74efe037a95873030a62f7a6afd59689ab913884d3b3d97d9ea01f914e4650df")
}

// UnpackEscrowAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAlreadyConfirmed(uint256 rentalId)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowAlreadyConfirmedError(raw []byte) (*PledgeEscrowEscrowAlreadyConfirmed, error) {
	out := new(PledgeEscrowEscrowAlreadyConfirmed)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowAlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowAlreadyListed represents a EscrowAlreadyListed error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowAlreadyListed struct {
	TokenId   *big.Int
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAlreadyListed(uint256 tokenId, uint256 listingId)
func PledgeEscrowEscrowAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0xc842d303ea72f483da4624564b51cfbbc11a16bae5af171865a072c774bb8457")
}

// UnpackEscrowAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAlreadyListed(uint256 tokenId, uint256 listingId)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowAlreadyListedError(raw []byte) (*PledgeEscrowEscrowAlreadyListed, error) {
	out := new(PledgeEscrowEscrowAlreadyListed)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowAlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowArbitrationAlreadySet represents a EscrowArbitrationAlreadySet error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowArbitrationAlreadySet struct {
	Arbitration common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowArbitrationAlreadySet(address arbitration)
func PledgeEscrowEscrowArbitrationAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x34c12e3833041a6eaf96e771c8e02d795cd053b10232208934f7d9deb245eb38")
}

// UnpackEscrowArbitrationAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowArbitrationAlreadySet(address arbitration)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowArbitrationAlreadySetError(raw []byte) (*PledgeEscrowEscrowArbitrationAlreadySet, error) {
	out := new(PledgeEscrowEscrowArbitrationAlreadySet)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowArbitrationAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowArbitrationNotSet represents a EscrowArbitrationNotSet error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowArbitrationNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowArbitrationNotSet()
func PledgeEscrowEscrowArbitrationNotSetErrorID() common.Hash {
	return common.HexToHash("0xd755cfd1563c91a214510dc85125e19f2b571a032507677e68a7796d6b0ffab6")
}

// UnpackEscrowArbitrationNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowArbitrationNotSet()
func (pledgeEscrow *PledgeEscrow) UnpackEscrowArbitrationNotSetError(raw []byte) (*PledgeEscrowEscrowArbitrationNotSet, error) {
	out := new(PledgeEscrowEscrowArbitrationNotSet)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowArbitrationNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowAssetBusy represents a EscrowAssetBusy error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowAssetBusy struct {
	TokenId  *big.Int
	RentalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAssetBusy(uint256 tokenId, uint256 rentalId)
func PledgeEscrowEscrowAssetBusyErrorID() common.Hash {
	return common.HexToHash("0x851c176e46b6cfe88174bac3adadfa67ff9102bb9d390150fab5899dd8e849f1")
}

// UnpackEscrowAssetBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAssetBusy(uint256 tokenId, uint256 rentalId)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowAssetBusyError(raw []byte) (*PledgeEscrowEscrowAssetBusy, error) {
	out := new(PledgeEscrowEscrowAssetBusy)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowAssetBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowBlacklisted represents a EscrowBlacklisted error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowBlacklisted(address account)
func PledgeEscrowEscrowBlacklistedErrorID() common.Hash {
	return common.HexToHash("0xba3049d34ade07c2aa56c30f547b976347d0acf4415d2797c0f0f503393c1332")
}

// UnpackEscrowBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowBlacklisted(address account)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowBlacklistedError(raw []byte) (*PledgeEscrowEscrowBlacklisted, error) {
	out := new(PledgeEscrowEscrowBlacklisted)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowBlacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowDefaultNotDue represents a EscrowDefaultNotDue error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowDefaultNotDue struct {
	RentalId *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowDefaultNotDue(uint256 rentalId, uint64 deadline)
func PledgeEscrowEscrowDefaultNotDueErrorID() common.Hash {
	return common.HexToHash("0xef5cb5653cdef3d56e04420d2a9b0a38033c141e99213ebc6eac24612b63e91e")
}

// UnpackEscrowDefaultNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowDefaultNotDue(uint256 rentalId, uint64 deadline)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowDefaultNotDueError(raw []byte) (*PledgeEscrowEscrowDefaultNotDue, error) {
	out := new(PledgeEscrowEscrowDefaultNotDue)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowDefaultNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowInvalidBps represents a EscrowInvalidBps error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowInvalidBps struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowInvalidBps(uint256 bps)
func PledgeEscrowEscrowInvalidBpsErrorID() common.Hash {
	return common.HexToHash("0x982c524298257388205c40ff43641a260d365981c1d03a75e29bacf993b06173")
}

// UnpackEscrowInvalidBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowInvalidBps(uint256 bps)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowInvalidBpsError(raw []byte) (*PledgeEscrowEscrowInvalidBps, error) {
	out := new(PledgeEscrowEscrowInvalidBps)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowInvalidBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowInvalidParams represents a EscrowInvalidParams error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowInvalidParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowInvalidParams()
func PledgeEscrowEscrowInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xfbadcaada1d82470fbbe8128059f77b1907d3beb1e452dfa6e6e446dafe7a0cd")
}

// UnpackEscrowInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowInvalidParams()
func (pledgeEscrow *PledgeEscrow) UnpackEscrowInvalidParamsError(raw []byte) (*PledgeEscrowEscrowInvalidParams, error) {
	out := new(PledgeEscrowEscrowInvalidParams)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowInvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowListingNotOpen represents a EscrowListingNotOpen error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowListingNotOpen struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowListingNotOpen(uint256 listingId)
func PledgeEscrowEscrowListingNotOpenErrorID() common.Hash {
	return common.HexToHash("0x86e797c3577f20be9f2bc39c23061c3a85a240978ea95c691ca22c8d060fce3f")
}

// UnpackEscrowListingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowListingNotOpen(uint256 listingId)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowListingNotOpenError(raw []byte) (*PledgeEscrowEscrowListingNotOpen, error) {
	out := new(PledgeEscrowEscrowListingNotOpen)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowListingNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowNotParty represents a EscrowNotParty error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowNotParty struct {
	RentalId *big.Int
	Account  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowNotParty(uint256 rentalId, address account)
func PledgeEscrowEscrowNotPartyErrorID() common.Hash {
	return common.HexToHash("0x75c8b2916a69c6bcbcac9a8ffaeb10ccff029d8819a0749a52599506f66ba8dd")
}

// UnpackEscrowNotPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowNotParty(uint256 rentalId, address account)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowNotPartyError(raw []byte) (*PledgeEscrowEscrowNotParty, error) {
	out := new(PledgeEscrowEscrowNotParty)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowNotParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowNotProvider represents a EscrowNotProvider error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowNotProvider struct {
	ListingId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowNotProvider(uint256 listingId, address account)
func PledgeEscrowEscrowNotProviderErrorID() common.Hash {
	return common.HexToHash("0x685f6b3413be4898f61d00ad2637bc82a395d902d6906bf05f4c7696d5ebdeaa")
}

// UnpackEscrowNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowNotProvider(uint256 listingId, address account)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowNotProviderError(raw []byte) (*PledgeEscrowEscrowNotProvider, error) {
	out := new(PledgeEscrowEscrowNotProvider)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowNotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowNotRenter represents a EscrowNotRenter error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowNotRenter struct {
	RentalId *big.Int
	Account  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowNotRenter(uint256 rentalId, address account)
func PledgeEscrowEscrowNotRenterErrorID() common.Hash {
	return common.HexToHash("0x874d0bb567a510dd23d5483343416f6b117bae8676363568b7738fbe56a3407e")
}

// UnpackEscrowNotRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowNotRenter(uint256 rentalId, address account)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowNotRenterError(raw []byte) (*PledgeEscrowEscrowNotRenter, error) {
	out := new(PledgeEscrowEscrowNotRenter)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowNotRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowNothingToWithdraw represents a EscrowNothingToWithdraw error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowNothingToWithdraw struct {
	Token   common.Address
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowNothingToWithdraw(address token, address account)
func PledgeEscrowEscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xfc9b21dcf8207350c2cdd14052cf900923548e870eabae910f470c0cdc29a7a6")
}

// UnpackEscrowNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowNothingToWithdraw(address token, address account)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowNothingToWithdrawError(raw []byte) (*PledgeEscrowEscrowNothingToWithdraw, error) {
	out := new(PledgeEscrowEscrowNothingToWithdraw)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowNothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowPaymentTokenNotAllowed represents a EscrowPaymentTokenNotAllowed error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowPaymentTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowPaymentTokenNotAllowed(address token)
func PledgeEscrowEscrowPaymentTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xd69534c342c0590d1920c82f0323437e5503a2c0f2ec0eb1d358d0114d8d4841")
}

// UnpackEscrowPaymentTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowPaymentTokenNotAllowed(address token)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowPaymentTokenNotAllowedError(raw []byte) (*PledgeEscrowEscrowPaymentTokenNotAllowed, error) {
	out := new(PledgeEscrowEscrowPaymentTokenNotAllowed)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowPaymentTokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowRentalNotActive represents a EscrowRentalNotActive error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowRentalNotActive struct {
	RentalId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowRentalNotActive(uint256 rentalId, uint8 status)
func PledgeEscrowEscrowRentalNotActiveErrorID() common.Hash {
	return common.HexToHash("0x3473b53205ab13b06d21395084c2731550ef8d3036c92fe5f9011fc7deb1a0b4")
}

// UnpackEscrowRentalNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowRentalNotActive(uint256 rentalId, uint8 status)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowRentalNotActiveError(raw []byte) (*PledgeEscrowEscrowRentalNotActive, error) {
	out := new(PledgeEscrowEscrowRentalNotActive)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowRentalNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowRentalNotEnded represents a EscrowRentalNotEnded error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowRentalNotEnded struct {
	RentalId *big.Int
	End      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowRentalNotEnded(uint256 rentalId, uint64 end)
func PledgeEscrowEscrowRentalNotEndedErrorID() common.Hash {
	return common.HexToHash("0xbadcf82431f32b9848377fecb1c20a127e401da1deca56696d179605c6ca14ab")
}

// UnpackEscrowRentalNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowRentalNotEnded(uint256 rentalId, uint64 end)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowRentalNotEndedError(raw []byte) (*PledgeEscrowEscrowRentalNotEnded, error) {
	out := new(PledgeEscrowEscrowRentalNotEnded)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowRentalNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowTooManyRentals represents a EscrowTooManyRentals error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowTooManyRentals struct {
	Account          common.Address
	MaxActiveRentals uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowTooManyRentals(address account, uint16 maxActiveRentals)
func PledgeEscrowEscrowTooManyRentalsErrorID() common.Hash {
	return common.HexToHash("0xf48147f5c61651ca80b2af92f35386a36256db8245c3d69cb06c57ec813c0ec8")
}

// UnpackEscrowTooManyRentalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowTooManyRentals(address account, uint16 maxActiveRentals)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowTooManyRentalsError(raw []byte) (*PledgeEscrowEscrowTooManyRentals, error) {
	out := new(PledgeEscrowEscrowTooManyRentals)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowTooManyRentals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowZeroAddress represents a EscrowZeroAddress error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowZeroAddress()
func PledgeEscrowEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x674fe7f57967a32b229dda08b8291da607fa181506d9e17cc1a9ffffa138c450")
}

// UnpackEscrowZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowZeroAddress()
func (pledgeEscrow *PledgeEscrow) UnpackEscrowZeroAddressError(raw []byte) (*PledgeEscrowEscrowZeroAddress, error) {
	out := new(PledgeEscrowEscrowZeroAddress)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowExpectedPause represents a ExpectedPause error raised by the PledgeEscrow contract.
type PledgeEscrowExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func PledgeEscrowExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (pledgeEscrow *PledgeEscrow) UnpackExpectedPauseError(raw []byte) (*PledgeEscrowExpectedPause, error) {
	out := new(PledgeEscrowExpectedPause)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowFeeOnTransfer represents a FeeOnTransfer error raised by the PledgeEscrow contract.
type PledgeEscrowFeeOnTransfer struct {
	Token    common.Address
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeOnTransfer(address token, uint256 expected, uint256 received)
func PledgeEscrowFeeOnTransferErrorID() common.Hash {
	return common.HexToHash("0xfd64a76cd3dd57b9fc71c903d2cde7acbdfc0a769ba358fa4b39d4abea4df7a9")
}

// UnpackFeeOnTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeOnTransfer(address token, uint256 expected, uint256 received)
func (pledgeEscrow *PledgeEscrow) UnpackFeeOnTransferError(raw []byte) (*PledgeEscrowFeeOnTransfer, error) {
	out := new(PledgeEscrowFeeOnTransfer)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "FeeOnTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowInvalidDevice represents a InvalidDevice error raised by the PledgeEscrow contract.
type PledgeEscrowInvalidDevice struct {
	Signer common.Address
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDevice(address signer, address device)
func PledgeEscrowInvalidDeviceErrorID() common.Hash {
	return common.HexToHash("0x0efecbac5a33bd1ed49240fb0dc828e45d52933fa127f81e4b4b8f5f48f51588")
}

// UnpackInvalidDeviceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDevice(address signer, address device)
func (pledgeEscrow *PledgeEscrow) UnpackInvalidDeviceError(raw []byte) (*PledgeEscrowInvalidDevice, error) {
	out := new(PledgeEscrowInvalidDevice)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InvalidDevice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowInvalidShortString represents a InvalidShortString error raised by the PledgeEscrow contract.
type PledgeEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func PledgeEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (pledgeEscrow *PledgeEscrow) UnpackInvalidShortStringError(raw []byte) (*PledgeEscrowInvalidShortString, error) {
	out := new(PledgeEscrowInvalidShortString)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowInvalidTerms represents a InvalidTerms error raised by the PledgeEscrow contract.
type PledgeEscrowInvalidTerms struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms()
func PledgeEscrowInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0x0256965f9b387bc8ec6c98cf0ff582eaf117751bcb03b5eac94f4b122d4a5fc9")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms()
func (pledgeEscrow *PledgeEscrow) UnpackInvalidTermsError(raw []byte) (*PledgeEscrowInvalidTerms, error) {
	out := new(PledgeEscrowInvalidTerms)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowNotOwner represents a NotOwner error raised by the PledgeEscrow contract.
type PledgeEscrowNotOwner struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 tokenId, address account)
func PledgeEscrowNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 tokenId, address account)
func (pledgeEscrow *PledgeEscrow) UnpackNotOwnerError(raw []byte) (*PledgeEscrowNotOwner, error) {
	out := new(PledgeEscrowNotOwner)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowOnlyArbitration represents a OnlyArbitration error raised by the PledgeEscrow contract.
type PledgeEscrowOnlyArbitration struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyArbitration(address account)
func PledgeEscrowOnlyArbitrationErrorID() common.Hash {
	return common.HexToHash("0x84792f7e84c44b897eb324dbf59a9db40d535b579f8140b9dd754171eeb90104")
}

// UnpackOnlyArbitrationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyArbitration(address account)
func (pledgeEscrow *PledgeEscrow) UnpackOnlyArbitrationError(raw []byte) (*PledgeEscrowOnlyArbitration, error) {
	out := new(PledgeEscrowOnlyArbitration)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "OnlyArbitration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PledgeEscrow contract.
type PledgeEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PledgeEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (pledgeEscrow *PledgeEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PledgeEscrowReentrancyGuardReentrantCall, error) {
	out := new(PledgeEscrowReentrancyGuardReentrantCall)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowRentalOverdue represents a RentalOverdue error raised by the PledgeEscrow contract.
type PledgeEscrowRentalOverdue struct {
	RentalId *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RentalOverdue(uint256 rentalId, uint64 deadline)
func PledgeEscrowRentalOverdueErrorID() common.Hash {
	return common.HexToHash("0x7266b46aa4d3cf9ba720a470f98b1f81de7667c513a05d9883bb67a35b43a5dd")
}

// UnpackRentalOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RentalOverdue(uint256 rentalId, uint64 deadline)
func (pledgeEscrow *PledgeEscrow) UnpackRentalOverdueError(raw []byte) (*PledgeEscrowRentalOverdue, error) {
	out := new(PledgeEscrowRentalOverdue)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "RentalOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PledgeEscrow contract.
type PledgeEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PledgeEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (pledgeEscrow *PledgeEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*PledgeEscrowSafeERC20FailedOperation, error) {
	out := new(PledgeEscrowSafeERC20FailedOperation)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowSelfRental represents a SelfRental error raised by the PledgeEscrow contract.
type PledgeEscrowSelfRental struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfRental(address account)
func PledgeEscrowSelfRentalErrorID() common.Hash {
	return common.HexToHash("0xd6bec7af28ba2f6a80a92989a6b65d0624edd82efdad4b43d9ce74545941fe36")
}

// UnpackSelfRentalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfRental(address account)
func (pledgeEscrow *PledgeEscrow) UnpackSelfRentalError(raw []byte) (*PledgeEscrowSelfRental, error) {
	out := new(PledgeEscrowSelfRental)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "SelfRental", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowStaleNonce represents a StaleNonce error raised by the PledgeEscrow contract.
type PledgeEscrowStaleNonce struct {
	RentalId  *big.Int
	Nonce     uint64
	LastNonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleNonce(uint256 rentalId, uint64 nonce, uint64 lastNonce)
func PledgeEscrowStaleNonceErrorID() common.Hash {
	return common.HexToHash("0x8b890aa9f265d45bf60c56149ebdfceb31e5b82c2f32f4eda0b6e5259da1c9ff")
}

// UnpackStaleNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleNonce(uint256 rentalId, uint64 nonce, uint64 lastNonce)
func (pledgeEscrow *PledgeEscrow) UnpackStaleNonceError(raw []byte) (*PledgeEscrowStaleNonce, error) {
	out := new(PledgeEscrowStaleNonce)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "StaleNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowStringTooLong represents a StringTooLong error raised by the PledgeEscrow contract.
type PledgeEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func PledgeEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (pledgeEscrow *PledgeEscrow) UnpackStringTooLongError(raw []byte) (*PledgeEscrowStringTooLong, error) {
	out := new(PledgeEscrowStringTooLong)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
