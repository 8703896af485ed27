package decode

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"
)

func TestEvent_AppendRefs(t *testing.T) {
	a := common.HexToAddress("0x00000000000000000000000000000000000000Aa")
	b := common.HexToAddress("0x00000000000000000000000000000000000000bB")
	tests := map[string]struct {
		event Event
		want  []string
	}{
		"undecoded":      {Event{}, nil},
		"amount only":    {Event{Name: "Minted", Args: []Arg{{"value", big.NewInt(1)}}}, nil},
		"listing id":     {Event{Name: "Delisted", Args: []Arg{{"listingId", big.NewInt(12)}}}, []string{"listing:12"}},
		"evidence group": {Event{Name: "Evidence", Args: []Arg{{"arbitrator", a}, {"evidenceGroupID", big.NewInt(3)}}}, []string{"account:" + "0x00000000000000000000000000000000000000aa", "dispute:3"}},
		"distinct addresses in argument order": {
			Event{Name: "DisputeCreated", Args: []Arg{
				{"disputeId", big.NewInt(1)}, {"rentalId", big.NewInt(7)}, {"opener", b}, {"renter", b}, {"provider", a},
			}},
			[]string{"dispute:1", "rental:7", "account:0x00000000000000000000000000000000000000bb", "account:0x00000000000000000000000000000000000000aa"},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := tt.event.AppendRefs([]string{"kept"})
			if diff := cmp.Diff(append([]string{"kept"}, tt.want...), got); diff != "" {
				t.Errorf("AppendRefs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
