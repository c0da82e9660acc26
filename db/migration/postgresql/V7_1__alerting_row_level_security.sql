-- Alerting is internal to the agency: client users (plumbline.client_id set) see no row of it at all.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['alert_channel', 'alert_rule', 'alert_rule_channel', 'alert', 'alert_notification',
                             'alert_notification_alert', 'alert_delivery_attempt'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (agency_id = plumbline_agency() AND plumbline_client() IS NULL) '
                       'WITH CHECK (agency_id = plumbline_agency() AND plumbline_client() IS NULL)', t || '_tenant', t);
    END LOOP;
END $$;
