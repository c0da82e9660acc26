-- The secret Atom feed of each client (docs/status-notices.md): one live token per client, stored as its
-- SHA-256 hash; regenerating replaces it, revoking deletes the row.
CREATE TABLE status_feed (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    token_hash                 VARCHAR(64)   NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                 VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_status_feed_client UNIQUE (client_id),
    CONSTRAINT uq_status_feed_token UNIQUE (token_hash)
);
CREATE INDEX ix_status_feed_agency ON status_feed (agency_id, client_id);
