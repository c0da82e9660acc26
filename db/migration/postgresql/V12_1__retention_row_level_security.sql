-- Contract values are internal to the agency: client users see no row at all, not even their own
-- client's (plumbline_client() is set for them), and only agency staff may write.
ALTER TABLE contract ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract FORCE ROW LEVEL SECURITY;
CREATE POLICY contract_agency_staff ON contract
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
