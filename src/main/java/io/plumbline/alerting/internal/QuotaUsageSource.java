package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.Quota;
import io.plumbline.metrics.MetricsService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Calls recorded over the integration's quota period, as a share of its rate-limit quota,
 * above N % (threshold). Rollups are per minute at the finest, so a quota period under a
 * minute is judged by the last minute's average rate scaled to the period
 * (docs/alerting.md).
 */
@Component
class QuotaUsageSource implements AlertConditionSource {

    private static final Duration FINEST = Duration.ofMinutes(1);

    private final IntegrationService integrations;

    private final MetricsService metrics;

    QuotaUsageSource(IntegrationService integrations, MetricsService metrics) {
        this.integrations = integrations;
        this.metrics = metrics;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.QUOTA_USAGE;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        for (IntegrationDetails integration : RuleScope.integrations(integrations, rule)) {
            Quota quota = integration.quota();
            if (quota == null || quota.requests() <= 0) {
                continue;
            }
            double used = used(integration, quota, now);
            double share = used / quota.requests();
            if (share * 100 > rule.threshold()) {
                conditions.add(new AlertCondition(integration.id().toString(), integration.client(),
                        Optional.of(integration.id()),
                        "%s: %s of the rate-limit quota used (%,.0f of %s)".formatted(RuleScope.name(integration),
                                Phrasing.percent(share), used, quota.describe()),
                        "Threshold %s %%.".formatted(Phrasing.plain(rule.threshold()))));
            }
        }
        return conditions;
    }

    private double used(IntegrationDetails integration, Quota quota, Instant now) {
        Duration period = quota.window().compareTo(FINEST) < 0 ? FINEST : quota.window();
        long calls = metrics.health(integration.id(), now.minus(period), now).total();
        return period.equals(quota.window()) ? calls : calls * (double) quota.window().toMillis() / period.toMillis();
    }

}
