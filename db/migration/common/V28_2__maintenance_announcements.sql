-- Maintenance windows the agency announces to the client (docs/status-notices.md): when it decided to, and how
-- many days before each occurrence the client sees it.
ALTER TABLE maintenance_window ADD COLUMN announced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE maintenance_window ADD COLUMN notice_days INTEGER;
ALTER TABLE maintenance_window ADD CONSTRAINT ck_maintenance_announced
    CHECK ((announced_at IS NULL) = (notice_days IS NULL) AND (notice_days IS NULL OR notice_days BETWEEN 0 AND 60));
