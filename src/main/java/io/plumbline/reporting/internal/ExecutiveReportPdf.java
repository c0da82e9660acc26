package io.plumbline.reporting.internal;

import io.plumbline.shared.format.Format;
import static io.plumbline.reporting.internal.PdfKit.row;
import static io.plumbline.reporting.internal.PdfKit.table;
import static io.plumbline.reporting.internal.PdfKit.text;

import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.DashboardFormat;
import io.plumbline.dashboard.Kpi;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.dashboard.PortfolioKpis;
import io.plumbline.dashboard.charts.DashboardCharts;
import io.plumbline.insight.AtRiskScore;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.format.InsightFormat;
import io.plumbline.insight.charts.ReliabilityScatter;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.UpcomingRenewals;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The agency's executive report as a PDF: a branded cover, the summary, the portfolio's
 * figures beside the previous period with the dashboard's charts, the at-risk clients,
 * reliability against satisfaction and renewal, and every client's row. Figures are
 * written exactly as the dashboard writes them ({@link Kpi.Unit},
 * {@link DashboardFormat}).
 */
public final class ExecutiveReportPdf {

    private ExecutiveReportPdf() {
    }

    public static byte[] render(ExecutiveReportData data) {
        return PdfKit.render("Executive report: " + data.agency().displayName(), data.agency().displayName(),
                data.agency().displayName() + "  ·  Executive report  ·  "
                        + PdfText.days(data.period().start(), data.period().end()) + "  ·  Confidential",
                PdfKit.colour(data.agency().primaryColour()), (writer, document, kit, width) -> {
                    cover(writer, document, kit, data);
                    document.newPage();
                    summary(document, kit, data);
                    figures(document, kit, data, width);
                    atRisk(document, kit, data);
                    reliabilityAndRetention(document, kit, data, width);
                    churnAndRevenue(document, kit, data);
                    clients(document, kit, data);
                });
    }

    private static void cover(PdfWriter writer, Document document, PdfKit kit, ExecutiveReportData data)
            throws DocumentException, IOException {
        PdfContentByte canvas = writer.getDirectContent();
        Portfolio portfolio = data.portfolio();
        float y = kit.coverBand(canvas, document, data.agency(), "Executive report",
                "Portfolio of " + ReportSummary.plural(portfolio.clients().size(), "client"), data.period(), null);
        PortfolioKpis kpis = portfolio.kpis();
        kit.coverFigures(canvas, document,
                new String[][] { { kpis.slasMet().currentText(), "SLAs met" },
                        { kpis.meanAvailability().currentText(), "mean availability" },
                        { String.valueOf(portfolio.atRisk().size()), "clients at risk" },
                        { revenueAtRisk(data), "revenue at risk / month" } },
                y);
        kit.contents(canvas, List.of("1  Executive summary", "2  Portfolio figures", "3  Clients at risk",
                "4  Reliability, satisfaction and renewal", "5  Churn and revenue", "6  All clients"), y - 150);
        PdfKit.write(canvas,
                "Generated " + PdfText.day(data.generatedAt().atZone(data.period().zone()).toLocalDate())
                        + " by Plumbline for the staff of " + data.agency().displayName()
                        + ". Confidential: it holds every client's figures and contract values.",
                PdfKit.SMALL, PdfKit.MARGIN, PdfKit.MARGIN);
    }

    private static String revenueAtRisk(ExecutiveReportData data) {
        return data.portfolio().kpis().revenueAtRisk().amount();
    }

    private static void summary(Document document, PdfKit kit, ExecutiveReportData data) throws DocumentException {
        kit.heading(document, "1  Executive summary");
        for (String sentence : ExecutiveSummary.sentences(data)) {
            document.add(text("•  " + sentence));
        }
    }

