package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The agency's name, colour and logo: shown in the agency app and on every client portal.
 */
@Route("settings/branding")
@PageTitle("Branding · Plumbline")
@Menu(title = "Branding", order = 90, icon = "vaadin:paintbrush")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class AgencyBrandingView extends VerticalLayout {

    public AgencyBrandingView(AgencyService agencies) {
        addClassName("pl-page");
        Branding branding = agencies.currentBranding();
        TextField name = new TextField("Agency name");
        name.setRequired(true);
        name.setMaxLength(120);
        name.setValue(branding.displayName());
        ColourField colour = new ColourField("Primary colour");
        colour.setValue(branding.primaryColour());
        LogoField logo = new LogoField("Logo (shown in the agency app and client portals)", branding.logoIfAny(),
                newLogo -> {
                    agencies.changeLogo(newLogo);
                    Ui.success(newLogo == null ? "Logo removed" : "Logo saved");
                });
        Button save = new Button("Save", e -> {
            try {
                agencies.rebrand(name.getValue(), colour.getValue().strip());
                Ui.success("Branding saved");
                UI.getCurrent().getPage().reload();
            }
            catch (InvalidInputException ex) {
                Ui.showOn(ex, Map.of("name", name, "primaryColour", colour));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, colour);
        add(new H2("Branding"), new Paragraph("Client portals show your logo and colour with the client's name."), form,
                save, logo);
    }

}
