package io.plumbline.survey;

/** What one webhook delivery stored. */
public record WebhookOutcome(int added, int alreadyPresent) {
}
