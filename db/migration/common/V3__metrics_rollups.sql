-- Rollups of API-call observations per integration: minute, hour and day buckets with counts
-- per failure class and a mergeable latency histogram (rollup_latency), so that percentiles over
-- any window come from rollups, never from raw rows. agency_id leads every key so the tables can
-- later be distributed by agency (docs/scaling.md).
CREATE TABLE rollup (
    agency_id         UUID        NOT NULL,
    integration_id    UUID        NOT NULL,
    granularity       VARCHAR(6)  NOT NULL,
    bucket_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id         UUID        NOT NULL,
    total             BIGINT      NOT NULL,
    good              BIGINT      NOT NULL,
    retried           BIGINT      NOT NULL,
    timeout           BIGINT      NOT NULL,
    connection        BIGINT      NOT NULL,
    tls               BIGINT      NOT NULL,
    server_error      BIGINT      NOT NULL,
    auth              BIGINT      NOT NULL,
    throttled         BIGINT      NOT NULL,
    client_error      BIGINT      NOT NULL,
    assertion_failed  BIGINT      NOT NULL,
    schema_violation  BIGINT      NOT NULL,
    latency_sum_ms    BIGINT      NOT NULL,
    PRIMARY KEY (agency_id, integration_id, granularity, bucket_start)
);
CREATE INDEX ix_rollup_client ON rollup (agency_id, client_id, granularity, bucket_start);

CREATE TABLE rollup_latency (
    agency_id       UUID        NOT NULL,
    integration_id  UUID        NOT NULL,
    granularity     VARCHAR(6)  NOT NULL,
    bucket_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    bin             SMALLINT    NOT NULL,
    client_id       UUID        NOT NULL,
    observations    BIGINT      NOT NULL,
    PRIMARY KEY (agency_id, integration_id, granularity, bucket_start, bin)
);
