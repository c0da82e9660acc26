package io.plumbline.workspace;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.AgencyService;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agency app: agency branding in the header, a menu of the views the user's role may
 * open.
 */
@Layout
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class MainLayout extends AppLayout {

    public MainLayout(AgencyService agencies, AuthenticationContext authentication) {
        Branding branding = agencies.currentBranding();
        getElement().getStyle().set("--brand", branding.primaryColour());

        Div bar = new Div();
        bar.addClassName("pl-brand-bar");
        bar.add(new DrawerToggle());
        branding.logoIfAny().ifPresent(logo -> bar.add(Ui.logo(logo.bytes(), branding.displayName() + " logo")));
        H1 title = new H1(branding.displayName());
        title.addClassName("pl-app-title");
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        bar.add(title, spacer);
        CurrentTenant.member().ifPresent(member -> {
            Div user = new Div(new Span(member.email()), new Span(member.role().label()));
            user.addClassName("pl-user");
            bar.add(user);
        });
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(signOut);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries()
            .stream()
            .filter(entry -> !entry.path().startsWith("/portal"))
            .forEach(entry -> nav.addItem(item(entry)));
        Span product = new Span("Plumbline");
        product.addClassNames("pl-muted");
        product.getStyle().set("padding", "var(--lumo-space-m)");
        addToDrawer(nav, product);
        setPrimarySection(Section.DRAWER);
    }

    /** The view is the page's main landmark, for screen readers' "skip to content". */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

}
