BEGIN;

-- The IoT data service (DESIGN §6.3): the signed readings devices send, the Merkle epochs
-- built over them and anchored in TelemetryAnchor, and the trees that proofs are served
-- from. `sharechain telemetry` writes these tables; the API reads them. The anchors
-- themselves (TelemetryAnchored) are the indexer's projection telemetry_anchors.

CREATE SEQUENCE telemetry_reading_id AS BIGINT;
COMMENT ON SEQUENCE telemetry_reading_id IS 'Ingestion order of readings: an epoch is a range of ids. Keep CACHE 1: the epoch cut (services/telemetry) reads last_value as the highest id drawn.';

-- Readings, partitioned by the reading's time so that retention drops whole partitions.
-- PostgreSQL cannot make (device, seq) unique across partitions: telemetry_seqs does.
CREATE TABLE telemetry_readings (
    chain_id  BIGINT        NOT NULL,
    time      BIGINT        NOT NULL CHECK (time >= 0),
    device    BYTEA         NOT NULL CHECK (octet_length(device) = 20),
    seq       BIGINT        NOT NULL CHECK (seq >= 1),
    token_id  uint256       NOT NULL CHECK (token_id > 0),
    kind      TEXT          NOT NULL CHECK (kind ~ '^[a-z0-9_]{1,32}$'),
    value     NUMERIC(78,0) NOT NULL,
    signature BYTEA         NOT NULL CHECK (octet_length(signature) = 65),
    leaf      BYTEA         NOT NULL CHECK (octet_length(leaf) = 32),
    id        BIGINT        NOT NULL,
    PRIMARY KEY (chain_id, time, device, seq)
) PARTITION BY RANGE (time);
COMMENT ON TABLE telemetry_readings IS 'Signed device readings (INTERFACE.md §1 TelemetryAnchor), one partition per month of reading time.';
COMMENT ON COLUMN telemetry_readings.value IS 'int256: negative values allowed.';
COMMENT ON COLUMN telemetry_readings.leaf IS 'The reading''s StandardMerkleTree leaf, computed once at ingestion.';
COMMENT ON COLUMN telemetry_readings.id IS 'telemetry_reading_id at ingestion: the epoch whose id range holds it anchors it.';
CREATE INDEX idx_telemetry_readings_asset ON telemetry_readings (chain_id, token_id, time, device, seq);
COMMENT ON INDEX idx_telemetry_readings_asset IS 'An asset''s readings by time: GET /v1/assets/{id}/telemetry and stats.';
CREATE INDEX idx_telemetry_readings_id ON telemetry_readings (id);
COMMENT ON INDEX idx_telemetry_readings_id IS 'An epoch''s readings by id range, when the tree is built.';
CREATE TABLE telemetry_readings_default PARTITION OF telemetry_readings DEFAULT;
COMMENT ON TABLE telemetry_readings_default IS 'Readings outside every monthly partition (the service creates months ahead; this stays empty).';

-- The unique (device, seq) that partitions cannot enforce, and the lookup of a reading
-- without its time (a proof is asked for by device and seq).
CREATE TABLE telemetry_seqs (
    chain_id BIGINT NOT NULL,
    device   BYTEA  NOT NULL CHECK (octet_length(device) = 20),
    seq      BIGINT NOT NULL CHECK (seq >= 1),
    time     BIGINT NOT NULL,
    leaf     BYTEA  NOT NULL CHECK (octet_length(leaf) = 32),
    id       BIGINT NOT NULL,
    PRIMARY KEY (chain_id, device, seq)
);
COMMENT ON TABLE telemetry_seqs IS 'One row per stored reading: a seq is used once per device, and its time finds its partition.';
COMMENT ON COLUMN telemetry_seqs.leaf IS 'The stored reading''s leaf: an identical resend has the same leaf (a duplicate), any other reading with this seq is a conflict.';

-- Epochs: the readings with first_id <= id <= last_id, their tree's root, and the anchor
-- transaction. Built once, in order, before anchoring; re-sent after a crash.
CREATE TABLE telemetry_epochs (
    chain_id  BIGINT      NOT NULL,
    epoch     BIGINT      NOT NULL CHECK (epoch >= 1),
    first_id  BIGINT      NOT NULL,
    last_id   BIGINT      NOT NULL CHECK (last_id >= first_id),
    count     INTEGER     NOT NULL CHECK (count >= 1),
    from_time BIGINT      NOT NULL,
    to_time   BIGINT      NOT NULL CHECK (to_time >= from_time),
    root      BYTEA       NOT NULL CHECK (octet_length(root) = 32),
    built_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    anchor_tx BYTEA       CHECK (octet_length(anchor_tx) = 32),
    PRIMARY KEY (chain_id, epoch)
);
COMMENT ON COLUMN telemetry_epochs.anchor_tx IS 'The last anchor transaction sent for the epoch; NULL until sent. Whether it was mined is the indexer''s telemetry_anchors.';
CREATE UNIQUE INDEX idx_telemetry_epochs_last_id ON telemetry_epochs (chain_id, last_id);
COMMENT ON INDEX idx_telemetry_epochs_last_id IS 'The epoch of a reading id: the first epoch whose last_id >= id.';

-- Each epoch's tree (telemetry.Tree's node array) in pages of 224 nodes (7 KiB,
-- telemetry.PageNodes): a page is as much as one row of an 8 KiB heap page holds, stored
-- inline and uncompressed (STORAGE PLAIN: hashes do not compress), so reading a node is
-- one primary-key probe and one heap page — a larger page would be TOASTed, and each
-- node read would descend the TOAST index too. A proof reads the page of its leaf, found
-- by min_leaf, and the pages of its ⌈log₂ n⌉ siblings, the top levels all in page 0.
CREATE TABLE telemetry_tree_pages (
    chain_id BIGINT  NOT NULL,
    epoch    BIGINT  NOT NULL,
    page     INTEGER NOT NULL CHECK (page >= 0),
    nodes    BYTEA   NOT NULL CHECK (octet_length(nodes) % 32 = 0 AND octet_length(nodes) BETWEEN 32 AND 32 * 224),
    min_leaf BYTEA   CHECK (octet_length(min_leaf) = 32),
    PRIMARY KEY (chain_id, epoch, page),
    FOREIGN KEY (chain_id, epoch) REFERENCES telemetry_epochs ON DELETE CASCADE
);
COMMENT ON TABLE telemetry_tree_pages IS 'Node i of an epoch''s tree is bytes [32·(i mod 224), +32) of page i / 224.';
ALTER TABLE telemetry_tree_pages ALTER COLUMN nodes SET STORAGE PLAIN, ALTER COLUMN min_leaf SET STORAGE PLAIN;
COMMENT ON COLUMN telemetry_tree_pages.nodes IS 'STORAGE PLAIN: inline and uncompressed, one heap page a row.';
COMMENT ON COLUMN telemetry_tree_pages.min_leaf IS 'The smallest leaf the page holds (its last node: the sorted leaves fill the end of the tree in descending order); NULL for a page of inner nodes only.';
CREATE INDEX idx_telemetry_tree_pages_leaf ON telemetry_tree_pages (chain_id, epoch, min_leaf) WHERE min_leaf IS NOT NULL;
COMMENT ON INDEX idx_telemetry_tree_pages_leaf IS 'The page of a leaf: the one with the greatest min_leaf <= the leaf (one probe, where a binary search over the leaves reads log₂ n nodes).';

COMMIT;
