package metadata

import (
	"crypto/sha256"
	"testing"

	"sharechain/internal/devnet"
)

// TestDevnetDocuments: the devnet scenario's documents are what the worker accepts, at
// the CIDs the scenario registers them under.
func TestDevnetDocuments(t *testing.T) {
	docs := devnet.Documents()
	if len(docs) < 6 {
		t.Fatalf("devnet.Documents() has %d documents, want the scenario's and the e-bike's", len(docs))
	}
	for cid, doc := range docs {
		digest, err := ParseCID(cid)
		if err != nil {
			t.Errorf("ParseCID(%s) = %v", cid, err)
			continue
		}
		if digest != sha256.Sum256([]byte(doc)) {
			t.Errorf("the CID %s does not name the sha256 of %s", cid, doc)
		}
		if res := Check([]byte(doc), digest); res.Status != Fetched {
			t.Errorf("Check(%s) = %s (%s), want fetched", doc, res.Status, res.Reason)
		}
	}
}
