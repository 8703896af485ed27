// Package devnet deploys the Sharechain suite to a local chain (anvil) from Go, exactly as
// deploy/Deploy.s.sol does on chain 31337, and plays a scripted sharing-economy scenario
// ([Play]) that makes the contracts emit every event type of the suite.
//
// The indexer's tests, the end-to-end tests and `sharechain devnet` use it to get a chain
// full of realistic history in a few seconds. Everything goes through the abigen v2
// bindings in bindings/ and plain signed transactions; there are no mocks of the chain.
//
// Accounts are anvil's well-known development keys ([DevKey]) and a few keys derived
// deterministically from labels ([DerivedKey]); none of them may ever hold real value.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"sharechain/bindings/arbitration"
	"sharechain/bindings/assetregistry"
	"sharechain/bindings/creditregistry"
	"sharechain/bindings/paymenttoken"
	"sharechain/bindings/pledgeescrow"
	"sharechain/bindings/rewardtoken"
	"sharechain/bindings/telemetryanchor"
)

// The AccessControl roles of the suite, keccak256 of their names (DESIGN.md §2, Roles).
var (
	DefaultAdminRole  = common.Hash{}
	MinterRole        = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	VerifierRole      = crypto.Keccak256Hash([]byte("VERIFIER_ROLE"))
	RentalManagerRole = crypto.Keccak256Hash([]byte("RENTAL_MANAGER_ROLE"))
	RecorderRole      = crypto.Keccak256Hash([]byte("RECORDER_ROLE"))
	GovernorRole      = crypto.Keccak256Hash([]byte("GOVERNOR_ROLE"))
	CreditOracleRole  = crypto.Keccak256Hash([]byte("CREDIT_ORACLE_ROLE"))
	ArbiterRole       = crypto.Keccak256Hash([]byte("ARBITER_ROLE"))
	PauserRole        = crypto.Keccak256Hash([]byte("PAUSER_ROLE"))
	AnchorRole        = crypto.Keccak256Hash([]byte("ANCHOR_ROLE"))
)

var errNoContractInRcpt = errors.New("no contract address in the deployment receipt")

// devKeys are the private keys anvil derives from the mnemonic
// "test test test test test test test test test test test junk", accounts 0..9.
var devKeys = [10]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// DevKey returns anvil's well-known default key number i (0..9), funded with 10 000 ETH
// on a fresh anvil. It panics when i is out of range.
func DevKey(i int) *ecdsa.PrivateKey {
	if i < 0 || i >= len(devKeys) {
		panic(fmt.Sprintf("devnet: DevKey(%d): anvil has default keys 0..%d", i, len(devKeys)-1))
	}
	key, err := crypto.HexToECDSA(devKeys[i])
	if err != nil {
		panic(fmt.Sprintf("devnet: DevKey(%d): %v", i, err))
	}
	return key
}

// DerivedKey returns the key whose secret is keccak256("sharechain devnet " + label): a
// deterministic account that holds no ETH (devices and oracles only sign). It panics in
// the astronomically unlikely case that the hash is not a valid secp256k1 secret.
func DerivedKey(label string) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("sharechain devnet " + label)))
	if err != nil {
		panic(fmt.Sprintf("devnet: DerivedKey(%q): %v", label, err))
	}
	return key
}

// Address returns the account of key.
func Address(key *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(key.PublicKey)
}

// Options lists the accounts that receive the roles Deploy.s.sol hands out from its
// VERIFIERS, GOVERNOR, ORACLES and ARBITERS environment variables.
type Options struct {
	Verifiers []common.Address // VERIFIER_ROLE on AssetRegistry
	Governors []common.Address // GOVERNOR_ROLE on CreditRegistry, PledgeEscrow and Arbitration
	Oracles   []common.Address // CREDIT_ORACLE_ROLE on CreditRegistry
	Arbiters  []common.Address // ARBITER_ROLE on Arbitration
}

// Bindings holds the abigen v2 binding of each contract, for packing calls and
// unpacking results, events and errors.
type Bindings struct {
	RewardToken     *rewardtoken.RewardToken
	AssetRegistry   *assetregistry.AssetRegistry
	CreditRegistry  *creditregistry.CreditRegistry
	PledgeEscrow    *pledgeescrow.PledgeEscrow
	Arbitration     *arbitration.Arbitration
	PaymentToken    *paymenttoken.PaymentToken
	TelemetryAnchor *telemetryanchor.TelemetryAnchor
}

