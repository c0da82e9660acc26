ALTER TABLE monitor ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitor FORCE ROW LEVEL SECURITY;
CREATE POLICY monitor_tenant ON monitor
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE outbound_allow_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbound_allow_list FORCE ROW LEVEL SECURITY;
CREATE POLICY outbound_allow_list_tenant ON outbound_allow_list
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
