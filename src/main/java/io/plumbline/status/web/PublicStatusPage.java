package io.plumbline.status.web;

import static io.plumbline.status.html.StatusMarkup.esc;

import io.plumbline.incident.PublishedIncident;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.Interval;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.status.PublicStatus;
import io.plumbline.status.StatusService;
import io.plumbline.status.UptimeStrip;
import io.plumbline.status.html.StatusMarkup;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

/**
 * The public status page as one HTML document: the client's name, colour and logo, the
 * banner, each integration's live status, the strips, published incidents and maintenance
 * windows. Nothing else of the client is read or written here.
 */
final class PublicStatusPage {

    /** Past one-off maintenance is listed this long after it ended. */
    static final Duration PAST_MAINTENANCE = Duration.ofDays(30);

    private PublicStatusPage() {
    }

    static String render(PublicStatus status, String contextPath) {
        ClientDetails client = status.client();
        ZoneId zone = client.timeZone();
        Instant now = status.board().live().asOf();
        String name = client.displayName() == null || client.displayName().isBlank() ? client.name()
                : client.displayName();
        String colour = Branding.isColour(client.primaryColour()) ? client.primaryColour() : Branding.DEFAULT_COLOUR;
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.append("<meta name=\"robots\" content=\"noindex, nofollow\">");
        html.append("<title>").append(esc(name)).append(" · Status</title>");
        html.append("<link rel=\"stylesheet\" href=\"").append(esc(contextPath)).append("/status.css\">");
        // Named, so the browser does not ask for /favicon.ico, which the app's chain
        // would
        // answer with a sign-in redirect and a session cookie.
        html.append("<link rel=\"icon\" href=\"").append(esc(contextPath)).append("/images/favicon.svg\">");
        html.append("<style>.pl-public-header{border-top-color:").append(colour).append("}</style>");
        html.append("</head><body class=\"pl-public\"><header class=\"pl-public-header\">");
        client.logoIfAny()
            .ifPresent(logo -> html.append("<img class=\"pl-public-logo\" alt=\"")
                .append(esc(name))
                .append(" logo\" src=\"data:")
                .append(esc(logo.contentType()))
                .append(";base64,")
                .append(Base64.getEncoder().encodeToString(logo.bytes()))
                .append("\">"));
        html.append("<h1>").append(esc(name)).append(" status</h1></header><main>");
        html.append(StatusMarkup.banner(status.board().live(), zone));
        html.append("<h2>Integrations now</h2>").append(StatusMarkup.components(status.board().live(), zone, false));
        html.append("<h2>Uptime, last ").append(StatusService.STRIP_DAYS).append(" days</h2>");
        html.append(StatusMarkup.legend());
        html.append(StatusMarkup.strip(status.board().overall(), "strip-all", false));
        int i = 0;
        for (UptimeStrip strip : status.board().integrations()) {
            html.append(StatusMarkup.strip(strip, "strip-" + i++, false));
        }
        incidents(html, status, zone);
        maintenance(html, status, zone, now);
        html.append("</main><footer class=\"pl-public-footer\"><p>Times in ")
            .append(esc(Format.zone(zone, now)))
            .append(". Page as of ")
            .append(esc(Format.dateTime(now, zone)))
            .append(".</p></footer></body></html>");
        return html.toString();
    }

    private static void incidents(StringBuilder html, PublicStatus status, ZoneId zone) {
        html.append("<h2>Incidents</h2><ul id=\"public-incidents\" class=\"pl-public-list\">");
        List<PublishedIncident> incidents = status.incidents();
        if (incidents.isEmpty()) {
            html.append("<li>No incidents to report.</li>");
        }
        for (PublishedIncident incident : incidents) {
            html.append("<li><p class=\"pl-public-title\">").append(esc(incident.title())).append(" ");
            html.append(incident.resolved()
                    ? "<span class=\"pl-status-state pl-tone-ok\"><span aria-hidden=\"true\">✓</span> Resolved</span>"
                    : "<span class=\"pl-status-state pl-tone-warn\"><span aria-hidden=\"true\">!</span> Ongoing</span>");
            html.append("</p><p class=\"pl-public-meta\">")
                .append(esc(incident.severity().label()))
                .append(" · ")
                .append(esc(names(status, incident)))
                .append(" · detected ")
                .append(esc(Format.dateTime(incident.detectedAt(), zone)));
            if (incident.resolved()) {
                html.append(", resolved ").append(esc(Format.dateTime(incident.resolvedAt(), zone)));
            }
            html.append("</p><p>").append(esc(incident.summary())).append("</p></li>");
        }
        html.append("</ul>");
    }

    private static String names(PublicStatus status, PublishedIncident incident) {
        List<String> names = incident.integrations().stream().map(status.names()::get).filter(n -> n != null).toList();
        return names.isEmpty() ? "All integrations" : String.join(", ", names);
    }

    private static void maintenance(StringBuilder html, PublicStatus status, ZoneId zone, Instant now) {
        html.append("<h2>Maintenance</h2><ul id=\"public-maintenance\" class=\"pl-public-list\">");
        Interval around = new Interval(now.minus(PAST_MAINTENANCE), now.plus(Duration.ofDays(3650)));
        List<MaintenanceWindow> shown = status.maintenance()
            .stream()
            .filter(m -> !m.schedule().occurrences(around, zone).isEmpty())
            .toList();
        if (shown.isEmpty()) {
            html.append("<li>No maintenance scheduled.</li>");
        }
        for (MaintenanceWindow window : shown) {
            String when = window.schedule() instanceof MaintenanceSchedule.OneOff oneOff
                    ? Format.dateTime(oneOff.start(), zone) + " – " + Format.dateTime(oneOff.end(), zone)
                    : window.schedule().describe(zone);
            boolean now_ = !window.schedule().occurrences(new Interval(now, now.plusSeconds(1)), zone).isEmpty();
            boolean past = window.schedule() instanceof MaintenanceSchedule.OneOff oneOff && !oneOff.end().isAfter(now);
            html.append("<li><p class=\"pl-public-title\">")
                .append(esc(window.name()))
                .append(" ")
                .append(now_ ? "<span class=\"pl-status-state pl-tone-info\">In progress</span>"
                        : past ? "<span class=\"pl-status-state pl-tone-none\">Completed</span>"
                                : "<span class=\"pl-status-state pl-tone-info\">Scheduled</span>")
                .append("</p><p class=\"pl-public-meta\">")
                .append(esc(window.clientWide() ? "All integrations"
                        : status.names().getOrDefault(window.integration(), "One integration")))
                .append(" · ")
                .append(esc(when))
                .append("</p></li>");
        }
        html.append("</ul>");
    }

}
