package io.plumbline.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.IncidentUpdate;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.incident.UpdateState;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signed-in client's incidents the agency told them about: per incident the published
 * updates as a timeline, newest first, with their state in plain words, and the published
 * summary where it says more. Never the internal timeline or notes.
 */
@Route("portal/incidents")
@PageTitle("Incidents · Portal")
@Menu(title = "Incidents", order = 8)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalIncidentsView extends VerticalLayout {

    public PortalIncidentsView(IncidentService incidents, ClientService clients, IntegrationService integrations) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        Map<IntegrationId, String> names = integrations.listForClient(client.id())
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        add(new H2("Incidents affecting " + client.displayName()));
        List<PublishedIncident> published = incidents.published(client.id());
        if (published.isEmpty()) {
            add(new Paragraph("No incidents have been reported to you."));
        }
        for (PublishedIncident incident : published) {
            add(card(incident, names, client.timeZone()));
        }
    }

    private static Div card(PublishedIncident incident, Map<IntegrationId, String> names, ZoneId zone) {
        HorizontalLayout title = new HorizontalLayout(new H3(incident.title()), badge(incident));
        title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        title.getStyle().set("flex-wrap", "wrap");
        Paragraph when = new Paragraph("Began " + IncidentFormat.when(incident.detectedAt(), zone)
                + (incident.resolved() ? " · resolved " + IncidentFormat.when(incident.resolvedAt(), zone) : "")
                + (incident.integrations().isEmpty() ? ""
                        : " · " + incident.integrations()
                            .stream()
                            .map(id -> names.getOrDefault(id, ""))
                            .collect(Collectors.joining(", "))));
        when.addClassName("pl-muted");
        Div card = new Div(title, when);
        incident.separateSummary().ifPresent(text -> {
            Paragraph summary = new Paragraph(text);
            summary.addClassName("pl-summary");
            card.add(summary);
        });
        if (!incident.updates().isEmpty()) {
            OrderedList timeline = new OrderedList();
            timeline.addClassName("pl-updates");
            timeline.getElement().setAttribute("aria-label", "Updates, newest first");
            for (IncidentUpdate update : incident.updates()) {
                Span state = new Span(update.state().label());
                state.addClassNames("pl-update-state", "pl-update-" + update.state().name().toLowerCase());
                Span at = new Span(IncidentFormat.when(update.at(), zone));
                at.addClassName("pl-muted");
                Paragraph text = new Paragraph(update.text());
                text.addClassName("pl-summary");
                ListItem item = new ListItem(new Div(state, new Span(" · "), at), text);
                item.addClassName("pl-update");
                timeline.add(item);
            }
            card.add(timeline);
        }
        card.addClassName("pl-card");
        card.setWidthFull();
        return card;
    }

    private static Span badge(PublishedIncident incident) {
        if (incident.resolved()) {
            return Ui.badge("Resolved", "ok");
        }
        UpdateState state = incident.latestState().orElse(null);
        if (state == null) {
            return Ui.badge("Being worked on", "warn");
        }
        return Ui.badge(state.label(), state == UpdateState.RESOLVED ? "ok" : "warn");
    }

}
