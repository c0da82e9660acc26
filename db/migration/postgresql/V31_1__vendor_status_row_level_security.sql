ALTER TABLE vendor_status_page ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_page FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_page_tenant ON vendor_status_page
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_component ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_component FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_component_tenant ON vendor_status_component
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_component_period ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_component_period FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_component_period_tenant ON vendor_status_component_period
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_incident ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_incident FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_incident_tenant ON vendor_status_incident
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_incident_component ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_incident_component FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_incident_component_tenant ON vendor_status_incident_component
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_incident_update ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_incident_update FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_incident_update_tenant ON vendor_status_incident_update
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE vendor_status_cause ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_cause FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_cause_tenant ON vendor_status_cause
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- Links belong to a client's integration: a client user may read their own (the portal may cite a provider).
ALTER TABLE vendor_status_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE vendor_status_link FORCE ROW LEVEL SECURITY;
CREATE POLICY vendor_status_link_tenant ON vendor_status_link
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
