-- OpenTelemetry intake (docs/otlp.md). Which integration an HTTP client span belongs to when it does not name one
-- (plumbline.integration): its host, and optionally a path prefix, mapped per client to one of the client's
-- integrations. The longest matching prefix wins; '' matches every path of the host.
CREATE TABLE integration_host_route (
    id              UUID PRIMARY KEY,
    agency_id       UUID         NOT NULL REFERENCES agency (id),
    client_id       UUID         NOT NULL REFERENCES client (id),
    integration_id  UUID         NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    host            VARCHAR(253) NOT NULL,
    path_prefix     VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_integration_host_route UNIQUE (agency_id, client_id, host, path_prefix)
);
CREATE INDEX ix_integration_host_route_integration ON integration_host_route (integration_id);
CREATE INDEX ix_integration_host_route_host ON integration_host_route (agency_id, host);

-- Hosts of HTTP client spans that no route and no plumbline.integration attribute assigned: counted, listed in the
-- agency app ("Seen hosts without an integration") until mapped. seen_by is the client of the API key that sent
-- them, or 'agency' for agency-wide keys (client_id NULL then).
CREATE TABLE otlp_unmapped_host (
    agency_id      UUID         NOT NULL REFERENCES agency (id),
    client_id      UUID         REFERENCES client (id),
    seen_by        VARCHAR(36)  NOT NULL,
    host           VARCHAR(253) NOT NULL,
    span_count     BIGINT       NOT NULL,
    first_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_service   VARCHAR(120),
    CONSTRAINT pk_otlp_unmapped_host PRIMARY KEY (agency_id, seen_by, host),
    CONSTRAINT ck_otlp_unmapped_host_seen_by CHECK ((client_id IS NULL AND seen_by = 'agency')
        OR (client_id IS NOT NULL AND seen_by <> 'agency'))
);
