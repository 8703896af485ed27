package decode

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"
)

func TestEvent_AppendAccounts(t *testing.T) {
	a := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	b := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	tests := map[string]struct {
		event Event
		want  [][]byte
	}{
		"undecoded": {Event{}, nil},
		"no address": {Event{Name: "Delisted", Args: []Arg{{"listingId", big.NewInt(1)}}}, nil},
		"indexed and data addresses in argument order": {
			Event{Name: "DisputeCreated", Args: []Arg{
				{"disputeId", big.NewInt(1)}, {"opener", b}, {"renter", b}, {"provider", a},
			}},
			[][]byte{b.Bytes(), a.Bytes()},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			prefix := [][]byte{{1}}
			got := tt.event.AppendAccounts(prefix)
			if diff := cmp.Diff(append([][]byte{{1}}, tt.want...), got); diff != "" {
				t.Errorf("AppendAccounts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
