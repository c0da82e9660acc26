-- Consent coverage (docs/consent.md). Nothing here identifies a person: record references are checked and discarded
-- at ingestion; only counts per integration, local day and source identifier are kept.

-- What a client's records must carry. required_fields: comma-separated names of ConsentField.
CREATE TABLE consent_policy (
    client_id                  UUID PRIMARY KEY REFERENCES client (id),
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    required_fields            VARCHAR(200)  NOT NULL,
    coverage_target            DOUBLE PRECISION NOT NULL,
    max_age_days               INTEGER       NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_consent_policy_target CHECK (coverage_target > 0 AND coverage_target <= 100),
    CONSTRAINT ck_consent_policy_age CHECK (max_age_days BETWEEN 1 AND 3650)
);
CREATE INDEX ix_consent_policy_agency ON consent_policy (agency_id);

-- An edited payload contract (JSON Schema) of one integration; without a row the contract is generated from the policy.
CREATE TABLE consent_contract (
    integration_id             UUID PRIMARY KEY REFERENCES integration (id),
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    json_schema                TEXT          NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_consent_contract_client ON consent_contract (agency_id, client_id);

-- The vendor assessment checklist of one integration.
CREATE TABLE consent_vendor_assessment (
    integration_id             UUID PRIMARY KEY REFERENCES integration (id),
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    dpa_signed                 BOOLEAN       NOT NULL,
    consent_fields_supported   BOOLEAN       NOT NULL,
    data_region                VARCHAR(60),
    last_reviewed              DATE,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_consent_assessment_client ON consent_vendor_assessment (agency_id, client_id);

-- Counts per integration, local day (client's zone) and source identifier ('(none)' for records without one).
-- complete/untagged/stale are judged against the policy in force when the records arrived.
CREATE TABLE consent_daily (
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    local_day                  DATE          NOT NULL,
    source                     VARCHAR(120)  NOT NULL,
    records                    BIGINT        NOT NULL,
    complete                   BIGINT        NOT NULL,
    untagged                   BIGINT        NOT NULL,
    with_consent_timestamp     BIGINT        NOT NULL,
    with_source_id             BIGINT        NOT NULL,
    with_opt_in                BIGINT        NOT NULL,
    with_lawful_basis          BIGINT        NOT NULL,
    with_purpose               BIGINT        NOT NULL,
    with_tcf_string            BIGINT        NOT NULL,
    opt_in_true                BIGINT        NOT NULL,
    stale                      BIGINT        NOT NULL,
    PRIMARY KEY (agency_id, integration_id, local_day, source)
);
CREATE INDEX ix_consent_daily_client_day ON consent_daily (agency_id, client_id, local_day);

-- One accepted batch per integration (records or an aggregate), for the "batch without tags" alert.
CREATE TABLE consent_batch (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    observed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    records                    BIGINT        NOT NULL,
    untagged                   BIGINT        NOT NULL
);
CREATE INDEX ix_consent_batch_integration ON consent_batch (agency_id, integration_id, observed_at);

-- Sample payloads checked against the contract (the payloads themselves are not kept), and violations per field.
CREATE TABLE consent_sample_daily (
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    local_day                  DATE          NOT NULL,
    samples                    BIGINT        NOT NULL,
    invalid                    BIGINT        NOT NULL,
    PRIMARY KEY (agency_id, integration_id, local_day)
);

CREATE TABLE consent_violation_daily (
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    integration_id             UUID          NOT NULL REFERENCES integration (id),
    local_day                  DATE          NOT NULL,
    field                      VARCHAR(200)  NOT NULL,
    violations                 BIGINT        NOT NULL,
    PRIMARY KEY (agency_id, integration_id, local_day, field)
);
