package io.plumbline.health.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.ui.ClientPicker;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** API health per client and per integration ({@code ?client=<id>&integration=<key>}). */
@Route("health")
@PageTitle("Health · Plumbline")
@Menu(title = "Health", order = 15, icon = "vaadin:heart")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class HealthView extends VerticalLayout implements BeforeEnterObserver {

    private final MetricsService metrics;

    private final IntegrationService integrations;

    private final Clock clock;

    private final ClientPicker client;

    private final Div panel = new Div();

    private String integrationKey;

    public HealthView(MetricsService metrics, IntegrationService integrations, ClientService clientService,
            Clock clock) {
        this.metrics = metrics;
        this.integrations = integrations;
        this.clock = clock;
        this.client = new ClientPicker("Client", clientService.list(false));
        addClassName("pl-page");
        client.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                integrationKey = null;
            }
            show();
        });
        HorizontalLayout header = new HorizontalLayout(new H2("API health"), client);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        panel.setWidthFull();
        add(header, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        integrationKey = query.getSingleParameter("integration").orElse(null);
        if (client.selectFrom(query).isEmpty() && !client.clients().isEmpty()) {
            client.setValue(client.clients().getFirst());
        }
        show();
    }

    private void show() {
        panel.removeAll();
        if (client.getValue() == null) {
            panel.add(new Paragraph("No clients yet."));
            return;
        }
        panel.add(new HealthPanel(metrics, integrations, clock, client.getValue(), integrationKey));
    }

}
