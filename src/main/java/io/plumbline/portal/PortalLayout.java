package io.plumbline.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.AgencyService.PortalBranding;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/** The client portal: the agency's logo and colour, the client's name, nothing of any other client. */
@Layout("/portal")
@RolesAllowed({Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME})
public class PortalLayout extends VerticalLayout implements RouterLayout {

    public PortalLayout(AgencyService agencies, AuthenticationContext authentication) {
        PortalBranding branding = agencies.portalBranding();
        setPadding(false);
        setSpacing(false);
        getElement().getStyle().set("--brand", branding.agency().primaryColour());
        getElement().getStyle().set("--client-colour", branding.clientColour());

        Div header = new Div();
        header.addClassName("pl-portal-header");
        branding.agency().logoIfAny().ifPresent(logo ->
                header.add(Ui.logo(logo.bytes(), branding.agency().displayName() + " logo")));
        H1 title = new H1(branding.clientName());
        title.addClassName("pl-app-title");
        title.setId("portal-client-name");
        Span by = new Span("with " + branding.agency().displayName());
        by.getStyle().set("opacity", "0.85");
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        header.add(title, by, spacer);
        CurrentTenant.member().ifPresent(member -> header.add(new Span(member.email())));
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_CONTRAST);
        header.add(signOut);
        add(header, navigation());
    }

    /** The portal's own pages, in {@code @Menu} order; agency routes never appear here. */
    private static HorizontalLayout navigation() {
        HorizontalLayout nav = new HorizontalLayout();
        nav.addClassName("pl-portal-nav");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.path().startsWith("/portal"))
                .forEach(entry -> {
                    RouterLink link = new RouterLink(entry.title(), entry.menuClass());
                    link.setHighlightCondition(HighlightConditions.sameLocation());
                    nav.add(link);
                });
        return nav;
    }
}
