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
	Terms        IPledgeEscrowTerms
	TermsVersion uint32
	Status       uint8
	PledgeState  uint8
	Pledge       *big.Int
	Confirmed    bool
}

// IPledgeEscrowParams is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowParams struct {
	PlatformFeeBps   uint16
	GracePeriod      uint64
	LateFeeBps       uint16
	InspectionPeriod uint64
	MinRentalSeconds uint64
	MaxAdvance       uint64
	BasePledge       *big.Int
	EpochRewardCap   *big.Int
	Treasury         common.Address
}

// IPledgeEscrowRental is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowRental struct {
	ListingId               *big.Int
	TermsVersion            uint32
	TokenId                 *big.Int
	Renter                  common.Address
	Provider                common.Address
	Payee                   common.Address
	PaymentToken            common.Address
	Platform                common.Address
	ListingPlatform         common.Address
	PlatformShareBps        uint16
	ListingPlatformShareBps uint16
	Status                  uint8
	CheckedIn               bool
	Confirmed               bool
	Start                   uint64
	End                     uint64
	ReturnedAt              uint64
	InspectionEnd           uint64
	Rent                    *big.Int
	Deposit                 *big.Int
	Units                   *big.Int
	DamageBps               uint16
	LastNonce               uint64
	DisputeId               *big.Int
	ParamsId                uint32
}

// IPledgeEscrowTerms is an auto generated low-level Go binding around an user-defined struct.
type IPledgeEscrowTerms struct {
	PricePerHour     *big.Int
	Deposit          *big.Int
	MinDuration      uint64
	MaxDuration      uint64
	PricePerUnit     *big.Int
	CancelFeeBps     uint16
	FreeCancelBefore uint64
	Payee            common.Address
	Platform         common.Address
}

