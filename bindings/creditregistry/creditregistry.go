// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package creditregistry

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

// ICreditRegistryTier is an auto generated low-level Go binding around an user-defined struct.
type ICreditRegistryTier struct {
	MinScore         uint16
	MaxActiveRentals uint16
	DepositBps       uint16
	PledgeBps        uint16
}

// CreditRegistryMetaData contains all meta data concerning the CreditRegistry contract.
var CreditRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tiers\",\"type\":\"tuple[4]\",\"internalType\":\"structICreditRegistry.Tier[4]\",\"components\":[{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"name\":\"deltas\",\"type\":\"int16[7]\",\"internalType\":\"int16[7]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BASELINE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CREDIT_ORACLE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DELTA\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NEWCOMER_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_BASELINE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RECORDER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TIER_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"attestBaseline\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"score\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"blacklist\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICreditRegistry.Tier\",\"components\":[{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outcomeDelta\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordOutcome\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"scoreOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setOutcomeDelta\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"delta\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"termsOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tierOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unblacklist\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Blacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutcomeDeltaSet\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"delta\",\"type\":\"int16\",\"indexed\":false,\"internalType\":\"int16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ScoreChanged\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oldScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TierSet\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unblacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BadTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"BaselineNotAllowed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditAlreadyBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditDeltaOutOfRange\",\"inputs\":[{\"name\":\"delta\",\"type\":\"int16\",\"internalType\":\"int16\"}]},{\"type\":\"error\",\"name\":\"CreditInvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditNotBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditScoreOutOfRange\",\"inputs\":[{\"name\":\"score\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"CreditSignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CreditSignatureUsed\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CreditUnknownOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "CreditRegistry",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161211538038061211583398101604081905261002f916105f3565b6040518060400160405280600e81526020016d437265646974526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f8261024f60201b60201c565b6101205261008c8161024f565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261012b5f8461028c565b505f5b600460ff8216101561020c575f838260ff1660048110610150576101506106d4565b6020020151905060ff821615801561016c5750805161ffff1615155b806101b157505f8260ff161180156101b157508361018b6001846106fc565b60ff166004811061019e5761019e6106d4565b602002015151815161ffff918216911611155b806101c4575080516103e861ffff909116115b156101f9578051604051633881c76560e21b815260ff8416600482015261ffff90911660248201526044015b60405180910390fd5b6102038282610335565b5060010161012e565b505f5b600760ff821610156102465761023e81838360ff1660078110610234576102346106d4565b6020020151610429565b60010161020f565b5050505061078f565b5f5f829050601f81511115610279578260405163305a27a960e01b81526004016101f09190610715565b80516102848261074a565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661032c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102e43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161032f565b505f5b92915050565b8060048360ff166004811061034c5761034c6106d4565b82519101805460208085015160408087015160609788015161ffff90811666010000000000000261ffff60301b19928216640100000000029290921663ffffffff60201b19948216620100000263ffffffff199097169190981617949094179190911694909417919091179091558351908401518483015193850151925160ff8716947f7b01df7679fa8adbd98c07feedac8f0bf4987494827338ce36a4ecd95d6c5a489461041d94939261ffff948516815292841660208401529083166040830152909116606082015260800190565b60405180910390a25050565b600760ff831610610452576040516343ea848360e01b815260ff831660048201526024016101f0565b61045d6103e8610770565b60010b8160010b128061047557506103e8600182900b135b1561049957604051636b8946bb60e11b8152600182900b60048201526024016101f0565b8060088360ff16600781106104b0576104b06106d4565b601091828204019190066002026101000a81548161ffff021916908360010b61ffff1602179055508160ff167fde1d4525a0cec8d99d87fda99be96fe652039e131cbe86cd5cca3c2135bd5ca88260405161041d919060019190910b815260200190565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561054a5761054a610514565b60405290565b604051601f8201601f191681016001600160401b038111828210171561057857610578610514565b604052919050565b805161ffff81168114610591575f5ffd5b919050565b5f82601f8301126105a5575f5ffd5b6105af60e0610550565b8060e08401858111156105c0575f5ffd5b845b818110156105e85780518060010b81146105da575f5ffd5b8452602093840193016105c2565b509095945050505050565b5f5f5f6103008486031215610606575f5ffd5b83516001600160a01b038116811461061c575f5ffd5b9250603f8401851361062c575f5ffd5b608061063781610550565b80610220870188811115610649575f5ffd5b602088015b818110156106b95784818b031215610664575f5ffd5b61066c610528565b61067582610580565b815261068360208301610580565b602082015261069460408301610580565b60408201526106a560608301610580565b60608201528452602090930192840161064e565b508195506106c78982610596565b9450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b60ff828116828216039081111561032f5761032f6106e8565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561076a575f198160200360031b1b821691505b50919050565b5f8160010b617fff198103610787576107876106e8565b5f0392915050565b60805160a05160c05160e0516101005161012051610140516119356107e05f395f61106001525f61103001525f61133d01525f61131501525f61127001525f61129a01525f6112c401526119355ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c806384b0196e116100fe578063bea865811161009e578063d547741f1161006e578063d547741f146104ab578063d90cdf97146104be578063e4fe556e146104be578063fe575a87146104c6575f5ffd5b8063bea8658114610403578063c8f74bb81461042a578063ca6360541461043d578063ccc5749014610497575f5ffd5b8063a217fddf116100d9578063a217fddf146103c3578063a61318bc146103ca578063b3d27089146103dd578063baaeec36146103f0575f5ffd5b806384b0196e1461038c57806391d14854146103a75780639a87d234146103ba575f5ffd5b806336331c8f1161017457806371916b961161014457806371916b961461031857806375695af11461033f57806375e3661e1461035257806383bfe34014610365575f5ffd5b806336331c8f146102bc57806336568abe146102d65780633c0479a0146102e95780634ff2a8e1146102fc575f5ffd5b80631bae184e116101af5780631bae184e1461025b578063248a9ca31461027057806327ff6223146102a05780632f2ff15d146102a9575f5ffd5b806301ffc9a7146101d55780630369ac91146101fd578063133af45614610235575b5f5ffd5b6101e86101e33660046114f6565b6104f8565b60405190151581526020015b60405180910390f35b61021061020b366004611538565b61052e565b6040805161ffff948516815292841660208401529216918101919091526060016101f4565b610248610243366004611538565b61057b565b60405161ffff90911681526020016101f4565b61026e610269366004611562565b6105b7565b005b61029261027e3660046115f7565b5f9081526020819052604090206001015490565b6040519081526020016101f4565b6102486103e881565b61026e6102b736600461160e565b610835565b6102c4600481565b60405160ff90911681526020016101f4565b61026e6102e436600461160e565b61085f565b61026e6102f7366004611648565b610897565b6103056103e881565b60405160019190910b81526020016101f4565b6102927f219c04d1726ab0fbc8548625bb986d959fece255ad389fec1f25a2aa88b1b36881565b61026e61034d366004611670565b6109db565b61026e610360366004611538565b610a9a565b6102927f10530ae32003c524b3144e0a32eb5130234ae4124aa30acab1f65a1bf4dc2b1881565b610394610b3f565b6040516101f497969594939291906116c6565b6101e86103b536600461160e565b610b81565b61024861025881565b6102925f81565b6103056103d836600461175c565b610ba9565b61026e6103eb366004611775565b610c09565b61026e6103fe3660046117d6565b610d4e565b6102927ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb481565b6102c4610438366004611538565b610d6f565b61045061044b36600461175c565b610ddb565b6040516101f491905f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b6102925f5160206118e05f395f51905f5281565b61026e6104b936600461160e565b610e8b565b6102c4600781565b6101e86104d4366004611538565b6001600160a01b03165f908152600360205260409020546301000000900460ff1690565b5f6001600160e01b03198216637965db0b60e01b148061052857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f5f600461053d86610d6f565b60ff166004811061055057610550611810565b015461ffff620100008204811697640100000000830482169750600160301b90920416945092505050565b6001600160a01b0381165f908152600360205260408120805462010000900460ff166105a9576102586105b0565b805461ffff165b9392505050565b824211156105e05760405163110d194b60e01b8152600481018490526024015b60405180910390fd5b6103e861ffff8516111561060d57604051634e4ea9bf60e01b815261ffff851660048201526024016105d7565b604080517f10530ae32003c524b3144e0a32eb5130234ae4124aa30acab1f65a1bf4dc2b1860208201526001600160a01b0387169181019190915261ffff85166060820152608081018490525f9061067d9060a00160405160208183030381529060405280519060200120610eaf565b5f8181526009602052604090205490915060ff16156106b25760405163066edd3760e11b8152600481018290526024016105d7565b5f5f6106f38386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610edb92505050565b5090925090505f81600381111561070c5761070c611824565b141580610740575061073e7f219c04d1726ab0fbc8548625bb986d959fece255ad389fec1f25a2aa88b1b36883610b81565b155b156107685760405162725a2360e51b81526001600160a01b03831660048201526024016105d7565b6001600160a01b0388165f908152600360205260409020805462010000900460ff16156107b35760405163c58ea38760e01b81526001600160a01b038a1660048201526024016105d7565b5f84815260096020908152604091829020805460ff19166001179055825462ffffff191661ffff8b169081176201000017845582516102588152918201526007916001600160a01b038c16917fb71dce150996493398d5d5d9268b3f9bc9f91c23e4451b3f6aacb18d0bb2e8dd910160405180910390a3505050505050505050565b5f8281526020819052604090206001015461084f81610f24565b6108598383610f31565b50505050565b6001600160a01b03811633146108885760405163334bd91960e11b815260040160405180910390fd5b6108928282610fc0565b505050565b7ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb46108c181610f24565b600760ff8316106108ea576040516343ea848360e01b815260ff831660048201526024016105d7565b5f6108f48461057b565b90505f60088460ff166007811061090d5761090d611810565b60108104919091015461093391600f166002026101000a900460010b61ffff841661184c565b90505f6103e882131561094957506103e8610954565b5f8213156109545750805b6001600160a01b0386165f8181526003602052604090819020805462ffffff191661ffff851617620100001781559051909160ff8816917fb71dce150996493398d5d5d9268b3f9bc9f91c23e4451b3f6aacb18d0bb2e8dd906109ca908890879061ffff92831681529116602082015260400190565b60405180910390a350505050505050565b5f5160206118e05f395f51905f526109f281610f24565b6001600160a01b0383165f90815260036020526040902080546301000000900460ff1615610a3e5760405163efdfb05760e01b81526001600160a01b03851660048201526024016105d7565b805463ff000000191663010000001781556040516001600160a01b038516907f9fbb4d5515fde386b3eab545778e9ed3087a5fccac7d9bfc82ada1e26d750aa190610a8c9086815260200190565b60405180910390a250505050565b5f5160206118e05f395f51905f52610ab181610f24565b6001600160a01b0382165f90815260036020526040902080546301000000900460ff16610afc57604051630bdd86cb60e11b81526001600160a01b03841660048201526024016105d7565b805463ff000000191681556040516001600160a01b038416907f7534c63860313c46c473e4e98328f37017e9674e2162faf1a3ad7a96236c3b7b905f90a2505050565b5f6060805f5f5f6060610b50611029565b610b58611059565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600760ff831610610bd3576040516343ea848360e01b815260ff831660048201526024016105d7565b60088260ff1660078110610be957610be9611810565b601091828204019190066002029054906101000a900460010b9050919050565b5f5160206118e05f395f51905f52610c2081610f24565b600460ff8716101580610c3857506103e861ffff8616115b80610c52575060ff8616158015610c52575061ffff851615155b80610c9357505f8660ff16118015610c9357506004610c72600188611873565b60ff1660048110610c8557610c85611810565b015461ffff90811690861611155b80610cdf57506004610ca687600161188c565b60ff16108015610cdf57506004610cbe87600161188c565b60ff1660048110610cd157610cd1611810565b015461ffff90811690861610155b15610d0c57604051633881c76560e21b815260ff8716600482015261ffff861660248201526044016105d7565b610d468660405180608001604052808861ffff1681526020018761ffff1681526020018661ffff1681526020018561ffff16815250611084565b505050505050565b5f5160206118e05f395f51905f52610d6581610f24565b6108928383611179565b5f5f610d7a8361057b565b90505f610d8960016004611873565b90505b60ff811615610dd2578161ffff1660048260ff1660048110610db057610db0611810565b015461ffff1611610dc2579392505050565b610dcb816118a5565b9050610d8c565b505f9392505050565b604080516080810182525f808252602082018190529181018290526060810191909152600460ff831610610e2d57604051633881c76560e21b815260ff831660048201525f60248201526044016105d7565b60048260ff1660048110610e4357610e43611810565b60408051608081018252929091015461ffff8082168452620100008204811660208501526401000000008204811692840192909252600160301b900416606082015292915050565b5f82815260208190526040902060010154610ea581610f24565b6108598383610fc0565b5f610528610ebb611264565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103610f12576020840151604085015160608601515f1a610f048882858561138d565b955095509550505050610f1d565b505081515f91506002905b9250925092565b610f2e8133611455565b50565b5f610f3c8383610b81565b610fb9575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f713390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610528565b505f610528565b5f610fcb8383610b81565b15610fb9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610528565b60606110547f0000000000000000000000000000000000000000000000000000000000000000611492565b905090565b60606110547f0000000000000000000000000000000000000000000000000000000000000000611492565b8060048360ff166004811061109b5761109b611810565b82519101805460208085015160408087015160609788015161ffff908116600160301b0267ffff00000000000019928216640100000000029290921667ffffffff0000000019948216620100000263ffffffff199097169190981617949094179190911694909417919091179091558351908401518483015193850151925160ff8716947f7b01df7679fa8adbd98c07feedac8f0bf4987494827338ce36a4ecd95d6c5a489461116d94939261ffff948516815292841660208401529083166040830152909116606082015260800190565b60405180910390a25050565b600760ff8316106111a2576040516343ea848360e01b815260ff831660048201526024016105d7565b6111ad6103e86118c0565b60010b8160010b12806111c557506103e8600182900b135b156111e957604051636b8946bb60e11b8152600182900b60048201526024016105d7565b8060088360ff166007811061120057611200611810565b601091828204019190066002026101000a81548161ffff021916908360010b61ffff1602179055508160ff167fde1d4525a0cec8d99d87fda99be96fe652039e131cbe86cd5cca3c2135bd5ca88260405161116d919060019190910b815260200190565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156112bc57507f000000000000000000000000000000000000000000000000000000000000000046145b156112e657507f000000000000000000000000000000000000000000000000000000000000000090565b611054604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156113c657505f9150600390508261144b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611417573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661144257505f92506001915082905061144b565b92505f91508190505b9450945094915050565b61145f8282610b81565b61148e5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105d7565b5050565b60605f61149e836114cf565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561052857604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215611506575f5ffd5b81356001600160e01b0319811681146105b0575f5ffd5b80356001600160a01b0381168114611533575f5ffd5b919050565b5f60208284031215611548575f5ffd5b6105b08261151d565b803561ffff81168114611533575f5ffd5b5f5f5f5f5f60808688031215611576575f5ffd5b61157f8661151d565b945061158d60208701611551565b935060408601359250606086013567ffffffffffffffff8111156115af575f5ffd5b8601601f810188136115bf575f5ffd5b803567ffffffffffffffff8111156115d5575f5ffd5b8860208284010111156115e6575f5ffd5b959894975092955050506020019190565b5f60208284031215611607575f5ffd5b5035919050565b5f5f6040838503121561161f575f5ffd5b8235915061162f6020840161151d565b90509250929050565b803560ff81168114611533575f5ffd5b5f5f60408385031215611659575f5ffd5b6116628361151d565b915061162f60208401611638565b5f5f60408385031215611681575f5ffd5b61168a8361151d565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6116e460e0830189611698565b82810360408401526116f68189611698565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561174b57835183526020938401939092019160010161172d565b50909b9a5050505050505050505050565b5f6020828403121561176c575f5ffd5b6105b082611638565b5f5f5f5f5f60a08688031215611789575f5ffd5b61179286611638565b94506117a060208701611551565b93506117ae60408701611551565b92506117bc60608701611551565b91506117ca60808701611551565b90509295509295909350565b5f5f604083850312156117e7575f5ffd5b6117f083611638565b915060208301358060010b8114611805575f5ffd5b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018281125f83128015821682158216171561186b5761186b611838565b505092915050565b60ff828116828216039081111561052857610528611838565b60ff818116838216019081111561052857610528611838565b5f60ff8216806118b7576118b7611838565b5f190192915050565b5f8160010b617fff1981036118d7576118d7611838565b5f039291505056fe7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55a2646970667358221220506588ee4f2bd13239beab369a58c4dfa3ad16ae8a84e756e27ad154f62d248664736f6c63430008250033",
}

