// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package splitfactory

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

// SplitFactoryMetaData contains all meta data concerning the SplitFactory contract.
var SplitFactoryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_ACCOUNTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createSplit\",\"inputs\":[{\"name\":\"accounts\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"sharesBps\",\"type\":\"uint16[]\",\"internalType\":\"uint16[]\"}],\"outputs\":[{\"name\":\"split\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"implementation\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"predictSplit\",\"inputs\":[{\"name\":\"creator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"accounts\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"sharesBps\",\"type\":\"uint16[]\",\"internalType\":\"uint16[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"SplitCreated\",\"inputs\":[{\"name\":\"split\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"creator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accounts\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"sharesBps\",\"type\":\"uint16[]\",\"indexed\":false,\"internalType\":\"uint16[]\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CloneArgumentsTooLong\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Create2EmptyBytecode\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedDeployment\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSplit\",\"inputs\":[{\"name\":\"fault\",\"type\":\"uint8\",\"internalType\":\"enumISplitFactory.SplitFault\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SplitExists\",\"inputs\":[{\"name\":\"split\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "SplitFactory",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516019906042565b604051809103905ff0801580156031573d5f5f3e3d5ffd5b506001600160a01b0316608052604f565b610b1c80610ad483390190565b608051610a5961007b5f395f81816050015281816101ac015281816101fd01526102630152610a595ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80635c60da1b1461004e578063928e6d441461008d578063e4c0ab64146100a3578063f8d41a6c146100b6575b5f5ffd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020015b60405180910390f35b610095601081565b604051908152602001610084565b6100706100b136600461073d565b6100c9565b6100706100c43660046107bd565b6101e7565b5f806100d585846102e5565b90505f6100e360168361083d565b67ffffffffffffffff8111156100fb576100fb610854565b6040519080825280601f01601f191660200182016040528015610125576020820181803683370190505b5090505f5b828110156101a65761019e82828a8a8581811061014957610149610868565b905060200201602081019061015e919061087c565b89898681811061017057610170610868565b905060200201602081019061018591906108a6565b8060501b8260601b176016840260208601015250505050565b60010161012a565b506101db7f0000000000000000000000000000000000000000000000000000000000000000826001600160a01b038b166102f9565b98975050505050505050565b5f5f6101f586868686610310565b9050336102237f000000000000000000000000000000000000000000000000000000000000000083836102f9565b92506001600160a01b0383163b1561025e576040516302a3e57f60e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6102897f00000000000000000000000000000000000000000000000000000000000000008383610567565b50336001600160a01b0316836001600160a01b03167fb08edb91d0e9709a1cb6991fb720d80d80532ecf1f09e7744481397dd2707d0a898989896040516102d394939291906108bf565b60405180910390a35050949350505050565b5f8282188284100282185b90505b92915050565b5f61030684848430610574565b90505b9392505050565b6060835f81900361033a575f5f5f60405163018f8f7160e41b81526004016102559392919061096c565b60108111156103635760015f8260405163018f8f7160e41b81526004016102559392919061096c565b82811461038a5760405163018f8f7160e41b8152610255906002908390869060040161096c565b61039560168261083d565b67ffffffffffffffff8111156103ad576103ad610854565b6040519080825280601f01601f1916602001820160405280156103d7576020820181803683370190505b5091505f5f5b82811015610533575f8888838181106103f8576103f8610868565b905060200201602081019061040d919061087c565b90506001600160a01b03811661043d576003825f60405163018f8f7160e41b81526004016102559392919061096c565b5f5b828110156104ae57816001600160a01b03168a8a8381811061046357610463610868565b9050602002016020810190610478919061087c565b6001600160a01b0316036104a6576004838260405163018f8f7160e41b81526004016102559392919061096c565b60010161043f565b505f8787848181106104c2576104c2610868565b90506020020160208101906104d791906108a6565b90508061ffff165f03610504576005835f60405163018f8f7160e41b81526004016102559392919061096c565b61051261ffff82168561098b565b606083901b605083901b1760168502880160200152935050506001016103dd565b50612710811461055d5760065f8260405163018f8f7160e41b81526004016102559392919061096c565b5050949350505050565b5f6103068484845f61059e565b5f5f61058086866105b7565b905061059484828051906020012085610615565b9695505050505050565b5f5f6105aa86866105b7565b9050610594838583610647565b6060615fd3825111156105dd5760405163250a241560e21b815260040160405180910390fd5b81516105ea90602d61098b565b83836040516020016105fe9392919061099e565b604051602081830303815290604052905092915050565b5f604051836040820152846020820152828152600b8101905060ff8153605590206001600160a01b0316949350505050565b5f834710156106725760405163cf47918160e01b815247600482015260248101859052604401610255565b81515f0361069357604051631328927760e21b815260040160405180910390fd5b8282516020840186f590506001600160a01b038116610309573d5f036106cc5760405163b06ebf3d60e01b815260040160405180910390fd5b6103096040513d5f823e3d81fd5b80356001600160a01b03811681146106f0575f5ffd5b919050565b5f5f83601f840112610705575f5ffd5b50813567ffffffffffffffff81111561071c575f5ffd5b6020830191508360208260051b8501011115610736575f5ffd5b9250929050565b5f5f5f5f5f60608688031215610751575f5ffd5b61075a866106da565b9450602086013567ffffffffffffffff811115610775575f5ffd5b610781888289016106f5565b909550935050604086013567ffffffffffffffff8111156107a0575f5ffd5b6107ac888289016106f5565b969995985093965092949392505050565b5f5f5f5f604085870312156107d0575f5ffd5b843567ffffffffffffffff8111156107e6575f5ffd5b6107f2878288016106f5565b909550935050602085013567ffffffffffffffff811115610811575f5ffd5b61081d878288016106f5565b95989497509550505050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176102f3576102f3610829565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561088c575f5ffd5b6102f0826106da565b803561ffff811681146106f0575f5ffd5b5f602082840312156108b6575f5ffd5b6102f082610895565b604080825281018490525f8560608301825b878110156108ff576001600160a01b036108ea846106da565b168252602092830192909101906001016108d1565b50838103602080860191909152858252019050845f5b8581101561093f5761ffff61092983610895565b1683526020928301929190910190600101610915565b5090979650505050505050565b6007811061096857634e487b7160e01b5f52602160045260245ffd5b9052565b6060810161097a828661094c565b602082019390935260400152919050565b808201808211156102f3576102f3610829565b606160f81b815260f084901b6001600160f01b0319166001820152703d81600a3d39f3363d3d373d3d3d363d7360781b6003820152606083901b6bffffffffffffffffffffffff191660148201526e5af43d82803e903d91602b57fd5bf360881b602882015281515f908060208501603785015e5f920160370191825250939250505056fea2646970667358221220ab289481c0d7fb35a2c79170caa27e74056fe2b015173a7875be4ce9d55cb8d764736f6c6343000825003360c0604052348015600e575f5ffd5b50336080523060a05260805160a051610ae46100385f395f61070501525f6101430152610ae45ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806368cd03f61161005857806368cd03f614610120578063c45a015514610136578063c45ac0501461016d578063d79779b214610180575f5ffd5b806321e5e2c414610089578063406072a9146100b457806348b75044146100fa5780634df9cfb31461010d575b5f5ffd5b61009c61009736600461092b565b6101a8565b60405161ffff90911681526020015b60405180910390f35b6100ec6100c2366004610944565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6040519081526020016100ab565b6100ec610108366004610944565b6101b8565b6100ec61011b36600461092b565b6102ba565b6101286102f3565b6040516100ab929190610975565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016100ab565b6100ec61017b366004610944565b61041a565b6100ec61018e36600461092b565b6001600160a01b03165f9081526020819052604090205490565b5f6101b282610477565b92915050565b5f6101c16104fb565b5f6101cb83610532565b90505f6101d785610572565b6001600160a01b038087165f818152600160209081526040808320948a168352938152838220549282528190529190912054919250906102198382868561060e565b9450845f0361022e575f9450505050506102b2565b6001600160a01b038781165f818152600160209081526040808320948b168084529482528083208a8801905583835282825291829020858a01905590518881527f2d87480f50083e2b2759522a8fdda59802650a8055e609a7772cf70c07748f52910160405180910390a36102ad6001600160a01b0388168787610655565b505050505b6101b261068f565b5f6102c36106b9565b6001600160a01b0382165f908152602081905260409020546102e483610572565b6101b29190610a16565b919050565b6060805f6102ff6106f9565b90505f601682516103109190610a3d565b90508067ffffffffffffffff81111561032b5761032b610a5c565b604051908082528060200260200182016040528015610354578160200160208202803683370190505b5093508067ffffffffffffffff81111561037057610370610a5c565b604051908082528060200260200182016040528015610399578160200160208202803683370190505b5092505f5b818110156104135760168102830160200151606081901c9060501c61ffff168683815181106103cf576103cf610a70565b602002602001018684815181106103e8576103e8610a70565b61ffff909316602093840291909101909201919091526001600160a01b03909116905260010161039e565b5050509091565b5f6104236106b9565b5f61042d83610532565b905061046f61043b85610572565b6001600160a01b038087165f908152602081815260408083205460018352818420948a16845293909152902054849061060e565b949350505050565b5f5f6104816106f9565b90505f601682516104929190610a3d565b90505f5b818110156104f1575f5f6104c085846016020160200151606081901c9160509190911c61ffff1690565b91509150866001600160a01b0316826001600160a01b0316036104e7579695505050505050565b5050600101610496565b505f949350505050565b6105036106b9565b61053060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610752565b565b5f61053c82610477565b61ffff169050805f036102ee57604051635d79528f60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b5f816001600160a01b03163b5f036105a85760405163671b23e560e01b81526001600160a01b0383166004820152602401610569565b6040516370a0823160e01b81523060048201526001600160a01b038316906370a0823190602401602060405180830381865afa1580156105ea573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b29190610a84565b5f8061062661061d8688610a16565b85612710610759565b9050828111610638575f91505061046f565b61064b6106458483610a9b565b8761080a565b9695505050505050565b6106628383836001610819565b61068a57604051635274afe760e01b81526001600160a01b0384166004820152602401610569565b505050565b6105305f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061052a565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561053057604051633ee5aeb560e01b815260040160405180910390fd5b60606001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610744576040516310ca78df60e31b815260040160405180910390fd5b61074d3061087b565b905090565b80825d5050565b5f5f5f61076686866108e8565b91509150815f0361078a5783818161078057610780610a29565b0492505050610803565b8184116107a1576107a16003851502601118610904565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f828218828410028218610803565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661086f578383151615610863573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60605f610893602d6001600160a01b0385163b610a9b565b67ffffffffffffffff8111156108ab576108ab610a5c565b6040519080825280601f01601f1916602001820160405280156108d5576020820181803683370190505b5090508051602d60208301853c92915050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b80356001600160a01b03811681146102ee575f5ffd5b5f6020828403121561093b575f5ffd5b61080382610915565b5f5f60408385031215610955575f5ffd5b61095e83610915565b915061096c60208401610915565b90509250929050565b604080825283519082018190525f9060208501906060840190835b818110156109b75783516001600160a01b0316835260209384019390920191600101610990565b5050838103602080860191909152855180835291810192508501905f5b818110156109f657825161ffff168452602093840193909201916001016109d4565b50919695505050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101b2576101b2610a02565b634e487b7160e01b5f52601260045260245ffd5b5f82610a5757634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610a94575f5ffd5b5051919050565b818103818111156101b2576101b2610a0256fea2646970667358221220b38e3af23f97548d785e002fa0a225f2557fb4fe90c89fa92f1ccc5c2199ee2364736f6c63430008250033",
}

