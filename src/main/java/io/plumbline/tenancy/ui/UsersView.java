package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.PlumblineProperties;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.IssuedSecret;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.UserService;
import io.plumbline.tenancy.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

@Route("users")
@PageTitle("Users · Plumbline")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class UsersView extends VerticalLayout {

    private final UserService users;

    private final ClientService clients;

    private final Clock clock;

    private final String publicUrl;

    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(UserService users, ClientService clients, Clock clock, PlumblineProperties properties) {
        this.users = users;
        this.clients = clients;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
        addClassName("pl-page");
        setSizeFull();

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openNewUser());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Users"), spacer, create);
        toolbar.addClassName("pl-toolbar");

        grid.addColumn(UserSummary::email).setHeader("E-mail").setFlexGrow(2).setSortable(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortable(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setSortable(true);
        grid.addColumn(u -> u.clientName() == null ? "Agency" : u.clientName()).setHeader("Client").setSortable(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> Ui.format(u.lastLoginAt())).setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(toolbar, grid);
        refresh();
    }

    private Component status(UserSummary user) {
        if (!user.enabled()) {
            return Ui.badge("Disabled", "bad");
        }
        if (user.lockedAt(clock.instant())) {
            return Ui.badge("Locked until " + Ui.format(user.lockedUntil()), "bad");
        }
        if (user.invitePending()) {
            return Ui.badge("Invitation pending", "warn");
        }
        if (user.mustChangePassword()) {
            return Ui.badge("One-time password", "warn");
        }
        return Ui.badge("Active", "ok");
    }

    private Component actions(UserSummary user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        SubMenu sub = menu.addItem("Manage ▾").getSubMenu();
        MenuItem role = sub.addItem("Change role");
        for (Role candidate : grantableRoles(user.role().isClientRole())) {
            if (candidate != user.role()) {
                role.getSubMenu().addItem(candidate.label(), e -> act(() -> {
                    users.changeRole(user.id(), candidate);
                    return user.email() + " is now " + candidate.label();
                }));
            }
        }
        if (user.enabled()) {
            sub.addItem("Disable", e -> act(() -> {
                users.disable(user.id());
                return "Disabled " + user.email();
            }));
        }
        else {
            sub.addItem("Enable", e -> act(() -> {
                users.enable(user.id());
                return "Enabled " + user.email();
            }));
        }
        sub.addItem("Reset with one-time password", e -> issue(() -> users.resetWithOneTimePassword(user.id())));
        sub.addItem("Reset with invitation link", e -> issue(() -> users.resetWithInvite(user.id())));
        return menu;
    }

    private void act(Supplier<String> action) {
        try {
            Ui.success(action.get());
        }
        catch (AccessDeniedException | InvalidInputException e) {
            Ui.error(e.getMessage());
        }
        refresh();
    }

    private void issue(Supplier<IssuedSecret> action) {
        try {
            new SecretDialog(action.get(), baseUrl()).open();
        }
        catch (AccessDeniedException e) {
            Ui.error(e.getMessage());
        }
        refresh();
    }

    private void openNewUser() {
        NewUserForm form = new NewUserForm(grantableRoles(null), clients.list(false));
        form.onSave(request -> {
            IssuedSecret secret = request.onboarding() == NewUserForm.Onboarding.ONE_TIME_PASSWORD
                    ? users.createWithOneTimePassword(request.user()) : users.createWithInvite(request.user());
            new SecretDialog(secret, baseUrl()).open();
            refresh();
        });
        form.open();
    }

    /**
     * Owners may grant every role; admins every role but owner. {@code clientFamily} null
     * means both families.
     */
    private static List<Role> grantableRoles(Boolean clientFamily) {
        boolean owner = CurrentTenant.member().map(m -> m.role() == Role.OWNER).orElse(false);
        return Arrays.stream(Role.values())
            .filter(r -> owner || r != Role.OWNER)
            .filter(r -> clientFamily == null || r.isClientRole() == clientFamily)
            .toList();
    }

    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? ""
                        : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }

    private void refresh() {
        grid.setItems(users.list());
    }

}
