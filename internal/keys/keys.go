// Package keys loads the signing keys of the keeper and the device simulator: a hex
// private key from the environment, or an encrypted JSON keystore file (the Web3
// Secret Storage format that geth and Foundry's `cast wallet` write).
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoKey means neither a hex key nor a keystore was given.
var ErrNoKey = errors.New("no signing key: set a hex key or a keystore")

// Load returns the key in hexKey (0x-prefixed or not) or, when hexKey is empty, the key
// in the keystore file at keystorePath decrypted with password.
func Load(hexKey, keystorePath, password string) (*ecdsa.PrivateKey, error) {
	switch {
	case hexKey != "" && keystorePath != "":
		return nil, errors.New("both a hex key and a keystore are set; choose one")
	case hexKey != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
		if err != nil {
			return nil, fmt.Errorf("parsing the hex key: %w", err) // the error never echoes the key
		}
		return k, nil
	case keystorePath != "":
		data, err := os.ReadFile(keystorePath)
		if err != nil {
			return nil, fmt.Errorf("reading the keystore: %w", err)
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			return nil, fmt.Errorf("decrypting the keystore %s: %w", keystorePath, err)
		}
		return k.PrivateKey, nil
	}
	return nil, ErrNoKey
}
