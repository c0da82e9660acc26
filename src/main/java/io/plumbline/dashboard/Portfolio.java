package io.plumbline.dashboard;

import io.plumbline.incident.RootCause;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.sla.Interval;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything the executive dashboard (and the executive report) shows for one period: the
 * KPIs beside the previous period, one row per active client (worst at-risk score first),
 * incidents per ISO week (Monday, UTC) by root cause (null = not yet diagnosed) and the
 * portfolio's daily consent coverage; {@code insight} is what the at-risk scores came
 * from (whole UTC days up to yesterday), with the rank correlations across the clients.
 */
public record Portfolio(Interval current, Interval previous, PortfolioKpis kpis, List<ClientRow> clients,
        Map<LocalDate, Map<RootCause, Integer>> incidentsPerWeek, List<DailyCoverage> consentTrend,
        PortfolioInsight insight) {

    public List<ClientRow> atRisk() {
        return clients.stream().filter(ClientRow::atRisk).toList();
    }

    /** The portfolio's coverage on one day; empty without records. */
    public record DailyCoverage(LocalDate day, OptionalDouble coverage) {
    }
}
