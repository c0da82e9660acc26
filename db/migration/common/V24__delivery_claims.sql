-- Mail and webhooks go out outside any database transaction: an attempt claims its outbox row in one short
-- transaction (claimed_at, claimed_by = the node's db-scheduler name), sends, and records the outcome in a second,
-- which clears the claim. A claim that is still there at the next attempt marks a send cut short by a crash.
ALTER TABLE alert_notification ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alert_notification ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE report_delivery ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report_delivery ADD COLUMN claimed_by VARCHAR(200);