// NewBindings returns the bindings of the seven contracts.
func NewBindings() Bindings {
	return Bindings{
		RewardToken:     rewardtoken.NewRewardToken(),
		AssetRegistry:   assetregistry.NewAssetRegistry(),
		CreditRegistry:  creditregistry.NewCreditRegistry(),
		PledgeEscrow:    pledgeescrow.NewPledgeEscrow(),
		Arbitration:     arbitration.NewArbitration(),
		PaymentToken:    paymenttoken.NewPaymentToken(),
		TelemetryAnchor: telemetryanchor.NewTelemetryAnchor(),
	}
}

// Contracts holds the deployed contracts bound to the client, for bind.Call and
// bind.FilterEvents.
type Contracts struct {
	RewardToken     *bind.BoundContract
	AssetRegistry   *bind.BoundContract
	CreditRegistry  *bind.BoundContract
	PledgeEscrow    *bind.BoundContract
	Arbitration     *bind.BoundContract
	PaymentToken    *bind.BoundContract
	TelemetryAnchor *bind.BoundContract // nil when the suite has none (an older manifest)
}

// Suite is a deployed Sharechain suite and the means to drive it.
type Suite struct {
	Client     *ethclient.Client
	ChainID    *big.Int
	Deployer   *ecdsa.PrivateKey // admin, treasury and pauser; holds the devnet SHR supply
	StartBlock uint64            // the head before the first deployment transaction

	RewardToken, AssetRegistry, CreditRegistry, PledgeEscrow, Arbitration, PaymentToken common.Address
	// TelemetryAnchor is release 2's (the IoT data service); zero when attached to a
	// manifest without it.
	TelemetryAnchor common.Address

	Bindings  Bindings
	Contracts Contracts

	mu       sync.Mutex
	receipts []*types.Receipt
}

// Treasury is the account receiving platform fees: the deployer, as on chain 31337.
func (s *Suite) Treasury() common.Address { return Address(s.Deployer) }

// Receipts returns the receipts of every transaction sent through this Suite, the
// deployment's included, in the order they were mined.
func (s *Suite) Receipts() []*types.Receipt {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*types.Receipt(nil), s.receipts...)
}

func (s *Suite) record(r *types.Receipt) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.receipts = append(s.receipts, r)
}

