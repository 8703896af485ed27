package keys

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

func TestLoad(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	hexKey := "0x" + hex.EncodeToString(crypto.FromECDSA(key))
	enc, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: want, PrivateKey: key}, "secret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "keeper.json")
	if err := os.WriteFile(path, enc, 0o600); err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]struct {
		hex, path, password string
		wantErr             bool
	}{
		"hex with 0x":    {hex: hexKey},
		"hex without 0x": {hex: hexKey[2:]},
		"keystore":       {path: path, password: "secret"},
		"wrong password": {path: path, password: "nope", wantErr: true},
		"missing file":   {path: path + ".x", password: "secret", wantErr: true},
		"bad hex":        {hex: "0xzz", wantErr: true},
		"both":           {hex: hexKey, path: path, wantErr: true},
	} {
		t.Run(name, func(t *testing.T) {
			k, err := Load(tt.hex, tt.path, tt.password)
			if tt.wantErr {
				if err == nil {
					t.Fatal("Load() succeeded, want an error")
				}
				return
			}
			if err != nil {
				t.Fatalf("Load() = %v", err)
			}
			if got := crypto.PubkeyToAddress(k.PublicKey); got != want {
				t.Errorf("Load() address = %s, want %s", got, want)
			}
		})
	}
	if _, err := Load("", "", ""); !errors.Is(err, ErrNoKey) {
		t.Errorf("Load() with nothing = %v, want ErrNoKey", err)
	}
}
