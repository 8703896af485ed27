// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package split

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

// SplitMetaData contains all meta data concerning the Split contract.
var SplitMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"accounts\",\"inputs\":[],\"outputs\":[{\"name\":\"accounts_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"sharesBps\",\"type\":\"uint16[]\",\"internalType\":\"uint16[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"factory\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releasable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"release\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"released\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"shareOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalReceived\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalReleased\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Released\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SplitNotAClone\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SplitNotAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SplitTokenHasNoCode\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "Split",
	Bin: "0x60c0604052348015600e575f5ffd5b50336080523060a05260805160a051610ae46100385f395f61070501525f6101430152610ae45ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806368cd03f61161005857806368cd03f614610120578063c45a015514610136578063c45ac0501461016d578063d79779b214610180575f5ffd5b806321e5e2c414610089578063406072a9146100b457806348b75044146100fa5780634df9cfb31461010d575b5f5ffd5b61009c61009736600461092b565b6101a8565b60405161ffff90911681526020015b60405180910390f35b6100ec6100c2366004610944565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6040519081526020016100ab565b6100ec610108366004610944565b6101b8565b6100ec61011b36600461092b565b6102ba565b6101286102f3565b6040516100ab929190610975565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016100ab565b6100ec61017b366004610944565b61041a565b6100ec61018e36600461092b565b6001600160a01b03165f9081526020819052604090205490565b5f6101b282610477565b92915050565b5f6101c16104fb565b5f6101cb83610532565b90505f6101d785610572565b6001600160a01b038087165f818152600160209081526040808320948a168352938152838220549282528190529190912054919250906102198382868561060e565b9450845f0361022e575f9450505050506102b2565b6001600160a01b038781165f818152600160209081526040808320948b168084529482528083208a8801905583835282825291829020858a01905590518881527f2d87480f50083e2b2759522a8fdda59802650a8055e609a7772cf70c07748f52910160405180910390a36102ad6001600160a01b0388168787610655565b505050505b6101b261068f565b5f6102c36106b9565b6001600160a01b0382165f908152602081905260409020546102e483610572565b6101b29190610a16565b919050565b6060805f6102ff6106f9565b90505f601682516103109190610a3d565b90508067ffffffffffffffff81111561032b5761032b610a5c565b604051908082528060200260200182016040528015610354578160200160208202803683370190505b5093508067ffffffffffffffff81111561037057610370610a5c565b604051908082528060200260200182016040528015610399578160200160208202803683370190505b5092505f5b818110156104135760168102830160200151606081901c9060501c61ffff168683815181106103cf576103cf610a70565b602002602001018684815181106103e8576103e8610a70565b61ffff909316602093840291909101909201919091526001600160a01b03909116905260010161039e565b5050509091565b5f6104236106b9565b5f61042d83610532565b905061046f61043b85610572565b6001600160a01b038087165f908152602081815260408083205460018352818420948a16845293909152902054849061060e565b949350505050565b5f5f6104816106f9565b90505f601682516104929190610a3d565b90505f5b818110156104f1575f5f6104c085846016020160200151606081901c9160509190911c61ffff1690565b91509150866001600160a01b0316826001600160a01b0316036104e7579695505050505050565b5050600101610496565b505f949350505050565b6105036106b9565b61053060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610752565b565b5f61053c82610477565b61ffff169050805f036102ee57604051635d79528f60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b5f816001600160a01b03163b5f036105a85760405163671b23e560e01b81526001600160a01b0383166004820152602401610569565b6040516370a0823160e01b81523060048201526001600160a01b038316906370a0823190602401602060405180830381865afa1580156105ea573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b29190610a84565b5f8061062661061d8688610a16565b85612710610759565b9050828111610638575f91505061046f565b61064b6106458483610a9b565b8761080a565b9695505050505050565b6106628383836001610819565b61068a57604051635274afe760e01b81526001600160a01b0384166004820152602401610569565b505050565b6105305f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061052a565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561053057604051633ee5aeb560e01b815260040160405180910390fd5b60606001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610744576040516310ca78df60e31b815260040160405180910390fd5b61074d3061087b565b905090565b80825d5050565b5f5f5f61076686866108e8565b91509150815f0361078a5783818161078057610780610a29565b0492505050610803565b8184116107a1576107a16003851502601118610904565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f828218828410028218610803565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661086f578383151615610863573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60605f610893602d6001600160a01b0385163b610a9b565b67ffffffffffffffff8111156108ab576108ab610a5c565b6040519080825280601f01601f1916602001820160405280156108d5576020820181803683370190505b5090508051602d60208301853c92915050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b80356001600160a01b03811681146102ee575f5ffd5b5f6020828403121561093b575f5ffd5b61080382610915565b5f5f60408385031215610955575f5ffd5b61095e83610915565b915061096c60208401610915565b90509250929050565b604080825283519082018190525f9060208501906060840190835b818110156109b75783516001600160a01b0316835260209384019390920191600101610990565b5050838103602080860191909152855180835291810192508501905f5b818110156109f657825161ffff168452602093840193909201916001016109d4565b50919695505050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101b2576101b2610a02565b634e487b7160e01b5f52601260045260245ffd5b5f82610a5757634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610a94575f5ffd5b5051919050565b818103818111156101b2576101b2610a0256fea2646970667358221220b38e3af23f97548d785e002fa0a225f2557fb4fe90c89fa92f1ccc5c2199ee2364736f6c63430008250033",
}

