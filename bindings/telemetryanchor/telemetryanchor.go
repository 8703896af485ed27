// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package telemetryanchor

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

// TelemetryAnchorMetaData contains all meta data concerning the TelemetryAnchor contract.
var TelemetryAnchorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ANCHOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"READING_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"fromTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"toTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leafOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"value\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"readingDigest\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"value\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recoverReadingSigner\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"value\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rootOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyReading\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TelemetryAnchored\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"count\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"fromTime\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"toTime\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AnchorBadTimeRange\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fromTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"toTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AnchorEmptyEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AnchorZeroRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"BadEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "TelemetryAnchor",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161137138038061137183398101604081905261002f91610222565b6040518060400160405280600f81526020016e2a32b632b6b2ba393ca0b731b437b960891b815250604051806040016040528060018152602001603160f81b8152506100808261013360201b60201c565b6101205261008d81610133565b61014052815160208084019190912060e052815190820120610100524660a05261011960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261012c5f82610179565b50506102aa565b5f5f829050601f81511115610166578260405163305a27a960e01b815260040161015d919061024f565b60405180910390fd5b805161017182610284565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610219575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021c565b505f5b92915050565b5f60208284031215610232575f5ffd5b81516001600160a01b0381168114610248575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102a4575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516110766102fb5f395f6108d601525f6108a601525f610b5801525f610b3001525f610a8b01525f610ab501525f610adf01526110765ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c806391d148541161009e578063ad0f6f451161006e578063ad0f6f4514610267578063cdfbbea51461027a578063d547741f1461028d578063fd56f17d146102a0578063fd5f48c514610333575f5ffd5b806391d14854146102125780639d7384d914610225578063a217fddf1461024d578063a427514c14610254575f5ffd5b80632f2ff15d116100d95780632f2ff15d146101a457806336568abe146101b95780634738c881146101cc57806384b0196e146101f7575f5ffd5b806301ffc9a71461010a57806306a3f0e91461013257806306a4c98314610167578063248a9ca314610182575b5f5ffd5b61011d610118366004610c3f565b61035a565b60405190151581526020015b60405180910390f35b6101597f8f94b7570cbdd00bc8e22af0c633ea204674ca1a073ed6b0007e895fdbfcf62c81565b604051908152602001610129565b6003546040516001600160401b039091168152602001610129565b610159610190366004610c66565b5f9081526020819052604090206001015490565b6101b76101b2366004610c98565b610390565b005b6101b76101c7366004610c98565b6103ba565b6101df6101da366004610cd8565b6103f2565b6040516001600160a01b039091168152602001610129565b6101ff610440565b6040516101299796959493929190610daf565b61011d610220366004610c98565b610482565b610159610233366004610e45565b6001600160401b03165f9081526004602052604090205490565b6101595f81565b6101b7610262366004610e5e565b6104aa565b610159610275366004610ec2565b61066e565b61011d610288366004610f0c565b6106f1565b6101b761029b366004610c98565b61072f565b6101596102ae366004610f92565b60408051602081018890526001600160a01b038716918101919091526001600160401b0380861660608301528416608082015260a0810183905260c081018290525f9060e00160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509695505050505050565b6101597f08b5ce2e3163e37059f807346dad4dd6235ed44f92dced22992662cb4570636281565b5f6001600160e01b03198216637965db0b60e01b148061038a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546103aa81610753565b6103b48383610760565b50505050565b6001600160a01b03811633146103e35760405163334bd91960e11b815260040160405180910390fd5b6103ed82826107ef565b505050565b5f5f5f61040c6104058b8b8b8b8b61066e565b8686610858565b5090925090505f81600381111561042557610425610fed565b14610430575f610432565b815b9a9950505050505050505050565b5f6060805f5f5f606061045161089f565b6104596108cf565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7f08b5ce2e3163e37059f807346dad4dd6235ed44f92dced22992662cb457063626104d481610753565b6003545f906104ed906001600160401b03166001611001565b9050806001600160401b0316876001600160401b0316146105395760405163766fcb3760e11b81526001600160401b038089166004830152821660248201526044015b60405180910390fd5b8561056157604051623ca85f60ea1b81526001600160401b0388166004820152602401610530565b8463ffffffff165f036105925760405163a879b10b60e01b81526001600160401b0388166004820152602401610530565b826001600160401b0316846001600160401b031611156105e05760405163bae2e59560e01b81526001600160401b038089166004830152808616602483015284166044820152606401610530565b600380546001600160401b0389811667ffffffffffffffff1990921682179092555f818152600460209081526040918290208a905581518a815263ffffffff8a16918101919091528784168183015292861660608401525190917fb0a074de6444de784f409882804534a773a3004827ce9837a8eb5d36a880ec85919081900360800190a250505050505050565b604080517f8f94b7570cbdd00bc8e22af0c633ea204674ca1a073ed6b0007e895fdbfcf62c60208201529081018690526001600160401b0380861660608301528416608082015260a0810183905260c081018290525f906106e79060e001604051602081830303815290604052805190602001206108fa565b9695505050505050565b6001600160401b0384165f9081526004602052604081205480610717575f915050610727565b61072385858386610926565b9150505b949350505050565b5f8281526020819052604090206001015461074981610753565b6103b483836107ef565b61075d813361093d565b50565b5f61076b8383610482565b6107e8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556107a03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161038a565b505f61038a565b5f6107fa8383610482565b156107e8575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161038a565b5f8080604184900361088c578435602086013560408701355f1a61087e8982858561097a565b955095509550505050610896565b505f915060029050825b93509350939050565b60606108ca7f0000000000000000000000000000000000000000000000000000000000000000610a42565b905090565b60606108ca7f0000000000000000000000000000000000000000000000000000000000000000610a42565b5f61038a610906610a7f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f82610933868685610ba8565b1495945050505050565b6109478282610482565b6109765760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610530565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156109b357505f91506003905082610a38565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610a04573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610a2f57505f925060019150829050610a38565b92505f91508190505b9450945094915050565b60605f610a4e83610be9565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ad757507f000000000000000000000000000000000000000000000000000000000000000046145b15610b0157507f000000000000000000000000000000000000000000000000000000000000000090565b6108ca604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f81815b84811015610be057610bd682878784818110610bca57610bca61102c565b90506020020135610c10565b9150600101610bac565b50949350505050565b5f60ff8216601f81111561038a57604051632cd44ac360e21b815260040160405180910390fd5b5f818310610c2a575f828152602084905260409020610c38565b5f8381526020839052604090205b9392505050565b5f60208284031215610c4f575f5ffd5b81356001600160e01b031981168114610c38575f5ffd5b5f60208284031215610c76575f5ffd5b5035919050565b80356001600160a01b0381168114610c93575f5ffd5b919050565b5f5f60408385031215610ca9575f5ffd5b82359150610cb960208401610c7d565b90509250929050565b80356001600160401b0381168114610c93575f5ffd5b5f5f5f5f5f5f5f60c0888a031215610cee575f5ffd5b87359650610cfe60208901610cc2565b9550610d0c60408901610cc2565b9450606088013593506080880135925060a08801356001600160401b03811115610d34575f5ffd5b8801601f81018a13610d44575f5ffd5b80356001600160401b03811115610d59575f5ffd5b8a6020828401011115610d6a575f5ffd5b602082019350809250505092959891949750929550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610dcd60e0830189610d81565b8281036040840152610ddf8189610d81565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610e34578351835260209384019390920191600101610e16565b50909b9a5050505050505050505050565b5f60208284031215610e55575f5ffd5b610c3882610cc2565b5f5f5f5f5f60a08688031215610e72575f5ffd5b610e7b86610cc2565b945060208601359350604086013563ffffffff81168114610e9a575f5ffd5b9250610ea860608701610cc2565b9150610eb660808701610cc2565b90509295509295909350565b5f5f5f5f5f60a08688031215610ed6575f5ffd5b85359450610ee660208701610cc2565b9350610ef460408701610cc2565b94979396509394606081013594506080013592915050565b5f5f5f5f60608587031215610f1f575f5ffd5b610f2885610cc2565b935060208501356001600160401b03811115610f42575f5ffd5b8501601f81018713610f52575f5ffd5b80356001600160401b03811115610f67575f5ffd5b8760208260051b8401011115610f7b575f5ffd5b949760209190910196509394604001359392505050565b5f5f5f5f5f5f60c08789031215610fa7575f5ffd5b86359550610fb760208801610c7d565b9450610fc560408801610cc2565b9350610fd360608801610cc2565b9598949750929560808101359460a0909101359350915050565b634e487b7160e01b5f52602160045260245ffd5b6001600160401b03818116838216019081111561038a57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffdfea264697066735822122097740530e5293f252928cfa94a9584e022e0cb2ea6ea54072bd682ce10bb6fed64736f6c63430008250033",
}

