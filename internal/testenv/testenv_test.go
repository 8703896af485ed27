package testenv_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/jackc/pgx/v5"

	"sharechain/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

func TestPostgres_FreshDatabases(t *testing.T) {
	ctx := context.Background()
	a, b := testenv.Postgres(t), testenv.Postgres(t)
	if a == b {
		t.Fatalf("Postgres() returned %s twice, want two databases", a)
	}
	conn, err := pgx.Connect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TABLE t (x int)"); err != nil {
		t.Fatal(err)
	}
	var tables int
	other, err := pgx.Connect(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	if err := other.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Errorf("a fresh database has %d tables, want 0", tables)
	}
}

func TestStartAnvil_ChainID(t *testing.T) {
	node := testenv.StartAnvil(t, "--chain-id", "31337")
	id, err := node.ChainID()
	if err != nil {
		t.Fatal(err)
	}
	if id != 31337 {
		t.Errorf("ChainID() = %d, want 31337", id)
	}
}

// TestStartMosquitto_RestartKeepsMessages publishes a retained message, restarts the
// broker on the same port and data folder, and reads the message back: the restart
// keeps what the broker persisted.
func TestStartMosquitto_RestartKeepsMessages(t *testing.T) {
	m := testenv.StartMosquitto(t)
	connect := func(id string) mqtt.Client {
		c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker("tcp://127.0.0.1:" + strconv.Itoa(m.Port)).SetClientID(id))
		if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
			t.Fatalf("connecting to %s: %v", m.URL(), tok.Error())
		}
		return c
	}
	pub := connect("pub")
	if tok := pub.Publish("t/kept", 1, true, "hello"); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatalf("publishing: %v", tok.Error())
	}
	pub.Disconnect(100)
	m.Restart()

	sub := connect("sub")
	defer sub.Disconnect(100)
	got := make(chan string, 1)
	if tok := sub.Subscribe("t/kept", 1, func(_ mqtt.Client, msg mqtt.Message) { got <- string(msg.Payload()) }); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatalf("subscribing: %v", tok.Error())
	}
	select {
	case s := <-got:
		if s != "hello" {
			t.Errorf("retained message after restart = %q, want %q", s, "hello")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the retained message did not survive the broker's restart")
	}
}
