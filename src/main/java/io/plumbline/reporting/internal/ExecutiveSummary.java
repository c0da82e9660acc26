package io.plumbline.reporting.internal;

import static io.plumbline.reporting.internal.ReportSummary.plural;

import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.Kpi;
import io.plumbline.dashboard.PortfolioKpis;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.RankCorrelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The executive report's summary: plain sentences from the figures, each with its
 * comparison where there is one.
 */
final class ExecutiveSummary {

    static final int AT_RISK_NAMED = 3;

    private ExecutiveSummary() {
    }

    static List<String> sentences(ExecutiveReportData data) {
        PortfolioKpis k = data.portfolio().kpis();
        List<String> sentences = new ArrayList<>();
        sentences.add("%s; %s of the SLAs with data met their objectives%s, with a mean availability of %s%s."
            .formatted(plural(data.portfolio().clients().size(), "active client"), k.slasMet().currentText(),
                    before(k.slasMet()), k.meanAvailability().currentText(), before(k.meanAvailability())));
        sentences.add(atRisk(data));
        sentences.add("%s detected, median time to resolve %s%s; %s open at the end of the period.".formatted(
                plural(incidents(data), "incident"), k.medianTimeToResolveHours().currentText(),
                before(k.medianTimeToResolveHours()), k.openIncidents().currentText()));
        sentences.add("Consent coverage across the portfolio was %s%s.".formatted(k.consentCoverage().currentText(),
                before(k.consentCoverage())));
        sentences.add(k.nps().current().isEmpty() && k.csat().current().isEmpty()
                ? "No client answered the satisfaction survey in this period."
                : "Clients rated us NPS %s%s and CSAT %s%s.".formatted(k.nps().currentText(), before(k.nps()),
                        k.csat().currentText(), before(k.csat())));
        sentences.add(reliability(data.insight().correlations()));
        return sentences;
    }

    /** " (previous period 97 %)", or nothing when the previous period has no data. */
    private static String before(Kpi kpi) {
        return kpi.previous().isPresent() ? " (previous period " + kpi.previousText() + ")" : "";
    }

    private static int incidents(ExecutiveReportData data) {
        return data.portfolio().clients().stream().mapToInt(ClientRow::incidents).sum();
    }

    private static String atRisk(ExecutiveReportData data) {
        List<ClientRow> atRisk = data.portfolio().atRisk();
        if (atRisk.isEmpty()) {
            return "No client is at risk.";
        }
        String named = atRisk.stream()
            .limit(AT_RISK_NAMED)
            .map(r -> "%s (%.0f, %s)".formatted(r.name(), r.risk().value(),
                    r.risk().mainFactor().name().toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining(", "));
        String more = atRisk.size() > AT_RISK_NAMED ? " and %d more".formatted(atRisk.size() - AT_RISK_NAMED) : "";
        var due = data.portfolio().kpis().revenueAtRisk().monthlyValue();
        return "%s at risk: %s%s; %s.".formatted(atRisk.size() == 1 ? "1 client is" : atRisk.size() + " clients are",
                named, more, due.isEmpty() ? "none of their contracts is due for renewal soon"
                        : DashboardFormat.money(due) + " a month of their contracts is due for renewal");
    }

    /**
     * What the rank correlations of SLA compliance with NPS and with renewal found, in
     * words.
     */
    private static String reliability(List<Correlation> correlations) {
        List<String> findings = correlations.stream()
            .filter(c -> c.x().equals(correlations.getFirst().x()))
            .filter(c -> c.result() instanceof RankCorrelation.Measured)
            .map(ExecutiveSummary::finding)
            .toList();
        if (findings.isEmpty()) {
            return "Too few clients have both reliability and satisfaction or renewal figures to relate them yet.";
        }
        return "Across the clients, " + String.join("; ", findings) + ".";
    }

    private static String finding(Correlation correlation) {
        RankCorrelation.Measured m = (RankCorrelation.Measured) correlation.result();
        String strength = Math.abs(m.rho()) >= 0.5 ? "strongly" : Math.abs(m.rho()) >= 0.3 ? "moderately" : "weakly";
        String direction = m.rho() >= 0 ? "rises with " + correlation.x() : "falls as " + correlation.x() + " rises";
        String certainty = m.pValue() < 0.05 ? "" : ", not beyond chance";
        return String.format(Locale.ROOT, "%s %s %s (rho = %.2f, n = %d%s)", correlation.y(), strength, direction,
                m.rho(), m.n(), certainty);
    }

}
