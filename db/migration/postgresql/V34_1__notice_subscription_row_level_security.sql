-- Agency staff see their clients' subscriptions and notice mails; a client user only the own client's.
ALTER TABLE notice_subscription ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_subscription FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_subscription_tenant ON notice_subscription
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));
ALTER TABLE notice_mail ENABLE ROW LEVEL SECURITY;
ALTER TABLE notice_mail FORCE ROW LEVEL SECURITY;
CREATE POLICY notice_mail_tenant ON notice_mail
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()));

-- An unsubscribe link names its token before any tenant is known: as for feeds (V28_4), a narrow SECURITY DEFINER
-- function answers only which agency and client own that token.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY notice_subscription_lookup ON notice_subscription FOR SELECT TO %I USING (true)',
        current_user);
END $$;
CREATE FUNCTION plumbline_notice_subscription_tenant(token VARCHAR) RETURNS TABLE (agency UUID, client UUID)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT agency_id, client_id FROM public.notice_subscription WHERE unsubscribe_token = token
$$;
REVOKE ALL ON FUNCTION plumbline_notice_subscription_tenant(VARCHAR) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        GRANT EXECUTE ON FUNCTION plumbline_notice_subscription_tenant(VARCHAR) TO ${app_role};
    END IF;
END $$;
