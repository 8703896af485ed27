package localnet

import (
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNewPostgres_RelativeDir: the server runs inside its data folder, so a relative
// folder (make demo's .data/postgres) must become absolute or the socket lock cannot be
// created.
func TestNewPostgres_RelativeDir(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p, err := NewPostgres(filepath.Join(".data", "postgres"))
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, ".data", "postgres")
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		want = filepath.Join(real, ".data", "postgres")
	}
	if p.Dir != want {
		t.Errorf("NewPostgres(.data/postgres).Dir = %q, want %q", p.Dir, want)
	}
	if _, err := os.Stat(p.Dir); err != nil {
		t.Errorf("the data folder was not created: %v", err)
	}
}

// TestAnvil_StateCacheRemoved: anvil writes the states of old blocks to disk and deletes
// them only on a clean exit; the node must keep them in a private folder that Stop
// removes, never in ~/.foundry/anvil/tmp.
func TestAnvil_StateCacheRemoved(t *testing.T) {
	a, err := StartAnvil(0)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	// Enough blocks for anvil to move the oldest states to disk.
	for range 3 {
		if err := a.Call(nil, "anvil_mine", "0x200"); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(a.cache)
	if err != nil {
		t.Fatalf("the private state cache: %v", err)
	}
	t.Logf("%d entries in %s", len(entries), a.cache)
	a.Stop()
	if _, err := os.Stat(a.cache); !os.IsNotExist(err) {
		t.Errorf("Stop left the state cache %s (stat: %v)", a.cache, err)
	}
}

// TestStartAnvil_OwnPort: a node started on port 0 answers on the port it bound itself,
// and a node asked for a port that another node holds fails rather than handing back
// the other node (which a port picked first and bound later could do, under parallel
// tests).
func TestStartAnvil_OwnPort(t *testing.T) {
	first, err := StartAnvil(0, "--chain-id", "1001")
	if err != nil {
		t.Fatal(err)
	}
	defer first.Stop()
	second, err := StartAnvil(0, "--chain-id", "1002")
	if err != nil {
		t.Fatal(err)
	}
	defer second.Stop()
	for _, c := range []struct {
		node *Anvil
		want uint64
	}{{first, 1001}, {second, 1002}} {
		if got, err := c.node.ChainID(); err != nil || got != c.want {
			t.Errorf("ChainID() on %s = %d, %v, want %d", c.node.RPC, got, err, c.want)
		}
	}
	if first.RPC == second.RPC {
		t.Errorf("two nodes on port 0 share %s", first.RPC)
	}

	u, err := url.Parse(first.RPC)
	if err != nil {
		t.Fatal(err)
	}
	busy, err := strconv.Atoi(u.Port())
	if err != nil {
		t.Fatal(err)
	}
	if a, err := StartAnvil(busy, "--chain-id", "1003"); err == nil {
		id, _ := a.ChainID()
		a.Stop()
		t.Fatalf("StartAnvil(%d) on a held port = a node with chain id %d, want an error", busy, id)
	} else if !strings.Contains(err.Error(), "exited before it answered") || !strings.Contains(err.Error(), "in use") {
		t.Errorf("StartAnvil(%d) on a held port = %v, want it to say the node exited, with anvil's reason", busy, err)
	}
}

// TestMosquitto_KillAndStart: a broker killed with SIGKILL starts again on its port and
// folder (what the chaos suite's broker crash needs), and Kill of a stopped broker does
// nothing.
func TestMosquitto_KillAndStart(t *testing.T) {
	if _, err := MosquittoBinary(); err != nil {
		t.Fatal(err)
	}
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMosquitto(t.TempDir(), port)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Stop)
	m.Kill()
	m.Kill()
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
		c.Close()
		t.Fatal("the broker still accepts connections after Kill")
	}
	if err := m.Start(); err != nil {
		t.Fatalf("Start() after Kill = %v", err)
	}
}
