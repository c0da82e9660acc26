package io.plumbline.dashboard;

import io.plumbline.consent.ClientCoverage;
import io.plumbline.incident.IncidentDetails;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.retention.ContractDetails;
import io.plumbline.sla.Interval;
import java.util.List;

/**
 * One client over the dashboard's period: its row as on the dashboard, and the detail
 * behind each figure.
 */
public record ClientDrillDown(DashboardPeriod period, Interval interval, ClientRow row, List<SlaResult> slas,
        HealthSummary health, List<IncidentDetails> incidents, ClientCoverage consent,
        List<ContractDetails> contracts) {
}
