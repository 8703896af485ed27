BEGIN;

-- Release 2, co-ownership income (DESIGN §6.4): the splits the SplitFactory created, the
-- indexer's followed set of children as much as the API's splits. The indexer writes a row
-- in the batch transaction of the SplitCreated and reloads the set from here on start and
-- after a reorg, which removes the row of a split created in a dropped block (undo log).
CREATE TABLE splits (
    chain_id     BIGINT    NOT NULL,
    address      BYTEA     NOT NULL CHECK (octet_length(address) = 20),
    creator      BYTEA     NOT NULL CHECK (octet_length(creator) = 20),
    accounts     BYTEA[]   NOT NULL CHECK (cardinality(accounts) BETWEEN 1 AND 16),
    shares_bps   INTEGER[] NOT NULL CHECK (cardinality(shares_bps) = cardinality(accounts)),
    block_number BIGINT    NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER   NOT NULL CHECK (log_index >= 0),
    tx_hash      BYTEA     NOT NULL CHECK (octet_length(tx_hash) = 32),
    PRIMARY KEY (chain_id, address)
);
COMMENT ON TABLE splits IS 'Every SplitCreated: the splits the indexer follows from block_number on, and their fixed accounts and shares.';
COMMENT ON COLUMN splits.accounts IS 'The co-owners in creation order; shares_bps[i] is accounts[i]''s share.';
CREATE INDEX idx_splits_creator ON splits (chain_id, creator, address);
COMMENT ON INDEX idx_splits_creator IS 'GET /v1/splits?creator=, in address order.';
CREATE INDEX idx_splits_accounts ON splits USING GIN (accounts);
COMMENT ON INDEX idx_splits_accounts IS 'GET /v1/splits?account=: the splits an account is a co-owner of.';

CREATE TABLE split_releases (
    chain_id     BIGINT  NOT NULL,
    block_number BIGINT  NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    split        BYTEA   NOT NULL CHECK (octet_length(split) = 20),
    token        BYTEA   NOT NULL CHECK (octet_length(token) = 20),
    account      BYTEA   NOT NULL CHECK (octet_length(account) = 20),
    amount       uint256 NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE split_releases IS 'Every Released of a split: what each co-owner pulled.';
CREATE INDEX idx_split_releases_split ON split_releases (chain_id, split, account, token);
COMMENT ON INDEX idx_split_releases_split IS 'Sums a split''s releases per account and token.';

CREATE TABLE split_income (
    chain_id     BIGINT  NOT NULL,
    block_number BIGINT  NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    split        BYTEA   NOT NULL CHECK (octet_length(split) = 20),
    token        BYTEA   NOT NULL CHECK (octet_length(token) = 20),
    rental_id    uint256 NOT NULL,
    amount       uint256 NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE split_income IS 'What the escrow paid a split as a rental''s payee, one row per settlement event (Returned, RentalSettled, RentalDefaulted, Cancelled, NoShow) that paid it; a push that failed is in credit_moves too.';
CREATE INDEX idx_split_income_split ON split_income (chain_id, split, token);
COMMENT ON INDEX idx_split_income_split IS 'Sums what a split received per token.';
CREATE INDEX idx_split_income_rental ON split_income (chain_id, rental_id);
COMMENT ON INDEX idx_split_income_rental IS 'What a rental paid its split payee before its release (the release pays the rest).';

COMMIT;