// SplitFactory is an auto generated Go binding around an Ethereum contract.
type SplitFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SplitFactory) GetABI() abi.ABI {
	return c.abi
}

// NewSplitFactory creates a new instance of SplitFactory.
func NewSplitFactory() *SplitFactory {
	parsed, err := SplitFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SplitFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SplitFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXACCOUNTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928e6d44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (splitFactory *SplitFactory) PackMAXACCOUNTS() []byte {
	enc, err := splitFactory.abi.Pack("MAX_ACCOUNTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXACCOUNTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928e6d44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (splitFactory *SplitFactory) TryPackMAXACCOUNTS() ([]byte, error) {
	return splitFactory.abi.Pack("MAX_ACCOUNTS")
}

// UnpackMAXACCOUNTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x928e6d44.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (splitFactory *SplitFactory) UnpackMAXACCOUNTS(data []byte) (*big.Int, error) {
	out, err := splitFactory.abi.Unpack("MAX_ACCOUNTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d41a6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createSplit(address[] accounts, uint16[] sharesBps) returns(address split)
func (splitFactory *SplitFactory) PackCreateSplit(accounts []common.Address, sharesBps []uint16) []byte {
	enc, err := splitFactory.abi.Pack("createSplit", accounts, sharesBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d41a6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createSplit(address[] accounts, uint16[] sharesBps) returns(address split)
func (splitFactory *SplitFactory) TryPackCreateSplit(accounts []common.Address, sharesBps []uint16) ([]byte, error) {
	return splitFactory.abi.Pack("createSplit", accounts, sharesBps)
}

// UnpackCreateSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8d41a6c.
//
// Solidity: function createSplit(address[] accounts, uint16[] sharesBps) returns(address split)
func (splitFactory *SplitFactory) UnpackCreateSplit(data []byte) (common.Address, error) {
	out, err := splitFactory.abi.Unpack("createSplit", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementation() view returns(address)
func (splitFactory *SplitFactory) PackImplementation() []byte {
	enc, err := splitFactory.abi.Pack("implementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementation() view returns(address)
func (splitFactory *SplitFactory) TryPackImplementation() ([]byte, error) {
	return splitFactory.abi.Pack("implementation")
}

// UnpackImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (splitFactory *SplitFactory) UnpackImplementation(data []byte) (common.Address, error) {
	out, err := splitFactory.abi.Unpack("implementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredictSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4c0ab64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predictSplit(address creator, address[] accounts, uint16[] sharesBps) view returns(address)
func (splitFactory *SplitFactory) PackPredictSplit(creator common.Address, accounts []common.Address, sharesBps []uint16) []byte {
	enc, err := splitFactory.abi.Pack("predictSplit", creator, accounts, sharesBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredictSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4c0ab64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predictSplit(address creator, address[] accounts, uint16[] sharesBps) view returns(address)
func (splitFactory *SplitFactory) TryPackPredictSplit(creator common.Address, accounts []common.Address, sharesBps []uint16) ([]byte, error) {
	return splitFactory.abi.Pack("predictSplit", creator, accounts, sharesBps)
}

// UnpackPredictSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4c0ab64.
//
// Solidity: function predictSplit(address creator, address[] accounts, uint16[] sharesBps) view returns(address)
func (splitFactory *SplitFactory) UnpackPredictSplit(data []byte) (common.Address, error) {
	out, err := splitFactory.abi.Unpack("predictSplit", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SplitFactorySplitCreated represents a SplitCreated event raised by the SplitFactory contract.
type SplitFactorySplitCreated struct {
	Split     common.Address
	Creator   common.Address
	Accounts  []common.Address
	SharesBps []uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const SplitFactorySplitCreatedEventName = "SplitCreated"

// ContractEventName returns the user-defined event name.
func (SplitFactorySplitCreated) ContractEventName() string {
	return SplitFactorySplitCreatedEventName
}

// UnpackSplitCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SplitCreated(address indexed split, address indexed creator, address[] accounts, uint16[] sharesBps)
func (splitFactory *SplitFactory) UnpackSplitCreatedEvent(log *types.Log) (*SplitFactorySplitCreated, error) {
	event := "SplitCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != splitFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SplitFactorySplitCreated)
	if len(log.Data) > 0 {
		if err := splitFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range splitFactory.abi.Events[event].Inputs {
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
func (splitFactory *SplitFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["CloneArgumentsTooLong"].ID.Bytes()[:4]) {
		return splitFactory.UnpackCloneArgumentsTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["Create2EmptyBytecode"].ID.Bytes()[:4]) {
		return splitFactory.UnpackCreate2EmptyBytecodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return splitFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return splitFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["InvalidSplit"].ID.Bytes()[:4]) {
		return splitFactory.UnpackInvalidSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], splitFactory.abi.Errors["SplitExists"].ID.Bytes()[:4]) {
		return splitFactory.UnpackSplitExistsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SplitFactoryCloneArgumentsTooLong represents a CloneArgumentsTooLong error raised by the SplitFactory contract.
type SplitFactoryCloneArgumentsTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CloneArgumentsTooLong()
func SplitFactoryCloneArgumentsTooLongErrorID() common.Hash {
	return common.HexToHash("0x94289054871591d3430cc609d2f0e85b3474ba36313e71e06c09c95ae956555b")
}

// UnpackCloneArgumentsTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CloneArgumentsTooLong()
func (splitFactory *SplitFactory) UnpackCloneArgumentsTooLongError(raw []byte) (*SplitFactoryCloneArgumentsTooLong, error) {
	out := new(SplitFactoryCloneArgumentsTooLong)
	if err := splitFactory.abi.UnpackIntoInterface(out, "CloneArgumentsTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitFactoryCreate2EmptyBytecode represents a Create2EmptyBytecode error raised by the SplitFactory contract.
type SplitFactoryCreate2EmptyBytecode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Create2EmptyBytecode()
func SplitFactoryCreate2EmptyBytecodeErrorID() common.Hash {
	return common.HexToHash("0x4ca249dcffe41558ef8b961d71c905e4fa4317a1663f377b9610642e4e0abdb6")
}

// UnpackCreate2EmptyBytecodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Create2EmptyBytecode()
func (splitFactory *SplitFactory) UnpackCreate2EmptyBytecodeError(raw []byte) (*SplitFactoryCreate2EmptyBytecode, error) {
	out := new(SplitFactoryCreate2EmptyBytecode)
	if err := splitFactory.abi.UnpackIntoInterface(out, "Create2EmptyBytecode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitFactoryFailedDeployment represents a FailedDeployment error raised by the SplitFactory contract.
type SplitFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func SplitFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (splitFactory *SplitFactory) UnpackFailedDeploymentError(raw []byte) (*SplitFactoryFailedDeployment, error) {
	out := new(SplitFactoryFailedDeployment)
	if err := splitFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitFactoryInsufficientBalance represents a InsufficientBalance error raised by the SplitFactory contract.
type SplitFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func SplitFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (splitFactory *SplitFactory) UnpackInsufficientBalanceError(raw []byte) (*SplitFactoryInsufficientBalance, error) {
	out := new(SplitFactoryInsufficientBalance)
	if err := splitFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitFactoryInvalidSplit represents a InvalidSplit error raised by the SplitFactory contract.
type SplitFactoryInvalidSplit struct {
	Fault uint8
	Index *big.Int
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSplit(uint8 fault, uint256 index, uint256 value)
func SplitFactoryInvalidSplitErrorID() common.Hash {
	return common.HexToHash("0x18f8f710b7aec8ecbc201251b36b5183c3449f9350e24d65e6e74c8fe477e46e")
}

// UnpackInvalidSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSplit(uint8 fault, uint256 index, uint256 value)
func (splitFactory *SplitFactory) UnpackInvalidSplitError(raw []byte) (*SplitFactoryInvalidSplit, error) {
	out := new(SplitFactoryInvalidSplit)
	if err := splitFactory.abi.UnpackIntoInterface(out, "InvalidSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitFactorySplitExists represents a SplitExists error raised by the SplitFactory contract.
type SplitFactorySplitExists struct {
	Split common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitExists(address split)
func SplitFactorySplitExistsErrorID() common.Hash {
	return common.HexToHash("0x151f2bf8af499876b3de611f9f0e809e15f4b81a5e4377f2ceb7dc754e191c99")
}

// UnpackSplitExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitExists(address split)
func (splitFactory *SplitFactory) UnpackSplitExistsError(raw []byte) (*SplitFactorySplitExists, error) {
	out := new(SplitFactorySplitExists)
	if err := splitFactory.abi.UnpackIntoInterface(out, "SplitExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}
