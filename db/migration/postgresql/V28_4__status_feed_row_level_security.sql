-- Agency staff and the client's own users see (and replace or revoke) the client's feed token.
ALTER TABLE status_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_feed FORCE ROW LEVEL SECURITY;
CREATE POLICY status_feed_tenant ON status_feed
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

-- A feed request names its token before any tenant is known. This function answers only which agency and client
-- own that token hash (nothing else); the feed is then read in that tenant's scope. It runs as the owner of the
-- tables, which FORCE ROW LEVEL SECURITY subjects to the policies too: the policy below lets only that role
-- (never the application role) see the rows, and only this function runs as it.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY status_feed_lookup ON status_feed FOR SELECT TO %I USING (true)', current_user);
END $$;
CREATE FUNCTION plumbline_status_feed_tenant(hash VARCHAR) RETURNS TABLE (agency UUID, client UUID)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT agency_id, client_id FROM public.status_feed WHERE token_hash = hash
$$;
REVOKE ALL ON FUNCTION plumbline_status_feed_tenant(VARCHAR) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        GRANT EXECUTE ON FUNCTION plumbline_status_feed_tenant(VARCHAR) TO ${app_role};
    END IF;
END $$;
