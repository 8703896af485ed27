package devnet

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDomain_MatchesContracts(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	b := s.Bindings

	eip5267 := []struct {
		name     string
		contract common.Address
		read     func() (string, string, *big.Int, common.Address)
	}{
		{"AssetRegistry", s.AssetRegistry, func() (string, string, *big.Int, common.Address) {
			d := mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackEip712Domain(), b.AssetRegistry.UnpackEip712Domain)
			return d.Name, d.Version, d.ChainId, d.VerifyingContract
		}},
		{"CreditRegistry", s.CreditRegistry, func() (string, string, *big.Int, common.Address) {
			d := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackEip712Domain(), b.CreditRegistry.UnpackEip712Domain)
			return d.Name, d.Version, d.ChainId, d.VerifyingContract
		}},
		{"PledgeEscrow", s.PledgeEscrow, func() (string, string, *big.Int, common.Address) {
			d := mustView(t, s, s.PledgeEscrow, b.PledgeEscrow.PackEip712Domain(), b.PledgeEscrow.UnpackEip712Domain)
			return d.Name, d.Version, d.ChainId, d.VerifyingContract
		}},
	}
	for _, c := range eip5267 {
		name, version, chainID, addr := c.read()
		if name != c.name || version != "1" || chainID.Cmp(s.ChainID) != 0 || addr != c.contract {
			t.Errorf("%s.eip712Domain() = %s, %s, %s, %s, want %s, 1, %s, %s",
				c.name, name, version, chainID, addr.Hex(), c.name, s.ChainID, c.contract.Hex())
		}
	}

	separators := []struct {
		name   string
		domain Domain
		got    [32]byte
	}{
		{"PaymentToken", Domain{PaymentTokenName, "1", s.ChainID, s.PaymentToken},
			mustView(t, s, s.PaymentToken, b.PaymentToken.PackDOMAINSEPARATOR(), b.PaymentToken.UnpackDOMAINSEPARATOR)},
		{"RewardToken", Domain{"Sharechain Reward", "1", s.ChainID, s.RewardToken},
			mustView(t, s, s.RewardToken, b.RewardToken.PackDOMAINSEPARATOR(), b.RewardToken.UnpackDOMAINSEPARATOR)},
	}
	for _, c := range separators {
		if want := c.domain.Separator(); common.Hash(c.got) != want {
			t.Errorf("%s.DOMAIN_SEPARATOR() = %x, want Domain.Separator() = %x", c.name, c.got, want)
		}
	}
}

func TestSignPermit(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	b := s.Bindings
	ctx := testContext(t)
	owner, spender, relayer := DevKey(3), Address(DevKey(4)), DevKey(9)
	value, deadline := big.NewInt(123_456), big.NewInt(1<<40)

	v, r, sig := SignPermit(owner, s.PaymentToken, s.ChainID, spender, value, big.NewInt(0), deadline)
	if _, err := s.Transact(ctx, relayer, s.PaymentToken, b.PaymentToken.PackPermit(Address(owner), spender, value, deadline, v, r, sig)); err != nil {
		t.Fatalf("permit with SignPermit's signature: %v", err)
	}
	got := mustView(t, s, s.PaymentToken, b.PaymentToken.PackAllowance(Address(owner), spender), b.PaymentToken.UnpackAllowance)
	if got.Cmp(value) != 0 {
		t.Errorf("allowance after permit = %s, want %s", got, value)
	}

	// the nonce moved on: the same signature is now stale.
	_, err := s.Transact(ctx, relayer, s.PaymentToken, b.PaymentToken.PackPermit(Address(owner), spender, value, deadline, v, r, sig))
	var rev *RevertError
	if !errors.As(err, &rev) || rev.Name != "ERC2612InvalidSigner" {
		t.Errorf("replayed permit = %v, want ERC2612InvalidSigner", err)
	}
}

