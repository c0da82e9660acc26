package io.plumbline.alerting;

import java.time.Instant;

/** A stored rule with its evaluation status. */
public record AlertRuleDetails(AlertRuleId id, AlertRuleDraft draft, Instant lastEvaluatedAt, String lastError,
        Instant createdAt) {

    public String name() {
        return draft.name();
    }
}
