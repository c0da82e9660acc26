-- The agency executive report (docs/reports.md): a report, schedule or delivery is either one client's
-- (kind CLIENT, client_id set) or the agency's portfolio (kind EXECUTIVE, no client). Row-level security
-- needs no change: a client user's policies compare client_id with their own client, which a NULL never
-- equals, so executive reports stay with agency staff.
ALTER TABLE report ADD COLUMN kind VARCHAR(20) DEFAULT 'CLIENT' NOT NULL;
ALTER TABLE report ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE report ADD CONSTRAINT ck_report_kind
    CHECK ((kind = 'CLIENT' AND client_id IS NOT NULL) OR (kind = 'EXECUTIVE' AND client_id IS NULL));

ALTER TABLE report_document ALTER COLUMN client_id DROP NOT NULL;

ALTER TABLE report_schedule ADD COLUMN kind VARCHAR(20) DEFAULT 'CLIENT' NOT NULL;
ALTER TABLE report_schedule ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE report_schedule ADD CONSTRAINT ck_report_schedule_kind
    CHECK ((kind = 'CLIENT' AND client_id IS NOT NULL) OR (kind = 'EXECUTIVE' AND client_id IS NULL));

ALTER TABLE report_delivery ALTER COLUMN client_id DROP NOT NULL;
CREATE INDEX ix_report_agency_kind ON report (agency_id, kind, requested_at);
