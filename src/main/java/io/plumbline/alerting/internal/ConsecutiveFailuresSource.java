package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The integration's last N synthetic checks (N = threshold) within the rule's window all
 * failed. Fewer than N checks in the window raise nothing: the rule speaks of a streak,
 * not of a single bad check.
 */
@Component
class ConsecutiveFailuresSource implements AlertConditionSource {

    private final IntegrationService integrations;

    private final MetricsService metrics;

    ConsecutiveFailuresSource(IntegrationService integrations, MetricsService metrics) {
        this.integrations = integrations;
        this.metrics = metrics;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.CONSECUTIVE_FAILURES;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        int streak = (int) Math.max(1, Math.round(rule.threshold()));
        List<AlertCondition> conditions = new ArrayList<>();
        for (IntegrationDetails integration : RuleScope.integrations(integrations, rule)) {
            List<Boolean> last = metrics.lastCheckOutcomes(integration.id(), now.minus(rule.window()), streak);
            if (last.size() == streak && last.stream().noneMatch(Boolean::booleanValue)) {
                conditions.add(new AlertCondition(integration.id().toString(), integration.client(),
                        Optional.of(integration.id()),
                        "%s: the last %d synthetic checks failed".formatted(RuleScope.name(integration), streak),
                        "Checks within the last %s.".formatted(Phrasing.window(rule.window()))));
            }
        }
        return conditions;
    }

}
