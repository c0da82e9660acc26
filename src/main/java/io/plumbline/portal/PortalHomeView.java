package io.plumbline.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.SurveyService;
import io.plumbline.survey.ui.PulseSurveyCard;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/** The portal's landing page; each later module adds its section for the signed-in client only. */
@Route("portal")
@PageTitle("Portal · Plumbline")
@Menu(title = "Overview", order = 0)
@RolesAllowed({Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME})
public class PortalHomeView extends VerticalLayout {

    public PortalHomeView(ClientService clients, SurveyService surveys) {
        addClassName("pl-page");
        ClientDetails client = clients.list(true).getFirst();
        var member = CurrentTenant.member().orElseThrow();
        H2 welcome = new H2("Welcome, " + member.email());
        Paragraph intro = new Paragraph("This is the reliability portal of " + client.displayName()
                + ". Integration health, service levels, consent coverage, incidents and API changes appear here "
                + "as your agency connects them. Only people of " + client.displayName() + " can see it.");
        Facts facts = new Facts().fact("Client", client.displayName())
                .fact("Your role", member.role().label())
                .fact("Reporting time zone", client.timeZone().getId());
        Div card = new Div();
        client.logoIfAny().ifPresent(logo -> card.add(Ui.logo(logo.bytes(), client.displayName() + " logo")));
        card.add(facts);
        card.addClassNames("pl-card", "pl-client-card");
        add(welcome, new PulseSurveyCard(surveys), intro, card);
    }
}
