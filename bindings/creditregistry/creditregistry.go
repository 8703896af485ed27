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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tiers\",\"type\":\"tuple[4]\",\"internalType\":\"structICreditRegistry.Tier[4]\",\"components\":[{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"name\":\"deltas\",\"type\":\"int16[10]\",\"internalType\":\"int16[10]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BASELINE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CREDIT_ORACLE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_PAIR_COOLDOWN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DELTA\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PAIR_COOLDOWN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NEWCOMER_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_ASSET_CONFIRMED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_BASELINE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_COMPLETED_ON_TIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OUTCOME_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RECORDER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TIER_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"attestBaseline\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"score\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"blacklist\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICreditRegistry.Tier\",\"components\":[{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outcomeDelta\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pairAppliedAt\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"counterparty\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pairCooldown\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordOutcome\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"counterparty\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"scoreOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setOutcomeDelta\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"delta\",\"type\":\"int16\",\"internalType\":\"int16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPairCooldown\",\"inputs\":[{\"name\":\"cooldown\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"termsOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tierOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unblacklist\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Blacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NewcomerScoreSet\",\"inputs\":[{\"name\":\"score\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutcomeDeltaSet\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"delta\",\"type\":\"int16\",\"indexed\":false,\"internalType\":\"int16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutcomeRecorded\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"counterparty\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PairCooldownSet\",\"inputs\":[{\"name\":\"cooldown\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ScoreChanged\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oldScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TierSet\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"maxActiveRentals\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"depositBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"pledgeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unblacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BadTier\",\"inputs\":[{\"name\":\"tier\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minScore\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"BaselineNotAllowed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditAlreadyBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditDeltaOutOfRange\",\"inputs\":[{\"name\":\"delta\",\"type\":\"int16\",\"internalType\":\"int16\"}]},{\"type\":\"error\",\"name\":\"CreditInvalidPairCooldown\",\"inputs\":[{\"name\":\"cooldown\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CreditInvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditNotBlacklisted\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"CreditScoreOutOfRange\",\"inputs\":[{\"name\":\"score\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"CreditSignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CreditSignatureUsed\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CreditUnknownOutcome\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "CreditRegistry",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161259c38038061259c83398101604081905261002f91610715565b6040518060400160405280600e81526020016d437265646974526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061007f826102c460201b60201c565b6101205261008c816102c4565b61014052815160208084019190912060e052815190820120610100524660a05261011860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261012b5f84610301565b506040516101f481527fba7c59304af29bc2a7f07d211485a76fce5a172fe98a2eb9220aeb3cc2c706ed9060200160405180910390a161016d62278d006103aa565b5f5b600460ff8216101561024d575f838260ff1660048110610191576101916107f6565b6020020151905060ff82161580156101ad5750805161ffff1615155b806101f257505f8260ff161180156101f25750836101cc60018461081e565b60ff16600481106101df576101df6107f6565b602002015151815161ffff918216911611155b80610205575080516103e861ffff909116115b1561023a578051604051633881c76560e21b815260ff8416600482015261ffff90911660248201526044015b60405180910390fd5b6102448282610437565b5060010161016f565b5060e081015160010b15610277576040516343ea848360e01b815260076004820152602401610231565b5f5b600a60ff821610156102bb5760ff81166007146102b3576102b381838360ff16600a81106102a9576102a96107f6565b602002015161052b565b600101610279565b505050506108b1565b5f5f829050601f815111156102ee578260405163305a27a960e01b81526004016102319190610837565b80516102f98261086c565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166103a1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103593390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103a4565b505f5b92915050565b6301e133806001600160401b03821611156103e3576040516371164d0560e11b81526001600160401b0382166004820152602401610231565b600a80546001600160401b0319166001600160401b0383169081179091556040519081527f941f9e8b454d6451619c0a1910a2037c02497422290769d5551934201122ed5a9060200160405180910390a150565b8060058360ff166004811061044e5761044e6107f6565b82519101805460208085015160408087015160609788015161ffff90811666010000000000000261ffff60301b19928216640100000000029290921663ffffffff60201b19948216620100000263ffffffff199097169190981617949094179190911694909417919091179091558351908401518483015193850151925160ff8716947f7b01df7679fa8adbd98c07feedac8f0bf4987494827338ce36a4ecd95d6c5a489461051f94939261ffff948516815292841660208401529083166040830152909116606082015260800190565b60405180910390a25050565b61053482610618565b610556576040516343ea848360e01b815260ff83166004820152602401610231565b6105616103e8610892565b60010b8160010b128061057957506103e8600182900b135b1561059d57604051636b8946bb60e11b8152600182900b6004820152602401610231565b8060098360ff16600a81106105b4576105b46107f6565b601091828204019190066002026101000a81548161ffff021916908360010b61ffff1602179055508160ff167fde1d4525a0cec8d99d87fda99be96fe652039e131cbe86cd5cca3c2135bd5ca88260405161051f919060019190910b815260200190565b5f600a60ff83161080156103a4575060ff82166007141592915050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561066b5761066b610635565b60405290565b604051601f8201601f191681016001600160401b038111828210171561069957610699610635565b604052919050565b805161ffff811681146106b2575f5ffd5b919050565b5f82601f8301126106c6575f5ffd5b6101406106d281610671565b9083019080858311156106e3575f5ffd5b845b8381101561070b5780518060010b81146106fd575f5ffd5b8352602092830192016106e5565b5095945050505050565b5f5f5f6103608486031215610728575f5ffd5b83516001600160a01b038116811461073e575f5ffd5b9250603f8401851361074e575f5ffd5b608061075981610671565b8061022087018881111561076b575f5ffd5b602088015b818110156107db5784818b031215610786575f5ffd5b61078e610649565b610797826106a1565b81526107a5602083016106a1565b60208201526107b6604083016106a1565b60408201526107c7606083016106a1565b606082015284526020909301928401610770565b508195506107e989826106b7565b9450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b60ff82811682821603908111156103a4576103a461080a565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561088c575f198160200360031b1b821691505b50919050565b5f8160010b617fff1981036108a9576108a961080a565b5f0392915050565b60805160a05160c05160e051610100516101205161014051611c9a6109025f395f6112bc01525f61128c01525f61162c01525f61160401525f61155f01525f61158901525f6115b30152611c9a5ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c80638ad323aa1161012a578063c8f74bb8116100b4578063db1b9b4c11610079578063db1b9b4c14610558578063e4fe556e1461059a578063ee13046a146105a2578063fe575a87146105b5578063febc85c6146105e7575f5ffd5b8063c8f74bb8146104bc578063ca636054146104cf578063ccc5749014610529578063d547741f1461053d578063d90cdf9714610550575f5ffd5b8063a61318bc116100fa578063a61318bc14610454578063b3d2708914610467578063b3db9dff1461047a578063baaeec3614610482578063bea8658114610495575f5ffd5b80638ad323aa1461042a57806391d14854146104315780639a87d23414610444578063a217fddf1461044d575f5ffd5b80633cf9e28a116101ab57806371916b961161017b57806371916b961461039b57806375695af1146103c257806375e3661e146103d557806383bfe340146103e857806384b0196e1461040f575f5ffd5b80633cf9e28a14610336578063434b734a1461035a5780634ff2a8e11461036d5780635c4430da14610389575f5ffd5b8063248a9ca3116101f1578063248a9ca3146102bd57806327ff6223146102ed5780632f2ff15d146102f657806336331c8f1461030957806336568abe14610323575f5ffd5b806301ffc9a7146102225780630369ac911461024a578063133af456146102825780631bae184e146102a8575b5f5ffd5b6102356102303660046117e1565b6105f1565b60405190151581526020015b60405180910390f35b61025d610258366004611823565b610627565b6040805161ffff94851681529284166020840152921691810191909152606001610241565b610295610290366004611823565b610674565b60405161ffff9091168152602001610241565b6102bb6102b636600461184d565b6106b0565b005b6102df6102cb3660046118e2565b5f9081526020819052604090206001015490565b604051908152602001610241565b6102956103e881565b6102bb6103043660046118f9565b61092e565b610311600481565b60405160ff9091168152602001610241565b6102bb6103313660046118f9565b610958565b6103416301e1338081565b60405167ffffffffffffffff9091168152602001610241565b6102bb610368366004611933565b610990565b6103766103e881565b60405160019190910b8152602001610241565b600a5467ffffffffffffffff16610341565b6102df7f219c04d1726ab0fbc8548625bb986d959fece255ad389fec1f25a2aa88b1b36881565b6102bb6103d0366004611973565b610bba565b6102bb6103e3366004611823565b610c79565b6102df7f10530ae32003c524b3144e0a32eb5130234ae4124aa30acab1f65a1bf4dc2b1881565b610417610d1e565b60405161024197969594939291906119c9565b6103115f81565b61023561043f3660046118f9565b610d60565b6102956101f481565b6102df5f81565b610376610462366004611a5f565b610d88565b6102bb610475366004611a78565b610dea565b610311600681565b6102bb610490366004611ad9565b610f2f565b6102df7ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb481565b6103116104ca366004611823565b610f50565b6104e26104dd366004611a5f565b610fbc565b60405161024191905f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b6102df5f516020611c455f395f51905f5281565b6102bb61054b3660046118f9565b61106c565b610311600a81565b610341610566366004611b13565b6001600160a01b039182165f90815260046020908152604080832093909416825291909152205467ffffffffffffffff1690565b610311600781565b6102bb6105b0366004611b3b565b611090565b6102356105c3366004611823565b6001600160a01b03165f908152600360205260409020546301000000900460ff1690565b61034162278d0081565b5f6001600160e01b03198216637965db0b60e01b148061062157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f5f600561063686610f50565b60ff166004811061064957610649611b62565b015461ffff620100008204811697640100000000830482169750600160301b90920416945092505050565b6001600160a01b0381165f908152600360205260408120805462010000900460ff166106a2576101f46106a9565b805461ffff165b9392505050565b824211156106d95760405163110d194b60e01b8152600481018490526024015b60405180910390fd5b6103e861ffff8516111561070657604051634e4ea9bf60e01b815261ffff851660048201526024016106d0565b604080517f10530ae32003c524b3144e0a32eb5130234ae4124aa30acab1f65a1bf4dc2b1860208201526001600160a01b0387169181019190915261ffff85166060820152608081018490525f906107769060a001604051602081830303815290604052805190602001206110b4565b5f818152600b602052604090205490915060ff16156107ab5760405163066edd3760e11b8152600481018290526024016106d0565b5f5f6107ec8386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506110e092505050565b5090925090505f81600381111561080557610805611b76565b14158061083957506108377f219c04d1726ab0fbc8548625bb986d959fece255ad389fec1f25a2aa88b1b36883610d60565b155b156108615760405162725a2360e51b81526001600160a01b03831660048201526024016106d0565b6001600160a01b0388165f908152600360205260409020805462010000900460ff16156108ac5760405163c58ea38760e01b81526001600160a01b038a1660048201526024016106d0565b5f848152600b6020908152604091829020805460ff19166001179055825462ffffff191661ffff8b169081176201000017845582516101f48152918201526007916001600160a01b038c16917fb71dce150996493398d5d5d9268b3f9bc9f91c23e4451b3f6aacb18d0bb2e8dd910160405180910390a3505050505050505050565b5f8281526020819052604090206001015461094881611129565b6109528383611136565b50505050565b6001600160a01b03811633146109815760405163334bd91960e11b815260040160405180910390fd5b61098b82826111c5565b505050565b7ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb46109ba81611129565b6109c38261122e565b6109e5576040516343ea848360e01b815260ff831660048201526024016106d0565b5f6109ef85610674565b90508060ff84161580610a05575060ff84166006145b15610ae5576001600160a01b038087165f9081526004602090815260408083209389168352929052205467ffffffffffffffff16801580610a605750600a54610a5c9067ffffffffffffffff908116908316611b9e565b4210155b15610adf576001600160a01b038781165f908152600460209081526040808320938a16835292905220805467ffffffffffffffff19164267ffffffffffffffff16179055610adc83600960ff8816600a8110610abe57610abe611b62565b601091828204019190066002029054906101000a900460010b61124b565b91505b50610b02565b610aff8260098660ff16600a8110610abe57610abe611b62565b90505b6001600160a01b038087165f81815260036020526040808220805462ffffff191661ffff871617620100001781559051909360ff891693908a169290917f8fcf1467b9d2984cac3223a1b23b6d9d071cb8c740ab0f790326e6bc3db8ebae9190a46040805161ffff80861682528416602082015260ff8716916001600160a01b038a16917fb71dce150996493398d5d5d9268b3f9bc9f91c23e4451b3f6aacb18d0bb2e8dd910160405180910390a350505050505050565b5f516020611c455f395f51905f52610bd181611129565b6001600160a01b0383165f90815260036020526040902080546301000000900460ff1615610c1d5760405163efdfb05760e01b81526001600160a01b03851660048201526024016106d0565b805463ff000000191663010000001781556040516001600160a01b038516907f9fbb4d5515fde386b3eab545778e9ed3087a5fccac7d9bfc82ada1e26d750aa190610c6b9086815260200190565b60405180910390a250505050565b5f516020611c455f395f51905f52610c9081611129565b6001600160a01b0382165f90815260036020526040902080546301000000900460ff16610cdb57604051630bdd86cb60e11b81526001600160a01b03841660048201526024016106d0565b805463ff000000191681556040516001600160a01b038416907f7534c63860313c46c473e4e98328f37017e9674e2162faf1a3ad7a96236c3b7b905f90a2505050565b5f6060805f5f5f6060610d2f611285565b610d376112b5565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610d928261122e565b610db4576040516343ea848360e01b815260ff831660048201526024016106d0565b60098260ff16600a8110610dca57610dca611b62565b601091828204019190066002029054906101000a900460010b9050919050565b5f516020611c455f395f51905f52610e0181611129565b600460ff8716101580610e1957506103e861ffff8616115b80610e33575060ff8616158015610e33575061ffff851615155b80610e7457505f8660ff16118015610e7457506005610e53600188611bb1565b60ff1660048110610e6657610e66611b62565b015461ffff90811690861611155b80610ec057506004610e87876001611bca565b60ff16108015610ec057506005610e9f876001611bca565b60ff1660048110610eb257610eb2611b62565b015461ffff90811690861610155b15610eed57604051633881c76560e21b815260ff8716600482015261ffff861660248201526044016106d0565b610f278660405180608001604052808861ffff1681526020018761ffff1681526020018661ffff1681526020018561ffff168152506112e0565b505050505050565b5f516020611c455f395f51905f52610f4681611129565b61098b83836113d5565b5f5f610f5b83610674565b90505f610f6a60016004611bb1565b90505b60ff811615610fb3578161ffff1660058260ff1660048110610f9157610f91611b62565b015461ffff1611610fa3579392505050565b610fac81611be3565b9050610f6d565b505f9392505050565b604080516080810182525f808252602082018190529181018290526060810191909152600460ff83161061100e57604051633881c76560e21b815260ff831660048201525f60248201526044016106d0565b60058260ff166004811061102457611024611b62565b60408051608081018252929091015461ffff8082168452620100008204811660208501526401000000008204811692840192909252600160301b900416606082015292915050565b5f8281526020819052604090206001015461108681611129565b61095283836111c5565b5f516020611c455f395f51905f526110a781611129565b6110b0826114c2565b5050565b5f6106216110c0611553565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103611117576020840151604085015160608601515f1a6111098882858561167c565b955095509550505050611122565b505081515f91506002905b9250925092565b6111338133611744565b50565b5f6111418383610d60565b6111be575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111763390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610621565b505f610621565b5f6111d08383610d60565b156111be575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610621565b5f600a60ff8316108015610621575060ff82166007141592915050565b5f8061125f600184900b61ffff8616611bfe565b90506103e88112611275576103e8915050610621565b5f81136106a9575f915050610621565b60606112b07f000000000000000000000000000000000000000000000000000000000000000061177d565b905090565b60606112b07f000000000000000000000000000000000000000000000000000000000000000061177d565b8060058360ff16600481106112f7576112f7611b62565b82519101805460208085015160408087015160609788015161ffff908116600160301b0267ffff00000000000019928216640100000000029290921667ffffffff0000000019948216620100000263ffffffff199097169190981617949094179190911694909417919091179091558351908401518483015193850151925160ff8716947f7b01df7679fa8adbd98c07feedac8f0bf4987494827338ce36a4ecd95d6c5a48946113c994939261ffff948516815292841660208401529083166040830152909116606082015260800190565b60405180910390a25050565b6113de8261122e565b611400576040516343ea848360e01b815260ff831660048201526024016106d0565b61140b6103e8611c25565b60010b8160010b128061142357506103e8600182900b135b1561144757604051636b8946bb60e11b8152600182900b60048201526024016106d0565b8060098360ff16600a811061145e5761145e611b62565b601091828204019190066002026101000a81548161ffff021916908360010b61ffff1602179055508160ff167fde1d4525a0cec8d99d87fda99be96fe652039e131cbe86cd5cca3c2135bd5ca8826040516113c9919060019190910b815260200190565b6301e1338067ffffffffffffffff821611156114fd576040516371164d0560e11b815267ffffffffffffffff821660048201526024016106d0565b600a805467ffffffffffffffff191667ffffffffffffffff83169081179091556040519081527f941f9e8b454d6451619c0a1910a2037c02497422290769d5551934201122ed5a9060200160405180910390a150565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156115ab57507f000000000000000000000000000000000000000000000000000000000000000046145b156115d557507f000000000000000000000000000000000000000000000000000000000000000090565b6112b0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156116b557505f9150600390508261173a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611706573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661173157505f92506001915082905061173a565b92505f91508190505b9450945094915050565b61174e8282610d60565b6110b05760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106d0565b60605f611789836117ba565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561062157604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156117f1575f5ffd5b81356001600160e01b0319811681146106a9575f5ffd5b80356001600160a01b038116811461181e575f5ffd5b919050565b5f60208284031215611833575f5ffd5b6106a982611808565b803561ffff8116811461181e575f5ffd5b5f5f5f5f5f60808688031215611861575f5ffd5b61186a86611808565b94506118786020870161183c565b935060408601359250606086013567ffffffffffffffff81111561189a575f5ffd5b8601601f810188136118aa575f5ffd5b803567ffffffffffffffff8111156118c0575f5ffd5b8860208284010111156118d1575f5ffd5b959894975092955050506020019190565b5f602082840312156118f2575f5ffd5b5035919050565b5f5f6040838503121561190a575f5ffd5b8235915061191a60208401611808565b90509250929050565b803560ff8116811461181e575f5ffd5b5f5f5f60608486031215611945575f5ffd5b61194e84611808565b925061195c60208501611808565b915061196a60408501611923565b90509250925092565b5f5f60408385031215611984575f5ffd5b61198d83611808565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6119e760e083018961199b565b82810360408401526119f9818961199b565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611a4e578351835260209384019390920191600101611a30565b50909b9a5050505050505050505050565b5f60208284031215611a6f575f5ffd5b6106a982611923565b5f5f5f5f5f60a08688031215611a8c575f5ffd5b611a9586611923565b9450611aa36020870161183c565b9350611ab16040870161183c565b9250611abf6060870161183c565b9150611acd6080870161183c565b90509295509295909350565b5f5f60408385031215611aea575f5ffd5b611af383611923565b915060208301358060010b8114611b08575f5ffd5b809150509250929050565b5f5f60408385031215611b24575f5ffd5b611b2d83611808565b915061191a60208401611808565b5f60208284031215611b4b575f5ffd5b813567ffffffffffffffff811681146106a9575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561062157610621611b8a565b60ff828116828216039081111561062157610621611b8a565b60ff818116838216019081111561062157610621611b8a565b5f60ff821680611bf557611bf5611b8a565b5f190192915050565b8082018281125f831280158216821582161715611c1d57611c1d611b8a565b505092915050565b5f8160010b617fff198103611c3c57611c3c611b8a565b5f039291505056fe7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55a264697066735822122003830276e5573d4c807befb4ccf8730081a6b40ec9da1dd6c4c8c3fee4769fd864736f6c63430008250033",
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
// Solidity: constructor(address admin, (uint16,uint16,uint16,uint16)[4] tiers, int16[10] deltas) returns()
func (creditRegistry *CreditRegistry) PackConstructor(admin common.Address, tiers [4]ICreditRegistryTier, deltas [10]int16) []byte {
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

// PackDEFAULTPAIRCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfebc85c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) PackDEFAULTPAIRCOOLDOWN() []byte {
	enc, err := creditRegistry.abi.Pack("DEFAULT_PAIR_COOLDOWN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPAIRCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfebc85c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) TryPackDEFAULTPAIRCOOLDOWN() ([]byte, error) {
	return creditRegistry.abi.Pack("DEFAULT_PAIR_COOLDOWN")
}

// UnpackDEFAULTPAIRCOOLDOWN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfebc85c6.
//
// Solidity: function DEFAULT_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) UnpackDEFAULTPAIRCOOLDOWN(data []byte) (uint64, error) {
	out, err := creditRegistry.abi.Unpack("DEFAULT_PAIR_COOLDOWN", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackMAXPAIRCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cf9e28a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) PackMAXPAIRCOOLDOWN() []byte {
	enc, err := creditRegistry.abi.Pack("MAX_PAIR_COOLDOWN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPAIRCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cf9e28a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) TryPackMAXPAIRCOOLDOWN() ([]byte, error) {
	return creditRegistry.abi.Pack("MAX_PAIR_COOLDOWN")
}

// UnpackMAXPAIRCOOLDOWN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cf9e28a.
//
// Solidity: function MAX_PAIR_COOLDOWN() view returns(uint64)
func (creditRegistry *CreditRegistry) UnpackMAXPAIRCOOLDOWN(data []byte) (uint64, error) {
	out, err := creditRegistry.abi.Unpack("MAX_PAIR_COOLDOWN", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackOUTCOMEASSETCONFIRMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3db9dff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTCOME_ASSET_CONFIRMED() view returns(uint8)
func (creditRegistry *CreditRegistry) PackOUTCOMEASSETCONFIRMED() []byte {
	enc, err := creditRegistry.abi.Pack("OUTCOME_ASSET_CONFIRMED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTCOMEASSETCONFIRMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3db9dff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTCOME_ASSET_CONFIRMED() view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackOUTCOMEASSETCONFIRMED() ([]byte, error) {
	return creditRegistry.abi.Pack("OUTCOME_ASSET_CONFIRMED")
}

// UnpackOUTCOMEASSETCONFIRMED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3db9dff.
//
// Solidity: function OUTCOME_ASSET_CONFIRMED() view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackOUTCOMEASSETCONFIRMED(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("OUTCOME_ASSET_CONFIRMED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackOUTCOMECOMPLETEDONTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad323aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTCOME_COMPLETED_ON_TIME() view returns(uint8)
func (creditRegistry *CreditRegistry) PackOUTCOMECOMPLETEDONTIME() []byte {
	enc, err := creditRegistry.abi.Pack("OUTCOME_COMPLETED_ON_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTCOMECOMPLETEDONTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad323aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTCOME_COMPLETED_ON_TIME() view returns(uint8)
func (creditRegistry *CreditRegistry) TryPackOUTCOMECOMPLETEDONTIME() ([]byte, error) {
	return creditRegistry.abi.Pack("OUTCOME_COMPLETED_ON_TIME")
}

// UnpackOUTCOMECOMPLETEDONTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ad323aa.
//
// Solidity: function OUTCOME_COMPLETED_ON_TIME() view returns(uint8)
func (creditRegistry *CreditRegistry) UnpackOUTCOMECOMPLETEDONTIME(data []byte) (uint8, error) {
	out, err := creditRegistry.abi.Unpack("OUTCOME_COMPLETED_ON_TIME", data)
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

// PackPairAppliedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1b9b4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pairAppliedAt(address account, address counterparty) view returns(uint64)
func (creditRegistry *CreditRegistry) PackPairAppliedAt(account common.Address, counterparty common.Address) []byte {
	enc, err := creditRegistry.abi.Pack("pairAppliedAt", account, counterparty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPairAppliedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1b9b4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pairAppliedAt(address account, address counterparty) view returns(uint64)
func (creditRegistry *CreditRegistry) TryPackPairAppliedAt(account common.Address, counterparty common.Address) ([]byte, error) {
	return creditRegistry.abi.Pack("pairAppliedAt", account, counterparty)
}

// UnpackPairAppliedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1b9b4c.
//
// Solidity: function pairAppliedAt(address account, address counterparty) view returns(uint64)
func (creditRegistry *CreditRegistry) UnpackPairAppliedAt(data []byte) (uint64, error) {
	out, err := creditRegistry.abi.Unpack("pairAppliedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPairCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4430da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pairCooldown() view returns(uint64)
func (creditRegistry *CreditRegistry) PackPairCooldown() []byte {
	enc, err := creditRegistry.abi.Pack("pairCooldown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPairCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4430da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pairCooldown() view returns(uint64)
func (creditRegistry *CreditRegistry) TryPackPairCooldown() ([]byte, error) {
	return creditRegistry.abi.Pack("pairCooldown")
}

// UnpackPairCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c4430da.
//
// Solidity: function pairCooldown() view returns(uint64)
func (creditRegistry *CreditRegistry) UnpackPairCooldown(data []byte) (uint64, error) {
	out, err := creditRegistry.abi.Unpack("pairCooldown", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x434b734a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordOutcome(address account, address counterparty, uint8 outcome) returns()
func (creditRegistry *CreditRegistry) PackRecordOutcome(account common.Address, counterparty common.Address, outcome uint8) []byte {
	enc, err := creditRegistry.abi.Pack("recordOutcome", account, counterparty, outcome)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x434b734a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordOutcome(address account, address counterparty, uint8 outcome) returns()
func (creditRegistry *CreditRegistry) TryPackRecordOutcome(account common.Address, counterparty common.Address, outcome uint8) ([]byte, error) {
	return creditRegistry.abi.Pack("recordOutcome", account, counterparty, outcome)
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

// PackSetPairCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee13046a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPairCooldown(uint64 cooldown) returns()
func (creditRegistry *CreditRegistry) PackSetPairCooldown(cooldown uint64) []byte {
	enc, err := creditRegistry.abi.Pack("setPairCooldown", cooldown)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPairCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee13046a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPairCooldown(uint64 cooldown) returns()
func (creditRegistry *CreditRegistry) TryPackSetPairCooldown(cooldown uint64) ([]byte, error) {
	return creditRegistry.abi.Pack("setPairCooldown", cooldown)
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

// CreditRegistryNewcomerScoreSet represents a NewcomerScoreSet event raised by the CreditRegistry contract.
type CreditRegistryNewcomerScoreSet struct {
	Score uint16
	Raw   *types.Log // Blockchain specific contextual infos
}

const CreditRegistryNewcomerScoreSetEventName = "NewcomerScoreSet"

// ContractEventName returns the user-defined event name.
func (CreditRegistryNewcomerScoreSet) ContractEventName() string {
	return CreditRegistryNewcomerScoreSetEventName
}

// UnpackNewcomerScoreSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewcomerScoreSet(uint16 score)
func (creditRegistry *CreditRegistry) UnpackNewcomerScoreSetEvent(log *types.Log) (*CreditRegistryNewcomerScoreSet, error) {
	event := "NewcomerScoreSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryNewcomerScoreSet)
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

// CreditRegistryOutcomeRecorded represents a OutcomeRecorded event raised by the CreditRegistry contract.
type CreditRegistryOutcomeRecorded struct {
	Account      common.Address
	Counterparty common.Address
	Outcome      uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const CreditRegistryOutcomeRecordedEventName = "OutcomeRecorded"

// ContractEventName returns the user-defined event name.
func (CreditRegistryOutcomeRecorded) ContractEventName() string {
	return CreditRegistryOutcomeRecordedEventName
}

// UnpackOutcomeRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutcomeRecorded(address indexed account, address indexed counterparty, uint8 indexed outcome)
func (creditRegistry *CreditRegistry) UnpackOutcomeRecordedEvent(log *types.Log) (*CreditRegistryOutcomeRecorded, error) {
	event := "OutcomeRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryOutcomeRecorded)
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

// CreditRegistryPairCooldownSet represents a PairCooldownSet event raised by the CreditRegistry contract.
type CreditRegistryPairCooldownSet struct {
	Cooldown uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const CreditRegistryPairCooldownSetEventName = "PairCooldownSet"

// ContractEventName returns the user-defined event name.
func (CreditRegistryPairCooldownSet) ContractEventName() string {
	return CreditRegistryPairCooldownSetEventName
}

// UnpackPairCooldownSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PairCooldownSet(uint64 cooldown)
func (creditRegistry *CreditRegistry) UnpackPairCooldownSetEvent(log *types.Log) (*CreditRegistryPairCooldownSet, error) {
	event := "PairCooldownSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != creditRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CreditRegistryPairCooldownSet)
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
	if bytes.Equal(raw[:4], creditRegistry.abi.Errors["CreditInvalidPairCooldown"].ID.Bytes()[:4]) {
		return creditRegistry.UnpackCreditInvalidPairCooldownError(raw[4:])
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

// CreditRegistryCreditInvalidPairCooldown represents a CreditInvalidPairCooldown error raised by the CreditRegistry contract.
type CreditRegistryCreditInvalidPairCooldown struct {
	Cooldown uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditInvalidPairCooldown(uint64 cooldown)
func CreditRegistryCreditInvalidPairCooldownErrorID() common.Hash {
	return common.HexToHash("0xe22c9a0a14caa84f3bddb0248a7dcac8ad761e3e28479fabc40189f72310e7dd")
}

// UnpackCreditInvalidPairCooldownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditInvalidPairCooldown(uint64 cooldown)
func (creditRegistry *CreditRegistry) UnpackCreditInvalidPairCooldownError(raw []byte) (*CreditRegistryCreditInvalidPairCooldown, error) {
	out := new(CreditRegistryCreditInvalidPairCooldown)
	if err := creditRegistry.abi.UnpackIntoInterface(out, "CreditInvalidPairCooldown", raw); err != nil {
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
