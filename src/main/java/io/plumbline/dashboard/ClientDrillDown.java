package io.plumbline.dashboard;

import io.plumbline.consent.ClientCoverage;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.retention.ContractDetails;
import io.plumbline.sla.Interval;
import io.plumbline.sla.SlaStatus;
import java.util.List;

/**
 * One client over the dashboard's period: its row as on the dashboard, and the detail
 * behind each figure. {@code slas} are judged over the period (figures for the period);
 * {@code standing} is each SLA over its own current window, whose verdict is the one
 * shown everywhere (the SLA pages, the portal).
 */
public record ClientDrillDown(DashboardPeriod period, Interval interval, ClientRow row, List<SlaResult> slas,
        List<SlaStatus> standing, HealthSummary health, List<IncidentDetails> incidents, ClientCoverage consent,
        List<ContractDetails> contracts) {
}
