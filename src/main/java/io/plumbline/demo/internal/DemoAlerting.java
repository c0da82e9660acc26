package io.plumbline.demo.internal;

import io.plumbline.alerting.AlertChannelService;
import io.plumbline.alerting.AlertDemoHistory;
import io.plumbline.alerting.AlertDetails;
import io.plumbline.alerting.AlertRuleDetails;
import io.plumbline.alerting.AlertRuleDraft;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleService;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelDraft;
import io.plumbline.alerting.ChannelId;
import io.plumbline.alerting.ChannelType;
import io.plumbline.alerting.WebhookFormat;
import io.plumbline.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Northwind's alerting: an e-mail channel (held in the H2 demo, which has no SMTP
 * server), a Slack-format webhook saved disabled at an example URL (the demo must never
 * post anywhere), the default burn-rate rules for its SLAs and rules for credentials,
 * synthetic checks and quotas. The history is replayed by the rules' own sources over the
 * episodes of {@link DemoObservations}, so each past alert says what the engine would
 * have said; their notices are marked as demo, never sent. The consent rule and its
 * history follow the consent data ({@link DemoConsentAlerts}).
 */
@Component
class DemoAlerting implements DemoStory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAlerting.class);

    static final String EMAIL = "Ops e-mail";
    static final String SLACK = "Slack #integration-alerts";
    static final String FAST_BURN = "SLA · fast burn";
    static final String STEADY_BURN = "SLA · steady burn";
    static final String SLOW_BURN = "SLA · slow burn";

    /**
     * One past alert: the rule, the client, the episode, how long into it the rule's long
     * window has seen enough to fire (from the episode's failure share and the client's
     * traffic), and the rule's short window, after which the episode's failures have left
     * it and the alert resolves.
     */
    private record Replay(String rule, String client, String integrationKey, Duration firesAfter,
            Duration shortWindow) {
    }

    private static final List<Replay> REPLAYS = List.of(
            // The expired HubSpot token pages on Acme's client-wide contract.
            new Replay(FAST_BURN, DemoTenants.ACME, "acme-hubspot", Duration.ofMinutes(40), Duration.ofMinutes(5)),
            new Replay(STEADY_BURN, DemoTenants.ACME, "acme-hubspot", Duration.ofHours(2), Duration.ofMinutes(30)),
            // The Salesforce schema change burns Globex's budget steadily, not fast.
            new Replay(STEADY_BURN, DemoTenants.GLOBEX, "globex-salesforce", Duration.ofHours(4),
                    Duration.ofMinutes(30)),
            new Replay(SLOW_BURN, DemoTenants.GLOBEX, "globex-salesforce", Duration.ofHours(8), Duration.ofHours(6)),
            // The Marketo outage breaks Umbrella's 99.6 % within minutes.
            new Replay(FAST_BURN, "Umbrella Finance", "umbrella-marketo", Duration.ofMinutes(15),
                    Duration.ofMinutes(5)),
            new Replay(STEADY_BURN, "Umbrella Finance", "umbrella-marketo", Duration.ofMinutes(30),
                    Duration.ofMinutes(30)),
            // The Black-Friday throttling is still going on when the data ends: its
            // alerts stay open.
            new Replay(STEADY_BURN, DemoTenants.ACME, "acme-klaviyo", Duration.ofHours(5), Duration.ofMinutes(30)),
            new Replay(SLOW_BURN, DemoTenants.ACME, "acme-klaviyo", Duration.ofHours(10), Duration.ofHours(6)));

    /**
     * Where the firing instant is looked for, from {@code firesAfter}: a few full
     * evaluations, not a replay.
     */
    private static final Duration SEARCH = Duration.ofHours(2);

    private static final Duration SEARCH_STEP = Duration.ofMinutes(20);

    private final AlertRuleService rules;

    private final AlertChannelService channels;

    private final AlertDemoHistory history;

    private final Clock clock;

    DemoAlerting(AlertRuleService rules, AlertChannelService channels, AlertDemoHistory history, Clock clock) {
        this.rules = rules;
        this.channels = channels;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void tell(DemoWorld world) {
        CurrentTenant.runAs(world.agency(DemoTenants.NORTHWIND), () -> {
            ChannelId email = channels
                .create(new ChannelDraft(EMAIL, ChannelType.EMAIL, List.of("ops@northwind.example"), null, null, null,
                        null, true))
                .id();
            // An example host that never resolves, saved disabled: paste a real Slack
            // incoming webhook to use it.
            ChannelId slack = channels
                .create(new ChannelDraft(SLACK, ChannelType.WEBHOOK, List.of(),
                        "https://hooks.slack.example/services/T0DEMO/B0DEMO/northwind-demo", WebhookFormat.SLACK, null,
                        null, false))
                .id();
            Set<ChannelId> both = Set.of(email, slack);
            // Saved disabled and enabled once their history is in: the running evaluation
            // must not open the alerts
            // the history is about to record.
            List<AlertRuleDraft> drafts = new ArrayList<>(
                    AlertRuleService.burnRateDefaults("SLA", null, both).stream().map(DemoAlerting::disabled).toList());
            drafts.add(new AlertRuleDraft("Credential expires within 14 days", AlertRuleKind.CREDENTIAL_EXPIRY,
                    AlertSeverity.TICKET, null, null, 14.0, Duration.ofDays(1), null, false, false, Set.of(email)));
            drafts
                .add(new AlertRuleDraft("Synthetic checks failing 3 times in a row", AlertRuleKind.CONSECUTIVE_FAILURES,
                        AlertSeverity.PAGE, null, null, 3.0, Duration.ofHours(1), null, true, false, both));
            drafts.add(new AlertRuleDraft("Rate-limit quota above 80 %", AlertRuleKind.QUOTA_USAGE,
                    AlertSeverity.TICKET, null, null, 80.0, Duration.ofDays(1), null, false, false, Set.of(email)));
            Map<String, AlertRuleDetails> created = drafts.stream()
                .map(rules::create)
                .collect(Collectors.toMap(AlertRuleDetails::name, r -> r));
            replayEpisodes(world, created);
            created.values().forEach(rule -> rules.setEnabled(rule.id(), true));
        });
    }

    private void replayEpisodes(DemoWorld world, Map<String, AlertRuleDetails> created) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (Replay replay : REPLAYS) {
            DemoObservations.Episode episode = DemoObservations.EPISODES.stream()
                .filter(e -> e.integrationKey().equals(replay.integrationKey()))
                .findFirst()
                .orElseThrow();
            Instant start = now.minus(episode.startsAgo());
            Instant cleared = start.plus(episode.lasts()).plus(replay.shortWindow());
            Instant from = start.plus(replay.firesAfter());
            Optional<AlertDetails> alert = history.recordPastAlert(created.get(replay.rule()).id(),
                    world.client(replay.client()), from, from.plus(SEARCH), SEARCH_STEP,
                    cleared.isAfter(now) ? null : cleared);
            if (alert.isEmpty()) {
                LOG.warn("Demo alerting: {} saw nothing for {} during the {} episode", replay.rule(), replay.client(),
                        replay.integrationKey());
            }
        }
    }

    private static AlertRuleDraft disabled(AlertRuleDraft d) {
        return new AlertRuleDraft(d.name(), d.kind(), d.severity(), d.client(), d.integration(), d.threshold(),
                d.window(), d.shortWindow(), d.opensIncident(), false, d.channels());
    }

}
