/**
 * SLAs of a client or an integration: objectives, calendar or rolling windows, campaign
 * and maintenance windows, and the SLA math (availability, error budget, burn rate,
 * forecast, verdicts, monthly history). The module owns the tables {@code sla},
 * {@code sla_campaign_window} and {@code maintenance_window} and the SLA views. Its API
 * is {@link io.plumbline.sla.SlaService} with its ids, records and {@code SlaEvent}, plus
 * the {@code charts} named interface; entities, repositories and the calculator live in
 * {@code internal}.
 */
package io.plumbline.sla;
