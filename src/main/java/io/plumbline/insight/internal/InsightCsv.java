package io.plumbline.insight.internal;

import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.ClientInsight;
import io.plumbline.insight.PortfolioInsight;
import io.plumbline.insight.format.InsightFormat;
import io.plumbline.shared.csv.CsvExport;
import java.util.Arrays;
import java.util.List;

/**
 * The per-client table as CSV, figures formatted as on the page (the formula is in
 * docs/metrics.md); written by {@link CsvExport}, which keeps a client name from running
 * as a formula.
 */
public final class InsightCsv {

    private static final List<String> HEADER = List.of("client", "sla_compliance", "sla_verdict", "consent_coverage",
            "consent_target_percent", "incidents", "median_time_to_resolve", "nps", "csat", "staff_data_quality",
            "renewal_status", "renewal_date", "monthly_value", "at_risk", "at_risk_score", "main_factor",
            "score_breakdown");

    private InsightCsv() {
    }

    public static String of(PortfolioInsight insight) {
        return CsvExport.write(HEADER, insight.clients().stream().map(InsightCsv::row).toList());
    }

    private static List<Object> row(ClientInsight row) {
        AtRiskScore score = row.score();
        return Arrays.asList(row.client().name(), InsightFormat.share(row.slaAvailability()), row.slaVerdict().label(),
                InsightFormat.share(row.consentCoverage()),
                Double.isNaN(row.consentTarget()) ? InsightFormat.NONE : row.consentTarget(), row.incidents(),
                InsightFormat.duration(row.medianTimeToResolve()),
                InsightFormat.score(row.nps(), row.npsAnswers(), true),
                InsightFormat.score(row.csat(), row.csatAnswers(), false),
                InsightFormat.score(row.dataQuality(), row.dataQualityAnswers(), false),
                InsightFormat.renewalStatus(row), InsightFormat.renewalDate(row), InsightFormat.monthlyValue(row),
                score.atRisk() ? "yes" : "no", InsightFormat.scoreValue(score), InsightFormat.why(score),
                InsightFormat.breakdown(score));
    }

}
