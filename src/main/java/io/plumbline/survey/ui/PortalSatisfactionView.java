package io.plumbline.survey.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.survey.Audience;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SatisfactionService;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's own satisfaction trend (their people's answers only), when the agency
 * shares it.
 */
@Route("portal/satisfaction")
@PageTitle("Satisfaction · Portal")
@Menu(title = "Satisfaction", order = 12)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalSatisfactionView extends VerticalLayout {

    public PortalSatisfactionView(SatisfactionService satisfaction, ClientService clients) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        add(new H2("Satisfaction of " + client.displayName()));
        if (!satisfaction.trendVisibleToClient()) {
            add(new Paragraph("Your agency does not share the satisfaction trend in the portal."));
            return;
        }
        add(new Paragraph("NPS and CSAT from the answers of people at " + client.displayName() + ", per quarter."),
                SatisfactionCharts.trend("Your answers per quarter",
                        satisfaction.trend(client.id(), Audience.CLIENT, PeriodKind.QUARTER, 4)));
    }

}
