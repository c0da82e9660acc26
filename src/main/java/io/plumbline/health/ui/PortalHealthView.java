package io.plumbline.health.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationService;
import io.plumbline.metrics.MetricsService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The signed-in client's own API health; the services see only that client. */
@Route("portal/health")
@PageTitle("Health · Portal")
@Menu(title = "Health", order = 5)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalHealthView extends VerticalLayout {

    public PortalHealthView(MetricsService metrics, IntegrationService integrations, ClientService clients,
            Clock clock) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        add(new H2("API health of " + client.displayName()),
                new HealthPanel(metrics, integrations, clock, client, null));
    }

}
