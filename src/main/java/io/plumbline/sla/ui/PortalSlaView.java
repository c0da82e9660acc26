package io.plumbline.sla.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluationService;
import io.plumbline.sla.SlaService;
import io.plumbline.sla.SlaStatus;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The signed-in client's own SLAs: status and history, read only; the service sees only
 * that client.
 */
@Route("portal/sla")
@PageTitle("Service levels · Portal")
@Menu(title = "Service levels", order = 7)
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalSlaView extends VerticalLayout {

    public PortalSlaView(SlaService slas, SlaEvaluationService compliance, ClientService clients) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        add(new H2("Service levels for " + client.displayName()));
        List<SlaDetails> own = slas.list();
        if (own.isEmpty()) {
            add(new Paragraph("Your agency has not set service levels for you yet."));
        }
        for (SlaDetails sla : own) {
            SlaStatus status = compliance.status(sla.id());
            HorizontalLayout title = new HorizontalLayout(new H3(sla.name()), SlaSummary.badge(status.current()));
            title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(title, new SlaSummary(status, compliance.history(sla.id(), SlaDetailView.HISTORY_MONTHS),
                    client.timeZone()));
        }
    }

}
