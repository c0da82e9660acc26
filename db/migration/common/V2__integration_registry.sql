-- The API integrations an agency runs for a client (CRM, e-mail platform, analytics, ...).
CREATE TABLE integration (
    id                     UUID PRIMARY KEY,
    agency_id              UUID         NOT NULL REFERENCES agency (id),
    client_id              UUID         NOT NULL REFERENCES client (id),
    integration_key        VARCHAR(64)  NOT NULL,
    name                   VARCHAR(120) NOT NULL,
    category               VARCHAR(20)  NOT NULL,
    provider               VARCHAR(80)  NOT NULL,
    base_url               VARCHAR(500),
    api_version            VARCHAR(40),
    auth_type              VARCHAR(20)  NOT NULL,
    credential_expires_on  DATE,
    credential_scopes      VARCHAR(500),
    quota_requests         INTEGER,
    quota_window_seconds   INTEGER,
    criticality            VARCHAR(20)  NOT NULL,
    owner_name             VARCHAR(120),
    notes                  VARCHAR(2000),
    archived_at            TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_integration_key UNIQUE (agency_id, integration_key),
    CONSTRAINT ck_integration_quota CHECK ((quota_requests IS NULL) = (quota_window_seconds IS NULL)
        AND (quota_requests IS NULL OR (quota_requests > 0 AND quota_window_seconds > 0)))
);
CREATE INDEX ix_integration_client ON integration (agency_id, client_id);
