package io.plumbline.portal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationService;
import io.plumbline.integration.ui.IntegrationColumns;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import io.plumbline.shared.ui.NarrowScreens;

/**
 * The client's own integrations, read only. The service narrows the list to the signed-in
 * client.
 */
@Route("portal/integrations")
@PageTitle("Integrations · Portal")
@Menu(title = "Integrations", order = 10)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalIntegrationsView extends VerticalLayout {

    public PortalIntegrationsView(IntegrationService integrations, Clock clock) {
        addClassName("pl-page");
        LocalDate today = LocalDate.now(clock);
        Grid<IntegrationDetails> grid = new Grid<>();
        grid.addColumn(IntegrationDetails::name).setHeader("Integration").setFlexGrow(2);
        var category = grid.addColumn(i -> i.category().label()).setHeader("Category").setAutoWidth(true);
        var provider = grid.addColumn(IntegrationDetails::provider).setHeader("Provider").setAutoWidth(true);
        var version = grid.addColumn(i -> i.apiVersion() == null ? "—" : i.apiVersion())
            .setHeader("API version")
            .setAutoWidth(true);
        var criticality = grid.addColumn(i -> i.criticality().label()).setHeader("Criticality").setAutoWidth(true);
        grid.addComponentColumn(i -> IntegrationColumns.credentialExpiry(i, today))
            .setHeader("Credential")
            .setAutoWidth(true);
        var quota = grid.addColumn(IntegrationColumns::quota).setHeader("Rate limit").setAutoWidth(true);
        NarrowScreens.hideOnPhones(grid, category, provider, version, criticality, quota);
        grid.setItems(integrations.list().stream().filter(i -> !i.archived()).toList());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Your agency has not registered integrations for you yet.");
        add(new H2("Your integrations"),
                new Paragraph("The APIs your agency runs for you, with their credentials' expiry and rate limits."),
                grid);
    }

}
