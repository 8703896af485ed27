package localnet

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// MosquittoInstall is the command that installs the broker on Debian.
const MosquittoInstall = "apt-get update && apt-get install -y mosquitto mosquitto-clients"

// Mosquitto is a private MQTT broker (Debian's mosquitto, MQTT 3.1.1 and 5) with its own
// configuration and persistence folder, listening on a loopback port. Stopped cleanly
// ([Mosquitto.Stop]) it saves its persistent sessions, queued messages included, and
// [Mosquitto.Start] on the same folder and port brings them back: what a broker restart
// test needs.
type Mosquitto struct {
	Dir  string // holds mosquitto.conf, mosquitto.log and the persistence file
	Port int
	bin  string
	cmd  *exec.Cmd
	done chan struct{}
}

// MosquittoBinary finds the broker: $MOSQUITTO, mosquitto on PATH, or /usr/sbin/mosquitto
// (Debian installs it there, which is not on every user's PATH).
func MosquittoBinary() (string, error) {
	if p := os.Getenv("MOSQUITTO"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("MOSQUITTO=%s: %w (install the broker: %s)", p, err, MosquittoInstall)
		}
		return p, nil
	}
	if p, err := exec.LookPath("mosquitto"); err == nil {
		return p, nil
	}
	if _, err := os.Stat("/usr/sbin/mosquitto"); err == nil {
		return "/usr/sbin/mosquitto", nil
	}
	return "", fmt.Errorf("the MQTT broker mosquitto is not installed: %s (or set MQTT_URL to a broker)", MosquittoInstall)
}

// NewMosquitto prepares a broker whose configuration and data live in dir (created if
// missing) and which listens on 127.0.0.1:port; call Start.
func NewMosquitto(dir string, port int) (*Mosquitto, error) {
	bin, err := MosquittoBinary()
	if err != nil {
		return nil, err
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	m := &Mosquitto{Dir: dir, Port: port, bin: bin}
	// As root, mosquitto drops to the user mosquitto unless told to stay root; the folder
	// is ours, so it stays root. max_queued_messages: the default 1 000 per session drops
	// QoS 1 messages beyond it while the subscriber is away, which a test that restarts
	// the subscriber mid-stream must not see.
	conf := fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\npersistence true\npersistence_location %s/\n"+
		"autosave_interval 1\nmax_queued_messages 1000000\nmax_inflight_messages 0\nlog_dest file %s\n",
		port, dir, filepath.Join(dir, "mosquitto.log"))
	if os.Geteuid() == 0 {
		conf += "user root\n"
	}
	if err := os.WriteFile(m.conf(), []byte(conf), 0o600); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Mosquitto) conf() string { return filepath.Join(m.Dir, "mosquitto.conf") }

// URL is the broker's address as MQTT_URL spells it.
func (m *Mosquitto) URL() string { return "mqtt://127.0.0.1:" + strconv.Itoa(m.Port) }

// Start starts the broker and waits until it accepts connections.
func (m *Mosquitto) Start() error {
	if m.cmd != nil {
		return errors.New("mosquitto is already running")
	}
	cmd := exec.Command(m.bin, "-c", m.conf())
	out, err := os.Create(filepath.Join(m.Dir, "stderr.log"))
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		out.Close()
		return fmt.Errorf("starting mosquitto: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); out.Close(); close(done) }()
	m.cmd, m.done = cmd, done
	deadline := time.Now().Add(20 * time.Second)
	for {
		select {
		case <-done:
			m.cmd = nil
			return fmt.Errorf("mosquitto exited at start:\n%s", m.logs())
		default:
		}
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(m.Port), time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			m.Stop()
			return fmt.Errorf("mosquitto did not listen on port %d in 20 s:\n%s", m.Port, m.logs())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Stop stops the broker with SIGTERM, on which it saves its persistence file, and waits
// for it (SIGKILL after 10 s). Stopping a stopped broker does nothing.
func (m *Mosquitto) Stop() {
	if m.cmd == nil {
		return
	}
	_ = m.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-m.done:
	case <-time.After(10 * time.Second):
		_ = m.cmd.Process.Kill()
		<-m.done
	}
	m.cmd = nil
}

// Kill stops the broker with SIGKILL, as a crash would: whatever changed since its last
// autosave (autosave_interval 1, so about a second) is lost, sessions and queued messages
// included. Killing a stopped broker does nothing; Start brings it back on the same
// folder and port.
func (m *Mosquitto) Kill() {
	if m.cmd == nil {
		return
	}
	_ = m.cmd.Process.Kill()
	<-m.done
	m.cmd = nil
}

func (m *Mosquitto) logs() string {
	a, _ := os.ReadFile(filepath.Join(m.Dir, "stderr.log"))
	b, _ := os.ReadFile(filepath.Join(m.Dir, "mosquitto.log"))
	return string(a) + string(b)
}
