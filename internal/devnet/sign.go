package devnet

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type hashes of INTERFACE.md §1 and EIP-2612.
var (
	domainTypeHash       = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	verificationTypeHash = crypto.Keccak256Hash([]byte("Verification(uint256 tokenId,bytes32 contentHash,address device,uint64 validUntil,uint256 nonce,uint256 deadline)"))
	baselineTypeHash     = crypto.Keccak256Hash([]byte("Baseline(address account,uint16 score,uint256 deadline)"))
	usageReportTypeHash  = crypto.Keccak256Hash([]byte("UsageReport(uint256 rentalId,uint256 units,uint16 damageBps,uint64 nonce)"))
	permitTypeHash       = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
)

// PaymentTokenName is tUSD's ERC-20 name, which is also its EIP-2612 domain name.
const PaymentTokenName = "Test USD"

// Domain is an EIP-712 domain with the four fields the suite uses.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// Separator returns the domain separator, hashStruct(EIP712Domain).
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		word(d.ChainID),
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	)
}

// Digest returns the EIP-712 digest keccak256("\x19\x01" ‖ separator ‖ structHash).
func (d Domain) Digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// word encodes an unsigned integer as one 32-byte ABI word.
func word(v *big.Int) []byte {
	if v == nil {
		v = new(big.Int)
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

func uword(v uint64) []byte { return word(new(big.Int).SetUint64(v)) }

// signDigest signs a digest and returns r ‖ s ‖ v with v = 27 or 28, as OpenZeppelin's
// ECDSA expects.
func signDigest(key *ecdsa.PrivateKey, digest common.Hash) []byte {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		// crypto.Sign fails only for a digest that is not 32 bytes or an invalid key.
		panic(fmt.Sprintf("devnet: signing: %v", err))
	}
	sig[64] += 27
	return sig
}

// Verification is what a verifier signs about an asset: its current content hash,
// bound device and verification nonce (AssetRegistry.verificationNonce), so that a
// content change, a rebinding or a revocation after the signature kills it.
type Verification struct {
	TokenID     *big.Int
	ContentHash [32]byte
	Device      common.Address
	ValidUntil  uint64
	Nonce       *big.Int
	Deadline    *big.Int
}

// SignVerification signs the AssetRegistry typed data Verification(tokenId, contentHash,
// device, validUntil, nonce, deadline) for the registry at address registry on chainID.
// It panics when key is not a valid secp256k1 key.
func SignVerification(key *ecdsa.PrivateKey, registry common.Address, chainID *big.Int, v Verification) []byte {
	d := Domain{Name: "AssetRegistry", Version: "1", ChainID: chainID, VerifyingContract: registry}
	h := crypto.Keccak256Hash(verificationTypeHash[:], word(v.TokenID), v.ContentHash[:],
		common.LeftPadBytes(v.Device[:], 32), uword(v.ValidUntil), word(v.Nonce), word(v.Deadline))
	return signDigest(key, d.Digest(h))
}

// SignBaseline signs the CreditRegistry typed data Baseline(account, score, deadline) for
// the credit registry at address credit on chainID. It panics when key is not a valid
// secp256k1 key.
func SignBaseline(key *ecdsa.PrivateKey, credit common.Address, chainID *big.Int, account common.Address, score uint16, deadline *big.Int) []byte {
	d := Domain{Name: "CreditRegistry", Version: "1", ChainID: chainID, VerifyingContract: credit}
	h := crypto.Keccak256Hash(baselineTypeHash[:], common.LeftPadBytes(account[:], 32), uword(uint64(score)), word(deadline))
	return signDigest(key, d.Digest(h))
}

// SignUsageReport signs the PledgeEscrow typed data UsageReport(rentalId, units,
// damageBps, nonce) for the escrow at address escrow on chainID, as the device bound to
// the rented asset does. It panics when key is not a valid secp256k1 key.
func SignUsageReport(key *ecdsa.PrivateKey, escrow common.Address, chainID *big.Int, rentalID *big.Int, units *big.Int, damageBps uint16, nonce uint64) []byte {
	d := Domain{Name: "PledgeEscrow", Version: "1", ChainID: chainID, VerifyingContract: escrow}
	h := crypto.Keccak256Hash(usageReportTypeHash[:], word(rentalID), word(units), uword(uint64(damageBps)), uword(nonce))
	return signDigest(key, d.Digest(h))
}

// SignPermit signs an EIP-2612 permit of the tUSD PaymentToken at address token on
// chainID (domain "Test USD", version "1"): key's account allows spender to pull value
// until deadline; nonce is the token's nonces(owner). It returns the v, r, s that
// permit and rentWithPermit take, and panics when key is not a valid secp256k1 key.
func SignPermit(key *ecdsa.PrivateKey, token common.Address, chainID *big.Int, spender common.Address, value, nonce, deadline *big.Int) (v uint8, r, s [32]byte) {
	owner := Address(key)
	d := Domain{Name: PaymentTokenName, Version: "1", ChainID: chainID, VerifyingContract: token}
	h := crypto.Keccak256Hash(permitTypeHash[:], common.LeftPadBytes(owner[:], 32),
		common.LeftPadBytes(spender[:], 32), word(value), word(nonce), word(deadline))
	sig := signDigest(key, d.Digest(h))
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64], r, s
}
