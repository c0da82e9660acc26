-- Second wall behind the scoped queries: every tenant-owned row is visible only
-- when the transaction has set plumbline.agency_id (and, for client users,
-- plumbline.client_id) with set_config(..., true). No tenant set: no rows.
CREATE FUNCTION plumbline_agency() RETURNS UUID LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('plumbline.agency_id', true), '')::uuid $$;
CREATE FUNCTION plumbline_client() RETURNS UUID LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('plumbline.client_id', true), '')::uuid $$;

ALTER TABLE agency ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_tenant ON agency
    USING (id = plumbline_agency()) WITH CHECK (id = plumbline_agency());

ALTER TABLE client ENABLE ROW LEVEL SECURITY;
ALTER TABLE client FORCE ROW LEVEL SECURITY;
CREATE POLICY client_tenant ON client
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL);

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_tenant ON app_user
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));
-- Sign-in and invitations must find a user before the tenant is known: only the
-- row whose e-mail (or invitation hash) the transaction names, and only for reading.
CREATE POLICY app_user_sign_in ON app_user FOR SELECT
    USING (lower(email) = nullif(current_setting('plumbline.sign_in_email', true), '')
        OR invite_token_hash = nullif(current_setting('plumbline.invite_hash', true), ''));

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant ON audit_event
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency());

-- The application connects as a role that owns nothing; it gets row access only.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA ' || current_schema() || ' TO ${app_role}';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON agency, client, app_user, audit_event TO ${app_role}';
        EXECUTE 'GRANT EXECUTE ON FUNCTION plumbline_agency(), plumbline_client() TO ${app_role}';
        EXECUTE 'ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role}';
        EXECUTE 'ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO ${app_role}';
    ELSE
        RAISE WARNING 'role ${app_role} does not exist: create it and grant it row access (docs/deploy.md)';
    END IF;
END $$;
