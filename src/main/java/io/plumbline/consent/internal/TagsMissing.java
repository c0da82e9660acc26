package io.plumbline.consent.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link AlertRuleKind#CONSENT_TAGS_MISSING}: one condition per integration that, within
 * the rule's window, sent a batch in which no record carried any of the required fields.
 * It clears once such batches are out of the window.
 */
@Component
public class TagsMissing implements AlertConditionSource {

    private final ConsentService consent;

    private final ClientService clients;

    private final IntegrationService integrations;

    TagsMissing(ConsentService consent, ClientService clients, IntegrationService integrations) {
        this.consent = consent;
        this.clients = clients;
        this.integrations = integrations;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.CONSENT_TAGS_MISSING;
    }

    @Override
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        for (ClientDetails client : ConsentConditions.clients(rule, clients)) {
            List<IntegrationDetails> watched = ConsentConditions.integrations(rule, client, integrations);
            Map<IntegrationId, Long> untagged = consent
                .untaggedBatches(watched.stream().map(IntegrationDetails::id).toList(), now.minus(rule.window()), now);
            for (IntegrationDetails integration : watched) {
                Long batches = untagged.get(integration.id());
                if (batches != null) {
                    conditions.add(new AlertCondition(integration.key(), client.id(), Optional.of(integration.id()),
                            "%s sent records without consent tags".formatted(integration.name()),
                            "%d batch%s in the last %s carried none of the required consent fields (%s).".formatted(
                                    batches, batches == 1 ? "" : "es", rule.window(),
                                    consent.policy(client.id())
                                        .required()
                                        .stream()
                                        .map(ConsentField::jsonName)
                                        .toList())));
                }
            }
        }
        return conditions;
    }

}
