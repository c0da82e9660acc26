-- Satisfaction survey responses of an agency's clients (audience CLIENT) and of its own staff about a client
-- (audience INTERNAL), from CSV imports, webhooks, the portal pulse survey and the staff survey (docs/surveys.md).
CREATE TABLE survey_import (
    id              UUID PRIMARY KEY,
    agency_id       UUID          NOT NULL REFERENCES agency (id),
    source          VARCHAR(20)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_sha256     VARCHAR(64)   NOT NULL,
    imported_by     VARCHAR(254)  NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_total      INTEGER       NOT NULL,
    rows_new        INTEGER       NOT NULL,
    rows_present    INTEGER       NOT NULL
);
CREATE INDEX ix_survey_import_file ON survey_import (agency_id, file_sha256);

CREATE TABLE survey_response (
    id              UUID PRIMARY KEY,
    agency_id       UUID          NOT NULL REFERENCES agency (id),
    client_id       UUID          NOT NULL REFERENCES client (id),
    audience        VARCHAR(10)   NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    external_id     VARCHAR(200)  NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    nps_score       INTEGER,
    csat_score      INTEGER,
    comment         VARCHAR(4000),
    respondent_hash VARCHAR(64),
    import_id       UUID REFERENCES survey_import (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One response per tool and response id: a re-import or a repeated webhook adds nothing.
    CONSTRAINT uq_survey_response_source UNIQUE (agency_id, source, external_id),
    CONSTRAINT ck_survey_audience CHECK (audience IN ('CLIENT', 'INTERNAL')),
    CONSTRAINT ck_survey_nps CHECK (nps_score IS NULL OR nps_score BETWEEN 0 AND 10),
    CONSTRAINT ck_survey_csat CHECK (csat_score IS NULL OR csat_score BETWEEN 1 AND 5),
    CONSTRAINT ck_survey_answered CHECK (nps_score IS NOT NULL OR csat_score IS NOT NULL OR comment IS NOT NULL)
);
CREATE INDEX ix_survey_response_client ON survey_response (agency_id, client_id, submitted_at);
CREATE INDEX ix_survey_response_time ON survey_response (agency_id, submitted_at);

-- Webhook endpoints per agency and kind: the URL token names the endpoint, the secret (AES-GCM) signs its bodies.
CREATE TABLE survey_webhook (
    id              UUID PRIMARY KEY,
    agency_id       UUID          NOT NULL REFERENCES agency (id),
    kind            VARCHAR(20)   NOT NULL,
    endpoint_token  VARCHAR(64)   NOT NULL,
    secret          VARCHAR(400)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_survey_webhook_kind UNIQUE (agency_id, kind),
    CONSTRAINT uq_survey_webhook_token UNIQUE (endpoint_token)
);

CREATE TABLE survey_settings (
    agency_id         UUID PRIMARY KEY REFERENCES agency (id),
    pulse_period      VARCHAR(10) NOT NULL,
    clients_see_trend BOOLEAN     NOT NULL
);

-- The pulse survey was answered or dismissed by this user in this period ('2026-11' or '2026-Q4').
CREATE TABLE survey_pulse (
    agency_id   UUID         NOT NULL REFERENCES agency (id),
    client_id   UUID         NOT NULL REFERENCES client (id),
    user_id     UUID         NOT NULL REFERENCES app_user (id),
    period      VARCHAR(10)  NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agency_id, user_id, period)
);
