-- Every bin now lives in rollup.latency (V29_1). Retention deletes rollup rows only.
CREATE OR REPLACE FUNCTION plumbline_delete_old_rollups(rollup_granularity VARCHAR, before_instant TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    horizon TIMESTAMPTZ := least(before_instant, now() - interval '1 day');
    deleted BIGINT;
BEGIN
    DELETE FROM public.rollup WHERE granularity = rollup_granularity AND bucket_start < horizon;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END $$;

DROP TABLE rollup_latency;
