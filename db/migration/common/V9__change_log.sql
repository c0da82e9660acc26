-- The API change log / version registry of each integration (docs/incidents.md). Drafts from schema
-- drift carry the fingerprint of the violations that created them, for deduplication.
CREATE TABLE change_entry (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    kind                       VARCHAR(30)   NOT NULL,
    title                      VARCHAR(200)  NOT NULL,
    description                TEXT,
    from_version               VARCHAR(60),
    to_version                 VARCHAR(60),
    effective_on               DATE          NOT NULL,
    state                      VARCHAR(20)   NOT NULL,
    source                     VARCHAR(20)   NOT NULL,
    drift_fingerprint          VARCHAR(64),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at               TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_change_entry_published CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX ix_change_entry_client ON change_entry (agency_id, client_id, effective_on);
CREATE INDEX ix_change_entry_drift ON change_entry (agency_id, integration_id, drift_fingerprint);
