package io.plumbline.alerting;

import java.util.List;

/**
 * A notification channel. EMAIL uses {@code emailAddresses}; WEBHOOK uses
 * {@code webhookUrl}, {@code webhookFormat} and optionally {@code signingSecret} (null on
 * edit keeps the stored one, blank removes it). {@code quietHours} may be null.
 */
public record ChannelDraft(String name, ChannelType type, List<String> emailAddresses, String webhookUrl,
        WebhookFormat webhookFormat, String signingSecret, QuietHours quietHours, boolean enabled) {
}
