-- The report archive (docs/reports.md): one row per generated PDF. RUNNING while a node draws it; READY
-- or FAILED (error set) afterwards. The document is in report_document, written with the READY state
-- (a client report is 100-300 kB; bytea keeps it in the same backup, transaction and RLS as its
-- metadata, and apart from it so that listing the archive never reads documents).
CREATE TABLE report (
    id              UUID PRIMARY KEY,
    agency_id       UUID         NOT NULL REFERENCES agency (id),
    client_id       UUID         NOT NULL REFERENCES client (id),
    period_start    DATE         NOT NULL,
    period_end      DATE         NOT NULL,
    time_zone       VARCHAR(60)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    requested_by    VARCHAR(320) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    pages           INTEGER,
    size_bytes      INTEGER,
    error           VARCHAR(1000),
    CONSTRAINT ck_report_period CHECK (period_end > period_start),
    CONSTRAINT ck_report_state CHECK (state IN ('RUNNING', 'READY', 'FAILED'))
);
CREATE INDEX ix_report_client ON report (agency_id, client_id, requested_at);

CREATE TABLE report_document (
    report_id       UUID PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    agency_id       UUID   NOT NULL REFERENCES agency (id),
    client_id       UUID   NOT NULL REFERENCES client (id),
    pdf             BYTEA  NOT NULL
);
