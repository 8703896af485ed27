// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assetregistry

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

// IAssetRegistryAsset is an auto generated low-level Go binding around an user-defined struct.
type IAssetRegistryAsset struct {
	AssetCode         [32]byte
	ContentHash       [32]byte
	Device            common.Address
	VerificationNonce uint64
	Locked            bool
	Verifier          common.Address
	ValidUntil        uint64
	Verified          bool
	EverVerified      bool
	User              common.Address
	UserExpires       uint64
}

// AssetRegistryMetaData contains all meta data concerning the AssetRegistry contract.
var AssetRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VALID_UNTIL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RENTAL_MANAGER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERIFICATION_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERIFIER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIAssetRegistry.Asset\",\"components\":[{\"name\":\"assetCode\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"verificationNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"locked\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"verified\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"everVerified\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"userExpires\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bindDevice\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deviceOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getApproved\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isLocked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"register\",\"inputs\":[{\"name\":\"assetCode\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRegistration\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeVerification\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLock\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUser\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expires\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenOfAssetCode\",\"inputs\":[{\"name\":\"assetCode\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalAssets\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateContent\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"userExpires\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"userOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verificationNonce\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyBySig\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetRegistered\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assetCode\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AssetVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContentUpdated\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DeviceBound\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LockSet\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RegistrationRevoked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UpdateUser\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"expires\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerificationRevoked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetCodeTaken\",\"inputs\":[{\"name\":\"assetCode\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetLocked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetWasVerified\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721IncorrectOwner\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InsufficientApproval\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721NonexistentToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidNonce\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RegistryInvalidValidity\",\"inputs\":[{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RegistryNotAssetOwner\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RegistrySignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RegistryZeroAssetCode\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SignatureUsed\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "AssetRegistry",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612e84380380612e8483398101604081905261002f91610287565b6040518060400160405280600d81526020016c4173736574526567697374727960981b815250604051806040016040528060018152602001603160f81b8152506040518060400160405280601081526020016f14da185c9958da185a5b88105cdcd95d60821b8152506040518060400160405280600381526020016253484160e81b815250815f90816100c29190610357565b5060016100cf8282610357565b5050506100e18261019460201b60201c565b610120526100ee81610194565b61014052815160208084019190912060e052815190820120610100524660a05261017a60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261018d5f826101da565b505061046d565b5f5f829050601f815111156101c7578260405163305a27a960e01b81526004016101be9190610415565b60405180910390fd5b80516101d28261044a565b179392505050565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1661027e575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102363390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610281565b505f5b92915050565b5f60208284031215610297575f5ffd5b81516001600160a01b03811681146102ad575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102dc57607f821691505b6020821081036102fa57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610352578282111561035257805f5260205f20601f840160051c602085101561032b57505f5b90810190601f840160051c035f5b8181101561034e575f83820155600101610339565b5050505b505050565b81516001600160401b03811115610370576103706102b4565b6103848161037e84546102c8565b84610300565b6020601f8211600181146103b6575f831561039f5750848201515b5f19600385901b1c1916600184901b17845561040e565b5f84815260208120601f198516915b828110156103e557878501518255602094850194600190920191016103c5565b508482101561040257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102fa575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516129c66104be5f395f6118ed01525f6118bd01525f611edc01525f611eb401525f611e0f01525f611e3901525f611e6301526129c65ff3fe608060405234801561000f575f5ffd5b5060043610610255575f3560e01c806370a0823111610140578063c2f1f14a116100bf578063dc29805711610084578063dc298057146106d8578063e030565e146106fc578063e7705db61461070f578063e985e9c514610723578063f6aacfb114610736578063fa78043714610762575f5ffd5b8063c2f1f14a14610679578063c87b56dd1461068c578063ced7ceb21461069f578063d547741f146106b2578063d5a75aec146106c5575f5ffd5b806395d89b411161010557806395d89b4114610631578063a217fddf14610639578063a22cb46514610640578063af2a1e5d14610653578063b88d4fde14610666575f5ffd5b806370a08231146104845780637db78fac1461049757806384b0196e146105d15780638fc88c48146105ec57806391d148541461061e575f5ffd5b8063263f228b116101d75780633eb0a6a51161019c5780633eb0a6a5146103c957806340c06aa9146103f957806342842e0e1461042057806347e1413f146104335780636352211e146104465780636df1819b14610459575f5ffd5b8063263f228b1461036a5780632f26275c1461037d5780632f2ff15d1461039057806336568abe146103a357806337b6d96b146103b6575f5ffd5b80630e5ceb471161021d5780630e5ceb47146102e857806314b2b27f146102fb578063212af1a71461032257806323b872dd14610335578063248a9ca314610348575f5ffd5b806301e1d1141461025957806301ffc9a71461027057806306fdde0314610293578063081812fc146102a8578063095ea7b3146102d3575b5f5ffd5b6009545b6040519081526020015b60405180910390f35b61028361027e366004612182565b610781565b6040519015158152602001610267565b61029b6107ab565b60405161026791906121cb565b6102bb6102b63660046121dd565b61083a565b6040516001600160a01b039091168152602001610267565b6102e66102e136600461220f565b610861565b005b61025d6102f636600461227b565b610870565b61025d7f8162f2d0a72b96ba5894e27f73d96591f1c0c2756818850eaab740465438881781565b6102e66103303660046122c9565b610978565b6102e66103433660046122e9565b610aaf565b61025d6103563660046121dd565b5f9081526006602052604090206001015490565b6102e66103783660046122c9565b610b38565b6102e661038b366004612339565b610bec565b6102e661039e3660046123a4565b610e08565b6102e66103b13660046123a4565b610e2c565b6102836103c43660046121dd565b610e64565b61025d6103d73660046121dd565b5f908152600a6020526040902060030154600160d81b900464ffffffffff1690565b61025d7f4f6a70606f48e2a14364f57816b6ece0e4ae40c1ec4b312db453eb8cec07749681565b6102e661042e3660046122e9565b610ea5565b6102e66104413660046123dd565b610ebf565b6102bb6104543660046121dd565b610f7f565b6102bb6104673660046121dd565b5f908152600a60205260409020600201546001600160a01b031690565b61025d6104923660046123fe565b610f89565b6105c46104a53660046121dd565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152505f908152600a60209081526040918290208251610160810184528154815260018201549281019290925260028101546001600160a01b0380821694840194909452600382015464ffffffffff600160d81b82048116606086015260ff600160a01b9384900481161515608087015282871660a087015283830490911660c0860152600160c81b82048116151560e0860152600160d01b9091041615156101008401526004909101549283166101208301529091046001600160401b031661014082015290565b6040516102679190612417565b6105d9610fce565b6040516102679796959493929190612517565b61025d6105fa3660046121dd565b5f908152600a6020526040902060040154600160a01b90046001600160401b031690565b61028361062c3660046123a4565b611010565b61029b61103a565b61025d5f81565b6102e661064e3660046125ad565b611049565b6102e661066136600461227b565b611054565b6102e66106743660046125e9565b61110f565b6102bb6106873660046121dd565b611127565b61029b61069a3660046121dd565b611169565b6102e66106ad3660046126c3565b611210565b6102e66106c03660046123a4565b61123c565b6102e66106d33660046123a4565b611260565b6106e464ffffffffff81565b6040516001600160401b039091168152602001610267565b6102e661070a3660046126e4565b611314565b61025d5f5160206129715f395f51905f5281565b61028361073136600461271d565b6113fc565b6102836107443660046121dd565b5f908152600a6020526040902060020154600160a01b900460ff1690565b61025d6107703660046121dd565b5f908152600c602052604090205490565b5f6001600160e01b03198216632b424ad760e21b14806107a557506107a582611429565b92915050565b60605f80546107b990612745565b80601f01602080910402602001604051908101604052809291908181526020018280546107e590612745565b80156108305780601f1061080757610100808354040283529160200191610830565b820191905f5260205f20905b81548152906001019060200180831161081357829003601f168201915b5050505050905090565b5f6108448261144d565b505f828152600460205260409020546001600160a01b03166107a5565b61086c828233611485565b5050565b5f8461088f576040516303791f8560e31b815260040160405180910390fd5b5f858152600c602052604090205480156108cb5760405163f865cff160e01b815260048101879052602481018290526044015b60405180910390fd5b60095f81546108d99061278b565b91829055505f878152600c60209081526040808320849055838352600a82528083208a8155600181018a9055600b9092529091209193509061091c8587836127f1565b506109273384611492565b86336001600160a01b0316847f0377cb38cd4bbe72e12b5aa1dcd193526a30f97ccb94eea26e0c5c01ac2009e9898989604051610966939291906128aa565b60405180910390a45050949350505050565b5f5160206129715f395f51905f5261098f816114f3565b6109988361144d565b505f838152600a602052604090206003810154600160d01b900460ff16156109d55760405162908f5360e61b8152600481018590526024016108c2565b6002810154600160a01b900460ff1615610a055760405163e3470b0560e01b8152600481018590526024016108c2565b80545f908152600c60209081526040808320839055868352600a8252808320838155600181018490556002810180546001600160a81b03191690556003810184905560040180546001600160e01b0319169055600b9091528120610a6891612120565b610a7184611500565b604051838152339085907f1045a7cb5add0f5af3afcbb253efe9a774c9e6b3f301b3fa68a64a656f567b27906020015b60405180910390a350505050565b6001600160a01b038216610ad857604051633250574960e11b81525f60048201526024016108c2565b5f610ae4838333611538565b9050836001600160a01b0316816001600160a01b031614610b32576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016108c2565b50505050565b5f5160206129715f395f51905f52610b4f816114f3565b610b588361144d565b505f838152600a6020526040902060038101805460ff60c81b1916808255601b90610b9090600160d81b900464ffffffffff166128df565b91906101000a81548164ffffffffff021916908364ffffffffff160217905550336001600160a01b0316847f9bc3f93f1ca5b1f94d34d7775fd5c6dc3af4af41d9c18970eb3e3edcaf630e3485604051610aa191815260200190565b610bf58661144d565b5082421115610c1a57604051637afe9cc960e11b8152600481018490526024016108c2565b5f868152600a602090815260408083206001810154600282015483517f4f6a70606f48e2a14364f57816b6ece0e4ae40c1ec4b312db453eb8cec077496958101959095529284018b905260608401526001600160a01b0390911660808301526001600160401b03881660a083015260c0820187905260e082018690529190610cbb90610100016040516020818303038152906040528051906020012061161b565b5f818152600d602052604090205490915060ff1615610cf05760405163a4b9136d60e01b8152600481018290526024016108c2565b6003820154600160d81b900464ffffffffff16868114610d34576040516305a0f02960e11b8152600481018a905260248101889052604481018290526064016108c2565b5f5f610d758488888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164792505050565b5090925090505f816003811115610d8e57610d8e612905565b141580610daf5750610dad5f5160206129715f395f51905f5283611010565b155b15610dd85760405163bf18af4360e01b81526001600160a01b03831660048201526024016108c2565b5f848152600d60205260409020805460ff19166001179055610dfb8b838c611690565b5050505050505050505050565b5f82815260066020526040902060010154610e22816114f3565b610b3283836117ba565b6001600160a01b0381163314610e555760405163334bd91960e11b815260040160405180910390fd5b610e5f828261184b565b505050565b5f818152600a602052604081206003810154600160c81b900460ff168015610e9e57506003810154600160a01b900464ffffffffff164211155b9392505050565b610e5f83838360405180602001604052805f81525061110f565b7f8162f2d0a72b96ba5894e27f73d96591f1c0c2756818850eaab7404654388817610ee9816114f3565b610ef28361144d565b505f838152600a602052604090206002810154831515600160a01b90910460ff16151503610f205750505050565b600281018054841515600160a01b0260ff60a01b1990911617905560405184907fc6175afa56c24a9a4b87310e8a9099ac6101c3adb23caad897e92fdfc9ec6f4c90610f7190861515815260200190565b60405180910390a250505050565b5f6107a58261144d565b5f6001600160a01b038216610fb3576040516322718ad960e21b81525f60048201526024016108c2565b506001600160a01b03165f9081526003602052604090205490565b5f6060805f5f5f6060610fdf6118b6565b610fe76118e6565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546107b990612745565b61086c338383611911565b5f61105e856119d8565b6001810185905560038101805460ff60c81b191680825591925090601b9061109390600160d81b900464ffffffffff166128df565b825464ffffffffff9182166101009390930a92830291909202199091161790555f858152600b602052604090206110cb8385836127f1565b50847f0d555bd4628e8349ca5d17ca332d615c92b84cd24ab943921e8abcf6ae22c98b858585604051611100939291906128aa565b60405180910390a25050505050565b61111a848484610aaf565b610b323385858585611a5d565b5f818152600a602052604081206004810154600160a01b90046001600160401b0316421115611156575f610e9e565b600401546001600160a01b031692915050565b60606111748261144d565b505f828152600b60205260409020805461118d90612745565b80601f01602080910402602001604051908101604052809291908181526020018280546111b990612745565b80156112045780601f106111db57610100808354040283529160200191611204565b820191905f5260205f20905b8154815290600101906020018083116111e757829003601f168201915b50505050509050919050565b5f5160206129715f395f51905f52611227816114f3565b6112308361144d565b50610e5f833384611690565b5f82815260066020526040902060010154611256816114f3565b610b32838361184b565b5f61126a836119d8565b6002810180546001600160a01b0319166001600160a01b03851617905560038101805491925090601b906112ab90600160d81b900464ffffffffff166128df565b825464ffffffffff9182166101009390930a928302919092021990911617905560038101805460ff60c81b191690556040516001600160a01b0383169084907fdb322a383f1983dad78aa7005815ab883fd2b48b47b05928b58b30597a2307c4905f90a3505050565b7f8162f2d0a72b96ba5894e27f73d96591f1c0c2756818850eaab740465438881761133e816114f3565b6113478461144d565b505f848152600a602052604090206004810180546001600160a01b0319166001600160a01b038616908117909155156113805782611382565b5f5b60048201805467ffffffffffffffff60a01b1916600160a01b6001600160401b0393841681029190911791829055604051910490911681526001600160a01b0385169086907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe906020015b60405180910390a35050505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b03198216637965db0b60e01b14806107a557506107a582611b85565b5f818152600260205260408120546001600160a01b0316806107a557604051637e27328960e01b8152600481018490526024016108c2565b610e5f8383836001611bd4565b6001600160a01b0382166114bb57604051633250574960e11b81525f60048201526024016108c2565b5f6114c783835f611538565b90506001600160a01b03811615610e5f576040516339e3563760e11b81525f60048201526024016108c2565b6114fd8133611cd8565b50565b5f61150c5f835f611538565b90506001600160a01b03811661086c57604051637e27328960e01b8152600481018390526024016108c2565b5f828152600a602052604081206002810154600160a01b900460ff16156115755760405163e3470b0560e01b8152600481018590526024016108c2565b611580858585611d11565b91506001600160a01b038216158015906115ac5750846001600160a01b0316826001600160a01b031614155b80156115c4575060048101546001600160a01b031615155b15611613576004810180546001600160e01b03191690556040515f8082529085907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe9060200160405180910390a35b509392505050565b5f6107a5611627611e03565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f835160410361167e576020840151604085015160608601515f1a61167088828585611f2c565b955095509550505050611689565b505081515f91506002905b9250925092565b42816001600160401b031610156116c5576040516306e80f2160e31b81526001600160401b03821660048201526024016108c2565b5f64ffffffffff6001600160401b038316116116e157816116e8565b64ffffffffff5b5f858152600a6020526040902060038101805461010160c81b61ffff60c81b1964ffffffffff808716600160a01b026001600160c81b03199094166001600160a01b038b161793909317161780835593945091929091601b9161175391600160d81b909104166128df565b91906101000a81548164ffffffffff021916908364ffffffffff160217905550836001600160a01b0316857f6489782b04f251af2a13de76c937a5b8b2801df30e1c984f63a790e3f118b256846040516113ed919064ffffffffff91909116815260200190565b5f6117c58383611010565b611844575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556117fc3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107a5565b505f6107a5565b5f6118568383611010565b15611844575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107a5565b60606118e17f0000000000000000000000000000000000000000000000000000000000000000611ff4565b905090565b60606118e17f0000000000000000000000000000000000000000000000000000000000000000611ff4565b6001600160a01b03831661193a5760405163a9fbf51f60e01b81525f60048201526024016108c2565b6001600160a01b03821661196c57604051630b61174360e31b81526001600160a01b03831660048201526024016108c2565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b5f5f6119e38361144d565b90506001600160a01b0381163314611a17576040516353ef455960e11b8152600481018490523360248201526044016108c2565b5f838152600a602052604090206002810154909250600160a01b900460ff1615611a575760405163e3470b0560e01b8152600481018490526024016108c2565b50919050565b6001600160a01b0383163b15611b7e57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290611a9f908890889087908790600401612919565b6020604051808303815f875af1925050508015611ad9575060408051601f3d908101601f19168201909252611ad691810190612955565b60015b611b40573d808015611b06576040519150601f19603f3d011682016040523d82523d5f602084013e611b0b565b606091505b5080515f03611b3857604051633250574960e11b81526001600160a01b03851660048201526024016108c2565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14611b7c57604051633250574960e11b81526001600160a01b03851660048201526024016108c2565b505b5050505050565b5f6001600160e01b031982166380ac58cd60e01b1480611bb557506001600160e01b03198216635b5e139f60e01b145b806107a557506301ffc9a760e01b6001600160e01b03198316146107a5565b8080611be857506001600160a01b03821615155b15611ca9575f611bf78461144d565b90506001600160a01b03831615801590611c235750826001600160a01b0316816001600160a01b031614155b8015611c365750611c3481846113fc565b155b15611c5f5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016108c2565b8115611ca75783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b611ce28282611010565b61086c5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108c2565b5f828152600260205260408120546001600160a01b0390811690831615611d3d57611d3d818486612031565b6001600160a01b03811615611d7757611d585f855f5f611bd4565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611da5576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611e5b57507f000000000000000000000000000000000000000000000000000000000000000046145b15611e8557507f000000000000000000000000000000000000000000000000000000000000000090565b6118e1604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611f6557505f91506003905082611fea565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611fb6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116611fe157505f925060019150829050611fea565b92505f91508190505b9450945094915050565b60605f61200083612095565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b61203c8383836120bc565b610e5f576001600160a01b03831661206a57604051637e27328960e01b8152600481018290526024016108c2565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016108c2565b5f60ff8216601f8111156107a557604051632cd44ac360e21b815260040160405180910390fd5b5f6001600160a01b038316158015906121185750826001600160a01b0316846001600160a01b031614806120f557506120f584846113fc565b8061211857505f828152600460205260409020546001600160a01b038481169116145b949350505050565b50805461212c90612745565b5f825580601f1061213b575050565b601f0160209004905f5260205f20906121549190612156565b565b5f5b80821115610e5f575f81840155600101612158565b6001600160e01b0319811681146114fd575f5ffd5b5f60208284031215612192575f5ffd5b8135610e9e8161216d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e9e602083018461219d565b5f602082840312156121ed575f5ffd5b5035919050565b80356001600160a01b038116811461220a575f5ffd5b919050565b5f5f60408385031215612220575f5ffd5b612229836121f4565b946020939093013593505050565b5f5f83601f840112612247575f5ffd5b5081356001600160401b0381111561225d575f5ffd5b602083019150836020828501011115612274575f5ffd5b9250929050565b5f5f5f5f6060858703121561228e575f5ffd5b843593506020850135925060408501356001600160401b038111156122b1575f5ffd5b6122bd87828801612237565b95989497509550505050565b5f5f604083850312156122da575f5ffd5b50508035926020909101359150565b5f5f5f606084860312156122fb575f5ffd5b612304846121f4565b9250612312602085016121f4565b929592945050506040919091013590565b80356001600160401b038116811461220a575f5ffd5b5f5f5f5f5f5f60a0878903121561234e575f5ffd5b8635955061235e60208801612323565b9450604087013593506060870135925060808701356001600160401b03811115612386575f5ffd5b61239289828a01612237565b979a9699509497509295939492505050565b5f5f604083850312156123b5575f5ffd5b823591506123c5602084016121f4565b90509250929050565b8035801515811461220a575f5ffd5b5f5f604083850312156123ee575f5ffd5b823591506123c5602084016123ce565b5f6020828403121561240e575f5ffd5b610e9e826121f4565b5f610160820190508251825260208301516020830152604083015161244760408401826001600160a01b03169052565b50606083015161246260608401826001600160401b03169052565b506080830151612476608084018215159052565b5060a083015161249160a08401826001600160a01b03169052565b5060c08301516124ac60c08401826001600160401b03169052565b5060e08301516124c060e084018215159052565b506101008301516124d661010084018215159052565b506101208301516124f36101208401826001600160a01b03169052565b506101408301516125106101408401826001600160401b03169052565b5092915050565b60ff60f81b8816815260e060208201525f61253560e083018961219d565b8281036040840152612547818961219d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561259c57835183526020938401939092019160010161257e565b50909b9a5050505050505050505050565b5f5f604083850312156125be575f5ffd5b6125c7836121f4565b91506123c5602084016123ce565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156125fc575f5ffd5b612605856121f4565b9350612613602086016121f4565b92506040850135915060608501356001600160401b03811115612634575f5ffd5b8501601f81018713612644575f5ffd5b80356001600160401b0381111561265d5761265d6125d5565b604051601f8201601f19908116603f011681016001600160401b038111828210171561268b5761268b6125d5565b6040528181528282016020018910156126a2575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156126d4575f5ffd5b823591506123c560208401612323565b5f5f5f606084860312156126f6575f5ffd5b83359250612706602085016121f4565b915061271460408501612323565b90509250925092565b5f5f6040838503121561272e575f5ffd5b612737836121f4565b91506123c5602084016121f4565b600181811c9082168061275957607f821691505b602082108103611a5757634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f6001820161279c5761279c612777565b5060010190565b601f821115610e5f5782821115610e5f57805f5260205f20601f840160051c60208510156127ce57505f5b90810190601f840160051c035f5b81811015611b7c575f838201556001016127dc565b6001600160401b03831115612808576128086125d5565b61281c836128168354612745565b836127a3565b5f601f84116001811461284d575f85156128365750838201355b5f19600387901b1c1916600186901b178355611b7e565b5f83815260208120601f198716915b8281101561287c578685013582556020948501946001909201910161285c565b5086821015612898575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f64ffffffffff821664ffffffffff81036128fc576128fc612777565b60010192915050565b634e487b7160e01b5f52602160045260245ffd5b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061294b9083018461219d565b9695505050505050565b5f60208284031215612965575f5ffd5b8151610e9e8161216d56fe0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09a264697066735822122085d59e78290604e4d9fc90e4196e60a1428b271be17819d6711a444e80d36eb164736f6c63430008250033",
}

