// Package chaos holds the fault-injection suite (`make chaos`): it runs the real
// indexer and API against anvil and PostgreSQL while injecting RPC faults through
// internal/rpcproxy, restarting PostgreSQL, killing the indexer with SIGKILL and
// reorganising the chain, and checks that the database ends equal to the canonical chain
// — no event lost, none duplicated — and how long recovery took. A reorg deeper than the
// finality depth must instead stop the indexer with an ERROR and turn /readyz red until
// the database is rebuilt. The failover scenario stops the primary under a backfill,
// promotes its streaming standby and moves the indexer to it, with serve reading from
// the standby throughout.
//
// The telemetry scenarios run the real `sharechain telemetry` while devices stream
// readings through services/device's transports, and restart the MQTT broker
// (SIGTERM and SIGKILL), restart PostgreSQL (fast and immediate) or SIGKILL the
// service: every reading a device made must be stored exactly once, and every epoch
// anchored in order with the root of exactly its stored readings.
//
// The short form runs inside `go test ./...`; CHAOS_LONG=1 selects the long form (more
// events, more faults), and CHAOS_REPORT=path writes the results table into the
// generated section "chaos" of the markdown file at path (`make chaos`: BENCHMARKS.md).
package chaos
