package telemetry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// MQTTConfig configures [Ingester.RunMQTT].
type MQTTConfig struct {
	// URL is the broker, mqtt://host:port (mqtts:// for TLS).
	URL string
	// ClientID names the service's persistent session at the broker; default
	// "sharechain-telemetry-<chainId>", or with ShareGroup
	// "sharechain-telemetry-<chainId>-<hostname>". Two services must not share one.
	ClientID string
	// ShareGroup, when set, makes the subscription a shared one,
	// $share/<ShareGroup>/sharechain/<chainId>/devices/+/readings: the broker hands each
	// batch to one of the group's sessions, so several services ingest one fleet
	// (Mosquitto ≥ 1.6, EMQX, HiveMQ and VerneMQ offer shared subscriptions to MQTT 3.1.1
	// clients too). Without it every service subscribed gets every batch.
	ShareGroup string
	// OnSubscribed, when set, is called each time the broker confirms the subscription
	// (after every connection).
	OnSubscribed func()
}

// mqttClientID is the default client id of chainID's service.
func mqttClientID(chainID uint64) string {
	return "sharechain-telemetry-" + strconv.FormatUint(chainID, 10)
}

// brokerURL turns mqtt://[user:password@]host:port into paho's tcp://host:port (mqtts:
// ssl://) and the credentials, which are passed to the broker in CONNECT and never logged.
func brokerURL(raw string) (string, *url.Userinfo, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// the URL may hold a password: name only its scheme
		return "", nil, fmt.Errorf("MQTT URL: %w", errors.Unwrap(err))
	}
	port := u.Port()
	switch u.Scheme {
	case "mqtt", "tcp":
		u.Scheme = "tcp"
		if port == "" {
			port = "1883"
		}
	case "mqtts", "ssl":
		u.Scheme = "ssl"
		if port == "" {
			port = "8883"
		}
	default:
		return "", nil, fmt.Errorf("MQTT URL: the scheme must be mqtt:// or mqtts://, not %q", u.Scheme)
	}
	if u.Hostname() == "" {
		return "", nil, errors.New("MQTT URL has no host")
	}
	return u.Scheme + "://" + u.Hostname() + ":" + port, u.User, nil
}

