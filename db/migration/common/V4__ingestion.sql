-- API keys of an agency, optionally limited to one client. Only a SHA-256 of the key is kept.
CREATE TABLE api_key (
    id            UUID PRIMARY KEY,
    agency_id     UUID         NOT NULL REFERENCES agency (id),
    client_id     UUID REFERENCES client (id),
    name          VARCHAR(80)  NOT NULL,
    key_prefix    VARCHAR(16)  NOT NULL,
    key_hash      VARCHAR(64)  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);
CREATE INDEX ix_api_key_agency ON api_key (agency_id);

-- Idempotency-Key handling: the first response to a key is replayed for the same body.
CREATE TABLE idempotency_record (
    agency_id        UUID         NOT NULL,
    api_key_id       UUID         NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    completed        BOOLEAN      NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(100000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agency_id, api_key_id, idempotency_key)
);
