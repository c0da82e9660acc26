-- Synthetic monitors: one HTTP check per row, run on its own persistent db-scheduler schedule.
-- headers and body are AES-256-GCM ciphertext (they carry tokens); everything else is plain.
CREATE TABLE monitor (
    id                        UUID PRIMARY KEY,
    agency_id                 UUID          NOT NULL REFERENCES agency (id),
    client_id                 UUID          NOT NULL REFERENCES client (id),
    integration_id            UUID          NOT NULL REFERENCES integration (id),
    name                      VARCHAR(120)  NOT NULL,
    method                    VARCHAR(10)   NOT NULL,
    url                       VARCHAR(2000) NOT NULL,
    headers_encrypted         VARCHAR(20000),
    body_encrypted            VARCHAR(200000),
    interval_seconds          INTEGER       NOT NULL,
    timeout_ms                INTEGER       NOT NULL,
    assertions                VARCHAR(100000) NOT NULL,
    retry_max_attempts        INTEGER       NOT NULL,
    retry_initial_backoff_ms  INTEGER       NOT NULL,
    retry_max_backoff_ms      INTEGER       NOT NULL,
    enabled                   BOOLEAN       NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    last_checked_at           TIMESTAMP WITH TIME ZONE,
    last_outcome              VARCHAR(20),
    last_result               VARCHAR(200000),
    CONSTRAINT ck_monitor_interval CHECK (interval_seconds >= 10),
    CONSTRAINT ck_monitor_timeout CHECK (timeout_ms > 0)
);
CREATE INDEX ix_monitor_client ON monitor (agency_id, client_id);
CREATE INDEX ix_monitor_integration ON monitor (integration_id);

-- Hosts and CIDR ranges an agency admin lets monitors call although the outbound guard would refuse
-- them (loopback, private, link-local: self-hosted APIs).
CREATE TABLE outbound_allow_list (
    id          UUID PRIMARY KEY,
    agency_id   UUID         NOT NULL REFERENCES agency (id),
    entry       VARCHAR(255) NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_outbound_allow_list_entry UNIQUE (agency_id, entry)
);
