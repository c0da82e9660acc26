package io.plumbline.alerting.internal;

import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import java.util.List;

/**
 * The integrations a rule watches: the agency's active ones, narrowed to the rule's
 * client or integration.
 */
final class RuleScope {

    private RuleScope() {
    }

    static List<IntegrationDetails> integrations(IntegrationService integrations, AlertRuleSpec rule) {
        return integrations.list().stream().filter(i -> !i.archived() && rule.covers(i.client(), i.id())).toList();
    }

    static String name(IntegrationDetails integration) {
        return "%s (%s)".formatted(integration.name(), integration.key());
    }

}
