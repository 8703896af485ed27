BEGIN;

CREATE DOMAIN uint256 AS NUMERIC(78, 0)
    CHECK (VALUE >= 0 AND VALUE <= 115792089237316195423570985008687907853269984665640564039457584007913129639935);
COMMENT ON DOMAIN uint256 IS 'An EVM uint256: amounts and ids, exact.';

CREATE DOMAIN uint64 AS NUMERIC(20, 0)
    CHECK (VALUE >= 0 AND VALUE <= 18446744073709551615);
COMMENT ON DOMAIN uint64 IS 'An EVM uint64 (times, durations): type(uint64).max, a natural "forever", does not fit BIGINT.';

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

-- Projections: the current state the API serves, rebuilt from events alone. Each row
-- carries the block of its last change; undo_log holds pre-images for the unfinalized window.

CREATE TABLE assets (
    token_id      uint256 PRIMARY KEY,
    owner         BYTEA NOT NULL CHECK (octet_length(owner) = 20),
    asset_code    BYTEA NOT NULL CHECK (octet_length(asset_code) = 32),
    content_hash  BYTEA NOT NULL CHECK (octet_length(content_hash) = 32),
    uri           TEXT NOT NULL,
    verified      BOOLEAN NOT NULL DEFAULT false,
    verified_by   BYTEA CHECK (octet_length(verified_by) = 20),
    valid_until   uint64,
    device        BYTEA CHECK (octet_length(device) = 20),
    user_address  BYTEA CHECK (octet_length(user_address) = 20),
    user_expires  uint64,
    listing_id    uint256,
    block_number  BIGINT NOT NULL CHECK (block_number >= 0),
    updated_block BIGINT NOT NULL CHECK (updated_block >= block_number)
);
COMMENT ON COLUMN assets.verified IS 'Verified and not revoked or cleared; the API also compares valid_until with the latest block time.';
COMMENT ON COLUMN assets.listing_id IS 'The open listing of the asset, NULL when none.';
CREATE INDEX idx_assets_owner ON assets (owner, token_id);
COMMENT ON INDEX idx_assets_owner IS 'Serves /v1/assets?owner= in token order.';

CREATE TABLE listings (
    id             uint256 PRIMARY KEY,
    token_id       uint256 NOT NULL,
    provider       BYTEA NOT NULL CHECK (octet_length(provider) = 20),
    payment_token  BYTEA NOT NULL CHECK (octet_length(payment_token) = 20),
    price_per_hour uint256 NOT NULL,
    deposit        uint256 NOT NULL,
    min_duration   uint64 NOT NULL,
    max_duration   uint64 NOT NULL CHECK (max_duration >= min_duration),
    price_per_unit uint256 NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('active', 'delisted')),
    pledge_amount  uint256 NOT NULL,
    pledge_state   TEXT NOT NULL CHECK (pledge_state IN ('locked', 'released', 'slashed', 'returned')),
    block_number   BIGINT NOT NULL CHECK (block_number >= 0),
    updated_block  BIGINT NOT NULL CHECK (updated_block >= block_number)
);
CREATE INDEX idx_listings_provider ON listings (provider, id);
COMMENT ON INDEX idx_listings_provider IS 'Serves /v1/listings?provider= in id order.';

CREATE TABLE rentals (
    id            uint256 PRIMARY KEY,
    listing_id    uint256 NOT NULL,
    token_id      uint256 NOT NULL,
    renter        BYTEA NOT NULL CHECK (octet_length(renter) = 20),
    provider      BYTEA NOT NULL CHECK (octet_length(provider) = 20),
    status        TEXT NOT NULL CHECK (status IN ('active', 'disputed', 'settled', 'defaulted', 'resolved')),
    start_time    uint64 NOT NULL,
    end_time      uint64 NOT NULL CHECK (end_time >= start_time),
    rent          uint256 NOT NULL,
    deposit       uint256 NOT NULL,
    confirmed     BOOLEAN NOT NULL DEFAULT false,
    rent_charged  uint256,
    usage_fee     uint256,
    damage        uint256,
    late_fee      uint256,
    platform_fee  uint256,
    refund        uint256,
    dispute_id    uint256,
    block_number  BIGINT NOT NULL CHECK (block_number >= 0),
    updated_block BIGINT NOT NULL CHECK (updated_block >= block_number)
);
COMMENT ON COLUMN rentals.rent_charged IS 'Settlement amounts, NULL until the rental settles, defaults or is ruled.';
CREATE INDEX idx_rentals_renter ON rentals (renter, id);
CREATE INDEX idx_rentals_provider ON rentals (provider, id);
CREATE INDEX idx_rentals_token_id ON rentals (token_id, id);
CREATE INDEX idx_rentals_overdue ON rentals (end_time) WHERE status = 'active';
COMMENT ON INDEX idx_rentals_overdue IS 'The keeper''s scan for rentals past end + grace period.';

