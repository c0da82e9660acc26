package io.plumbline.reporting.internal;

import static io.plumbline.reporting.internal.PdfKit.row;
import static io.plumbline.reporting.internal.PdfKit.table;
import static io.plumbline.reporting.internal.PdfKit.text;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.consent.CoverageOf;
import io.plumbline.consent.charts.ConsentCharts;
import io.plumbline.health.charts.HealthCharts;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.reporting.internal.ClientReportData.IntegrationHealth;
import io.plumbline.reporting.internal.ClientReportData.SlaResult;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.charts.SlaCharts;
import io.plumbline.survey.Satisfaction;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The client report as a PDF: a branded cover, the executive summary, then one section
 * per subject. Every chart is a vector drawing; every number comes from
 * {@link ClientReportData} and is written with {@link PdfText}.
 */
public final class ClientReportPdf {

    private ClientReportPdf() {
    }

    public static byte[] render(ClientReportData data) {
        String client = data.branding().clientName();
        return PdfKit.render("Integration report: " + client, data.branding().agency().displayName(),
                client + "  ·  " + PdfText.days(data.period().start(), data.period().end()),
                PdfKit.colour(data.branding().agency().primaryColour()), (writer, document, kit, width) -> {
                    cover(writer, document, kit, data);
                    document.newPage();
                    summary(document, kit, data);
                    slas(document, kit, data, width);
                    health(document, kit, data, width);
                    incidents(document, kit, data);
                    consent(document, kit, data, width);
                    satisfaction(document, kit, data);
                    changes(document, kit, data);
                });
    }

    private static void cover(PdfWriter writer, Document document, PdfKit kit, ClientReportData data)
            throws DocumentException, IOException {
        PdfContentByte canvas = writer.getDirectContent();
        float y = kit.coverBand(canvas, document, data.branding().agency(), "Integration report",
                data.branding().clientName(), data.period(), data.branding().clientLogo());
        kit.coverFigures(canvas, document, headlineFigures(data), y);
        kit.contents(canvas,
                List.of("1  Executive summary", "2  Service levels", "3  Integration health", "4  Incidents",
                        "5  Consent coverage", "6  Satisfaction", "7  What changed and next steps")
                    .stream()
                    .filter(line -> !line.startsWith("6") || data.satisfaction().isPresent())
                    .toList(),
                y - 150);
        PdfKit.write(canvas,
                "Generated " + PdfText.day(data.generatedAt().atZone(data.period().zone()).toLocalDate())
                        + " by Plumbline for " + data.branding().clientName()
                        + ". Only information shared with you is included.",
                PdfKit.SMALL, PdfKit.MARGIN, PdfKit.MARGIN);
    }

    private static void summary(Document document, PdfKit kit, ClientReportData data) throws DocumentException {
        kit.heading(document, "1  Executive summary");
        for (String sentence : ReportSummary.sentences(data)) {
            document.add(text("•  " + sentence));
        }
    }

    private static String[][] headlineFigures(ClientReportData data) {
        return new String[][] { { PdfText.percent(data.health().availability()), "availability" },
                { PdfText.millis(data.health().p95()), "p95 latency" },
                { String.valueOf(data.incidents().size()), "incidents" },
                { PdfText.coverage(data.coverage().counts().coverage()), "consent coverage" } };
    }

    private static void slas(Document document, PdfKit kit, ClientReportData data, float width)
            throws DocumentException {
        kit.heading(document, "2  Service levels");
        if (data.slas().isEmpty()) {
            document.add(text("No service level agreement is set up for your integrations yet."));
            return;
        }
        PdfPTable table = table(new float[] { 3.2f, 2.6f, 1.5f, 1.3f, 1.5f, 1.2f }, "Agreement", "Objective",
                "Availability", "p95", "Budget used", "Verdict");
        for (SlaResult sla : data.slas()) {
            var evaluation = sla.evaluation();
            double used = evaluation.budget().total() == 0 ? 0
                    : evaluation.budget().used() / evaluation.budget().total();
            row(table, sla.sla().name(), sla.sla().objectives().describe(), PdfText.percent(evaluation.availability()),
                    PdfText.millis(evaluation.p95LatencyMs()),
                    evaluation.eligible() == 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", used * 100),
                    evaluation.verdict().label());
        }
        document.add(table);
        if (data.slas().stream().anyMatch(sla -> sla.evaluation().p95LatencyMs().isEmpty())) {
            document.add(PdfKit.note("p95 is judged for agreements with a latency objective; the measured latency of "
                    + "every integration is in section 3."));
        }
        SlaResult focus = data.focus().orElseThrow();
        document.add(kit.pair("Error budget left: " + focus.sla().name(),
                SlaCharts.burnDownChart(focus.evaluation(), data.period().zone()),
                "Monthly availability (red: objective "
                        + Objectives.plain(focus.sla().objectives().availabilityPercent()) + " %)",
                SlaCharts.historyChart(data.focusHistory(), focus.sla().objectives().availabilityPercent()), width));
    }

