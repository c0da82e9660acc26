package io.plumbline.survey;

import java.time.Instant;

/**
 * A webhook endpoint of the agency: its URL is
 * {@code /api/v1/surveys/webhooks/<kind>/<token>}; {@code fields} says which Typeform
 * fields hold the answers.
 */
public record WebhookEndpoint(WebhookKind kind, String token, Instant secretIssuedAt, WebhookFields fields) {

    public String path() {
        return "/api/v1/surveys/webhooks/" + kind.path() + "/" + token;
    }
}