// RunMQTT takes the batches devices publish to
// sharechain/{chainId}/devices/{device}/readings (MQTT 3.1.1, QoS 1, a persistent
// session) until ctx ends, and answers each on the device's acks topic. A message is
// acknowledged (PUBACK) only after its readings are committed, so the broker keeps a
// message the service has not stored and delivers it again when the session resumes.
// When the readings cannot be stored the message is retried until they are, or until
// the service stops.
//
// On ctx's end it stops taking messages (those delivered afterwards stay unacknowledged
// in the session), waits for the batches in flight to be stored and acknowledged, and
// disconnects. It returns an error only when it cannot start.
func (in *Ingester) RunMQTT(ctx context.Context, cfg MQTTConfig) error {
	broker, user, err := brokerURL(cfg.URL)
	if err != nil {
		return err
	}
	filter := readingsFilter(in.chainID)
	if g := cfg.ShareGroup; g != "" {
		if strings.ContainsAny(g, "/+#") {
			return fmt.Errorf("MQTT share group %q: it may not hold '/', '+' or '#'", g)
		}
		filter = "$share/" + g + "/" + filter
	}
	if cfg.ClientID == "" {
		cfg.ClientID = mqttClientID(in.chainID)
		if cfg.ShareGroup != "" {
			// the group's services need sessions of their own, and each its own again
			// after a restart (a container keeps its hostname)
			host, err := os.Hostname()
			if err != nil {
				return fmt.Errorf("naming the MQTT session of a share group member: %w", err)
			}
			cfg.ClientID += "-" + host
		}
	}
	log := in.cfg.Logger.With("component", "telemetry_mqtt", "broker", broker, "client_id", cfg.ClientID)
	s := &mqttSession{in: in, log: log, done: ctx.Done()}
	opts := mqtt.NewClientOptions().
		AddBroker(broker).
		SetClientID(cfg.ClientID).
		SetCleanSession(false). // the broker keeps the subscription and queues messages while we are away
		SetAutoAckDisabled(true).
		SetOrderMatters(false). // each message in its own goroutine: batches are checked in parallel
		SetAutoReconnect(true).
		SetConnectRetry(true).
		SetConnectRetryInterval(time.Second).
		SetUsername(user.Username()).
		SetMaxReconnectInterval(5 * time.Second).
		SetKeepAlive(30 * time.Second).
		SetDefaultPublishHandler(s.handle). // also what a resumed session delivers before we subscribe
		SetOnConnectHandler(func(c mqtt.Client) {
			go func() {
				tok := c.Subscribe(filter, 1, nil)
				if !tok.WaitTimeout(30*time.Second) || tok.Error() != nil {
					log.Error("subscribing", "topic", filter, "err", tok.Error())
					return
				}
				log.Info("subscribed", "topic", filter)
				if cfg.OnSubscribed != nil {
					cfg.OnSubscribed()
				}
			}()
		}).
		SetConnectionLostHandler(func(_ mqtt.Client, err error) {
			log.Warn("connection to the broker lost; reconnecting", "err", err)
		})
	if password, ok := user.Password(); ok {
		opts.SetPassword(password)
	}
	client := mqtt.NewClient(opts)
	s.client = client
	tok := client.Connect()
	select {
	case <-tok.Done():
		if tok.Error() != nil {
			return fmt.Errorf("connecting to %s: %w", broker, tok.Error())
		}
	case <-ctx.Done():
	}
	<-ctx.Done()
	s.stop()
	client.Disconnect(1000)
	log.Info("disconnected from the broker")
	return nil
}

// mqttSession dispatches the messages of one client to the ingester.
type mqttSession struct {
	in     *Ingester
	log    *slog.Logger
	client mqtt.Client
	done   <-chan struct{}

	mu       sync.Mutex
	stopping bool
	inflight sync.WaitGroup
}

// stop lets no new message in and waits for those in flight.
func (s *mqttSession) stop() {
	s.mu.Lock()
	s.stopping = true
	s.mu.Unlock()
	s.inflight.Wait()
}

func (s *mqttSession) handle(_ mqtt.Client, m mqtt.Message) {
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return // not acknowledged: the session keeps it for the next start
	}
	s.inflight.Add(1)
	s.mu.Unlock()
	defer s.inflight.Done()

	dev, ok := deviceOfTopic(s.in.chainID, m.Topic())
	if !ok {
		// a topic the filter matched but that names no device in lower-case hex: nobody to
		// answer; acknowledged so that it is not delivered again
		s.in.metrics.refusedWhole(TransportMQTT, Malformed)
		s.log.Warn("message on a topic that names no device; dropped", "topic", m.Topic())
		m.Ack()
		return
	}
	var results []Result
	var problem *Problem
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		var err error
		// not the run's ctx: a batch taken is stored and answered even while stopping
		results, problem, err = s.in.Ingest(context.Background(), TransportMQTT, m.Payload(), &dev)
		if err == nil {
			break
		}
		s.log.Warn("batch not stored; retrying", "device", dev.Hex(), "err", err)
		select {
		case <-s.done:
			return // not acknowledged: delivered again when the session resumes
		case <-time.After(wait):
		}
	}
	var body []byte
	var err error
	if problem != nil {
		body, err = json.Marshal(problem)
	} else {
		body, err = json.Marshal(Results{Results: results})
	}
	if err != nil {
		s.log.Error("encoding acks", "err", err)
	} else {
		// QoS 1, not waited for: paho delivers it, and the PUBACK below must not wait on
		// the device's side of the broker
		s.client.Publish(AcksTopic(s.in.chainID, dev), 1, false, body)
	}
	m.Ack()
}
