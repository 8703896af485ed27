BEGIN;

CREATE DOMAIN uint256 AS NUMERIC(78, 0)
    CHECK (VALUE >= 0 AND VALUE <= 115792089237316195423570985008687907853269984665640564039457584007913129639935);
COMMENT ON DOMAIN uint256 IS 'An EVM uint256: amounts and ids, exact.';

CREATE TABLE indexer_state (
    chain_id        BIGINT PRIMARY KEY CHECK (chain_id > 0),
    start_block     BIGINT NOT NULL CHECK (start_block >= 0),
    indexed_block   BIGINT NOT NULL CHECK (indexed_block >= start_block - 1),
    indexed_hash    BYTEA CHECK (octet_length(indexed_hash) = 32),
    head_block      BIGINT NOT NULL DEFAULT 0 CHECK (head_block >= 0),
    finalized_block BIGINT NOT NULL DEFAULT 0 CHECK (finalized_block >= 0),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE indexer_state IS 'The cursor: committed in the same transaction as the rows of each batch.';
COMMENT ON COLUMN indexer_state.indexed_block IS 'Every log up to and including this block is stored; start_block - 1 before the first batch.';

CREATE TABLE blocks (
    chain_id    BIGINT NOT NULL,
    number      BIGINT NOT NULL CHECK (number >= 0),
    hash        BYTEA NOT NULL CHECK (octet_length(hash) = 32),
    parent_hash BYTEA NOT NULL CHECK (octet_length(parent_hash) = 32),
    time        BIGINT NOT NULL CHECK (time >= 0),
    PRIMARY KEY (chain_id, number)
);
COMMENT ON TABLE blocks IS 'Headers of the unfinalized window, kept to detect reorgs by parent hash.';

CREATE TABLE events (
    chain_id     BIGINT NOT NULL,
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    block_hash   BYTEA NOT NULL CHECK (octet_length(block_hash) = 32),
    block_time   BIGINT NOT NULL CHECK (block_time >= 0),
    tx_hash      BYTEA NOT NULL CHECK (octet_length(tx_hash) = 32),
    tx_index     INTEGER NOT NULL CHECK (tx_index >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    address      BYTEA NOT NULL CHECK (octet_length(address) = 20),
    contract     TEXT NOT NULL,
    name         TEXT,
    args         JSONB,
    topics       BYTEA[] NOT NULL,
    data         BYTEA NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index),
    UNIQUE (chain_id, block_hash, log_index)
);
COMMENT ON TABLE events IS 'Every log of the suite contracts, decoded where the ABI knows it: the auditor''s view.';
COMMENT ON COLUMN events.contract IS 'The manifest name of the emitting contract (RewardToken, AssetRegistry, ...).';
COMMENT ON COLUMN events.name IS 'The event name; NULL for a log the ABI cannot decode (then only topics and data).';
COMMENT ON COLUMN events.args IS 'Decoded arguments keyed by ABI parameter name; integers as decimal strings.';

CREATE INDEX idx_events_tx_hash ON events (tx_hash);
COMMENT ON INDEX idx_events_tx_hash IS 'Serves /v1/events?tx= and the explorer search by transaction.';

COMMIT;
