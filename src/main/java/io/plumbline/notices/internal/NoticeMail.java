package io.plumbline.notices.internal;

import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.format.Format;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of one notice mail, branded like the portal (agency and client name, the
 * client's colour), in plain language: the state in words, times in the client's time
 * zone, the integrations affected and a link to the portal page. The unsubscribe link is
 * filled in per recipient.
 */
final class NoticeMail {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    record Brand(String agencyName, ClientDetails client, String colour, String baseUrl) {

        AgencyId agency() {
            return io.plumbline.tenancy.CurrentTenant.require().agency();
        }

        String safeColour() {
            return colour != null && COLOUR.matcher(colour).matches() ? colour : "#1f5fbf";
        }

        String when(Instant at) {
            return Format.dateTime(at, client.timeZone()) + " " + Format.zone(client.timeZone(), at);
        }

    }

    /** Subject, lines of plain text, the portal page and what it is called. */
    record Content(Brand brand, String subject, String heading, List<String> paragraphs, String path,
            String linkLabel) {

        String text(String unsubscribeUrl) {
            StringBuilder text = new StringBuilder();
            text.append(heading).append("\n\n");
            paragraphs.forEach(p -> text.append(p).append("\n\n"));
            text.append(linkLabel).append(": ").append(brand.baseUrl()).append(path).append("\n\n");
            text.append("-- \nSent by ")
                .append(brand.agencyName())
                .append(" to ")
                .append(brand.client().displayName())
                .append(" because you subscribed to service notices in the portal.\nUnsubscribe with one click: ")
                .append(unsubscribeUrl)
                .append('\n');
            return text.toString();
        }

        String html(String unsubscribeUrl) {
            String colour = brand.safeColour();
            StringBuilder html = new StringBuilder();
            html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>")
                .append(e(subject))
                .append("</title></head><body style=\"margin:0;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b\">")
                .append("<div style=\"border-top:6px solid ")
                .append(colour)
                .append(";padding:16px 24px;max-width:640px\">")
                .append("<p style=\"margin:0;color:#555;font-size:13px\">")
                .append(e(brand.agencyName()))
                .append(" &middot; ")
                .append(e(brand.client().displayName()))
                .append("</p><h1 style=\"font-size:20px;color:")
                .append(colour)
                .append("\">")
                .append(e(heading))
                .append("</h1>");
            for (String p : paragraphs) {
                html.append("<p style=\"white-space:pre-line\">").append(e(p)).append("</p>");
            }
            html.append("<p><a style=\"color:")
                .append(colour)
                .append("\" href=\"")
                .append(e(brand.baseUrl() + path))
                .append("\">")
                .append(e(linkLabel))
                .append("</a></p>")
                .append("<hr style=\"border:none;border-top:1px solid #ddd\"><p style=\"font-size:12px;color:#555\">")
                .append("Sent by ")
                .append(e(brand.agencyName()))
                .append(" because you subscribed to service notices in the portal. <a href=\"")
                .append(e(unsubscribeUrl))
                .append("\">Unsubscribe</a></p></div></body></html>");
            return html.toString();
        }

        private static String e(String s) {
            return HtmlUtils.htmlEscape(s, "UTF-8");
        }

    }

    private NoticeMail() {
    }

    static Content update(Brand brand, PublishedIncident incident, IncidentUpdate update,
            Map<IntegrationId, String> names) {
        boolean first = incident.updates().size() <= 1;
        return new Content(brand,
                (first ? "New incident: " : update.state().label() + ": ") + incident.title() + " ("
                        + brand.client().displayName() + ")",
                incident.title(),
                List.of(update.text(),
                        "Where things stand: " + update.state().label() + ". " + update.state().meaning(),
                        affects(incident.integrations(), names), "Posted " + brand.when(update.at()) + "."),
                "/portal/incidents", "See the incident in your portal");
    }

    static Content summary(Brand brand, PublishedIncident incident, Map<IntegrationId, String> names) {
        return new Content(brand, "Incident summary: " + incident.title() + " (" + brand.client().displayName() + ")",
                incident.title(),
                List.of(incident.separateSummary().orElse(""),
                        incident.resolved() ? "Resolved " + brand.when(incident.resolvedAt()) + "."
                                : "The incident is still being worked on.",
                        affects(incident.integrations(), names),
                        "Published " + brand.when(incident.publishedAt()) + "."),
                "/portal/incidents", "See the incident in your portal");
    }

    static Content maintenance(Brand brand, MaintenanceWindow window, Map<IntegrationId, String> names) {
        return new Content(brand, "Scheduled maintenance: " + window.name() + " (" + brand.client().displayName() + ")",
                "Scheduled maintenance: " + window.name(),
                List.of("When: " + window.schedule().describe(brand.client().timeZone()) + ".",
                        window.integration() == null ? "Affects all your integrations."
                                : "Affects " + names.getOrDefault(window.integration(), "one integration") + ".",
                        "During maintenance the integration may pause or slow down; that time does not count against "
                                + "your service levels."),
                "/portal/maintenance", "See the maintenance in your portal");
    }

    private static String affects(List<IntegrationId> integrations, Map<IntegrationId, String> names) {
        return integrations.isEmpty() ? "Affects your integrations in general."
                : "Affects " + integrations.stream()
                    .map(id -> names.getOrDefault(id, "one integration"))
                    .collect(Collectors.joining(", ")) + ".";
    }

}
