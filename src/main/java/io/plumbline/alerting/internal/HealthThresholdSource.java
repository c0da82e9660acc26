package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Availability below, error rate above or p95 latency above a threshold over the rule's
 * window, per integration, from the rollups. An integration without calls in the window
 * (or, for latency, without successful ones) raises nothing.
 */
class HealthThresholdSource implements AlertConditionSource {

    private final AlertRuleKind kind;

    private final IntegrationService integrations;

    private final MetricsService metrics;

    HealthThresholdSource(AlertRuleKind kind, IntegrationService integrations, MetricsService metrics) {
        this.kind = kind;
        this.integrations = integrations;
        this.metrics = metrics;
    }

    @Override
    public AlertRuleKind kind() {
        return kind;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        String window = Phrasing.window(rule.window());
        for (IntegrationDetails integration : RuleScope.integrations(integrations, rule)) {
            HealthSummary health = metrics.health(integration.id(), now.minus(rule.window()), now);
            Optional<String> breach = switch (kind) {
                case AVAILABILITY_BELOW -> health.availability()
                    .stream()
                    .filter(a -> a * 100 < rule.threshold())
                    .boxed()
                    .findFirst()
                    .map(a -> "availability %s over %s, below %s %%".formatted(Phrasing.percent(a), window,
                            Phrasing.plain(rule.threshold())));
                case ERROR_RATE_ABOVE -> health.errorRate()
                    .stream()
                    .filter(e -> e * 100 > rule.threshold())
                    .boxed()
                    .findFirst()
                    .map(e -> "error rate %s over %s, above %s %%".formatted(Phrasing.percent(e), window,
                            Phrasing.plain(rule.threshold())));
                case LATENCY_P95_ABOVE -> health.p95()
                    .stream()
                    .filter(p -> p > rule.threshold())
                    .boxed()
                    .findFirst()
                    .map(p -> "p95 latency %,d ms over %s, above %s ms".formatted(p, window,
                            Phrasing.plain(rule.threshold())));
                default -> throw new IllegalStateException("Not a health threshold: " + kind);
            };
            breach.ifPresent(text -> conditions.add(new AlertCondition(integration.id().toString(),
                    integration.client(), Optional.of(integration.id()), RuleScope.name(integration) + ": " + text,
                    "%,d calls in the window, %,d good.".formatted(health.total(), health.good()))));
        }
        return conditions;
    }

}
