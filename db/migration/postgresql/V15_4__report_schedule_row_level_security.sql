-- Schedules and deliveries (recipients' addresses) are the agency's business only.
ALTER TABLE report_schedule ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_schedule FORCE ROW LEVEL SECURITY;
CREATE POLICY report_schedule_agency_staff ON report_schedule
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
ALTER TABLE report_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY report_delivery_agency_staff ON report_delivery
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- A report under review is not the client's to read yet.
DROP POLICY report_tenant ON report;
CREATE POLICY report_tenant ON report
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND state = 'READY' AND NOT awaiting_review)))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
DROP POLICY report_document_tenant ON report_document;
CREATE POLICY report_document_tenant ON report_document
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR (client_id = plumbline_client()
        AND EXISTS (SELECT 1 FROM report r WHERE r.id = report_id AND NOT r.awaiting_review))))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
