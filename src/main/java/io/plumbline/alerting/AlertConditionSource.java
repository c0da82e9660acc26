package io.plumbline.alerting;

import java.time.Instant;
import java.util.List;

/**
 * Evaluates the rules of one kind. Implemented by the module that owns the data (consent,
 * change log); alerting calls it for every enabled rule of that kind, inside the rule's
 * agency scope, and turns the answers into alerts.
 */
public interface AlertConditionSource {

    AlertRuleKind kind();

    /**
     * The conditions true at {@code now} for {@code rule}; an empty list means all is
     * well.
     */
    List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now);

}
