-- Report schedules and their deliveries (docs/reports.md). A schedule sends one client's report every
-- week, month or quarter at a local time in its own time zone. Each run draws one report per period
-- (uq_report_schedule_period) and one delivery per recipient (uq_report_delivery): whatever runs the
-- schedule twice (a restart, a second node) finds the rows already there and sends nothing again.
CREATE TABLE report_schedule (
    id                  UUID PRIMARY KEY,
    agency_id           UUID          NOT NULL REFERENCES agency (id),
    client_id           UUID          NOT NULL REFERENCES client (id),
    cadence             VARCHAR(20)   NOT NULL,
    time_zone           VARCHAR(60)   NOT NULL,
    send_at             TIME          NOT NULL,
    recipients          VARCHAR(2000) NOT NULL,
    review_before_send  BOOLEAN       NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    next_run_at         TIMESTAMP WITH TIME ZONE,
    created_by          VARCHAR(320)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_report_schedule_cadence CHECK (cadence IN ('WEEKLY', 'MONTHLY', 'QUARTERLY'))
);
CREATE INDEX ix_report_schedule_client ON report_schedule (agency_id, client_id);

-- A scheduled report under review stays out of the portal until an admin approves it.
ALTER TABLE report ADD COLUMN schedule_id UUID REFERENCES report_schedule (id) ON DELETE SET NULL;
ALTER TABLE report ADD COLUMN awaiting_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report ADD COLUMN reviewed_by VARCHAR(320);
ALTER TABLE report ADD CONSTRAINT uq_report_schedule_period UNIQUE (schedule_id, period_start);

-- One mail of one report to one recipient, and its delivery log (attempts, last error). HELD is the
-- outbox: no SMTP server was configured when it was due.
CREATE TABLE report_delivery (
    id                  UUID PRIMARY KEY,
    agency_id           UUID          NOT NULL REFERENCES agency (id),
    client_id           UUID          NOT NULL REFERENCES client (id),
    schedule_id         UUID          NOT NULL REFERENCES report_schedule (id) ON DELETE CASCADE,
    report_id           UUID          NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    period_start        DATE          NOT NULL,
    recipient           VARCHAR(320)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    attempts            INTEGER       NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE,
    last_error          VARCHAR(1000),
    sent_at             TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_report_delivery UNIQUE (schedule_id, period_start, recipient),
    CONSTRAINT ck_report_delivery_state CHECK (state IN ('AWAITING_REVIEW', 'PENDING', 'SENT', 'HELD', 'FAILED'))
);
CREATE INDEX ix_report_delivery_agency ON report_delivery (agency_id, created_at);
