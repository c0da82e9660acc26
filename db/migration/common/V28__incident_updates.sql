-- Published incident updates (docs/incidents.md): what the client is told, in order, each with a
-- state in plain words. The internal timeline and notes stay where they are (staff only).
CREATE TABLE incident_update (
    id                         UUID PRIMARY KEY,
    incident_id                UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    state                      VARCHAR(20)   NOT NULL,
    posted_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by                VARCHAR(200)  NOT NULL,
    body                       TEXT          NOT NULL,
    CONSTRAINT ck_incident_update_state CHECK (state IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'))
);
CREATE INDEX ix_incident_update_incident ON incident_update (incident_id, posted_at);
CREATE INDEX ix_incident_update_client ON incident_update (agency_id, client_id, posted_at);

-- The client sees an incident once it has a published summary or at least one update; the time of the
-- newest update is kept on the incident so that row-level security can say so without a subquery.
ALTER TABLE incident ADD COLUMN last_update_at TIMESTAMP WITH TIME ZONE;
