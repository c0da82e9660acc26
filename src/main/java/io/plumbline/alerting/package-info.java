/**
 * Alerting: rules, alerts (firing, acknowledged, resolved) and their notifications. Rule
 * kinds that another module understands better (consent coverage, upcoming deprecations)
 * are evaluated by that module through an
 * {@link io.plumbline.alerting.AlertConditionSource}.
 */
package io.plumbline.alerting;