// Split is an auto generated Go binding around an Ethereum contract.
type Split struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Split) GetABI() abi.ABI {
	return c.abi
}

// NewSplit creates a new instance of Split.
func NewSplit() *Split {
	parsed, err := SplitMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Split{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Split) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68cd03f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounts() view returns(address[] accounts_, uint16[] sharesBps)
func (split *Split) PackAccounts() []byte {
	enc, err := split.abi.Pack("accounts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68cd03f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounts() view returns(address[] accounts_, uint16[] sharesBps)
func (split *Split) TryPackAccounts() ([]byte, error) {
	return split.abi.Pack("accounts")
}

// AccountsOutput serves as a container for the return parameters of contract
// method Accounts.
type AccountsOutput struct {
	Accounts  []common.Address
	SharesBps []uint16
}

// UnpackAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68cd03f6.
//
// Solidity: function accounts() view returns(address[] accounts_, uint16[] sharesBps)
func (split *Split) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := split.abi.Unpack("accounts", data)
	outstruct := new(AccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accounts = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.SharesBps = *abi.ConvertType(out[1], new([]uint16)).(*[]uint16)
	return *outstruct, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (split *Split) PackFactory() []byte {
	enc, err := split.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (split *Split) TryPackFactory() ([]byte, error) {
	return split.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (split *Split) UnpackFactory(data []byte) (common.Address, error) {
	out, err := split.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45ac050.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (split *Split) PackReleasable(token common.Address, account common.Address) []byte {
	enc, err := split.abi.Pack("releasable", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45ac050.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (split *Split) TryPackReleasable(token common.Address, account common.Address) ([]byte, error) {
	return split.abi.Pack("releasable", token, account)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45ac050.
//
// Solidity: function releasable(address token, address account) view returns(uint256)
func (split *Split) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := split.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48b75044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address token, address account) returns(uint256 amount)
func (split *Split) PackRelease(token common.Address, account common.Address) []byte {
	enc, err := split.abi.Pack("release", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48b75044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address token, address account) returns(uint256 amount)
func (split *Split) TryPackRelease(token common.Address, account common.Address) ([]byte, error) {
	return split.abi.Pack("release", token, account)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48b75044.
//
// Solidity: function release(address token, address account) returns(uint256 amount)
func (split *Split) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := split.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x406072a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (split *Split) PackReleased(token common.Address, account common.Address) []byte {
	enc, err := split.abi.Pack("released", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x406072a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (split *Split) TryPackReleased(token common.Address, account common.Address) ([]byte, error) {
	return split.abi.Pack("released", token, account)
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x406072a9.
//
// Solidity: function released(address token, address account) view returns(uint256)
func (split *Split) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := split.abi.Unpack("released", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackShareOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e5e2c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shareOf(address account) view returns(uint16)
func (split *Split) PackShareOf(account common.Address) []byte {
	enc, err := split.abi.Pack("shareOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShareOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e5e2c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shareOf(address account) view returns(uint16)
func (split *Split) TryPackShareOf(account common.Address) ([]byte, error) {
	return split.abi.Pack("shareOf", account)
}

// UnpackShareOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21e5e2c4.
//
// Solidity: function shareOf(address account) view returns(uint16)
func (split *Split) UnpackShareOf(data []byte) (uint16, error) {
	out, err := split.abi.Unpack("shareOf", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTotalReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df9cfb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReceived(address token) view returns(uint256)
func (split *Split) PackTotalReceived(token common.Address) []byte {
	enc, err := split.abi.Pack("totalReceived", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df9cfb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReceived(address token) view returns(uint256)
func (split *Split) TryPackTotalReceived(token common.Address) ([]byte, error) {
	return split.abi.Pack("totalReceived", token)
}

// UnpackTotalReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4df9cfb3.
//
// Solidity: function totalReceived(address token) view returns(uint256)
func (split *Split) UnpackTotalReceived(data []byte) (*big.Int, error) {
	out, err := split.abi.Unpack("totalReceived", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd79779b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (split *Split) PackTotalReleased(token common.Address) []byte {
	enc, err := split.abi.Pack("totalReleased", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd79779b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (split *Split) TryPackTotalReleased(token common.Address) ([]byte, error) {
	return split.abi.Pack("totalReleased", token)
}

// UnpackTotalReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd79779b2.
//
// Solidity: function totalReleased(address token) view returns(uint256)
func (split *Split) UnpackTotalReleased(data []byte) (*big.Int, error) {
	out, err := split.abi.Unpack("totalReleased", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SplitReleased represents a Released event raised by the Split contract.
type SplitReleased struct {
	Token   common.Address
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SplitReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (SplitReleased) ContractEventName() string {
	return SplitReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed token, address indexed account, uint256 amount)
func (split *Split) UnpackReleasedEvent(log *types.Log) (*SplitReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != split.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SplitReleased)
	if len(log.Data) > 0 {
		if err := split.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range split.abi.Events[event].Inputs {
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
func (split *Split) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], split.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return split.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], split.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return split.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], split.abi.Errors["SplitNotAClone"].ID.Bytes()[:4]) {
		return split.UnpackSplitNotACloneError(raw[4:])
	}
	if bytes.Equal(raw[:4], split.abi.Errors["SplitNotAccount"].ID.Bytes()[:4]) {
		return split.UnpackSplitNotAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], split.abi.Errors["SplitTokenHasNoCode"].ID.Bytes()[:4]) {
		return split.UnpackSplitTokenHasNoCodeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SplitReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Split contract.
type SplitReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SplitReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (split *Split) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SplitReentrancyGuardReentrantCall, error) {
	out := new(SplitReentrancyGuardReentrantCall)
	if err := split.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Split contract.
type SplitSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SplitSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (split *Split) UnpackSafeERC20FailedOperationError(raw []byte) (*SplitSafeERC20FailedOperation, error) {
	out := new(SplitSafeERC20FailedOperation)
	if err := split.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitSplitNotAClone represents a SplitNotAClone error raised by the Split contract.
type SplitSplitNotAClone struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitNotAClone()
func SplitSplitNotACloneErrorID() common.Hash {
	return common.HexToHash("0x8653c6f8975ce59ae6347cb993fa1e6e272bb9bbbb8d5c2b6e0568f229d7ec33")
}

// UnpackSplitNotACloneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitNotAClone()
func (split *Split) UnpackSplitNotACloneError(raw []byte) (*SplitSplitNotAClone, error) {
	out := new(SplitSplitNotAClone)
	if err := split.abi.UnpackIntoInterface(out, "SplitNotAClone", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitSplitNotAccount represents a SplitNotAccount error raised by the Split contract.
type SplitSplitNotAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitNotAccount(address account)
func SplitSplitNotAccountErrorID() common.Hash {
	return common.HexToHash("0x5d79528fec2fff210f24469d480289e19e512297229f302d14a921f9d5daf439")
}

// UnpackSplitNotAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitNotAccount(address account)
func (split *Split) UnpackSplitNotAccountError(raw []byte) (*SplitSplitNotAccount, error) {
	out := new(SplitSplitNotAccount)
	if err := split.abi.UnpackIntoInterface(out, "SplitNotAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SplitSplitTokenHasNoCode represents a SplitTokenHasNoCode error raised by the Split contract.
type SplitSplitTokenHasNoCode struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitTokenHasNoCode(address token)
func SplitSplitTokenHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0x671b23e5b489ba6c538ffa7d2e8727bd3753b4d334021c7a7d54ed3f25b06e7f")
}

// UnpackSplitTokenHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitTokenHasNoCode(address token)
func (split *Split) UnpackSplitTokenHasNoCodeError(raw []byte) (*SplitSplitTokenHasNoCode, error) {
	out := new(SplitSplitTokenHasNoCode)
	if err := split.abi.UnpackIntoInterface(out, "SplitTokenHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}
