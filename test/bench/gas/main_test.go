package main

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	snap := map[string]string{"size_PledgeEscrow": "21067", "setUser": "51276", "transferFrom": "62189"}
	for i, s := range steps {
		snap[s] = strings.Repeat("1", i+1)
	}
	snap["rent"] = "198087"
	snap["releaseDeposit"] = "200001"
	got, err := render(snap)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| register | 1 |  |", "| execute | 111 111 111 111 111 111 |  |",
		"| ERC-4907 reference `setUser` | 51 276 |  |", "| PledgeEscrow | 21 067 |  |",
		"| rent | 198 087 | ≤ 200 000: met |", "| releaseDeposit | 200 001 | ≤ 200 000: **missed** |"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	delete(snap, "rent")
	snap["verify"] = "lots"
	if _, err := render(snap); err == nil || !strings.Contains(err.Error(), "rent") || !strings.Contains(err.Error(), "verify") {
		t.Errorf("missing and bad snapshots: err = %v", err)
	}
}
