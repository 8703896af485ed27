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
	MinDuration  uint64
	PledgeState  uint8
	Open         bool
	Confirmed    bool
	PaymentToken common.Address
	MaxDuration  uint64
	PricePerHour *big.Int
	Deposit      *big.Int
	PricePerUnit *big.Int
	Pledge       *big.Int
}

// IPledgeEscrowParams is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowParams struct {
	Treasury        common.Address
	PlatformFeeBps  uint16
	GracePeriod     uint64
	LateFeeBps      uint16
	RewardPerRental *big.Int
	BasePledge      *big.Int
}

// IPledgeEscrowRental is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowRental struct {
	ListingId    *big.Int
	TokenId      *big.Int
	Renter       common.Address
	Start        uint64
	Status       uint8
	Confirmed    bool
	DamageBps    uint16
	Provider     common.Address
	End          uint64
	ParamsId     uint32
	PaymentToken common.Address
	LastNonce    uint64
	MinDuration  uint64
	PricePerHour *big.Int
	PricePerUnit *big.Int
	Rent         *big.Int
	Deposit      *big.Int
	Units        *big.Int
	DisputeId    *big.Int
}

// PledgeEscrowMetaData contains all meta data concerning the PledgeEscrow contract.
var PledgeEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"contractIAssetRegistry\"},{\"name\":\"credit\",\"type\":\"address\",\"internalType\":\"contractICreditRegistry\"},{\"name\":\"shr\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"paymentTokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PLATFORM_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeRentalCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeRentalOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"arbitration\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"basePledge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collectDefault\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"confirmAsset\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delist\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getListing\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Listing\",\"components\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pledgeState\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.PledgeState\"},{\"name\":\"open\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getParams\",\"inputs\":[{\"name\":\"paramsId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Rental\",\"components\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"paramsId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gracePeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPaymentToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lateFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"list\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"listingCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"evidenceHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openListingOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"platformFeeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rent\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentWithPermit\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"permitValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"permitDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentalCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportUsage\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"resolveDispute\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardPerRental\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setArbitration\",\"inputs\":[{\"name\":\"arbitration_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"platformFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"basePledge_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPaymentToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateListing\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ArbitrationSet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Delisted\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidenceHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Listed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ListingUpdated\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"rewardPerRental\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentCredited\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentTokenSet\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeLocked\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReleased\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReturned\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeSlashed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalDefaulted\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalSettled\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rentCharged\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"usageFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damage\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"lateFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Rented\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rent\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageReported\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"units\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowAlreadyConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowAlreadyListed\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationAlreadySet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowAssetBusy\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowDefaultNotDue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowInvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowInvalidParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowListingNotOpen\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowNotParty\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotProvider\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotRenter\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNothingToWithdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowPaymentTokenNotAllowed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowRentalNotActive\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"}]},{\"type\":\"error\",\"name\":\"EscrowRentalNotEnded\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowTooManyRentals\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"EscrowZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeOnTransfer\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDevice\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidTerms\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyArbitration\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RentalOverdue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SelfRental\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StaleNonce\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "PledgeEscrow",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051615ae3380380615ae383398101604081905261002f916105eb565b6040518060400160405280600c81526020016b506c65646765457363726f7760a01b815250604051806040016040528060018152602001603160f81b81525061007d826101e560201b60201c565b6101205261008a816101e5565b61014052815160208084019190912060e052815190820120610100524660a05261011660e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038516158061013c57506001600160a01b038416155b8061014e57506001600160a01b038316155b1561016c5760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b03808616610160528481166101805283166101a0526101925f8761022b565b5061019c826102d4565b5f5b81518110156101d9576101d18282815181106101bc576101bc6106f7565b6020026020010151600161044560201b60201c565b60010161019e565b50505050505050610796565b5f5f829050601f81511115610218578260405163305a27a960e01b815260040161020f919061070b565b60405180910390fd5b805161022382610740565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102cb575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ce565b505f5b92915050565b6103e861ffff16816020015161ffff1611806102f8575080516001600160a01b0316155b156103165760405163fbadcaad60e01b815260040160405180910390fd5b600780545f9190829061032e9063ffffffff16610766565b82546101009290920a63ffffffff81810219909316928216908102929092179092555f908152600860209081526040918290208551815487840151888601516060808b01516001600160a01b039095166001600160b01b03199094168417600160a01b61ffff948516908102919091176001600160b01b0316600160b01b6001600160401b039094169384026001600160f01b031617600160f01b949096169384029590951786556080808c01516001880181905560a0808e015160029099018990558a5197885298870193909352858901939093528401528201929092529182015290519192507fae4ff7cf0b5cfbe64204b2b37c83f01bd48bd7019e63b31c64edea0c88d7368d919081900360c00190a15050565b6001600160a01b03821661046c5760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600e6020908152604091829020805460ff191685151590811790915591519182527fffdce9f9df20da8850cebaa94fe36deeda0706dc51aff3d633615f70cbc3a9d0910160405180910390a25050565b6001600160a01b03811681146104de575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610517576105176104e1565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610545576105456104e1565b604052919050565b805161ffff8116811461055e575f5ffd5b919050565b5f82601f830112610572575f5ffd5b81516001600160401b0381111561058b5761058b6104e1565b8060051b61059b6020820161051d565b918252602081850181019290810190868411156105b6575f5ffd5b6020860192505b838310156105e15782516105d0816104ca565b8252602092830192909101906105bd565b9695505050505050565b5f5f5f5f5f5f868803610160811215610602575f5ffd5b875161060d816104ca565b602089015190975061061e816104ca565b604089015190965061062f816104ca565b6060890151909550610640816104ca565b935060c0607f1982011215610653575f5ffd5b5061065c6104f5565b608088015161066a816104ca565b815261067860a0890161054d565b602082015260c08801516001600160401b0381168114610696575f5ffd5b60408201526106a760e0890161054d565b6060820152610100880151608082015261012088015160a08201526101408801519092506001600160401b038111156106de575f5ffd5b6106ea89828a01610563565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610760575f198160200360031b1b821691505b50919050565b5f63ffffffff821663ffffffff810361078d57634e487b7160e01b5f52601160045260245ffd5b60010192915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161524b6108985f395f8181610ffc015281816115b6015281816116f70152818161369c015281816136c70152613fcf01525f8181610f98015281816118ff015281816119db015281816121b30152818161286e0152818161291e01528181612b4e0152818161318f01526133b901525f818161152f01528181611a5101528181611cea015281816122250152818161273d015281816129c601528181612eaf015281816130e1015261323601525f613c0401525f613bd401525f6145fd01525f6145d501525f61453001525f61455a01525f614584015261524b5ff3fe608060405234801561000f575f5ffd5b506004361061028c575f3560e01c80638456cb5911610161578063a21650ff116100ca578063d4d7d93311610084578063d4d7d933146106cc578063d547741f146107ed578063e274ae6414610800578063e63ab1e91461081f578063edd0f93614610846578063f3eca9f514610859575f5ffd5b8063a21650ff14610620578063a217fddf1461063f578063a9b07c2614610646578063bc41a8361461064e578063ccc574901461066d578063d4570c1c14610694575f5ffd5b8063964bc33f1161011b578063964bc33f1461058457806397491d6f146105975780639b732350146105aa5780639def8223146105bb5780639f08a277146105ce578063a06db7dc146105e1575f5ffd5b80638456cb59146104f357806384b0196e146104fb5780638d01513c1461051657806391d148541461051f578063930eaddc1461053257806395e7ca4c1461055d575f5ffd5b80633dbc4ca3116102035780635c975abb116101bd5780635c975abb146104565780635e87fc8a146104615780635f57c16e1461047457806361d027b314610487578063652bd29e146104c05780637f3d7e00146104e0575f5ffd5b80633dbc4ca3146103c65780633f4ba83a146103ee5780633ff6c9a1146103f6578063430884cf146104095780634b749d6e1461041c57806351cff8d914610443575f5ffd5b8063248a9ca311610254578063248a9ca31461034357806329388f8d146103655780632d75dbf11461037a5780632ed2d4291461038d5780632f2ff15d146103a057806336568abe146103b3575f5ffd5b806301ffc9a71461029057806306b532db146102b85780630a294ab6146102e5578063107a274a146102ed57806322dcd13e1461030d575b5f5ffd5b6102a361029e3660046148f7565b61086c565b60405190151581526020015b60405180910390f35b6102d76102c636600461491e565b5f908152600b602052604090205490565b6040519081526020016102af565b6006546102d7565b6103006102fb36600461491e565b6108a2565b6040516102af919061495d565b60075463ffffffff165f90815260086020526040902054600160a01b900461ffff165b60405161ffff90911681526020016102af565b6102d761035136600461491e565b5f9081526020819052604090206001015490565b610378610373366004614a58565b610a03565b005b610378610388366004614a98565b610aac565b6102d761039b366004614b02565b610b2e565b6103786103ae366004614b2c565b610b53565b6103786103c1366004614b2c565b610b7d565b6102d76103d4366004614a58565b6001600160a01b03165f908152600d602052604090205490565b610378610bb5565b6102d7610404366004614b5a565b610bea565b610378610417366004614bd1565b610c8e565b60075463ffffffff165f90815260086020526040902054600160f01b900461ffff16610330565b610378610451366004614a58565b610cc2565b60015460ff166102a3565b61037861046f36600461491e565b610d96565b6102d7610482366004614bfd565b611037565b60075463ffffffff165f908152600860205260409020546001600160a01b03165b6040516001600160a01b0390911681526020016102af565b6104d36104ce36600461491e565b61111b565b6040516102af9190614c73565b6103786104ee366004614df3565b61130f565b6103786115f6565b610503611628565b6040516102af9796959493929190614e44565b6103306103e881565b6102a361052d366004614b2c565b61166a565b6102a3610540366004614a58565b6001600160a01b03165f908152600e602052604090205460ff1690565b6102d77fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd81565b61037861059236600461491e565b611692565b6103786105a536600461491e565b611729565b6004546001600160a01b03166104a8565b6103786105c9366004614eda565b611b3c565b6103786105dc366004614f7b565b611f35565b60075463ffffffff165f90815260086020526040902054600160b01b90046001600160401b03166040516001600160401b0390911681526020016102af565b6102d761062e36600461491e565b5f908152600c602052604090205490565b6102d75f81565b6005546102d7565b60075463ffffffff165f908152600860205260409020600201546102d7565b6102d77f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6102d76106a2366004614fd1565b6001600160a01b039182165f908152600f6020908152604080832093909416825291909152205490565b6107896106da366004614ffd565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525063ffffffff165f90815260086020908152604091829020825160c08101845281546001600160a01b038116825261ffff600160a01b82048116948301949094526001600160401b03600160b01b82041694820194909452600160f01b9093049091166060830152600181015460808301526002015460a082015290565b6040516102af91905f60c08201905060018060a01b03835116825261ffff60208401511660208301526001600160401b03604084015116604083015261ffff60608401511660608301526080830151608083015260a083015160a083015292915050565b6103786107fb366004614b2c565b61200b565b60075463ffffffff165f908152600860205260409020600101546102d7565b6102d77f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61037861085436600461491e565b61202f565b6102d7610867366004615020565b6122e9565b5f6001600160e01b03198216637965db0b60e01b148061089c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f828152600960209081526040918290208251610180810184528154815260018201546001600160a01b03811693820193909352600160a01b83046001600160401b031693810193909352906060830190600160e01b900460ff16600481111561096e5761096e614935565b600481111561097f5761097f614935565b8152600182015460ff600160e81b8204811615156020840152600160f01b909104161515604082015260028201546001600160a01b03811660608301526001600160401b03600160a01b909104166080820152600382015460a0820152600482015460c0820152600582015460e08201526006909101546101009091015292915050565b5f610a0d81612500565b6004546001600160a01b0316151580610a2d57506001600160a01b038216155b15610a62576004805460405163069825c760e31b81526001600160a01b03909116918101919091526024015b60405180910390fd5b600480546001600160a01b0319166001600160a01b0384169081179091556040517f35977ac42f38a0aa30672eb98b36002deb289fdc24df6ab2b66c25cb0a086851905f90a25050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610ad681612500565b610b256040518060c00160405280846001600160a01b031681526020018961ffff168152602001886001600160401b031681526020018761ffff1681526020018681526020018581525061250a565b50505050505050565b5f610b3761267b565b610b3f6126a1565b610b4983836126d6565b905061089c612f48565b5f82815260208190526040902060010154610b6d81612500565b610b778383612f72565b50505050565b6001600160a01b0381163314610ba65760405163334bd91960e11b815260040160405180910390fd5b610bb08282613001565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610bdf81612500565b610be761306a565b50565b5f610bf361267b565b610bfb6126a1565b60408051610180810182528981523360208201526001600160401b03861691810191909152610c799060608101600181526020016001151581526020015f15158152602001896001600160a01b03168152602001856001600160401b031681526020018881526020018781526020018481526020015f8152506130bc565b9050610c83612f48565b979650505050505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610cb881612500565b610bb083836136fc565b610cca6126a1565b6001600160a01b0381165f908152600f6020908152604080832033845290915281205490819003610d1f57604051633f26c87760e21b81526001600160a01b0383166004820152336024820152604401610a59565b6001600160a01b0382165f818152600f602090815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a3610d8d6001600160a01b0383163383613781565b50610be7612f48565b610d9e6126a1565b5f818152600a6020526040902060016002820154600160e01b900460ff166005811115610dcd57610dcd614935565b14610e00578181600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b60028101546001600160a01b03163314610e365760405163874d0bb560e01b815260048101839052336024820152604401610a59565b6002810154600160e81b900460ff1615610e66576040516374efe03760e01b815260048101839052602401610a59565b60028101805460ff60e81b1916600160e81b179055604051339083907f752ce00c97d7c8607a743e996ce92f67e8e378417ac92304d0e2cf911ced2713905f90a380545f9081526009602052604090206001810154600160f01b900460ff1615610ed157505061102f565b6001818101805460ff60f01b1916600160f01b1790555f906001830154600160e01b900460ff166004811115610f0957610f09614935565b03610f6d5750600181018054600160e11b60ff60e01b198216179091556006820154835460405182815291926001600160a01b0316917f66840667f92dfe2b4e9d9fa01aee2be6313aa3efd436179d64b2277aa004579f9060200160405180910390a35b60018201546040516301e023cd60e51b81526001600160a01b039182166004820152600660248201527f000000000000000000000000000000000000000000000000000000000000000090911690633c0479a0906044015f604051808303815f87803b158015610fdb575f5ffd5b505af1158015610fed573d5f5f3e3d5ffd5b505050600183015461102b91507f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0316836137b6565b5050505b610be7612f48565b5f61104061267b565b6110486126a1565b5f88815260096020526040902060010154600160e81b900460ff16611083576040516386e797c360e01b815260048101899052602401610a59565b5f888152600960205260409081902060020154905163d505accf60e01b8152336004820152306024820152604481018890526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b039091169063d505accf9060e4015f604051808303815f87803b1580156110ff575f5ffd5b505af1925050508015611110575060015b50610c7988886126d6565b60408051610260810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101919091525f828152600a60209081526040918290208251610260810184528154815260018201549281019290925260028101546001600160a01b03811693830193909352600160a01b83046001600160401b0316606083015290916080830190600160e01b900460ff16600581111561122a5761122a614935565b600581111561123b5761123b614935565b81526002820154600160e81b810460ff1615156020830152600160f01b900461ffff16604082015260038201546001600160a01b038082166060840152600160a01b8083046001600160401b039081166080860152600160e01b90930463ffffffff1660a0850152600485015491821660c08501529004811660e08301526005830154166101008201526006820154610120820152600782015461014082015260088201546101608201526009820154610180820152600a8201546101a0820152600b909101546101c09091015292915050565b6113176126a1565b6004546001600160a01b031633146113445760405163423c97bf60e11b8152336004820152602401610a59565b5f828152600a60205260409020600280820154600160e01b900460ff16600581111561137257611372614935565b146113a5578281600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b6127108261ffff1611156113d257604051634c16292160e11b815261ffff83166004820152602401610a59565b6003810154600160e01b900463ffffffff165f908152600860205260408120906114136113fe84613869565b83544290600160a01b900461ffff168761395a565b9050611420836005613a2b565b600b83015460405161ffff8616815286907f7c24fce88e89c6c1a5caa753f3c18bc1bba0f3a142a9b9129c5a70ffc7bbe4129060200160405180910390a3611469858483613a9c565b82545f90815260096020526040812061ffff86161580156114a85750600180820154600160e01b900460ff1660048111156114a6576114a6614935565b145b1561151357600181018054600360e01b60ff60e01b199091161790556006810154600286015486546040518381529294506001600160a01b03909116917f414a9771b88fe585dca655b6ebb75f14072489e977b53644927ae64bf1bc4a6c9060200160405180910390a35b60018501546040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e030565e9161156791905f908190600401615054565b5f604051808303815f87803b15801561157e575f5ffd5b505af1158015611590573d5f5f3e3d5ffd5b505085546115ab92508791506001600160a01b031685613b27565b60028501546115e5907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0316846137b6565b50505050506115f2612f48565b5050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61162081612500565b610be7613b92565b5f6060805f5f5f6060611639613bcd565b611641613bfd565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61169a6126a1565b5f6116a482613c28565b80545f908152600c602052604090205490915080156116e357815460405163428e0bb760e11b8152600481019190915260248101829052604401610a59565b5f5f6116ee85613c9f565b9150915061171d7f000000000000000000000000000000000000000000000000000000000000000083836137b6565b50505050610be7612f48565b6117316126a1565b5f818152600a6020526040902060016002820154600160e01b900460ff16600581111561176057611760614935565b14611793578181600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b60038101546001600160a01b031633036117ff576003810154600160a01b90046001600160401b03164210156117fa576003810154604051632eb73e0960e21b815260048101849052600160a01b9091046001600160401b03166024820152604401610a59565b611835565b60028101546001600160a01b03163314611835576040516375c8b29160e01b815260048101839052336024820152604401610a59565b5f61183f82613d87565b9050806001600160401b031642111561187d576040516339335a3560e11b8152600481018490526001600160401b0382166024820152604401610a59565b6003820154600160e01b900463ffffffff165f908152600860205260408120906118c76118a985613869565b8354429061ffff600160a01b8204811691600160f01b900416613dcd565b90506118d4846003613a2b565b6118df858583613a9c565b60038401546002850154600160a01b9091046001600160401b03164211907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691633c0479a091168361193c575f61193f565b60015b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260ff1660248201526044015f604051808303815f87803b158015611985575f5ffd5b505af1158015611997573d5f5f3e3d5ffd5b505050506002850154600160f01b900461ffff1615611a355760028501546040516301e023cd60e51b81526001600160a01b039182166004820152600360248201527f000000000000000000000000000000000000000000000000000000000000000090911690633c0479a0906044015f604051808303815f87803b158015611a1e575f5ffd5b505af1158015611a30573d5f5f3e3d5ffd5b505050505b60018501546040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e030565e91611a8991905f908190600401615054565b5f604051808303815f87803b158015611aa0575f5ffd5b505af1158015611ab2573d5f5f3e3d5ffd5b50508454611acd92508791506001600160a01b031684613b27565b80158015611ae857506002850154600160f01b900461ffff16155b15611b2f5760028501546001840154611b0e9188916001600160a01b0390911690613f9d565b60038501546001840154611b2f9188916001600160a01b0390911690613f9d565b5050505050610be7612f48565b5f868152600a6020526040902060016002820154600160e01b900460ff166005811115611b6b57611b6b614935565b14611b9e578681600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b5f611ba882613d87565b9050806001600160401b0316421115611be6576040516339335a3560e11b8152600481018990526001600160401b0382166024820152604401610a59565b60048201546001600160401b03600160a01b909104811690861611611c4457600480830154604051638b890aa960e01b81529182018a90526001600160401b038088166024840152600160a01b909104166044820152606401610a59565b6127108661ffff161115611c7157604051634c16292160e11b815261ffff87166004820152602401610a59565b604080517fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd60208201529081018990526060810188905261ffff871660808201526001600160401b03861660a08201525f90611ce59060c00160405160208183030381529060405280519060200120614062565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636df1819b85600101546040518263ffffffff1660e01b8152600401611d3a91815260200190565b602060405180830381865afa158015611d55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d79919061507c565b90505f5f611dbc8489898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061408e92505050565b5090925090505f816003811115611dd557611dd5614935565b141580611de957506001600160a01b038316155b80611e065750826001600160a01b0316826001600160a01b031614155b15611e37576040516303bfb2eb60e21b81526001600160a01b03808416600483015284166024820152604401610a59565b60048601805467ffffffffffffffff60a01b1916600160a01b6001600160401b038c1602179055600a860180548c91905f90611e749084906150ab565b909155505060028601545f90611e989061ffff808e1691600160f01b9004166150ab565b90506127108111611ea95780611ead565b6127105b87600201601e6101000a81548161ffff021916908361ffff160217905550896001600160401b0316846001600160a01b03168e7f23df76ef4932ccfe3d430d2f5352f0a21a4eecfa3a03c88fb2126a7f57ec0f318f8f604051611f1e92919091825261ffff16602082015260400190565b60405180910390a450505050505050505050505050565b611f3d61267b565b5f611f4787613c28565b9050611f5686868686866140d7565b60038101869055600481018590556001810180546001600160401b03868116600160a01b81810267ffffffffffffffff60a01b199485161790945560028501805492881694850292909316919091179091556005830184905560408051898152602081018990529081019190915260608101919091526080810183905287907fdf31d6deed3a6f13dcdf76f341ee092d14475714572df7a8266edf1ea060c0919060a00160405180910390a250505050505050565b5f8281526020819052604090206001015461202581612500565b610b778383613001565b6120376126a1565b5f818152600a6020526040902060016002820154600160e01b900460ff16600581111561206657612066614935565b14612099578181600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b5f6120a382613d87565b9050806001600160401b031642116120e05760405163ef5cb56560e01b8152600481018490526001600160401b0382166024820152604401610a59565b6003820154600160e01b900463ffffffff165f908152600860208190526040822090840154815491929161211f9190600160a01b900461ffff16614168565b905061212c846004613a2b565b60038401546002850154600986015460408051918252602082018590526001600160a01b03938416939092169188917fd0e1d273af0afcba797af65f884c19ec15668906e1a5e63d0ba5e36ec0fd2baa910160405180910390a46002848101546040516301e023cd60e51b81526001600160a01b03918216600482015260248101929092527f00000000000000000000000000000000000000000000000000000000000000001690633c0479a0906044015f604051808303815f87803b1580156121f4575f5ffd5b505af1158015612206573d5f5f3e3d5ffd5b50505060018501546040516370182b2f60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016925063e030565e9161225d915f908190600401615054565b5f604051808303815f87803b158015612274575f5ffd5b505af1158015612286573d5f5f3e3d5ffd5b505050600485015483546122a892506001600160a01b039182169116836137b6565b600484015460038501546009860154600887015461171d936001600160a01b03908116931691906122da9086906150be565b6122e491906150ab565b6137b6565b5f6122f26126a1565b5f838152600a6020526040902060016002820154600160e01b900460ff16600581111561232157612321614935565b14612354578381600201601c9054906101000a900460ff16604051631a39da9960e11b8152600401610a59929190615040565b60028101546001600160a01b0316331480159061237e575060038101546001600160a01b03163314155b156123a5576040516375c8b29160e01b815260048101859052336024820152604401610a59565b5f6123af82613d87565b9050806001600160401b03164211156123ed576040516339335a3560e11b8152600481018690526001600160401b0382166024820152604401610a59565b6004546001600160a01b0316806124175760405163d755cfd160e01b815260040160405180910390fd5b600283018054600160e11b60ff60e01b1982161790915560038401546040516365f269db60e11b8152600481018990523360248201526001600160a01b03928316604482015290821660648201529082169063cbe4d3b6906084016020604051808303815f875af115801561248e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124b291906150d1565b600b84018190556040518681529094503390859088907fedf31fd013a38f6b736218393bfd40eb05c37155c1fe05b8e02cc7eed46810309060200160405180910390a450505061089c612f48565b610be7813361417d565b6103e861ffff16816020015161ffff16118061252e575080516001600160a01b0316155b1561254c5760405163fbadcaad60e01b815260040160405180910390fd5b600780545f919082906125649063ffffffff166150e8565b82546101009290920a63ffffffff81810219909316928216908102929092179092555f908152600860209081526040918290208551815487840151888601516060808b01516001600160a01b039095166001600160b01b03199094168417600160a01b61ffff948516908102919091176001600160b01b0316600160b01b6001600160401b039094169384026001600160f01b031617600160f01b949096169384029590951786556080808c01516001880181905560a0808e015160029099018990558a5197885298870193909352858901939093528401528201929092529182015290519192507fae4ff7cf0b5cfbe64204b2b37c83f01bd48bd7019e63b31c64edea0c88d7368d919081900360c00190a15050565b60015460ff161561269f5760405163d93c066560e01b815260040160405180910390fd5b565b6126a96141b6565b61269f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906141f6565b5f8281526009602052604081206001810154600160e81b900460ff16612712576040516386e797c360e01b815260048101859052602401610a59565b805460018201546040516331a9108f60e11b8152600481018390526001600160a01b039182169182917f000000000000000000000000000000000000000000000000000000000000000090911690636352211e90602401602060405180830381865afa158015612784573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127a8919061507c565b6001600160a01b0316146127e15760405163b9c0876160e01b8152600481018390526001600160a01b0382166024820152604401610a59565b60028301546001600160a01b03165f908152600e602052604090205460ff1661282e57600283015460405163d69534c360e01b81526001600160a01b039091166004820152602401610a59565b6001600160a01b03811633036128595760405163d6bec7af60e01b8152336004820152602401610a59565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa1580156128bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128df919061510c565b156128ff5760405163ba3049d360e01b8152336004820152602401610a59565b60405163fe575a8760e01b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063fe575a8790602401602060405180830381865afa158015612963573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612987919061510c565b156129b05760405163ba3049d360e01b81526001600160a01b0382166004820152602401610a59565b6040516337b6d96b60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015612a13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a37919061510c565b612a57576040516391b86ad360e01b815260048101839052602401610a59565b5f828152600c60205260409020548015612a8e5760405163428e0bb760e11b81526004810184905260248101829052604401610a59565b6001600160401b0386161580612abb575060018401546001600160401b03600160a01b9091048116908716105b80612add575060028401546001600160401b03600160a01b9091048116908716115b15612b2d576001840154600285015460405163b7ebf30360e01b81526001600160401b03808a166004830152600160a01b9384900481166024830152929091049091166044820152606401610a59565b604051630369ac9160e01b81523360048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630369ac9190602401606060405180830381865afa158015612b93573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bb79190615127565b50335f908152600d6020526040902054919350915061ffff831611612bfb5760405163f48147f560e01b815233600482015261ffff83166024820152604401610a59565b5f612c1387600301548a6001600160401b03166141fd565b90505f612c2888600401548461ffff1661420d565b9050425f612c368c83615171565b905060065f8154612c4690615190565b9190508190559a505f600a5f8d81526020019081526020015f2090508d815f018190555089816001018190555033816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555088816003015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508a6002015f9054906101000a90046001600160a01b0316816004015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550828160020160146101000a8154816001600160401b0302191690836001600160401b03160217905550818160030160146101000a8154816001600160401b0302191690836001600160401b031602179055508a60010160149054906101000a90046001600160401b0316816005015f6101000a8154816001600160401b0302191690836001600160401b03160217905550600181600201601c6101000a81548160ff02191690836005811115612db957612db9614935565b021790555060038b810154600683015560058c015460078084019190915560088301879055600983018690555490820180546001600160e01b031663ffffffff909216600160e01b029190911790555f8a8152600c602090815260408083208f9055338352600d90915281208054909190612e3390615190565b90915550604080518b81526001600160401b038086166020830152841691810191909152606081018690526080810185905233908f908e907fa6e34833e858e5de7aa4c3eacbde0a784166788d5a4e9ac3d9291f3a02fcdd0f9060a00160405180910390a46040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e030565e90612ee8908d9033908790600401615054565b5f604051808303815f87803b158015612eff575f5ffd5b505af1158015612f11573d5f5f3e3d5ffd5b50505060028c0154612f3791506001600160a01b031633612f3287896150ab565b61421d565b505050505050505050505092915050565b61269f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006126d0565b5f612f7d838361166a565b612ffa575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612fb23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161089c565b505f61089c565b5f61300c838361166a565b15612ffa575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161089c565b613072614357565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b80516040516331a9108f60e11b8152600481018290525f919033906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015613126573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061314a919061507c565b6001600160a01b03161461317a5760405163b9c0876160e01b815260048101829052336024820152604401610a59565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa1580156131dc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613200919061510c565b156132205760405163ba3049d360e01b8152336004820152602401610a59565b6040516337b6d96b60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015613283573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132a7919061510c565b6132c7576040516391b86ad360e01b815260048101829052602401610a59565b60c08301516001600160a01b03165f908152600e602052604090205460ff166133145760c083015160405163d69534c360e01b81526001600160a01b039091166004820152602401610a59565b61333883610100015184610120015185604001518660e001518761014001516140d7565b5f818152600b6020526040812054819080156133a2575f81815260096020526040902060010154336001600160a01b03909116036133935760405163c842d30360e01b81526004810185905260248101829052604401610a59565b61339c81613c9f565b90935091505b604051630369ac9160e01b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630369ac9190602401606060405180830381865afa158015613406573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061342a9190615127565b60075463ffffffff165f908152600860205260409020600201549093506134589250905061ffff8316614168565b610160880152600580545f9061346d90615190565b91829055505f818152600960209081526040918290208a518155908a0151600182018054938c01516001600160401b0316600160a01b026001600160e01b03199094166001600160a01b03909216919091179290921780835560608b01519399508a9391929060ff60e01b1916600160e01b8360048111156134f1576134f1614935565b0217905550608082015160018201805460a08501511515600160f01b0260ff60f01b19931515600160e81b029390931661ffff60e81b199091161791909117905560c08083015160028301805460e0808701516001600160401b0316600160a01b026001600160e01b03199092166001600160a01b0390941693909317179055610100808501516003850155610120808601516004860155610140808701516005870155610160909601516006909501949094555f8a8152600b6020526040908190208c9055928c0151908c0151938c01518c840151928d0151958d0151935133968c968e967f256f157db54a9243efeb65b9cd3053cafdf43797d0b1d1ba18ed03d73c41a8829661364696959294929390929091906001600160a01b03969096168652602086019490945260408501929092526001600160401b03908116606085015216608083015260a082015260c00190565b60405180910390a4336001600160a01b0316867f652fe293c0628666dabc26a298485ee115b5f9c1c751c87cb4c339547415fcf489610160015160405161368f91815260200190565b60405180910390a36136c27f000000000000000000000000000000000000000000000000000000000000000085856137b6565b6136f27f00000000000000000000000000000000000000000000000000000000000000003389610160015161421d565b5050505050919050565b6001600160a01b0382166137235760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600e6020908152604091829020805460ff191685151590811790915591519182527fffdce9f9df20da8850cebaa94fe36deeda0706dc51aff3d633615f70cbc3a9d0910160405180910390a25050565b61378e838383600161437a565b610bb057604051635274afe760e01b81526001600160a01b0384166004820152602401610a59565b805f036137c257505050565b6137d66001600160a01b03841683836143dc565b610bb0576001600160a01b038084165f908152600f60209081526040808320938616835292905290812080548392906138109084906150ab565b92505081905550816001600160a01b0316836001600160a01b03167f0ec92dccaaec52237ad5b362fd28fdd30264d3dbe224275a5f260e34078d9de28360405161385c91815260200190565b60405180910390a3505050565b6138ce6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f61ffff1681525090565b506040805161012081018252600683015481526007830154602082015260088301549181019190915260098201546060820152600a820154608082015260028201546001600160401b03600160a01b808304821660a0850152600385015404811660c084015260059093015490921660e082015261ffff600160f01b9092049190911661010082015290565b6139936040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61399d85856143f1565b815260608501516139b29061ffff8416614168565b604082015280516139c79061ffff8516614168565b608082018190526040820151825190916139e0916150be565b6139ea91906150ab565b60c082015260408101516060860151613a0391906150be565b81516040870151613a1491906150be565b613a1e91906150ab565b60a0820152949350505050565b60028201805482919060ff60e01b1916600160e01b836005811115613a5257613a52614935565b021790555060018201545f908152600c6020908152604080832083905560028501546001600160a01b03168352600d90915281208054909190613a94906151a8565b909155505050565b6003820154600283015482516020808501516040808701516060808901516080808b015160a0808d015187519a8b52988a019790975294880193909352908601528401528201526001600160a01b03928316929091169085907fd84fd654ae279811d1fe7621736bb207b58eddc28a15d6905cb7ff3f2e2fd4369060c00160405180910390a4505050565b60048301546080820151613b46916001600160a01b03169084906137b6565b6004830154600384015460c0830151613b6c926001600160a01b039081169216906137b6565b6004830154600284015460a0830151610bb0926001600160a01b039081169216906137b6565b613b9a61267b565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361309f565b6060613bf87f0000000000000000000000000000000000000000000000000000000000000000614473565b905090565b6060613bf87f0000000000000000000000000000000000000000000000000000000000000000614473565b5f8181526009602052604090206001810154600160e81b900460ff16613c64576040516386e797c360e01b815260048101839052602401610a59565b60018101546001600160a01b03163314613c9a57604051631a17dacd60e21b815260048101839052336024820152604401610a59565b919050565b5f81815260096020908152604080832060018101805460ff60e81b1916905580548452600b9092528083208390555182919084907fc40fdc946efe80191c467f60727c4abc08254a056035d467a4516a86005ab763908490a2600180820154600160e01b900460ff166004811115613d1957613d19614935565b03613d8157600181018054600160e21b60ff60e01b1982161790915560068201546040518181526001600160a01b0390921694509250839085907f444a8a3433948659dcbfd4fe3ea61bea4e3fd0752dfbbf1fea585e91b7d5bc839060200160405180910390a35b50915091565b600381015463ffffffff600160e01b8204165f90815260086020526040812054909161089c916001600160401b03600160b01b909104811691600160a01b900416615171565b613e066040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b613e1085856143f1565b81526060850151608086015160208701515f918291613e2f91906144b0565b9150915081613e3e5782613e48565b613e4881846144d3565b60208501819052613e5990846150be565b9250613e7b613e7589606001518a610100015161ffff16614168565b846144d3565b60408501819052613e8c90846150be565b92508760c001516001600160401b0316871115613f09575f613ee8895f01518761ffff168b60c001516001600160401b03168b613ec991906150be565b613ed391906151bd565b613ee1612710610e106151bd565b60016144e2565b9050613ef481856144d3565b60608601819052613f0590856150be565b9350505b60208401518451613f2791613f1d916150ab565b8761ffff16614168565b60808501819052606085015160408601516020870151875192939192613f4d91906150ab565b613f5791906150be565b613f6191906150ab565b613f6b91906150ab565b60c0850152835160408901518491613f82916150be565b613f8c91906150ab565b60a085015250919695505050505050565b805f03613fa957505050565b6040516340c10f1960e01b81526001600160a01b038381166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015614010575f5ffd5b505af1925050508015614021575060015b15610bb057816001600160a01b0316837f04492fab062412e7e4e5f46c9e919f1640652946a5e163ad6e6c1c03d87954d28360405161385c91815260200190565b5f61089c61406e614524565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f83516041036140c5576020840151604085015160608601515f1a6140b78882858561464d565b9550955095505050506140d0565b505081515f91506002905b9250925092565b8415806140e2575083155b806140f457506001600160401b038216155b806141105750816001600160401b0316836001600160401b0316115b8061412157506001600160801b0385115b8061413257506001600160801b0384115b8061414357506001600160801b0381115b1561416157604051630256965f60e01b815260040160405180910390fd5b5050505050565b5f6141768383612710614715565b9392505050565b614187828261166a565b6115f25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a59565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561269f57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6141768383610e1060016144e2565b5f614176838361271060016144e2565b805f0361422957505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa15801561426d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061429191906150d1565b90506142a86001600160a01b0385168430856147c5565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa1580156142ee573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061431291906150d1565b61431c91906150be565b905082811461416157604051633f5929db60e21b81526001600160a01b03861660048201526024810184905260448101829052606401610a59565b60015460ff1661269f57604051638dfc202b60e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166143d05783831516156143c4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6143e98484845f61437a565b949350505050565b5f5f8360c001516001600160401b0316831061441a578360c001516001600160401b031661441c565b825b90505f61444e8560a001516001600160401b03168361443b91906150be565b8660e001516001600160401b03166147fb565b905061446a614460865f0151836141fd565b86604001516144d3565b95945050505050565b60605f61447f8361480a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b8181028281048214831517905f906144c783151590565b81029150509250929050565b5f828218828410028218614176565b5f61450f6144ef83614831565b801561450a57505f8480614505576145056151d4565b868809115b151590565b61451a868686614715565b61446a91906150ab565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561457c57507f000000000000000000000000000000000000000000000000000000000000000046145b156145a657507f000000000000000000000000000000000000000000000000000000000000000090565b613bf8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561468657505f9150600390508261470b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156146d7573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661470257505f92506001915082905061470b565b92505f91508190505b9450945094915050565b5f5f5f614722868661485d565b91509150815f036147465783818161473c5761473c6151d4565b0492505050614176565b81841161475d5761475d6003851502601118614879565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6147d384848484600161488a565b610b7757604051635274afe760e01b81526001600160a01b0385166004820152602401610a59565b5f828218828411028218614176565b5f60ff8216601f81111561089c57604051632cd44ac360e21b815260040160405180910390fd5b5f600282600381111561484657614846614935565b61485091906151e8565b60ff166001149050919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166148e65783831516156148da573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215614907575f5ffd5b81356001600160e01b031981168114614176575f5ffd5b5f6020828403121561492e575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6005811061495957614959614935565b9052565b81518152602080830151610180830191614981908401826001600160a01b03169052565b50604083015161499c60408401826001600160401b03169052565b5060608301516149af6060840182614949565b5060808301516149c3608084018215159052565b5060a08301516149d760a084018215159052565b5060c08301516149f260c08401826001600160a01b03169052565b5060e0830151614a0d60e08401826001600160401b03169052565b5061010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b6001600160a01b0381168114610be7575f5ffd5b5f60208284031215614a68575f5ffd5b813561417681614a44565b61ffff81168114610be7575f5ffd5b80356001600160401b0381168114613c9a575f5ffd5b5f5f5f5f5f5f60c08789031215614aad575f5ffd5b8635614ab881614a73565b9550614ac660208801614a82565b94506040870135614ad681614a73565b9350606087013592506080870135915060a0870135614af481614a44565b809150509295509295509295565b5f5f60408385031215614b13575f5ffd5b82359150614b2360208401614a82565b90509250929050565b5f5f60408385031215614b3d575f5ffd5b823591506020830135614b4f81614a44565b809150509250929050565b5f5f5f5f5f5f5f60e0888a031215614b70575f5ffd5b873596506020880135614b8281614a44565b95506040880135945060608801359350614b9e60808901614a82565b9250614bac60a08901614a82565b96999598509396929591949193505060c09091013590565b8015158114610be7575f5ffd5b5f5f60408385031215614be2575f5ffd5b8235614bed81614a44565b91506020830135614b4f81614bc4565b5f5f5f5f5f5f5f60e0888a031215614c13575f5ffd5b87359650614c2360208901614a82565b95506040880135945060608801359350608088013560ff81168114614c46575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b6006811061495957614959614935565b5f6102608201905082518252602083015160208301526040830151614ca360408401826001600160a01b03169052565b506060830151614cbe60608401826001600160401b03169052565b506080830151614cd16080840182614c63565b5060a0830151614ce560a084018215159052565b5060c0830151614cfb60c084018261ffff169052565b5060e0830151614d1660e08401826001600160a01b03169052565b50610100830151614d336101008401826001600160401b03169052565b50610120830151614d4d61012084018263ffffffff169052565b50610140830151614d6a6101408401826001600160a01b03169052565b50610160830151614d876101608401826001600160401b03169052565b50610180830151614da46101808401826001600160401b03169052565b506101a08301516101a08301526101c08301516101c08301526101e08301516101e083015261020083015161020083015261022083015161022083015261024083015161024083015292915050565b5f5f60408385031215614e04575f5ffd5b823591506020830135614b4f81614a73565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f614e6260e0830189614e16565b8281036040840152614e748189614e16565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614ec9578351835260209384019390920191600101614eab565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a08789031215614eef575f5ffd5b86359550602087013594506040870135614f0881614a73565b9350614f1660608801614a82565b925060808701356001600160401b03811115614f30575f5ffd5b8701601f81018913614f40575f5ffd5b80356001600160401b03811115614f55575f5ffd5b896020828401011115614f66575f5ffd5b60208201935080925050509295509295509295565b5f5f5f5f5f5f60c08789031215614f90575f5ffd5b863595506020870135945060408701359350614fae60608801614a82565b9250614fbc60808801614a82565b9598949750929591949360a090920135925050565b5f5f60408385031215614fe2575f5ffd5b8235614fed81614a44565b91506020830135614b4f81614a44565b5f6020828403121561500d575f5ffd5b813563ffffffff81168114614176575f5ffd5b5f5f60408385031215615031575f5ffd5b50508035926020909101359150565b828152604081016141766020830184614c63565b9283526001600160a01b039190911660208301526001600160401b0316604082015260600190565b5f6020828403121561508c575f5ffd5b815161417681614a44565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561089c5761089c615097565b8181038181111561089c5761089c615097565b5f602082840312156150e1575f5ffd5b5051919050565b5f63ffffffff821663ffffffff810361510357615103615097565b60010192915050565b5f6020828403121561511c575f5ffd5b815161417681614bc4565b5f5f5f60608486031215615139575f5ffd5b835161514481614a73565b602085015190935061515581614a73565b604085015190925061516681614a73565b809150509250925092565b6001600160401b03818116838216019081111561089c5761089c615097565b5f600182016151a1576151a1615097565b5060010190565b5f816151b6576151b6615097565b505f190190565b808202811582820484141761089c5761089c615097565b634e487b7160e01b5f52601260045260245ffd5b5f60ff83168061520657634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea26469706673582212206d7d9b388e5842b875f5314a40de05ebea070d90807df891a32e5728f753e8d864736f6c63430008250033",
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
// Solidity: constructor(address admin, address registry, address credit, address shr, (address,uint16,uint64,uint16,uint256,uint256) params, address[] paymentTokens) returns()
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
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,uint64,uint8,bool,bool,address,uint64,uint256,uint256,uint256,uint256))
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
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,uint64,uint8,bool,bool,address,uint64,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) TryPackGetListing(listingId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getListing", listingId)
}

// UnpackGetListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x107a274a.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,uint64,uint8,bool,bool,address,uint64,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) UnpackGetListing(data []byte) (IPledgeEscrowListing, error) {
	out, err := pledgeEscrow.abi.Unpack("getListing", data)
	if err != nil {
		return *new(IPledgeEscrowListing), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowListing)).(*IPledgeEscrowListing)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4d7d933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams(uint32 paramsId) view returns((address,uint16,uint64,uint16,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) PackGetParams(paramsId uint32) []byte {
	enc, err := pledgeEscrow.abi.Pack("getParams", paramsId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4d7d933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams(uint32 paramsId) view returns((address,uint16,uint64,uint16,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) TryPackGetParams(paramsId uint32) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getParams", paramsId)
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4d7d933.
//
// Solidity: function getParams(uint32 paramsId) view returns((address,uint16,uint64,uint16,uint256,uint256))
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
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,uint64,uint8,bool,uint16,address,uint64,uint32,address,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint256))
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
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,uint64,uint8,bool,uint16,address,uint64,uint32,address,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint256))
func (pledgeEscrow *PledgeEscrow) TryPackGetRental(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getRental", rentalId)
}

// UnpackGetRental is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x652bd29e.
//
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint256,address,uint64,uint8,bool,uint16,address,uint64,uint32,address,uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint256))
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
