package io.plumbline.demo.internal;

import io.plumbline.alerting.AlertChannelService;
import io.plumbline.alerting.AlertDemoHistory;
import io.plumbline.alerting.AlertRuleDetails;
import io.plumbline.alerting.AlertRuleDraft;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleService;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelDetails;
import io.plumbline.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Acme Retail's consent coverage rule (24 h, the client's 98 % target) and the alert it
 * would have raised during the opt-in outage of {@link DemoConsent}. Runs after the
 * consent data exists, which {@link DemoAlerting} (order 60) precedes.
 */
@Component
class DemoConsentAlerts implements DemoStory {

    static final String RULE = "Acme Retail consent coverage";

    private final AlertRuleService rules;

    private final AlertChannelService channels;

    private final AlertDemoHistory history;

    private final Clock clock;

    DemoConsentAlerts(AlertRuleService rules, AlertChannelService channels, AlertDemoHistory history, Clock clock) {
        this.rules = rules;
        this.channels = channels;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void tell(DemoWorld world) {
        CurrentTenant.runAs(world.agency(DemoTenants.NORTHWIND), () -> {
            var email = channels.list()
                .stream()
                .filter(c -> c.name().equals(DemoAlerting.EMAIL))
                .map(ChannelDetails::id)
                .collect(Collectors.toSet());
            AlertRuleDetails rule = rules.create(new AlertRuleDraft(RULE, AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET,
                    AlertSeverity.TICKET, world.client(DemoTenants.ACME), null, 0.0, Duration.ofHours(24), null, false,
                    false, Set.copyOf(email)));
            // Coverage is judged on the client's local days the 24 h window touches: it
            // fires within the outage's first day and clears once neither day holds
            // outage records, at most two days after the fix.
            Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
            Instant start = DemoConsent.OPT_IN_OUTAGE.start(now);
            history.recordPastAlert(rule.id(), world.client(DemoTenants.ACME), start.plus(Duration.ofHours(6)),
                    start.plus(Duration.ofHours(30)), Duration.ofHours(6),
                    DemoConsent.OPT_IN_OUTAGE.end(now).plus(Duration.ofDays(2)));
            rules.setEnabled(rule.id(), true); // enabled after its history, as in
                                               // DemoAlerting
        });
    }

}
