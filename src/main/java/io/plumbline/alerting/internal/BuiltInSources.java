package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three health thresholds share one source class, one bean per kind. */
@Configuration(proxyBeanMethods = false)
class BuiltInSources {

    @Bean
    AlertConditionSource availabilityBelowSource(IntegrationService integrations, MetricsService metrics) {
        return new HealthThresholdSource(AlertRuleKind.AVAILABILITY_BELOW, integrations, metrics);
    }

    @Bean
    AlertConditionSource errorRateAboveSource(IntegrationService integrations, MetricsService metrics) {
        return new HealthThresholdSource(AlertRuleKind.ERROR_RATE_ABOVE, integrations, metrics);
    }

    @Bean
    AlertConditionSource latencyP95AboveSource(IntegrationService integrations, MetricsService metrics) {
        return new HealthThresholdSource(AlertRuleKind.LATENCY_P95_ABOVE, integrations, metrics);
    }

}