// Deploy deploys and wires the suite with deployer as broadcaster, in the order and with
// the values of deploy/Deploy.s.sol on chain 31337 (so a fresh anvil with DevKey(0) gets
// the same addresses as `forge script`): PaymentToken (tUSD), RewardToken, AssetRegistry,
// CreditRegistry, PledgeEscrow, Arbitration, TelemetryAnchor; then the escrow ↔
// arbitration link, the MINTER, RENTAL_MANAGER, RECORDER and PAUSER roles, 1 000 000 SHR
// minted to the deployer (who renounces MINTER_ROLE afterwards), the roles of opts, and
// ANCHOR_ROLE to the deployer (the script's devnet default for ANCHORS). The deployer
// keeps DEFAULT_ADMIN_ROLE everywhere and is the treasury.
func Deploy(ctx context.Context, client *ethclient.Client, deployer *ecdsa.PrivateKey, opts Options) (*Suite, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("getting the chain id: %w", err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("getting the head block: %w", err)
	}
	s := &Suite{Client: client, ChainID: chainID, Deployer: deployer, StartBlock: head, Bindings: NewBindings()}
	b := s.Bindings
	me := Address(deployer)

	deploy := func(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
		code := append(common.FromHex(meta.Bin), args...)
		r, err := s.send(ctx, deployer, nil, code)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploying %s: %w", name, err)
		}
		if r.ContractAddress == (common.Address{}) {
			return common.Address{}, fmt.Errorf("deploying %s: %w", name, errNoContractInRcpt)
		}
		return r.ContractAddress, nil
	}

	if s.PaymentToken, err = deploy("PaymentToken", &paymenttoken.PaymentTokenMetaData, nil); err != nil {
		return nil, err
	}
	if s.RewardToken, err = deploy("RewardToken", &rewardtoken.RewardTokenMetaData,
		b.RewardToken.PackConstructor(me, SHRCap())); err != nil {
		return nil, err
	}
	if s.AssetRegistry, err = deploy("AssetRegistry", &assetregistry.AssetRegistryMetaData,
		b.AssetRegistry.PackConstructor(me)); err != nil {
		return nil, err
	}
	if s.CreditRegistry, err = deploy("CreditRegistry", &creditregistry.CreditRegistryMetaData,
		b.CreditRegistry.PackConstructor(me, DefaultTiers(), DefaultDeltas())); err != nil {
		return nil, err
	}
	if s.PledgeEscrow, err = deploy("PledgeEscrow", &pledgeescrow.PledgeEscrowMetaData,
		b.PledgeEscrow.PackConstructor(me, s.AssetRegistry, s.CreditRegistry, s.RewardToken,
			DefaultParams(s.Treasury()), []common.Address{s.PaymentToken}, []*big.Int{TUSDRewardRate()})); err != nil {
		return nil, err
	}
	if s.Arbitration, err = deploy("Arbitration", &arbitration.ArbitrationMetaData,
		b.Arbitration.PackConstructor(me, s.PledgeEscrow, s.CreditRegistry, Quorum, VotingPeriod)); err != nil {
		return nil, err
	}
	if s.TelemetryAnchor, err = deploy("TelemetryAnchor", &telemetryanchor.TelemetryAnchorMetaData,
		b.TelemetryAnchor.PackConstructor(me)); err != nil {
		return nil, err
	}
	s.bindContracts()

	type call struct {
		what string
		to   common.Address
		data []byte
	}
	grant := func(contract string, to common.Address, pack func([32]byte, common.Address) []byte,
		role common.Hash, roleName string, account common.Address) call {
		return call{fmt.Sprintf("granting %s %s to %s", contract, roleName, account.Hex()), to, pack(role, account)}
	}
	shrGrant, regGrant := b.RewardToken.PackGrantRole, b.AssetRegistry.PackGrantRole
	creditGrant, escrowGrant, arbGrant := b.CreditRegistry.PackGrantRole, b.PledgeEscrow.PackGrantRole, b.Arbitration.PackGrantRole
	calls := []call{
		{"setting the escrow's arbitration", s.PledgeEscrow, b.PledgeEscrow.PackSetArbitration(s.Arbitration)},
		grant("RewardToken", s.RewardToken, shrGrant, MinterRole, "MINTER_ROLE", s.PledgeEscrow),
		grant("AssetRegistry", s.AssetRegistry, regGrant, RentalManagerRole, "RENTAL_MANAGER_ROLE", s.PledgeEscrow),
		grant("CreditRegistry", s.CreditRegistry, creditGrant, RecorderRole, "RECORDER_ROLE", s.PledgeEscrow),
		grant("CreditRegistry", s.CreditRegistry, creditGrant, RecorderRole, "RECORDER_ROLE", s.Arbitration),
		grant("PledgeEscrow", s.PledgeEscrow, escrowGrant, PauserRole, "PAUSER_ROLE", me),
		// devnet: the broadcaster mints the pledge supply and keeps no MINTER_ROLE.
		grant("RewardToken", s.RewardToken, shrGrant, MinterRole, "MINTER_ROLE", me),
		{"minting the devnet SHR supply", s.RewardToken, b.RewardToken.PackMint(me, DevnetSHRSupply())},
		{"renouncing the deployer's MINTER_ROLE", s.RewardToken, b.RewardToken.PackRenounceRole(MinterRole, me)},
	}
	for _, a := range opts.Verifiers {
		calls = append(calls, grant("AssetRegistry", s.AssetRegistry, regGrant, VerifierRole, "VERIFIER_ROLE", a))
	}
	for _, a := range opts.Oracles {
		calls = append(calls, grant("CreditRegistry", s.CreditRegistry, creditGrant, CreditOracleRole, "CREDIT_ORACLE_ROLE", a))
	}
	for _, a := range opts.Arbiters {
		calls = append(calls, grant("Arbitration", s.Arbitration, arbGrant, ArbiterRole, "ARBITER_ROLE", a))
	}
	for _, a := range opts.Governors {
		calls = append(calls, grant("CreditRegistry", s.CreditRegistry, creditGrant, GovernorRole, "GOVERNOR_ROLE", a))
	}
	for _, a := range opts.Governors {
		calls = append(calls, grant("PledgeEscrow", s.PledgeEscrow, escrowGrant, GovernorRole, "GOVERNOR_ROLE", a))
	}
	for _, a := range opts.Governors {
		calls = append(calls, grant("Arbitration", s.Arbitration, arbGrant, GovernorRole, "GOVERNOR_ROLE", a))
	}
	calls = append(calls, call{"granting TelemetryAnchor ANCHOR_ROLE to " + me.Hex(), s.TelemetryAnchor,
		b.TelemetryAnchor.PackGrantRole(AnchorRole, me)})
	for _, c := range calls {
		if _, err := s.Transact(ctx, deployer, c.to, c.data); err != nil {
			return nil, fmt.Errorf("%s: %w", c.what, err)
		}
	}
	return s, nil
}

