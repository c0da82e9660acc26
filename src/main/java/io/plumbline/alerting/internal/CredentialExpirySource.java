package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A credential (per the integration registry) expires within N days (threshold), or has
 * expired. The key includes the expiry date, so a renewed credential clears the alert and
 * a later expiry raises a new one.
 */
@Component
class CredentialExpirySource implements AlertConditionSource {

    private final IntegrationService integrations;

    CredentialExpirySource(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.CREDENTIAL_EXPIRY;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<AlertCondition> conditions = new ArrayList<>();
        for (IntegrationDetails integration : RuleScope.integrations(integrations, rule)) {
            Optional<Long> days = integration.daysUntilCredentialExpiry(today);
            if (days.isPresent() && days.get() <= rule.threshold()) {
                String when = days.get() < 0 ? "expired on " + integration.credentialExpiresOn()
                        : days.get() == 0 ? "expires today"
                                : "expires in %d days (%s)".formatted(days.get(), integration.credentialExpiresOn());
                conditions.add(
                        new AlertCondition(integration.id() + ":" + integration.credentialExpiresOn(),
                                integration.client(), Optional.of(integration.id()), "%s: %s credential %s"
                                    .formatted(RuleScope.name(integration), integration.authType(), when),
                                "Renew it and record the new expiry in the integration registry."));
            }
        }
        return conditions;
    }

}