// PledgeEscrowMetaData contains all meta data concerning the PledgeEscrow contract.
var PledgeEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry\",\"type\":\"address\",\"internalType\":\"contractIAssetRegistry\"},{\"name\":\"credit\",\"type\":\"address\",\"internalType\":\"contractICreditRegistry\"},{\"name\":\"shr\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"paymentTokens\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"rewardRates\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EPOCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_OPEN_RENTALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PUSH_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeRentalOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"arbitration\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkIn\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"closeListing\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collectDefault\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collectNoShow\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"confirmAsset\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delist\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"endRentalByDevice\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"returnedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"extension\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getListing\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"out\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Listing\",\"components\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Terms\",\"components\":[{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"termsVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.ListingStatus\"},{\"name\":\"pledgeState\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.PledgeState\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getParamsAt\",\"inputs\":[{\"name\":\"paramsId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRental\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"out\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Rental\",\"components\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"termsVersion\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"listingPlatform\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platformShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"listingPlatformShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"},{\"name\":\"checkedIn\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"confirmed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"returnedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"inspectionEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paramsId\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPaymentToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSlotFree\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"list\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Terms\",\"components\":[{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"listingCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openListingOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openRentalsOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"ids\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"platformShare\",\"inputs\":[{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releaseDeposit\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rent\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"termsHash_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentWithPermit\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"termsHash_\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"permitValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"permitDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rentalCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rentalTerms\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Terms\",\"components\":[{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportUsage\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"resolveDispute\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minted\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"remaining\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardRate\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setArbitration\",\"inputs\":[{\"name\":\"arbitration_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPaymentToken\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPlatform\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardRate\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"termsHash\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tierRentalCount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateListing\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Terms\",\"components\":[{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawFor\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"ArbitrationSet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CheckedIn\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Delisted\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidenceHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InspectionExtended\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"inspectionEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Listed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paymentToken\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ListingClosed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ListingUpdated\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NoShow\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rentCharged\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentCredited\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentTokenSet\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"symbol\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PlatformFeePaid\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"platform\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PlatformSet\",\"inputs\":[{\"name\":\"platform\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"shareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeLocked\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReleased\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeReturned\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PledgeSlashed\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalDefaulted\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RentalSettled\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rentCharged\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"usageFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damage\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"lateFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Rented\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"end\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rent\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Returned\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"returnedAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rentCharged\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rentRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"platformFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"inspectionEnd\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardRateSet\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"shrPerFeeUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageReported\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"units\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"damageBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyReturned\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"returnedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AssetBusy\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetNotVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BadDuration\",\"inputs\":[{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"BadStart\",\"inputs\":[{\"name\":\"start\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"latest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"BadTime\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"opensAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"closesAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowAlreadyConfirmed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowAlreadyListed\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationAlreadySet\",\"inputs\":[{\"name\":\"arbitration\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowArbitrationNotSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowBadReturnTime\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"returnedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"earliest\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"latest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowDefaultNotDue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowDisputeClosed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowInspectionOver\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inspectionEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowInvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowLengthMismatch\",\"inputs\":[{\"name\":\"tokens\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rates\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowNotParty\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotProvider\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNotRenter\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowNothingToWithdraw\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowOnlyDelegated\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EscrowPaymentTokenNotAllowed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EscrowRentalNotEnded\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EscrowSignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowTokenIdTooLarge\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EscrowWrongStatus\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIPledgeEscrow.RentalStatus\"}]},{\"type\":\"error\",\"name\":\"EscrowZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeOnTransfer\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGas\",\"inputs\":[{\"name\":\"gasLeft\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDevice\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidParams\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Params\",\"components\":[{\"name\":\"platformFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lateFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"inspectionPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"minRentalSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxAdvance\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"basePledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochRewardCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidTerms\",\"inputs\":[{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structIPledgeEscrow.Terms\",\"components\":[{\"name\":\"pricePerHour\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxDuration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pricePerUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cancelFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"freeCancelBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]}]},{\"type\":\"error\",\"name\":\"ListingBusy\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"openRentals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ListingNotOpen\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotReleasable\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inspectionEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"OnlyArbitration\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RentalOverdue\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SelfRental\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SlotTaken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StaleNonce\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TermsChanged\",\"inputs\":[{\"name\":\"listingId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TierLimit\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"TooManyBookings\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOpen\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownPlatform\",\"inputs\":[{\"name\":\"platform\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "PledgeEscrow",
	Bin: "0x610200604052348015610010575f5ffd5b5060405161bd4b38038061bd4b83398101604081905261002f916106ab565b6040518060400160405280600c81526020016b506c65646765457363726f7760a01b815250604051806040016040528060018152602001603160f81b815250878787425f6001600160a01b0316846001600160a01b0316148061009957506001600160a01b038316155b806100ab57506001600160a01b038216155b156100c95760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0393841660805291831660a05290911660c05260e0526100ef8261039a565b6101a0526100fc8161039a565b6101c05281516020808401919091206101605281519082012061018052466101205261018b6101605161018051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610100525050306101405280518251146101ca57815181516040516303189be360e31b8152600481019290925260248201526044015b60405180910390fd5b5f868686426040516101db906104f3565b6001600160a01b0394851681529284166020840152921660408201526060810191909152608001604051809103905ff08015801561021b573d5f5f3e3d5ffd5b506001600160a01b0381166101e05290506102365f896103d7565b5061027f818560405160240161024c919061080d565b60408051601f198184030181529190526020810180516001600160e01b03908116635039a39f60e11b1790915261048416565b5f5b835181101561038c576102fb828583815181106102a0576102a06108cc565b60209081029190910101516040516001600160a01b0390911660248201526001604482015260640160408051601f198184030181529190526020810180516001600160e01b0390811663430884cf60e01b1790915261048416565b61038482858381518110610311576103116108cc565b602002602001015185848151811061032b5761032b6108cc565b60209081029190910101516040516001600160a01b039092166024830152604482015260640160408051601f198184030181529190526020810180516001600160e01b0390811663812a71d560e01b1790915261048416565b600101610281565b505050505050505050610951565b5f5f829050601f815111156103c4578260405163305a27a960e01b81526004016101c191906108e0565b80516103cf82610915565b179392505050565b5f828152600f602090815260408083206001600160a01b038516845290915281205460ff1661047b575f838152600f602090815260408083206001600160a01b03861684529091529020805460ff191660011790556104333390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161047e565b505f5b92915050565b5f5f836001600160a01b03168360405161049e919061093b565b5f60405180830381855af49150503d805f81146104d6576040519150601f19603f3d011682016040523d82523d5f602084013e6104db565b606091505b5091509150816104ed57805160208201fd5b50505050565b6159c08061638b83390190565b6001600160a01b0381168114610514575f5ffd5b50565b805161052281610500565b919050565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b038111828210171561055e5761055e610527565b60405290565b604051601f8201601f191681016001600160401b038111828210171561058c5761058c610527565b604052919050565b805161ffff81168114610522575f5ffd5b80516001600160401b0381168114610522575f5ffd5b5f6001600160401b038211156105d3576105d3610527565b5060051b60200190565b5f82601f8301126105ec575f5ffd5b81516105ff6105fa826105bb565b610564565b8082825260208201915060208360051b860101925085831115610620575f5ffd5b602085015b8381101561064657805161063881610500565b835260209283019201610625565b5095945050505050565b5f82601f83011261065f575f5ffd5b815161066d6105fa826105bb565b8082825260208201915060208360051b86010192508583111561068e575f5ffd5b602085015b83811015610646578051835260209283019201610693565b5f5f5f5f5f5f5f6101e0888a0312156106c2575f5ffd5b87516106cd81610500565b60208901519097506106de81610500565b60408901519096506106ef81610500565b606089015190955061070081610500565b80945050608088015f610120828c031215610719575f5ffd5b61072161053b565b905061072c82610594565b815261073a602083016105a5565b602082015261074b60408301610594565b604082015261075c606083016105a5565b606082015261076d608083016105a5565b608082015261077e60a083016105a5565b60a082015260c0828101519082015260e080830151908201526107a46101008301610517565b6101008201526101a08a015190945090506001600160401b038111156107c8575f5ffd5b6107d48a828b016105dd565b6101c08a015190935090506001600160401b038111156107f2575f5ffd5b6107fe8a828b01610650565b91505092959891949750929550565b815161ffff1681526020808301516001600160401b0316908201526040808301516101208301916108439084018261ffff169052565b50606083015161085e60608401826001600160401b03169052565b50608083015161087960808401826001600160401b03169052565b5060a083015161089460a08401826001600160401b03169052565b5060c083015160c083015260e083015160e08301526101008301516108c56101008401826001600160a01b03169052565b5092915050565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610935575f198160200360031b1b821691505b50919050565b5f82518060208501845e5f920191825250919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161594e610a3d5f395f81816104c30152611e5501525f6128ef01525f6128bf01525f6144da01525f6144b201525f61440d01525f61443701525f61446101525f61120301525f611e1501525f81816119cb01528181611bd101528181611ffd0152818161363001526136e501525f818161191d01528181611a72015281816121b0015281816122500152818161261c0152818161281701528181612b840152818161344701528181613538015281816137d101526142d5015261594e5ff3fe608060405234801561000f575f5ffd5b506004361061039e575f3560e01c80638456cb59116101ea578063a21650ff11610114578063d547741f116100a9578063edd0f93611610079578063edd0f93614610529578063f3eca9f5146108d2578063f428abde146108e5578063ff9bd0f814610529575f5ffd5b8063d547741f14610898578063e5a255cb14610529578063e63ab1e9146108ab578063e95a644f14610529575f5ffd5b8063b28908fe116100e4578063b28908fe14610806578063b5d7d47014610819578063ccc5749014610839578063d4570c1c14610860575f5ffd5b8063a21650ff146107ac578063a217fddf146107db578063a9b07c26146107e2578063adb5735c146107f8575f5ffd5b806395e7ca4c1161018a5780639def82231161015a5780639def82231461077c578063a073473e1461078f578063a0dc2758146107a2578063a0f109c514610529575f5ffd5b806395e7ca4c14610731578063964bc33f1461052957806397491d6f146107585780639b7323501461076b575f5ffd5b806391d14854116101c557806391d14854146106cb578063930eaddc146106de57806393cd5f891461070957806394998ff914610711575f5ffd5b80638456cb591461069557806384b0196e1461069d5780638dceabb0146106b8575f5ffd5b8063430884cf116102cb578063652bd29e1161026b57806379ec8cc71161023b57806379ec8cc7146106225780637c980e12146106615780637f3d7e0014610674578063812a71d514610687575f5ffd5b8063652bd29e146105a45780636bfdea2b146105c45780636d62a5b3146105e75780636f9e9fca146105fa575f5ffd5b80635c975abb116102a65780635c975abb1461056b5780635d20eccd1461057c5780635e615a6b1461059c5780635e87fc8a14610529575f5ffd5b8063430884cf1461053c578063474080581461054a57806351cff8d91461055d575f5ffd5b8063248a9ca3116103415780632f2ff15d116103115780632f2ff15d146104fb57806336568abe1461050e5780633f4ba83a1461052157806340e58ee514610529575f5ffd5b8063248a9ca31461048257806329388f8d146104a45780632b68f2a5146104b75780632d5537b0146104c1575f5ffd5b80630f44f4e11161037c5780630f44f4e11461040f578063107a274a146104245780631bd9651714610444578063221ca18c14610457575f5ffd5b806301ffc9a7146103a257806306b532db146103ca5780630a294ab6146103ff575b5f5ffd5b6103b56103b0366004614bf2565b6108f8565b60405190151581526020015b60405180910390f35b6103f16103d8366004614c19565b5f9081526008602052604090205465ffffffffffff1690565b6040519081526020016103c1565b5f546001600160401b03166103f1565b61042261041d366004614c6e565b61092e565b005b610437610432366004614c19565b610965565b6040516103c19190614d83565b6103f1610452366004614e47565b610a82565b6103f1610465366004614edd565b6001600160a01b03165f908152600b602052604090206001015490565b6103f1610490366004614c19565b5f908152600f602052604090206001015490565b6104226104b2366004614edd565b610bc0565b6103f1620249f081565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016103c1565b610422610509366004614ef8565b610c6c565b61042261051c366004614ef8565b610c96565b610422610cc9565b610422610537366004614c19565b610d5f565b61042261041d366004614f28565b610422610558366004614f65565b610d6a565b610422610537366004614edd565b5f54600160901b900460ff166103b5565b61058f61058a366004614f91565b610da0565b6040516103c19190614fb4565b61058f610e4c565b6105b76105b2366004614c19565b610f01565b6040516103c1919061507e565b6105cc6111f7565b604080519384526020840192909252908201526060016103c1565b6104226105f53660046152f5565b6112be565b6103f1610608366004614edd565b6001600160a01b03165f908152600a602052604090205490565b61064e610630366004614edd565b6001600160a01b03165f908152600c602052604090205461ffff1690565b60405161ffff90911681526020016103c1565b6103f161066f366004614c19565b611405565b610422610682366004615357565b610d94565b61042261041d36600461537a565b610422611447565b6106a56114dd565b6040516103c1979695949392919061540c565b6103b56106c636600461546d565b61151f565b6103b56106d9366004614ef8565b611558565b6103b56106ec366004614edd565b6001600160a01b03165f908152600b602052604090205460ff1690565b6103f1601081565b61072461071f366004614c19565b611582565b6040516103c191906154a6565b6103f17fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd81565b610422610766366004614c19565b61168d565b6001546001600160a01b03166104e3565b61042261078a3660046154b8565b6117c2565b61042261079d36600461552c565b6117d2565b6103f162093a8081565b6103f16107ba366004614c19565b5f90815260086020526040902054600160301b90046001600160401b031690565b6103f15f81565b5f54600160401b900465ffffffffffff166103f1565b610422610682366004615547565b6103f1610814366004615573565b6117fc565b61082c610827366004614c19565b61184f565b6040516103c191906155ca565b6103f17f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6103f161086e366004615547565b6001600160a01b039182165f908152600d6020908152604080832093909416825291909152205490565b6104226108a6366004614ef8565b61189d565b6103f17f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6103f16108e03660046155d9565b6118c1565b6103f16108f33660046155f9565b6118ca565b5f6001600160e01b03198216637965db0b60e01b148061092857506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561095881611e49565b610960611e53565b505050565b61096d614b47565b5f8281526004602090815260408083208054600160a01b8082046001600160601b031687526001600160a01b039182168786015260018301549182168785015287865260058552838620910463ffffffff1685529092529091206109d090611e91565b60608301526001810154600160a01b810463ffffffff16608084015260a0830190600160c01b900460ff166003811115610a0c57610a0c614d4b565b90816003811115610a1f57610a1f614d4b565b905250600181015460c0830190600160c81b900460ff166004811115610a4757610a47614d4b565b90816004811115610a5a57610a5a614d4b565b905250600281015460e083015260010154600160d01b900460ff161515610100820152919050565b5f8054600160901b900460ff1615610aad5760405163d93c066560e01b815260040160405180910390fd5b610ab5611f29565b60015f8c815260046020526040902060010154600160c01b900460ff166003811115610ae357610ae3614d4b565b14610b09576040516334cf627560e21b8152600481018c90526024015b60405180910390fd5b5f8b81526004602081905260409182902060010154915163d505accf60e01b81523391810191909152306024820152604481018890526064810187905260ff8616608482015260a4810185905260c481018490526001600160a01b039091169063d505accf9060e4015f604051808303815f87803b158015610b89575f5ffd5b505af1925050508015610b9a575060015b50610ba88b8b8b8b8b611f60565b9050610bb26122e1565b9a9950505050505050505050565b5f610bca81611e49565b6001546001600160a01b0316151580610bea57506001600160a01b038216155b15610c175760015460405163069825c760e31b81526001600160a01b039091166004820152602401610b00565b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f35977ac42f38a0aa30672eb98b36002deb289fdc24df6ab2b66c25cb0a0868519060200160405180910390a15050565b5f828152600f6020526040902060010154610c8681611e49565b610c90838361230b565b50505050565b6001600160a01b0381163314610cbf5760405163334bd91960e11b815260040160405180910390fd5b610960828261239c565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610cf381611e49565b5f54600160901b900460ff16610d1c57604051638dfc202b60e01b815260040160405180910390fd5b5f805460ff60901b191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b610d67611e53565b50565b5f54600160901b900460ff1615610d945760405163d93c066560e01b815260040160405180910390fd5b610d9c611e53565b5050565b610da8614ba7565b5063ffffffff165f90815260036020818152604092839020835161012081018552815461ffff80821683526001600160401b03620100008304811695840195909552600160501b82041695820195909552600160601b850483166060820152600160a01b90940482166080850152600181015490911660a0840152600281015460c08401529081015460e0830152600401546001600160a01b031661010082015290565b610e54614ba7565b505f805463ffffffff600160701b90910416815260036020818152604092839020835161012081018552815461ffff80821683526001600160401b03620100008304811695840195909552600160501b82041695820195909552600160601b850483166060820152600160a01b90940482166080850152600181015490911660a0840152600281015460c08401529081015460e0830152600401546001600160a01b031661010082015290565b60408051610320810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c081018290526102e081018290526103008101919091525f828152600660205260408120908154600160f01b900460ff166009811115610ff457610ff4614d4b565b03610fff5750919050565b5f5f61100a83612407565b5f87815260076020908152604091829020600188015465ffffffffffff81168a52600160301b900463ffffffff16918901919091528354600160a01b81046001600160601b03169289019290925286546001600160a01b0390811660608a0152909116608088015291935091506110818383612445565b6001600160a01b0390811660a0870152600180850154821660c08801528254821660e0880152600384015490911661010087015284015461ffff600160901b82048116610120880152600160801b90910416610140860152835461016086019060ff600160f01b9091041660098111156110fd576110fd614d4b565b9081600981111561111057611110614d4b565b9052508354600160f81b810460018181161515610180890152600290911615156101a088015264ffffffffff600160a01b80840482166101c08a0152600160c81b9384900482166101e08a0152918701549182048116610200890152919004166102208601526111808483612467565b61024086015261119084836124a3565b6102608601526001818101546102808701528154600160e01b810461ffff166102a0880152600160a01b90046001600160401b03166102c08701526002909101546102e08601529290920154600160501b900463ffffffff16610300840152509092915050565b5f808062093a806112287f000000000000000000000000000000000000000000000000000000000000000042615641565b6112329190615654565b604080518082019091526002546001600160401b038116808352600160401b9091046001600160c01b031660208301529194509084900361127e5780602001516001600160c01b031692505b5f8054600160701b900463ffffffff16815260036020819052604090912001548381116112ab575f6112b5565b6112b58482615641565b92505050909192565b6112c6611f29565b5f858152600660205260408120906112de87836124d2565b9050844211156113045760405163a070eddd60e01b815260048101869052602401610b00565b5f61130e836125bb565b905042816001600160401b031611156113245750425b8254600160a01b900464ffffffffff166001600160401b038816108061135b5750806001600160401b0316876001600160401b0316115b156113aa57825460405163d183cf9960e01b8152600481018a90526001600160401b03808a166024830152600160a01b90920464ffffffffff1660448201529082166064820152608401610b00565b50600182015465ffffffffffff165f908152600460205260408120546113e490600160a01b90046001600160601b03168989898989612604565b90506113f3888484848b61278e565b5050506113fe6122e1565b5050505050565b5f818152600460209081526040808320600583528184206001820154600160a01b900463ffffffff16855290925282206114409082906127d7565b9392505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61147181611e49565b5f54600160901b900460ff161561149b5760405163d93c066560e01b815260040160405180910390fd5b5f805460ff60901b1916600160901b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610d54565b5f6060805f5f5f60606114ee6128b8565b6114f66128e8565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f816001600160401b0316836001600160401b03161061154057505f611440565b5f61154c858585612913565b50501595945050505050565b5f918252600f602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f81815260086020526040812054606091600160701b90910461ffff1690815b80156115c4576115b182615687565b91506115be600182615641565b166115a2565b50806001600160401b038111156115dd576115dd615673565b604051908082528060200260200182016040528015611606578160200160208202803683370190505b5092505f9050805b6010811015611685576001811b831661ffff161561167d575f85815260096020526040902081601081106116445761164461569f565b015484516001600160401b03909116908590849081106116665761166661569f565b602090810291909101015261167a82615687565b91505b60010161160e565b505050919050565b611695611f29565b5f818152600660205260408120906116ad83836124d2565b90505f5f6116ba84612407565b855482549294509092506001600160a01b0380821692600160c81b90920464ffffffffff169116330361172857806001600160401b031642101561172357604051632eb73e0960e21b8152600481018890526001600160401b0382166024820152604401610b00565b61175a565b336001600160a01b0383161461175a576040516375c8b29160e01b815260048101889052336024820152604401610b00565b5f611764876125bb565b9050806001600160401b03164211156117a2576040516339335a3560e11b8152600481018990526001600160401b0382166024820152604401610b00565b6117b3888887878a88883342612a27565b50505050505050610d676122e1565b6117ca611e53565b505050505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610d9481611e49565b5f8054600160901b900460ff16156118275760405163d93c066560e01b815260040160405180910390fd5b61182f611f29565b61183c8686868686611f60565b90506118466122e1565b95945050505050565b611857614ba7565b5f828152600660209081526040808320600181015465ffffffffffff8116855260058452828520600160301b90910463ffffffff16855290925290912061144090611e91565b5f828152600f60205260409020600101546118b781611e49565b610c90838361239c565b5f610928611e53565b5f8054600160901b900460ff16156118f55760405163d93c066560e01b815260040160405180910390fd5b6118fd611f29565b6040516331a9108f60e11b81526004810185905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015611962573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198691906156b3565b6001600160a01b0316146119b65760405163b9c0876160e01b815260048101859052336024820152604401610b00565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa158015611a18573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a3c91906156ce565b15611a5c5760405163ba3049d360e01b8152336004820152602401610b00565b6040516337b6d96b60e01b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015611abf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ae391906156ce565b611b03576040516391b86ad360e01b815260048101859052602401610b00565b6001600160a01b0383165f908152600b602052604090205460ff16611b465760405163d69534c360e01b81526001600160a01b0384166004820152602401610b00565b611b4f82612c35565b6001600160601b03841115611b7a576040516348ab59c160e01b815260048101859052602401610b00565b5f848152600860205260409020805465ffffffffffff168015611bba5760405163c842d30360e01b81526004810187905260248101829052604401610b00565b604051630369ac9160e01b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630369ac9190602401606060405180830381865afa158015611c1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c4291906156e9565b604080516080810182525f80546001600160401b0381168352600160401b810465ffffffffffff16602080850191909152600160701b820463ffffffff16848601819052600160901b90920460ff1615156060850152908252600390529182206002015492955093509150611cbb9061ffff8516612db0565b9050816020018051611ccc90615733565b65ffffffffffff908116918290526020808501515f805491909316600160401b026dffffffffffff000000000000000019909116178255828252600490526040902080546001600160a01b03199081163317825560028201849055600182810180546001600160a01b038e1693811684178255949a509293909291600164ff0000000160a01b031990911617600160c01b8302179055506001818101805460ff60c81b1916600160c81b83021790555080546001600160a01b0316600160a01b6001600160601b038c1602178155611da5875f8a612dc8565b855470ff00000000000000000000ffffffffffff191665ffffffffffff881617600160801b178655611dd9878b8b8b613002565b604051828152339088907f652fe293c0628666dabc26a298485ee115b5f9c1c751c87cb4c339547415fcf49060200160405180910390a3611e3b7f0000000000000000000000000000000000000000000000000000000000000000338461310b565b5050505050506114406122e1565b610d678133613245565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80611e8c573d5ffd5b503d5ff35b611e99614ba7565b81546001600160801b038082168352600160801b918290048116602084015260018401546001600160401b0392810483166040850152600160c01b810483166060850152166080830152600283015461ffff600160e01b82041660a0840152600160a01b810490911660c08301526001600160a01b0390811660e083015260039092015490911661010082015290565b611f3161327e565b611f5e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906132be565b565b5f5f611f6b876132c5565b9050611f7981858588613785565b604080516080810182525f546001600160401b0381168252600160401b810465ffffffffffff166020830152600160701b810463ffffffff16928201839052600160901b900460ff161515606082015260a0830191909152611fdc8288886139a7565b604051630369ac9160e01b81523360048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630369ac9190602401606060405180830381865afa158015612042573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061206691906156e9565b50335f908152600a60205260409020546102408701819052919350915061ffff8316116120b2576040516345f284ab60e01b815233600482015261ffff83166024820152604401610b00565b61ffff811661014085018190526102208501516120ce91613b87565b6101c08501525050805181906120e39061575b565b6001600160401b039081169182905282515f805467ffffffffffffffff191691909216178155909350806121178486613b9d565b91509150612126848684613dac565b6001600160a01b0386161561215c575f85815260076020526040902080546001600160a01b0319166001600160a01b0388161790555b61024084015161216d90600161577c565b335f908152600a6020526040902055612187848688613f7e565b80156122105760208401516040516347e1413f60e01b81526004810191909152600160248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906347e1413f906044015f604051808303815f87803b1580156121f9575f5ffd5b505af115801561220b573d5f5f3e3d5ffd5b505050505b836101600151156122b057602084015160e08501516040516370182b2f60e11b815260048101929092523360248301526001600160401b031660448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e030565e906064015f604051808303815f87803b158015612299575f5ffd5b505af11580156122ab573d5f5f3e3d5ffd5b505050505b6122d4846060015133866101c00151876101a001516122cf919061577c565b61310b565b5050505095945050505050565b611f5e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611f58565b5f6123168383611558565b612395575f838152600f602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561234d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610928565b505f610928565b5f6123a78383611558565b15612395575f838152600f602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610928565b6001015465ffffffffffff81165f90815260046020908152604080832060058352818420600160301b90950463ffffffff1684529390915290209091565b60028101546001600160a01b031680610928575050546001600160a01b031690565b805482545f91611440916001600160801b039091169061249e9064ffffffffff600160a01b8204811691600160c81b900416615641565b614067565b805460018301545f9161144091600160801b9091046001600160801b031690600160701b900461ffff16613b87565b8054600160f01b900460ff1660038160098111156124f2576124f2614d4b565b148061252b5750600481600981111561250d5761250d614d4b565b14801561252b57506001820154600160a01b900464ffffffffff1615155b1561256557600182015460405163b56b704760e01b815260048101859052600160a01b90910464ffffffffff166024820152604401610b00565b600281600981111561257957612579614d4b565b141580156125995750600481600981111561259657612596614d4b565b14155b15610928578281604051639a20e02560e01b8152600401610b0092919061578f565b6001810154600160501b900463ffffffff165f908152600360205260408120548254610928916201000090046001600160401b031690600160c81b900464ffffffffff166157a3565b604051636df1819b60e01b8152600481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636df1819b90602401602060405180830381865afa158015612669573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061268d91906156b3565b604080517f7022683a5eca21f4ac89d382429f864df737fadc7019946d3eb9e7861cb3b85560208201529081018890526001600160401b0387166060820152608081018690529091505f908190612707906127009060a0016040516020818303038152906040528051906020012061407d565b86866140a9565b5090925090505f81600381111561272057612720614d4b565b14158061273457506001600160a01b038316155b806127515750826001600160a01b0316826001600160a01b031614155b15612782576040516303bfb2eb60e21b81526001600160a01b03808416600483015284166024820152604401610b00565b50509695505050505050565b5f5f61279986612407565b875491935091506127ce9088908890859085908a906001600160a01b03811690600160c81b900464ffffffffff168b8b612a27565b50505050505050565b60018201545f906001600160a01b03166127f083611e91565b8454604051636df1819b60e01b8152600160a01b9091046001600160601b031660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636df1819b90602401602060405180830381865afa158015612864573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061288891906156b3565b60405160200161289a939291906157c2565b60405160208183030381529060405280519060200120905092915050565b60606128e37f00000000000000000000000000000000000000000000000000000000000000006140eb565b905090565b60606128e37f00000000000000000000000000000000000000000000000000000000000000006140eb565b5f83815260086020908152604080832054600990925282208291600160701b900461ffff1690815b80156129e3575f6129586129518319600161577c565b8316614128565b9050612965600183615641565b821691505f83826010811061297c5761297c61569f565b0180549091506001600160401b038916600160401b90910464ffffffffff161080156129bf57508054600160681b900464ffffffffff166001600160401b038a16105b156129dc57546001600160401b031695505f9450612a1e92505050565b505061293b565b5f6129f361ffff8516600161577c565b61ffff85161916905062010000811015612a1557612a1081614128565b612a18565b60105b94505050505b93509350939050565b8654600160a01b90046001600160601b03165f81815260096020526040812060018b0154600160f01b900460ff1660108110612a6557612a6561569f565b019050846001600160401b0316836001600160401b03161015612aa157805464ffffffffff60681b1916600160681b64ffffffffff8516021781555b5f82815260086020526040902080546dffffffffffffffff0000000000001916905560018a01805464ffffffffff60a01b1916600160a01b64ffffffffff8616021790556004876009811115612af957612af9614d4b565b03612bea57604080516001600160401b03851681525f6020820181905281830181905260608201819052608082015290516001600160a01b038616918d917ffd6fac8c18ac580a7a895865065ef5d3d2352c88ab9edebb3f53f22791da84229181900360a00190a36040516370182b2f60e11b8152600481018390525f6024820181905260448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e030565e906064015f604051808303815f87803b158015612bcd575f5ffd5b505af1158015612bdf573d5f5f3e3d5ffd5b505050505050612c2a565b895460ff60f01b1916600360f01b178a556001600160a01b0386165f908152600a6020526040902080545f19019055612c278b8b8b8b8888614197565b50505b505050505050505050565b80351580612c4557506020810135155b80612c665750612c5b60808201606083016157fa565b6001600160401b0316155b80612ca05750612c7c60808201606083016157fa565b6001600160401b0316612c9560608301604084016157fa565b6001600160401b0316115b80612cbf5750612710612cb960c0830160a08401615813565b61ffff16115b80612cd157506001600160801b038135115b80612ce657506001600160801b036020820135115b80612cfb57506001600160801b036080820135115b15612d1b5780604051631660474960e31b8152600401610b00919061582e565b5f612d2e61012083016101008401614edd565b6001600160a01b031614158015612d745750600c5f612d5561012084016101008501614edd565b6001600160a01b0316815260208101919091526040015f205461ffff16155b15610d6757612d8b61012082016101008301614edd565b6040516311c4c8ff60e31b81526001600160a01b039091166004820152602401610b00565b5f612710612dbe83856158ea565b6114409190615654565b5f83815260056020908152604080832063ffffffff86168452825291829020908301356001600160801b03908116600160801b028435821617825560018201805460808601359092166fffffffffffffffffffffffffffffffff199290921691909117905590612e3e90606084019084016157fa565b6001820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b19909216919091179055612e7c60808301606084016157fa565b6001820180546001600160401b0392909216600160c01b026001600160c01b039092169190911790555f612eb7610100840160e08501614edd565b6001600160a01b0316141580612ee45750612ed860e0830160c084016157fa565b6001600160401b031615155b80612f015750612efa60c0830160a08401615813565b61ffff1615155b15612fa657612f17610100830160e08401614edd565b6002820180546001600160a01b0319166001600160a01b0392909216919091179055612f4960e0830160c084016157fa565b6002820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b19909216919091179055612f8760c0830160a08401615813565b81600201601c6101000a81548161ffff021916908361ffff1602179055505b5f612fb961012084016101008501614edd565b6001600160a01b031614610c9057612fd961012083016101008401614edd565b60039190910180546001600160a01b0319166001600160a01b0392909216919091179055505050565b3383857f8f199a5ea95e4691feaf6ea46db4158be3f8fcc05356453c5eabf49dfc09c763858535602087013561303e6060890160408a016157fa565b61304e60808a0160608b016157fa565b60808a013561306360c08c0160a08d01615813565b61307360e08d0160c08e016157fa565b6130846101008e0160e08f01614edd565b8d6101000160208101906130989190614edd565b604080516001600160a01b039b8c168152602081019a909a528901979097526001600160401b039586166060890152938516608088015260a087019290925261ffff1660c086015290911660e084015283166101008301529091166101208201526101400160405180910390a450505050565b805f0361311757505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa15801561315b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061317f9190615901565b90506131966001600160a01b038516843085614396565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa1580156131dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132009190615901565b61320a9190615641565b90508281146113fe57604051633f5929db60e21b81526001600160a01b03861660048201526024810184905260448101829052606401610b00565b61324f8282611558565b610d9c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b00565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611f5e57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60408051610260810182525f6020808301829052828401829052606083018290526080830182905260a0830182905260c0830182905260e08301829052610100830182905261012083018290526101408301829052610160830182905261018083018290526101a083018290526101c083018290526101e083018290526102008301829052610220830182905261024083018290528483528482526004905291909120600180820154600160c01b900460ff16600381111561338957613389614d4b565b146133aa576040516334cf627560e21b815260048101849052602401610b00565b80546001600160a01b038082166040850181905260018401549182166060860152600160a01b9182900463ffffffff16608086015291046001600160601b0316602084015233036134105760405163d6bec7af60e01b8152336004820152602401610b00565b6020828101515f90815260089091526040902054600160701b900461ffff161580156134e2575081604001516001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e84602001516040518263ffffffff1660e01b815260040161349791815260200190565b602060405180830381865afa1580156134b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134d691906156b3565b6001600160a01b031614155b1561351c576020820151604080840151905163b9c0876160e01b815260048101929092526001600160a01b03166024820152604401610b00565b60208201516040516337b6d96b60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015613585573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135a991906156ce565b6135ce5781602001516040516391b86ad360e01b8152600401610b0091815260200190565b60608201516001600160a01b03165f908152600b602052604090205460ff1661361b57606082015160405163d69534c360e01b81526001600160a01b039091166004820152602401610b00565b60405163fe575a8760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fe575a8790602401602060405180830381865afa15801561367d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136a191906156ce565b156136c15760405163ba3049d360e01b8152336004820152602401610b00565b604082810151905163fe575a8760e01b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063fe575a8790602401602060405180830381865afa15801561372c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061375091906156ce565b1561377f57604080830151905163ba3049d360e01b81526001600160a01b039091166004820152602401610b00565b50919050565b83515f908152600560209081526040808320608088015163ffffffff16845290915281206137b290611e91565b6020860151604051636df1819b60e01b81529192506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636df1819b916138089160040190815260200190565b602060405180830381865afa158015613823573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061384791906156b3565b6001600160a01b0316610180860181905260608601516040515f9261387292918591906020016157c2565b6040516020818303038152906040528051906020012090508481146138be5785516040516386f8e7d160e01b815260048101919091526024810182905260448101869052606401610b00565b6001600160a01b0384161561391b576001600160a01b0384165f908152600c602052604081205461ffff166101208801819052900361391b576040516311c4c8ff60e31b81526001600160a01b0385166004820152602401610b00565b6101008201516001600160a01b03161561395657610100808301516001600160a01b03165f908152600c602052604090205461ffff16908701525b815161396b906001600160401b038516614067565b6101a08701525060408101516001600160401b039081166101e08701526060820151166102008601526020015161022090940193909352505050565b60a083015163ffffffff165f9081526003602052604090206101e084015181546001600160401b03600160a01b90910481169082168111156139e7578091505b816001600160401b03165f036139fc57600191505b6102008601516001600160401b038084169086161080613a2d5750806001600160401b0316856001600160401b0316115b15613a665760405163b7ebf30360e01b81526001600160401b038087166004830152808516602483015282166044820152606401610b00565b6001600160401b03861615610160880181905215613a8657429550613afe565b60018401545f90613aa0906001600160401b0316426157a3565b905042876001600160401b0316111580613acb5750806001600160401b0316876001600160401b0316115b15613afc5760405163a05b6f2360e01b81526001600160401b03808916600483015282166024820152604401610b00565b505b64ffffffffff613b1a6001600160401b0380881690891661577c565b1115613b545760405163b7ebf30360e01b81526001600160401b038087166004830152808516602483015282166044820152606401610b00565b6001600160401b03861660c0880152613b6d85876157a3565b6001600160401b031660e090970196909652505050505050565b5f611440613b9583856158ea565b6127106143cc565b6020828101515f9081526008909152604081208054610160850151839291600160301b90046001600160401b0316908015613bd757508015155b15613c0557602086015160405163438bb2e560e11b8152600481019190915260248101829052604401610b00565b5f5f5f613c1f89602001518a60c001518b60e00151612913565b925092509250825f14613c5557602089015160405163089715c360e41b8152600481019190915260248101849052604401610b00565b60108203613c8557602089015160405162f0a16560e01b8152600481019190915260106024820152604401610b00565b8196506040518060600160405280896001600160401b031681526020018a60c0015164ffffffffff1681526020018a60e0015164ffffffffff1681525060095f8b6020015181526020019081526020015f208860ff1660108110613ceb57613ceb61569f565b82519101805460208401516040909401516001600160401b039093166cffffffffffffffffffffffffff1990911617600160401b64ffffffffff948516021764ffffffffff60681b1916600160681b9390921692909202179055845461ffff60701b1916600160701b600160ff8a161b831761ffff160217855561016089015115613d975784546dffffffffffffffff0000000000001916600160301b6001600160401b038a16021785555b8061ffff165f14955050505050509250929050565b5f828152600660205260409020805460c085015160e08601516001600160c81b03199092163364ffffffffff60a01b191617600160a01b64ffffffffff928316021764ffffffffff60c81b1916600160c81b919092160217815561016084015115613e295780546001600160f01b0316608160f11b178155613e3b565b805460ff60f01b1916600160f01b1781555b835160018201805465ffffffffffff191665ffffffffffff909216919091179055608084015163ffffffff1615613e9b57608084015160018201805463ffffffff909216600160301b0269ffffffff000000000000199092169190911790555b60a084015160018201805461014087015165ffffffffffff60501b19909116600160501b63ffffffff9094169390930261ffff60701b191692909217600160701b61ffff938416021790556101008501511615613f1b5761010084015160018201805461ffff909216600160801b0261ffff60801b199092169190911790555b61012084015161ffff1615613f535761012084015160018201805461ffff909216600160901b0261ffff60901b199092169190911790555b60ff821615610c905760018101805460ff8416600160f01b0260ff60f01b1990911617905550505050565b336001600160a01b0316835f0151837ff2ae07c50bc8802c47df928b4b02d03e119b9e38cae97d75fcd7993ae0034efd86602001518760c001518860e00151896101a001518a6101c001518b61018001518a60405161402397969594939291909687526001600160401b039586166020880152939094166040860152606085019190915260808401526001600160a01b0391821660a08401521660c082015260e00190565b60405180910390a48261016001511561096057604051339083907f70790c0ab38e2aca9b5520985fe66db2a3700c3680b61c3853b5554f67a2c31c905f90a3505050565b5f61144061407583856158ea565b610e106143cc565b5f610928614089614401565b8360405161190160f01b8152600281019290925260228201526042902090565b5f808060418490036140dd578435602086013560408701355f1a6140cf8982858561452a565b955095509550505050612a1e565b505f91506002905082612a1e565b60605f6140f7836145f2565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60076001600160801b038311901b905060066001600160401b0383831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b17600360ff83831c11901b176002600f83831c116d010102020202030303030303030360801b911b9190911791821c1a1790565b6001850154600160501b900463ffffffff165f908152600360205260408120906141c18786612467565b90505f6141d88887866001600160401b0316614619565b83549091505f906141ee90839061ffff16612db0565b84549091505f9061420f90600160601b90046001600160401b0316426157a3565b60018b01805464ffffffffff60c81b1916600160c81b64ffffffffff84160217905590506001600160a01b0387168b7ffd6fac8c18ac580a7a895865065ef5d3d2352c88ab9edebb3f53f22791da8422888661426b818a615641565b604080516001600160401b039485168152602081019390935282015260608101879052908516608082015260a00160405180910390a388546040516370182b2f60e11b8152600160a01b9091046001600160601b031660048201525f6024820181905260448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e030565e906064015f604051808303815f87803b15801561431e575f5ffd5b505af1158015614330573d5f5f3e3d5ffd5b5050505060018901546001600160a01b031661434f8c82858e8d6146b4565b5061436d8161435e8c8c612445565b6143688688615641565b6148c5565b8a546143889082906001600160a01b03166143688789615641565b505050505050505050505050565b6143a4848484846001614a26565b610c9057604051635274afe760e01b81526001600160a01b0385166004820152602401610b00565b5f82156143f957816143df600185615641565b6143e99190615654565b6143f490600161577c565b611440565b505f92915050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561445957507f000000000000000000000000000000000000000000000000000000000000000046145b1561448357507f000000000000000000000000000000000000000000000000000000000000000090565b6128e3604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561456357505f915060039050826145e8565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156145b4573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166145df57505f9250600191508290506145e8565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561092857604051632cd44ac360e21b815260040160405180910390fd5b600183810154600160501b900463ffffffff165f90815260036020526040812054918401549091600160a01b90046001600160401b0390811691600160801b90041681101561467957506001830154600160801b90046001600160401b03165b83548554611846916001600160801b03169064ffffffffff600160a01b8204811691600160c81b90041686856146af8b8b612467565b614a93565b5f835f036146c357505f611846565b600183015461ffff600160801b8204811691600160901b900416811580156146ed575061ffff8116155b15614730575f8054600160701b900463ffffffff168152600360205260409020600401546147269088906001600160a01b0316886148c5565b8592505050611846565b5f5f614745888561ffff168561ffff16614af2565b965090925090505f61ffff85161561476a5760038701546001600160a01b031661476c565b5f5b90505f61ffff851615614795575f8c8152600760205260409020546001600160a01b0316614797565b5f5b9050806001600160a01b0316826001600160a01b0316036147c2576147bc838561577c565b93505f92505b8315614817578a6001600160a01b0316826001600160a01b03168d7f77d700030f2b268da198a926d3ccbf91f848f1ceb16a7b5658478a24c43209178760405161480e91815260200190565b60405180910390a45b821561486c578a6001600160a01b0316816001600160a01b03168d7f77d700030f2b268da198a926d3ccbf91f848f1ceb16a7b5658478a24c43209178660405161486391815260200190565b60405180910390a45b6148778b83866148c5565b6148828b82856148c5565b5f8054600160701b900463ffffffff168152600360205260409020600401546148b6908c906001600160a01b0316896148c5565b50505050505095945050505050565b805f036148d157505050565b6148df603f620249f0615654565b6148ec90620249f061577c565b6148f89061138861577c565b5a1015614949575a61490e603f620249f0615654565b61491b90620249f061577c565b6149279061138861577c565b6040516323e228cb60e01b815260048101929092526024820152604401610b00565b60405163a9059cbb60e01b80825260048201849052602482018390525f80805291602083604483828a620249f0f192505060015f5114601f3d11165f863b113d15161782169150816113fe576001600160a01b038086165f908152600d60209081526040808320938816835292905290812080548592906149cb90849061577c565b92505081905550836001600160a01b0316856001600160a01b03167f0ec92dccaaec52237ad5b362fd28fdd30264d3dbe224275a5f260e34078d9de285604051614a1791815260200190565b60405180910390a35050505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614a82578383151615614a76573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f5f858510614aa25785614aa4565b845b90505f878211614ab4575f614abe565b614abe8883615641565b905084811015614acb5750835b5f614ad68a83614067565b9050848110614ae55784610bb2565b9998505050505050505050565b5f8080614e20614b0286886158ea565b614b0c9190615654565b9250614e20614b1b85886158ea565b614b259190615654565b915081614b328488615641565b614b3c9190615641565b905093509350939050565b6040518061012001604052805f81526020015f6001600160a01b031681526020015f6001600160a01b03168152602001614b7f614ba7565b81525f6020820181905260408201819052606082018190526080820181905260a09091015290565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915290565b5f60208284031215614c02575f5ffd5b81356001600160e01b031981168114611440575f5ffd5b5f60208284031215614c29575f5ffd5b5035919050565b6001600160a01b0381168114610d67575f5ffd5b8035614c4f81614c30565b919050565b61ffff81168114610d67575f5ffd5b8035614c4f81614c54565b5f5f60408385031215614c7f575f5ffd5b8235614c8a81614c30565b91506020830135614c9a81614c54565b809150509250929050565b80518252602081015160208301526001600160401b0360408201511660408301526001600160401b0360608201511660608301526080810151608083015260a0810151614cf860a084018261ffff169052565b5060c0810151614d1360c08401826001600160401b03169052565b5060e0810151614d2e60e08401826001600160a01b03169052565b506101008101516109606101008401826001600160a01b03169052565b634e487b7160e01b5f52602160045260245ffd5b60048110614d6f57614d6f614d4b565b9052565b60058110614d6f57614d6f614d4b565b81518152602080830151610220830191614da7908401826001600160a01b03169052565b506040830151614dc260408401826001600160a01b03169052565b506060830151614dd56060840182614ca5565b50608083015163ffffffff1661018083015260a0830151614dfa6101a0840182614d5f565b5060c0830151614e0e6101c0840182614d73565b5060e08301516101e08301526101008301518015156102008401525b5092915050565b80356001600160401b0381168114614c4f575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101408b8d031215614e61575f5ffd5b8a359950614e7160208c01614e31565b9850614e7f60408c01614e31565b975060608b0135965060808b0135614e9681614c30565b955060a08b0135945060c08b0135935060e08b013560ff81168114614eb9575f5ffd5b999c989b509699959894979396509194610100810135936101209091013592509050565b5f60208284031215614eed575f5ffd5b813561144081614c30565b5f5f60408385031215614f09575f5ffd5b823591506020830135614c9a81614c30565b8015158114610d67575f5ffd5b5f5f60408385031215614f39575f5ffd5b8235614f4481614c30565b91506020830135614c9a81614f1b565b5f610120828403121561377f575f5ffd5b5f5f6101408385031215614f77575f5ffd5b82359150614f888460208501614f54565b90509250929050565b5f60208284031215614fa1575f5ffd5b813563ffffffff81168114611440575f5ffd5b5f6101208201905061ffff83511682526001600160401b0360208401511660208301526040830151614fec604084018261ffff169052565b50606083015161500760608401826001600160401b03169052565b50608083015161502260808401826001600160401b03169052565b5060a083015161503d60a08401826001600160401b03169052565b5060c083015160c083015260e083015160e0830152610100830151614e2a6101008401826001600160a01b03169052565b600a8110614d6f57614d6f614d4b565b8151815260208083015161032083019161509f9084018263ffffffff169052565b506040830151604083015260608301516150c460608401826001600160a01b03169052565b5060808301516150df60808401826001600160a01b03169052565b5060a08301516150fa60a08401826001600160a01b03169052565b5060c083015161511560c08401826001600160a01b03169052565b5060e083015161513060e08401826001600160a01b03169052565b5061010083015161514d6101008401826001600160a01b03169052565b5061012083015161516561012084018261ffff169052565b5061014083015161517d61014084018261ffff169052565b5061016083015161519261016084018261506e565b506101808301516151a861018084018215159052565b506101a08301516151be6101a084018215159052565b506101c08301516151db6101c08401826001600160401b03169052565b506101e08301516151f86101e08401826001600160401b03169052565b506102008301516152156102008401826001600160401b03169052565b506102208301516152326102208401826001600160401b03169052565b506102408301516102408301526102608301516102608301526102808301516102808301526102a083015161526e6102a084018261ffff169052565b506102c083015161528b6102c08401826001600160401b03169052565b506102e08301516102e0830152610300830151614e2a61030084018263ffffffff169052565b5f5f83601f8401126152c1575f5ffd5b5081356001600160401b038111156152d7575f5ffd5b6020830191508360208285010111156152ee575f5ffd5b9250929050565b5f5f5f5f5f60808688031215615309575f5ffd5b8535945061531960208701614e31565b93506040860135925060608601356001600160401b0381111561533a575f5ffd5b615346888289016152b1565b969995985093965092949392505050565b5f5f60408385031215615368575f5ffd5b823591506020830135614c9a81614c54565b5f5f6040838503121561538b575f5ffd5b823561539681614c30565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156154025781518652602095860195909101906001016153e4565b5093949350505050565b60ff60f81b8816815260e060208201525f61542a60e08301896153a4565b828103604084015261543c81896153a4565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050610bb281856153d2565b5f5f5f6060848603121561547f575f5ffd5b8335925061548f60208501614e31565b915061549d60408501614e31565b90509250925092565b602081525f61144060208301846153d2565b5f5f5f5f5f5f60a087890312156154cd575f5ffd5b863595506020870135945060408701356154e681614c54565b93506154f460608801614e31565b925060808701356001600160401b0381111561550e575f5ffd5b61551a89828a016152b1565b979a9699509497509295939492505050565b5f610120828403121561553d575f5ffd5b6114408383614f54565b5f5f60408385031215615558575f5ffd5b823561556381614c30565b91506020830135614c9a81614c30565b5f5f5f5f5f60a08688031215615587575f5ffd5b8535945061559760208701614e31565b93506155a560408701614e31565b92506060860135915060808601356155bc81614c30565b809150509295509295909350565b61012081016109288284614ca5565b5f5f604083850312156155ea575f5ffd5b50508035926020909101359150565b5f5f5f610160848603121561560c575f5ffd5b83359250602084013561561e81614c30565b915061549d8560408601614f54565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109285761092861562d565b5f8261566e57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52604160045260245ffd5b5f600182016156985761569861562d565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156156c3575f5ffd5b815161144081614c30565b5f602082840312156156de575f5ffd5b815161144081614f1b565b5f5f5f606084860312156156fb575f5ffd5b835161570681614c54565b602085015190935061571781614c54565b604085015190925061572881614c54565b809150509250925092565b5f65ffffffffffff821665ffffffffffff81036157525761575261562d565b60010192915050565b5f6001600160401b0382166001600160401b0381036157525761575261562d565b808201808211156109285761092861562d565b82815260408101611440602083018461506e565b6001600160401b0381811683821601908111156109285761092861562d565b6001600160a01b038416815261016081016157e06020830185614ca5565b6001600160a01b0392909216610140919091015292915050565b5f6020828403121561580a575f5ffd5b61144082614e31565b5f60208284031215615823575f5ffd5b813561144081614c54565b813581526020808301359082015261012081016001600160401b0361585560408501614e31565b1660408301526001600160401b0361586f60608501614e31565b1660608301526080838101359083015261588b60a08401614c63565b61ffff1660a08301526158a060c08401614e31565b6001600160401b031660c08301526158ba60e08401614c44565b6001600160a01b031660e08301526158d56101008401614c44565b6001600160a01b038116610100840152614e2a565b80820281158282048414176109285761092861562d565b5f60208284031215615911575f5ffd5b505191905056fea2646970667358221220772d511bcd084b635420c71f64fc4f1a0005aa11d4c607972e772671793837fe64736f6c63430008250033610120604052348015610010575f5ffd5b506040516159c03803806159c083398101604081905261002f916100c3565b838383836001600160a01b038416158061005057506001600160a01b038316155b8061006257506001600160a01b038216155b156100805760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0393841660805291831660a05290911660c05260e05250503361010052506101139050565b6001600160a01b03811681146100c0575f5ffd5b50565b5f5f5f5f608085870312156100d6575f5ffd5b84516100e1816100ac565b60208601519094506100f2816100ac565b6040860151909350610103816100ac565b6060959095015193969295505050565b60805160a05160c05160e0516101005161578261023e5f395f818161035d01528181610461015281816107c40152818161081b01528181610a3701528181610a9a01528181610e610152818161130b0152818161135e0152818161166601528181611a5501528181611ab501528181611fbf0152818161202201528181612130015281816124a4015281816127f60152612b7101525f61469d01525f8181610e20015281816112c9015281816116260152614cc001525f81816106dc01528181610daf0152818161117f01528181611d6401528181611df501528181611e8a015281816126b40152612d6c01525f818161120401528181611449015281816122b1015281816124250152818161273001528181612f19015281816130d00152613e6601526157825ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80639def8223116100bf578063e5a255cb11610079578063e5a255cb146102cc578063e63ab1e9146102df578063e95a644f14610306578063edd0f93614610319578063f3eca9f51461032c578063ff9bd0f81461033f575f5ffd5b80639def82231461024f578063a073473e14610262578063a0dc275814610275578063a0f109c51461027f578063adb5735c14610292578063ccc57490146102a5575f5ffd5b80635e87fc8a116101105780635e87fc8a146101d45780637f3d7e00146101e7578063812a71d5146101fa57806393cd5f891461020d57806395e7ca4c14610215578063964bc33f1461023c575f5ffd5b80630f44f4e1146101575780632b68f2a51461016c57806340e58ee514610188578063430884cf1461019b57806347408058146101ae57806351cff8d9146101c1575b5f5ffd5b61016a610165366004614f5f565b610352565b005b610176620249f081565b60405190815260200160405180910390f35b61016a610196366004614f92565b610456565b61016a6101a9366004614fb6565b6107b9565b61016a6101bc366004615004565b610810565b61016a6101cf366004615027565b610a2c565b61016a6101e2366004614f92565b610a8f565b61016a6101f5366004615042565b610e56565b61016a610208366004615063565b611300565b610176601081565b6101767fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd81565b61016a61024a366004614f92565b611353565b61016a61025d3660046150a3565b61165b565b61016a610270366004615142565b611a4a565b61017662093a8081565b61016a61028d366004614f92565b611aaa565b61016a6102a036600461515d565b611fb4565b6101767f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61016a6102da366004614f92565b612017565b6101767f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61016a610314366004614f92565b612125565b61016a610327366004614f92565b612499565b61017661033a366004615189565b6127ea565b61016a61034d366004614f92565b612b66565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039b576040516317a56b8b60e21b815260040160405180910390fd5b6001600160a01b0382166103c25760405163674fe7f560e01b815260040160405180910390fd5b6127108161ffff1611156103f457604051634c16292160e11b815261ffff821660048201526024015b60405180910390fd5b6001600160a01b0382165f818152600c6020908152604091829020805461ffff191661ffff861690811790915591519182527fc8d72938efd74d31bc91797b016373deb3740b704ce2c7330264dacddfa64a7991015b60405180910390a25050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461049f576040516317a56b8b60e21b815260040160405180910390fd5b6104a7612e13565b5f81815260066020526040902060018154600160f01b900460ff1660098111156104d3576104d36151a9565b14610501578054604051639a20e02560e01b81526103eb918491600160f01b90910460ff16906004016151bd565b8054600160c81b900464ffffffffff16421061054f578054604051634c831f0d60e11b8152600481018490525f6024820152600160c81b90910464ffffffffff1660448201526064016103eb565b5f5f61055a83612e4a565b845482549294509092506001600160a01b0390811691165f61057c8685612e88565b90505f6001600160a01b03841633036105b65785546105af9088908790600160a01b90046001600160601b031685612ecb565b90506105e8565b336001600160a01b038416146105e8576040516375c8b29160e01b8152600481018990523360248201526044016103eb565b6001870154600160501b900463ffffffff165f9081526003602052604081205461061790839061ffff16612ffd565b90505f6106248988613015565b61062e8486615201565b6106389190615214565b895460ff60f01b1916600160f31b178a55905061065486613044565b604080518481526020810184905290810182905233908b907f20027f591399d11fe6e00cbe03ab6294b03531ad64d2cb0531a3ea8763ca34e79060600160405180910390a387546106b590600160a01b90046001600160601b03168a613063565b6001600160a01b0385163303610744576040516321a5b9a560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063434b734a906107169088908a90600990600401615227565b5f604051808303815f87803b15801561072d575f5ffd5b505af115801561073f573d5f5f3e3d5ffd5b505050505b6001880154610760908b906001600160a01b0316848c8b613136565b50600188015461078c906001600160a01b031661077d8a8a613348565b6107878587615201565b61336a565b60018801546107a5906001600160a01b0316878361336a565b5050505050505050506107b66134cc565b50565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610802576040516317a56b8b60e21b815260040160405180910390fd5b61080c82826134f6565b5050565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610859576040516317a56b8b60e21b815260040160405180910390fd5b5f828152600460205260409020600180820154600160c01b900460ff166003811115610887576108876151a9565b146108a8576040516334cf627560e21b8152600481018490526024016103eb565b80546001600160a01b031633146108db57604051631a17dacd60e21b8152600481018490523360248201526044016103eb565b6108e482613583565b6001818101545f9161090391600160a01b900463ffffffff169061524d565b60018301805463ffffffff60a01b1916600160a01b63ffffffff84160217905590506109308482856136fe565b837fe5753ee71f4d136cb0f4aea68f4952375a9019cd830c6cc3901b7cc18e21b5d9843560208601356109696060880160408901615269565b6109796080890160608a01615269565b608089013561098e60c08b0160a08c01615282565b61099e60e08c0160c08d01615269565b6109af6101008d0160e08e01615027565b6109c16101208e016101008f01615027565b60408051998a5260208a01989098526001600160401b03968716978901979097529385166060880152608087019290925261ffff1660a086015290911660c08401526001600160a01b0390811660e0840152166101008201526101200160405180910390a250505050565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a75576040516317a56b8b60e21b815260040160405180910390fd5b610a7d612e13565b610a878133613938565b6107b66134cc565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610ad8576040516317a56b8b60e21b815260040160405180910390fd5b610ae0612e13565b5f8181526006602052604090208054600160f01b900460ff166002816009811115610b0d57610b0d6151a9565b14158015610b2d57506003816009811115610b2a57610b2a6151a9565b14155b8015610b4b57506004816009811115610b4857610b486151a9565b14155b15610b6d578281604051639a20e02560e01b81526004016103eb9291906151bd565b81546001600160a01b03163314610ba05760405163874d0bb560e01b8152600481018490523360248201526044016103eb565b8154600160f81b900460ff81169060021615610bd2576040516374efe03760e01b8152600481018590526024016103eb565b82546001600160f81b0316600160f81b6002831760ff1602178355604051339085907f752ce00c97d7c8607a743e996ce92f67e8e378417ac92304d0e2cf911ced2713905f90a35f5f610c2485612e4a565b815460018301549294509092506001600160a01b0316905f90600160d01b900460ff16610cf0576001848101805460ff60d01b1916600160d01b1790556001850154600160c81b900460ff166004811115610c8157610c816151a9565b03610cf0575060018381018054600160c91b60ff60c81b199091161790556002840154908701546040518281526001600160a01b0384169165ffffffffffff16907f66840667f92dfe2b4e9d9fa01aee2be6313aa3efd436179d64b2277aa004579f9060200160405180910390a35b8354600160a01b90046001600160601b03165f818152600e602090815260408083206001600160a01b038716845290915290205460ff16610e1b575f610d62610d398a87612e88565b60018b0154600160501b900463ffffffff165f9081526003602052604090205461ffff16612ffd565b9050610d6e8982613a07565b15610e19575f828152600e602090815260408083206001600160a01b038089168552925291829020805460ff1916600117905590516321a5b9a560e11b81527f00000000000000000000000000000000000000000000000000000000000000009091169063434b734a90610deb9087903390600690600401615227565b5f604051808303815f87803b158015610e02575f5ffd5b505af1158015610e14573d5f5f3e3d5ffd5b505050505b505b610e467f0000000000000000000000000000000000000000000000000000000000000000848461336a565b50505050505050506107b66134cc565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e9f576040516317a56b8b60e21b815260040160405180910390fd5b610ea7612e13565b6001546001600160a01b03163314610ed45760405163423c97bf60e11b81523360048201526024016103eb565b5f82815260066020526040902060048154600160f01b900460ff166009811115610f0057610f006151a9565b14610f2e578054604051639a20e02560e01b81526103eb918591600160f01b90910460ff16906004016151bd565b6127108261ffff161115610f5b57604051634c16292160e11b815261ffff831660048201526024016103eb565b5f5f610f6683612e4a565b915091505f610f7a84838761ffff16613a2e565b845484546001870154600760f01b60ff60f01b1984161788559293506001600160a01b03909116916001600160601b03600160a01b92839004169164ffffffffff910416151580610fe5575f828152600860205260409020805467ffffffffffffffff60301b191690555b610fee83613044565b5f8981526007602090815260409182902060020154915161ffff8b1681528b917f7c24fce88e89c6c1a5caa753f3c18bc1bba0f3a142a9b9129c5a70ffc7bbe412910160405180910390a3855460608086015160c08088015160a0808a01516080808c015160e08d0151604080519889525f60208a015288019590955296860191909152840194909452928201929092526001600160a01b03928316928616918c917fd84fd654ae279811d1fe7621736bb207b58eddc28a15d6905cb7ff3f2e2fd436910160405180910390a45f61ffff89161580156110ec5750600180880154600160c81b900460ff1660048111156110ea576110ea6151a9565b145b1561115b575060018681018054600360c81b60ff60c81b199091161790556002870154908801546040518281526001600160a01b0386169165ffffffffffff16907f414a9771b88fe585dca655b6ebb75f14072489e977b53644927ae64bf1bc4a6c9060200160405180910390a35b846101400151156111e85786546040516321a5b9a560e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263434b734a926111ba9289921690600290600401615227565b5f604051808303815f87803b1580156111d1575f5ffd5b505af11580156111e3573d5f5f3e3d5ffd5b505050505b8161126b576040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e030565e9061123d9086905f90819060040161529b565b5f604051808303815f87803b158015611254575f5ffd5b505af1158015611266573d5f5f3e3d5ffd5b505050505b6112758389613063565b600187015460808601516001600160a01b039091169061129a908c9083908c8b613136565b506112b4816112a98a8a613348565b88610120015161336a565b6112c4818688610100015161336a565b6112ef7f0000000000000000000000000000000000000000000000000000000000000000868461336a565b50505050505050505061080c6134cc565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611349576040516317a56b8b60e21b815260040160405180910390fd5b61080c8282613d33565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461139c576040516317a56b8b60e21b815260040160405180910390fd5b6113a4612e13565b5f818152600460205260409020600180820154600160c01b900460ff16908160038111156113d4576113d46151a9565b141580156113f4575060028160038111156113f1576113f16151a9565b14155b15611415576040516334cf627560e21b8152600481018490526024016103eb565b81546001600160a01b03811690600160a01b90046001600160601b03163382148015906114df5750816001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e836040518263ffffffff1660e01b815260040161149591815260200190565b602060405180830381865afa1580156114b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114d491906152c3565b6001600160a01b0316145b1561150657604051631a17dacd60e21b8152600481018690523360248201526044016103eb565b5f8181526008602052604090208054600160701b900461ffff168015611552578661153082613da9565b604051636363cfd960e01b8152600481019290925260248201526044016103eb565b60018601805460ff60c01b1916600360c01b179055815465ffffffffffff1916825560405187907fc40fdc946efe80191c467f60727c4abc08254a056035d467a4516a86005ab763905f90a25f600180880154600160c81b900460ff1660048111156115c0576115c06151a9565b03611621575060018601805460ff60c81b1916600160ca1b17905560028601546040518181526001600160a01b0386169089907f444a8a3433948659dcbfd4fe3ea61bea4e3fd0752dfbbf1fea585e91b7d5bc839060200160405180910390a35b61164c7f0000000000000000000000000000000000000000000000000000000000000000868361336a565b505050505050506107b66134cc565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146116a4576040516317a56b8b60e21b815260040160405180910390fd5b5f8681526006602052604090208054600160f01b900460ff1660028160098111156116d1576116d16151a9565b03611724575f6116e083613dd9565b9050806001600160401b031642111561171e576040516339335a3560e11b8152600481018a90526001600160401b03821660248201526044016103eb565b506117ae565b6003816009811115611738576117386151a9565b03611791576001820154600160c81b900464ffffffffff1642111561178c5760018201546040516365ef46d160e11b8152600481018a9052600160c81b90910464ffffffffff1660248201526044016103eb565b6117ae565b8781604051639a20e02560e01b81526004016103eb9291906151bd565b5f88815260076020526040902080546001600160401b03600160a01b9091048116908716811061180b57604051638b890aa960e01b8152600481018b90526001600160401b038089166024830152821660448201526064016103eb565b6127108861ffff16111561183857604051634c16292160e11b815261ffff891660048201526024016103eb565b5f611848858c8c8c8c8c8c613e22565b835467ffffffffffffffff60a01b1916600160a01b6001600160401b038b1602178455905089156118a25760018301546118838b5f19615201565b8111611898576118938b82615214565b61189b565b5f195b6001850155505b61ffff8916156118fb5782545f906118c89061ffff808d1691600160e01b900416615214565b905061271081116118d957806118dd565b6127105b845461ffff91909116600160e01b0261ffff60e01b19909116178455505b604080518b815261ffff8b1660208201526001600160401b038a16916001600160a01b038416918e917f23df76ef4932ccfe3d430d2f5352f0a21a4eecfa3a03c88fb2126a7f57ec0f31910160405180910390a46003846009811115611963576119636151a9565b14801561197c57508915158061197c575061ffff891615155b15611a3d576001850154600160501b900463ffffffff165f908152600360205260408120546119bb90600160601b90046001600160401b031642615214565b6001870154909150600160c81b900464ffffffffff16808211156119fe575060018601805464ffffffffff60c81b1916600160c81b64ffffffffff841602179055805b60405164ffffffffff821681528d907f308d8ade577c498314c5603a4f0ad78fdaea69864c1d8f06ce38115c837f9c259060200160405180910390a250505b5050505050505050505050565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611a93576040516317a56b8b60e21b815260040160405180910390fd5b6107b6611aa53683900383018361534b565b6140d8565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611af3576040516317a56b8b60e21b815260040160405180910390fd5b611afb612e13565b5f81815260066020526040902060038154600160f01b900460ff166009811115611b2757611b276151a9565b14611b55578054604051639a20e02560e01b81526103eb918491600160f01b90910460ff16906004016151bd565b5f5f611b6083612e4a565b915091505f611b8184848460075f8a81526020019081526020015f2061439e565b6001850154909150600160c81b900464ffffffffff164211611c3357806101a001516001600160a01b0316336001600160a01b031614158015611bdb5750806101c001516001600160a01b0316336001600160a01b031614155b80611be65750805115155b80611bf9575061016081015161ffff1615155b15611c335760018401546040516307d346e960e31b815260048101879052600160c81b90910464ffffffffff1660248201526044016103eb565b8354600590859060ff60f01b1916600160f01b830217905550806101a001516001600160a01b03168161014001516001600160a01b0316867fd84fd654ae279811d1fe7621736bb207b58eddc28a15d6905cb7ff3f2e2fd43684604001518560a001518660e001518761010001518860c001518960600151611cb59190615214565b8961012001518a604001518b60200151611ccf9190615201565b611cd99190615214565b604080519687526020870195909552938501929092526060840152608083015260a082015260c00160405180910390a48254611d2590600160a01b90046001600160601b031685613063565b5f611d34858360600151613a07565b905081610180015115611dcc576101408201516101a08301516040516321a5b9a560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263434b734a92611d9a92600190600401615227565b5f604051808303815f87803b158015611db1575f5ffd5b505af1158015611dc3573d5f5f3e3d5ffd5b50505050611e58565b8015611e58576101408201516101a08301516040516321a5b9a560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263434b734a92611e2a925f90600401615227565b5f604051808303815f87803b158015611e41575f5ffd5b505af1158015611e53573d5f5f3e3d5ffd5b505050505b61016082015161ffff1615611eee576101408201516101a08301516040516321a5b9a560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263434b734a92611ec092600390600401615227565b5f604051808303815f87803b158015611ed7575f5ffd5b505af1158015611ee9573d5f5f3e3d5ffd5b505050505b611f0486836101e001518460c001518887613136565b611f0e9082615214565b9050611f52826101e00151836101c001518461010001518560e001518660c001518760a00151611f3e9190615201565b611f489190615214565b6107879190615214565b611f6c826101e0015183610140015184610120015161336a565b816101800151158015611f86575061016082015161ffff16155b15611fa757611fa786836101e00151846101400151856101a0015185614655565b50505050506107b66134cc565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611ffd576040516317a56b8b60e21b815260040160405180910390fd5b612005612e13565b61200f8282613938565b61080c6134cc565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612060576040516317a56b8b60e21b815260040160405180910390fd5b5f818152600460205260409020600180820154600160c01b900460ff16600381111561208e5761208e6151a9565b146120af576040516334cf627560e21b8152600481018390526024016103eb565b80546001600160a01b031633146120e257604051631a17dacd60e21b8152600481018390523360248201526044016103eb565b60018101805460ff60c01b1916600160c11b17905560405182907fe99def7a5a3c84553486ad726f7c64fbeea0bdbcbe46d5ee07958a8bf5d8e2dd905f90a25050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461216e576040516317a56b8b60e21b815260040160405180910390fd5b612176612e13565b5f81815260066020526040902060018154600160f01b900460ff1660098111156121a2576121a26151a9565b146121d0578054604051639a20e02560e01b81526103eb918491600160f01b90910460ff16906004016151bd565b80546001600160a01b031633146122035760405163874d0bb560e01b8152600481018390523360248201526044016103eb565b805464ffffffffff600160a01b8204811691600160c81b900416428211806122345750806001600160401b03164210155b1561226c57604051634c831f0d60e11b8152600481018590526001600160401b038084166024830152821660448201526064016103eb565b600183015465ffffffffffff165f908152600460208190526040918290205491516337b6d96b60e01b8152600160a01b9092046001600160601b0316908201819052907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa1580156122fe573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061232291906153f4565b612342576040516391b86ad360e01b8152600481018290526024016103eb565b5f8181526008602052604090208054600160301b90046001600160401b0316801561238a5760405163438bb2e560e11b815260048101849052602481018290526044016103eb565b85546001600160f01b0381166001600160f81b60ff60f01b19909316600160f11b90811784900460ff169190911790920217178655815467ffffffffffffffff60301b1916600160301b6001600160401b03891602178255604051339088907f70790c0ab38e2aca9b5520985fe66db2a3700c3680b61c3853b5554f67a2c31c905f90a36040516370182b2f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e030565e9061245e9086903390899060040161529b565b5f604051808303815f87803b158015612475575f5ffd5b505af1158015612487573d5f5f3e3d5ffd5b505050505050505050506107b66134cc565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146124e2576040516317a56b8b60e21b815260040160405180910390fd5b6124ea612e13565b5f81815260066020526040902060028154600160f01b900460ff166009811115612516576125166151a9565b14612544578054604051639a20e02560e01b81526103eb918491600160f01b90910460ff16906004016151bd565b5f61254e82613dd9565b9050806001600160401b0316421161258b5760405163ef5cb56560e01b8152600481018490526001600160401b03821660248201526044016103eb565b5f5f61259684612e4a565b855482549294509092506001600160a01b039081169190811690600160a01b90046001600160601b03165f6125cb8886612e88565b90505f6125d88987613015565b60018a0154600160501b900463ffffffff165f908152600360205260408120549192509061260b90849061ffff16612ffd565b8a5460ff60f01b1916600360f11b178b555f858152600860205260409020805467ffffffffffffffff60301b19169055905061264686613044565b846001600160a01b0316866001600160a01b03168c7fd0e1d273af0afcba797af65f884c19ec15668906e1a5e63d0ba5e36ec0fd2baa8585604051612695929190918252602082015260400190565b60405180910390a46040516321a5b9a560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063434b734a906126ee9089908990600290600401615227565b5f604051808303815f87803b158015612705575f5ffd5b505af1158015612717573d5f5f3e3d5ffd5b50506040516370182b2f60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016925063e030565e915061276b9087905f90819060040161529b565b5f604051808303815f87803b158015612782575f5ffd5b505af1158015612794573d5f5f3e3d5ffd5b505050506127a2848b613063565b60018801546001600160a01b03166127bd8c82848e8c613136565b506127d7816127cc8b8b613348565b85611f488689615201565b50505050505050505050506107b66134cc565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612834576040516317a56b8b60e21b815260040160405180910390fd5b61283c612e13565b5f8381526006602090815260408083208054600182015465ffffffffffff168552600490935292205460ff600160f01b830416916001600160a01b0390811691163382148015906128965750336001600160a01b03821614155b156128bd576040516375c8b29160e01b8152600481018890523360248201526044016103eb565b60028360098111156128d1576128d16151a9565b0361297b576001600160a01b0382163303612939578354600160c81b900464ffffffffff164210612934578354604051630ce20ef560e41b815260048101899052336024820152600160c81b90910464ffffffffff1660448201526064016103eb565b612a34565b5f61294385613dd9565b9050806001600160401b031642111561297557873382604051630ce20ef560e41b81526004016103eb9392919061529b565b50612a34565b600383600981111561298f5761298f6151a9565b03612a17576001840154600160c81b900464ffffffffff164211156129e9576001840154604051630ce20ef560e41b815260048101899052336024820152600160c81b90910464ffffffffff1660448201526064016103eb565b6001600160a01b0382165f908152600a602052604081208054909190612a0e9061540f565b90915550612a34565b8683604051639a20e02560e01b81526004016103eb9291906151bd565b6001546001600160a01b031680612a5e5760405163d755cfd160e01b815260040160405180910390fd5b8454600160f21b60ff60f01b199091161785556001546001600160a01b03166040516365f269db60e11b8152600481018a90523360248201526001600160a01b0385811660448301528481166064830152919091169063cbe4d3b6906084016020604051808303815f875af1158015612ad9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612afd9190615427565b5f898152600760205260409081902060020182905551909650339087908a907fedf31fd013a38f6b736218393bfd40eb05c37155c1fe05b8e02cc7eed468103090612b4b908c815260200190565b60405180910390a45050505050612b606134cc565b92915050565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612baf576040516317a56b8b60e21b815260040160405180910390fd5b612bb7612e13565b5f81815260066020526040902060018154600160f01b900460ff166009811115612be357612be36151a9565b14612c11578054604051639a20e02560e01b81526103eb918491600160f01b90910460ff16906004016151bd565b8054600160c81b900464ffffffffff16421015612c67578054604051634c831f0d60e11b815260048101849052600160c81b90910464ffffffffff1660248201526001600160401b0360448201526064016103eb565b5f5f612c7283612e4a565b845491935091506001600160a01b03165f612c8d8584612e88565b6001860154600160501b900463ffffffff165f9081526003602052604081205491925090612cc090839061ffff16612ffd565b90505f612ccd8786613015565b875460ff60f01b1916600960f01b1788559050612ce984613044565b60408051848152602081018490529081018290526001600160a01b0385169089907f0b5c4e8e16f6e9ee03d36cd4d16e515b8ed4c7aaefcc14a81c03e97b4541c1389060600160405180910390a38554612d5390600160a01b90046001600160601b031688613063565b85546040516321a5b9a560e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263434b734a92612da79289921690600890600401615227565b5f604051808303815f87803b158015612dbe575f5ffd5b505af1158015612dd0573d5f5f3e3d5ffd5b5050505060018601546001600160a01b0316612def8982858b8a613136565b50612e0881612dfe8989613348565b6107878688615201565b610e4681868461336a565b612e1b6147e7565b612e4860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614827565b565b6001015465ffffffffffff81165f90815260046020908152604080832060058352818420600160301b90950463ffffffff1684529390915290209091565b805482545f91612ec4916001600160801b0390911690612ebf9064ffffffffff600160a01b8204811691600160c81b900416615201565b61482e565b9392505050565b835460028401545f91600160a01b9081900464ffffffffff16918291612efb91046001600160401b031642615214565b111580612f8c57506040516337b6d96b60e01b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906337b6d96b90602401602060405180830381865afa158015612f66573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f8a91906153f4565b155b15612f9a575f915050612ff5565b80421015612fc5576002850154612fbd908490600160e01b900461ffff16614844565b915050612ff5565b5f84815260086020526040812054600160301b90046001600160401b03169003612fef5782612ff1565b5f5b9150505b949350505050565b5f61271061300b838561543e565b612ec49190615469565b805460018301545f91612ec491600160801b9091046001600160801b031690600160701b900461ffff16614844565b6001600160a01b03165f908152600a6020526040902080545f19019055565b5f8281526008602052604081206001808401548254600160701b80820460ff600160f01b909404939093169390931b199190911661ffff1691820261ffff60701b199091161782559091819003613130576040516347e1413f60e01b8152600481018590525f60248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906347e1413f906044015f604051808303815f87803b158015613119575f5ffd5b505af115801561312b573d5f5f3e3d5ffd5b505050505b50505050565b5f835f0361314557505f61333f565b600183015461ffff600160801b8204811691600160901b9004168115801561316f575061ffff8116155b156131b2575f8054600160701b900463ffffffff168152600360205260409020600401546131a89088906001600160a01b03168861336a565b859250505061333f565b5f5f6131c7888561ffff168561ffff1661485a565b965090925090505f61ffff8516156131ec5760038701546001600160a01b03166131ee565b5f5b90505f61ffff851615613217575f8c8152600760205260409020546001600160a01b0316613219565b5f5b9050806001600160a01b0316826001600160a01b0316036132445761323e8385615214565b93505f92505b8315613299578a6001600160a01b0316826001600160a01b03168d7f77d700030f2b268da198a926d3ccbf91f848f1ceb16a7b5658478a24c43209178760405161329091815260200190565b60405180910390a45b82156132ee578a6001600160a01b0316816001600160a01b03168d7f77d700030f2b268da198a926d3ccbf91f848f1ceb16a7b5658478a24c4320917866040516132e591815260200190565b60405180910390a45b6132f98b838661336a565b6133048b828561336a565b5f8054600160701b900463ffffffff16815260036020526040902060040154613338908c906001600160a01b03168961336a565b5050505050505b95945050505050565b60028101546001600160a01b031680612b60575050546001600160a01b031690565b805f0361337657505050565b613384603f620249f0615469565b61339190620249f0615214565b61339d90611388615214565b5a10156133ee575a6133b3603f620249f0615469565b6133c090620249f0615214565b6133cc90611388615214565b6040516323e228cb60e01b8152600481019290925260248201526044016103eb565b60405163a9059cbb60e01b80825260048201849052602482018390525f80805291602083604483828a620249f0f192505060015f5114601f3d11165f863b113d15161782169150816134c5576001600160a01b038086165f908152600d6020908152604080832093881683529290529081208054859290613470908490615214565b92505081905550836001600160a01b0316856001600160a01b03167f0ec92dccaaec52237ad5b362fd28fdd30264d3dbe224275a5f260e34078d9de2856040516134bc91815260200190565b60405180910390a35b5050505050565b612e485f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612e42565b6001600160a01b03821661351d5760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600b60205260409020805460ff19168315151790557f8e2ee3a35655d1a8579bc41e30e977569b150f33d1a292e9b03dffda6bb8abb98261356b856148af565b613574866149d6565b60405161044a93929190615488565b8035158061359357506020810135155b806135b457506135a96080820160608301615269565b6001600160401b0316155b806135ee57506135ca6080820160608301615269565b6001600160401b03166135e36060830160408401615269565b6001600160401b0316115b8061360d575061271061360760c0830160a08401615282565b61ffff16115b8061361f57506001600160801b038135115b8061363457506001600160801b036020820135115b8061364957506001600160801b036080820135115b156136695780604051631660474960e31b81526004016103eb91906154d0565b5f61367c61012083016101008401615027565b6001600160a01b0316141580156136c25750600c5f6136a361012084016101008501615027565b6001600160a01b0316815260208101919091526040015f205461ffff16155b156107b6576136d961012082016101008301615027565b6040516311c4c8ff60e31b81526001600160a01b0390911660048201526024016103eb565b5f83815260056020908152604080832063ffffffff86168452825291829020908301356001600160801b03908116600160801b028435821617825560018201805460808601359092166fffffffffffffffffffffffffffffffff1992909216919091179055906137749060608401908401615269565b6001820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b199092169190911790556137b26080830160608401615269565b6001820180546001600160401b0392909216600160c01b026001600160c01b039092169190911790555f6137ed610100840160e08501615027565b6001600160a01b031614158061381a575061380e60e0830160c08401615269565b6001600160401b031615155b80613837575061383060c0830160a08401615282565b61ffff1615155b156138dc5761384d610100830160e08401615027565b6002820180546001600160a01b0319166001600160a01b039290921691909117905561387f60e0830160c08401615269565b6002820180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b199092169190911790556138bd60c0830160a08401615282565b81600201601c6101000a81548161ffff021916908361ffff1602179055505b5f6138ef61012084016101008501615027565b6001600160a01b0316146131305761390f61012083016101008401615027565b60039190910180546001600160a01b0319166001600160a01b0392909216919091179055505050565b6001600160a01b038083165f908152600d602090815260408083209385168352929052908120549081900361399357604051633f26c87760e21b81526001600160a01b038085166004830152831660248201526044016103eb565b6001600160a01b038381165f818152600d602090815260408083209487168084529482528083209290925590518481527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a3613a026001600160a01b0384168383614aad565b505050565b60018201545f9061333f90839061ffff600160801b8204811691600160901b90041661485a565b613a8a6040518061018001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f151581525090565b613a948484612e88565b8152613aa08484613015565b602082015260018401545f90600160a01b900464ffffffffff168103613ac65742613ada565b6001850154600160a01b900464ffffffffff165b600186015464ffffffffff600160c81b820481161515610160860152919250600160a01b900416158015613b1e5750613b1285613dd9565b6001600160401b031642115b1515610140830152613b31858583614ae2565b604083810191909152845486546001880154600160501b9081900463ffffffff165f90815260036020529390932054613b8c936001600160801b0390931692600160c81b90920464ffffffffff169185910461ffff16614b7d565b60a0830181905260208301511015613ba957602082015160a08301525b613bc68260a001518360200151613bc09190615201565b84612ffd565b60c083015261016082015115613c4a576040820151606083015260c082015160a08301516020840151613bf99190615201565b613c039190615201565b610100830181905260408301518351613c1c9190615201565b613c269190615214565b60e083015260c082015160a0830151613c3f9190615214565b610120830152613d2b565b816101400151613c6757613c62826040015184612ffd565b613c6d565b81604001515b606083018190526001860154600160501b900463ffffffff165f90815260036020526040902054613ca2919061ffff16612ffd565b608083015260c082015160a08301516020840151613cc09190615201565b613cca9190615201565b60608301518351613cdb9190615201565b613ce59190615214565b610100830181905260e083015260c082015160a083015160808401516060850151613d109190615201565b613d1a9190615214565b613d249190615214565b6101208301525b509392505050565b6001600160a01b038216613d5a5760405163674fe7f560e01b815260040160405180910390fd5b6001600160a01b0382165f818152600b602052604090819020600101839055517f1fe8e337a75803a6cb359b9fbe9421a53e63c74b08cc661556eae02388a9e1e69061044a9084815260200190565b5f5b61ffff821615613dd457613dc060018361558f565b90911690613dcd8161540f565b9050613dab565b919050565b6001810154600160501b900463ffffffff165f908152600360205260408120548254612b60916201000090046001600160401b031690600160c81b900464ffffffffff166155a9565b600187015465ffffffffffff165f908152600460208190526040808320549051636df1819b60e01b8152600160a01b9091046001600160601b0316918101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636df1819b90602401602060405180830381865afa158015613eb3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613ed791906152c3565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f54243eda80822c47a8fc04da9ca519396bb194bf19b514cbe8da01ce3c287733918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201529091505f9060c00160408051601f1981840301815282825280516020918201207fa00690b9e8d1782d8e570d3f130e5c68cb77140c8f52b7dec6d340344eff71cd918401919091529082018a90526060820189905261ffff881660808301526001600160401b03871660a083015291505f9061400b90839060c0016040516020818303038152906040528051906020012060405161190160f01b8152600281019290925260228201526042902090565b90505f5f61404e8388888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614bc192505050565b5090925090505f816003811115614067576140676151a9565b14158061407b57506001600160a01b038516155b806140985750846001600160a01b0316826001600160a01b031614155b156140c9576040516303bfb2eb60e21b81526001600160a01b038084166004830152861660248201526044016103eb565b50505050979650505050505050565b6103e8815f015161ffff1611806140fe575062278d0081602001516001600160401b0316115b80614112575061c350816040015161ffff16115b8061412c575062093a8081606001516001600160401b0316115b8061414657506201518081608001516001600160401b0316115b8061415c575060a08101516001600160401b0316155b8061417757506301e133808160a001516001600160401b0316115b8061418e57506101008101516001600160a01b0316155b156141ae578060405163d583978d60e01b81526004016103eb91906155c8565b5f80546141c990600160701b900463ffffffff16600161524d565b5f805463ffffffff8316600160701b810263ffffffff60701b1990921691909117825581526003602081815260409283902086518154928801518589015160608a015160808b01516001600160401b03818116600160a01b0267ffffffffffffffff60a01b19848316600160601b0267ffffffffffffffff60601b1961ffff888116600160501b029190911669ffffffffffffffffffff60501b19868b16620100000269ffffffffffffffffffff19909e16928c16929092179c909c17169a909a17999099179890981697909717865560a08c015160018701805498821667ffffffffffffffff199099169890981790975560c08c01516002870181905560e08d01519887018990556101008d0151600490970180546001600160a01b0389166001600160a01b03199091161790559851999a507f530384b8a39a682d5c46e88c12d09c0f95d9a2197e14c85e6a98cfe77ee96eb299614392999598949793969295919491929061ffff998a1681526001600160401b0398891660208201529690981660408701529386166060860152918516608085015290931660a083015260c082019290925260e08101919091526001600160a01b03919091166101008201526101200190565b60405180910390a15050565b6144386040518061020001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f61ffff1681526020015f151581526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f6001600160a01b031681525090565b600185810154600160501b810463ffffffff165f9081526003602052604090209184015483528354600160e01b900461ffff1661016084015286546001600160a01b039081166101408501528654166101a0840152600160a01b900464ffffffffff166144a58686613348565b6001600160a01b039081166101c08501526001870154166101e08401526144cc8786612e88565b60208401526144dc878683614ae2565b6040840181905282546144f3919061ffff16612ffd565b60608401526145028786613015565b608084018190526101208401528251600186015461452991906001600160801b0316614c0a565b60a0840181905261012084015110156145485761012083015160a08401525b8260a00151836101200181815161455f9190615201565b905250608083015161016084015161457b919061ffff16612ffd565b60e08401819052610120840151101561459a5761012083015160e08401525b8260e0015183610120018181516145b19190615201565b9052508654600160c81b900464ffffffffff16808211610180850152855483546145f4926001600160801b0390921691908490600160501b900461ffff16614b7d565b61010084018190526101208401511015614615576101208301516101008401525b826101000151836101200181815161462d9190615201565b90525060a08301518254614645919061ffff16612ffd565b60c0840152509095945050505050565b6001600160a01b0384165f908152600b602052604090206001015480158061467b575081155b1561468657506134c5565b5f6146918383614c0a565b90505f62093a806146c27f000000000000000000000000000000000000000000000000000000000000000042615201565b6146cc9190615469565b604080518082019091526002546001600160401b03808216808452600160401b9092046001600160c01b0316602084015292935090915f9190841614614712575f614718565b81602001515b5f8054600160701b900463ffffffff16815260036020819052604090912001546001600160c01b0391821692509081111561475757506001600160c01b035b6147798b8a8785851161476a575f614c42565b6147748686615201565b614c42565b6147839083615214565b91506147988b898785851161476a575f614c42565b6147a29083615214565b604080518082019091526001600160401b039095168086526001600160c01b039091166020909501859052600160401b90940290931760025550505050505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612e4857604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f612ec461483c838561543e565b610e10614d6e565b5f612ec4614852838561543e565b612710614d6e565b5f8080614e2061486a868861543e565b6148749190615469565b9250614e20614883858861543e565b61488d9190615469565b91508161489a8488615201565b6148a49190615201565b905093509350939050565b60408051600481526024810182526020810180516001600160e01b03166395d89b4160e01b17905290516060915f9182916001600160a01b03861691620186a0916148f991615682565b5f604051808303818686fa925050503d805f8114614932576040519150601f19603f3d011682016040523d82523d5f602084013e614937565b606091505b509150915081158061494a575060408151105b1561496557505060408051602081019091525f815292915050565b5f5f8280602001905181019061497b9190615698565b9150915081602014158061499b5750604083516149989190615201565b81115b156149b857505060408051602081019091525f8152949350505050565b828060200190518101906149cc91906156ba565b9695505050505050565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f91829182916001600160a01b03861691620186a091614a1f91615682565b5f604051808303818686fa925050503d805f8114614a58576040519150601f19603f3d011682016040523d82523d5f602084013e614a5d565b606091505b5091509150811580614a70575060208151105b15614a7e57505f9392505050565b5f81806020019051810190614a939190615427565b905060ff8111614aa3578061333f565b5f95945050505050565b614aba8383836001614da3565b613a0257604051635274afe760e01b81526001600160a01b03841660048201526024016103eb565b600183810154600160501b900463ffffffff165f90815260036020526040812054918401549091600160a01b90046001600160401b0390811691600160801b900416811015614b4257506001830154600160801b90046001600160401b03165b8354855461333f916001600160801b03169064ffffffffff600160a01b8204811691600160c81b9004168685614b788b8b612e88565b614e05565b5f838311614b8c57505f612ff5565b61333f82614b9a8686615201565b614ba4908861543e565b614bae919061543e565b614bbc612710610e1061543e565b614d6e565b5f5f5f8351604103614bf8576020840151604085015160608601515f1a614bea88828585614e67565b955095509550505050614c03565b505081515f91506002905b9250925092565b5f821580614c16575081155b15614c2257505f612b60565b82820282848281614c3557614c35615455565b0414612ec4575f19612ff5565b5f81831115614c4f578192505b825f03614c5d57505f612ff5565b614c6b603f620249f0615469565b614c7890620249f0615214565b614c8490611388615214565b5a1015614c9a575a6133b3603f620249f0615469565b6040516340c10f1960e01b81526001600160a01b038581166004830152602482018590527f000000000000000000000000000000000000000000000000000000000000000016906340c10f1990620249f0906044015f604051808303815f88803b158015614d06575f5ffd5b5087f193505050508015614d18575060015b614d2357505f612ff5565b836001600160a01b0316857f04492fab062412e7e4e5f46c9e919f1640652946a5e163ad6e6c1c03d87954d285604051614d5f91815260200190565b60405180910390a35081612ff5565b5f8215614d9b5781614d81600185615201565b614d8b9190615469565b614d96906001615214565b612ec4565b505f92915050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614df9578383151615614ded573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f858510614e145785614e16565b845b90505f878211614e26575f614e30565b614e308883615201565b905084811015614e3d5750835b5f614e488a8361482e565b9050848110614e575784614e59565b805b9a9950505050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614ea057505f91506003905082614f25565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614ef1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614f1c57505f925060019150829050614f25565b92505f91508190505b9450945094915050565b6001600160a01b03811681146107b6575f5ffd5b8035613dd481614f2f565b803561ffff81168114613dd4575f5ffd5b5f5f60408385031215614f70575f5ffd5b8235614f7b81614f2f565b9150614f8960208401614f4e565b90509250929050565b5f60208284031215614fa2575f5ffd5b5035919050565b80151581146107b6575f5ffd5b5f5f60408385031215614fc7575f5ffd5b8235614fd281614f2f565b91506020830135614fe281614fa9565b809150509250929050565b5f6101208284031215614ffe575f5ffd5b50919050565b5f5f6101408385031215615016575f5ffd5b82359150614f898460208501614fed565b5f60208284031215615037575f5ffd5b8135612ec481614f2f565b5f5f60408385031215615053575f5ffd5b82359150614f8960208401614f4e565b5f5f60408385031215615074575f5ffd5b823561507f81614f2f565b946020939093013593505050565b80356001600160401b0381168114613dd4575f5ffd5b5f5f5f5f5f5f60a087890312156150b8575f5ffd5b86359550602087013594506150cf60408801614f4e565b93506150dd6060880161508d565b925060808701356001600160401b038111156150f7575f5ffd5b8701601f81018913615107575f5ffd5b80356001600160401b0381111561511c575f5ffd5b89602082840101111561512d575f5ffd5b60208201935080925050509295509295509295565b5f6101208284031215615153575f5ffd5b612ec48383614fed565b5f5f6040838503121561516e575f5ffd5b823561517981614f2f565b91506020830135614fe281614f2f565b5f5f6040838503121561519a575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b82815260408101600a83106151e057634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115612b6057612b606151ed565b80820180821115612b6057612b606151ed565b6001600160a01b03938416815291909216602082015260ff909116604082015260600190565b63ffffffff8181168382160190811115612b6057612b606151ed565b5f60208284031215615279575f5ffd5b612ec48261508d565b5f60208284031215615292575f5ffd5b612ec482614f4e565b9283526001600160a01b039190911660208301526001600160401b0316604082015260600190565b5f602082840312156152d3575f5ffd5b8151612ec481614f2f565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b0381118282101715615315576153156152de565b60405290565b604051601f8201601f191681016001600160401b0381118282101715615343576153436152de565b604052919050565b5f61012082840312801561535d575f5ffd5b506153666152f2565b61536f83614f4e565b815261537d6020840161508d565b602082015261538e60408401614f4e565b604082015261539f6060840161508d565b60608201526153b06080840161508d565b60808201526153c160a0840161508d565b60a082015260c0838101359082015260e080840135908201526153e76101008401614f43565b6101008201529392505050565b5f60208284031215615404575f5ffd5b8151612ec481614fa9565b5f60018201615420576154206151ed565b5060010190565b5f60208284031215615437575f5ffd5b5051919050565b8082028115828204841417612b6057612b606151ed565b634e487b7160e01b5f52601260045260245ffd5b5f8261548357634e487b7160e01b5f52601260045260245ffd5b500490565b8315158152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f83011684010191505060ff83166040830152949350505050565b813581526020808301359082015261012081016001600160401b036154f76040850161508d565b1660408301526001600160401b036155116060850161508d565b1660608301526080838101359083015261552d60a08401614f4e565b61ffff1660a083015261554260c0840161508d565b6001600160401b031660c083015261555c60e08401614f43565b6001600160a01b031660e08301526155776101008401614f43565b6001600160a01b0381166101008401525b5092915050565b61ffff8281168282160390811115612b6057612b606151ed565b6001600160401b038181168382160190811115612b6057612b606151ed565b5f6101208201905061ffff83511682526001600160401b0360208401511660208301526040830151615600604084018261ffff169052565b50606083015161561b60608401826001600160401b03169052565b50608083015161563660808401826001600160401b03169052565b5060a083015161565160a08401826001600160401b03169052565b5060c083015160c083015260e083015160e08301526101008301516155886101008401826001600160a01b03169052565b5f82518060208501845e5f920191825250919050565b5f5f604083850312156156a9575f5ffd5b505080516020909101519092909150565b5f602082840312156156ca575f5ffd5b81516001600160401b038111156156df575f5ffd5b8201601f810184136156ef575f5ffd5b80516001600160401b03811115615708576157086152de565b61571b601f8201601f191660200161531b565b81815285602083850101111561572f575f5ffd5b8160208401602083015e5f9181016020019190915294935050505056fea2646970667358221220c4f51183a38f1b685cab9edb5e8f9f01395886bca296e2b023e3d19a7132218d64736f6c63430008250033",
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
// Solidity: constructor(address admin, address registry, address credit, address shr, (uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address) params, address[] paymentTokens, uint256[] rewardRates) returns()
func (pledgeEscrow *PledgeEscrow) PackConstructor(admin common.Address, registry common.Address, credit common.Address, shr common.Address, params IPledgeEscrowParams, paymentTokens []common.Address, rewardRates []*big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("", admin, registry, credit, shr, params, paymentTokens, rewardRates)
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

// PackEPOCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0dc2758.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EPOCH() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackEPOCH() []byte {
	enc, err := pledgeEscrow.abi.Pack("EPOCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEPOCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0dc2758.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EPOCH() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackEPOCH() ([]byte, error) {
	return pledgeEscrow.abi.Pack("EPOCH")
}

// UnpackEPOCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0dc2758.
//
// Solidity: function EPOCH() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackEPOCH(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("EPOCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMAXOPENRENTALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93cd5f89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OPEN_RENTALS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackMAXOPENRENTALS() []byte {
	enc, err := pledgeEscrow.abi.Pack("MAX_OPEN_RENTALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOPENRENTALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93cd5f89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OPEN_RENTALS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackMAXOPENRENTALS() ([]byte, error) {
	return pledgeEscrow.abi.Pack("MAX_OPEN_RENTALS")
}

// UnpackMAXOPENRENTALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93cd5f89.
//
// Solidity: function MAX_OPEN_RENTALS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackMAXOPENRENTALS(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("MAX_OPEN_RENTALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackPUSHGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b68f2a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUSH_GAS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackPUSHGAS() []byte {
	enc, err := pledgeEscrow.abi.Pack("PUSH_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUSHGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b68f2a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUSH_GAS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackPUSHGAS() ([]byte, error) {
	return pledgeEscrow.abi.Pack("PUSH_GAS")
}

// UnpackPUSHGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b68f2a5.
//
// Solidity: function PUSH_GAS() view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackPUSHGAS(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("PUSH_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackCancel(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("cancel", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCancel(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("cancel", arg0)
}

// PackCheckIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe95a644f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkIn(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackCheckIn(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("checkIn", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe95a644f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkIn(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCheckIn(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("checkIn", arg0)
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

// PackCloseListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a255cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeListing(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackCloseListing(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("closeListing", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5a255cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeListing(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCloseListing(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("closeListing", arg0)
}

