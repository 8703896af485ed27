// Package testenv gives Go tests the real services they run against: a private
// PostgreSQL cluster, anvil nodes and Mosquitto MQTT brokers, started on free loopback
// ports and stopped when the tests end — or the services named by DATABASE_URL, RPC_URL
// and MQTT_URL when those are set.
//
// A package whose tests use it runs them through [Main]:
//
//	func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }
//
// A missing binary fails the test with the command that installs it; nothing is skipped.
package testenv

import (
	"fmt"
	"os"
	"sync/atomic"
	"testing"

	"sharechain/internal/localnet"
)

// inMain is set while [Main] runs the tests, so that helpers that start shared processes
// can insist on being stopped afterwards.
var inMain atomic.Bool

// Main runs the tests of m and then stops every shared process this package started. It
// returns the exit code for os.Exit.
func Main(m *testing.M) int {
	inMain.Store(true)
	code := m.Run()
	inMain.Store(false)
	if err := stopCluster(); err != nil {
		fmt.Fprintln(os.Stderr, "testenv: stopping PostgreSQL:", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// ModuleRoot is the folder of the repository's go.mod.
func ModuleRoot() (string, error) { return localnet.ModuleRoot() }

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) { return localnet.FreePort() }
