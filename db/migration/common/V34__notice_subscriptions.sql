-- E-mail subscriptions of client users to service notices (docs/status-notices.md, "Subscriptions"), and the
-- outbox of notice mails. One subscription per user: all the client's integrations, or the listed ones
-- (comma-separated integration ids). The unsubscribe token is random (256 bits); it is kept as is because every queued mail carries it.
CREATE TABLE notice_subscription (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    user_id                    UUID          NOT NULL REFERENCES app_user (id),
    all_integrations           BOOLEAN       NOT NULL,
    integrations               VARCHAR(4000) NOT NULL,
    unsubscribe_token          VARCHAR(64)   NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_notice_subscription_user UNIQUE (user_id),
    CONSTRAINT uq_notice_subscription_token UNIQUE (unsubscribe_token)
);
CREATE INDEX ix_notice_subscription_client ON notice_subscription (agency_id, client_id);

-- One mail per notice and recipient: the UNIQUE dedup key (notice_key, user_id) makes a second enqueue (a
-- repeated event, a second node) a no-op. The message is composed when enqueued; the send claim follows
-- V24__delivery_claims.sql.
CREATE TABLE notice_mail (
    id                         UUID PRIMARY KEY,
    agency_id                  UUID          NOT NULL REFERENCES agency (id),
    client_id                  UUID          NOT NULL REFERENCES client (id),
    user_id                    UUID          NOT NULL REFERENCES app_user (id),
    notice_key                 VARCHAR(200)  NOT NULL,
    recipient                  VARCHAR(320)  NOT NULL,
    subject                    VARCHAR(500)  NOT NULL,
    body_text                  VARCHAR(20000) NOT NULL,
    body_html                  VARCHAR(40000) NOT NULL,
    unsubscribe_url            VARCHAR(1000) NOT NULL,
    state                      VARCHAR(20)   NOT NULL,
    attempts                   INTEGER       NOT NULL,
    next_attempt_at            TIMESTAMP WITH TIME ZONE,
    claimed_at                 TIMESTAMP WITH TIME ZONE,
    claimed_by                 VARCHAR(200),
    sent_at                    TIMESTAMP WITH TIME ZONE,
    last_error                 VARCHAR(1000),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_notice_mail_dedup UNIQUE (notice_key, user_id)
);
CREATE INDEX ix_notice_mail_client ON notice_mail (agency_id, client_id, user_id);
