package io.plumbline.alerting.internal;

import io.plumbline.alerting.ChannelDetails;
import io.plumbline.alerting.ChannelDraft;
import io.plumbline.alerting.ChannelId;
import io.plumbline.alerting.ChannelType;
import io.plumbline.alerting.QuietHours;
import io.plumbline.alerting.WebhookFormat;
import io.plumbline.shared.SecretCipher;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "alert_channel")
public class ChannelRow {

    @Id
    UUID id;

    UUID agencyId;

    String name;

    @Enumerated(EnumType.STRING)
    ChannelType type;

    String emailAddresses;

    String webhookUrl;

    @Enumerated(EnumType.STRING)
    WebhookFormat webhookFormat;

    /** Sealed with the id as associated data (shared.SecretCipher). */
    String signingSecret;

    LocalTime quietStart;

    LocalTime quietEnd;

    String quietZone;

    boolean pageBypassesQuiet;

    boolean enabled;

    Instant createdAt;

    protected ChannelRow() {
    }

    public ChannelRow(UUID id, UUID agencyId, Instant createdAt) {
        this.id = id;
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    /** Everything but the secret, which the service seals itself. */
    public void apply(ChannelDraft draft) {
        name = draft.name().strip();
        type = draft.type();
        boolean email = type == ChannelType.EMAIL;
        emailAddresses = email ? String.join(",", draft.emailAddresses()) : null;
        webhookUrl = email ? null : draft.webhookUrl().strip();
        webhookFormat = email ? null : draft.webhookFormat();
        if (email) {
            signingSecret = null;
        }
        QuietHours quiet = draft.quietHours();
        quietStart = quiet == null ? null : quiet.start();
        quietEnd = quiet == null ? null : quiet.end();
        quietZone = quiet == null ? null : quiet.zone().getId();
        pageBypassesQuiet = quiet != null && quiet.pageBypasses();
        enabled = draft.enabled();
    }

    QuietHours quietHours() {
        return quietStart == null ? null
                : new QuietHours(quietStart, quietEnd, ZoneId.of(quietZone), pageBypassesQuiet);
    }

    List<String> addresses() {
        return emailAddresses == null ? List.of() : Arrays.asList(emailAddresses.split(","));
    }

    public String name() {
        return name;
    }

    /** Seals the webhook's signing secret for this channel; a blank secret removes it. */
    public void sealSigningSecret(String secret, SecretCipher cipher) {
        signingSecret = secret.isBlank() ? null
                : cipher.encrypt(secret.strip(), NotificationDelivery.secretContext(id));
    }

    public ChannelDetails details() {
        return new ChannelDetails(new ChannelId(id), name, type, addresses(), webhookUrl, webhookFormat,
                signingSecret != null, quietHours(), enabled, createdAt);
    }

}
