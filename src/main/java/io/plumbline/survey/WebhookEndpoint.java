package io.plumbline.survey;

import java.time.Instant;

/**
 * A webhook endpoint of the agency: its URL is
 * {@code /api/v1/surveys/webhooks/<kind>/<token>}.
 */
public record WebhookEndpoint(WebhookKind kind, String token, Instant secretIssuedAt) {

    public String path() {
        return "/api/v1/surveys/webhooks/" + kind.path() + "/" + token;
    }
}
