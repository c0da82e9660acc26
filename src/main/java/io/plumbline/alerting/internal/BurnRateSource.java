package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * Multi-window burn rate (docs/alerting.md, Google SRE workbook): for every SLA the rule
 * covers, burn = error rate / (1 − SLO) over the long and the short window; the condition
 * holds only while both reach the threshold, so a spike that is over (short window calm)
 * or too brief to matter (long window calm) does not fire.
 */
@Component
class BurnRateSource implements AlertConditionSource {

    private final SlaService slas;

    private final MetricsService metrics;

    BurnRateSource(SlaService slas, MetricsService metrics) {
        this.slas = slas;
        this.metrics = metrics;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.SLO_BURN_RATE;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        for (SlaDetails sla : slas.list()) {
            if (!covers(rule, sla)) {
                continue;
            }
            double allowed = sla.objectives().allowedFailureShare();
            OptionalDouble longBurn = burn(sla, now.minus(rule.window()), now, allowed);
            OptionalDouble shortBurn = burn(sla, now.minus(rule.shortWindow()), now, allowed);
            if (longBurn.isPresent() && shortBurn.isPresent() && longBurn.getAsDouble() >= rule.threshold()
                    && shortBurn.getAsDouble() >= rule.threshold()) {
                conditions.add(
                        new AlertCondition("sla:" + sla.id(), sla.client(), Optional.ofNullable(sla.integration()),
                                "%s: error budget burning %.1f× over %s and %.1f× over %s".formatted(
                                        sla.name(), longBurn.getAsDouble(), Phrasing.window(rule.window()),
                                        shortBurn.getAsDouble(), Phrasing.window(rule.shortWindow())),
                                "Threshold %s× on both windows; SLO %s %% availability, so %s of calls may fail."
                                    .formatted(Phrasing.plain(rule.threshold()),
                                            Phrasing.plain(sla.objectives().availabilityPercent()),
                                            Phrasing.percent(allowed))));
            }
        }
        return conditions;
    }

    private static boolean covers(AlertRuleSpec rule, SlaDetails sla) {
        return rule.client().map(sla.client()::equals).orElse(true)
                && rule.integration().map(i -> i.equals(sla.integration())).orElse(true);
    }

    /**
     * Burn over [from, to); empty without calls in the window (no data is not an
     * emergency).
     */
    private OptionalDouble burn(SlaDetails sla, Instant from, Instant to, double allowedFailureShare) {
        HealthSummary health = sla.clientWide() ? metrics.clientHealth(sla.client(), from, to)
                : metrics.health(sla.integration(), from, to);
        OptionalDouble errorRate = health.errorRate();
        return errorRate.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(errorRate.getAsDouble() / allowedFailureShare);
    }

}
