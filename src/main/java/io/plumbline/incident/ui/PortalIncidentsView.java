package io.plumbline.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.incident.IncidentService;
import io.plumbline.incident.PublishedIncident;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signed-in client's incidents whose summary the agency published: the published text
 * only.
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
            HorizontalLayout title = new HorizontalLayout(new H3(incident.title()),
                    incident.resolved() ? Ui.badge("Resolved", "ok") : Ui.badge("Being worked on", "warn"));
            title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            Paragraph when = new Paragraph("Began " + IncidentFormat.when(incident.detectedAt(), client.timeZone())
                    + (incident.resolved()
                            ? " · resolved " + IncidentFormat.when(incident.resolvedAt(), client.timeZone()) : "")
                    + (incident.integrations().isEmpty() ? ""
                            : " · " + incident.integrations()
                                .stream()
                                .map(id -> names.getOrDefault(id, ""))
                                .collect(Collectors.joining(", "))));
            when.addClassName("pl-muted");
            Paragraph summary = new Paragraph(incident.summary());
            summary.addClassName("pl-summary");
            Div card = new Div(title, when, summary);
            card.addClassName("pl-card");
            card.setWidthFull();
            add(card);
        }
    }

}
