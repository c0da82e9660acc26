ALTER TABLE sla ENABLE ROW LEVEL SECURITY;
ALTER TABLE sla FORCE ROW LEVEL SECURITY;
CREATE POLICY sla_tenant ON sla
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE sla_campaign_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE sla_campaign_window FORCE ROW LEVEL SECURITY;
CREATE POLICY sla_campaign_window_tenant ON sla_campaign_window
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE maintenance_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE maintenance_window FORCE ROW LEVEL SECURITY;
CREATE POLICY maintenance_window_tenant ON maintenance_window
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
