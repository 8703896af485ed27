BEGIN;

-- Protocol v2 (INTERFACE.md): bookings, check-in, inspection and its release, cancellations
-- and no-shows, listing terms with a payee, a platform and a cancellation policy, assets
-- locked while they have open rentals, platforms paid a share of the fee, credits a push
-- could not pay, and every parameter the suite announces by event, so a dApp quotes a
-- rental from the API alone.
--
-- v1 deployments existed only on devnets. Rows a v1 indexer wrote keep working: the new
-- columns get the values v1's rules imply (a v1 rental started at rent, so it was checked
-- in; v1's grace period was 86 400 s), and the undo-log rule (README.md) patches
-- pre-images the same way.

-- Rentals: the v2 life cycle.
ALTER TABLE rentals DROP CONSTRAINT rentals_status_check;
ALTER TABLE rentals ADD CONSTRAINT rentals_status_check CHECK (status IN
    ('booked', 'active', 'returned', 'disputed', 'settled', 'defaulted', 'resolved', 'cancelled', 'no_show'));
ALTER TABLE rentals
    ADD COLUMN payee          BYTEA CHECK (octet_length(payee) = 20),
    ADD COLUMN device         BYTEA CHECK (octet_length(device) = 20),
    ADD COLUMN platform       BYTEA CHECK (octet_length(platform) = 20),
    ADD COLUMN checked_in     BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN returned_at    uint64,
    ADD COLUMN inspection_end uint64,
    ADD COLUMN grace_period   uint64 NOT NULL DEFAULT 86400;
UPDATE rentals SET payee = provider, checked_in = true;
ALTER TABLE rentals ALTER COLUMN payee SET NOT NULL, ALTER COLUMN grace_period DROP DEFAULT;
COMMENT ON COLUMN rentals.payee IS 'Who receives the provider''s income of the rental: the listing''s payee at rent, or the provider.';
COMMENT ON COLUMN rentals.device IS 'The device bound to the asset at rent (Rented.device); NULL when none.';
COMMENT ON COLUMN rentals.platform IS 'The registered platform that brought the renter; NULL when none.';
COMMENT ON COLUMN rentals.checked_in IS 'The renter took the asset: at rent for a rental that starts at once, at checkIn for a booking.';
COMMENT ON COLUMN rentals.returned_at IS 'When the asset came back (Returned.returnedAt); NULL until returned.';
COMMENT ON COLUMN rentals.inspection_end IS 'The last second at which the deposit is held for inspection; NULL until returned, 0 for a return while disputed.';
COMMENT ON COLUMN rentals.grace_period IS 'The escrow''s grace period in force at rent: the rental defaults after end + grace_period.';

CREATE INDEX idx_rentals_slots ON rentals (chain_id, token_id, start_time)
    WHERE status IN ('booked', 'active', 'returned', 'disputed');
COMMENT ON INDEX idx_rentals_slots IS 'The open rentals of an asset by start: availability and listing search by window.';
CREATE INDEX idx_rentals_inspection ON rentals (chain_id, inspection_end) WHERE status = 'returned';
COMMENT ON INDEX idx_rentals_inspection IS 'The keeper''s scan for deposits whose inspection has ended.';
CREATE INDEX idx_rentals_no_show ON rentals (chain_id, end_time) WHERE status = 'booked';
COMMENT ON INDEX idx_rentals_no_show IS 'The keeper''s scan for bookings past their end never checked in.';

-- Listings: the Terms tuple and the closed state.
ALTER TABLE listings DROP CONSTRAINT listings_status_check;
ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN ('active', 'closed', 'delisted'));
ALTER TABLE listings
    ADD COLUMN cancel_fee_bps     INTEGER NOT NULL DEFAULT 0 CHECK (cancel_fee_bps BETWEEN 0 AND 10000),
    ADD COLUMN free_cancel_before uint64 NOT NULL DEFAULT 0,
    ADD COLUMN payee              BYTEA CHECK (octet_length(payee) = 20),
    ADD COLUMN platform           BYTEA CHECK (octet_length(platform) = 20),
    ADD COLUMN terms_hash         BYTEA CHECK (octet_length(terms_hash) = 32);
ALTER TABLE listings ALTER COLUMN cancel_fee_bps DROP DEFAULT, ALTER COLUMN free_cancel_before DROP DEFAULT;
COMMENT ON COLUMN listings.payee IS 'The terms'' payee; NULL when the terms leave it 0 (the provider is paid).';
COMMENT ON COLUMN listings.platform IS 'The registered platform that brought the listing; NULL when none.';
COMMENT ON COLUMN listings.terms_hash IS 'keccak256(abi.encode(paymentToken, terms, deviceOf(tokenId))): what rent must name; follows DeviceBound. NULL for v1 listings.';

-- Assets: the escrow's lock.
ALTER TABLE assets ADD COLUMN locked BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE assets ALTER COLUMN locked DROP DEFAULT;
COMMENT ON COLUMN assets.locked IS 'Locked by the escrow (LockSet) while the asset has open rentals.';