// AssetRegistry is an auto generated Go binding around an Ethereum contract.
type AssetRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAssetRegistry creates a new instance of AssetRegistry.
func NewAssetRegistry() *AssetRegistry {
	parsed, err := AssetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (assetRegistry *AssetRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("", admin)
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
func (assetRegistry *AssetRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := assetRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (assetRegistry *AssetRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXVALIDUNTIL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc298057.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALID_UNTIL() view returns(uint64)
func (assetRegistry *AssetRegistry) PackMAXVALIDUNTIL() []byte {
	enc, err := assetRegistry.abi.Pack("MAX_VALID_UNTIL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDUNTIL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc298057.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALID_UNTIL() view returns(uint64)
func (assetRegistry *AssetRegistry) TryPackMAXVALIDUNTIL() ([]byte, error) {
	return assetRegistry.abi.Pack("MAX_VALID_UNTIL")
}

// UnpackMAXVALIDUNTIL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc298057.
//
// Solidity: function MAX_VALID_UNTIL() view returns(uint64)
func (assetRegistry *AssetRegistry) UnpackMAXVALIDUNTIL(data []byte) (uint64, error) {
	out, err := assetRegistry.abi.Unpack("MAX_VALID_UNTIL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRENTALMANAGERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14b2b27f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RENTAL_MANAGER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackRENTALMANAGERROLE() []byte {
	enc, err := assetRegistry.abi.Pack("RENTAL_MANAGER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRENTALMANAGERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14b2b27f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RENTAL_MANAGER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackRENTALMANAGERROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("RENTAL_MANAGER_ROLE")
}

// UnpackRENTALMANAGERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14b2b27f.
//
// Solidity: function RENTAL_MANAGER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackRENTALMANAGERROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("RENTAL_MANAGER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERIFICATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c06aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFICATION_TYPEHASH() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackVERIFICATIONTYPEHASH() []byte {
	enc, err := assetRegistry.abi.Pack("VERIFICATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFICATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c06aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFICATION_TYPEHASH() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackVERIFICATIONTYPEHASH() ([]byte, error) {
	return assetRegistry.abi.Pack("VERIFICATION_TYPEHASH")
}

// UnpackVERIFICATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40c06aa9.
//
// Solidity: function VERIFICATION_TYPEHASH() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackVERIFICATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("VERIFICATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERIFIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7705db6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackVERIFIERROLE() []byte {
	enc, err := assetRegistry.abi.Pack("VERIFIER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7705db6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackVERIFIERROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("VERIFIER_ROLE")
}

// UnpackVERIFIERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7705db6.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackVERIFIERROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("VERIFIER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("approve", to, tokenId)
}

// PackAssetOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7db78fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetOf(uint256 tokenId) view returns((bytes32,bytes32,address,uint64,bool,address,uint64,bool,bool,address,uint64))
func (assetRegistry *AssetRegistry) PackAssetOf(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("assetOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7db78fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetOf(uint256 tokenId) view returns((bytes32,bytes32,address,uint64,bool,address,uint64,bool,bool,address,uint64))
func (assetRegistry *AssetRegistry) TryPackAssetOf(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("assetOf", tokenId)
}

// UnpackAssetOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7db78fac.
//
// Solidity: function assetOf(uint256 tokenId) view returns((bytes32,bytes32,address,uint64,bool,address,uint64,bool,bool,address,uint64))
func (assetRegistry *AssetRegistry) UnpackAssetOf(data []byte) (IAssetRegistryAsset, error) {
	out, err := assetRegistry.abi.Unpack("assetOf", data)
	if err != nil {
		return *new(IAssetRegistryAsset), err
	}
	out0 := *abi.ConvertType(out[0], new(IAssetRegistryAsset)).(*IAssetRegistryAsset)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (assetRegistry *AssetRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBindDevice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a75aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindDevice(uint256 tokenId, address device) returns()
func (assetRegistry *AssetRegistry) PackBindDevice(tokenId *big.Int, device common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("bindDevice", tokenId, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindDevice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a75aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindDevice(uint256 tokenId, address device) returns()
func (assetRegistry *AssetRegistry) TryPackBindDevice(tokenId *big.Int, device common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("bindDevice", tokenId, device)
}

// PackDeviceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6df1819b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviceOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) PackDeviceOf(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("deviceOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6df1819b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviceOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) TryPackDeviceOf(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("deviceOf", tokenId)
}

// UnpackDeviceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6df1819b.
//
// Solidity: function deviceOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackDeviceOf(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("deviceOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (assetRegistry *AssetRegistry) PackEip712Domain() []byte {
	enc, err := assetRegistry.abi.Pack("eip712Domain")
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
func (assetRegistry *AssetRegistry) TryPackEip712Domain() ([]byte, error) {
	return assetRegistry.abi.Pack("eip712Domain")
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
func (assetRegistry *AssetRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := assetRegistry.abi.Unpack("eip712Domain", data)
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

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetRegistry *AssetRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("getRoleAdmin", role)
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
func (assetRegistry *AssetRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("getRoleAdmin", data)
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
func (assetRegistry *AssetRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("grantRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetRegistry *AssetRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("hasRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (assetRegistry *AssetRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (assetRegistry *AssetRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) PackIsLocked(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("isLocked", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) TryPackIsLocked(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("isLocked", tokenId)
}

// UnpackIsLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6aacfb1.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackIsLocked(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("isLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37b6d96b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) PackIsVerified(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("isVerified", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37b6d96b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) TryPackIsVerified(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("isVerified", tokenId)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37b6d96b.
//
// Solidity: function isVerified(uint256 tokenId) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackIsVerified(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetRegistry *AssetRegistry) PackName() []byte {
	enc, err := assetRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (assetRegistry *AssetRegistry) TryPackName() ([]byte, error) {
	return assetRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetRegistry *AssetRegistry) UnpackName(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5ceb47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 assetCode, bytes32 contentHash, string uri) returns(uint256 tokenId)
func (assetRegistry *AssetRegistry) PackRegister(assetCode [32]byte, contentHash [32]byte, uri string) []byte {
	enc, err := assetRegistry.abi.Pack("register", assetCode, contentHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e5ceb47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 assetCode, bytes32 contentHash, string uri) returns(uint256 tokenId)
func (assetRegistry *AssetRegistry) TryPackRegister(assetCode [32]byte, contentHash [32]byte, uri string) ([]byte, error) {
	return assetRegistry.abi.Pack("register", assetCode, contentHash, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e5ceb47.
//
// Solidity: function register(bytes32 assetCode, bytes32 contentHash, string uri) returns(uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetRegistry *AssetRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (assetRegistry *AssetRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x212af1a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRegistration(uint256 tokenId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) PackRevokeRegistration(tokenId *big.Int, reasonHash [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("revokeRegistration", tokenId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x212af1a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRegistration(uint256 tokenId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) TryPackRevokeRegistration(tokenId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("revokeRegistration", tokenId, reasonHash)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (assetRegistry *AssetRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("revokeRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("revokeRole", role, account)
}

// PackRevokeVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f228b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeVerification(uint256 tokenId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) PackRevokeVerification(tokenId *big.Int, reasonHash [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("revokeVerification", tokenId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeVerification is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f228b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeVerification(uint256 tokenId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) TryPackRevokeVerification(tokenId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("revokeVerification", tokenId, reasonHash)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (assetRegistry *AssetRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := assetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (assetRegistry *AssetRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return assetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (assetRegistry *AssetRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := assetRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (assetRegistry *AssetRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return assetRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e1413f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLock(uint256 tokenId, bool locked) returns()
func (assetRegistry *AssetRegistry) PackSetLock(tokenId *big.Int, locked bool) []byte {
	enc, err := assetRegistry.abi.Pack("setLock", tokenId, locked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e1413f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLock(uint256 tokenId, bool locked) returns()
func (assetRegistry *AssetRegistry) TryPackSetLock(tokenId *big.Int, locked bool) ([]byte, error) {
	return assetRegistry.abi.Pack("setLock", tokenId, locked)
}

// PackSetUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe030565e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUser(uint256 tokenId, address user, uint64 expires) returns()
func (assetRegistry *AssetRegistry) PackSetUser(tokenId *big.Int, user common.Address, expires uint64) []byte {
	enc, err := assetRegistry.abi.Pack("setUser", tokenId, user, expires)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe030565e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUser(uint256 tokenId, address user, uint64 expires) returns()
func (assetRegistry *AssetRegistry) TryPackSetUser(tokenId *big.Int, user common.Address, expires uint64) ([]byte, error) {
	return assetRegistry.abi.Pack("setUser", tokenId, user, expires)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetRegistry *AssetRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (assetRegistry *AssetRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (assetRegistry *AssetRegistry) PackSymbol() []byte {
	enc, err := assetRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (assetRegistry *AssetRegistry) TryPackSymbol() ([]byte, error) {
	return assetRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetRegistry *AssetRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenOfAssetCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa780437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOfAssetCode(bytes32 assetCode) view returns(uint256)
func (assetRegistry *AssetRegistry) PackTokenOfAssetCode(assetCode [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("tokenOfAssetCode", assetCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOfAssetCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa780437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOfAssetCode(bytes32 assetCode) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackTokenOfAssetCode(assetCode [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("tokenOfAssetCode", assetCode)
}

// UnpackTokenOfAssetCode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa780437.
//
// Solidity: function tokenOfAssetCode(bytes32 assetCode) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackTokenOfAssetCode(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("tokenOfAssetCode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (assetRegistry *AssetRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (assetRegistry *AssetRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (assetRegistry *AssetRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (assetRegistry *AssetRegistry) PackTotalAssets() []byte {
	enc, err := assetRegistry.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackTotalAssets() ([]byte, error) {
	return assetRegistry.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUpdateContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf2a1e5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateContent(uint256 tokenId, bytes32 contentHash, string uri) returns()
func (assetRegistry *AssetRegistry) PackUpdateContent(tokenId *big.Int, contentHash [32]byte, uri string) []byte {
	enc, err := assetRegistry.abi.Pack("updateContent", tokenId, contentHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf2a1e5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateContent(uint256 tokenId, bytes32 contentHash, string uri) returns()
func (assetRegistry *AssetRegistry) TryPackUpdateContent(tokenId *big.Int, contentHash [32]byte, uri string) ([]byte, error) {
	return assetRegistry.abi.Pack("updateContent", tokenId, contentHash, uri)
}

// PackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userExpires(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) PackUserExpires(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("userExpires", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userExpires(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackUserExpires(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("userExpires", tokenId)
}

// UnpackUserExpires is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc88c48.
//
// Solidity: function userExpires(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackUserExpires(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("userExpires", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) PackUserOf(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("userOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) TryPackUserOf(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("userOf", tokenId)
}

// UnpackUserOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1f14a.
//
// Solidity: function userOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackUserOf(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("userOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerificationNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb0a6a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verificationNonce(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) PackVerificationNonce(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("verificationNonce", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerificationNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb0a6a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verificationNonce(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackVerificationNonce(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("verificationNonce", tokenId)
}

// UnpackVerificationNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3eb0a6a5.
//
// Solidity: function verificationNonce(uint256 tokenId) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackVerificationNonce(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("verificationNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced7ceb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(uint256 tokenId, uint64 validUntil) returns()
func (assetRegistry *AssetRegistry) PackVerify(tokenId *big.Int, validUntil uint64) []byte {
	enc, err := assetRegistry.abi.Pack("verify", tokenId, validUntil)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced7ceb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(uint256 tokenId, uint64 validUntil) returns()
func (assetRegistry *AssetRegistry) TryPackVerify(tokenId *big.Int, validUntil uint64) ([]byte, error) {
	return assetRegistry.abi.Pack("verify", tokenId, validUntil)
}

// PackVerifyBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f26275c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyBySig(uint256 tokenId, uint64 validUntil, uint256 nonce, uint256 deadline, bytes signature) returns()
func (assetRegistry *AssetRegistry) PackVerifyBySig(tokenId *big.Int, validUntil uint64, nonce *big.Int, deadline *big.Int, signature []byte) []byte {
	enc, err := assetRegistry.abi.Pack("verifyBySig", tokenId, validUntil, nonce, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f26275c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyBySig(uint256 tokenId, uint64 validUntil, uint256 nonce, uint256 deadline, bytes signature) returns()
func (assetRegistry *AssetRegistry) TryPackVerifyBySig(tokenId *big.Int, validUntil uint64, nonce *big.Int, deadline *big.Int, signature []byte) ([]byte, error) {
	return assetRegistry.abi.Pack("verifyBySig", tokenId, validUntil, nonce, deadline, signature)
}

// AssetRegistryApproval represents a Approval event raised by the AssetRegistry contract.
type AssetRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetRegistryApproval) ContractEventName() string {
	return AssetRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (assetRegistry *AssetRegistry) UnpackApprovalEvent(log *types.Log) (*AssetRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryApproval)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryApprovalForAll represents a ApprovalForAll event raised by the AssetRegistry contract.
type AssetRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AssetRegistryApprovalForAll) ContractEventName() string {
	return AssetRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (assetRegistry *AssetRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AssetRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryAssetRegistered represents a AssetRegistered event raised by the AssetRegistry contract.
type AssetRegistryAssetRegistered struct {
	TokenId     *big.Int
	Owner       common.Address
	AssetCode   [32]byte
	ContentHash [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetRegistryAssetRegisteredEventName = "AssetRegistered"

// ContractEventName returns the user-defined event name.
func (AssetRegistryAssetRegistered) ContractEventName() string {
	return AssetRegistryAssetRegisteredEventName
}

// UnpackAssetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetRegistered(uint256 indexed tokenId, address indexed owner, bytes32 indexed assetCode, bytes32 contentHash, string uri)
func (assetRegistry *AssetRegistry) UnpackAssetRegisteredEvent(log *types.Log) (*AssetRegistryAssetRegistered, error) {
	event := "AssetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryAssetRegistered)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryAssetVerified represents a AssetVerified event raised by the AssetRegistry contract.
type AssetRegistryAssetVerified struct {
	TokenId    *big.Int
	Verifier   common.Address
	ValidUntil uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryAssetVerifiedEventName = "AssetVerified"

// ContractEventName returns the user-defined event name.
func (AssetRegistryAssetVerified) ContractEventName() string {
	return AssetRegistryAssetVerifiedEventName
}

// UnpackAssetVerifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetVerified(uint256 indexed tokenId, address indexed verifier, uint64 validUntil)
func (assetRegistry *AssetRegistry) UnpackAssetVerifiedEvent(log *types.Log) (*AssetRegistryAssetVerified, error) {
	event := "AssetVerified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryAssetVerified)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryContentUpdated represents a ContentUpdated event raised by the AssetRegistry contract.
type AssetRegistryContentUpdated struct {
	TokenId     *big.Int
	ContentHash [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetRegistryContentUpdatedEventName = "ContentUpdated"

// ContractEventName returns the user-defined event name.
func (AssetRegistryContentUpdated) ContractEventName() string {
	return AssetRegistryContentUpdatedEventName
}

// UnpackContentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContentUpdated(uint256 indexed tokenId, bytes32 contentHash, string uri)
func (assetRegistry *AssetRegistry) UnpackContentUpdatedEvent(log *types.Log) (*AssetRegistryContentUpdated, error) {
	event := "ContentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryContentUpdated)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryDeviceBound represents a DeviceBound event raised by the AssetRegistry contract.
type AssetRegistryDeviceBound struct {
	TokenId *big.Int
	Device  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryDeviceBoundEventName = "DeviceBound"

// ContractEventName returns the user-defined event name.
func (AssetRegistryDeviceBound) ContractEventName() string {
	return AssetRegistryDeviceBoundEventName
}

// UnpackDeviceBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceBound(uint256 indexed tokenId, address indexed device)
func (assetRegistry *AssetRegistry) UnpackDeviceBoundEvent(log *types.Log) (*AssetRegistryDeviceBound, error) {
	event := "DeviceBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryDeviceBound)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the AssetRegistry contract.
type AssetRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AssetRegistryEIP712DomainChanged) ContractEventName() string {
	return AssetRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (assetRegistry *AssetRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*AssetRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryLockSet represents a LockSet event raised by the AssetRegistry contract.
type AssetRegistryLockSet struct {
	TokenId *big.Int
	Locked  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryLockSetEventName = "LockSet"

// ContractEventName returns the user-defined event name.
func (AssetRegistryLockSet) ContractEventName() string {
	return AssetRegistryLockSetEventName
}

// UnpackLockSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockSet(uint256 indexed tokenId, bool locked)
func (assetRegistry *AssetRegistry) UnpackLockSetEvent(log *types.Log) (*AssetRegistryLockSet, error) {
	event := "LockSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryLockSet)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRegistrationRevoked represents a RegistrationRevoked event raised by the AssetRegistry contract.
type AssetRegistryRegistrationRevoked struct {
	TokenId    *big.Int
	Verifier   common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRegistrationRevokedEventName = "RegistrationRevoked"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRegistrationRevoked) ContractEventName() string {
	return AssetRegistryRegistrationRevokedEventName
}

// UnpackRegistrationRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrationRevoked(uint256 indexed tokenId, address indexed verifier, bytes32 reasonHash)
func (assetRegistry *AssetRegistry) UnpackRegistrationRevokedEvent(log *types.Log) (*AssetRegistryRegistrationRevoked, error) {
	event := "RegistrationRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRegistrationRevoked)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the AssetRegistry contract.
type AssetRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleAdminChanged) ContractEventName() string {
	return AssetRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetRegistry *AssetRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleGranted represents a RoleGranted event raised by the AssetRegistry contract.
type AssetRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleGranted) ContractEventName() string {
	return AssetRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetRegistry *AssetRegistry) UnpackRoleGrantedEvent(log *types.Log) (*AssetRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleRevoked represents a RoleRevoked event raised by the AssetRegistry contract.
type AssetRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleRevoked) ContractEventName() string {
	return AssetRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetRegistry *AssetRegistry) UnpackRoleRevokedEvent(log *types.Log) (*AssetRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryTransfer represents a Transfer event raised by the AssetRegistry contract.
type AssetRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetRegistryTransfer) ContractEventName() string {
	return AssetRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (assetRegistry *AssetRegistry) UnpackTransferEvent(log *types.Log) (*AssetRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryTransfer)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryUpdateUser represents a UpdateUser event raised by the AssetRegistry contract.
type AssetRegistryUpdateUser struct {
	TokenId *big.Int
	User    common.Address
	Expires uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryUpdateUserEventName = "UpdateUser"

// ContractEventName returns the user-defined event name.
func (AssetRegistryUpdateUser) ContractEventName() string {
	return AssetRegistryUpdateUserEventName
}

// UnpackUpdateUserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires)
func (assetRegistry *AssetRegistry) UnpackUpdateUserEvent(log *types.Log) (*AssetRegistryUpdateUser, error) {
	event := "UpdateUser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryUpdateUser)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryVerificationRevoked represents a VerificationRevoked event raised by the AssetRegistry contract.
type AssetRegistryVerificationRevoked struct {
	TokenId    *big.Int
	Verifier   common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryVerificationRevokedEventName = "VerificationRevoked"

// ContractEventName returns the user-defined event name.
func (AssetRegistryVerificationRevoked) ContractEventName() string {
	return AssetRegistryVerificationRevokedEventName
}

// UnpackVerificationRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerificationRevoked(uint256 indexed tokenId, address indexed verifier, bytes32 reasonHash)
func (assetRegistry *AssetRegistry) UnpackVerificationRevokedEvent(log *types.Log) (*AssetRegistryVerificationRevoked, error) {
	event := "VerificationRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryVerificationRevoked)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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
func (assetRegistry *AssetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AssetCodeTaken"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAssetCodeTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AssetLocked"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAssetLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AssetWasVerified"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAssetWasVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["InvalidNonce"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackInvalidNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["InvalidSigner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackInvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["RegistryInvalidValidity"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackRegistryInvalidValidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["RegistryNotAssetOwner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackRegistryNotAssetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["RegistrySignatureExpired"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackRegistrySignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["RegistryZeroAssetCode"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackRegistryZeroAssetCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["SignatureUsed"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackSignatureUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetRegistry contract.
type AssetRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetRegistry *AssetRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetRegistryAccessControlBadConfirmation, error) {
	out := new(AssetRegistryAccessControlBadConfirmation)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetRegistry contract.
type AssetRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetRegistry *AssetRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetRegistryAccessControlUnauthorizedAccount, error) {
	out := new(AssetRegistryAccessControlUnauthorizedAccount)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAssetCodeTaken represents a AssetCodeTaken error raised by the AssetRegistry contract.
type AssetRegistryAssetCodeTaken struct {
	AssetCode [32]byte
	TokenId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetCodeTaken(bytes32 assetCode, uint256 tokenId)
func AssetRegistryAssetCodeTakenErrorID() common.Hash {
	return common.HexToHash("0xf865cff1b25752f106ae897b3d37215ac28b4b277b150fd6a55119395b14ced1")
}

// UnpackAssetCodeTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetCodeTaken(bytes32 assetCode, uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackAssetCodeTakenError(raw []byte) (*AssetRegistryAssetCodeTaken, error) {
	out := new(AssetRegistryAssetCodeTaken)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AssetCodeTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAssetLocked represents a AssetLocked error raised by the AssetRegistry contract.
type AssetRegistryAssetLocked struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetLocked(uint256 tokenId)
func AssetRegistryAssetLockedErrorID() common.Hash {
	return common.HexToHash("0xe3470b05840e1ed1ef04f94bb60eb08a1d390917170fbab6b2add034cd261cc9")
}

// UnpackAssetLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetLocked(uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackAssetLockedError(raw []byte) (*AssetRegistryAssetLocked, error) {
	out := new(AssetRegistryAssetLocked)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AssetLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAssetWasVerified represents a AssetWasVerified error raised by the AssetRegistry contract.
type AssetRegistryAssetWasVerified struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetWasVerified(uint256 tokenId)
func AssetRegistryAssetWasVerifiedErrorID() common.Hash {
	return common.HexToHash("0x2423d4c01c17523cc819fd07ac7064539dbfbf3c34e4eac6acd0a7fa48287631")
}

// UnpackAssetWasVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetWasVerified(uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackAssetWasVerifiedError(raw []byte) (*AssetRegistryAssetWasVerified, error) {
	out := new(AssetRegistryAssetWasVerified)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AssetWasVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AssetRegistry contract.
type AssetRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AssetRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (assetRegistry *AssetRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AssetRegistryERC721IncorrectOwner, error) {
	out := new(AssetRegistryERC721IncorrectOwner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AssetRegistry contract.
type AssetRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AssetRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AssetRegistryERC721InsufficientApproval, error) {
	out := new(AssetRegistryERC721InsufficientApproval)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AssetRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AssetRegistryERC721InvalidApprover, error) {
	out := new(AssetRegistryERC721InvalidApprover)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AssetRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AssetRegistryERC721InvalidOperator, error) {
	out := new(AssetRegistryERC721InvalidOperator)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AssetRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AssetRegistryERC721InvalidOwner, error) {
	out := new(AssetRegistryERC721InvalidOwner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AssetRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AssetRegistryERC721InvalidReceiver, error) {
	out := new(AssetRegistryERC721InvalidReceiver)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AssetRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AssetRegistryERC721InvalidSender, error) {
	out := new(AssetRegistryERC721InvalidSender)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AssetRegistry contract.
type AssetRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AssetRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AssetRegistryERC721NonexistentToken, error) {
	out := new(AssetRegistryERC721NonexistentToken)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryInvalidNonce represents a InvalidNonce error raised by the AssetRegistry contract.
type AssetRegistryInvalidNonce struct {
	TokenId  *big.Int
	Nonce    *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidNonce(uint256 tokenId, uint256 nonce, uint256 expected)
func AssetRegistryInvalidNonceErrorID() common.Hash {
	return common.HexToHash("0x0b41e052be9e4c0928c11ff70a7aa5e1a6a158af8834b297e37b6d26595351c1")
}

// UnpackInvalidNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidNonce(uint256 tokenId, uint256 nonce, uint256 expected)
func (assetRegistry *AssetRegistry) UnpackInvalidNonceError(raw []byte) (*AssetRegistryInvalidNonce, error) {
	out := new(AssetRegistryInvalidNonce)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "InvalidNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryInvalidShortString represents a InvalidShortString error raised by the AssetRegistry contract.
type AssetRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AssetRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (assetRegistry *AssetRegistry) UnpackInvalidShortStringError(raw []byte) (*AssetRegistryInvalidShortString, error) {
	out := new(AssetRegistryInvalidShortString)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryInvalidSigner represents a InvalidSigner error raised by the AssetRegistry contract.
type AssetRegistryInvalidSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSigner(address signer)
func AssetRegistryInvalidSignerErrorID() common.Hash {
	return common.HexToHash("0xbf18af4376e76b3bc6eff3f06259e7333a989b275646b90af2c119b5bf92ae45")
}

// UnpackInvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSigner(address signer)
func (assetRegistry *AssetRegistry) UnpackInvalidSignerError(raw []byte) (*AssetRegistryInvalidSigner, error) {
	out := new(AssetRegistryInvalidSigner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryRegistryInvalidValidity represents a RegistryInvalidValidity error raised by the AssetRegistry contract.
type AssetRegistryRegistryInvalidValidity struct {
	ValidUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryInvalidValidity(uint64 validUntil)
func AssetRegistryRegistryInvalidValidityErrorID() common.Hash {
	return common.HexToHash("0x3740790821b4fb3968ce877e37246d6cfe284450018a16367a9cead0110ae0ea")
}

// UnpackRegistryInvalidValidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryInvalidValidity(uint64 validUntil)
func (assetRegistry *AssetRegistry) UnpackRegistryInvalidValidityError(raw []byte) (*AssetRegistryRegistryInvalidValidity, error) {
	out := new(AssetRegistryRegistryInvalidValidity)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "RegistryInvalidValidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryRegistryNotAssetOwner represents a RegistryNotAssetOwner error raised by the AssetRegistry contract.
type AssetRegistryRegistryNotAssetOwner struct {
	TokenId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryNotAssetOwner(uint256 tokenId, address account)
func AssetRegistryRegistryNotAssetOwnerErrorID() common.Hash {
	return common.HexToHash("0xa7de8ab27c9f937af959cd7fd4656af09a9550716d3616f77c8d58e5ff44b1bf")
}

// UnpackRegistryNotAssetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryNotAssetOwner(uint256 tokenId, address account)
func (assetRegistry *AssetRegistry) UnpackRegistryNotAssetOwnerError(raw []byte) (*AssetRegistryRegistryNotAssetOwner, error) {
	out := new(AssetRegistryRegistryNotAssetOwner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "RegistryNotAssetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryRegistrySignatureExpired represents a RegistrySignatureExpired error raised by the AssetRegistry contract.
type AssetRegistryRegistrySignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistrySignatureExpired(uint256 deadline)
func AssetRegistryRegistrySignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xf5fd3992859b9f9af1f59aa993a7fd72dca58541f047904efce6b08db7cfe3da")
}

// UnpackRegistrySignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistrySignatureExpired(uint256 deadline)
func (assetRegistry *AssetRegistry) UnpackRegistrySignatureExpiredError(raw []byte) (*AssetRegistryRegistrySignatureExpired, error) {
	out := new(AssetRegistryRegistrySignatureExpired)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "RegistrySignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryRegistryZeroAssetCode represents a RegistryZeroAssetCode error raised by the AssetRegistry contract.
type AssetRegistryRegistryZeroAssetCode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryZeroAssetCode()
func AssetRegistryRegistryZeroAssetCodeErrorID() common.Hash {
	return common.HexToHash("0x1bc8fc28ab3aa5084ccb172c628a63ad4902b1343adf69b0c77accdbfbb0bea4")
}

// UnpackRegistryZeroAssetCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryZeroAssetCode()
func (assetRegistry *AssetRegistry) UnpackRegistryZeroAssetCodeError(raw []byte) (*AssetRegistryRegistryZeroAssetCode, error) {
	out := new(AssetRegistryRegistryZeroAssetCode)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "RegistryZeroAssetCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistrySignatureUsed represents a SignatureUsed error raised by the AssetRegistry contract.
type AssetRegistrySignatureUsed struct {
	Digest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureUsed(bytes32 digest)
func AssetRegistrySignatureUsedErrorID() common.Hash {
	return common.HexToHash("0xa4b9136d77e35241afc25d89e59af837b942ce9a7a4c0a42fcb8bac065140572")
}

// UnpackSignatureUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureUsed(bytes32 digest)
func (assetRegistry *AssetRegistry) UnpackSignatureUsedError(raw []byte) (*AssetRegistrySignatureUsed, error) {
	out := new(AssetRegistrySignatureUsed)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "SignatureUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryStringTooLong represents a StringTooLong error raised by the AssetRegistry contract.
type AssetRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AssetRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (assetRegistry *AssetRegistry) UnpackStringTooLongError(raw []byte) (*AssetRegistryStringTooLong, error) {
	out := new(AssetRegistryStringTooLong)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