// TelemetryAnchor is an auto generated Go binding around an Ethereum contract.
type TelemetryAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TelemetryAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewTelemetryAnchor creates a new instance of TelemetryAnchor.
func NewTelemetryAnchor() *TelemetryAnchor {
	parsed, err := TelemetryAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TelemetryAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TelemetryAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (telemetryAnchor *TelemetryAnchor) PackConstructor(admin common.Address) []byte {
	enc, err := telemetryAnchor.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackANCHORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd5f48c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANCHOR_ROLE() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) PackANCHORROLE() []byte {
	enc, err := telemetryAnchor.abi.Pack("ANCHOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANCHORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd5f48c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANCHOR_ROLE() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) TryPackANCHORROLE() ([]byte, error) {
	return telemetryAnchor.abi.Pack("ANCHOR_ROLE")
}

// UnpackANCHORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd5f48c5.
//
// Solidity: function ANCHOR_ROLE() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackANCHORROLE(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("ANCHOR_ROLE", data)
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
func (telemetryAnchor *TelemetryAnchor) PackDEFAULTADMINROLE() []byte {
	enc, err := telemetryAnchor.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (telemetryAnchor *TelemetryAnchor) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return telemetryAnchor.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREADINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a3f0e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) PackREADINGTYPEHASH() []byte {
	enc, err := telemetryAnchor.abi.Pack("READING_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREADINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a3f0e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) TryPackREADINGTYPEHASH() ([]byte, error) {
	return telemetryAnchor.abi.Pack("READING_TYPEHASH")
}

// UnpackREADINGTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06a3f0e9.
//
// Solidity: function READING_TYPEHASH() view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackREADINGTYPEHASH(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("READING_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa427514c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(uint64 epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime) returns()
func (telemetryAnchor *TelemetryAnchor) PackAnchor(epoch uint64, root [32]byte, count uint32, fromTime uint64, toTime uint64) []byte {
	enc, err := telemetryAnchor.abi.Pack("anchor", epoch, root, count, fromTime, toTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa427514c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(uint64 epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime) returns()
func (telemetryAnchor *TelemetryAnchor) TryPackAnchor(epoch uint64, root [32]byte, count uint32, fromTime uint64, toTime uint64) ([]byte, error) {
	return telemetryAnchor.abi.Pack("anchor", epoch, root, count, fromTime, toTime)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (telemetryAnchor *TelemetryAnchor) PackEip712Domain() []byte {
	enc, err := telemetryAnchor.abi.Pack("eip712Domain")
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
func (telemetryAnchor *TelemetryAnchor) TryPackEip712Domain() ([]byte, error) {
	return telemetryAnchor.abi.Pack("eip712Domain")
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
func (telemetryAnchor *TelemetryAnchor) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := telemetryAnchor.abi.Unpack("eip712Domain", data)
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
func (telemetryAnchor *TelemetryAnchor) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := telemetryAnchor.abi.Pack("getRoleAdmin", role)
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
func (telemetryAnchor *TelemetryAnchor) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return telemetryAnchor.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("getRoleAdmin", data)
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
func (telemetryAnchor *TelemetryAnchor) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryAnchor.abi.Pack("grantRole", role, account)
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
func (telemetryAnchor *TelemetryAnchor) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryAnchor.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryAnchor.abi.Pack("hasRole", role, account)
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
func (telemetryAnchor *TelemetryAnchor) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryAnchor.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) UnpackHasRole(data []byte) (bool, error) {
	out, err := telemetryAnchor.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a4c983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastEpoch() view returns(uint64)
func (telemetryAnchor *TelemetryAnchor) PackLastEpoch() []byte {
	enc, err := telemetryAnchor.abi.Pack("lastEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a4c983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastEpoch() view returns(uint64)
func (telemetryAnchor *TelemetryAnchor) TryPackLastEpoch() ([]byte, error) {
	return telemetryAnchor.abi.Pack("lastEpoch")
}

// UnpackLastEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint64)
func (telemetryAnchor *TelemetryAnchor) UnpackLastEpoch(data []byte) (uint64, error) {
	out, err := telemetryAnchor.abi.Unpack("lastEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLeafOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd56f17d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafOf(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind, int256 value) pure returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) PackLeafOf(tokenId *big.Int, device common.Address, seq uint64, time uint64, kind [32]byte, value *big.Int) []byte {
	enc, err := telemetryAnchor.abi.Pack("leafOf", tokenId, device, seq, time, kind, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd56f17d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafOf(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind, int256 value) pure returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) TryPackLeafOf(tokenId *big.Int, device common.Address, seq uint64, time uint64, kind [32]byte, value *big.Int) ([]byte, error) {
	return telemetryAnchor.abi.Pack("leafOf", tokenId, device, seq, time, kind, value)
}

// UnpackLeafOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd56f17d.
//
// Solidity: function leafOf(uint256 tokenId, address device, uint64 seq, uint64 time, bytes32 kind, int256 value) pure returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackLeafOf(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("leafOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReadingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad0f6f45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readingDigest(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) PackReadingDigest(tokenId *big.Int, seq uint64, time uint64, kind [32]byte, value *big.Int) []byte {
	enc, err := telemetryAnchor.abi.Pack("readingDigest", tokenId, seq, time, kind, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad0f6f45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readingDigest(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) TryPackReadingDigest(tokenId *big.Int, seq uint64, time uint64, kind [32]byte, value *big.Int) ([]byte, error) {
	return telemetryAnchor.abi.Pack("readingDigest", tokenId, seq, time, kind, value)
}

// UnpackReadingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad0f6f45.
//
// Solidity: function readingDigest(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackReadingDigest(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("readingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecoverReadingSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4738c881.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverReadingSigner(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value, bytes signature) view returns(address)
func (telemetryAnchor *TelemetryAnchor) PackRecoverReadingSigner(tokenId *big.Int, seq uint64, time uint64, kind [32]byte, value *big.Int, signature []byte) []byte {
	enc, err := telemetryAnchor.abi.Pack("recoverReadingSigner", tokenId, seq, time, kind, value, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverReadingSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4738c881.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverReadingSigner(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value, bytes signature) view returns(address)
func (telemetryAnchor *TelemetryAnchor) TryPackRecoverReadingSigner(tokenId *big.Int, seq uint64, time uint64, kind [32]byte, value *big.Int, signature []byte) ([]byte, error) {
	return telemetryAnchor.abi.Pack("recoverReadingSigner", tokenId, seq, time, kind, value, signature)
}

// UnpackRecoverReadingSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4738c881.
//
// Solidity: function recoverReadingSigner(uint256 tokenId, uint64 seq, uint64 time, bytes32 kind, int256 value, bytes signature) view returns(address)
func (telemetryAnchor *TelemetryAnchor) UnpackRecoverReadingSigner(data []byte) (common.Address, error) {
	out, err := telemetryAnchor.abi.Unpack("recoverReadingSigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (telemetryAnchor *TelemetryAnchor) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := telemetryAnchor.abi.Pack("renounceRole", role, callerConfirmation)
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
func (telemetryAnchor *TelemetryAnchor) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return telemetryAnchor.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (telemetryAnchor *TelemetryAnchor) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := telemetryAnchor.abi.Pack("revokeRole", role, account)
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
func (telemetryAnchor *TelemetryAnchor) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return telemetryAnchor.abi.Pack("revokeRole", role, account)
}

// PackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7384d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) PackRootOf(epoch uint64) []byte {
	enc, err := telemetryAnchor.abi.Pack("rootOf", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7384d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) TryPackRootOf(epoch uint64) ([]byte, error) {
	return telemetryAnchor.abi.Pack("rootOf", epoch)
}

// UnpackRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d7384d9.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (telemetryAnchor *TelemetryAnchor) UnpackRootOf(data []byte) ([32]byte, error) {
	out, err := telemetryAnchor.abi.Unpack("rootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := telemetryAnchor.abi.Pack("supportsInterface", interfaceId)
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
func (telemetryAnchor *TelemetryAnchor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return telemetryAnchor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := telemetryAnchor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyReading is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdfbbea5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReading(uint64 epoch, bytes32[] proof, bytes32 leaf) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) PackVerifyReading(epoch uint64, proof [][32]byte, leaf [32]byte) []byte {
	enc, err := telemetryAnchor.abi.Pack("verifyReading", epoch, proof, leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReading is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdfbbea5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReading(uint64 epoch, bytes32[] proof, bytes32 leaf) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) TryPackVerifyReading(epoch uint64, proof [][32]byte, leaf [32]byte) ([]byte, error) {
	return telemetryAnchor.abi.Pack("verifyReading", epoch, proof, leaf)
}

// UnpackVerifyReading is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdfbbea5.
//
// Solidity: function verifyReading(uint64 epoch, bytes32[] proof, bytes32 leaf) view returns(bool)
func (telemetryAnchor *TelemetryAnchor) UnpackVerifyReading(data []byte) (bool, error) {
	out, err := telemetryAnchor.abi.Unpack("verifyReading", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TelemetryAnchorEIP712DomainChanged represents a EIP712DomainChanged event raised by the TelemetryAnchor contract.
type TelemetryAnchorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const TelemetryAnchorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryAnchorEIP712DomainChanged) ContractEventName() string {
	return TelemetryAnchorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (telemetryAnchor *TelemetryAnchor) UnpackEIP712DomainChangedEvent(log *types.Log) (*TelemetryAnchorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryAnchorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := telemetryAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryAnchor.abi.Events[event].Inputs {
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

// TelemetryAnchorRoleAdminChanged represents a RoleAdminChanged event raised by the TelemetryAnchor contract.
type TelemetryAnchorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TelemetryAnchorRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TelemetryAnchorRoleAdminChanged) ContractEventName() string {
	return TelemetryAnchorRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (telemetryAnchor *TelemetryAnchor) UnpackRoleAdminChangedEvent(log *types.Log) (*TelemetryAnchorRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryAnchorRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := telemetryAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryAnchor.abi.Events[event].Inputs {
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

// TelemetryAnchorRoleGranted represents a RoleGranted event raised by the TelemetryAnchor contract.
type TelemetryAnchorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryAnchorRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TelemetryAnchorRoleGranted) ContractEventName() string {
	return TelemetryAnchorRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (telemetryAnchor *TelemetryAnchor) UnpackRoleGrantedEvent(log *types.Log) (*TelemetryAnchorRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryAnchorRoleGranted)
	if len(log.Data) > 0 {
		if err := telemetryAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryAnchor.abi.Events[event].Inputs {
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

// TelemetryAnchorRoleRevoked represents a RoleRevoked event raised by the TelemetryAnchor contract.
type TelemetryAnchorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TelemetryAnchorRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TelemetryAnchorRoleRevoked) ContractEventName() string {
	return TelemetryAnchorRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (telemetryAnchor *TelemetryAnchor) UnpackRoleRevokedEvent(log *types.Log) (*TelemetryAnchorRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryAnchorRoleRevoked)
	if len(log.Data) > 0 {
		if err := telemetryAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryAnchor.abi.Events[event].Inputs {
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

// TelemetryAnchorTelemetryAnchored represents a TelemetryAnchored event raised by the TelemetryAnchor contract.
type TelemetryAnchorTelemetryAnchored struct {
	Epoch    uint64
	Root     [32]byte
	Count    uint32
	FromTime uint64
	ToTime   uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const TelemetryAnchorTelemetryAnchoredEventName = "TelemetryAnchored"

// ContractEventName returns the user-defined event name.
func (TelemetryAnchorTelemetryAnchored) ContractEventName() string {
	return TelemetryAnchorTelemetryAnchoredEventName
}

// UnpackTelemetryAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TelemetryAnchored(uint64 indexed epoch, bytes32 root, uint32 count, uint64 fromTime, uint64 toTime)
func (telemetryAnchor *TelemetryAnchor) UnpackTelemetryAnchoredEvent(log *types.Log) (*TelemetryAnchorTelemetryAnchored, error) {
	event := "TelemetryAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != telemetryAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TelemetryAnchorTelemetryAnchored)
	if len(log.Data) > 0 {
		if err := telemetryAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range telemetryAnchor.abi.Events[event].Inputs {
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
func (telemetryAnchor *TelemetryAnchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["AnchorBadTimeRange"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackAnchorBadTimeRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["AnchorEmptyEpoch"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackAnchorEmptyEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["AnchorZeroRoot"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackAnchorZeroRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["BadEpoch"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackBadEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], telemetryAnchor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return telemetryAnchor.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TelemetryAnchorAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TelemetryAnchor contract.
type TelemetryAnchorAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TelemetryAnchorAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (telemetryAnchor *TelemetryAnchor) UnpackAccessControlBadConfirmationError(raw []byte) (*TelemetryAnchorAccessControlBadConfirmation, error) {
	out := new(TelemetryAnchorAccessControlBadConfirmation)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TelemetryAnchor contract.
type TelemetryAnchorAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TelemetryAnchorAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (telemetryAnchor *TelemetryAnchor) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TelemetryAnchorAccessControlUnauthorizedAccount, error) {
	out := new(TelemetryAnchorAccessControlUnauthorizedAccount)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorAnchorBadTimeRange represents a AnchorBadTimeRange error raised by the TelemetryAnchor contract.
type TelemetryAnchorAnchorBadTimeRange struct {
	Epoch    uint64
	FromTime uint64
	ToTime   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorBadTimeRange(uint64 epoch, uint64 fromTime, uint64 toTime)
func TelemetryAnchorAnchorBadTimeRangeErrorID() common.Hash {
	return common.HexToHash("0xbae2e595065f30cf2b72239daddf69be47b249611bbe15df94481358e19eaa02")
}

// UnpackAnchorBadTimeRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorBadTimeRange(uint64 epoch, uint64 fromTime, uint64 toTime)
func (telemetryAnchor *TelemetryAnchor) UnpackAnchorBadTimeRangeError(raw []byte) (*TelemetryAnchorAnchorBadTimeRange, error) {
	out := new(TelemetryAnchorAnchorBadTimeRange)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "AnchorBadTimeRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorAnchorEmptyEpoch represents a AnchorEmptyEpoch error raised by the TelemetryAnchor contract.
type TelemetryAnchorAnchorEmptyEpoch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorEmptyEpoch(uint64 epoch)
func TelemetryAnchorAnchorEmptyEpochErrorID() common.Hash {
	return common.HexToHash("0xa879b10b32008eda78d816ac4c9f7ba2f1aedb7b47da2c85571383214955c929")
}

// UnpackAnchorEmptyEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorEmptyEpoch(uint64 epoch)
func (telemetryAnchor *TelemetryAnchor) UnpackAnchorEmptyEpochError(raw []byte) (*TelemetryAnchorAnchorEmptyEpoch, error) {
	out := new(TelemetryAnchorAnchorEmptyEpoch)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "AnchorEmptyEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorAnchorZeroRoot represents a AnchorZeroRoot error raised by the TelemetryAnchor contract.
type TelemetryAnchorAnchorZeroRoot struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorZeroRoot(uint64 epoch)
func TelemetryAnchorAnchorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xf2a17c004c4e38fe1c09ab9477b95afda1f9d1813929dbfb4e611c53e21ec8b0")
}

// UnpackAnchorZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorZeroRoot(uint64 epoch)
func (telemetryAnchor *TelemetryAnchor) UnpackAnchorZeroRootError(raw []byte) (*TelemetryAnchorAnchorZeroRoot, error) {
	out := new(TelemetryAnchorAnchorZeroRoot)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "AnchorZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorBadEpoch represents a BadEpoch error raised by the TelemetryAnchor contract.
type TelemetryAnchorBadEpoch struct {
	Epoch    uint64
	Expected uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEpoch(uint64 epoch, uint64 expected)
func TelemetryAnchorBadEpochErrorID() common.Hash {
	return common.HexToHash("0xecdf966e6fa130a7ea91eaf1f80dde9e61aeb2371462ab275ee7acc91d951edb")
}

// UnpackBadEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEpoch(uint64 epoch, uint64 expected)
func (telemetryAnchor *TelemetryAnchor) UnpackBadEpochError(raw []byte) (*TelemetryAnchorBadEpoch, error) {
	out := new(TelemetryAnchorBadEpoch)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "BadEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorInvalidShortString represents a InvalidShortString error raised by the TelemetryAnchor contract.
type TelemetryAnchorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func TelemetryAnchorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (telemetryAnchor *TelemetryAnchor) UnpackInvalidShortStringError(raw []byte) (*TelemetryAnchorInvalidShortString, error) {
	out := new(TelemetryAnchorInvalidShortString)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TelemetryAnchorStringTooLong represents a StringTooLong error raised by the TelemetryAnchor contract.
type TelemetryAnchorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func TelemetryAnchorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (telemetryAnchor *TelemetryAnchor) UnpackStringTooLongError(raw []byte) (*TelemetryAnchorStringTooLong, error) {
	out := new(TelemetryAnchorStringTooLong)
	if err := telemetryAnchor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