// CreditRegistry is an auto generated Go binding around an Ethereum contract.
type CreditRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CreditRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCreditRegistry creates a new instance of CreditRegistry.
func NewCreditRegistry() *CreditRegistry {
	parsed, err := CreditRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CreditRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CreditRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, (uint16,uint16,uint16,uint16)[4] tiers, int16[7] deltas) returns()
func (creditRegistry *CreditRegistry) PackConstructor(admin common.Address, tiers [4]ICreditRegistryTier, deltas [7]int16) []byte {
	enc, err := creditRegistry.abi.Pack("", admin, tiers, deltas)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBASELINETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83bfe340.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASELINE_TYPEHASH() view returns(bytes32)
func (creditRegistry *CreditRegistry) PackBASELINETYPEHASH() []byte {
	enc, err := creditRegistry.abi.Pack("BASELINE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASELINETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83bfe340.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASELINE_TYPEHASH() view returns(bytes32)
func (creditRegistry *CreditRegistry) TryPackBASELINETYPEHASH() ([]byte, error) {
	return creditRegistry.abi.Pack("BASELINE_TYPEHASH")
}

// UnpackBASELINETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83bfe340.
//
// Solidity: function BASELINE_TYPEHASH() view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackBASELINETYPEHASH(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("BASELINE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCREDITORACLEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71916b96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CREDIT_ORACLE_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) PackCREDITORACLEROLE() []byte {
	enc, err := creditRegistry.abi.Pack("CREDIT_ORACLE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCREDITORACLEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71916b96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CREDIT_ORACLE_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) TryPackCREDITORACLEROLE() ([]byte, error) {
	return creditRegistry.abi.Pack("CREDIT_ORACLE_ROLE")
}

// UnpackCREDITORACLEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71916b96.
//
// Solidity: function CREDIT_ORACLE_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackCREDITORACLEROLE(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("CREDIT_ORACLE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := creditRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (creditRegistry *CreditRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return creditRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (creditRegistry *CreditRegistry) PackGOVERNORROLE() []byte {
	enc, err := creditRegistry.abi.Pack("GOVERNOR_ROLE")
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
func (creditRegistry *CreditRegistry) TryPackGOVERNORROLE() ([]byte, error) {
	return creditRegistry.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDELTA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff2a8e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DELTA() view returns(int16)
func (creditRegistry *CreditRegistry) PackMAXDELTA() []byte {
	enc, err := creditRegistry.abi.Pack("MAX_DELTA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDELTA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff2a8e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DELTA() view returns(int16)
func (creditRegistry *CreditRegistry) TryPackMAXDELTA() ([]byte, error) {
	return creditRegistry.abi.Pack("MAX_DELTA")
}

// UnpackMAXDELTA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ff2a8e1.
//
// Solidity: function MAX_DELTA() view returns(int16)
func (creditRegistry *CreditRegistry) UnpackMAXDELTA(data []byte) (int16, error) {
	out, err := creditRegistry.abi.Unpack("MAX_DELTA", data)
	if err != nil {
		return *new(int16), err
	}
	out0 := *abi.ConvertType(out[0], new(int16)).(*int16)
	return out0, nil
}

// PackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) PackMAXSCORE() []byte {
	enc, err := creditRegistry.abi.Pack("MAX_SCORE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) TryPackMAXSCORE() ([]byte, error) {
	return creditRegistry.abi.Pack("MAX_SCORE")
}

// UnpackMAXSCORE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) UnpackMAXSCORE(data []byte) (uint16, error) {
	out, err := creditRegistry.abi.Unpack("MAX_SCORE", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNEWCOMERSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a87d234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NEWCOMER_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) PackNEWCOMERSCORE() []byte {
	enc, err := creditRegistry.abi.Pack("NEWCOMER_SCORE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNEWCOMERSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a87d234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NEWCOMER_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) TryPackNEWCOMERSCORE() ([]byte, error) {
	return creditRegistry.abi.Pack("NEWCOMER_SCORE")
}

// UnpackNEWCOMERSCORE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a87d234.
//
// Solidity: function NEWCOMER_SCORE() view returns(uint16)
func (creditRegistry *CreditRegistry) UnpackNEWCOMERSCORE(data []byte) (uint16, error) {
	out, err := creditRegistry.abi.Unpack("NEWCOMER_SCORE", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackOUTCOMEBASELINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fe556e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTCOME_BASELINE() view returns(uint8)
func (creditRegistry *CreditRegistry) PackOUTCOMEBASELINE() []byte {
	enc, err := creditRegistry.abi.Pack("OUTCOME_BASELINE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTCOMEBASELINE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fe556e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTCOME_BASELINE() view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackOUTCOMEBASELINE() ([]byte, error) {
	return creditRegistry.abi.Pack("OUTCOME_BASELINE")
}

// UnpackOUTCOMEBASELINE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4fe556e.
//
// Solidity: function OUTCOME_BASELINE() view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackOUTCOMEBASELINE(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("OUTCOME_BASELINE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOUTCOMECOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90cdf97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTCOME_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) PackOUTCOMECOUNT() []byte {
	enc, err := creditRegistry.abi.Pack("OUTCOME_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTCOMECOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90cdf97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTCOME_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackOUTCOMECOUNT() ([]byte, error) {
	return creditRegistry.abi.Pack("OUTCOME_COUNT")
}

// UnpackOUTCOMECOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd90cdf97.
//
// Solidity: function OUTCOME_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackOUTCOMECOUNT(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("OUTCOME_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRECORDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea86581.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) PackRECORDERROLE() []byte {
	enc, err := creditRegistry.abi.Pack("RECORDER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECORDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea86581.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) TryPackRECORDERROLE() ([]byte, error) {
	return creditRegistry.abi.Pack("RECORDER_ROLE")
}

// UnpackRECORDERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea86581.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackRECORDERROLE(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("RECORDER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTIERCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36331c8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) PackTIERCOUNT() []byte {
	enc, err := creditRegistry.abi.Pack("TIER_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIERCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36331c8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackTIERCOUNT() ([]byte, error) {
	return creditRegistry.abi.Pack("TIER_COUNT")
}

// UnpackTIERCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36331c8f.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackTIERCOUNT(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("TIER_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAttestBaseline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bae184e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestBaseline(address account, uint16 score, uint256 deadline, bytes signature) returns()
func (creditRegistry *CreditRegistry) PackAttestBaseline(account common.Address, score uint16, deadline *big.Int, signature []byte) []byte {
	enc, err := creditRegistry.abi.Pack("attestBaseline", account, score, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestBaseline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bae184e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestBaseline(address account, uint16 score, uint256 deadline, bytes signature) returns()
func (creditRegistry *CreditRegistry) TryPackAttestBaseline(account common.Address, score uint16, deadline *big.Int, signature []byte) ([]byte, error) {
	return creditRegistry.abi.Pack("attestBaseline", account, score, deadline, signature)
}

// PackBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75695af1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blacklist(address account, bytes32 reasonHash) returns()
func (creditRegistry *CreditRegistry) PackBlacklist(account common.Address, reasonHash [32]byte) []byte {
	enc, err := creditRegistry.abi.Pack("blacklist", account, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75695af1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blacklist(address account, bytes32 reasonHash) returns()
func (creditRegistry *CreditRegistry) TryPackBlacklist(account common.Address, reasonHash [32]byte) ([]byte, error) {
	return creditRegistry.abi.Pack("blacklist", account, reasonHash)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (creditRegistry *CreditRegistry) PackEip712Domain() []byte {
	enc, err := creditRegistry.abi.Pack("eip712Domain")
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
func (creditRegistry *CreditRegistry) TryPackEip712Domain() ([]byte, error) {
	return creditRegistry.abi.Pack("eip712Domain")
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
func (creditRegistry *CreditRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := creditRegistry.abi.Unpack("eip712Domain", data)
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

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (creditRegistry *CreditRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := creditRegistry.abi.Pack("getRoleAdmin", role)
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
func (creditRegistry *CreditRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return creditRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (creditRegistry *CreditRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := creditRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca636054.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTier(uint8 tier) view returns((uint16,uint16,uint16,uint16))
func (creditRegistry *CreditRegistry) PackGetTier(tier uint8) []byte {
	enc, err := creditRegistry.abi.Pack("getTier", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca636054.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTier(uint8 tier) view returns((uint16,uint16,uint16,uint16))
func (creditRegistry *CreditRegistry) TryPackGetTier(tier uint8) ([]byte, error) {
	return creditRegistry.abi.Pack("getTier", tier)
}

// UnpackGetTier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca636054.
//
// Solidity: function getTier(uint8 tier) view returns((uint16,uint16,uint16,uint16))
func (creditRegistry *CreditRegistry) UnpackGetTier(data []byte) (ICreditRegistryTier, error) {
	out, err := creditRegistry.abi.Unpack("getTier", data)
	if err != nil {
		return *new(ICreditRegistryTier), err
	}
	out0 := *abi.ConvertType(out[0], new(ICreditRegistryTier)).(*ICreditRegistryTier)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (creditRegistry *CreditRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("grantRole", role, account)
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
func (creditRegistry *CreditRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (creditRegistry *CreditRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("hasRole", role, account)
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
func (creditRegistry *CreditRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (creditRegistry *CreditRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := creditRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (creditRegistry *CreditRegistry) PackIsBlacklisted(account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("isBlacklisted", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (creditRegistry *CreditRegistry) TryPackIsBlacklisted(account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("isBlacklisted", account)
}

// UnpackIsBlacklisted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe575a87.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (creditRegistry *CreditRegistry) UnpackIsBlacklisted(data []byte) (bool, error) {
	out, err := creditRegistry.abi.Unpack("isBlacklisted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOutcomeDelta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa61318bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outcomeDelta(uint8 outcome) view returns(int16)
func (creditRegistry *CreditRegistry) PackOutcomeDelta(outcome uint8) []byte {
	enc, err := creditRegistry.abi.Pack("outcomeDelta", outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutcomeDelta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa61318bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outcomeDelta(uint8 outcome) view returns(int16)
func (creditRegistry *CreditRegistry) TryPackOutcomeDelta(outcome uint8) ([]byte, error) {
	return creditRegistry.abi.Pack("outcomeDelta", outcome)
}

// UnpackOutcomeDelta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa61318bc.
//
// Solidity: function outcomeDelta(uint8 outcome) view returns(int16)
func (creditRegistry *CreditRegistry) UnpackOutcomeDelta(data []byte) (int16, error) {
	out, err := creditRegistry.abi.Unpack("outcomeDelta", data)
	if err != nil {
		return *new(int16), err
	}
	out0 := *abi.ConvertType(out[0], new(int16)).(*int16)
	return out0, nil
}

// PackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c0479a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordOutcome(address account, uint8 outcome) returns()
func (creditRegistry *CreditRegistry) PackRecordOutcome(account common.Address, outcome uint8) []byte {
	enc, err := creditRegistry.abi.Pack("recordOutcome", account, outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c0479a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordOutcome(address account, uint8 outcome) returns()
func (creditRegistry *CreditRegistry) TryPackRecordOutcome(account common.Address, outcome uint8) ([]byte, error) {
	return creditRegistry.abi.Pack("recordOutcome", account, outcome)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (creditRegistry *CreditRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (creditRegistry *CreditRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (creditRegistry *CreditRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("revokeRole", role, account)
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
func (creditRegistry *CreditRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("revokeRole", role, account)
}

// PackScoreOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x133af456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scoreOf(address account) view returns(uint16)
func (creditRegistry *CreditRegistry) PackScoreOf(account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("scoreOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScoreOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x133af456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scoreOf(address account) view returns(uint16)
func (creditRegistry *CreditRegistry) TryPackScoreOf(account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("scoreOf", account)
}

// UnpackScoreOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x133af456.
//
// Solidity: function scoreOf(address account) view returns(uint16)
func (creditRegistry *CreditRegistry) UnpackScoreOf(data []byte) (uint16, error) {
	out, err := creditRegistry.abi.Unpack("scoreOf", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSetOutcomeDelta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaaeec36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOutcomeDelta(uint8 outcome, int16 delta) returns()
func (creditRegistry *CreditRegistry) PackSetOutcomeDelta(outcome uint8, delta int16) []byte {
	enc, err := creditRegistry.abi.Pack("setOutcomeDelta", outcome, delta)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOutcomeDelta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbaaeec36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOutcomeDelta(uint8 outcome, int16 delta) returns()
func (creditRegistry *CreditRegistry) TryPackSetOutcomeDelta(outcome uint8, delta int16) ([]byte, error) {
	return creditRegistry.abi.Pack("setOutcomeDelta", outcome, delta)
}

// PackSetTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d27089.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTier(uint8 tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps) returns()
func (creditRegistry *CreditRegistry) PackSetTier(tier uint8, minScore uint16, maxActiveRentals uint16, depositBps uint16, pledgeBps uint16) []byte {
	enc, err := creditRegistry.abi.Pack("setTier", tier, minScore, maxActiveRentals, depositBps, pledgeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d27089.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTier(uint8 tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps) returns()
func (creditRegistry *CreditRegistry) TryPackSetTier(tier uint8, minScore uint16, maxActiveRentals uint16, depositBps uint16, pledgeBps uint16) ([]byte, error) {
	return creditRegistry.abi.Pack("setTier", tier, minScore, maxActiveRentals, depositBps, pledgeBps)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (creditRegistry *CreditRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := creditRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (creditRegistry *CreditRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return creditRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (creditRegistry *CreditRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := creditRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTermsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0369ac91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function termsOf(address account) view returns(uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
func (creditRegistry *CreditRegistry) PackTermsOf(account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("termsOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTermsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0369ac91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function termsOf(address account) view returns(uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
func (creditRegistry *CreditRegistry) TryPackTermsOf(account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("termsOf", account)
}

// TermsOfOutput serves as a container for the return parameters of contract
// method TermsOf.
type TermsOfOutput struct {
	MaxActiveRentals uint16
	DepositBps       uint16
	PledgeBps        uint16
}

// UnpackTermsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0369ac91.
//
// Solidity: function termsOf(address account) view returns(uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
func (creditRegistry *CreditRegistry) UnpackTermsOf(data []byte) (TermsOfOutput, error) {
	out, err := creditRegistry.abi.Unpack("termsOf", data)
	outstruct := new(TermsOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MaxActiveRentals = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.DepositBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.PledgeBps = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackTierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f74bb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierOf(address account) view returns(uint8)
func (creditRegistry *CreditRegistry) PackTierOf(account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("tierOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f74bb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierOf(address account) view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackTierOf(account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("tierOf", account)
}

// UnpackTierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8f74bb8.
//
// Solidity: function tierOf(address account) view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackTierOf(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("tierOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUnblacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e3661e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unblacklist(address account) returns()
func (creditRegistry *CreditRegistry) PackUnblacklist(account common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("unblacklist", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnblacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e3661e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unblacklist(address account) returns()
func (creditRegistry *CreditRegistry) TryPackUnblacklist(account common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("unblacklist", account)
}

// CreditRegistryBlacklisted represents a Blacklisted event raised by the CreditRegistry contract.
type CreditRegistryBlacklisted struct {
	Account    common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const CreditRegistryBlacklistedEventName = "Blacklisted"

// ContractEventName returns the user-defined event name.
func (CreditRegistryBlacklisted) ContractEventName() string {
	return CreditRegistryBlacklistedEventName
}

// UnpackBlacklistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Blacklisted(address indexed account, bytes32 reasonHash)
func (creditRegistry *CreditRegistry) UnpackBlacklistedEvent(log *types.Log) (*CreditRegistryBlacklisted, error) {
	event := "Blacklisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryBlacklisted)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the CreditRegistry contract.
type CreditRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CreditRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CreditRegistryEIP712DomainChanged) ContractEventName() string {
	return CreditRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (creditRegistry *CreditRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*CreditRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryOutcomeDeltaSet represents a OutcomeDeltaSet event raised by the CreditRegistry contract.
type CreditRegistryOutcomeDeltaSet struct {
	Outcome uint8
	Delta   int16
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditRegistryOutcomeDeltaSetEventName = "OutcomeDeltaSet"

// ContractEventName returns the user-defined event name.
func (CreditRegistryOutcomeDeltaSet) ContractEventName() string {
	return CreditRegistryOutcomeDeltaSetEventName
}

// UnpackOutcomeDeltaSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutcomeDeltaSet(uint8 indexed outcome, int16 delta)
func (creditRegistry *CreditRegistry) UnpackOutcomeDeltaSetEvent(log *types.Log) (*CreditRegistryOutcomeDeltaSet, error) {
	event := "OutcomeDeltaSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryOutcomeDeltaSet)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the CreditRegistry contract.
type CreditRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CreditRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CreditRegistryRoleAdminChanged) ContractEventName() string {
	return CreditRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (creditRegistry *CreditRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*CreditRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryRoleGranted represents a RoleGranted event raised by the CreditRegistry contract.
type CreditRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CreditRegistryRoleGranted) ContractEventName() string {
	return CreditRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (creditRegistry *CreditRegistry) UnpackRoleGrantedEvent(log *types.Log) (*CreditRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryRoleRevoked represents a RoleRevoked event raised by the CreditRegistry contract.
type CreditRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CreditRegistryRoleRevoked) ContractEventName() string {
	return CreditRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (creditRegistry *CreditRegistry) UnpackRoleRevokedEvent(log *types.Log) (*CreditRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryScoreChanged represents a ScoreChanged event raised by the CreditRegistry contract.
type CreditRegistryScoreChanged struct {
	Account  common.Address
	OldScore uint16
	NewScore uint16
	Outcome  uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const CreditRegistryScoreChangedEventName = "ScoreChanged"

// ContractEventName returns the user-defined event name.
func (CreditRegistryScoreChanged) ContractEventName() string {
	return CreditRegistryScoreChangedEventName
}

// UnpackScoreChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreChanged(address indexed account, uint16 oldScore, uint16 newScore, uint8 indexed outcome)
func (creditRegistry *CreditRegistry) UnpackScoreChangedEvent(log *types.Log) (*CreditRegistryScoreChanged, error) {
	event := "ScoreChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryScoreChanged)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryTierSet represents a TierSet event raised by the CreditRegistry contract.
type CreditRegistryTierSet struct {
	Tier             uint8
	MinScore         uint16
	MaxActiveRentals uint16
	DepositBps       uint16
	PledgeBps        uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const CreditRegistryTierSetEventName = "TierSet"

// ContractEventName returns the user-defined event name.
func (CreditRegistryTierSet) ContractEventName() string {
	return CreditRegistryTierSetEventName
}

// UnpackTierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TierSet(uint8 indexed tier, uint16 minScore, uint16 maxActiveRentals, uint16 depositBps, uint16 pledgeBps)
func (creditRegistry *CreditRegistry) UnpackTierSetEvent(log *types.Log) (*CreditRegistryTierSet, error) {
	event := "TierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryTierSet)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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

// CreditRegistryUnblacklisted represents a Unblacklisted event raised by the CreditRegistry contract.
type CreditRegistryUnblacklisted struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CreditRegistryUnblacklistedEventName = "Unblacklisted"

// ContractEventName returns the user-defined event name.
func (CreditRegistryUnblacklisted) ContractEventName() string {
	return CreditRegistryUnblacklistedEventName
}

// UnpackUnblacklistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unblacklisted(address indexed account)
func (creditRegistry *CreditRegistry) UnpackUnblacklistedEvent(log *types.Log) (*CreditRegistryUnblacklisted, error) {
	event := "Unblacklisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryUnblacklisted)
	if len(log.Data) > 0 {
		if err := creditRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range creditRegistry.abi.Events[event].Inputs {
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
func (creditRegistry *CreditRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["BadTier"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackBadTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["BaselineNotAllowed"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackBaselineNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditAlreadyBlacklisted"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditAlreadyBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditDeltaOutOfRange"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditDeltaOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditInvalidSigner"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditInvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditNotBlacklisted"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditNotBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditScoreOutOfRange"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditScoreOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditSignatureExpired"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditSignatureUsed"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditSignatureUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditUnknownOutcome"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditUnknownOutcomeError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CreditRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CreditRegistry contract.
type CreditRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CreditRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (creditRegistry *CreditRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*CreditRegistryAccessControlBadConfirmation, error) {
	out := new(CreditRegistryAccessControlBadConfirmation)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CreditRegistry contract.
type CreditRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CreditRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (creditRegistry *CreditRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CreditRegistryAccessControlUnauthorizedAccount, error) {
	out := new(CreditRegistryAccessControlUnauthorizedAccount)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryBadTier represents a BadTier error raised by the CreditRegistry contract.
type CreditRegistryBadTier struct {
	Tier     uint8
	MinScore uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTier(uint8 tier, uint16 minScore)
func CreditRegistryBadTierErrorID() common.Hash {
	return common.HexToHash("0xe2071d945a8d887beabb445f8b0dd823dce570e87808ddb6adfececfae3a912a")
}

// UnpackBadTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTier(uint8 tier, uint16 minScore)
func (creditRegistry *CreditRegistry) UnpackBadTierError(raw []byte) (*CreditRegistryBadTier, error) {
	out := new(CreditRegistryBadTier)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "BadTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryBaselineNotAllowed represents a BaselineNotAllowed error raised by the CreditRegistry contract.
type CreditRegistryBaselineNotAllowed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BaselineNotAllowed(address account)
func CreditRegistryBaselineNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xc58ea387059932a8ef3b5d117b64211eaba84bf57170fa9468c74a6b88c44451")
}

// UnpackBaselineNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BaselineNotAllowed(address account)
func (creditRegistry *CreditRegistry) UnpackBaselineNotAllowedError(raw []byte) (*CreditRegistryBaselineNotAllowed, error) {
	out := new(CreditRegistryBaselineNotAllowed)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "BaselineNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditAlreadyBlacklisted represents a CreditAlreadyBlacklisted error raised by the CreditRegistry contract.
type CreditRegistryCreditAlreadyBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditAlreadyBlacklisted(address account)
func CreditRegistryCreditAlreadyBlacklistedErrorID() common.Hash {
	return common.HexToHash("0xefdfb057dc504f98ac2533e75fc642991250977a5f46b6f91f698d5c25696647")
}

// UnpackCreditAlreadyBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditAlreadyBlacklisted(address account)
func (creditRegistry *CreditRegistry) UnpackCreditAlreadyBlacklistedError(raw []byte) (*CreditRegistryCreditAlreadyBlacklisted, error) {
	out := new(CreditRegistryCreditAlreadyBlacklisted)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditAlreadyBlacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditDeltaOutOfRange represents a CreditDeltaOutOfRange error raised by the CreditRegistry contract.
type CreditRegistryCreditDeltaOutOfRange struct {
	Delta int16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditDeltaOutOfRange(int16 delta)
func CreditRegistryCreditDeltaOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd7128d76a7e7d8a315c267b3094979ced1b40198310c8b5cb9bafbd55fa000b1")
}

// UnpackCreditDeltaOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditDeltaOutOfRange(int16 delta)
func (creditRegistry *CreditRegistry) UnpackCreditDeltaOutOfRangeError(raw []byte) (*CreditRegistryCreditDeltaOutOfRange, error) {
	out := new(CreditRegistryCreditDeltaOutOfRange)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditDeltaOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditInvalidSigner represents a CreditInvalidSigner error raised by the CreditRegistry contract.
type CreditRegistryCreditInvalidSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditInvalidSigner(address signer)
func CreditRegistryCreditInvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x0e4b44600d8bc90392d3720fbadc45236187d3c87254e333f972e7e4a92081bb")
}

// UnpackCreditInvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditInvalidSigner(address signer)
func (creditRegistry *CreditRegistry) UnpackCreditInvalidSignerError(raw []byte) (*CreditRegistryCreditInvalidSigner, error) {
	out := new(CreditRegistryCreditInvalidSigner)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditInvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditNotBlacklisted represents a CreditNotBlacklisted error raised by the CreditRegistry contract.
type CreditRegistryCreditNotBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditNotBlacklisted(address account)
func CreditRegistryCreditNotBlacklistedErrorID() common.Hash {
	return common.HexToHash("0x17bb0d96c1f2b42d9d8b957693e04ab92920922a621b2f2a61a84ca35708f86b")
}

// UnpackCreditNotBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditNotBlacklisted(address account)
func (creditRegistry *CreditRegistry) UnpackCreditNotBlacklistedError(raw []byte) (*CreditRegistryCreditNotBlacklisted, error) {
	out := new(CreditRegistryCreditNotBlacklisted)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditNotBlacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditScoreOutOfRange represents a CreditScoreOutOfRange error raised by the CreditRegistry contract.
type CreditRegistryCreditScoreOutOfRange struct {
	Score uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditScoreOutOfRange(uint16 score)
func CreditRegistryCreditScoreOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4e4ea9bff3182e007c5f3689a8b064fbe4289882261e65064445b8c55b0179e5")
}

// UnpackCreditScoreOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditScoreOutOfRange(uint16 score)
func (creditRegistry *CreditRegistry) UnpackCreditScoreOutOfRangeError(raw []byte) (*CreditRegistryCreditScoreOutOfRange, error) {
	out := new(CreditRegistryCreditScoreOutOfRange)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditScoreOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditSignatureExpired represents a CreditSignatureExpired error raised by the CreditRegistry contract.
type CreditRegistryCreditSignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditSignatureExpired(uint256 deadline)
func CreditRegistryCreditSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0x110d194bef9e8dc0af635bf869427079b135a178b7aec8dd03c33416e0a24794")
}

// UnpackCreditSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditSignatureExpired(uint256 deadline)
func (creditRegistry *CreditRegistry) UnpackCreditSignatureExpiredError(raw []byte) (*CreditRegistryCreditSignatureExpired, error) {
	out := new(CreditRegistryCreditSignatureExpired)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditSignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditSignatureUsed represents a CreditSignatureUsed error raised by the CreditRegistry contract.
type CreditRegistryCreditSignatureUsed struct {
	Digest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditSignatureUsed(bytes32 digest)
func CreditRegistryCreditSignatureUsedErrorID() common.Hash {
	return common.HexToHash("0x0cddba6ecd3049cdfa310c6295b93cea2f72a36be061995cde45cb1b62bbfe39")
}

// UnpackCreditSignatureUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditSignatureUsed(bytes32 digest)
func (creditRegistry *CreditRegistry) UnpackCreditSignatureUsedError(raw []byte) (*CreditRegistryCreditSignatureUsed, error) {
	out := new(CreditRegistryCreditSignatureUsed)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditSignatureUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryCreditUnknownOutcome represents a CreditUnknownOutcome error raised by the CreditRegistry contract.
type CreditRegistryCreditUnknownOutcome struct {
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditUnknownOutcome(uint8 outcome)
func CreditRegistryCreditUnknownOutcomeErrorID() common.Hash {
	return common.HexToHash("0x43ea84838b72079d9de2d98331118197d43160c9b4f4048d92f69cce2c9866d3")
}

// UnpackCreditUnknownOutcomeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditUnknownOutcome(uint8 outcome)
func (creditRegistry *CreditRegistry) UnpackCreditUnknownOutcomeError(raw []byte) (*CreditRegistryCreditUnknownOutcome, error) {
	out := new(CreditRegistryCreditUnknownOutcome)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditUnknownOutcome", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryInvalidShortString represents a InvalidShortString error raised by the CreditRegistry contract.
type CreditRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func CreditRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (creditRegistry *CreditRegistry) UnpackInvalidShortStringError(raw []byte) (*CreditRegistryInvalidShortString, error) {
	out := new(CreditRegistryInvalidShortString)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CreditRegistryStringTooLong represents a StringTooLong error raised by the CreditRegistry contract.
type CreditRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func CreditRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (creditRegistry *CreditRegistry) UnpackStringTooLongError(raw []byte) (*CreditRegistryStringTooLong, error) {
	out := new(CreditRegistryStringTooLong)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
