-- Host routes belong to a client's integration: client scopes read their own, only agency staff change them.
ALTER TABLE integration_host_route ENABLE ROW LEVEL SECURITY;
ALTER TABLE integration_host_route FORCE ROW LEVEL SECURITY;
CREATE POLICY integration_host_route_tenant ON integration_host_route
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- Unmapped hosts: a client-scoped API key counts the hosts it saw under its own client; agency staff see all.
ALTER TABLE otlp_unmapped_host ENABLE ROW LEVEL SECURITY;
ALTER TABLE otlp_unmapped_host FORCE ROW LEVEL SECURITY;
CREATE POLICY otlp_unmapped_host_tenant ON otlp_unmapped_host
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));