CREATE TABLE usage_reports (
    rental_id    uint256 NOT NULL,
    nonce        uint64 NOT NULL CHECK (nonce > 0),
    units        uint256 NOT NULL,
    damage_bps   INTEGER NOT NULL CHECK (damage_bps BETWEEN 0 AND 10000),
    device       BYTEA NOT NULL CHECK (octet_length(device) = 20),
    tx_hash      BYTEA NOT NULL CHECK (octet_length(tx_hash) = 32),
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    PRIMARY KEY (rental_id, nonce)
);

CREATE TABLE accounts (
    address          BYTEA PRIMARY KEY CHECK (octet_length(address) = 20),
    score            INTEGER NOT NULL DEFAULT 600 CHECK (score BETWEEN 0 AND 1000),
    blacklisted      BOOLEAN NOT NULL DEFAULT false,
    blacklist_reason BYTEA CHECK (octet_length(blacklist_reason) = 32),
    shr_balance      uint256 NOT NULL DEFAULT 0,
    rewards_earned   uint256 NOT NULL DEFAULT 0,
    pledged          uint256 NOT NULL DEFAULT 0,
    active_rentals   INTEGER NOT NULL DEFAULT 0 CHECK (active_rentals >= 0),
    updated_block    BIGINT NOT NULL CHECK (updated_block >= 0)
);
COMMENT ON COLUMN accounts.pledged IS 'SHR locked behind the account''s listings.';
COMMENT ON COLUMN accounts.active_rentals IS 'Unfinished (active or disputed) rentals held as renter.';

CREATE TABLE tiers (
    tier               INTEGER PRIMARY KEY CHECK (tier BETWEEN 0 AND 3),
    min_score          INTEGER NOT NULL CHECK (min_score BETWEEN 0 AND 1000),
    max_active_rentals INTEGER NOT NULL CHECK (max_active_rentals >= 0),
    deposit_bps        INTEGER NOT NULL CHECK (deposit_bps >= 0),
    pledge_bps         INTEGER NOT NULL CHECK (pledge_bps >= 0),
    updated_block      BIGINT NOT NULL CHECK (updated_block >= 0)
);

CREATE TABLE disputes (
    id              uint256 PRIMARY KEY,
    rental_id       uint256 NOT NULL,
    opener          BYTEA NOT NULL CHECK (octet_length(opener) = 20),
    renter          BYTEA NOT NULL CHECK (octet_length(renter) = 20),
    provider        BYTEA NOT NULL CHECK (octet_length(provider) = 20),
    status          TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    evidence_hash   BYTEA CHECK (octet_length(evidence_hash) = 32),
    ruling_bps      INTEGER CHECK (ruling_bps BETWEEN 0 AND 10000),
    voting_deadline uint64 NOT NULL,
    block_number    BIGINT NOT NULL CHECK (block_number >= 0),
    updated_block   BIGINT NOT NULL CHECK (updated_block >= block_number)
);
CREATE INDEX idx_disputes_rental_id ON disputes (rental_id);

CREATE TABLE dispute_evidence (
    dispute_id   uint256 NOT NULL,
    party        BYTEA NOT NULL CHECK (octet_length(party) = 20),
    uri          TEXT NOT NULL,
    tx_hash      BYTEA NOT NULL CHECK (octet_length(tx_hash) = 32),
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    PRIMARY KEY (dispute_id, block_number, log_index)
);

CREATE TABLE dispute_votes (
    dispute_id         uint256 NOT NULL,
    arbiter            BYTEA NOT NULL CHECK (octet_length(arbiter) = 20),
    provider_share_bps INTEGER NOT NULL CHECK (provider_share_bps BETWEEN 0 AND 10000),
    block_number       BIGINT NOT NULL CHECK (block_number >= 0),
    log_index          INTEGER NOT NULL CHECK (log_index >= 0),
    PRIMARY KEY (dispute_id, arbiter)
);

CREATE TABLE undo_log (
    seq        BIGSERIAL PRIMARY KEY,
    batch_from BIGINT NOT NULL CHECK (batch_from >= 0),
    batch_to   BIGINT NOT NULL CHECK (batch_to >= batch_from),
    table_name TEXT NOT NULL,
    key        JSONB NOT NULL,
    old_row    JSONB
);
COMMENT ON TABLE undo_log IS 'Pre-images of projection rows changed by unfinalized batches; a reorg replays them backwards. old_row NULL: the row did not exist.';
CREATE INDEX idx_undo_log_batch_to ON undo_log (batch_to);
COMMENT ON INDEX idx_undo_log_batch_to IS 'Finds the batches a rollback must undo, and the ones finality prunes.';

COMMIT;
