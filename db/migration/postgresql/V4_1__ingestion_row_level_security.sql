ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_key FORCE ROW LEVEL SECURITY;
CREATE POLICY api_key_tenant ON api_key
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
-- An API request names its key before the tenant is known: only that key's row is readable.
CREATE POLICY api_key_authentication ON api_key FOR SELECT
    USING (key_hash = nullif(current_setting('plumbline.api_key_hash', true), ''));

ALTER TABLE idempotency_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_record FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_record_tenant ON idempotency_record
    USING (agency_id = plumbline_agency()) WITH CHECK (agency_id = plumbline_agency());