// PackCollectDefault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd0f936.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectDefault(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackCollectDefault(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("collectDefault", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectDefault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd0f936.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectDefault(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCollectDefault(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("collectDefault", arg0)
}

// PackCollectNoShow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff9bd0f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectNoShow(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackCollectNoShow(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("collectNoShow", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectNoShow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff9bd0f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectNoShow(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackCollectNoShow(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("collectNoShow", arg0)
}

// PackConfirmAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e87fc8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmAsset(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackConfirmAsset(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("confirmAsset", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e87fc8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmAsset(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackConfirmAsset(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("confirmAsset", arg0)
}

// PackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delist(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackDelist(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("delist", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delist(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackDelist(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("delist", arg0)
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

// PackEndRentalByDevice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d62a5b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endRentalByDevice(uint256 rentalId, uint64 returnedAt, uint256 deadline, bytes signature) returns()
func (pledgeEscrow *PledgeEscrow) PackEndRentalByDevice(rentalId *big.Int, returnedAt uint64, deadline *big.Int, signature []byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("endRentalByDevice", rentalId, returnedAt, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndRentalByDevice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d62a5b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endRentalByDevice(uint256 rentalId, uint64 returnedAt, uint256 deadline, bytes signature) returns()
func (pledgeEscrow *PledgeEscrow) TryPackEndRentalByDevice(rentalId *big.Int, returnedAt uint64, deadline *big.Int, signature []byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("endRentalByDevice", rentalId, returnedAt, deadline, signature)
}

// PackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extension() view returns(address)
func (pledgeEscrow *PledgeEscrow) PackExtension() []byte {
	enc, err := pledgeEscrow.abi.Pack("extension")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extension() view returns(address)
func (pledgeEscrow *PledgeEscrow) TryPackExtension() ([]byte, error) {
	return pledgeEscrow.abi.Pack("extension")
}

// UnpackExtension is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d5537b0.
//
// Solidity: function extension() view returns(address)
func (pledgeEscrow *PledgeEscrow) UnpackExtension(data []byte) (common.Address, error) {
	out, err := pledgeEscrow.abi.Unpack("extension", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x107a274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,(uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address),uint32,uint8,uint8,uint256,bool) out)
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
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,(uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address),uint32,uint8,uint8,uint256,bool) out)
func (pledgeEscrow *PledgeEscrow) TryPackGetListing(listingId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getListing", listingId)
}

// UnpackGetListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x107a274a.
//
// Solidity: function getListing(uint256 listingId) view returns((uint256,address,address,(uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address),uint32,uint8,uint8,uint256,bool) out)
func (pledgeEscrow *PledgeEscrow) UnpackGetListing(data []byte) (IPledgeEscrowListing, error) {
	out, err := pledgeEscrow.abi.Unpack("getListing", data)
	if err != nil {
		return *new(IPledgeEscrowListing), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowListing)).(*IPledgeEscrowListing)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams() view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) PackGetParams() []byte {
	enc, err := pledgeEscrow.abi.Pack("getParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams() view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) TryPackGetParams() ([]byte, error) {
	return pledgeEscrow.abi.Pack("getParams")
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) UnpackGetParams(data []byte) (IPledgeEscrowParams, error) {
	out, err := pledgeEscrow.abi.Unpack("getParams", data)
	if err != nil {
		return *new(IPledgeEscrowParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowParams)).(*IPledgeEscrowParams)
	return out0, nil
}

// PackGetParamsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d20eccd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParamsAt(uint32 paramsId) view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) PackGetParamsAt(paramsId uint32) []byte {
	enc, err := pledgeEscrow.abi.Pack("getParamsAt", paramsId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParamsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d20eccd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParamsAt(uint32 paramsId) view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) TryPackGetParamsAt(paramsId uint32) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getParamsAt", paramsId)
}

// UnpackGetParamsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d20eccd.
//
// Solidity: function getParamsAt(uint32 paramsId) view returns((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address))
func (pledgeEscrow *PledgeEscrow) UnpackGetParamsAt(data []byte) (IPledgeEscrowParams, error) {
	out, err := pledgeEscrow.abi.Unpack("getParamsAt", data)
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
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint32,uint256,address,address,address,address,address,address,uint16,uint16,uint8,bool,bool,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint16,uint64,uint256,uint32) out)
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
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint32,uint256,address,address,address,address,address,address,uint16,uint16,uint8,bool,bool,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint16,uint64,uint256,uint32) out)
func (pledgeEscrow *PledgeEscrow) TryPackGetRental(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("getRental", rentalId)
}

// UnpackGetRental is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x652bd29e.
//
// Solidity: function getRental(uint256 rentalId) view returns((uint256,uint32,uint256,address,address,address,address,address,address,uint16,uint16,uint8,bool,bool,uint64,uint64,uint64,uint64,uint256,uint256,uint256,uint16,uint64,uint256,uint32) out)
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

// PackIsSlotFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dceabb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlotFree(uint256 tokenId, uint64 start, uint64 end) view returns(bool)
func (pledgeEscrow *PledgeEscrow) PackIsSlotFree(tokenId *big.Int, start uint64, end uint64) []byte {
	enc, err := pledgeEscrow.abi.Pack("isSlotFree", tokenId, start, end)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlotFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dceabb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlotFree(uint256 tokenId, uint64 start, uint64 end) view returns(bool)
func (pledgeEscrow *PledgeEscrow) TryPackIsSlotFree(tokenId *big.Int, start uint64, end uint64) ([]byte, error) {
	return pledgeEscrow.abi.Pack("isSlotFree", tokenId, start, end)
}

// UnpackIsSlotFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dceabb0.
//
// Solidity: function isSlotFree(uint256 tokenId, uint64 start, uint64 end) view returns(bool)
func (pledgeEscrow *PledgeEscrow) UnpackIsSlotFree(data []byte) (bool, error) {
	out, err := pledgeEscrow.abi.Unpack("isSlotFree", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf428abde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 tokenId, address paymentToken, (uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) terms) returns(uint256 listingId)
func (pledgeEscrow *PledgeEscrow) PackList(tokenId *big.Int, paymentToken common.Address, terms IPledgeEscrowTerms) []byte {
	enc, err := pledgeEscrow.abi.Pack("list", tokenId, paymentToken, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf428abde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 tokenId, address paymentToken, (uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) terms) returns(uint256 listingId)
func (pledgeEscrow *PledgeEscrow) TryPackList(tokenId *big.Int, paymentToken common.Address, terms IPledgeEscrowTerms) ([]byte, error) {
	return pledgeEscrow.abi.Pack("list", tokenId, paymentToken, terms)
}

// UnpackList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf428abde.
//
// Solidity: function list(uint256 tokenId, address paymentToken, (uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) terms) returns(uint256 listingId)
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
// Solidity: function openDispute(uint256 , bytes32 ) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackOpenDispute(arg0 *big.Int, arg1 [32]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("openDispute", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3eca9f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint256 , bytes32 ) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackOpenDispute(arg0 *big.Int, arg1 [32]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("openDispute", arg0, arg1)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3eca9f5.
//
// Solidity: function openDispute(uint256 , bytes32 ) returns(uint256)
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

// PackOpenRentalsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94998ff9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openRentalsOf(uint256 tokenId) view returns(uint256[] ids)
func (pledgeEscrow *PledgeEscrow) PackOpenRentalsOf(tokenId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("openRentalsOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenRentalsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94998ff9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openRentalsOf(uint256 tokenId) view returns(uint256[] ids)
func (pledgeEscrow *PledgeEscrow) TryPackOpenRentalsOf(tokenId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("openRentalsOf", tokenId)
}

// UnpackOpenRentalsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94998ff9.
//
// Solidity: function openRentalsOf(uint256 tokenId) view returns(uint256[] ids)
func (pledgeEscrow *PledgeEscrow) UnpackOpenRentalsOf(data []byte) ([]*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("openRentalsOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
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

// PackPlatformShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ec8cc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformShare(address platform) view returns(uint16)
func (pledgeEscrow *PledgeEscrow) PackPlatformShare(platform common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("platformShare", platform)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ec8cc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformShare(address platform) view returns(uint16)
func (pledgeEscrow *PledgeEscrow) TryPackPlatformShare(platform common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("platformShare", platform)
}

// UnpackPlatformShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79ec8cc7.
//
// Solidity: function platformShare(address platform) view returns(uint16)
func (pledgeEscrow *PledgeEscrow) UnpackPlatformShare(data []byte) (uint16, error) {
	out, err := pledgeEscrow.abi.Unpack("platformShare", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackReleaseDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f109c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseDeposit(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackReleaseDeposit(arg0 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("releaseDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f109c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseDeposit(uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackReleaseDeposit(arg0 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("releaseDeposit", arg0)
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
// the contract method with ID 0xb28908fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRent(listingId *big.Int, start uint64, duration uint64, termsHash [32]byte, platform common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("rent", listingId, start, duration, termsHash, platform)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb28908fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRent(listingId *big.Int, start uint64, duration uint64, termsHash [32]byte, platform common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rent", listingId, start, duration, termsHash, platform)
}

// UnpackRent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb28908fe.
//
// Solidity: function rent(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform) returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRent(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRentWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bd96517.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRentWithPermit(listingId *big.Int, start uint64, duration uint64, termsHash [32]byte, platform common.Address, permitValue *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("rentWithPermit", listingId, start, duration, termsHash, platform, permitValue, permitDeadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRentWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bd96517.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRentWithPermit(listingId *big.Int, start uint64, duration uint64, termsHash [32]byte, platform common.Address, permitValue *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rentWithPermit", listingId, start, duration, termsHash, platform, permitValue, permitDeadline, v, r, s)
}

// UnpackRentWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bd96517.
//
// Solidity: function rentWithPermit(uint256 listingId, uint64 start, uint64 duration, bytes32 termsHash_, address platform, uint256 permitValue, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint256)
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

// PackRentalTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d7d470.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rentalTerms(uint256 rentalId) view returns((uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address))
func (pledgeEscrow *PledgeEscrow) PackRentalTerms(rentalId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("rentalTerms", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRentalTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d7d470.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rentalTerms(uint256 rentalId) view returns((uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address))
func (pledgeEscrow *PledgeEscrow) TryPackRentalTerms(rentalId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rentalTerms", rentalId)
}

// UnpackRentalTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5d7d470.
//
// Solidity: function rentalTerms(uint256 rentalId) view returns((uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address))
func (pledgeEscrow *PledgeEscrow) UnpackRentalTerms(data []byte) (IPledgeEscrowTerms, error) {
	out, err := pledgeEscrow.abi.Unpack("rentalTerms", data)
	if err != nil {
		return *new(IPledgeEscrowTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(IPledgeEscrowTerms)).(*IPledgeEscrowTerms)
	return out0, nil
}

// PackReportUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9def8223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportUsage(uint256 , uint256 , uint16 , uint64 , bytes ) returns()
func (pledgeEscrow *PledgeEscrow) PackReportUsage(arg0 *big.Int, arg1 *big.Int, arg2 uint16, arg3 uint64, arg4 []byte) []byte {
	enc, err := pledgeEscrow.abi.Pack("reportUsage", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9def8223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportUsage(uint256 , uint256 , uint16 , uint64 , bytes ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackReportUsage(arg0 *big.Int, arg1 *big.Int, arg2 uint16, arg3 uint64, arg4 []byte) ([]byte, error) {
	return pledgeEscrow.abi.Pack("reportUsage", arg0, arg1, arg2, arg3, arg4)
}

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3d7e00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint256 , uint16 ) returns()
func (pledgeEscrow *PledgeEscrow) PackResolveDispute(arg0 *big.Int, arg1 uint16) []byte {
	enc, err := pledgeEscrow.abi.Pack("resolveDispute", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f3d7e00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint256 , uint16 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackResolveDispute(arg0 *big.Int, arg1 uint16) ([]byte, error) {
	return pledgeEscrow.abi.Pack("resolveDispute", arg0, arg1)
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

// PackRewardEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bfdea2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardEpoch() view returns(uint256 epoch, uint256 minted, uint256 remaining)
func (pledgeEscrow *PledgeEscrow) PackRewardEpoch() []byte {
	enc, err := pledgeEscrow.abi.Pack("rewardEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bfdea2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardEpoch() view returns(uint256 epoch, uint256 minted, uint256 remaining)
func (pledgeEscrow *PledgeEscrow) TryPackRewardEpoch() ([]byte, error) {
	return pledgeEscrow.abi.Pack("rewardEpoch")
}

// RewardEpochOutput serves as a container for the return parameters of contract
// method RewardEpoch.
type RewardEpochOutput struct {
	Epoch     *big.Int
	Minted    *big.Int
	Remaining *big.Int
}

// UnpackRewardEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bfdea2b.
//
// Solidity: function rewardEpoch() view returns(uint256 epoch, uint256 minted, uint256 remaining)
func (pledgeEscrow *PledgeEscrow) UnpackRewardEpoch(data []byte) (RewardEpochOutput, error) {
	out, err := pledgeEscrow.abi.Unpack("rewardEpoch", data)
	outstruct := new(RewardEpochOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Minted = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Remaining = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x221ca18c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardRate(address token) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackRewardRate(token common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("rewardRate", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x221ca18c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardRate(address token) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackRewardRate(token common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("rewardRate", token)
}

// UnpackRewardRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x221ca18c.
//
// Solidity: function rewardRate(address token) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackRewardRate(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("rewardRate", data)
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
// the contract method with ID 0xa073473e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address) ) returns()
func (pledgeEscrow *PledgeEscrow) PackSetParams(arg0 IPledgeEscrowParams) []byte {
	enc, err := pledgeEscrow.abi.Pack("setParams", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa073473e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address) ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetParams(arg0 IPledgeEscrowParams) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setParams", arg0)
}

// PackSetPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x430884cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaymentToken(address , bool ) returns()
func (pledgeEscrow *PledgeEscrow) PackSetPaymentToken(arg0 common.Address, arg1 bool) []byte {
	enc, err := pledgeEscrow.abi.Pack("setPaymentToken", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaymentToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x430884cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaymentToken(address , bool ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetPaymentToken(arg0 common.Address, arg1 bool) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setPaymentToken", arg0, arg1)
}

// PackSetPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f44f4e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPlatform(address , uint16 ) returns()
func (pledgeEscrow *PledgeEscrow) PackSetPlatform(arg0 common.Address, arg1 uint16) []byte {
	enc, err := pledgeEscrow.abi.Pack("setPlatform", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f44f4e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPlatform(address , uint16 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetPlatform(arg0 common.Address, arg1 uint16) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setPlatform", arg0, arg1)
}

// PackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812a71d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRewardRate(address , uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) PackSetRewardRate(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("setRewardRate", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812a71d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRewardRate(address , uint256 ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackSetRewardRate(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("setRewardRate", arg0, arg1)
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

// PackTermsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c980e12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termsHash(uint256 listingId) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) PackTermsHash(listingId *big.Int) []byte {
	enc, err := pledgeEscrow.abi.Pack("termsHash", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTermsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c980e12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function termsHash(uint256 listingId) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) TryPackTermsHash(listingId *big.Int) ([]byte, error) {
	return pledgeEscrow.abi.Pack("termsHash", listingId)
}

// UnpackTermsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c980e12.
//
// Solidity: function termsHash(uint256 listingId) view returns(bytes32)
func (pledgeEscrow *PledgeEscrow) UnpackTermsHash(data []byte) ([32]byte, error) {
	out, err := pledgeEscrow.abi.Unpack("termsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTierRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f9e9fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) PackTierRentalCount(account common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("tierRentalCount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierRentalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f9e9fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) TryPackTierRentalCount(account common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("tierRentalCount", account)
}

// UnpackTierRentalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f9e9fca.
//
// Solidity: function tierRentalCount(address account) view returns(uint256)
func (pledgeEscrow *PledgeEscrow) UnpackTierRentalCount(data []byte) (*big.Int, error) {
	out, err := pledgeEscrow.abi.Unpack("tierRentalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// the contract method with ID 0x47408058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateListing(uint256 , (uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) ) returns()
func (pledgeEscrow *PledgeEscrow) PackUpdateListing(arg0 *big.Int, arg1 IPledgeEscrowTerms) []byte {
	enc, err := pledgeEscrow.abi.Pack("updateListing", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47408058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateListing(uint256 , (uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackUpdateListing(arg0 *big.Int, arg1 IPledgeEscrowTerms) ([]byte, error) {
	return pledgeEscrow.abi.Pack("updateListing", arg0, arg1)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address ) returns()
func (pledgeEscrow *PledgeEscrow) PackWithdraw(arg0 common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("withdraw", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackWithdraw(arg0 common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("withdraw", arg0)
}

// PackWithdrawFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb5735c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFor(address , address ) returns()
func (pledgeEscrow *PledgeEscrow) PackWithdrawFor(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := pledgeEscrow.abi.Pack("withdrawFor", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb5735c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFor(address , address ) returns()
func (pledgeEscrow *PledgeEscrow) TryPackWithdrawFor(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return pledgeEscrow.abi.Pack("withdrawFor", arg0, arg1)
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
// Solidity: event ArbitrationSet(address arbitration)
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

// PledgeEscrowCancelled represents a Cancelled event raised by the PledgeEscrow contract.
type PledgeEscrowCancelled struct {
	RentalId    *big.Int
	By          common.Address
	Fee         *big.Int
	PlatformFee *big.Int
	Refund      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowCancelled) ContractEventName() string {
	return PledgeEscrowCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(uint256 indexed rentalId, address indexed by, uint256 fee, uint256 platformFee, uint256 refund)
func (pledgeEscrow *PledgeEscrow) UnpackCancelledEvent(log *types.Log) (*PledgeEscrowCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowCancelled)
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

// PledgeEscrowCheckedIn represents a CheckedIn event raised by the PledgeEscrow contract.
type PledgeEscrowCheckedIn struct {
	RentalId *big.Int
	Renter   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowCheckedInEventName = "CheckedIn"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowCheckedIn) ContractEventName() string {
	return PledgeEscrowCheckedInEventName
}

// UnpackCheckedInEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckedIn(uint256 indexed rentalId, address indexed renter)
func (pledgeEscrow *PledgeEscrow) UnpackCheckedInEvent(log *types.Log) (*PledgeEscrowCheckedIn, error) {
	event := "CheckedIn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowCheckedIn)
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

// PledgeEscrowInspectionExtended represents a InspectionExtended event raised by the PledgeEscrow contract.
type PledgeEscrowInspectionExtended struct {
	RentalId      *big.Int
	InspectionEnd uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowInspectionExtendedEventName = "InspectionExtended"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowInspectionExtended) ContractEventName() string {
	return PledgeEscrowInspectionExtendedEventName
}

// UnpackInspectionExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InspectionExtended(uint256 indexed rentalId, uint64 inspectionEnd)
func (pledgeEscrow *PledgeEscrow) UnpackInspectionExtendedEvent(log *types.Log) (*PledgeEscrowInspectionExtended, error) {
	event := "InspectionExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowInspectionExtended)
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
	ListingId        *big.Int
	TokenId          *big.Int
	Provider         common.Address
	PaymentToken     common.Address
	PricePerHour     *big.Int
	Deposit          *big.Int
	MinDuration      uint64
	MaxDuration      uint64
	PricePerUnit     *big.Int
	CancelFeeBps     uint16
	FreeCancelBefore uint64
	Payee            common.Address
	Platform         common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowListed) ContractEventName() string {
	return PledgeEscrowListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed listingId, uint256 indexed tokenId, address indexed provider, address paymentToken, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit, uint16 cancelFeeBps, uint64 freeCancelBefore, address payee, address platform)
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

// PledgeEscrowListingClosed represents a ListingClosed event raised by the PledgeEscrow contract.
type PledgeEscrowListingClosed struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowListingClosedEventName = "ListingClosed"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowListingClosed) ContractEventName() string {
	return PledgeEscrowListingClosedEventName
}

// UnpackListingClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingClosed(uint256 indexed listingId)
func (pledgeEscrow *PledgeEscrow) UnpackListingClosedEvent(log *types.Log) (*PledgeEscrowListingClosed, error) {
	event := "ListingClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowListingClosed)
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
	ListingId        *big.Int
	PricePerHour     *big.Int
	Deposit          *big.Int
	MinDuration      uint64
	MaxDuration      uint64
	PricePerUnit     *big.Int
	CancelFeeBps     uint16
	FreeCancelBefore uint64
	Payee            common.Address
	Platform         common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowListingUpdatedEventName = "ListingUpdated"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowListingUpdated) ContractEventName() string {
	return PledgeEscrowListingUpdatedEventName
}

// UnpackListingUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingUpdated(uint256 indexed listingId, uint256 pricePerHour, uint256 deposit, uint64 minDuration, uint64 maxDuration, uint256 pricePerUnit, uint16 cancelFeeBps, uint64 freeCancelBefore, address payee, address platform)
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

// PledgeEscrowNoShow represents a NoShow event raised by the PledgeEscrow contract.
type PledgeEscrowNoShow struct {
	RentalId    *big.Int
	Renter      common.Address
	RentCharged *big.Int
	PlatformFee *big.Int
	Refund      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowNoShowEventName = "NoShow"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowNoShow) ContractEventName() string {
	return PledgeEscrowNoShowEventName
}

// UnpackNoShowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoShow(uint256 indexed rentalId, address indexed renter, uint256 rentCharged, uint256 platformFee, uint256 refund)
func (pledgeEscrow *PledgeEscrow) UnpackNoShowEvent(log *types.Log) (*PledgeEscrowNoShow, error) {
	event := "NoShow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowNoShow)
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
	PlatformFeeBps   uint16
	GracePeriod      uint64
	LateFeeBps       uint16
	InspectionPeriod uint64
	MinRentalSeconds uint64
	MaxAdvance       uint64
	BasePledge       *big.Int
	EpochRewardCap   *big.Int
	Treasury         common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowParamsSet) ContractEventName() string {
	return PledgeEscrowParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint16 platformFeeBps, uint64 gracePeriod, uint16 lateFeeBps, uint64 inspectionPeriod, uint64 minRentalSeconds, uint64 maxAdvance, uint256 basePledge, uint256 epochRewardCap, address treasury)
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
	Token    common.Address
	Allowed  bool
	Symbol   string
	Decimals uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPaymentTokenSetEventName = "PaymentTokenSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPaymentTokenSet) ContractEventName() string {
	return PledgeEscrowPaymentTokenSetEventName
}

// UnpackPaymentTokenSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentTokenSet(address indexed token, bool allowed, string symbol, uint8 decimals)
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

// PledgeEscrowPlatformFeePaid represents a PlatformFeePaid event raised by the PledgeEscrow contract.
type PledgeEscrowPlatformFeePaid struct {
	RentalId *big.Int
	Platform common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPlatformFeePaidEventName = "PlatformFeePaid"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPlatformFeePaid) ContractEventName() string {
	return PledgeEscrowPlatformFeePaidEventName
}

// UnpackPlatformFeePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformFeePaid(uint256 indexed rentalId, address indexed platform, address indexed token, uint256 amount)
func (pledgeEscrow *PledgeEscrow) UnpackPlatformFeePaidEvent(log *types.Log) (*PledgeEscrowPlatformFeePaid, error) {
	event := "PlatformFeePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPlatformFeePaid)
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

// PledgeEscrowPlatformSet represents a PlatformSet event raised by the PledgeEscrow contract.
type PledgeEscrowPlatformSet struct {
	Platform common.Address
	ShareBps uint16
	Raw      *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowPlatformSetEventName = "PlatformSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowPlatformSet) ContractEventName() string {
	return PledgeEscrowPlatformSetEventName
}

// UnpackPlatformSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformSet(address indexed platform, uint16 shareBps)
func (pledgeEscrow *PledgeEscrow) UnpackPlatformSetEvent(log *types.Log) (*PledgeEscrowPlatformSet, error) {
	event := "PlatformSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowPlatformSet)
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
	Device    common.Address
	Platform  common.Address
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
// Solidity: event Rented(uint256 indexed rentalId, uint256 indexed listingId, address indexed renter, uint256 tokenId, uint64 start, uint64 end, uint256 rent, uint256 deposit, address device, address platform)
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

// PledgeEscrowReturned represents a Returned event raised by the PledgeEscrow contract.
type PledgeEscrowReturned struct {
	RentalId      *big.Int
	By            common.Address
	ReturnedAt    uint64
	RentCharged   *big.Int
	RentRefund    *big.Int
	PlatformFee   *big.Int
	InspectionEnd uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowReturnedEventName = "Returned"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowReturned) ContractEventName() string {
	return PledgeEscrowReturnedEventName
}

// UnpackReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Returned(uint256 indexed rentalId, address indexed by, uint64 returnedAt, uint256 rentCharged, uint256 rentRefund, uint256 platformFee, uint64 inspectionEnd)
func (pledgeEscrow *PledgeEscrow) UnpackReturnedEvent(log *types.Log) (*PledgeEscrowReturned, error) {
	event := "Returned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowReturned)
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

// PledgeEscrowRewardRateSet represents a RewardRateSet event raised by the PledgeEscrow contract.
type PledgeEscrowRewardRateSet struct {
	Token         common.Address
	ShrPerFeeUnit *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const PledgeEscrowRewardRateSetEventName = "RewardRateSet"

// ContractEventName returns the user-defined event name.
func (PledgeEscrowRewardRateSet) ContractEventName() string {
	return PledgeEscrowRewardRateSetEventName
}

// UnpackRewardRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardRateSet(address indexed token, uint256 shrPerFeeUnit)
func (pledgeEscrow *PledgeEscrow) UnpackRewardRateSetEvent(log *types.Log) (*PledgeEscrowRewardRateSet, error) {
	event := "RewardRateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pledgeEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PledgeEscrowRewardRateSet)
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
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AlreadyReturned"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAlreadyReturnedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AssetBusy"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAssetBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["AssetNotVerified"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackAssetNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["BadDuration"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackBadDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["BadStart"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackBadStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["BadTime"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackBadTimeError(raw[4:])
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
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowBadReturnTime"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowBadReturnTimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowBlacklisted"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowDefaultNotDue"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowDefaultNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowDisputeClosed"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowDisputeClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowInspectionOver"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowInspectionOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowInvalidBps"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowInvalidBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowLengthMismatch"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowLengthMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowOnlyDelegated"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowOnlyDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowPaymentTokenNotAllowed"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowPaymentTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowRentalNotEnded"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowRentalNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowSignatureExpired"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowTokenIdTooLarge"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowTokenIdTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["EscrowWrongStatus"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackEscrowWrongStatusError(raw[4:])
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
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidDevice"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidDeviceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["ListingBusy"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackListingBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["ListingNotOpen"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackListingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["NotReleasable"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackNotReleasableError(raw[4:])
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
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["SlotTaken"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackSlotTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["StaleNonce"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackStaleNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["TermsChanged"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackTermsChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["TierLimit"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackTierLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["TooManyBookings"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackTooManyBookingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pledgeEscrow.abi.Errors["UnknownPlatform"].ID.Bytes()[:4]) {
		return pledgeEscrow.UnpackUnknownPlatformError(raw[4:])
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

// PledgeEscrowAlreadyReturned represents a AlreadyReturned error raised by the PledgeEscrow contract.
type PledgeEscrowAlreadyReturned struct {
	RentalId   *big.Int
	ReturnedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReturned(uint256 rentalId, uint64 returnedAt)
func PledgeEscrowAlreadyReturnedErrorID() common.Hash {
	return common.HexToHash("0xb56b704714a89249ff747b08b22c0e7ec751693fda52a74a3e771fb6da7840dc")
}

// UnpackAlreadyReturnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReturned(uint256 rentalId, uint64 returnedAt)
func (pledgeEscrow *PledgeEscrow) UnpackAlreadyReturnedError(raw []byte) (*PledgeEscrowAlreadyReturned, error) {
	out := new(PledgeEscrowAlreadyReturned)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "AlreadyReturned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowAssetBusy represents a AssetBusy error raised by the PledgeEscrow contract.
type PledgeEscrowAssetBusy struct {
	TokenId  *big.Int
	RentalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetBusy(uint256 tokenId, uint256 rentalId)
func PledgeEscrowAssetBusyErrorID() common.Hash {
	return common.HexToHash("0x871765caa5884d1016387453e0b7029bf9149ed14af3330b2adaa9c92ef87914")
}

// UnpackAssetBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetBusy(uint256 tokenId, uint256 rentalId)
func (pledgeEscrow *PledgeEscrow) UnpackAssetBusyError(raw []byte) (*PledgeEscrowAssetBusy, error) {
	out := new(PledgeEscrowAssetBusy)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "AssetBusy", raw); err != nil {
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

// PledgeEscrowBadStart represents a BadStart error raised by the PledgeEscrow contract.
type PledgeEscrowBadStart struct {
	Start  uint64
	Latest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStart(uint64 start, uint64 latest)
func PledgeEscrowBadStartErrorID() common.Hash {
	return common.HexToHash("0xa05b6f2349ee8e99ab63f0c54ec1dc9218279034581712d03687f0aa1a0d093e")
}

// UnpackBadStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStart(uint64 start, uint64 latest)
func (pledgeEscrow *PledgeEscrow) UnpackBadStartError(raw []byte) (*PledgeEscrowBadStart, error) {
	out := new(PledgeEscrowBadStart)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "BadStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowBadTime represents a BadTime error raised by the PledgeEscrow contract.
type PledgeEscrowBadTime struct {
	RentalId *big.Int
	OpensAt  uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTime(uint256 rentalId, uint64 opensAt, uint64 closesAt)
func PledgeEscrowBadTimeErrorID() common.Hash {
	return common.HexToHash("0x99063e1a5a4a6dbf13b2285324d3e4fb3fdcec549e0d671a4d49ab53b8203844")
}

// UnpackBadTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTime(uint256 rentalId, uint64 opensAt, uint64 closesAt)
func (pledgeEscrow *PledgeEscrow) UnpackBadTimeError(raw []byte) (*PledgeEscrowBadTime, error) {
	out := new(PledgeEscrowBadTime)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "BadTime", raw); err != nil {
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

// PledgeEscrowEscrowBadReturnTime represents a EscrowBadReturnTime error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowBadReturnTime struct {
	RentalId   *big.Int
	ReturnedAt uint64
	Earliest   uint64
	Latest     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowBadReturnTime(uint256 rentalId, uint64 returnedAt, uint64 earliest, uint64 latest)
func PledgeEscrowEscrowBadReturnTimeErrorID() common.Hash {
	return common.HexToHash("0xd183cf991c4ba87be187123f1dcf974d0e0a82df66180b1cc1ab4fb9ab1297e1")
}

// UnpackEscrowBadReturnTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowBadReturnTime(uint256 rentalId, uint64 returnedAt, uint64 earliest, uint64 latest)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowBadReturnTimeError(raw []byte) (*PledgeEscrowEscrowBadReturnTime, error) {
	out := new(PledgeEscrowEscrowBadReturnTime)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowBadReturnTime", raw); err != nil {
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

// PledgeEscrowEscrowDisputeClosed represents a EscrowDisputeClosed error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowDisputeClosed struct {
	RentalId *big.Int
	Account  common.Address
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowDisputeClosed(uint256 rentalId, address account, uint64 deadline)
func PledgeEscrowEscrowDisputeClosedErrorID() common.Hash {
	return common.HexToHash("0xce20ef509ae5546277867290e071e3fb366c83b6eaabfc285cff37938bb37282")
}

// UnpackEscrowDisputeClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowDisputeClosed(uint256 rentalId, address account, uint64 deadline)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowDisputeClosedError(raw []byte) (*PledgeEscrowEscrowDisputeClosed, error) {
	out := new(PledgeEscrowEscrowDisputeClosed)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowDisputeClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowInspectionOver represents a EscrowInspectionOver error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowInspectionOver struct {
	RentalId      *big.Int
	InspectionEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowInspectionOver(uint256 rentalId, uint64 inspectionEnd)
func PledgeEscrowEscrowInspectionOverErrorID() common.Hash {
	return common.HexToHash("0xcbde8da2bedd4c80c493ced283111235687ee353897c3152508bf6b0f56bb749")
}

// UnpackEscrowInspectionOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowInspectionOver(uint256 rentalId, uint64 inspectionEnd)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowInspectionOverError(raw []byte) (*PledgeEscrowEscrowInspectionOver, error) {
	out := new(PledgeEscrowEscrowInspectionOver)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowInspectionOver", raw); err != nil {
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

// PledgeEscrowEscrowLengthMismatch represents a EscrowLengthMismatch error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowLengthMismatch struct {
	Tokens *big.Int
	Rates  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowLengthMismatch(uint256 tokens, uint256 rates)
func PledgeEscrowEscrowLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x18c4df18eabc932dec32260bda73a702f071a3d1ce8a60908a1e0d939196f463")
}

// UnpackEscrowLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowLengthMismatch(uint256 tokens, uint256 rates)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowLengthMismatchError(raw []byte) (*PledgeEscrowEscrowLengthMismatch, error) {
	out := new(PledgeEscrowEscrowLengthMismatch)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowLengthMismatch", raw); err != nil {
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

// PledgeEscrowEscrowOnlyDelegated represents a EscrowOnlyDelegated error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowOnlyDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowOnlyDelegated()
func PledgeEscrowEscrowOnlyDelegatedErrorID() common.Hash {
	return common.HexToHash("0x5e95ae2cb298c61484c062bc56ab71a6e5d94464e89a61ae5540e83556ab6bce")
}

// UnpackEscrowOnlyDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowOnlyDelegated()
func (pledgeEscrow *PledgeEscrow) UnpackEscrowOnlyDelegatedError(raw []byte) (*PledgeEscrowEscrowOnlyDelegated, error) {
	out := new(PledgeEscrowEscrowOnlyDelegated)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowOnlyDelegated", raw); err != nil {
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

// PledgeEscrowEscrowSignatureExpired represents a EscrowSignatureExpired error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowSignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowSignatureExpired(uint256 deadline)
func PledgeEscrowEscrowSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xa070eddd5d4b601c544cdc3cfe079f2adb22815946544f42fdd854dd6b81b6cf")
}

// UnpackEscrowSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowSignatureExpired(uint256 deadline)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowSignatureExpiredError(raw []byte) (*PledgeEscrowEscrowSignatureExpired, error) {
	out := new(PledgeEscrowEscrowSignatureExpired)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowSignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowTokenIdTooLarge represents a EscrowTokenIdTooLarge error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowTokenIdTooLarge struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowTokenIdTooLarge(uint256 tokenId)
func PledgeEscrowEscrowTokenIdTooLargeErrorID() common.Hash {
	return common.HexToHash("0x48ab59c1bb2d117ed457e5e8d2130d0a6ad2dd5d767b81a2e7f1da49b99f9f26")
}

// UnpackEscrowTokenIdTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowTokenIdTooLarge(uint256 tokenId)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowTokenIdTooLargeError(raw []byte) (*PledgeEscrowEscrowTokenIdTooLarge, error) {
	out := new(PledgeEscrowEscrowTokenIdTooLarge)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowTokenIdTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowEscrowWrongStatus represents a EscrowWrongStatus error raised by the PledgeEscrow contract.
type PledgeEscrowEscrowWrongStatus struct {
	RentalId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowWrongStatus(uint256 rentalId, uint8 status)
func PledgeEscrowEscrowWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9a20e025d0cf05400623cbbe27587c8a4fc39a099d5e933ea3a27bb62d2aa78d")
}

// UnpackEscrowWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowWrongStatus(uint256 rentalId, uint8 status)
func (pledgeEscrow *PledgeEscrow) UnpackEscrowWrongStatusError(raw []byte) (*PledgeEscrowEscrowWrongStatus, error) {
	out := new(PledgeEscrowEscrowWrongStatus)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "EscrowWrongStatus", raw); err != nil {
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

// PledgeEscrowInsufficientGas represents a InsufficientGas error raised by the PledgeEscrow contract.
type PledgeEscrowInsufficientGas struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 gasLeft, uint256 needed)
func PledgeEscrowInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x23e228cb30ba888d86279f51c27a6690ec0fe016ea074bbd6332de5b2571f9b3")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 gasLeft, uint256 needed)
func (pledgeEscrow *PledgeEscrow) UnpackInsufficientGasError(raw []byte) (*PledgeEscrowInsufficientGas, error) {
	out := new(PledgeEscrowInsufficientGas)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
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

// PledgeEscrowInvalidParams represents a InvalidParams error raised by the PledgeEscrow contract.
type PledgeEscrowInvalidParams struct {
	Params IPledgeEscrowParams
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address) params)
func PledgeEscrowInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xd583978d7dc45c931dd78fc2781f62748fb9780ac254d783acca11451469357c")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams((uint16,uint64,uint16,uint64,uint64,uint64,uint256,uint256,address) params)
func (pledgeEscrow *PledgeEscrow) UnpackInvalidParamsError(raw []byte) (*PledgeEscrowInvalidParams, error) {
	out := new(PledgeEscrowInvalidParams)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
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
	Terms IPledgeEscrowTerms
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms((uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) terms)
func PledgeEscrowInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0xb3023a48de125360eee22c488b1a7e3687f5722d6773ba8143e25fa6247de0b4")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms((uint256,uint256,uint64,uint64,uint256,uint16,uint64,address,address) terms)
func (pledgeEscrow *PledgeEscrow) UnpackInvalidTermsError(raw []byte) (*PledgeEscrowInvalidTerms, error) {
	out := new(PledgeEscrowInvalidTerms)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowListingBusy represents a ListingBusy error raised by the PledgeEscrow contract.
type PledgeEscrowListingBusy struct {
	ListingId   *big.Int
	OpenRentals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingBusy(uint256 listingId, uint256 openRentals)
func PledgeEscrowListingBusyErrorID() common.Hash {
	return common.HexToHash("0x6363cfd90f27161734c23d7766bd4cb303c6dbd07cae8e98bf552256bbadaa78")
}

// UnpackListingBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingBusy(uint256 listingId, uint256 openRentals)
func (pledgeEscrow *PledgeEscrow) UnpackListingBusyError(raw []byte) (*PledgeEscrowListingBusy, error) {
	out := new(PledgeEscrowListingBusy)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "ListingBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowListingNotOpen represents a ListingNotOpen error raised by the PledgeEscrow contract.
type PledgeEscrowListingNotOpen struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotOpen(uint256 listingId)
func PledgeEscrowListingNotOpenErrorID() common.Hash {
	return common.HexToHash("0xd33d89d4679da59087dd48710d3422994821a21d2535d6d36a89e290bc260d45")
}

// UnpackListingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotOpen(uint256 listingId)
func (pledgeEscrow *PledgeEscrow) UnpackListingNotOpenError(raw []byte) (*PledgeEscrowListingNotOpen, error) {
	out := new(PledgeEscrowListingNotOpen)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "ListingNotOpen", raw); err != nil {
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

// PledgeEscrowNotReleasable represents a NotReleasable error raised by the PledgeEscrow contract.
type PledgeEscrowNotReleasable struct {
	RentalId      *big.Int
	InspectionEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReleasable(uint256 rentalId, uint64 inspectionEnd)
func PledgeEscrowNotReleasableErrorID() common.Hash {
	return common.HexToHash("0x3e9a37489be9daa9338595a07b082e4f908c29b9def526e995b09132dc3fe6a8")
}

// UnpackNotReleasableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReleasable(uint256 rentalId, uint64 inspectionEnd)
func (pledgeEscrow *PledgeEscrow) UnpackNotReleasableError(raw []byte) (*PledgeEscrowNotReleasable, error) {
	out := new(PledgeEscrowNotReleasable)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "NotReleasable", raw); err != nil {
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

// PledgeEscrowSlotTaken represents a SlotTaken error raised by the PledgeEscrow contract.
type PledgeEscrowSlotTaken struct {
	TokenId  *big.Int
	RentalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotTaken(uint256 tokenId, uint256 rentalId)
func PledgeEscrowSlotTakenErrorID() common.Hash {
	return common.HexToHash("0x89715c30825092f4b1ff63bb35dea50486391212948f37fcfa2ca4e102308d54")
}

// UnpackSlotTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotTaken(uint256 tokenId, uint256 rentalId)
func (pledgeEscrow *PledgeEscrow) UnpackSlotTakenError(raw []byte) (*PledgeEscrowSlotTaken, error) {
	out := new(PledgeEscrowSlotTaken)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "SlotTaken", raw); err != nil {
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

// PledgeEscrowTermsChanged represents a TermsChanged error raised by the PledgeEscrow contract.
type PledgeEscrowTermsChanged struct {
	ListingId *big.Int
	Current   [32]byte
	Given     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermsChanged(uint256 listingId, bytes32 current, bytes32 given)
func PledgeEscrowTermsChangedErrorID() common.Hash {
	return common.HexToHash("0x86f8e7d10a28878d4e0ab6743464f968f5785180eba6c306c82118ec8641de61")
}

// UnpackTermsChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermsChanged(uint256 listingId, bytes32 current, bytes32 given)
func (pledgeEscrow *PledgeEscrow) UnpackTermsChangedError(raw []byte) (*PledgeEscrowTermsChanged, error) {
	out := new(PledgeEscrowTermsChanged)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "TermsChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowTierLimit represents a TierLimit error raised by the PledgeEscrow contract.
type PledgeEscrowTierLimit struct {
	Account          common.Address
	MaxActiveRentals uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TierLimit(address account, uint16 maxActiveRentals)
func PledgeEscrowTierLimitErrorID() common.Hash {
	return common.HexToHash("0x45f284abe45e86d11d81e0e00a4b5d5c643484cf545bebbe388ad6736bfbd101")
}

// UnpackTierLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TierLimit(address account, uint16 maxActiveRentals)
func (pledgeEscrow *PledgeEscrow) UnpackTierLimitError(raw []byte) (*PledgeEscrowTierLimit, error) {
	out := new(PledgeEscrowTierLimit)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "TierLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowTooManyBookings represents a TooManyBookings error raised by the PledgeEscrow contract.
type PledgeEscrowTooManyBookings struct {
	TokenId *big.Int
	MaxOpen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBookings(uint256 tokenId, uint256 maxOpen)
func PledgeEscrowTooManyBookingsErrorID() common.Hash {
	return common.HexToHash("0x00f0a165f4c394757a92b92d08ef9d20def416dd7381df33bb03300c5d57d81e")
}

// UnpackTooManyBookingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBookings(uint256 tokenId, uint256 maxOpen)
func (pledgeEscrow *PledgeEscrow) UnpackTooManyBookingsError(raw []byte) (*PledgeEscrowTooManyBookings, error) {
	out := new(PledgeEscrowTooManyBookings)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "TooManyBookings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PledgeEscrowUnknownPlatform represents a UnknownPlatform error raised by the PledgeEscrow contract.
type PledgeEscrowUnknownPlatform struct {
	Platform common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPlatform(address platform)
func PledgeEscrowUnknownPlatformErrorID() common.Hash {
	return common.HexToHash("0x8e2647f832cb0d26abb0fb8bbf9b79bb31aea04221cc1c429600607e70927e61")
}

// UnpackUnknownPlatformError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPlatform(address platform)
func (pledgeEscrow *PledgeEscrow) UnpackUnknownPlatformError(raw []byte) (*PledgeEscrowUnknownPlatform, error) {
	out := new(PledgeEscrowUnknownPlatform)
	if err := pledgeEscrow.abi.UnpackIntoInterface(out, "UnknownPlatform", raw); err != nil {
		return nil, err
	}
	return out, nil
}