    private static void health(Document document, PdfKit kit, ClientReportData data, float width)
            throws DocumentException {
        kit.heading(document, "3  Integration health");
        PdfPTable table = table(new float[] { 3.4f, 1.6f, 1.5f, 1.4f, 1.3f }, "Integration", "Calls", "Availability",
                "p95", "Errors");
        for (IntegrationHealth integration : data.integrations()) {
            var health = integration.health();
            row(table, integration.integration().name(), PdfText.count(health.total()),
                    PdfText.percent(health.availability()), PdfText.millis(health.p95()),
                    PdfText.count(health.total() - health.good()));
        }
        document.add(table);
        ZoneId zone = data.period().zone();
        Double objective = data.slas()
            .stream()
            .map(s -> s.sla().objectives().availabilityPercent())
            .max(Double::compare)
            .orElse(null);
        document.add(kit.chart("Availability by integration" + (objective == null ? "" : " (red: best SLA objective)"),
                ReportCharts.availabilityByIntegration(data.integrations(), objective), width, 640,
                70 + 26 * data.integrations().size()));
        document.add(kit.pair("Availability over the period", HealthCharts.availabilityChart(data.healthSeries(), zone),
                "Latency of successful calls", HealthCharts.latencyChart(data.healthSeries(), zone), width));
        if (data.health().total() > data.health().good()) {
            document
                .add(kit.chart("Failed calls by cause", HealthCharts.breakdownChart(data.health()), width, 640, 200));
        }
    }

    private static void incidents(Document document, PdfKit kit, ClientReportData data) throws DocumentException {
        kit.heading(document, "4  Incidents");
        if (data.incidents().isEmpty()) {
            document.add(text("No incidents affected your integrations in this period."));
            return;
        }
        document.add(text(
                "%s; median time to resolve %s.".formatted(ReportSummary.plural(data.incidents().size(), "incident"),
                        data.medianTimeToResolve().map(PdfText::duration).orElse("—"))));
        ZoneId zone = data.period().zone();
        for (PublishedIncident incident : data.incidents()) {
            kit.subheading(document, incident.title() + "  ·  " + incident.severity().label());
            String resolved = incident.resolved()
                    ? "resolved " + PdfText.day(incident.resolvedAt().atZone(zone).toLocalDate()) + " after "
                            + PdfText.duration(Duration.between(incident.detectedAt(), incident.resolvedAt()))
                    : "still open";
            document.add(PdfKit
                .note("Detected " + PdfText.day(incident.detectedAt().atZone(zone).toLocalDate()) + ", " + resolved));
            document.add(text(incident.summary()));
        }
    }

    private static void consent(Document document, PdfKit kit, ClientReportData data, float width)
            throws DocumentException {
        kit.heading(document, "5  Consent coverage");
        double target = data.coverage().policy().targetPercent();
        document.add(
                text("Share of personal-data records that carried every required consent field, against your target of "
                        + Objectives.plain(target) + " %."));
        PdfPTable table = table(new float[] { 4f, 2f, 2f, 2f }, "Integration", "Records", "Complete", "Coverage");
        for (CoverageOf<IntegrationDetails> integration : data.coverageByIntegration()) {
            row(table, integration.subject().name(), PdfText.count(integration.counts().records()),
                    PdfText.count(integration.counts().complete()), PdfText.coverage(integration.counts().coverage()));
        }
        row(table, "All integrations", PdfText.count(data.coverage().counts().records()),
                PdfText.count(data.coverage().counts().complete()),
                PdfText.coverage(data.coverage().counts().coverage()));
        document.add(table);
        if (data.coverage().counts().records() > 0) {
            document.add(kit.chart("Consent coverage by day (red: target)",
                    ConsentCharts.trendChart(data.coverage().trend(), target), width));
        }
    }

    private static void satisfaction(Document document, PdfKit kit, ClientReportData data) throws DocumentException {
        if (data.satisfaction().isEmpty()) {
            return;
        }
        kit.heading(document, "6  Satisfaction");
        document.add(text("What your team told us in the pulse survey, per quarter."));
        PdfPTable table = table(new float[] { 3f, 2f, 2f, 2f }, "Quarter", "NPS", "CSAT", "Answers");
        for (Satisfaction quarter : data.satisfaction().get()) {
            row(table, quarter.period().label(),
                    quarter.nps().isPresent() ? String.format(Locale.ROOT, "%+.0f", quarter.nps().getAsDouble()) : "—",
                    quarter.csat().isPresent() ? String.format(Locale.ROOT, "%.0f %%", quarter.csat().getAsDouble())
                            : "—",
                    String.valueOf(quarter.responses()));
        }
        document.add(table);
    }

    private static void changes(Document document, PdfKit kit, ClientReportData data) throws DocumentException {
        kit.heading(document, "7  What changed and next steps");
        if (data.changes().isEmpty()) {
            document.add(text("No changes to your integrations took effect in this period."));
        }
        else {
            PdfPTable table = table(new float[] { 1.6f, 2f, 5f }, "Date", "Kind", "Change");
            for (ChangeEntry entry : data.changes()) {
                row(table, PdfText.day(entry.effectiveOn()), entry.kind().label(),
                        entry.title() + ReportSummary.versions(entry));
            }
            document.add(table);
        }
        kit.subheading(document, "Next steps");
        if (data.upcoming().isEmpty()) {
            document.add(text("No announced changes are coming up for your integrations."));
        }
        for (ChangeEntry entry : data.upcoming()) {
            document.add(text("•  %s: %s%s%s".formatted(PdfText.day(entry.effectiveOn()), entry.title(),
                    ReportSummary.versions(entry),
                    entry.kind().breaking() ? " (breaking: action needed before this date)" : "")));
        }
    }

}
