-- Each published client summary becomes the incident's first update (the summary itself stays).
-- incident forces row-level security also on its owner, who runs this migration without a tenant:
-- lift the force for this one copy.
ALTER TABLE incident NO FORCE ROW LEVEL SECURITY;
INSERT INTO incident_update (id, incident_id, agency_id, client_id, state, posted_at, recorded_at, recorded_by, body)
    SELECT gen_random_uuid(), id, agency_id, client_id,
           CASE WHEN resolved_at IS NOT NULL THEN 'RESOLVED' ELSE 'INVESTIGATING' END,
           summary_published_at, summary_published_at, 'Plumbline (published summary)', published_summary
    FROM incident WHERE published_summary IS NOT NULL;
UPDATE incident SET last_update_at = summary_published_at WHERE published_summary IS NOT NULL;
ALTER TABLE incident FORCE ROW LEVEL SECURITY;

-- Updates are client-facing by nature: a client transaction sees its own client's updates.
ALTER TABLE incident_update ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_update FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_update_tenant ON incident_update
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- A client transaction sees its incidents once they have a published summary or an update.
DROP POLICY incident_tenant ON incident;
CREATE POLICY incident_tenant ON incident
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL
        OR (client_id = plumbline_client() AND (summary_published_at IS NOT NULL OR last_update_at IS NOT NULL))))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);
