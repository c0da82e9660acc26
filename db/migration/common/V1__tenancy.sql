-- Agencies are the tenants; clients belong to one agency; users belong to an agency
-- and, for client users, to one client of it.
CREATE TABLE agency (
    id              UUID PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    primary_colour  VARCHAR(7)   NOT NULL DEFAULT '#1f5fbf',
    logo            BYTEA,
    logo_type       VARCHAR(40),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE client (
    id              UUID PRIMARY KEY,
    agency_id       UUID         NOT NULL REFERENCES agency (id),
    name            VARCHAR(120) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    industry        VARCHAR(40)  NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    primary_colour  VARCHAR(7),
    logo            BYTEA,
    logo_type       VARCHAR(40),
    archived_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_client_name UNIQUE (agency_id, name)
);
CREATE INDEX ix_client_agency ON client (agency_id);

CREATE TABLE app_user (
    id                    UUID PRIMARY KEY,
    agency_id             UUID         NOT NULL REFERENCES agency (id),
    client_id             UUID REFERENCES client (id),
    email                 VARCHAR(254) NOT NULL,
    display_name          VARCHAR(120) NOT NULL,
    role                  VARCHAR(20)  NOT NULL,
    password_hash         VARCHAR(200),
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    password_expires_at   TIMESTAMP WITH TIME ZONE,
    invite_token_hash     VARCHAR(64),
    invite_expires_at     TIMESTAMP WITH TIME ZONE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts       INTEGER      NOT NULL DEFAULT 0,
    locked_until          TIMESTAMP WITH TIME ZONE,
    last_login_at         TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT ck_app_user_role CHECK (role IN ('OWNER', 'ADMIN', 'EXECUTIVE', 'ANALYST', 'CLIENT_ADMIN', 'CLIENT_VIEWER')),
    CONSTRAINT ck_app_user_client_role CHECK ((client_id IS NULL) = (role IN ('OWNER', 'ADMIN', 'EXECUTIVE', 'ANALYST')))
);
CREATE INDEX ix_app_user_agency ON app_user (agency_id);
CREATE INDEX ix_app_user_invite ON app_user (invite_token_hash);

CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    agency_id   UUID         NOT NULL REFERENCES agency (id),
    client_id   UUID,
    actor_id    UUID,
    actor_email VARCHAR(254),
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(200),
    detail      VARCHAR(1000),
    remote_addr VARCHAR(64),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_event_agency_time ON audit_event (agency_id, occurred_at DESC);