    private static void figures(Document document, PdfKit kit, ExecutiveReportData data, float width)
            throws DocumentException {
        kit.heading(document, "2  Portfolio figures");
        document
            .add(text("%s compared with %s (%s).".formatted(PdfText.days(data.period().start(), data.period().end()),
                    PdfText.days(data.previous().start(), data.previous().end()),
                    PdfText.zone(data.period().zone(), data.period().from()))));
        PortfolioKpis k = data.portfolio().kpis();
        PdfPTable table = table(new float[] { 3.4f, 1.8f, 1.8f, 2.4f }, "Measure", "This period", "Previous period",
                "Change");
        for (Kpi kpi : List.of(k.slasMet(), k.meanAvailability(), k.errorBudgetBurn(), k.consentCoverage(), k.nps(),
                k.csat(), k.medianTimeToResolveHours(), k.openIncidents())) {
            row(table, kpi.name(), kpi.currentText(), kpi.previousText(), change(kpi));
        }
        row(table, "Revenue at risk (renewal <= %d d)".formatted(ContractStatus.DUE_WITHIN_DAYS), revenueAtRisk(data),
                "—", "as of today");
        document.add(table);
        document.add(PdfKit.note("SLAs met: verdict Met among SLAs with data. Availability: mean over those SLAs. "
                + "Budget burn: failed events / allowed failures (1.00× spends the whole budget). Consent: records with "
                + "every required field. NPS and CSAT: all client answers pooled. Time to resolve: median, incidents "
                + "detected in the period. Revenue at risk: monthly value of at-risk clients' terms due for renewal."));
        Portfolio portfolio = data.portfolio();
        // Full width, not a pair: at half the width the client names had no room.
        int shown = (int) Math.min(DashboardCharts.CLIENTS_SHOWN,
                portfolio.clients()
                    .stream()
                    .filter(c -> c.availability().isPresent() && c.objectivePercent().isPresent())
                    .count());
        document.add(kit.chart(
                "Availability against objective (black tick), lowest " + DashboardCharts.CLIENTS_SHOWN + " clients",
                DashboardCharts.availabilityAgainstObjectives(portfolio.clients()), width, 640, 90 + 24 * shown));
        document.add(kit.chart("Incidents detected per week, by root cause",
                DashboardCharts.incidentsPerWeek(portfolio.incidentsPerWeek()), width, 640, 220));
        document.add(kit.chart("Consent coverage across the portfolio, per day",
                DashboardCharts.consentTrend(portfolio.consentTrend()), width, 640, 200));
    }

    /**
     * "+1.20 pts, better", "-3, worse", "unchanged", or "—" when either period has no
     * data.
     */
    static String change(Kpi kpi) {
        if (kpi.change().isEmpty()) {
            return "—";
        }
        double by = kpi.change().getAsDouble();
        if (by == 0) {
            return "unchanged";
        }
        return (by > 0 ? "+" : "-") + kpi.unit().delta(by) + (kpi.improved().orElseThrow() ? ", better" : ", worse");
    }

    private static void atRisk(Document document, PdfKit kit, ExecutiveReportData data) throws DocumentException {
        kit.heading(document, "3  Clients at risk");
        List<ClientRow> atRisk = data.portfolio().atRisk();
        document.add(PdfKit.note("At-risk score, 0 to 100: " + AtRiskScore.FORMULA + "."));
        if (atRisk.isEmpty()) {
            document.add(text("No client is at risk in this period."));
            return;
        }
        PdfPTable table = table(new float[] { 2.4f, 1.0f, 1.7f, 1.8f, 0.9f, 1.5f, 2.4f, 1.8f }, "Client", "Score",
                "Main reason", "Availability", "NPS", "Incidents", "Contract", "Monthly value");
        var today = data.retention().renewalsDue().today();
        for (ClientRow client : atRisk) {
            row(table, client.name(), InsightFormat.scoreValue(client.risk()), InsightFormat.why(client.risk()),
                    DashboardFormat.percent(client.availability(), Format.Precision.AVAILABILITY),
                    DashboardFormat.nps(client.nps()), String.valueOf(client.incidents()),
                    ExecutiveSummary.standing(data.retention().renewals().get(client.client().id()), today),
                    DashboardFormat.money(client.monthlyValue()));
        }
        document.add(table);
    }

    private static void reliabilityAndRetention(Document document, PdfKit kit, ExecutiveReportData data, float width)
            throws DocumentException {
        kit.heading(document, "4  Reliability, satisfaction and renewal");
        document.add(text("Do the clients whose integrations are more reliable score us higher and renew? Rank "
                + "correlations across the clients that have both measures, " + data.insight().period().label()
                + ". A correlation shows that two measures move together, not that one causes the other."));
        PdfPTable table = table(new float[] { 3.4f, 6.6f }, "Measures", "Finding");
        for (Correlation correlation : data.insight().correlations()) {
            row(table, correlation.x() + " and " + correlation.y(), InsightFormat.correlation(correlation));
        }
        document.add(table);
        var plotted = ReliabilityScatter.plottable(data.insight().clients());
        if (plotted.isEmpty()) {
            document.add(text("No client has both SLA data and NPS answers in this period: there is nothing to plot."));
        }
        else {
            document.add(kit.chart("SLA compliance against NPS, one point per client (red: at risk)",
                    ReliabilityScatter.chart(data.insight().clients(), data.insight().correlations().getFirst()), width,
                    640, 340));
        }
    }

