// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package arbitration

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

// IArbitrationDispute is an auto generated low-level Go binding around an user-defined struct.
type IArbitrationDispute struct {
	RentalId       *big.Int
	Opener         common.Address
	Renter         common.Address
	Provider       common.Address
	VotingDeadline uint64
	Quorum         uint16
	Executed       bool
	Ruling         uint16
}

// ArbitrationMetaData contains all meta data concerning the Arbitration contract.
var ArbitrationMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"escrow_\",\"type\":\"address\",\"internalType\":\"contractIPledgeEscrow\"},{\"name\":\"credit\",\"type\":\"address\",\"internalType\":\"contractICreditRegistry\"},{\"name\":\"quorum_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"votingPeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VOTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NEUTRAL_SHARE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createDispute\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeOf\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"escrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIArbitration.Dispute\",\"components\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"renter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votingDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"executed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"ruling\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPanel\",\"inputs\":[{\"name\":\"quorum_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"votingPeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitEvidence\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"vote\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"votesOf\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16[]\",\"internalType\":\"uint16[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"DisputeCreated\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"rentalId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"renter\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"votingDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Evidence\",\"inputs\":[{\"name\":\"arbitrator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidenceGroupID\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"party\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidence\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PanelSet\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"votingPeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Ruling\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Voted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"arbiter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyExecuted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ArbitrationAlreadyVoted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"arbiter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ArbitrationInvalidPanel\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"votingPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ArbitrationInvalidShare\",\"inputs\":[{\"name\":\"providerShareBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"ArbitrationNotExecutable\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"votes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"ArbitrationNotParty\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ArbitrationPartyCannotVote\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ArbitrationRentalDisputed\",\"inputs\":[{\"name\":\"rentalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ArbitrationTooManyVotes\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ArbitrationUnknownDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ArbitrationVotingClosed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"votingDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ArbitrationZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotArbiter\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlyEscrow\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]}]",
	ID:  "Arbitration",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611a9f380380611a9f83398101604081905261002e91610226565b6001600160a01b038416158061004b57506001600160a01b038316155b156100695760405163c70021c960e01b815260040160405180910390fd5b6001600160a01b03808516608052831660a0526100865f8661009b565b506100918282610144565b50505050506102a8565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661013b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100f33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161013e565b505f5b92915050565b61ffff821615806101595750601f61ffff8316115b8061016b57506001600160401b038116155b156101a25760405163cd796fc560e01b815261ffff831660048201526001600160401b038216602482015260440160405180910390fd5b6001805461ffff84166001600160501b03199091168117620100006001600160401b038516908102919091179092556040805191825260208201929092527fa496fb8c3ee2da8cbcc78718be1098f2455b498a02d6748a1f5990188024703d910160405180910390a15050565b6001600160a01b0381168114610223575f5ffd5b50565b5f5f5f5f5f60a0868803121561023a575f5ffd5b85516102458161020f565b60208701519095506102568161020f565b60408701519094506102678161020f565b606087015190935061ffff8116811461027e575f5ffd5b60808701519092506001600160401b038116811461029a575f5ffd5b809150509295509295909350565b60805160a0516117c16102de5f395f8181610e4b0152610eff01525f818161037b015281816109270152610dcd01526117c15ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c8063a217fddf116100bf578063ccc5749011610079578063ccc5749014610334578063d547741f1461035b578063e2fdcc171461036e578063e3a96cbd146103a5578063fb3031d214610498578063fe0d94c1146104a1575f5ffd5b8063a217fddf146102cd578063a28889e1146102d4578063a6a7f0eb146102dc578063b1eb0fb7146102ef578063b761d5031461030e578063cbe4d3b614610321575f5ffd5b806336568abe1161011057806336568abe1461021557806343859632146102285780634d104adf146102605780636530735e1461028757806391d14854146102a75780639ff898b4146102ba575f5ffd5b806301ffc9a71461015757806302a251a31461017f57806305b0baa8146101a95780631703a018146101c4578063248a9ca3146101d05780632f2ff15d14610200575b5f5ffd5b61016a61016536600461141f565b6104b4565b60405190151581526020015b60405180910390f35b6001546201000090046001600160401b03166040516001600160401b039091168152602001610176565b6101b1601f81565b60405161ffff9091168152602001610176565b60015461ffff166101b1565b6101f26101de36600461144d565b5f9081526020819052604090206001015490565b604051908152602001610176565b61021361020e36600461147a565b6104ea565b005b61021361022336600461147a565b610514565b61016a61023636600461147a565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6101f27fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b61029a61029536600461144d565b61054c565b60405161017691906114a4565b61016a6102b536600461147a565b6105d2565b6102136102c83660046114fb565b6105fa565b6101f25f81565b6002546101f2565b6102136102ea36600461151c565b610835565b6101f26102fd36600461144d565b5f9081526006602052604090205490565b61021361031c366004611591565b6108e7565b6101f261032f3660046115d1565b61091b565b6101f27f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61021361036936600461147a565b610c0c565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610176565b61048b6103b336600461144d565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f908152600360208181526040928390208351610100810185528154815260018201546001600160a01b03908116938201939093526002820154831694810194909452918201549081166060840152600160a01b81046001600160401b03166080840152600160e01b810461ffff90811660a0850152600160f01b90910460ff16151560c08401526004909101541660e082015290565b604051610176919061161b565b6101b161138881565b6102136104af36600461144d565b610c30565b5f6001600160e01b03198216637965db0b60e01b14806104e457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461050481610faf565b61050e8383610fb9565b50505050565b6001600160a01b038116331461053d5760405163334bd91960e11b815260040160405180910390fd5b6105478282611048565b505050565b5f818152600460209081526040918290208054835181840281018401909452808452606093928301828280156105c657602002820191905f5260205f20905f905b82829054906101000a900461ffff1661ffff168152602001906002019060208260010104928301926001038202915080841161058d5790505b50505050509050919050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6106247fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae336105d2565b610648576040516339063ae160e11b81523360048201526024015b60405180910390fd5b5f610652836110b1565b60028101549091506001600160a01b031633148061067c575060038101546001600160a01b031633145b156106a35760405163103bee5560e31b81526004810184905233602482015260440161063f565b6003810154600160a01b90046001600160401b03164211156106f657600381015460405163106acddf60e21b815260048101859052600160a01b9091046001600160401b0316602482015260440161063f565b5f83815260056020908152604080832033845290915290205460ff161561073957604051633f00d2bf60e01b81526004810184905233602482015260440161063f565b6127108261ffff1611156107655760405162ca86b560e41b815261ffff8316600482015260240161063f565b5f8381526004602052604090208054601f1161079e57604051630728beb160e21b815260048101859052601f602482015260440161063f565b5f84815260056020908152604080832033808552908352818420805460ff1916600190811790915585549081018655858552938390206010850401805461ffff8981166002600f909816979097026101000a87810291021990911617905590519283529186917fa9a5470ebf57f1c8a8d94e3d90a9bd01e6c1f9bc7976429b8843705605a10195910160405180910390a350505050565b5f61083f846110b1565b60028101549091506001600160a01b0316331480159061086c575060038101546001600160a01b03163314155b156108935760405163048d225760e41b81526004810185905233602482015260440161063f565b336001600160a01b031684306001600160a01b03167fdccf2f8b2cc26eafcd61905cba744cff4b81d14740725f6376390dc6298a6a3c86866040516108d99291906116b7565b60405180910390a450505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561091181610faf565b610547838361112e565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109675760405163bc552e7760e01b815233600482015260240161063f565b5f85815260066020526040902054801561099e57604051634b02e87b60e01b8152600481018790526024810182905260440161063f565b60025f81546109ac906116f9565b91829055506001549092505f906109d2906201000090046001600160401b031642611711565b9050604051806101000160405280888152602001876001600160a01b03168152602001866001600160a01b03168152602001856001600160a01b03168152602001826001600160401b0316815260200160015f9054906101000a900461ffff1661ffff1681526020015f151581526020015f61ffff1681525060035f8581526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506040820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506060820151816003015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160030160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a082015181600301601c6101000a81548161ffff021916908361ffff16021790555060c082015181600301601e6101000a81548160ff02191690831515021790555060e0820151816004015f6101000a81548161ffff021916908361ffff1602179055509050508260065f8981526020019081526020015f2081905550856001600160a01b031687847f86c39fc7b918417926fcf37b816d722f27ca21c9bdb2cc1f2ff601a2485ea5b9888886604051610bfa939291906001600160a01b0393841681529190921660208201526001600160401b0391909116604082015260600190565b60405180910390a45050949350505050565b5f82815260208190526040902060010154610c2681610faf565b61050e8383611048565b610c386111f8565b5f610c42826110b1565b5f83815260046020908152604080832080548251818502810185019093528083529495509293909291830182828015610cbf57602002820191905f5260205f20905f905b82829054906101000a900461ffff1661ffff1681526020019060020190602082600101049283019260010382029150808411610c865790505b5050505060038401548251929350600160e01b900461ffff1690911090508015610cfd57506003820154600160a01b90046001600160401b03164211155b15610d3d57805160038301546040516328550ce760e01b8152600481018690526024810192909252600160e01b900461ffff16604482015260640161063f565b5f610d478261122f565b60038401805460ff60f01b1916600160f01b17905560048401805461ffff831661ffff19909116811790915560405190815290915084907f78f5c21c55f3863380d0e60cdc3ed22288c77cf78702165b7f37e252cd3602339060200160405180910390a28254604051623f9ebf60e91b8152600481019190915261ffff821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637f3d7e00906044015f604051808303815f87803b158015610e16575f5ffd5b505af1158015610e28573d5f5f3e3d5ffd5b5050506003840154600285015461138861ffff8516101592506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263434b734a92908216911684610e84576005610e87565b60045b6040516001600160e01b031960e086901b1681526001600160a01b03938416600482015292909116602483015260ff1660448201526064015f604051808303815f87803b158015610ed6575f5ffd5b505af1158015610ee8573d5f5f3e3d5ffd5b505050600285015460038601546001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116935063434b734a928116911684610f38576004610f3b565b60055b6040516001600160e01b031960e086901b1681526001600160a01b03938416600482015292909116602483015260ff1660448201526064015f604051808303815f87803b158015610f8a575f5ffd5b505af1158015610f9c573d5f5f3e3d5ffd5b5050505050505050610fac611371565b50565b610fac813361139b565b5f610fc483836105d2565b611041575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ff93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104e4565b505f6104e4565b5f61105383836105d2565b15611041575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104e4565b5f8181526003602081905260408220908101549091600160a01b9091046001600160401b031690036110f957604051631998fb9360e11b81526004810183905260240161063f565b6003810154600160f01b900460ff161561112957604051636a64e96160e01b81526004810183905260240161063f565b919050565b61ffff821615806111435750601f61ffff8316115b8061115557506001600160401b038116155b156111885760405163cd796fc560e01b815261ffff831660048201526001600160401b038216602482015260440161063f565b6001805461ffff841669ffffffffffffffffffff199091168117620100006001600160401b038516908102919091179092556040805191825260208201929092527fa496fb8c3ee2da8cbcc78718be1098f2455b498a02d6748a1f5990188024703d910160405180910390a15050565b6112006113d8565b61122d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611418565b565b80515f90808203611244575061138892915050565b60015b81811015611338575f84828151811061126257611262611730565b602002602001015190505f8290505b5f811180156112aa575061ffff82168661128c600184611744565b8151811061129c5761129c611730565b602002602001015161ffff16115b1561130857856112bb600183611744565b815181106112cb576112cb611730565b60200260200101518682815181106112e5576112e5611730565b61ffff9092166020928302919091019091015261130181611757565b9050611271565b8186828151811061131b5761131b611730565b61ffff909216602092830291909101909101525050600101611247565b50826002611347600184611744565b611351919061176c565b8151811061136157611361611730565b6020026020010151915050919050565b61122d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611227565b6113a582826105d2565b6113d45760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161063f565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561122d57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6020828403121561142f575f5ffd5b81356001600160e01b031981168114611446575f5ffd5b9392505050565b5f6020828403121561145d575f5ffd5b5035919050565b80356001600160a01b0381168114611129575f5ffd5b5f5f6040838503121561148b575f5ffd5b8235915061149b60208401611464565b90509250929050565b602080825282518282018190525f918401906040840190835b818110156114df57835161ffff168352602093840193909201916001016114bd565b509095945050505050565b803561ffff81168114611129575f5ffd5b5f5f6040838503121561150c575f5ffd5b8235915061149b602084016114ea565b5f5f5f6040848603121561152e575f5ffd5b8335925060208401356001600160401b0381111561154a575f5ffd5b8401601f8101861361155a575f5ffd5b80356001600160401b0381111561156f575f5ffd5b866020828401011115611580575f5ffd5b939660209190910195509293505050565b5f5f604083850312156115a2575f5ffd5b6115ab836114ea565b915060208301356001600160401b03811681146115c6575f5ffd5b809150509250929050565b5f5f5f5f608085870312156115e4575f5ffd5b843593506115f460208601611464565b925061160260408601611464565b915061161060608601611464565b905092959194509250565b815181526020808301516001600160a01b039081169183019190915260408084015182169083015260608084015190911690820152608080830151610100830191611670908401826001600160401b03169052565b5060a083015161168660a084018261ffff169052565b5060c083015161169a60c084018215159052565b5060e08301516116b060e084018261ffff169052565b5092915050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161170a5761170a6116e5565b5060010190565b6001600160401b0381811683821601908111156104e4576104e46116e5565b634e487b7160e01b5f52603260045260245ffd5b818103818111156104e4576104e46116e5565b5f81611765576117656116e5565b505f190190565b5f8261178657634e487b7160e01b5f52601260045260245ffd5b50049056fea264697066735822122009a39a96489a2b33561308236a5f79eeeeb177cf20e033e107a3d7a11d17bb4664736f6c63430008250033",
}

