-- Agency staff see and write their agency's reports; a client user's transaction sees only its own
-- client's finished reports (never one still running or failed) and writes nothing.
ALTER TABLE report ENABLE ROW LEVEL SECURITY;
ALTER TABLE report FORCE ROW LEVEL SECURITY;
CREATE POLICY report_tenant ON report
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND state = 'READY')))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- A document exists only for a READY report, so the client's own documents are all it may read.
ALTER TABLE report_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_document FORCE ROW LEVEL SECURITY;
CREATE POLICY report_document_tenant ON report_document
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
