-- The status-page layer (docs/status.md): the agency's hand-set status of an integration while it
-- investigates, and the client's public status page (off until the agency turns it on).
CREATE TABLE status_override (
    id              UUID PRIMARY KEY,
    agency_id       UUID          NOT NULL REFERENCES agency (id),
    client_id       UUID          NOT NULL REFERENCES client (id),
    integration_id  UUID          NOT NULL REFERENCES integration (id),
    state           VARCHAR(20)   NOT NULL,
    note            VARCHAR(500)  NOT NULL,
    set_by          VARCHAR(320)  NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_status_override_integration UNIQUE (integration_id),
    CONSTRAINT ck_status_override_state CHECK (state IN
        ('OPERATIONAL', 'DEGRADED', 'PARTIAL_OUTAGE', 'MAJOR_OUTAGE', 'MAINTENANCE'))
);
CREATE INDEX ix_status_override_client ON status_override (agency_id, client_id);

-- One public page per client at most; only the SHA-256 of its token is kept.
CREATE TABLE status_page (
    id              UUID PRIMARY KEY,
    agency_id       UUID          NOT NULL REFERENCES agency (id),
    client_id       UUID          NOT NULL REFERENCES client (id),
    token_hash      VARCHAR(64)   NOT NULL,
    enabled_by      VARCHAR(320)  NOT NULL,
    enabled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_status_page_client UNIQUE (client_id),
    CONSTRAINT uq_status_page_token UNIQUE (token_hash)
);
