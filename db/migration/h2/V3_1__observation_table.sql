-- Raw observations; on PostgreSQL the same table is partitioned by day (postgresql/V3_1).
CREATE TABLE observation (
    agency_id       UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    integration_id  UUID        NOT NULL,
    observed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(8)  NOT NULL,
    operation       VARCHAR(120),
    http_status     INTEGER,
    latency_ms      INTEGER     NOT NULL,
    failure_class   VARCHAR(20),
    retried         BOOLEAN     NOT NULL
);
CREATE INDEX ix_observation_time ON observation (agency_id, integration_id, observed_at);
