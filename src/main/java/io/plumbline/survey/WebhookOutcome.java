package io.plumbline.survey;

/**
 * What one webhook delivery stored: new responses, already stored ones whose answers
 * changed (a redelivery with other answers), and unchanged ones.
 */
public record WebhookOutcome(int added, int alreadyPresent, int updated) {
}
