-- Agency staff see their agency's change log; a client user's transaction sees only its own
-- client's published entries (drafts may carry raw schema-violation text).
ALTER TABLE change_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY change_entry_tenant ON change_entry
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND state = 'PUBLISHED')))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
