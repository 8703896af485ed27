package telemetry

import (
	"strings"
	"testing"
)

func TestBrokerURL(t *testing.T) {
	cases := map[string]struct {
		raw, broker, user, password string
		hasPassword, fails          bool
	}{
		"plain":        {raw: "mqtt://127.0.0.1:1883", broker: "tcp://127.0.0.1:1883"},
		"default port": {raw: "mqtt://broker", broker: "tcp://broker:1883"},
		"tls":          {raw: "mqtts://broker", broker: "ssl://broker:8883"},
		"credentials":  {raw: "mqtt://svc:s%3Acret@broker:1884", broker: "tcp://broker:1884", user: "svc", password: "s:cret", hasPassword: true},
		"user only":    {raw: "mqtt://svc@broker", broker: "tcp://broker:1883", user: "svc"},
		"bad scheme":   {raw: "http://broker", fails: true},
		"no host":      {raw: "mqtt://:1883", fails: true},
		"not a URL":    {raw: "mqtt://a b:c@%zz", fails: true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			broker, user, err := brokerURL(c.raw)
			if c.fails {
				if err == nil {
					t.Fatalf("brokerURL(%q) = %q, want an error", c.raw, broker)
				}
				if strings.Contains(err.Error(), "cret") {
					t.Errorf("brokerURL's error %q shows the password", err)
				}
				return
			}
			password, ok := user.Password()
			if err != nil || broker != c.broker || user.Username() != c.user || password != c.password || ok != c.hasPassword {
				t.Errorf("brokerURL(%q) = %q, %q, %q (%v), %v; want %q, %q, %q (%v)", c.raw, broker, user.Username(), password, ok, err,
					c.broker, c.user, c.password, c.hasPassword)
			}
		})
	}
}
