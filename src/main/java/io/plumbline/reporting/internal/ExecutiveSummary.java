package io.plumbline.reporting.internal;

import io.plumbline.shared.format.Format;

import static io.plumbline.reporting.internal.ReportSummary.plural;

import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.Kpi;
import io.plumbline.dashboard.PortfolioKpis;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.RankCorrelation;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.UpcomingRenewals;
import java.time.LocalDate;
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
        sentences.add(churn(data.retention().kpis(), data.retention().renewalsDue()));
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
        return atRisk(atRiskClients(data), data.portfolio().kpis().revenueAtRisk().monthlyValue(),
                data.retention().renewalsDue().today());
    }

    /** An at-risk client as the summary and the at-risk table name it. */
    record AtRiskClient(String name, AtRiskScore risk, ClientRenewal renewal) {
    }

    static List<AtRiskClient> atRiskClients(ExecutiveReportData data) {
        return data.portfolio()
            .atRisk()
            .stream()
            .map(r -> new AtRiskClient(r.name(), r.risk(), data.retention().renewals().get(r.client().id())))
            .toList();
    }

    /**
     * "2 clients are at risk: Umbrella Finance (62, reliability; churned 1 Dec 2026), …;
     * none of their open contracts is due for renewal within 90 days." Each client's
     * contract standing is the at-risk table's, and the revenue clause speaks only of
     * open contracts, so a churned client is never said to have nothing due.
     */
    static String atRisk(List<AtRiskClient> atRisk, Amounts dueMonthly, LocalDate today) {
        if (atRisk.isEmpty()) {
            return "No client is at risk.";
        }
        String named = atRisk.stream()
            .limit(AT_RISK_NAMED)
            .map(c -> "%s (%.0f, %s; %s)".formatted(c.name(), c.risk().value(),
                    c.risk().mainFactor().name().toLowerCase(Locale.ROOT), standing(c.renewal(), today)))
            .collect(Collectors.joining(", "));
        String more = atRisk.size() > AT_RISK_NAMED ? " and %d more".formatted(atRisk.size() - AT_RISK_NAMED) : "";
        boolean anyOpen = atRisk.stream().anyMatch(c -> c.renewal() != null && c.renewal().status().open());
        String revenue;
        if (!dueMonthly.isEmpty()) {
            revenue = DashboardFormat.money(dueMonthly) + " a month of their contracts is due for renewal within "
                    + ContractStatus.DUE_WITHIN_DAYS + " days";
        }
        else if (anyOpen) {
            revenue = "none of their open contracts is due for renewal within " + ContractStatus.DUE_WITHIN_DAYS
                    + " days";
        }
        else {
            revenue = atRisk.size() == 1 ? "it has no open contract" : "none of them has an open contract";
        }
        return "%s at risk: %s%s; %s.".formatted(atRisk.size() == 1 ? "1 client is" : atRisk.size() + " clients are",
                named, more, revenue);
    }

    /**
     * Where a client's contracts stand on {@code today}: "churned 1 Dec 2026", "renewal
     * due 15 Jan 2027", "renewal overdue since 3 Nov 2026", "renews 1 Jun 2027" or "no
     * contract".
     */
    static String standing(ClientRenewal renewal, LocalDate today) {
        if (renewal == null) {
            return "no contract";
        }
        return switch (renewal.status()) {
            case CHURNED ->
                renewal.lastChurnIfAny().map(c -> "churned " + DashboardFormat.day(c.date())).orElse("churned");
            case RENEWAL_DUE -> renewal.nextRenewalIfAny()
                .map(d -> (d.isBefore(today) ? "renewal overdue since " : "renewal due ") + DashboardFormat.day(d))
                .orElse("renewal due");
            case ACTIVE, RENEWED ->
                renewal.nextRenewalIfAny().map(d -> "renews " + DashboardFormat.day(d)).orElse("active");
        };
    }

    /**
     * "In November 2026, 1 of 8 clients churned (logo churn 12.50 %), taking EUR 3,000 a
     * month; 2 contracts worth EUR 5,000 a month are due for renewal in the next 90
     * days." From the figures of the churn and revenue section.
     */
    static String churn(RetentionKpis kpis, UpcomingRenewals due) {
        if (kpis.logosAtOpening() == 0 && kpis.closingMrr().isEmpty() && due.count() == 0) {
            return "No contracts are recorded, so there is no churn or revenue to report.";
        }
        String period = kpis.period().label() + (kpis.running() ? " so far" : "");
        String churned = kpis.logosChurned() == 0 ? "No client churned in " + period
                : "In %s, %d of %d clients churned (logo churn %s), taking %s a month".formatted(period,
                        kpis.logosChurned(), kpis.logosAtOpening(),
                        kpis.logoChurnPercent().map(p -> Format.percentage(p, Format.Precision.COVERAGE)).orElse("—"),
                        DashboardFormat.money(revenueLost(kpis)));
        String renewals = due.count() == 0 ? "no contract is due for renewal in the next %d days".formatted(due.days())
                : "%s worth %s a month %s due for renewal in the next %d days".formatted(
                        plural(due.count(), "contract"), DashboardFormat.money(due.monthlyValue()),
                        due.count() == 1 ? "is" : "are", due.days());
        return churned + "; " + renewals + ".";
    }

    /** The monthly revenue of the clients that churned in the period, per currency. */
    static Amounts revenueLost(RetentionKpis kpis) {
        Amounts lost = Amounts.NONE;
        for (CurrencyRetention currency : kpis.revenue()) {
            if (currency.churned().signum() > 0) {
                lost = lost.plus(currency.currency(), currency.churned());
            }
        }
        return lost;
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