// Arbitration is an auto generated Go binding around an Ethereum contract.
type Arbitration struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Arbitration) GetABI() abi.ABI {
	return c.abi
}

// NewArbitration creates a new instance of Arbitration.
func NewArbitration() *Arbitration {
	parsed, err := ArbitrationMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Arbitration{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Arbitration) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address escrow_, address credit, uint16 quorum_, uint64 votingPeriod_) returns()
func (arbitration *Arbitration) PackConstructor(admin common.Address, escrow_ common.Address, credit common.Address, quorum_ uint16, votingPeriod_ uint64) []byte {
	enc, err := arbitration.abi.Pack("", admin, escrow_, credit, quorum_, votingPeriod_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (arbitration *Arbitration) PackARBITERROLE() []byte {
	enc, err := arbitration.abi.Pack("ARBITER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (arbitration *Arbitration) TryPackARBITERROLE() ([]byte, error) {
	return arbitration.abi.Pack("ARBITER_ROLE")
}

// UnpackARBITERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d104adf.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (arbitration *Arbitration) UnpackARBITERROLE(data []byte) ([32]byte, error) {
	out, err := arbitration.abi.Unpack("ARBITER_ROLE", data)
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
func (arbitration *Arbitration) PackDEFAULTADMINROLE() []byte {
	enc, err := arbitration.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (arbitration *Arbitration) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return arbitration.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (arbitration *Arbitration) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := arbitration.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (arbitration *Arbitration) PackGOVERNORROLE() []byte {
	enc, err := arbitration.abi.Pack("GOVERNOR_ROLE")
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
func (arbitration *Arbitration) TryPackGOVERNORROLE() ([]byte, error) {
	return arbitration.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (arbitration *Arbitration) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := arbitration.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXVOTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b0baa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VOTES() view returns(uint16)
func (arbitration *Arbitration) PackMAXVOTES() []byte {
	enc, err := arbitration.abi.Pack("MAX_VOTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVOTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05b0baa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VOTES() view returns(uint16)
func (arbitration *Arbitration) TryPackMAXVOTES() ([]byte, error) {
	return arbitration.abi.Pack("MAX_VOTES")
}

// UnpackMAXVOTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05b0baa8.
//
// Solidity: function MAX_VOTES() view returns(uint16)
func (arbitration *Arbitration) UnpackMAXVOTES(data []byte) (uint16, error) {
	out, err := arbitration.abi.Unpack("MAX_VOTES", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNEUTRALSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb3031d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NEUTRAL_SHARE_BPS() view returns(uint16)
func (arbitration *Arbitration) PackNEUTRALSHAREBPS() []byte {
	enc, err := arbitration.abi.Pack("NEUTRAL_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNEUTRALSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb3031d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NEUTRAL_SHARE_BPS() view returns(uint16)
func (arbitration *Arbitration) TryPackNEUTRALSHAREBPS() ([]byte, error) {
	return arbitration.abi.Pack("NEUTRAL_SHARE_BPS")
}

// UnpackNEUTRALSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb3031d2.
//
// Solidity: function NEUTRAL_SHARE_BPS() view returns(uint16)
func (arbitration *Arbitration) UnpackNEUTRALSHAREBPS(data []byte) (uint16, error) {
	out, err := arbitration.abi.Unpack("NEUTRAL_SHARE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCreateDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe4d3b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDispute(uint256 rentalId, address opener, address renter, address provider) returns(uint256 disputeId)
func (arbitration *Arbitration) PackCreateDispute(rentalId *big.Int, opener common.Address, renter common.Address, provider common.Address) []byte {
	enc, err := arbitration.abi.Pack("createDispute", rentalId, opener, renter, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe4d3b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDispute(uint256 rentalId, address opener, address renter, address provider) returns(uint256 disputeId)
func (arbitration *Arbitration) TryPackCreateDispute(rentalId *big.Int, opener common.Address, renter common.Address, provider common.Address) ([]byte, error) {
	return arbitration.abi.Pack("createDispute", rentalId, opener, renter, provider)
}

// UnpackCreateDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbe4d3b6.
//
// Solidity: function createDispute(uint256 rentalId, address opener, address renter, address provider) returns(uint256 disputeId)
func (arbitration *Arbitration) UnpackCreateDispute(data []byte) (*big.Int, error) {
	out, err := arbitration.abi.Unpack("createDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (arbitration *Arbitration) PackDisputeCount() []byte {
	enc, err := arbitration.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (arbitration *Arbitration) TryPackDisputeCount() ([]byte, error) {
	return arbitration.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (arbitration *Arbitration) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := arbitration.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOf(uint256 rentalId) view returns(uint256)
func (arbitration *Arbitration) PackDisputeOf(rentalId *big.Int) []byte {
	enc, err := arbitration.abi.Pack("disputeOf", rentalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1eb0fb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOf(uint256 rentalId) view returns(uint256)
func (arbitration *Arbitration) TryPackDisputeOf(rentalId *big.Int) ([]byte, error) {
	return arbitration.abi.Pack("disputeOf", rentalId)
}

// UnpackDisputeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1eb0fb7.
//
// Solidity: function disputeOf(uint256 rentalId) view returns(uint256)
func (arbitration *Arbitration) UnpackDisputeOf(data []byte) (*big.Int, error) {
	out, err := arbitration.abi.Unpack("disputeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (arbitration *Arbitration) PackEscrow() []byte {
	enc, err := arbitration.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (arbitration *Arbitration) TryPackEscrow() ([]byte, error) {
	return arbitration.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (arbitration *Arbitration) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := arbitration.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 disputeId) returns()
func (arbitration *Arbitration) PackExecute(disputeId *big.Int) []byte {
	enc, err := arbitration.abi.Pack("execute", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 disputeId) returns()
func (arbitration *Arbitration) TryPackExecute(disputeId *big.Int) ([]byte, error) {
	return arbitration.abi.Pack("execute", disputeId)
}

// PackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispute(uint256 disputeId) view returns((uint256,address,address,address,uint64,uint16,bool,uint16))
func (arbitration *Arbitration) PackGetDispute(disputeId *big.Int) []byte {
	enc, err := arbitration.abi.Pack("getDispute", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDispute(uint256 disputeId) view returns((uint256,address,address,address,uint64,uint16,bool,uint16))
func (arbitration *Arbitration) TryPackGetDispute(disputeId *big.Int) ([]byte, error) {
	return arbitration.abi.Pack("getDispute", disputeId)
}

// UnpackGetDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3a96cbd.
//
// Solidity: function getDispute(uint256 disputeId) view returns((uint256,address,address,address,uint64,uint16,bool,uint16))
func (arbitration *Arbitration) UnpackGetDispute(data []byte) (IArbitrationDispute, error) {
	out, err := arbitration.abi.Unpack("getDispute", data)
	if err != nil {
		return *new(IArbitrationDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(IArbitrationDispute)).(*IArbitrationDispute)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (arbitration *Arbitration) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := arbitration.abi.Pack("getRoleAdmin", role)
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
func (arbitration *Arbitration) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return arbitration.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (arbitration *Arbitration) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := arbitration.abi.Unpack("getRoleAdmin", data)
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
func (arbitration *Arbitration) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := arbitration.abi.Pack("grantRole", role, account)
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
func (arbitration *Arbitration) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return arbitration.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (arbitration *Arbitration) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := arbitration.abi.Pack("hasRole", role, account)
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
func (arbitration *Arbitration) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return arbitration.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (arbitration *Arbitration) UnpackHasRole(data []byte) (bool, error) {
	out, err := arbitration.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 disputeId, address arbiter) view returns(bool)
func (arbitration *Arbitration) PackHasVoted(disputeId *big.Int, arbiter common.Address) []byte {
	enc, err := arbitration.abi.Pack("hasVoted", disputeId, arbiter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 disputeId, address arbiter) view returns(bool)
func (arbitration *Arbitration) TryPackHasVoted(disputeId *big.Int, arbiter common.Address) ([]byte, error) {
	return arbitration.abi.Pack("hasVoted", disputeId, arbiter)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 disputeId, address arbiter) view returns(bool)
func (arbitration *Arbitration) UnpackHasVoted(data []byte) (bool, error) {
	out, err := arbitration.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint16)
func (arbitration *Arbitration) PackQuorum() []byte {
	enc, err := arbitration.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint16)
func (arbitration *Arbitration) TryPackQuorum() ([]byte, error) {
	return arbitration.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint16)
func (arbitration *Arbitration) UnpackQuorum(data []byte) (uint16, error) {
	out, err := arbitration.abi.Unpack("quorum", data)
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
func (arbitration *Arbitration) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := arbitration.abi.Pack("renounceRole", role, callerConfirmation)
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
func (arbitration *Arbitration) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return arbitration.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (arbitration *Arbitration) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := arbitration.abi.Pack("revokeRole", role, account)
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
func (arbitration *Arbitration) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return arbitration.abi.Pack("revokeRole", role, account)
}

// PackSetPanel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb761d503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPanel(uint16 quorum_, uint64 votingPeriod_) returns()
func (arbitration *Arbitration) PackSetPanel(quorum uint16, votingPeriod uint64) []byte {
	enc, err := arbitration.abi.Pack("setPanel", quorum, votingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPanel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb761d503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPanel(uint16 quorum_, uint64 votingPeriod_) returns()
func (arbitration *Arbitration) TryPackSetPanel(quorum uint16, votingPeriod uint64) ([]byte, error) {
	return arbitration.abi.Pack("setPanel", quorum, votingPeriod)
}

// PackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6a7f0eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitEvidence(uint256 disputeId, string uri) returns()
func (arbitration *Arbitration) PackSubmitEvidence(disputeId *big.Int, uri string) []byte {
	enc, err := arbitration.abi.Pack("submitEvidence", disputeId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6a7f0eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitEvidence(uint256 disputeId, string uri) returns()
func (arbitration *Arbitration) TryPackSubmitEvidence(disputeId *big.Int, uri string) ([]byte, error) {
	return arbitration.abi.Pack("submitEvidence", disputeId, uri)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (arbitration *Arbitration) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := arbitration.abi.Pack("supportsInterface", interfaceId)
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
func (arbitration *Arbitration) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return arbitration.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (arbitration *Arbitration) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := arbitration.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ff898b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 disputeId, uint16 providerShareBps) returns()
func (arbitration *Arbitration) PackVote(disputeId *big.Int, providerShareBps uint16) []byte {
	enc, err := arbitration.abi.Pack("vote", disputeId, providerShareBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ff898b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 disputeId, uint16 providerShareBps) returns()
func (arbitration *Arbitration) TryPackVote(disputeId *big.Int, providerShareBps uint16) ([]byte, error) {
	return arbitration.abi.Pack("vote", disputeId, providerShareBps)
}

// PackVotesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6530735e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votesOf(uint256 disputeId) view returns(uint16[])
func (arbitration *Arbitration) PackVotesOf(disputeId *big.Int) []byte {
	enc, err := arbitration.abi.Pack("votesOf", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6530735e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votesOf(uint256 disputeId) view returns(uint16[])
func (arbitration *Arbitration) TryPackVotesOf(disputeId *big.Int) ([]byte, error) {
	return arbitration.abi.Pack("votesOf", disputeId)
}

// UnpackVotesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6530735e.
//
// Solidity: function votesOf(uint256 disputeId) view returns(uint16[])
func (arbitration *Arbitration) UnpackVotesOf(data []byte) ([]uint16, error) {
	out, err := arbitration.abi.Unpack("votesOf", data)
	if err != nil {
		return *new([]uint16), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint16)).(*[]uint16)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint64)
func (arbitration *Arbitration) PackVotingPeriod() []byte {
	enc, err := arbitration.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint64)
func (arbitration *Arbitration) TryPackVotingPeriod() ([]byte, error) {
	return arbitration.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint64)
func (arbitration *Arbitration) UnpackVotingPeriod(data []byte) (uint64, error) {
	out, err := arbitration.abi.Unpack("votingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// ArbitrationDisputeCreated represents a DisputeCreated event raised by the Arbitration contract.
type ArbitrationDisputeCreated struct {
	DisputeId      *big.Int
	RentalId       *big.Int
	Opener         common.Address
	Renter         common.Address
	Provider       common.Address
	VotingDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const ArbitrationDisputeCreatedEventName = "DisputeCreated"

// ContractEventName returns the user-defined event name.
func (ArbitrationDisputeCreated) ContractEventName() string {
	return ArbitrationDisputeCreatedEventName
}

// UnpackDisputeCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeCreated(uint256 indexed disputeId, uint256 indexed rentalId, address indexed opener, address renter, address provider, uint64 votingDeadline)
func (arbitration *Arbitration) UnpackDisputeCreatedEvent(log *types.Log) (*ArbitrationDisputeCreated, error) {
	event := "DisputeCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationDisputeCreated)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationEvidence represents a Evidence event raised by the Arbitration contract.
type ArbitrationEvidence struct {
	Arbitrator      common.Address
	EvidenceGroupID *big.Int
	Party           common.Address
	Evidence        string
	Raw             *types.Log // Blockchain specific contextual infos
}

const ArbitrationEvidenceEventName = "Evidence"

// ContractEventName returns the user-defined event name.
func (ArbitrationEvidence) ContractEventName() string {
	return ArbitrationEvidenceEventName
}

// UnpackEvidenceEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Evidence(address indexed arbitrator, uint256 indexed evidenceGroupID, address indexed party, string evidence)
func (arbitration *Arbitration) UnpackEvidenceEvent(log *types.Log) (*ArbitrationEvidence, error) {
	event := "Evidence"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationEvidence)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationPanelSet represents a PanelSet event raised by the Arbitration contract.
type ArbitrationPanelSet struct {
	Quorum       uint16
	VotingPeriod uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const ArbitrationPanelSetEventName = "PanelSet"

// ContractEventName returns the user-defined event name.
func (ArbitrationPanelSet) ContractEventName() string {
	return ArbitrationPanelSetEventName
}

// UnpackPanelSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PanelSet(uint16 quorum, uint64 votingPeriod)
func (arbitration *Arbitration) UnpackPanelSetEvent(log *types.Log) (*ArbitrationPanelSet, error) {
	event := "PanelSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationPanelSet)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationRoleAdminChanged represents a RoleAdminChanged event raised by the Arbitration contract.
type ArbitrationRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ArbitrationRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ArbitrationRoleAdminChanged) ContractEventName() string {
	return ArbitrationRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (arbitration *Arbitration) UnpackRoleAdminChangedEvent(log *types.Log) (*ArbitrationRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationRoleGranted represents a RoleGranted event raised by the Arbitration contract.
type ArbitrationRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArbitrationRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ArbitrationRoleGranted) ContractEventName() string {
	return ArbitrationRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (arbitration *Arbitration) UnpackRoleGrantedEvent(log *types.Log) (*ArbitrationRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationRoleGranted)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationRoleRevoked represents a RoleRevoked event raised by the Arbitration contract.
type ArbitrationRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ArbitrationRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ArbitrationRoleRevoked) ContractEventName() string {
	return ArbitrationRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (arbitration *Arbitration) UnpackRoleRevokedEvent(log *types.Log) (*ArbitrationRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationRoleRevoked)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationRuling represents a Ruling event raised by the Arbitration contract.
type ArbitrationRuling struct {
	DisputeId        *big.Int
	ProviderShareBps uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const ArbitrationRulingEventName = "Ruling"

// ContractEventName returns the user-defined event name.
func (ArbitrationRuling) ContractEventName() string {
	return ArbitrationRulingEventName
}

// UnpackRulingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Ruling(uint256 indexed disputeId, uint16 providerShareBps)
func (arbitration *Arbitration) UnpackRulingEvent(log *types.Log) (*ArbitrationRuling, error) {
	event := "Ruling"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationRuling)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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

// ArbitrationVoted represents a Voted event raised by the Arbitration contract.
type ArbitrationVoted struct {
	DisputeId        *big.Int
	Arbiter          common.Address
	ProviderShareBps uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const ArbitrationVotedEventName = "Voted"

// ContractEventName returns the user-defined event name.
func (ArbitrationVoted) ContractEventName() string {
	return ArbitrationVotedEventName
}

// UnpackVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voted(uint256 indexed disputeId, address indexed arbiter, uint16 providerShareBps)
func (arbitration *Arbitration) UnpackVotedEvent(log *types.Log) (*ArbitrationVoted, error) {
	event := "Voted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != arbitration.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ArbitrationVoted)
	if len(log.Data) > 0 {
		if err := arbitration.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range arbitration.abi.Events[event].Inputs {
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
func (arbitration *Arbitration) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], arbitration.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return arbitration.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return arbitration.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["AlreadyExecuted"].ID.Bytes()[:4]) {
		return arbitration.UnpackAlreadyExecutedError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationAlreadyVoted"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationInvalidPanel"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationInvalidPanelError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationInvalidShare"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationInvalidShareError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationNotExecutable"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationNotExecutableError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationNotParty"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationNotPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationPartyCannotVote"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationPartyCannotVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationRentalDisputed"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationRentalDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationTooManyVotes"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationTooManyVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationUnknownDispute"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationVotingClosed"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ArbitrationZeroAddress"].ID.Bytes()[:4]) {
		return arbitration.UnpackArbitrationZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["NotArbiter"].ID.Bytes()[:4]) {
		return arbitration.UnpackNotArbiterError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["OnlyEscrow"].ID.Bytes()[:4]) {
		return arbitration.UnpackOnlyEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], arbitration.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return arbitration.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ArbitrationAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Arbitration contract.
type ArbitrationAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ArbitrationAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (arbitration *Arbitration) UnpackAccessControlBadConfirmationError(raw []byte) (*ArbitrationAccessControlBadConfirmation, error) {
	out := new(ArbitrationAccessControlBadConfirmation)
	if err := arbitration.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Arbitration contract.
type ArbitrationAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ArbitrationAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (arbitration *Arbitration) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ArbitrationAccessControlUnauthorizedAccount, error) {
	out := new(ArbitrationAccessControlUnauthorizedAccount)
	if err := arbitration.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationAlreadyExecuted represents a AlreadyExecuted error raised by the Arbitration contract.
type ArbitrationAlreadyExecuted struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExecuted(uint256 disputeId)
func ArbitrationAlreadyExecutedErrorID() common.Hash {
	return common.HexToHash("0x6a64e96196958c70761af5d672b067e0b1158a0e5e6c46002b6a3d89bed298a7")
}

// UnpackAlreadyExecutedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExecuted(uint256 disputeId)
func (arbitration *Arbitration) UnpackAlreadyExecutedError(raw []byte) (*ArbitrationAlreadyExecuted, error) {
	out := new(ArbitrationAlreadyExecuted)
	if err := arbitration.abi.UnpackIntoInterface(out, "AlreadyExecuted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationAlreadyVoted represents a ArbitrationAlreadyVoted error raised by the Arbitration contract.
type ArbitrationArbitrationAlreadyVoted struct {
	DisputeId *big.Int
	Arbiter   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationAlreadyVoted(uint256 disputeId, address arbiter)
func ArbitrationArbitrationAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x3f00d2bfed51779a7f96e1bf51f7115e27c99db78c8b3da0a8d5b0ae36896625")
}

// UnpackArbitrationAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationAlreadyVoted(uint256 disputeId, address arbiter)
func (arbitration *Arbitration) UnpackArbitrationAlreadyVotedError(raw []byte) (*ArbitrationArbitrationAlreadyVoted, error) {
	out := new(ArbitrationArbitrationAlreadyVoted)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationAlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationInvalidPanel represents a ArbitrationInvalidPanel error raised by the Arbitration contract.
type ArbitrationArbitrationInvalidPanel struct {
	Quorum       uint16
	VotingPeriod uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationInvalidPanel(uint16 quorum, uint64 votingPeriod)
func ArbitrationArbitrationInvalidPanelErrorID() common.Hash {
	return common.HexToHash("0xcd796fc5584009f576a04f432a3c4a0fae46880b65032692b3bed660c9a8d419")
}

// UnpackArbitrationInvalidPanelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationInvalidPanel(uint16 quorum, uint64 votingPeriod)
func (arbitration *Arbitration) UnpackArbitrationInvalidPanelError(raw []byte) (*ArbitrationArbitrationInvalidPanel, error) {
	out := new(ArbitrationArbitrationInvalidPanel)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationInvalidPanel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationInvalidShare represents a ArbitrationInvalidShare error raised by the Arbitration contract.
type ArbitrationArbitrationInvalidShare struct {
	ProviderShareBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationInvalidShare(uint16 providerShareBps)
func ArbitrationArbitrationInvalidShareErrorID() common.Hash {
	return common.HexToHash("0x0ca86b50fe8d0d46e31eb9244a59ea2db0220d3726f00d1ef36677772bdcff34")
}

// UnpackArbitrationInvalidShareError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationInvalidShare(uint16 providerShareBps)
func (arbitration *Arbitration) UnpackArbitrationInvalidShareError(raw []byte) (*ArbitrationArbitrationInvalidShare, error) {
	out := new(ArbitrationArbitrationInvalidShare)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationInvalidShare", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationNotExecutable represents a ArbitrationNotExecutable error raised by the Arbitration contract.
type ArbitrationArbitrationNotExecutable struct {
	DisputeId *big.Int
	Votes     *big.Int
	Quorum    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationNotExecutable(uint256 disputeId, uint256 votes, uint16 quorum)
func ArbitrationArbitrationNotExecutableErrorID() common.Hash {
	return common.HexToHash("0x28550ce728c7f62eeb43a2148ae90b76a5aa27dffb6be98bdc86d7bcedd71315")
}

// UnpackArbitrationNotExecutableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationNotExecutable(uint256 disputeId, uint256 votes, uint16 quorum)
func (arbitration *Arbitration) UnpackArbitrationNotExecutableError(raw []byte) (*ArbitrationArbitrationNotExecutable, error) {
	out := new(ArbitrationArbitrationNotExecutable)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationNotExecutable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationNotParty represents a ArbitrationNotParty error raised by the Arbitration contract.
type ArbitrationArbitrationNotParty struct {
	DisputeId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationNotParty(uint256 disputeId, address account)
func ArbitrationArbitrationNotPartyErrorID() common.Hash {
	return common.HexToHash("0x48d225706da250ce2dc5fad0c18c00a33a33f67a9abe42659e8a13c39410e9bc")
}

// UnpackArbitrationNotPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationNotParty(uint256 disputeId, address account)
func (arbitration *Arbitration) UnpackArbitrationNotPartyError(raw []byte) (*ArbitrationArbitrationNotParty, error) {
	out := new(ArbitrationArbitrationNotParty)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationNotParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationPartyCannotVote represents a ArbitrationPartyCannotVote error raised by the Arbitration contract.
type ArbitrationArbitrationPartyCannotVote struct {
	DisputeId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationPartyCannotVote(uint256 disputeId, address account)
func ArbitrationArbitrationPartyCannotVoteErrorID() common.Hash {
	return common.HexToHash("0x81df72a82f9dd23c05d93e9ed61c4fc9345d96bc19f03c398756a3c3bfddff23")
}

// UnpackArbitrationPartyCannotVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationPartyCannotVote(uint256 disputeId, address account)
func (arbitration *Arbitration) UnpackArbitrationPartyCannotVoteError(raw []byte) (*ArbitrationArbitrationPartyCannotVote, error) {
	out := new(ArbitrationArbitrationPartyCannotVote)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationPartyCannotVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationRentalDisputed represents a ArbitrationRentalDisputed error raised by the Arbitration contract.
type ArbitrationArbitrationRentalDisputed struct {
	RentalId  *big.Int
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationRentalDisputed(uint256 rentalId, uint256 disputeId)
func ArbitrationArbitrationRentalDisputedErrorID() common.Hash {
	return common.HexToHash("0x4b02e87b2feac32d7c640b1a0d94a55a3b6ea93716728557504add5511ca5be8")
}

// UnpackArbitrationRentalDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationRentalDisputed(uint256 rentalId, uint256 disputeId)
func (arbitration *Arbitration) UnpackArbitrationRentalDisputedError(raw []byte) (*ArbitrationArbitrationRentalDisputed, error) {
	out := new(ArbitrationArbitrationRentalDisputed)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationRentalDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationTooManyVotes represents a ArbitrationTooManyVotes error raised by the Arbitration contract.
type ArbitrationArbitrationTooManyVotes struct {
	DisputeId *big.Int
	MaxVotes  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationTooManyVotes(uint256 disputeId, uint256 maxVotes)
func ArbitrationArbitrationTooManyVotesErrorID() common.Hash {
	return common.HexToHash("0x1ca2fac433abcc799b59880520f4995f57fab223bb0e56984d3e4541434db707")
}

// UnpackArbitrationTooManyVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationTooManyVotes(uint256 disputeId, uint256 maxVotes)
func (arbitration *Arbitration) UnpackArbitrationTooManyVotesError(raw []byte) (*ArbitrationArbitrationTooManyVotes, error) {
	out := new(ArbitrationArbitrationTooManyVotes)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationTooManyVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationUnknownDispute represents a ArbitrationUnknownDispute error raised by the Arbitration contract.
type ArbitrationArbitrationUnknownDispute struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationUnknownDispute(uint256 disputeId)
func ArbitrationArbitrationUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x3331f726e421ce2627048e8357f83ca992d89e04a9a44418d347bc1baa4ac32a")
}

// UnpackArbitrationUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationUnknownDispute(uint256 disputeId)
func (arbitration *Arbitration) UnpackArbitrationUnknownDisputeError(raw []byte) (*ArbitrationArbitrationUnknownDispute, error) {
	out := new(ArbitrationArbitrationUnknownDispute)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationUnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationVotingClosed represents a ArbitrationVotingClosed error raised by the Arbitration contract.
type ArbitrationArbitrationVotingClosed struct {
	DisputeId      *big.Int
	VotingDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationVotingClosed(uint256 disputeId, uint64 votingDeadline)
func ArbitrationArbitrationVotingClosedErrorID() common.Hash {
	return common.HexToHash("0x41ab377ccd1594065dadc8153b7963079812b5e05ea40e4c469e550fb5460133")
}

// UnpackArbitrationVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationVotingClosed(uint256 disputeId, uint64 votingDeadline)
func (arbitration *Arbitration) UnpackArbitrationVotingClosedError(raw []byte) (*ArbitrationArbitrationVotingClosed, error) {
	out := new(ArbitrationArbitrationVotingClosed)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationVotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationArbitrationZeroAddress represents a ArbitrationZeroAddress error raised by the Arbitration contract.
type ArbitrationArbitrationZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ArbitrationZeroAddress()
func ArbitrationArbitrationZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xc70021c966a9d792107de4233ff6a803c9f9361a552a3aebb34452f980e827ca")
}

// UnpackArbitrationZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ArbitrationZeroAddress()
func (arbitration *Arbitration) UnpackArbitrationZeroAddressError(raw []byte) (*ArbitrationArbitrationZeroAddress, error) {
	out := new(ArbitrationArbitrationZeroAddress)
	if err := arbitration.abi.UnpackIntoInterface(out, "ArbitrationZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationNotArbiter represents a NotArbiter error raised by the Arbitration contract.
type ArbitrationNotArbiter struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotArbiter(address account)
func ArbitrationNotArbiterErrorID() common.Hash {
	return common.HexToHash("0x720c75c28bf729d07d907a7cb2128014dd379623a8d7da4275d1c2374b21e016")
}

// UnpackNotArbiterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotArbiter(address account)
func (arbitration *Arbitration) UnpackNotArbiterError(raw []byte) (*ArbitrationNotArbiter, error) {
	out := new(ArbitrationNotArbiter)
	if err := arbitration.abi.UnpackIntoInterface(out, "NotArbiter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationOnlyEscrow represents a OnlyEscrow error raised by the Arbitration contract.
type ArbitrationOnlyEscrow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyEscrow(address account)
func ArbitrationOnlyEscrowErrorID() common.Hash {
	return common.HexToHash("0xbc552e779285e449212bcb53b4b23d439e0a4c2d6c7a727c709195cef7aec419")
}

// UnpackOnlyEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyEscrow(address account)
func (arbitration *Arbitration) UnpackOnlyEscrowError(raw []byte) (*ArbitrationOnlyEscrow, error) {
	out := new(ArbitrationOnlyEscrow)
	if err := arbitration.abi.UnpackIntoInterface(out, "OnlyEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ArbitrationReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Arbitration contract.
type ArbitrationReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ArbitrationReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (arbitration *Arbitration) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ArbitrationReentrancyGuardReentrantCall, error) {
	out := new(ArbitrationReentrancyGuardReentrantCall)
	if err := arbitration.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}
