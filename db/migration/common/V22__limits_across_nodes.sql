-- Limits that hold across nodes (docs/security.md, "Limits across nodes"): their state lives here, not in each
-- node's memory. Each row is changed by one atomic statement per request or failed sign-in.
--
-- None of these tables has agency_id or row-level security, on purpose: they are written before any tenant is
-- known (API-key authentication, sign-in), and they hold no tenant data — a random key id with timestamps, a remote
-- address with a count, a SHA-256 of an e-mail with a count. Users reach api_key_use only through api_key, whose
-- row-level security scopes it.

-- Per API key: the rate limit's state (GCRA: when the key's token bucket is full again, in microseconds since the
-- epoch; whether the latest request was admitted) and the key's last use.
CREATE TABLE api_key_use (
    api_key_id               UUID PRIMARY KEY REFERENCES api_key (id) ON DELETE CASCADE,
    bucket_full_at_micros    BIGINT                   NOT NULL,
    last_request_admitted    BOOLEAN                  NOT NULL,
    last_used_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed sign-ins per remote address in a fixed window that starts at the window's first failure.
CREATE TABLE sign_in_address_failure (
    address        VARCHAR(64)              PRIMARY KEY,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    failures       INTEGER                  NOT NULL
);
CREATE INDEX ix_sign_in_address_failure_window ON sign_in_address_failure (window_start);

-- E-mails without an account (or with an invitation not yet accepted) lock after as many failures as an account
-- does, so that the answer to a sign-in does not tell whether an account exists. Only a SHA-256 of the e-mail is kept.
CREATE TABLE sign_in_unknown_email (
    email_hash        VARCHAR(64)              PRIMARY KEY,
    failed_attempts   INTEGER                  NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE,
    last_failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_unknown_email_last_failed ON sign_in_unknown_email (last_failed_at);

-- Accounts forget failures after a quiet spell, exactly as unknown e-mails do (their rows are then deleted).
ALTER TABLE app_user ADD COLUMN last_failed_at TIMESTAMP WITH TIME ZONE;