func TestSignVerificationAndBaseline(t *testing.T) {
	t.Parallel()
	_, s := deployed(t)
	b := s.Bindings
	ctx := testContext(t)
	a := DevActors()
	owner, relayer := DevKey(1), DevKey(9)
	content := crypto.Keccak256Hash([]byte(`{"kind":"drill"}`))
	r, err := s.Transact(ctx, owner, s.AssetRegistry, b.AssetRegistry.PackRegister(crypto.Keccak256Hash([]byte("SN:DRILL-1")), content, "ipfs://drill"))
	if err != nil {
		t.Fatalf("register: %v", err)
	}
	ev, err := eventIn(r, s.AssetRegistry, b.AssetRegistry.UnpackAssetRegisteredEvent)
	if err != nil {
		t.Fatal(err)
	}
	now, err := s.LatestTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	validUntil, deadline := now+86_400, new(big.Int).SetUint64(now+3600)
	newcomer := Address(DerivedKey("test newcomer"))
	// no device bound: the verification covers the zero address, at nonce 0.
	zero := big.NewInt(0)
	v := Verification{TokenID: ev.TokenId, ContentHash: content, ValidUntil: validUntil, Nonce: zero, Deadline: deadline}
	other := func(change func(*Verification)) Verification {
		x := v
		change(&x)
		return x
	}

	cases := []struct {
		name     string
		to       common.Address
		data     []byte
		wantName string // "" for success
	}{
		{"verification by a stranger", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil, zero, deadline,
			SignVerification(relayer, s.AssetRegistry, s.ChainID, v)), "InvalidSigner"},
		{"verification for another content", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil, zero, deadline,
			SignVerification(a.Deployer, s.AssetRegistry, s.ChainID, other(func(x *Verification) { x.ContentHash = [32]byte{9} }))), "InvalidSigner"},
		{"verification for another device", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil, zero, deadline,
			SignVerification(a.Deployer, s.AssetRegistry, s.ChainID, other(func(x *Verification) { x.Device = Address(a.Keeper) }))), "InvalidSigner"},
		{"verification by the verifier", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil, zero, deadline,
			SignVerification(a.Deployer, s.AssetRegistry, s.ChainID, v)), ""},
		// applied once: the registry says so rather than that a later change killed it
		{"the same verification again", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil, zero, deadline,
			SignVerification(a.Deployer, s.AssetRegistry, s.ChainID, v)), "SignatureUsed"},
		{"a verification signed before the last one", s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(ev.TokenId, validUntil+1, zero, deadline,
			SignVerification(a.Deployer, s.AssetRegistry, s.ChainID, other(func(x *Verification) { x.ValidUntil++ }))), "InvalidNonce"},
		{"baseline by a stranger", s.CreditRegistry, b.CreditRegistry.PackAttestBaseline(newcomer, 720, deadline,
			SignBaseline(relayer, s.CreditRegistry, s.ChainID, newcomer, 720, deadline)), "CreditInvalidSigner"},
		{"baseline by the oracle", s.CreditRegistry, b.CreditRegistry.PackAttestBaseline(newcomer, 720, deadline,
			SignBaseline(a.Oracle, s.CreditRegistry, s.ChainID, newcomer, 720, deadline)), ""},
	}
	for _, c := range cases {
		_, err := s.Transact(ctx, relayer, c.to, c.data)
		var rev *RevertError
		switch {
		case c.wantName == "" && err != nil:
			t.Errorf("%s: Transact = %v, want success", c.name, err)
		case c.wantName != "" && (!errors.As(err, &rev) || rev.Name != c.wantName):
			t.Errorf("%s: Transact = %v, want %s", c.name, err, c.wantName)
		}
	}
	if !mustView(t, s, s.AssetRegistry, b.AssetRegistry.PackIsVerified(ev.TokenId), b.AssetRegistry.UnpackIsVerified) {
		t.Errorf("isVerified(%s) = false after verifyBySig, want true", ev.TokenId)
	}
	if got := mustView(t, s, s.CreditRegistry, b.CreditRegistry.PackScoreOf(newcomer), b.CreditRegistry.UnpackScoreOf); got != 720 {
		t.Errorf("scoreOf(newcomer) = %d after attestBaseline, want 720", got)
	}
}
