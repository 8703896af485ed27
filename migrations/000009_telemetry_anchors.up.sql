BEGIN;

-- The indexer's mirror of TelemetryAnchor (INTERFACE.md §1): one row per anchored epoch.
-- The telemetry service's own telemetry_epochs says what it built and sent; this says
-- what the chain holds, so the API serves a reading as anchored only once its epoch's
-- root is here (a reorg that drops the anchor drops the row, through the undo log).
CREATE TABLE telemetry_anchors (
    chain_id     BIGINT  NOT NULL,
    epoch        BIGINT  NOT NULL CHECK (epoch >= 1),
    root         BYTEA   NOT NULL CHECK (octet_length(root) = 32),
    count        BIGINT  NOT NULL CHECK (count >= 0),
    from_time    uint64  NOT NULL,
    to_time      uint64  NOT NULL,
    block_number BIGINT  NOT NULL CHECK (block_number >= 0),
    block_hash   BYTEA   NOT NULL CHECK (octet_length(block_hash) = 32),
    tx_hash      BYTEA   NOT NULL CHECK (octet_length(tx_hash) = 32),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    PRIMARY KEY (chain_id, epoch)
);
COMMENT ON TABLE telemetry_anchors IS 'Every TelemetryAnchored: the roots the chain holds, with the anchor transaction.';
COMMENT ON COLUMN telemetry_anchors.from_time IS 'The earliest reading time of the epoch (uint64, as the event carries it).';

COMMIT;
