package testenv

import (
	"os"
	"testing"

	"sharechain/internal/localnet"
)

// Mosquitto is a private MQTT broker started by [StartMosquitto].
type Mosquitto struct {
	*localnet.Mosquitto
	tb testing.TB
}

// StartMosquitto starts a private Mosquitto broker on a free loopback port, with
// anonymous access and persistence under a folder of the test's, and stops it when tb
// ends. A missing binary fails the test with the command that installs it.
func StartMosquitto(tb testing.TB) *Mosquitto {
	tb.Helper()
	if _, err := localnet.MosquittoBinary(); err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	port, err := FreePort()
	if err != nil {
		tb.Fatal(err)
	}
	m, err := localnet.NewMosquitto(tb.TempDir(), port)
	if err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	if err := m.Start(); err != nil {
		tb.Fatalf("testenv: %v", err)
	}
	tb.Cleanup(m.Stop)
	return &Mosquitto{Mosquitto: m, tb: tb}
}

// Restart stops the broker cleanly (it saves its sessions and queued messages) and
// starts it again on the same port and data folder.
func (m *Mosquitto) Restart() {
	m.tb.Helper()
	m.Stop()
	if err := m.Start(); err != nil {
		m.tb.Fatalf("testenv: restarting mosquitto: %v", err)
	}
}

// MQTT returns the broker named by MQTT_URL when set, else the URL of a private one
// started by [StartMosquitto]. Tests that restart the broker call StartMosquitto.
func MQTT(tb testing.TB) string {
	tb.Helper()
	if u := os.Getenv("MQTT_URL"); u != "" {
		return u
	}
	return StartMosquitto(tb).URL()
}
