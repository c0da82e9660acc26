package io.plumbline.survey;

/** A new webhook secret, shown once; paste it into the survey tool. */
public record IssuedWebhookSecret(WebhookEndpoint endpoint, String secret) {
}
