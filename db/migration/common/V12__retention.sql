-- Contract terms per client (docs/retention.md). A renewal ends one term (status RENEWED) and starts
-- the next (previous_id points back); churn ends a term with a date and a reason. RENEWAL_DUE is not
-- stored: it is derived from renewal_date and today. Money is monthly_value in currency (ISO 4217),
-- never converted. Natural key of a term (CSV re-import): client, reference, start_date.
CREATE TABLE contract (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    reference                  VARCHAR(60)   NOT NULL,
    start_date                 DATE          NOT NULL,
    renewal_date               DATE          NOT NULL,
    monthly_value              NUMERIC(15, 3) NOT NULL,
    currency                   VARCHAR(3)    NOT NULL,
    status                     VARCHAR(20)   NOT NULL,
    previous_id                UUID          REFERENCES contract (id),
    churn_date                 DATE,
    churn_category             VARCHAR(30),
    churn_reason               VARCHAR(1000),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_contract_term UNIQUE (agency_id, client_id, reference, start_date),
    CONSTRAINT ck_contract_term CHECK (renewal_date > start_date),
    CONSTRAINT ck_contract_value CHECK (monthly_value >= 0),
    CONSTRAINT ck_contract_status CHECK (status IN ('ACTIVE', 'RENEWED', 'CHURNED')),
    CONSTRAINT ck_contract_churn CHECK (
        (status = 'CHURNED' AND churn_date IS NOT NULL AND churn_category IS NOT NULL AND churn_date >= start_date)
        OR (status <> 'CHURNED' AND churn_date IS NULL AND churn_category IS NULL AND churn_reason IS NULL))
);
CREATE INDEX ix_contract_client ON contract (agency_id, client_id);
CREATE INDEX ix_contract_renewal ON contract (agency_id, renewal_date);
