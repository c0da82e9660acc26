-- Each published client summary becomes the incident's first update (the summary itself stays).
INSERT INTO incident_update (id, incident_id, agency_id, client_id, state, posted_at, recorded_at, recorded_by, body)
    SELECT RANDOM_UUID(), id, agency_id, client_id,
           CASE WHEN resolved_at IS NOT NULL THEN 'RESOLVED' ELSE 'INVESTIGATING' END,
           summary_published_at, summary_published_at, 'Plumbline (published summary)', published_summary
    FROM incident WHERE published_summary IS NOT NULL;
UPDATE incident SET last_update_at = summary_published_at WHERE published_summary IS NOT NULL;
