/**
 * SLAs of a client or an integration: objectives, calendar or rolling windows, campaign
 * and maintenance windows, and the SLA math (availability, error budget, burn rate,
 * forecast, verdicts, monthly history).
 */
package io.plumbline.sla;
