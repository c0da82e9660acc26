-- Client users read only their own client's CLIENT-audience responses: never the staff survey, never another client.
-- They write only their own pulse answers.
ALTER TABLE survey_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_response FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_response_tenant ON survey_response
    USING (agency_id = plumbline_agency()
        AND (plumbline_client() IS NULL OR (client_id = plumbline_client() AND audience = 'CLIENT')))
    WITH CHECK (agency_id = plumbline_agency()
        AND (plumbline_client() IS NULL
            OR (client_id = plumbline_client() AND audience = 'CLIENT' AND source = 'PORTAL')));

ALTER TABLE survey_pulse ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_pulse FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_pulse_tenant ON survey_pulse
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

-- Client users read the agency's survey settings (pulse period, whether they see their trend), never change them.
ALTER TABLE survey_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_settings_tenant ON survey_settings
    USING (agency_id = plumbline_agency())
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE survey_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_import FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_import_tenant ON survey_import
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE survey_webhook ENABLE ROW LEVEL SECURITY;
ALTER TABLE survey_webhook FORCE ROW LEVEL SECURITY;
CREATE POLICY survey_webhook_tenant ON survey_webhook
    USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL)
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

-- A webhook request names its endpoint token before the agency is known. This function answers only which agency
-- owns that token (nothing else, and never the secret); the secret is then read in that agency's scope. It runs as
-- the owner of the tables, which FORCE ROW LEVEL SECURITY subjects to the policies too: the policy below lets only
-- that role (never the application role) see the rows, and only this function runs as it.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY survey_webhook_lookup ON survey_webhook FOR SELECT TO %I USING (true)', current_user);
END $$;
CREATE FUNCTION plumbline_survey_webhook_agency(token VARCHAR, webhook_kind VARCHAR) RETURNS UUID
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT agency_id FROM public.survey_webhook WHERE endpoint_token = token AND kind = webhook_kind
$$;
REVOKE ALL ON FUNCTION plumbline_survey_webhook_agency(VARCHAR, VARCHAR) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        GRANT EXECUTE ON FUNCTION plumbline_survey_webhook_agency(VARCHAR, VARCHAR) TO ${app_role};
    END IF;
END $$;
