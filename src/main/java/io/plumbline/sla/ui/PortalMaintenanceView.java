package io.plumbline.sla.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.sla.AnnouncedMaintenance;
import io.plumbline.sla.SlaService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signed-in client's announced maintenance: what is coming (each occurrence from the
 * notice period the agency chose; weekly windows as their next occurrences) and what
 * ended in the last 30 days, in the client's time zone, with the integrations affected.
 */
@Route("portal/maintenance")
@PageTitle("Maintenance · Portal")
@Menu(title = "Maintenance", order = 8.5)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalMaintenanceView extends VerticalLayout {

    public PortalMaintenanceView(SlaService slas, ClientService clients, IntegrationService integrations, Clock clock) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        ZoneId zone = client.timeZone();
        Instant now = clock.instant();
        Map<IntegrationId, String> names = integrations.listForClient(client.id())
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        List<AnnouncedMaintenance> shown = slas.announcedMaintenance(client.id());
        Paragraph intro = new Paragraph("Planned work your agency announced to you. During maintenance an integration "
                + "may pause or slow down; that time does not count against your service levels. Times in "
                + Ui.figures().zone(zone, now) + ".");
        intro.addClassName("pl-muted");
        add(new H2("Scheduled maintenance for " + client.displayName()), intro, new H3("Coming up"));
        List<AnnouncedMaintenance> coming = shown.stream().filter(m -> !m.over(now)).toList();
        if (coming.isEmpty()) {
            add(new Paragraph("No maintenance is announced."));
        }
        coming.forEach(m -> add(card(m, names, zone, now)));
        add(new H3("Past 30 days"));
        List<AnnouncedMaintenance> past = shown.stream().filter(m -> m.over(now)).toList();
        if (past.isEmpty()) {
            add(new Paragraph("None."));
        }
        past.forEach(m -> add(card(m, names, zone, now)));
    }

    private static Div card(AnnouncedMaintenance m, Map<IntegrationId, String> names, ZoneId zone, Instant now) {
        HorizontalLayout title = new HorizontalLayout(new H4(m.name()), m.ongoing(now) ? Ui.badge("In progress", "warn")
                : m.over(now) ? Ui.badge("Completed", "none") : Ui.badge("Scheduled", "none"));
        title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        title.getStyle().set("flex-wrap", "wrap");
        Paragraph when = new Paragraph(m.describe(zone) + (m.recurring() ? " · repeats weekly" : ""));
        Paragraph affects = new Paragraph("Affects: "
                + (m.integration() == null ? "all your integrations" : names.getOrDefault(m.integration(), "—")));
        affects.addClassName("pl-muted");
        Div card = new Div(title, when, affects);
        card.addClassName("pl-card");
        card.addClassName("pl-maintenance");
        card.setWidthFull();
        return card;
    }

}
