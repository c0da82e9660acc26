-- Alerting (docs/alerting.md): rules, the alerts they raise, notification channels, and the outbox of notifications
-- with a log of every delivery attempt. Alerts are internal: nothing here is ever shown to client users.

CREATE TABLE alert_channel (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    name                       VARCHAR(120)  NOT NULL,
    type                       VARCHAR(10)   NOT NULL,
    email_addresses            VARCHAR(2000),
    webhook_url                VARCHAR(2000),
    webhook_format             VARCHAR(20),
    signing_secret             VARCHAR(500),
    quiet_start                TIME,
    quiet_end                  TIME,
    quiet_zone                 VARCHAR(60),
    page_bypasses_quiet        BOOLEAN       NOT NULL,
    enabled                    BOOLEAN       NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_alert_channel_type CHECK (type IN ('EMAIL', 'WEBHOOK')),
    CONSTRAINT uq_alert_channel_name UNIQUE (agency_id, name)
);

-- client_id / integration_id NULL: every client (integration) of the agency.
CREATE TABLE alert_rule (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          REFERENCES client (id),
    integration_id             UUID          REFERENCES integration (id),
    name                       VARCHAR(120)  NOT NULL,
    kind                       VARCHAR(40)   NOT NULL,
    severity                   VARCHAR(10)   NOT NULL,
    threshold                  DOUBLE PRECISION NOT NULL,
    window_seconds             BIGINT        NOT NULL,
    short_window_seconds       BIGINT,
    opens_incident             BOOLEAN       NOT NULL,
    enabled                    BOOLEAN       NOT NULL,
    last_evaluated_at          TIMESTAMP WITH TIME ZONE,
    last_error                 VARCHAR(1000),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_alert_rule_name UNIQUE (agency_id, name)
);
CREATE INDEX ix_alert_rule_client ON alert_rule (agency_id, client_id);

-- Which channels a rule notifies.
CREATE TABLE alert_rule_channel (
    rule_id                    UUID          NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
    channel_id                 UUID          NOT NULL REFERENCES alert_channel (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    PRIMARY KEY (rule_id, channel_id)
);

-- One alert per (rule, condition key) while it is open: open_key holds the condition key until the alert resolves,
-- then NULL, so the unique constraint lets a resolved condition fire again later but never twice at once.
CREATE TABLE alert (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          REFERENCES integration (id),
    rule_id                    UUID          REFERENCES alert_rule (id) ON DELETE SET NULL,
    rule_name                  VARCHAR(120)  NOT NULL,
    kind                       VARCHAR(40)   NOT NULL,
    severity                   VARCHAR(10)   NOT NULL,
    condition_key              VARCHAR(200)  NOT NULL,
    open_key                   VARCHAR(200),
    state                      VARCHAR(20)   NOT NULL,
    summary                    VARCHAR(500)  NOT NULL,
    detail                     VARCHAR(2000),
    detected_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at            TIMESTAMP WITH TIME ZONE,
    acknowledged_by            VARCHAR(200),
    resolved_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_alert_state CHECK (state IN ('FIRING', 'ACKNOWLEDGED', 'RESOLVED')),
    CONSTRAINT uq_alert_open UNIQUE (rule_id, open_key)
);
CREATE INDEX ix_alert_agency_state ON alert (agency_id, state, opened_at);
CREATE INDEX ix_alert_client ON alert (agency_id, client_id);

-- The outbox: one row per alert transition group x channel. dedup_key is unique, so a retried evaluation, a restart
-- or a second node can never queue (and so never send) the same notice twice.
CREATE TABLE alert_notification (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    channel_id                 UUID          REFERENCES alert_channel (id) ON DELETE SET NULL,
    channel_name               VARCHAR(120)  NOT NULL,
    rule_id                    UUID          REFERENCES alert_rule (id) ON DELETE SET NULL,
    transition                 VARCHAR(10)   NOT NULL,
    severity                   VARCHAR(10)   NOT NULL,
    subject                    VARCHAR(300)  NOT NULL,
    body                       VARCHAR(20000) NOT NULL,
    payload                    VARCHAR(20000) NOT NULL,
    dedup_key                  VARCHAR(100)  NOT NULL,
    state                      VARCHAR(10)   NOT NULL,
    attempts                   INTEGER       NOT NULL,
    next_attempt_at            TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at               TIMESTAMP WITH TIME ZONE,
    last_error                 VARCHAR(1000),
    demo                       BOOLEAN       NOT NULL,
    CONSTRAINT ck_alert_notification_state CHECK (state IN ('PENDING', 'HELD', 'DELIVERED', 'FAILED')),
    CONSTRAINT uq_alert_notification_dedup UNIQUE (agency_id, dedup_key)
);
CREATE INDEX ix_alert_notification_agency ON alert_notification (agency_id, created_at);

CREATE TABLE alert_notification_alert (
    notification_id            UUID          NOT NULL REFERENCES alert_notification (id) ON DELETE CASCADE,
    alert_id                   UUID          NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    PRIMARY KEY (notification_id, alert_id)
);
CREATE INDEX ix_alert_notification_alert ON alert_notification_alert (alert_id);

-- Every delivery attempt: when, how it went, the SMTP reply or HTTP status, the error.
CREATE TABLE alert_delivery_attempt (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    notification_id            UUID          NOT NULL REFERENCES alert_notification (id) ON DELETE CASCADE,
    attempted_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome                    VARCHAR(10)   NOT NULL,
    status_code                INTEGER,
    error                      VARCHAR(1000)
);
CREATE INDEX ix_alert_delivery_attempt ON alert_delivery_attempt (notification_id, attempted_at);
