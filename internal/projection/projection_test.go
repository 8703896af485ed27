package projection

import (
	"strings"
	"testing"

	"sharechain/internal/decode"
	"sharechain/internal/manifest"
)

// TestDefault binds every handler of the projections against the bindings' ABIs: a
// contract, event or argument name that the ABIs lack fails here.
func TestDefault(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	for _, ev := range []struct{ contract, name string }{
		{manifest.PledgeEscrow, "Rented"}, {manifest.AssetRegistry, "AssetRegistered"}, {manifest.CreditRegistry, "TierSet"},
		{manifest.Arbitration, "Voted"}, {manifest.RewardToken, "Transfer"},
	} {
		if !p.Follows(ev.contract, ev.name) {
			t.Errorf("Follows(%s, %s) = false, want true", ev.contract, ev.name)
		}
	}
	if p.Follows(manifest.PledgeEscrow, "Paused") {
		t.Error("Follows(PledgeEscrow, Paused) = true, want false: no projection moves on it")
	}
}

// TestBind_Mistakes registers handlers that read what the ABIs do not have, as a typo
// would, and checks that binding names each mistake.
func TestBind_Mistakes(t *testing.T) {
	tests := []struct {
		name     string
		register func(r *registry)
		want     string
	}{
		{"argument typo", func(r *registry) { r.on(manifest.PledgeEscrow, "Rented").uint("rentalld") },
			`PledgeEscrow.Rented has no argument "rentalld"`},
		{"event typo", func(r *registry) { r.on(manifest.PledgeEscrow, "Rentd").uint("rentalId") },
			"the PledgeEscrow ABI has no event Rentd"},
		{"unknown contract", func(r *registry) { r.on("Escrow", "Rented").uint("rentalId") },
			`no ABI for contract "Escrow"`},
		{"address read as an integer", func(r *registry) { r.on(manifest.PledgeEscrow, "Rented").uint("renter") },
			"PledgeEscrow.Rented argument renter is address, not an integer"},
		{"integer read as an address", func(r *registry) { r.on(manifest.AssetRegistry, "Transfer").address("tokenId") },
			"AssetRegistry.Transfer argument tokenId is uint256, not an address"},
		{"indexed string", func(r *registry) { r.on(manifest.AssetRegistry, "AssetRegistered").string("assetCode") },
			"argument assetCode is bytes32, not a non-indexed string"},
		{"bool read as an integer", func(r *registry) { r.on(manifest.AssetRegistry, "LockSet").uint("locked") },
			"AssetRegistry.LockSet argument locked is bool, not an integer"},
		{"integer read as a bool", func(r *registry) { r.on(manifest.PledgeEscrow, "Rented").bool("start") },
			"PledgeEscrow.Rented argument start is uint64, not a bool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &registry{events: map[eventKey]*eventSpec{}}
			registerRentals(r) // a correct set beside the mistake: only the mistake is named
			tt.register(r)
			err := r.bind(decode.ABI)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("bind() = %v, want an error containing %q", err, tt.want)
			}
			if n := strings.Count(err.Error(), "\n") + 1; n != 1 {
				t.Errorf("bind() named %d mistakes, want 1:\n%v", n, err)
			}
		})
	}
}