-- Accounts: what the tier limit counts.
ALTER TABLE accounts ADD COLUMN tier_rentals INTEGER NOT NULL DEFAULT 0 CHECK (tier_rentals >= 0);
UPDATE accounts SET tier_rentals = active_rentals;
ALTER TABLE accounts ALTER COLUMN tier_rentals DROP DEFAULT, ALTER COLUMN score DROP DEFAULT;
COMMENT ON COLUMN accounts.active_rentals IS 'Rentals held as renter in status active.';
COMMENT ON COLUMN accounts.tier_rentals IS 'Rentals held as renter that count toward the tier limit: booked, active or disputed.';

-- The undo-log rule: pre-images get the values the rows above got.
UPDATE undo_log SET old_row = old_row || jsonb_build_object('payee', old_row -> 'provider', 'device', NULL,
        'platform', NULL, 'checked_in', true, 'returned_at', NULL, 'inspection_end', NULL, 'grace_period', 86400)
    WHERE table_name = 'rentals' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row || '{"cancel_fee_bps": 0, "free_cancel_before": 0, "payee": null, "platform": null, "terms_hash": null}'
    WHERE table_name = 'listings' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row || '{"locked": false}'
    WHERE table_name = 'assets' AND old_row IS NOT NULL;
UPDATE undo_log SET old_row = old_row || jsonb_build_object('tier_rentals', old_row -> 'active_rentals')
    WHERE table_name = 'accounts' AND old_row IS NOT NULL;

-- Settings: every parameter the suite announces by event (ParamsSet, NewcomerScoreSet,
-- PairCooldownSet, PanelSet, ArbitrationSet), one row per name, its value as the decimal
-- integer or lower-case 0x address the event carried: the API reads them all at once, and
-- handlers read one (a rental keeps the grace period in force at rent).
CREATE TABLE settings (
    chain_id      BIGINT NOT NULL,
    name          TEXT NOT NULL CHECK (name ~ '^[a-z_]+$'),
    value         TEXT NOT NULL,
    updated_block BIGINT NOT NULL CHECK (updated_block >= 0),
    PRIMARY KEY (chain_id, name)
);
COMMENT ON TABLE settings IS 'The deployment''s parameters as its events announced them: escrow params, credit settings, the panel.';

CREATE TABLE payment_tokens (
    chain_id      BIGINT NOT NULL,
    address       BYTEA NOT NULL CHECK (octet_length(address) = 20),
    symbol        TEXT NOT NULL,
    decimals      INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 255),
    allowed       BOOLEAN NOT NULL,
    reward_rate   uint256 NOT NULL,
    updated_block BIGINT NOT NULL CHECK (updated_block >= 0),
    PRIMARY KEY (chain_id, address)
);
COMMENT ON TABLE payment_tokens IS 'Tokens the escrow was told about (PaymentTokenSet, RewardRateSet), allowed or not.';

CREATE TABLE outcome_deltas (
    chain_id      BIGINT NOT NULL,
    outcome       INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 255),
    delta         INTEGER NOT NULL CHECK (delta BETWEEN -1000 AND 1000),
    updated_block BIGINT NOT NULL CHECK (updated_block >= 0),
    PRIMARY KEY (chain_id, outcome)
);

CREATE TABLE platforms (
    chain_id      BIGINT NOT NULL,
    address       BYTEA NOT NULL CHECK (octet_length(address) = 20),
    share_bps     INTEGER NOT NULL CHECK (share_bps BETWEEN 0 AND 10000),
    listings      BIGINT NOT NULL CHECK (listings >= 0),
    rentals       BIGINT NOT NULL CHECK (rentals >= 0),
    updated_block BIGINT NOT NULL CHECK (updated_block >= 0),
    PRIMARY KEY (chain_id, address)
);
COMMENT ON TABLE platforms IS 'Platforms ever registered (share 0: unregistered) or named by a listing or rental, with what they brought.';
COMMENT ON COLUMN platforms.listings IS 'Listings whose terms name the platform (as listed or updated last).';
COMMENT ON COLUMN platforms.rentals IS 'Rentals whose renter the platform brought.';

-- Sums kept as ledgers: one row per event, summed when read (a platform's fees per token,
-- an account's claimable credits per token), so a batch never reads them back.
CREATE TABLE platform_fees (
    chain_id     BIGINT NOT NULL,
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    rental_id    uint256 NOT NULL,
    platform     BYTEA NOT NULL CHECK (octet_length(platform) = 20),
    token        BYTEA NOT NULL CHECK (octet_length(token) = 20),
    amount       uint256 NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE platform_fees IS 'Every PlatformFeePaid.';
CREATE INDEX idx_platform_fees_platform ON platform_fees (chain_id, platform, token);
COMMENT ON INDEX idx_platform_fees_platform IS 'Sums a platform''s fees per token.';

CREATE TABLE credit_moves (
    chain_id     BIGINT NOT NULL,
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    log_index    INTEGER NOT NULL CHECK (log_index >= 0),
    account      BYTEA NOT NULL CHECK (octet_length(account) = 20),
    token        BYTEA NOT NULL CHECK (octet_length(token) = 20),
    amount       NUMERIC(79, 0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE credit_moves IS 'PaymentCredited (+amount) and Withdrawn (-amount): an account''s claimable credit of a token is their sum.';
CREATE INDEX idx_credit_moves_account ON credit_moves (chain_id, account, token);
COMMENT ON INDEX idx_credit_moves_account IS 'Sums an account''s claimable credits per token.';

COMMIT;
