// Package telemetry is the IoT data service, `sharechain telemetry` (DESIGN §6.3,
// INTERFACE.md §6): devices send signed readings over HTTP and MQTT, the service stores
// the good ones in PostgreSQL and anchors a Merkle root of each interval's readings in
// TelemetryAnchor. wire.go holds the wire format, which the API and the device simulator
// use too.
//
// # Ingestion
//
// Both transports hand a batch's bytes to [Ingester.Ingest]. A batch over
// [MaxBatchBytes] or [MaxBatchReadings] is refused whole (oversize), as is a body that is
// not {"readings": [...]} (malformed); otherwise each reading gets a result, in batch
// order:
//
//  1. malformed: a field is missing or out of range (kind, decimal uint256 token_id,
//     int256 value, seq ≥ 1, a 0x-hex signature);
//  2. bad_signature: no address recovers from the signature as OpenZeppelin's ECDSA would
//     (65 bytes, v 27/28, low s). Recovery runs on every core: an ecrecover costs ~29 µs;
//  3. rate_limited: each device (the recovered signer) has a token bucket of
//     [IngestConfig.DeviceRate] readings a second and [IngestConfig.DeviceBurst] at once
//     (defaults 50/s and 1 000: a full batch after a time offline). Readings beyond it are
//     refused, the last of a batch first; other devices draw on their own buckets. Over
//     MQTT the topic names the device, so a batch from a device whose bucket is empty is
//     refused before its signatures are paid for;
//  4. unknown_device: the signer is not the device of the asset's current verification in
//     the indexer's assets table (bound, verified and not revoked, valid_until ≥ the latest
//     indexed block's time); over MQTT also a reading not signed by the topic's device;
//  5. clock_skew / too_old: the reading's time is more than [MaxAhead] after or
//     [MaxBehind] before the latest indexed block's time — never the wall clock, which a
//     warped devnet does not follow;
//  6. duplicate / seq_conflict: its (device, seq) is stored already, with the same leaf
//     (an identical resend: acknowledged, stored once) or another (refused). A reading
//     refused at 4 or 5 that is identical to a stored one is a duplicate too: it was
//     accepted before its verification lapsed or its time aged, and a device resending
//     until acknowledged must hear so.
//
// # Storage and concurrent batches
//
// Writers (two by default) take the checked batches waiting in a queue and store up to
// about 4 000 readings in one transaction (group commit): one statement reads the assets
// and the latest block's time, one INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING
// RETURNING puts the batch's (device, seq)s into telemetry_seqs and draws their ids from
// the sequence, and one COPY writes the readings into telemetry_readings, which is
// partitioned by month of reading time (PostgreSQL cannot make (device, seq) unique
// across partitions: telemetry_seqs's primary key does). Missing monthly partitions are
// created before the transaction that needs them, so the default partition stays empty.
//
// Two transactions inserting the same (device, seq) at once cannot both store it: the
// second one's INSERT waits on the first's uncommitted row and, once it commits, skips
// its own; a later statement of the same transaction then reads the stored leaf and
// answers duplicate or seq_conflict. Each INSERT takes its rows in (device, seq) order,
// so two writers never wait on each other in a cycle; a deadlock PostgreSQL still reports
// is retried. Memory is flat in the number of readings: a group is bounded, at most a
// few batches per core and writer are checked and stored at once (the others wait
// unparsed), and nothing is kept per reading once it is stored (the rate limiter keeps
// one bucket per device that sent lately).
//
// A batch is answered — HTTP's 200, MQTT's acks message and PUBACK — only after the
// transaction holding its readings commits, durably: it sets synchronous_commit on
// whatever the database's default, so a crash right after the answer keeps the readings
// (and the epoch builder's transactions do the same). When it fails, nothing is answered
// (HTTP 503), and the device's resend is safe because of the duplicate rule.
//
// # Epochs and the late commit
//
// An epoch is the readings of a chain with first_id ≤ id ≤ last_id. Ids come from a
// sequence, so a reading with a lower id may commit after one with a higher id: cutting
// at the highest committed id could skip a reading that commits a moment later. The cut
// is therefore ordered against ingestion by an advisory lock: every write transaction
// holds pg_advisory_xact_lock_shared([IngestLock] of the chain) from before it draws its
// first id until it commits, and the builder takes the same lock exclusively, which waits
// for every write transaction in flight, reads the sequence's last value as the cut, and
// lets go at once. Every id at or below the cut was drawn by a transaction that has
// ended, so the range (previous last_id, cut] is complete and never changes; later
// transactions draw higher ids. (This needs the sequence's CACHE of 1, its default: a
// session caching ids could hand out one below the cut later.) Ingestion pauses only for
// that read.
//
// The builder then reads the range's leaves by id, builds [telemetry.BuildTree] and
// commits, in one transaction holding the chain's build lock, the epoch row (number,
// range, count, time range, root) and the tree in pages of 224 nodes, each page with its
// smallest leaf when it holds leaves (telemetry_tree_pages, written with COPY; see
// telemetry.Tree.Page). An empty range makes no epoch; a range of more than
// [AnchorConfig.MaxEpochReadings] readings is cut into several epochs at id boundaries
// (every id below the cut is final, so any boundary is).
//
// # Anchoring
//
// The anchorer sends TelemetryAnchor.anchor(epoch, root, count, fromTime, toTime) for the
// built epochs the chain does not show yet, in order, one at a time: it reads lastEpoch
// from the chain, and for the next epoch waits for a transaction it sent before when one
// is pending, else simulates and sends it and waits for it to be mined. The chain is the
// only record of what is anchored: after a crash between build and send, or a send and
// its receipt, the service finds on start that lastEpoch is behind the database and sends
// the same epoch again (the same root, from the stored row); the contract refuses an
// epoch out of order or twice (BadEpoch), so an epoch is never skipped or doubled. A
// chain whose root of an epoch differs from the database's stops anchoring with an error:
// the database and the chain do not belong together. Services sharing a database take
// turns: a round sends only while it holds the chain's [AnchorLock] (a session advisory
// lock on a connection of its own), so their anchorers never send the same epoch twice.
package telemetry
