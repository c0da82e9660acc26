package io.plumbline.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.monitoring.AllowListEntry;
import io.plumbline.monitoring.OutboundAllowListService;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Owners and admins let monitors reach self-hosted APIs on private addresses, one host or
 * range at a time.
 */
@Route("settings/outbound")
@PageTitle("Outbound allow-list · Plumbline")
@Menu(title = "Outbound allow-list", order = 88, icon = "vaadin:shield")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class OutboundAllowListView extends VerticalLayout {

    private final OutboundAllowListService allowList;

    private final Grid<AllowListEntry> grid = new Grid<>();

    private final TextField entry = new TextField("Host name, address or CIDR range");

    public OutboundAllowListView(OutboundAllowListService allowList) {
        this.allowList = allowList;
        addClassName("pl-page");
        setSizeFull();
        Paragraph why = new Paragraph("Monitors call URLs that people type. So that nobody can use them to reach "
                + "Plumbline's own host or network, they refuse loopback (127.0.0.1), private (10.x, 172.16–31.x, "
                + "192.168.x), link-local and similar addresses. If one of your clients' APIs is self-hosted on such an "
                + "address, add its host name or range here. Cloud metadata addresses stay refused whatever this list "
                + "says. Every change is in the audit log.");
        entry.setPlaceholder("api.internal.example or 10.20.0.0/16");
        entry.setWidth("24em");
        Button add = new Button("Allow", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(entry, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(AllowListEntry::entry).setHeader("Allowed").setFlexGrow(2);
        grid.addColumn(AllowListEntry::createdBy).setHeader("Added by");
        grid.addColumn(e -> Ui.format(e.createdAt())).setHeader("Added").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button remove = new Button("Remove", click -> {
                allowList.remove(e.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing allow-listed: monitors reach public addresses only.");
        add(new H2("Outbound allow-list"), why, form, grid);
        refresh();
    }

    private void add() {
        try {
            AllowListEntry added = allowList.add(entry.getValue());
            entry.clear();
            entry.setInvalid(false);
            Ui.success("Monitors may now call " + added.entry());
            refresh();
        }
        catch (InvalidInputException e) {
            Ui.showOn(e, Map.of("entry", entry));
        }
    }

    private void refresh() {
        grid.setItems(allowList.list());
    }

}
