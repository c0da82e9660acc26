-- Agency staff see their agency's overrides; a client user's transaction sees its own client's.
ALTER TABLE status_override ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_override FORCE ROW LEVEL SECURITY;
CREATE POLICY status_override_tenant ON status_override
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- Public status pages: only agency staff manage them. An anonymous request names its token before
-- the tenant is known: only the row with that token's hash is readable then (set per transaction).
ALTER TABLE status_page ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_page FORCE ROW LEVEL SECURITY;
CREATE POLICY status_page_tenant ON status_page
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
CREATE POLICY status_page_lookup ON status_page FOR SELECT
    USING (token_hash = nullif(current_setting('plumbline.status_token_hash', true), ''));
