-- Vendor status (docs/vendor-status.md): providers' Atlassian Statuspage pages, named per integration, polled by the
-- db-scheduler task vendor-status-poll. Everything is stored per agency: two agencies naming the same page each have
-- their own row, polled under their own outbound allow-list, and never see each other's copy.
CREATE TABLE vendor_status_page (
    id                       UUID PRIMARY KEY,
    agency_id                UUID          NOT NULL REFERENCES agency (id),
    base_url                 VARCHAR(500)  NOT NULL,
    page_name                VARCHAR(300),
    page_url                 VARCHAR(500),
    overall_indicator        VARCHAR(40),
    overall_description      VARCHAR(300),
    summary_etag             VARCHAR(500),
    summary_last_modified    VARCHAR(100),
    incidents_etag           VARCHAR(500),
    incidents_last_modified  VARCHAR(100),
    last_polled_at           TIMESTAMP WITH TIME ZONE,
    last_success_at          TIMESTAMP WITH TIME ZONE,
    last_error               VARCHAR(1000),
    consecutive_failures     INTEGER       NOT NULL,
    next_poll_at             TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_vendor_status_page UNIQUE (agency_id, base_url)
);

-- Which page (and optionally which of its components) an integration depends on: at most one per integration.
CREATE TABLE vendor_status_link (
    integration_id  UUID PRIMARY KEY REFERENCES integration (id),
    agency_id       UUID         NOT NULL REFERENCES agency (id),
    client_id       UUID         NOT NULL REFERENCES client (id),
    page_id         UUID         NOT NULL REFERENCES vendor_status_page (id),
    component_id    VARCHAR(100),
    component_name  VARCHAR(300),
    configured_by   VARCHAR(254) NOT NULL,
    configured_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_vendor_status_link_page ON vendor_status_link (page_id);

-- The components a page lists, with their current status.
CREATE TABLE vendor_status_component (
    page_id      UUID         NOT NULL REFERENCES vendor_status_page (id) ON DELETE CASCADE,
    external_id  VARCHAR(100) NOT NULL,
    agency_id    UUID         NOT NULL REFERENCES agency (id),
    name         VARCHAR(300) NOT NULL,
    group_name   VARCHAR(300),
    status       VARCHAR(40)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (page_id, external_id)
);

-- Periods in which a component was not operational, as the polls saw it change (started at the component's
-- updated_at when the page gives it); ended_at is empty while it lasts.
CREATE TABLE vendor_status_component_period (
    id           UUID PRIMARY KEY,
    page_id      UUID         NOT NULL REFERENCES vendor_status_page (id) ON DELETE CASCADE,
    agency_id    UUID         NOT NULL REFERENCES agency (id),
    external_id  VARCHAR(100) NOT NULL,
    status       VARCHAR(40)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_vendor_status_component_period ON vendor_status_component_period (page_id, external_id, started_at);

CREATE TABLE vendor_status_incident (
    id           UUID PRIMARY KEY,
    page_id      UUID          NOT NULL REFERENCES vendor_status_page (id) ON DELETE CASCADE,
    agency_id    UUID          NOT NULL REFERENCES agency (id),
    external_id  VARCHAR(100)  NOT NULL,
    name         VARCHAR(500)  NOT NULL,
    impact       VARCHAR(20)   NOT NULL,
    status       VARCHAR(40)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    shortlink    VARCHAR(500),
    updated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_vendor_status_incident UNIQUE (page_id, external_id)
);
CREATE INDEX ix_vendor_status_incident_time ON vendor_status_incident (page_id, started_at);

CREATE TABLE vendor_status_incident_component (
    incident_id   UUID         NOT NULL REFERENCES vendor_status_incident (id) ON DELETE CASCADE,
    external_id   VARCHAR(100) NOT NULL,
    agency_id     UUID         NOT NULL REFERENCES agency (id),
    name          VARCHAR(300) NOT NULL,
    PRIMARY KEY (incident_id, external_id)
);

CREATE TABLE vendor_status_incident_update (
    incident_id   UUID          NOT NULL REFERENCES vendor_status_incident (id) ON DELETE CASCADE,
    external_id   VARCHAR(100)  NOT NULL,
    agency_id     UUID          NOT NULL REFERENCES agency (id),
    status        VARCHAR(40)   NOT NULL,
    body          VARCHAR(10000) NOT NULL,
    display_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, external_id)
);

-- An agency incident whose cause was named "Provider outage", with the provider incident it cites.
CREATE TABLE vendor_status_cause (
    incident_id           UUID PRIMARY KEY,
    agency_id             UUID         NOT NULL REFERENCES agency (id),
    provider_incident_id  UUID         NOT NULL REFERENCES vendor_status_incident (id) ON DELETE CASCADE,
    cited_by              VARCHAR(254) NOT NULL,
    cited_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
