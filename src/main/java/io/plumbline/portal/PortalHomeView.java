package io.plumbline.portal;

import io.plumbline.sla.SlaText;
import io.plumbline.shared.format.Format;
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
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentService;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.metrics.MetricsService;
import io.plumbline.reporting.ReportDetails;
import io.plumbline.reporting.ReportVersions;
import io.plumbline.reporting.ReportService;
import io.plumbline.reporting.ui.ReportDownload;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.EvaluationDetail;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaStatus;
import io.plumbline.sla.Verdict;
import io.plumbline.status.StatusBoard;
import io.plumbline.status.StatusService;
import io.plumbline.status.ui.StatusComponents;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** The label of the health availability, the same on the tile and in the card. */
    static final String AVAILABILITY_LAST_DAYS = "Availability, last " + RECENT.toDays() + " days";

    public PortalHomeView(ClientService clients, SlaEvaluationService compliance, MetricsService metrics,
            ConsentService consent, IncidentService incidents, ChangeLogService changes, SurveyService surveys,
            ReportService reports, StatusService status, Clock clock) {
        addClassNames("pl-page", "pl-portal-home");
        ClientDetails client = clients.list(true).getFirst();
        Instant now = clock.instant();
        Format.Localized figures = Ui.figures();
        LocalDate today = LocalDate.ofInstant(now, client.timeZone());
        List<SlaStatus> levels = compliance.statuses(EvaluationDetail.FIGURES);
        HealthSummary health = metrics.clientHealth(client.id(), now.minus(RECENT), now);
        ClientCoverage coverage = consent.clientCoverage(client.id(), today.minusDays(RECENT.toDays() - 1), today);
        List<PublishedIncident> published = incidents.published(client.id());
        List<ChangeEntry> changed = changes.published(client.id());

        StatusBoard board = status.board(client.id());
        add(StatusComponents.banner(board.live(), client.timeZone()));
        H2 title = new H2("How your integrations are doing");
        Paragraph intro = new Paragraph("Service levels over their current window; health and consent over the last "
                + RECENT.toDays() + " days. Times are in " + figures.zone(client.timeZone(), now) + ".");
        intro.addClassName("pl-muted");
        add(title, intro, summary(figures, levels, health, coverage, published));

        PulseSurveyCard pulse = new PulseSurveyCard(surveys);
        if (pulse.isVisible()) {
            Details survey = new Details("Two questions for you — how are we doing?", pulse);
            survey.setId("pulse-details");
            survey.addClassName("pl-portal-survey");
            add(survey);
        }

        Div row = new Div(
                card("Service levels", serviceLevels(figures, levels), "See every service level", "portal/sla"),
                card("Recent incidents", incidentFeed(figures, published, client.timeZone()), "All incidents",
                        "portal/incidents"));
        row.addClassName("pl-dash-row");
        Div feed = new Div(card("What changed", changeFeed(figures, changed), "All API changes", "portal/changes"),
                card("Integration health", healthFacts(figures, health), "Health details", "portal/health"));
        feed.addClassName("pl-dash-row");
        Div archive = new Div(card("Reports", reportFeed(figures, reports), "All reports", "portal/reports"));
        archive.addClassName("pl-dash-row");
        Div live = new Div(
                card("Live status", StatusComponents.liveList(board.live(), client.timeZone()),
                        "Status per integration", "portal/integrations"),
                card("Uptime, last " + StatusService.STRIP_DAYS + " days", StatusComponents.overallStrip(board),
                        "Every integration's strip", "portal/integrations"));
        live.addClassName("pl-dash-row");
        live.setId("portal-status");
        add(live, row, feed, archive);
    }

    private static Div summary(Format.Localized figures, List<SlaStatus> levels, HealthSummary health,
            ClientCoverage coverage, List<PublishedIncident> published) {
        List<SlaStatus> judged = levels.stream().filter(s -> s.current().verdict() != Verdict.NO_DATA).toList();
        long met = judged.stream().filter(s -> s.current().verdict() == Verdict.MET).count();
        long open = published.stream().filter(i -> !i.resolved()).count();
        OptionalDouble covered = coverage.counts().coverage();
        Div tiles = new Div(
                tile("Service levels met, current windows", judged.isEmpty() ? "—" : met + " of " + judged.size(),
                        judged.isEmpty() ? "no data yet" : met == judged.size() ? "all on target" : shortfall(judged),
                        judged.isEmpty() ? "none" : met == judged.size() ? "ok" : "bad"),
                tile(AVAILABILITY_LAST_DAYS, figures.percent(health.availability(), Format.Precision.AVAILABILITY),
                        figures.count(health.total()) + " calls and checks", "none"),
                tile("Consent coverage, last " + RECENT.toDays() + " days",
                        figures.percent(covered, Format.Precision.COVERAGE),
                        "target " + figures.percent(coverage.policy().targetPercent() / 100, Format.Precision.COVERAGE),
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
        return Stream.of(missed > 0 ? missed + " missed" : null, atRisk > 0 ? atRisk + " at risk" : null)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" · "));
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

    private static Component serviceLevels(Format.Localized figures, List<SlaStatus> levels) {
        Div list = new Div();
        list.setId("portal-slas");
        if (levels.isEmpty()) {
            list.add(new Paragraph("Your agency has not set up service levels yet."));
        }
        for (SlaStatus status : levels) {
            Div line = new Div(new Span(status.sla().name()),
                    new Span(status.sla().objectives().describe(figures) + " · availability, "
                            + status.sla().window().label().toLowerCase(Locale.ENGLISH) + ": "
                            + SlaText.availability(figures, status.current())),
                    Ui.badge(status.current().verdict().label(), status.current().verdict().tone()));
            line.addClassName("pl-feed-line");
            list.add(line);
        }
        return list;
    }

    private static Component incidentFeed(Format.Localized figures, List<PublishedIncident> published,
            java.time.ZoneId zone) {
        Div list = new Div();
        list.setId("portal-incidents");
        if (published.isEmpty()) {
            list.add(new Paragraph("No incidents to report."));
        }
        published.stream().limit(FEED_LENGTH).forEach(incident -> {
            Div line = new Div(new Span(incident.title()),
                    new Span(figures.date(LocalDate.ofInstant(incident.detectedAt(), zone))),
                    Ui.badge(incident.resolved() ? "Resolved" : "Ongoing", incident.resolved() ? "ok" : "warn"));
            line.addClassName("pl-feed-line");
            list.add(line);
        });
        return list;
    }

    private static Component changeFeed(Format.Localized figures, List<ChangeEntry> changed) {
        Div list = new Div();
        list.setId("portal-changes");
        if (changed.isEmpty()) {
            list.add(new Paragraph("No API changes published yet."));
        }
        changed.stream().limit(FEED_LENGTH).forEach(change -> {
            Div line = new Div(new Span(change.title()), new Span(change.kind().label()
                    + (change.effectiveOn() == null ? "" : " · effective " + figures.date(change.effectiveOn()))),
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
    private static Component reportFeed(Format.Localized figures, ReportService reports) {
        Div list = new Div();
        list.setId("portal-reports");
        // each period once: a regenerated report shows as its newest version
        List<ReportDetails> latest = ReportVersions.newestOnly(reports.list(Optional.empty()))
            .stream()
            .limit(FEED_LENGTH)
            .toList();
        if (latest.isEmpty()) {
            list.add(new Paragraph("No reports yet. Your agency's reports appear here as soon as they are ready."));
        }
        for (ReportDetails report : latest) {
            Div line = new Div(
                    new Span("Integration report "
                            + figures.dates(report.period().start(), report.period().end().minusDays(1))),
                    new Span(report.pages() + " pages · " + ReportDownload.size(report.sizeBytes())),
                    ReportDownload.link(reports, report.id(), "Download PDF"));
            line.addClassName("pl-feed-line");
            list.add(line);
        }
        return list;
    }

    private static Component healthFacts(Format.Localized figures, HealthSummary health) {
        return new io.plumbline.shared.ui.Facts()
            .fact(AVAILABILITY_LAST_DAYS, figures.percent(health.availability(), Format.Precision.AVAILABILITY))
            .fact("Calls and checks", figures.count(health.total()))
            .fact("p95 latency", health.p95().isPresent() ? figures.count(health.p95().getAsLong()) + " ms" : "—");
    }

    private static Div card(String heading, Component body, String linkText, String route) {
        Div top = new Div(new H3(heading), new com.vaadin.flow.component.html.Anchor(route, linkText));
        top.addClassName("pl-dash-card-head");
        Div card = new Div(top, body);
        card.addClassNames("pl-card", "pl-dash-card");
        return card;
    }

}
