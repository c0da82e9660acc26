package io.plumbline.alerting;

import io.plumbline.alerting.AlertingEvent.ChannelChanged;
import io.plumbline.alerting.AlertingEvent.ChannelCreated;
import io.plumbline.alerting.AlertingEvent.ChannelDeleted;
import io.plumbline.alerting.internal.AlertChannelRepository;
import io.plumbline.alerting.internal.AlertingAccess;
import io.plumbline.alerting.internal.ChannelRow;
import io.plumbline.alerting.internal.NotificationQueue;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.shared.SecretCipher;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.TenantScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where notices go: e-mail lists and webhooks. Webhook URLs pass the outbound guard when
 * saved (and again before every delivery); signing secrets are sealed at rest and never
 * returned.
 */
@Service
public class AlertChannelService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    private static final int MAX_ADDRESSES = 20;

    private final AlertChannelRepository channels;

    private final NotificationQueue queue;

    private final OutboundUrlGuard guard;

    private final OutboundAllowListService allowList;

    private final SecretCipher cipher;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    AlertChannelService(AlertChannelRepository channels, NotificationQueue queue, OutboundUrlGuard guard,
            OutboundAllowListService allowList, SecretCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.queue = queue;
        this.guard = guard;
        this.allowList = allowList;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChannelDetails> list() {
        TenantScope scope = AlertingAccess.reader();
        return channels.findByAgencyIdOrderByNameAsc(scope.agency().value()).stream().map(ChannelRow::details).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ChannelDetails> find(ChannelId id) {
        TenantScope scope = AlertingAccess.reader();
        return channels.findByAgencyIdAndId(scope.agency().value(), id.value()).map(ChannelRow::details);
    }

    @Transactional
    public ChannelDetails create(ChannelDraft draft) {
        TenantScope scope = AlertingAccess.editor();
        UUID id = UUID.randomUUID();
        ChannelDraft valid = validate(scope, id, draft);
        ChannelRow row = new ChannelRow(id, scope.agency().value(), clock.instant());
        row.apply(valid);
        applySecret(row, valid);
        channels.save(row);
        events.publishEvent(new ChannelCreated(scope.agency(), new ChannelId(id), row.name()));
        return row.details();
    }

    @Transactional
    public ChannelDetails update(ChannelId id, ChannelDraft draft) {
        TenantScope scope = AlertingAccess.editor();
        ChannelRow row = load(scope, id);
        ChannelDraft valid = validate(scope, id.value(), draft);
        row.apply(valid);
        applySecret(row, valid);
        events.publishEvent(new ChannelChanged(scope.agency(), id, row.name()));
        return row.details();
    }

    @Transactional
    public void delete(ChannelId id) {
        TenantScope scope = AlertingAccess.editor();
        ChannelRow row = load(scope, id);
        channels.delete(row);
        events.publishEvent(new ChannelDeleted(scope.agency(), id, row.name()));
    }

    /**
     * Queues a test notice through the normal outbox, so it is retried and logged like
     * any other.
     */
    @Transactional
    public NotificationId sendTest(ChannelId id) {
        TenantScope scope = AlertingAccess.editor();
        ChannelRow row = load(scope, id);
        return queue.queueTest(row, AlertingAccess.actor(), clock.instant()).notificationId();
    }

    private ChannelRow load(TenantScope scope, ChannelId id) {
        return channels.findByAgencyIdAndId(scope.agency().value(), id.value())
            .orElseThrow(() -> new NotFoundException("No such channel"));
    }

    /** null keeps the stored secret, blank removes it, anything else replaces it. */
    private void applySecret(ChannelRow row, ChannelDraft draft) {
        if (draft.type() != ChannelType.WEBHOOK || draft.signingSecret() == null) {
            return;
        }
        row.sealSigningSecret(draft.signingSecret(), cipher);
    }

    private ChannelDraft validate(TenantScope scope, UUID id, ChannelDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("name", "Enter a name of at most 120 characters.");
        }
        if (channels.existsByAgencyIdAndNameIgnoreCaseAndIdNot(scope.agency().value(), name, id)) {
            throw new InvalidInputException("name", "Another channel is already called " + name + ".");
        }
        if (draft.type() == null) {
            throw new InvalidInputException("type", "Choose e-mail or webhook.");
        }
        List<String> addresses = List.of();
        if (draft.type() == ChannelType.EMAIL) {
            addresses = (draft.emailAddresses() == null ? List.<String>of() : draft.emailAddresses()).stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
            Optional<String> bad = addresses.stream().filter(a -> !EMAIL.matcher(a).matches()).findFirst();
            if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES || bad.isPresent()) {
                throw new InvalidInputException("emailAddresses", bad.map(a -> "Not an e-mail address: " + a)
                    .orElse("Enter 1 to 20 e-mail addresses, separated by commas."));
            }
        }
        else {
            validateWebhook(draft);
        }
        QuietHours quiet = draft.quietHours();
        if (quiet != null && quiet.start().equals(quiet.end())) {
            throw new InvalidInputException("quietEnd", "Quiet hours must end at another time than they start.");
        }
        return new ChannelDraft(name, draft.type(), addresses, draft.webhookUrl(), draft.webhookFormat(),
                draft.signingSecret(), quiet, draft.enabled());
    }

    private void validateWebhook(ChannelDraft draft) {
        String url = draft.webhookUrl() == null ? "" : draft.webhookUrl().strip();
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException("webhookUrl", "Not a URL: " + e.getReason() + ".");
        }
        if (url.isEmpty() || url.length() > 2000
                || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInputException("webhookUrl", "Enter an http or https URL of at most 2,000 characters.");
        }
        Optional<String> refusal = guard.refusalReason(uri, allowList.entriesForCurrentAgency(), true);
        if (refusal.isPresent()) {
            throw new InvalidInputException("webhookUrl", refusal.get());
        }
        if (draft.webhookFormat() == null) {
            throw new InvalidInputException("webhookFormat", "Choose generic JSON or Slack.");
        }
        if (draft.signingSecret() != null && !draft.signingSecret().isBlank()) {
            if (draft.signingSecret().strip().length() < 16 || draft.signingSecret().length() > 200) {
                throw new InvalidInputException("signingSecret", "A signing secret has 16 to 200 characters.");
            }
            if (!cipher.available()) {
                throw new InvalidInputException("signingSecret",
                        "Secrets cannot be stored: PLUMBLINE_SECRETS_KEY is not set (docs/deploy.md).");
            }
        }
    }

}
