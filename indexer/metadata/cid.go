package metadata

import (
	"encoding/base32"
	"encoding/hex"
	"errors"
	"strings"
)

// A metadata document on IPFS is named by a CIDv1 with the raw codec and a sha2-256
// multihash (INTERFACE.md §5), so its digest is the content hash itself:
//
//	0x01 (CIDv1) 0x55 (raw) 0x12 (sha2-256) 0x20 (32 bytes) <digest>
//
// written in a multibase: "b" + lower-case base32 without padding (what `ipfs add
// --cid-version 1 --raw-leaves` prints for a small file), also accepted in upper case
// ("B") and in base16 ("f", "F").
var cidPrefix = []byte{0x01, 0x55, 0x12, 0x20}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// ParseCID returns the sha2-256 digest that cid names.
func ParseCID(cid string) ([32]byte, error) {
	if cid == "" {
		return [32]byte{}, errors.New("has no CID")
	}
	var raw []byte
	var err error
	switch cid[0] {
	case 'b', 'B':
		raw, err = b32.DecodeString(strings.ToUpper(cid[1:]))
	case 'f', 'F':
		raw, err = hex.DecodeString(cid[1:])
	default:
		return [32]byte{}, errors.New("CID is not CIDv1 in base32 (b…) or base16 (f…)")
	}
	if err != nil {
		return [32]byte{}, errors.New("CID does not decode: " + err.Error())
	}
	if len(raw) != len(cidPrefix)+32 || string(raw[:len(cidPrefix)]) != string(cidPrefix) {
		return [32]byte{}, errors.New("CID is not CIDv1, raw codec, sha2-256")
	}
	return [32]byte(raw[len(cidPrefix):]), nil
}

// CID returns the CIDv1 (raw codec, sha2-256, base32) of the document whose sha256 is
// digest: the name `ipfs add --cid-version 1 --raw-leaves` gives a document that fits in
// one block.
func CID(digest [32]byte) string {
	return "b" + strings.ToLower(b32.EncodeToString(append(append([]byte{}, cidPrefix...), digest[:]...)))
}
