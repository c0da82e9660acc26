/**
 * Alerting: owns the tables {@code alert_rule}, {@code alert_rule_channel},
 * {@code alert}, {@code alert_channel}, {@code alert_notification},
 * {@code alert_notification_alert} and {@code alert_delivery_attempt}, rule evaluation
 * and delivery as the db-scheduler tasks {@code alert-evaluation} and
 * {@code alert-delivery}, and the views under {@code alerts}. This package is the
 * module's API: {@link io.plumbline.alerting.AlertRuleService},
 * {@link io.plumbline.alerting.AlertService},
 * {@link io.plumbline.alerting.AlertChannelService}, their ids and records,
 * {@link io.plumbline.alerting.AlertEvent} and
 * {@link io.plumbline.alerting.AlertConditionSource}, through which a module that
 * understands a rule kind better (consent coverage, upcoming deprecations) evaluates it.
 * Entities, repositories, the evaluator, the notification queue and delivery live in
 * {@code alerting.internal}.
 */
package io.plumbline.alerting;
