-- Issue 18, part 3: a re-import or a webhook redelivery updates the answers of a response it has seen.
ALTER TABLE survey_import ADD COLUMN rows_updated INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE survey_response ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
-- Which Typeform fields (ref or title) hold the NPS, the CSAT and the comment; NULL = recognised automatically.
ALTER TABLE survey_webhook ADD COLUMN nps_field VARCHAR(200);
ALTER TABLE survey_webhook ADD COLUMN csat_field VARCHAR(200);
ALTER TABLE survey_webhook ADD COLUMN comment_field VARCHAR(200);
