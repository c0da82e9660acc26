package io.plumbline.alerting;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.Quota;
import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Observation;
import io.plumbline.metrics.Source;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Alerting's own test data: integrations with credentials and quotas, rules, channels,
 * calls.
 */
class AlertingFixtures {

    private final IntegrationService integrations;

    private final AlertRuleService rules;

    private final AlertChannelService channels;

    AlertingFixtures(IntegrationService integrations, AlertRuleService rules, AlertChannelService channels) {
        this.integrations = integrations;
        this.rules = rules;
        this.channels = channels;
    }

    IntegrationDetails anIntegration(TestAgency agency, ClientDetails client, LocalDate credentialExpiresOn,
            Quota quota) {
        String key = Fixtures.unique("esp").toLowerCase();
        return agency.scope()
            .call(() -> integrations.register(new IntegrationDraft(client.id(), key, "Klaviyo " + key, Category.EMAIL,
                    "Klaviyo", "https://a.klaviyo.com", "2024-10", AuthType.API_KEY, credentialExpiresOn, null, quota,
                    Criticality.HIGH, null, null)));
    }

    ChannelDetails anEmailChannel(TestAgency agency, String... addresses) {
        return agency.scope()
            .call(() -> channels.create(new ChannelDraft(Fixtures.unique("Mail"), ChannelType.EMAIL, List.of(addresses),
                    null, null, null, null, true)));
    }

    ChannelDetails aWebhookChannel(TestAgency agency, String url, WebhookFormat format, QuietHours quiet) {
        return agency.scope()
            .call(() -> channels.create(new ChannelDraft(Fixtures.unique("Hook"), ChannelType.WEBHOOK, List.of(), url,
                    format, "a-signing-secret-of-some-length", quiet, true)));
    }

    AlertRuleDetails aRule(TestAgency agency, AlertRuleKind kind, ClientId client, double threshold, Duration window,
            Duration shortWindow, AlertSeverity severity, Set<ChannelId> routed) {
        return agency.scope()
            .call(() -> rules.create(new AlertRuleDraft(Fixtures.unique(kind.name()), kind, severity, client, null,
                    threshold, window, shortWindow, false, true, routed)));
    }

    static Observation call(IntegrationId integration, Instant at, boolean failed) {
        return new Observation(integration, at, Source.API, "GET /lists", failed ? 500 : 200, 120,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

    static Observation check(IntegrationId integration, Instant at, boolean failed) {
        return new Observation(integration, at, Source.MONITOR, "CHECK GET", failed ? 503 : 200, 200,
                failed ? FailureClass.SERVER_ERROR : null, false);
    }

    static Observation slowCall(IntegrationId integration, Instant at, int latencyMs) {
        return new Observation(integration, at, Source.API, "GET /lists", 200, latencyMs, null, false);
    }

}
