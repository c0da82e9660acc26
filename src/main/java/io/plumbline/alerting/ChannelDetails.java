package io.plumbline.alerting;

import java.time.Instant;
import java.util.List;

/**
 * A stored channel; the signing secret never leaves the service, only whether there is
 * one.
 */
public record ChannelDetails(ChannelId id, String name, ChannelType type, List<String> emailAddresses,
        String webhookUrl, WebhookFormat webhookFormat, boolean signed, QuietHours quietHours, boolean enabled,
        Instant createdAt) {

    public String target() {
        return type == ChannelType.EMAIL ? String.join(", ", emailAddresses) : webhookUrl;
    }
}
