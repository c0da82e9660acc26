package io.plumbline.portal;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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

/**
 * The client portal: the agency's logo and colour, the client's name, nothing of any
 * other client. On a phone ({@code plumbline.css}, below 700 px) the page links fold
 * behind a menu button and Sign out stays in the header.
 */
@Layout("/portal")
@RolesAllowed({ Role.CLIENT_ADMIN_NAME, Role.CLIENT_VIEWER_NAME })
public class PortalLayout extends VerticalLayout implements RouterLayout, AfterNavigationObserver {

    private static final String MENU_OPEN = "pl-open";

    private final HorizontalLayout navigation = navigation();

    private final Button menu = new Button(new Icon(VaadinIcon.MENU));

    public PortalLayout(AgencyService agencies, AuthenticationContext authentication) {
        PortalBranding branding = agencies.portalBranding();
        setPadding(false);
        setSpacing(false);
        getElement().getStyle().set("--brand", branding.agency().primaryColour());
        getElement().getStyle().set("--client-colour", branding.clientColour());

        Div header = new Div();
        header.addClassName("pl-portal-header");
        // The client's own logo where it has one (the agency stays named beside the
        // title),
        // else the agency's.
        if (branding.clientLogo() != null) {
            header.add(Ui.logo(branding.clientLogo().bytes(), branding.clientName() + " logo"));
        }
        else {
            branding.agency()
                .logoIfAny()
                .ifPresent(logo -> header.add(Ui.logo(logo.bytes(), branding.agency().displayName() + " logo")));
        }
        H1 title = new H1(branding.clientName());
        title.addClassName("pl-app-title");
        title.setId("portal-client-name");
        Span by = new Span("with " + branding.agency().displayName());
        by.addClassName("pl-portal-by");
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        header.add(title, by, spacer);
        CurrentTenant.member().ifPresent(member -> {
            Span email = new Span(member.email());
            email.addClassName("pl-portal-user");
            header.add(email);
        });
        menu.addClassName("pl-portal-menu-toggle");
        menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        menu.setAriaLabel("Menu");
        menu.getElement().setAttribute("aria-controls", navigation.getId().orElseThrow());
        menu.addClickListener(e -> showMenu(!navigation.hasClassName(MENU_OPEN)));
        showMenu(false);
        header.add(menu);
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_CONTRAST);
        header.add(signOut);
        add(header, navigation);
    }

    /** A page link was followed: fold the phone menu again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMenu(false);
    }

    /** The page is the main landmark, for screen readers' "skip to content". */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        RouterLayout.super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private void showMenu(boolean open) {
        navigation.setClassName(MENU_OPEN, open);
        menu.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /**
     * The portal's own pages, in {@code @Menu} order; agency routes never appear here.
     */
    private static HorizontalLayout navigation() {
        HorizontalLayout nav = new HorizontalLayout();
        nav.addClassName("pl-portal-nav");
        nav.setId("portal-nav");
        MenuConfiguration.getMenuEntries()
            .stream()
            .filter(entry -> entry.path().startsWith("/portal"))
            .forEach(entry -> {
                RouterLink link = new RouterLink(entry.title(), entry.menuClass());
                link.setHighlightCondition(HighlightConditions.sameLocation());
                nav.add(link);
            });
        return nav;
    }

}
