-- Incidents of one client (docs/incidents.md). The milestone instants are kept on the row for the
-- metrics; every milestone and note is also a timeline row with who and when.
CREATE TABLE incident (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    title                      VARCHAR(200)  NOT NULL,
    severity                   VARCHAR(20)   NOT NULL,
    state                      VARCHAR(20)   NOT NULL,
    root_cause                 VARCHAR(40),
    detected_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at            TIMESTAMP WITH TIME ZONE,
    diagnosed_at               TIMESTAMP WITH TIME ZONE,
    resolved_at                TIMESTAMP WITH TIME ZONE,
    opened_by                  VARCHAR(200)  NOT NULL,
    summary_draft              TEXT,
    published_summary          TEXT,
    summary_published_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_incident_resolved_has_cause CHECK (resolved_at IS NULL OR root_cause IS NOT NULL),
    CONSTRAINT ck_incident_published CHECK ((published_summary IS NULL) = (summary_published_at IS NULL))
);
CREATE INDEX ix_incident_client ON incident (agency_id, client_id, detected_at);

CREATE TABLE incident_integration (
    incident_id                UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    PRIMARY KEY (incident_id, integration_id)
);
CREATE INDEX ix_incident_integration ON incident_integration (agency_id, integration_id);

-- DETECTED, ACKNOWLEDGED, DIAGNOSED, RESOLVED (each at most once) and free UPDATE notes.
CREATE TABLE incident_timeline (
    id                         UUID PRIMARY KEY,
    incident_id                UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    kind                       VARCHAR(20)   NOT NULL,
    happened_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by                VARCHAR(200)  NOT NULL,
    note                       TEXT
);
CREATE INDEX ix_incident_timeline ON incident_timeline (incident_id, happened_at);

-- Internal notes: agency staff only, never shown to clients (row-level security enforces it too).
CREATE TABLE incident_note (
    id                         UUID PRIMARY KEY,
    incident_id                UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    written_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by                 VARCHAR(200)  NOT NULL,
    note_text                  TEXT          NOT NULL
);
CREATE INDEX ix_incident_note ON incident_note (incident_id, written_at);

-- Which alerts an incident was opened from or absorbed: acknowledgements and resolutions find it here.
CREATE TABLE incident_alert (
    alert_id                   UUID PRIMARY KEY,
    incident_id                UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id)
);
CREATE INDEX ix_incident_alert_incident ON incident_alert (incident_id);
