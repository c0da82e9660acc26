-- Row-level security for the consent tables (docs/security.md): agency, and client users only their client.
-- Policies, contracts and assessments are written by agency staff only; counts also by a client's API key.

ALTER TABLE consent_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_policy_tenant ON consent_policy
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE consent_contract ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_contract FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_contract_tenant ON consent_contract
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE consent_vendor_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_vendor_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_vendor_assessment_tenant ON consent_vendor_assessment
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE consent_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_daily FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_daily_tenant ON consent_daily
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

ALTER TABLE consent_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_batch FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_batch_tenant ON consent_batch
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

ALTER TABLE consent_sample_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_sample_daily FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_sample_daily_tenant ON consent_sample_daily
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

ALTER TABLE consent_violation_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_violation_daily FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_violation_daily_tenant ON consent_violation_daily
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));
