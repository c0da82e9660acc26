package io.plumbline.consent.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.consent.CoverageOf;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link AlertRuleKind#CONSENT_COVERAGE_BELOW_TARGET}: one condition per integration
 * whose coverage over the rule's window (the client's local days it touches) is below the
 * client's target, or below the rule's threshold if set. An integration without records
 * in the window raises nothing: no data is not a drop.
 */
@Component
public class CoverageBelowTarget implements AlertConditionSource {

    private final ConsentService consent;

    private final ClientService clients;

    private final IntegrationService integrations;

    CoverageBelowTarget(ConsentService consent, ClientService clients, IntegrationService integrations) {
        this.consent = consent;
        this.clients = clients;
        this.integrations = integrations;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.CONSENT_COVERAGE_BELOW_TARGET;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        for (ClientDetails client : ConsentConditions.clients(rule, clients)) {
            double target = rule.threshold() > 0 ? rule.threshold() : consent.policy(client.id()).targetPercent();
            LocalDate from = LocalDate.ofInstant(now.minus(rule.window()), client.timeZone());
            LocalDate to = LocalDate.ofInstant(now, client.timeZone());
            List<IntegrationDetails> watched = ConsentConditions.integrations(rule, client, integrations);
            for (CoverageOf<IntegrationDetails> coverage : consent.integrationCoverage(client.id(), from, to)) {
                IntegrationDetails integration = coverage.subject();
                ConsentCounts counts = coverage.counts();
                if (!watched.contains(integration) || counts.coverage().isEmpty()
                        || counts.coverage().getAsDouble() * 100 >= target) {
                    continue;
                }
                String percent = "%.1f %%".formatted(counts.coverage().getAsDouble() * 100);
                conditions.add(new AlertCondition(integration.key(), client.id(), Optional.of(integration.id()),
                        "Consent coverage of %s is %s (target %.1f %%)".formatted(integration.name(), percent, target),
                        "%,d of %,d records from %s to %s carried every required consent field; missing: %s."
                            .formatted(counts.complete(), counts.records(), from, to, missingFields(counts))));
            }
        }
        return conditions;
    }

    private static String missingFields(ConsentCounts counts) {
        return Arrays.stream(ConsentField.values())
            .filter(field -> counts.missing(field).orElse(0) > 0)
            .map(field -> "%s %.1f %%".formatted(field.jsonName(), counts.missing(field).getAsDouble() * 100))
            .reduce((a, b) -> a + ", " + b)
            .orElse("none");
    }

}
