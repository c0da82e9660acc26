-- Agency staff see their agency's incidents. A client user's transaction sees only its own client's
-- incidents whose summary is published, and none of the timeline, internal notes or alert links.
ALTER TABLE incident ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_tenant ON incident
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND summary_published_at IS NOT NULL)))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE incident_integration ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_integration FORCE ROW LEVEL SECURITY;
-- A client sees the affected integrations of the incidents it may see (the subquery is itself under RLS).
CREATE POLICY incident_integration_tenant ON incident_integration
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND EXISTS (SELECT 1 FROM incident i WHERE i.id = incident_id))))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE incident_timeline ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_timeline FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_timeline_staff ON incident_timeline
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE incident_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_note FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_note_staff ON incident_note
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE incident_alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_alert FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_alert_staff ON incident_alert
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
