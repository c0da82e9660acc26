package io.plumbline.ingestion.ui;

import io.plumbline.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.ingestion.OtlpIntakeService;
import io.plumbline.ingestion.UnmappedHost;
import io.plumbline.integration.HostRoute;
import io.plumbline.integration.HostRouteService;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OpenTelemetry intake (docs/otlp.md): where to send spans, which hosts are mapped to
 * which integration, and the hosts seen without one, each mappable in one step.
 */
@Route("settings/opentelemetry")
@PageTitle("OpenTelemetry · Plumbline")
@Menu(title = "OpenTelemetry", order = 86, icon = "vaadin:cluster")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class OpenTelemetryView extends VerticalLayout {

    private final OtlpIntakeService intake;

    private final HostRouteService routes;

    private final IntegrationService integrations;

    private final Map<ClientId, String> clientNames;

    private final boolean editor = Access.mayChangeAgencyWork();

    private final Grid<UnmappedHost> unmapped = new Grid<>();

    private final Grid<HostRoute> mapped = new Grid<>();

    public OpenTelemetryView(OtlpIntakeService intake, HostRouteService routes, IntegrationService integrations,
            ClientService clients, PlumblineProperties properties) {
        this.intake = intake;
        this.routes = routes;
        this.integrations = integrations;
        this.clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
        addClassName("pl-page");
        setSizeFull();
        String base = properties.publicUrl() == null || properties.publicUrl().isBlank() ? "https://<plumbline>"
                : properties.publicUrl().replaceAll("/+$", "");

        HorizontalLayout toolbar = new HorizontalLayout(new H2("OpenTelemetry"));
        toolbar.addClassName("pl-toolbar");
        Paragraph how = new Paragraph();
        how.add("Point an OTLP/HTTP exporter at ");
        how.add(new Code(base + "/v1/traces"));
        how.add(" with the header ");
        how.add(new Code("Authorization=Bearer <API key>"));
        how.add(". Each HTTP client span becomes an observation of the integration it names "
                + "(plumbline.integration) or whose host is mapped here or in the integration's form; "
                + "spans to hosts without an integration are rejected and counted below. Guide: docs/otlp.md.");

        unmapped.addColumn(UnmappedHost::host).setHeader("Host").setFlexGrow(2).setSortable(true);
        unmapped.addColumn(h -> h.client() == null ? "Agency-wide keys" : clientNames.getOrDefault(h.client(), ""))
            .setHeader("Seen by")
            .setAutoWidth(true);
        unmapped.addColumn(h -> String.format(Ui.figures().locale(), "%,d", h.spans()))
            .setHeader("Spans")
            .setAutoWidth(true)
            .setComparator(UnmappedHost::spans);
        unmapped.addColumn(h -> Ui.format(h.lastSeenAt()))
            .setHeader("Last seen")
            .setAutoWidth(true)
            .setComparator(UnmappedHost::lastSeenAt);
        unmapped.addColumn(h -> Ui.format(h.firstSeenAt())).setHeader("First seen").setAutoWidth(true);
        unmapped.addColumn(h -> h.lastService() == null ? "" : h.lastService()).setHeader("Service").setAutoWidth(true);
        if (editor) {
            unmapped.addComponentColumn(this::unmappedActions).setAutoWidth(true).setFlexGrow(0);
        }
        unmapped.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        unmapped.setEmptyStateText("Every HTTP client span so far had an integration.");
        unmapped.setAllRowsVisible(true);

        mapped.addColumn(r -> r.pattern().toString()).setHeader("Host and path prefix").setFlexGrow(2);
        mapped.addColumn(HostRoute::integrationKey).setHeader("Integration").setAutoWidth(true);
        mapped.addColumn(r -> clientNames.getOrDefault(r.client(), "")).setHeader("Client").setAutoWidth(true);
        mapped.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        mapped.setEmptyStateText("No hosts mapped yet: map them below or in an integration's form.");
        mapped.setAllRowsVisible(true);

        add(toolbar, how, new H3("Seen hosts without an integration"), unmapped, new H3("Mapped hosts"), mapped);
        refresh();
    }

    private HorizontalLayout unmappedActions(UnmappedHost host) {
        Button map = new Button("Map to…", e -> openMap(host));
        map.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button dismiss = new Button("Dismiss", e -> {
            intake.dismiss(host);
            refresh();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        dismiss.setTooltipText("Take it off the list; it comes back with its next span");
        return new HorizontalLayout(map, dismiss);
    }

    private void openMap(UnmappedHost host) {
        var candidates = integrations.list()
            .stream()
            .filter(i -> !i.archived())
            .filter(i -> host.client() == null || i.client().equals(host.client()))
            .toList();
        MapHostDialog dialog = new MapHostDialog(host, candidates);
        dialog.onSave(mapping -> {
            IntegrationDetails target = mapping.integration();
            if (target == null) {
                throw new InvalidInputException("integration", "Choose the integration these spans belong to.");
            }
            intake.map(host, mapping.pathPrefix(), target.id());
            Ui.success("Spans to %s now count for %s".formatted(host.host(), target.name()));
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        unmapped.setItems(intake.unmappedHosts());
        mapped.setItems(routes.list());
    }

}
