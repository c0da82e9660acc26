-- SLAs per client (integration_id NULL: the client's contract over all its integrations) or per
-- integration; objectives in percent and milliseconds; docs/architecture.md has the math.
CREATE TABLE sla (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          REFERENCES integration (id),
    name                       VARCHAR(120)  NOT NULL,
    availability_target        DOUBLE PRECISION NOT NULL,
    p95_latency_ms             INTEGER,
    max_daily_error_rate       DOUBLE PRECISION,
    evaluation_window          VARCHAR(20)   NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_sla_target CHECK (availability_target > 0 AND availability_target < 100)
);
CREATE INDEX ix_sla_client ON sla (agency_id, client_id);

-- Campaign-critical stretches of one SLA with stricter objectives.
CREATE TABLE sla_campaign_window (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    sla_id                     UUID          NOT NULL REFERENCES sla (id) ON DELETE CASCADE,
    name                       VARCHAR(120)  NOT NULL,
    starts_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    availability_target        DOUBLE PRECISION NOT NULL,
    p95_latency_ms             INTEGER,
    max_daily_error_rate       DOUBLE PRECISION,
    CONSTRAINT ck_campaign_interval CHECK (ends_at > starts_at)
);
CREATE INDEX ix_sla_campaign_sla ON sla_campaign_window (sla_id);

-- Maintenance of a client (integration_id NULL: all its integrations): one-off (starts_at, ends_at)
-- or weekly (weekday 1 = Monday … 7, local_start in the client's time zone, duration_minutes).
CREATE TABLE maintenance_window (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          REFERENCES integration (id),
    name                       VARCHAR(120)  NOT NULL,
    starts_at                  TIMESTAMP WITH TIME ZONE,
    ends_at                    TIMESTAMP WITH TIME ZONE,
    weekday                    INTEGER,
    local_start                TIME,
    duration_minutes           INTEGER,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_maintenance_schedule CHECK (
        (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at
            AND weekday IS NULL AND local_start IS NULL AND duration_minutes IS NULL)
        OR (starts_at IS NULL AND ends_at IS NULL AND weekday BETWEEN 1 AND 7 AND local_start IS NOT NULL
            AND duration_minutes BETWEEN 1 AND 1440))
);
CREATE INDEX ix_maintenance_client ON maintenance_window (agency_id, client_id);
