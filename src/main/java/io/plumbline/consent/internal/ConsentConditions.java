package io.plumbline.consent.internal;

import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import java.util.List;

/**
 * The clients and integrations a consent alert rule watches: the rule's client and
 * integration, or all of them.
 */
public final class ConsentConditions {

    private ConsentConditions() {
    }

    static List<ClientDetails> clients(AlertRuleSpec rule, ClientService clients) {
        return clients.list(false).stream().filter(c -> rule.client().map(c.id()::equals).orElse(true)).toList();
    }

    static List<IntegrationDetails> integrations(AlertRuleSpec rule, ClientDetails client,
            IntegrationService integrations) {
        return integrations.listForClient(client.id())
            .stream()
            .filter(i -> !i.archived())
            .filter(i -> rule.integration().map(i.id()::equals).orElse(true))
            .toList();
    }

}
