-- Raw observations, partitioned by day so that retention drops whole partitions.
CREATE TABLE observation (
    agency_id       UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    integration_id  UUID        NOT NULL,
    observed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(8)  NOT NULL,
    operation       VARCHAR(120),
    http_status     INTEGER,
    latency_ms      INTEGER     NOT NULL,
    failure_class   VARCHAR(20),
    retried         BOOLEAN     NOT NULL
) PARTITION BY RANGE (observed_at);
CREATE INDEX ix_observation_time ON observation (agency_id, integration_id, observed_at);

ALTER TABLE observation ENABLE ROW LEVEL SECURITY;
ALTER TABLE observation FORCE ROW LEVEL SECURITY;
CREATE POLICY observation_tenant ON observation
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency());

ALTER TABLE rollup ENABLE ROW LEVEL SECURITY;
ALTER TABLE rollup FORCE ROW LEVEL SECURITY;
CREATE POLICY rollup_tenant ON rollup
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency());

ALTER TABLE rollup_latency ENABLE ROW LEVEL SECURITY;
ALTER TABLE rollup_latency FORCE ROW LEVEL SECURITY;
CREATE POLICY rollup_latency_tenant ON rollup_latency
    USING (agency_id = plumbline_agency() AND (plumbline_client() IS NULL OR client_id = plumbline_client()))
    WITH CHECK (agency_id = plumbline_agency());

-- The application role owns nothing and cannot create tables, so partitions are made and
-- dropped by these functions, which run as their owner. A partition is reachable only
-- through the parent table, where the policies above apply.
CREATE FUNCTION plumbline_ensure_observation_partitions(first_day DATE, last_day DATE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    day DATE := first_day;
    created INTEGER := 0;
    part_name TEXT;
BEGIN
    WHILE day <= last_day LOOP
        part_name := 'observation_' || to_char(day, 'YYYYMMDD');
        IF to_regclass('public.' || part_name) IS NULL THEN
            EXECUTE format('CREATE TABLE public.%I PARTITION OF public.observation FOR VALUES FROM (%L) TO (%L)',
                           part_name, day::text || ' 00:00:00+00', (day + 1)::text || ' 00:00:00+00');
            EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC', part_name);
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
                EXECUTE format('REVOKE ALL ON public.%I FROM ${app_role}', part_name);
            END IF;
            created := created + 1;
        END IF;
        day := day + 1;
    END LOOP;
    RETURN created;
END $$;

CREATE FUNCTION plumbline_drop_observation_partitions(before_day DATE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    partition RECORD;
    dropped INTEGER := 0;
BEGIN
    FOR partition IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'public.observation'::regclass AND c.relname ~ '^observation_[0-9]{8}$'
          AND to_date(substring(c.relname FROM 13), 'YYYYMMDD') < before_day
    LOOP
        EXECUTE format('DROP TABLE public.%I', partition.relname);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END $$;

REVOKE ALL ON FUNCTION plumbline_ensure_observation_partitions(DATE, DATE) FROM PUBLIC;
REVOKE ALL ON FUNCTION plumbline_drop_observation_partitions(DATE) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        GRANT EXECUTE ON FUNCTION plumbline_ensure_observation_partitions(DATE, DATE) TO ${app_role};
        GRANT EXECUTE ON FUNCTION plumbline_drop_observation_partitions(DATE) TO ${app_role};
    END IF;
END $$;

-- Rollup retention crosses tenants, so it runs as the owner through this function, and only the
-- owner may delete across agencies (policy TO the migrating role). The horizon is clamped so the
-- application role can never delete the last day of data through it.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY rollup_retention ON rollup FOR DELETE TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY rollup_latency_retention ON rollup_latency FOR DELETE TO %I USING (true)', current_user);
END $$;

CREATE FUNCTION plumbline_delete_old_rollups(rollup_granularity VARCHAR, before_instant TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    horizon TIMESTAMPTZ := least(before_instant, now() - interval '1 day');
    deleted BIGINT;
BEGIN
    DELETE FROM public.rollup_latency WHERE granularity = rollup_granularity AND bucket_start < horizon;
    DELETE FROM public.rollup WHERE granularity = rollup_granularity AND bucket_start < horizon;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END $$;
REVOKE ALL ON FUNCTION plumbline_delete_old_rollups(VARCHAR, TIMESTAMPTZ) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        GRANT EXECUTE ON FUNCTION plumbline_delete_old_rollups(VARCHAR, TIMESTAMPTZ) TO ${app_role};
    END IF;
END $$;