// manifestDomain is one EIP-712 domain of the manifest.
type manifestDomain struct {
	ChainID           uint64 `json:"chainId"`
	Name              string `json:"name"`
	VerifyingContract string `json:"verifyingContract"`
	Version           string `json:"version"`
}

// manifest is deploy/deployments/<chainId>.json (INTERFACE.md §3); fields and map keys
// come out in the alphabetical order forge writes them in.
type manifest struct {
	ChainID    uint64                    `json:"chainId"`
	Contracts  map[string]string         `json:"contracts"`
	EIP712     map[string]manifestDomain `json:"eip712"`
	StartBlock uint64                    `json:"startBlock"`
	Treasury   string                    `json:"treasury"`
}

// ManifestJSON returns the deployment manifest in the shape deploy/Deploy.s.sol writes to
// deploy/deployments/31337.json: chainId, startBlock, treasury, the seven contract
// addresses (EIP-55) and the EIP-712 domains of AssetRegistry, CreditRegistry,
// PledgeEscrow and TelemetryAnchor.
func (s *Suite) ManifestJSON() ([]byte, error) {
	chainID := s.ChainID.Uint64()
	domain := func(name string, addr common.Address) manifestDomain {
		return manifestDomain{ChainID: chainID, Name: name, VerifyingContract: addr.Hex(), Version: "1"}
	}
	m := manifest{
		ChainID: chainID,
		Contracts: map[string]string{
			"RewardToken":     s.RewardToken.Hex(),
			"AssetRegistry":   s.AssetRegistry.Hex(),
			"CreditRegistry":  s.CreditRegistry.Hex(),
			"PledgeEscrow":    s.PledgeEscrow.Hex(),
			"Arbitration":     s.Arbitration.Hex(),
			"PaymentToken":    s.PaymentToken.Hex(),
			"TelemetryAnchor": s.TelemetryAnchor.Hex(),
		},
		EIP712: map[string]manifestDomain{
			"AssetRegistry":   domain("AssetRegistry", s.AssetRegistry),
			"CreditRegistry":  domain("CreditRegistry", s.CreditRegistry),
			"PledgeEscrow":    domain("PledgeEscrow", s.PledgeEscrow),
			"TelemetryAnchor": domain("TelemetryAnchor", s.TelemetryAnchor),
		},
		StartBlock: s.StartBlock,
		Treasury:   s.Treasury().Hex(),
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the manifest: %w", err)
	}
	return append(out, '\n'), nil
}

// Attach returns a Suite over contracts that are already deployed (by Deploy.s.sol, for
// example), named as in the manifest: RewardToken, AssetRegistry, CreditRegistry,
// PledgeEscrow, Arbitration and PaymentToken. deployer must be the broadcaster, which
// holds the admin roles and the devnet SHR supply.
func Attach(ctx context.Context, client *ethclient.Client, deployer *ecdsa.PrivateKey, startBlock uint64, contracts map[string]common.Address) (*Suite, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("getting the chain id: %w", err)
	}
	s := &Suite{Client: client, ChainID: chainID, Deployer: deployer, StartBlock: startBlock, Bindings: NewBindings()}
	for name, dst := range map[string]*common.Address{
		"RewardToken": &s.RewardToken, "AssetRegistry": &s.AssetRegistry, "CreditRegistry": &s.CreditRegistry,
		"PledgeEscrow": &s.PledgeEscrow, "Arbitration": &s.Arbitration, "PaymentToken": &s.PaymentToken,
	} {
		a, ok := contracts[name]
		if !ok || a == (common.Address{}) {
			return nil, fmt.Errorf("attaching: no %s address", name)
		}
		*dst = a
	}
	s.TelemetryAnchor = contracts["TelemetryAnchor"]
	s.bindContracts()
	return s, nil
}

// bindContracts binds the deployed addresses to the client.
func (s *Suite) bindContracts() {
	b, client := s.Bindings, s.Client
	s.Contracts = Contracts{
		RewardToken:    b.RewardToken.Instance(client, s.RewardToken),
		AssetRegistry:  b.AssetRegistry.Instance(client, s.AssetRegistry),
		CreditRegistry: b.CreditRegistry.Instance(client, s.CreditRegistry),
		PledgeEscrow:   b.PledgeEscrow.Instance(client, s.PledgeEscrow),
		Arbitration:    b.Arbitration.Instance(client, s.Arbitration),
		PaymentToken:   b.PaymentToken.Instance(client, s.PaymentToken),
	}
	if s.TelemetryAnchor != (common.Address{}) {
		s.Contracts.TelemetryAnchor = b.TelemetryAnchor.Instance(client, s.TelemetryAnchor)
	}
}