    /**
     * Churn and revenue per currency from the retention module, under the same sentence
     * as in the summary: MRR and churn over the retention period, renewals due and
     * revenue at risk as of today.
     */
    private static void churnAndRevenue(Document document, PdfKit kit, ExecutiveReportData data)
            throws DocumentException {
        kit.heading(document, "5  Churn and revenue");
        RetentionKpis kpis = data.retention().kpis();
        UpcomingRenewals due = data.retention().renewalsDue();
        document.add(text(ExecutiveSummary.churn(kpis, due)));
        Amounts atRisk = data.portfolio().kpis().revenueAtRisk().monthlyValue();
        List<Currency> currencies = java.util.stream.Stream
            .of(kpis.closingMrr().currencies(), kpis.revenue().stream().map(CurrencyRetention::currency).toList(),
                    due.monthlyValue().currencies(), atRisk.currencies())
            .flatMap(List::stream)
            .distinct()
            .sorted(java.util.Comparator.comparing(Currency::getCurrencyCode))
            .toList();
        if (currencies.isEmpty()) {
            return;
        }
        PdfPTable table = table(new float[] { 1.7f, 2f, 2f, 1.6f, 2f, 2f, 2f }, "Currency", "MRR at opening",
                "Revenue lost", "Net retention", "MRR at close", "Renewals due", "Revenue at risk");
        for (Currency currency : currencies) {
            var revenue = kpis.revenueIn(currency);
            row(table, currency.getCurrencyCode(), money(currency, revenue.map(CurrencyRetention::opening)),
                    money(currency, revenue.map(CurrencyRetention::churned)),
                    revenue.flatMap(CurrencyRetention::netRetentionPercent)
                        .map(p -> Format.percentage(p, Format.Precision.COVERAGE))
                        .orElse("—"),
                    money(currency, java.util.Optional.of(kpis.closingMrr().get(currency))),
                    due(currency, due.monthlyValue()), due(currency, atRisk));
        }
        document.add(table);
        document.add(PdfKit.note("Monthly amounts, each currency apart (no exchange rates). MRR, revenue lost to "
                + "churn and net retention over " + kpis.period().label() + (kpis.running() ? " so far" : "")
                + "; renewals due within " + due.days() + " days and revenue at risk (at-risk clients' open "
                + "contracts among them) as of " + PdfText.day(due.today()) + "."));
    }

    /**
     * An amount due, "none due" without one, as the revenue-at-risk figure is written.
     */
    private static String due(Currency currency, Amounts amounts) {
        return amounts.get(currency).signum() == 0 ? "none due"
                : money(currency, java.util.Optional.of(amounts.get(currency)));
    }

    private static String money(Currency currency, java.util.Optional<java.math.BigDecimal> amount) {
        return amount.map(a -> DashboardFormat.money(new Amounts(java.util.Map.of(currency, a)))).orElse("—");
    }

    private static void clients(Document document, PdfKit kit, ExecutiveReportData data) throws DocumentException {
        kit.heading(document, "6  All clients");
        document.add(text("Every active client over the period, highest at-risk score first."));
        PdfPTable table = table(new float[] { 2.4f, 1.5f, 1.9f, 1.1f, 1.6f, 1.5f, 0.9f, 1.8f, 1.1f }, "Client",
                "SLAs met", "Availability", "Burn", "Incidents", "Consent", "NPS", "Renewal", "Score");
        for (ClientRow client : data.portfolio().clients()) {
            row(table, client.name(),
                    client.slasWithData() == 0 ? "—" : client.slasMet() + " / " + client.slasWithData(),
                    DashboardFormat.percent(client.availability(), Format.Precision.AVAILABILITY),
                    DashboardFormat.number(client.burnRate(), "%.2f×"), String.valueOf(client.incidents()),
                    DashboardFormat.percent(client.consentCoverage(), Format.Precision.COVERAGE),
                    DashboardFormat.nps(client.nps()), client.nextRenewal().map(DashboardFormat::day).orElse("—"),
                    InsightFormat.scoreValue(client.risk()));
        }
        document.add(table);
    }

}
