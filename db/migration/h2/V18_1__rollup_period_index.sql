-- The embedded H2 default's portfolio reads (the SLA batch evaluation: the agency's rollups at one granularity over a
-- period) as a range scan. H2 does not use a list of integration ids to seek in the primary key, so each read scanned
-- every rollup row of the agency (the demo's dashboard took 12-15 s); PostgreSQL has had this index since V17_1.
CREATE INDEX ix_rollup_period ON rollup (agency_id, granularity, bucket_start, integration_id);
