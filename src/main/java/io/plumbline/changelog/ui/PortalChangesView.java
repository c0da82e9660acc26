package io.plumbline.changelog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "What changed": the signed-in client's published change-log entries, upcoming ones
 * marked.
 */
@Route("portal/changes")
@PageTitle("What changed · Portal")
@Menu(title = "What changed", order = 9)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalChangesView extends VerticalLayout {

    public PortalChangesView(ChangeLogService changes, ClientService clients, IntegrationService integrations,
            Clock clock) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        LocalDate today = LocalDate.ofInstant(clock.instant(), client.timeZone());
        Map<IntegrationId, String> names = integrations.listForClient(client.id())
            .stream()
            .collect(Collectors.toMap(IntegrationDetails::id, IntegrationDetails::name));
        add(new H2("What changed in the APIs " + client.displayName() + " depends on"));
        List<ChangeEntry> feed = changes.published(client.id());
        if (feed.isEmpty()) {
            add(new Paragraph("Nothing to report yet."));
        }
        for (ChangeEntry entry : feed) {
            boolean upcoming = entry.effectiveOn().isAfter(today);
            HorizontalLayout title = new HorizontalLayout(new H3(entry.title()),
                    Ui.badge(entry.kind().label(), entry.kind().breaking() ? "warn" : "none"));
            if (upcoming) {
                title.add(Ui.badge("Upcoming", "bad"));
            }
            title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            Paragraph facts = new Paragraph((upcoming ? "Takes effect " : "Took effect ")
                    + Ui.figures().date(entry.effectiveOn()) + " · " + names.getOrDefault(entry.integration(), "")
                    + (entry.versions().isEmpty() ? "" : " · " + entry.versions()));
            facts.addClassName("pl-muted");
            Div card = new Div(title, facts);
            if (entry.description() != null) {
                Paragraph description = new Paragraph(entry.description());
                description.addClassName("pl-summary");
                card.add(description);
            }
            card.addClassName("pl-card");
            card.setWidthFull();
            add(card);
        }
    }

}
