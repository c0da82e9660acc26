package io.plumbline.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ui.ReportDownload;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.SlaStatus;
import io.plumbline.sla.Verdict;
import io.plumbline.survey.SurveyService;
import io.plumbline.survey.ui.PulseSurveyCard;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The client's story on one page: service levels now, integration health and consent
 * coverage over the last 30 days, the recent published incidents and API changes, the
 * latest reports, then the pulse survey (folded, so it never hides the status). Every
 * figure comes from services that narrow to the signed-in client.
 */
@Route("portal")
@PageTitle("Portal · Plumbline")
@Menu(title = "Overview", order = 0)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalHomeView extends VerticalLayout {

    static final Duration RECENT = Duration.ofDays(30);
    static final int FEED_LENGTH = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public PortalHomeView(ClientService clients, SlaService slas, MetricsService metrics, ConsentService consent,
            IncidentService incidents, ChangeLogService changes, SurveyService surveys, ReportService reports,
            Clock clock) {
        addClassNames("pl-page", "pl-portal-home");
        ClientDetails client = clients.list(true).getFirst();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, client.timeZone());
        List<SlaStatus> levels = slas.list().stream().map(sla -> slas.status(sla.id())).toList();
        HealthSummary health = metrics.clientHealth(client.id(), now.minus(RECENT), now);
        ClientCoverage coverage = consent.clientCoverage(client.id(), today.minusDays(RECENT.toDays() - 1), today);
        List<PublishedIncident> published = incidents.published(client.id());
        List<ChangeEntry> changed = changes.published(client.id());

        H2 title = new H2("How your integrations are doing");
        Paragraph intro = new Paragraph("Service levels over their current window; health and consent over the last "
                + RECENT.toDays() + " days. Time zone: " + client.timeZone().getId() + ".");
        intro.addClassName("pl-muted");
        add(title, intro, summary(levels, health, coverage, published));

        PulseSurveyCard pulse = new PulseSurveyCard(surveys);
        if (pulse.isVisible()) {
            Details survey = new Details("Two questions for you — how are we doing?", pulse);
            survey.setId("pulse-details");
            survey.addClassName("pl-portal-survey");
            add(survey);
        }

        Div row = new Div(card("Service levels", serviceLevels(levels), "See every service level", "portal/sla"),
                card("Recent incidents", incidentFeed(published), "All incidents", "portal/incidents"));
        row.addClassName("pl-dash-row");
        Div feed = new Div(card("What changed", changeFeed(changed), "All API changes", "portal/changes"),
                card("Integration health", healthFacts(health), "Health details", "portal/health"));
        feed.addClassName("pl-dash-row");
        Div archive = new Div(card("Reports", reportFeed(reports), "All reports", "portal/reports"));
        archive.addClassName("pl-dash-row");
        add(row, feed, archive);
    }

    private static Div summary(List<SlaStatus> levels, HealthSummary health, ClientCoverage coverage,
            List<PublishedIncident> published) {
        List<SlaStatus> judged = levels.stream().filter(s -> s.current().verdict() != Verdict.NO_DATA).toList();
        long met = judged.stream().filter(s -> s.current().verdict() == Verdict.MET).count();
        long open = published.stream().filter(i -> !i.resolved()).count();
        OptionalDouble covered = coverage.counts().coverage();
        Div tiles = new Div(
                tile("Service levels met", judged.isEmpty() ? "—" : met + " of " + judged.size(),
                        judged.isEmpty() ? "no data yet" : met == judged.size() ? "all on target" : shortfall(judged),
                        judged.isEmpty() ? "none" : met == judged.size() ? "ok" : "bad"),
                tile("Availability", percent(health.availability(), 2),
                        "%,d calls and checks".formatted(health.total()), "none"),
                tile("Consent coverage", percent(covered, 1),
                        "target %.1f %%".formatted(coverage.policy().targetPercent()),
                        covered.isEmpty() ? "none" : coverage.belowTarget() ? "bad" : "ok"),
                tile("Open incidents", String.valueOf(open), open == 0 ? "nothing ongoing" : "we are on it",
                        open == 0 ? "ok" : "warn"));
        tiles.addClassNames("pl-kpis", "pl-dash-kpis");
        tiles.setId("portal-summary");
        return tiles;
    }

    /** "1 missed · 1 at risk". */
    private static String shortfall(List<SlaStatus> judged) {
        long missed = judged.stream().filter(s -> s.current().verdict() == Verdict.MISSED).count();
        long atRisk = judged.stream().filter(s -> s.current().verdict() == Verdict.AT_RISK).count();
        return java.util.stream.Stream
            .of(missed > 0 ? missed + " missed" : null, atRisk > 0 ? atRisk + " at risk" : null)
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static Div tile(String label, String value, String detail, String tone) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("pl-kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("pl-kpi-value");
        Span detailSpan = new Span(detail);
        detailSpan.addClassNames("pl-badge", "pl-" + tone);
        Div tile = new Div(labelSpan, valueSpan, detailSpan);
        tile.addClassNames("pl-kpi", "pl-dash-kpi", "pl-portal-tile");
        return tile;
    }

    private static Component serviceLevels(List<SlaStatus> levels) {
        Div list = new Div();
        list.setId("portal-slas");
        if (levels.isEmpty()) {
            list.add(new Paragraph("Your agency has not set up service levels yet."));
        }
        for (SlaStatus status : levels) {
            Div line = new Div(new Span(status.sla().name()),
                    new Span(status.sla().objectives().describe() + " · now "
                            + percent(status.current().availability(), 3)),
                    Ui.badge(status.current().verdict().label(), status.current().verdict().tone()));
            line.addClassName("pl-feed-line");
            list.add(line);
        }
        return list;
    }

    private static Component incidentFeed(List<PublishedIncident> published) {
        Div list = new Div();
        list.setId("portal-incidents");
        if (published.isEmpty()) {
            list.add(new Paragraph("No incidents to report."));
        }
        published.stream().limit(FEED_LENGTH).forEach(incident -> {
            Div line = new Div(new Span(incident.title()),
                    new Span(DAY.format(incident.detectedAt().atZone(java.time.ZoneOffset.UTC))),
                    Ui.badge(incident.resolved() ? "Resolved" : "Ongoing", incident.resolved() ? "ok" : "warn"));
            line.addClassName("pl-feed-line");
            list.add(line);
        });
        return list;
    }

    private static Component changeFeed(List<ChangeEntry> changed) {
        Div list = new Div();
        list.setId("portal-changes");
        if (changed.isEmpty()) {
            list.add(new Paragraph("No API changes published yet."));
        }
        changed.stream().limit(FEED_LENGTH).forEach(change -> {
            Div line = new Div(new Span(change.title()),
                    new Span(change.kind().label()
                            + (change.effectiveOn() == null ? "" : " · effective " + DAY.format(change.effectiveOn()))),
                    Ui.badge(change.kind().breaking() ? "Action needed" : "Info",
                            change.kind().breaking() ? "warn" : "none"));
            line.addClassName("pl-feed-line");
            list.add(line);
        });
        return list;
    }

    /**
     * The latest reports the agency shared with this client, each with its download link.
     */
    private static Component reportFeed(ReportService reports) {
        Div list = new Div();
        list.setId("portal-reports");
        // each period once: a regenerated report shows as its newest version
        List<ReportDetails> latest = io.plumbline.reporting.ReportVersions
            .newestOnly(reports.list(java.util.Optional.empty()))
            .stream()
            .limit(FEED_LENGTH)
            .toList();
        if (latest.isEmpty()) {
            list.add(new Paragraph("No reports yet. Your agency's reports appear here as soon as they are ready."));
        }
        for (ReportDetails report : latest) {
            Div line = new Div(
                    new Span("Integration report " + DAY.format(report.period().start()) + " – "
                            + DAY.format(report.period().end().minusDays(1))),
                    new Span(report.pages() + " pages · " + ReportDownload.size(report.sizeBytes())),
                    ReportDownload.link(reports, report.id(), "Download PDF"));
            line.addClassName("pl-feed-line");
            list.add(line);
        }
        return list;
    }

    private static Component healthFacts(HealthSummary health) {
        return new io.plumbline.shared.ui.Facts()
            .fact("Availability, last " + RECENT.toDays() + " days", percent(health.availability(), 3))
            .fact("Calls and checks", "%,d".formatted(health.total()))
            .fact("p95 latency", health.p95().isPresent() ? "%,d ms".formatted(health.p95().getAsLong()) : "—");
    }

    private static Div card(String heading, Component body, String linkText, String route) {
        Div top = new Div(new H3(heading), new com.vaadin.flow.component.html.Anchor(route, linkText));
        top.addClassName("pl-dash-card-head");
        Div card = new Div(top, body);
        card.addClassNames("pl-card", "pl-dash-card");
        return card;
    }

    private static String percent(OptionalDouble share, int decimals) {
        return share.isPresent() ? ("%." + decimals + "f %%").formatted(share.getAsDouble() * 100) : "—";
    }

}
